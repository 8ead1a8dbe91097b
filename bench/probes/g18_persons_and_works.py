"""Grid 18: PERSONS and WORKS as award recipients, in mini-articles the way Indonesian news writes them about
artists, musicians, bands, actors, writers, athletes, teachers, nurses, farmers, village cadres, journalists,
environmental figures and entrepreneurs (mostly with no official's title before the name), and about films, songs,
albums, books, dances and apps that win.
Slot families (40 cases each):
  P01 name forms  one person wins; the name is written bare ("Rina Astuti meraih .."), after a role word ("penulis X",
                  "atlet panahan X", "pegiat lingkungan X"), with its origin in brackets ("X (Garut)", "X (Garut, Jawa
                  Barat)"), with an apposition after ("X, guru SD Negeri 2 Y, .."), with degrees after and no title
                  ("X, S.Pd., .."), with a nickname / stage name in quotes ('Rina "Ririn" Astuti', 'X alias "Ririn"'),
                  or as a mononym (one-word name, with a role word or an origin)
  P02 clause      the sentence that ties a person to the award: subject + verb (meraih / menerima / memboyong /
                  menyabet / dianugerahi), passive ("diraih oleh", "jatuh kepada", "diberikan kepada", the giver
                  "memberikan .. kepada"), "keluar sebagai pemenang", "dinobatkan sebagai", category first
                  ("Kategori A: X."; "Untuk kategori A, penghargaan diraih X"), two or three joint winners in one
                  category ("diraih bersama oleh X dan Y")
  P03 lists       2-6 persons after "yakni", "antara lain", "di antaranya", a colon, as a comma subject, one sentence
                  per category, numbered or bulleted lines ("1. Kategori A: Name (Origin)"); items bare, with a role
                  word, an origin, degrees, a stage name, and mononyms mixed in
  P04 works       a film / song / album / book / dance / app wins, quoted or capitalised, its maker credited after
                  ("film X karya sutradara Y", "lagu X yang dibawakan Y", "novel X karya Y", "tari X garapan Sanggar
                  Z", 'aplikasi "X" yang dikembangkan Y'); the maker is no recipient, unless the text says the maker
                  won a category too (then the maker has that record as well)
  P05 named again one to three winners, then named again by first name, surname or nickname ("Rina mengaku bangga ..",
                  '".." kata Astuti.', "Bagi Rina, ..", the winner's own earlier win told without a year)
  P06 distractors winners next to persons who win nothing: jury members, presenters / hosts, nominees ("masuk
                  nominasi"), finalists (the winner among them), an official who handed the award over, an official
                  who spoke, a person quoted, a past winner told without a year, people in a photo caption, the
                  maker of a winning work talked about again
Other slots (balanced): the award's domain (music, film, literature, sport, teachers, health workers, farmers, village
cadres, journalists, environment, entrepreneurs, dance/culture, digital), the level (none / a category per winner),
the clause shape, the giver named or not, a tail (none / a ceremony with day and venue / a background sentence with a
count), the year's form ("tahun 2024" / "2024" / "Tahun 2024").
Expected per winner: exactly one award, name = the invented award's name (token F1 >= 0.5), year, category as the
text sets it (none where it sets none), no grade, giver = the institution where named (none where none is named; not
checked where only its official is named), received_by none (persons and works alike: no text says who took a work's
trophy). Nothing for the jury, hosts, nominees, finalists who did not win, officials, quoted persons, past winners
without a year, people in captions, makers of works (unless they won too), places of work in appositions, origins,
the province, the giver, venues. Date and place are information only."""
import random
from datetime import date, timedelta
from functools import partial

from common import *
from common import lst as _lst

rng = random.Random(1818)
g = Grid("g18_persons_and_works")
balanced = partial(spread_evenly, rng=rng)  # (see common.py)

_REGION_NAMES = KAB + KOTA + PROV
_REGION_WORDS = {w for r in _REGION_NAMES for w in norm(r).split()}


def _free(s):
    """no region name inside this invented name (as whole words)"""
    n = f" {norm(s)} "
    return not any(f" {norm(r)} " in n for r in _REGION_NAMES)


def _free_word(s):
    """a one-word name that is no word of any region's name"""
    return norm(s) not in _REGION_WORDS


def lst(rng, items, sep=None):
    """a list in prose: two items joined by "dan" alone"""
    if len(items) == 2:
        return f"{items[0]} dan {items[1]}"
    return _lst(rng, items, sep)


def tname(nm):
    """an official's name with at most one title before it"""
    return titled(rng, nm, npre=rng.choice([0, 1]), npost=rng.choice([0, 1, 1, 2]))


def pool(xs, word=False):
    out = [x for x in xs if _free(x) and (not word or _free_word(x))]
    assert len(out) >= 3 and len(out) >= len(xs) - 3, (xs, out)
    return out


# ---- name pools (invented people) ----------------------------------------------------------------------------------
FIRST_ALL = pool(FIRST + ["Ayu", "Bayu", "Citra", "Dimas", "Intan", "Kadek", "Putu", "Asep", "Euis", "Galih", "Laras",
                          "Mega", "Novi", "Rizky", "Tiara", "Yanti", "Zulkifli", "Andreas", "Maya", "Ilham"], True)
LAST_ALL = pool(LAST + ["Anggraini", "Ramadhani", "Syahputra", "Siregar", "Permana", "Maharani", "Susanti",
                        "Nugroho", "Handayani", "Sembiring", "Tarigan", "Halawa", "Wibisono", "Pangaribuan"], True)
MONO = pool(["Paijo", "Ngatini", "Sumarni", "Tukiyem", "Darsono", "Wagiyo", "Legiman", "Saridin", "Kasmini",
             "Rasimah", "Juminten", "Tarmiji", "Sarkawi", "Kirana", "Arunika", "Nadira", "Senandika", "Bening"], True)
NICKS = pool(["Ririn", "Kiki", "Ucok", "Ocha", "Didi", "Tata", "Jojo", "Uli", "Bebi", "Nana", "Odi", "Cici"], True)
BANDS = pool(["Lentera Kabut", "Rimba Senja", "Payung Pelangi", "Sandyakala", "Angin Utara Trio", "Kopi Pagi",
              "Nyala Semesta", "Perahu Kertas Biru"])

# ---- the works and the bodies named around people ---------------------------------------------------------------
FILMS = pool(["Senja di Ujung Dermaga", "Langit Tak Berbatas", "Rumah di Balik Kabut", "Doa untuk Ayah",
              "Jejak Sang Penjaga Hutan", "Bisik Angin Kemarau", "Pulang Sebelum Hujan", "Surat untuk Laras"])
SONGS = pool(["Rindu di Ujung Malam", "Pulang ke Pelukan Ibu", "Cahaya Sepanjang Jalan", "Sebait Doa untuk Kita",
              "Lentera Hati", "Menanti Fajar Tiba", "Bunga di Tepi Jalan", "Nyanyian Nelayan"])
ALBUMS = pool(["Semesta Kecil", "Ruang Tunggu", "Nyanyian Akar Rumput", "Arah Pulang", "Musim Kemarau Panjang",
               "Peta Jalan Sunyi"])
BOOKS = pool(["Gadis Penjaga Mercusuar", "Surat dari Hulu Sungai", "Kampung di Atas Awan", "Sepatu Merah Laras",
              "Sajak Tanah Basah", "Anak Laut dan Bintang", "Rumah Tanpa Jendela", "Pohon Mangga Nenek"])
DANCES = pool(["Gema Lesung", "Rentak Nelayan", "Sekar Panen", "Jejak Leluhur", "Ombak Tujuh", "Langkah Padi"])
APPS = pool(["SiPintar Desa", "Bidan Siaga", "Gizi Anakku", "Kelas Pelangi", "Tani Cerdas", "Peta Jajan",
             "Lapak Warga", "Sapa Posyandu"])
