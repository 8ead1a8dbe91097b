"""Grid 12: results as table-like rows in a crawler's text dump -- an introduction naming the assessment, the
giver and the assessment year (sometimes announced early the next year), then one row per region, then
optionally a closing sentence.
Independent slots: the row format (pipe table / numbered / numbered with separators / tab or multi-space
columns under a header / "Peringkat N: X (..)"), the naming of the recipients (bare province, "Provinsi X",
"Pemprov X", bare regency/city under a "Kabupaten/Kota" header, "Kabupaten X"/"Kota X"), what the rows carry
(score+letter, score with one letter for all in the intro, letter only, score+rank), the year (intro form and
handover in the same or the next year), a distractor row (national average, header row, "Sumber:" line, a
region with no predicate, a region not assessed), a closing sentence.
Expected per recipient: one award (intro's name, grade = letter, or "Peringkat N" when a rank is given), a score
record with the row's value and the assessment year; no award for anyone else."""
import random, re
from datetime import date, timedelta
from common import *

rng = random.Random(1212)
g = Grid("g12_tables")

AWARDS = ["Indeks Tata Praja Mandiri", "Penilaian Kinerja Layanan Prima Daerah", "Indeks Akuntabilitas Karya Bhakti",
          "Evaluasi Mutu Tata Kelola Sapta Praja", "Indeks Inovasi Cakra Wibawa", "Penilaian Wahana Birokrasi Bersih"]
GIVER_PROV = ["Kementerian Dalam Negeri", "Badan Tata Praja Nasional", "Kementerian Pendayagunaan Aparatur Negara",
              "Lembaga Penjaminan Mutu Pemerintahan"]
GIVER_KK = ["Pemerintah Provinsi {P}", "Inspektorat Provinsi {P}", "Badan Perencanaan Pembangunan Daerah Provinsi {P}"]
LETTERS = ["A", "BB", "B", "CC", "C"]
BAND = {"A": (90, 99.5), "BB": (80, 89.9), "B": (70, 79.9), "CC": (60, 69.9), "C": (50, 59.9)}

FMTS = ["pipe", "numbered", "numsep", "tabs", "rankword"]
NAMINGS = ["prov_bare", "prov_provinsi", "pemprov", "kk_bare", "kk_prefixed"]
CARRIES = ["score_grade", "score_intro_grade", "grade_only", "score_rank"]
DISTRACT = ["none", "avg", "header", "sumber", "nopred", "belum"]


def fmtv(v):
    return f"{v:.2f}".replace(".", ",")


# ---- recipients ----------------------------------------------------------------------------------------------
def prov_ent(p, naming):
    base = [p] + PROV_ALIASES.get(p, [])
    acc = [f(x) for x in base for f in (lambda x: x, lambda x: f"Provinsi {x}", lambda x: f"Pemerintah Provinsi {x}",
                                        lambda x: f"Pemprov {x}", lambda x: f"Prov {x}")]
    shown = "Bangka Belitung" if p == "Kepulauan Bangka Belitung" and rng.random() < 0.5 else p
    surface = {"prov_bare": shown, "prov_provinsi": f"Provinsi {shown}", "pemprov": f"Pemprov {shown}"}[naming]
    return Ent(surface, acc, p)


def kk_ent(n, is_kota, naming):
    if is_kota:
        acc = [f"Kota {n}", f"Pemerintah Kota {n}", f"Pemkot {n}", n]
    else:
        acc = [f"Kabupaten {n}", f"Pemerintah Kabupaten {n}", f"Pemkab {n}", n, f"Kab {n}"]
    surface = n if naming == "kk_bare" else f"{'Kota' if is_kota else 'Kabupaten'} {n}"
    return Ent(surface, acc, n)


def pick_names(k, pool, taken):
    out = []
    while len(out) < k:
        x = rng.choice(pool)
        if all(not clash(x, t) for t in taken + out):
            out.append(x)
    return out


