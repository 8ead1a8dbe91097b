"""Grid 9: references back across sentences in a 3-5 sentence mini-article.

Slots: how the recipient is referred to later (a kind noun with description and demonstrative, a counted
group, a pronoun for a person, the bare region name, a short name of a unit or person); what the
referring sentence tells (an earlier year's award, a score, the same award again, a receiver, a handover
told after, a handover told before the award sentence); the distractor between antecedent and reference
(none, another region named only as a place, another recipient of the same kind told after - the
reference then goes to that nearest fitting one -, another recipient of another kind, a quote). A sixth
ref value, "full" (the full name told again), is a control: a form that fails there fails for no reference.
A case fails if an expected value is missing or sits on the wrong recipient, or a spurious recipient appears."""
import random
import itertools
from common import *

rng = random.Random(909)
g = Grid("g9_refer")

AW_REGION = [("Anugerah Inovasi Daerah", "inovasi"), ("Penghargaan Pelayanan Prima", "prima"),
             ("Penghargaan Pembina Ketahanan Pangan", "pangan"), ("Anugerah Keterbukaan Informasi Publik", "keterbukaan"),
             ("Penghargaan Kabupaten Sehat Lestari", "lestari"), ("Anugerah Tata Kelola Arsip", "arsip")]
AW_DESA = [("Anugerah Desa Wisata Nusantara", "wisata"), ("Penghargaan Desa Antikorupsi", "antikorupsi"),
           ("Anugerah Desa Mandiri Pangan", "mandiri")]
AW_PKM = [("Penghargaan Puskesmas Berprestasi", "berprestasi"), ("Anugerah Layanan Kesehatan Prima", "kesehatan prima"),
          ("Penghargaan Fasilitas Kesehatan Ramah Anak", "ramah anak")]
AW_PERSON = [("Penghargaan Tenaga Kesehatan Teladan", "teladan"), ("Anugerah ASN Inspiratif", "inspiratif"),
             ("Penghargaan Insan Berdedikasi", "berdedikasi"), ("Anugerah Pelopor Perubahan", "pelopor")]
WTP = ("opini Wajar Tanpa Pengecualian (WTP)", "wtp|wajar")
GRADES = ["Sangat Baik", "Utama", "Madya", "Sangat Inovatif", "Terbaik"]
INST = ["Kementerian Dalam Negeri", "Kementerian PANRB", "Kementerian Kesehatan", "Kementerian Desa PDTT",
        "Ombudsman RI", "Kementerian Pertanian"]
VENUES = [("Hotel Bidakara", "Jakarta", "hotel"), ("Hotel Grand Sahid Jaya", "Jakarta", "hotel"),
          ("Gedung Sasana Bhakti Praja", "Jakarta", "gedung"), ("Aula Gedung Sate", "Bandung", "aula"),
          ("Balai Kartini", "Jakarta", "balai"), ("Auditorium Universitas Gadjah Mada", "Yogyakarta", "auditorium"),
          ("Aula Bappenas", "Jakarta", "aula")]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ROLES = ["penyuluh pertanian", "bidan desa", "perawat puskesmas", "guru sekolah dasar", "dokter gigi", "kepala sekolah"]
PKM_NAMES = ["Kembaran", "Sukamaju", "Mekarsari", "Karangrejo", "Sidomulyo", "Air Putih", "Pandanrejo", "Tanjung Harapan",
             "Sumbersari", "Wonorejo"]
DESA_NAMES = ["Pentingsari", "Sukamaju", "Mekarsari", "Karangrejo", "Sidomulyo", "Pandanrejo", "Tamanmartani",
              "Nglanggeran", "Ponggok", "Penglipuran"]
