"""Grid 1: scores of several entities in one sentence."""
import random, re
from common import *

rng = random.Random(101)
g = Grid("g1_scores")
ASSESS = ["penilaian Kepatuhan Pelayanan Publik", "evaluasi SAKIP", "penilaian Indeks Reformasi Birokrasi",
          "survei Kepuasan Masyarakat", "evaluasi Keterbukaan Informasi Publik"]
AWARD = ["Penghargaan Pelayanan Prima", "Anugerah Keterbukaan Informasi Publik", "Penghargaan Pembangunan Daerah"]


def value(scale):
    if scale == "indeks":
        v = round(rng.uniform(2.5, 4.0), 2)
    elif rng.random() < 0.2:
        v = rng.randint(70, 99)
        return str(v), float(v)
    else:
        v = round(rng.uniform(70, 99.9), rng.choice([1, 2, 2]))
    s = f"{v:.2f}" if len(str(v).split(".")[1]) == 2 else f"{v:.1f}"
    return s.replace(".", ","), float(s)



NOAWARD = {
    "disusul": "{pre}{A} meraih {sc} {x}, disusul {B} dengan {sc} {y}, dan {C} dengan {sc} {z}.",
    "disusul_dengan": "{pre}{A} dengan {sc} {x}, disusul {B} dengan {sc} {y}, dan {C} dengan {sc} {z}.",
    "paren_bare": "{pre}{A} ({x}), {B} ({y}) dan {C} ({z}).",
    "paren_scale": "{pre}{sc} tertinggi diraih {A} ({x}), {B} ({y}) dan {C} ({z}).",
    "masing2": "{pre}{sc} tertinggi diraih masing-masing {A} {x}, {B} {y}, dan {C} {z}.",
    "masing2_resp": "{pre}{A}, {B}, dan {C} masing-masing memperoleh {sc} {x}, {y}, dan {z}.",
    "sedangkan": "{pre}{sc} {A} mencapai {x}, sedangkan {B} {y}.",
    "sedangkan2": "{pre}{A} memperoleh {sc} {x} sedangkan {B} memperoleh {sc} {y}.",
    "sementara": "{pre}{A} meraih {sc} {x}, sementara {B} meraih {sc} {y} dan {C} {sc} {z}.",
}
# (template, who gets the award: "first" or "all")
AWARDED = {
    "disusul": ("{A} meraih {award} {Y} dari Kementerian PANRB dengan {sc} {x}, disusul {B} dengan {sc} {y}, dan {C} dengan {sc} {z}.", "first"),
    "ctx_disusul": ("Dalam {award} {Y} dari Kementerian PANRB, {A} meraih {sc} {x}, disusul {B} dengan {sc} {y}, dan {C} dengan {sc} {z}.", "first"),
    "paren": ("{award} {Y} dari Kementerian PANRB diraih {A} ({x}), {B} ({y}) dan {C} ({z}).", "all"),
    "paren_scale": ("{award} {Y} dari Kementerian PANRB diraih {A} ({sc} {x}), {B} ({sc} {y}) dan {C} ({sc} {z}).", "all"),
    "masing2_resp": ("{award} {Y} diberikan kepada {A}, {B}, dan {C} dengan {sc} masing-masing {x}, {y}, dan {z}.", "all"),
    "masing2_pairs": ("{award} {Y} diraih {A}, {B}, dan {C} dengan {sc} masing-masing {A2} {x}, {B2} {y}, dan {C2} {z}.", "all"),
    "masing2_inline": ("{award} {Y} diraih masing-masing {A} dengan {sc} {x}, {B} {sc} {y}, dan {C} {sc} {z}.", "all"),
    "sedangkan": ("{A} dan {B} meraih {award} {Y}. {sc} {A2} mencapai {x}, sedangkan {B2} {y}.", "all"),
    "sedangkan_same": ("{A} dan {B} meraih {award} {Y}, dengan {sc} {A2} {x} sedangkan {B2} {y}.", "all"),
}
PRE_NOAWARD = ["Dalam {assess} tahun {Y}, ", "Pada {assess} {Y}, ", "Hasil {assess} tahun {Y}: "]

def cases():
    for tname, tpl in NOAWARD.items():
        yield tname + "/noaward", tpl, None
    for tname, (tpl, who) in AWARDED.items():
        yield tname + "/award", tpl, who

for tname, tpl, who in cases():
        for scale in ["nilai", "skor", "indeks", "capaian"]:
            for rep in range(4):
                n = 2 if "sedangkan" in tname else 3
                ents = distinct(rng, n)
                Y = rng.choice([2023, 2024])
                vals = [value(scale) for _ in ents]
                pre = rng.choice(PRE_NOAWARD).format(assess=rng.choice(ASSESS), Y=Y)
                xs = [v[0] + (" persen" if scale == "capaian" else "") for v in vals]
                kw = dict(pre=pre, sc=scale, award=rng.choice(AWARD), Y=Y,
                          A=ents[0].surface, B=ents[1].surface, x=xs[0], y=xs[1],
                          A2=ents[0].short, B2=ents[1].short)
                if n == 3:
                    kw.update(C=ents[2].surface, z=xs[2], C2=ents[2].short)
                text = tpl.format(**kw)
                text = re.sub(r"([.:] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
                text = text[0].upper() + text[1:]
                awards, scores = run(text)
                problems = []
                for e, (_, v) in zip(ents, vals):
                    mine = [s for s in scores if e.matches(s.entity.name)]
                    if not mine:
                        stolen = [s for s in scores if abs(s.value - v) < 0.005]
                        problems.append(f"missing-score: {e.short} {v}" + (f" (value went to {stolen[0].entity.name!r})" if stolen else ""))
                    else:
                        if not any(abs(s.value - v) < 0.005 for s in mine):
                            problems.append(f"wrong-value: {e.short} expected {v}, got {[s.value for s in mine]}")
                        elif not any(abs(s.value - v) < 0.005 and s.year == Y for s in mine):
                            problems.append(f"wrong-year: {e.short} expected {Y}, got {[s.year for s in mine]}")
                        if len(mine) > 1:
                            problems.append(f"dup-score: {e.short} {[s.value for s in mine]}")
                    mine_a = find(awards, e)
                    for a in mine_a:
                        if a.score is not None and abs(a.score - v) > 0.005:
                            problems.append(f"award-score-leak: {e.short} award score {a.score}, own {v}")
                    expect_award = who == "all" or (who == "first" and e is ents[0])
                    if expect_award and not mine_a:
                        problems.append(f"missing-award: {e.short}")
                    elif expect_award and all(a.score is None for a in mine_a):
                        problems.append(f"award-score-missing: {e.short} own {v}")
                    if who is None and mine_a:
                        problems.append(f"spurious-award: {e.short}")
                    if who == "first" and e is not ents[0] and mine_a:
                        problems.append(f"follower-award(disputable): {e.short}")
                for s in scores:
                    if not any(e.matches(s.entity.name) for e in ents):
                        problems.append(f"extra-score: {fmt_score(s)}")
                g.record(tname, text, problems, awards, scores)
                g.by[f"scale={scale}"][0] += not problems
                g.by[f"scale={scale}"][1] += 1
g.report()
