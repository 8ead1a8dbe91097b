"""The page walk (pipeline/clean/dom.py) on shapes that break recursive walkers."""

from __future__ import annotations

from pipeline.clean import clean_html

PARAGRAPH = ("Paragraf {n} menjelaskan hasil penilaian pelayanan publik di kota itu, dengan rincian yang "
             "cukup panjang, sehingga jelas bahwa ini bagian dari isi berita.")


def _nested_page(depth: int, tag: str = "div") -> str:
    body = "".join(f"<p>{PARAGRAPH.format(n=n)}</p>" for n in range(1, 6))
    return (f"<html><head><title>Halaman Yang Bersarang Sangat Dalam</title></head><body>"
            f"{f'<{tag}>' * depth}{body}{f'</{tag}>' * depth}</body></html>")


def test_a_page_nested_thousands_deep_is_cleaned():
    article = clean_html(_nested_page(5000))
    assert [p.split()[1] for p in article.paragraphs] == ["1", "2", "3", "4", "5"]
    assert article.title == "Halaman Yang Bersarang Sangat Dalam"


def test_deep_inline_nesting_keeps_the_text():
    article = clean_html(_nested_page(3000, "span"))
    assert len(article.paragraphs) == 5


def test_json_ld_nested_deeper_than_the_json_parser_goes_is_skipped():
    deep = "[" * 100_000 + "]" * 100_000
    page = (f'<html><head><title>Judul Berita Yang Cukup Panjang</title>'
            f'<script type="application/ld+json">{deep}</script></head><body>'
            + "".join(f"<p>{PARAGRAPH.format(n=n)}</p>" for n in range(1, 4)) + "</body></html>")
    assert len(clean_html(page).paragraphs) == 3
