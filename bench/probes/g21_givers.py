"""Grid 21: the GIVER of an award (the body that gives or organises it), named the many ways regional news
names it, most often an organisation that no list of known bodies holds. All organisations and awards are
invented; recipients are real regions / invented units and people (common.py).
Giver shapes (balanced over the grid): Indonesian bodies (Lembaga Kajian .., Yayasan .., Perkumpulan ..,
Asosiasi .. Indonesia, Forum ..), English-named bodies (Indonesian Institute for .., .. Research Center,
Asia .. Foundation, .. Awards Committee), media (Majalah .., Harian .., .. Media Group, Tabloid .., portal berita
x.com), universities (Universitas .., Institut Teknologi ..) and companies (PT .. Tbk); a body of three or more
words is told now and then with its acronym in brackets.
Templates (16 cases each):
  T01 dari          "R meraih A 2024 dari G" (several verbs, with or without a category)
  T02 digelar       "R meraih A yang digelar / diselenggarakan / diinisiasi / diadakan (oleh) G", "A gelaran G"
  T03 earlier       G named in an earlier sentence ("G kembali menggelar A .. Dalam ajang itu, R meraih ..")
  T04 persembahan   "A persembahan / besutan / garapan / prakarsa G"
  T05 two           two bodies together ("hasil kerja sama G1 dan G2", "digelar G1 bersama G2", ..)
  T06 mewakili      "penghargaan A dari G diterima oleh P mewakili R" and its kin (R a body)
  T07 active        G as the subject: menganugerahkan / memberikan / menobatkan / menetapkan
  T08 official      the body's official hands it over ("diserahkan langsung oleh Ketua G, P, kepada R")
  T09 acronym       "Full (ACR)", "ACR (Full)", "Full atau ACR", the acronym alone in a later sentence
  T10 described     a comma-set description of the award between it and the giver
  T11 sponsor       a sponsor / media partner besides the giver, or only a sponsor (no giver)
  T12 congrats      a body that congratulates, with the giver named or not
  T13 workplace     "P, dosen Universitas X, meraih A dari G" / "P dari Kantor X meraih A" (R a person)
  T14 previous      an earlier award from another body: without a year (no record), with a year or
                    "tahun lalu" (a second record with that body as its giver)
  T15 passive       "R dianugerahi A oleh G", "A yang diberikan G jatuh kepada R", two recipients of one giver
Expected (GOLD-FORMAT): one record per recipient and award, giver = the institution (organiser of the
award = giver), never the official who hands it over nor a sponsor, partner, congratulator or the winner's
workplace; null when the text names no giver. Accepted spellings: the full name, the acronym, "Full (ACR)";
a medium's masthead without "Majalah/Harian/Tabloid"; a company with or without "PT"/"Tbk"; a portal as
"x.com" or "portal berita x.com"; for T08 also "<title> <body>" (as the gold lists an official's title). Two
bodies that give together (T05): the gold has one entity, so either body (or both joined by "dan") passes.
A case passes when every expected record is found (recipient and year) with the right giver and no other
record is told. The award's name is information only."""
import random
from datetime import date, timedelta
from functools import partial

from common import *

rng = random.Random(2121)
g = Grid("g21_givers")
balanced = partial(spread_evenly, rng=rng)  # (see common.py)

_ALLREG = {n for p in reg["provinces"] for n in p["kabupaten"] + p["kota"]} | set(PROV)
_PERSON_WORDS = {norm(w) for w in FIRST + LAST}


def _free(s):
    """no region name and no word of an invented person's name inside this invented name"""
    n = f" {norm(s)} "
    return not any(f" {norm(r)} " in n for r in _ALLREG) and not (set(norm(s).split()) & _PERSON_WORDS)


