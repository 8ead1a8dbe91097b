import json

import pytest

from pipeline.errors import GoldError
from pipeline.evaluate import evaluate_gold, render_explain, render_report, score_document
from pipeline.evaluate.body import body_score, document_text, gold_span_tokens, tokenise
from pipeline.evaluate.compare import normalise_grade, published_matches, token_f1
from pipeline.evaluate.matching import assign
from pipeline.gold import GoldAward, GoldDocument, GoldScore
from pipeline.models import Article, Award, Entity, Evidence, Extraction, Score

TANGERANG = ("Pemerintah Kota Tangerang", "Pemkot Tangerang", "Kota Tangerang")
OMBUDSMAN = ("Ombudsman Republik Indonesia", "Ombudsman RI", "Ombudsman")


def doc(awards=(), scores=(), published=None, text=None, body=("Tangerang", "selesai")) -> GoldDocument:
    return GoldDocument(id="t", document="t.txt", url=None, title=None, published=published,
                        body_first=body[0], body_last=body[1], awards=tuple(awards),
                        scores=tuple(scores), text=text)


def score(name, year, value):
    return GoldScore(entity=(name,) if isinstance(name, str) else name, year=year, value=value)


def award(recipient, year=2024, **fields):
    recipient = (recipient,) if isinstance(recipient, str) else recipient
    return GoldAward(recipient=recipient, year=year, **fields)


def summary(gold, predicted, text=None):
    from pipeline.evaluate import EvalReport
    return EvalReport([score_document(gold, predicted, text)]).summary()


# --- scores ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Pemkot Tangerang", "PEMKOT  tangerang.", "Kota Tangerang",
                                  "pemerintah kota tangerang"])
def test_score_entity_matches_any_spelling_normalised(name):
    s = summary(doc(scores=[score(TANGERANG, 2024, 94.76)]), doc(scores=[score(name, 2024, 94.76)]))
    assert s["scores"]["tp"] == 1


@pytest.mark.parametrize("value, tp", [(94.76, 1), (94.765, 1), (94.755, 1), (94.766, 0), (94.7, 0)])
def test_score_value_tolerance(value, tp):
    s = summary(doc(scores=[score(TANGERANG, 2024, 94.76)]), doc(scores=[score("Pemkot Tangerang", 2024, value)]))
    assert s["scores"]["tp"] == tp


def test_score_year_and_entity_must_match():
    gold = doc(scores=[score(TANGERANG, 2024, 94.76)])
    assert summary(gold, doc(scores=[score("Pemkot Tangerang", 2023, 94.76)]))["scores"]["tp"] == 0
    assert summary(gold, doc(scores=[score("Kabupaten Tangerang", 2024, 94.76)]))["scores"]["tp"] == 0
    assert summary(doc(scores=[score("X", None, 3.5)]), doc(scores=[score("X", None, 3.5)]))["scores"]["tp"] == 1


def test_a_gold_score_is_matched_once():
    s = summary(doc(scores=[score(TANGERANG, 2024, 94.76)]),
                doc(scores=[score("Pemkot Tangerang", 2024, 94.76), score("Kota Tangerang", 2024, 94.76)]))
    assert s["scores"] == {"precision": 0.5, "recall": 1.0, "f1": 2 / 3, "tp": 1, "predicted": 2, "gold": 2 - 1}


def test_score_pairing_maximises_true_positives():
    # "Dinas Sosial" is a spelling of both gold entities; greedy pairing of the first
    # prediction with the first gold would leave the second prediction unmatched.
    gold = doc(scores=[score(("Dinas Sosial Kota A", "Dinas Sosial"), 2024, 90.0),
                       score(("Dinas Sosial Kota B", "Dinas Sosial"), 2024, 90.0)])
    predicted = doc(scores=[score("Dinas Sosial", 2024, 90.0), score("Dinas Sosial Kota A", 2024, 90.0)])
    assert summary(gold, predicted)["scores"]["tp"] == 2


