"""Grid 4: handover date and place in their own sentence, before / after the recipients; every list member."""
import random
from common import *

rng = random.Random(404)
g = Grid("g4_date_place")
AWARDS = ["Penghargaan Pelayanan Publik Terbaik", "Anugerah Inovasi Daerah", "Penghargaan Kabupaten Layak Anak",
          "Penghargaan Pembina Ketahanan Pangan"]
INST = ["Kementerian Dalam Negeri", "Kementerian PANRB", "Ombudsman RI", "Kementerian Kesehatan"]
VENUES = [("Hotel Bidakara", "Jakarta"), ("Hotel Grand Sahid Jaya", "Jakarta"), ("Gedung Sasana Bhakti Praja", "Jakarta"),
          ("Auditorium Gedung Sate", "Bandung"), ("Balai Kartini", "Jakarta"), ("Hotel Tentrem", "Yogyakarta"),
          ("Istana Wakil Presiden", "Jakarta"), ("Hotel Sheraton", "Surabaya")]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]


def a_date():
    from datetime import date as D
    d = D(2024, 12, rng.randint(2, 10))
    dow = DAYS[d.weekday()]
    f = rng.choice(["paren_full", "paren_short", "words", "words_dow"])
    s = {"paren_full": f"{dow} ({d.day}/{d.month}/{d.year})",
         "paren_short": f"{dow} ({d.day}/{d.month})",
         "words": f"{d.day} Desember 2024",
         "words_dow": f"{dow}, {d.day} Desember 2024"}[f]
    return s, d.isoformat(), f


# {L}: list of recipients; {P}: venue, city; {D}: date phrase (the "pada" is in the template when needed)
TPL = {
    "after_penyerahan": "{L} meraih {aw} {Y} dari {I}. Penyerahan berlangsung di {P}, {D}.",
    "after_penyerahan_pada": "{L} meraih {aw} {Y} dari {I}. Penyerahan penghargaan berlangsung di {P} pada {D}.",
    "before_penyerahan": "Penyerahan {aw} {Y} berlangsung di {P}, {D}. Penghargaan itu diraih {L}.",
    "before_acara": "{I} menggelar malam penganugerahan {aw} {Y} di {P}, {D}. Penerima penghargaan tahun ini yakni {L}.",
    "trofi_seluruh": "{I} mengumumkan penerima {aw} {Y}, yakni {L}. Trofi bagi seluruh pemenang diserahkan Menteri di {P} pada {D}.",
    "same_sentence": "{aw} {Y} diserahkan di {P}, {D}, kepada {L}.",
    "same_sentence_end": "{L} menerima {aw} {Y} dari {I} di {P}, {D}.",
    "after_acara_digelar": "{L} meraih {aw} {Y}. Acara penganugerahan digelar di {P}, {D}.",
    "after_penghargaan_diserahkan": "{L} meraih {aw} {Y}. Penghargaan diserahkan di {P} pada {D}.",
}

for tname, tpl in TPL.items():
    for n in (1, 2, 3):
        for rep in range(10):
            ents = distinct(rng, n, kinds=("kab", "kota", "unit"))
            v, city = rng.choice(VENUES)
            P = f"{v}, {city}"
            D, iso, dform = a_date()
            Y = rng.choice([2024, 2024, 2023])
            text = tpl.format(L=lst(rng, [e.surface for e in ents]), aw=rng.choice(AWARDS), Y=Y, I=rng.choice(INST),
                              P=P, D=D)
            awards, scores = run(text)
            problems = []
            for e in ents:
                mine = find(awards, e)
                if not mine:
                    problems.append(f"missing-award: {e.short}")
                    continue
                a = mine[0]
                if a.date != iso:
                    problems.append(f"{'no-date' if a.date is None else 'wrong-date'}: {e.short} expected {iso}, got {a.date}")
                if norm(a.place) != norm(P):
                    if a.place is None:
                        problems.append(f"no-place: {e.short} expected {P!r}")
                    elif norm(v) in norm(a.place):
                        problems.append(f"place-extra: {e.short} expected {P!r}, got {a.place!r}")
                    elif norm(a.place) in norm(P):
                        problems.append(f"place-partial: {e.short} expected {P!r}, got {a.place!r}")
                    else:
                        problems.append(f"wrong-place: {e.short} expected {P!r}, got {a.place!r}")
                if a.year != Y:
                    problems.append(f"wrong-year: {e.short} expected {Y}, got {a.year}")
            extra = [a.recipient.name for a in awards if not any(e.matches(a.recipient.name) for e in ents)]
            if extra:
                problems.append(f"extra-recipient: {extra}")
            g.record(f"{tname}/n={n}", text, problems, awards, scores)
            g.by[f"dateform={dform}"][0] += not problems
            g.by[f"dateform={dform}"][1] += 1
g.report()
