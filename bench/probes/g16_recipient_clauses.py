"""Grid 16: how a sentence ties the recipient to the award, written the way Indonesian regional news writes it.
Slot families (the clause shape, each with its own variants):
  R01 active   verbs of winning with the recipient as subject: meraih, menerima, memperoleh, mendapatkan,
               menyabet, menyabet gelar juara, membawa pulang, berhasil meraih, kembali meraih, sukses
               mempertahankan, keluar sebagai juara, dinobatkan sebagai (terbaik ke-n / penerima), ditetapkan
               sebagai (penerima / terbaik ke-n)
  R02 passive  agent and passive forms: "X diraih oleh Y", "X diberikan kepada Y", "X diserahkan kepada Y",
               "Y dianugerahi X", "Y diganjar X", "X jatuh kepada Y", "X jatuh ke tangan Y", "Y menjadi penerima
               X", "Y tercatat sebagai salah satu penerima X", "Y masuk dalam daftar penerima X"
  R03 fronted  fronted adjuncts and clefts: "Atas capaian itu, Y ..", "Berkat inovasinya, Y ..", "Pada X, yang
               meraih peringkat pertama adalah Y", "Adapun penerima X adalah Y", "Salah satu daerah yang meraih X
               adalah Y", "Untuk kategori K, X diraih Y", "Tahun ini, giliran Y yang meraih X", "Di antara N
               daerah yang dinilai, Y ..", "Tak hanya itu, Y juga meraih X"
  R04 kinds    recipients of different kinds with a plain verb: Pemerintah Kabupaten / Pemkab / Kabupaten, Kota,
               Pemprov, a dinas, an RSUD, a puskesmas, a Kejaksaan Negeri, a company "PT .. Tbk", a village with
               its kecamatan and kabupaten in apposition, the head of a body as the subject ("Kepala Puskesmas X,
               dr. Nama, M.Kes., menerima ..": the body is the recipient, the head received_by), a body "melalui"
               its head, and a titled person receiving a personal award (the person is the recipient)
  R05 distract a distractor next to the real recipient: the giver's official as the sentence subject, the giver
               institution as the subject (with or without "melalui" its official), a provincial government
               that gives, officials and another region's head who only attended, another region named only as the
               location, a non-winner still in assessment, a nominee / a region planning to compete, the
               recipient's own earlier win with its year (a second record) or without a year (no record)
  R06 across   the award named in one sentence and the recipient in the next ("Penghargaan itu ..", "Anugerah
               tersebut ..", "penghargaan tersebut ..", three sentences, a paragraph break), or the recipient
               named first and referred to by "daerah tersebut / puskesmas itu / ia" in the award sentence
Other slots (balanced): the recipient's kind (R01-R03, R05, R06), the level (none / a grade: rank, letter or tier /
a category), the giver named or not, who received it on the body's behalf (none / the next sentence / the end of
the text), a tail sentence (none / a quote of the head that does not say who received it / a ceremony with place
and date), the year's form ("tahun 2024" / "2024" / "Tahun 2024").
Expected per recipient: exactly one award (two for an earlier win told with its year), name = the invented
award's name (token F1 >= 0.5), year, grade / category as the text sets them and none where it sets none
(a rank compared by its number and its word, "juara" or "peringkat" for "peringkat / terbaik ke-n"), giver =
the institution where the text names it, none where it names none (not checked where only its official is
named), received_by = the head's name without titles where told, else none. Nothing for the giver, officials,
heads, other regions, non-winners, nominees, apposition places. Date and place are information only."""
import random
from datetime import date, timedelta
from functools import partial

from common import *

rng = random.Random(1616)
g = Grid("g16_recipient_clauses")
balanced = partial(spread_evenly, rng=rng)  # (see common.py)

ROMAN = {1: "I", 2: "II", 3: "III"}
WORD = {1: "pertama", 2: "kedua", 3: "ketiga"}
_REGION_NAMES = KAB + KOTA + PROV


def _free(s):
    """no region name inside this invented name (as whole words)"""
    n = f" {norm(s)} "
    return not any(f" {norm(r)} " in n for r in _REGION_NAMES)


_VILL = ["Sukamaju", "Mekarsari", "Tanjung Harapan", "Sidomulyo", "Karangrejo", "Air Putih", "Pandanrejo",
         "Sumbersari", "Tegalrejo", "Lubuk Sakti", "Rejosari", "Mulyoharjo", "Ngadirejo", "Margodadi",
         "Talang Jaya", "Kebon Agung", "Wonokerto", "Gunung Sari", "Suka Damai"]
VILLS = [v for v in _VILL if not any(clash(v, r) for r in _REGION_NAMES)]
_KEC = ["Bukit Kemuning", "Rambah Hilir", "Pagar Dewa", "Sukadana Ilir", "Lembah Sari", "Tanah Merah Hulu",
        "Sungai Lala", "Ujung Padang", "Kuala Baru", "Payung Sekaki"]
KECS = [k for k in _KEC if not any(clash(k, r) for r in _REGION_NAMES) and not any(clash(k, v) for v in VILLS)]
_COMP = ["Semen Nusa Perkasa", "Bank Sinar Nusantara", "Tirta Sarana Mandiri", "Pelabuhan Samudra Jaya",
         "Energi Bumi Lestari", "Perkebunan Sawit Andalan", "Logam Mulia Persada", "Pupuk Tani Makmur"]
COMPANIES = [c for c in _COMP if not any(clash(c, r) for r in _REGION_NAMES)]
VENUES = ["Hotel Grand Mutiara, Jakarta", "Balai Sidang Praja Utama, Jakarta", "Gedung Serbaguna Bhakti Praja, "
          "Jakarta", "Hotel Santika Permai, Jakarta", "Auditorium Wisma Nusantara, Jakarta"]


# ---- givers ---------------------------------------------------------------------------------------------------------
def inst(full, ab, official, extra=()):
    acc = [full, ab, f"{full} ({ab})", *extra]
    surf = rng.choice([f"{full} ({ab})", full, f"{full} ({ab})", ab])
    e = Ent(surf, acc, ab)
    e.official = official
    return e


