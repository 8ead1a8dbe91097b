"""Grid 11: list structure and values -- an introduction naming award, giver, year (often the handover day),
then a block of lines whose structure carries the class and the score of each recipient.
Independent slots: the block form (class headings / numbered lines with their own award / letter grades /
scores / the same facts as prose), the heading style, scores on heading lines, the block's introduction, the
kind of recipient, a distractor block (nominees, criteria, jury), a closing sentence.
Expected per recipient: one award, the class as category (KIP predicates, zones, city sizes) or grade (tiers,
letters), the line's score, the intro's year; no award for anyone else."""
import random, re
from datetime import date, timedelta
from common import *

rng = random.Random(1111)
g = Grid("g11_headings")

# ---- classes: (values, field) ------------------------------------------------------------------------------
CLASSES = {
    "kip": (["Informatif", "Menuju Informatif", "Cukup Informatif"], "category"),
    "tier": (["Utama", "Nindya", "Madya", "Pratama"], "grade"),
    "zone": (["Zona Hijau", "Zona Kuning"], "category"),
    "size": (["Kota Besar", "Kota Sedang", "Kota Kecil"], "category"),
    "letter": (["A", "BB", "B", "CC"], "grade"),
}
# award (intro), giver, noun for the recipients -- invented award names
AWARDS = {
    "kip": ["Anugerah Pelita Informasi", "Penghargaan Cahaya Keterbukaan", "Anugerah Lentera Publik"],
    "tier": ["Penghargaan Bina Karya Mandiri", "Anugerah Wahana Lestari", "Penghargaan Cipta Praja"],
    "zone": ["Penghargaan Wira Pelayanan", "Anugerah Mutu Layanan Publik", "Penghargaan Sigap Layanan"],
    "size": ["Anugerah Kota Cendekia", "Penghargaan Kota Tangguh Lestari", "Anugerah Kota Bersinar"],
    "letter": ["Predikat Akuntabilitas Kinerja Daerah", "Predikat Reformasi Tata Kelola", "Predikat Mutu Anggaran"],
}
GIVER = {
    "kip": "Komisi Informasi Provinsi {P}",
    "tier": "Pemerintah Provinsi {P}",
    "zone": "Ombudsman RI Perwakilan {P}",
    "size": "Kementerian Dalam Negeri",
    "letter": "Inspektorat Provinsi {P}",
}
LINE_AW_HEAD = ["Piala", "Sertifikat", "Trofi", "Penghargaan"]
LINE_AW_WORD = ["Wiyata Lestari", "Bhakti Mandala", "Cakra Wibawa", "Nawa Karsa", "Sapta Layanan", "Tunas Prima",
                "Adhi Loka", "Mitra Swasti", "Bina Tirta", "Surya Praja", "Cipta Arunika", "Karya Bestari"]

# ---- recipients ----------------------------------------------------------------------------------------------
OPD = ["Dinas Komunikasi, Informatika dan Statistik", "Dinas Kependudukan dan Pencatatan Sipil",
       "Badan Pengelolaan Keuangan, Pendapatan dan Aset Daerah",
       "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana",
       "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Dinas Pekerjaan Umum dan Penataan Ruang",
       "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah", "Dinas Kesehatan",
       "Dinas Koperasi, Usaha Kecil dan Menengah", "Dinas Perhubungan", "Badan Kepegawaian Daerah"]
VILL = ["Sukamaju", "Mekarsari", "Tanjung Harapan", "Sidomulyo", "Karangrejo", "Air Putih", "Pandanrejo",
        "Sumber Jaya", "Bangun Rejo", "Talang Baru", "Suka Damai", "Lubuk Sari"]
CO1 = ["Sinar", "Cahaya", "Mitra", "Karya", "Bumi", "Tirta", "Samudra", "Griya", "Permata", "Rimba"]
CO2 = ["Abadi", "Lestari", "Sentosa", "Energi", "Nusantara", "Makmur", "Perkasa", "Sejahtera", "Mandiri", "Utama"]
NOUN = {"gov": "pemerintah daerah", "opd": "perangkat daerah", "health": "fasilitas kesehatan",
        "company": "perusahaan", "mixed": "badan publik"}
KINDS = ["gov", "opd", "health", "company", "mixed"]


