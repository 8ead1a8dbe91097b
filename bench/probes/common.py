"""Shared harness for the probe grids: the nlp, region names, invented people, matching helpers."""
import sys, json, random, re, collections, os
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2]))
from datetime import date
from tests.extract_support import analyse
from pipeline.extract import _nlp_for
from pipeline.rules import load_rules

PUB = date(2024, 12, 10)
_nlp = None


def nlp():
    global _nlp
    if _nlp is None:
        _nlp = _nlp_for(load_rules())
    return _nlp


def run(text, pub=PUB):
    doc = analyse(nlp(), text, pub)
    return list(doc._.awards), list(doc._.scores)


reg = json.load(open(__import__("pathlib").Path(__file__).resolve().parents[2] / "rules" / "regions_id.json"))
_kabs = [k for p in reg["provinces"] for k in p["kabupaten"] if "-" not in k and " dan " not in k]
_kotas = [k for p in reg["provinces"] for k in p["kota"] if "-" not in k]
KAB = sorted(set(k for k in _kabs if k not in _kotas))
KOTA = sorted(set(_kotas) - set(_kabs))
PROV = [p["name"] for p in reg["provinces"]]

FIRST = ["Ahmad", "Siti", "Budi", "Rina", "Yusuf", "Dewi", "Hendra", "Maria", "Fransiskus", "Nurul",
         "Agus", "Sri", "Teguh", "Lina", "Rahmat", "Yohanes", "Wahyu", "Fitri"]
MID = ["", "", "Dwi ", "Eka ", "Nur ", "Tri "]
LAST = ["Saputra", "Lestari", "Simanjuntak", "Wulandari", "Pratama", "Hasibuan", "Manurung", "Rahayu",
        "Kurniawan", "Sitompul", "Setiawan", "Nainggolan", "Hidayat", "Purnamasari"]
PRE_TITLES = ["Drs.", "H.", "Hj.", "Dr.", "Ir.", "Prof.", "dr.", "Dra."]
POST_TITLES = ["M.Si.", "S.H.", "M.M.", "S.E.", "M.Pd.", "M.Kes.", "S.Sos.", "MAP", "S.Kep.", "Sp.A", "S.T.", "M.H."]


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(MID)}{rng.choice(LAST)}"


def titled(rng, name, npre=None, npost=None):
    npre = rng.choice([0, 1, 1, 2]) if npre is None else npre
    npost = rng.choice([0, 1, 1, 2]) if npost is None else npost
    pre = rng.sample(PRE_TITLES, npre)
    post = rng.sample(POST_TITLES, npost)
    s = " ".join(pre + [name])
    if post:
        s += ", " + ", ".join(post)
    return s


def norm(s):
    if s is None:
        return None
    s = s.casefold()
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


class Ent:
    """An invented actor: surface text and accepted normalised names."""

    def __init__(self, surface, accepted, short=None):
        self.surface, self.accepted, self.short = surface, {norm(a) for a in accepted}, short or surface

    def matches(self, name):
        return norm(name) in self.accepted

    def __repr__(self):
        return self.surface


def kab(rng, form=None):
    n = rng.choice(KAB)
    form = form or rng.choice(["Kabupaten", "Kabupaten", "Pemkab", "Pemerintah Kabupaten"])
    return Ent(f"{form} {n}", [f"Kabupaten {n}", f"Pemerintah Kabupaten {n}", f"Pemkab {n}", n, f"Kab {n}"], n)


def kota(rng, form=None):
    n = rng.choice(KOTA)
    form = form or rng.choice(["Kota", "Kota", "Pemkot", "Pemerintah Kota"])
    return Ent(f"{form} {n}", [f"Kota {n}", f"Pemerintah Kota {n}", f"Pemkot {n}", n], n)


VILLAGES = ["Sukamaju", "Mekarsari", "Tanjung Harapan", "Sidomulyo", "Karangrejo", "Air Putih", "Pandanrejo"]


def unit(rng, kind=None):
    kind = kind or rng.choice(["puskesmas", "rsud", "desa", "sma", "dinas"])
    r = rng.choice(KAB)
    if kind == "puskesmas":
        s = f"Puskesmas {rng.choice(VILLAGES)}"
    elif kind == "rsud":
        s = f"RSUD {r}"
    elif kind == "desa":
        s = f"Desa {rng.choice(VILLAGES)}"
    elif kind == "sma":
        s = f"SMA Negeri {rng.randint(1, 9)} {rng.choice(KOTA)}"
    else:
        s = f"Dinas Kesehatan Kabupaten {r}"
    return Ent(s, [s], s)


