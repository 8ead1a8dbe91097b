"""Grid 17: recipients of many kinds and the names around them, in mini-articles the way Indonesian regional news
writes them (an award's name with its year, a giver, winners, sometimes categories and ranks, a handover day and
venue, a quote).
Slot families (the kind of recipient):
  K01 destinations  Pantai / Danau / Air Terjun / Bukit / Taman Wisata / Desa Wisata X in a tourism award, their
                    regency told as a location only
  K02 libraries     Perpustakaan Umum Daerah Kabupaten X, Perpustakaan Desa X, Perpustakaan SD/SMP X, Taman Baca X,
                    and librarians (persons; the library a person works at is then not a recipient)
  K03 schools       SMA Negeri n X, MAN n X, SD Negeri n X, Universitas X, Politeknik Negeri X
  K04 health/village RSUD X, Puskesmas / UPTD Puskesmas X, Klinik X, Posyandu X; Desa / Kelurahan / Nagari / Gampong /
                    Kampung X (with their kecamatan and regency as location)
  K05 business etc. UMKM names, Koperasi, BUMDes, Kelompok Tani, Pokdarwis, a bank and a PT (Persero) Tbk; a festival
                    as the recipient of an event award; an app (aplikasi "X")
  K06 distractors   winners of the kinds above next to a name that is no recipient: the venue named up front, a jury
                    of an association, nominees ("masuk nominasi"), finalists, a destination only visited, a sponsor,
                    an earlier edition's winner told without a year, an official who spoke
Other slots (balanced): the level (none / a category per winner / ranks Juara 1-3 in one category), the list shape
(single subject, comma list, "yakni", "kepada", "diraih", lines; per-category sentences; rank sentences), the
location of each winner (in brackets / after "di" / after "asal" / none; none where the name holds its region), the
giver named or not, received_by (single winner only), a tail (none / ceremony with day and venue / a quote), the
year's form.
Expected per winner: exactly one award, name = the invented award's name (token F1 >= 0.5), year, category as the
text sets it (none where it sets none), grade = the rank's number (none where no rank), giver = the institution where
named (none where none is named), received_by = the person named as receiving it (single winner), else none.
Nothing for locations, the province, the giver, venue, jury, nominees, finalists, visited places, sponsors, earlier
winners without a year, officials. Date and place are information only."""
import random
from datetime import date, timedelta
from functools import partial

from common import *
from common import lst as _lst

rng = random.Random(1717)
g = Grid("g17_recipient_kinds")
balanced = partial(spread_evenly, rng=rng)  # (see common.py)

_REGION_NAMES = KAB + KOTA + PROV


def _free(s):
    n = f" {norm(s)} "
    return not any(f" {norm(r)} " in n for r in _REGION_NAMES)


def lst(rng, items, sep=None):
    """a list in prose: two items joined by "dan" alone"""
    if len(items) == 2:
        return f"{items[0]} dan {items[1]}"
    return _lst(rng, items, sep)


def tname(nm):
    """a person's name with at most one title before it"""
    return titled(rng, nm, npre=rng.choice([0, 1]), npost=rng.choice([0, 1, 1, 2]))


def pool(xs):
    out = [x for x in xs if _free(x)]
    assert len(out) >= 3 and len(out) >= len(xs) - 2, xs
    return out


DEST = pool(["Lumban Sari", "Batu Lumut", "Teluk Biru Permai", "Sekar Langit", "Kembang Arum", "Sangkar Bulan",
             "Pelangi Senja", "Watu Gede", "Kali Jernih", "Embun Pagi", "Pasir Kencana", "Cemara Indah",
             "Seribu Cahaya", "Tirta Sari Asri", "Gading Mas", "Lembah Pinus Asri"])
VILL = pool(["Sukamaju", "Mekarsari", "Tanjung Harapan", "Sidomulyo", "Karangrejo", "Air Putih", "Pandanrejo",
             "Sumbersari", "Tegalrejo", "Lubuk Sakti", "Rejosari", "Mulyoharjo", "Ngadirejo", "Margodadi",
             "Talang Jaya", "Kebon Agung", "Wonokerto", "Gunung Sari", "Suka Damai"])
VILL = [v for v in VILL if not any(clash(v, r) for r in _REGION_NAMES)]
KEC = pool(["Bukit Kemuning", "Rambah Hilir", "Pagar Dewa", "Sukadana Ilir", "Lembah Sari", "Sungai Lala",
            "Ujung Padang", "Kuala Baru"])
UNIV = pool(["Universitas Insan Cendekia Mandiri", "Universitas Pelita Harapan Bangsa", "Universitas Bina Nusantara "
             "Raya", "Universitas Citra Bangsa Mulia"])
UMKM = pool(["Keripik Balado Uni Eti", "Rendang Kering Mak Tuo", "Kopi Bubuk Cap Dua Rusa", "Batik Tulis Sekar Jagad",
             "Dodol Nanas Bu Har", "Tenun Ikat Bintang Fajar", "Sambal Roa Oma Lien", "Kerupuk Kulit Pak Umar"])
KOPERASI = pool(["Koperasi Serba Usaha Maju Bersama", "Koperasi Produsen Tani Makmur", "Koperasi Wanita Sekar Melati",
                 "Koperasi Nelayan Samudra Berkah"])
