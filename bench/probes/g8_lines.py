"""Grid 8: list lines -- winners one per line (a crawler's text dump) after an introduction.
Independent slots: the introduction, the line format, the kind of recipient, what follows the list."""
import random, re
from common import *

rng = random.Random(808)
g = Grid("g8_lines")

INST = ["Kementerian Dalam Negeri", "Kementerian PANRB", "Kementerian Kesehatan", "Ombudsman RI",
        "Kementerian Investasi"]
AW = ["Anugerah Cipta Layanan", "Penghargaan Bhakti Praja Nusantara", "Anugerah Lentera Nusantara",
      "Penghargaan Karya Mandiri", "Anugerah Pelita Bangsa"]
CATS = {"gov": ["Inovasi Pelayanan Terbaik", "Tata Kelola Terbaik", "Daerah Ramah Investasi",
                "Pengelolaan Sampah Terbaik", "Digitalisasi Layanan Terbaik"],
        "unit": ["Pelayanan Prima", "Inovasi Kesehatan Terbaik", "Fasilitas Ramah Disabilitas", "Layanan Terbaik"],
        "company": ["Tata Kelola Terbaik", "Layanan Terbaik", "Kepedulian Sosial Terbaik", "Inovasi Hijau Terbaik"],
        "person": ["Dokter Teladan", "Perawat Teladan", "Guru Berprestasi", "Penyuluh Terbaik", "Bidan Teladan",
                   "Kader Posyandu Teladan"]}
NOUN = {"gov": "daerah", "unit": "instansi", "company": "perusahaan", "person": "orang"}
CO1 = ["Sinar", "Cahaya", "Mitra", "Karya", "Bumi", "Tirta", "Samudra", "Griya", "Permata", "Rimba"]
CO2 = ["Abadi", "Lestari", "Sentosa", "Energi", "Nusantara", "Makmur", "Perkasa", "Sejahtera", "Mandiri", "Utama"]
POSYANDU = ["Melati", "Dahlia", "Mawar", "Kenanga", "Anggrek"]
STREETS = ["Jalan Merdeka", "Jalan Pahlawan", "Jalan Diponegoro", "Jalan Sudirman", "Jalan Kartini"]
ORD = ["Pertama", "Kedua", "Ketiga", "Keempat"]
ROM = ["I", "II", "III", "IV"]
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
WORDS = {"pertama": 1, "satu": 1, "kesatu": 1, "kedua": 2, "dua": 2, "ketiga": 3, "tiga": 3, "keempat": 4, "empat": 4}


def rank_of(grade):
    if not grade:
        return None
    for t in norm(grade).split():
        if t.isdigit():
            return int(t)
        if t in ROMAN:
            return ROMAN[t]
        if t in WORDS:
            return WORDS[t]
        m = re.match(r"ke(\d)$", t)
        if m:
            return int(m.group(1))
    return "?"


# ---- recipients -------------------------------------------------------------------------------------------
def gov(prefixed):
    if prefixed:
        form = rng.choice(["Kabupaten", "Kota", "Pemkab", "Pemkot", "Kab."])
        return kab(rng, form) if form in ("Kabupaten", "Pemkab", "Kab.") else kota(rng, form)
    while True:  # a bare name that is also a province's (Bengkulu, Gorontalo) is ambiguous
        e = kab(rng) if rng.random() < 0.6 else kota(rng)
        if e.short not in PROV:
            return Ent(e.short, e.accepted, e.short)


def company():
    w1, w2 = rng.sample(CO1, 2)
    s = f"PT {w1} {w2} {rng.choice(CO2)}"
    if rng.random() < 0.25:
        return Ent(s + " Tbk", [s + " Tbk", s], s)
    return Ent(s, [s], s)


def a_person():
    name = person(rng)
    return Ent(titled(rng, name), [name], name)


def a_unit(kinds=("puskesmas", "rsud", "dinas")):
    return unit(rng, rng.choice(kinds))


