"""Grid 6: persons as recipients (titles, degrees, role + workplace, lists, categories)."""
import random
from common import *

rng = random.Random(606)
g = Grid("g6_persons")
ROLES = [("Kepala Puskesmas", lambda: f"{rng.choice(VILLAGES)}"), ("dokter di RSUD", lambda: rng.choice(KAB)),
         ("guru SMA Negeri", lambda: f"{rng.randint(1, 9)} {rng.choice(KOTA)}"), ("Kepala Desa", lambda: rng.choice(VILLAGES)),
         ("perawat di Puskesmas", lambda: rng.choice(VILLAGES)), ("Camat", lambda: rng.choice(VILLAGES)),
         ("penyuluh pertanian di Kabupaten", lambda: rng.choice(KAB))]
CATS = ["Dokter Teladan", "Perawat Teladan", "Guru Berprestasi", "Kepala Desa Inovatif", "Penyuluh Terbaik", "Bidan Teladan"]
INST = ["Kementerian Kesehatan", "Kementerian Dalam Negeri", "Kementerian Pertanian", "Pemerintah Provinsi Jawa Timur"]
AW = ["Penghargaan Tenaga Kesehatan Teladan", "Anugerah ASN Inspiratif", "Penghargaan Insan Berprestasi"]


def pers(style):
    name = person(rng)
    role, wp = rng.choice(ROLES)
    if style == "full":
        s = f"{titled(rng, name, npre=rng.choice([0, 1, 1]), npost=rng.choice([1, 2]))}, {role} {wp()}"
    elif style == "titled":
        s = titled(rng, name, npre=1, npost=1)
    elif style == "role_first":
        s = f"{role} {wp()}, {titled(rng, name, npre=1, npost=1)}"
    else:
        s = name
    return name, s


TPL = {
    "yakni_list": ("{I} memberikan {aw} {Y} kepada {n} orang, yakni {L}.", False),
    "antara_lain": ("Penerima {aw} {Y} dari {I} antara lain {L}.", False),
    "semicolon_list": ("{I} memberikan {aw} {Y} kepada {n} orang, yakni {LS}.", False),
    "diraih_list": ("{aw} {Y} dari {I} diraih {L}.", False),
    "kategori_sedangkan": ("{I} memberikan {aw} {Y}. Untuk kategori {C1} diraih {P1}, sedangkan kategori {C2} diraih {P2}.", True),
    "kategori_sentences": ("{I} mengumumkan pemenang {aw} {Y}. Kategori {C1} diraih {P1}. Kategori {C2} diraih {P2}.", True),
    "kategori_single": ("{P1} meraih {aw} {Y} kategori {C1} dari {I}.", True),
    "kategori_colon": ("Berikut pemenang {aw} {Y}. Kategori {C1}: {P1}. Kategori {C2}: {P2}.", True),
}

for tname, (tpl, has_cat) in TPL.items():
    for style in ["full", "titled", "role_first", "plain"]:
        for rep in range(8):
            n = 2 if has_cat else rng.choice([2, 3])
            ps = [pers(style) for _ in range(n)]
            if len({p[0] for p in ps}) < n:
                ps = [pers(style) for _ in range(n)]
            c1, c2 = rng.sample(CATS, 2)
            text = tpl.format(I=rng.choice(INST), aw=rng.choice(AW), Y=rng.choice([2023, 2024]), n=n,
                              L=lst(rng, [p[1] for p in ps], ", dan " if style in ("full", "role_first") else None),
                              LS="; ".join(p[1] for p in ps[:-1]) + "; dan " + ps[-1][1],
                              P1=ps[0][1], P2=ps[1][1], C1=c1, C2=c2)
            text = text.replace("..", ".")
            text = text[0].upper() + text[1:]
            awards, scores = run(text)
            problems = []
            exp = [(ps[0][0], c1), (ps[1][0], c2)] if has_cat else [(p[0], None) for p in ps]
            if tname == "kategori_single":
                exp = exp[:1]
            for nm, cat in exp:
                mine = [a for a in awards if norm(a.recipient.name) == norm(nm)]
                if not mine:
                    near = [a.recipient.name for a in awards if norm(nm) in norm(a.recipient.name)]
                    problems.append(f"{'name-with-extras' if near else 'missing-person'}: {nm!r}" + (f" got {near}" if near else ""))
                    continue
                a = mine[0]
                if a.recipient.type != "person":
                    problems.append(f"type: {nm} is {a.recipient.type}")
                if a.received_by:
                    problems.append(f"rb-on-person: {nm} rb={a.received_by!r}")
                if cat and norm(a.category or "") != norm(cat):
                    problems.append(f"category: {nm} expected {cat!r}, got {a.category!r}")
            extra = [a.recipient.name for a in awards if not any(norm(nm) in norm(a.recipient.name) for nm, _ in exp)]
            if extra:
                problems.append(f"extra-recipient: {extra}")
            g.record(f"{tname}/{style}", text, problems, awards, scores)
g.report()
