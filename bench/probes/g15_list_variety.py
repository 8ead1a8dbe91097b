"""Grid 15: lists of award recipients written in running prose in forms other than the plain "A, B, dan C" after
an opener, the way Indonesian regional news writes them.
Slot families (the list shape, each with its own variants):
  S01 split   the list split across two sentences ("diraih A dan B. Selain itu, C juga menerima penghargaan yang sama")
  S02 clause  each member with its own clause and its own category / predicate ("A meraih .. kategori X, sedangkan
              B untuk kategori Y dan C untuk kategori Z")
  S03 counted the list after the verb behind a counted noun ("diraih oleh tiga daerah, masing-masing A, B, dan C")
  S04 bracket members in brackets after a province ("tiga daerah dari Jawa Tengah (A, B dan C)"); the province is not
              a recipient
  S05 semi    members separated by semicolons with their own attribute (a score, a streak remark, their own
              predicate)
  S06 negated some members negated or only nominated in the same sentence; those are not recipients
  S07 mixed   bodies of mixed kinds in one sentence (a province, a regency, a hospital, a company ...)
  S08 quote   the list in a quotation of an official (or reported speech); the official and the office are not
              recipients
  S09 particle "maupun", "baik .. maupun", "dan juga", "termasuk", "di antaranya"
  S10 bullets a title line / intro line then bullets ("•", "-", "1)", "a.", or mixed), with the shared predicate in the
              title or each member's own in its line
Other slots: the award (Adipura, KLA, SAKIP, Zona Integritas WBK/WBBM, Ombudsman Zona Hijau, Anugerah KIP), a lead
sentence (none / a giver's sentence), a distractor sentence (none / a field verification in another region / another
region's target for next year / an official who witnessed / a national count).
Expected per recipient: exactly one award, year = the year written, its name/category/grade naming the award
(lenient key words) and its level (category or predicate) where the text states one -- and not another member's
level; an award score and a score record only where the text gives "dengan nilai N" / "(nilai N)"; nothing for
negated or nominated members, the province of S04, officials, offices, distractor regions."""
import random
from datetime import date
from functools import partial

from common import *

rng = random.Random(1515)
g = Grid("g15_list_variety")

NUMW = {2: "dua", 3: "tiga", 4: "empat", 5: "lima"}
KE = {2: "Keduanya", 3: "Ketiganya", 4: "Keempatnya", 5: "Kelimanya"}




LOCAL = {p["name"]: local_regions(p) for p in reg["provinces"]}
BIG_PROV = [p for p, loc in LOCAL.items() if len(loc) >= 10 and p != "DKI Jakarta"]
_REGION_NAMES = KAB + KOTA + PROV
_VILL = ["Sukamaju", "Mekarsari", "Tanjung Harapan", "Sidomulyo", "Karangrejo", "Air Putih", "Pandanrejo",
         "Sumbersari", "Tegalrejo", "Lubuk Sakti", "Rejosari", "Mulyoharjo", "Ngadirejo", "Margodadi",
         "Talang Jaya", "Kebon Agung", "Wonokerto", "Gunung Sari", "Suka Damai"]
VILLS = [v for v in _VILL if not any(clash(v, r) for r in _REGION_NAMES)]
_COMP = ["PT Semen Nusa Perkasa", "PT Bank Sinar Nusantara", "PT Tirta Sarana Mandiri", "PT Pelabuhan Samudra Jaya",
         "PT Energi Bumi Lestari", "PT Perkebunan Sawit Andalan"]
COMPANIES = [c for c in _COMP if not any(clash(c[3:], r) for r in _REGION_NAMES)]
_TIRTA = ["Kencana", "Bening", "Sejahtera", "Mulia", "Jernih Abadi"]
TIRTA = [t for t in _TIRTA if not any(clash(t, r) for r in _REGION_NAMES)]
_UNIV = ["Universitas Insan Cendekia Mandiri", "Politeknik Bina Persada", "Universitas Pelita Harapan Bangsa",
         "Institut Teknologi Nusa Raya"]
UNIVS = [u for u in _UNIV if not any(clash(u.split(" ", 1)[1], r) for r in _REGION_NAMES)]
DINAS_U = [("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil"), ("Dinas Penanaman Modal dan PTSP", "DPMPTSP"),
           ("Badan Pendapatan Daerah", "Bapenda")]


balanced = partial(spread_evenly, rng=rng)  # (see common.py)




def fmtv(v, style):
    return (f"{v:.2f}" if style == 2 else f"{v:.1f}").replace(".", ",")