def make(rkind, unit_kinds=("puskesmas", "rsud", "dinas")):
    if rkind == "gov_prefixed":
        return gov(True)
    if rkind == "gov_bare":
        return gov(False)
    if rkind == "unit":
        return a_unit(unit_kinds)
    if rkind == "company":
        return company()
    return a_person()


def many(rkind, n, **kw):
    while True:
        xs = [make(rkind, **kw) for _ in range(n)]
        keys = [x.short.split()[-1] if rkind.startswith("gov") else x.short for x in xs]
        if len(set(keys)) == n and len({x.surface for x in xs}) == n:
            return xs


def addr():
    k = rng.choice([f"Kabupaten {rng.choice(KAB)}", f"Kota {rng.choice(KOTA)}"])
    return rng.choice([
        f"Posyandu {rng.choice(POSYANDU)}, Desa {rng.choice(VILLAGES)}, Kecamatan {rng.choice(VILLAGES)}, {k}",
        f"{rng.choice(STREETS)} No. {rng.randint(2, 99)}, RT 0{rng.randint(1, 9)}/RW 0{rng.randint(1, 9)}, "
        f"Kelurahan {rng.choice(VILLAGES)}, {k}",
        f"Puskesmas {rng.choice(VILLAGES)}, {k}",
        f"Desa {rng.choice(VILLAGES)}, {k}"])


def score():
    v = round(rng.uniform(70, 99.9), 2)
    return f"{v:.2f}".replace(".", ","), round(v, 2)


# ---- themes: what the context says and what the label value of a line means -------------------------------
def theme_for(fmt, kind, rep):
    if fmt != "label_value":
        return "gen"
    if kind.startswith("gov"):
        return "opini" if rep % 2 == 0 else "sakip"
    if kind == "unit":
        return "accred" if rep % 2 == 0 else "sakip"
    return "proper" if kind == "company" else "persona"


LEAD = "Penyerahan berlangsung di Jakarta, Selasa (10/12/2024)."


def context(theme, aw, inst, Y, n, noun):
    """(opening sentence, conferring clause ending with a colon)"""
    if theme == "opini":
        return ("Badan Pemeriksa Keuangan (BPK) menyerahkan Laporan Hasil Pemeriksaan (LHP) atas Laporan Keuangan "
                f"Pemerintah Daerah (LKPD) Tahun Anggaran {Y} kepada sejumlah pemerintah daerah.",
                f"BPK memberikan opini atas LKPD Tahun Anggaran {Y} kepada {n} pemerintah daerah berikut:")
    if theme == "sakip":
        return ("Kementerian PANRB mengumumkan hasil evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah "
                f"(SAKIP) Tahun {Y}.",
                f"Kementerian PANRB memberikan predikat Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) "
                f"Tahun {Y} kepada:")
    if theme == "accred":
        return (f"Kementerian Kesehatan menetapkan hasil akreditasi fasilitas kesehatan tahun {Y}.",
                f"Kementerian Kesehatan memberikan status akreditasi tahun {Y} kepada {n} fasilitas kesehatan:")
    if theme == "persona":
        theme = "gen"
    if theme == "proper":
        return ("Kementerian Lingkungan Hidup dan Kehutanan (KLHK) mengumumkan hasil Program Penilaian Peringkat "
                f"Kinerja Perusahaan (PROPER) {Y}.",
                f"KLHK memberikan peringkat PROPER {Y} kepada {n} perusahaan berikut:")
    opening = rng.choice([f"{inst} menggelar malam penganugerahan {aw} {Y} di Jakarta, Selasa (10/12/2024).",
                          f"{inst} mengumumkan pemenang {aw} {Y}."])
    confer = rng.choice([f"{inst} memberikan {aw} {Y} kepada {n} {noun} berikut:",
                         f"{aw} {Y} dari {inst} dianugerahkan kepada:"])
    return opening, confer