BUMDES = pool(["Tirta Makmur", "Sumber Rezeki", "Karya Mandiri", "Mitra Usaha Sejahtera"])
POKTAN = pool(["Sri Rejeki", "Sido Makmur", "Tunas Harapan", "Subur Lestari"])
POKDARWIS = pool(["Bukit Asri", "Pesona Lembah", "Pantai Ceria", "Kampung Pelangi"])
COMP = pool(["Bank Sinar Nusantara", "Bank Artha Graha Mulia", "Bank Dana Sentosa Makmur", "Pelabuhan Samudra Jaya",
             "Semen Nusa Perkasa", "Energi Bumi Lestari", "Pupuk Tani Mandiri"])
FEST = pool(["Festival Lembah Purnama", "Festival Layang-Layang Angin Barat", "Festival Kopi Tepi Danau",
             "Festival Budaya Sekar Pesisir", "Festival Perahu Hias Muara Indah", "Festival Kuliner Serambi Rasa"])
APPS = pool(["Lapor Cepat", "Sigap Desa", "Pasar Rakyat Digital", "Sehat Bersama", "Antre Mudah", "Pajak Kita"])
KLINIK = pool(["Klinik Pratama Sehat Sentosa", "Klinik Utama Kasih Ibu Mulia", "Klinik Pratama Medika Bakti",
               "Klinik Pratama Cahaya Husada"])
POSY = pool(["Mawar Indah", "Melati Putih", "Anggrek Bulan", "Kenanga Asri"])
HOTELS = pool(["Hotel Santika Permai", "Hotel Grand Cendana", "Gedung Serbaguna Bhakti Praja", "Balai Sidang Mutiara",
               "Gedung Graha Wicaksana", "Balai Pertemuan Sekar Kedaton", "Hotel Nirwana Indah"])
ASSOC = pool(["Asosiasi Pelaku Wisata Nusantara", "Asosiasi Pustakawan Bhakti Indonesia",
              "Asosiasi Pengusaha Mikro Sejahtera", "Asosiasi Pemerhati Layanan Publik"])
SPONSOR = pool(["PT Telekomunikasi Cakra Nusa", "PT Asuransi Lindung Sentosa", "PT Minyak Sawit Bumi Raya"])





LOCAL = {p["name"]: local_regions(p) for p in reg["provinces"]}
BIG_PROV = [p for p, loc in LOCAL.items() if len(loc) >= 10 and sum(1 for _, k in loc if k) >= 2
            and p != "DKI Jakarta"]


def prov_acc(P):
    bs = [P] + PROV_ALIASES.get(P, [])
    return [f"{h}{b}" for b in bs for h in ("", "Provinsi ", "Pemerintah Provinsi ", "Pemprov ", "Prov ")]


def region_neg(nm, kt):
    lvl = "Kota" if kt else "Kabupaten"
    e = Ent(f"{lvl} {nm}", [nm, f"{lvl} {nm}", f"Pemerintah {lvl} {nm}", f"Pemkab {nm}", f"Pemkot {nm}",
                             f"Kab {nm}"], nm)
    return e


# ---- the givers -------------------------------------------------------------------------------------------------
def inst(full, ab, official, extra=()):
    acc = [full, ab, f"{full} ({ab})", *extra]
    e = Ent(rng.choice([f"{full} ({ab})", full, ab]), acc, ab)
    e.official = official
    return e


def prov_unit(full, ab, P, official):
    bs = [P] + PROV_ALIASES.get(P, [])
    acc = [f"{h} {m}{b}" for h in (full, ab, f"{full} ({ab})") for m in ("Provinsi ", "") for b in bs]
    e = Ent(rng.choice([f"{full} Provinsi {P}", f"{full} ({ab}) Provinsi {P}"]), acc, f"{ab} {P}")
    e.official = f"{official} Provinsi {P}"
    return e


def pemprov(P):
    e = Ent(rng.choice([f"Pemerintah Provinsi {P}", f"Pemprov {P}"]), prov_acc(P), P)
    e.official = f"Gubernur {P}"
    return e


GIVERS = {
    "kemenpar": lambda P: inst("Kementerian Pariwisata", "Kemenpar", "Menteri Pariwisata", ["Kementerian Pariwisata RI"]),
    "dispar": lambda P: prov_unit("Dinas Pariwisata", "Dispar", P, "Kepala Dinas Pariwisata"),
    "perpusnas": lambda P: inst("Perpustakaan Nasional", "Perpusnas", "Kepala Perpustakaan Nasional",
                                ["Perpustakaan Nasional RI", "Perpusnas RI", "Perpustakaan Nasional Republik Indonesia"]),
    "dispusip": lambda P: prov_unit("Dinas Perpustakaan dan Kearsipan", "Dispusip", P,
                                    "Kepala Dinas Perpustakaan dan Kearsipan"),
    "kemendikdasmen": lambda P: inst("Kementerian Pendidikan Dasar dan Menengah", "Kemendikdasmen",
                                     "Menteri Pendidikan Dasar dan Menengah"),
    "disdik": lambda P: prov_unit("Dinas Pendidikan", "Disdik", P, "Kepala Dinas Pendidikan"),
    "kemenkes": lambda P: inst("Kementerian Kesehatan", "Kemenkes", "Menteri Kesehatan", ["Kementerian Kesehatan RI"]),
    "dinkes": lambda P: prov_unit("Dinas Kesehatan", "Dinkes", P, "Kepala Dinas Kesehatan"),
    "pemprov": pemprov,
    "kemendes": lambda P: inst("Kementerian Desa dan Pembangunan Daerah Tertinggal", "Kemendes PDT",
                               "Menteri Desa dan Pembangunan Daerah Tertinggal", ["Kemendes"]),
    "kemenkop": lambda P: inst("Kementerian Koperasi", "Kemenkop", "Menteri Koperasi", ["Kementerian Koperasi RI"]),
    "komdigi": lambda P: inst("Kementerian Komunikasi dan Digital", "Komdigi", "Menteri Komunikasi dan Digital"),
}