class Case:
    def __init__(self, P):
        self.P = P
        self.regions = {P}
        self.names = set()
        self.bases = set()  # OPD names and villages: one of each per case, so no name is another's prefix
        self.opd_region = rng.random() < 0.5  # per case: district OPDs (with region) or the province's own

    def region(self, pool):
        while True:
            r = rng.choice(pool)
            if r not in self.regions and r not in PROV:
                self.regions.add(r)
                return r

    def fresh(self, s):
        if s in self.names:
            return False
        self.names.add(s)
        return True

    def base(self, pool):
        while True:
            b = rng.choice(pool)
            if b not in self.bases:
                self.bases.add(b)
                return b

    def make(self, kind):
        kind = rng.choice(["gov", "opd", "health", "company"]) if kind == "mixed" else kind
        while True:
            e = self._make(kind)
            if self.fresh(e.surface):
                return e

    def _make(self, kind):
        if kind in ("gov", "kota"):
            form = rng.choice(["Kabupaten", "Kota", "Pemkab", "Pemkot", "Pemerintah Kabupaten", "Pemerintah Kota"]
                              if kind == "gov" else ["Kota", "Pemkot", "Pemerintah Kota"])
            if "Kota" in form or "Pemkot" in form:
                n = self.region(KOTA)
                return Ent(f"{form} {n}", [f"Kota {n}", f"Pemerintah Kota {n}", f"Pemkot {n}", n], n)
            n = self.region(KAB)
            return Ent(f"{form} {n}", [f"Kabupaten {n}", f"Pemerintah Kabupaten {n}", f"Pemkab {n}", n,
                                       f"Kab {n}"], n)
        if kind == "opd":
            o = self.base(OPD)
            if self.opd_region:
                lvl = rng.choice(["Kabupaten", "Kota"])
                r = self.region(KAB if lvl == "Kabupaten" else KOTA)
                s = f"{o} {lvl} {r}"
                return Ent(s, [s], s)
            return Ent(o, [o, f"{o} Provinsi {self.P}", f"{o} {self.P}"], o)
        if kind == "health":
            k = rng.choice(["pkm", "uptd", "rsud", "rsud_long"])
            if k in ("pkm", "uptd"):
                v = self.base(VILL)
                s = f"{'UPTD ' if k == 'uptd' else ''}Puskesmas {v}"
                return Ent(s, [s, f"Puskesmas {v}"], s)
            r = self.region(KAB)
            s = f"RSUD {r}" if k == "rsud" else f"Rumah Sakit Umum Daerah {r}"
            return Ent(s, [s, f"RSUD {r}", f"Rumah Sakit Umum Daerah {r}"], s)
        if rng.random() < 0.3:
            s = f"Perumda Air Minum Tirta {rng.choice(CO2)}"
            return Ent(s, [s], s)
        w1, w2 = rng.sample(CO1, 2)
        s = f"PT {w1} {w2} {rng.choice(CO2)}"
        return Ent(s, [s], s)


def score():
    v = round(rng.uniform(60, 99.9), 2)
    return f"{v:.2f}".replace(".", ","), round(v, 2)


