"""Grid 13: routine government-assessment reports of two families.
Family A (BPK opinions): a BPK RI Perwakilan office hands over the LHP on the LKPD of fiscal year Y (handover in
Y+1, date and venue given) to several regencies/cities and sometimes the province. Independent slots: how the
opinion is told (meraih opini / mendapat predikat / opini .. diraih oleh / one sentence grouped by opinion), full
or short opinion form, the opinion mix (all WTP / WTP+WDP / with TMP or TW), a streak phrase that must not expand
("kesepuluh kalinya berturut-turut", "sejak 2015"), an earlier year told explicitly (its own record), who received
the LHP ("diterima langsung oleh Bupati X, ..." / "diserahkan Kepala BPK ... kepada Wali Kota Y, ..."), the
handover sentence before or after the list, the fiscal-year wording, the giver's form, the date format, the
province among the recipients, a distractor (a region not yet handed its LHP, money, a 60-day deadline).
Family B (Ombudsman compliance): an Ombudsman RI Perwakilan office announces or hands over "Penilaian Kepatuhan
Penyelenggaraan Pelayanan Publik Tahun Y" results for units (Polres/Polresta, kantor pertanahan, RSUD, dinas).
Slots: how the score is told (brackets / "dengan nilai" / "X meraih nilai N dan masuk Zona .." / dash list), how
the zone is told (zone / quality / both), a unit in Zona Merah (expected: an award of the same predicate with
category Zona Merah -- a choice, see below), zone thresholds (not scores), ranks, ceremony or announcement,
handover in Y or Y+1, received_by, the date format.
Expected per recipient: one award (name = the opinion / the assessment, year, category/grade, score, giver,
received_by, date when tied), per unit a score record (entity, Y, value); nothing for anyone else; no score in
family A. Place is compared as information only."""
import random, re
from datetime import date, timedelta
from functools import partial

from common import *

rng = random.Random(1313)
g = Grid("g13_audits")





LOCAL = {p["name"]: local_regions(p) for p in reg["provinces"]}
BIG_PROV = [p for p, loc in LOCAL.items() if len(loc) >= 8]


def pick_regions(P, k):
    taken, out = [P], []
    pool = LOCAL[P]
    while len(out) < k:
        x = rng.choice(pool)
        if all(not clash(x[0], t) for t in taken):
            taken.append(x[0])
            out.append(x)
    return out


def region_ent(nm, is_kota, surface_form=None):
    if is_kota:
        acc = [f"Kota {nm}", f"Pemerintah Kota {nm}", f"Pemkot {nm}", nm]
        form = surface_form or rng.choice(["Kota", "Kota", "Pemkot", "Pemerintah Kota"])
    else:
        acc = [f"Kabupaten {nm}", f"Pemerintah Kabupaten {nm}", f"Pemkab {nm}", nm, f"Kab {nm}"]
        form = surface_form or rng.choice(["Kabupaten", "Kabupaten", "Pemkab", "Pemerintah Kabupaten"])
    e = Ent(f"{form} {nm}", acc, nm)
    e.kind = "kota" if is_kota else "kab"
    return e


def prov_ent(P):
    base = [P] + PROV_ALIASES.get(P, [])
    acc = [f(x) for x in base for f in (lambda x: x, lambda x: f"Provinsi {x}", lambda x: f"Pemerintah Provinsi {x}",
                                        lambda x: f"Pemprov {x}", lambda x: f"Prov {x}")]
    e = Ent(rng.choice([f"Pemerintah Provinsi {P}", f"Pemprov {P}", f"Provinsi {P}"]), acc, P)
    e.kind = "prov"
    return e


def office_ent(P, heads, mids):
    """the BPK / Ombudsman office of province P under its usual spellings"""
    base = [P] + PROV_ALIASES.get(P, [])
    acc = [f"{h} {m} {pv}{b}" for h in heads for m in mids for pv in ("Provinsi ", "") for b in base]
    return Ent(acc[0], acc, acc[0])


