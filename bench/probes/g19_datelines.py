"""Grid 19: the publication date of invented plain-text page copies (clean_text(...).published).

Each case is a page built from slots varied independently: the site's header (name, slogan, menu,
breadcrumb; a "today" banner at the very top, which is the day the page was saved and not the
publication; a trending list with dates), the title (with a year or a date of its own), the
article's dateline (many Indonesian forms: weekday or not, full/abbreviated/English months,
numeric d/m/yyyy and yyyy-mm-dd, a time with ":" or ".", "pukul", with or without a zone, labels,
an update stamp, author and editor around it, above or below the title, split over two lines, in
capitals, at the end of the body), the lead (with or without its own dateline, possibly dated),
body paragraphs with other dates (an event day, last year's award, a deadline, a future event with
a time and zone, a photo caption), the footer (related links with their own dates, "Baca juga"
lines, tags, a copyright year) and the URL (none, no date, a month only, /yyyy/mm/dd/).

The expected value follows GOLD-FORMAT's `published`: the article's own dateline, as ISO 8601 with
offset when a time and a zone are printed (WIB +07:00, WITA +08:00, WIT +09:00, GMT+7), the day
when only the day is known or the time has no zone; when the article prints no date, the day of a
dated lead, else the day of a /yyyy/mm/dd/ URL, else null. A case passes only on the exact value
(a day where a day is expected, the time and offset where they are expected)."""
import os
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Grid, DAYS, MONTHS, KOTA, person, spread_evenly  # noqa: E402

from pipeline.clean import clean_text  # noqa: E402

N = 300
rng = random.Random(19)

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
ID_ABBR = [["Jan"], ["Feb"], ["Mar"], ["Apr"], ["Mei"], ["Jun"], ["Jul"], ["Agu", "Agt", "Ags"],
           ["Sep", "Sept"], ["Okt"], ["Nov", "Nop"], ["Des"]]
EN_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
OFFSET = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00", "GMT+7": "+07:00"}

SITES = [("Kabar Selatan", "kabarselatan.example", "KABARSELATAN"),
         ("Warta Priangan", "wartapriangan.example", "WARTAPRIANGAN"),
         ("Lintas Timur", "lintastimur.example", "LINTASTIMUR.COM"),
         ("Radar Selat", "radarselat.example", "RADARSELAT"),
         ("Suara Borneo Raya", "suaraborneoraya.example", "SUARABORNEO"),
         ("Nusa Pos", "nusapos.example", "NUSAPOS.ID"),
         ("Kabar Khatulistiwa", "kabarkhatulistiwa.example", "KABARKHATULISTIWA"),
         ("Berita Lembah", "beritalembah.example", "Beritalembah.example")]
SLOGANS = ["Tajam dan Terpercaya", "Suara Rakyat Daerah", "Portal Berita Terkini", "Independen, Berimbang",
           "Dari Daerah untuk Indonesia", "Akurat - Cepat - Berimbang"]
MENU = ["Beranda", "Nasional", "Daerah", "Ekonomi", "Politik", "Hukum", "Olahraga", "Pendidikan", "Kesehatan",
        "Opini", "Gaya Hidup", "Teknologi", "Indeks", "Video"]
SECTIONS = ["Daerah", "Pemerintahan", "Ekonomi", "Pendidikan", "Kesehatan", "Peristiwa"]

TOPICS = ["Pemkot {K} Gelar Pasar Murah Jelang Natal dan Tahun Baru",
          "Harga Cabai Rawit di {K} Tembus Rp 90 Ribu per Kilogram",
          "Banjir Rendam Tiga Kecamatan di {K}, Ratusan Warga Mengungsi",
          "Wali Kota {K} Resmikan Jembatan Penghubung Dua Kelurahan",
          "Ribuan Warga {K} Ikuti Jalan Sehat Hari Jadi Kota",
          "Dinas Kesehatan {K} Catat Kenaikan Kasus Demam Berdarah",
          "Ratusan Pelajar {K} Ikuti Lomba Cerdas Cermat Tingkat Kota",
          "Polres {K} Amankan Puluhan Kendaraan dalam Operasi Zebra",
          "Pasar Induk {K} Direvitalisasi, Pedagang Dipindah Sementara",
          "Kantor Imigrasi {K} Buka Layanan Paspor Akhir Pekan"]