INTROS = {
    "berikut_daftar": "Berikut daftar {pen} {what}:",
    "rinciannya": "Rinciannya sebagai berikut:",
    "daftarnya": "Daftarnya:",
    "sebagai_berikut": "Adapun {noun} {pen2} {what} sebagai berikut.",
    "para_pemenang": "Para {pen} tersebut adalah:",
    "confer_colon": None,
}
WHAT = {"gen": "penghargaan tersebut", "persona": "penghargaan tersebut", "opini": "opini", "sakip": "predikat SAKIP", "accred": "akreditasi",
        "proper": "peringkat PROPER"}

VALUES = {"opini": [("WTP", "wtp"), ("Wajar Tanpa Pengecualian (WTP)", "wtp"), ("WDP", "wdp"),
                    ("Wajar Dengan Pengecualian (WDP)", "wdp")],
          "sakip": [(v, v) for v in ["AA", "A", "BB", "B", "CC"]],
          "accred": [(v, v) for v in ["Paripurna", "Utama", "Madya"]],
          "proper": [(v, v) for v in ["Emas", "Hijau", "Biru"]],
          "persona": [(v, v) for v in CATS["person"]]}


# ---- line formats: each returns (lines, expectations) ------------------------------------------------------
# expectation per entity: dict(score=, rank=, cat=, value=)

def lines_for(fmt, kind, theme, n):
    sub = fmt
    if fmt == "cat_persons":
        ps = many("person", 2 * n)
        cats = rng.sample(CATS["person"], n)
        lines, exp = [], []
        for i in range(n):
            a, b = ps[2 * i], ps[2 * i + 1]
            bx = f" ({addr()})" if rng.random() < 0.6 else ""
            lines.append(f"{cats[i]} — {a.surface} ({addr()}) dan {b.surface}{bx}")
            exp += [(a, dict(cat=cats[i])), (b, dict(cat=cats[i]))]
        return lines, exp, sub
    ents = many(kind, n, unit_kinds=("puskesmas", "rsud") if theme == "accred" else
                ("dinas",) if theme == "sakip" and kind == "unit" else ("puskesmas", "rsud", "dinas"))
    ck = "gov" if kind.startswith("gov") else kind
    lines, exp = [], []
    if fmt == "rank":
        sub = rng.choice(["rank_ordword_nilai", "rank_juara_colon", "rank_peringkat_nilai"])
    if fmt in ("label_value", "person_address"):
        dash = rng.random() < 0.5
    cats = rng.sample(CATS[ck], n) if fmt == "cat_colon" else None
    for i, e in enumerate(ents):
        if fmt == "dash":
            lines.append(f"- {e.surface}"); exp.append((e, {}))
        elif fmt == "numbered":
            lines.append(f"{i + 1}. {e.surface}"); exp.append((e, dict(numbered=True)))
        elif fmt == "bullet_score":
            s, v = score()
            lines.append(f"• {e.surface} ({s})"); exp.append((e, dict(score=v)))
        elif fmt == "score_dash":
            s, v = score()
            lines.append(f"{e.surface} – {s}"); exp.append((e, dict(score=v)))
        elif fmt == "label_value":
            val, key = rng.choice(VALUES[theme])
            lines.append(f"{'- ' if dash else ''}{e.surface}: {val}"); exp.append((e, dict(value=(theme, key))))
        elif fmt == "rank":
            s, v = score()
            if sub == "rank_ordword_nilai":
                lines.append(f"{ORD[i]} – {e.surface}, nilai {s}"); exp.append((e, dict(rank=i + 1, score=v)))
            elif sub == "rank_juara_colon":
                lines.append(f"Juara {ROM[i]}: {e.surface}"); exp.append((e, dict(rank=i + 1)))
            else:
                lines.append(f"Peringkat {i + 1}: {e.surface}, nilai {s}"); exp.append((e, dict(rank=i + 1, score=v)))
        elif fmt == "cat_colon":
            lines.append(f"{cats[i]}: {e.surface}"); exp.append((e, dict(cat=cats[i])))
        elif fmt == "person_address":
            lines.append(f"{'- ' if dash else f'{i + 1}. '}{e.surface} ({addr()})"); exp.append((e, {}))
    return lines, exp, sub


