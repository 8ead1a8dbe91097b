"""Grid 20: the AWARD NAME and the CATEGORY, in the many ways Indonesian news names an award and the category a
recipient won (the recipient checked too, so that records can be paired).
Templates (15 cases each, 16 templates = 240 cases):
  T01 kategori      "<R> meraih penghargaan <Name> 2024 kategori <Cat>."
  T02 dinobatkan    "<R> dinobatkan / ditetapkan / terpilih sebagai <Cat> dalam ajang <Name> 2024." (the title is the
                    category)
  T03 untuk_kat     "<R> menyabet <Name> 2024 untuk kategori <Cat>."
  T04 pada_kat      "... keluar sebagai pemenang pada kategori <Cat> dalam <Name> 2024", "Pada ajang <Name>, ..."
  T05 di_kat        "<R> unggul di kategori <Cat> pada ajang <Name>", "Di kategori <Cat>, <R> meraih <Name>"
  T06 passive       "Penghargaan <Name> 2024 kategori <Cat> diberikan kepada / diraih oleh / jatuh kepada <R>."
  T07 quoted        the award's name (and sometimes the category) in straight or curly quotes
  T08 event         "Pada malam puncak <Name> 2024 di <venue>, <day>, <R> meraih penghargaan kategori <Cat>."
  T09 edition       an ordinal edition: "<Name> ke-7 tahun 2024", "<Name> edisi ke-5"
  T10 bracket       the category in brackets: "<Name> 2024 (kategori <Cat>)"
  T11 later         the category told in a later sentence ("Penghargaan tersebut diberikan untuk kategori <Cat>.")
  T12 two           two recipients, different categories of one award in one sentence ("A meraih kategori X,
                    sedangkan B kategori Y", "masing-masing untuk kategori X dan Y")
  T13 tier_rank     grade against category: a tier (Pratama/Madya/Nindya/Utama) alone -> grade, no category; a
                    category with a tier -> both; a rank "peringkat kedua kategori X" -> grade Peringkat II + category
  T14 no_cat        the award alone, with its head (Anugerah, Penghargaan, Piala, Trofi, Award(s)): no category
  T15 cat_first     "Untuk kategori <Cat>, <Name> 2024 diraih <R>.", "Kategori <Cat> dalam <Name> 2024 jatuh kepada <R>."
  T16 negative      no award conferred: a nomination, a plan / target, criteria, registration, an assessment still
                    running -> no record at all
Other slots (balanced): the award (12 invented programmes with Anugerah / Penghargaan / Piala / Trofi / Award(s)
heads), the year's form ("2024" / "tahun 2024" / "Tahun 2024"), a tail (none / a quote of an official / a context
sentence about the assessment).
Expected (GOLD-FORMAT): one record per recipient; name = the award's own name without the year or the edition
(token F1 >= 0.5); category = the category / title / predicate as written without the word "kategori" (normalised
equality, or token F1 >= 0.8), none where the text gives none; grade = the tier (Pratama .. Utama) or the rank
(compared by its number) where given, else none; year = the stated year. Negatives: no record."""
import random
from datetime import date, timedelta
from functools import partial

from common import *

rng = random.Random(2020)
g = Grid("g20_names_categories")
balanced = partial(spread_evenly, rng=rng)  # (see common.py)

_REGION_NAMES = KAB + KOTA + PROV


def _free(s):
    """no region name inside this invented name (as whole words)"""
    n = f" {norm(s)} "
    return not any(f" {norm(r)} " in n for r in _REGION_NAMES)