def test_nothing_to_measure_is_null():
    s = summary(doc(body=(None, None)), doc())
    assert s["scores"] == {"precision": None, "recall": None, "f1": None, "tp": 0, "predicted": 0, "gold": 0}
    assert s["award_fields"]["giver"] is None and s["award_fields_mean"] is None
    assert s["published_accuracy"] is None and s["body"] == {"precision": None, "recall": None, "f1": None}
    s = summary(doc(scores=[score("X", 2024, 1.0)]), doc())
    assert s["scores"]["precision"] is None and s["scores"]["recall"] == 0.0 and s["scores"]["f1"] == 0.0


# --- awards ---------------------------------------------------------------------------

def test_award_matches_on_recipient_and_year():
    gold = doc(awards=[award(TANGERANG, 2024, name="Predikat Kepatuhan")])
    assert summary(gold, doc(awards=[award("Pemkot Tangerang", 2024, name="Lain")]))["awards"]["tp"] == 1
    assert summary(gold, doc(awards=[award("Pemkot Tangerang", 2023)]))["awards"]["tp"] == 0
    assert summary(gold, doc(awards=[award("Pemkab Tangerang", 2024)]))["awards"]["tp"] == 0


def test_award_pairing_prefers_field_agreement():
    gold = doc(awards=[award("Raisa", 2024, name="AMI Awards", category="Album Terbaik"),
                       award("Raisa", 2024, name="AMI Awards", category="Penyanyi Solo Wanita Terbaik")])
    predicted = doc(awards=[award("Raisa", 2024, name="AMI Awards", category="Penyanyi Solo Wanita Terbaik"),
                            award("Raisa", 2024, name="AMI Awards", category="Album Terbaik")])
    s = summary(gold, predicted)
    assert s["awards"]["tp"] == 2 and s["award_fields"]["category"] == 1.0


def test_award_pairing_maximises_pairs_before_fields():
    # P0 agrees best with G0, but only P0 can take G1: two pairs beat one perfect pair.
    gold = doc(awards=[award(("Kota A", "A"), 2024, name="Adipura", grade="Kencana"),
                       award(("Kota A2", "A"), 2024, name="Adiwiyata")])
    predicted = doc(awards=[award("A", 2024, name="Adipura", grade="Kencana"),
                            award("Kota A", 2024, name="Adiwiyata")])
    assert summary(gold, predicted)["awards"]["tp"] == 2


def test_award_field_accuracies():
    gold = doc(awards=[award(TANGERANG, 2024, giver=OMBUDSMAN, name="Predikat Penilaian Kepatuhan",
                             category="Zona Hijau Kualitas Tertinggi", grade="Peringkat III",
                             score=94.76, date="2024-12-04", place="Pendopo Provinsi Banten",
                             received_by="Herman Suwarman")])
    predicted = doc(awards=[award("Pemkot Tangerang", 2024, giver=("ombudsman ri",),
                                  name="Penilaian Kepatuhan", category=None, grade="peringkat ketiga",
                                  score=94.764, date="2024-12-05", place="pendopo provinsi banten.",
                                  received_by="Herman  Suwarman")])
    fields = summary(gold, predicted)["award_fields"]
    assert fields["giver"] == 1.0 and fields["grade"] == 1.0 and fields["score"] == 1.0
    assert fields["place"] == 1.0 and fields["received_by"] == 1.0
    assert fields["date"] == 0.0 and fields["category"] == 0.0
    assert fields["name"] == pytest.approx(0.8)  # P 2/2, R 2/3


def test_null_fields_agree_with_null_only():
    gold = doc(awards=[award("X", 2024, giver=None, name=None, category=None)])
    fields = summary(gold, doc(awards=[award("X", 2024)]))["award_fields"]
    assert all(value == 1.0 for value in fields.values())
    fields = summary(gold, doc(awards=[award("X", 2024, giver=("BPK",), score=1.0, category="Emas")]))["award_fields"]
    assert fields["giver"] == 0.0 and fields["score"] == 0.0 and fields["category"] == 0.0
    s = summary(doc(awards=[award("X", 2024, giver=OMBUDSMAN)]), doc(awards=[award("X", 2024)]))
    assert s["award_fields"]["giver"] == 0.0
    assert s["award_fields_mean"] == pytest.approx(7 / 8)