# ---- trailers ----------------------------------------------------------------------------------------------
def trailer(kind, theme, taken):
    """(text, entities that must get nothing)"""
    if kind == "none":
        return "", []
    if kind == "paragraph":
        return rng.choice([
            f"\n\nAcara tersebut dihadiri perwakilan pemerintah daerah dari 38 provinsi, termasuk Provinsi "
            f"{rng.choice(PROV)}. Penilaian tahun ini melibatkan lebih dari 500 peserta.",
            "\n\nMenurut panitia, penilaian dilakukan sejak Juni oleh tim juri independen dari sejumlah perguruan "
            "tinggi. Hasilnya diharapkan mendorong peserta lain untuk terus berbenah."]), []
    if kind == "baca_juga":
        k = kota(rng, "Kota")
        head = rng.choice([f"{k.surface} Raih Penghargaan Kota Sehat 2024",
                           f"Bupati {rng.choice(KAB)} Resmikan Pasar Rakyat Baru",
                           f"{k.surface} Terima Anugerah Adipura Kencana"])
        return f"\nBaca Juga: {head}\nPenyerahan penghargaan dilakukan secara simbolis.", [k]
    # negative list
    rk = taken
    while True:
        neg = many(rk, 2, unit_kinds=("puskesmas", "rsud", "dinas"))
        if not any(e.short == x.short for e in neg for x in TAKEN):
            break
    if theme == "opini":
        s = f"Dengan demikian, tinggal dua daerah yang belum menerima LHP, yakni {neg[0].surface} dan {neg[1].surface}."
    else:
        noun = NOUN["gov" if rk.startswith("gov") else rk]
        s = rng.choice([f"Adapun dua {noun} yang belum menerima penghargaan tahun ini, yakni {neg[0].surface} dan "
                        f"{neg[1].surface}.",
                        f"Sementara itu, masih ada dua {noun} yang belum menerima penghargaan, yaitu {neg[0].surface} "
                        f"dan {neg[1].surface}."])
    return "\n\n" + s.replace("..", "."), neg


# ---- the grid ----------------------------------------------------------------------------------------------
FORMATS = {"dash": None, "numbered": None, "bullet_score": None, "label_value": None, "rank": None,
           "cat_colon": None, "score_dash": None, "cat_persons": ("person",), "person_address": ("person",)}
KINDS = ["gov_prefixed", "gov_bare", "unit", "company", "person"]
TRAILERS = ["none", "paragraph", "baca_juga", "negative"]
INTRO_KEYS = list(INTROS)
TAKEN = []
CASES = []  # (format, kind, intro, trailer, passed), for slicing by hand