# ---- the awards (invented) ------------------------------------------------------------------------------------------
# cats: categories written after "kategori"; titles: categories that read as "sebagai <title>" ({Lvl} = Kabupaten /
# Kota); tiers: grade tiers the programme uses
AWARDS = {
    "ciptakarsa": dict(name="Anugerah Inovasi Daerah Cipta Karsa", kinds=("kab", "kota"),
                       cats=["Inovasi Pelayanan Publik", "Digitalisasi Layanan Administrasi",
                             "Inovasi Tata Kelola Pemerintahan"],
                       titles=["{Lvl} Terinovatif", "{Lvl} Paling Inovatif"]),
    "npsa": dict(name="Nusantara Public Service Awards", kinds=("kab", "kota", "rsud", "dinas"),
                 cats=["Pelayanan Publik Terbaik", "Inovasi Pengaduan Masyarakat", "Layanan Ramah Disabilitas"],
                 titles=["Penyelenggara Pelayanan Publik Terbaik"]),
    "wirakarya": dict(name="Penghargaan Wira Karya Desa Mandiri", kinds=("desa",),
                      cats=["Desa Mandiri Pangan", "Desa Wisata Berkelanjutan", "Tata Kelola Dana Desa"],
                      titles=["Desa Terinovatif", "Desa Mandiri Terbaik"]),
    "husada": dict(name="Piala Bakti Husada Nirmala", kinds=("puskesmas", "rsud", "dinas"),
                   cats=["Layanan Kesehatan Ibu dan Anak", "Pencegahan Stunting", "Pelayanan Kesehatan Primer"],
                   titles=["Fasilitas Kesehatan Terbaik", "Fasilitas Kesehatan Terinovatif"]),
    "adiwangsa": dict(name="Trofi Lingkungan Bersih Adiwangsa", kinds=("kab", "kota"),
                      cats=["Pengelolaan Sampah Terpadu", "Ruang Terbuka Hijau", "Pengendalian Pencemaran Sungai"],
                      titles=["{Lvl} Terbersih", "{Lvl} Terhijau"]),
    "swarapraja": dict(name="Anugerah Keterbukaan Informasi Swara Praja", kinds=("kab", "kota", "dinas"),
                       cats=["Informatif", "Menuju Informatif", "Cukup Informatif"],
                       titles=["Badan Publik Informatif"]),
    "cendekia": dict(name="Anugerah Guru Penggerak Cendekia Bangsa", kinds=("person",),
                     cats=["Guru Inspiratif", "Kepala Sekolah Berprestasi", "Guru Terinovatif"],
                     titles=["Guru Inspiratif", "Kepala Sekolah Berprestasi", "Guru Terinovatif"]),
    "isga": dict(name="Indonesia Smart Governance Award", kinds=("kab", "kota"),
                 cats=["Smart Economy", "Smart Environment", "Smart Branding", "Smart Society"], titles=[]),
    "wanabhakti": dict(name="Penghargaan Sekolah Lestari Wana Bhakti", kinds=("sma",),
                       cats=["Sekolah Peduli Lingkungan", "Sekolah Hemat Energi", "Pengelolaan Sampah Sekolah"],
                       titles=["Sekolah Peduli Lingkungan", "Sekolah Hemat Energi"]),
    "citramedika": dict(name="Anugerah Insan Kesehatan Citra Medika", kinds=("person",),
                        cats=["Bidan Teladan", "Perawat Teladan", "Dokter Puskesmas Teladan"],
                        titles=["Bidan Teladan", "Perawat Teladan", "Dokter Puskesmas Teladan"]),
    "pemuda": dict(name="Anugerah Daerah Ramah Pemuda Wirabakti", kinds=("kab", "kota"),
                   cats=["Kewirausahaan Pemuda", "Kepemimpinan Pemuda", "Ruang Kreatif Pemuda"],
                   titles=[], tiers=["Pratama", "Madya", "Nindya", "Utama"]),
    "karyanusa": dict(name="Trofi Pembina UMKM Karya Nusa", kinds=("kab", "kota", "dinas"),
                      cats=["Pembinaan Ekspor UMKM", "Digitalisasi UMKM", "Akses Pembiayaan UMKM"],
                      titles=["Pembina UMKM Terbaik"], tiers=["Pratama", "Madya", "Utama"]),
}
for _k, _A in AWARDS.items():
    assert _free(_A["name"]), _k
    for _c in _A["cats"] + _A["titles"]:
        assert _free(_c.replace("{Lvl}", "")), (_k, _c)
AKEYS = list(AWARDS)
HEADS = ("Anugerah", "Penghargaan", "Piala", "Trofi")

