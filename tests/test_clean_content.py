"""Content scoring on page shapes that trip simple extractors (pages written for these tests)."""

from __future__ import annotations

import pytest

from pipeline.clean import clean_html, clean_text

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


def _page(body: str, head: str = "") -> str:
    return f"<html><head><title>Judul Berita Yang Cukup Panjang</title>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize("caption", [
    "Wali kota menerima piala di aula balai kota, Rabu (4/12).",
    "Wali kota menerima piala di aula balai kota (Antara Photo/Budi Santoso)",
    "Foto: Humas Pemkot Sukamaju",
    "( Image : Ist)",
    "Piala penghargaan (c) Humas Pemkot",
])
def test_a_line_under_an_image_is_a_caption(caption):
    page = _page(f"""<div class="isi">{paragraphs(1, 2)}
      <p style="text-align:center"><img src="/foto.jpg"><br><em>{caption}</em></p>
      {paragraphs(3, 4)}</div>""")
    article = clean_html(page)
    assert len(article.paragraphs) == 4
    assert caption not in article.text


def test_text_running_on_after_an_inline_image_is_the_paragraphs_own():
    page = _page(f"""<div class="isi">{paragraphs(1, 2)}
      <p><a href="/foto.jpg"><img src="/foto.jpg"></a>Kalimat ini melanjutkan berita setelah gambar kecil.</p>
      {paragraphs(3, 4)}</div>""")
    assert "Kalimat ini melanjutkan berita" in clean_html(page).text


def test_a_lead_under_the_top_image_stays():
    page = _page(f"""<div class="isi"><figure><img src="/utama.jpg"><div>SUKAMAJU, Warta Contoh - Pemerintah kota
      meraih penghargaan pelayanan publik tahun ini.</div></figure>{paragraphs(1, 3)}</div>""")
    assert clean_html(page).paragraphs[0].startswith("SUKAMAJU, Warta Contoh - Pemerintah")


@pytest.mark.parametrize("marker", ["Advertisement", "ADVERTISING", "Scroll to continue with content", "Loading...",
                                    "IKLAN"])
def test_ad_placeholders_in_their_own_block_never_reach_the_body(marker):
    article = clean_html(_page(f"""<div class="isi">{paragraphs(1, 2)}<div>{marker}</div>{paragraphs(3, 4)}</div>"""))
    assert len(article.paragraphs) == 4 and marker not in article.text


@pytest.mark.parametrize("marker", ["ADVERTISEMENT", "ADVERTISING", "SCROLL TO CONTINUE WITH CONTENT"])
def test_ad_markers_never_reach_the_body(marker):
    page = _page(f"""<div class="isi">{paragraphs(1, 2)}<div>{marker}</div>
      <p>Kalimat pembuka paragraf. <span>{marker}</span> Kalimat penutup paragraf yang cukup panjang.</p>
      {paragraphs(3, 4)}</div>""")
    article = clean_html(page)
    assert marker not in article.text
    assert "Kalimat pembuka paragraf. Kalimat penutup paragraf yang cukup panjang." in article.paragraphs


def test_ad_markers_in_a_text_copy_are_dropped():
    text = ("Judul Berita Yang Cukup Panjang\n\nSukamaju - Pemerintah kota meraih penghargaan tahun ini, "
            "kata pejabat setempat.\nADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\n"
            "Penghargaan diterima di aula kantor gubernur bersama kabupaten lain.")
    assert "ADVERTISEMENT" not in clean_text(text).text and "SCROLL" not in clean_text(text).text


def test_a_platform_disclaimer_is_not_the_article():
    page = _page(f"""<div class="post"><div class="pemberitahuan">Warta Contoh adalah platform blog. Konten ini
      menjadi tanggung jawab penulis dan tidak mewakili pandangan redaksi.</div>{paragraphs(1, 4)}</div>""")
    assert "tanggung jawab" not in clean_html(page).text


def test_a_related_box_opened_by_a_heading_ends_the_article():
    teasers = "".join(f"<h4><a href='/b{n}'>Judul Berita Lain Nomor {n} Yang Panjang</a></h4>"
                      f"<p>Ringkasan berita lain nomor {n} yang terpotong di tengah kalimat dan…</p>" for n in range(3))
    page = _page(f"""<div class="isi">{paragraphs(1, 4)}<h5>Related Topics</h5>{teasers}</div>""")
    article = clean_html(page)
    assert len(article.paragraphs) == 4 and "Ringkasan" not in article.text


def test_teasers_under_linked_headlines_are_dropped_and_a_closing_heading_too():
    teasers = "".join(f"<h4><a href='/b{n}'>Judul Berita Lain Nomor {n} Yang Panjang</a></h4>"
                      f"<p>Ringkasan berita lain nomor {n} yang terpotong di tengah kalimat dan…</p>" for n in range(3))
    page = _page(f"""<div class="isi">{paragraphs(1, 4)}<h3>ARTIKEL PILIHAN (3)</h3>{teasers}</div>""")
    article = clean_html(page)
    assert len(article.paragraphs) == 4 and "ARTIKEL" not in article.text