def check(awards, exp, negs):
    problems = []
    for e, want in exp:
        mine = find(awards, e)
        if not mine:
            near = [a.recipient.name for a in awards if norm(e.short) in norm(a.recipient.name)]
            problems.append(f"{'name-with-extras' if near else 'missing-award'}: {e.short!r}" + (f" got {near}" if near else ""))
            continue
        a = mine[0]
        if "score" in want:
            if a.score is None:
                problems.append(f"no-score: {e.short} expected {want['score']}")
            elif abs(a.score - want["score"]) > 0.005:
                problems.append(f"wrong-score: {e.short} expected {want['score']}, got {a.score}")
        if "rank" in want:
            r = rank_of(a.grade)
            if r != want["rank"]:
                problems.append(f"{'no-rank' if r is None else 'wrong-rank'}: {e.short} expected {want['rank']}, got {a.grade!r}")
        elif "value" in want:
            theme, key = want["value"]
            if theme == "opini":
                nm = norm(a.name)
                ok = key in nm.split() or (key == "wtp" and "tanpa pengecualian" in nm) or \
                    (key == "wdp" and "dengan pengecualian" in nm)
                if key == "wdp" and ("wtp" in nm.split() or "tanpa" in nm.split()):
                    ok = False
                if not ok:
                    problems.append(f"wrong-opinion: {e.short} expected {key.upper()}, got name={a.name!r}")
            else:
                field = "category" if theme in ("proper", "persona") else "grade"
                got = a.category if field == "category" else a.grade
                alt = a.grade if field == "category" else a.category
                if norm(got) != norm(key) and not (theme == "proper" and norm(alt) == norm(key)):
                    where = [f for f, v in (("name", a.name), ("category", a.category), ("grade", a.grade))
                             if v and norm(key) in norm(v).split()]
                    problems.append(f"value-lost: {e.short} expected {field}={key!r}, got grade={a.grade!r} "
                                    f"cat={a.category!r}" + (f" (in {where})" if where else ""))
        elif not want.get("numbered") and a.grade:
            problems.append(f"grade-leak: {e.short} got {a.grade!r}")
        if "cat" in want and norm(a.category) != norm(want["cat"]):
            problems.append(f"category: {e.short} expected {want['cat']!r}, got {a.category!r}")
        if "cat" not in want and "value" not in want and a.category:
            problems.append(f"category-leak: {e.short} got {a.category!r}")
    for a in awards:
        if any(e.matches(a.recipient.name) or norm(e.short) in norm(a.recipient.name) for e, _ in exp):
            continue
        if any(x.matches(a.recipient.name) for x in negs):
            problems.append(f"trailer-award: {a.recipient.name!r}")
        else:
            problems.append(f"extra-recipient: {a.recipient.name!r}")
    return problems


def bump(tag, good):
    g.by[tag][0] += good
    g.by[tag][1] += 1


case = 0
for fmt, only in FORMATS.items():
    for kind in only or KINDS:
        reps = 6 if only else 2
        for rep in range(reps):
            for tk in TRAILERS:
                intro_key = INTRO_KEYS[(case + case // len(TRAILERS)) % len(INTRO_KEYS)]  # independent of the trailer
                case += 1
                theme = theme_for(fmt, kind, rep)
                n = rng.choice([2, 3, 3, 4]) if fmt != "cat_persons" else rng.choice([2, 3])
                Y = rng.choice([2023, 2024])
                aw, inst = rng.choice(AW), rng.choice(INST)
                ck = "gov" if kind.startswith("gov") else kind
                lines, exp, sub = lines_for(fmt, kind, theme, n)
                TAKEN[:] = [e for e, _ in exp]
                opening, confer = context(theme, aw, inst, Y, len(exp), NOUN[ck])
                if intro_key == "confer_colon":
                    head = f"{LEAD} {confer}"
                else:
                    pen = "penerima" if theme != "gen" or rng.random() < 0.5 else "pemenang"
                    intro = INTROS[intro_key].format(pen=pen, what=WHAT[theme], noun=NOUN[ck],
                                                     pen2="penerima" if pen == "penerima" else "pemenang")
                    intro = intro.replace("penerima penerima", "penerima").replace("pemenang pemenang", "pemenang")
                    head = f"{opening} {intro}"
                gap = rng.random() < 0.5
                tail, negs = trailer(tk, theme, kind)
                text = head + ("\n\n" if gap else "\n") + "\n".join(lines) + (tail or "\n")
                awards, scores = run(text)
                problems = check(awards, exp, negs)
                g.record(f"format={fmt}", text, problems, awards, scores)
                good = not problems
                CASES.append((fmt, kind, intro_key, tk, good))
                bump(f"intro={intro_key}", good)
                bump(f"kind={kind}", good)
                bump(f"trailer={tk}", good)
                bump(f"theme={theme}", good)
                bump(f"gap={'blank' if gap else 'none'}", good)
                if sub != fmt:
                    bump(f"sub={sub}", good)
g.report()
