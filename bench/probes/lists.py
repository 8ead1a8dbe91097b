"""Probe the list mechanism on a grid of invented sentences: python probe_lists.py [--show N] [--tpl K]
Templates x member forms x separators x attributes; real region names from rules/regions_id.json.
Prints the share of members found per template and per form, and some failing sentences."""
import sys, json, random, itertools, collections
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2]))
from datetime import date
from tests.extract_support import analyse
from pipeline.extract import _nlp_for
from pipeline.rules import load_rules

rng = random.Random(7)
reg = json.load(open(__import__("pathlib").Path(__file__).resolve().parents[2] / "rules" / "regions_id.json"))
kabs = [k for p in reg["provinces"] for k in p["kabupaten"]]
kotas = [k for p in reg["provinces"] for k in p["kota"]]
provs = [(p["name"], [a for a in p.get("aliases", []) if a.isalpha() and len(a) <= 6]) for p in reg["provinces"]]
kab_only = [k for k in kabs if k not in kotas]

def member(form):
    if form == "Kabupaten":
        n = rng.choice(kab_only); return f"Kabupaten {n}", n
    if form == "Kab.":
        n = rng.choice(kab_only); return f"Kab. {n}", n
    if form == "Pemkab":
        n = rng.choice(kab_only); return f"Pemkab {n}", n
    if form == "Kota":
        n = rng.choice(kotas); return f"Kota {n}", n
    if form == "Pemkot":
        n = rng.choice(kotas); return f"Pemkot {n}", n
    if form == "bare":
        n = rng.choice(kab_only); return n, n
    if form == "Provinsi":
        n, _ = rng.choice(provs); return f"Provinsi {n}", n
    if form == "Pemprov-short":
        n, al = rng.choice([p for p in provs if p[1]]); return f"Pemprov {rng.choice(al)}", n
    if form == "mixed":
        return member(rng.choice(["Kabupaten", "Kota", "bare", "Kab.", "Pemkot"]))

SEPS = [", dan ", " dan ", ", serta ", " serta "]
ATTRS = ["", " (nilai {v})", " dengan nilai {v}", " ({v})"]
TEMPLATES = [
    "Kementerian Dalam Negeri memberikan penghargaan Anugerah Pandu Negeri 2024 kepada {n} daerah, {op} {L}.",
    "Penghargaan Anugerah Pandu Negeri 2024 diraih oleh {n} daerah, {op} {L}.",
    "Sebanyak {n} daerah menerima penghargaan Anugerah Pandu Negeri 2024 dari Kementerian Dalam Negeri, {op} {L}.",
    "Anugerah Pandu Negeri 2024 dari Kementerian Dalam Negeri diberikan kepada {L}.",
    "Predikat Sangat Baik pada Anugerah Pandu Negeri 2024 diraih {L}.",
    "{L} meraih penghargaan Anugerah Pandu Negeri 2024 dari Kementerian Dalam Negeri.",
    "Penerima penghargaan Anugerah Pandu Negeri 2024 tahun ini adalah {L}.",
    "Kabupaten Sleman meraih penghargaan Anugerah Pandu Negeri 2024 dari Kementerian Dalam Negeri. Penghargaan serupa juga diterima {L}.",
    "Kementerian Dalam Negeri menyerahkan Anugerah Pandu Negeri 2024 di Jakarta, Selasa (10/12/2024). Daerah penerima penghargaan tersebut {op} {L}.",
    "Kementerian Dalam Negeri menganugerahkan Anugerah Pandu Negeri 2024 kepada {n} daerah. Mereka {op} {L}.",
    "Kementerian Dalam Negeri menetapkan {n} daerah sebagai penerima Anugerah Pandu Negeri 2024{colon} {L}.",
]
OPENERS = ["di antaranya", "diantaranya", "antara lain", "yakni", "yaitu", "meliputi", "masing-masing", "adalah"]
FORMS = ["Kabupaten", "Kab.", "Pemkab", "Kota", "Pemkot", "bare", "Provinsi", "Pemprov-short", "mixed"]
NUM = {2: "dua", 3: "tiga", 4: "empat", 5: "lima"}

args = sys.argv[1:]
show = int(args[args.index("--show") + 1]) if "--show" in args else 3
only = int(args[args.index("--tpl") + 1]) if "--tpl" in args else None
nlp = _nlp_for(load_rules())
by_t, by_f, by_s, by_a, by_o = (collections.Counter() for _ in range(5))
tot_t, tot_f, tot_s, tot_a, tot_o = (collections.Counter() for _ in range(5))
fails = collections.defaultdict(list)
spurious = 0
for ti, tpl in enumerate(TEMPLATES):
    if only is not None and ti != only:
        continue
    for form in FORMS:
        for si, sep in enumerate(SEPS):
            for ai, attr in enumerate(ATTRS):
                k = rng.choice([2, 3, 4])
                ms = [member(form) for _ in range(k)]
                if len({m[1] for m in ms}) < k:
                    continue
                texts = [m[0] + attr.format(v=f"{rng.randint(70, 99)},{rng.randint(10, 99)}") for m in ms]
                L = ", ".join(texts[:-1]) + sep + texts[-1]
                op = rng.choice(OPENERS)
                s = tpl.format(n=k, op=op, L=L, colon=rng.choice([":", ", yakni"]))
                doc = analyse(nlp, s, date(2024, 12, 10))
                names = [a.recipient.name for a in doc._.awards]
                found = sum(any(m[1].lower() in nm.lower() for nm in names) for m in ms)
                extra = sum(not any(m[1].lower() in nm.lower() for m in ms) and "sleman" not in nm.lower() for nm in names)
                spurious += extra
                ok = found == k and not extra
                for c, t, key in ((by_t, tot_t, ti), (by_f, tot_f, form), (by_s, tot_s, sep.strip()), (by_a, tot_a, ai), (by_o, tot_o, op)):
                    c[key] += ok; t[key] += 1
                if not ok:
                    fails[ti].append((s, names))
def table(title, c, t):
    print(title + ": " + "  ".join(f"{k}:{c[k]}/{t[k]}" for k in t))
table("template", by_t, tot_t); table("form", by_f, tot_f); table("sep", by_s, tot_s)
table("attr", by_a, tot_a); table("opener", by_o, tot_o)
print("spurious recipients:", spurious, " overall", sum(by_t.values()), "/", sum(tot_t.values()))
for ti, fl in fails.items():
    for s, names in fl[:show]:
        print(f"[{ti}] {s}\n     -> {names}")