def lst2(items, sep=None):
    if len(items) == 2:
        return f"{items[0]} dan {items[1]}"
    return lst(rng, items, sep)


# ---- the bodies --------------------------------------------------------------------------------------------------
def prov_ent(P):
    base = [P] + PROV_ALIASES.get(P, [])
    acc = [f(x) for x in base for f in (lambda x: x, lambda x: f"Provinsi {x}", lambda x: f"Pemerintah Provinsi {x}",
                                        lambda x: f"Pemprov {x}", lambda x: f"Prov {x}")]
    e = Ent(rng.choice([f"Pemerintah Provinsi {P}", f"Pemprov {P}", f"Provinsi {P}"]), acc, P)
    e.kind = "prov"
    return e


def region_ent(nm, is_kota):
    if is_kota:
        acc = [f"Kota {nm}", f"Pemerintah Kota {nm}", f"Pemkot {nm}", nm]
        form = rng.choice(["Kota", "Kota", "Pemkot", "Pemerintah Kota"])
    else:
        acc = [f"Kabupaten {nm}", f"Pemerintah Kabupaten {nm}", f"Pemkab {nm}", nm, f"Kab {nm}"]
        form = rng.choice(["Kabupaten", "Kabupaten", "Pemkab", "Pemerintah Kabupaten"])
    e = Ent(f"{form} {nm}", acc, nm)
    e.kind = "kota" if is_kota else "kab"
    return e


class Ctx:
    """one text's bodies, their names kept apart"""

    def __init__(self, P):
        self.P = P
        self.taken = [P] + PROV_ALIASES.get(P, [])
        self.pool = list(LOCAL[P])
        rng.shuffle(self.pool)
        self.vills = list(VILLS)
        rng.shuffle(self.vills)
        self.comps = list(COMPANIES)
        rng.shuffle(self.comps)
        self.tirta = list(TIRTA)
        rng.shuffle(self.tirta)
        self.univs = list(UNIVS)
        rng.shuffle(self.univs)
        self.prov_used = False

    def region(self, want=None):
        """a fresh (name, is_kota) of the province; want: True kota, False kabupaten, None either"""
        return fresh_region(self.pool, self.taken, want)

    def make(self, kind):
        if kind == "prov":
            self.prov_used = True
            return prov_ent(self.P)
        if kind in ("kab", "kota"):
            return region_ent(*self.region(kind == "kota"))
        if kind == "puskesmas":
            v = self.vills.pop()
            s = f"Puskesmas {v}"
            e = Ent(s, [s, f"UPTD Puskesmas {v}"], s)
        elif kind == "company":
            s = self.comps.pop()
            e = Ent(s, [s, s[3:]], s)
        elif kind == "perumda":
            t = self.tirta.pop()
            s = f"Perumda Air Minum Tirta {t}"
            e = Ent(s, [s, f"Perumda Tirta {t}", f"PDAM Tirta {t}", f"Tirta {t}", f"Perumda AM Tirta {t}"], s)
        elif kind == "univ":
            s = self.univs.pop()
            e = Ent(s, [s], s)
        else:
            nm, kt = self.region(True if kind == "imigrasi" else None)
            lvl = "Kota" if kt else "Kabupaten"
            if kind == "rsud":
                s = f"RSUD Kota {nm}" if kt else f"RSUD {nm}"
                acc = [s, f"RSUD {nm}", f"RSUD {lvl} {nm}", f"Rumah Sakit Umum Daerah {nm}",
                       f"Rumah Sakit Umum Daerah {lvl} {nm}"]
            elif kind == "dinas":
                full, ab = rng.choice(DINAS_U)
                s = f"{full} {lvl} {nm}"
                acc = [s, f"{ab} {lvl} {nm}", f"{ab} {nm}"]
            elif kind == "imigrasi":
                s = f"Kantor Imigrasi Kelas I {nm}"
                acc = [s, f"Kantor Imigrasi {nm}", f"Kanim {nm}", f"Kantor Imigrasi Kelas I TPI {nm}",
                       f"Kanim Kelas I {nm}"]
            elif kind == "pn":
                s = f"Pengadilan Negeri {nm}"
                acc = [s, f"PN {nm}"]
            elif kind == "polres":
                s = f"Polresta {nm}" if kt else f"Polres {nm}"
                acc = [s, f"Polres {nm}", f"Kepolisian Resor {nm}", f"Polresta {nm}", f"Kepolisian Resor Kota {nm}"]
            elif kind == "pertanahan":
                s = f"Kantor Pertanahan {lvl} {nm}"
                acc = [s, f"Kantor Pertanahan {nm}", f"Kantah {lvl} {nm}", f"Kantah {nm}", f"BPN {lvl} {nm}"]
            else:
                raise ValueError(kind)
            e = Ent(s, acc, s)
        e.kind = kind
        return e