def recipients(naming, P, n):
    """n recipients + one more region of the same kind for the no-predicate row"""
    if naming.startswith("kk"):
        prov = next(p for p in reg["provinces"] if p["name"] == P)
        local = [(k, False) for k in prov["kabupaten"] if k in KAB] + [(k, True) for k in prov["kota"] if k in KOTA]
        local = [x for x in local if x[0] not in PROV]
        local = [x for x in local if not clash(x[0], P)]
        pool = local if len(local) >= 2 * n + 4 else [(k, False) for k in KAB if k not in PROV] + \
            [(k, True) for k in KOTA if k not in PROV]
        taken, picks, tries = [P], [], 0
        while len(picks) < n + 1:
            tries += 1
            if tries > 200:  # the local pool is too tight: start again from all regencies and cities
                pool = [(k, False) for k in KAB if k not in PROV] + [(k, True) for k in KOTA if k not in PROV]
                taken, picks, tries = [P], [], 0
            x = rng.choice(pool)
            if all(not clash(x[0], t) for t in taken):
                taken.append(x[0])
                picks.append(x)
        ents = [kk_ent(nm, kt, naming) for nm, kt in picks]
    else:
        ents = [prov_ent(p, naming) for p in pick_names(n + 1, [p for p in PROV if p != P], [P])]
    return ents[:n], ents[n]


# ---- rows ----------------------------------------------------------------------------------------------------
def cols_for(carries, fmt):
    """(first column word, has value, grade column word or None)"""
    if carries == "score_rank":
        return "Peringkat", True, None
    if carries == "score_intro_grade":
        return "No", True, None
    if carries == "grade_only":
        return "No", False, "Predikat"
    return "No", True, "Predikat"


def header(fmt, noun, carries, tabsep):
    first, hv, gcol = cols_for(carries, fmt)
    cols = [noun] + (["Nilai"] if hv else []) + ([gcol] if gcol else [])
    if fmt == "pipe":
        return "| " + " | ".join([first] + cols) + " |"
    if fmt == "tabs":
        return tabsep.join(([first] if carries == "score_rank" else []) + cols)
    return f"No. {' '.join(cols)}" if carries != "score_rank" else f"Peringkat {' '.join(cols)}"


def row(fmt, i, name, val, grade, rank, tabsep, dash):
    """val: str or None; grade: letter / '–' / None; rank: int / '–' / None"""
    if fmt == "pipe":
        first = str(rank) if rank is not None else str(i)
        cells = [first, name] + ([val] if val is not None else []) + ([grade] if grade is not None else [])
        return "| " + " | ".join(cells) + " |"
    if fmt == "numbered":
        s = f"{i}. {name}"
        if val is not None:
            s += f" {val}"
        if grade is not None:
            s += f" ({grade})"
        if rank is not None:
            s += f" ({'Peringkat ' + str(rank) if rank != '–' else '–'})"
        return s
    if fmt == "numsep":
        parts = [name] + ([val] if val is not None else []) + ([grade] if grade is not None else []) + \
            ([f"Peringkat {rank}" if rank != "–" else "–"] if rank is not None else [])
        return f"{i}. " + f" {dash} ".join(parts)
    if fmt == "tabs":
        cells = ([str(rank)] if rank is not None else []) + [name] + ([val] if val is not None else []) + \
            ([grade] if grade is not None else [])
        return tabsep.join(cells)
    # rankword
    if rank == "–":
        return f"Tidak diperingkat: {name}" + (f" ({val})" if val is not None else "")
    inner = ", ".join(([val] if val is not None else []) + ([f"predikat {grade}"] if grade is not None and val else
                                                           [grade] if grade is not None else []))
    return f"Peringkat {rank}: {name}" + (f" ({inner})" if inner else "")


def values(carries, n):
    if carries == "score_intro_grade":
        G = rng.choice(LETTERS[:4])
        lo, hi = BAND[G]
        vs = sorted((round(rng.uniform(lo, hi), 2) for _ in range(n)), reverse=True)
        return vs, [G] * n, G
    vs = sorted((round(rng.uniform(51, 99), 2) for _ in range(n)), reverse=True)
    gs = [next(L for L in LETTERS if v >= BAND[L][0]) for v in vs]
    return vs, gs, None


# ---- intro / closing -----------------------------------------------------------------------------------------
def when(Y, ymode):
    if ymode == "same":
        d = date(Y, 12, 1) + timedelta(days=rng.randint(0, 22))
    else:
        d = date(Y + 1, 1, 5) + timedelta(days=rng.randint(0, 45))
    if rng.random() < 0.6:
        ds = f"{DAYS[d.weekday()]} ({d.day}/{d.month}/{d.year})"
    else:
        ds = f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"
    return d, ds


INTRO_KEYS = ["mengumumkan", "diumumkan", "menetapkan", "mengumumkan", "diumumkan", "merilis"]