GIVERS = {
    "kemendagri": lambda P: inst("Kementerian Dalam Negeri", "Kemendagri", "Menteri Dalam Negeri",
                                 ["Kementerian Dalam Negeri RI", "Kemendagri RI"]),
    "kemenkeu": lambda P: inst("Kementerian Keuangan", "Kemenkeu", "Menteri Keuangan",
                               ["Kementerian Keuangan RI", "Kemenkeu RI"]),
    "kemenkes": lambda P: inst("Kementerian Kesehatan", "Kemenkes", "Menteri Kesehatan",
                               ["Kementerian Kesehatan RI", "Kemenkes RI"]),
    "kemendes": lambda P: inst("Kementerian Desa dan Pembangunan Daerah Tertinggal", "Kemendes PDT",
                               "Menteri Desa dan Pembangunan Daerah Tertinggal", ["Kemendes"]),
    "klh": lambda P: inst("Kementerian Lingkungan Hidup", "KLH", "Menteri Lingkungan Hidup",
                          ["Kementerian Lingkungan Hidup RI"]),
    "kejagung": lambda P: inst("Kejaksaan Agung", "Kejagung", "Jaksa Agung", ["Kejaksaan Agung RI"]),
    "anri": lambda P: inst("Arsip Nasional Republik Indonesia", "ANRI", "Kepala Arsip Nasional Republik Indonesia",
                           ["Arsip Nasional RI"]),
    "perpusnas": lambda P: inst("Perpustakaan Nasional", "Perpusnas", "Kepala Perpustakaan Nasional",
                                ["Perpustakaan Nasional RI", "Perpusnas RI",
                                 "Perpustakaan Nasional Republik Indonesia"]),
    "pemprov": lambda P: pemprov(P),
    "dinkesprov": lambda P: dinkes_prov(P),
}


def prov_bases(P):
    return [P] + PROV_ALIASES.get(P, [])


def prov_acc(P):
    return [f"{h}{b}" for b in prov_bases(P) for h in ("", "Provinsi ", "Pemerintah Provinsi ", "Pemprov ", "Prov ")]


def pemprov(P):
    e = Ent(rng.choice([f"Pemerintah Provinsi {P}", f"Pemprov {P}"]), prov_acc(P), P)
    e.official = f"Gubernur {P}"
    return e


def dinkes_prov(P):
    acc = [f"{h} {m}{b}" for h in ("Dinas Kesehatan", "Dinkes", "Dinas Kesehatan (Dinkes)") for m in ("Provinsi ", "")
           for b in prov_bases(P)]
    e = Ent(rng.choice([f"Dinas Kesehatan Provinsi {P}", f"Dinas Kesehatan (Dinkes) Provinsi {P}"]), acc,
            f"Dinkes {P}")
    e.official = f"Kepala Dinas Kesehatan Provinsi {P}"
    return e


# ---- awards (invented names) ----------------------------------------------------------------------------------------
# levels: cats = categories / predicates (category), grades = letters / tiers (grade), rankw = the word of a rank
AWARDS = {
    "inovasi": dict(name="Anugerah Inovasi Pelayanan Sekar Praja", giver="kemendagri",
                    kinds=("kab", "kota", "prov", "dinas"), preds=["Sangat Inovatif", "Inovatif"], cats=[], grades=[],
                    rankw="peringkat", dinas=("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil")),
    "keuangan": dict(name="Penghargaan Tata Kelola Keuangan Adhi Wicaksana", giver="kemenkeu",
                     kinds=("kab", "kota", "prov"), preds=[], cats=[], grades=["A", "AA", "BB"], rankw="peringkat"),
    "arsip": dict(name="Anugerah Kearsipan Tertib Nusantara", giver="anri", kinds=("kab", "kota", "prov", "dinas"),
                  preds=["Sangat Memuaskan", "Memuaskan"], cats=[], grades=[], rankw="peringkat",
                  dinas=("Dinas Perpustakaan dan Kearsipan", "Dispusip")),
    "kinerja": dict(name="Anugerah Kinerja Pemerintahan Bhakti Praja", giver="pemprov", kinds=("kab", "kota"),
                    preds=["Kinerja Sangat Tinggi", "Kinerja Tinggi"], cats=[], grades=[], rankw="peringkat"),
    "husada": dict(name="Anugerah Layanan Kesehatan Husada Nirmala", giver="kemenkes",
                   kinds=("rsud", "puskesmas", "dinas"), preds=[], cats=[], grades=["Paripurna", "Utama", "Madya"],
                   rankw="peringkat", dinas=("Dinas Kesehatan", "Dinkes")),
    "desa": dict(name="Penghargaan Desa Lumbung Sejahtera", giver="kemendes", kinds=("desa",),
                 preds=[], cats=["Pemberdayaan Ekonomi", "Ketahanan Pangan"], grades=[], rankw="juara"),
    "hijau": dict(name="Anugerah Korporasi Ramah Lingkungan Paramarta", giver="klh", kinds=("company",),
                  preds=["Emas", "Hijau", "Biru"], cats=[], grades=[], rankw="peringkat"),
    "adhyaksa": dict(name="Penghargaan Pelayanan Hukum Satya Adhyaksa", giver="kejagung", kinds=("kejari",),
                     preds=[], cats=["Penerangan Hukum", "Pemulihan Aset"], grades=[], rankw="peringkat"),
    "literasi": dict(name="Anugerah Penggerak Literasi Pustaka Bhakti", giver="perpusnas", kinds=("person",),
                     preds=[], cats=["Pegiat Komunitas", "Tokoh Masyarakat"], grades=[], rankw="juara",
                     pkind="literasi"),
    "nakes": dict(name="Anugerah Tenaga Kesehatan Teladan Citra Husada", giver="dinkesprov", kinds=("person",),
                  preds=[], cats=["Dokter", "Perawat", "Bidan"], grades=[], rankw="juara", pkind="nakes"),
}
for _k, _A in AWARDS.items():
    assert _free(_A["name"]), _k
BY_KIND = {}
for _k, _A in AWARDS.items():
    for _kd in _A["kinds"]:
        BY_KIND.setdefault(_kd, []).append(_k)

NOUN = {"kab": "daerah", "kota": "daerah", "prov": "pemerintah provinsi", "dinas": "instansi", "rsud": "rumah sakit",
        "puskesmas": "puskesmas", "kejari": "satuan kerja kejaksaan", "company": "perusahaan", "desa": "desa",
        "person": "tokoh"}