# ---- givers ---------------------------------------------------------------------------------------------------------
NAMES = {
    "lembaga": ["Lembaga Kajian Tata Kelola Daerah", "Lembaga Kajian Kebijakan Publik Madani",
                "Lembaga Kajian Pelayanan Warga", "Lembaga Kajian Inovasi Pemerintahan",
                "Lembaga Kajian Ekonomi Kerakyatan"],
    "yayasan": ["Yayasan Cahaya Bakti Pertiwi", "Yayasan Pelita Insan Mulia", "Yayasan Bina Swadaya Cendekia",
                "Yayasan Tunas Harapan Bangsa", "Yayasan Lentera Kasih Bersama"],
    "perkumpulan": ["Perkumpulan Jurnalis Peduli Lingkungan", "Perkumpulan Pegiat Desa Mandiri",
                    "Perkumpulan Pemerhati Layanan Kesehatan", "Perkumpulan Relawan Literasi Bangsa"],
    "asosiasi": ["Asosiasi Pengelola Layanan Publik Indonesia", "Asosiasi Perencana Kota Indonesia",
                 "Asosiasi Tenaga Promosi Kesehatan Indonesia", "Asosiasi Pemerhati Tata Ruang Indonesia"],
    "forum": ["Forum Pemerhati Pelayanan Publik", "Forum Komunikasi Desa Sejahtera",
              "Forum Inovasi Daerah Berkelanjutan", "Forum Masyarakat Peduli Anggaran"],
    "en_institute": ["Indonesian Institute for Public Governance", "Indonesian Institute for Local Innovation",
                     "Indonesian Institute for Health Policy", "Indonesian Institute for Civic Trust"],
    "en_center": ["Civic Innovation Research Center", "Public Trust Research Center",
                  "Regional Policy Research Center", "Smart Village Research Center"],
    "en_foundation": ["Asia Public Service Foundation", "Asia Green Cities Foundation",
                      "Asia Digital Inclusion Foundation", "Asia Community Health Foundation"],
    "en_committee": ["Bright Governance Awards Committee", "Public Service Stars Awards Committee",
                     "Green Leaders Awards Committee", "Village Champions Awards Committee"],
    "majalah": ["Majalah Warta Praja", "Majalah Gema Otonomi", "Majalah Cakrawala Birokrasi", "Majalah Serambi Usaha"],
    "harian": ["Harian Suara Tepian", "Harian Kabar Cakrawala", "Harian Pelita Timur Raya", "Harian Warta Bahari"],
    "media_group": ["Cakra Media Group", "Nawala Media Group", "Lintas Nusa Media Group", "Bintang Pagi Media Group"],
    "tabloid": ["Tabloid Gerbang Desa", "Tabloid Sinar Praja", "Tabloid Jendela Usaha", "Tabloid Suluh Keluarga"],
    "portal": ["kabarotonomi", "wartapraja", "suaradesaku", "lensadaerah"],
    "universitas": ["Universitas Cendekia Mandala", "Universitas Bhakti Insan Nusa", "Universitas Widya Kencana",
                    "Universitas Harapan Sentosa"],
    "institut": ["Institut Teknologi Sains Bahari", "Institut Teknologi Cipta Karsa", "Institut Teknologi Mandala Raya",
                 "Institut Teknologi Wiralaga"],
    "pt": ["Arunika Data Nusantara", "Mega Solusi Perkasa", "Tirta Karya Persada", "Cendana Graha Abadi"],
}
SHAPES = list(NAMES)
for _k, _v in NAMES.items():
    for _n in _v:
        assert _free(_n), (_k, _n)
OFFICIAL = {"lembaga": "Direktur", "yayasan": "Ketua", "perkumpulan": "Ketua Umum", "asosiasi": "Ketua Umum",
            "forum": "Koordinator", "en_institute": "Direktur Eksekutif", "en_center": "Direktur",
            "en_foundation": "Direktur Eksekutif", "en_committee": "Ketua", "majalah": "Pemimpin Redaksi",
            "harian": "Pemimpin Redaksi", "media_group": "CEO", "tabloid": "Pemimpin Redaksi",
            "portal": "Pemimpin Redaksi", "universitas": "Rektor", "institut": "Rektor", "pt": "Direktur Utama"}
ACR_SHAPES = ["lembaga", "yayasan", "perkumpulan", "asosiasi", "forum", "en_institute", "en_center", "en_foundation",
              "en_committee", "universitas", "institut"]
SMALL = {"dan", "untuk", "for", "of", "the"}
MEDIA = ["majalah", "harian", "media_group", "tabloid", "portal"]


def acronym(full):
    return "".join(w[0].upper() for w in full.split() if w.lower() not in SMALL)