GAMES = pool(["Petualangan Si Kancil Hijau", "Jelajah Rempah", "Pahlawan Sampah", "Misi Terumbu Karang"])
VILL = pool(["Sukamaju", "Mekarsari", "Tanjung Harapan", "Sidomulyo", "Karangrejo", "Air Putih", "Pandanrejo",
             "Sumbersari", "Tegalrejo", "Lubuk Sakti", "Rejosari", "Mulyoharjo", "Ngadirejo", "Margodadi",
             "Talang Jaya", "Kebon Agung", "Wonokerto", "Gunung Sari", "Suka Damai"])
VILL = [v for v in VILL if not any(clash(v, r) for r in _REGION_NAMES)]
POSY = pool(["Mawar Indah", "Melati Putih", "Anggrek Bulan", "Kenanga Asri"])
POKTAN = pool(["Sri Rejeki", "Sido Makmur", "Tunas Harapan", "Subur Lestari"])
PAPERS = pool(["harian Suara Tepian", "harian Warta Nusa Raya", "portal Kabar Serambi", "televisi Citra Nusa TV"])
BANKSAMPAH = pool(["Bank Sampah Berkah Lestari", "Bank Sampah Hijau Daun", "Komunitas Pantai Bersih",
                   "Komunitas Sahabat Mangrove"])
UMKM = pool(["Keripik Balado Uni Eti", "Batik Tulis Sekar Jagad", "Tenun Ikat Bintang Fajar", "Kopi Bubuk Cap Dua Rusa",
             "Anyaman Pandan Sri Rezeki", "Sambal Roa Oma Lien"])
SANGGAR = pool(["Sanggar Seni Lembayung", "Sanggar Tari Sekar Arum", "Sanggar Budaya Rentak Jaya",
                "Sanggar Seni Cahaya Timur"])
UNIV = pool(["Universitas Insan Cendekia Mandiri", "Universitas Pelita Harapan Bangsa",
             "Universitas Citra Bangsa Mulia", "Politeknik Digital Nusantara Raya"])
CLUBS = pool(["klub Garuda Muda", "klub Tunas Perkasa", "klub Bintang Timur", "klub Elang Samudra"])
CHARS = ["Laras", "Sekar", "Pak Darmo", "Mak Ijah", "Bima", "Wulan"]
VENUES = pool(["Hotel Santika Permai", "Hotel Grand Cendana", "Gedung Serbaguna Bhakti Praja", "Balai Sidang Mutiara",
               "Gedung Graha Wicaksana", "Teater Besar Taman Budaya", "Auditorium Wisma Nusantara"])

LOCAL = {p["name"]: local_regions(p) for p in reg["provinces"]}
BIG_PROV = [p for p, loc in LOCAL.items() if len(loc) >= 10 and sum(1 for _, k in loc if k) >= 2
            and p != "DKI Jakarta"]


def prov_acc(P):
    bs = [P] + PROV_ALIASES.get(P, [])
    return [f"{h}{b}" for b in bs for h in ("", "Provinsi ", "Pemerintah Provinsi ", "Pemprov ", "Prov ")]


def region_neg(nm, kt):
    lvl = "Kota" if kt else "Kabupaten"
    return Ent(f"{lvl} {nm}", [nm, f"{lvl} {nm}", f"Pemerintah {lvl} {nm}", f"Pemkab {nm}", f"Pemkot {nm}",
                               f"Kab {nm}"], nm)


# ---- the givers -------------------------------------------------------------------------------------------------
def inst(full, ab, official, extra=()):
    acc = [full, f"{full} ({ab})", *extra] + ([ab] if ab else [])
    e = Ent(rng.choice([f"{full} ({ab})", full, ab]) if ab else full, acc, ab or full)
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
    "kemenbud": lambda P: inst("Kementerian Kebudayaan", "Kemenbud", "Menteri Kebudayaan", ["Kementerian Kebudayaan RI"]),
    "disbud": lambda P: prov_unit("Dinas Kebudayaan", "Disbud", P, "Kepala Dinas Kebudayaan"),
    "asirnu": lambda P: inst("Asosiasi Industri Rekaman Nusantara", "ASIRNU",
                             "Ketua Umum Asosiasi Industri Rekaman Nusantara"),
    "lsn": lambda P: inst("Lembaga Sinema Nusantara", "LSN", "Ketua Lembaga Sinema Nusantara"),
    "badanbahasa": lambda P: inst("Badan Pengembangan dan Pembinaan Bahasa", "Badan Bahasa",
                                  "Kepala Badan Pengembangan dan Pembinaan Bahasa"),
    "aksara": lambda P: inst("Yayasan Lentera Aksara", None, "Ketua Yayasan Lentera Aksara"),
    "kemenpora": lambda P: inst("Kementerian Pemuda dan Olahraga", "Kemenpora", "Menteri Pemuda dan Olahraga",
                                ["Kementerian Pemuda dan Olahraga RI"]),
    "dispora": lambda P: prov_unit("Dinas Pemuda dan Olahraga", "Dispora", P, "Kepala Dinas Pemuda dan Olahraga"),
    "kemendikdasmen": lambda P: inst("Kementerian Pendidikan Dasar dan Menengah", "Kemendikdasmen",
                                     "Menteri Pendidikan Dasar dan Menengah"),
    "disdik": lambda P: prov_unit("Dinas Pendidikan", "Disdik", P, "Kepala Dinas Pendidikan"),
    "kemenkes": lambda P: inst("Kementerian Kesehatan", "Kemenkes", "Menteri Kesehatan", ["Kementerian Kesehatan RI"]),
    "dinkes": lambda P: prov_unit("Dinas Kesehatan", "Dinkes", P, "Kepala Dinas Kesehatan"),
    "kementan": lambda P: inst("Kementerian Pertanian", "Kementan", "Menteri Pertanian", ["Kementerian Pertanian RI"]),
    "pemprov": pemprov,
    "kemendes": lambda P: inst("Kementerian Desa dan Pembangunan Daerah Tertinggal", "Kemendes PDT",
                               "Menteri Desa dan Pembangunan Daerah Tertinggal", ["Kemendes"]),
    "ijbp": lambda P: inst("Ikatan Jurnalis Bumi Pertiwi", "IJBP", "Ketua Umum Ikatan Jurnalis Bumi Pertiwi"),
    "klh": lambda P: inst("Kementerian Lingkungan Hidup", "KLH", "Menteri Lingkungan Hidup",
                          ["Kementerian Lingkungan Hidup RI"]),
    "dlh": lambda P: prov_unit("Dinas Lingkungan Hidup", "DLH", P, "Kepala Dinas Lingkungan Hidup"),
    "kemenkop": lambda P: inst("Kementerian Koperasi", "Kemenkop", "Menteri Koperasi", ["Kementerian Koperasi RI"]),
    "komdigi": lambda P: inst("Kementerian Komunikasi dan Digital", "Komdigi", "Menteri Komunikasi dan Digital"),
}