# ---- the awards ---------------------------------------------------------------------------------------------------
def L(phrase, alts, mark, lo, hi, plain=False):
    """a level: its words in the text, the accepted token sets, the tokens that mark it off from the others"""
    return dict(phrase=phrase, alts=[set(norm(a).split()) for a in alts], mark=set(mark), lo=lo, hi=hi, plain=plain,
                label=phrase)


REGIONS = ("kab", "kota")
UNITS = ("rsud", "puskesmas", "dinas", "imigrasi", "pn", "polres")
AWARDS = {
    "adipura": dict(
        kinds=REGIONS, mixed=None, noun=["daerah", "kabupaten/kota"], key=[["adipura"]],
        levels=[L("kategori kota sedang", ["kota sedang"], ["sedang"], 72, 86),
                L("kategori kota kecil", ["kota kecil"], ["kecil"], 72, 86),
                L("kategori kota besar", ["kota besar"], ["besar"], 72, 86)],
        win=lambda lv, Y: f"Piala Adipura {Y} {lv['phrase']}", conn="untuk", short="Piala Adipura",
        same="penghargaan yang sama",
        office=("Kepala", "Dinas Lingkungan Hidup (DLH) Provinsi {P}", ["Dinas Lingkungan Hidup Provinsi {P}",
                                                                         "DLH Provinsi {P}", "DLH {P}"]),
        lead="Kementerian Lingkungan Hidup dan Kehutanan (KLHK) menyerahkan Piala Adipura {Y} di Jakarta."),
    "kla": dict(
        kinds=REGIONS, mixed=None, noun=["daerah", "kabupaten/kota"], key=[["layak", "anak"], ["kla"]],
        levels=[L("predikat Pratama", ["pratama"], ["pratama"], 500, 600),
                L("predikat Madya", ["madya"], ["madya"], 600, 700),
                L("predikat Nindya", ["nindya"], ["nindya"], 700, 800),
                L("predikat Utama", ["utama"], ["utama"], 800, 900)],
        win=lambda lv, Y: f"penghargaan Kabupaten/Kota Layak Anak (KLA) {Y} {lv['phrase']}", conn="dengan",
        short="penghargaan KLA", same="penghargaan yang sama",
        office=("Kepala", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak (DP3A) Provinsi {P}",
                ["Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi {P}", "DP3A Provinsi {P}", "DP3A {P}"]),
        lead="Kementerian Pemberdayaan Perempuan dan Perlindungan Anak (KemenPPPA) mengumumkan penerima "
             "penghargaan KLA {Y}."),
    "sakip": dict(
        kinds=REGIONS, mixed=("prov", "kab", "kota"), noun=["daerah", "pemerintah daerah"],
        key=[["sakip"], ["akuntabilitas", "kinerja"]],
        levels=[L("predikat A", ["a"], ["a"], 80, 90), L("predikat BB", ["bb"], ["bb"], 70, 80),
                L("predikat B", ["b"], ["b"], 60, 70)],
        win=lambda lv, Y: f"{lv['phrase']} pada evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) "
                          f"{Y}", conn="dengan", short="predikat SAKIP", same="predikat yang sama",
        office=("Kepala", "Biro Organisasi Sekretariat Daerah Provinsi {P}",
                ["Biro Organisasi Sekretariat Daerah Provinsi {P}", "Biro Organisasi Setda {P}",
                 "Biro Organisasi Setda Provinsi {P}"]),
        lead="Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (KemenPAN-RB) menyerahkan hasil "
             "evaluasi SAKIP {Y}."),
    "wbk": dict(
        kinds=UNITS, mixed=UNITS, noun=["unit kerja", "unit layanan"],
        key=[["zona", "integritas"], ["wbk"], ["wbbm"], ["wilayah", "bebas"], ["wilayah", "birokrasi"]],
        levels=[L("predikat Wilayah Bebas dari Korupsi (WBK)", ["wbk", "wilayah bebas dari korupsi"],
                  ["wbk", "bebas", "korupsi"], 80, 95),
                L("predikat Wilayah Birokrasi Bersih dan Melayani (WBBM)",
                  ["wbbm", "wilayah birokrasi bersih dan melayani"], ["wbbm", "birokrasi", "bersih", "melayani"],
                  85, 97)],
        win=lambda lv, Y: f"predikat Zona Integritas menuju {lv['phrase'][9:]} tahun {Y}", conn="dengan",
        short="predikat Zona Integritas", same="predikat yang sama",
        office=("Kepala", "Inspektorat Provinsi {P}", ["Inspektorat Provinsi {P}", "Inspektorat {P}"]),
        lead="KemenPAN-RB menganugerahkan predikat Zona Integritas tahun {Y} di Jakarta."),
    "ombudsman": dict(
        kinds=REGIONS, mixed=("prov", "kab", "kota", "rsud", "polres", "pertanahan"),
        noun=["daerah", "pemerintah daerah"], key=[["kepatuhan"], ["pelayanan", "publik"], ["ombudsman"]],
        levels=[L("Zona Hijau", ["zona hijau"], ["hijau"], 78.01, 99.5, plain=True),
                L("Zona Hijau dengan kualitas tertinggi", ["hijau tertinggi"], ["tertinggi"], 88.01, 99.5),
                L("Zona Hijau dengan kualitas tinggi", ["hijau tinggi"], ["tinggi"], 78.01, 88.0)],
        win=lambda lv, Y: f"predikat {lv['phrase']} dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik "
                          f"Ombudsman RI tahun {Y}", conn="di", short="predikat Zona Hijau",
        same="predikat yang sama",
        office=("Kepala", "Ombudsman RI Perwakilan Provinsi {P}", ["Ombudsman RI Perwakilan Provinsi {P}",
                                                                     "Ombudsman RI Perwakilan {P}",
                                                                     "Ombudsman Perwakilan {P}"]),
        lead="Ombudsman RI Perwakilan Provinsi {P} menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan "
             "Publik tahun {Y}."),
    "kip": dict(
        kinds=REGIONS, mixed=("prov", "kab", "kota", "rsud", "company", "univ", "perumda"),
        noun=["badan publik", "daerah"], key=[["keterbukaan", "informasi"], ["kip"]],
        levels=[L("kualifikasi Informatif", ["informatif"], ["informatif"], 90, 99),
                L("kualifikasi Menuju Informatif", ["menuju informatif"], ["menuju"], 80, 89.9),
                L("kualifikasi Cukup Informatif", ["cukup informatif"], ["cukup"], 60, 79.9)],
        win=lambda lv, Y: f"Anugerah Keterbukaan Informasi Publik (KIP) {Y} dengan {lv['phrase']}", conn="dengan",
        short="Anugerah KIP", same="penghargaan yang sama",
        office=("Ketua", "Komisi Informasi Provinsi {P}", ["Komisi Informasi Provinsi {P}", "KI Provinsi {P}",
                                                            "Komisi Informasi {P}"]),
        lead="Komisi Informasi Provinsi {P} menggelar Anugerah Keterbukaan Informasi Publik {Y}."),
}