OTHER = ["Jalan Lingkar Utara {K} Mulai Diaspal", "Festival Kuliner {K} Dipadati Pengunjung",
         "Sekolah di {K} Terapkan Kurikulum Baru", "Gudang Beras Bulog {K} Dipastikan Aman",
         "Petani {K} Keluhkan Harga Pupuk", "Dua Rumah Warga {K} Terbakar",
         "Kapal Penumpang Tertahan di Pelabuhan {K}", "DPRD {K} Bahas Raperda Parkir",
         "Ojek Daring di {K} Gelar Aksi Damai", "Stok Darah PMI {K} Menipis"]
TAGS = ["pemerintahan", "pelayanan publik", "ekonomi daerah", "banjir", "pendidikan", "kesehatan", "infrastruktur"]


def dd(d, pad):
    return f"{d.day:02d}" if pad else str(d.day)


def id_day(d, style):
    w = DAYS[d.weekday()]
    return "Jum'at" if w == "Jumat" and style["jumat"] else w


def date_str(d, st):
    """The day of ``d`` (a datetime) in the site's form."""
    f, pad = st["form"], st["pad"]
    wd = id_day(d, st) + st["wdsep"]
    if f == "id-full-wd":
        return f"{wd}{dd(d, pad)} {MONTHS[d.month - 1]} {d.year}"
    if f == "id-full":
        return f"{dd(d, pad)} {MONTHS[d.month - 1]} {d.year}"
    if f == "id-abbr-wd":
        return f"{wd}{dd(d, pad)} {st['abbr'][d.month - 1]} {d.year}"
    if f == "id-abbr":
        return f"{dd(d, pad)} {st['abbr'][d.month - 1]} {d.year}"
    if f == "id-mdy":
        return f"{MONTHS[d.month - 1]} {dd(d, pad)}, {d.year}"
    if f == "en-full-wd":
        return f"{EN_DAYS[d.weekday()]}, {dd(d, pad)} {EN_MONTHS[d.month - 1]} {d.year}"
    if f == "en-mdy":
        return f"{EN_MONTHS[d.month - 1]} {dd(d, pad)}, {d.year}"
    if f == "en-abbr-mdy":
        return f"{EN_ABBR[d.month - 1]} {dd(d, pad)}, {d.year}"
    if f == "num-slash":
        m = f"{d.month:02d}" if pad else str(d.month)
        return f"{dd(d, pad)}/{m}/{d.year}"
    if f == "num-dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if f == "num-wd":
        return f"{wd}{d.day:02d}/{d.month:02d}/{d.year}"
    if f == "iso":
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    raise ValueError(f)


def time_str(d, st):
    t, z = st["time"], st["zone"]
    if t in ("hm-dot", "pukul"):
        s = f"{d.hour:02d}.{d.minute:02d}"
    elif t == "hms":
        s = f"{d.hour:02d}:{d.minute:02d}:{d.second:02d}"
    else:
        s = f"{d.hour:02d}:{d.minute:02d}"
    if t == "pukul":
        s = st["pukul"] + " " + s
    return s + (" " + z if z != "-" else "")


def stamp(d, st, with_time=True):
    """A date (and time) in the site's style; may hold a line break (a time on its own line)."""
    ds = date_str(d, st)
    t = st["time"]
    if t == "none" or not with_time:
        return ds
    ts = time_str(d, st)
    if t == "split":
        return ds + "\n" + ts
    if t == "first":
        return ts + st["fsep"] + ds
    sep = " " if t == "pukul" and st["tsep"] in (" | ", " • ") else st["tsep"]
    return ds + sep + ts


