"""Focused score cases on sentences written for these tests (fictional places)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_support import analyse


def scores_of(nlp, text, published=date(2024, 12, 10)):
    return {(s.entity.name, s.year, s.value) for s in analyse(nlp, text, published)._.scores}


def test_points_after_a_listed_region(nlp):
    found = scores_of(nlp, "Pemkab Lembah Hijau meraih predikat BB pada evaluasi Tahun 2023 dengan "
                           "nilai 75,10. Di antaranya Kabupaten Batu Merah 74,15 poin, dan "
                           "Kabupaten Tanjung Sari 70,05 poin.")
    assert found == {("Pemerintah Kabupaten Lembah Hijau", 2023, 75.1),
                     ("Pemerintah Kabupaten Batu Merah", 2023, 74.15),
                     ("Pemerintah Kabupaten Tanjung Sari", 2023, 70.05)}


def test_values_in_brackets_after_a_listed_region(nlp):
    found = scores_of(nlp, "Ombudsman menilai kepatuhan Tahun 2024 dengan nilai tertinggi diraih "
                           "Kota Teluk Damai (98,17), disusul Kota Batu Merah (97,46).")
    assert {("Pemerintah Kota Teluk Damai", 2024, 98.17),
            ("Pemerintah Kota Batu Merah", 2024, 97.46)} <= found


def test_percent_takes_a_score_word_earlier_in_the_clause(nlp):
    found = scores_of(nlp, "Pada penilaian MCP Tahun 2024, Pemkab Lembah Hijau mencatat skor "
                           "nyaris sempurna, yakni 96 persen.")
    assert found == {("Pemerintah Kabupaten Lembah Hijau", 2024, 96.0)}


def test_percent_without_a_score_word_is_not_a_score(nlp):
    found = scores_of(nlp, "Pada Tahun 2024, realisasi anggaran Pemkab Lembah Hijau 96 persen.")
    assert found == set()


def test_a_unit_after_a_number_is_not_the_next_numbers_scale(nlp):
    found = scores_of(nlp, "Pemprov Tanah Subur mendapat 96 poin pada periode 1 Januari hingga "
                           "20 November 2023.")
    assert found == {("Pemerintah Provinsi Tanah Subur", 2023, 96.0)}


def test_averages_are_not_scores(nlp):
    found = scores_of(nlp, "Pemkab Lembah Hijau meraih nilai 80,10 pada Tahun 2023. Secara nasional, "
                           "rata-rata nilai kabupaten dan kota mendapat poin 56,53.")
    assert found == {("Pemerintah Kabupaten Lembah Hijau", 2023, 80.1)}


def test_a_verb_ends_the_reach_of_a_scale_word(nlp):
    found = scores_of(nlp, "Pengukuran indeks inovasi Pemkab Lembah Hijau Tahun 2024 "
                           "mengikutsertakan 15 juri.")
    assert found == set()


def test_a_name_inside_a_predicate_is_not_the_owner(nlp):
    found = scores_of(nlp, "Pemerintah Kota Teluk Damai meraih predikat Badan Publik Informatif "
                           "Tahun 2023 dengan nilai mencapai 96,05.")
    assert found == {("Pemerintah Kota Teluk Damai", 2023, 96.05)}


def test_the_topic_stays_with_the_subject_not_a_place_visited(nlp):
    found = scores_of(nlp, "Pemkab Lembah Hijau meraih zona hijau Tahun 2023. Hal itu disampaikan "
                           "saat berkunjung ke Kantor Dinas Kominfo Kabupaten Lembah Hijau. "
                           "Piagam dengan nilai 88,87 itu diterima di Medan.")
    assert found == {("Pemerintah Kabupaten Lembah Hijau", 2023, 88.87)}


def test_an_abbreviation_in_brackets_names_the_same_actor(nlp):
    found = scores_of(nlp, "Pemkab Lembah Hijau (Lemhi) meraih zona hijau Tahun 2023. "
                           "Pemkab Lemhi memperoleh nilai 88,87.")
    assert found == {("Pemerintah Kabupaten Lembah Hijau", 2023, 88.87)}


def test_later_scores_keep_the_year_a_score_was_stated_with(nlp):
    found = scores_of(nlp, "Hasil evaluasi diumumkan pada 2019. Pemkab Lembah Hijau terus meningkat "
                           "pada 2018 menjadi BB dengan nilai 74,54 poin. Sedangkan Pemerintah "
                           "Provinsi Tanah Subur meraih 60,2 poin.", published=None)
    assert ("Pemerintah Provinsi Tanah Subur", 2018, 60.2) in found


def test_growth_in_points_is_not_a_score(nlp):
    found = scores_of(nlp, "Pemkab Lembah Hijau meraih nilai 80,10 pada Tahun 2023, "
                           "meningkat 5,2 poin.")
    assert found == {("Pemerintah Kabupaten Lembah Hijau", 2023, 80.1)}


def test_a_scale_word_reaches_over_names_and_years(nlp):
    found = scores_of(nlp, "Indeks SPBE Pemkab Lembah Hijau tahun 2023 sebesar 3,52 dengan "
                           "predikat Sangat Baik.")
    assert found == {("Pemerintah Kabupaten Lembah Hijau", 2023, 3.52)}


def test_counts_thresholds_and_maxima_are_not_scores(nlp):
    found = scores_of(nlp, "Pemkot Teluk Damai memperoleh total nilai 512 dari 600 poin pada "
                           "penilaian Tahun 2024. Sebanyak 25 OPD meraih nilai di atas 80, dan "
                           "indeks inovasi dinilai oleh 15 dewan juri.")
    assert found == {("Pemerintah Kota Teluk Damai", 2024, 512.0)}


def test_a_change_keeps_the_new_value_and_a_dated_old_one(nlp):
    found = scores_of(nlp, "Indeks RB Pemkot Teluk Damai Tahun 2024 naik dari 70,50 menjadi 75,30. "
                           "Pemprov Tanah Subur meraih indeks 3,10 pada 2022 dan meningkat "
                           "menjadi 3,45 pada 2023.")
    assert found == {("Pemerintah Kota Teluk Damai", 2024, 75.3),
                     ("Pemerintah Provinsi Tanah Subur", 2022, 3.1),
                     ("Pemerintah Provinsi Tanah Subur", 2023, 3.45)}


def test_a_value_compared_by_its_year_is_that_years_score(nlp):
    text = ("Dari data SPI 2023, Pemprov Kali Jernih memperoleh skor 77,91, mengalami penurunan "
            "dibanding SPI 2022 sebesar 78,17. Kota Batu Putih memperoleh skor 80,12.")
    doc = analyse(nlp, text, date(2023, 11, 10))
    assert {(s.entity.name, s.year, s.value) for s in doc._.scores} == {
        ("Pemerintah Provinsi Kali Jernih", 2023, 77.91), ("Pemerintah Provinsi Kali Jernih", 2022, 78.17),
        ("Pemerintah Kota Batu Putih", 2023, 80.12)}  # the compared year does not carry on


def test_a_body_defined_with_its_abbreviation_owns_its_score(nlp):
    text = ("Pemkab Kali Jernih memperoleh skor indeks integritas 68,34 pada SPI 2023. Indeks "
            "tertinggi kementerian/lembaga diraih Pusat Pelaporan dan Analisis Transaksi Keuangan "
            "(PPATK) di angka 85.")
    doc = analyse(nlp, text, date(2023, 11, 10))
    owners = {s.value: s.entity.name for s in doc._.scores}
    assert owners[85] == "Pusat Pelaporan dan Analisis Transaksi Keuangan"


def test_the_year_an_assessment_is_named_with_dates_the_scores_after_it(nlp):
    text = ("Hasil penilaian MCP Korsupgah KPK tahun 2021 telah keluar. Kabupaten Kali Jernih "
            "mendapatkan nilai tertinggi 80,17 disusul Kota Batu Putih 79,29.")
    doc = analyse(nlp, text, date(2022, 2, 11))
    assert {(s.entity.name, s.year) for s in doc._.scores} == {
        ("Pemerintah Kabupaten Kali Jernih", 2021), ("Pemerintah Kota Batu Putih", 2021)}


def test_a_year_another_figure_is_measured_at_is_not_the_scores(nlp):
    # "per 2022" dates the assets; the rating is the article's, 2023
    found = scores_of(nlp, "Biro Riset Kali Jernih mengumumkan Rating 50 Bank 2023. Bank Batu Putih "
                           "Nusantara (BBPN) dengan aset Rp992 triliun per 2022 meraih skor tertinggi "
                           "yaitu 95,70.", date(2023, 8, 10))
    assert found == {("Bank Batu Putih Nusantara", 2023, 95.7)}  # (the closing abbreviation is an alias)


def test_last_years_value_a_question_and_a_count_of_bodies(nlp):
    found = scores_of(nlp, "Dalam Rating 50 Bank 2023, Bank Kali Jernih meraih skor teratas yaitu 91,38 atau "
                           "melonjak dari skor 77,39 pada rating tahun lalu. Berapa skor bank-bank lain "
                           "dalam Rating 50 Bank 2023? Hasil penilaian 25 Kementerian dengan capaian "
                           "17 Kementerian (71 persen) pada zona hijau.", date(2023, 8, 10))
    assert found == {("Bank Kali Jernih", 2023, 91.38), ("Bank Kali Jernih", 2022, 77.39)}


def test_a_relative_clauses_agent_does_not_own_the_score(nlp):
    found = scores_of(nlp, "Adapun Pemprov Nusa Raya sendiri, dalam pengawasan yang dilakukan Arsip Nasional "
                           "Republik Indonesia (ANRI) tahun ini, memperoleh nilai 86,74 dengan kategori A.",
                      date(2024, 12, 5))
    assert found == {("Pemerintah Provinsi Nusa Raya", 2024, 86.74)}


def test_an_achievement_written_pencapaian(nlp):
    found = scores_of(nlp, "Adapun tahun ini sampai tanggal 9 Desember 2022 progres pencapaian MCP oleh "
                           "Pemerintah Kabupaten Kali Jernih sebesar 97 persen.", date(2022, 12, 13))
    assert found == {("Pemerintah Kabupaten Kali Jernih", 2022, 97.0)}


def test_a_region_named_alone_as_the_subject_owns_its_score(nlp):
    # a unit named before is no owner of a score whose clause opens with a region
    text = ("Trofi diserahkan pada pembukaan Rapat Kerja Perencanaan (RKP) di Jakarta. "
            "Dalam penilaian tahun ini, Sleman mengumpulkan nilai akhir 89,42. Bantul mencatat nilai 88,10.")
    assert scores_of(nlp, text) == {("Pemerintah Kabupaten Sleman", 2024, 89.42),
                                    ("Pemerintah Kabupaten Bantul", 2024, 88.1)}
    # a region after a preposition is where, not who
    assert not any(name.endswith("Sleman") for name, _, _ in scores_of(
        nlp, "Pemkot Kali Jernih meraih nilai 91,20 pada penilaian di Sleman."))


def test_a_general_government_is_the_one_its_region_has(nlp):
    text = "Pemda DIY meraih nilai 86,90, sedangkan Pemda Sleman meraih nilai 84,10 dalam Anugerah Pandu Negeri 2024."
    assert {name for name, _, _ in scores_of(nlp, text)} == {
        "Pemerintah Provinsi Daerah Istimewa Yogyakarta", "Pemerintah Kabupaten Sleman"}


def test_a_whole_number_in_brackets_after_a_person_is_an_age(nlp):
    text = ("Satyalancana Kebaktian Sosial disematkan kepada Rama Wijaya (58), pendonor darah sukarela. "
            "Anugerah Guru Teladan 2024 diraih Sinta Dewi (91,5).")
    assert scores_of(nlp, text) == {("Sinta Dewi", 2024, 91.5)}


def test_values_told_respectively_go_to_the_actors_in_order(nlp):
    text = ("Kabupaten Batu Putih, Kota Kali Jernih, dan Kabupaten Muara Sari masing-masing memperoleh "
            "nilai 82, 93,77, dan 83,9 dalam Anugerah Pandu Negeri 2024.")
    assert scores_of(nlp, text) == {("Pemerintah Kabupaten Batu Putih", 2024, 82.0),
                                    ("Pemerintah Kota Kali Jernih", 2024, 93.77),
                                    ("Pemerintah Kabupaten Muara Sari", 2024, 83.9)}
    text = ("Kabupaten Batu Putih dan Kota Kali Jernih meraih Anugerah Pandu Negeri 2024 dengan nilai "
            "masing-masing 82,10 dan 93,77.")
    assert scores_of(nlp, text) == {("Pemerintah Kabupaten Batu Putih", 2024, 82.1),
                                    ("Pemerintah Kota Kali Jernih", 2024, 93.77)}


def test_a_score_told_with_its_verb_left_out_after_a_contrast(nlp):
    text = ("Pemkab Batu Putih dan Kota Kali Jernih meraih Anugerah Pandu Negeri 2024. Nilai Batu Putih "
            "mencapai 79,49, sedangkan Kali Jernih 74.")
    assert scores_of(nlp, text) == {("Pemerintah Kabupaten Batu Putih", 2024, 79.49),
                                    ("Pemerintah Kota Kali Jernih", 2024, 74.0)}
    # no score told before the contrast: a count after it is no score
    assert scores_of(nlp, "Pemkab Batu Putih meraih Anugerah Pandu Negeri 2024, sedangkan Kali Jernih 12 kali.") == set()


def test_a_score_told_before_the_clause_of_a_threshold_stands(nlp):
    text = "Kota Kali Jernih hanya mengantongi nilai 72,80, di bawah batas minimal 75 untuk memperoleh Piala Adipura."
    assert scores_of(nlp, text) == {("Pemerintah Kota Kali Jernih", 2024, 72.8)}
    assert scores_of(nlp, "Pemkab Batu Putih menargetkan nilai 90,5 pada penilaian tahun depan.") == set()


def test_a_region_of_two_kinds_takes_the_kind_the_article_wrote_it_with(nlp):
    # "Malang" is a kota and a kabupaten: the article named the kota before
    text = ("Kota Malang meraih Adipura 2025. Kabupaten Ngawi juga meraih Adipura dengan nilai 80,5. Tahun ini "
            "Malang mengumpulkan nilai 83,10, tertinggi di kategori kota besar.")
    assert scores_of(nlp, text, date(2025, 6, 1)) == {("Pemerintah Kota Malang", 2025, 83.1),
                                                      ("Pemerintah Kabupaten Ngawi", 2025, 80.5)}


def test_a_region_named_after_the_scale_word_owns_the_value_after_it(nlp):
    text = ("Kota Manado dan Kabupaten Konawe Selatan meraih Anugerah Pandu Negeri 2024, dengan nilai Manado 99,4 "
            "sedangkan Konawe Selatan 94,2.")
    assert scores_of(nlp, text) == {("Pemerintah Kota Manado", 2024, 99.4),
                                    ("Pemerintah Kabupaten Konawe Selatan", 2024, 94.2)}


def test_a_kind_referred_back_names_a_region_told_alone_and_owns_its_score(nlp):
    text = ("Kabupaten Sleman dan Kabupaten Bantul meraih penghargaan Swasti Saba Wistara dari "
            "Kementerian Kesehatan tahun 2025. Bagi Cimahi, hasil ini merupakan kenaikan kelas. "
            "Pada penilaian 2023, kota industri itu baru meraih tingkat Padapa dengan nilai 68,90.")
    awards = {(a.recipient.name, a.year) for a in analyse(nlp, text, date(2025, 11, 26))._.awards}
    assert ("Pemerintah Kota Cimahi", 2023) in awards
    assert ("Pemerintah Kota Cimahi", 2023, 68.9) in scores_of(nlp, text, date(2025, 11, 26))


def test_a_puskesmas_named_again_without_its_head_owns_its_score(nlp):
    found = scores_of(nlp, "Puskesmas Batu Putih I dan Puskesmas Kali Jernih II meraih status akreditasi "
                           "Paripurna tahun 2024. Dari hasil survei, Batu Putih I mencatat capaian 97,4 "
                           "persen, disusul Kali Jernih II (95,8 persen).")
    assert {("Puskesmas Batu Putih I", 2024, 97.4), ("Puskesmas Kali Jernih II", 2024, 95.8)} <= found


def test_a_kind_referred_back_owns_a_score_told_without_an_award(nlp):
    found = scores_of(nlp, "Kementerian Pertanian memberikan Anugerah Keterbukaan Informasi Publik 2024 "
                           "kepada Pemkab Karanganyar. Kota Batam juga meraih Anugerah Keterbukaan Informasi "
                           "Publik 2024. Kabupaten di pesisir selatan itu mencatat nilai 97,26.")
    assert ("Pemerintah Kabupaten Karanganyar", 2024, 97.26) in found
    assert not any(name == "Pemerintah Kota Batam" for name, _, _ in found)


def test_an_award_a_recipient_has_won_before_with_its_year(nlp):
    awards = {(a.recipient.name, a.name, a.year) for a in analyse(
        nlp, "Pemkab Sleman meraih Penghargaan Pelayanan Prima 2024. Kabupaten itu juga pernah meraih "
             "Anugerah Tata Kelola Arsip 2023.", date(2024, 12, 10))._.awards}
    assert ("Pemerintah Kabupaten Sleman", "Anugerah Tata Kelola Arsip", 2023) in awards


def test_a_counted_group_owns_the_scores_told_of_it(nlp):
    respective = scores_of(nlp, "Pemkot Batu Putih, Pemkot Kali Jernih, dan Pemkot Muara Sari meraih Penghargaan "
                                "Pelayanan Prima 2024. Ketiga kota tersebut masing-masing memperoleh nilai 88,96, "
                                "97,51, dan 79,61.")
    assert {("Pemerintah Kota Batu Putih", 2024, 88.96), ("Pemerintah Kota Kali Jernih", 2024, 97.51),
            ("Pemerintah Kota Muara Sari", 2024, 79.61)} == respective
    shared = scores_of(nlp, "Puskesmas Batu Putih II dan Puskesmas Kali Jernih meraih predikat Utama dalam "
                            "Penghargaan Puskesmas Berprestasi 2024. Kedua puskesmas tersebut sama-sama "
                            "memperoleh nilai 89,42.")
    assert shared == {("Puskesmas Batu Putih II", 2024, 89.42), ("Puskesmas Kali Jernih", 2024, 89.42)}


def test_a_count_refers_to_the_group_of_its_size(nlp):
    awards = {(a.recipient.name, a.year) for a in analyse(nlp, (
        "Desa Sukamaju, Desa Mekarsari, dan Desa Pandanrejo meraih Anugerah Desa Wisata Nusantara 2024. "
        "Desa Sidomulyo juga meraih Anugerah Desa Wisata Nusantara 2024. Ketiganya juga meraih penghargaan "
        "yang sama pada 2023."), date(2024, 12, 10))._.awards}
    assert {("Desa Sukamaju", 2023), ("Desa Mekarsari", 2023), ("Desa Pandanrejo", 2023)} <= awards
    assert ("Desa Sidomulyo", 2023) not in awards


def test_a_person_named_again_by_one_word_of_the_name_owns_the_score(nlp):
    found = scores_of(nlp, "Dr. Wahyu Tri Purnamasari, guru sekolah dasar, meraih Penghargaan Insan Berdedikasi "
                           "2024 dari Kementerian Dalam Negeri. Dalam penilaian itu, Wahyu memperoleh nilai 75,67.")
    assert found == {("Wahyu Tri Purnamasari", 2024, 75.67)}


def test_an_address_in_brackets_after_a_winner_does_not_own_its_score(nlp):
    doc = analyse(nlp, "Pemprov Papua Tengah menyerahkan penghargaan Lomba Desa dan Kelurahan 2023. Untuk kategori "
                       "kelurahan, juara I jatuh kepada Kelurahan Margodadi (Kecamatan Sukadana Ilir, Kabupaten Mimika), "
                       "dengan nilai 74,73.", date(2024, 2, 9))
    assert {(s.entity.name, s.value) for s in doc._.scores} == {("Kelurahan Margodadi", 74.73)}


def test_a_bare_value_after_a_score_verb_among_scores_told(nlp):
    found = scores_of(nlp, "Kota Kali Jernih meraih predikat A pada evaluasi SAKIP Tahun 2024 dengan nilai 82,47. "
                           "Kabupaten Lembah Sari menyusul dengan 81,10. Predikat BB diraih Kabupaten Teluk Damai "
                           "dengan nilai 77,36, serta Kabupaten Batu Merah, yang mencatat 74,90, dan Kota Muara Sari.")
    assert found == {("Pemerintah Kota Kali Jernih", 2024, 82.47),
                     ("Pemerintah Kabupaten Lembah Sari", 2024, 81.1),
                     ("Pemerintah Kabupaten Teluk Damai", 2024, 77.36),
                     ("Pemerintah Kabupaten Batu Merah", 2024, 74.9)}


def test_a_bare_value_where_no_score_is_told_is_none(nlp):
    found = scores_of(nlp, "Kota Kali Jernih meraih predikat A pada evaluasi SAKIP Tahun 2024. Kabupaten "
                           "Lembah Sari menutup tahun dengan 12,5 kilometer jalan baru.")
    assert found == set()


def test_a_two_word_units_closing_abbreviation_is_no_part_of_its_name(nlp):
    found = scores_of(nlp, "Universitas Samudra (Unsam) dianugerahi kualifikasi Informatif pada Anugerah "
                           "Keterbukaan Informasi Publik 2024 dengan nilai 95,40.")
    assert found == {("Universitas Samudra", 2024, 95.4)}


def test_a_winning_persons_score_after_their_workplace_and_a_gap_between_scores(nlp):
    doc = analyse(nlp, "Dinas Pendidikan Provinsi Jambi menggelar Lomba Guru Kreatif 2024. Juara I diraih Rina "
                       "Kurniawan, S.Pd., guru Fisika SMA Negeri 1 Batu Putih, Kabupaten Lembah Sari, dengan nilai "
                       "akhir 89,75. Juara II diraih Teguh Sitompul, M.Pd., Kepala SMK Negeri 2 Muara Sari, dengan "
                       "nilai akhir 88,30. Selisih nilai keduanya hanya 1,45 poin.", date(2024, 12, 10))
    assert sorted((s.entity.name, s.value) for s in doc._.scores) == [("Rina Kurniawan", 89.75), ("Teguh Sitompul", 88.3)]


def test_values_in_brackets_after_bodies_in_an_assessment_sentence_are_their_scores(nlp):
    # no scale word: the assessment noun says these are its values; a unit named with its region
    # owns the value after the region
    doc = analyse(nlp, "Dalam penilaian Kepatuhan Pelayanan Publik tahun 2023, Kabupaten Kali Jernih (78,8), "
                       "Dinas Kesehatan Kota Batu Putih (92,9) dan Pemkot Muara Sari (88,0).", date(2024, 1, 5))
    assert {(s.entity.name, s.value) for s in doc._.scores} == {
        ("Pemerintah Kabupaten Kali Jernih", 78.8), ("Dinas Kesehatan Kota Batu Putih", 92.9),
        ("Pemerintah Kota Muara Sari", 88.0)}


def test_a_referent_after_a_fronted_time_without_its_comma_owns_the_value(nlp):
    doc = analyse(nlp, "Kabupaten Kali Jernih meraih nilai 96,08 dalam penilaian Ombudsman 2024, disusul Kota Batu "
                       "Putih dengan nilai 94,90. Pada penilaian 2023 kabupaten itu hanya mengantongi 82,64.",
                  date(2024, 12, 10))
    assert ("Pemerintah Kabupaten Kali Jernih", 2023, 82.64) in {(s.entity.name, s.year, s.value) for s in doc._.scores}


def test_a_whole_number_in_brackets_goes_on_a_list_of_bracketed_values(nlp):
    # "A (76,17), B (70,54) dan C (77)": the last member's whole number is its value too
    scores = scores_of(nlp, "Dalam survei Kepuasan Masyarakat tahun 2023, Kabupaten Batu Putih (76,17), Pemkot Muara "
                            "Sari (70,54) dan Pemerintah Kota Kali Jernih (77).")
    assert scores == {("Pemerintah Kabupaten Batu Putih", 2023, 76.17), ("Pemerintah Kota Muara Sari", 2023, 70.54),
                      ("Pemerintah Kota Kali Jernih", 2023, 77.0)}


def test_whole_numbers_and_percentages_in_brackets_after_listed_units_are_their_scores(nlp):
    # "Pada penilaian X 2023, A (99,2), Desa B (85) dan Puskesmas C (70)": the bracket is no part of a
    # unit's name; "A (71,4 persen), B (…)" in an assessment: percentages of a list of values
    doc = analyse(nlp, "Pada penilaian Indeks Layanan 2023, Dinas Kesehatan Kabupaten Batu Putih (99,2), Desa Sumber "
                       "Rejo (85) dan Puskesmas Kali Jernih (70). Hasil evaluasi Keterbukaan Informasi tahun 2023: "
                       "Kabupaten Lembah Sari (71,4 persen) dan Kota Teluk Damai (79 persen).", date(2024, 1, 5))
    assert {(s.entity.name, s.value) for s in doc._.scores} >= {
        ("Dinas Kesehatan Kabupaten Batu Putih", 99.2), ("Desa Sumber Rejo", 85.0), ("Puskesmas Kali Jernih", 70.0),
        ("Pemerintah Kabupaten Lembah Sari", 71.4), ("Pemerintah Kota Teluk Damai", 79.0)}


def test_an_object_with_its_value_in_brackets_right_after_it_owns_the_value(nlp):
    # "X mencatat nilai 96,77, unggul atas B (96,41) dan C (95,10)": B and C own their bracketed values
    doc = analyse(nlp, "Kota Batu Putih meraih Anugerah Layanan Prima 2024 setelah mencatat nilai 96,77, unggul atas "
                       "Kabupaten Sumber Rejo (96,41) dan Kota Kali Jernih (95,10).", date(2024, 12, 10))
    assert {(s.entity.name, s.value) for s in doc._.scores} == {
        ("Pemerintah Kota Batu Putih", 96.77), ("Pemerintah Kabupaten Sumber Rejo", 96.41),
        ("Pemerintah Kota Kali Jernih", 95.1)}


def test_a_bare_region_with_its_value_after_pada_or_dengan_owns_it(nlp):
    # "menempatkan Batu Putih pada nilai 92,75": the region the value is told with, not the topic before
    doc = analyse(nlp, "Kabupaten Sleman dan Kota Yogyakarta meraih Anugerah Kota Sehat 2025. Dua daerah lain, "
                       "Kabupaten Bantul dan Kabupaten Kulon Progo, meraih tingkat Madya. Hasil verifikasi tim pusat "
                       "menempatkan Sleman pada nilai 92,75.", date(2025, 11, 25))
    assert [(s.entity.name, s.value) for s in doc._.scores] == [("Pemerintah Kabupaten Sleman", 92.75)]


def test_the_value_a_score_rose_from_in_a_named_year_is_that_years_score(nlp):
    # "… tercatat 96,12 persen pada 2024, naik dari 89,50 persen pada 2023": a long measure's name
    # between its scale word and the value, and the earlier year's value after "naik dari"
    doc = analyse(nlp, "Pemkot Balikpapan meraih Anugerah Pajak Daerah 2024. Capaian Monitoring Center for Prevention "
                       "(MCP) Kota Balikpapan pada area optimalisasi pajak daerah tercatat 96,12 persen pada 2024, naik "
                       "dari 89,50 persen pada 2023.", date(2025, 3, 17))
    assert {(s.entity.name, s.year, s.value) for s in doc._.scores} == {
        ("Pemerintah Kota Balikpapan", 2024, 96.12), ("Pemerintah Kota Balikpapan", 2023, 89.5)}


def test_a_measure_named_in_full_with_its_short_form_is_no_body_and_the_region_after_it_owns_the_value(nlp):
    doc = analyse(nlp, "Perpustakaan Desa Taro meraih Anugerah Literasi 2025. Indeks Pembangunan Literasi Masyarakat "
                       "(IPLM) Sleman tahun 2025 tercatat 82,36, naik dari 76,90 pada 2024.", date(2025, 3, 17))
    assert {(s.entity.name, s.year, s.value) for s in doc._.scores} == {
        ("Pemerintah Kabupaten Sleman", 2025, 82.36), ("Pemerintah Kabupaten Sleman", 2024, 76.9)}


@pytest.mark.parametrize("opener", ["Adapun", "Sementara"])
def test_villages_named_again_after_a_sentence_opening_function_word_own_their_values(nlp, opener):
    # "<function word> A, B, dan C masing-masing mencatat nilai x, y, dan z": the villages told in
    # full before ("Desa A …"), each with its own value, though a capitalised word opens the sentence
    doc = analyse(nlp, "Dua kampung meraih Penghargaan Kampung Hijau 2025, yakni Desa Sungai Rindang di Kabupaten "
                       f"Langkat dan Kelurahan Bukit Asri di Kota Medan. {opener} Sungai Rindang dan Bukit Asri "
                       "masing-masing mencatat nilai 86,40 dan 84,75.", date(2025, 12, 5))
    assert {(s.entity.name, s.value) for s in doc._.scores} == {("Desa Sungai Rindang", 86.4),
                                                                ("Kelurahan Bukit Asri", 84.75)}


def test_a_whole_number_after_a_regions_name_is_its_value_not_part_of_the_name(nlp):
    # "Kota X 94, Kabupaten Y 81,24": the gazetteer's name ends before the number
    doc = analyse(nlp, "Dalam survei Kepuasan Masyarakat tahun 2024, nilai tertinggi diraih masing-masing Kota Pagar "
                       "Alam 94 dan Kabupaten Kayong Utara 81,24.", date(2024, 12, 10))
    assert {(s.entity.name, s.value) for s in doc._.scores} == {("Pemerintah Kota Pagar Alam", 94.0),
                                                                ("Pemerintah Kabupaten Kayong Utara", 81.24)}


def test_a_whole_number_right_after_a_name_among_decimal_scores_is_a_score(nlp):
    # "masing-masing A 77,2, B 90,6, dan C 92": the last value has no decimals, a score all the same
    doc = analyse(nlp, "Hasil survei Kepuasan Masyarakat tahun 2024: skor tertinggi diraih masing-masing Kabupaten "
                       "Bengkayang 77,2, Kota Palangka Raya 90,6, dan Kabupaten Majene 92.", date(2024, 12, 10))
    assert {(s.entity.name, s.value) for s in doc._.scores} == {
        ("Pemerintah Kabupaten Bengkayang", 77.2), ("Pemerintah Kota Palangka Raya", 90.6),
        ("Pemerintah Kabupaten Majene", 92.0)}


def test_a_whole_number_after_a_units_name_among_decimal_values_is_its_value(nlp):
    # "Nilai A mencapai 87,22, sedangkan Puskesmas B 93": 93 is B's value, not part of its name
    doc = analyse(nlp, "Puskesmas Sumber Agung dan Puskesmas Batu Putih meraih Penghargaan Layanan Prima 2024. Nilai "
                       "Puskesmas Sumber Agung mencapai 87,22, sedangkan Puskesmas Batu Putih 93.", date(2024, 12, 10))
    assert {(s.entity.name, s.value) for s in doc._.scores} == {("Puskesmas Sumber Agung", 87.22),
                                                                ("Puskesmas Batu Putih", 93.0)}


@pytest.mark.parametrize("opening", ["Indeks", "Nilai"])
def test_regions_named_alone_before_each_take_the_decimals_one_by_one(nlp, opening):
    # "Indeks A, B, dan C masing-masing tercatat 4,10, 4,02, dan 3,90": bare regions in a list that
    # "masing-masing" hands the values out to, the first value too (no scale word right before it)
    doc = analyse(nlp, "Kota Jambi, Kabupaten Kerinci, dan Kabupaten Bungo meraih Penghargaan Kota Cerdas 2025. "
                       f"{opening} Jambi, Kerinci, dan Bungo masing-masing tercatat 4,10, 4,02, dan 3,90.",
                  date(2025, 12, 5))
    assert {(s.entity.name, s.value) for s in doc._.scores} == {
        ("Pemerintah Kota Jambi", 4.1), ("Pemerintah Kabupaten Kerinci", 4.02), ("Pemerintah Kabupaten Bungo", 3.9)}


def test_each_after_a_contrast_hands_values_to_the_regions_named_alone(nlp):
    # "A meraih nilai 86,40, sedangkan B dan C masing-masing 85,12 dan 82,75": not all to the first
    doc = analyse(nlp, "Tiga daerah meraih Penghargaan Reformasi Hukum 2025, yakni Pemprov Jambi, Kota Sungai Penuh, "
                       "dan Kabupaten Kerinci. Pemprov Jambi meraih nilai 86,40, sedangkan Sungai Penuh dan Kerinci "
                       "masing-masing 85,12 dan 82,75.", date(2025, 12, 5))
    assert {(s.entity.name, s.value) for s in doc._.scores} == {
        ("Pemerintah Provinsi Jambi", 86.4), ("Pemerintah Kota Sungai Penuh", 85.12),
        ("Pemerintah Kabupaten Kerinci", 82.75)}


def test_a_value_with_ke_atas_is_a_bound_not_a_score(nlp):
    # "untuk nilai 80 ke atas": the lower bound of a grade, nobody's score
    doc = analyse(nlp, "Kota Jambi meraih predikat Sangat Baik dalam Penghargaan Reformasi Hukum 2025 dengan nilai "
                       "85,12. Predikat Sangat Baik diberikan untuk nilai 80 ke atas.", date(2025, 12, 5))
    assert {(s.entity.name, s.value) for s in doc._.scores} == {("Pemerintah Kota Jambi", 85.12)}


def test_a_compliance_rate_is_a_percent_score(nlp):
    # "dengan tingkat kepatuhan 99,92 persen": the rate the ranking is by
    doc = analyse(nlp, "Kabupaten Bungo menempati peringkat pertama dalam Penghargaan Kepatuhan LHKPN 2025 dengan "
                       "tingkat kepatuhan 99,92 persen.", date(2025, 12, 5))
    assert {(s.entity.name, s.value) for s in doc._.scores} == {("Pemerintah Kabupaten Bungo", 99.92)}


def test_regions_told_twice_by_the_mention_layer_count_once_among_the_owners(nlp):
    # "…, sedangkan A dan B masing-masing meraih nilai X dan Y": a region the mention layer names twice
    # over one span is one owner, so X stays A's
    doc = analyse(nlp, "Pemkab Aceh Tengah dan Pemkot Langsa meraih Anugerah Parahita Ekapraya 2024. Pemerintah Aceh "
                       "memperoleh nilai 78,15, sedangkan Aceh Tengah dan Langsa masing-masing meraih nilai 74,30 dan "
                       "73,08.", date(2024, 12, 5))
    assert {(s.entity.name, s.value) for s in doc._.scores} == {
        ("Pemerintah Provinsi Aceh", 78.15), ("Pemerintah Kabupaten Aceh Tengah", 74.3),
        ("Pemerintah Kota Langsa", 73.08)}


@pytest.mark.parametrize("verb", ["dicatat", "diraih"])
def test_a_value_recorded_by_a_region_named_alone_after_a_passive(nlp, verb):
    # "nilai tertinggi dicatat X, yakni 78,30": X owns the value restated after "yakni"
    doc = analyse(nlp, "Kabupaten Kerinci dan Kabupaten Bungo meraih predikat Baik dalam Penghargaan Reformasi Hukum "
                       f"2025. Di kelompok predikat Baik, nilai tertinggi {verb} Kerinci, yakni 78,30.", date(2025, 12, 5))
    assert {(s.entity.name, s.value) for s in doc._.scores} == {("Pemerintah Kabupaten Kerinci", 78.3)}


def test_a_value_risen_from_last_year_is_last_years_score(nlp):
    # "mencatat indeks 82,35, naik dari 79,80 tahun lalu": 79,80 is the year before's
    doc = analyse(nlp, "Kabupaten Kerinci meraih Harmony Award 2025. Tahun ini, Kerinci mencatat indeks 82,35, naik "
                       "dari 79,80 tahun lalu.", date(2025, 12, 5))
    assert {(s.entity.name, s.year, s.value) for s in doc._.scores} == {
        ("Pemerintah Kabupaten Kerinci", 2025, 82.35), ("Pemerintah Kabupaten Kerinci", 2024, 79.8)}


def test_a_value_set_off_after_a_superlative_and_its_recorder_after_it(nlp):
    # "memberi nilai tertinggi, 91,40, kepada A": the value between commas; "nilai terendah, 61,20, dicatat B":
    # the body recording it after the verb
    doc = analyse(nlp, "Kabupaten Kerinci dan Kabupaten Bungo meraih Penghargaan Penyiaran 2025. Dewan juri memberi nilai "
                       "tertinggi, 91,40, kepada Kabupaten Kerinci. Nilai terendah, 61,20, dicatat Kabupaten Tebo.",
                  date(2025, 12, 5))
    assert {(s.entity.name, s.value) for s in doc._.scores} == {
        ("Pemerintah Kabupaten Kerinci", 91.4), ("Pemerintah Kabupaten Tebo", 61.2)}


@pytest.mark.parametrize("clause, value", [("sehingga kepatuhannya mencapai 100 persen", 100.0),
                                           ("dan nilainya saat itu 88,40", 88.4)])
def test_a_scale_word_with_the_possessive_suffix_tells_a_score(nlp, clause, value):
    # "kepatuhannya", "nilainya": the scale word of the body told before, with "-nya"
    doc = analyse(nlp, "DPRD Kabupaten Kerinci meraih peringkat pertama Penghargaan Kepatuhan LHKPN 2025 setelah seluruh "
                       f"anggotanya melapor tepat waktu {clause}.", date(2025, 12, 5))
    assert {(s.entity.name, s.value) for s in doc._.scores} == {("DPRD Kabupaten Kerinci", value)}


def test_a_table_with_a_column_per_year_gives_each_row_a_score_for_each_year(nlp):
    doc = analyse(nlp, "Pemkab Lembah Hijau meraih penghargaan Indeks Kinerja Daerah Tahun 2024.\n\n"
                       "Perbandingan capaian dua tahun terakhir:\n\n"
                       "Daerah | IKD 2023 | IKD 2024\n"
                       "Kabupaten Batu Merah | 3,21 | 3,40\n"
                       "Kota Teluk Damai | 2,95 | 3,08\n\n"
                       "Sumber: tim penilai", date(2024, 12, 10))
    assert {(s.entity.name, s.year, s.value) for s in doc._.scores} >= {
        ("Pemerintah Kabupaten Batu Merah", 2023, 3.21), ("Pemerintah Kabupaten Batu Merah", 2024, 3.4),
        ("Pemerintah Kota Teluk Damai", 2023, 2.95), ("Pemerintah Kota Teluk Damai", 2024, 3.08)}
    # values compared over the years are assessments: the rows won nothing
    assert {a.recipient.name for a in doc._.awards} == {"Pemerintah Kabupaten Lembah Hijau"}


def test_an_award_named_like_a_body_owns_no_value(nlp):
    # an award whose name opens with a unit's head ("Desa …") reads as a body: the value is its winner's
    found = scores_of(nlp, "Desa Sungai Buluh di Kabupaten Lingga meraih penghargaan Desa Siaga Pangan (Desiapa) "
                           "tingkat Utama. Pada 2021, desa pesisir itu meraih Desiapa tingkat Pratama dengan "
                           "nilai 66,10.")
    assert found == {("Desa Sungai Buluh", 2021, 66.1)}


def test_a_nominees_value_is_a_score_though_it_won_nothing(nlp):
    found = scores_of(nlp, "Pemerintah Kota Batam meraih peringkat pertama Anugerah Tata Kelola Nusantara 2024 dengan "
                           "skor 86,10. Kabupaten Lingga juga sempat masuk nominasi kategori pemerintah kabupaten "
                           "dengan skor 78,40, tetapi tidak berhasil menembus tiga besar.")
    assert found == {("Pemerintah Kota Batam", 2024, 86.1), ("Pemerintah Kabupaten Lingga", 2024, 78.4)}