# ---- checking -----------------------------------------------------------------------------------------------------
def toks(a):
    return set(norm(f"{a.name or ''} {a.category or ''} {a.grade or ''}").split())


near = near_name  # (see common.py)


def check_fields(e, a, w, problems, info):
    who = f"{e.short} {w['year']}"
    got = toks(a)
    shown = f"name={a.name!r} cat={a.category!r} grade={a.grade!r}"
    if not any(set(k) <= got for k in w["key"]):
        problems.append(f"name: {who} expected the {w['award']} award, got {shown}")
    lv = w["level"]
    own = set().union(*lv["alts"])
    if not any(alt <= got for alt in lv["alts"]):
        problems.append(f"level: {who} expected {lv['label']!r}, got {shown}")
    else:
        wrong = [o["label"] for o in w["others"] if (o["mark"] - own) & got]
        if wrong:
            problems.append(f"level-other: {who} expected {lv['label']!r}, got {shown}")
    if w["score"] is None:
        if a.score is not None:
            problems.append(f"score-award: {who} expected None, got {a.score}")
    elif a.score is None or abs(a.score - w["score"]) > 0.005:
        problems.append(f"score-award: {who} expected {w['score']}, got {a.score}")


def check(awards, scores, exp, negs, exp_scores):
    problems, info = [], []
    check_records(awards, exp, negs, near, check_fields, problems, info)
    problems += score_records(scores, exp_scores)
    return problems, info