def bpk_ent(P):
    return office_ent(P, ["BPK", "Badan Pemeriksa Keuangan", "Badan Pemeriksa Keuangan (BPK)"],
                      ["RI Perwakilan", "Republik Indonesia Perwakilan", "Perwakilan", "RI (BPK) Perwakilan"])


def omb_ent(P):
    return office_ent(P, ["Ombudsman"], ["RI Perwakilan", "Republik Indonesia Perwakilan", "Perwakilan",
                                         "Republik Indonesia (ORI) Perwakilan", "RI (ORI) Perwakilan"])


def when_str(d, fmt):
    if fmt == "slash":
        return f"{DAYS[d.weekday()]} ({d.day}/{d.month}/{d.year})"
    if fmt == "long":
        return f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"{DAYS[d.weekday()]} ({d.day}/{d.month})"  # no year: resolved against the publication date


def fmtv(v):
    return f"{v:.2f}".replace(".", ",")




def lst2(items, sep=None):
    """a list; two items are joined by a bare dan"""
    if len(items) == 2:
        return f"{items[0]} dan {items[1]}"
    return lst(rng, items, sep)


balanced = partial(spread_evenly, rng=rng)  # (see common.py)


# ---- checking helpers ----------------------------------------------------------------------------------------
OPS = {"WTP": "Wajar Tanpa Pengecualian", "WDP": "Wajar Dengan Pengecualian", "TMP": "Tidak Menyatakan Pendapat",
       "TW": "Tidak Wajar"}


def op_codes(s):
    """the opinions a string names"""
    t = f" {norm(s or '')} "
    out = set()
    for code, full in OPS.items():
        if f" {code.lower()} " in t or f" {norm(full)} " in t:
            out.add(code)
    return out


COLOURS = ["hijau", "kuning", "merah"]
QUALS = ["tertinggi", "tinggi", "sedang", "rendah"]


def near(e, name):
    n, s = norm(name), norm(e.surface)
    if norm(e.short) in n.split(" ") or (len(norm(e.short).split()) > 1 and norm(e.short) in n):
        return "name-with-extras"
    if n and n in s and len(n.split()) >= 2:
        return "name-truncated"
    return None


INFO = collections.Counter()


def check_fields(e, a, w, problems, info):
    who = f"{e.short} {w['year']}"
    # name
    if max(tokf1(f, a.name) for f in w["names"]) < 0.5:
        problems.append(f"name: {who} expected {w['names'][0]!r}, got {a.name!r}")
    elif w.get("op") and op_codes(a.name) != {w["op"]}:
        problems.append(f"name: {who} wrong opinion, expected {w['op']}, got {a.name!r}")
    # category / grade
    if w["family"] == "A":
        if a.grade is not None:
            problems.append(f"grade: {who} expected None, got {a.grade!r}")
        if a.category is not None and op_codes(a.category) - {w["op"]}:
            problems.append(f"category: {who} names another opinion: {a.category!r}")
        elif a.category is not None:
            info.append(f"bpk-category-set: {a.category!r}")
    else:
        if rnorm(a.grade) != rnorm(w["grade"]):
            problems.append(f"grade: {who} expected {w['grade']!r}, got {a.grade!r}")
        cat = norm(a.category or "").split()
        if a.category is None:
            problems.append(f"category: {who} missing, expected {w['cat']!r}")
        elif tokf1(w["cat"], a.category) < 0.5 or any(c in cat and c != w["colour"] for c in COLOURS) or \
                any(q in cat and q != w["qual"] for q in QUALS):
            problems.append(f"category: {who} expected {w['cat']!r}, got {a.category!r}")
        elif (w["colour_told"] and w["colour"] not in cat) or (w["qual_told"] and w["qual"] not in cat):
            info.append(f"category-partial: {who} expected {w['cat']!r}, got {a.category!r}")
    handover_fields(a, w, who, problems, info)  # score on the award, giver, received_by, date, place


def rnorm(s):
    s = norm(s or "")
    words = {"pertama": "1", "kesatu": "1", "kedua": "2", "ketiga": "3", "i": "1", "ii": "2", "iii": "3"}
    return " ".join(words.get(t, t) if i else t for i, t in enumerate(s.split()))