def actor(rng, kinds=("kab", "kota", "unit")):
    k = rng.choice(kinds)
    return kab(rng) if k == "kab" else kota(rng) if k == "kota" else unit(rng)


def distinct(rng, n, kinds=("kab", "kota", "unit")):
    while True:
        xs = [actor(rng, kinds) for _ in range(n)]
        keys = [x.short.split()[-1] for x in xs]
        if len(set(keys)) == n and len({x.surface for x in xs}) == n:
            return xs


def lst(rng, items, sep=None):
    sep = sep or rng.choice([", dan ", " dan ", ", serta "])
    return ", ".join(items[:-1]) + sep + items[-1] if len(items) > 1 else items[0]


def find(awards, ent):
    return [a for a in awards if ent.matches(a.recipient.name)]


def cap(s):
    return s[0].upper() + s[1:]


def end(s):
    """A sentence's final stop, not doubled after a title such as "M.Si."."""
    return s if s.endswith(".") else s + "."


def spread_evenly(values, n, rng):
    """``n`` slot values, each equally often, shuffled with the grid's ``rng``."""
    xs = [values[i % len(values)] for i in range(n)]
    rng.shuffle(xs)
    return xs


def near_name(e, name):
    """How a recipient's name the extractor gave is near the expected one: with extra words
    around it, or cut short; None when it is neither."""
    n, s = norm(name), norm(e.surface)
    if norm(e.short) in n and n != norm(e.short):
        return "name-with-extras"
    if n and n in s and len(n.split()) >= 2:
        return "name-truncated"
    return None


def claim_recipient(awards, e, claimed: set, near, problems: list) -> list:
    """The records of the expected recipient ``e`` (claimed); when there are none, the unclaimed
    records whose name is ``near`` its are claimed and told as a naming problem, else it is
    missing."""
    mine = find(awards, e)
    if mine:
        claimed.update(id(a) for a in mine)
        return mine
    nn = [(near(e, a.recipient.name), a) for a in awards if id(a) not in claimed]
    nn = [(k, a) for k, a in nn if k]
    if nn:
        claimed.update(id(a) for _, a in nn)
        problems.append(f"recipient-name: {e.surface!r} got {[a.recipient.name for _, a in nn]}")
    else:
        problems.append(f"recipient-missing: {e.surface!r}")
    return []


def extra_recipients(awards, ent) -> list[str]:
    """The problem of awards to anyone but ``ent``, if there are any."""
    extra = [a.recipient.name for a in awards if not ent.matches(a.recipient.name)]
    return [f"extra-recipient: {extra}"] if extra else []


def fmt_award(a):
    return (f"{a.recipient.name!r} | {a.name} | cat={a.category!r} grade={a.grade!r} year={a.year} "
            f"date={a.date} place={a.place!r} rb={a.received_by!r} giver={a.giver and a.giver.name!r} "
            f"score={a.score}")


def fmt_score(s):
    return f"{s.entity.name!r} y={s.year} v={s.value} ({s.scale})"


DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
YEARS = {str(y) for y in range(2000, 2031)}


def clash(a, b):
    """Whether one name holds the other (two regions that a text could not tell apart)."""
    a, b = norm(a), norm(b)
    return a in b or b in a


# the other names a province goes by, which a case must keep apart from its regions' names
PROV_ALIASES = {"Kepulauan Bangka Belitung": ["Bangka Belitung", "Babel"], "DKI Jakarta": ["Jakarta"],
                "Daerah Istimewa Yogyakarta": ["DI Yogyakarta", "Yogyakarta", "DIY"]}


def local_regions(p):
    """A province's kabupaten and kota of one kind only, named like no province and not clashing with
    their province's name, each with whether it is a kota."""
    return [(k, False) for k in p["kabupaten"] if k in KAB and k not in PROV and not clash(k, p["name"])] + \
        [(k, True) for k in p["kota"] if k in KOTA and k not in PROV and not clash(k, p["name"])]


def tokf1(exp, got):
    """Token F1 of a name or category against the expected one, years left out."""
    ta, tb = set(norm(exp or "").split()) - YEARS, set(norm(got or "").split())
    if not ta or not tb:
        return 0.0
    i = len(ta & tb)
    return 0 if i == 0 else 2 * i / (len(ta) + len(tb))