KIND_DESC = {
    "kab": ["kabupaten di pesisir selatan itu", "kabupaten agraris tersebut", "kabupaten di lereng gunung itu",
            "kabupaten tersebut", "kabupaten itu"],
    "kota": ["kota industri itu", "kota pesisir tersebut", "kota di tepi teluk itu", "kota tersebut", "kota itu"],
    "desa": ["desa tersebut", "desa wisata itu", "desa di kaki bukit itu"],
    "pkm": ["puskesmas tersebut", "puskesmas di pinggiran kota itu", "puskesmas itu"],
}
KIND_NOUN = {"kab": "kabupaten", "kota": "kota", "desa": "desa", "pkm": "puskesmas", "mixed": "daerah"}
COUNT = {2: "Kedua", 3: "Ketiga", 4: "Keempat"}
HEAD = {"kab": ("Bupati", "Wakil Bupati"), "kota": ("Wali Kota", "Wakil Wali Kota"),
        "desa": ("Kepala Desa", "Sekretaris Desa"), "pkm": ("Kepala Puskesmas", "Kepala Tata Usaha puskesmas")}


def a_date():
    from datetime import date as D
    d = D(2024, 12, rng.randint(2, 9))
    dow = DAYS[d.weekday()]
    s = rng.choice([f"{dow} ({d.day}/{d.month}/{d.year})", f"{dow} ({d.day}/{d.month})", f"{d.day} Desember 2024"])
    return s, d.isoformat()


def join(items, sep=None):
    """A list; two items always take a bare 'dan'."""
    return lst(rng, items, " dan " if len(items) == 2 else sep)



# --- recipients -------------------------------------------------------------------------------------
def mk(kind, taken, form=None):
    """A recipient of ``kind`` whose short name is not in ``taken``; sets .kind."""
    while True:
        if kind == "kab":
            e = kab(rng, form=form or rng.choice(["Kabupaten", "Kabupaten", "Kabupaten", "Pemkab", "Pemerintah Kabupaten"]))
        elif kind == "kota":
            e = kota(rng, form=form or rng.choice(["Kota", "Kota", "Kota", "Pemkot", "Pemerintah Kota"]))
        elif kind == "desa":
            n = rng.choice(DESA_NAMES)
            e = Ent(f"Desa {n}", [f"Desa {n}"], n)
        elif kind == "pkm":
            n = rng.choice(PKM_NAMES) + rng.choice(["", "", " I", " II"])
            e = Ent(f"Puskesmas {n}", [f"Puskesmas {n}", f"UPTD Puskesmas {n}"], n)
        else:  # person
            name = person(rng)
            e = Ent(titled(rng, name), [name], name.split()[0])
            e.plain = name
        key = e.short.split()[0]
        if key not in taken:
            taken.add(key)
            e.kind = kind
            return e


def aws(kind):
    return {"kab": AW_REGION, "kota": AW_REGION, "mixed": AW_REGION, "desa": AW_DESA, "pkm": AW_PKM,
            "person": AW_PERSON}[kind]


def titled_list(n):
    names = [person(rng) for _ in range(n)]
    while len({x.split()[0] for x in names}) < n:
        names = [person(rng) for _ in range(n)]
    return names, [titled(rng, x, npost=0) for x in names]


# --- the case builder --------------------------------------------------------------------------------
REFS = ["kind", "counted", "pronoun", "bare", "short", "full"]  # "full": control, the full name told again
TELLS = ["earlier", "score", "same_again", "receiver", "handover_after", "handover_before"]
DISTS = ["none", "place", "other_same", "other_diff", "quote"]