# ---- the awards (invented): categories with the kind of recipient and the role words that fit ---------------------
# a category: (name, kind, role words); kinds: person, band, film, lagu, album, novel, puisi, cerpen, bukuanak, tari,
# aplikasi, gim
DOMAINS = {
    "musik": dict(name="Anugerah Musik Swara Kencana", givers=["asirnu", "kemenbud"], noun="musisi",
                  roles=["penyanyi", "musisi", "penyanyi solo", "pencipta lagu"], deg=["S.Sn."],
                  appos=["vokalis grup {band2}", "gitaris grup {band2}", "pengajar musik di {sanggar}"],
                  jury=["pengamat musik", "musisi senior", "produser musik", "akademisi"],
                  cats=[("Penyanyi Solo Pria Terbaik", "person", ["penyanyi", "penyanyi solo"]),
                        ("Penyanyi Solo Wanita Terbaik", "person", ["penyanyi", "biduan"]),
                        ("Pencipta Lagu Terbaik", "person", ["pencipta lagu", "musisi"]),
                        ("Artis Pendatang Baru Terbaik", "person", ["penyanyi muda", "musisi muda"]),
                        ("Grup Musik Terbaik", "band", []), ("Grup Band Pop Terbaik", "band", []),
                        ("Lagu Terbaik", "lagu", []), ("Lagu Daerah Terbaik", "lagu", []),
                        ("Album Terbaik", "album", []), ("Album Pop Terbaik", "album", [])]),
    "film": dict(name="Anugerah Layar Perak Nusantara", givers=["lsn", "kemenbud"], noun="insan film",
                 roles=["aktor", "aktris", "sutradara", "pemeran"], deg=["S.Sn."],
                 appos=["pemeran {char} dalam film {film2}", "sutradara film {film2}"],
                 jury=["kritikus film", "sutradara senior", "akademisi", "produser"],
                 cats=[("Pemeran Utama Pria Terbaik", "person", ["aktor", "pemeran"]),
                       ("Pemeran Utama Wanita Terbaik", "person", ["aktris", "pemeran"]),
                       ("Sutradara Terbaik", "person", ["sutradara", "sineas"]),
                       ("Pemeran Pendukung Terbaik", "person", ["aktor", "aktris"]),
                       ("Penulis Skenario Terbaik", "person", ["penulis skenario"]),
                       ("Film Cerita Panjang Terbaik", "film", []), ("Film Pendek Terbaik", "film", []),
                       ("Film Dokumenter Terbaik", "film", [])]),
    "sastra": dict(name="Anugerah Sastra Pena Kencana", givers=["badanbahasa", "aksara"], noun="sastrawan",
                   roles=["penulis", "sastrawan", "penyair", "novelis", "cerpenis"], deg=["S.S.", "M.Hum."],
                   appos=["penulis novel {book2}", "guru bahasa di SMA Negeri {n} {vill}"],
                   jury=["sastrawan senior", "kritikus sastra", "akademisi", "editor"],
                   cats=[("Penulis Muda Berbakat", "person", ["penulis muda", "cerpenis"]),
                         ("Sastrawan Pengabdi", "person", ["sastrawan", "penyair"]),
                         ("Penerjemah Sastra Terbaik", "person", ["penerjemah"]),
                         ("Novel Terbaik", "novel", []), ("Kumpulan Puisi Terbaik", "puisi", []),
                         ("Kumpulan Cerpen Terbaik", "cerpen", []), ("Buku Cerita Anak Terbaik", "bukuanak", [])]),
    "olahraga": dict(name="Anugerah Olahraga Garuda Perkasa", givers=["kemenpora", "dispora"], noun="insan olahraga",
                     roles=["atlet", "atlet panahan", "atlet angkat besi", "pelari", "perenang", "pelatih"],
                     deg=["S.Or."], appos=["atlet binaan {club}", "pelatih {club}"],
                     jury=["mantan atlet nasional", "akademisi", "jurnalis olahraga"],
                     cats=[("Atlet Putra Terbaik", "person", ["atlet", "pelari", "lifter"]),
                           ("Atlet Putri Terbaik", "person", ["atlet", "perenang", "pemanah"]),
                           ("Atlet Paralimpiade Terbaik", "person", ["atlet para-bulu tangkis", "atlet disabilitas"]),
                           ("Pelatih Terbaik", "person", ["pelatih"])]),
    "guru": dict(name="Anugerah Guru Inspiratif Cendekia Bangsa", givers=["kemendikdasmen", "disdik"], noun="guru",
                 roles=["guru", "guru honorer", "pendidik"], deg=["S.Pd.", "M.Pd.", "S.Pd.I."],
                 appos=["guru SD Negeri {n} {vill}", "guru SMP Negeri {n} {vill}", "guru honorer di SD Negeri {n} {vill}"],
                 jury=["akademisi", "pengawas sekolah", "praktisi pendidikan"],
                 cats=[("Guru Sekolah Dasar", "person", ["guru SD", "guru kelas"]),
                       ("Guru Sekolah Menengah Pertama", "person", ["guru SMP", "guru matematika"]),
                       ("Guru Sekolah Menengah Atas", "person", ["guru SMA", "guru fisika"]),
                       ("Guru Pendidikan Khusus", "person", ["guru SLB", "guru pendidikan khusus"])]),
    "nakes": dict(name="Anugerah Tenaga Kesehatan Teladan Bakti Husada Prima", givers=["kemenkes", "dinkes"],
                  noun="tenaga kesehatan", roles=["perawat", "bidan", "tenaga kesehatan"],
                  deg=["S.Kep., Ns.", "A.Md.Keb.", "S.Tr.Keb.", "A.Md.Kep."],
                  appos=["perawat di Puskesmas {vill}", "bidan desa di Desa {vill}", "perawat di Pustu {vill}"],
                  jury=["akademisi", "praktisi kesehatan", "pengurus organisasi profesi"],
                  cats=[("Perawat Teladan", "person", ["perawat"]), ("Bidan Teladan", "person", ["bidan", "bidan desa"]),
                        ("Tenaga Kesehatan Daerah Terpencil", "person", ["perawat", "bidan"]),
                        ("Sanitarian Teladan", "person", ["sanitarian"])]),
    "tani": dict(name="Penghargaan Petani Pelopor Lumbung Pertiwi", givers=["kementan", "pemprov"], noun="petani",
                 roles=["petani", "petani milenial", "penyuluh pertanian", "nelayan"], deg=["S.P.", "S.Pi."],
                 appos=["petani asal Desa {vill}", "ketua Kelompok Tani {poktan}", "penyuluh di Desa {vill}"],
                 jury=["akademisi", "peneliti pertanian", "praktisi agribisnis"],
                 cats=[("Petani Milenial", "person", ["petani milenial", "petani muda"]),
                       ("Penyuluh Pertanian Swadaya", "person", ["penyuluh pertanian"]),
                       ("Pelopor Ketahanan Pangan", "person", ["petani"]),
                       ("Nelayan Teladan", "person", ["nelayan"])]),
    "kader": dict(name="Anugerah Kader Desa Teladan Sekar Pertiwi", givers=["pemprov", "kemendes"], noun="kader",
                  roles=["kader posyandu", "kader PKK", "kader desa"], deg=["A.Md.", "S.E."],
                  appos=["kader Posyandu {posy} Desa {vill}", "kader PKK Desa {vill}"],
                  jury=["akademisi", "pendamping desa", "praktisi pemberdayaan"],
                  cats=[("Kader Posyandu Teladan", "person", ["kader posyandu"]),
                        ("Kader PKK Teladan", "person", ["kader PKK"]),
                        ("Kader Pembangunan Manusia", "person", ["kader desa", "kader pembangunan manusia"])]),
    "jurnalis": dict(name="Anugerah Jurnalistik Pena Emas Nusantara", givers=["ijbp", "kemenbud"], noun="jurnalis",
                     roles=["jurnalis", "wartawan", "pewarta foto", "jurnalis televisi"], deg=["S.I.Kom.", "S.Sos."],
                     appos=["wartawan {paper}", "jurnalis {paper}", "pewarta foto {paper}"],
                     jury=["jurnalis senior", "akademisi komunikasi", "pemimpin redaksi"],
                     cats=[("Liputan Investigasi", "person", ["jurnalis", "wartawan"]),
                           ("Foto Jurnalistik", "person", ["pewarta foto", "fotografer"]),
                           ("Jurnalis Muda", "person", ["jurnalis muda", "wartawan muda"]),
                           ("Liputan Mendalam", "person", ["jurnalis", "jurnalis televisi"])]),
    "lingkungan": dict(name="Anugerah Pelestari Lingkungan Wana Lestari", givers=["klh", "dlh"],
                       noun="tokoh lingkungan",
                       roles=["pegiat lingkungan", "aktivis lingkungan", "penggerak bank sampah", "pelestari mangrove"],
                       deg=["S.Hut.", "S.Si."], appos=["pendiri {banksampah}", "penggerak {banksampah}"],
                       jury=["akademisi", "aktivis lingkungan senior", "peneliti kehutanan"],
                       cats=[("Perintis Lingkungan", "person", ["pegiat lingkungan", "pelestari mangrove"]),
                             ("Pengabdi Lingkungan", "person", ["penjaga hutan", "pegiat lingkungan"]),
                             ("Penyelamat Lingkungan", "person", ["aktivis lingkungan"]),
                             ("Pembina Lingkungan", "person", ["penggerak bank sampah", "guru"])]),
    "wirausaha": dict(name="Anugerah Wirausaha Muda Saudagar Gemilang", givers=["kemenkop", "pemprov"],
                      noun="pelaku usaha", roles=["pengusaha muda", "perajin", "wirausahawan", "pelaku UMKM"],
                      deg=["S.E.", "S.T."], appos=["pemilik usaha {umkm}", "pendiri {umkm}"],
                      jury=["akademisi", "praktisi bisnis", "pendamping UMKM"],
                      cats=[("Wirausaha Kuliner", "person", ["pengusaha kuliner", "pelaku UMKM"]),
                            ("Wirausaha Fesyen", "person", ["perancang busana", "perajin batik"]),
                            ("Wirausaha Kriya", "person", ["perajin", "perajin anyaman"]),
                            ("Wirausaha Digital", "person", ["pengusaha muda", "wirausahawan"])]),
    "budaya": dict(name="Anugerah Karya Budaya Adiluhung Nusantara", givers=["kemenbud", "disbud"], noun="seniman",
                   roles=["penari", "koreografer", "seniman tari", "maestro tari"], deg=["S.Sn.", "M.Sn."],
                   appos=["pendiri {sanggar}", "pelatih tari di {sanggar}"],
                   jury=["budayawan", "koreografer senior", "akademisi seni"],
                   cats=[("Maestro Seni Tradisi", "person", ["maestro tari", "seniman tradisi"]),
                         ("Seniman Muda Berbakat", "person", ["penari muda", "seniman muda"]),
                         ("Koreografer Terbaik", "person", ["koreografer"]),
                         ("Karya Tari Kreasi Terbaik", "tari", []), ("Karya Tari Tradisi Terbaik", "tari", [])]),
    "digital": dict(name="Anugerah Karya Digital Anak Bangsa", givers=["komdigi", "pemprov"], noun="talenta digital",
                    roles=["pengembang aplikasi", "programmer", "kreator digital"], deg=["S.Kom.", "S.T."],
                    appos=["mahasiswa {univ}", "alumnus {univ}"],
                    jury=["praktisi teknologi", "akademisi", "investor"],
                    cats=[("Talenta Digital Muda", "person", ["pengembang aplikasi", "pelajar"]),
                          ("Inovator Digital Terbaik", "person", ["programmer", "kreator digital"]),
                          ("Aplikasi Pendidikan Terbaik", "aplikasi", []),
                          ("Aplikasi Kesehatan Terbaik", "aplikasi", []), ("Gim Edukasi Terbaik", "gim", [])]),
}
for _k, _D in DOMAINS.items():
    assert _free(_D["name"]), _k