def expected_iso(d, st):
    if st["time"] != "none" and st["zone"] != "-":
        sec = d.second if st["time"] == "hms" else 0
        return f"{d.year}-{d.month:02d}-{d.day:02d}T{d.hour:02d}:{d.minute:02d}:{sec:02d}{OFFSET[st['zone']]}"
    return d.strftime("%Y-%m-%d")


def rand_dt(lo=datetime(2019, 1, 1), hi=datetime(2025, 12, 20)):
    span = int((hi - lo).total_seconds())
    return lo + timedelta(seconds=rng.randrange(span))


def event_day(d):
    """"Rabu (11/12/2024)"."""
    return f"{DAYS[d.weekday()]} ({d.day}/{d.month}/{d.year})"


def title_of(K, kind, pub):
    if kind == "plain":
        return rng.choice(TOPICS).format(K=K)
    if kind == "with-year":
        return rng.choice([f"DPRD {K} Sahkan APBD Tahun Anggaran {pub.year + 1}",
                           f"Target PAD {K} {pub.year + 1} Naik Sepuluh Persen",
                           f"Catatan Akhir Tahun {pub.year}: Inflasi {K} Terkendali"])
    d = pub + timedelta(days=rng.randint(3, 40))
    return rng.choice([f"Libur Sekolah di {K} Dimulai {d.day} {MONTHS[d.month - 1]} {d.year}",
                       f"Pendaftaran CPNS {K} Ditutup {d.day} {MONTHS[d.month - 1]} {d.year}",
                       f"Jalan Protokol {K} Ditutup pada {event_day(d)}"])


def headline(K):
    return rng.choice(OTHER).format(K=K)