def check(awards, scores, exp, negs, exp_scores, expand_years):
    problems, info, claimed = [], [], set()
    for e, wants in exp:
        ex_years = expand_years.get(id(e), set())
        mine = claim_recipient(awards, e, claimed, near, problems)
        if not mine:
            continue

        def opok(a, w):
            return w.get("op") is None or op_codes(a.name) == {w["op"]}
        # pair records with the expected ones: year and opinion, then the opinion, then the year, then anything
        passes = [lambda a, w: a.year == w["year"] and opok(a, w),
                  lambda a, w: opok(a, w),
                  lambda a, w: a.year == w["year"],
                  lambda a, w: a.year not in ex_years]
        pool = pair_records(mine, wants, passes, check_fields, e, problems, info)
        for a in pool:
            if a.year in ex_years:
                problems.append(f"year-expanded: {e.short} extra record for {a.year}")
            else:
                problems.append(f"recipient-duplicate: {e.short} extra record y={a.year} {a.name!r}")
    problems += unclaimed_recipients(awards, claimed, negs)
    problems += score_records(scores, exp_scores)
    for i in info:
        INFO[i.split(":")[0]] += 1
    return problems, info



CASES = []


def finish(fam, slots, text, pub, exp, negs, exp_scores, expand_years=None):
    awards, scores = run(text, pub)
    problems, info = check(awards, scores, exp, negs, exp_scores, expand_years or {})
    keys = list(slots)
    g.record(f"{fam}.{keys[0]}={slots[keys[0]]}", text, problems, awards, scores)
    good = not problems
    g.bump(f"family={fam}", good)
    for k in keys[1:]:
        g.bump(f"{fam}.{k}={slots[k]}", good)
    CASES.append(dict(family=fam, **slots, pub=str(pub), text=text, problems=problems, info=info,
                      awards=[fmt_award(a) for a in awards], scores=[fmt_score(s) for s in scores]))


# ==== family A: BPK opinions ====================================================================================
A_PHRASE = ["meraih", "predikat", "diraih", "grouped"]
A_OPFORM = ["full", "short"]
A_YFORM = ["ta_full", "ta_short", "tahun", "lkpd_only"]
A_REPS = 9
NA = len(A_PHRASE) * len(A_OPFORM) * len(A_YFORM) * A_REPS
SA = dict(mix=balanced(["all_wtp", "mixed", "rare"], NA), streak=balanced(["none", "berturut", "sejak"], NA),
          earlier=balanced(["no", "yes"], NA), rb=balanced(["none", "langsung", "kepada"], NA),
          order=balanced(["before", "after"], NA), distractor=balanced(["none", "belum", "money", "deadline"], NA),
          giver_form=balanced(["ri", "full", "short"], NA), datefmt=balanced(["slash", "long", "noyear"], NA),
          prov=balanced(["no", "no", "yes"], NA))
ORDINALS = ["kedelapan", "kesembilan", "kesepuluh", "ke-11", "ke-12"]
BPK_VENUES = ["Auditorium Kantor BPK RI Perwakilan Provinsi {P}", "Aula Kantor BPK Perwakilan {P}",
              "Ruang Rapat Utama Kantor BPK RI Perwakilan Provinsi {P}"]


def op_text(code, opform, with_opini):
    s = f"{OPS[code]} ({code})" if opform == "full" else code
    return f"opini {s}" if with_opini else s


def lkpd_text(Y, yform):
    return {"ta_full": f"Laporan Keuangan Pemerintah Daerah (LKPD) Tahun Anggaran {Y}", "ta_short": f"LKPD TA {Y}",
            "tahun": f"LKPD tahun {Y}", "lkpd_only": f"LKPD {Y}"}[yform]


def head_of(e, P):
    return {"kab": f"Bupati {e.short}", "kota": f"Wali Kota {e.short}", "prov": f"Gubernur {P}"}[e.kind]


