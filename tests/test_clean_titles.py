"""Titles: the headline without the site's or section's name (pages written for these tests)."""

from __future__ import annotations

import pytest

from pipeline.clean import clean_html

BODY = "".join(f"<p>Paragraf {n} berita ini cukup panjang, dengan koma, agar terpilih sebagai isi berita "
               f"oleh pembersih halaman, kata pejabat setempat.</p>" for n in range(1, 4))


def title_of(head: str, url: str, h1: str = "Nasional") -> str | None:
    page = f"<html><head>{head}</head><body><h1>{h1}</h1><div>{BODY}</div></body></html>"
    return clean_html(page, url).title


@pytest.mark.parametrize("title, url, expected", [
    ("Judul Berita Yang Panjang :: Kabar Kita", "https://kabarkita.co.id/a/1", "Judul Berita Yang Panjang"),
    ("Judul Berita Yang Panjang :: Portal Berita Daerah", "https://pbd.co.id/a/1", "Judul Berita Yang Panjang"),
    ("Judul Berita Yang Panjang | Nasional | Harian Nusantara", "https://harnus.co.id/a/1",
     "Judul Berita Yang Panjang"),
    ("Judul Berita Yang Panjang - Harnus.co.id", "https://m.harnus.co.id/a/1", "Judul Berita Yang Panjang"),
    ("Judul Berita Yang Panjang - Tribun Jateng", "https://jateng.tribunnews.com/a/1", "Judul Berita Yang Panjang"),
    ("Jokowi - Prabowo Bertemu di Istana Negara", "https://harnus.co.id/a/1", "Jokowi - Prabowo Bertemu di Istana Negara"),
    ("Kasus Suap: KPK Periksa Lima Saksi Lagi", "https://harnus.co.id/a/1", "Kasus Suap: KPK Periksa Lima Saksi Lagi"),
])
def test_site_and_section_suffixes_are_dropped(title, url, expected):
    assert title_of(f"<title>{title}</title>", url) == expected


def test_a_meta_title_cut_by_broken_quoting_gives_way_to_the_full_one():
    head = ("<meta property=\"og:title\" content='Warga Menyebut Jalan Itu 'Jalur Neraka' | Warta Contoh'>"
            "<title>Warga Menyebut Jalan Itu 'Jalur Neraka' | Warta Contoh</title>")
    assert title_of(head, "https://warta-contoh.id/berita/1") == "Warga Menyebut Jalan Itu 'Jalur Neraka'"


def test_a_shorter_meta_title_is_not_replaced_by_one_with_the_site_name():
    head = "<meta property=\"og:title\" content='Judul Berita Yang Panjang'><title>Judul Berita Yang Panjang - Abc</title>"
    assert title_of(head, "https://xyz.id/a") == "Judul Berita Yang Panjang"


def test_a_heading_that_is_the_sites_name_is_not_the_title():
    head = "<title>Pemkot Raih Predikat Zona Hijau | Berita Terkini dari Sukamaju</title>"
    assert title_of(head, "https://beritasukamaju.co.id/a/1", h1="Berita Terkini dari Sukamaju") == \
        "Pemkot Raih Predikat Zona Hijau"