def build_case(s):
    """The page text, the URL and the expected value of one case from its slot values ``s``."""
    name, domain, tagline = rng.choice(SITES)
    K = rng.choice(KOTA)
    K2 = rng.choice(KOTA)
    pub = rand_dt()
    if s["form"] != "none" and s["time"] == "hms":
        pub = pub.replace(second=rng.randint(1, 59))
    else:
        pub = pub.replace(second=0)
    save = pub + timedelta(days=rng.randint(1, 400), hours=rng.randint(0, 12))
    st = {"form": s["form"] if s["form"] != "none" else rng.choice(["id-full-wd", "num-slash", "id-abbr-wd"]),
          "pad": rng.random() < 0.5, "wdsep": rng.choice([", ", ", ", " "]), "jumat": rng.random() < 0.3,
          "abbr": [rng.choice(a) for a in ID_ABBR], "time": s["time"] if s["time"] != "n/a" else "hm-colon",
          "zone": s["zone"] if s["zone"] != "n/a" else "WIB", "tsep": s["tsep"] if s["tsep"] != "n/a" else " ",
          "fsep": rng.choice([" | ", ", ", " - "]), "pukul": rng.choice(["pukul", "Pukul"])}
    lines = []

    # --- header
    b = s["banner"]
    if b == "today-day":
        lines.append(f"{DAYS[save.weekday()]}, {save.day} {MONTHS[save.month - 1]} {save.year}")
    elif b == "today-time":
        lines.append(f"{DAYS[save.weekday()]}, {save.day} {MONTHS[save.month - 1]} {save.year} | "
                     f"{save.hour:02d}:{save.minute:02d} WIB")
    elif b == "today-en":
        lines.append(f"{EN_DAYS[save.weekday()]}, {EN_MONTHS[save.month - 1]} {save.day}, {save.year}")
    elif b == "today-num":
        lines.append(f"{save.day:02d}/{save.month:02d}/{save.year}")
    lines.append(rng.choice([name, name.upper(), domain.upper()]))
    if rng.random() < 0.6:
        lines.append(rng.choice(SLOGANS))
    menu = rng.sample(MENU, rng.randint(5, 9))
    msep = s["menu"]
    lines.append("\n".join(menu) if msep == "newline" else msep.join(menu))
    lines.append("")
    tr = s["trending"]
    if tr != "none":
        lines.append(rng.choice(["TERPOPULER", "Berita Populer", "Trending", "Terkini"]))
        for i in range(rng.randint(3, 4)):
            td = save - timedelta(days=rng.randint(0, 6), hours=rng.randint(0, 20), minutes=rng.randint(0, 59))
            lines.append(f"{i + 1}. {headline(rng.choice(KOTA))}")
            if tr == "dated-site-style":
                lines.append(stamp(td, st))
            elif tr == "dated-other":
                lines.append(f"{td.day:02d}/{td.month:02d}/{td.year}, {td.hour:02d}:{td.minute:02d} WIB")
            elif tr == "time-only":
                lines.append(f"{td.hour:02d}:{td.minute:02d} WIB")
        lines.append("")
    sec = rng.choice(SECTIONS)
    bc = rng.choice([f"Beranda > {sec} > {K}", f"Home » {sec}", f"Beranda / {sec} / Berita", f"{sec}"])
    lines.append(bc)
    lines.append("")

    # --- title and dateline block
    title = title_of(K, s["title"], pub)
    author, editor = person(rng), person(rng)
    block = []
    exp = None
    if s["form"] != "none":
        label = s["label"]
        lab = ""
        if label != "none":
            word, nl = label.split("+") if "+" in label else (label, "")
            lab = word + ("\n" if nl else " ")
        pub_text = lab + stamp(pub, st)
        upd = pub + timedelta(hours=rng.randint(2, 60), minutes=rng.randint(1, 59))
        uw = rng.choice(["Diperbarui", "Diperbarui:", "Update:", "Updated:", "Terakhir diperbarui", "Diupdate"])
        u = s["update"]
        if u == "same-line-after":
            pub_text = pub_text + rng.choice([" | ", " • ", " - "]) + uw + " " + stamp(upd, st)
        elif u == "next-line":
            pub_text = pub_text + "\n" + uw + " " + stamp(upd, st)
        elif u == "line-before":
            pub_text = uw + " " + stamp(upd, st) + "\n" + pub_text
        elif u == "same-line-before":
            pub_text = uw + " " + stamp(upd, st) + " | " + pub_text
        by = s["byline"]
        who = rng.choice(["Oleh: ", "Oleh ", "Penulis: ", "Reporter: ", ""]) + author
        if by == "none":
            block = [pub_text]
        elif by == "line-above":
            block = [who, pub_text]
        elif by == "line-below":
            block = [pub_text, f"Penulis: {author} {rng.choice(['|', '-', '•'])} Editor: {editor}"]
        elif by == "prefix-with-editor":
            sep = rng.choice([" | ", " • ", " - "])
            block = [f"Reporter: {author}{sep}Editor: {editor}{sep}{pub_text}"]
        elif by.startswith("prefix-"):
            sep = {"prefix-pipe": " | ", "prefix-dash": " - ", "prefix-bullet": " • "}[by]
            block = [who + sep + pub_text]
        elif by == "suffix-editor":
            block = [pub_text + rng.choice([" | ", " - ", " • "]) + f"Editor: {editor}"]
        elif by == "site-prefix":
            block = [f"{rng.choice([name, domain.capitalize()])} - {pub_text}", f"Penulis: {author} | Editor: {editor}"]
        if s["case"] == "upper":
            block = [x.upper() for x in block]
        exp = expected_iso(pub, st)
    else:
        if rng.random() < 0.5:
            block = [rng.choice(["Oleh: ", "Penulis: ", "Reporter: "]) + author]

    share = rng.choice(["Bagikan: Facebook | X | WhatsApp | Salin tautan",
                        "facebook twitter whatsapp telegram line copy", "Share: FB TW WA"])
    caption = ""
    if s["caption"] == "dated":
        cd = pub - timedelta(days=rng.randint(0, 2))
        caption = (f"Suasana kegiatan di {K}, {event_day(cd)}. "
                   f"(FOTO: {rng.choice(['DOK. HUMAS', 'ANTARA/' + person(rng).split()[0], name.upper()])})")
    elif s["caption"] == "undated":
        caption = f"Suasana kegiatan di {K}. (FOTO: DOK. HUMAS)"

    pos = s["position"]
    if s["form"] == "none" or pos == "below-title":
        head = [title] + block + [share]
    elif pos == "above-title":
        head = block + [title, share]
    elif pos == "after-share":
        head = [title, share] + ([caption] if caption else []) + block
        caption = ""
    else:  # end-of-body
        head = [title, share]
    for x in head:
        lines.append(x)
        lines.append("")
    if caption:
        lines += [caption, ""]

    # --- lead and body
    city = K.upper()
    ld = s["lead"]
    first = (f"Pemerintah Kota {K} terus berupaya meningkatkan pelayanan kepada masyarakat melalui "
             f"sejumlah program yang digelar menjelang akhir tahun.")
    if ld == "site":
        lead = f"{city}, {tagline} - {first}"
    elif ld == "antara":
        lead = f"{K} (ANTARA) - {first}"
    elif ld == "city-only":
        lead = f"{city} - {first}"
    elif ld == "site-first":
        lead = f"{tagline}, {city} – {first}"
    elif ld == "dated":
        lead = rng.choice([f"{K}, {pub.day} {MONTHS[pub.month - 1]} {pub.year} – {first}",
                           f"{city}, {pub.day:02d}/{pub.month:02d}/{pub.year} - {first}"])
        if exp is None:
            exp = pub.strftime("%Y-%m-%d")
    else:
        lead = first
    lines += [lead, ""]
    body = []
    bd = s["body"]
    if bd == "event-day":
        ev = pub - timedelta(days=rng.randint(0, 3))
        body.append(f"Kegiatan tersebut dibuka langsung oleh Wali Kota {K} di halaman balai kota, {event_day(ev)}.")
    elif bd == "event-short":
        ev = pub - timedelta(days=rng.randint(1, 3))
        body.append(f"Rapat koordinasi digelar di aula kantor wali kota, {DAYS[ev.weekday()]} ({ev.day}/{ev.month}) lalu.")
    elif bd == "last-year":
        ly = pub.replace(year=pub.year - 1, day=min(pub.day, 28))
        body.append(f"Sebelumnya, pada {ly.day} {MONTHS[ly.month - 1]} {ly.year}, {K} meraih penghargaan serupa "
                    f"dari pemerintah provinsi.")
    elif bd == "deadline":
        dl = pub + timedelta(days=rng.randint(10, 60))
        body.append(f"Warga diminta mendaftar paling lambat {dl.day} {MONTHS[dl.month - 1]} {dl.year} melalui "
                    f"kantor kelurahan masing-masing.")
    elif bd == "future-time":
        fu = pub + timedelta(days=rng.randint(2, 20))
        body.append(f"Puncak acara dijadwalkan berlangsung pada {DAYS[fu.weekday()]}, {fu.day} "
                    f"{MONTHS[fu.month - 1]} {fu.year} pukul 09.00 WIB di alun-alun kota.")
    body.append(f"Menurut Kepala Dinas setempat, {person(rng)}, program ini melibatkan sedikitnya 40 kelurahan "
                f"dan ratusan relawan dari berbagai komunitas.")
    bj = s["bacajuga"]
    if bj == "plain":
        body.append(f"Baca Juga: {headline(K2)}")
    elif bj == "dated":
        jd = pub - timedelta(days=rng.randint(1, 30))
        body.append(f"Baca juga: {headline(K2)} ({jd.day:02d}/{jd.month:02d}/{jd.year})")
    body.append(f"\"Kami berharap masyarakat dapat memanfaatkan kesempatan ini sebaik-baiknya,\" ujarnya.")
    body.append(f"Ia menambahkan, evaluasi akan dilakukan setelah seluruh rangkaian kegiatan selesai.")
    for p in body:
        lines += [p, ""]
    if s["form"] != "none" and pos == "end-of-body":
        lines += [f"({rng.choice(['ant', 'red', 'hms'])}/{author.split()[0].lower()})", ""]
        for x in block:
            lines += [x, ""]

    # --- footer
    ft = s["footer"]
    if ft != "minimal":
        lines.append(rng.choice(["Berita Terkait", "BERITA TERKAIT", "Berita Lainnya", "Baca Juga"]))
        for _ in range(3):
            rd = pub + timedelta(days=rng.randint(-40, 20), hours=rng.randint(-10, 10), minutes=rng.randint(-30, 30))
            h = headline(rng.choice(KOTA))
            if ft == "related-dated":
                lines += [h, stamp(rd, st)]
            elif ft == "related-dated-above":
                lines += [stamp(rd, st), h]
            else:
                lines.append(h)
        lines.append("")
    lines.append("Tag: " + ", ".join(rng.sample(TAGS, 3)))
    lines.append("")
    cy = save.year
    lines.append(rng.choice([f"© {cy} {name}. All rights reserved.",
                             f"Copyright © {cy - rng.randint(3, 8)}-{cy} {domain} | Redaksi | Pedoman Media Siber",
                             f"{name.upper()} © {cy} — Tentang Kami | Kontak | Kebijakan Privasi"]))
    text = "\n".join(lines) + "\n"

    # --- URL
    slug = "-".join(title.lower().replace(",", "").replace(":", "").replace("(", "").replace(")", "")
                    .replace("/", "-").split()[:8])
    u = s["url"]
    sect = sec.lower()
    if u == "none":
        url = None
    elif u == "nodate":
        url = rng.choice([f"https://{domain}/{sect}/{rng.randint(10000, 999999)}/{slug}",
                          f"https://{domain}/read/{slug}-{rng.randint(1000, 99999)}"])
    elif u == "month":
        url = f"https://{domain}/{pub.year}/{pub.month:02d}/{slug}/"
    else:
        url = rng.choice([f"https://{domain}/{sect}/{pub.year}/{pub.month:02d}/{pub.day:02d}/{slug}",
                          f"https://{domain}/read/{pub.year}/{pub.month:02d}/{pub.day:02d}/{rng.randint(100, 999)}/{slug}"])
        if exp is None:
            exp = pub.strftime("%Y-%m-%d")
    return text, url, exp