# ---- the awards (invented): categories with the kinds that fit them ----------------------------------------------
AWARDS = {
    "wisata": dict(name="Anugerah Pesona Destinasi Cemerlang", givers=["kemenpar", "dispar"], noun="destinasi",
                   cats=[("Destinasi Wisata Alam", ["pantai", "danau", "airterjun", "bukit"]),
                         ("Daya Tarik Wisata Buatan", ["taman"]), ("Desa Wisata Berkembang", ["desawisata"]),
                         ("Wisata Bahari", ["pantai"]), ("Wisata Tirta", ["danau", "airterjun"]),
                         ("Wisata Petualangan", ["bukit", "airterjun"])]),
    "pustaka": dict(name="Anugerah Pustaka Bhakti Nusantara", givers=["perpusnas", "dispusip"], noun="peserta",
                    cats=[("Perpustakaan Umum", ["perpusda"]), ("Perpustakaan Desa", ["perpusdes"]),
                          ("Perpustakaan Sekolah", ["perpussek"]), ("Taman Bacaan Masyarakat", ["tbm"]),
                          ("Pustakawan Berprestasi", ["pustakawan"])]),
    "sekolah": dict(name="Penghargaan Satuan Pendidikan Unggul Cendekia Mandala", givers=["kemendikdasmen", "disdik"],
                    noun="lembaga pendidikan",
                    cats=[("Sekolah Menengah Atas", ["sma"]), ("Madrasah", ["man"]), ("Sekolah Dasar", ["sd"]),
                          ("Perguruan Tinggi", ["univ"]), ("Pendidikan Vokasi", ["poltek"])]),
    "sehat": dict(name="Anugerah Layanan Kesehatan Prima Husada", givers=["kemenkes", "dinkes"], noun="fasilitas "
                  "kesehatan",
                  cats=[("Rumah Sakit Daerah", ["rsud"]), ("Puskesmas Rawat Inap", ["puskesmas"]),
                        ("Puskesmas Non Rawat Inap", ["uptd"]), ("Klinik Pratama", ["klinik"]),
                        ("Posyandu Aktif", ["posyandu"])]),
    "desa": dict(name="Penghargaan Desa Bersinar Mandala", givers=["pemprov", "kemendes"], noun="desa dan kelurahan",
                 cats=[("Desa Mandiri", ["desa", "nagari", "gampong", "kampung"]), ("Kelurahan Inovatif", ["kelurahan"]),
                       ("Desa Tangguh Bencana", ["desa", "nagari", "gampong", "kampung"])]),
    "ekonomi": dict(name="Anugerah Penggerak Ekonomi Rakyat Saudagar Nusa", givers=["kemenkop", "pemprov"],
                    noun="pelaku usaha",
                    cats=[("UMKM Kuliner", ["umkm"]), ("Koperasi Berprestasi", ["koperasi"]),
                          ("BUMDes Terbaik", ["bumdes"]), ("Kelompok Tani Inovatif", ["poktan"]),
                          ("Pokdarwis Teladan", ["pokdarwis"]), ("Korporasi Pendukung UMKM", ["bank", "pt"])]),
    "event": dict(name="Anugerah Event Budaya Gemilang", givers=["kemenpar", "dispar"], noun="festival",
                  cats=[("Festival Budaya Terbaik", ["festival"]), ("Event Kuliner Terpopuler", ["festival"]),
                        ("Event Wisata Bahari", ["festival"])]),
    "digital": dict(name="Anugerah Inovasi Digital Citra Praja", givers=["komdigi", "pemprov"], noun="aplikasi",
                    cats=[("Aplikasi Layanan Publik", ["app"]), ("Aplikasi Ekonomi Digital", ["app"]),
                          ("Aplikasi Kesehatan", ["app"])]),
}
for _k, _A in AWARDS.items():
    assert _free(_A["name"]), _k
FAMILY_AWARDS = {"K01": ["wisata"], "K02": ["pustaka"], "K03": ["sekolah"], "K04": ["sehat", "desa"],
                 "K05": ["ekonomi", "ekonomi", "event", "digital"]}
INHERENT = {"perpusda", "sma", "man", "poltek", "rsud"}  # the name holds its region: no location told
PERSONS = {"pustakawan"}