def opinions(mix, n):
    if mix == "all_wtp":
        return ["WTP"] * n
    if mix == "mixed":
        k = rng.randint(2, n - 1)
        return ["WTP"] * k + ["WDP"] * (n - k)
    rare = rng.choice(["TMP", "TW"])
    if n >= 4:
        k = rng.randint(2, n - 2)
        return ["WTP"] * k + ["WDP"] * (n - k - 1) + [rare]
    return ["WTP"] * (n - 1) + [rare]


def list_sentences(groups, phrase, opform):
    """groups: [(code, [ents])] -> sentences telling the opinions"""
    out = []
    if phrase == "grouped":
        parts = []
        for i, (code, es) in enumerate(groups):
            L = lst2([e.surface for e in es], " dan " if i < len(groups) - 1 else None)
            o = op_text(code, opform, False)
            if i == 0:
                parts.append(f"{o} diraih oleh {L}")
            elif i == 1:
                parts.append(f"sedangkan {o} diberikan kepada {L}")
            else:
                parts.append(f"dan {o} diberikan kepada {L}")
        return [", ".join(parts) + "."]
    for i, (code, es) in enumerate(groups):
        L = lst2([e.surface for e in es])
        if phrase == "meraih":
            s = f"{L} meraih {op_text(code, opform, True)}"
        elif phrase == "predikat":
            s = f"{L} mendapat predikat {op_text(code, opform, False)}"
        else:
            s = f"{cap(op_text(code, opform, True))} diraih oleh {L}"
        if i > 0:
            s = ["Sementara itu, ", "Adapun "][i > 1] + (s if phrase != "diraih" else s[0].lower() + s[1:])
        out.append(s + ".")
    return out


