"""Hand-made records for trying the review app, its tests and its benchmark.

``sample_extractions()`` is a few realistic articles (one with a conflict, one whose
title carries ``<script>``); ``synthetic_extractions(n)`` makes ``n`` records fast.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from ..models import Article, Award, Entity, Evidence, Extraction, Score

WIB = timezone(timedelta(hours=7))


def _article(url: str, title: str, text: str, published: datetime, site: str) -> Article:
    return Article(url=url, site=site, title=title, published_at=published, author=None,
                   text=text, paragraphs=(text,), published_precision="time", language="id")


def _evidence(article: Article, sentence: str, words: str, rule: str) -> Evidence:
    start = article.text.index(words)
    return Evidence(article.id, sentence, start, start + len(words), rule)


def sample_extractions(changed: bool = False) -> list[Extraction]:
    """Three articles, five records; ``changed=True`` is a later run where one value moved."""
    kota = Entity("Pemerintah Kota Bandar Lestari", "pemkot", region="Kota Bandar Lestari",
                  aliases=("Pemkot Bandar Lestari",))
    ombudsman = Entity("Ombudsman Republik Indonesia", "lembaga")
    dukcapil = Entity("Dinas Kependudukan dan Pencatatan Sipil Kota Bandar Lestari", "dinas",
                      region="Kota Bandar Lestari")
    kabupaten = Entity("Pemerintah Kabupaten Sungai Lebar", "pemkab",
                       region="Kabupaten Sungai Lebar")
    bpk = Entity("Badan Pemeriksa Keuangan", "lembaga")

    value = "94,76" if not changed else "95,10"
    text1 = ("Bandar Lestari - Pemkot Bandar Lestari meraih predikat Zona Hijau Kualitas "
             "Tertinggi dari Ombudsman RI dengan nilai " + value + " pada Penilaian Kepatuhan "
             "Tahun 2024. Dinas Dukcapil mencatat nilai 93,08.")
    a1 = _article("https://berita.example.id/2024/12/04/bandar-lestari-zona-hijau",
                  "Pemkot Bandar Lestari Raih Zona Hijau Ombudsman", text1,
                  datetime(2024, 12, 4, 20, 0, tzinfo=WIB), "berita.example.id")
    s1 = text1.split(". ")[0].removeprefix("Bandar Lestari - ") + "."
    s1 = text1[text1.index("Pemkot"):text1.index("2024.") + 5]
    s2 = "Dinas Dukcapil mencatat nilai 93,08."
    award1 = Award(kota, "Penilaian Kepatuhan Standar Pelayanan Publik", 2024, giver=ombudsman,
                   category="Zona Hijau Kualitas Tertinggi", score=float(value.replace(",", ".")),
                   kind="ombudsman_kepatuhan",
                   evidence=(_evidence(a1, s1, "meraih predikat Zona Hijau Kualitas Tertinggi",
                                       "award.meraih_predikat"),))
    score1 = Score(kota, 2024, float(value.replace(",", ".")), kind="ombudsman_kepatuhan",
                   evidence=(_evidence(a1, s1, "nilai " + value, "score.nilai"),))
    score2 = Score(dukcapil, 2024, 93.08, kind="ombudsman_kepatuhan",
                   evidence=(_evidence(a1, s2, "nilai 93,08", "score.nilai"),))

    text2 = ("Ombudsman RI memberikan penghargaan kepada Pemkot Bandar Lestari dengan nilai "
             "94,67 dalam Penilaian Kepatuhan Tahun 2024.")
    a2 = _article("https://kabar.example.id/read/ombudsman-bandar-lestari",
                  "<script>alert('x')</script> Ombudsman Beri Penghargaan", text2,
                  datetime(2024, 12, 5, 9, 30, tzinfo=WIB), "kabar.example.id")
    score1b = Score(kota, 2024, 94.67, kind="ombudsman_kepatuhan",
                    evidence=(_evidence(a2, text2, "nilai 94,67", "score.nilai"),))
    award1b = Award(kota, "Penghargaan Penilaian Kepatuhan", 2024, giver=ombudsman,
                    score=94.67, kind="ombudsman_kepatuhan",
                    evidence=(_evidence(a2, text2, "memberikan penghargaan", "award.memberikan"),))

    text3 = ("Pemkab Sungai Lebar kembali menerima opini Wajar Tanpa Pengecualian (WTP) dari BPK "
             "atas LKPD Tahun Anggaran 2023. Penyerahan dilakukan di Palembang pada Senin (27/5).")
    a3 = _article("https://warta.example.id/sungai-lebar-wtp", "Sungai Lebar Raih WTP", text3,
                  datetime(2024, 5, 28, 10, 0, tzinfo=WIB), "warta.example.id")
    s3 = text3[:text3.index("2023.") + 5]
    award3 = Award(kabupaten, "Opini Wajar Tanpa Pengecualian (WTP)", 2023, giver=bpk,
                   date="2024-05-27", place="Palembang", kind="bpk_opini",
                   evidence=(_evidence(a3, s3, "menerima opini Wajar Tanpa Pengecualian (WTP)",
                                       "award.opini_bpk"),))
    return [Extraction(a1, (award1,), (score1, score2)), Extraction(a2, (award1b,), (score1b,)),
            Extraction(a3, (award3,), ())]


def synthetic_extractions(count: int, records_per_article: int = 10) -> list[Extraction]:
    """``count`` records (awards and scores alternating) over ``count / records_per_article``
    articles, for benchmarks: varied entities, regions, years, sites and kinds."""
    kinds = ("ombudsman_kepatuhan", "bpk_opini", "sakip", "kip", "adipura", "kla")
    sites = tuple(f"site{n}.example.id" for n in range(12))
    out = []
    made = 0
    article_no = 0
    while made < count:
        article_no += 1
        published = datetime(2019, 1, 1, tzinfo=WIB) + timedelta(hours=7 * article_no)
        text = f"Artikel {article_no}: " + " ".join(
            f"Entitas {article_no}-{i} meraih nilai {50 + (article_no * 7 + i) % 50},{i:02d}."
            for i in range(records_per_article))
        article = _article(f"https://{sites[article_no % len(sites)]}/a/{article_no}",
                           f"Berita {article_no}", text, published, sites[article_no % len(sites)])
        awards, scores = [], []
        for i in range(min(records_per_article, count - made)):
            entity = Entity(f"Entitas {article_no}-{i}", "dinas",
                            region=f"Kota {article_no % 97}")
            words = f"nilai {50 + (article_no * 7 + i) % 50},{i:02d}"
            start = text.index(f"Entitas {article_no}-{i} ")
            evidence = (Evidence(article.id, text[start:text.index(".", start + 20) + 1],
                                 text.index(words, start), text.index(words, start) + len(words),
                                 "score.nilai"),)
            kind = kinds[(article_no + i) % len(kinds)]
            year = 2019 + (article_no + i) % 6
            if i % 2:
                scores.append(Score(entity, year, 50 + (article_no * 7 + i) % 50 + i / 100,
                                    kind=kind, evidence=evidence))
            else:
                awards.append(Award(entity, f"Penghargaan {kind}", year, kind=kind,
                                    evidence=evidence))
            made += 1
        out.append(Extraction(article, tuple(awards), tuple(scores)))
    return out
