"""Content scoring on page shapes that trip simple extractors (pages written for these tests)."""

from __future__ import annotations

from pipeline.clean import clean_html

PARAGRAPH = ("Paragraf {n} menjelaskan hasil penilaian pelayanan publik di kota itu, dengan rincian yang "
             "cukup panjang, sehingga jelas bahwa ini bagian dari isi berita dan bukan menu.")


def paragraphs(first: int, last: int) -> str:
    return "".join(f"<p>{PARAGRAPH.format(n=n)}</p>" for n in range(first, last + 1))


def test_article_split_by_ads_is_read_whole():
    page = f"""<html><body><div class="page"><div class="story">
      <div class="chunk"><div class="inner">{paragraphs(1, 3)}</div></div>
      <div class="ad-slot"><a href="/promo">Promo Spesial Hari Ini</a></div>
      <div class="chunk"><div class="inner">{paragraphs(4, 9)}</div></div>
    </div>
    <ul class="menu"><li><a href="/a">Beranda</a></li><li><a href="/b">Nasional</a></li></ul></div></body></html>"""
    article = clean_html(page)
    assert [p.split()[1] for p in article.paragraphs] == [str(n) for n in range(1, 10)]


def test_wrapper_with_a_misleading_class_still_holds_the_article():
    page = f"""<html><body><div class="layout-sidebar-fixed"><div class="entry">{paragraphs(1, 5)}</div></div>
    <div class="cookie-banner"><p>Kami memakai cookie untuk meningkatkan pengalaman Anda di situs ini, setuju?</p></div>
    </body></html>"""
    article = clean_html(page)
    assert len(article.paragraphs) == 5
    assert "cookie" not in article.text


def test_comments_stay_out():
    comments = "".join(f"<p>Komentar pembaca nomor {n} yang cukup panjang tentang berita ini, menurut saya "
                       f"penilaian ini sangat penting bagi warga kota dan harus terus dijaga.</p>" for n in range(12))
    page = f"""<html><body><article><div class="content">{paragraphs(1, 4)}</div>
    <section class="comments-area">{comments}</section></article></body></html>"""
    article = clean_html(page)
    assert len(article.paragraphs) == 4
    assert "Komentar pembaca" not in article.text


def test_inline_read_also_and_related_box_are_dropped():
    page = f"""<html><body><div class="detail">{paragraphs(1, 2)}
    <p>Baca juga: <a href="/x">Harga Beras Turun di Pasar Induk</a></p>
    <table class="linksisip"><tr><td><a href="/y">Simak juga: Festival Kota Dibuka Akhir Pekan</a></td></tr></table>
    {paragraphs(3, 4)}
    <div class="related-articles"><h3>Berita Terkait</h3><ul><li><a href="/z">Judul Berita Lain Yang Panjang</a></li></ul></div>
    </div></body></html>"""
    article = clean_html(page)
    assert len(article.paragraphs) == 4
    assert "Harga Beras" not in article.text and "Festival" not in article.text and "Judul Berita Lain" not in article.text