@pytest.mark.parametrize("a, b", [
    ("Peringkat III", "Peringkat 3"), ("Peringkat III", "peringkat ketiga"),
    ("Peringkat I", "Peringkat Pertama"), ("Peringkat X", "peringkat kesepuluh"),
    ("Peringkat IV", "Peringkat ke-4"), ("Juara 1", "Juara I"), ("Juara 1", "juara pertama"),
    ("Terbaik ke-3", "terbaik ketiga"), ("Juara Harapan II", "juara harapan 2"),
    ("Juara 2", "Juara Dua"), ("BB Plus", "BB+"), ("A", "a"), ("Madya", "MADYA"),
])
def test_ranks_compare_with_their_number_normalised(a, b):
    assert normalise_grade(a) == normalise_grade(b)


@pytest.mark.parametrize("a, b", [("Peringkat III", "Peringkat II"), ("A", "AA"), ("BB", "BB Plus"),
                                  ("C", "Peringkat 100"), ("Juara 1", "Peringkat 1"),
                                  ("Peringkat III", "terbaik ke-3"), ("Peringkat III", "III")])
def test_different_grades_differ(a, b):
    assert normalise_grade(a) != normalise_grade(b)


@pytest.mark.parametrize("p, g, f1", [("a b c", "a b c", 1.0), (None, None, 1.0), ("", None, 1.0),
                                      ("a", None, 0.0), ("a b", "c d", 0.0), ("a a b", "a b", 0.8)])
def test_token_f1(p, g, f1):
    assert token_f1(p, g) == pytest.approx(f1)


def test_assign_is_an_optimal_assignment():
    assert assign([[3, 2], [3, 0]]) == [(0, 1), (1, 0)]
    assert assign([[0, 0], [0, 0]]) == []
    assert assign([[1], [1], [2]]) == [(2, 0)]
    assert assign([]) == []


# --- published -------------------------------------------------------------------------

@pytest.mark.parametrize("predicted, gold, ok", [
    ("2024-12-04T20:00:00+07:00", "2024-12-04T20:00:00+07:00", True),
    ("2024-12-04T20:00+07:00", "2024-12-04T20:00:00+07:00", True),
    ("2024-12-04T13:00:00+00:00", "2024-12-04T20:00:00+07:00", False),  # same instant, other offset
    ("2024-12-04T20:05:00+07:00", "2024-12-04T20:00:00+07:00", False),
    ("2024-12-04T20:00:00", "2024-12-04T20:00:00+07:00", False),  # no zone
    ("2024-12-04", "2024-12-04T20:00:00+07:00", False),  # day only
    ("2024-12-04T20:00:00+07:00", "2024-12-04", True),  # the gold knows only the day
    ("2024-12-04", "2024-12-04", True),
    ("2024-12-05T01:00:00+07:00", "2024-12-04", False),
    (None, "2024-12-04", False),
    ("kemarin", "2024-12-04", False),
])
def test_published_comparison(predicted, gold, ok):
    assert published_matches(predicted, gold) is ok


def test_published_accuracy_skips_null_gold():
    from pipeline.evaluate import EvalReport
    results = [score_document(doc(published="2024-12-04"), doc(published="2024-12-04")),
               score_document(doc(published=None), doc(published="2024-12-04")),
               score_document(doc(published="2024-12-04T20:00:00+07:00"), doc(published="2024-12-04"))]
    assert EvalReport(results).summary()["published_accuracy"] == 0.5


# --- body -----------------------------------------------------------------------------