class Giver(Ent):
    """an invented body: ``full`` its name, ``acr`` its acronym (or None), ``title`` its official's title"""

    def __init__(self, shape, base, mode):
        if shape == "portal":
            full = f"{base}.com"
            acc = [full, f"portal berita {full}", base, f"{base.capitalize()}.com"]
            surf = f"portal berita {full}"
            acr = None
        elif shape == "pt":
            full = f"PT {base} Tbk"
            acc = [full, f"PT {base}", f"{base} Tbk", base, f"PT {base} Tbk."]
            surf, acr = full, None
        else:
            full = base
            acr = acronym(full) if shape in ACR_SHAPES else None
            acc = [full]
            if acr:
                acc += [acr, f"{full} ({acr})"]
            if shape in ("majalah", "harian", "tabloid"):
                acc.append(full.split(" ", 1)[1])
            surf = f"{full} ({acr})" if acr and mode == "acr" else full
        super().__init__(surf, acc, acr or full)
        self.shape, self.full, self.acr, self.title = shape, full, acr, OFFICIAL[shape]
        self.named = surf  # how the text names it first

    def with_official(self):
        """the gold lists an official's title with the body as a spelling too"""
        self.accepted |= {norm(f"{self.title} {a}") for a in (self.full, self.acr) if a}
        return self


class Ctx:
    """one text's invented bodies and people, kept apart"""

    def __init__(self):
        self.used, self.people = set(), set()

    def giver(self, shape=None, mode=None, shapes=None):
        for _ in range(200):
            sh = shape or rng.choice(shapes or SHAPES)
            base = rng.choice(NAMES[sh])
            if base not in self.used:
                self.used.add(base)
                return Giver(sh, base, mode or rng.choice(["full", "acr"]))
        raise RuntimeError("no fresh body")

    def person(self):
        for i in range(500):
            nm = person(rng)
            if nm not in self.people and (i > 100 or not any(nm.split()[-1] == u.split()[-1] for u in self.people)):
                self.people.add(nm)
                return nm
        raise RuntimeError("no fresh name")


# ---- awards (invented names) ----------------------------------------------------------------------------------------
BODY_AWARDS = ["Anugerah Layanan Publik Adiwangsa", "Penghargaan Inovasi Daerah Cipta Wibawa",
               "Anugerah Keterbukaan Informasi Sasmita", "Public Service Excellence Award",
               "Anugerah Tata Kelola Digital Wiradarma", "Green Governance Leadership Award",
               "Penghargaan Daerah Peduli Gizi Sehat Sejahtera", "Anugerah Pelayanan Prima Satya Loka"]
PERSON_AWARDS = ["Anugerah Tokoh Inspiratif Bentang Nusa", "Penghargaan Insan Peduli Literasi Aksara",
                 "Anugerah Jurnalistik Tinta Bening", "Young Changemaker Award",
                 "Anugerah Pendidik Teladan Obor Ilmu"]
BODY_CATS = ["Pelayanan Terpadu", "Inovasi Digital", "Pemberdayaan Masyarakat", "Transparansi Anggaran"]
PERSON_CATS = ["Tokoh Muda", "Pegiat Komunitas", "Pendidik Inspiratif", "Penggerak Sosial"]
for _n in BODY_AWARDS + PERSON_AWARDS + BODY_CATS + PERSON_CATS:
    assert _free(_n), _n
HEADS = ("Anugerah", "Penghargaan")


# ---- recipients -----------------------------------------------------------------------------------------------------
UNIT_REF = {"puskesmas": "puskesmas tersebut", "rsud": "rumah sakit itu", "desa": "desa tersebut",
            "sma": "sekolah itu", "dinas": "dinas tersebut"}


def make_rec(kind, ctx):
    if kind == "kab":
        e = kab(rng)
        e.ref, e.head, e.noun = rng.choice(["daerah tersebut", "kabupaten itu"]), f"Bupati {e.short}", "daerah"
    elif kind == "kota":
        e = kota(rng)
        e.ref, e.head, e.noun = rng.choice(["daerah tersebut", "kota itu"]), f"Wali Kota {e.short}", "daerah"
    elif kind == "person":
        nm = ctx.person()
        e = Ent(nm, [nm], nm)
        e.ref, e.head, e.noun = rng.choice(["ia", "dia"]), None, "tokoh"
    else:
        uk = rng.choice(list(UNIT_REF))
        e = unit(rng, uk)
        e.ref = UNIT_REF[uk]
        e.head = f"Direktur {e.surface}" if uk == "rsud" else f"Kepala {e.surface}"
        e.noun = "instansi"
    e.kind = kind
    return e


