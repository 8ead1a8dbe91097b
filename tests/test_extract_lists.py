"""Ranked and category lists of recipients, on sentences written for these tests (fictional
people; fictional places, or real regions where the gazetteer's names are part of the test)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import found_in
from tests.extract_support import analyse


def awards_of(nlp, text, published=date(2024, 12, 10)):
    return {a.recipient.name: a for a in analyse(nlp, text, published)._.awards}


RANKED = ("Lima pemerintah daerah mendapatkan penghargaan dari Ombudsman RI. "
          "Penghargaan tersebut diberikan dalam Penyerahan Hasil Penilaian Kepatuhan Pelayanan "
          "Publik Tahun 2024 yang diadakan di Gedung Serba Guna Kali Jernih pada Senin (9/12/2024). "
          "Dalam kategori Pemkot dengan zona hijau kualitas tertinggi, Pemkot Kali Jernih "
          "menduduki peringkat pertama dengan nilai 98,10. "
          "Di posisi kedua, Pemkot Batu Putih dengan nilai 97,20, disusul oleh Pemkot Muara Sari "
          "di posisi ketiga dengan nilai 96,40.")


def test_each_ranked_actor_receives_the_article_award(nlp):
    awards = awards_of(nlp, RANKED)
    assert {n: a.grade for n, a in awards.items()} == {
        "Pemerintah Kota Kali Jernih": "Peringkat I", "Pemerintah Kota Batu Putih": "Peringkat II",
        "Pemerintah Kota Muara Sari": "Peringkat III"}
    second = awards["Pemerintah Kota Batu Putih"]
    assert second.name == "Penghargaan Penilaian Kepatuhan Pelayanan Publik"
    assert second.category.lower() == "zona hijau kualitas tertinggi"
    assert (second.score, second.year, second.date) == (97.2, 2024, "2024-12-09")
    assert second.place == "Gedung Serba Guna Kali Jernih"
    assert second.giver.name.startswith("Ombudsman")


def test_a_ranking_of_named_recipients_adds_no_one(nlp):
    awards = awards_of(nlp, "Pemkab Kali Jernih meraih Penghargaan Pencegahan Korupsi Tahun 2024 "
                            "dari KPK. Posisi kedua disusul oleh Pemkab Batu Putih dengan nilai 95,10.")
    assert set(awards) == {"Pemerintah Kabupaten Kali Jernih"}


def test_ranks_without_an_award_are_not_awards(nlp):
    assert awards_of(nlp, "Pemkab Kali Jernih menempati peringkat kedua dalam jumlah penduduk.") == {}


CATEGORY_LIST = ("Menteri Lingkungan Hidup dan Kehutanan Rina Sari menyerahkan penghargaan "
                 "Kalpataru 2024 kepada enam penerima. "
                 "Penerima penghargaan dari kategori perintis lingkungan yaitu Rama Wijaya dari "
                 "Kabupaten Kali Jernih (Nusa Raya), Sinta Dewi dari Kota Batu Putih, serta "
                 "Kelompok Tani Hutan Lestari dari Kabupaten Muara Sari. "
                 "Kategori pengabdi lingkungan kepada Ir. Bayu Pratama dari Kota Muara Sari dan "
                 "Dewi Lestari dari Kabupaten Lembah Sari.")


def test_each_name_of_a_category_list_is_a_recipient(nlp):
    awards = awards_of(nlp, CATEGORY_LIST)
    assert {n: a.category for n, a in awards.items()} == {
        "Rama Wijaya": "perintis lingkungan", "Sinta Dewi": "perintis lingkungan",
        "Kelompok Tani Hutan Lestari": "perintis lingkungan",
        "Bayu Pratama": "pengabdi lingkungan", "Dewi Lestari": "pengabdi lingkungan"}
    assert {a.name for a in awards.values()} == {"Kalpataru"}
    assert {a.year for a in awards.values()} == {2024}
    assert {a.giver.name for a in awards.values()} == {"Kementerian Lingkungan Hidup dan Kehutanan"}


def test_one_name_after_a_category_is_its_winner_a_description_is_nobody(nlp):
    # each category winner of a ceremony is its own record, a list of one too
    awards = awards_of(nlp, "Menteri menyerahkan penghargaan Kalpataru 2024. Kategori perintis "
                            "lingkungan adalah Rama Wijaya dari Kabupaten Kali Jernih.")
    assert {n: a.category for n, a in awards.items()} == {"Rama Wijaya": "perintis lingkungan"}
    awards = awards_of(nlp, "Menteri menyerahkan penghargaan Kalpataru 2024. Kategori perintis "
                            "lingkungan adalah kategori bagi perorangan yang merintis pelestarian.")
    assert awards == {}


def test_winners_of_a_ceremony_list_get_its_date_and_place(nlp):
    text = ("Anugerah Musik Kali Jernih 2024 digelar pada Sabtu, 7 Desember 2024 malam di "
            "Gedung Kesenian Batu Putih, Kota Muara Sari.\n"
            "Daftar pemenang Anugerah Musik Kali Jernih 2024:\n"
            "Penyanyi Solo Terbaik: Rama Wijaya – Langit Senja\n"
            "Album Terbaik: Sinta Dewi – Laut Biru\n")
    awards = awards_of(nlp, text)
    assert awards["Rama Wijaya"].date == "2024-12-07"
    assert awards["Sinta Dewi"].place == "Gedung Kesenian Batu Putih, Kota Muara Sari"


def test_bare_regions_listed_after_their_kind_are_governments(rules):
    found = found_in("Predikat A juga diraih tiga kabupaten yaitu Bantul, Kulonprogo, dan Sleman.",
                     rules)
    assert {"Pemerintah Kabupaten Bantul", "Pemerintah Kabupaten Kulon Progo",
            "Pemerintah Kabupaten Sleman"} <= found


def test_a_bare_region_of_two_kinds_stays_unresolved(nlp):
    assert awards_of(nlp, "Semarang meraih Penghargaan Kota Sehat Tahun 2024 dari Kemenkes.") == {}
    assert set(awards_of(nlp, "Sleman meraih Penghargaan Kota Sehat Tahun 2024 dari Kemenkes.")) \
        == {"Pemerintah Kabupaten Sleman"}


def test_a_bare_region_as_a_place_is_no_actor(nlp):
    awards = awards_of(nlp, "Pemkab Kali Jernih meraih Penghargaan Kota Sehat Tahun 2024 di Sleman.")
    assert set(awards) == {"Pemerintah Kabupaten Kali Jernih"}


def test_a_relative_subject_goes_on_with_the_list_before(nlp):
    text = ("Pemkab Kali Jernih meraih Penghargaan Kabupaten Layak Anak Tahun 2024. "
            "Peringkat Madya diraih Kabupaten Batu Putih dan Kabupaten Muara Sari. "
            "Sedangkan yang baru adalah Kabupaten Lembah Sari dan Kabupaten Tanjung Mas.")
    awards = awards_of(nlp, text)
    assert awards["Pemerintah Kabupaten Tanjung Mas"].grade == "Madya"
    assert awards["Pemerintah Kabupaten Lembah Sari"].grade == "Madya"


def test_a_heading_then_a_comma_opens_a_list_without_a_verb(nlp):
    text = ("Penerima APBD Award 2024 meliputi kategori pendapatan tertinggi tingkat kota, yakni "
            "Kota Kali Jernih (Nusa Raya) dan Kota Batu Putih (Nusa Raya).\n"
            "Untuk kategori belanja tertinggi tahun anggaran 2023 tingkat kota, Bontang (Kalimantan "
            "Timur), Tarakan (Kalimantan Utara), dan Pariaman (Sumatera Barat).")
    awards = awards_of(nlp, text)
    assert {"Pemerintah Kota Bontang", "Pemerintah Kota Tarakan", "Pemerintah Kota Pariaman"} <= set(awards)
    assert awards["Pemerintah Kota Tarakan"].category.lower() == "belanja tertinggi tingkat kota"
    assert awards["Pemerintah Kota Tarakan"].name == "APBD Award"  # "Penerima APBD Award": who, not what


def test_a_table_of_ranks_under_category_headings(nlp):
    text = ("Desa Wisata Kali Jernih dinobatkan sebagai juara pertama kategori Desa Wisata Maju pada "
            "Anugerah Desa Wisata Provinsi Nusa Raya 2024.\n"
            "Berikut daftar lengkap pemenang Anugerah Desa Wisata Provinsi Nusa Raya 2024:\n\n"
            "Kategori Desa Wisata Maju\n"
            "Peringkat | Desa Wisata | Kabupaten/Kota\n"
            "Juara 1 | Desa Wisata Kali Jernih | Kabupaten Batu Putih\n"
            "Juara 2 | Desa Wisata Muara Sari | Kabupaten Lembah Sari\n\n"
            "Kategori Desa Wisata Rintisan\n"
            "Peringkat | Desa Wisata | Kabupaten/Kota\n"
            "Juara 1 | Desa Wisata Tanjung Mas | Kabupaten Batu Putih\n")
    awards = awards_of(nlp, text)
    assert (awards["Desa Wisata Muara Sari"].grade, awards["Desa Wisata Muara Sari"].category) == \
        ("Juara II", "Desa Wisata Maju")
    assert awards["Desa Wisata Tanjung Mas"].category == "Desa Wisata Rintisan"
    assert "Pemerintah Kabupaten Batu Putih" not in awards  # the column says where it lies


def test_a_counted_group_set_off_before_its_members(nlp):
    text = ("Lima sekolah di Kabupaten Kali Jernih, Provinsi Nusa Raya, mendapat penghargaan Adiwiyata "
            "Tahun 2023 dari KLHK. Dua sekolah lainnya, SMA Negeri 2 Batu Putih dan SD Negeri 5 "
            "Kampung Duri, diganjar predikat Adiwiyata Nasional.")
    awards = awards_of(nlp, text)
    assert set(awards) == {"SMA Negeri 2 Batu Putih", "SD Negeri 5 Kampung Duri"}


def test_a_company_form_with_a_full_stop_does_not_end_the_sentence(nlp):
    text = ("Paritrana Award 2024 diberikan kepada para pemenang. Kategori Perusahaan Besar diraih "
            "oleh PT. Bank Kali Jernih, Tbk, PT Batu Putih Energi, dan PT. Muara Sari Tambang.")
    awards = awards_of(nlp, text)
    assert {"PT Bank Kali Jernih Tbk", "PT Batu Putih Energi", "PT Muara Sari Tambang"} <= \
        {n.replace(",", "") for n in awards}


def test_a_ranking_goes_on_in_a_sentence_of_ranked_actors(nlp):
    text = ("Kemenkes memberikan penghargaan STBM Tahun 2024 kepada 42 kabupaten/kota. Untuk kategori "
            "STBM Madya, posisi terbaik pertama diraih Kota Batu Putih (Nusa Raya). Kota Kali Jernih "
            "(Nusa Raya) sebagai madya terbaik II dan Kabupaten Muara Sari (Nusa Raya) sebagai madya "
            "terbaik III.")
    awards = awards_of(nlp, text)
    assert {n: a.grade for n, a in awards.items()} == {
        "Pemerintah Kota Batu Putih": "Peringkat I", "Pemerintah Kota Kali Jernih": "Peringkat II",
        "Pemerintah Kabupaten Muara Sari": "Peringkat III"}


def test_a_list_goes_on_in_a_sentence_of_its_members_only(nlp):
    # a full stop inside a list ("…, Tulungagung, Kabupaten. Blitar, …") leaves its members behind
    text = ("Penghargaan Kabupaten Layak Anak Tahun 2024 diberikan kepada Kabupaten Kali Jernih, "
            "Kabupaten Batu Putih, Kabupaten. Sleman, Bantul, Kulon Progo.")
    awards = awards_of(nlp, text)
    assert {"Pemerintah Kabupaten Sleman", "Pemerintah Kabupaten Bantul",
            "Pemerintah Kabupaten Kulon Progo"} <= set(awards)


def test_a_list_after_a_time_word_a_group_pronoun_and_known_names_with_hyphens(nlp):
    # a time word before the opener is no noun of what is listed
    awards = awards_of(nlp, "Penerima Anugerah Pandu Negeri 2024 tahun ini adalah Kabupaten Batu Putih "
                            "dan Kota Kali Jernih.")
    assert set(awards) == {"Pemerintah Kabupaten Batu Putih", "Pemerintah Kota Kali Jernih"}
    # "Mereka adalah …", "Keduanya yakni …": the group counted in the sentence before
    for pronoun in ("Mereka adalah", "Keduanya yakni"):
        awards = awards_of(nlp, "Kemendagri memberikan Anugerah Pandu Negeri 2024 kepada dua daerah. "
                                f"{pronoun} Kabupaten Batu Putih serta Kota Kali Jernih.")
        assert set(awards) == {"Pemerintah Kabupaten Batu Putih", "Pemerintah Kota Kali Jernih"}
    assert awards_of(nlp, "Mereka adalah Kabupaten Batu Putih serta Kota Kali Jernih.") == {}
    # names the gazetteer knows whole, with a hyphen or an inner "dan", after any kind word
    awards = awards_of(nlp, "Anugerah Pandu Negeri 2024 diberikan kepada Kab. Tojo Una-Una, Kota Bau-Bau "
                            "dan Kabupaten Pangkajene dan Kepulauan.")
    assert set(awards) == {"Pemerintah Kabupaten Tojo Una-Una", "Pemerintah Kota Baubau",
                           "Pemerintah Kabupaten Pangkajene dan Kepulauan"}


def test_a_predicate_of_quality_is_a_category_and_an_accreditations_grade(nlp):
    awards = awards_of(nlp, "Kemendagri memberikan Anugerah Pandu Negeri 2024 kepada sejumlah daerah. Predikat "
                            "Sangat Baik diraih Kabupaten Batu Putih dan Kota Kali Jernih.")
    assert {(a.name, a.category, a.grade) for a in awards.values()} == {
        ("Anugerah Pandu Negeri", "Sangat Baik", None)}
    award = awards_of(nlp, "Pemkab Batu Putih meraih predikat Baik pada Anugerah Meritokrasi 2024 dari BKN.")[
        "Pemerintah Kabupaten Batu Putih"]
    assert (award.category, award.grade) == ("Baik", None)
    award = awards_of(nlp, "Pemkab Batu Putih meraih predikat “Memuaskan” pada Anugerah Pandu Negeri 2024.")[
        "Pemerintah Kabupaten Batu Putih"]
    assert (award.name, award.category) == ("Anugerah Pandu Negeri", "Memuaskan")
    award = awards_of(nlp, "Universitas Kali Jernih meraih akreditasi institusi dengan predikat Baik dari BAN-PT.")
    assert [(a.category, a.grade) for a in award.values()] == [(None, "Baik")]


def test_a_companys_other_name_is_the_company_and_its_trophy_names_no_award(nlp):
    text = ("PT Kali Jernih Abadi (Persero) atau KJA keluar sebagai peringkat pertama dalam Anugerah BUMN "
            "Hebat 2025. KJA juga menyabet dua kategori lain, yakni Tata Kelola Terbaik dan Layanan Terbaik. "
            "Seluruh trofi KJA diterima langsung Direktur Utama KJA, Ir. Rama Wijaya, M.M.")
    awards = analyse(nlp, text)._.awards
    assert {a.recipient.name for a in awards} == {"PT Kali Jernih Abadi (Persero)"}
    assert {a.name for a in awards} == {"Anugerah BUMN Hebat"}
    assert {a.category for a in awards} >= {"Tata Kelola Terbaik", "Layanan Terbaik"}
    assert {a.received_by for a in awards} == {"Rama Wijaya"}


def test_a_rank_is_its_recipients_own_not_the_awards_grade(nlp):
    awards = awards_of(nlp, "Kabupaten Batu Putih menempati peringkat pertama Anugerah Pandu Negeri 2024. "
                            "Penghargaan serupa juga diterima Kota Kali Jernih.")
    assert awards["Pemerintah Kabupaten Batu Putih"].grade == "Peringkat I"
    assert awards["Pemerintah Kota Kali Jernih"].grade is None


def test_counted_units_of_a_company_win_not_the_company(nlp):
    text = ("PT Kali Jernih Energi (KJE) berhasil meraih tiga penghargaan PROPER Emas dari KLHK. Tiga unit "
            "pembangkit KJE berhasil mendapatkan PROPER Emas, yaitu UP Batu Putih, UP Muara Sari, dan UP Lembah Sari.")
    awards = awards_of(nlp, text)
    assert {"UP Batu Putih", "UP Muara Sari", "UP Lembah Sari"} <= set(awards)
    assert not any(name.startswith("PT Kali Jernih") for name in awards)


def test_a_handover_to_all_winners_dates_every_recipient(nlp):
    text = ("Kabupaten Batu Putih menempati peringkat pertama Anugerah Pandu Negeri 2025 dari Kemendagri. "
            "Trofi bagi seluruh pemenang diserahkan Menteri di Gedung Sasana Bakti, Jakarta, Senin (5/5/2025). "
            "Penghargaan serupa juga diraih Kota Kali Jernih dan Kabupaten Muara Sari.")
    awards = awards_of(nlp, text, date(2025, 5, 6))
    assert {(a.date, a.place) for a in awards.values()} == {("2025-05-05", "Gedung Sasana Bakti, Jakarta")}
    assert len(awards) == 3


def test_a_year_after_terbaik_is_the_awards_year_not_a_rank(nlp):
    award = awards_of(nlp, "Kota Kali Jernih meraih Penghargaan Pelayanan Publik Terbaik 2024 dari Kemendagri.")[
        "Pemerintah Kota Kali Jernih"]
    assert (award.grade, award.year) == (None, 2024)


def test_a_government_named_as_such_after_a_unit_is_another_member(nlp):
    awards = awards_of(nlp, "Puskesmas Air Putih, Pemkab Batu Putih, dan Kota Kali Jernih meraih Anugerah "
                            "Inovasi Daerah 2024 dari Kemendagri.")
    assert set(awards) == {"Puskesmas Air Putih", "Pemerintah Kabupaten Batu Putih", "Pemerintah Kota Kali Jernih"}


def test_a_date_written_after_the_venue_is_no_part_of_the_place(nlp):
    award = awards_of(nlp, "Kota Kali Jernih meraih Anugerah Inovasi Daerah 2024 dari Kemendagri. Penyerahan "
                           "berlangsung di Hotel Tepian Indah, Batu Putih, 9 Desember 2024.")["Pemerintah Kota Kali Jernih"]
    assert (award.place, award.date) == ("Hotel Tepian Indah, Batu Putih", "2024-12-09")


def test_places_told_with_the_first_in_one_ranking_are_awards(nlp):
    awards = awards_of(nlp, "Kemendagri mengumumkan pemenang Lomba Desa Wisata 2024. Peringkat pertama diraih "
                            "Pemkab Batu Putih, peringkat kedua Pemkot Kali Jernih, dan peringkat ketiga Desa Muara Sari.")
    assert {n: a.grade for n, a in awards.items()} == {
        "Pemerintah Kabupaten Batu Putih": "Peringkat I", "Pemerintah Kota Kali Jernih": "Peringkat II",
        "Desa Muara Sari": "Peringkat III"}


def test_numbered_lines_after_a_ranking_told_before_their_introduction_are_ranked(nlp):
    text = ("Kemendagri memberikan Anugerah Pandu Negeri 2024 kepada daerah terbaik. Untuk kategori kabupaten, "
            "Kemendagri menetapkan tiga peringkat teratas. Berikut daftarnya:\n"
            "1. Kabupaten Batu Putih (Nusa Raya)\n2. Kabupaten Kali Jernih (Nusa Raya)\n3. Kabupaten Muara Sari\n")
    awards = awards_of(nlp, text)
    assert {n: a.grade for n, a in awards.items()} == {
        "Pemerintah Kabupaten Batu Putih": "Peringkat I", "Pemerintah Kabupaten Kali Jernih": "Peringkat II",
        "Pemerintah Kabupaten Muara Sari": "Peringkat III"}


def test_a_gift_that_is_no_award_names_no_giver(nlp):
    award = awards_of(nlp, "Kota Kali Jernih yang mendapat insentif dari Kementerian Keuangan meraih Anugerah "
                           "Ketahanan Pangan 2024 dari Badan Pangan Nasional.")["Pemerintah Kota Kali Jernih"]
    assert award.giver.name == "Badan Pangan Nasional"
    award = awards_of(nlp, "Kota Kali Jernih meraih Anugerah Ketahanan Pangan 2024. Sebelumnya, kota itu "
                           "menerima bantuan dari Kementerian Pekerjaan Umum.")["Pemerintah Kota Kali Jernih"]
    assert award.giver is None


def test_a_list_of_people_goes_on_over_semicolons(nlp):
    awards = awards_of(nlp, "Kemenkes memberikan penghargaan Tenaga Kesehatan Teladan 2024 kepada tiga orang, "
                            "yakni Rama Wijaya; Sinta Dewi Lestari; dan Bayu Pratama.")
    assert set(awards) == {"Rama Wijaya", "Sinta Dewi Lestari", "Bayu Pratama"}
    # a degree closing a name before the semicolon ("… M.Si.; Ir. …")
    awards = awards_of(nlp, "Kemenkes memberikan Anugerah ASN Inspiratif 2023 kepada tiga orang, yakni Hj. Rama "
                            "Wijaya, M.Si.; Ir. Sinta Dewi Lestari, S.Kep.; dan Prof. Bayu Pratama, Sp.A.")
    assert set(awards) == {"Rama Wijaya", "Sinta Dewi Lestari", "Bayu Pratama"}


def test_a_regional_government_gives_its_own_award_but_never_to_itself(nlp):
    award = awards_of(nlp, "Kabupaten Batu Putih meraih penghargaan Desa Wisata Terbaik 2024 dari Pemerintah "
                           "Provinsi Nusa Raya.")["Pemerintah Kabupaten Batu Putih"]
    assert award.giver.name == "Pemerintah Provinsi Nusa Raya"
    award = awards_of(nlp, "Pemprov Nusa Raya memberikan penghargaan Desa Wisata Terbaik 2024 kepada Kabupaten "
                           "Batu Putih.")["Pemerintah Kabupaten Batu Putih"]
    assert award.giver.name == "Pemerintah Provinsi Nusa Raya"
    # a resident's origin is no giver: the award noun is not told before "dari"
    award = awards_of(nlp, "Rama Wijaya dari Kabupaten Batu Putih meraih Anugerah Guru Teladan 2024.")
    assert all(a.giver is None for a in award.values())
    award = awards_of(nlp, "Pemprov Nusa Raya memberikan penghargaan kepada Kabupaten Batu Putih. Pemprov Nusa Raya "
                           "sendiri meraih Anugerah Kearsipan 2024.")["Pemerintah Provinsi Nusa Raya"]
    assert award.giver is None


def test_places_told_after_the_first_place_and_a_rank_before_the_awards_name(nlp):
    awards = awards_of(nlp, "Kota Kali Jernih meraih juara I Penghargaan Pelayanan Publik 2024 dari Kemendagri. "
                            "Juara II diraih Kabupaten Batu Putih dan juara III diraih Kota Muara Sari.")
    assert {n: (a.name, a.grade) for n, a in awards.items()} == {
        "Pemerintah Kota Kali Jernih": ("Penghargaan Pelayanan Publik", "Juara I"),
        "Pemerintah Kabupaten Batu Putih": ("Penghargaan Pelayanan Publik", "Juara II"),
        "Pemerintah Kota Muara Sari": ("Penghargaan Pelayanan Publik", "Juara III")}


def test_an_award_named_for_people_goes_to_the_officials_named_after_their_titles(nlp):
    text = ("Anugerah ASN Inspiratif 2023 dari Pemprov Nusa Raya diraih Kepala Desa Tanjung Harapan, Ir. Rama "
            "Wijaya, M.M., dan perawat di Puskesmas Batu Putih, dr. Sinta Dewi Lestari, S.Kep.")
    assert set(awards_of(nlp, text)) == {"Rama Wijaya", "Sinta Dewi Lestari"}
    # an award that is not a person's goes to the body the official heads
    text = "Penghargaan Desa Mandiri 2023 dari Pemprov Nusa Raya diterima Kepala Desa Tanjung Harapan, Ir. Rama Wijaya."
    assert "Rama Wijaya" not in awards_of(nlp, text)


def test_the_category_a_clause_names_not_the_awards_own_title(nlp):
    award = awards_of(nlp, "Rama Wijaya meraih Penghargaan Tenaga Kesehatan Teladan 2024 kategori Bidan Teladan "
                           "dari Kemenkes.")["Rama Wijaya"]
    assert (award.name, award.category) == ("Penghargaan Tenaga Kesehatan Teladan", "Bidan Teladan")
    award = awards_of(nlp, "Kota Kali Jernih meraih Penghargaan Pelayanan Publik Terbaik 2024 dari Kemendagri.")[
        "Pemerintah Kota Kali Jernih"]
    assert award.category is None
    awards = awards_of(nlp, "Kemenkes memberikan Penghargaan Tenaga Kesehatan Teladan 2024. Untuk kategori Perawat "
                            "Teladan diraih Rama Wijaya, sedangkan kategori Bidan Teladan diraih Sinta Dewi.")
    assert {n: a.category for n, a in awards.items()} == {"Rama Wijaya": "Perawat Teladan",
                                                          "Sinta Dewi": "Bidan Teladan"}


def test_an_earlier_award_told_in_a_time_clause_with_last_year(nlp):
    awards = analyse(nlp, "Kota Kali Jernih meraih Anugerah Pandu Negeri 2024 dari Kemendagri, setelah tahun lalu "
                          "meraih Penghargaan Pelayanan Publik.")._.awards
    assert {(a.name, a.year) for a in awards} == {("Anugerah Pandu Negeri", 2024), ("Penghargaan Pelayanan Publik", 2023)}


def test_an_earlier_year_told_first_does_not_become_the_labelled_years_award(nlp):
    text = ("BPK menyerahkan LHP atas LKPD Tahun Anggaran 2024 kepada delapan pemerintah kabupaten, Selasa "
            "(27/5/2025). Pada LKPD Tahun Anggaran 2022, Kabupaten Batu Putih masih memperoleh opini WTP. "
            "Pemprov Nusa Raya memperoleh opini WTP untuk kesepuluh kalinya.")
    awards = awards_of(nlp, text, date(2025, 5, 28))
    assert {n: a.year for n, a in awards.items()} == {"Pemerintah Kabupaten Batu Putih": 2022,
                                                      "Pemerintah Provinsi Nusa Raya": 2024}


def test_an_award_a_recipient_had_to_accept_is_its_award_one_it_must_win_is_not(nlp):
    assert set(awards_of(nlp, "Kabupaten Batu Putih harus menerima opini Wajar Dengan Pengecualian (WDP) atas LKPD "
                              "Tahun Anggaran 2024.")) == {"Pemerintah Kabupaten Batu Putih"}
    assert awards_of(nlp, "Kabupaten Batu Putih harus meraih opini WTP atas LKPD Tahun Anggaran 2024.") == {}


def test_pemko_is_a_city_government(nlp):
    awards = awards_of(nlp, "Pemko Kali Jernih dan Pemkab Batu Putih meraih Predikat Kepatuhan 2025 dari Ombudsman.")
    assert set(awards) == {"Pemerintah Kota Kali Jernih", "Pemerintah Kabupaten Batu Putih"}


def test_an_award_night_about_sport_is_no_match_report(nlp):
    text = ("Atlet panjat tebing Rama Wijaya dinobatkan sebagai Atlet Putra Terbaik pada Anugerah KONI Nusa Raya 2025. "
            "Malam penganugerahan itu digelar di Gedung Sasana Bakti. Rama meraih dua medali emas dalam tiga "
            "pertandingan, dan atlet itu membawa kontingen Nusa Raya ke laga final.\n"
            "Kategori lain diumumkan dewan juri:\n- Pelatih Terbaik: Sinta Dewi\n- Tim Terbaik: Tim Renang Nusa Raya\n")
    awards = awards_of(nlp, text)
    assert {n: a.category for n, a in awards.items()} == {
        "Rama Wijaya": "Atlet Putra Terbaik", "Sinta Dewi": "Pelatih Terbaik", "Tim Renang Nusa Raya": "Tim Terbaik"}


def test_numbered_lines_introduced_as_an_order_are_ranked(nlp):
    text = ("Kemendagri memberikan Anugerah Pandu Negeri 2024 kepada daerah terbaik. Untuk kategori pemerintah "
            "kabupaten, urutannya sebagai berikut:\n1. Kabupaten Batu Putih – 96,41\n2. Kabupaten Kali Jernih – 94,87\n")
    awards = awards_of(nlp, text)
    assert {n: a.grade for n, a in awards.items()} == {"Pemerintah Kabupaten Batu Putih": "Peringkat I",
                                                       "Pemerintah Kabupaten Kali Jernih": "Peringkat II"}


def test_each_region_named_alone_gets_its_own_receiver(nlp):
    text = ("Kota Manado dan Kabupaten Konawe Selatan meraih Anugerah Pandu Negeri 2024. Trofi untuk Manado diterima "
            "Asisten I, Rama Wijaya, sedangkan Konawe Selatan diwakili Kepala Bappeda, Sinta Dewi.")
    assert {n: a.received_by for n, a in awards_of(nlp, text).items()} == {
        "Pemerintah Kota Manado": "Rama Wijaya", "Pemerintah Kabupaten Konawe Selatan": "Sinta Dewi"}


def test_a_first_name_written_short_keeps_its_full_stop(nlp):
    award = awards_of(nlp, "Kabupaten Batu Putih meraih Anugerah Pandu Negeri 2024. Penghargaan diterima Bupati "
                           "Batu Putih, Mokh. Rama Wijaya.")["Pemerintah Kabupaten Batu Putih"]
    assert award.received_by == "Mokh. Rama Wijaya"


def test_the_award_of_a_named_recipient_received_by_its_official(nlp):
    text = ("PT Kali Jernih Abadi dan PT Batu Putih Energi meraih PROPER 2024 dari KLHK. Trofi PROPER Emas PT Kali "
            "Jernih Abadi diterima langsung Direktur Utama, Rama Wijaya, sedangkan PROPER Hijau PT Batu Putih Energi "
            "diterima Direktur Produksi, Sinta Dewi.")
    assert {n: a.received_by for n, a in awards_of(nlp, text).items()} == {
        "PT Kali Jernih Abadi": "Rama Wijaya", "PT Batu Putih Energi": "Sinta Dewi"}


def test_a_ministers_short_title_names_the_ministry_and_a_venues_short_form_stays(nlp):
    text = ("Desa Wisata Batu Putih meraih Anugerah Desa Wisata Indonesia 2023 yang diserahkan di Teater Bunga "
            "Rampai, Taman Budaya Kali Jernih (TBKJ), Minggu (27/8/2023). Menteri Parekraf, Rama Wijaya, dalam "
            "sambutannya optimistis desa wisata terus tumbuh.")
    award = awards_of(nlp, text, date(2023, 8, 28))["Desa Wisata Batu Putih"]
    assert award.giver.name == "Kementerian Pariwisata dan Ekonomi Kreatif"
    assert award.place == "Teater Bunga Rampai, Taman Budaya Kali Jernih (TBKJ)"


def test_the_leader_after_an_introduction_naming_the_giver_and_those_who_follow_it(nlp):
    text = ("Dalam Anugerah Pandu Negeri 2024 dari Kemendagri, Kabupaten Batu Putih meraih peringkat pertama dengan "
            "nilai 94,74, disusul Kota Kali Jernih dengan nilai 87,16, dan Kabupaten Muara Sari dengan nilai 85,75.")
    assert {n: a.grade for n, a in awards_of(nlp, text).items()} == {
        "Pemerintah Kabupaten Batu Putih": "Peringkat I", "Pemerintah Kota Kali Jernih": "Peringkat II",
        "Pemerintah Kabupaten Muara Sari": "Peringkat III"}


def test_the_person_named_before_selaku_and_a_title_receives(nlp):
    award = awards_of(nlp, "Kota Kali Jernih meraih Anugerah Pandu Negeri 2024. Penghargaan diterima langsung oleh "
                           "Hj. Sinta Dewi Lestari, S.Sos., M.H. selaku Wali Kota Kali Jernih.")["Pemerintah Kota Kali Jernih"]
    assert award.received_by == "Sinta Dewi Lestari"


LABELLED = ("Tujuh pemerintah daerah menerima opini Wajar Tanpa Pengecualian (WTP) dari BPK atas "
            "LKPD Tahun Anggaran 2024. Rinciannya sebagai berikut:\n\n"
            "- Pemerintah Kota Batu Putih: WTP\n"
            "- Kab. Kali Jernih: WTP\n"
            "- Kabupaten Muara Sari: Wajar Dengan Pengecualian (WDP)\n\n"
            "Dengan demikian, tinggal dua daerah yang belum menerima LHP, yakni Kabupaten Lembah "
            "Hijau dan Kota Tanjung Sari.")


def test_a_line_labelled_by_its_recipient_gives_it_the_value_as_award(nlp):
    awards = awards_of(nlp, LABELLED)
    assert {n: a.name for n, a in awards.items()} == {
        "Pemerintah Kota Batu Putih": "Opini Wajar Tanpa Pengecualian (WTP)",
        "Pemerintah Kabupaten Kali Jernih": "Opini Wajar Tanpa Pengecualian (WTP)",
        "Pemerintah Kabupaten Muara Sari": "Opini Wajar Dengan Pengecualian (WDP)"}
    assert {a.year for a in awards.values()} == {2024}


def test_a_list_after_a_negated_receive_verb_receives_nothing(nlp):
    awards = awards_of(nlp, LABELLED)
    assert not {"Pemerintah Kabupaten Lembah Hijau", "Pemerintah Kota Tanjung Sari"} & set(awards)


def test_lines_labelled_by_a_place_or_a_category_after_a_dash(nlp):
    awards = awards_of(nlp, (
        "Ombudsman RI menyerahkan Predikat Kepatuhan Pelayanan Publik Tahun 2024. Untuk kategori "
        "pemerintah kabupaten, Ombudsman mengurutkan tiga daerah sebagai berikut.\n\n"
        "Pertama – Kabupaten Kali Jernih, nilai 96,08\n"
        "Kedua – Kab. Batu Putih, nilai 94,55\n\n"
        "Pada malam yang sama, panitia memberikan penghargaan kepada perorangan. Daftar penerima lainnya:\n\n"
        "Kader Posyandu Teladan — Siti Rahmawati (Posyandu Melati, Desa Sukamaju, Kecamatan Kali "
        "Jernih, Kabupaten Kali Jernih) dan Ni Luh Sariasih (Posyandu Dahlia)\n"))
    assert awards["Pemerintah Kabupaten Kali Jernih"].grade == "Peringkat I"
    assert awards["Pemerintah Kabupaten Batu Putih"].grade == "Peringkat II"
    assert awards["Siti Rahmawati"].category == awards["Ni Luh Sariasih"].category == "Kader Posyandu Teladan"


def test_the_lines_after_a_count_of_awards_are_the_categories_won(nlp):
    for intro in ("PT Kali Jernih memborong tiga penghargaan dalam Anugerah Kinerja BUMD 2026 yang digelar "
                  "Majalah Bisnis Daerah. Ketiga penghargaan itu adalah:",
                  "PT Kali Jernih memborong tiga penghargaan dalam Anugerah Kinerja BUMD 2026 yang digelar "
                  "Majalah Bisnis Daerah, yakni:"):
        awards = analyse(nlp, intro + "\n\n1. BUMD Terbaik Sektor Perbankan, dengan predikat Bintang 5\n"
                                      "2. Transformasi Digital Terbaik\n3. Tata Kelola Perusahaan Terbaik\n",
                         date(2026, 2, 12))._.awards
        assert {(a.recipient.name, a.category) for a in awards} == {
            ("PT Kali Jernih", "BUMD Terbaik Sektor Perbankan"), ("PT Kali Jernih", "Transformasi Digital Terbaik"),
            ("PT Kali Jernih", "Tata Kelola Perusahaan Terbaik")}


def test_a_line_value_is_a_grade_a_class_or_an_award_of_its_own(nlp):
    def lines(text):
        return {a.recipient.name: a for a in analyse(nlp, text, date(2024, 12, 10))._.awards}
    graded = lines("Kementerian PANRB memberikan predikat SAKIP Tahun 2024 kepada:\n- Kota Batu Putih: CC\n"
                   "- Kab. Kali Jernih: BB\n")
    assert {n: a.grade for n, a in graded.items()} == {"Pemerintah Kota Batu Putih": "CC",
                                                      "Pemerintah Kabupaten Kali Jernih": "BB"}
    coloured = lines("KLHK memberikan peringkat PROPER 2024 kepada 2 perusahaan berikut:\n"
                     "PT Rimba Griya Sejahtera: Biru\nPT Mitra Permata Mandiri: Hijau\n")
    assert {n: a.category for n, a in coloured.items()} == {"PT Rimba Griya Sejahtera": "Biru",
                                                           "PT Mitra Permata Mandiri": "Hijau"}
    opinions = lines("BPK menyerahkan LHP atas LKPD Tahun Anggaran 2024 kepada sejumlah pemerintah daerah. "
                     "Berikut daftar penerima opini:\n\nKota Batu Putih: WDP\nKota Kali Jernih: WTP\n")
    assert {n: a.name for n, a in opinions.items()} == {"Pemerintah Kota Batu Putih": "Opini WDP",
                                                       "Pemerintah Kota Kali Jernih": "Opini WTP"}
    persons = lines("Kementerian Kesehatan mengumumkan pemenang Anugerah Pelita Bangsa 2023. Para penerima "
                    "tersebut adalah:\n\nDr. Yohanes Wulandari, S.Kep.: Perawat Teladan\n"
                    "H. Dewi Manurung, S.Sos.: Guru Berprestasi\n")
    assert {n: a.category for n, a in persons.items()} == {"Yohanes Wulandari": "Perawat Teladan",
                                                          "Dewi Manurung": "Guru Berprestasi"}


def test_a_bracket_after_a_degree_goes_on_with_the_line(nlp):
    awards = awards_of(nlp, "Kementerian PANRB mengumumkan pemenang Anugerah Cipta Layanan 2023. Daftarnya:\n\n"
                            "Dokter Teladan — dr. H. Sri Purnamasari, M.Kes. (Puskesmas Karangrejo, Kota Cilegon) "
                            "dan Lina Rahayu, Sp.A (Posyandu Dahlia, Desa Pandanrejo)\n"
                            "Perawat Teladan — Prof. H. Teguh Hasibuan (Kota Jakarta Utara)\n")
    assert {n: a.category for n, a in awards.items()} == {
        "Sri Purnamasari": "Dokter Teladan", "Lina Rahayu": "Dokter Teladan", "Teguh Hasibuan": "Perawat Teladan"}


def test_a_group_counted_as_not_placed_receives_nothing_and_a_grade_kept_is_received(nlp):
    awards = awards_of(nlp, "Kabupaten Kali Jernih meraih Penghargaan Pembangunan Daerah 2025 dengan nilai 91,20. "
                            "Sementara itu, dua daerah lain mencatat nilai di bawah 80 dan belum masuk jajaran "
                            "peringkat. Keduanya yakni Kabupaten Batu Putih (78,25) dan Kabupaten Muara Sari (74,10). "
                            "Predikat yang sama juga berhasil dipertahankan Kabupaten Lembah Hijau.")
    assert set(awards) == {"Pemerintah Kabupaten Kali Jernih", "Pemerintah Kabupaten Lembah Hijau"}


def test_the_nominees_a_winner_beat_are_no_categories_and_tbk_ends_a_sentence(nlp):
    awards = analyse(nlp, "Finansia Banking Award 2025 digelar di Jakarta. Adapun kategori Bank Digital Terbaik "
                          "dimenangi PT Bank Kali Jernih Tbk. Bank Kali Jernih menyisihkan dua nomine lain di "
                          "kategori ini, yakni PT Bank Batu Putih Tbk dan PT Bank Muara Sari.",
                     date(2025, 11, 27))._.awards
    assert [(a.recipient.name, a.category) for a in awards] == [("PT Bank Kali Jernih Tbk", "Bank Digital Terbaik")]


def test_a_trophy_shared_out_to_a_list(nlp):
    awards = awards_of(nlp, "Festival Film Lintas Selat 2026 digelar di Batam. Dewan juri memutuskan Piala Aktris "
                            "Pendukung Terbaik dibagi kepada dua pemain, yaitu Hana Kirana dan Ratih Kusuma.",
                       published=date(2026, 3, 1))
    assert {"Hana Kirana", "Ratih Kusuma"} <= set(awards)


def test_a_description_set_off_before_the_winner(nlp):
    awards = awards_of(nlp, "Festival Film Lintas Selat 2026 digelar di Batam. Penyunting gambar film itu, Mariska "
                            "Tambunan, dianugerahi gelar Penyunting Gambar Terbaik.", published=date(2026, 3, 1))
    assert awards["Mariska Tambunan"].category == "Penyunting Gambar Terbaik"


def test_a_grade_named_with_a_plan_word_is_no_plan(nlp):
    awards = awards_of(nlp, "Dalam Anugerah Keterbukaan Informasi Publik 2025, predikat Informatif diraih Kabupaten "
                            "Kali Jernih, sedangkan predikat Menuju Informatif diraih Kota Batu Putih.")
    assert {n: a.category for n, a in awards.items()} == {"Pemerintah Kabupaten Kali Jernih": "Informatif",
                                                         "Pemerintah Kota Batu Putih": "Menuju Informatif"}


def test_lines_under_a_heading_line_take_its_class_and_a_number_after_the_colon_is_a_score(nlp):
    text = ("Komisi Informasi Kota Batu Putih mengumumkan hasil Anugerah Keterbukaan Informasi Publik 2025. "
            "Di kategori perangkat daerah, hasilnya sebagai berikut:\n\n"
            "Informatif\n- Dinas Komunikasi, Informatika dan Statistik: 95,40\n- RSUD Kali Jernih: 90,56\n\n"
            "Menuju Informatif\n- Dinas Kesehatan Kota Batu Putih: 86,30\n\n"
            "Madya\n- Dinas Sosial Kota Batu Putih\n")
    doc = analyse(nlp, text, date(2025, 12, 16))
    awards = {a.recipient.name: a for a in doc._.awards}
    assert {n: (a.category, a.grade, a.score) for n, a in awards.items()} == {
        "Dinas Komunikasi, Informatika dan Statistik Kota Batu Putih": ("Informatif", None, 95.4),
        "RSUD Kali Jernih": ("Informatif", None, 90.56),
        "Dinas Kesehatan Kota Batu Putih": ("Menuju Informatif", None, 86.3),
        "Dinas Sosial Kota Batu Putih": (None, "Madya", None)}
    assert {(s.entity.name, s.value) for s in doc._.scores} >= {("RSUD Kali Jernih", 90.56)}


def test_a_heading_line_that_names_the_award_is_no_class(nlp):
    awards = awards_of(nlp, "BPK menyerahkan LHP atas LKPD Tahun Anggaran 2024. Berikut daftarnya:\n\n"
                            "Wajar Tanpa Pengecualian\n- Kota Batu Putih\n- Kabupaten Kali Jernih\n")
    assert {a.category for a in awards.values()} == {None}


def test_a_line_value_after_a_dash_or_colon_names_the_award_and_its_class(nlp):
    for mark in ("–", ":"):
        lines = "".join(f"{n}. {who}{' ' if mark == '–' else ''}{mark} {what}\n" for n, (who, what) in enumerate([
            ("Kota Batu Putih", "Adipura Kencana (Kota Besar)"), ("Kabupaten Kali Jernih", "Piala Adipura (Kota Sedang)"),
            ("Kota Muara Sari", "Sertifikat Adipura (Kota Kecil)")], 1))
        awards = awards_of(nlp, "KLH menyerahkan penghargaan Adipura Tahun 2025 di Jakarta, Kamis (26/2/2026). "
                                "Berikut daftar daerah yang memperoleh penghargaan Adipura Tahun 2025:\n\n" + lines,
                           date(2026, 2, 27))
        assert {n: (a.name, a.category) for n, a in awards.items()} == {
            "Pemerintah Kota Batu Putih": ("Adipura Kencana", "Kota Besar"),
            "Pemerintah Kabupaten Kali Jernih": ("Piala Adipura", "Kota Sedang"),
            "Pemerintah Kota Muara Sari": ("Sertifikat Adipura", "Kota Kecil")}, mark


def test_a_heading_over_nominees_or_judges_ends_the_list_of_winners(nlp):
    for heading in ("Nominasi\n", "Tim penilai terdiri atas:\n"):
        awards = awards_of(nlp, "Komisi Informasi Kota Batu Putih mengumumkan hasil Anugerah Keterbukaan Informasi 2025. "
                                "Berikut daftar penerimanya:\n\nRSUD Kali Jernih (79,62)\nRSUD Muara Sari (82,98)\n\n"
                                + heading + "- Dr. Dewi Wulandari, M.Si.\n- Kabupaten Lembah Hijau\n", date(2025, 12, 16))
        assert set(awards) == {"RSUD Kali Jernih", "RSUD Muara Sari"}, heading


def test_a_short_intro_word_opens_the_lines_and_a_capitalised_tier_heading_is_their_grade(nlp):
    awards = awards_of(nlp, "Pemerintah Provinsi Batu Putih memberikan Penghargaan Cipta Praja 2025 kepada tiga fasilitas "
                            "kesehatan. Rinciannya:\n\nUTAMA\n- RSUD Kali Jernih\nMADYA\n- Puskesmas Muara Sari\n",
                       date(2025, 12, 16))
    assert {n: (a.grade, a.category) for n, a in awards.items()} == {
        "RSUD Kali Jernih": ("Utama", None), "Puskesmas Muara Sari": ("Madya", None)}


def test_a_label_ending_in_a_tier_of_the_award_in_force_is_the_grade(nlp):
    awards = awards_of(nlp, "Kota Batu Putih meraih Swasti Saba Wistara 2025 dari Kementerian Kesehatan. Daerah lain "
                            "juga meraih penghargaan yang sama. Daftarnya:\n\nSwasti Saba Wiwerda: Kabupaten Kali Jernih "
                            "dan Kota Muara Sari\nSwasti Saba Padapa: Kabupaten Lembah Hijau\n", date(2025, 11, 26))
    assert {n: (a.grade, a.category) for n, a in awards.items() if n != "Pemerintah Kota Batu Putih"} == {
        "Pemerintah Kabupaten Kali Jernih": ("Wiwerda", None), "Pemerintah Kota Muara Sari": ("Wiwerda", None),
        "Pemerintah Kabupaten Lembah Hijau": ("Padapa", None)}


def test_a_counted_group_receiving_introduces_the_lines_after_it(nlp):
    awards = awards_of(nlp, "Sebanyak tiga pemerintah daerah menerima Anugerah Kota Bersinar 2025 dari Kementerian "
                            "Dalam Negeri.\n\nUtama\n- Kota Batu Putih\nMadya\n- Kabupaten Kali Jernih\n- Kota Muara Sari\n",
                       date(2025, 12, 16))
    assert {n: a.grade for n, a in awards.items()} == {"Pemerintah Kota Batu Putih": "Utama",
                                                      "Pemerintah Kabupaten Kali Jernih": "Madya",
                                                      "Pemerintah Kota Muara Sari": "Madya"}


def test_a_list_intro_word_is_no_class_of_the_lines(nlp):
    awards = awards_of(nlp, "Pemerintah Provinsi Batu Putih menyerahkan Anugerah Wahana Lestari 2025 kepada sejumlah "
                            "pemerintah daerah.\nRinciannya:\nKota Kali Jernih – 75,09\nKabupaten Muara Sari – 74,10\n",
                       date(2025, 12, 16))
    assert {n: (a.category, a.score) for n, a in awards.items()} == {"Pemerintah Kota Kali Jernih": (None, 75.09),
                                                                    "Pemerintah Kabupaten Muara Sari": (None, 74.1)}


def test_a_class_of_cities_as_a_heading_is_no_city(nlp):
    awards = awards_of(nlp, "KLH menyerahkan Piala Adipura 2025 kepada sejumlah daerah di Jakarta. Berikut daftarnya:\n\n"
                            "Kota Besar\n- Kota Batu Putih\nKota Sedang\n- Kota Kali Jernih\n", date(2026, 2, 27))
    assert {n: a.category for n, a in awards.items()} == {"Pemerintah Kota Batu Putih": "Kota Besar",
                                                         "Pemerintah Kota Kali Jernih": "Kota Sedang"}


def test_a_results_table_gives_each_region_its_score_and_predicate(nlp):
    doc = analyse(nlp, "Kementerian PANRB mengumumkan hasil evaluasi 2025 Penilaian Reformasi Birokrasi, Kamis "
                       "(15/1/2026). Berikut hasilnya:\n\n| No | Provinsi | Nilai | Predikat |\n"
                       "| 1 | Sumatera Barat | 78,12 | BB |\n| 2 | Provinsi Riau | 71,05 | B |\n"
                       "| 3 | Papua Pegunungan | 45,10 | – |\nSumber: Kementerian PANRB\n", date(2026, 1, 16))
    awards = {a.recipient.name: a for a in doc._.awards}
    assert {n: (a.grade, a.year, a.score) for n, a in awards.items()} == {
        "Pemerintah Provinsi Sumatera Barat": ("BB", 2025, 78.12), "Pemerintah Provinsi Riau": ("B", 2025, 71.05)}
    assert {(s.entity.name, s.year, s.value) for s in doc._.scores} >= {
        ("Pemerintah Provinsi Sumatera Barat", 2025, 78.12), ("Pemerintah Provinsi Riau", 2025, 71.05)}


def test_rows_of_columns_apart_by_spaces_and_a_dash_before_a_letter(nlp):
    intro = ("Kementerian PANRB mengumumkan hasil Penilaian Reformasi Birokrasi Tahun 2025, Kamis (15/1/2026). "
             "Berikut hasilnya:\n\n")
    spaced = awards_of(nlp, intro + "Provinsi    Nilai    Predikat\nSumatera Barat    78,12    BB\nRiau\t71,05\tB\n",
                       date(2026, 1, 16))
    dashed = awards_of(nlp, intro + "1. Sumatera Barat – 78,12 – BB\n2. Riau – 71,05 – B\n", date(2026, 1, 16))
    for awards in (spaced, dashed):
        assert {n: (a.grade, a.score) for n, a in awards.items()} == {
            "Pemerintah Provinsi Sumatera Barat": ("BB", 78.12), "Pemerintah Provinsi Riau": ("B", 71.05)}


def test_a_leader_keeps_its_own_place_when_a_follower_is_told_after_it(nlp):
    awards = awards_of(nlp, "Ombudsman RI mengumumkan hasil Penilaian Kepatuhan Pelayanan Publik Tahun 2025. Dinas Kesehatan "
                            "Kota Batu Putih (96,54) dan Kantor Pertanahan Kabupaten Kali Jernih (92,23) masuk Zona Hijau. "
                            "Dinas Kesehatan Kota Batu Putih menempati peringkat pertama, disusul Kantor Pertanahan "
                            "Kabupaten Kali Jernih di peringkat kedua.", date(2025, 12, 11))
    assert {n: a.grade for n, a in awards.items()} == {"Dinas Kesehatan Kota Batu Putih": "Peringkat I",
                                                      "Kantor Pertanahan Kabupaten Kali Jernih": "Peringkat II"}


def test_a_score_line_with_its_class_in_brackets(nlp):
    doc = analyse(nlp, "Ombudsman RI mengumumkan hasil Penilaian Kepatuhan Pelayanan Publik Tahun 2025. Berikut hasilnya:\n\n"
                       "- Polres Batu Putih: 81,20 (Zona Hijau)\n- Polres Kali Jernih: 70,15 (Zona Kuning)\n",
                  date(2025, 12, 11))
    awards = {a.recipient.name: a for a in doc._.awards}
    assert {n: (a.category, a.score) for n, a in awards.items()} == {
        "Polres Batu Putih": ("Zona Hijau", 81.2), "Polres Kali Jernih": ("Zona Kuning", 70.15)}
    assert {a.name for a in awards.values()} == {"Penghargaan Penilaian Kepatuhan Pelayanan Publik"}


def test_a_line_naming_an_award_may_end_the_document(nlp):
    awards = awards_of(nlp, "KLH menyerahkan penghargaan Adipura Tahun 2025. Berikut daftar daerah yang memperoleh "
                            "penghargaan:\n\n1. Kota Batu Putih: Piala Adipura", date(2026, 2, 27))
    assert awards["Pemerintah Kota Batu Putih"].name == "Piala Adipura"


def test_a_score_column_named_by_its_first_word(nlp):
    doc = analyse(nlp, "KemenPAN-RB mengumumkan hasil evaluasi Reformasi Birokrasi 2025.\n\nBerikut hasilnya:\n\n"
                       "Provinsi             | Indeks RB | Predikat\nRiau                 | 76,02     | BB\n"
                       "Jambi                | 64,10     | B\n", date(2025, 12, 12))
    assert {(a.recipient.name, a.grade, a.score) for a in doc._.awards} == {
        ("Pemerintah Provinsi Riau", "BB", 76.02), ("Pemerintah Provinsi Jambi", "B", 64.1)}


def test_ranks_told_with_the_verb_once_give_each_name_its_rank(nlp):
    doc = analyse(nlp, "Pemprov Aceh mengumumkan para pemenang Lomba Karya Jurnalistik 2023.\n\nUntuk kategori foto "
                       "jurnalistik, juara pertama jatuh kepada Hendra Purnamasari (Harian Pos Cendana), juara kedua "
                       "kepada Lina Lestari (Harian Warta Andalas), dan juara ketiga kepada Agus Saputra.",
                  date(2023, 11, 20))
    assert {(a.recipient.name, a.grade) for a in doc._.awards} == {
        ("Hendra Purnamasari", "Juara I"), ("Lina Lestari", "Juara II"), ("Agus Saputra", "Juara III")}


def test_numbered_lines_under_category_headings_with_a_score_after_a_comma(nlp):
    doc = analyse(nlp, "PWI Jawa Timur mengumumkan para pemenang Anugerah Karya Jurnalistik 2023, Rabu (11/10).\n\n"
                       "Berikut daftar para juara:\n\nKategori Foto Jurnalistik:\n1. Lina Manurung (Harian Pelita "
                       "Nusantara), nilai 92,92\n2. Yusuf Setiawan (Harian Warta Andalas)\n\nKategori Radio:\n1. Agus "
                       "Hasibuan (Radio Swara Kencana FM), nilai 91,25\n2. Maria Kurniawan (RRI Sidoarjo)\n",
                  date(2023, 10, 12))
    assert {(a.recipient.name, a.category, a.grade, a.score) for a in doc._.awards} == {
        ("Lina Manurung", "Foto Jurnalistik", "Juara I", 92.92), ("Yusuf Setiawan", "Foto Jurnalistik", "Juara II", None),
        ("Agus Hasibuan", "Radio", "Juara I", 91.25), ("Maria Kurniawan", "Radio", "Juara II", None)}


def test_list_lines_whose_recipient_is_followed_by_its_address_after_a_dash(nlp):
    doc = analyse(nlp, "Dispar Jawa Tengah mengumumkan para pemenang Anugerah Pokdarwis 2023.\n\nAdapun para juara sebagai "
                       "berikut:\n\nKategori Berkembang:\n1. Pokdarwis Panorama Indah – Desa Mekarsari, Kabupaten "
                       "Banyumas\n2. Pokdarwis Sinar Bahari – Desa Sumber Makmur, Kabupaten Temanggung, nilai 90,25\n",
                  date(2023, 12, 1))
    assert {(a.recipient.name, a.grade, a.score) for a in doc._.awards} == {
        ("Pokdarwis Panorama Indah", "Juara I", None), ("Pokdarwis Sinar Bahari", "Juara II", 90.25)}


def test_a_known_unit_named_with_its_abbreviation_gives_and_a_line_winners_school_does_not(nlp):
    doc = analyse(nlp, "Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Provinsi Papua Barat mengumumkan para pemenang "
                       "Pemilihan Guru Berprestasi Tahun 2024.\n\nBerikut daftar para juara:\n\nKategori Guru SMA:\n1. "
                       "Wahyu Saputra, S.Pd. dari SMA Negeri 6 Landak\n2. Rina Purnamasari, S.Pd., M.Pd. dari SMA Negeri "
                       "3 Sekadau\n", date(2024, 10, 7))
    assert {a.giver.name for a in doc._.awards} == {"Dinas Pemberdayaan Masyarakat dan Desa Provinsi Papua Barat"}
    assert {a.recipient.name for a in doc._.awards} == {"Wahyu Saputra", "Rina Purnamasari"}


def test_a_persons_name_before_a_lines_dash_is_the_winner_and_the_outlet_after_it_none(nlp):
    doc = analyse(nlp, "Pemprov NTT mengumumkan para pemenang Anugerah Jurnalistik Pena Emas 2023.\n\nBerikut daftar "
                       "juara:\n\nKategori Video Jurnalistik:\n1. Rahmat Sitompul – Nusa TV\n2. Budi Simanjuntak – TVRI "
                       "Nusa Tenggara Timur\n\nKader Teladan — Siti Aminah\n", date(2024, 1, 5))
    assert {(a.recipient.name, a.category) for a in doc._.awards} == {
        ("Rahmat Sitompul", "Video Jurnalistik"), ("Budi Simanjuntak", "Video Jurnalistik"),
        ("Siti Aminah", "Kader Teladan")}


def test_a_winner_from_a_news_site_named_by_its_domain(nlp):
    doc = analyse(nlp, "PWI Bali mengumumkan para pemenang Anugerah Karya Jurnalistik 2024.\n\nBerikut daftar para juara:"
                       "\n\nKategori Media Daring:\n1. Maria Nainggolan dari lintasdaerah.id, nilai 74,65\n2. Yohanes "
                       "Pratama dari suarasatu.com\n\nJuara I kategori foto diraih Nurul Pratama dari Harian Warta, "
                       "disusul Agus Saputra dari kabarlima.com dan Wahyu Manurung dari kabarlima.com di posisi kedua "
                       "dan ketiga.", date(2024, 10, 5))
    assert {(a.recipient.name, a.grade, a.score) for a in doc._.awards} == {
        ("Maria Nainggolan", "Juara I", 74.65), ("Yohanes Pratama", "Juara II", None),
        ("Nurul Pratama", "Juara I", None), ("Agus Saputra", "Juara II", None), ("Wahyu Manurung", "Peringkat III", None)}


def test_a_relative_clause_after_a_member_does_not_end_the_list(nlp):
    awards = awards_of(nlp, "Predikat BB dalam evaluasi SAKIP Tahun 2024 diraih Kabupaten Lembah Sari, yang "
                            "mencatat nilai 74,90, serta Kabupaten Teluk Damai.")
    assert set(awards) == {"Pemerintah Kabupaten Lembah Sari", "Pemerintah Kabupaten Teluk Damai"}


def test_a_relative_clause_after_the_last_member_adds_nobody(nlp):
    awards = awards_of(nlp, "Predikat BB dalam evaluasi SAKIP Tahun 2024 diraih Kabupaten Lembah Sari, yang "
                            "bertetangga dengan Kabupaten Teluk Damai.")
    assert set(awards) == {"Pemerintah Kabupaten Lembah Sari"}


def test_ranks_told_before_each_winner_after_a_passive(nlp):
    awards = awards_of(nlp, "Lomba Desa Wisata Nusa Samudra 2024 kategori daya tarik diraih Pemenang pertama Desa "
                            "Wisata Batu Putih (Lembah Sari), Pemenang kedua Desa Wisata Teluk Damai, dan Pemenang "
                            "ketiga Desa Wisata Muara Sari.")
    assert {name: a.grade for name, a in awards.items()} == {
        "Desa Wisata Batu Putih": "Pemenang Pertama", "Desa Wisata Teluk Damai": "Pemenang Kedua",
        "Desa Wisata Muara Sari": "Pemenang Ketiga"}


def test_a_title_line_under_the_lists_introduction_keeps_its_class(nlp):
    awards = awards_of(nlp, (
        "Dinas Sosial Jawa Tengah meraih Anugerah Keterbukaan Jawa Tengah 2024.\n"
        "Berikut peringkat badan publik penerima Anugerah Keterbukaan 2024 kategori Informatif\n"
        "REKAPITULASI DAFTAR BADAN PUBLIK JAWA TENGAH 2024\n"
        "- Dinas Kesehatan Jawa Tengah – 96,90\n"
        "- RSUD Tugurejo – 94,02\n"), date(2024, 12, 2))
    assert {name: a.category for name, a in awards.items() if name != "Dinas Sosial Provinsi Jawa Tengah"} == {
        "Dinas Kesehatan Provinsi Jawa Tengah": "Informatif", "RSUD Tugurejo": "Informatif"}


def test_a_counted_groups_members_in_brackets(nlp):
    awards = awards_of(nlp, "Dari Jawa Tengah, tiga daerah (Kabupaten Lembah Sari, Kota Batu Putih, dan Kabupaten "
                            "Teluk Damai) berhasil meraih Piala Adipura 2024. Piala Adipura 2024 kategori kota kecil "
                            "diraih dua kabupaten di Provinsi Jawa Timur (Kabupaten Muara Sari dan Kabupaten Kali "
                            "Jernih).")
    assert set(awards) == {"Pemerintah Kabupaten Lembah Sari", "Pemerintah Kota Batu Putih",
                           "Pemerintah Kabupaten Teluk Damai", "Pemerintah Kabupaten Muara Sari",
                           "Pemerintah Kabupaten Kali Jernih"}


def test_bullet_lines_under_a_title_a_short_introduction_or_with_their_own_class(nlp):
    awards = awards_of(nlp, (
        "Tiga daerah di Nusa Samudra meraih Piala Adipura 2024 kategori kota sedang. Mereka adalah:\n"
        "• Kabupaten Lembah Sari\n• Kota Batu Putih\n\n"
        "Peraih Piala Adipura 2024 Kategori Kota Kecil\n"
        "a. Kabupaten Teluk Damai\nb. Kabupaten Muara Sari\n\n"
        "Berikut daftar peraih Penghargaan Kabupaten/Kota Layak Anak 2024:\n"
        "1) Kabupaten Kali Jernih – predikat Nindya\n2) Kota Tanjung Arum – predikat Pratama\n"), date(2024, 12, 2))
    assert {name: (a.grade, (a.category or "").lower()) for name, a in awards.items()} == {
        "Pemerintah Kabupaten Lembah Sari": (None, "kota sedang"), "Pemerintah Kota Batu Putih": (None, "kota sedang"),
        "Pemerintah Kabupaten Teluk Damai": (None, "kota kecil"), "Pemerintah Kabupaten Muara Sari": (None, "kota kecil"),
        "Pemerintah Kabupaten Kali Jernih": ("Nindya", ""), "Pemerintah Kota Tanjung Arum": ("Pratama", "")}


def test_a_counted_groups_members_after_its_description(nlp):
    awards = awards_of(nlp, (
        "BATU PUTIH, Warta.example - Dua perusahaan yang beroperasi di Kota Batu Putih, PT Sinar Laut Abadi (Sinar Laut) dan PT Tirta "
        "Karang Mas, meraih peringkat Emas dalam Anugerah Hijau Industri 2024. Gelar Juara I Lomba Guru Kreatif "
        "2024 diberikan kepada dua guru SMA Negeri 3 Muara Sari, Kabupaten Muara Sari, Rina Kurniawan, S.Pd., "
        "dan Teguh Sitompul, S.Kom., yang menyusun modul bersama."), date(2024, 12, 2))
    assert {name: (a.category, a.grade) for name, a in awards.items()} == {
        "PT Sinar Laut Abadi": ("Emas", None), "PT Tirta Karang Mas": ("Emas", None),
        "Rina Kurniawan": (None, "Juara I"), "Teguh Sitompul": (None, "Juara I")}


def test_a_fronted_place_or_a_counted_reference_before_the_subject(nlp):
    awards = awards_of(nlp, (
        "Di Kabupaten Lembah Sari, PT Sinar Laut Abadi meraih Anugerah Hijau Industri 2024. "
        "Dua di antaranya, Pengadilan Negeri (PN) Batu Putih dan Kejaksaan Negeri (Kejari) Muara Sari, bahkan "
        "langsung meraih predikat WBBM."), date(2024, 12, 2))
    assert set(awards) == {"PT Sinar Laut Abadi", "Pengadilan Negeri Batu Putih", "Kejaksaan Negeri Muara Sari"}


def test_one_rank_told_before_a_list_is_shared_unless_an_order_follows(nlp):
    shared = awards_of(nlp, "Juara I Lomba Guru Kreatif 2024 diberikan kepada Rina Kurniawan dan Teguh Sitompul.")
    ordered = awards_of(nlp, "Juara I hingga III Lomba Guru Kreatif 2024 diraih Rina Kurniawan, Teguh Sitompul "
                             "dan Agus Hidayat.")
    assert {n: a.grade for n, a in shared.items()} == {"Rina Kurniawan": "Juara I", "Teguh Sitompul": "Juara I"}
    assert {n: a.grade for n, a in ordered.items()} == {
        "Rina Kurniawan": "Juara I", "Teguh Sitompul": "Juara II", "Agus Hidayat": "Juara III"}


def test_each_member_told_with_its_own_category(nlp):
    awards = awards_of(nlp, (
        "Tiga daerah menerima Anugerah Tertib Jalan 2024 dari Kementerian Perhubungan. Mereka adalah Kota Batu "
        "Putih di kategori kota besar, Kota Muara Sari di kategori kota kecil, serta Kabupaten Lembah Sari di "
        "kategori kabupaten. Anugerah Pangan Lestari 2024 diraih Kabupaten Teluk Damai untuk kategori pesisir "
        "dan Kabupaten Kali Jernih untuk kategori pegunungan."))
    assert {name: (a.name, a.category) for name, a in awards.items()} == {
        "Pemerintah Kota Batu Putih": ("Anugerah Tertib Jalan", "kota besar"),
        "Pemerintah Kota Muara Sari": ("Anugerah Tertib Jalan", "kota kecil"),
        "Pemerintah Kabupaten Lembah Sari": ("Anugerah Tertib Jalan", "kabupaten"),
        "Pemerintah Kabupaten Teluk Damai": ("Anugerah Pangan Lestari", "pesisir"),
        "Pemerintah Kabupaten Kali Jernih": ("Anugerah Pangan Lestari", "pegunungan")}


def test_semicolon_lists_with_relative_clauses_or_their_own_class(nlp):
    awards = awards_of(nlp, (
        "Piala Adipura 2024 kategori kota sedang diraih Kota Batu Putih, yang meraihnya untuk ketiga kalinya; "
        "Kabupaten Lembah Sari, yang baru pertama kali meraihnya; serta Kota Muara Sari, yang dipimpin Wali Kota "
        "Rina Kurniawan. Pada penghargaan Anugerah Ramah Anak 2024, penerimanya adalah Kabupaten Teluk Damai "
        "dengan predikat Pratama; Kabupaten Kali Jernih dengan predikat Madya; serta Kota Tanjung Arum dengan "
        "kategori kota kecil."), date(2024, 12, 2))
    assert {name: (a.name, a.grade, a.category) for name, a in awards.items()} == {
        "Pemerintah Kota Batu Putih": ("Piala Adipura", None, "kota sedang"),
        "Pemerintah Kabupaten Lembah Sari": ("Piala Adipura", None, "kota sedang"),
        "Pemerintah Kota Muara Sari": ("Piala Adipura", None, "kota sedang"),
        "Pemerintah Kabupaten Teluk Damai": ("Anugerah Ramah Anak", "Pratama", None),
        "Pemerintah Kabupaten Kali Jernih": ("Anugerah Ramah Anak", "Madya", None),
        "Pemerintah Kota Tanjung Arum": ("Anugerah Ramah Anak", None, "kota kecil")}


def test_a_clause_with_its_verb_left_out_goes_on_with_the_award(nlp):
    awards = awards_of(nlp, (
        "Kota Batu Putih meraih Piala Adipura 2024 kategori kota sedang, sedangkan Kota Muara Sari untuk "
        "kategori kota kecil dan Kabupaten Lembah Sari untuk kategori kota besar. Kabupaten Teluk Damai meraih "
        "Anugerah Ramah Anak 2024 predikat Nindya. Adapun Kota Tanjung Arum meraih predikat Utama, dan "
        "Kabupaten Kali Jernih predikat Madya."), date(2024, 12, 2))
    assert {name: (a.name, a.grade, a.category) for name, a in awards.items()} == {
        "Pemerintah Kota Batu Putih": ("Piala Adipura", None, "kota sedang"),
        "Pemerintah Kota Muara Sari": ("Piala Adipura", None, "kota kecil"),
        "Pemerintah Kabupaten Lembah Sari": ("Piala Adipura", None, "kota besar"),
        "Pemerintah Kabupaten Teluk Damai": ("Anugerah Ramah Anak", "Nindya", None),
        "Pemerintah Kota Tanjung Arum": ("Anugerah Ramah Anak", "Utama", None),
        "Pemerintah Kabupaten Kali Jernih": ("Anugerah Ramah Anak", "Madya", None)}


def test_the_same_predicate_again_and_a_names_lower_case_link(nlp):
    awards = awards_of(nlp, (
        "Predikat Zona Integritas menuju Wilayah Birokrasi Bersih dan Melayani (WBBM) tahun 2024 diraih RSUD "
        "Batu Putih. Kota Muara Sari meraih predikat Zona Hijau dengan kualitas tertinggi dalam Penilaian "
        "Kepatuhan Pelayanan Publik tahun 2024. Kota Tanjung Arum juga meraih predikat yang sama."), date(2024, 12, 2))
    assert {name: a.category for name, a in awards.items()} == {
        "RSUD Batu Putih": "Wilayah Birokrasi Bersih dan Melayani (WBBM)",
        "Pemerintah Kota Muara Sari": "Zona Hijau kualitas tertinggi",
        "Pemerintah Kota Tanjung Arum": "Zona Hijau kualitas tertinggi"}


def test_a_semicolon_series_of_clauses_each_with_its_own_rank_and_category(nlp):
    # each clause after the first leaves its verb out and tells its member's place, rank and category
    awards = awards_of(nlp, (
        "Anugerah Wisata Lestari 2024 diumumkan di Jakarta. Rinciannya, Pantai Karang Biru di Kabupaten Kali "
        "Jernih meraih Juara 1 kategori Pantai Terpopuler; Desa Wisata Sumber Rejo, Kabupaten Lembah Sari, Juara 2 "
        "kategori Desa Wisata Terpopuler; dan Goa Lintang, Kali Jernih, Juara 3 kategori Wisata Alam Terpopuler."))
    assert {name: (a.name, a.grade, a.category) for name, a in awards.items()} == {
        "Pantai Karang Biru": ("Anugerah Wisata Lestari", "Juara I", "Pantai Terpopuler"),
        "Desa Wisata Sumber Rejo": ("Anugerah Wisata Lestari", "Juara II", "Desa Wisata Terpopuler"),
        "Goa Lintang": ("Anugerah Wisata Lestari", "Juara III", "Wisata Alam Terpopuler")}


def test_a_rank_after_a_comma_that_opens_the_next_clause_is_not_the_members(nlp):
    awards = awards_of(nlp, (
        "Pada Anugerah Wisata Lestari 2024, Juara I diraih Pantai Karang Biru, Kabupaten Kali Jernih, Juara II "
        "diraih Goa Lintang."))
    assert {name: a.grade for name, a in awards.items()} == {
        "Pantai Karang Biru": "Juara I", "Goa Lintang": "Juara II"}


def test_ranked_lines_under_an_introduction_that_names_one_category_and_the_giver(nlp):
    awards = awards_of(nlp, (
        "Pemenang Anugerah Desa Lestari 2024 dari Pemerintah Provinsi Jawa Tengah untuk kategori Kelompok Tani "
        "Inovatif:\nJuara 1: Kelompok Tani Subur Makmur di Kabupaten Kendal\nJuara 2: Kelompok Tani Sido Rukun di "
        "Kabupaten Demak"))
    assert {n: (a.grade, a.category, a.giver.name if a.giver else None) for n, a in awards.items()} == {
        "Kelompok Tani Subur Makmur": ("Juara I", "Kelompok Tani Inovatif", "Pemerintah Provinsi Jawa Tengah"),
        "Kelompok Tani Sido Rukun": ("Juara II", "Kelompok Tani Inovatif", "Pemerintah Provinsi Jawa Tengah")}


def test_members_each_with_their_category_in_brackets(nlp):
    awards = awards_of(nlp, (
        "Anugerah Mitra Pajak 2025 diserahkan di Kota Batu Putih. Penerimanya adalah PT Sinar Jaya Abadi (kategori "
        "Wajib Pajak Badan), Budi Santoso (kategori Wajib Pajak Orang Pribadi), serta Dinas Kesehatan Kota Batu Putih "
        "(kategori Instansi Pemerintah)."), date(2025, 12, 10))
    assert {n: a.category for n, a in awards.items()} == {
        "PT Sinar Jaya Abadi": "Wajib Pajak Badan", "Budi Santoso": "Wajib Pajak Orang Pribadi",
        "Dinas Kesehatan Kota Batu Putih": "Instansi Pemerintah"}


def test_an_award_noun_after_a_fronted_category_is_the_subject_of_diterima(nlp):
    awards = awards_of(nlp, "Anugerah Mitra Pajak 2025 diserahkan di Kota Batu Putih. Sementara untuk kategori Wajib "
                            "Pajak Orang Pribadi, penghargaan diterima Budi Santoso.", date(2025, 12, 10))
    assert {n: a.category for n, a in awards.items()} == {"Budi Santoso": "Wajib Pajak Orang Pribadi"}


def test_a_passive_series_of_classes_each_with_its_agent_and_the_verb_left_out(nlp):
    awards = awards_of(nlp, (
        "Anugerah Mitra Pajak 2025 diserahkan di Kota Batu Putih. Kategori Wajib Pajak Badan dimenangkan oleh PT Sinar "
        "Jaya Abadi, kategori Wajib Pajak Orang Pribadi oleh Budi Santoso, dan kategori Instansi Pemerintah oleh Dinas "
        "Kesehatan Kota Batu Putih."), date(2025, 12, 10))
    assert {n: (a.category, a.giver) for n, a in awards.items()} == {
        "PT Sinar Jaya Abadi": ("Wajib Pajak Badan", None), "Budi Santoso": ("Wajib Pajak Orang Pribadi", None),
        "Dinas Kesehatan Kota Batu Putih": ("Instansi Pemerintah", None)}


def test_a_list_line_closes_with_its_recipients_rank_class_and_score(nlp):
    # after a comma or a dash the rest of each line is the recipient's attributes, nothing else
    text = ("Kementerian Dalam Negeri menyerahkan Anugerah Layanan Prima 2025 di Jakarta, Rabu (3/12/2025). "
            "Daftar penerima Anugerah Layanan Prima 2025 meliputi:\n\n"
            "• Pemkab Sleman, kabupaten terbaik I (nilai 91,20)\n"
            "• Pemkab Bantul – peringkat II kategori kabupaten, skor 89,45\n"
            "• SMA Negeri 1 Metro, kategori sekolah pelopor\n")
    awards = analyse(nlp, text, date(2025, 12, 4))._.awards
    assert {(a.recipient.name, a.grade, a.category, a.score) for a in awards} == {
        ("Pemerintah Kabupaten Sleman", "Peringkat I", None, 91.2),
        ("Pemerintah Kabupaten Bantul", "Peringkat II", "kabupaten", 89.45),
        ("SMA Negeri 1 Metro", None, "sekolah pelopor", None)}


def test_an_index_told_to_four_decimals_is_a_lines_score(nlp):
    text = ("Menteri Dalam Negeri menyerahkan Penghargaan Kinerja Daerah 2025, Jumat (25/4/2026). Daftar "
            "lengkapnya meliputi:\n\n• Provinsi Jawa Barat – peringkat II kategori provinsi, skor 3,5120\n"
            "• Kota Bandung, peringkat II kategori kota, skor 3,5012\n")
    awards = analyse(nlp, text, date(2026, 4, 26))._.awards
    assert {(a.recipient.name, a.grade, a.category, a.score) for a in awards} == {
        ("Pemerintah Provinsi Jawa Barat", "Peringkat II", "provinsi", 3.512),
        ("Pemerintah Kota Bandung", "Peringkat II", "kota", 3.5012)}


def test_winners_introduced_by_their_cue_alone_and_a_name_with_an_ampersand(nlp):
    text = ("Kementerian Ketenagakerjaan menyerahkan Zero Accident Award 2025 di Jakarta, Rabu (3/12/2025). "
            "Pemenangnya:\n\n1. PT Sinar Jaya – Kota Batam\n2. Medco E&P Natuna Ltd – Kabupaten Natuna\n")
    awards = analyse(nlp, text, date(2025, 12, 4))._.awards
    assert {(a.recipient.name, a.category) for a in awards} == {("PT Sinar Jaya", None), ("Medco E&P Natuna Ltd", None)}


@pytest.mark.parametrize("clause", [
    "Pemkab Sleman, Pemkab Bantul, dan Pemkab Kulon Progo berturut-turut meraih peringkat pertama, kedua, dan ketiga.",
    "Urutan pertama ditempati Pemkab Sleman, kedua Pemkab Bantul, dan ketiga Pemkab Kulon Progo.",
    "Posisi puncak ditempati Pemkab Sleman dengan nilai 95,1. Berikutnya Pemkab Bantul (93,2) dan Pemkab "
    "Kulon Progo (90,8).",
    "Pemkab Sleman berada di urutan teratas, disusul Pemkab Bantul dan Pemkab Kulon Progo.",
])
def test_each_member_of_a_ranking_takes_its_own_place(nlp, clause):
    text = "Kementerian Dalam Negeri menggelar Anugerah Layanan Prima 2025 di Jakarta, Rabu (3/12/2025). " + clause
    awards = analyse(nlp, text, date(2025, 12, 4))._.awards
    assert {(a.recipient.name, a.grade) for a in awards} == {
        ("Pemerintah Kabupaten Sleman", "Peringkat I"), ("Pemerintah Kabupaten Bantul", "Peringkat II"),
        ("Pemerintah Kabupaten Kulon Progo", "Peringkat III")}



def test_a_village_address_after_a_line_winner_locates_it(nlp):
    # the village, its district and its regency after the winner are where it is, not members;
    # the score in brackets is the winner's
    awards = awards_of(nlp, "Koperasi Maju Bersama meraih juara pertama Lomba Koperasi Tingkat Provinsi Nusa Raya "
                            "Tahun 2025.\nPemenang kategori usaha tani sebagai berikut:\n\n"
                            "Juara I: BUMDes Sumber Rejeki, Desa Batu Putih, Kecamatan Kali Jernih, Kolaka (nilai 90,10)\n"
                            "Juara II: Koperasi Tani Makmur, Desa Muara Sari, Kecamatan Lembah Hijau, Wakatobi "
                            "(nilai 86,45)\n", date(2025, 11, 25))
    assert {n: (a.grade, a.score) for n, a in awards.items() if n != "Koperasi Maju Bersama"} == {
        "BUMDes Sumber Rejeki": ("Juara I", 90.1), "Koperasi Tani Makmur": ("Juara II", 86.45)}


def test_a_region_before_a_clause_about_the_winner_locates_it(nlp):
    awards = awards_of(nlp, "Dewan juri memberikan penghargaan khusus Lomba Koperasi 2025 kepada Koperasi Tani "
                            "Makmur, Kolaka, yang menghimpun tujuh desa.", date(2025, 11, 25))
    assert set(awards) == {"Koperasi Tani Makmur"}


def test_villages_told_one_after_another_are_members(nlp):
    awards = awards_of(nlp, "Penghargaan Desa Sadar Hukum 2025 diraih Desa Batu Putih, Desa Muara Sari, dan "
                            "Desa Lembah Hijau.", date(2025, 11, 25))
    assert set(awards) == {"Desa Batu Putih", "Desa Muara Sari", "Desa Lembah Hijau"}


def test_category_lines_with_an_em_dash_a_body_in_the_label_and_the_winners_address(nlp):
    awards = awards_of(nlp, "Kota Batu Putih meraih Anugerah Peduli Lansia 2025.\nDewan juri menetapkan penerima untuk "
                            "empat kategori lain, yaitu:\n\n"
                            "1. Kategori Layanan Publik — RSUD Batu Putih, Sleman\n"
                            "2. Kategori Kalurahan Ramah Lansia — Kalurahan Muara Sari, Kapanewon Sewon, Bantul "
                            "(nilai 90,05)\n"
                            "3. Kategori Media — Radio Komunitas Suara Warga FM, Gunungkidul\n"
                            "4. Kategori Tokoh Penggerak — Ratna Wulandari\n", date(2025, 12, 4))
    assert {n: (a.category, a.score) for n, a in awards.items() if n != "Pemerintah Kota Batu Putih"} == {
        "RSUD Batu Putih": ("Layanan Publik", None),
        "Kalurahan Muara Sari": ("Kalurahan Ramah Lansia", 90.05),
        "Radio Komunitas Suara Warga FM": ("Media", None),
        "Ratna Wulandari": ("Tokoh Penggerak", None)}


def test_a_reporter_of_a_station_wins_herself(nlp):
    awards = awards_of(nlp, "Pemprov Nusa Raya menyerahkan penghargaan Lomba Karya Jurnalistik Tahun 2023. Ratna "
                            "Wulandari, reporter Radio Suara Warga FM, keluar sebagai juara pertama kategori radio.",
                       date(2023, 11, 12))
    assert set(awards) == {"Ratna Wulandari"}


def test_places_after_the_winner_each_with_their_own_rank_and_score(nlp):
    # a fronted "Di bawah X," names the one above; "A … peringkat kedua (87,15) dan B di peringkat
    # ketiga dengan nilai …": B's clause leaves the verb out, and each keeps its own place and score
    awards = awards_of(nlp, "Kabupaten Kali Jernih keluar sebagai yang terbaik pada Anugerah Peduli Lansia 2025 "
                            "dengan nilai 89,40. Di bawah Kali Jernih, Kota Batu Putih menempati peringkat kedua "
                            "(87,15) dan Kabupaten Muara Sari di peringkat ketiga dengan nilai 85,90.",
                       date(2025, 12, 4))
    assert {n: (a.grade, a.score) for n, a in awards.items()} == {
        "Pemerintah Kabupaten Kali Jernih": (None, 89.4),
        "Pemerintah Kota Batu Putih": ("Peringkat II", 87.15),
        "Pemerintah Kabupaten Muara Sari": ("Peringkat III", 85.9)}


def test_a_place_counted_from_the_bottom_confers_nothing(nlp):
    awards = awards_of(nlp, "Penilaian Kepatuhan Ombudsman 2024 diumumkan. Kota Batu Putih berada pada peringkat "
                            "3 terendah dari 98 kota.", date(2025, 1, 10))
    assert awards == {}


@pytest.mark.parametrize("sentence", [
    "Kota Batu Putih, Kota Muara Sari, termasuk Kota Lembah Hijau, meraih Piala Adipura 2023 kategori kota kecil.",
    "Penerima Piala Adipura 2023 kategori kota kecil pada penilaian tahun ini beragam, mulai dari Kota Batu Putih, "
    "Kota Muara Sari, hingga Kota Lembah Hijau.",
    "Gubernur menempatkan Kota Batu Putih, Kota Muara Sari, dan Kota Lembah Hijau sebagai peraih Piala Adipura "
    "2023 kategori kota kecil."])
def test_lists_joined_by_termasuk_or_hingga_and_a_designation_name_every_member(nlp, sentence):
    awards = awards_of(nlp, "KLHK menyerahkan Piala Adipura 2023 di Jakarta.\n" + sentence, date(2024, 3, 1))
    assert {n: a.category for n, a in awards.items()} == {
        "Pemerintah Kota Batu Putih": "kota kecil", "Pemerintah Kota Muara Sari": "kota kecil",
        "Pemerintah Kota Lembah Hijau": "kota kecil"}


@pytest.mark.parametrize("sentence", [
    "Pada Piala Adipura 2023, Kota Batu Putih meraih kategori kota kecil, Kota Muara Sari meraih kategori kota "
    "sedang, sementara Kota Lembah Hijau meraih kategori kota besar.",
    "Piala Adipura 2023 kategori kota kecil diraih Kota Batu Putih, kategori kota sedang diraih Kota Muara Sari, "
    "sedangkan Kota Lembah Hijau meraih kategori kota besar."])
def test_clauses_of_a_series_each_keep_their_own_category(nlp, sentence):
    awards = analyse(nlp, sentence, date(2024, 3, 1))._.awards
    assert sorted((a.recipient.name, a.category) for a in awards) == [
        ("Pemerintah Kota Batu Putih", "kota kecil"), ("Pemerintah Kota Lembah Hijau", "kota besar"),
        ("Pemerintah Kota Muara Sari", "kota sedang")]


def test_a_counted_pronoun_before_adalah_lists_the_group_counted_before(nlp):
    awards = awards_of(nlp, "Sebanyak tiga unit kerja meraih predikat Zona Integritas menuju WBBM tahun 2022. "
                            "Ketiganya adalah Puskesmas Batu Putih, Polres Kali Jernih dan Puskesmas Muara Sari.",
                       date(2023, 1, 10))
    assert set(awards) == {"Puskesmas Batu Putih", "Polres Kali Jernih", "Puskesmas Muara Sari"}


def test_a_read_also_link_between_list_lines_is_no_winner(nlp):
    awards = awards_of(nlp, "Kementerian PANRB menyerahkan Penghargaan Bhakti Praja 2023 di Jakarta, Selasa "
                            "(10/12/2024). Daftarnya:\n- Kota Batu Putih\n- Kabupaten Kali Jernih\n"
                            "Baca Juga: Kota Muara Sari Raih Penghargaan Kota Sehat 2024\n- Kota Lembah Hijau\n",
                       date(2024, 12, 11))
    assert set(awards) == {"Pemerintah Kota Batu Putih", "Pemerintah Kabupaten Kali Jernih",
                           "Pemerintah Kota Lembah Hijau"}


def test_who_attended_counted_before_termasuk_is_no_winner(nlp):
    awards = awards_of(nlp, "Ombudsman RI menyerahkan Anugerah Cipta Layanan 2023 di Jakarta, Selasa (10/12/2024). "
                            "Daftarnya:\n\nJuara I: PT Cahaya Batu Putih\nJuara II: PT Bumi Kali Jernih\n\n"
                            "Acara tersebut dihadiri perwakilan pemerintah daerah dari 38 provinsi, termasuk "
                            "Provinsi Nusa Raya.", date(2024, 12, 11))
    assert set(awards) == {"PT Cahaya Batu Putih", "PT Bumi Kali Jernih"}


def test_unbulleted_lines_of_a_name_and_its_score_are_winners(nlp):
    awards = awards_of(nlp, "Kementerian Dalam Negeri memberikan Penghargaan Bhakti Praja 2024 kepada dua orang "
                            "berikut:\n\nH. Ratna Wulandari – 92,62\ndr. Rama Wijaya, M.Pd. – 91,48\n\nMenurut "
                            "panitia, penilaian dilakukan sejak Juni.", date(2024, 12, 11))
    assert {n: a.score for n, a in awards.items()} == {"Ratna Wulandari": 92.62, "Rama Wijaya": 91.48}


def test_lines_of_provinces_named_alone_a_score_and_grade_in_one_bracket_and_a_source_note(nlp):
    # "Jambi" and "Gorontalo" are a city and a province each: among provinces named alone, provinces;
    # "(86,84, predikat BB)" holds the score and the grade; "Sumber: …" is a note, no winner
    awards = awards_of(nlp, "Kementerian PANRB merilis hasil Evaluasi Tata Kelola 2023.\nRinciannya sebagai "
                            "berikut:\nPeringkat 1: Jambi (86,84, predikat BB)\nPeringkat 2: Kepulauan Riau "
                            "(80,56, predikat BB)\nPeringkat 3: Gorontalo (76,81, predikat B)\nPeringkat 4: "
                            "Maluku Utara (59,75, predikat C)\nSumber: Kementerian PANRB, diolah\n",
                       date(2023, 12, 11))
    assert {n: (a.grade, a.score) for n, a in awards.items()} == {
        "Pemerintah Provinsi Jambi": ("BB", 86.84), "Pemerintah Provinsi Kepulauan Riau": ("BB", 80.56),
        "Pemerintah Provinsi Gorontalo": ("B", 76.81), "Pemerintah Provinsi Maluku Utara": ("C", 59.75)}


def test_a_unit_line_with_its_regency_then_a_score_or_a_colon_keeps_both_for_the_unit(nlp):
    # "SD X, Kabupaten Y (nilai …)" and "- RS X, Kabupaten Y: …, skor …": the regency is where the
    # unit lies, no second winner, and owns no score
    doc = analyse(nlp, "Tim Pembina menetapkan juara Lomba Kebun Sekolah 2025. Berikut daftar juaranya:\n"
                       "Juara I: SD Negeri 4 Batu Putih, Kabupaten Kali Jernih (nilai 91,25)\n"
                       "Juara II: MI Nurul Huda, Kabupaten Muara Sari (nilai 89,10)\n", date(2025, 9, 1))
    assert {a.recipient.name: (a.grade, a.score) for a in doc._.awards} == {
        "SD Negeri 4 Batu Putih": ("Juara I", 91.25), "MI Nurul Huda": ("Juara II", 89.1)}
    assert {s.entity.name: s.value for s in doc._.scores} == {"SD Negeri 4 Batu Putih": 91.25,
                                                               "MI Nurul Huda": 89.1}
    doc = analyse(nlp, "Dua organisasi meraih Anugerah Mutu Layanan 2025, yakni:\n"
                       "- RSUD Sentosa Medika, Kabupaten Kali Jernih: kategori Organisasi Besar, skor 731,80;\n"
                       "- UD Kerupuk Makmur, Kabupaten Muara Sari: kategori Organisasi Kecil, skor 612,40.\n",
                  date(2025, 11, 13))
    assert {a.recipient.name: a.score for a in doc._.awards} == {"RSUD Sentosa Medika": 731.8,
                                                                 "UD Kerupuk Makmur": 612.4}
    assert {s.entity.name for s in doc._.scores} == {"RSUD Sentosa Medika", "UD Kerupuk Makmur"}


def test_a_counted_part_of_the_group_told_two_sentences_before_introduces_its_lines(nlp):
    # "N di antaranya …, yakni:" over lines: members of the counted group that received the award,
    # with a handover sentence between; a part with a class of its own keeps it
    awards = awards_of(nlp, "Kementerian Hukum menganugerahkan penghargaan Desa Taat Hukum 2025 kepada 9 desa "
                            "di Nusa Raya. Penghargaan tersebut diserahkan kepada para kepala desa di Gedung "
                            "Serba Guna, Senin (20/10/2025). Tiga di antaranya berasal dari Kabupaten Kali "
                            "Jernih, yakni:\n1. Desa Batu Putih, Kecamatan Sungai Lebar, Kabupaten Kali Jernih\n"
                            "2. Desa Muara Sari, Kecamatan Sungai Lebar, Kabupaten Kali Jernih\n",
                       date(2025, 10, 21))
    assert set(awards) == {"Desa Batu Putih", "Desa Muara Sari"}
    assert awards["Desa Muara Sari"].name == "Desa Taat Hukum"
    awards = awards_of(nlp, "Dinas Kesehatan menyerahkan sertifikat Akreditasi Puskesmas 2024 kepada lima "
                            "puskesmas. Tiga puskesmas meraih status Paripurna, yaitu Puskesmas Batu Putih, "
                            "Puskesmas Kali Jernih, dan Puskesmas Muara Sari. Dua lainnya terakreditasi Utama:\n"
                            "1. Puskesmas Sungai Lebar\n2. Puskesmas Lembah Hijau\n", date(2024, 11, 5))
    assert {n: a.grade for n, a in awards.items() if n.endswith(("Lebar", "Hijau"))} == {
        "Puskesmas Sungai Lebar": "Utama", "Puskesmas Lembah Hijau": "Utama"}


def test_a_line_value_with_its_tier_in_brackets_gives_the_grade(nlp):
    # "Kota X: <what it received> (Utama)": the tier is the grade, the rest the class or award
    awards = awards_of(nlp, "Pemerintah Provinsi Nusa Raya mengumumkan hasil Penghargaan Cipta Praja 2023, Senin "
                            "(11/12/2023).\nRinciannya:\n1. Pemkot Batu Putih: Cipta Arunika Kencana (Utama)\n"
                            "2. Pemkab Kali Jernih: Trofi Wiyata Lestari (Nindya)\n", date(2023, 12, 12))
    assert {n: (a.grade, a.category) for n, a in awards.items()} == {
        "Pemerintah Kota Batu Putih": ("Utama", "Cipta Arunika Kencana"),
        "Pemerintah Kabupaten Kali Jernih": ("Nindya", None)}
    assert awards["Pemerintah Kabupaten Kali Jernih"].name == "Trofi Wiyata Lestari"


def test_a_body_a_dash_then_unknown_capitalised_words_is_a_winner_and_what_it_received(nlp):
    awards = awards_of(nlp, "Sebanyak tiga pemerintah daerah menerima Penghargaan Wira Pelayanan 2023 dari Ombudsman "
                            "RI.\nAdapun penerima penghargaan tersebut yakni:\n1. Pemerintah Kota Batu Putih – Bina "
                            "Tirta Kencana (Zona Hijau)\n2. Pemkab Kali Jernih – Sertifikat Tunas Prima (Zona Kuning)\n"
                            "3. Pemkot Muara Sari – Cipta Arunika Kencana (Zona Kuning)\n", date(2023, 12, 12))
    assert {n: a.category for n, a in awards.items()} == {
        "Pemerintah Kota Batu Putih": "Zona Hijau", "Pemerintah Kabupaten Kali Jernih": "Zona Kuning",
        "Pemerintah Kota Muara Sari": "Zona Kuning"}


def test_graded_lines_under_a_named_index_are_its_awards_and_a_line_not_assessed_is_none(nlp):
    awards = awards_of(nlp, "Badan Tata Praja Nusa Raya, Senin, 19 Februari 2024, merilis Indeks Akuntabilitas Karya "
                            "Bhakti hasil evaluasi 2023.\nBerikut hasilnya:\n1. Kabupaten Batu Putih 89,16 (BB)\n"
                            "2. Kota Muara Sari 82,88 (B)\n3. Kota Kali Jernih (belum dinilai)\n", date(2024, 2, 20))
    assert {n: (a.name, a.grade, a.score) for n, a in awards.items()} == {
        "Pemerintah Kabupaten Batu Putih": ("Penghargaan Indeks Akuntabilitas Karya Bhakti", "BB", 89.16),
        "Pemerintah Kota Muara Sari": ("Penghargaan Indeks Akuntabilitas Karya Bhakti", "B", 82.88)}
    awards = awards_of(nlp, "Hasil Penilaian Kinerja Layanan Daerah 2024 diumumkan Kementerian Dalam Negeri, Kamis "
                            "(9/1/2025).\n| No | Daerah | Predikat |\n| 1 | Kabupaten Batu Putih | A |\n"
                            "| 2 | Kota Muara Sari | belum dinilai |\n", date(2025, 1, 10))
    assert set(awards) == {"Pemerintah Kabupaten Batu Putih"}
    awards = awards_of(nlp, "Pemprov Nusa Raya merilis Indeks Tata Praja Mandiri hasil evaluasi 2023.\nBerikut hasilnya:"
                            "\nPeringkat 1: Kabupaten Batu Putih (BB)\nBelum dinilai: Kota Muara Sari\n", date(2024, 2, 16))
    assert set(awards) == {"Pemerintah Kabupaten Batu Putih"}


def test_a_gapped_clause_with_a_class_named_after_predikat_goes_on_with_the_award(nlp):
    # "…, sedangkan B dengan predikat WBBM dan C dengan predikat …": each its own class, the verb left out
    awards = awards_of(nlp, "Puskesmas Batu Putih meraih predikat Zona Integritas menuju WBK tahun 2022, sedangkan "
                            "Puskesmas Kali Jernih dengan predikat WBBM dan Puskesmas Muara Sari dengan predikat "
                            "Wilayah Birokrasi Bersih dan Melayani (WBBM).", date(2022, 12, 20))
    assert {n: a.category for n, a in awards.items()} == {
        "Puskesmas Batu Putih": "WBK",
        "Puskesmas Kali Jernih": "Wilayah Birokrasi Bersih dan Melayani (WBBM)",
        "Puskesmas Muara Sari": "Wilayah Birokrasi Bersih dan Melayani (WBBM)"}


@pytest.mark.parametrize("grade_sentence, intro", [
    ("Kesemuanya meraih predikat BB.", "Berikut hasilnya:\n"),
    ("Daerah yang tercantum di bawah ini seluruhnya berpredikat BB.", "Rinciannya sebagai berikut:\n")])
def test_a_grade_told_for_the_whole_group_before_its_table_is_each_rows(nlp, grade_sentence, intro):
    # "Kesemuanya meraih predikat B." over a list or table whose rows tell no grade of their own
    awards = awards_of(nlp, "Badan Tata Praja menetapkan predikat Mutu Tata Kelola Tahun 2024 bagi dua provinsi, Kamis "
                            f"(5/12/2024). {grade_sentence}\n{intro}| No | Provinsi | Nilai |\n| 1 | Provinsi Nusa Raya | 78,75 |\n"
                            "| 2 | Provinsi Sumber Rejo | 76,16 |\n", date(2024, 12, 6))
    assert {n: (a.grade, a.score) for n, a in awards.items()} == {
        "Pemerintah Provinsi Nusa Raya": ("BB", 78.75), "Pemerintah Provinsi Sumber Rejo": ("BB", 76.16)}


def test_a_number_under_a_rank_column_is_the_rank_and_a_dash_there_wins_nothing(nlp):
    # "| Peringkat | Provinsi | Nilai |": "1" is the first place; "–" ranks no one (the score stays)
    doc = analyse(nlp, "Badan Tata Praja mengumumkan hasil Indeks Inovasi Daerah 2024, Kamis (5/12/2024).\nUrutan "
                       "peringkat hasil penilaian:\n| Peringkat | Provinsi | Nilai |\n| 1 | Provinsi Nusa Raya | 97,09 |\n"
                       "| 2 | Provinsi Sumber Rejo | 83,83 |\n| – | Provinsi Lembah Sari | 45,10 |\n", date(2024, 12, 6))
    assert {(a.recipient.name, a.grade) for a in doc._.awards} == {
        ("Pemerintah Provinsi Nusa Raya", "Peringkat I"), ("Pemerintah Provinsi Sumber Rejo", "Peringkat II")}
    assert ("Pemerintah Provinsi Lembah Sari", 45.1) in {(s.entity.name, s.value) for s in doc._.scores}


@pytest.mark.parametrize("blank", ["– 43,34 – –", "43,34 (–)"])
def test_results_announced_over_numbered_lines_and_a_line_with_an_empty_grade(nlp, blank):
    # "X mengumumkan Indeks Y 2024" over numbered lines with no introduction: the lines are its results; a
    # line whose grade cell is a dash alone received no predicate, its score stays
    doc = analyse(nlp, "Indeks Inovasi Daerah Tahun 2024 resmi diumumkan Badan Tata Praja pada Kamis (5/12/2024).\n"
                       "1. Kota Batu Putih – 87,01 – BB\n2. Kabupaten Sumber Rejo – 80,53 – B\n"
                       f"3. Kabupaten Lembah Sari {blank}\n", date(2024, 12, 6))
    assert {(a.recipient.name, a.grade, a.score) for a in doc._.awards} == {
        ("Pemerintah Kota Batu Putih", "BB", 87.01), ("Pemerintah Kabupaten Sumber Rejo", "B", 80.53)}
    assert ("Pemerintah Kabupaten Lembah Sari", 43.34) in {(s.entity.name, s.value) for s in doc._.scores}


def test_a_list_after_the_awards_year_and_a_comma_is_of_recipients(nlp):
    # "Ada N daerah yang meraih X tahun 2023, yakni A, B, dan C": "tahun" before the opener is the award's
    # year, not what the opener lists
    awards = awards_of(nlp, "Ada tiga pemerintah daerah yang meraih Penghargaan Tata Kelola tahun 2023, yakni Kota Batu "
                            "Putih, Kabupaten Sumber Rejo, dan Kota Kali Jernih.", date(2024, 1, 5))
    assert {n: a.year for n, a in awards.items()} == {
        "Pemerintah Kota Batu Putih": 2023, "Pemerintah Kabupaten Sumber Rejo": 2023, "Pemerintah Kota Kali Jernih": 2023}


def test_a_designated_counted_group_with_its_members_in_brackets(nlp):
    # "X menempatkan tiga kota (A, B, dan C) sebagai peraih Y": the members in brackets win Y
    awards = awards_of(nlp, "Provinsi Nusa Raya menempatkan tiga kabupaten/kota (Kota Batu Putih, Kabupaten Sumber "
                            "Rejo, dan Kota Kali Jernih) sebagai peraih Piala Adipura 2023 kategori kota sedang.",
                       date(2024, 1, 5))
    assert {n: (a.name, a.category) for n, a in awards.items()} == {
        n: ("Piala Adipura", "kota sedang") for n in ("Pemerintah Kota Batu Putih", "Pemerintah Kabupaten Sumber Rejo",
                                                      "Pemerintah Kota Kali Jernih")}


def test_the_winners_picked_out_of_a_pool_of_nominees(nlp):
    # "Dari empat daerah yang masuk nominasi, yakni A, B, C dan D, hanya A dan B yang meraih X": the pool's
    # nomination blocks nothing after "hanya"; C and D win nothing
    awards = awards_of(nlp, "Dari empat kabupaten/kota yang masuk nominasi, yakni Kota Batu Putih, Kabupaten Sumber Rejo, "
                            "Kota Kali Jernih dan Kabupaten Lembah Sari, hanya Kota Batu Putih dan Kabupaten Sumber Rejo "
                            "yang meraih Piala Adipura 2022 kategori kota kecil.", date(2023, 1, 5))
    assert set(awards) == {"Pemerintah Kota Batu Putih", "Pemerintah Kabupaten Sumber Rejo"}


def test_a_named_category_over_a_list_of_bodies_lists_its_winners(nlp):
    # "… kategori Kabupaten Sehat, yakni A, B, dan C": the opener lists the named class's winners (bodies),
    # not categories
    awards = awards_of(nlp, "Ada tiga pemerintah daerah yang meraih Anugerah Tata Kelola 2023 kategori Kabupaten Sehat, "
                            "yakni Kota Batu Putih, Kabupaten Sumber Rejo, dan Kota Kali Jernih.", date(2024, 1, 5))
    assert set(awards) == {"Pemerintah Kota Batu Putih", "Pemerintah Kabupaten Sumber Rejo", "Pemerintah Kota Kali Jernih"}


def test_beserta_joins_recipients(nlp):
    # "A beserta B meraih X": two recipients
    awards = awards_of(nlp, "Kabupaten Sumber Rejo beserta Kabupaten Lembah Sari meraih Anugerah Tata Kelola 2023.",
                       date(2024, 1, 5))
    assert set(awards) == {"Pemerintah Kabupaten Sumber Rejo", "Pemerintah Kabupaten Lembah Sari"}


def test_a_government_name_stops_at_the_next_kind_word(nlp):
    # "Kabupaten A Kabupaten B" (a comma left out): A's name does not run on into B's
    awards = awards_of(nlp, "Anugerah Tata Kelola 2023 diraih Kabupaten Sleman Kabupaten Bantul.", date(2024, 1, 5))
    assert "Pemerintah Kabupaten Sleman" in awards and not any("Bantul" in n for n in awards)


def test_a_province_written_after_a_regency_without_a_comma_locates_it(nlp):
    # "Kabupaten A Provinsi P dan Kota B Provinsi Q": the provinces locate, the names are the regency's and city's
    awards = awards_of(nlp, "Anugerah Tata Kelola 2023 diraih Kabupaten Sleman Provinsi DIY dan Kota Surakarta Provinsi "
                            "Jawa Tengah.", date(2024, 1, 5))
    assert set(awards) == {"Pemerintah Kabupaten Sleman", "Pemerintah Kota Surakarta"}


@pytest.mark.parametrize("between", ["kompak", "serentak", "sekali lagi", "secara bersamaan", "baru saja",
                                     "untuk ketiga kalinya", "untuk kali ketiga", "kembali untuk kesekian kalinya"])
def test_an_adverbial_between_a_listed_subject_and_its_verb(nlp, between):
    # "A, B, dan C kompak meraih X", "… untuk ketiga kalinya meraih X": the list is still the subject
    awards = awards_of(nlp, f"Kota Batu Putih, Kabupaten Sumber Rejo, dan Kota Kali Jernih {between} meraih Anugerah "
                            "Tata Kelola 2023.", date(2024, 1, 5))
    assert set(awards) == {"Pemerintah Kota Batu Putih", "Pemerintah Kabupaten Sumber Rejo", "Pemerintah Kota Kali Jernih"}


@pytest.mark.parametrize("text", ["Pemkab dan Pemkot Magelang meraih Anugerah Tata Kelola 2023.",
                                  "Anugerah Tata Kelola 2023 diraih Kabupaten dan Kota Blitar."])
def test_a_regency_and_a_city_sharing_one_name_are_two_governments(nlp, text):
    # "Pemkab dan Pemkot X": the first kind word alone names the regency of X (the gazetteer knows both)
    awards = awards_of(nlp, text, date(2024, 1, 5))
    region = "Magelang" if "Magelang" in text else "Blitar"
    assert set(awards) == {f"Pemerintah Kabupaten {region}", f"Pemerintah Kota {region}"}


@pytest.mark.parametrize("opener", ["Tercatat", "Tercatat,"])
def test_a_verb_opening_the_sentence_is_no_clause_before_the_listed_subject(nlp, opener):
    # "Tercatat A, B, dan C meraih X": a verb with no subject before it does not make ", dan C" a clause of its own
    awards = awards_of(nlp, f"{opener} Kota Batu Putih, Kabupaten Sumber Rejo, dan Kota Kali Jernih meraih Anugerah "
                            "Tata Kelola 2023.", date(2024, 1, 5))
    assert set(awards) == {"Pemerintah Kota Batu Putih", "Pemerintah Kabupaten Sumber Rejo", "Pemerintah Kota Kali Jernih"}


def test_bodies_after_a_comma_and_bersama_win_with_the_subject(nlp):
    # "A meraih X, bersama B dan C": "bersama" is a preposition, not a verb opening a clause of its own
    awards = awards_of(nlp, "Kota Batu Putih menjadi salah satu penerima Anugerah Tata Kelola 2023, bersama Kabupaten "
                            "Sumber Rejo dan Kota Kali Jernih.", date(2024, 1, 5))
    assert set(awards) == {"Pemerintah Kota Batu Putih", "Pemerintah Kabupaten Sumber Rejo", "Pemerintah Kota Kali Jernih"}


def test_a_government_named_by_its_region_alone_is_a_member_not_a_person(nlp):
    # "Pemerintah Aceh, Kabupaten X, dan Kota Y": the province's government, and the regency after it
    # is the next member, not where a person of that name lives; a foreign government stays as told
    awards = awards_of(nlp, "Anugerah Tata Kelola 2023 diraih oleh Pemerintah Aceh, Kabupaten Pidie, dan Kota Langsa.",
                       date(2024, 1, 5))
    assert set(awards) == {"Pemerintah Provinsi Aceh", "Pemerintah Kabupaten Pidie", "Pemerintah Kota Langsa"}
    awards = awards_of(nlp, "Anugerah Tata Kelola 2023 diberikan kepada Pemerintah Jepang dan Pemerintah Aceh.",
                       date(2024, 1, 5))
    assert set(awards) == {"Pemerintah Jepang", "Pemerintah Provinsi Aceh"}


def test_a_weekday_closing_a_place_name_is_part_of_it(nlp):
    # "Puskesmas Balai Selasa": a market day in a place's name; "… Selasa (20/1)" is the day of the event
    awards = awards_of(nlp, "Puskesmas Pasar Minggu, Puskesmas Balai Selasa, dan Puskesmas Kampung Baru meraih "
                            "Anugerah Layanan Sehat 2023. Penghargaan diserahkan di Puskesmas Kampung Baru Selasa "
                            "(20/1).", date(2024, 1, 22))
    assert set(awards) == {"Puskesmas Pasar Minggu", "Puskesmas Balai Selasa", "Puskesmas Kampung Baru"}


@pytest.mark.parametrize("grade", ["predikat Utama", "status tertinggi, Utama", "tingkat tertinggi, Utama"])
def test_a_list_after_yakni_is_the_subject_of_the_verb_after_it(nlp, grade):
    # "Tiga daerah, yakni A, B, dan C, meraih <grade>": the grade after the verb is each member's
    # (a tier told after a superlative and a comma is the grade, and "kategori tertinggi" no category)
    awards = awards_of(nlp, "Kementerian Kesehatan menyerahkan Anugerah Layanan Sehat 2023. Tiga daerah, yakni Kota Batu "
                            f"Putih, Kabupaten Sumber Rejo, dan Kota Kali Jernih, meraih {grade}, kategori tertinggi "
                            "dalam penghargaan tersebut.", date(2024, 1, 5))
    assert set(awards) == {"Pemerintah Kota Batu Putih", "Pemerintah Kabupaten Sumber Rejo", "Pemerintah Kota Kali Jernih"}
    assert {(a.grade, a.category) for a in awards.values()} == {("Utama", None)}


def test_a_list_after_yakni_keeps_its_heading_when_the_verb_after_it_wins_no_award(nlp):
    # "Tiga di antaranya, yakni A, B, dan C, mengantongi nilai tertinggi": the award of the sentence before
    awards = awards_of(nlp, "Lima daerah meraih Anugerah Layanan Sehat 2023. Tiga di antaranya, yakni Kota Batu Putih, "
                            "Kabupaten Sumber Rejo, dan Kota Kali Jernih, mengantongi nilai tertinggi.", date(2024, 1, 5))
    assert set(awards) == {"Pemerintah Kota Batu Putih", "Pemerintah Kabupaten Sumber Rejo", "Pemerintah Kota Kali Jernih"}


def test_a_tier_alone_with_a_colon_heads_the_lines_under_it(nlp):
    # "Nindya:" over lines: a heading inside the list (its tier each line's grade), not a new introduction
    doc = analyse(nlp, "Pemerintah Provinsi Kali Jernih mengumumkan hasil Anugerah Layanan Prima 2023 di Aula Kantor "
                       "Gubernur, Jumat (8/12/2023).\n\nRinciannya:\nUtama:\n- Dinas Koperasi: 95,61\nNindya:\n"
                       "- Dinas Kesehatan: 95,32\n- Dinas Perhubungan: 79,51\n", date(2023, 12, 9))
    assert sorted((a.recipient.name.split(" Provinsi")[0], a.grade) for a in doc._.awards) == [
        ("Dinas Kesehatan", "Nindya"), ("Dinas Koperasi", "Utama"), ("Dinas Perhubungan", "Nindya")]


@pytest.mark.parametrize("described", ["yang selalu membayar iurannya", "yang selalu membayar iurannya sebelum jatuh tempo"])
def test_a_relative_clause_describing_the_counted_winners_keeps_the_list_after_it(nlp, described):
    # "diberikan kepada tiga warga yang <verb> …, di antaranya A, B, dan C": the verb describes the group;
    # "sebelum <noun>" is before something, not an earlier time
    awards = awards_of(nlp, "Pemkot Kali Jernih menyerahkan Anugerah Warga Teladan 2024. Kategori perorangan diberikan "
                            f"kepada tiga warga {described}, di antaranya Ir. Rudi Hartono, Hj. Wulan Sari, dan "
                            "Anton Siregar.", date(2025, 3, 17))
    assert set(awards) == {"Rudi Hartono", "Wulan Sari", "Anton Siregar"}
    assert {a.category for a in awards.values()} == {"perorangan"}


def test_a_code_word_is_part_of_a_lower_case_category(nlp):
    awards = awards_of(nlp, "Pemkot Kali Jernih menyerahkan Anugerah Warga Teladan 2024. Adapun kategori pelapor SPT-B2 "
                            "tercepat diberikan kepada Anton Siregar.", date(2025, 3, 17))
    assert awards["Anton Siregar"].category == "pelapor SPT-B2 tercepat"


@pytest.mark.parametrize("text", [
    "Bintang Jasa Utama dianugerahkan kepada Almarhum Rudi Hartono mantan Hakim Agung, dan Almarhumah Wulan Sari mantan "
    "Menteri Pariwisata.",
    "Bintang Jasa Utama dianugerahkan kepada Rudi Hartono, mantan Hakim Agung, dan Wulan Sari, eks Duta Besar.",
    "Bintang Jasa Utama dianugerahkan kepada Rudi Hartono, Hakim Agung, dan Mendiang Wulan Sari."])
def test_persons_with_a_role_once_held_or_a_deceased_honorific_are_each_a_member(nlp, text):
    # "Almarhum X mantan <title>, dan Y": the honorific is no part of the name, the role describes the person
    assert set(awards_of(nlp, text, date(2025, 8, 14))) == {"Rudi Hartono", "Wulan Sari"}


@pytest.mark.parametrize("text", [
    "Anugerah Kebudayaan 2025 diberikan kepada budayawan Rudi Hartono, penari Wulan Sari, dan dalang Anton Siregar.",
    "Adapun penerima Anugerah Kebudayaan 2025 ialah Rudi Hartono selaku pelestari tari, Wulan Sari selaku pencipta "
    "lagu daerah, dan Anton Siregar selaku dalang.",
    "Penerima Anugerah Kebudayaan 2025 lainnya adalah Rudi Hartono (Sleman, DIY), Wulan Sari (Bantul, DIY) Anton "
    "Siregar (Medan, Sumatera Utara)."])
def test_persons_listed_each_with_a_role_or_a_place(nlp, text):
    # a role before each member, "selaku <role>" after it, a bracketed origin with the comma left out
    assert set(awards_of(nlp, text, date(2025, 8, 14))) == {"Rudi Hartono", "Wulan Sari", "Anton Siregar"}


def test_a_role_with_a_workplace_after_a_person_is_no_member(nlp):
    # "X, wartawan Harian Y, atas liputannya": the role and its workplace describe X
    awards = awards_of(nlp, "Penghargaan jurnalis terbaik Anugerah Warta 2025 jatuh kepada Riska Amelia, wartawan Harian "
                            "Suara Pagi, atas liputannya.", date(2025, 8, 14))
    assert set(awards) == {"Riska Amelia"}


def test_a_counted_group_after_bersama_lists_its_members_after_an_opener(nlp):
    # "A menerima X bersama empat kabupaten lainnya, yaitu B, C, D, dan E"
    awards = awards_of(nlp, "Kota Yogyakarta menerima Anugerah Kinerja Daerah 2025 bersama empat kabupaten lainnya, yaitu "
                            "Sleman, Bantul, Gunungkidul, dan Kulon Progo.", date(2025, 8, 14))
    assert set(awards) == {"Pemerintah Kota Yogyakarta", "Pemerintah Kabupaten Sleman", "Pemerintah Kabupaten Bantul",
                           "Pemerintah Kabupaten Gunungkidul", "Pemerintah Kabupaten Kulon Progo"}


@pytest.mark.parametrize("opener", ["yakni", "antara lain"])
def test_a_body_before_bersama_wins_with_the_counted_groups_members_in_the_subject(nlp, opener):
    # "A bersama dua kabupaten, yakni B dan C, menerima X": A wins too, and the first member after
    # "antara lain" ("lain" is no class noun there)
    awards = awards_of(nlp, f"Pemprov Jambi bersama tiga daerah lain, {opener} Kabupaten Kerinci, Kabupaten Tebo, dan "
                            "Kabupaten Bungo, menerima Harmony Award 2025 dari Kementerian Agama.", date(2025, 8, 14))
    assert set(awards) == {"Pemerintah Provinsi Jambi", "Pemerintah Kabupaten Kerinci", "Pemerintah Kabupaten Tebo",
                           "Pemerintah Kabupaten Bungo"}


@pytest.mark.parametrize("text", [
    "Rudi Hartono tak menyangka dirinya meraih Anugerah Abdi Negara 2025.",
    "Rudi Hartono, guru SD Negeri 1 Natar, mengaku tidak menyangka bisa meraih Anugerah Abdi Negara 2025.",
    "Rudi Hartono mengaku bangga meraih Anugerah Abdi Negara 2025."])
def test_a_person_saying_how_they_feel_about_winning_is_the_recipient(nlp, text):
    # a negated verb of surprise does not deny the award; the one who speaks is the one who won
    assert set(awards_of(nlp, text, date(2025, 8, 14))) == {"Rudi Hartono"}


def test_a_neighbourhood_unit_is_named_with_its_village(nlp):
    # "RW 10 Kelurahan X Kecamatan Y": an RW is named with the village told right after it
    awards = awards_of(nlp, "Pemkot Semarang menggelar Lomba Kampung Hebat 2024. RW 3 Kelurahan Tegalsari Kecamatan "
                            "Candisari menjadi juara pertama kategori Kampung Bersih, sedangkan RT 2 Desa Sukamaju juara "
                            "kedua.", date(2025, 8, 14))
    assert {"RW 3 Kelurahan Tegalsari", "RT 2 Desa Sukamaju"} <= set(awards)


def test_ranks_told_in_clauses_with_the_verb_left_out_after_commas(nlp):
    # "A meraih juara pertama, B juara kedua, dan C juara ketiga": each its own rank, the first's not the last's
    doc = analyse(nlp, "Pemkot Semarang menggelar Lomba Kampung Hebat 2024. Kelurahan Tegalsari meraih juara pertama, "
                       "Kelurahan Jomblang juara kedua, dan Kelurahan Candi juara ketiga.", date(2024, 8, 14))
    assert sorted((a.recipient.name, a.grade) for a in doc._.awards) == [
        ("Kelurahan Candi", "Juara III"), ("Kelurahan Jomblang", "Juara II"), ("Kelurahan Tegalsari", "Juara I")]


@pytest.mark.parametrize("second", ["di kategori Kampung Kreatif", "pemenang kategori Kampung Kreatif"])
def test_a_clause_with_its_verb_left_out_after_berjaya(nlp, second):
    # "A berjaya di kategori K, B di kategori L", "…, B pemenang kategori L": each its own category
    doc = analyse(nlp, "Pemkot Semarang menggelar Lomba Kampung Hebat 2024. Kelurahan Tegalsari berjaya di kategori "
                       f"Kampung Bersih, Kelurahan Jomblang {second}.", date(2024, 8, 14))
    assert sorted((a.recipient.name, a.category) for a in doc._.awards) == [
        ("Kelurahan Jomblang", "Kampung Kreatif"), ("Kelurahan Tegalsari", "Kampung Bersih")]


def test_a_category_ends_at_a_join_before_another_award_noun(nlp):
    # "… di kategori K dan penghargaan L diterima X": the category stops before "dan <award noun>"
    doc = analyse(nlp, "Pemkot Semarang menggelar Lomba Kampung Hebat 2024. Kelurahan Candi meraih juara di kategori "
                       "Balai Warga Teladan dan penghargaan perorangan diterima Rina Astuti.", date(2024, 8, 14))
    assert ("Kelurahan Candi", "Balai Warga Teladan") in {(a.recipient.name, a.category) for a in doc._.awards}


@pytest.mark.parametrize("opener", ["terdapat", "terdapat nama", "ada nama"])
def test_a_list_after_terdapat_among_the_winners(nlp, opener):
    # "Di antara penerima X terdapat (nama) A dan B"
    assert set(awards_of(nlp, f"Di antara penerima Anugerah Kebudayaan 2025 {opener} Rudi Hartono dan Wulan Sari.",
                         date(2025, 8, 14))) == {"Rudi Hartono", "Wulan Sari"}


def test_categories_listed_with_their_winners_in_brackets(nlp):
    # "antara lain Aktor Terpilih (A), Aktris Terpilih (B), dan Sutradara Terpilih (C)": each category's winner
    doc = analyse(nlp, "Pemenang Piala Layar 2019 antara lain Aktor Utama Terpilih (Raka Pratama), Aktris Utama Terpilih "
                       "(Dinda Lestari), dan Sutradara Terpilih (Joko Susilo).", date(2019, 1, 20))
    assert {(a.recipient.name, a.category) for a in doc._.awards} == {
        ("Raka Pratama", "Aktor Utama Terpilih"), ("Dinda Lestari", "Aktris Utama Terpilih"),
        ("Joko Susilo", "Sutradara Terpilih")}


def test_winners_listed_with_their_category_in_brackets_are_not_read_backwards(nlp):
    doc = analyse(nlp, "Pemenang Anugerah Musik Laut 2024 antara lain Raka Pratama (Penata Musik Terbaik) dan Dinda "
                       "Lestari (Produser Terbaik).", date(2024, 3, 9))
    assert {a.recipient.name for a in doc._.awards} == {"Raka Pratama", "Dinda Lestari"}


@pytest.mark.parametrize("text", ["Seniman asal Sleman Rudi Hartono meraih Anugerah Kebudayaan 2025.",
                                  "Sosok inspiratif Rudi Hartono meraih Anugerah Kebudayaan 2025.",
                                  "Pemuda asal Bantul, Rudi Hartono, meraih Anugerah Kebudayaan 2025."])
def test_a_person_after_a_role_and_where_they_come_from(nlp, text):
    # "Seniman asal Sleman Rudi Hartono": the region is where the person comes from, the name is not a place's
    assert set(awards_of(nlp, text, date(2025, 8, 14))) == {"Rudi Hartono"}


@pytest.mark.parametrize("text", ["Raka Pratama diumumkan sebagai penerima trofi Aktor Utama Terpilih pada Piala Layar 2019.",
                                  "Kota Batu Putih diumumkan sebagai pemenang Anugerah Tata Kelola 2023."])
def test_one_announced_as_the_winner_receives(nlp, text):
    # "X diumumkan sebagai penerima/pemenang Y": announced as the one who won
    assert len(awards_of(nlp, text, date(2024, 1, 20))) == 1


@pytest.mark.parametrize("clause", ["ketika diumumkan sebagai penerima", "setelah meraih"])
def test_a_person_named_without_a_title_is_the_subject_of_a_time_clause(nlp, clause):
    # "X membuktikan kehebatannya setelah meraih Y": the person the sentence opens with won
    text = f"Raka Pratama sekali lagi membuktikan kehebatannya {clause} trofi Aktor Utama Terpilih pada Piala Layar 2019."
    assert set(awards_of(nlp, text, date(2019, 1, 20))) == {"Raka Pratama"}


def test_a_person_named_again_by_one_word_of_a_name_told_before(nlp):
    # "Penyerahan penghargaan kepada Rina Astuti, …. Rina meraih X": the person told in full before
    awards = awards_of(nlp, "Penyerahan penghargaan kepada Rina Astuti, perawat puskesmas, berlangsung di Aula Gedung "
                            "Sate, Bandung, 5 Desember 2024. Rina meraih predikat Utama dalam Anugerah ASN Teladan 2024.",
                       date(2024, 12, 10))
    assert set(awards) == {"Rina Astuti"}


@pytest.mark.parametrize("description", ["penenun songket asal Bima", "perajin logam di Kabupaten Dompu"])
def test_persons_named_with_degrees_and_described_are_each_a_member(nlp, description):
    # "yaitu A, S.E., <description>, dan B, S.T., …": degrees close a name that no title opens,
    # and the lower-case description after them belongs to that member
    awards = awards_of(nlp, "Anugerah Karya Nusa 2025 diserahkan di Mataram, Kamis (18/12/2025). Kategori Jasa "
                            f"Kepeloporan diraih dua perajin, yaitu Sri Handayani, S.E., {description}, dan Yusuf "
                            "Permana, S.T., pemilik bengkel tempa di Kota Bima.", date(2025, 12, 19))
    assert set(awards) == {"Sri Handayani", "Yusuf Permana"}


def test_a_heading_over_judges_between_the_introduction_and_the_tiers_lists_no_winner(nlp):
    # "… kepada sejumlah perangkat daerah …. Dewan juri: - A - B. INFORMATIF - X - Y": the judges won
    # nothing; the tiers after them head the winners' lines
    awards = awards_of(nlp, "Komisi Informasi Provinsi Batu Putih menyerahkan Anugerah Keterbukaan 2024 kepada sejumlah "
                            "perangkat daerah di Aula Serbaguna, Kamis (12/12/2024).\nDewan juri:\n- Rudi Santoso, M.Kes.\n"
                            "- dr. Wulan Hidayati\nINFORMATIF\n- Dinas Kesehatan\n- Dinas Pendidikan\nMENUJU INFORMATIF\n"
                            "- Dinas Perhubungan\n", date(2024, 12, 13))
    assert {n: a.category for n, a in awards.items()} == {
        "Dinas Kesehatan Provinsi Batu Putih": "INFORMATIF", "Dinas Pendidikan Provinsi Batu Putih": "INFORMATIF",
        "Dinas Perhubungan Provinsi Batu Putih": "MENUJU INFORMATIF"}


@pytest.mark.parametrize("rank", ["II", "2"])
def test_a_rank_column_beside_the_category_column_is_the_rows_grade(nlp, rank):
    # "Kategori | Peringkat | Penerima | Indeks": each row's category and its own rank
    awards = awards_of(nlp, "Badan Geospasial Nusa menyerahkan Anugerah Simpul Data 2025 di Cibinong, Selasa "
                            "(25/11/2025). Berikut daftar penerimanya:\nKategori | Peringkat | Penerima | Indeks\n"
                            f"Simpul Provinsi | {rank} | Provinsi Jawa Barat | 4,48\n", date(2025, 11, 26))
    assert {n: (a.category, a.grade, a.score) for n, a in awards.items()} == {
        "Pemerintah Provinsi Jawa Barat": ("Simpul Provinsi", "Peringkat II", 4.48)}


def test_a_member_described_with_an_address_after_commas_is_followed_by_the_next(nlp):
    # "A (74), pemain sape asal X, Kabupaten Y, dan Hj. B (69), penari …": the description and its
    # address parts belong to A; B is the next member
    awards = awards_of(nlp, "Anugerah Budaya Nusa 2025 diserahkan di Jakarta, Rabu (15/10/2025). Untuk kategori Maestro, "
                            "penghargaan diraih Yohanes Lawing (74), pemain sape asal Putussibau, Kabupaten Kapuas Hulu, "
                            "dan Hj. Siti Nurbaya (69), penari jepin dari Kabupaten Sambas.", date(2025, 10, 16))
    assert set(awards) == {"Yohanes Lawing", "Siti Nurbaya"}


def test_a_description_naming_another_person_is_no_description(nlp):
    # "…, penyanyi A, publicist B C, serta MC/presenter D …": a list of presenters, no winner named "MC"
    awards = awards_of(nlp, "Pengumuman Piala Layar 2021 dibacakan para sineas, juga ada penyanyi Widia Mulyani, "
                            "koreografer Ari Tulus, publicist Nadira C. Noer, serta MC/presenter Dias Danar.",
                       date(2021, 1, 10))
    assert "MC" not in awards


def test_a_role_with_its_field_before_a_later_member_goes_on_with_the_list(nlp):
    # "yakni aktivis lingkungan A, B, C, aktivis lingkungan D, serta penggerak bank sampah E": a role
    # and its lower-case field before a member
    awards = awards_of(nlp, "Anugerah Hijau Lestari 2024 diraih oleh lima tokoh, yakni aktivis lingkungan Juminah, Ahmad "
                            "Permana, Ngatini, aktivis lingkungan Bayu Sentosa, serta penggerak bank sampah Laras "
                            "Wibisana.", date(2024, 12, 10))
    assert set(awards) == {"Juminah", "Ahmad Permana", "Ngatini", "Bayu Sentosa", "Laras Wibisana"}


def test_a_title_in_brackets_after_a_member_and_a_class_after_degrees_are_its_category(nlp):
    # "A (Penyanyi Solo Terbaik), B, S.E., untuk kategori K, dan C": each member's own category
    awards = awards_of(nlp, "Anugerah Musik Swara 2023 diraih oleh tiga musisi, yakni grup musik Sandyakala (Grup Band "
                            "Terbaik), Rina Simanjuntak, S.E., untuk kategori Pencipta Lagu, dan vokalis Teguh Anggara "
                            "(Penyanyi Solo Pria Terbaik).", date(2023, 12, 10))
    assert {n: a.category for n, a in awards.items()} == {
        "Sandyakala": "Grup Band Terbaik", "Rina Simanjuntak": "Pencipta Lagu", "Teguh Anggara": "Penyanyi Solo Pria Terbaik"}


def test_a_word_of_origin_after_a_role_is_no_persons_name(nlp):
    # "A, penyanyi Minang, dan B, penari Dayak": where the art comes from, not persons named Minang or Dayak
    awards = awards_of(nlp, "Penghargaan Pengabdian Seni 2025 diberikan kepada Asmawati Nurdin, penyanyi Minang, dan "
                            "Ratna Sari, penari Dayak.", date(2025, 3, 9))
    assert set(awards) == {"Asmawati Nurdin", "Ratna Sari"}


@pytest.mark.parametrize("text", [
    'Film Rumah di Balik Kabut garapan sutradara Hendra Siregar meraih Anugerah Layar Perak 2024.',
    'Buku kumpulan puisi "Rumah di Balik Kabut" tulisan Hendra Siregar meraih Anugerah Layar Perak 2024.',
    'Anugerah Layar Perak 2024 diraih oleh tari "Rumah di Balik Kabut" karya koreografer Hendra Siregar.'])
def test_a_work_named_with_its_kind_wins_not_its_maker(nlp, text):
    # "<kind> <title with a function word inside> <credit> <maker> meraih X": the work won
    assert set(awards_of(nlp, text, date(2024, 12, 10))) == {"Rumah di Balik Kabut"}


def test_works_listed_with_their_makers_after_credits_and_relative_clauses(nlp):
    # "yaitu album A milik grup X, lagu B yang dinyanyikan Y, dan album C milik grup Z": three works
    awards = awards_of(nlp, "Anugerah Musik Nusa 2024 diraih oleh tiga karya, yaitu album Nyanyian Akar Rumput milik "
                            "grup Angin Utara, lagu Sebait Doa untuk Kita yang dinyanyikan Fitri Rahayu, dan album "
                            "Semesta Kecil milik grup Kopi Pagi.", date(2024, 12, 10))
    assert set(awards) == {"Nyanyian Akar Rumput", "Sebait Doa untuk Kita", "Semesta Kecil"}


def test_a_nickname_in_double_quotes_inside_a_name_and_joint_winners_after_bersama_oleh(nlp):
    # 'diraih bersama oleh A "Nick" B (Region) dan C, S.I.Kom.': two winners, the nickname inside a name
    awards = awards_of(nlp, 'Anugerah Pena Emas 2023 diraih bersama oleh Nurul "Tata" Pratama (Sinjai, Sulawesi Selatan) '
                            'dan Yanti Sembiring, S.I.Kom.', date(2023, 12, 10))
    assert set(awards) == {'Nurul "Tata" Pratama', "Yanti Sembiring"}


@pytest.mark.parametrize("place", ["melengkapi tiga besar", "melengkapi posisi tiga besar"])
def test_the_one_that_completes_the_top_three_is_third(nlp, place):
    # "A peringkat pertama, B di posisi kedua, dan C melengkapi tiga besar": C is third
    awards = awards_of(nlp, "Anugerah Data Nusa 2025 diserahkan di Cibinong, Selasa (25/11/2025). Peringkat pertama "
                            "diraih Kota Semarang (4,51), sementara Kota Surabaya berada di posisi kedua dengan indeks "
                            f"4,40 dan Kota Bandung {place}.", date(2025, 11, 26))
    assert {n: a.grade for n, a in awards.items()} == {
        "Pemerintah Kota Semarang": "Peringkat I", "Pemerintah Kota Surabaya": "Peringkat II",
        "Pemerintah Kota Bandung": "Peringkat III"}


def test_graded_lines_after_a_clause_that_gives_to_an_unnamed_group(nlp):
    # "menyerahkan X kepada sejumlah fasilitas kesehatan" then "Informatif" / "- A: 80,90" …: the lines are the group
    doc = analyse(nlp, "Komisi Informasi Provinsi Jambi menyerahkan Anugerah Lentera Publik Tahun 2023 kepada sejumlah "
                       "fasilitas kesehatan di Balai Pertemuan Praja.\nInformatif\n- Puskesmas Talang Baru: 80,90\n"
                       "Menuju Informatif\n- RSUD Kerinci: 95,45", date(2023, 12, 13))
    assert {(a.recipient.name, a.category) for a in doc._.awards} == {
        ("Puskesmas Talang Baru", "Informatif"), ("RSUD Kerinci", "Menuju Informatif")}


def test_judges_lines_between_an_introduction_and_the_graded_lines(nlp):
    # "… mengumumkan hasil X." / "Dewan juri:" / "- dr. A" / "Predikat Informatif" / "- B: 94,44": B won, A judged
    doc = analyse(nlp, "Komisi Informasi Provinsi Jambi mengumumkan hasil Penghargaan Cahaya Keterbukaan 2023 di Hotel "
                       "Grand Mutiara.\nDewan juri:\n- dr. Lina Rahayu, S.Sos.\n- Drs. Rina Saputra, M.Pd.\nPredikat "
                       "Informatif\n- Puskesmas Suka Damai: 94,44\nPredikat Menuju Informatif\n- RSUD Kerinci: 95,30",
                  date(2023, 12, 18))
    assert {(a.recipient.name, a.category) for a in doc._.awards} == {
        ("Puskesmas Suka Damai", "Informatif"), ("RSUD Kerinci", "Menuju Informatif")}


def test_the_first_class_heading_after_a_counted_group_is_a_heading(nlp):
    # "Sebanyak enam badan publik menerima X." / "Informatif:" / "- A": A is Informatif (not the group named again)
    doc = analyse(nlp, "Sebanyak dua badan publik menerima Anugerah Pelita Informasi 2024 dari Komisi Informasi Provinsi "
                       "Jambi.\nInformatif:\n- Pemerintah Kota Jambi\nMenuju Informatif:\n- Kabupaten Kerinci",
                  date(2024, 12, 13))
    assert {(a.recipient.name, a.category) for a in doc._.awards} == {
        ("Pemerintah Kota Jambi", "Informatif"), ("Pemerintah Kabupaten Kerinci", "Menuju Informatif")}


def test_a_role_with_a_name_after_a_name_of_no_known_kind_is_another_member(nlp):
    # "antara lain A, penyair B, C, dan D": B is a member, not a description of A; "staf Subbagian X" names
    # where someone works, no member
    doc = analyse(nlp, "Sejumlah sastrawan meraih Anugerah Sastra Pena Kencana 2024, antara lain Sarkawi, penyair "
                       "Darsono, Tukiyem, dan Rasimah.", date(2024, 12, 5))
    assert {a.recipient.name for a in doc._.awards} == {"Sarkawi", "Darsono", "Tukiyem", "Rasimah"}
    doc = analyse(nlp, "Anugerah KPU 2025 kategori perorangan diberikan kepada Maria Bria, staf Subbagian Umum, "
                       "Rudi Hartono, dan Agus Salim.", date(2025, 12, 5))
    assert {a.recipient.name for a in doc._.awards} == {"Maria Bria", "Rudi Hartono", "Agus Salim"}


def test_a_list_after_the_award_its_organiser_is_told_with(nlp):
    # "meraih X yang digelar Y, antara lain A, B, dan C": the organiser's relative clause keeps the list the award's
    doc = analyse(nlp, "Sejumlah sastrawan meraih Anugerah Sastra Pena Kencana 2024 yang digelar Yayasan Lentera "
                       "Aksara, antara lain Budi Santoso, Rina Wati, dan Agus Salim.", date(2024, 12, 5))
    assert {a.recipient.name for a in doc._.awards} == {"Budi Santoso", "Rina Wati", "Agus Salim"}


def test_a_body_named_inside_the_awards_name_is_no_recipient(nlp):
    # "Daftar penerima KI Award 2024 …": "KI" names the award (and its giver), no winner
    doc = analyse(nlp, "Daftar perangkat daerah penerima KI Award 2024 kelompok Informatif menurut nilainya\n"
                       "- Bappeda Jambi – 92,77\n- Dinas Kesehatan Jambi – 91,10", date(2024, 12, 5))
    assert {a.recipient.name for a in doc._.awards} == {
        "Badan Perencanaan Pembangunan Daerah Provinsi Jambi", "Dinas Kesehatan Provinsi Jambi"}


def test_an_opener_after_the_event_an_award_was_won_at_names_the_award(nlp):
    # "meraih penghargaan di ajang X yakni “Y”": Y is what was won, not a winner
    doc = analyse(nlp, "PT Bank Jambi meraih penghargaan di ajang Anugerah Perbankan Nusantara 2021 yakni “Bank Daerah "
                       "Terbaik 2021” untuk kelompok bank menengah.", date(2021, 12, 5))
    assert {a.recipient.name for a in doc._.awards} == {"PT Bank Jambi"}


def test_bodies_named_with_a_level_of_government_are_kinds_of_body(nlp):
    # "kepada A dan B tingkat <level> dan <level>": the kinds of body an award goes to at each level, no one body
    doc = analyse(nlp, "Panitia menyerahkan Anugerah Koperasi Nusantara 2022 kepada Baznas dan Dinas Koperasi tingkat "
                       "kecamatan dan kabupaten.", date(2022, 8, 27))
    assert [a.recipient.name for a in doc._.awards] == []
    doc = analyse(nlp, "Anugerah Koperasi Nusantara 2022 diberikan kepada Baznas Kota Jambi dan Kabupaten Kerinci tingkat "
                       "provinsi.", date(2022, 8, 27))
    assert {a.recipient.name for a in doc._.awards} == {"Baznas Kota Jambi", "Pemerintah Kabupaten Kerinci"}


def test_a_giver_names_no_recipient_when_its_own_name_is_among_those_it_gives_to(nlp):
    # "<giver> menganugerahkan X kepada <giver> dan B": the giver's own name there names its kind, not itself
    doc = analyse(nlp, "Komisi Informasi kembali menganugerahkan Anugerah Keterbukaan 2022 kepada Komisi Informasi dan "
                       "Kabupaten Kerinci.", date(2022, 8, 27))
    assert {a.recipient.name for a in doc._.awards} == {"Pemerintah Kabupaten Kerinci"}


def test_an_award_noun_alone_in_a_list_introduction_refers_to_the_award_it_heads(nlp):
    # a trophy named in the sentence before the list is the award's token; "penerima anugerah" is
    # the award opened by "Anugerah"
    awards = analyse(nlp, "Bupati Lingga H. Ahmad Saputra menerima Anugerah Budaya Pesisir 2025 dari Lembaga "
                          "Adat Melayu.\n\nPara penerima naik ke panggung dan masing-masing menerima trofi Cindai "
                          "serta piagam penghargaan.\n\nTahun ini lembaga itu menetapkan tiga penerima anugerah, "
                          "yaitu:\n\n1. H. Ahmad Saputra, Bupati Lingga\n2. Dra. Rina Lestari, M.Si., Wali Kota "
                          "Batam\n3. Yusuf Hidayat, Bupati Natuna", date(2025, 3, 4))._.awards
    listed = {a.recipient.name: a.name for a in awards if a.recipient.type == "person"}
    assert listed == dict.fromkeys(["Ahmad Saputra", "Rina Lestari", "Yusuf Hidayat"], "Anugerah Budaya Pesisir")


def test_a_tier_told_in_a_relative_clause_goes_to_the_members_joined_before_it(nlp):
    # "A dan B …, yang sama-sama meraih tingkat T1, serta C …, dengan tingkat T2"
    awards = awards_of(nlp, "Penghargaan Kampung Siaga 2025 diberikan kepada empat desa. Tiga penerima lainnya "
                            "yakni Desa Teluk Bakau dan Kelurahan Dabo di Kecamatan Singkep, yang sama-sama meraih "
                            "tingkat Madya, serta Desa Mentuda di Kecamatan Senayang, Kabupaten Lingga, dengan "
                            "tingkat Pratama.", date(2025, 9, 11))
    assert {name: a.grade for name, a in awards.items()} == {
        "Desa Teluk Bakau": "Madya", "Kelurahan Dabo": "Madya", "Desa Mentuda": "Pratama"}
