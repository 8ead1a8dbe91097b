"""Probe grouped lists and member kinds: python probe_groups.py [--show N]
Each case: a text, and the expected {recipient substring: (grade or category substring or None)}."""
import sys, json, random, collections
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2]))
from datetime import date
from tests.extract_support import analyse
from pipeline.extract import _nlp_for
from pipeline.rules import load_rules

rng = random.Random(11)
reg = json.load(open(__import__("pathlib").Path(__file__).resolve().parents[2] / "rules" / "regions_id.json"))
kabs = [k for p in reg["provinces"] for k in p["kabupaten"] if "-" not in k and " dan " not in k]
kotas = [k for p in reg["provinces"] for k in p["kota"] if "-" not in k]
kab_only = [k for k in kabs if k not in kotas]
FIRST = ["Ahmad", "Siti", "Budi", "Rina", "Yusuf", "Dewi", "Hendra", "Maria", "Fransiskus", "Nurul"]
LAST = ["Saputra", "Lestari", "Simanjuntak", "Wulandari", "Pratama", "Hasibuan", "Manurung", "Rahayu"]

def unit(kind):
    r = rng.choice(kab_only)
    c = rng.choice(kotas)
    return {
        "puskesmas": (f"Puskesmas {rng.choice(['Sukamaju', 'Tanjung', 'Kampung Baru', 'Air Putih'])} {r}", "Puskesmas"),
        "rsud": (f"RSUD {r}", f"RSUD {r}"),
        "dinas": (f"Dinas Kesehatan Kabupaten {r}", "Dinas Kesehatan"),
        "sekolah": (f"SMA Negeri {rng.randint(1, 9)} {c}", "SMA Negeri"),
        "desa": (f"Desa {rng.choice(['Sukamaju', 'Mekarsari', 'Pandanrejo', 'Tamanmartani'])}", "Desa"),
        "pt": (f"PT {rng.choice(['Semen', 'Bank', 'Pupuk'])} {rng.choice(['Nusantara', 'Andalas', 'Borneo'])} {rng.choice(['Jaya', 'Abadi', 'Makmur'])}", "PT"),
        "polres": (f"Polres {r}", f"Polres {r}"),
        "kantah": (f"Kantor Pertanahan Kabupaten {r}", "Kantor Pertanahan"),
        "kab": (f"Kabupaten {r}", r),
        "kota": (f"Kota {c}", c),
        "person": (f"{rng.choice(['Dr. ', 'H. ', 'Ir. ', ''])}{rng.choice(FIRST)} {rng.choice(LAST)}{rng.choice([', S.Pd.', ', M.Si', ''])}", None),
    }[kind]

def lst(items, sep=None):
    sep = sep or rng.choice([", dan ", " dan ", ", serta "])
    return ", ".join(items[:-1]) + sep + items[-1] if len(items) > 1 else items[0]

AWARD = "Penghargaan Pelayanan Prima 2024"
CASES = []
def case(kind, builder):
    CASES.append((kind, builder))

def grade_groups(kind):
    a = [unit(kind) for _ in range(3)]; b = [unit(kind) for _ in range(2)]
    op1, op2 = rng.choice(["diantaranya", "yakni", "antara lain", "yaitu", ":"]), rng.choice(["yakni", "adalah", "yaitu", "meliputi"])
    t = (f"Kementerian PANRB memberikan {AWARD} kepada sejumlah instansi. Predikat Sangat Baik {op1} "
         f"{lst([x[0] for x in a])}. Untuk predikat Baik {op2} {lst([x[0] for x in b])}.")
    return t, [(x, "Sangat Baik") for x in a] + [(x, "Baik") for x in b]

def category_groups(kind):
    a = [unit(kind) for _ in range(2)]; b = [unit(kind) for _ in range(2)]
    t = (f"{AWARD} dari Kementerian PANRB diserahkan di Jakarta, Selasa (10/12/2024). Untuk kategori "
         f"Pelayanan Dasar, penghargaan diraih {lst([x[0] for x in a])}. Sementara kategori Pelayanan "
         f"Perizinan diberikan kepada {lst([x[0] for x in b])}.")
    return t, [(x, "Pelayanan Dasar") for x in a] + [(x, "Pelayanan Perizinan") for x in b]

def bracket_ranks(kind):
    a = [unit(kind) for _ in range(3)]
    roman = ["I", "II", "III"]
    t = (f"Kementerian PANRB menyerahkan {AWARD} kepada tiga instansi, yakni "
         f"{lst([f'{x[0]} (peringkat {r})' for x, r in zip(a, roman)])}.")
    return t, [(x, f"Peringkat {r}") for x, r in zip(a, roman)]