def compare(exp, got):
    """The problems of ``got`` against ``exp`` (both ISO strings or None)."""
    if exp == got:
        return []
    if got is None:
        return [f"missing: expected {exp}, got None"]
    if exp is None:
        return [f"spurious: expected None, got {got}"]
    if exp[:10] != got[:10]:
        return [f"wrong-day: expected {exp}, got {got}"]
    if len(exp) == 10:
        return [f"time-extra: expected {exp}, got {got}"]
    if len(got) == 10:
        return [f"time-dropped: expected {exp}, got {got}"]
    try:
        e, g = datetime.fromisoformat(exp), datetime.fromisoformat(got)
    except ValueError:
        return [f"malformed: expected {exp}, got {got!r}"]
    if (e.hour, e.minute, e.second) != (g.hour, g.minute, g.second):
        return [f"wrong-time: expected {exp}, got {got}"]
    if e.utcoffset() != g.utcoffset():
        return [f"wrong-offset: expected {exp}, got {got}"]
    return []


FORMS = ["id-full-wd", "id-full", "id-abbr-wd", "id-abbr", "id-mdy", "en-full-wd", "en-mdy", "en-abbr-mdy",
         "num-slash", "num-dash", "num-wd", "iso", "none", "none"]
SLOTS = {
    "form": FORMS,
    "time": ["none", "hm-colon", "hm-dot", "pukul", "hms", "split", "first"],
    "zone": ["-", "WIB", "WIB", "WITA", "WIT", "GMT+7"],
    "tsep": [" ", ", ", " - ", " | ", " • "],
    "label": ["none", "none", "Diterbitkan", "Dipublikasikan:", "Published:", "Terbit:", "Dipublikasi pada",
              "Posted on", "Diterbitkan+nl", "Published+nl"],
    "update": ["none", "none", "same-line-after", "next-line", "line-before", "same-line-before"],
    "byline": ["none", "line-above", "line-below", "prefix-pipe", "prefix-dash", "prefix-bullet",
               "prefix-with-editor", "suffix-editor", "site-prefix"],
    "position": ["below-title", "below-title", "above-title", "after-share", "end-of-body"],
    "case": ["normal", "normal", "upper"],
    "title": ["plain", "plain", "with-year", "with-date"],
    "lead": ["site", "antara", "city-only", "site-first", "plain", "dated"],
    "body": ["none", "event-day", "event-short", "last-year", "deadline", "future-time"],
    "caption": ["none", "dated", "undated"],
    "bacajuga": ["none", "plain", "dated"],
    "banner": ["none", "none", "today-day", "today-time", "today-en", "today-num"],
    "menu": ["  ", " | ", " • ", " · ", " / ", "newline"],
    "trending": ["none", "none", "dated-site-style", "dated-other", "time-only", "undated"],
    "footer": ["related-dated", "related-dated-above", "related-undated", "minimal"],
    "url": ["none", "nodate", "month", "dated"],
}
# the slots that only mean something when the article prints a dateline (or a time)
DATELINE_ONLY = ("time", "zone", "tsep", "label", "update", "byline", "position", "case")