def test_a_deck_repeating_the_description_is_not_the_article():
    head = '<meta name="description" content="Kota itu meraih predikat tertinggi tahun ini.">'
    page = _page(f"""<div class="isi"><h3>Kota itu meraih predikat tertinggi tahun ini.</h3>{paragraphs(1, 4)}</div>""", head)
    assert "predikat tertinggi" not in clean_html(page).text


def test_a_lead_in_its_own_block_before_the_body_is_kept():
    promos = "".join(f"<p><a href='/p{n}'>Promo Langganan Koran Digital Hemat Setahun Penuh Nomor {n}</a></p>"
                     for n in range(8))
    page = _page(f"""<h1>Judul Berita Yang Cukup Panjang</h1><div class="wrap"><div class="byline">Oleh Sari</div>
      <div class="lead"><p>SUKAMAJU, Warta Contoh - Pemerintah kota meraih predikat tertinggi dalam penilaian
      pelayanan publik tahun ini.</p></div>
      <div class="box">{promos}</div>
      <div class="detail">{paragraphs(1, 9)}</div></div>""")
    article = clean_html(page)
    assert article.paragraphs[0].startswith("SUKAMAJU, Warta Contoh - Pemerintah kota")
    assert len(article.paragraphs) == 10


@pytest.mark.parametrize("url", ["https://warta-contoh.id/", "https://warta-contoh.id/index.php", "warta-contoh.id"])
def test_a_sites_front_page_is_not_an_article(url):
    page = _page(f"""<div class="isi">{paragraphs(1, 4)}</div>""")
    assert not clean_html(page, url).is_article
    assert clean_html(page, url + ("/" if not url.endswith("/") else "") + "berita/1").is_article


def test_a_single_cut_off_teaser_is_not_an_article():
    page = _page("""<div class="home"><article><h3><a href="/a">Judul</a></h3>
      <p>Untuk menghidupkan kembali sektor pariwisata, maka pemerintah kota bersama warga akan...</p>
      <a href="/a">Read more</a></article></div>""",
                 '<script type="application/ld+json">{"@type": "WebPage", "name": "Beranda"}</script>')
    assert not clean_html(page).is_article


def test_the_rest_of_a_text_cut_in_two_by_a_box_is_read():
    box = "".join(f"<li><a href='/v{n}'>Video Pilihan Nomor {n} Tentang Kota</a></li>" for n in range(6))
    page = _page(f"""<div class="artikel"><h1>Judul Berita Yang Cukup Panjang</h1>
      <div class="isi-artikel">{paragraphs(1, 8)}</div>
      <div class="kotak-video"><h3>Video Pilihan</h3><ul>{box}</ul></div>
      <div class="isi-artikel">{paragraphs(9, 9)}</div>
      <div class="profil-penulis"><p>Sari Wulandari adalah wartawan yang meliput pemerintahan kota sejak lama,
      dan menulis banyak laporan tentang pelayanan publik.</p></div></div>""")
    article = clean_html(page)
    assert [p.split()[1] for p in article.paragraphs] == [str(n) for n in range(1, 10)]


def test_a_byline_block_is_not_the_article():
    page = _page(f"""<div class="story"><div class="body">By SUKAMAJU POST STAFF</div>
      <div class="body">{paragraphs(1, 4)}</div></div>""")
    assert "STAFF" not in clean_html(page).text


def test_with_two_canonical_links_the_articles_own_is_chosen_and_the_page_stays_an_article():
    head = ('<link rel="canonical" href="https://warta-contoh.id/">'
            '<link rel="canonical" href="https://warta-contoh.id/2022/03/berita-kota.html">')
    article = clean_html(_page(f"""<div class="isi">{paragraphs(1, 4)}</div>""", head))
    assert article.canonical_url == "https://warta-contoh.id/2022/03/berita-kota.html"
    assert article.is_article


def test_a_short_first_paragraph_under_the_top_image_is_the_articles_own():
    page = _page(f"""<div class="isi"><img src="/utama.jpg">
      <p>Pemerintah kota meraih predikat tertinggi dalam penilaian pelayanan publik tahun ini.</p>
      {paragraphs(1, 3)}</div>""")
    assert clean_html(page).paragraphs[0].startswith("Pemerintah kota meraih predikat tertinggi")


def test_bullets_the_article_announces_with_a_colon_are_its_list():
    text = ("Judul Berita Yang Cukup Panjang\n\nSukamaju - Majalah Kali Jernih menganugerahkan "
            "penghargaan kepada 27 perusahaan di Jakarta, Rabu malam. Berikut ringkasan pemenang utamanya:\n"
            "• Grand Award: Batu Putih Group\n• Kategori Pendidikan: Yayasan Kali Jernih\n"
            "Penganugerahan tahun keenam ini diikuti 112 peserta dari berbagai sektor usaha.\n"
            "• Harga Cabai Rawit Naik Lagi Jelang Akhir Tahun\n"
            "Para pemenang menerima trofi dari pemimpin redaksi majalah itu di atas panggung.")
    body = clean_text(text).text
    assert "• Grand Award: Batu Putih Group" in body and "Kategori Pendidikan: Yayasan Kali Jernih" in body
    assert "Harga Cabai" not in body  # a bulleted headline with no list announced is a link