def numbered(kind):
    a = [unit(kind) for _ in range(3)]
    lines = "\n".join(f"{i + 1}. {x[0]}" for i, x in enumerate(a))
    t = f"Kementerian PANRB mengumumkan penerima {AWARD}. Berikut daftar penerima penghargaan tersebut:\n{lines}\n"
    return t, [(x, None) for x in a]

def bullets(kind):
    a = [unit(kind) for _ in range(3)]
    lines = "\n".join(f"- {x[0]}" for x in a)
    t = f"Kementerian PANRB menyerahkan {AWARD} kepada tiga instansi berikut:\n{lines}\n"
    return t, [(x, None) for x in a]

def counted_next(kind):
    a = [unit(kind) for _ in range(3)]
    t = (f"Selain Kabupaten Sleman, ada tiga instansi lain yang menerima penghargaan serupa. "
         f"Ketiganya yakni {lst([x[0] for x in a])}.")
    pre = "Kabupaten Sleman meraih " + AWARD + " dari Kementerian PANRB. "
    return pre + t, [(x, None) for x in a]

def serupa_later(kind):
    a = [unit(kind) for _ in range(2)]
    t = (f"Kabupaten Sleman meraih {AWARD} dari Kementerian PANRB di Jakarta. Penghargaan yang sama "
         f"juga diraih {lst([x[0] for x in a])}.")
    return t, [(x, None) for x in a]

def scores_list(kind):
    a = [unit(kind) for _ in range(3)]
    v = [f"{rng.randint(80, 99)},{rng.randint(10, 99)}" for _ in a]
    t = (f"Kementerian PANRB memberikan {AWARD} kepada tiga instansi dengan nilai tertinggi, masing-masing "
         f"{lst([f'{x[0]} dengan nilai {s}' for x, s in zip(a, v)])}.")
    return t, [(x, None) for x in a]

def disusul(kind):
    a = [unit(kind) for _ in range(3)]
    v = [f"{rng.randint(80, 99)},{rng.randint(10, 99)}" for _ in a]
    t = (f"Dalam {AWARD} dari Kementerian PANRB, {a[0][0]} meraih peringkat pertama dengan nilai {v[0]}, "
         f"disusul {a[1][0]} dengan nilai {v[1]}, dan {a[2][0]} dengan nilai {v[2]}.")
    return t, [(a[0], "Peringkat I"), (a[1], "Peringkat II"), (a[2], "Peringkat III")]

BUILDERS = [grade_groups, category_groups, bracket_ranks, numbered, bullets, counted_next, serupa_later, scores_list, disusul]
KINDS = ["kab", "kota", "puskesmas", "rsud", "dinas", "sekolah", "desa", "pt", "polres", "kantah", "person"]
show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 2
nlp = _nlp_for(load_rules())
ok_b, tot_b, ok_k, tot_k = (collections.Counter() for _ in range(4))
fails = collections.defaultdict(list)
for b in BUILDERS:
    for kind in KINDS:
        for _ in range(3):
            text, expected = b(kind)
            doc = analyse(nlp, text, date(2024, 12, 10))
            got = [(a.recipient.name, a.grade, a.category) for a in doc._.awards]
            bad = []
            for (surface, key), attr in expected:
                needle = (key or surface.split(",")[0].replace("Dr. ", "").replace("H. ", "").replace("Ir. ", "")).lower()
                hit = [g for g in got if needle in g[0].lower() or g[0].lower() in surface.lower()]
                if not hit:
                    bad.append(f"missed {surface}")
                elif attr and not any(attr.lower() in f"{g[1]} {g[2]}".lower() for g in hit):
                    bad.append(f"attr {surface}: {hit[0][1:]} want {attr}")
            extra = len(got) - len(expected) - (1 if "Sleman" in text else 0)
            if extra > 0:
                bad.append(f"{extra} extra")
            ok_b[b.__name__] += not bad; tot_b[b.__name__] += 1
            ok_k[kind] += not bad; tot_k[kind] += 1
            if bad:
                fails[b.__name__].append((text, bad, got))
print("structure: " + "  ".join(f"{k}:{ok_b[k]}/{tot_b[k]}" for k in tot_b))
print("kind: " + "  ".join(f"{k}:{ok_k[k]}/{tot_k[k]}" for k in tot_k))
for k, fl in fails.items():
    for text, bad, got in fl[:show]:
        print(f"[{k}] {text}\n   {bad}\n   got {got}")