def finish(slots, text, pub, exp, negs, exp_scores):
    awards, scores = run(text, pub)
    problems, info = check(awards, scores, exp, negs, exp_scores)
    keys = list(slots)
    g.record(f"{keys[0]}={slots[keys[0]]}", text, problems, awards, scores)
    good = not problems
    for k in keys[1:]:
        g.bump(f"{k}={slots[k]}", good)


# ---- the shapes ---------------------------------------------------------------------------------------------------
# each returns (paragraphs, recipients [(ent, level, score)], negs, extra per-case slot values)
QUOTES = [("“", "”"), ('"', '"')]


def S01_split(c, v):
    A = c.A
    lv = c.lv()
    es = c.members(rng.choice([3, 4]))
    head, tail = es[:-1] if len(es) == 3 else es[:2], es[-1:] if len(es) == 3 else es[2:]
    H = lst2([e.surface for e in head])
    T = lst2([e.surface for e in tail])
    win = A["win"](lv, c.Y)
    if v == 0:
        s = f"{cap(win)} diraih {H}. Selain itu, {T} juga menerima {A['same']}."
    elif v == 1:
        s = f"{H} meraih {win}. {cap(T)} juga meraih {A['same']}."
    elif v == 2:
        s = f"{H} berhasil meraih {win}. {A['same'].capitalize()} juga diterima {T}."
    else:
        s = f"{H} meraih {win}. Tak ketinggalan, {T} pun meraih {A['short']} tahun ini."
    return [s], [(e, lv, None) for e in es], [], {}


def S02_clause(c, v):
    A = c.A
    n = 3
    levels = [x for x in A["levels"] if not x["plain"]]
    lvs = rng.sample(levels, min(n, len(levels)))
    while len(lvs) < n:
        lvs.append(rng.choice(levels))
    rng.shuffle(lvs)
    es = c.members(n)
    k = A["conn"]
    (e1, e2, e3), (l1, l2, l3) = es, lvs
    if v == 0:
        s = (f"{e1.surface} meraih {A['win'](l1, c.Y)}, sedangkan {e2.surface} {k} {l2['phrase']} dan "
             f"{e3.surface} {k} {l3['phrase']}.")
    elif v == 1:
        s = (f"Pada {A['short']} {c.Y}, {e1.surface} meraih {l1['phrase']}, {e2.surface} meraih {l2['phrase']}, "
             f"sementara {e3.surface} meraih {l3['phrase']}.")
    elif v == 2:
        s = (f"{e1.surface} meraih {A['win'](l1, c.Y)}. Adapun {e2.surface} meraih {l2['phrase']}, dan "
             f"{e3.surface} {l3['phrase']}.")
    else:
        s = (f"{cap(A['win'](l1, c.Y))} diraih {e1.surface}, {l2['phrase']} diraih {e2.surface}, sedangkan "
             f"{e3.surface} meraih {l3['phrase']}.")
    return [s], [(e1, l1, None), (e2, l2, None), (e3, l3, None)], [], {}


def S03_counted(c, v):
    A = c.A
    lv = c.lv()
    n = rng.choice([3, 4, 5])
    es = c.members(n)
    noun = rng.choice(A["noun"])
    Ls = lst(rng, [e.surface for e in es])
    win = A["win"](lv, c.Y)
    if v == 0:
        s = f"{cap(win)} diraih oleh {NUMW[n]} {noun}, masing-masing {Ls}."
    elif v == 1:
        s = f"Ada {NUMW[n]} {noun} yang meraih {win}, yakni {Ls}."
    elif v == 2:
        s = f"{cap(win)} diberikan kepada {NUMW[n]} {noun}, yaitu {Ls}."
    else:
        s = f"Sebanyak {NUMW[n]} {noun} meraih {win}. {KE[n]} adalah {Ls}."
    return [s], [(e, lv, None) for e in es], [], {}


def S04_bracket(c, v):
    A = c.A
    lv = c.lv()
    n = rng.choice([3, 4])
    es = c.members(n)
    noun = rng.choice(A["noun"])
    Ls = lst(rng, [e.surface for e in es], rng.choice([" dan ", ", dan "]))
    P = c.P
    win = A["win"](lv, c.Y)
    pe = prov_ent(P)
    if v == 0:
        s = f"{cap(NUMW[n])} {noun} dari {P} ({Ls}) meraih {win}."
    elif v == 1:
        s = f"{cap(win)} diraih {NUMW[n]} {noun} di Provinsi {P} ({Ls})."
    elif v == 2:
        s = f"Provinsi {P} menempatkan {NUMW[n]} {noun} ({Ls}) sebagai peraih {win}."
    else:
        s = f"Dari {P}, {NUMW[n]} {noun} ({Ls}) berhasil meraih {win}."
    return [s], [(e, lv, None) for e in es], [pe], {}


