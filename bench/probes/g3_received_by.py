"""Grid 3: received_by (titled names, roles, same / next sentence, per-recipient)."""
import random
from common import *

rng = random.Random(303)
g = Grid("g3_received_by")
AWARDS = ["Penghargaan Pelayanan Publik Terbaik", "Anugerah Inovasi Daerah", "Penghargaan Kabupaten Layak Anak",
          "Penghargaan Pembina Ketahanan Pangan"]
INST = ["Kementerian Dalam Negeri", "Kementerian PANRB", "Ombudsman RI", "Kementerian Kesehatan"]


def rec(rng):
    A = kab(rng) if rng.random() < 0.5 else kota(rng)
    kab_ = "Kabupaten" in A.surface or "Pemkab" in A.surface
    return A, ("Bupati" if kab_ else "Wali Kota"), ("Wakil Bupati" if kab_ else "Wakil Wali Kota")


# single-recipient templates: {A} recipient, {head} role, {T} titled name; expected rb = plain name
TPL = {
    "next_langsung_comma": "{A} meraih {aw} {Y} dari {I}. Penghargaan diterima langsung oleh {head} {A2}, {T}.",
    "next_langsung_nocomma": "{A} meraih {aw} {Y} dari {I}. Penghargaan diterima langsung oleh {head} {A2} {T}.",
    "next_name_first": "{A} meraih {aw} {Y} dari {I}. Penghargaan diterima langsung oleh {T} selaku {head} {A2}.",
    "same_untuk": "{aw} {Y} dari {I} untuk {A} diterima langsung oleh {head} {A2}, {T}, di Jakarta.",
    "same_yang_diterima": "{A} meraih {aw} {Y} dari {I}, yang diterima langsung oleh {head} {A2} {T}.",
    "same_diterima_oleh": "{A} meraih {aw} {Y} dari {I}. {aw} itu diterima oleh {head} {A2}, {T}, di Istana Wakil Presiden.",
    "diwakili_sekda": "{A} meraih {aw} {Y} dari {I}. {head} {A2} diwakili Sekretaris Daerah {T} saat menerima penghargaan tersebut.",
    "diwakili_sekda2": "{A} meraih {aw} {Y} dari {I}. Penghargaan diterima Sekda {A2}, {T}, mewakili {head} {A2}.",
    "yang_menerima": "{A} meraih {aw} {Y} dari {I}. Yang menerima piala adalah {vice} {A2}, {T}.",
    "trofi_untuk": "{A} meraih {aw} {Y} dari {I}. Trofi untuk {A2} diterima {head} {T}.",
    "subject_received": "{head} {A2}, {T}, menerima {aw} {Y} dari {I} di Jakarta.",
    "subject_received_A": "{A} meraih {aw} {Y} dari {I}. {head} {A2} {T} menerima langsung penghargaan tersebut di Jakarta.",
}
TWO = {
    "two_trofi": "{A} dan {B} meraih {aw} {Y} dari {I}. Trofi untuk {A2} diterima {headA} {TA}, sedangkan {B2} diwakili Sekda {TB}.",
    "two_sentences": "{A} dan {B} meraih {aw} {Y} dari {I}. Penghargaan untuk {A2} diterima langsung oleh {headA} {A2}, {TA}. Adapun penghargaan untuk {B2} diterima {headB} {B2}, {TB}.",
    "two_one_named": "{A} dan {B} meraih {aw} {Y} dari {I}. Penghargaan untuk {A2} diterima langsung oleh {headA} {A2}, {TA}.",
}

for tname, tpl in TPL.items():
    for rep in range(18):
        A, head, vice = rec(rng)
        name = person(rng)
        T = titled(rng, name)
        Y = rng.choice([2023, 2024])
        aw = rng.choice(AWARDS)
        text = tpl.format(A=A.surface, A2=A.short, aw=aw, Y=Y, I=rng.choice(INST), head=head, vice=vice, T=T)
        text = text[0].upper() + text[1:]
        text = text.replace('..', '.')
        awards, scores = run(text)
        mine = find(awards, A)
        problems = []
        if not mine:
            problems.append(f"missing-award: {A.short}")
        else:
            got = [a.received_by for a in mine]
            if not any(norm(x) == norm(name) for x in got if x):
                kind = "none" if not any(got) else ("titles-kept" if any(x and norm(name) in norm(x) for x in got) else "wrong")
                problems.append(f"rb-{kind}: expected {name!r}, got {got}")
        problems += extra_recipients(awards, A)
        g.record(tname, text, problems, awards, scores)

for tname, tpl in TWO.items():
    for rep in range(18):
        while True:
            (A, hA, _), (B, hB, _) = rec(rng), rec(rng)
            if A.short != B.short:
                break
        nA, nB = person(rng), person(rng)
        text = tpl.format(A=A.surface, A2=A.short, B=B.surface, B2=B.short, aw=rng.choice(AWARDS), Y=2024,
                          I=rng.choice(INST), headA=hA, headB=hB, TA=titled(rng, nA), TB=titled(rng, nB))
        text = text.replace('..', '.')
        awards, scores = run(text)
        problems = []
        expB = None if tname == "two_one_named" else nB
        for E, n in ((A, nA), (B, expB)):
            mine = find(awards, E)
            if not mine:
                problems.append(f"missing-award: {E.short}")
                continue
            got = [a.received_by for a in mine]
            if n is None:
                if any(got):
                    problems.append(f"rb-leak: {E.short} expected None, got {got}")
            elif not any(norm(x) == norm(n) for x in got if x):
                kind = "none" if not any(got) else ("titles-kept" if any(x and norm(n) in norm(x) for x in got) else "wrong")
                problems.append(f"rb-{kind}: {E.short} expected {n!r}, got {got}")
        g.record(tname, text, problems, awards, scores)
g.report()
