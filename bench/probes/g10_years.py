"""Grid 10: award years in 4-7 sentence mini-articles published in late 2025 or early 2026.

Slots: how the award's own year is stated (ystate: in the award's name, as the assessment, as a budget
year 'LKPD Tahun Anggaran 2024', as a period '2024–2025', not at all - the year is then the handover's -,
or only in the lead sentence); a background sentence with years (bg: 'sejak 2019', a programme start, a
law or regulation 'Nomor 14 Tahun 2008', 'dibandingkan tahun 2024', a score 'naik dari 78,5 pada 2024',
a target 'pada 2026', 'RPJMD 2021–2026', an earlier award 'Tahun lalu, X meraih …' or 'Pada 2023, X
juga …'), placed before or after the award sentences (pos); the recipients (recip: one list, lists
grouped by predicate, one per sentence); the handover in the award's year or the next (hand).
Expected per recipient: the set of award years (the current award, plus the earlier one for the
recipient an earlier-award sentence names; a period's year is its end year). A case fails if a recipient misses an expected year, or
has an award with a year not expected. Awards to anyone else are listed as a note, not a failure."""
import random
from datetime import date as D, timedelta
from common import *

rng = random.Random(1010)
g = Grid("g10_years")

DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
VENUES = ["Hotel Bidakara, Jakarta", "Gedung Sasana Bhakti Praja, Jakarta", "Balai Kartini, Jakarta",
          "Hotel Grand Sahid Jaya, Jakarta", "Aula Kantor Gubernur", "Gedung Grahadi, Surabaya",
          "Gedung Sate, Bandung"]

# award families: name, short name, predicates, givers, assessment phrases ({Y}), regulation sentence,
# handing official, allowed recipient kinds
FAM = {
    "kip": dict(
        names=["Anugerah Keterbukaan Informasi Publik", "Anugerah Keterbukaan Informasi Publik (KIP)"],
        short="Anugerah KIP", preds=["Informatif", "Menuju Informatif", "Cukup Informatif"],
        giver=lambda p: f"Komisi Informasi Provinsi {p}",
        assess=["berdasarkan hasil monitoring dan evaluasi (monev) keterbukaan informasi publik tahun {Y}",
                "berdasarkan hasil penilaian tahun {Y}",
                "dalam evaluasi keterbukaan informasi badan publik {Y}"],
        law="Penilaian tersebut merupakan amanat Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.",
        official=lambda p: f"Ketua Komisi Informasi Provinsi {p}",
        kinds=("kab", "kota", "unit")),
    "pelayanan": dict(
        names=["Penghargaan Kepatuhan Standar Pelayanan Publik", "Penghargaan Predikat Kepatuhan Pelayanan Publik"],
        short="penghargaan kepatuhan", preds=["Kualitas Tertinggi", "Kualitas Tinggi", "Kualitas Sedang"],
        giver=lambda p: "Ombudsman RI",
        assess=["berdasarkan hasil penilaian kepatuhan standar pelayanan publik tahun {Y}",
                "dalam evaluasi penyelenggaraan pelayanan publik {Y}",
                "berdasarkan hasil penilaian tahun {Y}"],
        law="Penilaian itu mengacu pada Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.",
        official=lambda p: "Ketua Ombudsman RI",
        kinds=("kab", "kota", "unit")),
    "inovasi": dict(
        names=["Anugerah Pelita Inovasi Daerah", "Penghargaan Cakra Inovasi Nusantara"],
        short="penghargaan inovasi", preds=["Sangat Inovatif", "Inovatif", "Kurang Inovatif"],
        giver=lambda p: "Kementerian Dalam Negeri",
        assess=["berdasarkan hasil pengukuran indeks inovasi daerah tahun {Y}",
                "dalam evaluasi inovasi daerah {Y}",
                "berdasarkan hasil penilaian tahun {Y}"],
        law="Pengukuran tersebut berpedoman pada Peraturan Menteri Dalam Negeri Nomor 5 Tahun 2023.",
        official=lambda p: "Menteri Dalam Negeri",
        kinds=("kab", "kota")),
    "spbe": dict(
        names=["Penghargaan Digdaya Tata Kelola Digital", "Anugerah Bhakti Pemerintahan Digital"],
        short="penghargaan digital", preds=["Sangat Baik", "Baik", "Cukup"],
        giver=lambda p: "Kementerian PANRB",
        assess=["berdasarkan hasil evaluasi Sistem Pemerintahan Berbasis Elektronik (SPBE) tahun {Y}",
                "dalam evaluasi SPBE {Y}",
                "berdasarkan hasil penilaian tahun {Y}"],
        law="Evaluasi itu dilaksanakan berdasarkan Peraturan Presiden (Perpres) Nomor 95 Tahun 2018 tentang SPBE.",
        official=lambda p: "Menteri PANRB",
        kinds=("kab", "kota")),
    "wtp": dict(
        names=["penghargaan atas opini Wajar Tanpa Pengecualian (WTP)"],
        short="opini WTP", preds=["sepuluh kali berturut-turut", "lima kali berturut-turut"],
        giver=lambda p: f"Kantor Wilayah Direktorat Jenderal Perbendaharaan Provinsi {p}",
        assess=[],
        law="Pemeriksaan laporan keuangan dilakukan BPK sesuai Undang-Undang Nomor 15 Tahun 2004.",
        official=lambda p: f"Kepala Kanwil Ditjen Perbendaharaan Provinsi {p}",
        kinds=("kab", "kota")),
}