PAGE = """Judul berita
Rabu, 4 Desember 2024 - 20:00 WIB
facebook twitter
Tangerang - Pemkot Tangerang meraih penghargaan dari Ombudsman.
Baca Juga :  Berita lain yang tidak termasuk
Nilai tahun ini 94,76.
Baca juga:

Judul tautan sisipan
Demikian disampaikan Sekda.
Berita Terkait
Judul lain
"""


def test_gold_span_drops_inserted_lines():
    span = gold_span_tokens(PAGE, "Tangerang - Pemkot Tangerang", "disampaikan Sekda.")
    assert span == tokenise("Tangerang - Pemkot Tangerang meraih penghargaan dari Ombudsman. "
                            "Nilai tahun ini 94,76. Demikian disampaikan Sekda.")


def test_gold_span_tolerates_whitespace_and_cut_edge_words():
    span = gold_span_tokens(PAGE, "angerang  -\nPemkot", "disampaikan Sek")
    assert span[0] == "tangerang" and span[-1] == "sekda"
    assert gold_span_tokens(PAGE, "Tidak ada", "Sekda") is None


def test_gold_span_is_the_tightest_pair():
    text = "Pemkot meraih teaser\nMenu\nPemkot meraih penghargaan.\nSelesai berita.\nFooter Selesai berita."
    assert gold_span_tokens(text, "Pemkot meraih", "Selesai berita.") == tokenise(
        "Pemkot meraih penghargaan. Selesai berita.")


def test_body_precision_and_recall_are_multiset_token_overlaps():
    gold = tokenise("a b b c")
    result = body_score("a b x", gold)
    assert (result.precision, result.recall) == (pytest.approx(2 / 3), 0.5)
    assert body_score("", gold).precision == 0.0


def test_body_report_is_mean_of_documents_and_f1_of_means():
    from pipeline.evaluate import EvalReport
    text = "awal satu dua tiga akhir"
    good = score_document(doc(body=("awal", "akhir")), doc(text="awal satu dua tiga akhir"), text)
    half = score_document(doc(body=("awal", "akhir")), doc(text="awal satu x y z w v u"), text)
    body = EvalReport([good, half]).summary()["body"]
    assert body["precision"] == pytest.approx((1 + 2 / 8) / 2)
    assert body["recall"] == pytest.approx((1 + 2 / 5) / 2)
    p, r = body["precision"], body["recall"]
    assert body["f1"] == pytest.approx(2 * p * r / (p + r))


def test_html_visible_text_puts_blocks_on_lines(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>T</title><script>var x='Baca';</script></head><body>"
                    "<p>Pemkot meraih <b>penghargaan</b>.</p><p><strong>Baca juga:</strong> "
                    "<a href='#'>Judul lain</a></p><div>Nilai 94,76.<br>Selesai.</div>"
                    "<style>.a{}</style></body></html>", encoding="utf-8")
    text = document_text(page)
    assert "var x" not in text and ".a{}" not in text and "T\n" not in text
    assert gold_span_tokens(text, "Pemkot meraih", "Selesai.") == tokenise(
        "Pemkot meraih penghargaan. Nilai 94,76. Selesai.")


def test_html_declared_latin1_but_utf8_is_read_as_utf8(tmp_path):
    page = tmp_path / "p.html"
    page.write_bytes('<meta charset="iso-8859-1"><p>Jum’at “berkah”</p>'.encode("utf-8"))
    assert "Jum’at “berkah”" in document_text(page)


# --- the whole run --------------------------------------------------------------------

def extraction(text: str, scores=(), awards=()) -> Extraction:
    article = Article(url=None, site=None, title=None, published_at=None, author=None,
                      text=text, paragraphs=(text,))
    ev = lambda s: (Evidence(article.id, s, 0, 1, "test"),)  # noqa: E731
    return Extraction(article,
                      scores=tuple(Score(Entity(n), y, v, evidence=ev(f"{n} nilai {v}")) for n, y, v in scores),
                      awards=tuple(Award(Entity(n), "Penghargaan", y, evidence=ev(f"{n} meraih")) for n, y in awards))


