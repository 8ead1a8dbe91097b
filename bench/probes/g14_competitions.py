"""Grid 14: competitions and award nights whose winners are persons, groups or villages, by category and rank,
written the way Indonesian regional news writes them.
Independent slots: the kind of event (journalism award by a provincial government or a PWI branch, lomba desa /
kelurahan, village innovation, anti-corruption village, teacher, health worker, pemuda pelopor, pokdarwis), how the
winners are told (prose "Juara I kategori .. diraih X" / "X keluar sebagai juara pertama .., posisi kedua
ditempati .." / "juara I jatuh kepada .." / "disusul Y dan Z di posisi kedua dan ketiga" / "Juara I: X" lines /
numbered lines under category headings / prose under category headings), the numeral style of the rank, the
number of categories, the attribute next to a winner that is not a recipient (outlet, employer, school, address,
a group's chairman) and its form (brackets / apposition / "dari"), a jury score for some winners (the award's
score and a score record), prize money (no score), the date of the handover (none / announcement / ceremony told
before or after the winners; day name + (dd/mm) with or without the year), the award year handed over in the same
or the next year, a distractor (finalists who did not win, the jury, next year's plan), an earlier year's win told
with its year (its own record), and for villages and groups who received it on their behalf.
Expected per winner: one award (recipient = the person / the village "Desa X" / the group, name = the event's award,
category = the competition category, grade = the rank as written, "Juara 1" or, for "posisi kedua", "Peringkat 2",
year, giver = the organising institution, date when told, received_by only when told), a score record for each
winner with a jury score; nothing for outlets, schools, addresses, chairmen, jurors, finalists, officials, plans.
Place is compared as information only, as is the recipient type of persons."""
import random
from datetime import date, timedelta
from functools import partial

from common import *

rng = random.Random(1414)
g = Grid("g14_competitions")

PROV_ALIASES = {"Kepulauan Bangka Belitung": ["Bangka Belitung", "Babel"],
                "Daerah Istimewa Yogyakarta": ["DI Yogyakarta", "Yogyakarta", "DIY"]}
ROMAN = {1: "I", 2: "II", 3: "III"}
WORD = {1: "pertama", 2: "kedua", 3: "ketiga"}


_REGION_NAMES = KAB + KOTA + PROV
_VILL = ["Sukamaju", "Mekarsari", "Tanjung Harapan", "Sidomulyo", "Karangrejo", "Air Putih", "Pandanrejo",
         "Sumbersari", "Tegalrejo", "Lubuk Sakti", "Pematang Tinggi", "Sungai Rotan", "Rejosari", "Mulyoharjo",
         "Cempaka Putih", "Teluk Jering", "Ngadirejo", "Margodadi", "Talang Jaya", "Kebon Agung", "Sumber Makmur",
         "Wonokerto", "Gunung Sari", "Suka Damai"]
VILLS = [v for v in _VILL if not any(clash(v, r) for r in _REGION_NAMES)]
_KEC = ["Bukit Kemuning", "Rambah Hilir", "Pagar Dewa", "Sukadana Ilir", "Lembah Sari", "Tanah Merah Hulu",
        "Sungai Lala", "Ujung Padang", "Kuala Baru", "Payung Sekaki", "Sindang Kelingi", "Batang Kuis"]
KECS = [k for k in _KEC if not any(clash(k, r) for r in _REGION_NAMES) and not any(clash(k, v) for v in VILLS)]
GROUPS = ["Tunas Harapan", "Bina Lestari", "Maju Bersama", "Pesona Alam", "Karya Mandiri", "Sekar Arum",
          "Panorama Indah", "Bukit Cinta", "Sinar Bahari", "Lestari Jaya", "Cahaya Lembah", "Pelangi Nusa",
          "Teratai Biru", "Alam Permai"]
UNIVS = ["Universitas Nusa Cendana Raya", "Universitas Bina Insani", "Politeknik Negeri Sriwangi",
         "Universitas Pelita Harapan Bangsa"]
VENUES = ["Aula Kantor Gubernur {P}", "Gedung Serbaguna Bhakti Praja", "Hotel Grand Mutiara", "Pendopo Rumah Dinas "
          "Gubernur {P}", "Hotel Santika Permai", "Balai Pertemuan Praja Utama"]


def _local(p):
    return [k for k in p["kabupaten"] if k in KAB and not clash(k, p["name"])]


