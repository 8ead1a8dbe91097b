"""Winners of film and music awards reported in prose and in winner lists, on sentences
written for these tests (fictional ceremonies, films and people)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_support import analyse


def awards_of(nlp, text, published=date(2024, 12, 10)):
    return list(analyse(nlp, text, published)._.awards)


def test_an_organisers_abbreviation_after_the_award_is_its_giver_not_its_name(nlp):
    text = ("Festival Sinema Nusantara (FSN) digelar pada Sabtu, 7 Desember 2024 di Gedung "
            "Kesenian Batu Putih.\n"
            "Daftar pemenang Piala Layar Emas FSN 2024:\n"
            "Sutradara Terbaik: Rama Wijaya – Langit Senja\n")
    awards = awards_of(nlp, text)
    assert [(a.recipient.name, a.name) for a in awards] == [("Rama Wijaya", "Piala Layar Emas")]


def test_a_quoted_song_in_a_winner_list_goes_to_the_people_its_credit_names(nlp):
    text = ("Daftar pemenang Piala Layar Emas 2024:\n"
            "Lagu Tema Terbaik: “Senja di Dermaga” – Langit Kedua "
            "(Musik/ Lirik: Sinta Dewi)\n"
            "Lagu Pembuka Terbaik: “Pagi Biru” – Laut Tenang\n")
    names = {a.recipient.name: a.category for a in awards_of(nlp, text)}
    assert names == {"Sinta Dewi": "Lagu Tema Terbaik", "Pagi Biru": "Lagu Pembuka Terbaik"}


OPENING = ("Pengumuman pemenang Piala Layar Emas 12 berlangsung secara daring melalui akun "
           "media sosial panitia.\n")


def winners_of(nlp, text):
    return sorted((a.recipient.name, (a.category or "").lower(), a.year)
                  for a in awards_of(nlp, OPENING + text, published=None))


def test_a_work_that_becomes_a_category_winner_receives_the_ceremonys_award(nlp):
    text = "Film Langit Senja menjadi film cerita panjang terbaik 2023.\n"
    awards = awards_of(nlp, OPENING + text, published=None)
    assert [(a.recipient.name, a.recipient.type, a.name, a.category, a.year) for a in awards] == [
        ("Langit Senja", "work", "Piala Layar Emas", "film cerita panjang terbaik", 2023)]


def test_an_announced_winner_gets_the_edition_year_and_its_sentences_date(nlp):
    text = ("Malam puncak Piala Layar Emas 12 yang digelar pada Sabtu, 9 Maret 2024 mengumumkan "
            "film KABUT sebagai Film Terbaik tahun 2023, dengan total kemenangan di 5 kategori. "
            "Rama Wijaya berhasil memenangkan kategori Sutradara Terpilih, dan Sinta Dewi menjadi "
            "Aktris Utama Terpilih.\n")
    awards = {a.recipient.name: a for a in awards_of(nlp, OPENING + text, published=None)}
    assert {n: (a.category, a.year) for n, a in awards.items()} == {
        "KABUT": ("Film Terbaik", 2023), "Rama Wijaya": ("Sutradara Terpilih", 2023),
        "Sinta Dewi": ("Aktris Utama Terpilih", 2023)}
    assert awards["KABUT"].date == "2024-03-09"
    assert awards["Sinta Dewi"].date is None


def test_each_listed_category_of_a_winner_is_its_own_award(nlp):
    text = ("Bayu Pratama berhasil memenangkan dua kategori, yaitu penyutradaraan terbaik, dan "
            "penulisan skenario asli terbaik.\n")
    assert winners_of(nlp, text) == [
        ("Bayu Pratama", "penulisan skenario asli terbaik", None),
        ("Bayu Pratama", "penyutradaraan terbaik", None)]


def test_wins_of_a_film_and_the_last_category_for_a_named_person(nlp):
    text = ("Film Pagi di Dermaga (Fajar) karya sutradara Dewi Lestari meraih tiga kemenangan "
            "lewat kategori tata suara, tata musik, dan aktor pendukung terbaik untuk Yusuf "
            "Hidayat.\n")
    assert winners_of(nlp, text) == [
        ("Pagi di Dermaga (Fajar)", "tata musik", None),
        ("Pagi di Dermaga (Fajar)", "tata suara", None),
        ("Yusuf Hidayat", "aktor pendukung terbaik", None)]


def test_wins_told_in_the_passive_after_kemenangan(nlp):
    text = ("Film Laut Biru menjadi film terbaik 2023. Sementara itu, kemenangan film Laut Biru "
            "diperoleh pada kategori penyuntingan gambar dan lagu tema untuk karya lagu Raka "
            "Pradipta, Ombak Pagi.\n")
    assert winners_of(nlp, text) == [
        ("Laut Biru", "film terbaik", 2023), ("Laut Biru", "penyuntingan gambar", 2023),
        ("Raka Pradipta", "lagu tema", 2023)]


def test_a_counted_list_of_titles_are_winners_when_the_count_agrees(nlp):
    text = ("Ada tiga film yang meraih dua kemenangan, Laut Biru, Senja 2: Kembali, dan The "
            "Last 3. Juga empat film meraih satu kemenangan, Ombak, Pagi Buta, dan Sore.\n")
    assert winners_of(nlp, text) == [("Laut Biru", "", None), ("Senja 2: Kembali", "", None),
                                     ("The Last 3", "", None)]


@pytest.mark.parametrize("sentence", [
    "Film Laut Biru menjadi salah satu film terbaik tahun ini.",
    "Rama Wijaya masuk nominasi Aktor Utama Terbaik.",
    "Dia menjadi aktris utama terbaik.",
    "Film Laut Biru karya sutradara Dewi Lestari menjadi film terlaris.",
    "Festival Sinema Kali Jernih menjadi festival film terbaik di Asia.",
    "Pemkab Kali Jernih menjadi kabupaten terbaik dalam pelayanan publik.",
    "Acara ini menjadi ajang terbaik bagi sineas muda.",
    "Setiap karya yang terpilih diharapkan menjadi inspirasi terbaik.",
])
def test_phrases_that_name_no_winner(nlp, sentence):
    assert winners_of(nlp, sentence + "\n") == []


def test_no_ceremony_no_winner(nlp):
    assert awards_of(nlp, "Film Langit Senja menjadi film cerita panjang terbaik 2023.") == []


def test_joint_winners_are_one_record_each(nlp):
    text = "Sementara itu, Rama Wijaya dan Sinta Dewi menjadi penulis skenario terbaik.\n"
    assert winners_of(nlp, text) == [("Rama Wijaya", "penulis skenario terbaik", None),
                                     ("Sinta Dewi", "penulis skenario terbaik", None)]


def test_categories_enumerated_after_a_count_of_trophies(nlp):
    text = ("Film Ombak berhasil menyabet dua piala, yaitu Film Terbaik dan Sutradara Terbaik. "
            "Film Senja juga menyabet dua piala, yaitu di Kota Kali Jernih dan Batu Putih.\n")
    assert winners_of(nlp, text) == [("Ombak", "film terbaik", None),
                                     ("Ombak", "sutradara terbaik", None)]


def test_a_credited_director_in_the_sentence_does_not_receive_the_films_award(nlp):
    awards = awards_of(nlp, OPENING + "Film Ombak karya sutradara Dewi Lestari menjadi film "
                                      "terbaik 2023.\n", published=None)
    assert [(a.recipient.name, a.received_by) for a in awards] == [("Ombak", None)]
    assert awards[0].evidence[0].rule == "award:winner"


def test_a_category_handed_to_its_winners(nlp):
    text = ("Piala Layar Emas untuk Pemeran Utama Pria Terbaik jatuh kepada Bayu Pratama. "
            "Sementara itu, kategori Film Terbaik 2023 diraih oleh film Langit Senja. "
            "Kategori Desa Terbaik diberikan kepada Desa Sukamaju.\n")
    # a category given to a village is the village's award too: each category winner of a
    # ceremony is its own record, whoever wins it (GOLD-FORMAT "What counts")
    assert winners_of(nlp, text) == [("Bayu Pratama", "pemeran utama pria terbaik", 2023),
                                     ("Desa Sukamaju", "desa terbaik", 2023),
                                     ("Langit Senja", "film terbaik", 2023)]


def test_winners_get_the_day_and_place_of_an_event_told_apart_from_them(nlp):
    text = ("Malam puncak Piala Layar Emas 2024 digelar di Gedung Kesenian Batu Putih, Kota Muara "
            "Sari, Sabtu (14/12/2024). Film Ombak menjadi film terbaik. Rama Wijaya menjadi "
            "sutradara terbaik.")
    awards = awards_of(nlp, text, published=date(2024, 12, 15))
    assert {(a.recipient.name, a.date, a.place) for a in awards} == {
        ("Ombak", "2024-12-14", "Gedung Kesenian Batu Putih, Kota Muara Sari"),
        ("Rama Wijaya", "2024-12-14", "Gedung Kesenian Batu Putih, Kota Muara Sari")}


def test_a_range_of_days_is_no_day_of_the_winners(nlp):
    text = ("Pengumuman pemenang Piala Layar Emas 2024 berlangsung selama tiga hari, 12 hingga "
            "14 Desember 2024. Film Ombak menjadi film terbaik.")
    assert [a.date for a in awards_of(nlp, text)] == [None]


def test_an_award_named_in_the_winners_sentence_is_its_name(nlp):
    text = ("Rama Wijaya meraih Piala Citra Kali Jernih 2023 sebagai Pemeran Utama Pria Terbaik. "
            "Sinta Dewi membawa pulang Piala Layar Emas untuk kategori Aktris Utama Terbaik dan "
            "Aktris Favorit Terbaik. Bayu Pratama sukses meraih gelar Penata Musik Terbaik.\n")
    awards = awards_of(nlp, OPENING + text, published=None)
    assert sorted((a.recipient.name, a.name, a.category, a.year) for a in awards) == [
        ("Bayu Pratama", "Piala Layar Emas", "Penata Musik Terbaik", 2023),
        ("Rama Wijaya", "Piala Citra Kali Jernih", "Pemeran Utama Pria Terbaik", 2023),
        ("Sinta Dewi", "Piala Layar Emas", "Aktris Favorit Terbaik", 2023),
        ("Sinta Dewi", "Piala Layar Emas", "Aktris Utama Terbaik", 2023)]


@pytest.mark.parametrize("sentence", [
    "Rama Wijaya memperoleh nilai terbaik dalam ujian akting.",
    "Rama Wijaya mendapatkan kesempatan terbaik untuk tampil.",
    "Rama Wijaya berharap meraih Piala Layar Emas sebagai Aktor Terbaik tahun depan.",
])
def test_winning_verbs_without_a_category_won(nlp, sentence):
    assert winners_of(nlp, sentence + "\n") == []


def test_the_year_of_an_earlier_win_is_not_the_edition_of_the_others(nlp):
    text = ("Sebelumnya, Rama Wijaya meraih Piala Layar Emas 2019 sebagai Aktor Terbaik. "
            "Sinta Dewi menjadi aktris terbaik 2023. Bayu Pratama menjadi sutradara terbaik.\n")
    assert winners_of(nlp, text) == [("Bayu Pratama", "sutradara terbaik", 2023),
                                     ("Rama Wijaya", "aktor terbaik", 2019),
                                     ("Sinta Dewi", "aktris terbaik", 2023)]


def test_a_pronoun_or_a_demonstrative_stands_for_the_last_winner_named(nlp):
    text = ("Penyanyi Raka Pradipta menjadi musisi dengan piala terbanyak. Ia meraih kategori "
            "Penyanyi Solo Pria Terbaik dan Album Terbaik. Film Ombak menjadi film terbaik. "
            "Film tersebut juga memenangkan kategori Penata Musik Terbaik.\n")
    assert winners_of(nlp, text) == [
        ("Ombak", "film terbaik", None), ("Ombak", "penata musik terbaik", None),
        ("Raka Pradipta", "album terbaik", None),
        ("Raka Pradipta", "penyanyi solo pria terbaik", None)]


def test_a_pronoun_with_no_winner_before_it_is_nobody(nlp):
    assert winners_of(nlp, "Ia meraih kategori Penyanyi Solo Pria Terbaik.\n") == []


def test_quoted_titles_slashed_categories_and_an_award_handed_to_a_person(nlp):
    text = ("Lagu “Senja di Dermaga” yang dinyanyikan Dimas Arya terpilih sebagai Lagu "
            "Pop/Rock Terbaik. Penghargaan Pengabdian Seumur Hidup diberikan kepada maestro "
            "keroncong Sri Rahayu.\n")
    awards = awards_of(nlp, OPENING + text, published=None)
    assert sorted((a.recipient.name, a.name, a.category) for a in awards) == [
        ("Senja di Dermaga", "Piala Layar Emas", "Lagu Pop/Rock Terbaik"),
        ("Sri Rahayu", "Penghargaan Pengabdian Seumur Hidup", None)]


def test_only_articles_of_film_music_and_show_business_are_read(nlp):
    text = ("Malam penganugerahan Piala Abdi Praja 2024 digelar di Gedung Serba Guna Kali Jernih. "
            "Rama Wijaya menjadi pegawai teladan terbaik.\n")
    assert awards_of(nlp, text) == []
    assert [a.recipient.name for a in awards_of(nlp, text + "Sinta Dewi menjadi aktris terbaik.")] \
        == ["Rama Wijaya", "Sinta Dewi"]


@pytest.mark.parametrize("sentence", [
    "Sinta Dewi menjadi nomine Aktris Terbaik.",
    "Menurut Rama Wijaya, film Ombak menjadi film terbaik yang pernah ia tonton.",
    "Film Ombak menjadi film terbaik sepanjang masa.",
    "Film Ombak digadang-gadang menjadi film terbaik tahun ini.",
    "Rama Wijaya gagal menjadi aktor terbaik.",
    "Rama Wijaya, yang menjadi aktor terbaik tahun lalu, kini menjadi juri.",
])
def test_nominees_opinions_and_failures_are_no_winners(nlp, sentence):
    assert winners_of(nlp, sentence + "\n") == []


def test_a_ceremonys_edition_number_is_not_part_of_its_name(nlp):
    text = ("Daftar pemenang Piala Layar Emas 12:\n"
            "Sutradara Terbaik: Rama Wijaya – Langit Senja\n")
    assert [a.name for a in awards_of(nlp, text)] == ["Piala Layar Emas"]


def test_a_winners_table_gives_one_award_per_row():
    from pipeline import clean_html
    from pipeline.extract import extract
    lede = ("<p>Malam puncak Anugerah Seni Kali Jernih 2024 yang digelar Yayasan Seni Kali Jernih "
            "berlangsung meriah di Gedung Kesenian Mawar, Jakarta, Sabtu (16/11/2024) malam. Ratusan "
            "seniman dari berbagai daerah hadir dalam acara yang sudah digelar untuk kesebelas kalinya "
            "itu. Dewan juri menilai lebih dari 900 karya yang masuk sepanjang tahun ini.</p>"
            "<p>Ketua panitia mengatakan jumlah karya yang masuk meningkat dibanding tahun lalu, "
            "terutama dari kategori fotografi dan seni instalasi. Berikut daftar lengkap pemenangnya.</p>")
    table = ("<table><tr><th>Kategori</th><th>Pemenang</th><th>Karya</th></tr>"
             "<tr><td>Lukisan Terbaik</td><td>Ratna Wulandari</td><td>Senja di Dermaga</td></tr>"
             "<tr><td>Patung Terbaik</td><td>Bambang Sutrisno</td><td>Ibu Bumi</td></tr></table>")
    tail = ("<p>Para pemenang menerima trofi dan uang pembinaan. Panitia berharap ajang ini terus "
            "mendorong lahirnya seniman muda dari daerah.</p>")
    page = (f"<html><head><title>Daftar Pemenang Anugerah Seni Kali Jernih 2024</title></head><body>"
            f"<article><h1>Daftar Pemenang Anugerah Seni Kali Jernih 2024</h1>{lede}{table}{tail}"
            f"</article></body></html>")
    article = clean_html(page)
    assert "Lukisan Terbaik | Ratna Wulandari | Senja di Dermaga" in article.text
    got = {(a.recipient.name, a.category, a.name, a.date) for a in extract(article).awards}
    assert got == {("Ratna Wulandari", "Lukisan Terbaik", "Anugerah Seni Kali Jernih", "2024-11-16"),
                   ("Bambang Sutrisno", "Patung Terbaik", "Anugerah Seni Kali Jernih", "2024-11-16")}


def test_a_winner_named_with_a_role_set_off_by_commas_before_the_verb(nlp):
    awards = {a.recipient.name: a for a in analyse(nlp, (
        "Pemprov Aceh menyerahkan penghargaan Lomba Karya Jurnalistik 2023.\n\nSiti Lestari, reporter Radio Swara "
        "Kencana FM, keluar sebagai juara pertama kategori radio. Posisi kedua ditempati Nurul Hasibuan, reporter Radio "
        "Gema FM."), date(2023, 11, 20))._.awards}
    assert {n: a.grade for n, a in awards.items()} == {"Siti Lestari": "Juara I", "Nurul Hasibuan": "Peringkat II"}


def test_a_winner_who_had_won_before_told_with_a_time_adverb_after_the_name(nlp):
    awards = {(a.recipient.name, a.year, a.grade) for a in analyse(nlp, (
        "Pemprov Aceh mengumumkan para pemenang Lomba Karya Jurnalistik 2023. Juara pertama kategori radio diraih Maria "
        "Simanjuntak. Maria Simanjuntak sebelumnya juga meraih juara III pada Lomba Karya Jurnalistik 2021."),
        date(2023, 11, 20))._.awards}
    assert awards == {("Maria Simanjuntak", 2023, "Juara I"), ("Maria Simanjuntak", 2021, "Juara III")}


def test_a_selection_contest_is_an_award_and_a_winners_school_after_dari_is_no_giver(nlp):
    awards = {a.recipient.name: a for a in analyse(nlp, (
        "Disdik Kalimantan Tengah mengumumkan para pemenang Pemilihan Guru Berprestasi Tahun 2023.\n\nJuara 1 kategori "
        "kepala sekolah diraih Lina Setiawan, S.Pd., M.Pd. dari SMK Negeri 8 Lamandau dengan nilai 91,75."),
        date(2023, 12, 17))._.awards}
    award = awards["Lina Setiawan"]
    assert (award.name, award.grade, award.giver.name) == (
        "Pemilihan Guru Berprestasi", "Juara I", "Dinas Pendidikan Provinsi Kalimantan Tengah")


def test_a_category_heading_line_over_its_paragraph_and_a_field_as_category(nlp):
    awards = {(a.recipient.name, a.year): a for a in analyse(nlp, (
        "Dispar Jawa Barat mengumumkan para pemenang Lomba Kelompok Sadar Wisata 2023.\nKategori Maju\nJuara 1 diraih "
        "Pokdarwis Karya Mandiri (Desa Ngadirejo, Kabupaten Cianjur). Juara 2 diraih Pokdarwis Bina Lestari.\n"
        "Kategori Rintisan\nJuara 1 diraih Pokdarwis Alam Permai.\nPokdarwis Bina Lestari sebelumnya juga meraih juara "
        "III pada Lomba Kelompok Sadar Wisata 2021.\nJuara I bidang pendidikan diraih Agus Hasibuan, utusan Kabupaten "
        "Minahasa. Ia berprestasi di bidang pendidikan."), date(2023, 11, 20))._.awards}
    assert {k: a.category for k, a in awards.items()} == {
        ("Pokdarwis Karya Mandiri", 2023): "Maju", ("Pokdarwis Bina Lestari", 2023): "Maju",
        ("Pokdarwis Alam Permai", 2023): "Rintisan", ("Pokdarwis Bina Lestari", 2021): None,
        ("Agus Hasibuan", 2023): "bidang pendidikan"}


def test_coordinated_winners_take_coordinated_ranks_in_order(nlp):
    awards = {a.recipient.name: a.grade for a in analyse(nlp, (
        "Pemprov Bali mengumumkan para pemenang Anugerah Jurnalistik Pena Emas 2023. Juara I kategori radio diraih "
        "Fransiskus Setiawan (RRI Gianyar), disusul Budi Hidayat (RRI Gianyar) dan Budi "
        "Simanjuntak (Radio Suara Bahari FM) di posisi kedua dan ketiga."), date(2023, 11, 20))._.awards}
    assert awards == {"Fransiskus Setiawan": "Juara I", "Budi Hidayat": "Juara II", "Budi Simanjuntak": "Peringkat III"}


def test_a_category_heading_that_names_a_role_or_the_contests_kind(nlp):
    awards = {a.recipient.name: a.category for a in analyse(nlp, (
        "Pemilihan Guru Berprestasi 2024 yang digelar Disdik Kalimantan Selatan diikuti 68 peserta.\n\nKategori Guru "
        "SMA\nJuara pertama diraih Dewi Hidayat, S.Pd., guru SMA Negeri 4 Tanah Laut."), date(2024, 12, 18))._.awards}
    assert awards == {"Dewi Hidayat": "Guru SMA"}


def test_a_winner_told_with_the_outlet_they_work_for_before_the_verb(nlp):
    awards = {a.recipient.name: a.grade for a in analyse(nlp, (
        "PWI Maluku Utara mengumumkan pemenang Anugerah Karya Jurnalistik 2023. Rina Pratama dari suarasatu.com keluar "
        "sebagai juara I kategori media daring."), date(2023, 11, 20))._.awards}
    assert awards == {"Rina Pratama": "Juara I"}


def test_a_role_with_the_outlet_then_the_name_set_off_by_commas(nlp):
    awards = {a.recipient.name: a.grade for a in analyse(nlp, (
        "Wartawan Harian Pelita Timur, Sekar Ayuningtyas, dinobatkan sebagai Juara I kategori karya tulis pada "
        "Anugerah Jurnalistik Adinata 2024."), date(2024, 12, 2))._.awards}
    assert awards == {"Sekar Ayuningtyas": "Juara I"}


def test_persons_listed_after_their_role_stay_a_list(nlp):
    awards = {a.recipient.name for a in analyse(nlp, (
        "Anugerah Seni Adinata 2024 diberikan kepada penyanyi Raka Pradipta, Wulan Sari, dan Citra Lestari."),
        date(2024, 12, 2))._.awards}
    assert awards == {"Raka Pradipta", "Wulan Sari", "Citra Lestari"}


def test_a_rank_in_roman_numerals_ends_its_sentence(nlp):
    doc = nlp("Keduanya tercatat sebagai Juara I. Juara II kategori video diraih Yusuf Halim.")
    assert [s.text for s in doc.sents] == ["Keduanya tercatat sebagai Juara I.",
                                           "Juara II kategori video diraih Yusuf Halim."]


def test_the_jury_designates_a_winner_by_name_or_by_the_work_it_credits(nlp):
    awards = {a.recipient.name: a.grade for a in analyse(nlp, (
        "Pemprov Tanah Seberang menggelar Anugerah Jurnalistik Adinata 2024. Untuk kategori radio, dewan juri "
        "menetapkan Dimas Prasetyo sebagai Juara I. Untuk kategori foto, juri memilih rangkaian foto banjir di "
        "pesisir karya Lalu Gede Wiranata (Harian Timur) sebagai Juara I."), date(2024, 12, 2))._.awards}
    assert awards == {"Dimas Prasetyo": "Juara I", "Lalu Gede Wiranata": "Juara I"}


def test_choosing_something_as_what_is_no_award(nlp):
    awards = analyse(nlp, ("Pemprov Tanah Seberang menggelar Anugerah Jurnalistik Adinata 2024. Panitia memilih "
                           "Gedung Serba Guna Batu Putih sebagai tempat acara."), date(2024, 12, 2))._.awards
    assert [a.recipient.name for a in awards] == []


def test_a_winners_score_told_with_one_of_their_names(nlp):
    doc = analyse(nlp, (
        "Pemprov Tanah Seberang memberikan Anugerah Insan Teladan 2024. Juara I kategori guru diraih Rahmi "
        "Kartika, S.Pd., guru SD Negeri 3 Batu Putih. Di kategori kepala sekolah, Drs. Benyamin Lodo, "
        "M.Pd., menyabet Juara I.\nRahmi mengumpulkan nilai akhir 90,15 dari dewan juri."), date(2024, 12, 2))
    assert {(s.entity.name, s.value) for s in doc._.scores} == {("Rahmi Kartika", 90.15)}


def test_a_list_after_the_only_rank_that_was_designated(nlp):
    awards = {a.recipient.name: a.grade for a in analyse(nlp, (
        "Pemprov Tanah Seberang menggelar Anugerah Jurnalistik Adinata 2024. Di kategori radio, hanya Juara I "
        "yang ditetapkan, yakni Made Wirawan dari Radio Suara Bahari."), date(2024, 12, 2))._.awards}
    assert awards == {"Made Wirawan": "Juara I"}


def test_a_colon_before_an_adjunct_opens_the_clause_of_an_earlier_award(nlp):
    awards = {(a.recipient.name, a.year): a.grade for a in analyse(nlp, (
        "Dewan juri menetapkan Lalu Gede Wiranata sebagai Juara I Anugerah Jurnalistik Adinata 2024. Ini bukan "
        "kali pertama ia naik panggung: pada Anugerah Jurnalistik Adinata 2022, Lalu Gede menyabet Juara II."),
        date(2024, 12, 2))._.awards}
    assert awards == {("Lalu Gede Wiranata", 2024): "Juara I", ("Lalu Gede", 2022): "Juara II"}


def test_a_field_after_dan_inside_a_winners_role_is_no_other_winner(nlp):
    awards = {a.recipient.name for a in analyse(nlp, (
        "Penerima Bintang Jasa Utama 2024 adalah Rahmat Hidayat, Anggota Dewan Kesenian – Ketua Bidang "
        "Pelatihan dan Pengembangan."), date(2024, 12, 2))._.awards}
    assert awards == {"Rahmat Hidayat"}


def test_places_and_honourable_mentions_of_a_contest_told_without_its_first_place(nlp):
    awards = awards_of(nlp, "Juara II Lomba Guru Kreatif 2024 diraih Rina Kurniawan. Gelar Harapan I jatuh kepada "
                            "Agus Hidayat, sedangkan juara harapan 2 diraih Lina Rahayu.")
    assert {(a.recipient.name, a.name, a.grade) for a in awards} == {
        ("Rina Kurniawan", "Lomba Guru Kreatif", "Juara II"), ("Agus Hidayat", "Lomba Guru Kreatif", "Harapan I"),
        ("Lina Rahayu", "Lomba Guru Kreatif", "Juara Harapan 2")}


def test_the_region_after_a_winners_workplace_is_where_it_is(nlp):
    awards = awards_of(nlp, "Dinas Pendidikan Provinsi Jambi menggelar Lomba Guru Kreatif 2024. Juara I diraih Rina "
                            "Kurniawan, S.Pd., guru SMA Negeri 1 Muara Bungo. Juara III ditempati Teguh Sitompul, "
                            "S.Si., guru Kimia SMA Negeri 2 Sarolangun, Sarolangun.")
    assert {a.recipient.name: a.grade for a in awards} == {"Rina Kurniawan": "Juara I", "Teguh Sitompul": "Juara III"}


def test_an_earlier_years_award_told_in_passing_leaves_the_articles_award_in_force(nlp):
    awards = awards_of(nlp, (
        "Rina Kurniawan dinobatkan sebagai Juara I dalam Lomba Guru Kreatif Tingkat Provinsi Jambi 2024 yang digelar "
        "Dinas Pendidikan Provinsi Jambi. Pada 2022, ia menjadi Juara I Guru Kreatif tingkat Kabupaten Tebo. "
        "Untuk kategori kepala sekolah, Juara I diraih Teguh Sitompul."))
    assert {(a.recipient.name, a.year): a.name for a in awards} == {
        ("Rina Kurniawan", 2024): "Lomba Guru Kreatif Tingkat Provinsi Jambi",
        ("Rina Kurniawan", 2022): "Guru Kreatif tingkat Kabupaten Tebo",
        ("Teguh Sitompul", 2024): "Lomba Guru Kreatif Tingkat Provinsi Jambi"}


def test_a_body_outranked_before_a_relative_clause_of_position_is_its_subject(nlp):
    # "A unggul atas B yang berada di posisi kedua": B is second ("di atas B", above B in a ranking, is not)
    awards = awards_of(nlp, "Kota Jambi meraih peringkat pertama Penghargaan Kota Cerdas 2025. Jambi unggul atas Kota "
                            "Palembang yang berada di posisi kedua, sedangkan Kota Padang melengkapi tiga besar.",
                       date(2025, 12, 5))
    assert {(a.recipient.name, a.grade) for a in awards} == {
        ("Pemerintah Kota Jambi", "Peringkat I"), ("Pemerintah Kota Palembang", "Peringkat II"),
        ("Pemerintah Kota Padang", "Peringkat III")}
    below = awards_of(nlp, "Kota Jambi meraih peringkat pertama Penghargaan Kota Cerdas 2025. Kota Padang berada di "
                           "atas Kota Palembang yang berada di posisi ke-98.", date(2025, 12, 5))
    assert "Pemerintah Kota Palembang" not in {a.recipient.name for a in below}


@pytest.mark.parametrize("role", ["alumnus", "mahasiswa", "lulusan"])
def test_a_school_after_a_students_role_describes_the_winner(nlp, role):
    # "X, alumnus Universitas Y, dinobatkan sebagai …": X won; the university only describes X
    awards = awards_of(nlp, f"Budi Tri Pratama, {role} Universitas Insan Cendekia Mandiri, dinobatkan sebagai Inovator "
                            "Digital Terbaik dalam Anugerah Karya Digital Anak Bangsa Tahun 2024.", date(2024, 12, 5))
    assert [a.recipient.name for a in awards] == ["Budi Tri Pratama"]