VENUES = ["Hotel Grand Mutiara, Jakarta", "Balai Sidang Praja Utama, Jakarta", "Auditorium Wisma Nusantara, Jakarta",
          "Gedung Serbaguna Bhakti Praja, Jakarta", "Hotel Santika Permai, Jakarta"]
VENUES = [v for v in VENUES if _free(v.split(",")[0])]
ROMAN = {1: "I", 2: "II", 3: "III"}
WORD = {1: "pertama", 2: "kedua", 3: "ketiga"}
QUOTES = ["Penghargaan ini menjadi motivasi bagi kami untuk terus meningkatkan pelayanan kepada masyarakat",
          "Ini hasil kerja keras seluruh jajaran, dan kami akan terus berbenah",
          "Kami bersyukur, capaian ini tidak lepas dari dukungan semua pihak"]
NEG_QUOTES = ["Kami akan menyiapkan diri sebaik mungkin",
              "Kami berharap seluruh jajaran terus berbenah agar layanan semakin baik"]
Q = [("“", "”"), ('"', '"')]


# ---- recipients -----------------------------------------------------------------------------------------------------
def make_rec(kind):
    if kind == "kab":
        e = kab(rng)
        e.lvl, e.ref = "Kabupaten", rng.choice(["daerah tersebut", "kabupaten itu"])
        e.head = f"Bupati {e.short}"
    elif kind == "kota":
        e = kota(rng)
        e.lvl, e.ref = "Kota", rng.choice(["daerah tersebut", "kota itu"])
        e.head = f"Wali Kota {e.short}"
    elif kind == "person":
        nm = person(rng)
        e = Ent(nm, [nm], nm)
        e.lvl, e.ref = None, rng.choice(["ia", "dia"])
        e.head = None
    else:
        e = unit(rng, kind)
        e.lvl = None
        e.ref = {"puskesmas": "puskesmas tersebut", "rsud": "rumah sakit itu", "desa": "desa tersebut",
                 "sma": "sekolah itu", "dinas": "dinas tersebut"}[kind]
        e.head = f"Kepala {e.surface}" if kind != "rsud" else f"Direktur {e.surface}"
    e.kind = kind
    return e


def make_recs(kinds, n):
    for _ in range(500):
        xs = [make_rec(rng.choice(kinds)) for _ in range(n)]
        keys = [norm(x.short).split()[-1] for x in xs]
        if len(set(keys)) == n and not any(clash(a.short, b.short) for i, a in enumerate(xs) for b in xs[i + 1:]):
            return xs
    raise RuntimeError("no distinct recipients")