LOCAL = {p["name"]: _local(p) for p in reg["provinces"]}
PROVS = [p for p, loc in LOCAL.items() if len(loc) >= 6 and p != "DKI Jakarta"]


balanced = partial(spread_evenly, rng=rng)  # (see common.py)




def fmtv(v, style):
    return (f"{v:.2f}" if style == 2 else f"{v:g}").replace(".", ",")


def when_str(d, fmt):
    if fmt == "full":
        return f"{DAYS[d.weekday()]} ({d.day}/{d.month}/{d.year})"
    return f"{DAYS[d.weekday()]} ({d.day}/{d.month})"


# ---- givers ----------------------------------------------------------------------------------------------------
def prov_bases(P):
    return [P] + PROV_ALIASES.get(P, [])


def pemprov(P):
    acc = [f"{h}{b}" for b in prov_bases(P) for h in ("", "Provinsi ", "Pemerintah Provinsi ", "Pemprov ", "Prov ")]
    e = Ent(rng.choice([f"Pemerintah Provinsi {P}", f"Pemprov {P}"]), acc, f"Pemprov {P}")
    e.official = lambda nm: rng.choice([f"Gubernur {P} {titled(rng, nm, npost=0)}",
                                        f"Wakil Gubernur {P}, {titled(rng, nm)}",
                                        f"Sekretaris Daerah Provinsi {P}, {titled(rng, nm)}"])
    return e


def pwi(P):
    acc = [f"{h} {m}{b}" for h in ("PWI", "Persatuan Wartawan Indonesia", "Persatuan Wartawan Indonesia (PWI)")
           for m in ("Provinsi ", "", "Cabang ") for b in prov_bases(P)]
    e = Ent(rng.choice([f"PWI Provinsi {P}", f"Persatuan Wartawan Indonesia (PWI) Provinsi {P}", f"PWI {P}"]), acc,
            f"PWI {P}")
    e.official = lambda nm: f"Ketua PWI Provinsi {P}, {nm}"
    return e


DINAS = {"pendidikan": ("Dinas Pendidikan", "Disdik"), "kesehatan": ("Dinas Kesehatan", "Dinkes"),
         "pora": ("Dinas Pemuda dan Olahraga", "Dispora"), "pariwisata": ("Dinas Pariwisata", "Dispar"),
         "pmd": ("Dinas Pemberdayaan Masyarakat dan Desa", "DPMD")}


def dinas(P, key):
    full, ab = DINAS[key]
    acc = [f"{h} {m}{b}" for h in (full, ab, f"{full} ({ab})") for m in ("Provinsi ", "") for b in prov_bases(P)]
    e = Ent(rng.choice([f"{full} Provinsi {P}", f"{full} ({ab}) Provinsi {P}", f"{ab} {P}"]), acc, f"{ab} {P}")
    e.official = lambda nm: f"Kepala {full} Provinsi {P}, {titled(rng, nm)}"
    return e