YSTATES = ["name", "assess", "ta", "periode", "none", "head_only"]
RECIPS = ["list", "grouped", "per_sentence"]
HANDS = ["same", "next"]
BGS = ["sejak", "dimulai", "law", "dibandingkan", "naik_dari", "target", "rpjmd", "tahun_lalu", "pada_2023", "none"]
POSS = ["before", "after"]
QUOTES = ["Penghargaan ini hasil kerja keras seluruh jajaran dan dukungan masyarakat",
          "Capaian ini menjadi motivasi bagi kami untuk terus berbenah",
          "Kami akan mempertahankan dan meningkatkan capaian ini"]


def a_date(year, early):
    """A handover date: early in ``year`` (January-February) or late (October-mid December)."""
    if early:
        d = D(year, 1, 8) + timedelta(days=rng.randint(0, 50))
    else:
        d = D(year, 10, 1) + timedelta(days=rng.randint(0, 75))
    return d, f"{DAYS[d.weekday()]} ({d.day}/{d.month}/{d.year})"


def join(items):
    return lst(rng, items, " dan " if len(items) == 2 else None)


def head_of(e):
    s = e.surface
    if s.startswith(("Kabupaten", "Pemkab", "Pemerintah Kabupaten")):
        return f"Bupati {e.short}"
    if s.startswith(("Kota", "Pemkot", "Pemerintah Kota")):
        return f"Wali Kota {e.short}"
    return f"Kepala {s}"