ANAPHOR = {"kab": ["daerah tersebut", "kabupaten itu", "pemerintah daerah setempat"],
           "kota": ["daerah tersebut", "kota itu", "pemerintah kota tersebut"],
           "prov": ["pemerintah provinsi tersebut", "provinsi itu"], "dinas": ["dinas tersebut", "instansi itu"],
           "rsud": ["rumah sakit milik daerah itu", "rumah sakit tersebut"], "puskesmas": ["puskesmas tersebut"],
           "kejari": ["kejari tersebut", "korps Adhyaksa setempat"], "company": ["perusahaan itu", "emiten tersebut"],
           "desa": ["desa itu", "desa tersebut"], "person": ["ia", "dia"]}


# ---- the bodies and persons of one text -----------------------------------------------------------------------------
def _local(p):
    return [(k, False) for k in p["kabupaten"] if k in KAB and not clash(k, p["name"])] + \
        [(k, True) for k in p["kota"] if k in KOTA and not clash(k, p["name"])]


LOCAL = {p["name"]: _local(p) for p in reg["provinces"]}
BIG_PROV = [p for p, loc in LOCAL.items() if len(loc) >= 8 and sum(1 for _, k in loc if k) >= 2
            and p != "DKI Jakarta"]


def region_ent(nm, is_kota, form=None):
    if is_kota:
        acc = [f"Kota {nm}", f"Pemerintah Kota {nm}", f"Pemkot {nm}", nm]
        form = form or rng.choice(["Kota", "Kota", "Pemkot", "Pemerintah Kota"])
    else:
        acc = [f"Kabupaten {nm}", f"Pemerintah Kabupaten {nm}", f"Pemkab {nm}", nm, f"Kab {nm}"]
        form = form or rng.choice(["Kabupaten", "Kabupaten", "Pemkab", "Pemerintah Kabupaten"])
    e = Ent(f"{form} {nm}", acc, nm)
    e.kind = "kota" if is_kota else "kab"
    e.nm = nm
    e.head = f"Wali Kota {nm}" if is_kota else f"Bupati {nm}"
    return e


class Ctx:
    """one text's invented names, kept apart"""

    def __init__(self, P):
        self.P = P
        self.taken = prov_bases(P)
        self.pool = list(LOCAL[P])
        rng.shuffle(self.pool)
        self.vills = list(VILLS)
        rng.shuffle(self.vills)
        self.comps = list(COMPANIES)
        rng.shuffle(self.comps)
        self.used = set()

    def person(self):
        for i in range(500):
            nm = person(rng)
            if nm not in self.used and (i > 100 or not any(nm.split()[-1] == u.split()[-1] for u in self.used)):
                self.used.add(nm)
                return nm
        raise RuntimeError("no fresh name")

    def region(self, want=None):
        return fresh_region(self.pool, self.taken, want)

    def make(self, kind, award=None, form=None):
        P = self.P
        if kind in ("kab", "kota"):
            return region_ent(*self.region(kind == "kota"), form=form)
        if kind == "prov":
            e = Ent(form or rng.choice([f"Pemerintah Provinsi {P}", f"Pemprov {P}", f"Provinsi {P}"]), prov_acc(P), P)
            e.head = f"Gubernur {P}"
        elif kind == "puskesmas":
            v = self.vills.pop()
            s = rng.choice([f"Puskesmas {v}", f"Puskesmas {v}", f"UPTD Puskesmas {v}"])
            e = Ent(s, [f"Puskesmas {v}", f"UPTD Puskesmas {v}"], s)
            e.head = f"Kepala Puskesmas {v}"
        elif kind == "desa":
            v = self.vills.pop()
            s = f"Desa {v}"
            e = Ent(s, [s, v, f"Pemerintah Desa {v}", f"Pemdes {v}"], s)
            e.head = f"Kepala Desa {v}"
            e.vill = v
        elif kind == "company":
            c = self.comps.pop()
            s = f"PT {c} Tbk"
            e = Ent(s, [s, f"PT {c}", f"{c} Tbk", c, f"PT {c} Tbk."], s)
            e.head = f"Direktur Utama PT {c} Tbk"
        else:
            nm, kt = self.region(True if kind == "kejari" and rng.random() < 0.3 else None)
            lvl = "Kota" if kt else "Kabupaten"
            if kind == "rsud":
                s = f"RSUD Kota {nm}" if kt else f"RSUD {nm}"
                acc = [s, f"RSUD {nm}", f"RSUD {lvl} {nm}", f"Rumah Sakit Umum Daerah {nm}",
                       f"Rumah Sakit Umum Daerah {lvl} {nm}"]
                e = Ent(s, acc, s)
                e.head = f"Direktur {s}"
            elif kind == "kejari":
                s = rng.choice([f"Kejaksaan Negeri {nm}", f"Kejaksaan Negeri (Kejari) {nm}", f"Kejari {nm}"])
                e = Ent(s, [f"Kejaksaan Negeri {nm}", f"Kejari {nm}", f"Kejaksaan Negeri Kejari {nm}"], s)
                e.head = rng.choice([f"Kepala Kejaksaan Negeri {nm}", f"Kajari {nm}"])
            elif kind == "dinas":
                full, ab = AWARDS[award]["dinas"]
                s = rng.choice([f"{full} {lvl} {nm}", f"{full} ({ab}) {lvl} {nm}"])
                e = Ent(s, [f"{full} {lvl} {nm}", f"{ab} {lvl} {nm}", f"{ab} {nm}", f"{full} {ab} {lvl} {nm}"], s)
                e.head = f"Kepala {full} {lvl} {nm}"
            else:
                raise ValueError(kind)
        e.kind = kind
        return e

    def make_person(self, pkind, negs):
        nm = self.person()
        if pkind == "nakes":
            role, pre, post = rng.choice([("dokter", "dr.", "M.Kes."), ("perawat", "", "S.Kep., Ns."),
                                          ("bidan", "", "A.Md.Keb.")])
            surf = " ".join(x for x in (pre, nm) if x) + (f", {post}" if post else "")
            v = self.vills.pop()
            nmk, kt = self.region()
            lvl = "Kota" if kt else "Kabupaten"
            appos = f", {role} di Puskesmas {v}, {lvl} {nmk},"
            negs += [Ent(f"Puskesmas {v}", [f"Puskesmas {v}", v]),
                     Ent(f"{lvl} {nmk}", [nmk, f"{lvl} {nmk}", f"Pemerintah {lvl} {nmk}"])]
            cat = {"dokter": "Dokter", "perawat": "Perawat", "bidan": "Bidan"}[role]
        else:
            surf = titled(rng, nm)
            nmk, kt = self.region()
            lvl = "Kota" if kt else "Kabupaten"
            role = rng.choice(["pegiat literasi", "pendiri taman bacaan masyarakat", "pustakawan desa"])
            appos = f", {role} asal {lvl} {nmk},"
            negs.append(Ent(f"{lvl} {nmk}", [nmk, f"{lvl} {nmk}", f"Pemerintah {lvl} {nmk}"]))
            cat = None
        e = Ent(surf, [nm, surf], nm)
        e.kind = "person"
        e.appos = appos
        e.cat = cat
        e.head = None
        return e