def build(ref, tell, dist):
    taken = set()
    # antecedent group and the kind used to refer back
    if ref == "kind":
        kind = rng.choice(["kab", "kab", "kota", "kota", "desa", "pkm"])
        ants = [mk(kind, taken)]
    elif ref == "counted":
        kind = rng.choice(["kab", "kota", "mixed", "desa", "pkm"])
        n = rng.choice([2, 3, 4])
        pemerintah = rng.random() < 0.25
        ants = []
        for _ in range(n):
            k = rng.choice(["kab", "kota"]) if kind == "mixed" else kind
            form = ({"kab": "Pemkab", "kota": "Pemkot"} if pemerintah else {"kab": "Kabupaten", "kota": "Kota"}).get(k)
            ants.append(mk(k, taken, form))
    elif ref == "pronoun":
        kind = "person"
        ants = [mk(kind, taken)]
    elif ref == "bare":
        kind = rng.choice(["kab", "kota"])
        ants = [mk(kind, taken)]
        while ants[0].surface.split()[0] in ("Pemkab", "Pemkot"):  # told with its kind
            taken.clear()
            ants = [mk(kind, taken)]
    elif ref == "short":
        kind = rng.choice(["pkm", "desa", "person", "person"])
        ants = [mk(kind, taken)]
    else:  # control: the full name again
        kind = rng.choice(["kab", "kota", "desa", "pkm", "person"])
        ants = [mk(kind, taken)]
    A = ants[0]
    awlist = aws(kind)
    (aw, awk), (aw0, aw0k), _ = rng.sample(awlist, 3)
    Y, Y0 = 2024, rng.choice([2021, 2022, 2023])
    grade = rng.choice(GRADES)
    inst = rng.choice(INST)
    L = join([e.surface for e in ants], rng.choice([", dan ", " dan "]))
    role = rng.choice(ROLES) if kind == "person" else None
    Lrole = f"{L}, {role}," if role else L           # subject form
    Lobj = f"{L}, {role}" if role else L             # object form (end of clause before 'di')

    # the reference phrase (lowercase; capitalised when it opens a sentence)
    def refphrase(target_kind):
        if ref == "kind":
            return rng.choice(KIND_DESC[target_kind])
        if ref == "counted":
            n = len(ants)
            if rng.random() < 0.4:
                return COUNT[n].lower() + "nya"
            noun = KIND_NOUN[kind] if rng.random() < 0.7 else "daerah" if kind in ("kab", "kota", "mixed") else KIND_NOUN[kind]
            return f"{COUNT[n].lower()} {noun} {rng.choice(['itu', 'tersebut'])}"
        if ref == "pronoun":
            return rng.choice(["ia", "dia", "beliau"])
        if ref == "full":
            return getattr(A, "plain", A.surface)
        return A.short  # bare / short

    # distractor
    B, dist_sent, Z = None, None, None
    order_before = tell == "handover_before"
    if dist == "place":
        if kind in ("kab", "kota"):
            Z = mk(kind, taken, {"kab": "Kabupaten", "kota": "Kota"}[kind])
            zs = Z.surface if rng.random() < 0.5 else Z.short
        else:
            zs = rng.choice(["Jakarta", "Jakarta", f"Kota {rng.choice(KOTA)}", rng.choice(KOTA)])
        dist_sent = rng.choice([f"Tim penilai melakukan verifikasi lapangan di {zs} pada Oktober lalu.",
                                f"Penjurian tahap akhir digelar di {zs} beberapa waktu lalu.",
                                f"Sebanyak 120 peserta mengikuti seleksi tahap akhir di {zs}."])
    elif dist in ("other_same", "other_diff"):
        if dist == "other_same":
            bkind = rng.choice(["kab", "kota"]) if kind == "mixed" else kind
        else:
            bkind = {"kab": "kota", "kota": "kab", "desa": "pkm", "pkm": "desa", "person": rng.choice(["kab", "kota", "pkm"]),
                     "mixed": "person"}[kind]
            if ref == "kind" and kind in ("kab", "kota") and rng.random() < 0.3:
                bkind = "person"
        B = mk(bkind, taken)
        Bsub = f"{B.surface}, {rng.choice(ROLES)}," if bkind == "person" else B.surface
        if order_before:
            dist_sent = f"Pada acara yang sama, piagam juga diserahkan kepada {Bsub.rstrip(',')}."
        elif rng.random() < 0.5:
            dist_sent = f"{Bsub} juga meraih {aw} {Y}."
        else:
            bawl = aws(bkind)
            dist_sent = f"Sementara itu, {Bsub} meraih {rng.choice(bawl)[0]} {Y}."
    elif dist == "quote":
        if kind == "person":
            dist_sent = rng.choice(['"Ini kerja seluruh tim," ujarnya.', '"Saya tidak menyangka akan terpilih," katanya.'])
        elif ref == "counted":
            dist_sent = f'"Capaian ini membanggakan," kata Gubernur {rng.choice(PROV)}, {titled(rng, person(rng))}.'
        else:
            head = HEAD[kind][0]
            if rng.random() < 0.5:
                dist_sent = f'"Penghargaan ini milik seluruh warga," kata {head} {A.short}, {titled(rng, person(rng))}.'
            else:
                dist_sent = f'"Kami akan terus berbenah," ujar {head} {A.short}.'

    # who the reference goes to
    if ref in ("kind", "pronoun") and dist == "other_same":
        targets = [B]
    else:
        targets = list(ants)
    tkind = targets[0].kind
    R = refphrase(tkind if tkind != "person" else "kab")
    rb_names = []
    exp_aw, exp_sc, wrong = [], [], []  # wrong: (predicate on award, label)
    sents = []
    base = {e: dict(ent=e, key=awk, year=Y, label="base") for e in ants}
    if B is not None and not order_before and "juga meraih" in dist_sent:
        base[B] = dict(ent=B, key=awk, year=Y, label="base")

    if not order_before:
        if rng.random() < 0.5 and tell != "same_again":
            first = rng.choice([f"{Lrole} meraih {aw} {Y} dari {inst}.", f"{inst} memberikan {aw} {Y} kepada {Lobj}."])
        else:
            first = f"{Lrole} meraih predikat {grade} dalam {aw} {Y} dari {inst}."
            for e in ants:
                base[e]["grade"] = grade
        sents.append(first)
    else:
        P, city, head = rng.choice(VENUES)
        D, iso = a_date()
        if kind in ("kab", "kota", "mixed") and rng.random() < 0.5:
            prov = rng.choice(PROV)
            sents.append(f"BPK Perwakilan Provinsi {prov} menyerahkan LHP atas LKPD Tahun Anggaran 2023 {L} di {P}, {city}, {D}.")
            awx, awxk, yx = WTP[0], WTP[1], None
            award_sent = f"{{R}} memperoleh {awx}."
        else:
            sents.append(rng.choice([f"{inst} menyerahkan piagam kepada {Lrole} di {P}, {city}, {D}.",
                                     f"Penyerahan penghargaan kepada {Lrole} berlangsung di {P}, {city}, {D}."]))
            awx, awxk, yx = aw, awk, Y
            award_sent = rng.choice([f"{{R}} meraih {awx} {Y}.", f"{{R}} meraih predikat {grade} dalam {awx} {Y}."])
        base = {}
        for t in targets:
            exp_aw.append(dict(ent=t, key=awxk, year=yx, date=iso, place=(P, city), label="handover_before"))
        wrong.append((lambda a, k=awxk: any(x in norm(a.name) for x in k.split("|")), f"award {awxk}"))

    if dist_sent:
        sents.append(dist_sent)

    if order_before:
        sents.append(cap(award_sent.format(R=R)))
    elif tell == "earlier":
        s = rng.choice([f"Pada {Y0}, {R} meraih {aw0}.", f"Sebelumnya, pada {Y0}, {R} juga meraih {aw0}.",
                        f"{cap(R)} juga pernah meraih {aw0} {Y0}."])
        sents.append(cap(s))
        for t in targets:
            exp_aw.append(dict(ent=t, key=aw0k, year=Y0, label="earlier"))
        wrong.append((lambda a: aw0k in norm(a.name) and a.year == Y0, f"earlier {aw0k} {Y0}"))
    elif tell == "score":
        vals = [round(rng.uniform(75, 98), 2) for _ in targets]
        fs = [f"{v:.2f}".replace(".", ",") for v in vals]
        if ref == "counted":
            if rng.random() < 0.6:
                s = rng.choice([f"{cap(R)} masing-masing memperoleh nilai {join(fs, ', dan ')}.",
                                f"Dalam penilaian itu, {R} masing-masing mencatat nilai {join(fs, ', dan ')}."])
            else:
                vals = [vals[0]] * len(targets)
                s = f"{cap(R)} sama-sama memperoleh nilai {fs[0]}."
        else:
            s = rng.choice([f"{cap(R)} mencatat nilai {fs[0]}.", f"Dalam penilaian itu, {R} memperoleh nilai {fs[0]}.",
                            f"{cap(R)} meraih skor {fs[0]} dari 100."])
        sents.append(s)
        for t, v in zip(targets, vals):
            exp_sc.append((t, v))
    elif tell == "same_again":
        form = rng.choice(["serupa", "predikat", "tahun_lalu"])
        if form == "serupa":
            s = rng.choice([f"{cap(R)} juga meraih penghargaan serupa pada {Y0}.", f"Pada {Y0}, {R} juga meraih penghargaan serupa."])
            yy, gg = Y0, None
        elif form == "predikat":
            s = f"Pada {Y0}, {R} meraih predikat yang sama."
            yy, gg = Y0, grade
        else:
            s = f"{cap(R)} juga meraih penghargaan yang sama tahun lalu."
            yy, gg = Y - 1, None
        sents.append(cap(s))
        for t in targets:
            k = awk
            if t is B and t not in base:
                k = None  # B's own award told with another name: accept any name
            e = dict(ent=t, key=k, year=yy, label=f"same_again/{form}")
            if gg and t in base:
                e["grade"] = gg
            exp_aw.append(e)
        wrong.append((lambda a: a.year == yy, f"year {yy}"))
    elif tell == "receiver":
        if ref == "counted":
            names, tls = titled_list(len(targets))
            s = rng.choice([f"Piala untuk {R} diterima masing-masing oleh {join(tls, ', dan ')}.",
                            f"Penghargaan bagi {R} diterima masing-masing oleh {join(tls, ', dan ')}."])
            for t, nm in zip(targets, names):
                rb_names.append((t, nm))
        else:
            nm = person(rng)
            T = titled(rng, nm)
            if tkind == "person":
                s = f"Karena berhalangan, {R} diwakili {rng.choice(['istrinya', 'suaminya', 'rekannya'])}, {T}, saat menerima penghargaan."
            else:
                vice = HEAD[tkind][1]
                vt = f"{vice} {T}" if tkind in ("kab", "kota") and rng.random() < 0.5 else f"{vice}, {T},"
                s = rng.choice([f"Piala untuk {R} diterima {vt}.", f"Penghargaan bagi {R} diterima langsung oleh {vt}.",
                                f"{cap(R)} diwakili {vt} saat menerima penghargaan."]).replace(",.", ".")
            rb_names.append((targets[0], nm))
        sents.append(cap(s))
        allnames = {norm(n) for _, n in rb_names}
        wrong.append((lambda a: norm(a.received_by) in allnames, "received_by"))
    elif tell == "handover_after":
        P, city, head = rng.choice(VENUES)
        D, iso = a_date()
        form = rng.choice(["subj", "untuk", "same_place"])
        if form == "same_place":
            sents.insert(0, f"Rapat pleno penilaian {aw} {Y} digelar di {P}, {city}, pekan lalu.")
            s = f"{cap(R)} menerima piagam di {head} yang sama, {D}."
        elif form == "subj":
            s = f"{cap(R)} menerima piagam di {P}, {city}, {D}."
        elif R in ("ia", "dia"):
            s = f"Penghargaannya diserahkan di {P}, {city}, pada {D}."
        else:
            s = f"Penghargaan untuk {R} diserahkan di {P}, {city}, pada {D}."
        sents.append(s)
        for t in targets:
            if t in base:
                base[t].update(date=iso, place=(P, city))
            else:
                exp_aw.append(dict(ent=t, key=None, year=Y, date=iso, place=(P, city), label="handover_after"))
        wrong.append((lambda a: a.date == iso, f"date {iso}"))

    exp_aw = list(base.values()) + exp_aw
    text = " ".join(cap(s) for s in sents).replace("..", ".")
    return text, ants, B, Z, targets, exp_aw, exp_sc, rb_names, wrong