# ---- one text's names -------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, P):
        self.P = P
        self.taken = [P] + PROV_ALIASES.get(P, [])
        self.pool = list(LOCAL[P])
        rng.shuffle(self.pool)
        self.bags = {}
        self.used = set()
        self.negs = []

    def take(self, name, xs):
        bag = self.bags.setdefault(name, rng.sample(xs, len(xs)))
        return bag.pop()

    def region(self, want=None):
        return fresh_region(self.pool, self.taken, want)

    def person(self):
        for i in range(500):
            nm = person(rng)
            if nm not in self.used and (i > 100 or not any(nm.split()[-1] == u.split()[-1] for u in self.used)):
                self.used.add(nm)
                return nm
        raise RuntimeError("no fresh name")

    def loc(self):
        nm, kt = self.region()
        e = region_neg(nm, kt)
        self.negs.append(e)
        return f"{'Kota' if kt else 'Kabupaten'} {nm}"

    def make(self, kind):
        """an invented recipient of ``kind``: surface, accepted names, the head who could receive for it"""
        head, kec = None, None
        if kind in ("pantai", "danau", "airterjun", "bukit", "taman"):
            n = self.take("dest", DEST)
            pre = {"pantai": "Pantai", "danau": "Danau", "airterjun": "Air Terjun", "bukit": "Bukit",
                   "taman": "Taman Wisata"}[kind]
            s = f"{pre} {n}"
            acc, head = [s, f"Objek Wisata {s}", f"Destinasi {s}"], f"pengelola {s}"
        elif kind == "desawisata":
            n = self.take("vill", VILL)
            s = f"Desa Wisata {n}"
            acc, head = [s], f"Kepala Desa {n}"
        elif kind == "perpusda":
            nm, kt = self.region(False)
            s = f"Perpustakaan Umum Daerah Kabupaten {nm}"
            acc = [s, f"Perpustakaan Umum Daerah {nm}", f"Perpustakaan Daerah Kabupaten {nm}"]
            head = f"Kepala {s}"
            self.negs.append(region_neg(nm, False))
        elif kind == "perpusdes":
            n = self.take("vill", VILL)
            s = f"Perpustakaan Desa {n}"
            acc, head = [s], f"pengelola {s}"
        elif kind == "perpussek":
            n = self.take("vill", VILL)
            lv, ab = rng.choice([("SD Negeri", "SDN"), ("SMP Negeri", "SMPN")])
            k = rng.randint(1, 5)
            s = f"Perpustakaan {lv} {k} {n}"
            acc, head = [s, f"Perpustakaan {ab} {k} {n}"], f"Kepala {lv} {k} {n}"
        elif kind == "tbm":
            n = self.take("dest", DEST)
            s = rng.choice([f"Taman Baca {n}", f"Taman Baca Masyarakat {n}"])
            acc, head = [s, f"Taman Baca {n}", f"Taman Baca Masyarakat {n}", f"Taman Bacaan {n}", f"TBM {n}"], \
                f"pengelola {s}"
        elif kind == "pustakawan":
            nm = self.person()
            s = titled(rng, nm, npre=rng.choice([0, 1]), npost=0)
            e = Ent(s, [nm, s], nm)
            e.kind, e.head = kind, None
            e.work = f"Perpustakaan Desa {self.take('vill', VILL)}"
            return e
        elif kind == "sma":
            nm, kt = self.region()
            k = rng.randint(1, 5)
            s = f"SMA Negeri {k} {nm}"
            acc, head = [s, f"SMAN {k} {nm}"], f"Kepala {s}"
            self.negs.append(region_neg(nm, kt))
        elif kind == "man":
            nm, kt = self.region()
            k = rng.randint(1, 4)
            s = f"MAN {k} {nm}"
            acc, head = [s, f"Madrasah Aliyah Negeri {k} {nm}"], f"Kepala {s}"
            self.negs.append(region_neg(nm, kt))
        elif kind == "sd":
            n = self.take("vill", VILL)
            k = rng.randint(1, 6)
            s = rng.choice([f"SD Negeri {k} {n}", f"SDN {k} {n}"])
            acc, head = [f"SD Negeri {k} {n}", f"SDN {k} {n}"], f"Kepala Sekolah {s}"
        elif kind == "univ":
            s = self.take("univ", UNIV)
            acc, head = [s], f"Rektor {s}"
        elif kind == "poltek":
            nm, kt = self.region(True)
            s = f"Politeknik Negeri {nm}"
            acc, head = [s], f"Direktur {s}"
            self.negs.append(region_neg(nm, kt))
        elif kind == "rsud":
            nm, kt = self.region()
            s = f"RSUD Kota {nm}" if kt else rng.choice([f"RSUD {nm}", f"RSUD Kabupaten {nm}"])
            lvl = "Kota" if kt else "Kabupaten"
            acc = [s, f"RSUD {nm}", f"RSUD {lvl} {nm}", f"Rumah Sakit Umum Daerah {nm}",
                   f"Rumah Sakit Umum Daerah {lvl} {nm}"]
            head = f"Direktur {s}"
            self.negs.append(region_neg(nm, kt))
        elif kind in ("puskesmas", "uptd"):
            n = self.take("vill", VILL)
            s = f"Puskesmas {n}" if kind == "puskesmas" else f"UPTD Puskesmas {n}"
            acc, head = [f"Puskesmas {n}", f"UPTD Puskesmas {n}"], f"Kepala Puskesmas {n}"
        elif kind == "klinik":
            s = self.take("klinik", KLINIK)
            acc, head = [s], f"pimpinan {s}"
        elif kind == "posyandu":
            s = f"Posyandu {self.take('posy', POSY)}"
            acc, head = [s], f"kader {s}"
        elif kind in ("desa", "kelurahan", "nagari", "gampong", "kampung"):
            if {"nagari": "Sumatera Barat", "gampong": "Aceh"}.get(kind, self.P) != self.P:
                kind = "desa"  # a nagari or gampong only in its own province
            n = self.take("vill", VILL)
            pre = {"desa": "Desa", "kelurahan": "Kelurahan", "nagari": "Nagari", "gampong": "Gampong",
                   "kampung": "Kampung"}[kind]
            s = f"{pre} {n}"
            acc = [s, n, f"Pemerintah {s}"] + ([f"Pemdes {n}"] if kind == "desa" else [])
            head = {"desa": "Kepala Desa", "kelurahan": "Lurah", "nagari": "Wali Nagari", "gampong": "Keuchik",
                    "kampung": "Kepala Kampung"}[kind] + f" {n}"
            kec = self.take("kec", KEC)
        elif kind == "umkm":
            n = self.take("umkm", UMKM)
            s = rng.choice([n, f"UMKM {n}"])
            acc, head = [n, f"UMKM {n}"], f"pemilik {s}"
        elif kind == "koperasi":
            s = self.take("kop", KOPERASI)
            acc, head = [s], f"Ketua {s}"
        elif kind == "bumdes":
            n = self.take("bumdes", BUMDES)
            s = f"BUMDes {n}"
            acc, head = [s, f"Badan Usaha Milik Desa {n}", f"BUM Desa {n}"], f"Direktur {s}"
        elif kind == "poktan":
            n = self.take("poktan", POKTAN)
            s = f"Kelompok Tani {n}"
            acc, head = [s, f"Poktan {n}"], f"Ketua {s}"
        elif kind == "pokdarwis":
            n = self.take("pokdarwis", POKDARWIS)
            s = f"Pokdarwis {n}"
            acc, head = [s, f"Kelompok Sadar Wisata {n}", f"Kelompok Sadar Wisata (Pokdarwis) {n}"], f"Ketua {s}"
        elif kind in ("bank", "pt"):
            c = self.take("comp", [x for x in COMP if x.startswith("Bank")] if kind == "bank" else
                          [x for x in COMP if not x.startswith("Bank")])
            s = rng.choice([f"PT {c} (Persero) Tbk", f"PT {c} Tbk"] + ([c] if kind == "bank" else []))
            acc = [s, f"PT {c} (Persero) Tbk", f"PT {c} Tbk", f"PT {c}", c, f"{c} Tbk", f"PT {c} Persero",
                   f"{c} (Persero) Tbk"]
            head = f"Direktur Utama PT {c}"
        elif kind == "festival":
            s = self.take("fest", FEST)
            acc, head = [s], f"Ketua Panitia {s}"
        elif kind == "app":
            n = self.take("app", APPS)
            s = f'aplikasi "{n}"'
            acc, head = [n, f"aplikasi {n}", f"Aplikasi {n}"], None
            e = Ent(s, acc, n)
            e.kind, e.head = kind, None
            return e
        else:
            raise ValueError(kind)
        e = Ent(s, acc, s)
        e.kind, e.head, e.kec = kind, head, kec
        return e