# ---- levels ---------------------------------------------------------------------------------------------------------
def rank_level(r, word):
    if word == "juara":
        text = rng.choice([f"juara {ROMAN[r]}", f"juara {r}", f"juara {WORD[r]}"])
    else:
        text = rng.choice([f"peringkat {ROMAN[r]}", f"peringkat {WORD[r]}", f"terbaik {WORD[r]}",
                           f"terbaik ke-{r}" if r > 1 else "terbaik pertama"])
    return dict(type="rank", r=r, word=word, text=text)


def cat_level(A, rec):
    """a category or a predicate (both go to category), None when the award has neither"""
    if rec.kind == "person" and getattr(rec, "cat", None):
        return dict(type="cat", val=rec.cat, text=f"kategori {rec.cat}")
    opts = [("pred", v) for v in A["preds"]] + [("cat", v) for v in A["cats"]]
    if not opts:
        return None
    t, v = rng.choice(opts)
    return dict(type=t, val=v, text=f"predikat {v}" if t == "pred" else f"kategori {v}")


def make_level(A, want, rec):
    """want: none / grade / cat -> (level or None, the kind actually set)"""
    if want == "none":
        return None, "none"
    if want == "cat":
        lv = cat_level(A, rec)
        if lv:
            return lv, "cat"
    if A["grades"] and rng.random() < 0.7:
        val = rng.choice(A["grades"])
        return dict(type="grade", val=val, text=f"predikat {val}"), "grade"
    return rank_level(rng.randint(1, 3), A["rankw"]), "grade"


