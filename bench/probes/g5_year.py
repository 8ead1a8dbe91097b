"""Grid 5: the award's year (stated year vs handover year, TA, earlier awards, background 'sejak')."""
import random
from common import *

rng = random.Random(505)
g = Grid("g5_year")
AWARDS = ["Penghargaan Pelayanan Publik", "Anugerah Inovasi Daerah", "Penghargaan Kabupaten Layak Anak",
          "Penghargaan Pembina Ketahanan Pangan", "Anugerah Keterbukaan Informasi Publik", "Penghargaan Adipura"]
KEY = {"Penghargaan Pelayanan Publik": "pelayanan", "Anugerah Inovasi Daerah": "inovasi", "Penghargaan Kabupaten Layak Anak": "layak",
       "Penghargaan Pembina Ketahanan Pangan": "pangan", "Anugerah Keterbukaan Informasi Publik": "keterbukaan", "Penghargaan Adipura": "adipura",
       "Wajar Tanpa Pengecualian": "wajar", "WTP": "w"}
INST = ["Kementerian Dalam Negeri", "Kementerian PANRB", "Ombudsman RI", "Kementerian Kesehatan"]

# expected: list of (award name substring or None, year); each must be matched by one award of A; no others
TPL = {
    "tahun_stated_handover_later": ("{A} meraih {aw} Tahun {Y} dari {I}. Penghargaan diserahkan di Jakarta, Selasa (10/12/2024).", [("aw", "Y")]),
    "tahun_stated_same_sentence": ("{A} menerima {aw} Tahun {Y} dari {I} di Jakarta, Selasa (10/12/2024).", [("aw", "Y")]),
    "bare_year_handover": ("{A} menerima {aw} {Y} dari {I} di Jakarta, Selasa (10/12/2024).", [("aw", "Y")]),
    "no_year_handover": ("{A} menerima {aw} dari {I} di Jakarta, Senin (9/12/2024).", [("aw", 2024)]),
    "ta": ("{A} kembali meraih opini Wajar Tanpa Pengecualian (WTP) dari BPK atas Laporan Keuangan Pemerintah Daerah (LKPD) Tahun Anggaran {Y}.", [("Wajar Tanpa Pengecualian", "Y")]),
    "ta_handover": ("{A} menerima opini WTP dari BPK atas LKPD Tahun Anggaran {Y}. Penyerahan laporan hasil pemeriksaan berlangsung di Jakarta, Senin (9/12/2024).", [("WTP", "Y")]),
    "earlier_pada": ("{A} meraih {aw} {Y2} dari {I}. Pada {Y0}, {A2} juga meraih {aw0}.", [("aw", "Y2"), ("aw0", "Y0")]),
    "earlier_tahun": ("{A} meraih {aw} {Y2} dari {I}. Sebelumnya, pada tahun {Y0} {A2} juga meraih {aw0}.", [("aw", "Y2"), ("aw0", "Y0")]),
    "earlier_tahun_lalu": ("{A} meraih {aw} {Y2} dari {I}, setelah tahun lalu meraih {aw0}.", [("aw", "Y2"), ("aw0", "Y2-1")]),
    "earlier_same_award_years": ("{A} meraih {aw} {Y2} dari {I}. Penghargaan yang sama juga diraih pada 2021 dan 2022.", [("aw", "Y2"), ("aw", 2021), ("aw", 2022)]),
    "sejak": ("{A} meraih {aw} {Y2} dari {I}. {A2} telah menerima penghargaan serupa sejak 2015.", [("aw", "Y2")]),
    "sejak_kali": ("{A} kembali meraih {aw} {Y2} dari {I}, penghargaan yang diraihnya sejak 2015.", [("aw", "Y2")]),
    "kali_ke": ("{A} meraih {aw} {Y2} dari {I} untuk kedelapan kalinya sejak 2016.", [("aw", "Y2")]),
    "background_year": ("{A} meraih {aw} {Y2} dari {I}. Program tersebut dimulai pada 2019 dan kini menjangkau seluruh desa.", [("aw", "Y2")]),
    "periode": ("{A} meraih {aw} periode {Y0}-{Y2} dari {I}.", [("aw", None)]),
}

for tname, (tpl, exp) in TPL.items():
    for rep in range(20):
        A = kab(rng) if rng.random() < 0.6 else kota(rng)
        aw, aw0 = rng.sample(AWARDS, 2)
        Y = rng.choice([2022, 2023])
        Y2 = rng.choice([2023, 2024])
        Y0 = rng.choice([2019, 2020, 2021, 2022])
        text = tpl.format(A=A.surface, A2=A.short, aw=aw, aw0=aw0, Y=Y, Y2=Y2, Y0=Y0, I=rng.choice(INST))
        vals = {"Y": Y, "Y2": Y2, "Y0": Y0, "Y2-1": Y2 - 1}
        want = []
        for nm, y in exp:
            nm = {"aw": aw, "aw0": aw0}.get(nm, nm)
            y = vals.get(y, y) if isinstance(y, str) else y
            want.append((nm, y))
        if tname == "periode":
            want = [(aw, "any")]
        awards, scores = run(text)
        mine = find(awards, A)
        problems = []
        used = set()
        for nm, y in want:
            hit = [i for i, a in enumerate(mine) if i not in used and KEY[nm] in norm(a.name)
                   and (y == "any" or a.year == y)]
            if hit:
                used.add(hit[0])
            else:
                cand = [(a.name, a.year) for a in mine if KEY[nm] in norm(a.name)]
                problems.append(f"{'missing-award' if not cand else 'wrong-year'}: {nm} {y} (got {cand})")
        for i, a in enumerate(mine):
            if i not in used:
                problems.append(f"extra-award: {a.name} {a.year}")
        problems += extra_recipients(awards, A)
        g.record(tname, text, problems, awards, scores)
g.report()
