"""Publication times: which date is the first publication, and in which zone (pages and texts written for these tests)."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipeline.clean import clean_html, clean_text, load_rules
from pipeline.clean.dates import Stamp, date_from_lead, find_datelines
from pipeline.clean.published import SiteZone, local_clock_wins

FACTS = load_rules().dates
BODY = "".join(f"<p>Paragraf {n} berita ini cukup panjang, dengan koma, agar terpilih sebagai isi berita "
               f"oleh pembersih halaman, kata pejabat setempat kepada wartawan di kantor wali kota.</p>"
               for n in range(1, 5))


def page(head: str = "", header: str = "", body: str = BODY, lang: str = "id") -> str:
    return (f'<html lang="{lang}"><head><title>Judul Berita Yang Cukup Panjang Sekali</title>{head}</head><body>'
            f'<h1>Judul Berita Yang Cukup Panjang Sekali</h1>{header}<div class="isi">{body}</div></body></html>')


def meta(prop: str, value: str) -> str:
    return f'<meta property="{prop}" content="{value}">'


# local_clock_wins: the reasoning itself

def test_local_clock_wins_over_an_offset_that_contradicts_the_printed_clock():
    machine = Stamp(datetime(2022, 3, 5, 9, 15), True, "-07:00")
    printed = Stamp(datetime(2022, 3, 5, 9, 15), True, None)
    assert local_clock_wins(machine, [printed], SiteZone(lambda: None, lambda: "+07:00"), FACTS) == "+07:00"


def test_a_printed_zone_names_the_clock_zone():
    machine = Stamp(datetime(2022, 3, 5, 9, 15), True, "+07:00")
    printed = Stamp(datetime(2022, 3, 5, 9, 15), True, "+08:00")
    assert local_clock_wins(machine, [printed], SiteZone(lambda: None, lambda: "+07:00"), FACTS) == "+08:00"


def test_a_different_clock_leaves_the_offset_alone():
    machine = Stamp(datetime(2022, 3, 5, 2, 15), True, "+00:00")
    printed = Stamp(datetime(2022, 3, 5, 9, 15), True, "+07:00")
    assert local_clock_wins(machine, [printed], SiteZone.fixed("+07:00"), FACTS) is None


def test_no_zone_is_invented_for_a_time_that_named_none():
    machine = Stamp(datetime(2022, 3, 5, 9, 15), True, None)
    printed = Stamp(datetime(2022, 3, 5, 9, 15), True, None)
    assert local_clock_wins(machine, [printed], SiteZone(lambda: None, lambda: "+07:00"), FACTS) is None


def test_an_offset_no_indonesian_zone_has_is_local_time_on_an_indonesian_page():
    machine = Stamp(datetime(2022, 3, 5, 9, 15), True, "-07:00")
    assert local_clock_wins(machine, [], SiteZone(lambda: None, lambda: "+07:00"), FACTS) == "+07:00"
    assert local_clock_wins(machine, [], SiteZone.fixed(None), FACTS) is None  # not an Indonesian page


# whole pages

def test_meta_offset_contradicting_the_dateline_clock_gives_local_time():
    html = page(meta("article:published_time", "2022-03-05T09:15:00-07:00"),
                '<div class="tanggal">Sabtu, 5 Maret 2022 09:15</div>')
    assert clean_html(html).published == "2022-03-05T09:15:00+07:00"


def test_the_pages_own_wita_wins_over_a_meta_offset_with_the_same_clock():
    html = page(meta("article:published_time", "2022-03-05T09:15:00+07:00"),
                '<div class="tanggal">Sabtu, 5 Maret 2022 | 09:15 WITA</div>')
    assert clean_html(html).published == "2022-03-05T09:15:00+08:00"


@pytest.mark.parametrize("dateline", [
    "Sabtu, 5 Maret 2022 | 09:15 WIB",
    '<span>Sabtu, 5 Maret 2022</span> <span class="sep">|</span> <span>09:15 WIB</span>',
    "<div>Maret</div><div>05</div><div>/ 2022</div><div>09:15 WIB</div>",
    "Oleh Sari Wulandari - 5 Mar 2022, 09.15 WIB",
])
def test_time_found_only_in_the_printed_dateline(dateline):
    html = page(meta("article:published_time", "2022-03-05"), f'<div class="info">{dateline}</div>')
    assert clean_html(html).published == "2022-03-05T09:15:00+07:00"


@pytest.mark.parametrize("dateline", ["05/03/2022 09:15", "5 Mar 2022, 09:15", "Sabtu, 5 Maret 2022 - 09:15"])
def test_zoneless_dateline_takes_the_zone_the_page_keeps_elsewhere(dateline):
    html = page(meta("article:modified_time", "2022-03-06T10:00:00+08:00"), f"<div>{dateline}</div>")
    assert clean_html(html).published == "2022-03-05T09:15:00+08:00"


def test_zoneless_dateline_without_any_zone_on_the_page_is_a_day():
    assert clean_html(page(header="<div>Redaksi | 05-Mar-2022 09:15:42</div>")).published == "2022-03-05"


def test_time_in_a_script_object():
    script = '<script>var dataLayer = {publishDate: "2022-03-05 09:15:42", kanal: "nasional"};</script>'
    html = page(meta("article:published_time", "2022-03-05") + script,
                "<div>Sabtu, 5 Maret 2022</div><ul class='terkini'><li>Berita lain 08:00 WIB</li></ul>")
    assert clean_html(html).published == "2022-03-05T09:15:42+07:00"


def test_utc_time_given_in_the_sites_zone_when_the_page_tells_it():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Judul",'
            ' "datePublished": "2022-03-05T01:15:00+00:00"}</script>'
            + meta("article:published_time", "2022-03-05T09:15:00+08:00"))
    assert clean_html(page(head)).published == "2022-03-05T09:15:00+08:00"


def test_utc_time_of_an_indonesian_page_is_given_in_wib_by_default():
    html = page('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
                '"2022-03-05T02:15:00Z"}</script>')
    assert clean_html(html, "https://warta-contoh.id/berita/1").published == "2022-03-05T09:15:00+07:00"


def test_utc_time_of_a_page_of_elsewhere_stays_utc():
    body = "".join(f"<p>Paragraph {n} of the story is long enough, with a comma, to be read as the text of "
                   f"the article by the cleaner, said the officials to the press.</p>" for n in range(1, 5))
    html = page(meta("article:published_time", "2022-03-05T02:15:00Z"), body=body, lang="en")
    assert clean_html(html, "https://news.example.org/story").published == "2022-03-05T02:15:00+00:00"


def test_offset_written_without_a_colon():
    html = page('<meta itemprop="datePublished" content="2022-03-05T09:15:42+0700">')
    assert clean_html(html).published == "2022-03-05T09:15:42+07:00"


def test_first_publication_over_the_update():
    head = (meta("article:modified_time", "2022-03-06T11:20:05+07:00")
            + '<script type="application/ld+json">{"@type": "NewsArticle", "dateModified": '
              '"2022-03-06T11:20:05+07:00"}</script>')
    header = "<div>Diperbarui 6 Maret 2022, 11:20 WIB</div><div>Dipublikasikan 5 Maret 2022, 09:15 WIB</div>"
    assert clean_html(page(head, header)).published == "2022-03-05T09:15:00+07:00"


def test_time_in_a_dated_elements_attribute():
    header = "<span><abbr class='updated' title='2022-03-05T09:15:00+07:00'>5 Maret 2022</abbr></span>"
    assert clean_html(page(header=header)).published == "2022-03-05T09:15:00+07:00"


# plain-text copies

def test_labelled_publication_date_over_a_banner_of_today():
    text = ("Minggu, 5 Mei 2024\n\nJudul Berita Yang Cukup Panjang Sekali\n\n"
            "Diunggah pada : 19 Desember 2023 17:47:33\n\n"
            "Kota Sukamaju - Pemerintah kota meraih penghargaan keterbukaan informasi publik tahun ini, "
            "kata pejabat setempat.")
    assert clean_text(text).published == "2023-12-19"


def test_dateline_under_the_title_over_a_date_in_the_caption():
    text = ("Peserta mengikuti penilaian periode 1 Januari-31 Desember 2023 di aula kantor gubernur "
            "bersama para kepala dinas dari seluruh kabupaten. (Foto: Dok. Humas)\n\n"
            "Judul Berita Yang Cukup Panjang Sekali\n\nSari Wulandari • 04 Mei 2024 11:00\n"
            "Jakarta: Penilaian memasuki tahap wawancara nasional yang digelar di Jakarta pekan lalu, "
            "kata panitia.")
    assert clean_text(text).published == "2024-05-04"


def test_the_urls_day_over_a_printed_date_that_contradicts_it():
    text = ("18 April 2024\n\nNAMA SITUS CONTOH\n\nJudul Berita Yang Cukup Panjang Sekali\n\n"
            "Penghargaan sekolah berbudaya lingkungan diberikan kepada sekolah yang sukses mengelola "
            "lingkungan, kata pejabat dinas.")
    url = "http://contoh.madiunkota.go.id/2022/09/08/judul-berita/"
    assert clean_text(text, url).published == "2022-09-08"


def test_lead_day_and_month_take_the_year_the_weekdays_agree_with():
    lead = "Jakarta, 8/9 (Antara) - Badan amil zakat memberikan penghargaan kepada tiga tokoh."
    text = (f"{lead}\nAcara digelar di Jakarta, Jumat (7/9), dalam rangka Penghargaan Zakat 2018.\n"
            "Kriteria penilaian berdasarkan kinerja selama tahun 2017 dan tahun 2017 saja.")
    # 2017 is mentioned more often, but 7 September was a Friday in 2018, not in 2017.
    assert date_from_lead(lead, text, FACTS).when == datetime(2018, 9, 8)
    assert clean_text(text).published == "2018-09-08"


@pytest.mark.parametrize("printed, expected", [
    ("30-Jan-2017 12:00:45", datetime(2017, 1, 30, 12, 0, 45)),
    ("Februari 07 / 2017 11:58", datetime(2017, 2, 7, 11, 58)),
    ("March 5th, 2022 at 9:15", datetime(2022, 3, 5, 9, 15)),
    ("2022-03-05 09:15:42", datetime(2022, 3, 5, 9, 15, 42)),
])
def test_dateline_forms(printed, expected):
    assert find_datelines(printed, FACTS)[0].when == expected


def test_a_time_range_end_is_no_offset():
    stamp = find_datelines("5 Maret 2022 pukul 10.00-12.00", FACTS)[0]
    assert stamp.offset is None and stamp.when == datetime(2022, 3, 5, 10, 0)


def test_a_zone_with_its_own_offset():
    assert find_datelines("5 Maret 2022 09:15 GMT+7", FACTS)[0].offset == "+07:00"


def test_twelve_hour_clock():
    assert find_datelines("Sat, March 5, 2022 | 9:15 pm WIB", FACTS)[0].when == datetime(2022, 3, 5, 21, 15)
    assert find_datelines("March 5, 2022 12:05 a.m.", FACTS)[0].when == datetime(2022, 3, 5, 0, 5)


def test_utc_time_of_an_english_language_indonesian_page_is_given_in_wib():
    body = "".join(f"<p>Paragraph {n} of the story from Jakarta is long enough, with a comma, to be read as the "
                   f"text of the article about Indonesia by the cleaner, officials said.</p>" for n in range(1, 4))
    html = page(meta("article:published_time", "2022-03-05T14:15:00Z"), body=body, lang="en")
    assert clean_html(html, "https://news.example.com/story").published == "2022-03-05T21:15:00+07:00"


def test_full_date_in_the_leads_dateline():
    text = ("Judul Berita Yang Cukup Panjang Sekali\n\nSukamaju, 5 Maret 2022 - Pemerintah kota meraih "
            "penghargaan pelayanan publik tahun ini, kata pejabat setempat kepada wartawan.\n"
            "Acara penyerahan digelar pada 10 Maret 2022 di aula kantor gubernur.")
    assert clean_text(text).published == "2022-03-05"


def test_publication_date_printed_under_the_article():
    text = ("Judul Berita Yang Cukup Panjang Sekali\n\nPemerintah kota meraih penghargaan pelayanan publik "
            "tahun ini, kata pejabat setempat kepada wartawan pada 1 Maret 2022.\n"
            "Kalimat kedua juga cukup panjang untuk dianggap bagian dari isi berita ini.\n"
            "Dipublikasikan: 5 Maret 2022\nBagikan artikel ini")
    assert clean_text(text).published == "2022-03-05"


def test_a_machine_midnight_is_a_day_the_printed_dateline_gives_the_time_of():
    html = page(meta("article:published_time", "2022-03-05T00:00:00+07:00"),
                '<div class="tanggal">Sabtu, 5 Maret 2022 | 09:15 WIB</div>')
    assert clean_html(html).published == "2022-03-05T09:15:00+07:00"


@pytest.mark.parametrize("value, expected", [
    ("20220305091500", "2022-03-05"),  # no zone: a day
    ("20220305T091500+0700", "2022-03-05T09:15:00+07:00"),
    ("20220305", "2022-03-05"),
])
def test_compact_machine_dates(value, expected):
    assert clean_html(page(f'<meta name="pubdate" content="{value}">')).published == expected


def test_a_dateline_standing_alone_inside_the_copy():
    text = ("Judul Berita Yang Cukup Panjang Sekali\n\nPemerintah kota meraih penghargaan pelayanan publik "
            "tahun ini, kata pejabat setempat kepada wartawan.\nKamis, 7 Desember 2023 14:30 WIB\n"
            "Kalimat kedua juga cukup panjang untuk dianggap bagian dari isi berita ini.")
    article = clean_text(text)
    assert article.published == "2023-12-07T14:30:00+07:00"
    assert "Kamis" not in article.text


def test_a_date_at_the_end_of_a_url_slug():
    text = "Judul Tanpa Tanggal\n\nJakarta - Isi berita yang cukup panjang untuk menjadi paragraf pertama berita ini."
    assert clean_text(text, "https://contoh.id/berita/judul-tanpa-tanggal-2023-12-18.html").published == "2023-12-18"


def test_ordinal_day_before_the_month():
    assert find_datelines("Published 5th of March 2022", FACTS)[0].when == datetime(2022, 3, 5)


def test_a_publication_date_printed_under_the_body():
    footer = ('<div class="info">Dipublikasikan: Sabtu, 5 Maret 2022 | 09:15 WIB</div>'
              '<ul class="lain"><li><a href="/b">Berita lain yang panjang judulnya</a> 6 Maret 2022</li></ul>')
    html = (f'<html lang="id"><head><title>Judul Berita Yang Cukup Panjang Sekali</title></head><body>'
            f'<h1>Judul Berita Yang Cukup Panjang Sekali</h1><div class="isi">{BODY}</div>{footer}</body></html>')
    assert clean_html(html).published == "2022-03-05T09:15:00+07:00"


LEAD = ("KOTA SUKAMAJU, KABARCONTOH - Pemerintah kota meraih penghargaan keterbukaan informasi publik tahun ini, "
        "kata pejabat setempat kepada wartawan di kantor wali kota.")
AFTER = ("Penilaian dilakukan sejak Oktober tahun lalu oleh tim verifikasi dari kementerian bersama para "
         "pemangku kepentingan di daerah.\n\nBerita Terkait\n\nKota Sukamaju Raih Adipura Kencana - 10 Januari 2025")


def test_a_line_of_a_dateline_and_its_update_is_no_lead():
    # "<date> - 14:30 WIB Diperbarui: <date>" reads like "PLACE, SITE - text"; it is the header's dates
    text = ("Judul Berita Yang Cukup Panjang Sekali\n\nSenin, 17 Maret 2025 - 14:30 WIB Diperbarui: Selasa, "
            f"18 Maret 2025 - 09:00 WIB\n\n{LEAD}\n\n{AFTER}")
    assert clean_text(text).published == "2025-03-17T14:30:00+07:00"


@pytest.mark.parametrize("dateline", ["Update: 17/03/2025 14:30 WIB", ""])
def test_a_related_headline_with_its_date_is_no_publication_date(dateline):
    # "Kota X Raih Adipura - 10 Januari 2025" under "Berita Terkait": another article's date; a dateline
    # under the text, even an update's, is this one's
    text = f"Judul Berita Yang Cukup Panjang Sekali\n\n{LEAD}\n\n{dateline}\n\n{AFTER}"
    assert clean_text(text).published == ("2025-03-17T14:30:00+07:00" if dateline else None)


def test_a_clock_after_a_bracketed_date_is_the_time_of_day():
    # "Kamis (4/12/2025) 13.47 WIB": the weekday's date in brackets, then its time
    text = f"Judul Berita Yang Cukup Panjang Sekali\n\nKamis (4/12/2025) 13.47 WIB\n\n{LEAD}"
    assert clean_text(text).published == "2025-12-04T13:47:00+07:00"


def test_a_clock_printed_before_the_day_is_its_time():
    # "08:46 WIB, Jumat, 24/03/2023", "13:17 GMT+7 - January 29, 2020": the clock first, then the day
    assert [(s.when, s.offset) for s in find_datelines("Diterbitkan 08:46 WIB, Jumat, 24/03/2023", FACTS)] == [
        (datetime(2023, 3, 24, 8, 46), "+07:00")]
    assert [(s.when, s.offset) for s in find_datelines("Diterbitkan 13:17 GMT+7 - January 29, 2020", FACTS)] == [
        (datetime(2020, 1, 29, 13, 17), "+07:00")]
    assert [s.has_time for s in find_datelines("skor 94.20 5 Maret 2022", FACTS)] == [False]


def test_a_labelled_publication_on_a_long_header_line_over_a_banner():
    # the day's banner on top; "DIUPDATE … | DIPUBLIKASI PADA …" names the publication, however long its line
    text = ("Senin, 26 Oktober 2020\n\nJudul Berita Yang Cukup Panjang Sekali\n\nDIUPDATE SELASA, 01/10/2019 • "
            "15:45:05 WIB | DIPUBLIKASI PADA SENIN, 30/09/2019 • 08:34:05 WIB\n\n" + LEAD)
    assert clean_text(text).published == "2019-09-30T08:34:05+07:00"


def test_dates_of_a_numbered_list_of_headlines_are_not_the_articles():
    # "Terkini / 1. Headline / 09/11/2022, 04:37 WIB": the listed articles' dates; the lead's own dateline wins
    text = ("Terkini\n\n1. Dua Rumah Warga Terbakar\n\n09/11/2022, 04:37 WIB\n\n2. Harga Cabai Naik\n\n"
            "13/11/2022, 23:44 WIB\n\nJudul Berita Yang Cukup Panjang Sekali\n\nMataram, 30 November 2021 – "
            "Pemerintah kota meraih penghargaan keterbukaan informasi publik tahun ini, kata pejabat setempat.")
    assert clean_text(text).published == "2021-11-30"


def test_a_labelled_dateline_under_the_text_over_a_banner_without_a_label():
    # "Sabtu, 12 Maret 2022" on top is the day the page was saved; "Terbit: …" under the text is the article's
    text = ("Sabtu, 12 Maret 2022\n\nJudul Berita Yang Cukup Panjang Sekali\n\n" + LEAD + "\n\nOleh Teguh\n\n"
            "Terbit: 2021-07-03 • 09.14 WIT | Updated: 2021-07-04 • 01.03 WIT\n\n" + AFTER)
    assert clean_text(text).published == "2021-07-03T09:14:00+09:00"


def test_a_dateline_under_the_title_over_a_date_above_the_sites_name():
    # "17/01/2023" over the site's name is the day the page was saved; the dateline under the title is the article's
    text = ("17/01/2023\n\nKABARCONTOH.EXAMPLE\n\nJudul Berita Yang Cukup Panjang Sekali\n\nfacebook twitter "
            "whatsapp\n\n25 Mei 2022 - 08:19:04 WIT • Diperbarui: 26 Mei 2022 - 08:45:04 WIT\n\n" + LEAD)
    assert clean_text(text).published == "2022-05-25T08:19:04+09:00"


def test_a_labelled_date_under_the_text_takes_its_time_from_the_next_line():
    # "DITERBITKAN 2019-05-10" / "09:28 WITA": a date and its clock set on two lines
    text = (f"Judul Berita Yang Cukup Panjang Sekali\n\n{LEAD}\n\nDITERBITKAN 2019-05-10\n\n09:28 WITA\n\n"
            "UPDATE: 2019-05-10\n\n18:58 WITA\n\n" + AFTER)
    assert clean_text(text).published == "2019-05-10T09:28:00+08:00"


def test_the_leads_own_dateline_over_a_linked_headlines_date_under_the_text():
    # "Baca juga: X (10/11/2021)" points at another article; the lead's "Mataram, 30 November 2021 –" is this one's
    text = ("Judul Berita Yang Cukup Panjang Sekali\n\nMataram, 30 November 2021 – Pemerintah kota meraih penghargaan "
            "keterbukaan informasi publik tahun ini, kata pejabat setempat.\n\nBaca juga: Kapal Penumpang Tertahan "
            "di Pelabuhan (10/11/2021)\n\nWarga menyambut baik penghargaan itu, kata pejabat setempat kepada wartawan.")
    assert clean_text(text).published == "2021-11-30"


def test_a_photos_day_in_a_caption_is_no_publication_date():
    # "Suasana …, Minggu (21/8/2022). (FOTO: X)" under the title: the photo's day; the dateline under the text wins
    text = ("Kamis, 20 April 2023\n\nJudul Berita Yang Cukup Panjang Sekali\n\nSuasana kegiatan di kota, Minggu "
            f"(21/8/2022). (FOTO: RADAR CONTOH)\n\n{LEAD}\n\n21/8/2022 08:04 WIB • UPDATE: 21/8/2022 16:51 WIB\n\n"
            + AFTER)
    assert clean_text(text).published == "2022-08-21T08:04:00+07:00"


@pytest.mark.parametrize("lead, published", [
    ("Ternate, 30 Oktober 2020 – Pemerintah kota meraih penghargaan keterbukaan informasi publik tahun ini, kata "
     "pejabat setempat.", "2020-10-30"),
    (LEAD + "\n\nJumat, 06/08/2021, 07.04 WITA", "2021-08-06T07:04:00+08:00")])
def test_the_leads_dateline_or_one_under_the_text_over_a_date_above_the_title(lead, published):
    # "Jumat, 30 April 2021 | 05:21 WIB" over the title, no label: the day the page was saved
    text = f"Jumat, 30 April 2021 | 05:21 WIB\n\nJudul Berita Yang Cukup Panjang Sekali\n\n{lead}\n\n{AFTER}"
    assert clean_text(text).published == published


def test_a_date_above_the_title_stands_when_nothing_else_dates_the_page():
    text = f"Jumat, 30 April 2021 | 05:21 WIB\n\nJudul Berita Yang Cukup Panjang Sekali\n\n{LEAD}"
    assert clean_text(text).published == "2021-04-30T05:21:00+07:00"


@pytest.mark.parametrize("printed, when, offset", [
    ("Senin, 17/03/25 14:30 WIB", datetime(2025, 3, 17, 14, 30), "+07:00"),  # a two-digit year in a dateline
    ("2025/03/17 14:30", datetime(2025, 3, 17, 14, 30), None),  # the year first, with slashes
    ("2025-03-17T14:30:00+07:00", datetime(2025, 3, 17, 14, 30), "+07:00"),  # ISO 8601 as printed
    ("17 Mrt 2025", datetime(2025, 3, 17), None)])  # "Mrt", Maret shortened
def test_more_written_forms_of_a_dateline(printed, when, offset):
    assert [(s.when, s.offset) for s in find_datelines(printed, FACTS)] == [(when, offset)]


def test_a_two_digit_year_needs_a_dateline_around_it():
    # "1/2/34" in a sentence is no date; "Senin, 17/3/25" or "17/03/25 14.30" is
    assert [s.when for s in find_datelines("skor 1/2/34 dan 17/3/25", FACTS)] == []