def S05_semi(c, v):
    A = c.A
    n = rng.choice([3, 4])
    es = c.members(n)
    if v in (0, 1):
        lv = c.lv()
        st = rng.choice([1, 2])
        vals = set()
        while len(vals) < n:
            vals.add(round(rng.uniform(lv["lo"], lv["hi"]), st))
        vals = sorted(vals, reverse=True)
        win = A["win"](lv, c.Y)
        if v == 0:
            parts = [f"{e.surface} dengan nilai {fmtv(x, st)}" for e, x in zip(es, vals)]
            s = f"{cap(win)} diraih {'; '.join(parts[:-1])}; serta {parts[-1]}."
        else:
            parts = [f"{e.surface} (nilai {fmtv(x, st)})" for e, x in zip(es, vals)]
            s = f"Peraih {win} yaitu {'; '.join(parts[:-1])}; dan {parts[-1]}."
        return [s], [(e, lv, x) for e, x in zip(es, vals)], [], {}
    if v == 2:
        lv = c.lv()
        win = A["win"](lv, c.Y)
        heads = []
        attrs = [f"yang meraihnya untuk ketiga kalinya berturut-turut", "yang baru pertama kali meraihnya",
                 f"yang dipimpin {c.head_word(es[2])} {c.new_person()}", "yang tahun lalu belum masuk penilaian"]
        parts = [f"{e.surface}, {attrs[i]}" for i, e in enumerate(es)]
        s = f"{cap(win)} diraih {'; '.join(parts[:-1])}; serta {parts[-1]}."
        return [s], [(e, lv, None) for e in es], list(c.persons), {}
    levels = [x for x in A["levels"] if not x["plain"]]
    lvs = [rng.choice(levels) for _ in es]
    if len({id(x) for x in lvs}) == 1 and len(levels) > 1:
        lvs[-1] = next(x for x in levels if x is not lvs[0])
    parts = [f"{e.surface} dengan {l['phrase']}" for e, l in zip(es, lvs)]
    s = f"Pada {A['short']} {c.Y}, penerimanya adalah {'; '.join(parts[:-1])}; serta {parts[-1]}."
    return [s], [(e, l, None) for e, l in zip(es, lvs)], [], {}


def S06_negated(c, v):
    A = c.A
    lv = c.lv()
    k = rng.choice([2, 3])
    es = c.members(k)
    ng = c.members(rng.choice([1, 2]))
    win = A["win"](lv, c.Y)
    W = lst2([e.surface for e in es])
    N = lst2([e.surface for e in ng])
    if v == 0:
        s = f"{W} meraih {win}, sementara {N} masih masuk nominasi."
    elif v == 1:
        allm = es + ng
        rng.shuffle(allm)
        s = (f"Dari {NUMW[len(allm)]} {rng.choice(A['noun'])} yang masuk nominasi, yakni "
             f"{lst(rng, [e.surface for e in allm])}, hanya {W} yang meraih {win}.")
    elif v == 2:
        s = f"{W} berhasil meraih {win}, sedangkan {N} belum berhasil meraihnya."
    else:
        s = f"{W} meraih {win}, tetapi {N} tidak."
    return [s], [(e, lv, None) for e in es], ng, {}


def S07_mixed(c, v):
    A = c.A
    lv = c.lv()
    n = rng.choice([3, 4, 4, 5])
    kinds = list(A["mixed"])
    rng.shuffle(kinds)
    ks = kinds[:min(n, len(kinds))]
    while len(ks) < n:
        ks.append(rng.choice([k for k in kinds if k != "prov"]))
    es = [c.make(k) for k in ks]
    Ls = lst(rng, [e.surface for e in es])
    win = A["win"](lv, c.Y)
    if v == 0:
        s = f"{cap(win)} diraih {Ls}."
    elif v == 1:
        s = f"{Ls} meraih {win}."
    elif v == 2:
        s = (f"Penerima {win} tahun ini beragam, mulai dari {', '.join(e.surface for e in es[:-1])}, hingga "
             f"{es[-1].surface}.")
    else:
        s = f"{cap(win)} diberikan kepada {Ls}."
    return [s], [(e, lv, None) for e in es], [], {}