# ---- one case -------------------------------------------------------------------------------------------------------
class Case:
    def __init__(self, akey, sl):
        self.akey, self.A = akey, AWARDS[akey]
        self.N = self.A["name"]
        self.Y = rng.choice([2023, 2024, 2024])
        self.pub = date(self.Y, rng.randint(9, 12), rng.randint(10, 28))
        self.yr = {"tahun": f"tahun {self.Y}", "bare": f"{self.Y}", "Tahun": f"Tahun {self.Y}"}[sl["yform"]]
        self.negs = []

    def NY(self):
        return f"{self.N} {self.yr}"

    def pen(self):
        """ "penghargaan " before a name without its own head word (sometimes)"""
        if self.N.split()[0] in HEADS:
            return ""
        return rng.choice(["penghargaan ", ""])

    def Pen(self):
        return "" if self.N.split()[0] in HEADS else "Penghargaan "

    def cat(self, rec, n=1, titles=False):
        pool = self.A["titles"] if titles else self.A["cats"]
        xs = rng.sample(pool, n)
        return [x.replace("{Lvl}", rec.lvl or "Daerah") for x in xs] if n > 1 else \
            xs[0].replace("{Lvl}", rec.lvl or "Daerah")

    def day(self):
        d = self.pub - timedelta(days=rng.randint(1, 4))
        return rng.choice([f"{DAYS[d.weekday()]} ({d.day}/{d.month}/{d.year})", f"{DAYS[d.weekday()]} malam",
                           f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"])


def want(c, cat=None, grade=None, rank=None):
    return [dict(year=c.Y, name=c.N, cat=cat, grade=grade, rank=rank)]


def pick_award(pred):
    """an award for a template that needs ``pred`` of it (when the slot's own does not fit)"""
    return rng.choice([k for k in AKEYS if pred(AWARDS[k])])


ACTIVE = ["meraih", "menerima", "memboyong", "mendapatkan", "berhasil meraih", "kembali meraih", "menyabet"]


def t01(c, v):
    (R,) = make_recs(c.A["kinds"], 1)
    K = c.cat(R)
    s = [f"{R.surface} {rng.choice(ACTIVE)} {c.pen()}{c.NY()} kategori {K}.",
         f"{R.surface} {rng.choice(ACTIVE)} {c.pen()}{c.NY()} dalam kategori {K}.",
         f"{R.surface} sukses meraih {c.pen()}{c.NY()} kategori {K} dari panitia penyelenggara."][v % 3]
    return [s], [(R, want(c, K))], f"T01.{v % 3}"


def t02(c, v):
    (R,) = make_recs(c.A["kinds"], 1)
    K = c.cat(R, titles=True)
    verb = ["dinobatkan sebagai", "ditetapkan sebagai", "terpilih sebagai"][v % 3]
    where = rng.choice(["dalam ajang", "pada ajang", "dalam gelaran", "pada"])
    s = f"{R.surface} {verb} {K} {where} {c.NY()}."
    return [s], [(R, want(c, K))], f"T02.{verb.split()[0]}"


def t03(c, v):
    (R,) = make_recs(c.A["kinds"], 1)
    K = c.cat(R)
    verb = ["menyabet", "menyabet penghargaan", "meraih", "menggondol", "menerima"][v % 5]
    N = c.NY() if verb.endswith("penghargaan") else c.pen() + c.NY()
    s = f"{R.surface} {verb} {N} untuk kategori {K}."
    return [s], [(R, want(c, K))], f"T03.{verb.split()[0]}"


def t04(c, v):
    (R,) = make_recs(c.A["kinds"], 1)
    K = c.cat(R)
    s = [f"{R.surface} keluar sebagai pemenang pada kategori {K} dalam {c.NY()}.",
         f"{R.surface} meraih penghargaan pada kategori {K} dalam ajang {c.NY()}.",
         f"Pada ajang {c.NY()}, {R.surface} berhasil menjadi pemenang pada kategori {K}."][v % 3]
    return [s], [(R, want(c, K))], f"T04.{v % 3}"


def t05(c, v):
    (R,) = make_recs(c.A["kinds"], 1)
    K = c.cat(R)
    s = [f"{R.surface} unggul di kategori {K} pada ajang {c.NY()}.",
         f"Di kategori {K}, {R.surface} berhasil meraih {c.pen()}{c.NY()}.",
         f"{R.surface} meraih {c.pen()}{c.NY()} di kategori {K}."][v % 3]
    return [s], [(R, want(c, K))], f"T05.{v % 3}"


def t06(c, v):
    (R,) = make_recs(c.A["kinds"], 1)
    K = c.cat(R)
    verb = ["diberikan kepada", "diraih oleh", "jatuh kepada", "diserahkan kepada", "dianugerahkan kepada"][v % 5]
    s = f"{c.Pen()}{c.NY()} kategori {K} {verb} {R.surface}."
    return [s], [(R, want(c, K))], f"T06.{verb.split()[0]}"


def t07(c, v):
    (R,) = make_recs(c.A["kinds"], 1)
    K = c.cat(R)
    q1, q2 = rng.choice(Q)
    qk = rng.random() < 0.5
    KK = f"{q1}{K}{q2}" if qk else K
    s = [f"{R.surface} meraih penghargaan {q1}{c.N}{q2} {c.yr} untuk kategori {KK}.",
         f"{R.surface} menerima {q1}{c.N} {c.Y}{q2} kategori {KK}.",
         f"{'Ajang' if c.N.split()[0] in HEADS else 'Penghargaan'} bertajuk {q1}{c.N}{q2} {c.yr} kategori {KK} "
         f"diraih {R.surface}."][v % 3]
    return [s], [(R, want(c, K))], f"T07.{v % 3}{'+qcat' if qk else ''}"


def t08(c, v):
    (R,) = make_recs(c.A["kinds"], 1)
    K = c.cat(R)
    ven, day = rng.choice(VENUES), c.day()
    s = [f"Pada malam puncak {c.NY()} di {ven}, {day}, {R.surface} meraih penghargaan kategori {K}.",
         f"Dalam malam penganugerahan {c.NY()} yang digelar di {ven}, {day}, {R.surface} dinobatkan sebagai "
         f"pemenang kategori {K}.",
         f"{R.surface} meraih penghargaan kategori {K} pada malam puncak {c.NY()} di {ven}, {day}."][v % 3]
    return [s], [(R, want(c, K))], f"T08.{v % 3}"


def t09(c, v):
    (R,) = make_recs(c.A["kinds"], 1)
    K = c.cat(R)
    k = rng.randint(2, 12)
    s = [f"{R.surface} meraih {c.pen()}{c.N} ke-{k} tahun {c.Y} kategori {K}.",
         f"Pada gelaran {c.N} ke-{k} {c.yr}, {R.surface} meraih kategori {K}.",
         f"{R.surface} menerima penghargaan kategori {K} dalam {c.N} edisi ke-{k} yang digelar {c.yr}."][v % 3]
    return [s], [(R, want(c, K))], f"T09.{v % 3}"


def t10(c, v):
    (R,) = make_recs(c.A["kinds"], 1)
    K = c.cat(R)
    s = [f"{R.surface} kembali meraih {c.pen()}{c.NY()} (kategori {K}).",
         f"{c.Pen()}{c.NY()} (kategori {K}) diraih oleh {R.surface}.",
         f"{R.surface} meraih {c.pen()}{c.NY()} (Kategori {K}) setelah melalui penilaian berlapis."][v % 3]
    return [s], [(R, want(c, K))], f"T10.{v % 3}"


def t11(c, v):
    (R,) = make_recs(c.A["kinds"], 1)
    K = c.cat(R)
    ven, day = rng.choice(VENUES), c.day()
    if v % 3 == 0:
        ss = [f"{R.surface} meraih {c.pen()}{c.NY()}.", f"Penghargaan tersebut diberikan untuk kategori {K}."]
    elif v % 3 == 1:
        ss = [f"{R.surface} kembali menorehkan prestasi dengan meraih {c.pen()}{c.NY()}.",
              f"Dalam ajang itu, {R.ref} tampil sebagai pemenang kategori {K}."]
    else:
        ss = [f"{R.surface} menerima {c.pen()}{c.NY()} di {ven}, {day}.",
              "Penilaian dilakukan dalam tiga tahap, mulai dari seleksi administrasi hingga presentasi di depan juri.",
              f"Adapun kategori yang diraih adalah {K}."]
    return ss, [(R, want(c, K))], f"T11.{v % 3}"


def t12(c, v):
    A, B = make_recs(c.A["kinds"], 2)
    X, Y = c.cat(A, 2)
    s = [f"{A.surface} meraih {c.pen()}{c.NY()} kategori {X}, sedangkan {B.surface} kategori {Y}.",
         f"{A.surface} meraih kategori {X} dalam {c.NY()}, sementara {B.surface} meraih kategori {Y}.",
         f"Dalam {c.NY()}, kategori {X} diraih {A.surface}, sedangkan kategori {Y} diraih {B.surface}.",
         f"{A.surface} dan {B.surface} sama-sama meraih {c.pen()}{c.NY()}, masing-masing untuk kategori {X} "
         f"dan {Y}."][v % 4]
    return [s], [(A, want(c, X)), (B, want(c, Y))], f"T12.{v % 4}"


def t13(c, v):
    (R,) = make_recs(c.A["kinds"], 1)
    K = c.cat(R)
    var = v % 4
    if var in (0, 1, 2):
        T = rng.choice(c.A["tiers"])
        if var == 0:
            s = f"{R.surface} meraih {c.pen()}{c.NY()} kategori {T}."
            return [s], [(R, want(c, None, T))], "T13.tier_only"
        if var == 1:
            s = f"{R.surface} meraih {c.pen()}{c.NY()} untuk kategori {K} dengan predikat {T}."
        else:
            s = f"{R.surface} meraih {c.pen()}{c.NY()} tingkat {T} pada kategori {K}."
        return [s], [(R, want(c, K, T))], f"T13.cat+tier{var}"
    r = rng.randint(1, 3)
    rk = rng.choice([f"peringkat {WORD[r]}", f"peringkat {ROMAN[r]}", f"terbaik ke-{r}" if r > 1 else "terbaik pertama"])
    s = f"{R.surface} meraih {rk} kategori {K} dalam {c.NY()}."
    return [s], [(R, want(c, K, rank=r))], "T13.rank+cat"


def t14(c, v):
    (R,) = make_recs(c.A["kinds"], 1)
    s = [f"{R.surface} memboyong {c.pen()}{c.NY()}.",
         f"{R.surface} dianugerahi {c.pen()}{c.NY()}.",
         f"{c.Pen()}{c.NY()} kembali diraih {R.surface}.",
         f"{R.surface} menerima {c.pen()}{c.NY()} atas komitmennya dalam program tersebut."][v % 4]
    return [s], [(R, want(c, None))], f"T14.{c.N.split()[0] if c.N.split()[0] in HEADS else 'Award'}"


def t15(c, v):
    (R,) = make_recs(c.A["kinds"], 1)
    K = c.cat(R)
    s = [f"Untuk kategori {K}, {c.NY()} diraih {R.surface}.",
         f"Kategori {K} dalam {c.NY()} diraih oleh {R.surface}.",
         f"Kategori {K} pada ajang {c.NY()} jatuh kepada {R.surface}."][v % 3]
    return [s], [(R, want(c, K))], f"T15.{v % 3}"


def t16(c, v):
    (R,) = make_recs(c.A["kinds"], 1)
    K = c.cat(R)
    var = v % 5
    s = [[f"{R.surface} masuk nominasi {c.NY()} kategori {K}.",
          "Pemenang akan diumumkan pada malam puncak bulan depan."],
         [f"{R.surface} menargetkan dapat meraih {c.pen()}{c.N} kategori {K} pada {c.Y + 1}."],
         [f"Panitia {c.NY()} membuka pendaftaran bagi peserta.",
          f"Kategori {K} dinilai dari tiga aspek, yakni inovasi, dampak, dan keberlanjutan.",
          f"{R.surface} tercatat sebagai salah satu peserta yang mendaftar."],
         [f"{R.surface} akan mengikuti penilaian {c.NY()} untuk kategori {K}."],
         [f"Penjurian {c.NY()} kategori {K} masih berlangsung.",
          f"{R.surface} termasuk dalam sepuluh besar nomine."]][var]
    c.negs.append(R)
    return s, [], f"T16.{['nominasi', 'target', 'criteria', 'akan_ikut', 'penjurian'][var]}"


TEMPLATES = [("T01_kategori", t01), ("T02_dinobatkan", t02),
             ("T03_untuk_kat", t03), ("T04_pada_kat", t04), ("T05_di_kat", t05),
             ("T06_passive", t06), ("T07_quoted", t07), ("T08_event", t08),
             ("T09_edition", t09), ("T10_bracket", t10), ("T11_later", t11),
             ("T12_two", t12),
             ("T13_tier_rank", t13), ("T14_no_cat", t14), ("T15_cat_first", t15),
             ("T16_negative", t16)]


# ---- checking -------------------------------------------------------------------------------------------------------
NUMS = {"pertama": 1, "kesatu": 1, "satu": 1, "kedua": 2, "dua": 2, "ketiga": 3, "tiga": 3, "i": 1, "ii": 2,
        "iii": 3, "1": 1, "2": 2, "3": 3}
LEVEL_PREFIX = {"kategori", "predikat", "tingkat", "dengan", "untuk", "grade", "pada", "dalam", "di"}


def strip_prefix(s):
    t = [x for x in norm(s or "").split() if x not in YEARS]
    while t and t[0] in LEVEL_PREFIX:
        t = t[1:]
    return " ".join(t)


def rank_num(s):
    toks = norm(s or "").replace("ke ", "").split()
    return next((NUMS[t] for t in toks if t in NUMS), None)


near = near_name  # (see common.py)
INFO = collections.Counter()


def check_fields(e, a, w, problems, info):
    who = f"{e.short} {w['year']}"
    if tokf1(w["name"], a.name) < 0.5:
        problems.append(f"name: {who} expected {w['name']!r}, got {a.name!r}")
    if w["cat"] is None:
        if a.category is not None:
            problems.append(f"category-spurious: {who} expected None, got {a.category!r} (grade={a.grade!r})")
    elif strip_prefix(a.category) != norm(w["cat"]) and tokf1(w["cat"], strip_prefix(a.category)) < 0.8:
        problems.append(f"category: {who} expected {w['cat']!r}, got {a.category!r} (grade={a.grade!r})")
    if w["rank"] is not None:
        if rank_num(a.grade) != w["rank"]:
            problems.append(f"grade-rank: {who} expected Peringkat {ROMAN[w['rank']]}, got {a.grade!r}")
    elif w["grade"] is not None:
        if strip_prefix(a.grade) != norm(w["grade"]):
            problems.append(f"grade: {who} expected {w['grade']!r}, got {a.grade!r} (cat={a.category!r})")
    elif a.grade is not None:
        problems.append(f"grade-spurious: {who} expected None, got {a.grade!r}")


def finish(slots, text, pub, exp, negs):
    return record_case(g, INFO, near, check_fields, slots, text, pub, exp, negs)


def tail_sentence(c, recs, kind):
    if kind == "context":
        n = rng.randint(40, 180)
        return f"Penilaian dilakukan oleh tim juri independen sejak Agustus {c.Y} terhadap {n} peserta dari " \
               f"berbagai daerah."
    R = recs[0]
    q1, q2 = rng.choice(Q)
    q = rng.choice(NEG_QUOTES if c.neg else QUOTES)
    if R.kind == "person":
        return end(f"{q1}{q},{q2} kata {R.short.split()[-1]}")
    nm = person(rng)
    c.negs.append(Ent(nm, [nm], nm))
    return end(f"{q1}{q},{q2} kata {R.head}, {titled(rng, nm)}")


# ---- the plan -------------------------------------------------------------------------------------------------------
PER = 15
plan = [(t, i) for t in range(len(TEMPLATES)) for i in range(PER)]
N = len(plan)
S = dict(award=balanced(AKEYS, N), yform=balanced(["bare", "tahun", "Tahun"], N),
         tail=balanced(["none", "quote", "context"], N))

for i, (ti, vi) in enumerate(plan):
    tname, fn = TEMPLATES[ti]
    sl = {k: v[i] for k, v in S.items()}
    akey = sl["award"]
    if fn is t02 and not AWARDS[akey]["titles"]:
        akey = pick_award(lambda A: A["titles"])
    if fn is t13 and vi % 4 != 3 and not AWARDS[akey].get("tiers"):
        akey = pick_award(lambda A: A.get("tiers"))
    c = Case(akey, sl)
    c.neg = fn is t16
    sents, exp, variant = fn(c, vi)
    recs = [e for e, _ in exp] or list(c.negs)
    if sl["tail"] != "none":
        sents = sents + [tail_sentence(c, recs, sl["tail"])]
    text = " ".join(cap(s) for s in sents) + "\n"
    text = re.sub(r"\.\.(?=\s|$)", ".", text)
    rkind = "+".join(sorted({e.kind for e in recs}))
    slots = dict(template=tname, variant=variant, award=akey, rkind=rkind, yform=sl["yform"], tail=sl["tail"])
    finish(slots, text, c.pub, exp, list(c.negs))

g.report()
if not os.environ.get("PROBE_QUIET"):
    print("   info (not failing):", dict(INFO.most_common()))
if os.environ.get("G20_DUMP"):  # every text, for reading the grid's own Indonesian
    with open(os.environ["G20_DUMP"], "w") as f:
        for t, (tag, good, probs) in g.outcomes.items():
            f.write(f"[{tag}] {'OK' if good else 'FAIL'} {probs}\n{t}\n")