def main():
    cols = {k: spread_evenly(v, N, rng) for k, v in SLOTS.items()}
    grid = Grid("g19_datelines")
    day_ok = 0
    for i in range(N):
        s = {k: cols[k][i] for k in SLOTS}
        if s["form"] == "none":
            for k in DATELINE_ONLY:
                s[k] = "n/a"
        else:
            if s["time"] in ("none",):
                s["zone"] = "n/a"
            if s["time"] in ("none", "split", "first"):
                s["tsep"] = "n/a"
            if s["update"] == "same-line-before" and s["label"] == "none":
                s["label"] = "Terbit:"
        text, url, exp = build_case(s)
        got = clean_text(text, url).published
        problems = compare(exp, got)
        if exp and got and exp[:10] == got[:10]:
            day_ok += 1
        elif exp is None and got is None:
            day_ok += 1
        kind = ("iso" if exp and len(exp) > 10 else "day" if exp else "null")
        if s["form"] == "none":
            kind = "null" if exp is None else ("lead-day" if s["lead"] == "dated" else "url-day")
        slots = {"form": s["form"], "expect": kind, **{k: s[k] for k in SLOTS if k != "form"}}
        shown = f"url={url}\nexpected={exp} got={got}\n{text}"
        keys = list(slots)
        grid.record(f"{keys[0]}={slots[keys[0]]}", shown, problems, [], [])
        for k in keys[1:]:
            grid.bump(f"{k}={slots[k]!r}" if k in ("menu", "tsep") else f"{k}={slots[k]}", not problems)
    os.makedirs(os.environ.get("PROBE_FAILS", "/tmp"), exist_ok=True)
    grid.report()
    if not os.environ.get("PROBE_QUIET"):
        print(f"   calendar day right (or null rightly): {day_ok}/{grid.total}")


if __name__ == "__main__":
    main()
