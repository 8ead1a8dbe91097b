"""Grid 7: ranks (peringkat pertama/kedua/ketiga, numbered lines, juara I/II/III, leaks)."""
import random, re
from common import *

rng = random.Random(707)
g = Grid("g7_ranks")
AW = ["Lomba Desa Wisata", "Anugerah Inovasi Daerah", "Penghargaan Pembangunan Daerah", "Lomba Kampung Iklim",
      "Penghargaan Pelayanan Publik"]
INST = ["Kementerian Dalam Negeri", "Kementerian PANRB", "Kementerian Pariwisata", "Kementerian Kesehatan"]
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
WORDS = {"pertama": 1, "satu": 1, "kesatu": 1, "kedua": 2, "dua": 2, "ketiga": 3, "tiga": 3}


def rank_of(grade):
    if not grade:
        return None, None
    toks = norm(grade).split()
    word = toks[0] if toks else None
    for t in toks[1:] + toks[:1]:
        if t.isdigit():
            return word, int(t)
        if t in ROMAN:
            return word, ROMAN[t]
        if t in WORDS:
            return word, WORDS[t]
        m = re.match(r"ke(\d)$", t)
        if m:
            return word, int(m.group(1))
    return word, "?"


# expected per slot A,B,C: (word, number) or None (no grade) or "skip"
TPL = {
    "peringkat_diraih": ("{I} mengumumkan pemenang {aw} {Y}. Peringkat pertama diraih {A}, peringkat kedua {B}, dan peringkat ketiga {C}.",
                         [("peringkat", 1), ("peringkat", 2), ("peringkat", 3)]),
    "peringkat_diraih_each": ("Dalam {aw} {Y} dari {I}, peringkat pertama diraih {A}, peringkat kedua diraih {B}, sedangkan peringkat ketiga diraih {C}.",
                              [("peringkat", 1), ("peringkat", 2), ("peringkat", 3)]),
    "peringkat_sentences": ("{I} mengumumkan pemenang {aw} {Y}. Peringkat pertama diraih {A}. Peringkat kedua diraih {B}. Adapun peringkat ketiga diraih {C}.",
                            [("peringkat", 1), ("peringkat", 2), ("peringkat", 3)]),
    "numbered": ("{I} menetapkan tiga peringkat teratas {aw} {Y}. Berikut daftarnya:\n1. {A}\n2. {B}\n3. {C}\n",
                 [("peringkat", 1), ("peringkat", 2), ("peringkat", 3)]),
    "numbered_juara": ("Berikut daftar juara {aw} {Y} dari {I}:\n1. {A}\n2. {B}\n3. {C}\n",
                       [("juara", 1), ("juara", 2), ("juara", 3)]),
    "juara_roman": ("Dalam {aw} {Y} dari {I}, juara I diraih {A}, juara II {B}, dan juara III {C}.",
                    [("juara", 1), ("juara", 2), ("juara", 3)]),
    "juara_sentence": ("{A} meraih juara I {aw} {Y} dari {I}. Juara II diraih {B}, sedangkan juara III diraih {C}.",
                       [("juara", 1), ("juara", 2), ("juara", 3)]),
    "juara_paren": ("{aw} {Y} dari {I} diraih {A} (juara 1), {B} (juara 2), dan {C} (juara 3).",
                    [("juara", 1), ("juara", 2), ("juara", 3)]),
    "leak_next": ("{A} meraih peringkat pertama {aw} {Y} dari {I}. {B} dan {C} juga menerima {aw}.",
                  [("peringkat", 1), None, None]),
    "leak_same": ("{A} meraih peringkat pertama {aw} {Y} dari {I}, sementara {B} dan {C} meraih predikat Sangat Baik.",
                  [("peringkat", 1), None, None]),
    "leak_list_first": ("{aw} {Y} dari {I} diberikan kepada {A}, {B}, dan {C}. {A2} juga tercatat sebagai peringkat pertama nasional.",
                        [("peringkat", 1), None, None]),
    "terbaik_ke": ("{A} dinobatkan sebagai terbaik ke-2 dalam {aw} {Y} dari {I}, sedangkan {B} dan {C} menerima penghargaan yang sama.",
                   [("peringkat", 2), None, None]),
    "posisi": ("{A} menempati posisi ketiga dalam {aw} {Y} dari {I}. {B} dan {C} juga meraih penghargaan tersebut.",
               [("peringkat", 3), None, None]),
    "terbaik_year": ("{A}, {B}, dan {C} meraih {aw} Terbaik {Y} dari {I}.", [None, None, None]),
}

for tname, (tpl, exp) in TPL.items():
    for rep in range(20):
        kinds = ("kab", "kota", "unit") if rep % 2 else ("kab", "kota")
        ents = distinct(rng, 3, kinds)
        text = tpl.format(I=rng.choice(INST), aw=rng.choice(AW), Y=rng.choice([2023, 2024]),
                          A=ents[0].surface, B=ents[1].surface, C=ents[2].surface, A2=ents[0].short)
        awards, scores = run(text)
        problems = []
        for e, want in zip(ents, exp):
            mine = find(awards, e)
            if not mine:
                problems.append(f"missing-award: {e.short}")
                continue
            grades = [a.grade for a in mine]
            got = [rank_of(x) for x in grades]
            if want is None:
                if any(x for x in grades):
                    problems.append(f"grade-leak: {e.short} expected None, got {grades}")
            else:
                if not any(n == want[1] for _, n in got):
                    problems.append(f"{'no-grade' if not any(grades) else 'wrong-rank'}: {e.short} expected {want[0]} {want[1]}, got {grades}")
                elif not any(n == want[1] and w == want[0] for w, n in got):
                    problems.append(f"grade-word(minor): {e.short} expected {want[0]} {want[1]}, got {grades}")
        extra = [a.recipient.name for a in awards if not any(e.matches(a.recipient.name) for e in ents)]
        if extra:
            problems.append(f"extra-recipient: {extra}")
        g.record(tname + ('/mixed' if rep % 2 else '/regions'), text, problems, awards, scores)
g.report()
