"""Grid 2: givers (institution, official -> institution, separate sentence, distractors)."""
import random
from common import *

rng = random.Random(202)
g = Grid("g2_givers")
# surface, accepted names, official title
INST = [
    ("Kementerian Dalam Negeri", ["Kementerian Dalam Negeri", "Kemendagri"], "Menteri Dalam Negeri"),
    ("Kementerian Kesehatan", ["Kementerian Kesehatan", "Kemenkes"], "Menteri Kesehatan"),
    ("Ombudsman RI", ["Ombudsman Republik Indonesia", "Ombudsman RI"], "Ketua Ombudsman RI"),
    ("Komisi Pemberantasan Korupsi (KPK)", ["Komisi Pemberantasan Korupsi", "KPK"], "Wakil Ketua KPK"),
    ("Badan Kependudukan dan Keluarga Berencana Nasional (BKKBN)", ["Badan Kependudukan dan Keluarga Berencana Nasional", "BKKBN"], "Kepala BKKBN"),
    ("Badan Pangan Nasional", ["Badan Pangan Nasional", "Bapanas"], "Kepala Badan Pangan Nasional"),
    ("Kementerian Pertanian", ["Kementerian Pertanian", "Kementan"], "Menteri Pertanian"),
    ("Perpustakaan Nasional", ["Perpustakaan Nasional", "Perpustakaan Nasional Republik Indonesia", "Perpusnas"], "Kepala Perpustakaan Nasional"),
    ("Kementerian Sosial", ["Kementerian Sosial", "Kemensos"], "Menteri Sosial"),
    ("Badan Pusat Statistik (BPS)", ["Badan Pusat Statistik", "BPS"], "Kepala BPS"),
    ("Pemerintah Provinsi Jawa Tengah", ["Pemerintah Provinsi Jawa Tengah", "Pemprov Jawa Tengah", "Provinsi Jawa Tengah", "Jawa Tengah"], "Gubernur Jawa Tengah"),
    ("Kementerian PANRB", ["Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "Kementerian PANRB", "KemenPANRB"], "Menteri PANRB"),
]
DISTRACT = ["Kementerian Keuangan", "Kementerian Sosial", "Kementerian PUPR", "Bank Indonesia", "BUMN PT Pertamina",
            "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi", "Badan Nasional Penanggulangan Bencana"]
AWARDS = ["Penghargaan Pelayanan Publik Terbaik", "Anugerah Inovasi Daerah", "Penghargaan Kabupaten Sehat",
          "Penghargaan Pembina Ketahanan Pangan", "Anugerah Perpustakaan Terbaik", "Penghargaan Statistik Sektoral"]

TPL = {
    "dari": ("{A} meraih {aw} {Y} dari {I}.", "I"),
    "dari_dengan": ("{A} berhasil meraih {aw} {Y} dari {I} dengan predikat Sangat Baik.", "I"),
    "oleh": ("{A} menerima {aw} {Y} yang diberikan oleh {I}.", "I"),
    "passive_oleh": ("{aw} {Y} diberikan oleh {I} kepada {A}.", "I"),
    "subject": ("{I} memberikan {aw} {Y} kepada {A}.", "I"),
    "subject_anugerah": ("{I} kembali menganugerahkan {aw} {Y} kepada {A} di Jakarta.", "I"),
    "official_kepada": ("{aw} {Y} diserahkan {off} {P} kepada {head} {A2}, {R}, di Jakarta.", "I"),
    "official_next": ("{A} meraih {aw} {Y}. Penghargaan diserahkan langsung oleh {off} {P} di Jakarta, Selasa (10/12/2024).", "I"),
    "official_subject": ("{off} {P} menyerahkan {aw} {Y} kepada {A}.", "I"),
    "sep_sentence": ("{A} meraih {aw} {Y}. Penghargaan dari {I} itu diserahkan di Jakarta, Selasa (10/12/2024).", "I"),
    "sep_sentence2": ("{A} kembali meraih {aw} {Y}. Penghargaan yang diberikan {I} tersebut diterima {head} {A2}, {R}.", "I"),
    "insentif_after": ("{A} meraih {aw} {Y} dari {I}. Atas capaian itu, {A2} juga mendapat insentif dari Kementerian Keuangan sebesar Rp{n} miliar.", "I"),
    "insentif_before": ("{A} yang tahun lalu mendapat insentif dari Kementerian Keuangan meraih {aw} {Y} dari {I}.", "I"),
    "insentif_only": ("{A} meraih {aw} {Y}. Atas capaian itu, {A2} mendapat insentif dari {D} sebesar Rp{n} miliar.", None),
    "bantuan_only": ("{A} meraih {aw} {Y}. Sebelumnya, {A2} menerima bantuan dari {D} untuk pembangunan jalan desa.", None),
    "dukungan_only": ("Berkat dukungan dari {D}, {A} meraih {aw} {Y}.", None),
    "bantuan_same": ("{A} meraih {aw} {Y} dari {I} setelah menerima bantuan dari {D}.", "I"),
    "no_giver": ("{A} meraih {aw} {Y} di Jakarta, Selasa (10/12/2024).", None),
}

for tname, (tpl, want) in TPL.items():
    for rep in range(16):
        A = kab(rng) if rng.random() < 0.5 else kota(rng)
        head = "Bupati" if "Kabupaten" in A.surface or "Pemkab" in A.surface else "Wali Kota"
        inst = rng.choice(INST)
        D = rng.choice([d for d in DISTRACT if d != inst[0]])
        Y = rng.choice([2023, 2024])
        text = tpl.format(A=A.surface, A2=A.short, aw=rng.choice(AWARDS), Y=Y, I=inst[0], off=inst[2],
                          P=person(rng), head=head, R=person(rng), D=D, n=rng.randint(2, 9))
        awards, scores = run(text)
        mine = find(awards, A)
        problems = []
        if not mine:
            problems.append(f"missing-award: {A.short}")
        else:
            gv = [a.giver.name if a.giver else None for a in mine]
            if want is None:
                if any(gv):
                    problems.append(f"distractor-giver: expected None, got {gv}")
            else:
                acc = {norm(x) for x in inst[1]}
                if not any(x and norm(x) in acc for x in gv):
                    problems.append(f"{'no-giver' if not any(gv) else 'wrong-giver'}: expected {inst[0]}, got {gv}")
        problems += extra_recipients(awards, A)
        g.record(tname, text, problems, awards, scores)
g.report()