PERSON_DOMAINS = list(DOMAINS)
WORK_KINDS = ["film", "lagu", "album", "novel", "puisi", "cerpen", "bukuanak", "tari", "aplikasi", "gim"]
WORK_DOMAIN = {"film": "film", "lagu": "musik", "album": "musik", "novel": "sastra", "puisi": "sastra",
               "cerpen": "sastra", "bukuanak": "sastra", "tari": "budaya", "aplikasi": "digital", "gim": "digital"}
# a work's maker who the text says won too: the category the maker won
MAKER_CAT = {"film": "Sutradara Terbaik", "lagu": "Pencipta Lagu Terbaik", "album": "Grup Musik Terbaik",
             "novel": "Penulis Muda Berbakat", "puisi": "Sastrawan Pengabdi", "cerpen": "Penulis Muda Berbakat",
             "bukuanak": "Penulis Muda Berbakat", "tari": "Koreografer Terbaik", "aplikasi": "Talenta Digital Muda",
             "gim": "Talenta Digital Muda"}
TITLE_END = {"Terbaik", "Teladan", "Berbakat", "Pengabdi", "Muda", "Milenial", "Swadaya", "Manusia"}


def title_like(cat):
    """a category that names a title a person can be crowned as ("Sutradara Terbaik")"""
    return cat.split()[-1] in TITLE_END or cat.startswith(("Perintis", "Pelopor", "Penyelamat", "Pembina"))


# ---- one text's names -------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, P, D):
        self.P, self.D = P, D
        self.taken = [P] + PROV_ALIASES.get(P, [])
        self.rpool = list(LOCAL[P])
        rng.shuffle(self.rpool)
        self.bags = {}
        self.firsts, self.lasts, self.names = set(), set(), set()
        self.negs = []

    def take(self, xs):
        """a value of ``xs`` not yet taken in this text"""
        bag = self.bags.setdefault(id(xs), rng.sample(xs, len(xs)))
        return bag.pop()

    def region(self, want=None):
        return fresh_region(self.rpool, self.taken, want)

    def person(self):
        """a fresh full name whose first name and surname are both new to the text"""
        for _ in range(1000):
            f, m, l = rng.choice(FIRST_ALL), rng.choice(MID), rng.choice(LAST_ALL)
            if f in self.firsts or l in self.lasts or f == l:
                continue
            self.firsts.add(f)
            self.lasts.add(l)
            nm = f"{f} {m}{l}"
            self.names.add(nm)
            return nm
        raise RuntimeError("no fresh name")

    def mono(self):
        for _ in range(200):
            m = rng.choice(MONO)
            if m not in self.firsts and m not in self.lasts:
                self.firsts.add(m)
                self.lasts.add(m)
                self.names.add(m)
                return m
        raise RuntimeError("no fresh mononym")

    def nick(self):
        return self.take(NICKS)

    def neg_person(self, role=None):
        nm = self.person()
        self.negs.append(Ent(nm, [nm], nm))
        return nm

    def origin(self):
        """an origin in brackets: the region's bare name, sometimes with the province"""
        nm, kt = self.region()
        self.negs.append(region_neg(nm, kt))
        return rng.choice([nm, nm, f"{nm}, {self.P}"])

    def fill(self, tmpl):
        """an apposition's template with its invented bodies, each of them a distractor"""
        vals = {}
        for key, xs in (("vill", VILL), ("posy", POSY), ("poktan", POKTAN), ("paper", PAPERS),
                        ("banksampah", BANKSAMPAH), ("umkm", UMKM), ("sanggar", SANGGAR), ("univ", UNIV),
                        ("club", CLUBS), ("band2", BANDS), ("film2", FILMS), ("book2", BOOKS), ("char", CHARS)):
            if "{" + key + "}" in tmpl:
                v = self.take(xs)
                vals[key] = v
                if key != "char":
                    core = v.split(" ", 1)[1] if key in ("paper", "club") else v
                    self.negs.append(Ent(core, [core, v], core))
        vals["n"] = rng.randint(1, 9)
        s = tmpl.format(**vals)
        for unit in ("SD Negeri", "SMP Negeri", "SMA Negeri", "Puskesmas", "Pustu", "Desa", "Kelompok Tani",
                     "Posyandu"):
            m = re.search(rf"{unit} (\d+ )?[A-Z]\w+( [A-Z]\w+)?", s)
            if m:
                self.negs.append(Ent(m.group(0), [m.group(0)], m.group(0)))
        return s


class Win:
    """an expected recipient: a person, a band or a work; ``text(more)`` writes it, ``more`` when the sentence goes
    on right after it"""

    def __init__(self, ent, kind):
        self.ent, self.kind = ent, kind
        self.form = None
        self.cat = None
        self.first = self.last = self.nick = None
        self.maker = None

    def text(self, more=False):
        return self.more if more else self.plain