def place_ok(got, P, city):
    return got is not None and norm(got) in {norm(P), norm(f"{P}, {city}")}


def check(awards, scores, ants, B, Z, targets, exp_aw, exp_sc, rb_names, wrong):
    problems = []
    ents = list(ants) + ([B] if B is not None else [])
    for ex in exp_aw:
        e = ex["ent"]
        mine = find(awards, e)
        keys = ex["key"].split("|") if ex["key"] else None
        named = [a for a in mine if keys is None or any(k in norm(a.name) for k in keys)]
        hit = [a for a in named if ex["year"] is None or a.year == ex["year"]]
        lab = ex["label"]
        if not hit:
            if named:
                problems.append(f"wrong-year[{lab}]: {e.short} expected {ex['year']}, got {[a.year for a in named]}")
            else:
                problems.append(f"missing-award[{lab}]: {e.short} {ex['key']} {ex['year']}")
            continue
        if "grade" in ex and not any(norm(ex["grade"]) in norm(a.grade or "") + " " + norm(a.category or "") for a in hit):
            problems.append(f"grade[{lab}]: {e.short} expected {ex['grade']!r}, got {[(a.grade, a.category) for a in hit]}")
        if "date" in ex and not any(a.date == ex["date"] for a in hit):
            problems.append(f"date[{lab}]: {e.short} expected {ex['date']}, got {[a.date for a in hit]}")
        if "place" in ex and not any(place_ok(a.place, *ex["place"]) for a in hit):
            problems.append(f"place[{lab}]: {e.short} expected {ex['place'][0]!r}, got {[a.place for a in hit]}")
    for t, nm in rb_names:
        got = [a.received_by for a in find(awards, t)]
        if not any(norm(x) == norm(nm) for x in got if x):
            problems.append(f"rb: {t.short} expected {nm!r}, got {got}")
    for t, v in exp_sc:
        got = [s.value for s in scores if t.matches(s.entity.name)]
        if not any(abs(x - v) < 1e-6 for x in got if x is not None):
            problems.append(f"score: {t.short} expected {v}, got {got}")
    # the told value on a recipient the reference does not go to
    for e in ents:
        if e in targets:
            continue
        for a in find(awards, e):
            for pred, lab in wrong:
                try:
                    bad = pred(a)
                except Exception:
                    bad = False
                if bad and not (lab.startswith("year") and a.year == 2024):
                    problems.append(f"misattached: {lab} on {e.short} ({a.name} {a.year})")
        tv = {v for _, v in exp_sc}
        for s in scores:
            if e.matches(s.entity.name) and s.value in tv:
                problems.append(f"misattached: score {s.value} on {e.short}")
    extra = [a.recipient.name for a in awards if not any(e.matches(a.recipient.name) for e in ents)]
    extra += [f"score:{s.entity.name}" for s in scores if not any(e.matches(s.entity.name) for e in ents)]
    if extra:
        problems.append(f"extra-recipient: {extra}")
    return problems


per_slot = collections.defaultdict(lambda: [0, 0])
matrix = collections.defaultdict(lambda: [0, 0])
for ref, tell, dist in itertools.product(REFS, TELLS, DISTS):
    for rep in range(1 if ref == "full" else 2):
        text, ants, B, Z, targets, exp_aw, exp_sc, rb_names, wrong = build(ref, tell, dist)
        awards, scores = run(text)
        problems = check(awards, scores, ants, B, Z, targets, exp_aw, exp_sc, rb_names, wrong)
        g.record(f"{ref}/{tell}/{dist}", text, problems, awards, scores)
        for slot in (f"ref={ref}", f"tell={tell}", f"dist={dist}"):
            per_slot[slot][0] += not problems
            per_slot[slot][1] += 1
        matrix[ref, tell][0] += not problems
        matrix[ref, tell][1] += 1
g.by = per_slot
g.report()
if not os.environ.get("PROBE_QUIET"):
    print("   ref x tell:" + "".join(f"{t[:14]:>16s}" for t in TELLS))
    for r in REFS:
        print(f"   {r:11s}" + "".join(f"{'%d/%d' % tuple(matrix[r, t]):>16s}" for t in TELLS))