# ---- event kinds -----------------------------------------------------------------------------------------------
# cats: (category as recorded, as written in prose); who: person / village / group
KINDS = {
    "jurnalistik_pemprov": dict(who="person", giver=lambda P: pemprov(P),
                                names=["Lomba Karya Jurnalistik", "Anugerah Jurnalistik Pena Emas"],
                                cats=[("Berita Cetak", "berita cetak"), ("Foto Jurnalistik", "foto jurnalistik"),
                                      ("Video Jurnalistik", "video jurnalistik"), ("Radio", "radio"),
                                      ("Media Daring", "media daring")]),
    "jurnalistik_pwi": dict(who="person", giver=lambda P: pwi(P),
                            names=["Anugerah Karya Jurnalistik", "Lomba Karya Tulis Jurnalistik"],
                            cats=[("Berita Cetak", "berita cetak"), ("Foto Jurnalistik", "foto jurnalistik"),
                                  ("Video Jurnalistik", "video jurnalistik"), ("Radio", "radio"),
                                  ("Media Daring", "media daring")]),
    "lomba_desa": dict(who="village", giver=lambda P: rng.choice([pemprov(P), dinas(P, "pmd")]),
                       names=["Lomba Desa dan Kelurahan"], suffix=" Tingkat Provinsi {P}",
                       cats=[("Desa", "desa"), ("Kelurahan", "kelurahan")]),
    "desa_inovasi": dict(who="village", giver=lambda P: dinas(P, "pmd"),
                         names=["Anugerah Desa Inovatif", "Lomba Inovasi Desa"],
                         cats=[("Inovasi Pelayanan Publik", "inovasi pelayanan publik"),
                               ("Inovasi Ekonomi", "inovasi ekonomi"),
                               ("Inovasi Teknologi Tepat Guna", "inovasi teknologi tepat guna")]),
    "desa_antikorupsi": dict(who="village", giver=lambda P: pemprov(P),
                             names=["Lomba Desa Antikorupsi", "Penghargaan Desa Antikorupsi"], cats=[]),
    "guru": dict(who="person", giver=lambda P: dinas(P, "pendidikan"),
                 names=["Pemilihan Guru Berprestasi", "Apresiasi Guru dan Tenaga Kependidikan Berprestasi"],
                 cats=[("Guru SD", "guru SD"), ("Guru SMP", "guru SMP"), ("Guru SMA", "guru SMA"),
                       ("Kepala Sekolah", "kepala sekolah")]),
    "nakes": dict(who="person", giver=lambda P: dinas(P, "kesehatan"),
                  names=["Pemilihan Tenaga Kesehatan Teladan", "Anugerah Tenaga Kesehatan Teladan"],
                  cats=[("Dokter", "dokter"), ("Perawat", "perawat"), ("Bidan", "bidan"),
                        ("Tenaga Gizi", "tenaga gizi")]),
    "pemuda": dict(who="person", giver=lambda P: rng.choice([dinas(P, "pora"), pemprov(P)]),
                   names=["Pemilihan Pemuda Pelopor", "Anugerah Pemuda Pelopor"],
                   cats=[("Bidang Pendidikan", "bidang pendidikan"), ("Bidang Sosial Budaya", "bidang sosial budaya"),
                         ("Bidang Inovasi Teknologi", "bidang inovasi teknologi"), ("Bidang Pangan", "bidang pangan")]),
    "pokdarwis": dict(who="group", giver=lambda P: dinas(P, "pariwisata"),
                      names=["Lomba Kelompok Sadar Wisata", "Anugerah Pokdarwis"],
                      cats=[("Rintisan", "rintisan"), ("Berkembang", "berkembang"), ("Maju", "maju")]),
}
JOUR = {"Berita Cetak": ("wartawan", ["Harian Pelita Nusantara", "Harian Warta Andalas", "Harian Suara Khatulistiwa",
                                      "Harian Pos Cendana"]),
        "Foto Jurnalistik": ("pewarta foto", ["Harian Pelita Nusantara", "Harian Sinar Pagi Raya",
                                              "Harian Warta Andalas", "Harian Pos Cendana"]),
        "Video Jurnalistik": ("jurnalis", ["Nusa TV", "Borneo Raya TV", "Khatulistiwa TV", "TVRI {P}"]),
        "Radio": ("reporter", ["Radio Swara Kencana FM", "Radio Suara Bahari FM", "RRI {K}", "Radio Gema Praja FM"]),
        "Media Daring": ("jurnalis", ["kabarlima.com", "lintasdaerah.id", "wartaprima.co.id", "suarasatu.com"])}
NAKES = {"Dokter": ("dokter", lambda nm: f"dr. {nm}"), "Perawat": ("perawat", lambda nm: f"{nm}, S.Kep., Ns."),
         "Bidan": ("bidan", lambda nm: f"{nm}, A.Md.Keb."), "Tenaga Gizi": ("nutrisionis", lambda nm: f"{nm}, S.Gz.")}
SCHOOL = {"Guru SD": "SD Negeri", "Guru SMP": "SMP Negeri", "Guru SMA": "SMA Negeri", "Kepala Sekolah": "SMK Negeri"}


class Ctx:
    """one text's invented names, kept distinct"""

    def __init__(self, P):
        self.P = P
        self.used = set()
        self.kabs = list(LOCAL[P])
        rng.shuffle(self.kabs)
        self.vills = list(VILLS)
        rng.shuffle(self.vills)
        self.kecs = list(KECS)
        rng.shuffle(self.kecs)
        self.groups = list(GROUPS)
        rng.shuffle(self.groups)

    def person(self):
        for i in range(500):  # distinct last names while they last, then distinct names
            nm = person(rng)
            if nm not in self.used and (i > 100 or not any(nm.split()[-1] == u.split()[-1] for u in self.used)):
                self.used.add(nm)
                return nm
        raise RuntimeError("no fresh name")

    def kab(self):
        return rng.choice(self.kabs)

    def vill(self):
        return self.vills.pop()

    def kec(self):
        return rng.choice(self.kecs)