def make_person(ctx, form, role_words, in_list=False):
    """a person winner written in ``form``"""
    D = DOMAINS[ctx.D]
    if form == "mononym":
        nm = ctx.mono()
        e = Ent(nm, [nm], nm)
        w = Win(e, "person")
        how = rng.choice(["role", "origin", "bare"] if in_list else ["role", "origin"])
        if how == "role":
            s = f"{rng.choice(role_words)} {nm}"
        elif how == "origin":
            s = f"{nm} ({ctx.origin()})"
        else:
            s = nm
        w.plain = w.more = s
        w.first = w.last = nm
        w.form = "mononym"
        return w
    nm = ctx.person()
    parts = nm.split()
    acc = [nm]
    if form == "bare":
        s = more = nm
    elif form == "role":
        s = more = f"{rng.choice(role_words)} {nm}"
    elif form == "origin":
        s = more = f"{nm} ({ctx.origin()})"
    elif form == "appos":
        ap = ctx.fill(rng.choice(D["appos"]))
        s, more = f"{nm}, {ap}", f"{nm}, {ap},"
    elif form == "degree":
        dg = rng.choice(D["deg"])
        s, more = f"{nm}, {dg}", f"{nm}, {dg},"
        acc.append(f"{nm}, {dg}")
    elif form == "nickname":
        nk = ctx.nick()
        if rng.random() < 0.5 and len(parts) >= 2:
            inner = f'{parts[0]} "{nk}" {" ".join(parts[1:])}'
            s = more = inner
            acc.append(inner)
        else:
            s = more = f'{nm} alias "{nk}"'
        acc.append(nk)
    else:
        raise ValueError(form)
    e = Ent(nm, acc, nm)
    w = Win(e, "person")
    w.plain, w.more = s, more
    w.first, w.last = parts[0], parts[-1]
    w.nick = nk if form == "nickname" else None
    w.form = form
    return w


def make_band(ctx):
    b = ctx.take(BANDS)
    e = Ent(b, [b, f"band {b}", f"grup musik {b}", f"grup {b}", f"grup band {b}"], b)
    w = Win(e, "band")
    w.plain = w.more = rng.choice([f"grup musik {b}", f"band {b}", b])
    w.form = "band"
    return w


WORD = {"film": "film", "lagu": "lagu", "album": "album", "novel": "novel", "puisi": "buku kumpulan puisi",
        "cerpen": "buku kumpulan cerpen", "bukuanak": "buku cerita anak", "tari": "tari", "aplikasi": "aplikasi",
        "gim": "gim"}
TITLES = {"film": FILMS, "lagu": SONGS, "album": ALBUMS, "novel": BOOKS, "puisi": BOOKS, "cerpen": BOOKS,
          "bukuanak": BOOKS, "tari": DANCES, "aplikasi": APPS, "gim": GAMES}


def make_work(ctx, kind, quoted, maker_won=False):
    """a work winner with its maker credited after it; the maker is a distractor unless ``maker_won``"""
    t = ctx.take(TITLES[kind])
    if kind == "tari":
        title = f"Tari {t}"
        surf = f'tari "{t}"' if quoted else title
        acc = [title, t]
    else:
        title = t
        surf = f'{WORD[kind]} "{t}"' if quoted else f"{WORD[kind]} {t}"
        acc = [t, f"{WORD[kind]} {t}"]
    e = Ent(title, acc, title)
    w = Win(e, kind)
    # the maker
    if kind == "album":
        mk = make_band(ctx)
        mk_name, credit = mk.ent.short, f" milik grup {mk.ent.short}"
        mk_ent = mk.ent
    else:
        mn = ctx.person()
        mk_ent = Ent(mn, [mn], mn)
        mk_name = mn
        if kind == "tari" and not maker_won and rng.random() < 0.4:
            sg = ctx.take(SANGGAR)
            ctx.negs.append(Ent(sg, [sg], sg))
            credit = f" garapan {sg}"
            mk_ent, mk_name = None, None
        else:
            credit = rng.choice({"film": [" karya sutradara {m}", " garapan sutradara {m}", " besutan {m}"],
                                 "lagu": [" ciptaan {m}"] if maker_won else [" ciptaan {m}", " yang dibawakan {m}",
                                                                            " yang dinyanyikan {m}"],
                                 "novel": [" karya {m}", " tulisan {m}"], "puisi": [" karya penyair {m}", " karya {m}"],
                                 "cerpen": [" karya {m}", " tulisan {m}"], "bukuanak": [" karya {m}", " tulisan {m}"],
                                 "tari": [" karya koreografer {m}", " garapan {m}"],
                                 "aplikasi": [" yang dikembangkan {m}", " buatan {m}"],
                                 "gim": [" yang dikembangkan {m}", " buatan {m}"]}[kind]).format(m=mn)
    w.plain = w.more = surf + credit
    w.maker = mk_ent
    w.maker_name = mk_name
    w.form = "quoted" if quoted else "bare"
    if mk_ent is not None and not maker_won:
        ctx.negs.append(mk_ent)
    return w


# ---- checking ---------------------------------------------------------------------------------------------------
LEVEL_PREFIX = {"kategori", "untuk", "bidang", "sebagai"}


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
    if a.grade is not None:
        problems.append(f"grade-spurious: {who} expected None, got {a.grade!r}")
    giver_and_handover(a, w, who, problems, info)


def finish(slots, text, pub, exp, negs):
    return record_case(g, INFO, near, check_fields, slots, text, pub, exp, negs)


# ---- one case ---------------------------------------------------------------------------------------------------
QUOTES = ["Saya tidak menyangka bisa sampai di titik ini",
          "Penghargaan ini saya persembahkan untuk keluarga dan semua yang mendukung",
          "Ini menjadi penyemangat untuk terus berkarya dan bermanfaat bagi orang banyak",
          "Terima kasih kepada dewan juri dan panitia atas kepercayaannya"]
Q = [("“", "”"), ('"', '"')]