def build(ystate, recip, hand, bg, pos):
    fam_key = "wtp" if ystate == "ta" else rng.choice(["kip", "pelayanan", "inovasi", "spbe"])
    F = FAM[fam_key]
    prov = rng.choice(PROV)
    name = rng.choice(F["names"])
    giver = F["giver"](prov)
    # years: Y = the award's year; H = the handover's
    if ystate == "ta":
        Y, H, early = 2024, 2025, False
    elif ystate == "none":
        H = 2025 if hand == "same" else 2026
        Y, early = H, hand == "next"
    elif hand == "same":
        Y, H, early = 2025, 2025, False
    else:
        Y, H = rng.choice([(2025, 2026), (2024, 2025)])
        early = H == 2026
    hd, hs = a_date(H, early)
    pub = hd + timedelta(days=rng.randint(0, 2))

    # the award phrase with its year (full) and without (bare)
    if ystate in ("name", "head_only") and (ystate == "name" or rng.random() < 0.5):
        full = rng.choice([f"{name} {Y}", f"{name} Tahun {Y}"])
        stated = "name"
    elif ystate in ("assess", "head_only"):
        aphrase = rng.choice(F['assess']).format(Y=Y)
        full = f"{name} {aphrase}"
        stated = "assess"
    elif ystate == "ta":
        full = f"{name} atas {rng.choice(['Laporan Keuangan Pemerintah Daerah (LKPD)', 'LKPD'])} Tahun Anggaran {Y}"
        stated = "ta"
    elif ystate == "periode":
        full = f"{name} periode {Y - 1}{rng.choice(['–', '-', ' - '])}{Y}"
        stated = "periode"
    else:
        full = name
        stated = "none"
    bare = name

    n = {"list": rng.choice([2, 3, 4]), "grouped": rng.choice([3, 4]), "per_sentence": rng.choice([2, 3])}[recip]
    R = distinct(rng, n, F["kinds"])
    # units last: "Puskesmas X, Kota Y" would read as the puskesmas's place
    R.sort(key=lambda e: not e.surface.startswith(("Kabupaten", "Pemkab", "Pemerintah", "Kota", "Pemkot")))
    expect = {id(e): {Y} for e in R}
    p1, p2, pe = F["preds"][0], F["preds"][1], F["preds"][-1]
    if fam_key != "wtp":
        p1, p2 = rng.sample(F["preds"][:2], 2) if rng.random() < 0.3 else (p1, p2)

    # lead
    if ystate == "head_only":
        lead = rng.choice([f"{giver} menyerahkan {full} kepada {n} badan publik.",
                           f"Sebanyak {n} pemerintah daerah dan instansi meraih {full} dari {giver}."])
        aw_later = rng.choice(["penghargaan tersebut", bare, F["short"]])
    else:
        lead = rng.choice([f"{giver} kembali memberikan penghargaan kepada sejumlah pemerintah daerah dan instansi.",
                           f"Sebanyak {n} pemerintah daerah dan instansi menerima penghargaan dari {giver}.",
                           f"{giver} mengumumkan penerima {bare} tahun ini." if ystate == "none" else
                           f"{giver} mengumumkan penerima {bare}."])
        aw_later = full

    # recipient sentences
    S = [e.surface for e in R]
    rs = []
    if recip == "list":
        if ystate == "head_only":
            rs.append(rng.choice([f"Penerima penghargaan tersebut yakni {join(S)}.",
                                  f"{join(S)} meraih {aw_later}."]))
        else:
            rs.append(rng.choice([f"{join(S)} meraih {full}.",
                                  f"{full} diraih oleh {join(S)}.",
                                  f"{join(S)} meraih predikat {p1} dalam {full}." if fam_key != "wtp" else
                                  f"{full} diberikan kepada {join(S)}."]))
    elif recip == "grouped":
        k = 2 if n == 3 else rng.choice([2, 3])
        g1, g2 = S[:k], S[k:]
        if fam_key == "wtp":
            pre = "" if ystate == "head_only" else f"Dalam penyerahan {full}, "
            s = (f"{pre}penghargaan kategori {p1} diberikan kepada {join(g1)}, sedangkan kategori {p2} "
                 f"diterima {join(g2)}.")
            rs.append(s[0].upper() + s[1:])
        elif ystate == "head_only":
            rs.append(rng.choice([f"Predikat {p1} diraih {join(g1)}, sedangkan predikat {p2} diraih {join(g2)}.",
                                  f"Predikat {p1}: {join(g1)}; {p2}: {join(g2)}."]))
        else:
            if stated == "assess":
                intro = aphrase[0].upper() + aphrase[1:] + ","
            else:
                intro = rng.choice(["Dalam", "Pada"]) + f" {full},"
            rs.append(rng.choice([f"{intro} predikat {p1} diraih {join(g1)}, sedangkan predikat {p2} diraih {join(g2)}.",
                                  f"{intro} predikat {p1} diraih {join(g1)}. Adapun predikat {p2} diraih {join(g2)}."]))
    else:  # per_sentence
        if fam_key == "wtp":
            rs.append(f"{S[0]} meraih {aw_later if ystate != 'head_only' else 'penghargaan tersebut'} "
                      f"untuk kategori {p1}.")
            for s in S[1:]:
                rs.append(rng.choice([f"Penghargaan yang sama juga diterima {s}.", f"{s} juga meraih penghargaan tersebut."]))
        else:
            if ystate == "head_only":
                rs.append(f"{S[0]} meraih predikat {p1}.")
            else:
                rs.append(rng.choice([f"{S[0]} meraih predikat {p1} dalam {full}.", f"{S[0]} meraih {full} dengan predikat {p1}."]))
            for i, s in enumerate(S[1:]):
                if i == len(S) - 2 and len(S) > 2:
                    rs.append(f"Sementara itu, {s} meraih predikat {p2}.")
                else:
                    rs.append(rng.choice([f"{s} juga meraih predikat {p1}.", f"Predikat {p1} juga diraih {s}."]))

    handover = rng.choice([f"Penghargaan diserahkan {F['official'](prov)} {titled(rng, person(rng), npost=0)} di {rng.choice(VENUES)}, {hs}.",
                           f"Penyerahan penghargaan berlangsung di {rng.choice(VENUES)}, {hs}."])
    quote = f"\u201c{rng.choice(QUOTES)},\u201d kata {head_of(R[0])}, {titled(rng, person(rng))}."

    # background sentence
    E = rng.choice(R)
    b = None
    if bg == "sejak":
        b = rng.choice([f"{E.surface} telah membentuk layanan pengaduan terpadu di seluruh perangkat daerah sejak 2019.",
                        f"Sejak 2019, {E.surface} mewajibkan setiap perangkat daerah memperbarui data secara berkala."])
    elif bg == "dimulai":
        b = rng.choice(["Program ini dimulai pada 2016 dan kini diikuti seluruh pemerintah daerah.",
                        "Penilaian tersebut pertama kali digelar pada 2016."])
    elif bg == "law":
        b = F["law"]
    elif bg == "dibandingkan":
        b = f"Jumlah daerah yang meraih predikat tertinggi meningkat dibandingkan tahun {Y - 1}."
    elif bg == "naik_dari":
        b = f"Nilai {E.surface} naik menjadi {rng.randint(86, 97)},{rng.randint(1, 9)} dari 78,5 pada {Y - 1}."
    elif bg == "target":
        b = rng.choice([f"{E.surface} menargetkan predikat yang lebih tinggi pada {H + 1}.",
                        f"Pada {H + 1}, seluruh perangkat daerah ditargetkan memenuhi standar."])
    elif bg == "rpjmd":
        b = rng.choice(["Capaian tersebut sejalan dengan sasaran RPJMD 2021\u20132026.",
                        "Peningkatan layanan menjadi salah satu prioritas dalam RPJMD 2021\u20132026."])
    elif bg in ("tahun_lalu", "pada_2023"):
        if bg == "tahun_lalu" and fam_key == "wtp":
            b = f"Tahun lalu, {E.surface} juga meraih opini WTP atas LKPD Tahun Anggaran {Y - 1}."
            ey = Y - 1
        elif bg == "tahun_lalu" and H == Y:
            b = rng.choice([f"Tahun lalu, {E.surface} meraih predikat {pe}.",
                            f"Tahun lalu, {E.surface} meraih {bare} dengan predikat {pe}."])
            ey = H - 1
        elif fam_key == "wtp":
            b = f"Pada 2023, {E.surface} juga meraih opini WTP atas LKPD Tahun Anggaran 2022."
            ey = 2022
        else:  # pada_2023 (also for 'tahun lalu' when the handover's last year is the award's own year)
            bg = "pada_2023"
            b = rng.choice([f"Pada 2023, {E.surface} juga meraih {bare} dengan predikat {pe}.",
                            f"Pada 2023, {E.surface} juga meraih predikat {pe}."])
            ey = 2023
        expect[id(E)] = expect[id(E)] | {ey}
    rs = [x[0].upper() + x[1:] for x in rs]
    sents = [lead]
    if b and pos == "before":
        sents.append(b)
    sents += rs
    sents.append(handover)
    if b and pos == "after":
        sents.append(b)
    sents.append(quote)
    text = " ".join(sents)
    return text, pub, R, expect, bg, stated


