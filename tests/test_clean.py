"""The clean stage on small pages and text copies written for these tests."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

import pipeline.clean as clean
from pipeline.clean import clean_document, clean_html, clean_text
from pipeline.errors import InputError

DATA = Path(__file__).parent / "data" / "clean"


@pytest.fixture(scope="module")
def portal():
    return clean_html((DATA / "portal_article.html").read_bytes(), "https://warta-contoh.id/berita/x")


def test_public_surface():
    assert set(clean.__all__) >= {"clean_html", "clean_text", "clean_document"}
    for name in clean.__all__:
        assert hasattr(clean, name)


def test_html_body_keeps_the_article_paragraphs(portal):
    assert portal.paragraphs[0].startswith("Sukamaju, Warta Contoh - Pemerintah Kota Sukamaju")
    assert portal.paragraphs[-1].startswith("Tahun lalu, kota itu memperoleh nilai 88,40")
    assert len(portal.paragraphs) == 4
    assert portal.text == "\n".join(portal.paragraphs)


@pytest.mark.parametrize("phrase", ["Baca juga", "ADVERTISEMENT", "kali dibaca", "Berita Terkait", "facebook",
                                    "Foto: Humas", "Copyright", "Terpopuler", "Beranda", "Festival Kuliner"])
def test_html_body_drops_boilerplate(portal, phrase):
    assert phrase.lower() not in portal.text.lower()


def test_html_metadata(portal):
    assert portal.title == "Kota Sukamaju Raih Predikat Zona Hijau"
    assert portal.published == "2024-12-04T20:00:00+07:00"
    assert portal.author == "Sari Wulandari"
    assert portal.canonical_url == "https://warta-contoh.id/berita/2024/12/04/kota-sukamaju-zona-hijau"
    assert portal.site == "warta-contoh.id"
    assert portal.language == "id"
    assert portal.is_article


def test_bytes_decide_when_the_declared_charset_lies():
    page = ('<html><head><meta charset="iso-8859-1"><title>Kota “Sukamaju” Menang Lagi</title></head>'
            '<body><p>Warga merayakan kemenangan “Sukamaju” di alun-alun kota, kata pejabat setempat.</p>'
            '</body></html>').encode("utf-8")
    article = clean_html(page)
    assert article.title == "Kota “Sukamaju” Menang Lagi"
    assert "“Sukamaju”" in article.text


def test_declared_charset_used_when_bytes_are_not_utf8():
    page = ('<html><head><meta charset="iso-8859-1"><title>Caf\xe9 Baru Dibuka di Kota</title></head>'
            '<body><p>Sebuah caf\xe9 baru dibuka di pusat kota, kata pemiliknya kepada wartawan.</p>'
            '</body></html>').encode("latin-1")
    assert clean_html(page).title == "Caf\xe9 Baru Dibuka di Kota"


def test_visible_dateline_when_no_meta():
    page = """<html><body><h1>Judul Berita Yang Cukup Panjang</h1>
    <span class="tgl">Kompas.com - 04/03/2022, 20:06 WIB</span>
    <div id="isi"><p>JAKARTA, KOMPAS.com - Paragraf pertama berita ini cukup panjang untuk dinilai sebagai isi.</p>
    <p>Paragraf kedua juga berisi kalimat yang panjang, dengan koma, agar terpilih sebagai isi berita.</p></div>
    </body></html>"""
    article = clean_html(page)
    assert article.published == "2022-03-04T20:06:00+07:00"
    assert article.published_precision == "time"


def test_first_publication_preferred_over_update():
    page = """<html><body><h1>Judul Berita Yang Cukup Panjang</h1>
    <div>Diperbarui 18 Jun 2025, 10:21 WIB</div><div>Dipublikasikan 17 Jun 2025, 08:00 WITA</div>
    <div id="isi"><p>Paragraf pertama berita ini cukup panjang untuk dinilai sebagai isi, dengan koma.</p>
    <p>Paragraf kedua juga berisi kalimat yang panjang, dengan koma, agar terpilih sebagai isi berita.</p></div>
    </body></html>"""
    assert clean_html(page).published == "2025-06-17T08:00:00+08:00"


def test_url_date_gives_only_the_day():
    text = "Judul Tanpa Tanggal\n\nJakarta - Isi berita yang cukup panjang untuk menjadi paragraf pertama berita ini."
    article = clean_text(text, "https://contoh.id/2023/12/18/judul-tanpa-tanggal/")
    assert article.published == "2023-12-18"
    assert article.published_precision == "day"


def test_time_without_zone_gives_only_the_day():
    text = ("Judul Berita Contoh\nRabu, 29 November 2023 23:43\n"
            "Jakarta - Isi berita yang cukup panjang untuk menjadi paragraf pertama berita ini.")
    assert clean_text(text).published == "2023-11-29"


def test_listing_page_is_not_an_article():
    article = clean_html((DATA / "listing.html").read_bytes())
    assert not article.is_article


def test_text_copy_keeps_only_the_body():
    article = clean_text((DATA / "copy_with_boilerplate.txt").read_text(encoding="utf-8"))
    assert article.paragraphs == (
        "Sukamaju, Warta Contoh - Pemerintah Kota Sukamaju meraih predikat zona hijau dalam penilaian "
        "kepatuhan pelayanan publik tahun 2024, dengan nilai 91,25.",
        "Penghargaan diterima langsung oleh sekretaris daerah di aula kantor gubernur bersama sejumlah "
        "kabupaten lain.",
        "Tahun lalu, kota itu memperoleh nilai 88,40 dan berada di kategori yang sama.",
    )
    assert article.title == "Kota Sukamaju Raih Predikat Zona Hijau"
    assert article.published == "2024-12-03T09:15:00+08:00"
    assert article.author == "Sari Wulandari"


def test_text_without_dateline_lead_starts_at_the_first_prose_line():
    text = ("Judul Yang Pendek Sekali\noleh\nKeterangan foto di bawah gambar utama. (Foto: Dok)\n"
            "Prestasi kembali ditorehkan pemerintah kota tahun ini, kata pejabat setempat kepada wartawan.\n"
            "Kalimat kedua juga cukup panjang untuk dianggap bagian dari isi berita ini.\n(abc/def)")
    article = clean_text(text)
    assert article.paragraphs[0].startswith("Prestasi kembali")
    assert article.paragraphs[-1].endswith("isi berita ini.")


def test_store_prefix_is_dropped():
    text = " date 2020-07 PT Contoh Tbk meraih tiga penghargaan sekaligus dalam acara tahunan di Jakarta."
    assert clean_text(text).paragraphs[0].startswith("PT Contoh Tbk")


@pytest.mark.parametrize("name", ["portal_article.html", "copy_with_boilerplate.txt"])
def test_clean_document_reads_by_content(tmp_path, name):
    target = tmp_path / (name + ".data")  # no telling suffix: the content decides
    target.write_bytes((DATA / name).read_bytes())
    assert "Pemerintah Kota Sukamaju" in clean_document(target).text


def test_clean_document_reads_gzip(tmp_path):
    target = tmp_path / "page.html.gz"
    target.write_bytes(gzip.compress((DATA / "portal_article.html").read_bytes()))
    article = clean_document(target)
    assert article.title == "Kota Sukamaju Raih Predikat Zona Hijau"
    assert article.source == str(target)


@pytest.mark.parametrize("content, problem", [
    (None, "no such file"),
    (b"", "empty"),
    (b"\x00\x01\x02binary\x00" * 20, "binary"),
    (b"<html><body>  </body></html>", "without any text"),
])
def test_clean_document_errors(tmp_path, content, problem):
    target = tmp_path / "doc.html"
    if content is not None:
        target.write_bytes(content)
    with pytest.raises(InputError) as error:
        clean_document(target)
    assert problem in str(error.value)
    assert str(target) in str(error.value)
    assert "\n" not in str(error.value)


def test_clean_document_rejects_a_directory(tmp_path):
    with pytest.raises(InputError, match="directory"):
        clean_document(tmp_path)


def test_a_stored_month_prefix_is_no_publication_day_but_dates_the_text():
    from pipeline.extract import extract
    article = clean_text(" date 2023-04 Pemkab Kali Jernih meraih Penghargaan Pelestari Sungai yang "
                         "diserahkan di Gedung Mawar, Jakarta, pada 19 April malam.\n")
    assert article.published is None and article.published_precision == "month"
    assert str(article.published_date) == "2023-04-30"
    assert not article.text.startswith("date")
    assert {a.date for a in extract(article).awards} == {"2023-04-19"}


def test_a_heading_in_capitals_with_a_dash_is_no_lead():
    text = ("Sukamaju- Pemerintah kota kembali meraih penghargaan keterbukaan informasi tahun ini, kata pejabat.\n"
            "Perolehan nilai itu menjadi yang tertinggi kedua di antara seluruh peserta penilaian provinsi.\n"
            "Berikut urutan peraih penghargaan dari nilai tertinggi\n"
            "DAFTAR DINAS KOTA SUKAMAJU – PENGHARGAAN INFORMASI 2025 (URUT NILAI TERTINGGI)\n"
            "- Dinas Komunikasi – 99,48\n- Sekretariat Daerah – 98,78\n")
    assert clean_text(text).paragraphs[0].startswith("Sukamaju- Pemerintah kota")


def test_a_closing_list_of_labelled_items_is_the_articles_own():
    text = ("Judul Berita Yang Cukup Panjang\n\nSukamaju - Panitia mengumumkan para pemenang lomba desa wisata "
            "tingkat provinsi tahun ini, kata ketua panitia.\nBerikut daftar pemenangnya:\n"
            "Juara 1: Desa Wisata Sukamaju\nJuara 2: Desa Wisata Sukamulya\nHarapan: Desa Wisata Pasir Putih\n"
            "Pukul 19.00 WIB : Malam penganugerahan\n")
    assert clean_text(text).paragraphs[-1] == "Pukul 19.00 WIB : Malam penganugerahan"


def test_a_dateline_left_alone_on_its_line_opens_the_body():
    text = ("Judul Berita Yang Cukup Panjang\nOleh Sari Wulandari\nJakarta –\n"
            "Dewan juri berharap penghargaan ini diselenggarakan setiap tahun, kata ketua dewan juri.\n"
            "Kalimat kedua juga cukup panjang untuk dianggap bagian dari isi berita ini.")
    assert clean_text(text).paragraphs[0] == "Jakarta –"


def test_a_caption_with_a_slashed_credit_is_not_the_start():
    text = ("Judul Berita Yang Cukup Panjang\n\nADIPURA : Bupati saat menerima piala dari wakil presiden di "
            "istana negara. (Humas/istimewa).\n\nWarta-Sukamaju —Luar biasa, untuk kesebelas kalinya kota ini meraih "
            "piala kebersihan, kata bupati.\nKalimat kedua juga cukup panjang untuk dianggap bagian dari isi berita.")
    assert clean_text(text).paragraphs[0].startswith("Warta-Sukamaju —Luar biasa")


def test_a_line_opening_with_selengkapnya_is_body_unless_it_points_elsewhere():
    text = ("Kota Sukamaju meraih Piala Adipura 2025 dalam malam penganugerahan di Jakarta, Kamis, kata pejabat setempat.\n"
            "Selengkapnya, berikut daftar daerah yang memperoleh penghargaan Adipura Tahun 2025:\n"
            "1. Kota Sukamaju – Piala Adipura (Kota Sedang)\n"
            "Selengkapnya baca di laman kementerian.\n")
    paragraphs = clean_text(text).paragraphs
    assert "Selengkapnya, berikut daftar daerah yang memperoleh penghargaan Adipura Tahun 2025:" in paragraphs
    assert not any(p.startswith("Selengkapnya baca") for p in paragraphs)