def handover_fields(a, w, who, problems, info) -> None:
    """The checks of an award's score, giver, received_by, date (and place, as information)
    against the expected winner ``w``; ``w["date_may_none"]`` lets a missing date pass."""
    if w["score"] is None:
        if a.score is not None:
            problems.append(f"score-award: {who} expected None, got {a.score}")
    elif a.score is None or abs(a.score - w["score"]) > 0.005:
        problems.append(f"score-award: {who} expected {w['score']}, got {a.score}")
    if w["giver"] is not None and not (a.giver and w["giver"].matches(a.giver.name)):
        problems.append(f"giver: {who} expected {w['giver'].surface!r}, got {a.giver and a.giver.name!r}")
    if norm(a.received_by) != norm(w["rb"]):
        problems.append(f"received_by: {who} expected {w['rb']!r}, got {a.received_by!r}")
    got = str(a.date)[:10] if a.date else None
    want = w["date"].isoformat() if w["date"] else None
    if got != want and not (w.get("date_may_none") and got is None):
        problems.append(f"date: {who} expected {want}, got {got}")
    if w.get("place") and a.date and tokf1(w["place"], a.place) < 0.5:
        info.append(f"place: {who} expected {w['place']!r}, got {a.place!r}")


def giver_and_handover(a, w, who, problems, info) -> None:
    """The checks of an award's giver (``"skip"``: not checked; None: none may be told),
    received_by, and, as information only, its date and place against the expected winner ``w``."""
    if w["giver"] == "skip":
        pass
    elif w["giver"] is None:
        if a.giver is not None:
            problems.append(f"giver-spurious: {who} expected None, got {a.giver.name!r}")
    elif not (a.giver and w["giver"].matches(a.giver.name)):
        problems.append(f"giver: {who} expected {w['giver'].surface!r}, got {a.giver and a.giver.name!r}")
    if norm(a.received_by) != norm(w["rb"]):
        problems.append(f"received_by: {who} expected {w['rb']!r}, got {a.received_by!r}")
    got = str(a.date)[:10] if a.date else None
    want = w["date"].isoformat() if w["date"] else None
    if got != want:
        info.append(f"date: {who} expected {want}, got {got}")
    if w.get("place") and a.place and tokf1(w["place"], a.place) < 0.5:
        info.append(f"place: {who} expected {w['place']!r}, got {a.place!r}")


def pair_records(mine, wants, conditions, check_fields, e, problems, info) -> list:
    """Pair an expected recipient's records with its expected awards (``wants``, the current one
    first), by each of ``conditions`` in turn; check each pair's fields, report the awards left
    without a record, and return the records left without an award."""
    pool, got = list(mine), {}
    for cond in conditions:
        for i, w in enumerate(wants):
            if i not in got:
                a = next((a for a in pool if cond(a, w)), None)
                if a is not None:
                    got[i] = a
                    pool.remove(a)
    for i, w in enumerate(wants):
        a = got.get(i)
        if a is None:
            kind = "year-earlier-missing" if i else "recipient-missing"
            problems.append(f"{kind}: {e.surface!r} no record for {w['year']} (got {[a.year for a in mine]})")
            continue
        if a.year != w["year"]:
            problems.append(f"year: {e.short} expected {w['year']}, got {a.year}")
        check_fields(e, a, w, problems, info)
    return pool


def fresh_region(pool, taken: list, want=None):
    """A (name, is_kota) of ``pool`` that clashes with none of the names ``taken`` (then taken
    too); ``want``: True a kota, False a kabupaten, None either (either, when none is left)."""
    for strict in (True, False):
        for x in pool:
            if strict and want is not None and x[1] != want:
                continue
            if all(not clash(x[0], t) for t in taken):
                taken.append(x[0])
                return x
    raise RuntimeError("no fresh region")


def record_case(grid, info_counts, near, check_fields, slots, text, pub, exp, negs) -> bool:
    """Run one case, check its records (``check_records``), count its notes in ``info_counts``,
    record it on ``grid`` under its first slot and count it under the others; whether it passed."""
    awards, scores = run(text, pub)
    problems, info = [], []
    check_records(awards, exp, negs, near, check_fields, problems, info)
    for i in info:
        info_counts[i.split(":")[0]] += 1
    keys = list(slots)
    grid.record(f"{keys[0]}={slots[keys[0]]}", text, problems, awards, scores)
    good = not problems
    for k in keys[1:]:
        grid.bump(f"{k}={slots[k]}", good)
    return good