def make_recs(kind, ctx, n):
    for _ in range(500):
        xs = [make_rec(kind, ctx) for _ in range(n)]
        keys = [norm(x.short).split()[-1] for x in xs]
        if len(set(keys)) == n and not any(clash(a.short, b.short) for i, a in enumerate(xs) for b in xs[i + 1:]):
            return xs
    raise RuntimeError("no distinct recipients")


# ---- one case -------------------------------------------------------------------------------------------------------
class Case:
    def __init__(self, sl, rkind):
        self.ctx = Ctx()
        self.Y = rng.choice([2023, 2024, 2024])
        self.pub = date(self.Y, rng.randint(9, 12), rng.randint(10, 28))
        self.yform = sl["yform"]
        self.rkind = rkind
        self.R = make_recs(rkind, self.ctx, 1)[0]
        self.award = rng.choice(PERSON_AWARDS if rkind == "person" else BODY_AWARDS)
        self.G = self.ctx.giver(sl["shape"], sl["mode"])
        self.negs = [self.G]

    def yr(self, Y=None):
        Y = Y or self.Y
        return {"tahun": f"tahun {Y}", "bare": f"{Y}", "Tahun": f"Tahun {Y}"}[self.yform]

    def AY(self, award=None, Y=None):
        return f"{award or self.award} {self.yr(Y)}"

    def pen(self, capital=False):
        """ "penghargaan " before an award whose name does not start with that word"""
        if self.award.startswith("Penghargaan"):
            return ""
        return "Penghargaan " if capital else "penghargaan "

    def cat(self):
        return rng.choice(PERSON_CATS if self.rkind == "person" else BODY_CATS)

    def other_award(self):
        pool = PERSON_AWARDS if self.rkind == "person" else BODY_AWARDS
        return rng.choice([a for a in pool if a != self.award])

    def day(self, back=None):
        d = self.pub - timedelta(days=rng.randint(1, 4) if back is None else back)
        return rng.choice([f"{DAYS[d.weekday()]} ({d.day}/{d.month}/{d.year})",
                           f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"])

    def neg_person(self, titles=True):
        nm = self.ctx.person()
        self.negs.append(Ent(nm, [nm], nm))
        return titled(rng, nm) if titles else nm

    def neg_body(self, **kw):
        b = self.ctx.giver(**kw)
        self.negs.append(b)
        return b

    def want(self, giver, Y=None, award=None):
        return dict(year=Y or self.Y, giver=giver, name=award or self.award)

    def one(self, giver):
        return [(self.R, [self.want(giver)])]


VERBS = ["meraih", "menerima", "memperoleh", "mendapatkan", "berhasil meraih", "menyabet"]


def t01(c, v):
    R, G = c.R, c.G
    var = v % 4
    s = [f"{R.surface} {rng.choice(VERBS)} {c.AY()} dari {G.named}.",
         f"{R.surface} {rng.choice(VERBS)} {c.AY()} kategori {c.cat()} dari {G.named}.",
         f"{R.surface} kembali mendapat {c.pen()}{c.AY()} dari {G.named}.",
         f"Dari {G.named}, {R.surface} {rng.choice(VERBS)} {c.AY()}."][var]
    return [s], c.one(G), f"T01.{var}"


def t02(c, v):
    R, G = c.R, c.G
    verb = ["yang digelar oleh", "yang diselenggarakan oleh", "yang diinisiasi oleh", "yang digelar",
            "yang diadakan", "gelaran", "yang diselenggarakan", "yang dihelat"][v % 8]
    s = f"{R.surface} {rng.choice(VERBS)} {c.AY()} {verb} {G.named}."
    return [s], c.one(G), f"T02.{verb.replace('yang ', '').replace(' ', '_')}"


def t03(c, v):
    R, G = c.R, c.G
    var = v % 4
    K = c.cat()
    if var == 0:
        ss = [f"{G.named} kembali menggelar {c.AY()}.",
              f"Dalam ajang itu, {R.surface} meraih penghargaan untuk kategori {K}."]
    elif var == 1:
        ss = [f"{G.named} mengumumkan para penerima {c.AY()}, {c.day()}.",
              f"Salah satu penerimanya adalah {R.surface}, yang unggul di kategori {K}."]
    elif var == 2:
        n = rng.randint(3, 9)
        ss = [f"Tahun ini, {G.named} menggelar {c.AY()} untuk ke-{n} kalinya.",
              "Penilaian melibatkan juri dari kalangan akademisi, praktisi, dan jurnalis.",
              f"{R.surface} keluar sebagai pemenang kategori {K}."]
    else:
        ss = [f"{c.AY()} digelar {G.named} di Jakarta, {c.day()}.",
              f"Pada ajang tersebut, {R.surface} meraih kategori {K}."]
    return ss, c.one(G), f"T03.{var}"


def t04(c, v):
    R, G = c.R, c.G
    word = ["persembahan", "besutan", "garapan", "prakarsa"][v % 4]
    if v % 8 < 4:
        s = f"{R.surface} {rng.choice(VERBS)} {c.AY()} {word} {G.named}."
    else:
        s = f"{c.AY()} {word} {G.named} diraih oleh {R.surface}."
    return [s], c.one(G), f"T04.{word}{'' if v % 8 < 4 else '.passive'}"


def t05(c, v):
    R, A = c.R, c.G
    B = c.ctx.giver()
    c.negs.append(B)
    var = v % 4
    s = [f"{R.surface} meraih {c.AY()}, hasil kerja sama {A.named} dan {B.named}.",
         f"{R.surface} meraih {c.AY()} yang digelar {A.named} bersama {B.named}.",
         f"{c.AY()} yang diselenggarakan {A.named} bekerja sama dengan {B.named} diraih oleh {R.surface}.",
         f"{A.named} dan {B.named} menganugerahkan {c.AY()} kepada {R.surface}."][var]
    both = Ent(A.surface, [])
    both.accepted = A.accepted | B.accepted | {norm(f"{a} dan {b}") for a in (A.full, A.acr, A.surface) if a
                                                for b in (B.full, B.acr, B.surface) if b}
    both.surface = f"{A.full} / {B.full}"
    return [s], c.one(both), f"T05.{var}"


def t06(c, v):
    R, G = c.R, c.G
    var = v % 4
    p = c.neg_person()
    s = [f"{c.pen(True)}{c.AY()} dari {G.named} diterima oleh {R.head}, {p}, mewakili {R.surface}.",
         f"{c.AY()} dari {G.named} untuk {R.surface} diterima langsung oleh {R.head}, {p}.",
         f"{p}, mewakili {R.surface}, menerima {c.AY()} dari {G.named}.",
         f"Mewakili {R.surface}, {R.head} {p} menerima {c.pen()}{c.AY()} yang diberikan {G.named}."][var]
    return [end(s)], c.one(G), f"T06.{var}"


def t07(c, v):
    R, G = c.R, c.G
    var = v % 4
    K = c.cat()
    s = [f"{G.named} menganugerahkan {c.AY()} kepada {R.surface}.",
         f"{G.named} memberikan {c.pen()}{c.AY()} kepada {R.surface}.",
         f"{G.named} menobatkan {R.surface} sebagai pemenang kategori {K} dalam {c.AY()}.",
         f"{G.named} menetapkan {R.surface} sebagai penerima {c.AY()}."][var]
    return [s], c.one(G), f"T07.{var}"


def t08(c, v):
    R, G = c.R, c.G.with_official()
    var = v % 4
    p = c.neg_person()
    # the head as the one handed to only where the text names the winner first (else the award could be the head's)
    to = R.surface if var != 0 or R.kind == "person" or rng.random() < 0.5 else f"{R.head}, {c.neg_person()}"
    if var == 0:
        ss = [f"{R.surface} meraih {c.AY()}.",
              f"Penghargaan diserahkan langsung oleh {G.title} {G.named}, {p}, kepada {to}."]
    elif var == 1:
        ss = [f"{G.title} {G.named}, {p}, menyerahkan {c.AY()} kepada {to}."]
    elif var == 2:
        ss = [f"{c.AY()} diserahkan {G.title} {G.named}, {p}, kepada {to} di Jakarta, {c.day()}."]
    else:
        ss = [f"{R.surface} menerima {c.AY()}.",
              f"Penghargaan itu diserahkan oleh {p}, {G.title} {G.named}."]
    ss = [end(s) for s in ss]
    return ss, c.one(G), f"T08.{var}"


def t09(c, v):
    R, G = c.R, c.G
    var = v % 4
    K = c.cat()
    if var == 0:
        ss = [f"{R.surface} meraih {c.AY()} dari {G.full} ({G.acr})."]
    elif var == 1:
        n = rng.randint(60, 240)
        ss = [f"{G.full} ({G.acr}) menggelar {c.AY()} di Jakarta, {c.day()}.",
              f"Pada ajang itu, {R.surface} meraih kategori {K}.",
              f"Menurut {G.acr}, penilaian tahun ini melibatkan {n} peserta."]
    elif var == 2:
        ss = [f"{R.surface} menerima {c.AY()} dari {G.acr} ({G.full})."]
    else:
        ss = [f"{G.full} atau {G.acr} kembali memberikan {c.AY()} kepada {R.surface}."]
    return ss, c.one(G), f"T09.{var}"


def t10(c, v):
    R, G = c.R, c.G
    var = v % 4
    nouns = {"daerah": "pemerintah daerah", "instansi": "instansi layanan publik", "tokoh": "tokoh masyarakat"}
    nn = nouns[R.noun]
    if var == 0:
        ss = [f"{R.surface} meraih {c.AY()}, penghargaan bagi {nn} yang dinilai konsisten memperbaiki mutu "
              f"layanan, dari {G.named}."]
    elif var == 1:
        ss = [f"{c.award}, ajang tahunan yang menilai keterbukaan dan kualitas layanan, kembali digelar {G.named} "
              f"pada {c.Y}.", f"{R.surface} menjadi salah satu penerimanya."]
    elif var == 2:
        ss = [f"{R.surface} meraih {c.AY()}, sebuah penghargaan tahunan yang diberikan {G.named} kepada {nn} "
              f"berprestasi."]
    else:
        ss = [f"{R.surface} menerima {c.AY()}.",
              f"Penghargaan tersebut, yang tahun ini memasuki edisi kelima, diberikan oleh {G.named}."]
    return ss, c.one(G), f"T10.{var}"


def t11(c, v):
    R, G = c.R, c.G
    var = v % 4
    S = c.neg_body(shapes=["pt"])
    M = c.neg_body(shapes=MEDIA, mode="full")
    if var == 0:
        ss = [f"{R.surface} meraih {c.AY()} dari {G.named}.", f"Ajang tersebut didukung oleh {S.named}."]
        giver = G
    elif var == 1:
        ss = [f"{R.surface} meraih {c.AY()} yang digelar {G.named} bekerja sama dengan {M.named} sebagai "
              f"media partner."]
        giver = G
    elif var == 2:
        ss = [f"{c.AY()} yang diselenggarakan {G.named} dan disponsori {S.named} diraih oleh {R.surface}."]
        giver = G
    else:
        ss = [f"{R.surface} meraih {c.AY()}.",
              f"Kegiatan tersebut didukung oleh {S.named} dan {M.named} sebagai mitra media."]
        giver = None
        c.negs.append(G)
    return ss, c.one(giver), f"T11.{['didukung', 'media_partner', 'disponsori', 'sponsor_only'][var]}"


def t12(c, v):
    R, G = c.R, c.G
    var = v % 4
    C = c.neg_body()
    if var == 0:
        ss = [f"{C.named} mengucapkan selamat kepada {R.surface} yang meraih {c.AY()} dari {G.named}."]
        giver = G
    elif var == 1:
        ss = [f"{R.surface} meraih {c.AY()} dari {G.named}.",
              f"Atas capaian itu, {C.named} menyampaikan ucapan selamat."]
        giver = G
    elif var == 2:
        p = c.neg_person()
        ss = [f"{R.surface} meraih {c.AY()}.",
              end(f"{C.title} {C.named}, {p}, menyampaikan apresiasi atas capaian tersebut").replace("..", ".")]
        giver = None
    else:
        ss = [f"Ucapan selamat mengalir dari {C.named} setelah {R.surface} meraih {c.AY()} persembahan {G.named}."]
        giver = G
    return ss, c.one(giver), f"T12.{['selamat_kepada', 'selamat_after', 'apresiasi_no_giver', 'mengalir'][var]}"


ROLES = {"universitas": ["dosen", "peneliti"], "institut": ["dosen", "peneliti"], "majalah": ["jurnalis", "wartawan"],
         "harian": ["jurnalis", "wartawan"], "media_group": ["jurnalis"], "tabloid": ["wartawan"],
         "pt": ["karyawan", "staf"], "lembaga": ["peneliti"], "yayasan": ["relawan", "pengurus"],
         "perkumpulan": ["pengurus"], "asosiasi": ["pengurus"], "forum": ["koordinator lapangan"],
         "en_institute": ["peneliti"], "en_center": ["peneliti"], "en_foundation": ["staf program"],
         "en_committee": ["staf sekretariat"], "portal": ["jurnalis"]}


def t13(c, v):
    R, G = c.R, c.G
    var = v % 4
    if rng.random() < 0.35:  # a unit as the workplace
        u = unit(rng, rng.choice(["puskesmas", "dinas", "sma"]))
        c.negs.append(u)
        office, role = u.surface, {"Puskesmas": "bidan", "Dinas": "staf", "SMA": "guru"}[u.surface.split()[0]]
        oshape = "unit"
    else:
        O = c.neg_body(mode="full")
        office, role, oshape = O.named, rng.choice(ROLES[O.shape]), O.shape
    K = c.cat()
    if var == 0:
        s, giver = f"{R.surface}, {role} di {office}, meraih {c.AY()} dari {G.named}.", G
    elif var == 1:
        s, giver = f"{R.surface} dari {office} meraih {c.AY()}.", None
    elif var == 2:
        s, giver = f"{cap(role)} {office}, {R.surface}, menerima {c.AY()} yang diberikan oleh {G.named}.", G
    else:
        s, giver = f"{R.surface} dari {office} dinobatkan sebagai pemenang kategori {K} dalam {c.AY()}.", None
    if giver is None:
        c.negs.append(G)
    return [s], c.one(giver), f"T13.{['role_di', 'dari_office', 'role_first', 'dari_office_dinobatkan'][var]}"


def t14(c, v):
    R, G = c.R, c.G
    var = v % 4
    G2 = c.ctx.giver()
    A2 = c.other_award()
    wants = [c.want(G)]
    if var == 0:
        ss = [f"{R.surface} meraih {c.AY()} dari {G.named}.",
              f"Sebelumnya, {R.ref} juga pernah meraih {A2} dari {G2.named}."]
        c.negs.append(G2)
    elif var == 1:
        Y2 = c.Y - 2
        ss = [f"{R.surface} meraih {c.AY()} dari {G.named}.",
              f"Pada {Y2}, {R.surface} juga meraih {A2} dari {G2.named}."]
        wants.append(c.want(G2, Y2, A2))
    elif var == 2:
        ss = [f"{R.surface} kembali meraih {c.AY()}, kali ini dari {G.named}.",
              f"Tahun lalu, {R.ref} menerima {A2} dari {G2.named}."]
        wants.append(c.want(G2, c.Y - 1, A2))
    else:
        ss = [f"Setelah sebelumnya meraih {A2} dari {G2.named}, {R.surface} kini meraih {c.AY()} dari {G.named}."]
        c.negs.append(G2)
    return ss, [(R, wants)], f"T14.{['pernah_no_year', 'with_year', 'tahun_lalu', 'setelah'][var]}"


def t15(c, v):
    R, G = c.R, c.G
    var = v % 4
    if var == 0:
        ss = [f"{R.surface} dianugerahi {c.AY()} oleh {G.named}."]
        exp = c.one(G)
    elif var == 1:
        ss = [f"{c.AY()} yang diberikan {G.named} jatuh kepada {R.surface}."]
        exp = c.one(G)
    elif var == 2:
        R2 = make_recs(c.rkind, c.ctx, 2)
        R2 = next(x for x in R2 if not clash(x.short, R.short))
        ss = [f"{R.surface} dan {R2.surface} meraih {c.AY()} dari {G.named}."]
        exp = [(R, [c.want(G)]), (R2, [c.want(G)])]
    else:
        ss = [f"Atas capaian itu, {R.surface} diganjar {c.AY()} oleh {G.named}."]
        exp = c.one(G)
    return ss, exp, f"T15.{['dianugerahi_oleh', 'jatuh_kepada', 'two_recipients', 'diganjar'][var]}"


TEMPLATES = [("T01_dari", t01), ("T02_digelar", t02), ("T03_earlier", t03), ("T04_persembahan", t04),
             ("T05_two_givers", t05), ("T06_mewakili", t06), ("T07_active", t07), ("T08_official", t08),
             ("T09_acronym", t09), ("T10_described", t10), ("T11_sponsor", t11), ("T12_congrats", t12),
             ("T13_workplace", t13), ("T14_previous", t14), ("T15_passive", t15)]


# ---- checking -------------------------------------------------------------------------------------------------------
INFO = collections.Counter()
NEGS = []  # the current case's distractor bodies and people


def check_fields(e, a, w, problems, info):
    who = f"{e.short} {w['year']}"
    G = w["giver"]
    got = a.giver.name if a.giver else None
    if G is None:
        if got is not None:
            kind = "giver-spurious-distractor" if any(x.matches(got) for x in NEGS) else "giver-spurious"
            problems.append(f"{kind}: {who} expected None, got {got!r}")
    elif got is None:
        problems.append(f"giver-missing: {who} expected {G.surface!r}")
    elif not G.matches(got):
        if any(x.matches(got) for x in NEGS):
            kind = "giver-distractor"
        elif any(norm(got) in acc or acc in norm(got) for acc in G.accepted):
            kind = "giver-span"
        else:
            kind = "giver-wrong"
        problems.append(f"{kind}: {who} expected {G.surface!r}, got {got!r}")
    if tokf1(w["name"], a.name) < 0.5:
        info.append(f"name: {who} expected {w['name']!r}, got {a.name!r}")


def finish(slots, text, pub, exp, negs):
    NEGS[:] = negs
    return record_case(g, INFO, near_name, check_fields, slots, text, pub, exp, negs)


# ---- the plan -------------------------------------------------------------------------------------------------------
PER = 16
plan = [(t, i) for t in range(len(TEMPLATES)) for i in range(PER)]
N = len(plan)
S = dict(shape=balanced(SHAPES, N), rkind=balanced(["kab", "kota", "unit", "person"], N),
         mode=balanced(["full", "acr"], N), yform=balanced(["bare", "tahun", "Tahun"], N))

for i, (ti, vi) in enumerate(plan):
    tname, fn = TEMPLATES[ti]
    sl = {k: vals[i] for k, vals in S.items()}
    rkind = sl["rkind"]
    if fn is t06 and rkind == "person":
        rkind = rng.choice(["kab", "kota", "unit"])
    if fn is t13:
        rkind = "person"
    if fn is t09 and sl["shape"] not in ACR_SHAPES:
        sl["shape"] = rng.choice(ACR_SHAPES)
    c = Case(sl, rkind)
    sents, exp, variant = fn(c, vi)
    text = " ".join(cap(s) for s in sents) + "\n"
    text = re.sub(r"\.\.(?=\s|$)", ".", text)
    slots = dict(template=tname, variant=variant, shape=sl["shape"], rkind=rkind, yform=sl["yform"])
    finish(slots, text, c.pub, exp, list(c.negs))

g.report()
if not os.environ.get("PROBE_QUIET"):
    print("   info (not failing):", dict(INFO.most_common()))
if os.environ.get("G21_DUMP"):  # every text, for reading the grid's own Indonesian
    with open(os.environ["G21_DUMP"], "w") as f:
        for t, (tag, good, probs) in g.outcomes.items():
            f.write(f"[{tag}] {'OK' if good else 'FAIL'} {probs}\n{t}\n")