PLACES = ["Aula Kantor Gubernur", "Hotel Grand Mutiara", "Gedung Serbaguna", "Balai Pertemuan Praja"]
NUMW = {1: "satu", 2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam", 7: "tujuh"}


def opening(aw, giver, Y, n, noun):
    """intro sentence naming award, giver, year, often the day; returns (sentence, publication date)"""
    d = date(Y, 12, 1) + timedelta(days=rng.randint(0, 20))
    pub = d + timedelta(days=rng.randint(0, 2))
    ds = f"{DAYS[d.weekday()]} ({d.day}/{d.month}/{Y})"
    pl = rng.choice(PLACES)
    s = rng.choice([
        f"{giver} mengumumkan hasil {aw} {Y} di {pl}, {ds}.",
        f"{giver} menyerahkan {aw} Tahun {Y} kepada sejumlah {noun} di {pl}, {ds}.",
        f"Sebanyak {NUMW.get(n, n)} {noun} menerima {aw} {Y} dari {giver}.",
        f"{aw} {Y} resmi diumumkan {giver} pada {ds} lalu.",
    ])
    return s, pub


BLOCK_INTROS = ["Hasilnya sebagai berikut:", "Berikut daftar penerimanya:", "Rinciannya:", "Daftar lengkap:",
                "Adapun penerima penghargaan tersebut yakni:", ""]
HEAD_STYLES = ["bare", "colon", "kategori", "upper", "predikat"]  # no "Predikat Kota Besar": size uses 4


def heading(c, style):
    return {"bare": c, "colon": c + ":", "kategori": f"Kategori {c}", "upper": c.upper(),
            "predikat": f"Predikat {c}"}[style]


def split_groups(ents, classes):
    """assign recipients to 2-3 classes in order, each class at least one recipient"""
    k = min(len(classes), rng.choice([2, 2, 3]), len(ents))
    cs = classes[:k] if rng.random() < 0.7 else sorted(rng.sample(classes, k), key=classes.index)
    cuts = sorted(rng.sample(range(1, len(ents)), k - 1))
    groups, prev = [], 0
    for c, cut in zip(cs, cuts + [len(ents)]):
        groups.append((c, ents[prev:cut]))
        prev = cut
    return groups


# ---- blocks: each returns (lines or prose, [(ent, expect)]) ------------------------------------------------
# expect: dict(cls=(field, value) or None, score=float or None, name=award name)

def block_heads(ents, cset, aw, with_score, style):
    classes, field = CLASSES[cset]
    lines, exp = [], []
    for c, grp in split_groups(ents, classes):
        lines.append(heading(c, style))
        for e in grp:
            if with_score:
                s, v = score()
                lines.append(f"- {e.surface}: {s}")
            else:
                v = None
                lines.append(f"- {e.surface}")
            exp.append((e, dict(cls=(field, c), score=v, name=aw)))
    return "\n".join(lines), exp


def block_numbered(ents, cset, sep):
    classes, field = CLASSES[cset]
    lines, exp = [], []
    words = rng.sample(LINE_AW_WORD, len(ents))
    for i, e in enumerate(ents):
        w = words[i]
        name = rng.choice([f"{rng.choice(LINE_AW_HEAD)} {w}", f"{w} Kencana"])
        c = rng.choice(classes)
        lines.append(f"{i + 1}. {e.surface}{sep} {name} ({c})")
        exp.append((e, dict(cls=(field, c), score=None, name=name)))
    return "\n".join(lines), exp


def block_letters(ents, aw):
    lines, exp = [], []
    dash = rng.random() < 0.4
    for e in ents:
        c = rng.choice(CLASSES["letter"][0])
        lines.append(f"{'- ' if dash else ''}{e.surface}: {c}")
        exp.append((e, dict(cls=("grade", c), score=None, name=aw)))
    return "\n".join(lines), exp


def block_scores(ents, aw, paren, cls):
    lines, exp = [], []
    for e in ents:
        s, v = score()
        lines.append(f"{e.surface} ({s})" if paren else f"{e.surface} {rng.choice(['–', '-'])} {s}")
        exp.append((e, dict(cls=cls, score=v, name=aw)))
    return "\n".join(lines), exp


def block_prose(ents, cset, aw, noun):
    classes, field = CLASSES[cset]
    sents, exp = [], []
    for c, grp in split_groups(ents, classes):
        form = rng.choice(["chain", "list", "one_of"])
        if form == "chain":
            for j, e in enumerate(grp):
                s, v = score()
                if j == 0:
                    sents.append(f"{e.surface} mengumpulkan nilai {s} dan berhak atas predikat {c}.")
                else:
                    sents.append(f"Predikat yang sama diraih {e.surface} dengan nilai {s}.")
                exp.append((e, dict(cls=(field, c), score=v, name=aw)))
        elif form == "list":
            sents.append(f"Predikat {c} diraih {lst(rng, [e.surface for e in grp], ' dan ')}.")
            for j, e in enumerate(grp):
                if j == 0 and len(grp) > 1:
                    s, v = score()
                    sents.append(f"Satu di antaranya, {e.surface}, mengumpulkan nilai tertinggi, yakni {s}.")
                else:
                    v = None
                exp.append((e, dict(cls=(field, c), score=v, name=aw)))
        else:  # a counted group of which only one is named: only that one is expected
            e = grp[0]
            s, v = score()
            m = len(grp) + rng.randint(1, 3)
            sents.append(f"Adapun predikat {c} diraih {NUMW.get(m, m)} {noun}. Satu di antaranya, {e.surface}, "
                         f"meraih predikat {c} dengan nilai {s}.")
            exp.append((e, dict(cls=(field, c), score=v, name=aw)))
    return " ".join(sents), exp


# ---- distractors and closings --------------------------------------------------------------------------------
CRITERIA = ["Pengumuman informasi publik secara berkala", "Pelayanan informasi publik", "Digitalisasi layanan",
            "Sarana dan prasarana layanan", "Komitmen pimpinan", "Inovasi dan strategi"]


def distractor(kind, case, rkind):
    """(lines, entities that must get nothing, where it goes: 'before' or 'after' the block)"""
    if kind == "none":
        return "", [], "after"
    if kind == "nominasi":
        negs = [case.make(rkind) for _ in range(2)]
        head = rng.choice(["Nominasi", "Nomine", "Masuk Nominasi", "Nominasi:"])
        return head + "\n" + "\n".join(f"- {e.surface}" for e in negs), negs, "after"
    if kind == "criteria":
        head = rng.choice(["Kriteria penilaian meliputi:", "Aspek yang dinilai antara lain:", "Kriteria"])
        return head + "\n" + "\n".join(f"- {c}" for c in rng.sample(CRITERIA, 4)), [], "before"
    # jury
    ps = []
    while len(ps) < 3:
        n = person(rng)
        if n not in [p[0] for p in ps]:
            ps.append((n, titled(rng, n)))
    head = rng.choice(["Dewan juri:", "Tim penilai terdiri atas:", "Dewan Juri"])
    negs = [Ent(t, [n, t], n) for n, t in ps]
    return head + "\n" + "\n".join(f"- {t}" for _, t in ps), negs, rng.choice(["before", "after"])


def closing(giver, P, noun):
    """(sentence, entities that must get nothing)"""
    r = rng.random()
    if r < 0.4:
        return "", []
    if r < 0.7:
        n = person(rng)
        return (f"Ketua panitia, {titled(rng, n)}, berharap seluruh {noun} terus meningkatkan kualitas layanan.",
                [Ent(n, [n], n)])
    return f"Penghargaan diserahkan langsung oleh Gubernur {P} kepada perwakilan masing-masing {noun}.", []


# ---- checking ------------------------------------------------------------------------------------------------
STRIP = {"kategori", "predikat"}


def clean_cls(v):
    return " ".join(t for t in (norm(v) or "").split() if t not in STRIP)


def near(e, name):
    n, s = norm(name), norm(e.surface)
    if norm(e.short) in n:
        return "name-with-extras"
    if n and n in s and len(n.split()) >= 2:
        return "name-truncated"
    return None


def check(awards, exp, negs, Y):
    problems, claimed = [], set()
    for e, want in exp:
        mine = find(awards, e)
        if not mine:
            nn = [(near(e, a.recipient.name), a) for a in awards]
            nn = [(k, a) for k, a in nn if k]
            if nn:
                claimed.update(id(a) for _, a in nn)
                problems.append(f"{nn[0][0]}: {e.surface!r} got {[a.recipient.name for _, a in nn]}")
            else:
                problems.append(f"missing-award: {e.surface!r}")
            continue
        claimed.update(id(a) for a in mine)
        if len(mine) > 1:
            problems.append(f"duplicate-award: {e.short} x{len(mine)}")
        a = mine[0]
        if want["cls"]:
            field, val = want["cls"]
            got = a.category if field == "category" else a.grade
            alt = a.grade if field == "category" else a.category
            if clean_cls(got) == norm(val) and alt:
                problems.append(f"class-other-field-set: {e.short} expected only {field}={val!r}, got cat={a.category!r} "
                                f"grade={a.grade!r}")
            if clean_cls(got) != norm(val):
                if clean_cls(alt) == norm(val):
                    problems.append(f"class-wrong-field: {e.short} expected {field}={val!r}, got it in the other")
                elif got is None and alt is None:
                    problems.append(f"class-missing: {e.short} expected {field}={val!r}")
                else:
                    problems.append(f"class-wrong: {e.short} expected {field}={val!r}, got cat={a.category!r} "
                                    f"grade={a.grade!r}")
        elif a.category or a.grade:
            problems.append(f"class-leak: {e.short} got cat={a.category!r} grade={a.grade!r}")
        if want["score"] is not None:
            if a.score is None:
                problems.append(f"no-score: {e.short} expected {want['score']}")
            elif abs(a.score - want["score"]) > 0.005:
                problems.append(f"wrong-score: {e.short} expected {want['score']}, got {a.score}")
        elif a.score is not None:
            problems.append(f"score-leak: {e.short} got {a.score}")
        if a.year != Y:
            problems.append(f"wrong-year: {e.short} expected {Y}, got {a.year}")
        if tokf1(want["name"], a.name) < 0.5:
            problems.append(f"award-name: {e.short} expected {want['name']!r}, got {a.name!r}")
    for a in awards:
        if id(a) in claimed:
            continue
        if any(x.matches(a.recipient.name) or norm(x.short) in norm(a.recipient.name) for x in negs):
            problems.append(f"distractor-award: {a.recipient.name!r}")
        else:
            problems.append(f"extra-recipient: {a.recipient.name!r}")
    return problems



# ---- the grid ------------------------------------------------------------------------------------------------
BLOCKS = ["a_kip", "a_tier", "a_zone", "a_size", "b_dash", "b_colon", "c_letter", "d_dash", "d_paren", "prose"]
DISTRACT = ["none", "nominasi", "criteria", "jury"]
case_no = 0
CASES = []
for block in BLOCKS:
    kinds = ["gov"] if block == "a_size" else KINDS
    reps = 12 if block == "a_size" else 3
    for kind in kinds:
        for rep in range(reps):
            for dk in DISTRACT:
                case_no += 1
                bintro = BLOCK_INTROS[(case_no + case_no // len(DISTRACT)) % len(BLOCK_INTROS)]
                P = rng.choice(PROV)
                c = Case(P)
                Y = rng.choice([2023, 2024])
                n = rng.choice([3, 4, 4, 5, 6])
                ents = [c.make("kota" if block == "a_size" else kind) for _ in range(n)]
                sub = {}
                if block.startswith("a_") or block == "prose":
                    cset = block[2:] if block.startswith("a_") else rng.choice(["kip", "tier", "zone"])
                elif block.startswith("b_"):
                    cset = rng.choice(["kip", "tier", "zone"])
                elif block == "c_letter":
                    cset = "letter"
                else:
                    cset = rng.choice(["kip", "tier", "zone"])
                aw = rng.choice(AWARDS[cset])
                giver = GIVER[cset].format(P=P)
                noun = NOUN[kind]
                head, pub = opening(aw, giver, Y, n, noun)
                if block.startswith("a_"):
                    ws = rng.random() < 0.5
                    style = rng.choice(HEAD_STYLES[:4] if cset == "size" else HEAD_STYLES)
                    body, exp = block_heads(ents, cset, aw, ws, style)
                    sub = {"scores": "yes" if ws else "no", "head": style}
                elif block.startswith("b_"):
                    body, exp = block_numbered(ents, cset, " –" if block == "b_dash" else ":")
                    sub = {"cset": cset}
                elif block == "c_letter":
                    body, exp = block_letters(ents, aw)
                elif block.startswith("d_"):
                    classes, field = CLASSES[cset]
                    stated = rng.random() < 0.5
                    cls = (field, rng.choice(classes)) if stated else None
                    if stated:
                        said = rng.choice(["seluruhnya", "para_penerima"])
                        head += (f" Seluruhnya meraih predikat {cls[1]}." if said == "seluruhnya" else
                                 f" Para penerima tersebut berhak atas predikat {cls[1]}.")
                    body, exp = block_scores(ents, aw, block == "d_paren", cls)
                    sub = {"class_in_intro": said if stated else "no"}
                else:
                    body, exp = block_prose(ents, cset, aw, noun)
                    sub = {"cset": cset}
                dtext, negs, where = distractor(dk, c, "kota" if block == "a_size" else kind)
                ctext, cnegs = closing(giver, P, noun)
                negs = negs + cnegs
                intro_txt = "" if block == "prose" else bintro
                parts = [head]
                if dtext and where == "before":
                    parts.append(dtext)
                if block == "prose":
                    parts.append(body)
                else:
                    parts.append((intro_txt + "\n" if intro_txt else "") + body)
                if dtext and where == "after":
                    parts.append(dtext)
                if ctext:
                    parts.append(ctext)
                gap = "\n\n" if rng.random() < 0.5 else "\n"
                text = gap.join(parts) + "\n"
                awards, scores = run(text, pub)
                problems = check(awards, exp, negs, Y)
                g.record(f"block={block}", text, problems, awards, scores)
                good = not problems
                g.bump(f"kind={kind}", good)
                g.bump(f"distractor={dk}", good)
                if block != "prose":
                    g.bump(f"intro={bintro or '(none)'}", good)
                for k, v in sub.items():
                    g.bump(f"{block[:1]}.{k}={v}", good)
                CASES.append(dict(block=block, kind=kind, distractor=dk, where=where if dtext else None,
                                  intro=bintro, closing=bool(ctext), sub=sub, n_exp=len(exp), exp=[e.surface for e, _ in exp], text=text, problems=problems,
                                  awards=[fmt_award(a) for a in awards]))
g.report()
if os.environ.get("G11_DUMP"):  # every case with its slots, for slicing by hand
    import json
    json.dump(CASES, open(os.environ["G11_DUMP"], "w"), ensure_ascii=False, indent=0)