def check_records(awards, exp, negs, near, check_fields, problems: list, info: list) -> None:
    """Each expected recipient's records, claimed by ``near`` and paired with what is expected of
    them by year (``check_fields`` checks each pair; a record left over is a duplicate), then the
    recipients nobody expected; what fails goes to ``problems``."""
    claimed: set = set()
    for e, wants in exp:
        mine = claim_recipient(awards, e, claimed, near, problems)
        if not mine:
            continue
        pool = pair_records(mine, wants, (lambda a, w: a.year == w["year"], lambda a, w: True),
                            check_fields, e, problems, info)
        for a in pool:
            problems.append(f"recipient-duplicate: {e.short} extra record y={a.year} {a.name!r}")
    problems += unclaimed_recipients(awards, claimed, negs)


def unclaimed_recipients(awards, claimed: set, negs) -> list[str]:
    """The problems of awards no expected recipient claimed: a distractor named in the text
    (``negs``) or anyone else."""
    problems = []
    for a in awards:
        if id(a) in claimed:
            continue
        if any(x.matches(a.recipient.name) or norm(x.short) in norm(a.recipient.name) for x in negs):
            problems.append(f"recipient-distractor: {a.recipient.name!r}")
        else:
            problems.append(f"recipient-extra: {a.recipient.name!r}")
    return problems


def score_records(scores, expected) -> list[str]:
    """The problems of the score records against ``expected`` (entity, year, value) triples:
    a wrong year or value, a value under another entity, a missing or a spurious record."""
    problems, used = [], set()
    for e, Y, v in expected:
        ss = [s for s in scores if e.matches(s.entity.name)]
        hit = next((s for s in ss if abs(s.value - v) <= 0.005 and s.year == Y and id(s) not in used), None)
        if hit:
            used.add(id(hit))
        elif any(abs(s.value - v) <= 0.005 for s in ss):
            problems.append(f"score-record: {e.short} year expected {Y}, got {[s.year for s in ss]}")
            used.update(id(s) for s in ss if abs(s.value - v) <= 0.005)
        elif ss:
            problems.append(f"score-record: {e.short} expected {v}, got {[s.value for s in ss]}")
        else:
            nn = [s for s in scores if abs(s.value - v) <= 0.005 and id(s) not in used]
            if nn:
                used.add(id(nn[0]))
                problems.append(f"score-record: {e.short} {v} came under {nn[0].entity.name!r}")
            else:
                problems.append(f"score-record: {e.short} missing {v}")
    for s in scores:
        if id(s) not in used:
            problems.append(f"score-spurious: {s.entity.name!r} {s.value} y={s.year}")
    return problems


class Grid:
    def __init__(self, name):
        self.name = name
        self.total = 0
        self.ok = 0
        self.by = collections.defaultdict(lambda: [0, 0])
        self.fails = []
        self.checks = collections.Counter()
        self.check_fail = collections.Counter()
        self.outcomes = {}

    def record(self, tag, text, problems, awards, scores):
        self.total += 1
        good = not problems
        self.ok += good
        self.outcomes[text] = [tag, good, problems]
        self.by[tag][0] += good
        self.by[tag][1] += 1
        for p in problems:
            self.check_fail[p.split(":")[0]] += 1
        if not good:
            self.fails.append((tag, text, problems, [fmt_award(a) for a in awards], [fmt_score(s) for s in scores]))

    def bump(self, tag, good):
        """Count one slot value of a text (a text has several) as passed or not."""
        self.by[tag][0] += good
        self.by[tag][1] += 1

    def report(self):
        seed = os.environ.get("PYTHONHASHSEED", "random")
        if os.environ.get("PROBE_QUIET"):
            print(f"== {self.name} seed={seed}: {self.ok}/{self.total} = {self.ok / max(1, self.total):.1%}")
            return
        print(f"== {self.name}: {self.ok}/{self.total} = {self.ok / max(1, self.total):.1%}")
        for t, (o, n) in sorted(self.by.items()):
            print(f"   {t:40s} {o}/{n}")
        print("   failing checks:", dict(self.check_fail.most_common()))
        path = os.path.join(os.environ.get("PROBE_FAILS", "/tmp"), f"{self.name}_fails.txt")
        with open(path, "w") as f:
            f.write(f"{self.name}: {self.ok}/{self.total}\n\n")
            for tag, text, problems, aw, sc in self.fails:
                f.write(f"[{tag}] {text}\n")
                for p in problems:
                    f.write(f"   ! {p}\n")
                for a in aw:
                    f.write(f"   A {a}\n")
                for s in sc:
                    f.write(f"   S {s}\n")
                f.write("\n")
        print("   fails ->", path)