def make_winner(ctx, kind, cat, negs):
    """a winner Ent with .attr: {paren, appos, dari} renderings and .short"""
    who = KINDS[kind]["who"]
    P = ctx.P
    if who == "person":
        nm = ctx.person()
        if kind.startswith("jurnalistik"):
            role, outs = JOUR[cat]
            out = rng.choice(outs).format(P=P, K=ctx.kab())
            surf = nm
            attr = {"paren": f" ({out})", "appos": f", {role} {out}", "dari": f" dari {out}", "dash": f" – {out}"}
            negs.append(Ent(out, [out]))
        elif kind == "nakes":
            role, tf = NAKES[cat]
            surf = tf(nm)
            pk = f"Puskesmas {ctx.vill()}"
            k = ctx.kab()
            attr = {"paren": f" ({pk}, Kabupaten {k})", "appos": f", {role} di {pk}, Kabupaten {k}",
                    "dari": f" dari {pk}, Kabupaten {k}", "dash": f" – {pk}, Kabupaten {k}"}
            negs += [Ent(pk, [pk]), Ent(k, [k, f"Kabupaten {k}"])]
        elif kind == "guru":
            surf = f"{nm}, {rng.choice(['S.Pd.', 'M.Pd.', 'S.Pd., M.Pd.'])}"
            k = ctx.kab()
            sc = f"{SCHOOL[cat]} {rng.randint(1, 9)} {k}"
            role = "kepala" if cat == "Kepala Sekolah" else "guru"
            attr = {"paren": f" ({sc})", "appos": f", {role} {sc}", "dari": f" dari {sc}", "dash": f" – {sc}"}
            negs += [Ent(sc, [sc]), Ent(k, [k, f"Kabupaten {k}"])]
        else:  # pemuda
            surf = nm
            k = ctx.kab()
            attr = {"paren": f" (Kabupaten {k})", "appos": f", utusan Kabupaten {k}", "dari": f" asal Kabupaten {k}",
                    "dash": f" – Kabupaten {k}"}
            negs.append(Ent(k, [k, f"Kabupaten {k}", f"Pemerintah Kabupaten {k}", f"Pemkab {k}"]))
        e = Ent(surf, [nm, surf], nm)
        e.plain = nm
    elif who == "village":
        v = ctx.vill()
        lvl = "Kelurahan" if cat == "Kelurahan" else "Desa"
        surf = f"{lvl} {v}"
        acc = [surf, v] + ([f"Pemerintah Desa {v}", f"Pemdes {v}"] if lvl == "Desa" else [f"Pemerintah Kelurahan {v}"])
        kc, k = ctx.kec(), ctx.kab()
        attr = {"paren": f" (Kecamatan {kc}, Kabupaten {k})", "appos": f", Kecamatan {kc}, Kabupaten {k}",
                "dari": f" dari Kabupaten {k}", "dash": f" – Kecamatan {kc}, Kabupaten {k}"}
        negs += [Ent(kc, [kc, f"Kecamatan {kc}"]), Ent(k, [k, f"Kabupaten {k}", f"Pemerintah Kabupaten {k}",
                                                              f"Pemkab {k}"])]
        e = Ent(surf, acc, surf)
        e.head = ("Kepala Desa" if lvl == "Desa" else "Lurah") + f" {v}"
        e.head_name = ctx.person()
    else:  # group
        gname = ctx.groups.pop()
        surf = f"Pokdarwis {gname}"
        acc = [surf, f"Kelompok Sadar Wisata {gname}", f"Kelompok Sadar Wisata (Pokdarwis) {gname}"]
        v, k = ctx.vill(), ctx.kab()
        chair = ctx.person()
        attr = {"paren": f" (Desa {v}, Kabupaten {k})", "appos": f", yang diketuai {chair}",
                "dari": f" dari Desa {v}, Kabupaten {k}", "dash": f" – Desa {v}, Kabupaten {k}"}
        negs += [Ent(v, [v, f"Desa {v}"]), Ent(k, [k, f"Kabupaten {k}"]), Ent(chair, [chair])]
        e = Ent(surf, acc, surf)
        e.head = f"Ketua {surf}"
        e.head_name = chair
    e.attr = attr
    e.who = who
    return e