# ---- checking ---------------------------------------------------------------------------------------------------
NUMS = {"pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "i": 1, "ii": 2, "iii": 3, "1": 1, "2": 2, "3": 3}
LEVEL_PREFIX = {"kategori", "predikat", "untuk", "bidang"}


def rank_num(s):
    toks = norm(s or "").replace("ke ", "").split()
    return next((NUMS[t] for t in toks if t in NUMS), None)


def strip_prefix(s):
    t = norm(s or "").split()
    while t and t[0] in LEVEL_PREFIX:
        t = t[1:]
    return " ".join(t)


near = near_name  # (see common.py)
INFO = collections.Counter()


def check_fields(e, a, w, problems, info):
    who = f"{e.short} {w['year']}"
    if tokf1(w["name"], a.name) < 0.5:
        problems.append(f"name: {who} expected {w['name']!r}, got {a.name!r}")
    if w["cat"] is None:
        if a.category is not None:
            problems.append(f"category-spurious: {who} expected None, got {a.category!r}")
    elif strip_prefix(a.category) != norm(w["cat"]) and tokf1(w["cat"], strip_prefix(a.category)) < 0.8:
        problems.append(f"category: {who} expected {w['cat']!r}, got {a.category!r} (grade={a.grade!r})")
    if w["rank"] is None:
        if a.grade is not None:
            problems.append(f"grade-spurious: {who} expected None, got {a.grade!r}")
    elif rank_num(a.grade) != w["rank"]:
        problems.append(f"grade: {who} expected Juara {w['rank']}, got {a.grade!r}")
    giver_and_handover(a, w, who, problems, info)


def finish(slots, text, pub, exp, negs):
    return record_case(g, INFO, near, check_fields, slots, text, pub, exp, negs)


# ---- one case ---------------------------------------------------------------------------------------------------
RANKTXT = {1: ["Juara 1", "Juara I", "juara pertama"], 2: ["Juara 2", "Juara II", "juara kedua"],
           3: ["Juara 3", "Juara III", "juara ketiga"]}
QUOTES = ["Penghargaan ini menjadi penyemangat untuk terus berbenah dan melayani lebih baik",
          "Kami berharap capaian ini mendorong yang lain untuk ikut berinovasi",
          "Penilaian tahun ini cukup ketat, dan para pemenang layak mendapatkannya"]


class Case:
    def __init__(self, fam, award, sl):
        self.fam, self.award, self.A = fam, award, AWARDS[award]
        # villages: Sumatera Barat (nagari) and Aceh (gampong) more often
        self.P = rng.choice(BIG_PROV + ["Sumatera Barat", "Aceh"] * 3 if award == "desa" else BIG_PROV)
        self.ctx = Ctx(self.P)
        self.Y = rng.choice([2023, 2024])
        self.sl = sl
        self.giver = GIVERS[rng.choice(self.A["givers"])](self.P)
        self.giver_named = sl["giver"] == "named"
        self.giver_check = True
        self.yr = {"tahun": f"tahun {self.Y}", "bare": f"{self.Y}", "Tahun": f"Tahun {self.Y}"}[sl["yform"]]
        self.negs = [Ent(f"Provinsi {self.P}", prov_acc(self.P), self.P)]
        self.date = self.place = None
        self.rb = None

    def base(self):
        return f"{self.A['name']} {self.yr}"

    def GV(self):
        return f" dari {self.giver.surface}" if self.giver_named else ""

    def R(self, w):
        """a winner as written in a list, with its location as the slot says"""
        mode = w.locmode
        if w.kind in PERSONS:
            if mode == "bracket":
                return f"{w.surface} (pustakawan {w.work})"
            if mode == "di":
                return f"pustakawan {w.surface} dari {w.work}"
            if mode == "asal":
                return f"pustakawan {w.surface} asal {w.loc}"
            return f"pustakawan {w.surface}"
        if mode == "none":
            return w.surface
        where = w.loc if not w.kec else f"Kecamatan {w.kec}, {w.loc}"
        if mode == "bracket":
            return f"{w.surface} ({where})"
        if mode == "di":
            return f"{w.surface} di {where}"
        return f"{w.surface} asal {where}"

    def winners(self, n, level):
        """n winners: their entities with category and rank as the level sets them"""
        cats = self.A["cats"]
        out = []
        if level == "cat":
            cs = rng.sample(cats, min(n, len(cats)))
            for cat, kinds in cs:
                out.append((self.ctx.make(rng.choice(kinds)), cat, None))
        elif level == "rank":
            cat, kinds = rng.choice(cats)
            self.rank_cat = cat
            for r in range(1, n + 1):
                out.append((self.ctx.make(rng.choice(kinds)), cat, r))
        else:
            kinds = sorted({k for _, ks in cats for k in ks})
            for _ in range(n):
                out.append((self.ctx.make(rng.choice(kinds)), None, None))
        for w, _, _ in out:
            mode = self.sl["loc"]
            if w.kind in INHERENT or (w.kind == "app"):
                mode = "none"
            w.locmode = mode
            w.loc = self.ctx.loc() if mode != "none" else None
            if w.kind in PERSONS and mode in ("bracket", "di"):
                self.negs.append(Ent(w.work, [w.work], w.work))
        return out


def lines_list(items, style):
    if style == "num":
        return "\n".join(f"{i + 1}. {x}" for i, x in enumerate(items))
    return "\n".join(f"{style} {x}" for x in items)


SHAPES = {"none": ["single", "comma", "yakni", "kepada", "diraih", "lines"],
          "cat": ["single", "percat", "inline", "lines"],
          "rank": ["single", "ranksent", "disusul", "lines"]}


def body(c, level, shape):
    """the winners' sentences: (paragraphs, winners [(ent, cat, rank)])"""
    A, B, GV = c.A, c.base(), c.GV()
    n = 1 if shape == "single" else (rng.choice([2, 3, 4]) if level == "none" else
                                     rng.choice([2, 3]) if level == "rank" else rng.choice([2, 3, 3]))
    W = c.winners(n, level)
    Rs = [c.R(w) for w, _, _ in W]
    noun = A["noun"]
    if level == "none":
        if shape == "single":
            verb = rng.choice(["meraih", "menerima", "berhasil meraih", "dianugerahi"])
            return [[f"{Rs[0]} {verb} {B}{GV}."]], W
        if shape == "comma":
            return [[f"{lst(rng, Rs)} {rng.choice(['meraih', 'berhasil meraih', 'menerima'])} {B}{GV}."]], W
        if shape == "yakni":
            num = {2: "dua", 3: "tiga", 4: "empat"}[n]
            return [[f"{cap(B)}{GV} diraih oleh {num} {noun}, yakni {lst(rng, Rs)}."]], W
        if shape == "kepada":
            if c.giver_named:
                return [[f"{c.giver.surface} {rng.choice(['memberikan', 'menyerahkan'])} {B} kepada {lst(rng, Rs)}."]], W
            return [[f"{cap(B)} diberikan kepada {lst(rng, Rs)}."]], W
        if shape == "diraih":
            return [[f"Tahun ini, {B}{GV} diraih {lst(rng, Rs)}."]], W
        style = rng.choice(["-", "•", "num"])
        return [[f"Berikut daftar penerima {B}{GV}:\n" + lines_list(Rs, style)]], W
    if level == "cat":
        if shape == "single":
            (w, cat, _), = W
            s = rng.choice([f"{Rs[0]} meraih {B}{GV} untuk kategori {cat}.",
                            f"{Rs[0]} meraih {B} kategori {cat}{GV}.",
                            f"Untuk kategori {cat}, {B}{GV} diraih {Rs[0]}."])
            return [[s]], W
        if shape == "percat":
            lead = f"{cap(B)}{GV} diberikan untuk {len(W)} kategori."
            forms = [lambda r, k: f"Kategori {k} diraih {r}.",
                     lambda r, k: f"Untuk kategori {k}, penghargaan jatuh kepada {r}.",
                     lambda r, k: f"Sementara itu, kategori {k} diraih oleh {r}."]
            ss = [forms[min(i, 2)](r, k) for i, (r, (_, k, _)) in enumerate(zip(Rs, W))]
            return [[lead] + ss], W
        if shape == "inline":
            parts = [f"{r} untuk kategori {k}" for r, (_, k, _) in zip(Rs, W)]
            if rng.random() < 0.5:
                return [[f"Penerima {B}{GV} adalah {lst(rng, parts, ', serta ')}."]], W
            return [[f"{parts[0].replace(' untuk kategori ', ' meraih kategori ', 1)} dalam {B}{GV}, "
                     f"sedangkan {lst(rng, parts[1:], ' dan ')}."]], W
        lines = [f"- Kategori {k}: {r}" for r, (_, k, _) in zip(Rs, W)]
        return [[f"Berikut para peraih {B}{GV}:\n" + "\n".join(lines)]], W
    # ranks in one category
    cat = W[0][1]
    rt = {r: rng.choice(RANKTXT[r]) for r in (1, 2, 3)}
    if shape == "single":
        (w, _, r), = W
        r = rng.randint(1, 3)
        W = [(w, cat, r)]
        s = rng.choice([f"{Rs[0]} meraih {rt[r]} kategori {cat} pada {B}{GV}.",
                        f"Pada {B}{GV}, {Rs[0]} keluar sebagai {rt[r]} untuk kategori {cat}."])
        return [[s]], W
    if shape == "ranksent":
        parts = [f"{rt[r]} diraih {x}" for x, (_, _, r) in zip(Rs, W)]
        return [[f"Untuk kategori {cat} pada {B}{GV}, {lst(rng, parts, ', sedangkan ')}."]], W
    if shape == "disusul":
        more = [f"{x} sebagai {rt[r]}" for x, (_, _, r) in zip(Rs[1:], W[1:])]
        return [[f"{Rs[0]} keluar sebagai {rt[1]} kategori {cat} dalam {B}{GV}, disusul {lst(rng, more, ' dan ')}."]], W
    lines = [f"{cap(rt[r])}: {x}" for x, (_, _, r) in zip(Rs, W)]
    return [[f"Pemenang {B}{GV} untuk kategori {cat}:\n" + "\n".join(lines)]], W


def day(d):
    return rng.choice([f"{DAYS[d.weekday()]} ({d.day}/{d.month}/{d.year})", f"{DAYS[d.weekday()]} ({d.day}/{d.month})",
                       f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"])


def ceremony(c, venue=None):
    d = c.pub - timedelta(days=rng.randint(0, 3))
    venue = venue or rng.choice(HOTELS)
    c.date, c.place = d, venue
    c.negs.append(Ent(venue, [venue, f"{venue} Jakarta"], venue))
    who = f" oleh {c.giver.official}" if c.giver_named and rng.random() < 0.5 else ""
    return f"Penyerahan penghargaan berlangsung di {venue}, Jakarta, {day(d)}{who}."


def quote(c, W):
    q1, q2 = rng.choice([("“", "”"), ('"', '"')])
    nm = c.ctx.person()
    c.negs.append(Ent(nm, [nm], nm))
    # the giver's official only where the giver is named (else the official would tell the giver)
    role = c.giver.official if c.giver_named else rng.choice(["Ketua Dewan Juri", "Ketua Tim Penilai"])
    return end(f"{q1}{rng.choice(QUOTES)},{q2} kata {role}, {tname(nm)}")


# ---- the distractors of K06 -------------------------------------------------------------------------------------
K06_VARIANTS = ["venue_lead", "jury", "nominee", "finalis", "visited", "sponsor", "past_noyear", "official"]


def distractor(c, v, W):
    """(sentence, where: 'before' / 'after') of a name that is no recipient"""
    kinds = [w.kind for w, _, _ in W]
    if v == "venue_lead":
        venue = rng.choice(HOTELS)
        c.negs.append(Ent(venue, [venue], venue))
        d = c.pub - timedelta(days=rng.randint(0, 3))
        c.date, c.place = d, venue
        return f"Bertempat di {venue}, {day(d)}, malam puncak {c.A['name']} {c.yr} berlangsung meriah.", "before"
    if v == "jury":
        a = rng.choice(ASSOC)
        u = rng.choice(UNIV)
        if any(w.surface == u for w, _, _ in W):
            u = None
        c.negs.append(Ent(a, [a], a))
        if u:
            c.negs.append(Ent(u, [u], u))
        c.giver_check = c.giver_check if c.giver_named else "skip"
        jur = f"dewan juri dari {a}" + (f" dan akademisi {u}" if u else "")
        return f"Penilaian dilakukan oleh {jur} melalui verifikasi lapangan.", rng.choice(["before", "after"])
    if v in ("nominee", "finalis", "visited", "past_noyear"):
        k = rng.choice(kinds)
        if k in PERSONS and v == "visited":
            k = "perpusdes"  # a place is visited, not a librarian
        z = c.ctx.make(k)
        c.negs.append(z)
        zs = z.surface
        if v == "nominee":
            return rng.choice([f"Adapun {zs} yang juga masuk nominasi belum berhasil meraih penghargaan tersebut.",
                               f"Sementara itu, {zs} hanya masuk nominasi."]), "after"
        if v == "finalis":
            fin = ", ".join(w.surface for w, _, _ in W) + f", dan {zs}"
            return f"Sebelumnya, panitia menetapkan {len(W) + 1} finalis, yaitu {fin}.", "before"
        if v == "visited":
            where = "" if z.kind in INHERENT or z.kind in PERSONS else f" di {c.ctx.loc()}"
            return f"Dalam rangkaian acara, para peserta juga mengunjungi {zs}{where}.", "after"
        return rng.choice([f"Pada penyelenggaraan sebelumnya, penghargaan serupa diraih {zs}.",
                           f"Pada edisi sebelumnya, gelar tersebut jatuh kepada {zs}."]), "after"
    if v == "sponsor":
        s = rng.choice(SPONSOR)
        c.negs.append(Ent(s, [s, s[3:]], s))
        return f"Ajang ini didukung {s} sebagai sponsor utama.", rng.choice(["before", "after"])
    # an official who spoke
    nm = c.ctx.person()
    c.negs.append(Ent(nm, [nm], nm))
    loc = c.ctx.loc()
    q1, q2 = rng.choice([("“", "”"), ('"', '"')])
    return end(f"{q1}Kami mengapresiasi para pemenang dan berharap mereka menjadi contoh,{q2} ujar Sekretaris Daerah "
               f"{loc}, {tname(nm)}"), "after"


# ---- the plan ---------------------------------------------------------------------------------------------------
FAMS = ["K01_destinations", "K02_libraries", "K03_schools", "K04_health_villages", "K05_business_events",
        "K06_distractors"]
PER = 40
plan = [(f, i) for f in FAMS for i in range(PER)]
N = len(plan)
S = dict(level=balanced(["none", "none", "cat", "rank"], N), loc=balanced(["bracket", "di", "asal", "none"], N),
         giver=balanced(["named", "none"], N), tail=balanced(["none", "ceremony", "quote"], N),
         yform=balanced(["tahun", "bare", "Tahun"], N), rb=balanced(["no", "yes"], N))
shape_i = collections.Counter()

for i, (fam, fi) in enumerate(plan):
    sl = {k: v[i] for k, v in S.items()}
    key = fam[:3]
    if key == "K06":
        base = FAMS[fi % 5][:3]
        variant = K06_VARIANTS[fi % len(K06_VARIANTS)]
    else:
        base, variant = key, None
    award = FAMILY_AWARDS[base][fi % len(FAMILY_AWARDS[base])]
    c = Case(fam, award, sl)
    c.pub = date(c.Y, rng.randint(9, 12), rng.randint(10, 28))
    level = sl["level"]
    shapes = SHAPES[level]
    shape = shapes[shape_i[(fam, level)] % len(shapes)]
    shape_i[(fam, level)] += 1
    paras, W = body(c, level, shape)
    paras = [[cap(x) for x in p] for p in paras]
    if "\n" in paras[-1][-1]:
        paras.append([])  # the sentences after lines go to their own paragraph
    # received_by: a single body winner only
    rb_slot = "n/a"
    if len(W) == 1 and W[0][0].head:
        rb_slot = sl["rb"]
        if rb_slot == "yes":
            nm = c.ctx.person()
            c.rb = nm
            c.negs.append(Ent(nm, [nm], nm))
            head = W[0][0].head
            paras[-1].append(end(rng.choice([f"Penghargaan diterima langsung oleh {head}, {tname(nm)}",
                                             f"Penghargaan tersebut diterima {head}, {tname(nm)}"])))
    if variant:
        s, where = distractor(c, variant, W)
        if where == "before":
            paras.insert(0, [s])
        else:
            paras[-1].append(s)
    tail = sl["tail"]
    if tail == "ceremony" and c.date is not None:
        tail = "none"
    if tail == "ceremony":
        paras[-1].append(ceremony(c))
    elif tail == "quote":
        paras.append([quote(c, W)])
    text = "\n\n".join(" ".join(p) for p in paras if p) + "\n"
    text = re.sub(r"\.\.(?=\s|$)", ".", text)
    giver = c.giver if c.giver_named else None
    if c.giver_check == "skip":
        giver = "skip"
    exp = [(w, [dict(year=c.Y, name=c.A["name"], cat=cat, rank=r, giver=giver, rb=c.rb if len(W) == 1 else None,
                     date=c.date, place=c.place)]) for w, cat, r in W]
    negs = list(c.negs) + list(c.ctx.negs) + [c.giver]
    slots = dict(family=fam, award=award, level=level, shape=f"{level}.{shape}", loc=sl["loc"],
                 giver="named" if c.giver_named else "none", tail=tail, rb=rb_slot, yform=sl["yform"])
    if variant:
        slots["k06"] = variant
    good = finish(slots, text, c.pub, exp, negs)
    for k in sorted({w.kind for w, _, _ in W}):
        g.bump(f"kind={k}", good)

g.report()
if not os.environ.get("PROBE_QUIET"):
    print("   info (not failing):", dict(INFO.most_common()))
if os.environ.get("G17_DUMP"):  # every text, for reading the grid's own Indonesian
    with open(os.environ["G17_DUMP"], "w") as f:
        for t, (tag, good, probs) in g.outcomes.items():
            f.write(f"[{tag}] {'OK' if good else 'FAIL'} {probs}\n{t}\n")