def day(d):
    return rng.choice([f"{DAYS[d.weekday()]} ({d.day}/{d.month}/{d.year})", f"{DAYS[d.weekday()]} ({d.day}/{d.month})",
                       f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}", f"{DAYS[d.weekday()]} malam"])


class Case:
    def __init__(self, D, sl):
        self.D, self.A = D, DOMAINS[D]
        self.P = rng.choice(BIG_PROV)
        self.ctx = Ctx(self.P, D)
        self.Y = rng.choice([2023, 2024])
        self.pub = date(self.Y, rng.randint(9, 12), rng.randint(10, 28))
        self.sl = sl
        self.giver = GIVERS[rng.choice(self.A["givers"])](self.P)
        self.giver_named = sl["giver"] == "named"
        self.giver_check = True
        self.gform = rng.choice(["dari", "dari", "digelar"])
        self.yr = {"tahun": f"tahun {self.Y}", "bare": f"{self.Y}", "Tahun": f"Tahun {self.Y}"}[sl["yform"]]
        self.negs = [Ent(f"Provinsi {self.P}", prov_acc(self.P), self.P)]
        self.date = self.place = None
        self.W = []  # the winners: Win with .cat
        self.extra = []  # more expected records: (Ent, cat)

    def B(self):
        return f"{self.A['name']} {self.yr}"

    def GV(self):
        if not self.giver_named:
            return ""
        if self.gform == "digelar":
            return f" yang digelar {self.giver.surface}"
        return f" dari {self.giver.surface}"

    # the winners
    def cats_for(self, kinds):
        return [(c, k, r) for c, k, r in self.A["cats"] if k in kinds]

    def winners(self, n, level, kinds, forms, joint=False, in_list=False):
        """n winners of ``kinds``; ``forms``: the name form of each person; level cat: a category each (one shared
        when ``joint``)"""
        cs = self.cats_for(kinds)
        if joint:
            cs = [x for x in cs if x[1] == "person"] or cs
            one = rng.choice(cs)
            chosen = [one] * n
        elif level == "cat":
            chosen = rng.sample(cs, min(n, len(cs)))
        else:
            chosen = [rng.choice(cs) for _ in range(n)]
        out = []
        roles_all = self.A["roles"]
        for i, (cat, kind, roles) in enumerate(chosen):
            if kind == "person":
                rw = roles if (level == "cat" and roles) else roles_all
                w = make_person(self.ctx, forms[i % len(forms)], rw, in_list)
            elif kind == "band":
                w = make_band(self.ctx)
            else:
                w = make_work(self.ctx, kind, rng.random() < 0.6)
            w.cat = cat if level == "cat" else None
            out.append(w)
        self.W += out
        return out


def ensure_stop(s):
    return s if s.endswith((".", "!", "?")) else s + "."


def single(c, w, shape):
    """one winner's sentence(s) in ``shape``"""
    B, GV, cat = c.B(), c.GV(), w.cat
    R, Rm = w.text(), w.text(True)
    if shape == "verb":
        verb = rng.choice(["meraih", "menerima", "berhasil meraih", "memboyong", "menyabet", "dianugerahi"])
        if cat is None:
            return [f"{Rm} {verb} {B}{GV}."]
        return [rng.choice([f"{Rm} {verb} {B} kategori {cat}{GV}.", f"{Rm} {verb} {B}{GV} untuk kategori {cat}.",
                            f"{Rm} {rng.choice(['meraih', 'menyabet'])} penghargaan {cat} dalam ajang {B}{GV}."])]
    if shape == "diraih":
        if cat is None:
            return [rng.choice([f"{cap(B)}{GV} diraih oleh {R}.", f"Tahun ini, {B}{GV} diraih {R}."])]
        return [rng.choice([f"{cap(B)}{GV} kategori {cat} diraih oleh {R}.",
                            f"Penghargaan kategori {cat} pada {B}{GV} diraih oleh {R}."])]
    if shape == "jatuh":
        k = f" untuk kategori {cat}" if cat else ""
        return [rng.choice([f"{cap(B)}{k}{GV} jatuh kepada {R}.", f"{cap(B)}{GV}{k} jatuh ke tangan {R}."])]
    if shape == "diberikan":
        k = f" untuk kategori {cat}" if cat else ""
        if c.giver_named and rng.random() < 0.5:
            verb = rng.choice(["memberikan", "menganugerahkan"])
            return [f"{c.giver.surface} {verb} {B}{k} kepada {R}."]
        return [f"{cap(B)}{GV}{k} diberikan kepada {R}."]
    if shape == "keluar":
        if cat is None:
            return [f"{Rm} keluar sebagai pemenang {B}{GV}."]
        return [rng.choice([f"{Rm} keluar sebagai pemenang kategori {cat} pada {B}{GV}.",
                            f"Pada {B}{GV}, {Rm} keluar sebagai pemenang kategori {cat}."])]
    if shape == "dinobatkan":
        if cat is None:
            return [f"{Rm} dinobatkan sebagai {rng.choice(['penerima', 'pemenang'])} {B}{GV}."]
        if title_like(cat) and w.kind == "person":
            return [f"{Rm} dinobatkan sebagai {cat} dalam {B}{GV}."]
        return [f"{Rm} dinobatkan sebagai pemenang kategori {cat} dalam {B}{GV}."]
    if shape == "catfirst":  # a category is set
        lead = rng.choice([f"{cap(B)}{GV} resmi diumumkan.", f"Dewan juri telah mengumumkan pemenang {B}{GV}."])
        return [lead, rng.choice([f"Kategori {cat}: {R}.", f"Untuk kategori {cat}, penghargaan diraih {R}.",
                                  f"Pada kategori {cat}, {Rm} keluar sebagai pemenang."])]
    raise ValueError(shape)


SINGLE = {"none": ["verb", "diraih", "jatuh", "diberikan", "keluar", "dinobatkan"],
          "cat": ["verb", "diraih", "jatuh", "diberikan", "keluar", "dinobatkan", "catfirst"]}


def subject_list(W):
    """winners as a list before a verb: the last one closed by a comma where it needs one"""
    return lst(rng, [w.text() for w in W[:-1]] + [W[-1].text(True)])


def joint(c, W):
    B, GV, cat = c.B(), c.GV(), W[0].cat
    names = lst(rng, [w.text() for w in W])
    num = {2: "dua", 3: "tiga"}[len(W)]
    k = f" kategori {cat}" if cat else ""
    return [rng.choice([f"{cap(B)}{GV}{k} diraih bersama oleh {names}.",
                        f"Dewan juri menetapkan {num} pemenang bersama{(' untuk' + k) if cat else ''} pada {B}{GV}, "
                        f"yakni {names}.",
                        f"{cap(subject_list(W))} sama-sama meraih {B}{k}{GV}."])]


def lines(c, W, style):
    B, GV = c.B(), c.GV()
    head = rng.choice([f"Berikut daftar pemenang {B}{GV}:", f"Adapun para peraih {B}{GV} sebagai berikut:"])
    out = []
    for i, w in enumerate(W):
        mark = f"{i + 1}." if style == "num" else style
        if w.cat:
            k = rng.choice([f"Kategori {w.cat}", w.cat])
            out.append(f"{mark} {k}: {w.text()}")
        else:
            out.append(f"{mark} {cap(w.text())}")
    return head + "\n" + "\n".join(out)


def listed(c, W, opener):
    """a list of winners in one sentence after ``opener``"""
    B, GV = c.B(), c.GV()
    if W[0].cat:
        items = [f"{w.text(True)} untuk kategori {w.cat}" if rng.random() < 0.7 or w.text().endswith(")")
                 else f"{w.text()} ({w.cat})" for w in W]
    else:
        items = [w.text() for w in W]
    L = lst(rng, items, ", serta " if W[0].cat and rng.random() < 0.3 else None)
    noun = "karya" if all(w.kind in WORK_KINDS for w in W) else c.A["noun"]
    num = len(W)
    if opener == "yakni":
        return f"{cap(B)}{GV} diraih oleh {num_word(num)} {noun}, {rng.choice(['yakni', 'yaitu'])} {L}."
    if opener == "antara_lain":
        return f"Sejumlah {noun} meraih {B}{GV}, antara lain {L}."
    if opener == "di_antaranya":
        return f"Penerima {B}{GV} di antaranya {L}."
    if opener == "colon":
        return f"Para penerima {B}{GV}: {L}."
    if opener == "comma_subject":
        return f"{cap(subject_list(W))} {rng.choice(['meraih', 'berhasil meraih', 'menerima'])} {B}{GV}."
    raise ValueError(opener)


def num_word(n):
    return {2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam"}.get(n, str(n))


def percat(c, W):
    B, GV = c.B(), c.GV()
    lead = f"{cap(B)}{GV} {rng.choice(['memperebutkan', 'mencakup'])} {num_word(len(W))} kategori."
    forms = [lambda w: f"Kategori {w.cat} diraih {w.text()}.",
             lambda w: f"Untuk kategori {w.cat}, penghargaan jatuh kepada {w.text()}.",
             lambda w: f"Sementara itu, {w.text(True)} meraih kategori {w.cat}.",
             lambda w: f"Adapun kategori {w.cat} dimenangi {w.text()}."]
    return [lead] + [forms[i % len(forms)](w) for i, w in enumerate(W)]


def ceremony(c):
    d = c.pub - timedelta(days=rng.randint(0, 3))
    venue = rng.choice(VENUES)
    c.date, c.place = d, venue
    c.negs.append(Ent(venue, [venue], venue))
    return rng.choice([f"Malam penganugerahan berlangsung di {venue}, Jakarta, {day(d)}.",
                       f"Penghargaan diserahkan di {venue}, {day(d)}."])


def background(c):
    k = rng.randint(120, 980)
    return rng.choice([f"Tahun ini, panitia menerima {k} pendaftaran dari berbagai daerah.",
                       f"Ajang tersebut diikuti {k} peserta yang diseleksi dalam tiga tahap."])


# ---- the families ---------------------------------------------------------------------------------------------------
PFORMS = ["bare", "role", "origin", "appos", "degree", "nickname", "mononym"]
LIST_FORMS = ["bare", "role", "origin", "degree", "mononym"]


def p01(c, fi, level, pform):
    kinds = ("person",)
    (w,) = c.winners(1, level, kinds, [pform])
    shape = c.sl["shape"] if c.sl["shape"] in SINGLE[level] else rng.choice(SINGLE[level])
    return [single(c, w, shape)], shape


P02_SHAPES = ["verb", "diraih", "jatuh", "diberikan", "keluar", "dinobatkan", "catfirst", "joint2", "joint3", "verb"]


def p02(c, fi, level, pform):
    shape = P02_SHAPES[fi % len(P02_SHAPES)]
    if shape == "catfirst":
        level = "cat"
    c.level = level
    kinds = ("person", "band") if c.D == "musik" and shape not in ("joint2", "joint3") else ("person",)
    if shape.startswith("joint"):
        n = int(shape[-1])
        forms = rng.sample(LIST_FORMS, n)
        W = c.winners(n, level, kinds, forms, joint=True)
        return [joint(c, W)], shape
    (w,) = c.winners(1, level, kinds, [pform])
    return [single(c, w, shape)], shape


P03_SHAPES = ["yakni", "antara_lain", "di_antaranya", "colon", "comma_subject", "lines_num", "lines_bullet", "percat"]


def p03(c, fi, level, pform):
    shape = P03_SHAPES[fi % len(P03_SHAPES)]
    if shape == "percat":
        level = "cat"
    if shape == "comma_subject" and level == "cat":
        shape = "yakni"
    c.level = level
    kinds = ("person", "band") if c.D == "musik" else ("person",)
    ncat = len(c.cats_for(kinds))
    n = rng.choice([2, 3, 4, 5, 6]) if level == "none" else min(ncat, rng.choice([2, 3, 3, 4]))
    forms = [rng.choice(LIST_FORMS) for _ in range(n)]
    if rng.random() < 0.5:  # one uniform form for the whole list, as many articles do
        forms = [forms[0]] * n
    if "mononym" not in forms and rng.random() < 0.4:
        forms[rng.randrange(n)] = "mononym"
    W = c.winners(n, level, kinds, forms, in_list=True)
    if shape.startswith("lines"):
        style = "num" if shape == "lines_num" else rng.choice(["-", "•"])
        return [[lines(c, W, style)], []], shape
    if shape == "percat":
        return [percat(c, W)], shape
    return [[listed(c, W, shape)]], shape


P04_SHAPES = ["verb", "diraih", "jatuh", "keluar", "dinobatkan", "catfirst", "percat", "yakni"]


def p04(c, fi, level, wkind):
    shape = P04_SHAPES[fi % len(P04_SHAPES)]
    if shape in ("catfirst", "percat"):
        level = "cat"
    c.level = level
    maker_won = fi % 4 == 3
    quoted = rng.random() < 0.6
    if shape in ("percat", "yakni"):
        kinds = tuple(k for k in WORK_KINDS if WORK_DOMAIN[k] == c.D)
        pool_ = [x for x in c.cats_for(kinds)]
        first = rng.choice([x for x in pool_ if x[1] == wkind])
        rest = [x for x in pool_ if x[0] != first[0]]
        chosen = [first] + rng.sample(rest, min(len(rest), rng.choice([1, 2])))
        W = []
        for i, (cat, kind, _) in enumerate(chosen):
            w = make_work(c.ctx, kind, quoted, maker_won and i == 0)
            w.cat = cat if level == "cat" else None
            W.append(w)
        c.W += W
        paras = [percat(c, W)] if shape == "percat" else [[listed(c, W, "yakni")]]
    else:
        cat = rng.choice([x for x in c.cats_for((wkind,))])[0]
        w = make_work(c.ctx, wkind, quoted, maker_won)
        w.cat = cat if level == "cat" else None
        c.W.append(w)
        W = [w]
        paras = [single(c, w, shape)]
    if maker_won:
        w = W[0]
        mk, mcat = w.maker, MAKER_CAT[w.kind]
        if mk is not None and all(x.cat != mcat for x in W):
            mn = w.maker_name
            ref = f"grup {mn}" if w.kind == "album" else mn
            paras[-1].append(rng.choice([f"Tak hanya itu, {ref} juga dinobatkan sebagai {mcat} pada ajang yang sama.",
                                         f"Selain itu, {ref} turut meraih kategori {mcat}."]))
            c.extra.append((mk, mcat))
        else:
            maker_won = False
            if mk is not None:
                c.ctx.negs.append(mk)
    return paras, shape + ("+maker_won" if maker_won else "")


P05_VARIANTS = ["first_said", "last_said", "first_bangga", "bagi", "nick", "two_each", "own_past_noyear"]


def refer_sentence(w, how):
    q1, q2 = rng.choice(Q)
    ref = {"first": w.first, "last": w.last, "nick": w.nick or w.first}[how]
    return rng.choice([end(f"{q1}{rng.choice(QUOTES)},{q2} kata {ref}"),
                       f"{ref} mengaku bangga sekaligus terharu atas penghargaan tersebut.",
                       f"Bagi {ref}, penghargaan ini menjadi penyemangat untuk terus berkarya.",
                       f"{ref} mengaku tidak menyangka namanya disebut sebagai pemenang."])


def p05(c, fi, level, pform):
    v = P05_VARIANTS[fi % len(P05_VARIANTS)]
    if v == "nick":
        pform = "nickname"
    if pform == "mononym" and v in ("first_said", "last_said"):
        pform = "bare"
    if v == "two_each":
        n = rng.choice([2, 3])
        forms = [rng.choice(["bare", "role", "origin", "degree"]) for _ in range(n)]
        W = c.winners(n, level, ("person",), forms, in_list=True)
        c.level = level
        body = percat(c, W) if level == "cat" else [listed(c, W, rng.choice(["yakni", "comma_subject"]))]
        refs = rng.sample(W, 2)
        more = [refer_sentence(refs[0], "first"),
                f"Sementara itu, {refs[1].first} berharap penghargaan ini memotivasi generasi muda."]
        return [body, more], v
    (w,) = c.winners(1, level, ("person",), [pform])
    shape = rng.choice(SINGLE[level])
    body = single(c, w, shape)
    q1, q2 = rng.choice(Q)
    if v == "first_said":
        more = [end(f"{q1}{rng.choice(QUOTES)},{q2} kata {w.first}")]
    elif v == "last_said":
        more = [end(f"{q1}{rng.choice(QUOTES)},{q2} ujar {w.last} usai menerima penghargaan")]
    elif v == "first_bangga":
        more = [f"{w.first} mengaku bangga bisa meraih penghargaan tersebut.",
                end(f"{q1}{rng.choice(QUOTES)},{q2} tuturnya")]
    elif v == "bagi":
        more = [f"Bagi {rng.choice([w.first, w.last])}, penghargaan ini menjadi bukti bahwa kerja keras tidak "
                f"mengkhianati hasil."]
    elif v == "nick":
        more = [f"{w.nick} mengaku tidak menyangka bisa meraih penghargaan tersebut.",
                end(f"{q1}{rng.choice(QUOTES)},{q2} kata {w.nick}")]
    else:  # the winner's own earlier win, told without a year: no record
        more = [f"Sebelumnya, {w.first} juga pernah meraih penghargaan serupa di tingkat provinsi.",
                end(f"{q1}{rng.choice(QUOTES)},{q2} kata {w.first}")]
    return [body, more], f"{v}.{shape}"


P06_VARIANTS = ["jury", "host", "nominee", "finalist", "official_handover", "official_spoke", "quoted_person",
                "past_noyear", "caption", "maker"]


def p06(c, fi, level, pform):
    v = P06_VARIANTS[fi % len(P06_VARIANTS)]
    ctx = c.ctx
    if v == "maker":
        wk = rng.choice([k for k in WORK_KINDS if WORK_DOMAIN[k] == c.D] or ["film"])
        if WORK_DOMAIN.get(wk) != c.D:
            raise RuntimeError("maker variant needs a works domain")
        cat = rng.choice(c.cats_for((wk,)))[0]
        w = make_work(ctx, wk, rng.random() < 0.6)
        w.cat = cat if level == "cat" else None
        c.W.append(w)
        body = single(c, w, rng.choice(SINGLE[level]))
        if w.maker_name:
            q1, q2 = rng.choice(Q)
            ref = w.maker_name if w.kind != "album" else f"Grup {w.maker_name}"
            body.append(rng.choice([f"{ref} mengatakan karya tersebut digarap selama hampir dua tahun.",
                                    end(f"{q1}Karya ini lahir dari kegelisahan kami,{q2} kata {ref}")]))
        else:
            body.append("Karya tersebut digarap selama hampir dua tahun.")
        return [body], v
    n = 1 if fi % 2 == 0 else rng.choice([2, 3])
    kinds = ("person",)
    forms = [pform] if n == 1 else [rng.choice(LIST_FORMS) for _ in range(n)]
    W = c.winners(n, level, kinds, forms, in_list=n > 1)
    if n == 1:
        body = single(c, W[0], rng.choice(SINGLE[level]))
    else:
        body = percat(c, W) if level == "cat" else [listed(c, W, rng.choice(["yakni", "colon", "comma_subject"]))]
    roles = c.A["jury"]
    q1, q2 = rng.choice(Q)
    before, after = [], []
    if v == "jury":
        k = rng.choice([2, 3])
        js = [f"{rng.choice(roles)} {ctx.neg_person()}" for _ in range(k)]
        s = rng.choice([f"Dewan juri terdiri atas {lst(rng, js)}.",
                        f"Penilaian dilakukan oleh dewan juri, yakni {lst(rng, js)}."])
        (before if rng.random() < 0.5 else after).append(s)
    elif v == "host":
        h1, h2 = ctx.neg_person(), ctx.neg_person()
        after.append(rng.choice([f"Malam penganugerahan dipandu oleh presenter {h1} dan {h2}.",
                                 f"Acara yang dibawakan pembawa acara {h1} itu juga dimeriahkan penampilan {h2}."]))
    elif v == "nominee":
        k = rng.choice([1, 2])
        ns = [f"{rng.choice(c.A['roles'])} {ctx.neg_person()}" for _ in range(k)]
        after.append(rng.choice([f"Adapun {lst(rng, ns)} yang juga masuk nominasi belum berhasil membawa pulang piala.",
                                 f"Sementara itu, {lst(rng, ns)} hanya masuk nominasi."]))
    elif v == "finalist":
        others = [ctx.neg_person() for _ in range(rng.choice([2, 3]))]
        allf = [w.ent.short for w in W] + others
        rng.shuffle(allf)
        before.append(f"Sebelumnya, dewan juri menetapkan {num_word(len(allf))} finalis, yakni {lst(rng, allf)}.")
    elif v == "official_handover":
        nm = ctx.neg_person()
        if not c.giver_named:
            c.giver_check = "skip"
        after.append(end(rng.choice([f"Penghargaan diserahkan langsung oleh {c.giver.official}, {tname(nm)}",
                                     f"Piala dan piagam diserahkan {c.giver.official}, {tname(nm)}"])))
    elif v == "official_spoke":
        nm = ctx.neg_person()
        if not c.giver_named:
            c.giver_check = "skip"
        after.append(end(f"{q1}Kami berharap para pemenang menjadi inspirasi bagi masyarakat luas,{q2} ujar "
                         f"{c.giver.official}, {tname(nm)}"))
    elif v == "quoted_person":
        nm = ctx.neg_person()
        role = rng.choice(roles + ["Ketua Dewan Juri", "Ketua Panitia"])
        after.append(end(f"{q1}Kualitas peserta tahun ini meningkat pesat,{q2} kata {role} {nm}"))
    elif v == "past_noyear":
        nm = ctx.neg_person()
        r = rng.choice(c.A["roles"])
        after.append(rng.choice([f"Pada edisi sebelumnya, penghargaan serupa diraih {r} {nm}.",
                                 f"Gelar itu sebelumnya pernah jatuh kepada {r} {nm}.",
                                 f"{cap(r)} {nm} tercatat pernah meraih penghargaan yang sama."]))
    elif v == "caption":
        n1, n2 = ctx.neg_person(), ctx.neg_person()
        role = rng.choice(["Ketua Dewan Juri", "Ketua Panitia"])
        cap_s = rng.choice([f"Keterangan foto: {role} {n1} (tengah) berfoto bersama para pemenang usai malam "
                            f"penganugerahan. (Foto: {n2})",
                            f"FOTO: Dari kiri, {n1} dan {n2} saat menghadiri malam penganugerahan {c.A['name']}."])
        before.append(cap_s)
    paras = []
    if before:
        paras.append(before)
    paras.append(body)
    if after:
        paras.append(after)
    return paras, v


# ---- the plan ---------------------------------------------------------------------------------------------------
FAMS = ["P01_name_forms", "P02_clause", "P03_lists", "P04_works", "P05_named_again", "P06_distractors"]
PER = 40
plan = [(f, i) for f in FAMS for i in range(PER)]
N = len(plan)
S = dict(level=balanced(["none", "cat"], N), giver=balanced(["named", "none"], N),
         tail=balanced(["none", "ceremony", "background"], N), yform=balanced(["tahun", "bare", "Tahun"], N),
         shape=balanced(SINGLE["cat"], N))
NP = sum(1 for f, _ in plan if f not in ("P04_works",))
DOM_IT = iter(balanced(PERSON_DOMAINS, NP))
PF_IT = iter(balanced(PFORMS, NP))
WK_IT = iter(balanced(WORK_KINDS, PER))
WORKS_DOMAINS = sorted(set(WORK_DOMAIN.values()))
FN = {"P01": p01, "P02": p02, "P03": p03, "P04": p04, "P05": p05, "P06": p06}

for i, (fam, fi) in enumerate(plan):
    sl = {k: v[i] for k, v in S.items()}
    key = fam[:3]
    level = sl["level"]
    if key == "P04":
        wk = next(WK_IT)
        D, pform, arg = WORK_DOMAIN[wk], wk, wk
    else:
        D, pform = next(DOM_IT), next(PF_IT)
        if key == "P01":
            pform = PFORMS[fi % len(PFORMS)]
        if key == "P06" and P06_VARIANTS[fi % len(P06_VARIANTS)] == "maker" and D not in WORKS_DOMAINS:
            D = rng.choice(WORKS_DOMAINS)
        arg = pform
    c = Case(D, sl)
    c.level = level
    paras, shape = FN[key](c, fi, level, arg)
    paras = [[cap(x) for x in p] for p in paras]
    tail = sl["tail"]
    if tail == "ceremony":
        s = ceremony(c)
    elif tail == "background":
        s = background(c)
    if tail != "none":
        if paras[-1] and "\n" not in paras[-1][-1]:
            paras[-1].append(s)
        else:
            paras.append([s])
    text = "\n\n".join(" ".join(p) for p in paras if p) + "\n"
    text = re.sub(r"\.\.(?=\s|$)", ".", text)
    text = re.sub(r",,", ",", text)
    giver = c.giver if c.giver_named else None
    if c.giver_check == "skip":
        giver = "skip"
    def want(cat):
        return [dict(year=c.Y, name=c.A["name"], cat=cat, giver=giver, rb=None, date=c.date, place=c.place)]
    exp = [(w.ent, want(w.cat)) for w in c.W] + [(e, want(cat)) for e, cat in c.extra]
    expected = {id(w.ent) for w in c.W} | {id(e) for e, _ in c.extra}
    negs = [x for x in list(c.negs) + list(c.ctx.negs) if id(x) not in expected] + [c.giver]
    kinds = sorted({w.kind if w.kind in ("person", "band") else "work" for w in c.W})
    forms = sorted({w.form for w in c.W if w.kind == "person"})
    slots = dict(family=fam, shape=f"{key}.{shape}", domain=D, level=c.level, giver=sl["giver"], tail=tail,
                 yform=sl["yform"], rkind="+".join(kinds), nwin=str(min(len(c.W) + len(c.extra), 4)))
    if key in ("P01", "P02", "P05", "P06") and len(c.W) == 1 and c.W[0].kind == "person":
        slots["pform"] = c.W[0].form
    if key == "P04":
        slots["work"] = arg
    good = finish(slots, text, c.pub, exp, negs)
    if key == "P03":
        for f in forms:
            g.bump(f"listform={f}", good)

g.report()
if not os.environ.get("PROBE_QUIET"):
    print("   info (not failing):", dict(INFO.most_common()))
if os.environ.get("G18_DUMP"):  # every text, for reading the grid's own Indonesian
    with open(os.environ["G18_DUMP"], "w") as f:
        for t, (tag, good, probs) in g.outcomes.items():
            f.write(f"[{tag}] {'OK' if good else 'FAIL'} {probs}\n{t}\n")