# ---- checking --------------------------------------------------------------------------------------------------
NUMS = {"pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "i": 1, "ii": 2, "iii": 3, "1": 1, "2": 2, "3": 3}


def parse_rank(s):
    toks = norm(s or "").replace("ke ", "").split()
    word = toks[0] if toks and toks[0] not in NUMS else None
    num = next((NUMS[t] for t in toks if t in NUMS), None)
    return word, num


def cat_ok(exp, got, others):
    """the category's own words are there and no other category's own words"""
    gt = set(norm(got).split())
    et = set(norm(exp).split())
    other_t = set().union(*[set(norm(o).split()) for o in others]) if others else set()
    own = et - other_t or et
    return own <= gt and not ((gt & other_t) - et) and tokf1(exp, got) >= 0.5


near = near_name  # (see common.py)


INFO = collections.Counter()


def check_fields(e, a, w, problems, info):
    who = f"{e.short} {w['year']}"
    if max(tokf1(f, a.name) for f in w["names"]) < 0.5:
        problems.append(f"name: {who} expected {w['names'][0]!r}, got {a.name!r}")
    # category
    if w["cat"] is None:
        if a.category is not None and not w.get("cat_info"):
            problems.append(f"category: {who} expected None, got {a.category!r}")
    elif a.category is None or not cat_ok(w["cat"], a.category, w["other_cats"]):
        if w.get("cat_info"):
            info.append(f"earlier-category: {who} expected {w['cat']!r}, got {a.category!r}")
        else:
            problems.append(f"category: {who} expected {w['cat']!r}, got {a.category!r}")
    # grade
    gw, gn = parse_rank(a.grade)
    if gn != w["rank"]:
        problems.append(f"grade: {who} expected {w['grade_words'][0]} {w['rank']}, got {a.grade!r}")
    elif gw not in w["grade_words"]:
        problems.append(f"grade-word: {who} expected {'/'.join(w['grade_words'])} {w['rank']}, got {a.grade!r}")
    handover_fields(a, w, who, problems, info)  # score on the award, giver, received_by, date, place
    if e.who == "person" and getattr(a.recipient, "type", "person") != "person":
        info.append(f"person-type: {e.short} typed {a.recipient.type!r}")


def check(awards, scores, exp, negs, exp_scores):
    problems, info = [], []
    check_records(awards, exp, negs, near, check_fields, problems, info)
    problems += score_records(scores, exp_scores)
    for i in info:
        INFO[i.split(":")[0]] += 1
    return problems, info



def finish(slots, text, pub, exp, negs, exp_scores):
    awards, scores = run(text, pub)
    problems, info = check(awards, scores, exp, negs, exp_scores)
    keys = list(slots)
    g.record(f"{keys[0]}={slots[keys[0]]}", text, problems, awards, scores)
    good = not problems
    for k in keys[1:]:
        g.bump(f"{k}={slots[k]}", good)


# ---- the texts -------------------------------------------------------------------------------------------------
FORMS = ["prose_diraih", "prose_keluar", "prose_jatuh", "disusul", "lines_colon", "lines_numbered", "heading_prose"]
REPS = 3
N = len(KINDS) * len(FORMS) * REPS
S = dict(numeral=balanced(["roman", "arabic", "word"], N), ncat=balanced([1, 2, 3], N),
         attr=balanced(["paren", "appos", "dari"], N), score=balanced(["none", "one", "top"], N),
         money=balanced(["none", "schedule", "winner"], N),
         handover=balanced(["none", "announce", "ceremony_before", "ceremony_after"], N),
         datefmt=balanced(["short", "full"], N), ymode=balanced(["same", "same", "next"], N),
         distractor=balanced(["none", "finalists", "jury", "plan"], N), earlier=balanced(["no", "yes"], N),
         rb=balanced(["no", "yes"], N))


def num_s(r, style):
    return {"roman": ROMAN[r], "arabic": str(r), "word": WORD[r]}[style]


def score_val():
    v = round(rng.uniform(72, 95) * 4) / 4 if rng.random() < 0.5 else round(rng.uniform(72, 95), 2)
    return v, (2 if rng.random() < 0.5 else 1)


case = 0
for kind, K in KINDS.items():
    for form in FORMS:
        for rep in range(REPS):
            sl = {k: v[case] for k, v in S.items()}
            case += 1
            P = rng.choice(PROVS)
            ctx = Ctx(P)
            Y = rng.choice([2023, 2024])
            giver = K["giver"](P)
            gsurf = giver.surface
            aname = rng.choice(K["names"])
            asurf = aname + K.get("suffix", "").format(P=P)
            ay = rng.choice([f"{asurf} Tahun {Y}", f"{asurf} {Y}"])
            negs = []
            cats = rng.sample(K["cats"], min(sl["ncat"], len(K["cats"]))) if K["cats"] else [None]
            ncat = len(cats) if cats[0] else 0
            attr = sl["attr"]
            nstyle = sl["numeral"]
            # winners per category, ranks 1..3
            table = []  # (cat, [(ent, rank)])
            for c in cats:
                table.append((c, [(make_winner(ctx, kind, c[0] if c else None, negs), r) for r in (1, 2, 3)]))
            allw = [(c, e, r) for c, ws in table for e, r in ws]
            # jury scores
            sc = {}
            if sl["score"] == "one":
                _, e, _ = rng.choice(allw)
                sc[id(e)] = score_val()
            elif sl["score"] == "top":
                for c, ws in table:
                    sc[id(ws[0][0])] = score_val()

            def W(e, tail="", style=None):
                """the winner with its attribute, a comma closing an apposition before more words"""
                a = e.attr[style or attr]
                s = e.surface + a
                if ((style or attr) == "appos" or "," in a) and tail and tail[0] not in ",.;":
                    s += ","
                return s + tail

            def SC(e, lines=False):
                if id(e) not in sc:
                    return ""
                v, st = sc[id(e)]
                return f", nilai {fmtv(v, st)}" if lines else f" dengan nilai {fmtv(v, st)}"

            grades = {}  # id(e) -> accepted words
            JU, PJ = ["juara"], ["juara", "peringkat"]
            body = []
            # dates
            if sl["ymode"] == "same":
                d = date(Y, rng.choice([10, 11, 12]), rng.randint(1, 20))
            else:
                d = date(Y + 1, rng.choice([1, 2]), rng.randint(1, 25))
            pub = d + timedelta(days=rng.randint(0, 2))
            ds = when_str(d, sl["datefmt"])
            venue = rng.choice(VENUES).format(P=P)
            off_name = ctx.person()
            negs.append(Ent(off_name, [off_name]))
            official = giver.official(off_name)
            official_mid = official + ("," if "," in official else "")  # an apposition closed before "kepada"
            hpn = f" dalam rangkaian peringatan Hari Pers Nasional (HPN) {Y + 1}" if (
                kind.startswith("jurnalistik") and sl["ymode"] == "next") else ""
            intro_plain = rng.choice([f"{gsurf} mengumumkan para pemenang {ay}.",
                                      f"{cap(ay)} yang digelar {gsurf} diikuti {rng.randint(40, 180)} peserta dari "
                                      f"{rng.randint(8, 30)} kabupaten/kota."])
            if sl["handover"] == "none":
                body.append(intro_plain)
                date_exp, place_exp = None, None
            elif sl["handover"] == "announce":
                body.append(f"{gsurf} mengumumkan para pemenang {ay}, {ds}.")
                date_exp, place_exp = d, None
            elif sl["handover"] == "ceremony_before":
                body.append(f"{gsurf} menyerahkan penghargaan kepada para pemenang {ay} di {venue}, {ds}{hpn}.")
                body.append(end(f"Penghargaan diserahkan langsung oleh {official}"))
                date_exp, place_exp = d, venue
            else:
                body.append(intro_plain)
                date_exp, place_exp = d, venue
            # the winners
            if form.startswith("lines") or form == "heading_prose":
                body.append(rng.choice([f"Berikut daftar juara {ay}:", "Berikut daftar para juara:",
                                        "Adapun para juara sebagai berikut:"]))
            for ci, (c, ws) in enumerate(table):
                (e1, _), (e2, _), (e3, _) = ws
                kc = (f" {c[1]}" if c[1].startswith("bidang") else f" kategori {c[1]}") if c else ""
                head = ((c[0] if c[0].startswith("Bidang") else f"Kategori {c[0]}") if c else None)
                n1, n2, n3 = (num_s(r, nstyle) for r in (1, 2, 3))
                if form == "prose_diraih":
                    body.append(f"Juara {n1}{kc} diraih {W(e1, SC(e1))}. Juara {n2} diraih {W(e2, SC(e2))}, "
                                f"sedangkan juara {n3} diraih {W(e3, SC(e3))}.")
                    for e in (e1, e2, e3):
                        grades[id(e)] = JU
                elif form == "prose_keluar":
                    body.append(f"{W(e1, f' keluar sebagai juara {n1}{kc}' + SC(e1))}. Posisi kedua ditempati "
                                f"{W(e2, SC(e2))}, sedangkan posisi ketiga ditempati {W(e3, SC(e3))}.")
                    grades[id(e1)], grades[id(e2)], grades[id(e3)] = JU, PJ, PJ
                elif form == "prose_jatuh":
                    lead = f"Untuk{kc}, juara" if c else "Juara"
                    body.append(f"{lead} {n1} jatuh kepada {W(e1, SC(e1) + ',')} juara {n2} kepada "
                                f"{W(e2, SC(e2) + ',')} dan juara {n3} kepada {W(e3, SC(e3))}.")
                    for e in (e1, e2, e3):
                        grades[id(e)] = JU
                elif form == "disusul":
                    body.append(f"Juara {n1}{kc} diraih {W(e1, SC(e1) + ',')} disusul {W(e2, SC(e2) + ' dan')} "
                                f"{W(e3, SC(e3) + ' di posisi kedua dan ketiga')}.")
                    grades[id(e1)], grades[id(e2)], grades[id(e3)] = JU, PJ, PJ
                elif form == "lines_colon":
                    st = "dash" if attr == "appos" and rng.random() < 0.5 else attr
                    lines = ([head] if head else []) + [f"Juara {num_s(r, nstyle) if nstyle != 'word' else cap(WORD[r])}:"
                                                        f" {W(e, SC(e, True), st)}" for e, r in ws]
                    body.append("\n".join(lines))
                    for e in (e1, e2, e3):
                        grades[id(e)] = JU
                elif form == "lines_numbered":
                    st = "dash" if attr == "appos" else attr
                    lines = ([head + ":"] if head else []) + [f"{r}. {W(e, SC(e, True), st)}" for e, r in ws]
                    body.append("\n".join(lines))
                    for e in (e1, e2, e3):
                        grades[id(e)] = PJ
                else:  # heading_prose
                    s = (f"Juara {n1} diraih {W(e1, SC(e1))}. Juara {n2} diraih {W(e2, SC(e2))}, sedangkan juara "
                         f"{n3} diraih {W(e3, SC(e3))}.")
                    body.append(f"{head}\n{s}" if head else s)
                    for e in (e1, e2, e3):
                        grades[id(e)] = JU
            if sl["handover"] == "ceremony_after":
                body.append(f"Penghargaan diserahkan langsung oleh {official_mid} kepada para pemenang di {venue}, "
                            f"{ds}{hpn}.")
            # extras
            extra = []
            rb = {}
            if sl["rb"] == "yes" and K["who"] != "person":
                _, e, _ = rng.choice(allw)
                rb[id(e)] = e.head_name
                negs.append(Ent(e.head_name, [e.head_name]))
                if e.who == "group":
                    extra.append(end(f"Penghargaan untuk {e.surface} diterima langsung oleh ketuanya, "
                                     f"{e.head_name}"))
                else:
                    extra.append(end(f"Penghargaan untuk {e.surface} diterima langsung oleh {e.head}, "
                                     f"{titled(rng, e.head_name)}"))
            if sl["money"] == "schedule":
                m1, m2, m3 = rng.choice([(10, 7, 5), (15, 10, "7,5"), (20, 15, 10), (25, 20, 15)])
                extra.append(f"Juara I berhak atas uang pembinaan Rp {m1} juta, juara II Rp {m2} juta, dan juara "
                             f"III Rp {m3} juta, ditambah trofi dan piagam penghargaan.")
            elif sl["money"] == "winner":
                _, e, _ = rng.choice(allw)
                nm = e.plain if e.who == "person" else e.surface
                extra.append(rng.choice([f"Selain trofi, {nm} juga membawa pulang uang pembinaan Rp "
                                         f"{rng.choice([5, 7, 10, 15])} juta.",
                                         f"{cap(nm)} juga berhak atas uang pembinaan sebesar Rp "
                                         f"{rng.choice([5, 7, 10, 15])} juta."]))
            if sl["distractor"] == "finalists":
                c0 = table[0][0]
                f1, f2 = (make_winner(ctx, kind, c0[0] if c0 else None, negs) for _ in range(2))
                negs += [f1, f2]
                if K["who"] == "person":
                    extra.append(f"Dewan juri sebelumnya menetapkan {rng.choice(['sembilan', '12', '15'])} finalis. "
                                 f"Finalis lain, antara lain {f1.surface}{f1.attr['paren']} dan {f2.surface}"
                                 f"{f2.attr['paren']}, belum berhasil meraih juara.")
                else:
                    extra.append(f"Adapun {f1.surface} dan {f2.surface} yang juga masuk nominasi belum berhasil "
                                 f"meraih juara.")
            elif sl["distractor"] == "jury":
                j = [ctx.person() for _ in range(3)]
                negs += [Ent(x, [x]) for x in j]
                roles = ["wartawan senior", "praktisi media"] if kind.startswith("jurnalistik") else \
                    ["praktisi", f"perwakilan {giver.short}"]
                extra.append(f"Dewan juri terdiri atas {titled(rng, j[0])} (akademisi {rng.choice(UNIVS)}), {j[1]} "
                             f"({roles[0]}), dan {j[2]} ({roles[1]}).")
            elif sl["distractor"] == "plan":
                if K["who"] == "person" and not kind.startswith("jurnalistik") and rng.random() < 0.5 or \
                        K["who"] != "person" and rng.random() < 0.5:
                    extra.append(f"Para juara I akan diusulkan mewakili Provinsi {P} pada lomba tingkat nasional "
                                 f"tahun {Y + 1}.")
                else:
                    extra.append(f"Tahun depan, {gsurf} berencana menambah jumlah kategori pada {aname} {Y + 1}.")
            earlier = None
            if sl["earlier"] == "yes":
                c, e, _ = rng.choice(allw)
                Y0 = Y - rng.randint(1, 3)
                r0 = rng.randint(1, 3)
                nm = e.plain if e.who == "person" else e.surface
                extra.append(f"{cap(nm)} sebelumnya juga meraih juara {ROMAN[r0]} pada {asurf} {Y0}.")
                earlier = (e, Y0, r0, c)
            rng.shuffle(extra)
            text = "\n\n".join(body) + "\n\n" + " ".join(extra) + "\n" if extra else "\n\n".join(body) + "\n"

            exp, exp_scores = [], []
            catnames = [c[0] for c in cats] if cats[0] else []
            for c, e, r in allw:
                others = [x for x in catnames if c and x != c[0]]
                wants = [dict(year=Y, names=[aname], cat=c[0] if c else None, other_cats=others, rank=r,
                              grade_words=grades[id(e)], score=sc[id(e)][0] if id(e) in sc else None, giver=giver,
                              rb=rb.get(id(e)), date=date_exp, place=place_exp)]
                if earlier and earlier[0] is e:
                    wants.append(dict(year=earlier[1], names=[aname], cat=c[0] if c else None, other_cats=others,
                                      cat_info=True, rank=earlier[2], grade_words=JU, score=None, giver=None,
                                      rb=None, date=None))
                exp.append((e, wants))
                if id(e) in sc:
                    exp_scores.append((e, Y, sc[id(e)][0]))
            slots = dict(kind=kind, form=form, **{k: v for k, v in sl.items()})
            if not K["cats"]:
                slots["ncat"] = "0"
            if K["who"] == "person":
                slots["rb"] = "n/a"
            finish(slots, text, pub, exp, negs, exp_scores)

g.report()
if not os.environ.get("PROBE_QUIET"):
    print("   info (not failing):", dict(INFO.most_common()))
if os.environ.get("G14_DUMP"):  # every text, for reading the grid's own Indonesian
    with open(os.environ["G14_DUMP"], "w") as f:
        for t, (tag, good, probs) in g.outcomes.items():
            f.write(f"[{tag}] {'OK' if good else 'FAIL'}\n{t}\n")