case = 0
for phrase in A_PHRASE:
    for opform in A_OPFORM:
        for yform in A_YFORM:
            for rep in range(A_REPS):
                sl = {k: v[case] for k, v in SA.items()}
                case += 1
                P = rng.choice(BIG_PROV)
                Y = rng.choice([2022, 2023, 2024])
                n_kk = rng.randint(3, 5)
                picks = pick_regions(P, n_kk + 1)
                ents = [region_ent(nm, kt) for nm, kt in picks[:n_kk]]
                other = region_ent(*picks[n_kk])
                if sl["prov"] == "yes":
                    ents.insert(rng.randint(0, len(ents)), prov_ent(P))
                n = len(ents)
                ops = opinions(sl["mix"], n)
                order_idx = list(range(n))
                rng.shuffle(order_idx)  # who gets which opinion
                op_of = {id(ents[j]): ops[i] for i, j in enumerate(order_idx)}
                groups = [(c, [e for e in ents if op_of[id(e)] == c]) for c in ["WTP", "WDP", "TMP", "TW"]]
                groups = [x for x in groups if x[1]]
                d = date(Y + 1, 4, 20) + timedelta(days=rng.randint(0, 50))
                pub = d + timedelta(days=rng.randint(0, 2))
                ds = when_str(d, sl["datefmt"])
                venue = rng.choice(BPK_VENUES).format(P=P)
                giver = bpk_ent(P)
                gsurf = {"ri": f"BPK RI Perwakilan Provinsi {P}",
                         "full": f"Badan Pemeriksa Keuangan (BPK) RI Perwakilan Provinsi {P}",
                         "short": f"BPK Perwakilan {P}"}[sl["giver_form"]]
                lk = lkpd_text(Y, yform)
                negs = [other]

                # who received it
                rb = {}
                rb_sent = ""
                if sl["rb"] != "none":
                    who = rng.sample(ents, rng.choice([1, 1, 2]))
                    names = [person(rng) for _ in who]
                    for e, nm in zip(who, names):
                        rb[id(e)] = nm
                        negs.append(Ent(nm, [nm], nm))
                    heads = [f"{head_of(e, P)}, {titled(rng, nm)}" for e, nm in zip(who, names)]
                    if sl["rb"] == "langsung":
                        if len(who) == 1 and rng.random() < 0.6:
                            rb_sent = end(f"LHP untuk {who[0].surface} diterima langsung oleh {heads[0]}")
                        else:
                            rb_sent = end(f"LHP tersebut diterima langsung oleh {lst2(heads, ' dan ')}")
                    else:
                        kep = person(rng)
                        negs.append(Ent(kep, [kep], kep))
                        rb_sent = end(f"LHP diserahkan Kepala BPK Perwakilan Provinsi {P}, {titled(rng, kep)}, kepada "
                                      f"{lst2(heads, ' dan ')}")

                sents = list_sentences(groups, phrase, opform)
                if sl["order"] == "before":
                    body = [f"{gsurf} menyerahkan Laporan Hasil Pemeriksaan (LHP) atas {lk} kepada {n} pemerintah "
                            f"daerah di {venue}, {ds}."]
                    if rb_sent:
                        body.append(rb_sent)
                    first = sents[0]
                    if not first.startswith(("WTP", "Wajar")):
                        first = first[0].lower() + first[1:] if first.startswith("Opini") else first
                    body.append("Hasilnya, " + first)
                    body += sents[1:]
                else:
                    first = sents[0]
                    if first.startswith("Opini"):
                        first = "o" + first[1:]
                    body = [f"Atas {lk}, {first}"] + sents[1:]
                    body.append(f"LHP tersebut diserahkan {gsurf} di {venue}, {ds}.")
                    if rb_sent:
                        body.append(rb_sent)

                wtp = [e for e in ents if op_of[id(e)] == "WTP"]
                extra_sents, expand = [], {}
                streak_e = earlier_e = None
                if sl["streak"] != "none":
                    streak_e = rng.choice(wtp)
                    if sl["streak"] == "berturut":
                        o = rng.choice(ORDINALS)
                        extra_sents.append(rng.choice([
                            f"Bagi {streak_e.surface}, opini WTP tersebut merupakan yang {o} kalinya berturut-turut.",
                            f"{streak_e.surface} meraih WTP untuk {o} kalinya berturut-turut."]))
                        expand[id(streak_e)] = set(range(Y - 12, Y))
                    else:
                        Y0 = rng.randint(2013, Y - 3)
                        extra_sents.append(rng.choice([
                            f"{streak_e.surface} telah meraih opini WTP secara berturut-turut sejak {Y0}.",
                            f"Predikat WTP selalu diraih {streak_e.surface} sejak LKPD {Y0}."]))
                        expand[id(streak_e)] = set(range(Y0, Y))
                if sl["earlier"] == "yes":
                    earlier_e = rng.choice([e for e in wtp if e is not streak_e])
                    extra_sents.append(rng.choice([
                        f"Pada LKPD TA {Y - 1}, {earlier_e.surface} masih memperoleh opini WDP.",
                        f"Capaian itu meningkat dibanding LKPD Tahun Anggaran {Y - 1}, ketika {earlier_e.surface} "
                        f"masih memperoleh opini WDP."]))
                if sl["distractor"] == "belum":
                    extra_sents.append(rng.choice([
                        f"Adapun LHP atas LKPD {other.surface} belum diserahkan karena pemeriksaan masih berlangsung.",
                        f"{other.surface} dijadwalkan menerima LHP pada pekan berikutnya."]))
                elif sl["distractor"] == "money":
                    r = rng.choice(ents)
                    extra_sents.append(f"Meski demikian, BPK mencatat temuan senilai Rp {rng.randint(1, 9)},"
                                       f"{rng.randint(1, 9)} miliar pada {r.surface} yang harus ditindaklanjuti.")
                elif sl["distractor"] == "deadline":
                    extra_sents.append("Pemerintah daerah wajib menindaklanjuti rekomendasi BPK paling lambat 60 hari "
                                       "setelah LHP diterima.")
                rng.shuffle(extra_sents)
                text = " ".join(body) + "\n\n" + " ".join(extra_sents) + "\n" if extra_sents else " ".join(body) + "\n"

                exp = []
                for e in ents:
                    c = op_of[id(e)]
                    wants = [dict(family="A", year=Y, op=c, names=[f"Opini {OPS[c]} ({c})", f"Opini {c}"],
                                  score=None, giver=giver, rb=rb.get(id(e)), date=d, place=venue)]
                    if e is earlier_e:
                        wants.append(dict(family="A", year=Y - 1, op="WDP", names=[f"Opini {OPS['WDP']} (WDP)",
                                                                                   "Opini WDP"],
                                          score=None, giver=None, rb=None, date=None))
                    exp.append((e, wants))
                slots = dict(phrase=phrase, opform=opform, yform=yform, **sl)
                finish("A", slots, text, pub, exp, negs, [], expand)