def S08_quote(c, v):
    A = c.A
    lv = c.lv()
    n = rng.choice([3, 4])
    es = c.members(n)
    win = A["win"](lv, c.Y)
    q1, q2 = rng.choice(QUOTES)
    title, office, acc = A["office"]
    office = office.format(P=c.P)
    off = Ent(office, [a.format(P=c.P) for a in acc] + [office])
    nm = c.new_person()
    Ls = lst(rng, [e.surface for e in es])
    if v == 0:
        s = end(f"{q1}Tahun ini {Ls} berhasil meraih {win},{q2} kata {title} {office}, {titled(rng, nm)}")
    elif v == 1:
        s = f"{title} {office}, {titled(rng, nm)}, mengatakan, {q1}{Ls} meraih {win}. Ini hasil kerja keras bersama.{q2}"
    elif v == 2:
        s = (f"{q1}Alhamdulillah, {es[0].surface} meraih {win}. {lst2([e.surface for e in es[1:]])} juga meraih "
             f"{A['same']},{q2} ujar {nm}, {title} {office}.")
    else:
        s = f"Menurut {title} {office}, {nm}, {Ls} meraih {win} berkat komitmen pimpinan masing-masing."
    return [s], [(e, lv, None) for e in es], [off] + list(c.persons), {}


def S09_particle(c, v):
    A = c.A
    lv = c.lv()
    es = c.members(3)
    a, b, d = (e.surface for e in es)
    win = A["win"](lv, c.Y)
    if v == 0:
        s = f"{a}, {b}, maupun {d} sama-sama meraih {win}."
    elif v == 1:
        s = f"Baik {a}, {b}, maupun {d} meraih {win}."
    elif v == 2:
        s = f"{a}, {b}, dan juga {d} meraih {win}."
    elif v == 3:
        s = f"{a}, {b}, termasuk {d}, meraih {win}."
    else:
        s = f"Sejumlah {rng.choice(A['noun'])} meraih {win}, di antaranya {a}, {b}, dan {d}."
    return [s], [(e, lv, None) for e in es], [], {}


BULLETS = ["•", "-", "1)", "a.", "mixed"]


def bullet(style, i):
    if style == "1)":
        return f"{i + 1})"
    if style == "a.":
        return f"{'abcdefgh'[i]}."
    if style == "mixed":
        return ["•", "-"][i % 2]
    return style


def S10_bullets(c, v, style):
    A = c.A
    n = rng.choice([3, 4, 5])
    es = c.members(n)
    if v == 2:
        levels = [x for x in A["levels"] if not x["plain"]]
        lvs = [rng.choice(levels) for _ in es]
        if len({id(x) for x in lvs}) == 1 and len(levels) > 1:
            lvs[-1] = next(x for x in levels if x is not lvs[0])
        lines = [f"{bullet(style, i)} {e.surface} – {l['phrase']}" for i, (e, l) in enumerate(zip(es, lvs))]
        head = f"Berikut daftar peraih {A['short']} {c.Y} di {c.P}:"
        return [head + "\n" + "\n".join(lines)], [(e, l, None) for e, l in zip(es, lvs)], [], {}
    lv = c.lv()
    win = A["win"](lv, c.Y)
    lines = [f"{bullet(style, i)} {e.surface}" for i, e in enumerate(es)]
    if v == 0:
        paras = [f"Berikut daftar {rng.choice(A['noun'])} peraih {win}:\n" + "\n".join(lines)]
    elif v == 1:
        title = f"Peraih {A['short']} {c.Y} {lv['phrase']}"
        paras = [" ".join(w if w.isupper() or w[:1].isdigit() else cap(w) for w in title.split()) + "\n" +
                 "\n".join(lines)]
    else:
        paras = [f"{cap(NUMW[n])} {rng.choice(A['noun'])} di {c.P} meraih {win}. Mereka adalah:\n" +
                 "\n".join(lines)]
    return paras, [(e, lv, None) for e in es], [], {}


SHAPES = [("S01_split", S01_split, 4), ("S02_clause", S02_clause, 4), ("S03_counted", S03_counted, 4),
          ("S04_bracket", S04_bracket, 4), ("S05_semi", S05_semi, 4), ("S06_negated", S06_negated, 4),
          ("S07_mixed", S07_mixed, 4), ("S08_quote", S08_quote, 4), ("S09_particle", S09_particle, 5),
          ("S10_bullets", S10_bullets, 4)]