@pytest.fixture
def gold_dir(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "docs" / "b.txt").write_text(PAGE, encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    base = {"format": "gold/1", "url": None, "title": None, "published": "2024-12-04",
            "body_first": "Tangerang - Pemkot", "body_last": "disampaikan Sekda.",
            "awards": [{"recipient": list(TANGERANG), "giver": None, "name": "Penghargaan",
                        "year": 2024}],
            "scores": [{"entity": list(TANGERANG), "year": 2024, "value": 94.76, "scale": "nilai"},
                       {"entity": ["Dinas Sosial"], "year": 2024, "value": 95.55, "scale": "nilai"}]}
    for name in ("a", "b"):
        (gold / f"{name}.json").write_text(json.dumps({**base, "id": name, "document": f"docs/{name}.txt"}))
    return tmp_path


def fake_pipeline(path, url):
    if path.name == "b.txt":
        raise RuntimeError("extractor exploded")
    return extraction("Tangerang - Pemkot Tangerang meraih penghargaan dari Ombudsman.",
                      scores=[("Pemkot Tangerang", 2024, 94.76), ("Pemkot Tangerang", 2023, 93.21),
                              ("Dinsos", 2024, 95.55)],
                      awards=[("Kota Tangerang", 2024), ("Puskesmas Neglasari", 2024)])


def test_a_failing_document_is_counted_and_named(gold_dir):
    report = evaluate_gold(gold_dir / "gold", root=gold_dir, analyse=fake_pipeline)
    s = report.summary()
    assert report.failed == 1 and s["documents"] == 2
    assert s["scores"]["tp"] == 1 and s["scores"]["predicted"] == 3 and s["scores"]["gold"] == 4
    assert s["awards"]["tp"] == 1 and s["awards"]["predicted"] == 2 and s["awards"]["gold"] == 2
    assert s["published_accuracy"] == 0.0
    assert s["body"]["recall"] == pytest.approx((7 / 15) / 2)  # b: empty prediction scores 0
    assert "b" in render_report(report) and "FAILED: RuntimeError: extractor exploded" in render_report(report)
    assert json.dumps(s)  # serialisable as is


def test_explain_groups_errors_by_cause(gold_dir):
    text = render_explain(evaluate_gold(gold_dir / "gold", root=gold_dir, analyse=fake_pipeline))
    assert "== scores ==" in text and "-- score given to the wrong entity (1) --" in text  # Dinsos vs Dinas Sosial
    assert "-- spurious (1) --" in text and "Pemkot Tangerang | 2023 | 93.21" in text
    assert "-- missing (2) --" in text  # document b's two scores
    assert "== awards ==" in text and "-- recipient not found (1) --" in text
    assert "« Pemkot Tangerang nilai 93.21 »" in text  # the prediction's evidence
    assert "« Nilai tahun ini 94,76. »" in text  # a missed gold score quoted from the document
    assert "== failed ==" in text and "extractor exploded" in text


def test_the_run_is_deterministic(gold_dir):
    first = evaluate_gold(gold_dir / "gold", root=gold_dir, analyse=fake_pipeline)
    second = evaluate_gold(gold_dir / "gold", root=gold_dir, analyse=fake_pipeline)
    assert first.summary() == second.summary()
    assert render_explain(first) == render_explain(second)


def test_malformed_gold_stops_before_any_work(gold_dir):
    (gold_dir / "gold" / "c.json").write_text('{"format": "gold/1", "document": 3}')
    with pytest.raises(GoldError, match="c.json: document"):
        evaluate_gold(gold_dir / "gold", root=gold_dir, analyse=fake_pipeline)


def test_an_odd_predicted_value_costs_its_field_not_the_document(gold_dir):
    def odd(path, url):
        article = Article(url=None, site=None, title=None, published_at=None, author=None,
                          text="Tangerang", paragraphs=("Tangerang",))
        return Extraction(article, awards=(Award(Entity("Pemkot Tangerang"), "Penghargaan", 2024,
                                                 date="2024-12"),))
    report = evaluate_gold(gold_dir / "gold", root=gold_dir, analyse=odd)
    s = report.summary()
    assert report.failed == 0 and s["awards"]["tp"] == 2 and s["award_fields"]["date"] == 0.0


LIST_PAGE = """Judul berita
Rabu, 4 Desember 2024 - 20:00 WIB
Tangerang - Predikat A diraih Kota Tangerang, Kota Bekasi, dan Kota Depok dari Ombudsman.
Kota Bogor berharap meraih penghargaan tahun depan.
Pemkot Tangerang menyampaikan terima kasih.
"""


def _list_page_gold(tmp_path):
    """LIST_PAGE as a document with its gold: three cities listed as winning the same award."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "l.txt").write_text(LIST_PAGE, encoding="utf-8")
    (tmp_path / "gold").mkdir()
    award = {"giver": None, "name": "Predikat", "year": 2024}
    gold = {"format": "gold/1", "id": "l", "document": "docs/l.txt", "url": None, "title": None,
            "published": None, "body_first": "Tangerang - Predikat", "body_last": "terima kasih.",
            "awards": [{"recipient": [n], **award} for n in ("Kota Tangerang", "Kota Bekasi", "Kota Depok")],
            "scores": []}
    (tmp_path / "gold" / "l.json").write_text(json.dumps(gold))


def test_explain_counts_misses_by_the_class_of_their_sentence(tmp_path):
    _list_page_gold(tmp_path)

    def found_one(path, url):  # the list's first member only, and a town's hope as an award
        article = Article(url=None, site=None, title=None, published_at=None, author=None,
                          text=LIST_PAGE, paragraphs=(LIST_PAGE,))
        said = lambda s: (Evidence(article.id, s, 0, 1, "test"),)  # noqa: E731
        return Extraction(article, awards=(
            Award(Entity("Kota Tangerang"), "Predikat", 2024, evidence=said(LIST_PAGE.split("\n")[2])),
            Award(Entity("Kota Bogor"), "Penghargaan", 2024, evidence=said(LIST_PAGE.split("\n")[3]))))

    text = render_explain(evaluate_gold(tmp_path / "gold", root=tmp_path, analyse=found_one))
    assert "awards  list member missed: 2" in text
    assert "awards  plan, nomination or negation read as an award: 1" in text
    assert "-- list member missed (2) --" in text


def test_explain_tells_missed_recipients_no_mention_named(tmp_path):
    # the extractor recognised "Kota Bekasi" as a name but tied no award to it; "Kota Depok" it never named
    _list_page_gold(tmp_path)

    def found_one(path, url):
        article = Article(url=None, site=None, title=None, published_at=None, author=None,
                          text=LIST_PAGE, paragraphs=(LIST_PAGE,))
        return Extraction(article, awards=(Award(Entity("Kota Tangerang"), "Predikat", 2024),),
                          named=("Kota Tangerang", "Pemerintah Kota Bekasi", "Kota Bekasi"))

    text = render_explain(evaluate_gold(tmp_path / "gold", root=tmp_path, analyse=found_one))
    assert "awards  missed recipients no mention named: 1 of 2" in text
    assert "Kota Depok | 2024 | Predikat [no mention named it]" in text
    assert "Kota Bekasi | 2024 | Predikat [no mention named it]" not in text


def test_the_extractor_reports_the_names_its_mentions_stood_for():
    from pipeline.extract import extract
    article = Article(url=None, site=None, title=None, published_at=None, author=None,
                      text="Kota Batu Putih bekerja sama dengan Kabupaten Sleman.",
                      paragraphs=("Kota Batu Putih bekerja sama dengan Kabupaten Sleman.",))
    assert {"Pemerintah Kabupaten Sleman"} <= set(extract(article).named)