# ---- one case -------------------------------------------------------------------------------------------------------
class Case:
    def __init__(self, award, rkind, sl, P=None, rec=None):
        self.award = award
        self.A = AWARDS[award]
        self.P = P or rng.choice(BIG_PROV)
        self.ctx = Ctx(self.P)
        self.Y = rng.choice([2023, 2024])
        self.negs = []
        self.giver = GIVERS[self.A["giver"]](self.P)
        if self.A["giver"] == "pemprov":
            pe = self.giver
        else:
            pe = Ent(f"Provinsi {self.P}", prov_acc(self.P), self.P)
        self.pemprov_ent = pe
        if rec is not None:
            self.rec = rec
        elif rkind == "person":
            self.rec = self.ctx.make_person(self.A["pkind"], self.negs)
        else:
            self.rec = self.ctx.make(rkind, award)
        if self.rec.kind != "prov":
            self.negs.append(pe)  # the province: never a recipient unless it is the recipient
        self.giver_named = sl["giver"] == "named"
        self.giver_check = True
        self.yr = {"tahun": f"tahun {self.Y}", "bare": f"{self.Y}", "Tahun": f"Tahun {self.Y}"}[sl["yform"]]
        self.level, self.level_kind = make_level(self.A, sl["level"], self.rec)
        self.extra_wants = []
        self.main = None  # (paragraph, sentence) of the award sentence when it is not the last one
        self.rb = None
        self.rb_intro = False  # whether the receiver was named before the tail
        self.date = None
        self.place = None

    # the pieces of a sentence
    @property
    def R(self):
        return self.rec.surface

    @property
    def Rs(self):
        """the recipient as a sentence's subject: a name ending in a degree closed by a comma"""
        s = self.rec.surface
        return s + "," if self.rec.kind == "person" and "," in s else s

    def base(self):
        return f"{self.A['name']} {self.yr}"

    def AW(self, pos=None):
        """the award phrase with its year and its level (before or after the name)"""
        lv, b = self.level, self.base()
        if lv is None:
            return b
        pos = pos or rng.choice(["pre", "post"])
        if lv["type"] == "rank":
            if pos == "pre":
                pre = "predikat " if lv["text"].startswith("terbaik") else ""
                return f"{pre}{lv['text']} {rng.choice(['dalam', 'pada'])} {b}"
            return f"{b} sebagai {lv['text']}" if lv["text"].startswith("terbaik") else f"{b} {lv['text']}"
        if lv["type"] == "grade":
            return f"{lv['text']} dalam {b}" if pos == "pre" else f"{b} dengan {lv['text']}"
        if lv["type"] == "pred":
            return f"{lv['text']} pada {b}" if pos == "pre" else f"{b} {rng.choice(['', 'dengan '])}{lv['text']}"
        return f"{b} {rng.choice(['', 'untuk '])}{lv['text']}"

    def lvl_tail(self):
        """the level told after a recipient ("diraih Y dengan predikat A")"""
        lv = self.level
        if lv is None:
            return ""
        if lv["type"] == "rank":
            return f" sebagai {lv['text']}"
        if lv["type"] in ("grade", "pred"):
            return f" dengan {lv['text']}"
        return f" untuk {lv['text']}"

    def noun(self):
        if self.rec.kind == "person":
            return "tenaga kesehatan" if self.A.get("pkind") == "nakes" else "pegiat literasi"
        return NOUN[self.rec.kind]

    def GV(self):
        return f" dari {self.giver.surface}" if self.giver_named else ""

    def force_rank(self, word=None, r=None):
        self.level = rank_level(r or rng.randint(1, 3), word or self.A["rankw"])
        self.level_kind = "grade"
        return self.level

    def day(self, d):
        return rng.choice([f"{DAYS[d.weekday()]} ({d.day}/{d.month}/{d.year})",
                           f"{DAYS[d.weekday()]} ({d.day}/{d.month})",
                           f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"])


# ---- the family shapes: each returns the paragraphs' sentences (a list of paragraphs, a paragraph a list of
# sentences) ----------------------------------------------------------------------------------------------------------
def R01_active(c, v):
    R, GV = c.Rs, c.GV()
    if v == 0:
        s = f"{R} meraih {c.AW()}{GV}."
    elif v == 1:
        s = f"{R} menerima {c.AW()}{GV}."
    elif v == 2:
        s = f"{R} memperoleh {c.AW()}{GV}."
    elif v == 3:
        s = f"{R} mendapatkan {c.AW()}{GV}."
    elif v == 4:
        s = f"{R} menyabet {c.AW()}{GV}."
    elif v == 5:
        lv = c.force_rank("juara")
        s = f"{R} menyabet gelar {lv['text']} pada ajang {c.base()}{GV}."
    elif v == 6:
        s = f"{R} membawa pulang {c.AW()}{GV}."
    elif v == 7:
        s = f"{R} berhasil meraih {c.AW()}{GV}."
    elif v == 8:
        s = f"{R} kembali meraih {c.AW()}{GV}."
    elif v == 9:
        s = f"{R} sukses mempertahankan {c.AW('pre')}{GV}." if c.level else \
            f"{R} sukses mempertahankan {c.AW()}{GV}."
    elif v == 10:
        lv = c.force_rank("juara")
        s = f"{R} keluar sebagai {lv['text']} {c.base()}{GV}."
    elif v == 11:
        if rng.random() < 0.5:
            r = rng.randint(1, 3)
            c.force_rank("peringkat", r)
            c.level["text"] = f"{c.noun()} terbaik {rng.choice([WORD[r], f'ke-{r}'])}"
            s = f"{R} dinobatkan sebagai {c.level['text']} dalam {c.base()}{GV}."
        else:
            s = f"{R} dinobatkan sebagai penerima {c.AW('post')}{GV}."
    else:
        if rng.random() < 0.5:
            s = f"{R} ditetapkan sebagai penerima {c.AW('post')}{GV}."
        else:
            r = rng.randint(1, 3)
            c.force_rank("peringkat", r)
            s = f"{R} ditetapkan sebagai terbaik {rng.choice([WORD[r], f'ke-{r}'])} dalam {c.base()}{GV}."
    return [[s]]


def R02_passive(c, v):
    R, Ro, GV = c.Rs, c.R, c.GV()
    if v == 0:
        s = f"{cap(c.AW())}{GV} diraih oleh {Ro}."
    elif v == 1:
        s = f"{cap(c.AW())}{GV} diberikan kepada {Ro}."
    elif v == 2:
        s = f"{cap(c.AW())}{GV} diserahkan kepada {Ro}."
    elif v == 3:
        s = f"{R} dianugerahi {c.AW()}{GV}."
    elif v == 4:
        s = f"{R} diganjar {c.AW()}{GV}."
    elif v == 5:
        s = f"{cap(c.AW())}{GV} jatuh kepada {Ro}."
    elif v == 6:
        s = f"{cap(c.AW())}{GV} jatuh ke tangan {Ro}."
    elif v == 7:
        s = f"{R} menjadi penerima {c.AW('post')}{GV}."
    elif v == 8:
        s = f"{R} tercatat sebagai salah satu penerima {c.AW('post')}{GV}."
    else:
        s = f"{R} masuk dalam daftar penerima {c.AW('post')}{GV}."
    return [[s]]


def R03_fronted(c, v):
    R, Ro, GV = c.Rs, c.R, c.GV()
    if v == 0:
        pre = rng.choice([f"Sepanjang {c.Y}, berbagai program unggulan dijalankan secara konsisten dan menjangkau "
                          f"seluruh lapisan masyarakat.",
                          "Layanan daring yang dirintis sejak tiga tahun lalu kini dimanfaatkan warga hingga ke "
                          "pelosok."])
        return [[pre, f"Atas capaian itu, {R} {rng.choice(['meraih', 'diganjar', 'menerima'])} {c.AW()}{GV}."]]
    if v == 1:
        adj = rng.choice(["Berkat inovasinya", "Berkat inovasi layanan digitalnya", "Berkat kerja keras seluruh "
                                                                                     "jajaran"])
        return [[f"{adj}, {R} {rng.choice(['berhasil meraih', 'meraih', 'memperoleh'])} {c.AW()}{GV}."]]
    if v == 2:
        if c.level is None or c.level["type"] == "rank" or rng.random() < 0.4:
            lv = c.level if c.level and c.level["type"] == "rank" else c.force_rank()
        else:
            lv = c.level
        what = f"penghargaan untuk {lv['text']}" if lv["type"] == "cat" else lv["text"]
        return [[f"Pada {c.base()}{GV}, yang meraih {what} adalah {Ro}."]]
    if v == 3:
        return [[f"Adapun penerima {c.AW('post')}{GV} {rng.choice(['tersebut ', 'tahun ini ', ''])}adalah {Ro}."]]
    if v == 4:
        return [[f"Salah satu {c.noun()} yang meraih {c.AW()}{GV} adalah {Ro}."]]
    if v == 5:
        if c.level is None or c.level["type"] == "rank":
            lv = cat_level(c.A, c.rec)
            if lv:
                c.level, c.level_kind = lv, "cat"
            elif c.A["grades"]:
                val = rng.choice(c.A["grades"])
                c.level, c.level_kind = dict(type="grade", val=val, text=f"predikat {val}"), "grade"
            elif c.level is None:
                c.force_rank()
        return [[f"Untuk {c.level['text']}, {c.base()}{GV} diraih {Ro}."]]
    if v == 6:
        return [[f"Tahun ini, giliran {R} yang meraih {c.AW()}{GV}."]]
    if v == 7:
        n = rng.choice(["38", "54", "lebih dari 100", "puluhan"])
        return [[f"Di antara {n} {c.noun()} yang dinilai, {R} {rng.choice(['meraih', 'berhasil meraih'])} "
                 f"{c.AW()}{GV}."]]
    pre = rng.choice([f"{R} dikenal aktif mengembangkan layanan berbasis digital.",
                      f"{R} sebelumnya menggelar sejumlah program pelayanan jemput bola."])
    return [[pre, f"Tak hanya itu, {R} juga meraih {c.AW()}{GV}."]]


R04_VARIANTS = ["kab_pemerintah", "kab_pemkab", "kab_kabupaten", "kota", "prov", "dinas", "rsud", "puskesmas",
                "kejari", "company", "desa_appos", "role_subject", "role_melalui", "person_titled"]
R04_AWARD = {"kab_pemerintah": ["inovasi", "keuangan", "arsip", "kinerja"], "kota": ["inovasi", "keuangan", "arsip"],
             "prov": ["inovasi", "keuangan", "arsip"], "dinas": ["inovasi", "arsip", "husada"], "rsud": ["husada"],
             "puskesmas": ["husada"], "kejari": ["adhyaksa"], "company": ["hijau"], "desa_appos": ["desa"],
             "person_titled": ["literasi", "nakes"]}
R04_AWARD["kab_pemkab"] = R04_AWARD["kab_kabupaten"] = R04_AWARD["kab_pemerintah"]
ROLE_KINDS = ["kab", "kota", "puskesmas", "rsud", "kejari", "company", "desa"]


def r04_setup(variant, sl):
    """the case of an R04 variant: its award and its recipient"""
    if variant in ("role_subject", "role_melalui"):
        kind = rng.choice(ROLE_KINDS)
        award = rng.choice(BY_KIND[kind])
        c = Case(award, kind, sl)
        return c
    award = rng.choice(R04_AWARD[variant])
    kind = {"kab_pemerintah": "kab", "kab_pemkab": "kab", "kab_kabupaten": "kab", "desa_appos": "desa",
            "person_titled": "person"}.get(variant, variant)
    P = rng.choice(BIG_PROV)
    rec = None
    if kind == "kab":
        form = {"kab_pemerintah": "Pemerintah Kabupaten", "kab_pemkab": "Pemkab", "kab_kabupaten": "Kabupaten"}[variant]
        ctx = Ctx(P)
        rec = ctx.make("kab", form=form)
        c = Case(award, kind, sl, P=P, rec=rec)
        c.ctx = ctx
        return c
    return Case(award, kind, sl, P=P)


def R04_kinds(c, variant):
    R, GV = c.Rs, c.GV()
    verb = rng.choice(["meraih", "menerima", "memperoleh", "berhasil meraih"])
    if variant == "desa_appos":
        kc = rng.choice(KECS)
        nmk, kt = c.ctx.region()
        lvl = "Kota" if kt else "Kabupaten"
        c.negs += [Ent(f"Kecamatan {kc}", [kc, f"Kecamatan {kc}"]),
                   Ent(f"{lvl} {nmk}", [nmk, f"{lvl} {nmk}", f"Pemerintah {lvl} {nmk}", f"Pemkab {nmk}"])]
        return [[f"{R}, Kecamatan {kc}, {lvl} {nmk}, {verb} {c.AW()}{GV}."]]
    if variant == "person_titled":
        return [[f"{c.R}{c.rec.appos} {verb} {c.AW()}{GV}."]]
    if variant in ("role_subject", "role_melalui"):
        nm = c.ctx.person()
        c.rb = nm
        c.negs.append(Ent(nm, [nm]))
        tn = titled(rng, nm)
        head = c.rec.head
        if variant == "role_subject":
            return [[f"{head}, {tn}, {rng.choice(['menerima', 'menerima langsung'])} {c.AW()}{GV}."]]
        return [[f"{R}, melalui {head} {tn}, {verb} {c.AW()}{GV}."]]
    return [[f"{R} {verb} {c.AW()}{GV}."]]


R05_VARIANTS = ["official_subject", "giver_subject", "giver_melalui", "pemprov_giver", "attended", "location",
                "non_winner", "nominee_plan", "past_year", "past_noyear"]


def R05_distract(c, variant):
    R = c.R
    if variant == "official_subject":
        nm = c.ctx.person()
        c.negs.append(Ent(nm, [nm]))
        c.giver_check = False
        off = c.giver.official
        return [[f"{off}, {titled(rng, nm)}, menyerahkan {c.base()} kepada {R}{c.lvl_tail()}."]]
    if variant in ("giver_subject", "pemprov_giver"):
        c.giver_named = True
        return [[f"{c.giver.surface} {rng.choice(['menyerahkan', 'memberikan', 'menganugerahkan'])} {c.base()} "
                 f"kepada {R}{c.lvl_tail()}."]]
    if variant == "giver_melalui":
        c.giver_named = True
        nm = c.ctx.person()
        c.negs.append(Ent(nm, [nm]))
        return [[f"{c.giver.surface}, melalui {c.giver.official} {titled(rng, nm)}, menyerahkan {c.base()} kepada "
                 f"{R}{c.lvl_tail()}."]]
    main = f"{c.Rs} {rng.choice(['meraih', 'menerima', 'berhasil meraih'])} {c.AW()}{c.GV()}"
    c.main = (0, 0)  # the distractor or background sentence follows the award sentence
    if variant == "attended":
        n1, n2 = c.ctx.person(), c.ctx.person()
        z = c.ctx.make(rng.choice(["kab", "kota"]))
        c.negs += [Ent(n1, [n1]), Ent(n2, [n2]), z]
        return [[end(main), f"Acara tersebut turut dihadiri Gubernur {c.P}, {titled(rng, n1)}, dan "
                            f"{z.head}, {titled(rng, n2)}."]]
    if variant == "location":
        z = c.ctx.make(rng.choice(["kab", "kota"]))
        c.negs.append(z)
        zs = f"Kota {z.nm}" if z.kind == "kota" else f"Kabupaten {z.nm}"
        return [[f"{main} pada malam penganugerahan yang digelar di {zs}, Provinsi {c.P}."]]
    if variant == "non_winner":
        w = c.ctx.make(c.rec.kind if c.rec.kind in ("kab", "kota", "rsud", "puskesmas", "desa", "company") else "kab",
                       c.award) if c.rec.kind != "person" else None
        if w is None:
            nm = c.ctx.person()
            w = Ent(nm, [nm])
        c.negs.append(w)
        tail = rng.choice(["masih dalam tahap penilaian", "belum lolos tahap verifikasi lapangan",
                           "masih menunggu hasil evaluasi tim penilai"])
        return [[f"{main}, {rng.choice(['sementara', 'sedangkan'])} {w.surface} {tail}."]]
    if variant == "nominee_plan":
        w = c.ctx.make(c.rec.kind if c.rec.kind in ("kab", "kota", "rsud", "puskesmas", "desa", "company") else "kota",
                       c.award) if c.rec.kind != "person" else None
        if w is None:
            nm = c.ctx.person()
            w = Ent(nm, [nm])
        c.negs.append(w)
        s2 = rng.choice([f"Adapun {w.surface} yang juga masuk nominasi belum berhasil meraih penghargaan tersebut.",
                         f"Sementara itu, {w.surface} menargetkan dapat meraih penghargaan serupa pada {c.Y + 1}."])
        return [[end(main), s2]]
    if variant == "past_year":
        y0 = c.Y - rng.randint(1, 3)
        if y0 == c.Y - 1 and rng.random() < 0.5:
            when = "tahun lalu"
        else:
            when = f"tahun {y0}" if rng.random() < 0.5 else f"pada {y0}"
        who = c.Rs if c.rec.kind != "person" else rng.choice(["ia", c.Rs])
        s2 = f"Sebelumnya, {who} juga meraih penghargaan yang sama {when}."
        c.extra_wants.append(dict(year=y0, earlier=True))
        return [[end(main), cap(s2)]]
    # past_noyear
    s2 = rng.choice([f"Penghargaan ini merupakan yang ketiga kalinya bagi {R}.",
                     f"{c.Rs} sebelumnya juga pernah meraih penghargaan serupa."])
    return [[end(main), s2]]


R06_VARIANTS = 7


def R06_across(c, v):
    R, G = c.R, c.giver.surface
    gn = c.giver_named
    if v == 0:
        s1 = f"{G} kembali menggelar {c.base()}." if gn else f"{cap(c.base())} kembali digelar."
        return [[s1, f"Penghargaan itu diraih oleh {R}{c.lvl_tail()}."]]
    if v == 1:
        s1 = f"Hasil penilaian {c.base()} resmi diumumkan{' oleh ' + G if gn else ''}."
        return [[s1, f"Anugerah tersebut jatuh kepada {R}{c.lvl_tail()}."]]
    if v == 2:
        s1 = f"{G} mengumumkan hasil penilaian {c.base()}." if gn else f"Hasil penilaian {c.base()} telah diumumkan."
        return [[s1, f"Tahun ini, penghargaan tersebut diberikan kepada {R}{c.lvl_tail()}."]]
    if v == 3:
        return [[f"{cap(c.base())}{c.GV()} kembali digelar.",
                 "Penilaian meliputi aspek kebijakan, kelembagaan, dan pemanfaatan teknologi.",
                 f"Dari hasil penilaian tersebut, penghargaan itu akhirnya diraih {R}{c.lvl_tail()}."]]
    if v == 4:
        ana = rng.choice(ANAPHOR[c.rec.kind])
        s1 = rng.choice([f"{c.Rs} kembali menorehkan prestasi di tingkat nasional.",
                         f"Kabar gembira datang dari {R}."])
        return [[s1, f"Kali ini, {ana} {rng.choice(['meraih', 'berhasil meraih'])} {c.AW()}{c.GV()}."]]
    if v == 5:
        d = c.pub - timedelta(days=rng.randint(0, 2))
        c.date, c.place = d, "venue"
        venue = rng.choice(VENUES)
        c.place = venue
        return [[f"{cap(c.base())}{c.GV()} diserahkan di {venue}, {c.day(d)}.",
                 f"Penghargaan itu diterima {R}{c.lvl_tail()}."]]
    s1 = f"{cap(c.base())}{c.GV()} diumumkan pekan ini."
    return [[s1], [f"Anugerah tersebut diraih {R}{c.lvl_tail()}."]]


# ---- checking -------------------------------------------------------------------------------------------------------
NUMS = {"pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "i": 1, "ii": 2, "iii": 3, "1": 1, "2": 2, "3": 3}
LEVEL_PREFIX = {"kategori", "predikat", "tingkat", "dengan", "untuk", "grade"}


def parse_rank(s):
    toks = norm(s or "").replace("ke ", "").split()
    word = toks[0] if toks and toks[0] not in NUMS else None
    num = next((NUMS[t] for t in toks if t in NUMS), None)
    return word, num


def strip_prefix(s):
    t = norm(s or "").split()
    while t and t[0] in LEVEL_PREFIX:
        t = t[1:]
    return " ".join(t)


near = near_name  # (see common.py)
INFO = collections.Counter()


def check_fields(e, a, w, problems, info):
    who = f"{e.short} {w['year']}"
    if w.get("earlier"):
        if tokf1(w["name"], a.name) < 0.5:
            info.append(f"earlier-name: {who} expected {w['name']!r}, got {a.name!r}")
        return
    if tokf1(w["name"], a.name) < 0.5:
        problems.append(f"name: {who} expected {w['name']!r}, got {a.name!r}")
    lv = w["level"]
    if lv is None:
        if a.grade is not None:
            problems.append(f"grade-spurious: {who} expected None, got {a.grade!r}")
        if a.category is not None:
            problems.append(f"category-spurious: {who} expected None, got {a.category!r}")
    elif lv["type"] == "rank":
        gw, gn = parse_rank(a.grade)
        if gn != lv["r"]:
            problems.append(f"grade: {who} expected {lv['word']} {lv['r']} ({lv['text']!r}), got {a.grade!r}")
        elif gw != lv["word"]:
            problems.append(f"grade-word: {who} expected {lv['word']} {lv['r']} ({lv['text']!r}), got {a.grade!r}")
        if a.category is not None:
            problems.append(f"category-spurious: {who} expected None, got {a.category!r}")
    elif lv["type"] == "grade":
        if strip_prefix(a.grade) != norm(lv["val"]):
            problems.append(f"grade: {who} expected {lv['val']!r}, got {a.grade!r} (cat={a.category!r})")
    else:
        if strip_prefix(a.category) != norm(lv["val"]):
            problems.append(f"category: {who} expected {lv['val']!r}, got {a.category!r} (grade={a.grade!r})")
        elif a.grade is not None:
            problems.append(f"grade-spurious: {who} expected None, got {a.grade!r}")
    giver_and_handover(a, w, who, problems, info)


def finish(slots, text, pub, exp, negs):
    return record_case(g, INFO, near, check_fields, slots, text, pub, exp, negs)


# ---- the extra sentences -------------------------------------------------------------------------------------------
QUOTES = ["Penghargaan ini menjadi motivasi bagi kami untuk terus meningkatkan pelayanan kepada masyarakat",
          "Ini hasil kerja keras seluruh jajaran, dan kami akan terus berbenah",
          "Kami bersyukur, capaian ini tidak lepas dari dukungan semua pihak"]


def rb_sentence(c, nm):
    tn = c.rb_titled
    head = c.rec.head
    return rng.choice([f"Penghargaan diterima langsung oleh {head}, {tn}",
                       f"Penghargaan tersebut diterima {head}, {tn}",
                       f"{head}, {tn}, menerima langsung penghargaan tersebut"])


def quote_sentence(c):
    q1, q2 = rng.choice([("“", "”"), ('"', '"')])
    q = rng.choice(QUOTES)
    if c.rec.kind == "person":
        return f"{q1}{q},{q2} kata {c.rec.short}."
    if c.rb and c.rb_intro:
        return f"{q1}{q},{q2} ujar {c.rb}."
    if c.rb:  # the receiver is told later: introduced here with the head's title
        return end(f"{q1}{q},{q2} kata {c.rec.head}, {c.rb_titled}")
    nm = c.ctx.person()
    c.negs.append(Ent(nm, [nm]))
    return end(f"{q1}{q},{q2} kata {c.rec.head}, {titled(rng, nm)}")


def ceremony_sentence(c):
    d = c.pub - timedelta(days=rng.randint(0, 3))
    venue = rng.choice(VENUES)
    c.date, c.place = d, venue
    return f"Penyerahan penghargaan berlangsung di {venue}, {c.day(d)}."


# ---- the cases ------------------------------------------------------------------------------------------------------
FAMILIES = [("R01_active", 13), ("R02_passive", 10), ("R03_fronted", 9), ("R04_kinds", len(R04_VARIANTS)),
            ("R05_distract", len(R05_VARIANTS)), ("R06_across", R06_VARIANTS)]
PER_FAMILY = 40
plan = []
for fam, nvar in FAMILIES:
    for i in range(PER_FAMILY):
        plan.append((fam, i % nvar))
N = len(plan)
RKINDS = ["kab", "kota", "prov", "dinas", "rsud", "puskesmas", "kejari", "company", "desa", "person"]
S = dict(level=balanced(["none", "grade", "cat"], N), giver=balanced(["none", "named"], N),
         rb=balanced(["no", "next", "end"], N), tail=balanced(["none", "quote", "ceremony"], N),
         yform=balanced(["tahun", "bare", "Tahun"], N))
NK = sum(1 for f, _ in plan if f != "R04_kinds")
KINDS_IT = iter(balanced(RKINDS, NK))

for i, (fam, var) in enumerate(plan):
    sl = {k: vals[i] for k, vals in S.items()}
    if fam == "R04_kinds":
        vname = R04_VARIANTS[var]
        c = r04_setup(vname, sl)
    else:
        rkind = next(KINDS_IT)
        if fam == "R05_distract" and R05_VARIANTS[var] == "pemprov_giver":
            rkind = rng.choice(["kab", "kota"])
            award = "kinerja"
        else:
            award = rng.choice(BY_KIND[rkind])
        vname = R05_VARIANTS[var] if fam == "R05_distract" else f"{fam[:3]}.{var}"
        c = Case(award, rkind, sl)
    c.pub = date(c.Y, rng.randint(9, 12), rng.randint(10, 28))
    fn = {"R01_active": R01_active, "R02_passive": R02_passive, "R03_fronted": R03_fronted, "R04_kinds": R04_kinds,
          "R05_distract": R05_distract, "R06_across": R06_across}[fam]
    paras = fn(c, vname if fam in ("R04_kinds", "R05_distract") else var)
    # received_by (bodies only; the R04 head variants set it themselves)
    rb_slot = sl["rb"]
    if c.rec.kind == "person":
        rb_slot = "n/a"
    elif c.rb:
        rb_slot = "own"
        c.rb_intro = True
    elif rb_slot != "no":
        nm = c.ctx.person()
        c.rb = nm
        c.rb_titled = titled(rng, nm)
        c.negs.append(Ent(nm, [nm]))
        s = end(rb_sentence(c, nm))
        if rb_slot == "next":
            c.rb_intro = True
            if c.main:
                paras[c.main[0]].insert(c.main[1] + 1, s)
            else:
                paras[-1].append(s)
    tail = sl["tail"]
    if tail == "ceremony" and c.date is not None:
        tail = "none"  # the shape told a handover already
    if tail == "quote":
        paras.append([quote_sentence(c)])
    elif tail == "ceremony":
        paras[-1].append(ceremony_sentence(c))
    if rb_slot == "end":
        paras.append([s])
    text = "\n\n".join(" ".join(p) for p in paras) + "\n"
    text = re.sub(r"\.\.(?=\s|$)", ".", text)  # a stop after a degree such as "Ns." is not doubled
    giver = c.giver if c.giver_named else None
    if not c.giver_check:
        giver = "skip"
    wants = [dict(year=c.Y, name=c.A["name"], level=c.level, giver=giver, rb=c.rb, date=c.date, place=c.place)]
    for w in c.extra_wants:
        wants.append(dict(year=w["year"], name=c.A["name"], earlier=True))
    exp = [(c.rec, wants)]
    negs = list(c.negs) + ([c.giver] if c.giver else [])
    slots = dict(family=fam, variant=vname, rkind=c.rec.kind, award=c.award, level=c.level_kind,
                 giver="named" if c.giver_named else "none", rb=rb_slot, tail=tail, yform=sl["yform"])
    finish(slots, text, c.pub, exp, negs)

g.report()
if not os.environ.get("PROBE_QUIET"):
    print("   info (not failing):", dict(INFO.most_common()))
if os.environ.get("G16_DUMP"):  # every text, for reading the grid's own Indonesian
    with open(os.environ["G16_DUMP"], "w") as f:
        for t, (tag, good, probs) in g.outcomes.items():
            f.write(f"[{tag}] {'OK' if good else 'FAIL'} {probs}\n{t}\n")