def intro(aw, giver, Y, yform, ds, noun, n):
    """(sentence, template key: its verb)"""
    k = rng.randrange(3)
    return _intro(aw, giver, Y, yform, ds, noun, n)[k], INTRO_KEYS[k + (3 if yform != "tahun" else 0)]


def _intro(aw, giver, Y, yform, ds, noun, n):
    if yform == "tahun":
        return ([
            f"{giver} mengumumkan hasil {aw} Tahun {Y} di Jakarta, {ds}.",
            f"{aw} Tahun {Y} resmi diumumkan {giver} pada {ds}.",
            f"{giver} menetapkan predikat {aw} Tahun {Y} bagi {n} {noun}, {ds}.",
        ])
    return ([
        f"{giver} mengumumkan {aw} berdasarkan hasil evaluasi {Y} di Jakarta, {ds}.",
        f"Hasil evaluasi {Y} untuk {aw} diumumkan {giver} pada {ds}.",
        f"{giver}, {ds}, merilis {aw} sesuai hasil evaluasi {Y} terhadap {n} {noun}.",
    ])


def intro_grade(G, noun):
    return rng.choice([f"Seluruh {noun} dalam daftar berikut berpredikat {G}.",
                       f"Daerah yang tercantum di bawah ini seluruhnya berpredikat {G}.",
                       f"Kesemuanya meraih predikat {G}."])


BLOCK_INTROS = {"score_rank": ["Berikut peringkatnya:", "Urutan peringkat hasil penilaian:", ""],
                None: ["Berikut hasilnya:", "Rinciannya sebagai berikut:", ""]}


def closing(noun):
    r = rng.random()
    if r < 0.45:
        return "", []
    if r < 0.75:
        n = person(rng)
        return (f"Deputi Bidang Tata Kelola, {titled(rng, n)}, berharap {noun} dengan nilai rendah segera "
                f"berbenah.", [Ent(n, [n], n)])
    return f"Penilaian tahun berikutnya akan menambah indikator digitalisasi layanan bagi seluruh {noun}.", []


# ---- checking ------------------------------------------------------------------------------------------------
def rnorm(s):
    """grade normalised: 'Peringkat III' = 'peringkat 3' = 'peringkat ketiga'"""
    s = norm(s or "")
    rom = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7"}
    words = {"pertama": "1", "kesatu": "1", "kedua": "2", "ketiga": "3", "keempat": "4", "kelima": "5",
             "keenam": "6", "ketujuh": "7"}
    return " ".join(rom.get(t, words.get(t, t)) if i else t for i, t in enumerate(s.split()))


def near(e, name):
    n, s = norm(name), norm(e.surface)
    if norm(e.short) in n:
        return "name-with-extras"
    if n and n in s and len(n.split()) >= 2:
        return "name-truncated"
    return None


INFO = collections.Counter()


def check(awards, scores, exp, negs, Y, aw):
    problems, claimed, info = [], set(), []
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
        else:
            claimed.update(id(a) for a in mine)
            if len(mine) > 1:
                problems.append(f"duplicate-award: {e.short} x{len(mine)}")
            a = mine[0]
            if rnorm(a.grade) not in {rnorm(x) for x in want["grades"]}:
                if a.grade is None:
                    problems.append(f"grade-missing: {e.short} expected {want['grades']}, cat={a.category!r}")
                else:
                    problems.append(f"wrong-grade: {e.short} expected {want['grades']}, got {a.grade!r} "
                                    f"(cat={a.category!r})")
            else:
                want["grade_got"] = a.grade
            if a.year != Y:
                problems.append(f"wrong-year: {e.short} expected {Y}, got {a.year}")
            if tokf1(aw, a.name) < 0.5:
                info.append(f"award-name: {e.short} expected {aw!r}, got {a.name!r}")
        if want["score"] is not None:
            ss = [s for s in scores if e.matches(s.entity.name)]
            if any(abs(s.value - want["score"]) <= 0.005 and s.year == Y for s in ss):
                pass
            elif any(abs(s.value - want["score"]) <= 0.005 for s in ss):
                problems.append(f"score-wrong-year: {e.short} expected {Y}, got "
                                f"{[s.year for s in ss if abs(s.value - want['score']) <= 0.005]}")
            elif ss:
                problems.append(f"score-wrong-value: {e.short} expected {want['score']}, got {[s.value for s in ss]}")
            else:
                problems.append(f"missing-score: {e.short} expected {want['score']}")
    for a in awards:
        if id(a) in claimed:
            continue
        if any(x.matches(a.recipient.name) or norm(x.short) in norm(a.recipient.name) for x in negs):
            problems.append(f"distractor-award: {a.recipient.name!r}")
        else:
            problems.append(f"extra-recipient: {a.recipient.name!r}")
    for s in scores:
        if not any(e.matches(s.entity.name) for e, _ in exp) and not any(x.matches(s.entity.name) for x in negs[:1]):
            info.append(f"extra-score: {s.entity.name!r} {s.value}")
    for i in info:
        INFO[i.split(":")[0]] += 1
    return problems, info