# ==== family B: Ombudsman compliance ============================================================================
B_SCOREFMT = ["bracket", "dengan_nilai", "sentence", "dash"]
B_ZONEFORM = ["zone", "quality", "both"]
B_REPS = 17
NB = len(B_SCOREFMT) * len(B_ZONEFORM) * B_REPS
SB = dict(red=balanced(["no", "yes"], NB), thresh=balanced(["none", "sentence", "paren"], NB),
          rank=balanced(["no", "no", "yes"], NB), dkind=balanced(["ceremony", "announce"], NB),
          ymode=balanced(["same", "next"], NB), rb=balanced(["none", "none", "yes"], NB),
          datefmt=balanced(["slash", "long", "noyear"], NB), giver_form=balanced(["ri", "full"], NB))
BANDS = {"tertinggi": ("Zona Hijau", 88.01, 99.5), "tinggi": ("Zona Hijau", 78.01, 88.0),
         "sedang": ("Zona Kuning", 57.01, 78.0), "rendah": ("Zona Merah", 30.0, 57.0)}
OMB_VENUES = ["Aula Kantor Ombudsman RI Perwakilan Provinsi {P}", "Hotel Puri Nirwana", "Hotel Sapta Graha",
              "Gedung Serbaguna Bhakti Praja"]
DINAS = ["Dinas Kependudukan dan Pencatatan Sipil", "Dinas Penanaman Modal dan PTSP", "Dinas Kesehatan"]


def make_unit(nm, is_kota, kind):
    lvl = "Kota" if is_kota else "Kabupaten"
    if kind == "polres":
        s = f"Polresta {nm}" if is_kota and rng.random() < 0.6 else f"Polres {nm}"
        acc = [s, f"Polres {nm}", f"Kepolisian Resor {nm}"] + ([f"Polresta {nm}", f"Polres Kota {nm}",
                                                               f"Kepolisian Resor Kota {nm}"] if is_kota else [])
        head = (f"Kapolres{'ta' if s.startswith('Polresta') else ''} {nm}", "police")
    elif kind == "pertanahan":
        s = f"Kantor Pertanahan {lvl} {nm}"
        acc = [s, f"Kantor Pertanahan {nm}", f"Kantah {lvl} {nm}", f"Kantah {nm}", f"BPN {lvl} {nm}"]
        head = (f"Kepala {s}", "civil")
    elif kind == "rsud":
        s = f"RSUD {nm}" if not is_kota else f"RSUD Kota {nm}"
        acc = [s, f"Rumah Sakit Umum Daerah {nm}", f"Rumah Sakit Umum Daerah {lvl} {nm}", f"RSUD {lvl} {nm}",
               f"RSUD {nm}"]
        head = (f"Direktur {s}", "dr")
    else:
        dn = rng.choice(DINAS)
        s = f"{dn} {lvl} {nm}"
        acc = [s]
        if dn.startswith("Dinas Kependudukan"):
            acc += [f"Disdukcapil {lvl} {nm}", f"Disdukcapil {nm}"]
        if dn.startswith("Dinas Penanaman"):
            acc += [f"DPMPTSP {lvl} {nm}", f"DPMPTSP {nm}"]
        head = (f"Kepala {s}", "civil")
    e = Ent(s, acc, s)
    e.head = head
    return e


def label(band, zoneform, dash=False):
    z = BANDS[band][0]
    if zoneform == "zone":
        return z
    if zoneform == "quality":
        return f"kualitas {band}"
    return f"{z}, kualitas {band}" if dash else f"{z} dengan kualitas {band}"