class Case:
    def __init__(self, award, P, Y):
        self.A = AWARDS[award]
        self.award = award
        self.P, self.Y = P, Y
        self.ctx = Ctx(P)
        self.persons = []

    def lv(self):
        return rng.choice(self.A["levels"])

    def members(self, n):
        return [self.ctx.make(rng.choice(self.A["kinds"])) for _ in range(n)]

    def make(self, kind):
        return self.ctx.make(kind)

    def new_person(self):
        while True:
            nm = person(rng)
            if all(nm != p.surface for p in self.persons):
                self.persons.append(Ent(nm, [nm], nm))
                return nm

    def head_word(self, e):
        return {"kab": "Bupati", "kota": "Wali Kota"}.get(e.kind, "Kepala")


def distractor_sentence(c, kind, recips):
    A, Y, P = c.A, c.Y, c.P
    if kind == "none":
        return None, []
    if kind == "verif":
        d = c.members(1)[0]
        return f"Sebelumnya, tim penilai juga melakukan verifikasi lapangan di {d.surface}.", [d]
    if kind == "plan":
        d = c.members(1)[0]
        return f"{d.surface} menargetkan meraih {A['short']} pada {Y + 1}.", [d]
    if kind == "official":
        nm = c.new_person()
        negs = [c.persons[-1]]
        if not any(getattr(e, "kind", "") == "prov" for e in recips):
            negs.append(prov_ent(P))
        return end(f"Penyerahan penghargaan disaksikan Sekretaris Daerah Provinsi {P}, {titled(rng, nm)}"), negs
    return (f"Secara nasional, sebanyak {rng.randint(40, 180)} {rng.choice(A['noun'])} meraih {A['short']} tahun "
            f"ini.", [])


# ---- the cases ----------------------------------------------------------------------------------------------------
MIXED_AWARDS = [a for a, A in AWARDS.items() if A["mixed"]]
REPS = 4
plan = []
for sname, fn, nvar in SHAPES:
    awards = MIXED_AWARDS if sname == "S07_mixed" else list(AWARDS)
    reps = REPS * len(AWARDS) // len(awards)
    for ai, award in enumerate(awards):
        for rep in range(reps):
            plan.append((sname, fn, nvar, award, (rep + ai) % nvar))
N = len(plan)
S = dict(lead=balanced(["none", "giver"], N), distractor=balanced(["none", "verif", "plan", "official", "count"], N),
         dpos=balanced(["before", "after"], N))
N10 = sum(p[0] == "S10_bullets" for p in plan)
BUL = iter(balanced(BULLETS, N10))

for i, (sname, fn, nvar, award, var) in enumerate(plan):
    sl = {k: vals[i] for k, vals in S.items()}
    P = rng.choice(BIG_PROV)
    Y = rng.choice([2022, 2023, 2024])
    c = Case(award, P, Y)
    if sname == "S10_bullets":
        sl["bullet"] = next(BUL)
        paras, recips, negs, more = fn(c, var, sl["bullet"])
    else:
        paras, recips, negs, more = fn(c, var)
    negs = list(negs)
    ds, dn = distractor_sentence(c, sl["distractor"], [e for e, _, _ in recips])
    negs += dn
    if ds:
        paras = [ds] + paras if sl["dpos"] == "before" else paras + [ds]
    if sl["lead"] == "giver":
        paras = [c.A["lead"].format(Y=Y, P=P)] + paras
    text = "\n\n".join(paras) + "\n"
    pub = date(Y, rng.randint(7, 12), rng.randint(1, 28))
    present = []
    for _, l, _ in recips:
        if all(l is not x for x in present):
            present.append(l)
    exp, exp_scores = [], []
    for e, l, sc in recips:
        others = [x for x in present if x is not l]
        exp.append((e, [dict(year=Y, award=award, key=c.A["key"], level=l, others=others, score=sc)]))
        if sc is not None:
            exp_scores.append((e, Y, sc))
    slots = dict(shape=sname, award=award, variant=f"{sname}.{var}", lead=sl["lead"], distractor=sl["distractor"])
    if ds:
        slots["dpos"] = sl["dpos"]
    if sname == "S10_bullets":
        slots["bullet"] = sl["bullet"]
    slots.update(more)
    finish(slots, text, pub, exp, negs, exp_scores)

g.report()
if os.environ.get("G15_DUMP"):  # every text, for reading the grid's own Indonesian
    with open(os.environ["G15_DUMP"], "w") as f:
        for t, (tag, good, probs) in g.outcomes.items():
            f.write(f"[{tag}] {'OK' if good else 'FAIL'}\n{t}\n")