CELLS = [(y, r, h) for y in YSTATES for r in RECIPS for h in HANDS]
REPS = 8
extra_notes = collections.Counter()
for ci, (ystate, recip, hand) in enumerate(CELLS):
    for rep in range(REPS):
        bg = BGS[(ci + rep) % len(BGS)]
        pos = POSS[(ci // len(BGS) + rep) % 2]
        text, pub, R, expect, bg, stated = build(ystate, recip, hand, bg, pos)
        awards, scores = run(text, pub)
        problems = []
        for e in R:
            mine = find(awards, e)
            got = {a.year for a in mine}
            want = expect[id(e)]
            for y in sorted(want - got):
                problems.append(f"{'missing-award' if not mine else 'missing-year'}: {e.surface} {y} (got {sorted(got, key=str)})")
            for y in sorted(got - want, key=str):
                problems.append(f"spurious-year: {e.surface} {y} (want {sorted(want)})")
        others = [a for a in awards if not any(e.matches(a.recipient.name) for e in R)]
        if others:
            extra_notes[ystate] += 1
        hand_tag = "next(ta)" if ystate == "ta" else hand  # a budget year is always handed over later
        form = stated if ystate == "head_only" else ""
        tags = [f"ystate={ystate}", f"recip={recip}", f"hand={hand_tag}", f"bg={bg}", f"pos={pos if bg != 'none' else '-'}"]
        if form:
            tags.append(f"ystate=head_only({form})")
        for tag in tags:
            g.by[tag][1] += 1
            g.by[tag][0] += not problems
        g.record(f"{ystate}/{recip}/{hand_tag}/{bg}/{pos}", text, problems, awards, scores)
        # the per-case tag only for the fails file; per-slot counts are above
        del g.by[f"{ystate}/{recip}/{hand_tag}/{bg}/{pos}"]
g.report()
print("   cases with awards to others than the recipients (not failed):", dict(extra_notes))