def _local(p):
    return [k for k, _ in local_regions(p)]


KK_PROV = [p["name"] for p in reg["provinces"] if len(_local(p)) >= 16]  # room for 7 regions of one province

# ---- the grid ------------------------------------------------------------------------------------------------
CASES = []
REC = collections.Counter()
combo = 0
for fmt in FMTS:
    for naming in NAMINGS:
        for carries in CARRIES:
            combo += 1
            for rep in range(5):
                dk = DISTRACT[(combo + rep) % len(DISTRACT)]
                ymode = ["same", "next"][(combo // 2 + rep) % 2]
                yform = rng.choice(["tahun", "evaluasi"])
                Y = rng.choice([2023, 2024, 2025])
                kk = naming.startswith("kk")
                P = rng.choice(KK_PROV if kk else PROV)
                noun, col = ("kabupaten/kota", "Kabupaten/Kota") if kk else ("provinsi", "Provinsi")
                giver = rng.choice(GIVER_KK).format(P=P) if kk else rng.choice(GIVER_PROV)
                aw = rng.choice(AWARDS)
                n = rng.choice([3, 4, 4, 5, 6])
                ents, other = recipients(naming, P, n)
                vs, gs, G = values(carries, n)
                tabsep = rng.choice(["\t", "    ", "   "])
                dash = rng.choice(["–", "–", "-"])
                d, ds = when(Y, ymode)
                pub = d + timedelta(days=rng.randint(0, 2))

                # expectations
                exp = []
                for i, e in enumerate(ents):
                    grades = ["Peringkat %d" % (i + 1)] if carries == "score_rank" else [gs[i]]
                    if fmt == "rankword" and carries != "score_rank":
                        grades.append("Peringkat %d" % (i + 1))  # rank and letter both given: either is accepted
                    exp.append((e, dict(grades=grades, score=None if carries == "grade_only" else vs[i])))

                # rows
                lines = []
                if fmt in ("pipe", "tabs"):
                    lines.append(header(fmt, col, carries, tabsep))
                elif naming == "kk_bare":
                    lines.append("Kabupaten/Kota:")
                if dk == "header" and fmt not in ("pipe", "tabs"):
                    lines.append(header(fmt, col, carries, tabsep))
                mid = rng.randint(1, n - 1)
                for i, e in enumerate(ents):
                    if dk == "header" and fmt in ("pipe", "tabs") and i == mid:
                        lines.append(header(fmt, col, carries, tabsep))  # header repeated at a page break
                    val = None if carries == "grade_only" else fmtv(vs[i])
                    grade = gs[i] if carries in ("score_grade", "grade_only") else None
                    rank = i + 1 if (carries == "score_rank" or fmt == "rankword") else None
                    lines.append(row(fmt, i + 1, e.surface, val, grade, rank, tabsep, dash))
                after = []
                negs = [other]
                if dk in ("nopred", "belum"):
                    low = round(rng.uniform(30, 49.9), 2)
                    if carries == "score_intro_grade":
                        if dk == "nopred":
                            lines.append("Belum memperoleh predikat:")
                            r = n + 1 if fmt != "rankword" else "–"
                            lines.append(row(fmt, n + 1, other.surface, fmtv(low), None, r if fmt == "rankword" else
                                             None, tabsep, dash))
                        else:
                            after.append(f"Catatan: {other.surface} belum dinilai.")
                    elif dk == "nopred":
                        val = None if carries == "grade_only" else fmtv(low)
                        grade = "–" if carries in ("score_grade", "grade_only") else None
                        rank = "–" if (carries == "score_rank" or fmt == "rankword") else None
                        lines.append(row(fmt, n + 1, other.surface, val, grade, rank, tabsep, dash))
                    else:
                        if fmt == "rankword":
                            lines.append(f"Belum dinilai: {other.surface}")
                        elif fmt == "pipe":
                            k = 1 if carries == "score_rank" else 0
                            lines.append(f"| {'–' if k else n + 1} | {other.surface} | belum dinilai |" +
                                         (" – |" if carries == "score_grade" else ""))
                        elif fmt == "tabs":
                            lines.append(tabsep.join((["–"] if carries == "score_rank" else []) +
                                                     [other.surface, "belum dinilai"]))
                        elif fmt == "numbered":
                            lines.append(f"{n + 1}. {other.surface} (belum dinilai)")
                        else:
                            lines.append(f"{n + 1}. {other.surface} {dash} belum dinilai")
                if dk == "avg":
                    av = fmtv(round(rng.uniform(min(vs), max(vs)), 2))
                    label = "Rata-rata nasional" if not kk else "Rata-rata provinsi"
                    negs.append(Ent(label, [label, "nasional", "Rata-rata"], label))
                    if fmt == "pipe":
                        cells = ["", label, av] if carries != "grade_only" else ["", label, "BB"]
                        if carries == "score_grade":
                            cells.append("")
                        lines.append("| " + " | ".join(cells) + " |")
                    elif fmt == "tabs":
                        lines.append(tabsep.join([label, av if carries != "grade_only" else "BB"]))
                    elif fmt == "rankword":
                        lines.append(f"{label}: {av if carries != 'grade_only' else 'BB'}")
                    else:
                        lines.append(f"{label} {av if carries != 'grade_only' else '(BB)'}")
                if dk == "sumber":
                    after.append(rng.choice([f"Sumber: {giver}", f"Sumber: {giver}, diolah",
                                             f"Sumber: Laporan Hasil Evaluasi {Y}"]))
                    negs.append(Ent(giver, [giver], giver))

                head, ikey = intro(aw, giver, Y, yform, ds, noun, n)
                if carries == "score_intro_grade":
                    head += " " + intro_grade(G, noun)
                bi = rng.choice(BLOCK_INTROS["score_rank" if carries == "score_rank" else None])
                ctext, cnegs = closing(noun)
                negs += cnegs
                parts = [head, (bi + "\n" if bi else "") + "\n".join(lines + after)]
                if ctext:
                    parts.append(ctext)
                gap = "\n\n" if rng.random() < 0.5 else "\n"
                text = gap.join(parts) + "\n"

                awards, scores = run(text, pub)
                problems, info = check(awards, scores, exp, negs, Y, aw)
                g.record(f"fmt={fmt}", text, problems, awards, scores)
                good = not problems
                g.bump(f"naming={naming}", good)
                g.bump(f"carries={carries}", good)
                g.bump(f"year={ymode}", good)
                g.bump(f"yform={yform}", good)
                g.bump(f"distractor={dk}", good)
                g.bump(f"closing={'yes' if ctext else 'no'}", good)
                g.bump(f"intro_verb={ikey}", good)
                g.bump(f"block_intro={'yes' if bi else 'no'}", good)
                nmiss = sum(p.startswith(("missing-award", "name-")) for p in problems)
                REC["recipients"] += n
                REC["award found"] += n - nmiss
                if carries != "grade_only":
                    REC["score expected"] += n
                    REC["score ok"] += n - sum(p.startswith(("missing-score", "score-wrong")) for p in problems)
                if fmt == "rankword" and carries != "score_rank":
                    got = {("rank" if (w.get("grade_got") or "").lower().startswith("peringkat") else "letter")
                           for _, w in exp if w.get("grade_got")}
                    for k in got:
                        INFO[f"rankword-grade-came-as-{k}"] += 1
                CASES.append(dict(fmt=fmt, naming=naming, carries=carries, year=ymode, yform=yform, distractor=dk,
                                  closing=bool(ctext), intro=ikey, block_intro=bi, Y=Y, pub=str(pub), exp=[e.surface for e, _ in exp],
                                  text=text, problems=problems, info=info,
                                  awards=[fmt_award(a) for a in awards], scores=[fmt_score(s) for s in scores]))
g.report()
if not os.environ.get("PROBE_QUIET"):
    print("   info (not failing):", dict(INFO.most_common()))
    print("   per recipient:", dict(REC))
if os.environ.get("G12_DUMP"):  # every case with its slots, for slicing by hand
    import json
    json.dump(CASES, open(os.environ["G12_DUMP"], "w"), ensure_ascii=False, indent=0)