def exp_cat(band, zoneform):
    z = BANDS[band][0]
    return {"zone": z, "quality": f"Kualitas {cap(band)}", "both": f"{z} Kualitas {cap(band)}"}[zoneform]


def group_sentence(es, band, zoneform, scorefmt, vals):
    lab = label(band, zoneform)
    verb = "memperoleh predikat" if zoneform == "quality" else "masuk"
    if scorefmt == "bracket":
        return f"{lst2([f'{e.surface} ({fmtv(vals[id(e)])})' for e in es])} {verb} {lab}."
    if scorefmt == "dengan_nilai":
        head = f"Predikat {lab}" if zoneform == "quality" else lab
        return f"{cap(head)} diraih {lst2([f'{e.surface} dengan nilai {fmtv(vals[id(e)])}' for e in es])}."
    raise ValueError(scorefmt)


case = 0
for scorefmt in B_SCOREFMT:
    for zoneform in B_ZONEFORM:
        for rep in range(B_REPS):
            sl = {k: v[case] for k, v in SB.items()}
            case += 1
            P = rng.choice(BIG_PROV)
            Y = rng.choice([2022, 2023, 2024])
            n = rng.randint(3, 5)
            red = sl["red"] == "yes"
            picks = pick_regions(P, n + red)
            kinds = [rng.choice(["polres", "polres", "pertanahan", "rsud", "dinas"]) for _ in picks]
            units = [make_unit(nm, kt, k) for (nm, kt), k in zip(picks, kinds)]
            good_units, red_unit = units[:n], (units[n] if red else None)
            bands = sorted((rng.choice(["tertinggi", "tertinggi", "tinggi", "sedang"]) for _ in good_units),
                           key=["tertinggi", "tinggi", "sedang"].index)
            vals, band_of = {}, {}
            for e, b in zip(good_units, bands):
                _, lo, hi = BANDS[b]
                vals[id(e)] = round(rng.uniform(lo, hi), 2)
                band_of[id(e)] = b
            # scores descend down the list
            good_units.sort(key=lambda e: -vals[id(e)])
            if red:
                vals[id(red_unit)] = round(rng.uniform(30.0, 56.9), 2)
                band_of[id(red_unit)] = "rendah"
            if sl["ymode"] == "same":
                d = date(Y, 12, 1) + timedelta(days=rng.randint(0, 22))
            else:
                d = date(Y + 1, 1, 5) + timedelta(days=rng.randint(0, 45))
            pub = d + timedelta(days=rng.randint(0, 2))
            ds = when_str(d, sl["datefmt"])
            venue = rng.choice(OMB_VENUES).format(P=P)
            giver = omb_ent(P)
            gsurf = {"ri": f"Ombudsman RI Perwakilan Provinsi {P}",
                     "full": f"Ombudsman Republik Indonesia Perwakilan Provinsi {P}"}[sl["giver_form"]]
            aw = "Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik"
            N = n + red
            if sl["dkind"] == "ceremony":
                intro = f"{gsurf} menyerahkan hasil {aw} Tahun {Y} kepada {N} unit layanan di {venue}, {ds}."
            else:
                intro = f"{gsurf} mengumumkan hasil {aw} Tahun {Y}, {ds}."
            body = [intro]
            negs = []
            if sl["thresh"] == "paren":
                k_g = sum(BANDS[band_of[id(e)]][0] == "Zona Hijau" for e in good_units)
                k_y = n - k_g
                s = f"Dari {N} unit layanan yang dinilai, {k_g} unit masuk Zona Hijau (nilai 78,01–100)"
                if k_y:
                    s += f", {k_y} unit Zona Kuning (57,01–78,00)"
                if red:
                    s += ", dan 1 unit Zona Merah (0–57,00)"
                body.append(s + ".")
            # the results
            if scorefmt == "sentence":
                for e in good_units:
                    lab = label(band_of[id(e)], zoneform)
                    if zoneform == "quality":
                        body.append(f"{e.surface} meraih nilai {fmtv(vals[id(e)])} dengan predikat {lab}.")
                    else:
                        body.append(f"{e.surface} meraih nilai {fmtv(vals[id(e)])} dan masuk {lab}.")
            elif scorefmt == "dash":
                lines = [f"- {e.surface}: {fmtv(vals[id(e)])} ({label(band_of[id(e)], zoneform, dash=True)})"
                         for e in good_units]
                body.append(rng.choice(["Berikut hasilnya:", "Rinciannya sebagai berikut:"]) + "\n" + "\n".join(lines))
            else:
                groups = []
                for e in good_units:
                    key = label(band_of[id(e)], zoneform)
                    if groups and groups[-1][0] == key:
                        groups[-1][1].append(e)
                    else:
                        groups.append((key, [e]))
                for i, (key, es) in enumerate(groups):
                    s = group_sentence(es, band_of[id(es[0])], zoneform, scorefmt, vals)
                    if i > 0:
                        s = "Adapun " + (s[0].lower() + s[1:] if s.startswith("Predikat") else s)
                    body.append(s)
            if red:
                v = fmtv(vals[id(red_unit)])
                body.append({"zone": f"Sementara itu, {red_unit.surface} masih berada di Zona Merah dengan nilai {v}.",
                             "quality": f"Sementara itu, {red_unit.surface} masih berada pada kualitas rendah "
                                        f"dengan nilai {v}.",
                             "both": f"Sementara itu, {red_unit.surface} masih berada di Zona Merah dengan "
                                     f"kualitas rendah (nilai {v})."}[zoneform])
            grade = {}
            if sl["rank"] == "yes":
                a1, a2 = good_units[0], good_units[1]
                grade[id(a1)], grade[id(a2)] = "Peringkat 1", "Peringkat 2"
                body.append(f"{a1.surface} menempati peringkat pertama, disusul {a2.surface} di peringkat kedua.")
            rb = {}
            if sl["rb"] == "yes":
                e = rng.choice(good_units)
                nm = person(rng)
                rb[id(e)] = nm
                negs.append(Ent(nm, [nm], nm))
                title, style = e.head
                tn = {"police": f"AKBP {nm}, S.I.K.", "dr": f"dr. {titled(rng, nm, 0)}",
                      "civil": titled(rng, nm)}[style]
                body.append(end(f"Sertifikat untuk {e.surface} diterima langsung oleh {title}, {tn}"))
            if sl["thresh"] == "sentence":
                body.append("Berdasarkan metodologi Ombudsman, nilai 88,01–100 masuk Zona Hijau kualitas tertinggi, "
                            "78,01–88,00 Zona Hijau kualitas tinggi, 57,01–78,00 Zona Kuning kualitas sedang, dan "
                            "0–57,00 Zona Merah kualitas rendah.")
            text = "\n\n".join(body) + "\n"

            exp, exp_scores = [], []
            for e in good_units + ([red_unit] if red else []):
                b = band_of[id(e)]
                is_red = e is red_unit
                exp.append((e, [dict(family="B", year=Y, names=["Predikat " + aw, aw], grade=grade.get(id(e)),
                                     cat=exp_cat(b, zoneform), colour=BANDS[b][0].split()[-1].lower(), qual=b,
                                     colour_told=zoneform != "quality", qual_told=zoneform != "zone",
                                     score=vals[id(e)], giver=giver, rb=rb.get(id(e)), date=d, date_may_none=is_red,
                                     place=venue if sl["dkind"] == "ceremony" else None)]))
                exp_scores.append((e, Y, vals[id(e)]))
            slots = dict(scorefmt=scorefmt, zoneform=zoneform, **sl)
            finish("B", slots, text, pub, exp, negs, exp_scores)

g.report()
if not os.environ.get("PROBE_QUIET"):
    print("   info (not failing):", dict(INFO.most_common()))
if os.environ.get("G13_DUMP"):  # every case with its slots, for slicing by hand
    import json
    json.dump(CASES, open(os.environ["G13_DUMP"], "w"), ensure_ascii=False, indent=0)
