"""The document layer: an award told again, handovers told apart from their frame, places
and givers, on sentences written for these tests (fictional places and people)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_support import analyse


def awards_of(nlp, text, published=date(2024, 12, 10)):
    return {(a.recipient.name, a.category): a for a in analyse(nlp, text, published)._.awards}


def by_recipient(nlp, text, published=date(2024, 12, 10)):
    return {a.recipient.name: a for a in analyse(nlp, text, published)._.awards}


def test_a_word_of_a_place_name_is_no_plan(nlp):
    # "harapan" is a plan word; inside a name it plans nothing
    awards = by_recipient(nlp, "Dinas Sosial dan RSUD Kota Tanjung Harapan dianugerahi predikat "
                               "Zona Integritas Tahun 2024 oleh KemenPAN-RB.")
    assert set(awards) == {"Dinas Sosial", "RSUD Kota Tanjung Harapan"}
    assert by_recipient(nlp, "Harapan kami, Dinas Sosial dianugerahi predikat Zona Integritas "
                             "Tahun 2025.") == {}


def test_the_short_form_of_the_award_keeps_its_grade(nlp):
    text = ("Pemkab Kali Jernih menerima Universal Health Coverage (UHC) Award 2024 kategori Utama "
            "dari BPJS Kesehatan. UHC Award 2024 diserahkan oleh Wakil Presiden kepada Bupati Kali "
            "Jernih, Rama Wijaya, di Jakarta, Selasa (6/8/2024). Dalam kesempatan yang sama, "
            "penghargaan yang sama juga diserahkan kepada Pemkab Batu Putih dan Pemkot Muara Sari.")
    awards = by_recipient(nlp, text)
    other = awards["Pemerintah Kota Muara Sari"]
    assert other.name == "Universal Health Coverage (UHC) Award"
    assert other.grade == "Utama"


def test_a_ceremony_named_after_the_award_does_not_rename_it(nlp):
    text = ("Pemerintah Kota Kali Jernih dinobatkan sebagai Kota Layak Anak (KLA) Tahun 2024 dengan "
            "predikat Nindya oleh KemenPPPA. Penghargaan itu diserahkan pada Malam Penganugerahan "
            "Kabupaten/Kota Layak Anak di Hotel Batu Putih, Jakarta, Selasa (23/7/2024).")
    award = by_recipient(nlp, text)["Pemerintah Kota Kali Jernih"]
    assert award.name == "Kota Layak Anak (KLA)"
    assert award.place == "Hotel Batu Putih, Jakarta"


def test_a_town_inside_a_quotation_is_no_place(nlp):
    text = ("Malam puncak Anugerah Musik Kali Jernih 2024 berlangsung di Gedung Kesenian Batu Putih, "
            "Jakarta, Sabtu (16/11/2024). Panitia juga memberikan Penghargaan Pengabdian Seumur "
            "Hidup kepada musisi senior Rama Wijaya.\n"
            "“Terima kasih untuk semua. Piala ini untuk ibu di Kupang,” kata Rama Wijaya saat "
            "menerima piala.")
    award = by_recipient(nlp, text)["Rama Wijaya"]
    assert award.place != "Kupang"


def test_a_handover_names_the_categories_it_belongs_to(nlp):
    text = ("PT Kali Jernih meraih penghargaan untuk kategori Best Corporate Governance dengan skor "
            "92,40 dan kategori Best CSR Program. Selain itu, Direktur Utama PT Kali Jernih, Rama "
            "Wijaya, dinobatkan sebagai The Best CEO.\n"
            "Penghargaan Best Corporate Governance dan Best CSR Program diterima oleh Direktur SDM, "
            "Sinta Dewi, sedangkan penghargaan The Best CEO diterima langsung oleh Rama Wijaya.")
    awards = awards_of(nlp, text)
    company = {c: a.received_by for (n, c), a in awards.items() if n == "PT Kali Jernih"}
    assert company == {"Best Corporate Governance": "Sinta Dewi", "Best CSR Program": "Sinta Dewi"}


def test_an_award_named_by_its_recipient_type_keeps_its_own_giver(nlp):
    text = ("RSUD Kali Jernih meraih status akreditasi tingkat Paripurna dari Komisi Akreditasi "
            "Rumah Sakit (KARS) pada 2024. Sebelumnya, pada 2023 Puskesmas Batu Putih juga "
            "terakreditasi Paripurna.")
    awards = by_recipient(nlp, text)
    assert awards["RSUD Kali Jernih"].giver.name == "Komisi Akreditasi Rumah Sakit"
    assert awards["Puskesmas Batu Putih"].giver is None


def test_a_category_ends_before_dalam(nlp):
    text = ("Dokter Puskesmas Kali Jernih, dr. Rama Wijaya, dinobatkan sebagai Juara I Tenaga "
            "Kesehatan Teladan Tingkat Nasional Tahun 2024 untuk kategori dokter oleh Kemenkes.\n"
            "Tidak hanya itu, bidan Puskesmas Batu Putih, Sinta Dewi, menyabet Juara II pada "
            "kategori bidan dalam ajang yang sama.")
    award = by_recipient(nlp, text)["Sinta Dewi"]
    assert award.category.lower() == "bidan"


def test_a_sentence_that_names_its_recipient_opens_no_list(nlp):
    # "yang digelar" tells the ceremony; the next sentence with a rank is the recipient's own
    text = ("Pemkab Kali Jernih menyabet predikat Informatif dalam Anugerah Keterbukaan Informasi "
            "Publik Tahun 2024 yang digelar Komisi Informasi Pusat.\n"
            "Kali Jernih meraih nilai 97,14 sekaligus menjadi terbaik ketiga nasional.")
    award = by_recipient(nlp, text)["Pemerintah Kabupaten Kali Jernih"]
    assert award.grade == "Peringkat III"
    assert award.score == 97.14


def test_a_score_of_the_abbreviated_unit_goes_to_its_award(nlp):
    text = ("Rumah Sakit Umum Daerah (RSUD) Kota Kali Jernih dianugerahi predikat Zona Integritas "
            "Tahun 2024 oleh KemenPAN-RB. Dalam penilaian, RSUD Kota Kali Jernih memperoleh nilai "
            "86,15.")
    [award] = analyse(nlp, text, date(2024, 12, 10))._.awards
    assert award.score == 86.15


def test_a_subject_keeps_its_award_across_an_adjunct(nlp):
    text = ("JAKARTA - Pemerintah Kabupaten Kali Jernih di bawah kepemimpinan Penjabat (Pj) Bupati "
            "Rama Wijaya, meraih penghargaan Universal Health Coverage (UHC) kategori utama tahun 2024.")
    award = by_recipient(nlp, text)["Pemerintah Kabupaten Kali Jernih"]
    assert award.grade == "Utama"


def test_an_award_given_for_a_ranking_is_named_after_the_assessed_index(nlp):
    text = ("Sebanyak 41% provinsi memiliki indeks SPBE-nya di atas 2,6 pada evaluasi tahun 2019. "
            "KemenPAN-RB memberikan penghargaan kepada pemerintah daerah yang memiliki peringkat "
            "indeks terbaik. Untuk Pemerintah Provinsi, peringkat pertama diraih oleh Pemprov Kali "
            "Jernih, lalu disusul oleh Pemprov Batu Putih.")
    awards = by_recipient(nlp, text)
    assert {n: (a.name, a.grade) for n, a in awards.items()} == {
        "Pemerintah Provinsi Kali Jernih": ("Penghargaan Indeks SPBE", "Peringkat I"),
        "Pemerintah Provinsi Batu Putih": ("Penghargaan Indeks SPBE", "Peringkat II")}


NUMBERED = ("Desa Kali Jernih, Kecamatan Batu Putih, keluar sebagai juara pertama Lomba Desa Tingkat "
            "Provinsi Nusa Raya Tahun 2024. Lomba itu diselenggarakan Pemerintah Provinsi (Pemprov) "
            "Nusa Raya.\n"
            "Berikut daftar lengkap juara Lomba Desa Tingkat Provinsi Nusa Raya Tahun 2024:\n\n"
            "Kategori Desa Mandiri:\n"
            "1. Desa Kali Jernih, Kecamatan Batu Putih, Kabupaten Muara Sari\n"
            "2. Desa Lembah Sari, Kecamatan Tanjung Mas, Kabupaten Muara Sari\n\n"
            "Kategori Kader Berprestasi:\n"
            "1. Bapak Rama Wijaya dari Dusun Krajan, Desa Lembah Sari, Kecamatan Tanjung Mas\n\n"
            "Kepala Desa Kali Jernih, Sinta Dewi, yang menerima piala dari gubernur mengaku bangga. "
            "Sebelum melaju ke tingkat provinsi, Kali Jernih lebih dulu menjuarai lomba desa tingkat "
            "Kabupaten Muara Sari pada Mei lalu.")


def test_a_numbered_list_of_champions_ranks_its_lines(nlp):
    awards = awards_of(nlp, NUMBERED)
    assert awards[("Desa Lembah Sari", "Desa Mandiri")].grade == "Juara II"
    person = awards[("Rama Wijaya", "Kader Berprestasi")]  # an address after "dari" is no list
    assert person.grade == "Juara I"
    assert person.giver.name == "Pemerintah Provinsi Nusa Raya"  # not "Dusun Krajan"


def test_a_village_head_receives_and_an_earlier_round_is_its_own_award(nlp):
    awards = [a for a in analyse(nlp, NUMBERED, date(2024, 8, 20))._.awards
              if a.recipient.name == "Desa Kali Jernih"]
    by_level = {a.name.split()[-1] if "Kabupaten" not in a.name else "Kabupaten": a for a in awards}
    assert len(awards) == 2
    provincial = next(a for a in awards if "Provinsi" in a.name)
    district = next(a for a in awards if "Kabupaten" in a.name)
    assert provincial.received_by == "Sinta Dewi"
    assert (district.year, district.grade, district.giver) == (2024, "Juara I", None)
    assert by_level


def test_people_of_a_region_and_a_category_after_a_comma(nlp):
    text = ("Dua warga Kabupaten Kali Jernih, Provinsi Nusa Raya, dianugerahi penghargaan Kalpataru "
            "Tahun 2024 oleh KLHK.\n"
            "Kategori Perintis Lingkungan diberikan kepada Rama Wijaya dari Kabupaten Kali Jernih, "
            "kategori Pengabdi Lingkungan kepada Sinta Dewi, S.Pd., guru SD Negeri 3 Batu Putih dari "
            "Kota Muara Sari, dan Aiptu Bayu Pratama dari Kabupaten Lembah Sari.")
    awards = awards_of(nlp, text)
    assert {n for n, _ in awards} == {"Rama Wijaya", "Sinta Dewi", "Bayu Pratama"}
    assert awards[("Bayu Pratama", "Pengabdi Lingkungan")]


def test_the_same_grade_is_the_one_told_last(nlp):
    text = ("Kabupaten Kali Jernih meraih Anugerah Parahita Ekapraya (APE) Tahun 2024 tingkat Madya "
            "dari KemenPPPA. Adapun Pemprov Nusa Raya meraih APE tingkat Utama. Kota Dermaga Baru "
            "juga mendapat predikat yang sama, setelah dua tahun bertahan di tingkat Madya.")
    awards = by_recipient(nlp, text)
    assert awards["Pemerintah Kota Dermaga Baru"].grade == "Utama"  # "Baru" is a word of the name


def test_receivers_named_for_their_own_recipient(nlp):
    text = ("BPK Perwakilan Provinsi Nusa Raya menyerahkan LHP atas LKPD Tahun Anggaran 2023 di "
            "Auditorium BPK, Kota Batu Putih, Selasa (21/5/2024). Kepala BPK Perwakilan Provinsi Nusa "
            "Raya, Bayu Pratama, menyerahkan langsung laporan itu.\n"
            "Opini WTP diraih oleh tiga daerah, di antaranya Pemprov Nusa Raya, Kota Batu Putih, dan "
            "Kabupaten Kali Jernih. Sementara opini WDP diberikan kepada Kabupaten Muara Sari.\n"
            "LHP untuk Pemprov diterima langsung oleh Gubernur Nusa Raya, Rama Wijaya.")
    awards = by_recipient(nlp, text)
    assert awards["Pemerintah Provinsi Nusa Raya"].received_by == "Rama Wijaya"
    assert awards["Pemerintah Kabupaten Muara Sari"].received_by is None  # the governor is not its
    assert awards["Pemerintah Kabupaten Muara Sari"].date == "2024-05-21"  # "opini WDP" is told with WTP


def test_a_group_known_by_its_abbreviation_and_who_received_for_it(nlp):
    text = ("Kategori Penyelamat Lingkungan Kalpataru 2024 diraih Kelompok Tani Hutan (KTH) Wana "
            "Lestari dari Kabupaten Kali Jernih.\n"
            "Dari daerah tetangga, trofi untuk KTH Wana Lestari diterima ketuanya, Rama Wijaya.")
    award = by_recipient(nlp, text)["Kelompok Tani Hutan (KTH) Wana Lestari"]
    assert award.received_by == "Rama Wijaya"


def test_awards_counted_in_a_subject_go_to_the_work_told_before(nlp):
    text = ('JAKARTA -- Film "Senja di Kali Jernih" memborong tiga piala di malam anugerah Festival '
            'Film Batu Putih 2024. Ketiga piala itu diraih untuk kategori film terbaik, penata musik '
            'terbaik, dan penyunting gambar terbaik.')
    awards = awards_of(nlp, text)
    assert {c for n, c in awards if n == "Senja di Kali Jernih"} >= {
        "film terbaik", "penata musik terbaik", "penyunting gambar terbaik"}


def test_a_quoted_category_and_a_subject_after_a_fronted_adjunct(nlp):
    text = ("Dari rumpun musik keras, Band Kali Jernih mendominasi penghargaan Anugerah Musik Batu "
            "Putih 2024. Sinta Dewi yang tampaknya kental akan nuansa rock juga berhasil menyabet "
            "penghargaan di kategori “Karya Produksi Progresif Terbaik” lewat lagu “Senja”.")
    awards = awards_of(nlp, text)
    assert ("Sinta Dewi", "Karya Produksi Progresif Terbaik") in awards  # "akan" describes her
    assert any(n.endswith("Kali Jernih") for n, _ in awards)


def test_film_festival_titles_won_as_objects_and_subjects(nlp):
    text = ("KALI JERNIH, Layar.example - Film Batu Putih karya sutradara Rama Wijaya menyabet Film "
            "Terbaik pada Festival Film Kali Jernih (FFKJ) ke-9 Tahun 2024. Sinta Dewi menggondol "
            "Sutradara Terbaik, sementara Skenario Terbaik diberikan kepada Bayu Pratama dan Dewi "
            "Lestari. Dewan juri juga memberikan Penghargaan Khusus Juri kepada film Muara Sari.")
    awards = awards_of(nlp, text)
    assert ("Batu Putih", "Film Terbaik") in awards
    assert awards[("Batu Putih", "Film Terbaik")].name == "Festival Film Kali Jernih (FFKJ)"
    assert ("Sinta Dewi", "Sutradara Terbaik") in awards
    assert ("Dewi Lestari", "Skenario Terbaik") in awards
    assert ("Muara Sari", "Penghargaan Khusus Juri") in awards


def test_police_units_their_long_forms_and_ranked_receivers(nlp):
    text = ("Kepolisian Resor (Polres) Kali Jernih menyandang predikat Wilayah Birokrasi Bersih dan "
            "Melayani (WBBM) Tahun 2024 dari KemenPAN-RB. Selain itu, dua unit lain diganjar predikat "
            "WBK, yaitu Polsek Batu Putih dan Satuan Lalu Lintas (Satlantas) Polresta Muara Sari.\n"
            "Penghargaan untuk Polres Kali Jernih diterima Kapolres AKBP Rama Wijaya, S.I.K. Adapun "
            "piagam WBK bagi Polsek Batu Putih diterima Kapolsek Kompol Bayu Pratama, S.H., sedangkan "
            "Satlantas Polresta Muara Sari diwakili Kasat Lantas AKP Sinta Dewi, S.I.K.")
    awards = by_recipient(nlp, text)
    assert next(a for n, a in awards.items() if n.startswith("Kepolisian Resor")).received_by == "Rama Wijaya"
    assert awards["Polsek Batu Putih"].received_by == "Bayu Pratama"
    assert next(a for n, a in awards.items() if n.startswith("Satuan Lalu Lintas")).received_by == "Sinta Dewi"


def test_a_company_wins_categories_listed_after_one_cue_and_its_ceo_is_named_again(nlp):
    text = ("JAKARTA - PT Kali Jernih menyabet empat penghargaan dalam ajang Anugerah CSR Batu Putih "
            "2024. PT Kali Jernih menggondol penghargaan di kategori Pemberdayaan Ekonomi, Pelestarian "
            "Lingkungan, serta Laporan Keberlanjutan. Sementara itu, Direktur Utama PT Kali Jernih, "
            "Ir. Rama Wijaya, M.M., dinobatkan sebagai Best CEO. Adapun trofi Best CEO diserahkan "
            "langsung kepada Rama oleh panitia.")
    awards = awards_of(nlp, text)
    assert {c for n, c in awards if n == "PT Kali Jernih"} == {
        "Pemberdayaan Ekonomi", "Pelestarian Lingkungan", "Laporan Keberlanjutan"}
    assert [c for n, c in awards if "Rama" in n] == ["Best CEO"]  # "Rama" is Rama Wijaya, one award


def test_a_games_overall_title_is_an_award_and_places_are_not(nlp):
    text = ("Kabupaten Kali Jernih keluar sebagai juara umum Pekan Olahraga Provinsi (Porprov) Nusa Raya "
            "2024 dengan 96 medali emas. Posisi kedua ditempati Kota Batu Putih dengan 88 emas. "
            "Pada Porprov XI Tahun 2022, gelar juara umum direbut Kota Batu Putih.")
    awards = analyse(nlp, text, date(2024, 11, 17))._.awards
    # a region wins games as its contingent, named as the region, not its government
    assert sorted((a.recipient.name, a.year) for a in awards) == [
        ("Kabupaten Kali Jernih", 2024), ("Kota Batu Putih", 2022)]
    assert next(a for a in awards if a.year == 2024).name.startswith("Juara Umum Pekan Olahraga Provinsi")


def test_a_name_introduced_as_one_and_the_first_lady_title(nlp):
    text = ("Presiden menganugerahkan tanda kehormatan di Istana Negara, Senin (14/8/2023). Diantara "
            "tokoh penerima tanda kehormatan tersebut, terdapat nama Ibu Hj. Sinta Dewi yang menerima "
            "penghargaan Bintang Mahaputera Adipradana. Ibu Negara Hj. Rina Kartika menerima Bintang "
            "Republik Indonesia Adipradana.")
    awards = by_recipient(nlp, text, date(2023, 8, 15))
    assert {"Sinta Dewi", "Rina Kartika"} <= set(awards)


def test_winning_as_a_purpose_is_no_award(nlp):
    text = ("Predikat itu diberikan sebagai syarat pengusulan satuan kerja untuk meraih predikat "
            "Wilayah Bebas dari Korupsi (WBK) Tahun 2024.")
    assert by_recipient(nlp, text) == {}


def test_categories_listed_before_a_contrast(nlp):
    text = ("Ajang Smart City Award 2025 digelar Kementerian Komunikasi dan Digital di Yogyakarta. "
            "Pemprov Kali Jernih keluar sebagai pemenang di kategori Smart Governance, Smart Economy, "
            "dan Smart Society, sementara Pemprov Batu Putih unggul pada kategori Smart Living.")
    awards = awards_of(nlp, text)
    assert {c for n, c in awards if n == "Pemerintah Provinsi Kali Jernih"} == {
        "Smart Governance", "Smart Economy", "Smart Society"}


def test_a_time_clause_after_the_award_tells_another_event(nlp):
    # the earlier year belongs to "setelah sebelumnya …", not to the title won now
    text = ("Kontingen Kabupaten Kali Jernih selama penyelenggaraan Pekan Olahraga Provinsi (Porprov) "
            "VIII Tanah Seberang 2024 mengumpulkan 90 emas.\n"
            "Kabupaten Kali Jernih kembali mempertahankan gelar juara umum setelah sebelumnya meraih "
            "prestasi yang sama pada Porprov 2020 silam.")
    awards = list(analyse(nlp, text, date(2024, 11, 20))._.awards)
    assert [(a.recipient.name, a.year) for a in awards] == [("Kabupaten Kali Jernih", 2024)]
    assert awards[0].name.startswith("Juara Umum Pekan Olahraga Provinsi (Porprov) VIII")


def test_a_criterion_after_its_verb_confers_nothing(nlp):
    text = ("Penilaian tahun ini mengambil sampel Puskesmas Batu Putih dengan nilai 97,45.\n"
            "Unit layanan dinyatakan masuk zona hijau apabila memperoleh nilai 78,00 hingga 100.")
    assert by_recipient(nlp, text) == {}


def test_a_unit_named_again_by_its_abbreviation_alone(nlp):
    text = ("Universitas Teknologi Kali Jernih (UTEKA) Batu Putih terus membenahi mutu.\n"
            "Melalui keputusan BAN-PT yang disahkan pada 5 Agustus 2025, UTEKA dinyatakan meraih "
            "akreditasi institusi dengan predikat “Unggul”.")
    awards = by_recipient(nlp, text, date(2025, 8, 20))
    assert list(awards) == ["Universitas Teknologi Kali Jernih (UTEKA) Batu Putih"]
    assert awards["Universitas Teknologi Kali Jernih (UTEKA) Batu Putih"].grade == "Unggul"
    # a kind's abbreviation ("BUMN") is no name of one body
    text = ("Badan Usaha Milik Negara (BUMN) Kali Jernih mencatat laba.\n"
            "BUMN menerima penghargaan dari Kementerian BUMN.")
    assert "Badan Usaha Milik Negara (BUMN) Kali Jernih" not in by_recipient(nlp, text)


def test_organisations_without_a_legal_form_and_a_role_after_a_person(nlp):
    text = ("Majalah Kali Jernih menganugerahkan Anugerah Bisnis Lestari 2024 di Jakarta. Berikut "
            "pemenangnya:\n"
            "• Kategori Kesehatan: Bunda Sehat Foundation\n"
            "• CEO Terbaik: Rama Wijaya, CEO Batu Putih Group\n")
    awards = awards_of(nlp, text)
    assert set(awards) == {("Bunda Sehat Foundation", "Kesehatan"), ("Rama Wijaya", "CEO Terbaik")}


def test_a_work_named_again_by_its_title_and_categories_credited_in_brackets(nlp):
    text = ("Film Ibu Muara menjadi bintang malam penganugerahan Piala Layar Perak 2025.\n"
            "Selain piala untuk Sari, Ibu Muara juga membawa pulang tiga piala lain, yakni Film Terbaik, "
            "Sutradara Terbaik (Rama Wijaya), serta Skenario Terbaik (Rama Wijaya dan Dewi Lestari).")
    awards = awards_of(nlp, text, date(2025, 2, 23))
    assert set(awards) == {("Ibu Muara", "Film Terbaik"), ("Rama Wijaya", "Sutradara Terbaik"),
                           ("Rama Wijaya", "Skenario Terbaik"), ("Dewi Lestari", "Skenario Terbaik")}
    # a count of awards told elsewhere ("membawa pulang tiga piala") names none here
    assert awards_of(nlp, "Film Ibu Muara membawa pulang tiga piala pada Piala Layar Perak 2025.",
                     date(2025, 2, 23)) == {}


def test_a_receive_verb_after_dengan_takes_the_clause_subject(nlp):
    text = ("BATU PUTIH – Pemerintah Kota Kali Jernih kembali menorehkan prestasi dengan meraih "
            "penghargaan Kota Layak Anak (KLA) Tahun 2025 dengan predikat Nindya dari KemenPPPA.")
    awards = by_recipient(nlp, text, date(2025, 8, 10))
    assert list(awards) == ["Pemerintah Kota Kali Jernih"]
    assert awards["Pemerintah Kota Kali Jernih"].grade == "Nindya"


def test_a_handover_names_the_level_of_the_awards_it_hands_over(nlp):
    text = ("Penghargaan Sekolah Adiwiyata Tingkat Provinsi Tahun 2024 diraih oleh SDN 3 Kali Jernih "
            "dan SMPN 1 Batu Putih. Sementara untuk tingkat nasional, predikat Sekolah Adiwiyata "
            "Nasional diraih SMPN 2 Batu Putih.\n"
            "Penghargaan tingkat provinsi diserahkan Gubernur Nusa Raya di Aula Graha Praja, Kota "
            "Batu Putih, Senin (16/9/2024).")
    awards = by_recipient(nlp, text, date(2024, 9, 20))
    for school in ("SDN 3 Kali Jernih", "SMPN 1 Batu Putih"):
        assert str(awards[school].date) == "2024-09-16"
        assert awards[school].place == "Aula Graha Praja, Kota Batu Putih"
    assert awards["SMPN 2 Batu Putih"].date is None  # the national round was handed over elsewhere


def test_one_of_the_institutions_that_received_it_and_an_event_word_before_the_name(nlp):
    text = ("PENGANUGERAHAN Kali Jernih Green Awards ke-15 dilaksanakan pada Rabu 17 Januari 2024 "
            "malam di Hotel Batu Putih. Dalam perhelatan ini, Nusa Raya Group menjadi salah satu dari "
            "berbagai institusi yang mendapatkan penghargaan tersebut.")
    awards = by_recipient(nlp, text, date(2024, 1, 20))
    assert list(awards) == ["Nusa Raya Group"]
    assert awards["Nusa Raya Group"].name == "Kali Jernih Green Awards"


def test_after_a_recipient_cue_and_an_opener_a_bare_name_is_the_recipient(nlp):
    text = ("Untuk Kabupaten Kali Jernih, penerima Kalpataru 2023 adalah Rama Wijaya Saputra yang "
            "tidak lain adalah pendiri Desa Wisata Batu Putih.")
    assert list(by_recipient(nlp, text, date(2023, 6, 6))) == ["Rama Wijaya Saputra"]


def test_a_name_reads_on_through_a_head_word_to_the_abbreviation_it_spells(nlp):
    text = ("Penerima Kalpataru 2023 kategori kelompok adalah Yayasan Kali Jernih dan Lembaga Pengelola "
            "Hutan Kampung (LPHK) Batu Putih.")
    assert set(by_recipient(nlp, text, date(2023, 6, 6))) == {
        "Yayasan Kali Jernih", "Lembaga Pengelola Hutan Kampung (LPHK) Batu Putih"}
    text = ("Penerima Kalpataru 2023 kategori kelompok adalah Yayasan Kali Jernih dan Kelompok Pengelola "
            "Hutan Desa (KPHD) Wana Asri.")
    assert set(by_recipient(nlp, text, date(2023, 6, 6))) == {
        "Yayasan Kali Jernih", "Kelompok Pengelola Hutan Desa (KPHD) Wana Asri"}


def test_a_colon_inside_a_clause_with_its_verb_opens_no_line_of_winners(nlp):
    text = ("Malam Piala Layar Perak 2025 berlangsung meriah. Aktris itu menyabet trofi Artis Utama "
            "Terpilih lewat perannya dalam film Kali Jernih: Batu Putih Bercerita.")
    assert "Batu Putih Bercerita" not in by_recipient(nlp, text, date(2025, 2, 23))


def test_short_written_kinds_of_government(nlp):
    text = "Kab. Kali Jernih, Kab Batu Putih dan Pemkab. Nusa Raya meraih opini WTP dari BPK."
    assert set(by_recipient(nlp, text, date(2024, 6, 1))) == {
        "Pemerintah Kabupaten Kali Jernih", "Pemerintah Kabupaten Batu Putih", "Pemerintah Kabupaten Nusa Raya"}


def test_a_known_place_name_that_goes_on_is_another_place_and_a_list_goes_on_after_selanjutnya(nlp):
    # "Padang" is a city the gazetteer knows; "Padang Rimbun" is an invented regency
    text = ("Sepuluh di antaranya memperoleh opini WTP, masing-masing Pemkab Air Rambai, Kab. Pasir "
            "Mandala, dan Kota Tebing Serai. Selanjutnya Kabupaten Sungai Rimbun, Padang Rimbun, serta "
            "Kabupaten Lubuk Kemiri.\n"
            "Sekretaris Daerah Padang Rimbun, Drs. Yusran Malik, menyebut pemkab membentuk tim khusus.")
    awards = by_recipient(nlp, text, date(2025, 5, 23))
    assert set(awards) == {"Pemerintah Kabupaten Air Rambai", "Pemerintah Kabupaten Pasir Mandala",
                           "Pemerintah Kota Tebing Serai", "Pemerintah Kabupaten Sungai Rimbun",
                           "Pemerintah Kabupaten Padang Rimbun", "Pemerintah Kabupaten Lubuk Kemiri"}
    assert all(a.received_by != "Rimbun" for a in awards.values())


def test_a_similar_award_handed_over_on_the_same_stage_in_the_next_sentence(nlp):
    text = ("Pemerintah Kota (Pemkot) Kali Jernih meraih Anugerah Pelayanan Publik Tahun 2024 dari "
            "Pemerintah Provinsi Nusa Raya.\n"
            "Penghargaan itu diserahkan Gubernur Nusa Raya kepada Wali Kota Kali Jernih, Ir. Rama Wijaya, "
            "di Aula Graha Praja, Kota Batu Putih, Jumat (13/12/2024).\n"
            "Penghargaan serupa juga diraih oleh Kabupaten Ulu Bening dan Kabupaten Serasan Hilir. Piagam "
            "untuk kedua kabupaten itu diserahkan di panggung yang sama.")
    awards = by_recipient(nlp, text, date(2024, 12, 14))
    for regency in ("Pemerintah Kabupaten Ulu Bening", "Pemerintah Kabupaten Serasan Hilir"):
        assert str(awards[regency].date) == "2024-12-13"
        assert awards[regency].place == "Aula Graha Praja, Kota Batu Putih"


def test_a_capitalised_word_after_a_place_in_running_text_is_part_of_its_name(nlp):
    # "Bersurat" looks like a verb ("ber-"), but a verb in running text is written in lower case
    text = ("Pemerintah Kota (Pemkot) Batu Bersurat meraih Anugerah Pelayanan Publik Tahun 2024.\n"
            "Tahun lalu, Batu Bersurat masih berada pada predikat Sangat Baik.")
    awards = analyse(nlp, text, date(2024, 12, 14))._.awards
    assert sorted((a.recipient.name, a.year) for a in awards) == [
        ("Pemerintah Kota Batu Bersurat", 2023), ("Pemerintah Kota Batu Bersurat", 2024)]


def test_a_described_noun_with_a_place_in_it_refers_back(nlp):
    text = ("Pemkab Kali Jernih mengusulkan Desa Lubuk Cemara untuk penilaian tahun depan. Desa di tepi "
            "Sungai Batu Putih itu menerima trofi Program Kampung Iklim (ProKlim) Utama dari KLHK, "
            "Senin (28/10/2024).")
    assert list(by_recipient(nlp, text, date(2024, 11, 2))) == ["Desa Lubuk Cemara"]


def test_a_regional_company_is_a_company(nlp):
    text = "PT Bank Kali Jernih (Perseroda) meraih penghargaan Top BUMD 2025 dari Majalah Niaga."
    assert list(by_recipient(nlp, text, date(2025, 3, 2))) == ["PT Bank Kali Jernih (Perseroda)"]


def test_persons_with_honorifics_and_places_in_a_list(nlp):
    text = ("Gubernur Nusa Raya menyerahkan Anugerah Insan Teladan 2024 di Kota Batu Putih. "
            "Adapun kategori Tenaga Kesehatan Teladan diberikan kepada dua orang, yakni Dewi Lestari, "
            "A.Md.Keb., bidan Puskesmas Batu Putih, Kabupaten Kali Jernih, dan Ns. Sari Wulandari, "
            "S.Kep., perawat RSUD Batu Putih. Kategori Pembina Lingkungan diraih Kepala Desa Cempaka "
            "Wangi, Kecamatan Kali Jernih, H. Rama Wijaya.")
    awards = by_recipient(nlp, text, date(2024, 11, 26))
    assert set(awards) == {"Dewi Lestari", "Sari Wulandari", "Rama Wijaya"}


def test_an_earlier_title_told_after_setelah_sebelumnya_and_a_future_year_labels_nothing(nlp):
    text = ("Kota Kali Jernih mempertahankan gelar juara umum Pekan Olahraga Daerah (Porda) XV Nusa Raya "
            "2025, setelah sebelumnya merebut gelar yang sama pada Porda XIV tahun 2022.\n"
            "Pada malam yang sama, panitia juga menganugerahkan Piala Fair Play kepada kontingen "
            "Kabupaten Batu Putih.\nPorda XVI Tahun 2028 dijadwalkan berlangsung di Kota Kali Jernih.")
    awards = analyse(nlp, text, date(2025, 7, 14))._.awards
    assert sorted((a.recipient.name, a.year) for a in awards if "Kali Jernih" in a.recipient.name) == [
        ("Kota Kali Jernih", 2022), ("Kota Kali Jernih", 2025)]
    assert [a.year for a in awards if "Batu Putih" in a.recipient.name] == [2025]


def test_categories_given_with_the_people_their_brackets_credit(nlp):
    text = ("Malam Piala Layar Perak 2025 berlangsung meriah. Dua penghargaan musik diberikan untuk "
            "kategori Penyanyi Solo Terbaik (Dewi Lestari) dan Kategori Duo/Grup Terbaik (Rama Wijaya "
            "dan Sari Wulandari).")
    awards = awards_of(nlp, text, date(2025, 2, 23))
    assert set(awards) == {("Dewi Lestari", "Penyanyi Solo Terbaik"), ("Rama Wijaya", "Duo/Grup Terbaik"),
                           ("Sari Wulandari", "Duo/Grup Terbaik")}


def test_the_top_of_a_ranking_and_an_assessment_named_by_its_results(nlp):
    text = ("Pemprov Nusa Raya mengumumkan hasil Pengawasan Kearsipan Eksternal Tahun 2024. Kabupaten "
            "Kali Jernih meraih nilai 92,61, disusul Kota Batu Putih dengan nilai 90,37 dan Kabupaten "
            "Lembah Sari (88,05). Dua daerah teratas masuk kategori AA, sedangkan Lembah Sari berada pada "
            "kategori A.\n"
            "Adapun Pemprov Nusa Raya sendiri, dalam pengawasan yang dilakukan Arsip Nasional Republik "
            "Indonesia (ANRI) tahun ini, memperoleh nilai 86,74 dengan kategori A.")
    awards = by_recipient(nlp, text, date(2024, 12, 5))
    assert {name: a.grade for name, a in awards.items()} == {
        "Pemerintah Kabupaten Kali Jernih": "AA", "Pemerintah Kota Batu Putih": "AA",
        "Pemerintah Kabupaten Lembah Sari": "A", "Pemerintah Provinsi Nusa Raya": "A"}
    assert all("Pengawasan Kearsipan Eksternal" in a.name for a in awards.values())


def test_a_programme_named_without_a_head_and_one_of_those_entitled_to_it(nlp):
    text = ("Pemkab Kali Jernih didapuk sebagai kabupaten peringkat pertama atas pencegahan korupsi "
            "melalui program Monitoring Centre for Prevention (MCP) 2021.")
    awards = by_recipient(nlp, text, date(2022, 12, 13))
    assert "Monitoring Centre for Prevention (MCP)" in awards["Pemerintah Kabupaten Kali Jernih"].name
    # any programme the rules know by its short form, in any phrasing
    text = ("Pemkab Batu Putih dinobatkan sebagai kabupaten peringkat pertama atas pemenuhan hak anak lewat "
            "program Kabupaten Layak Anak (KLA) 2024.")
    assert by_recipient(nlp, text, date(2024, 8, 1))["Pemerintah Kabupaten Batu Putih"].name == \
        "Kabupaten Layak Anak (KLA)"
    text = ("BATU PUTIH-Gubernur Jambi termasuk dalam 22 Gubernur se-Indonesia yang berhak menerima "
            "penghargaan Anugerah Parahita Ekapraya (APE) 2018. Penghargaan itu diberikan langsung oleh "
            "Wakil Presiden bersama Menteri PPPA, Dewi Lestari, Rabu, 19 Desember 2018.")
    awards = by_recipient(nlp, text, date(2018, 12, 20))
    assert list(awards) == ["Pemerintah Provinsi Jambi"]  # (a province the gazetteer knows)
    assert awards["Pemerintah Provinsi Jambi"].received_by != "Dewi Lestari"  # she hands it over


def test_a_list_of_units_is_no_apposition_and_a_relative_clauses_award_leaves_the_subject(nlp):
    text = ("Sedangkan tiga polres yaitu Polresta Kali Jernih, Polres Batu Putih dan Polres Lembah Sari "
            "yang pernah meraih WBK di tahun 2016, kini meraih predikat WBBM Tahun 2018 dari KemenPAN-RB.")
    awards = analyse(nlp, text, date(2018, 6, 1))._.awards
    assert sorted({(a.recipient.name, a.year) for a in awards if a.year == 2018}) == [
        ("Polres Batu Putih", 2018), ("Polres Lembah Sari", 2018), ("Polresta Kali Jernih", 2018)]


def test_a_place_closing_a_persons_name_and_another_name_after_atau_yang(nlp):
    # "Batubara" is a regency; closing a longer name it is a surname
    text = ("Jakarta - Dai kondang, ustad Rama Wijaya Batubara atau yang akrab disapa RWB terpilih sebagai "
            "salah satu tokoh pendukung kebangkitan zakat dalam acara Baznas Award 2018.")
    assert list(by_recipient(nlp, text, date(2018, 9, 8))) == ["Rama Wijaya Batubara"]


def test_a_year_after_a_name_is_an_edition_only_after_an_awards_name(nlp):
    text = ("Presiden menganugerahkan Bintang Mahaputera kepada sejumlah tokoh di Istana Negara, Jakarta, "
            "Senin (25/8/2025). Salah satunya menganugerahkan Bintang Mahaputera Utama kepada Letkol Rama "
            "Wijaya. Letkol Rama Wijaya lulusan Akmil 2011 yang menjabat Sekretaris Kabinet.")
    awards = by_recipient(nlp, text, published=None)
    assert awards["Rama Wijaya"].year == 2025


def test_a_category_named_after_its_opener_and_the_winner_after_oleh(nlp):
    text = ("Penghargaan Satuan Kerja Terbaik 2024 diberikan Kanwil Nusa Raya. Kategori selanjutnya adalah "
            "Pengelolaan Barang Milik Negara (BMN) terbaik diraih oleh Lapas Kelas I Kali Jernih, lalu "
            "Lapas Kelas IIA Batu Putih.")
    awards = by_recipient(nlp, text, date(2024, 12, 1))
    assert set(awards) == {"Lapas Kelas I Kali Jernih", "Lapas Kelas IIA Batu Putih"}
    first = awards["Lapas Kelas I Kali Jernih"]
    assert first.category == "Pengelolaan Barang Milik Negara (BMN) terbaik"
    assert first.giver is None or first.giver.name != "Lapas Kelas I Kali Jernih"  # the winner gives nothing


def test_a_rank_won_is_no_awards_name(nlp):
    text = ("Gubernur Nusa Raya menyerahkan Anugerah Insan Teladan 2024 di Kota Batu Putih. Di jenjang SMA, "
            "Drs. Rama Wijaya, M.Pd., guru Fisika SMA Negeri 2 Kali Jernih, menyabet Juara I.")
    awards = by_recipient(nlp, text, date(2024, 11, 26))
    assert awards["Rama Wijaya"].name == "Anugerah Insan Teladan"


def test_other_names_of_a_body_and_a_persons_role_title(nlp):
    text = ("Majalah Kali Jernih menganugerahkan Anugerah BUMD 2025 kepada tiga badan usaha, yakni PT Bank "
            "Daerah Nusa Raya (Perseroda) atau Bank Nusa Raya, Perumda Air Minum Tirta Batu Putih (PDAM "
            "Batu Putih), serta RSUD Batu Putih. Bank Nusa Raya menyabet dua kategori sekaligus, yakni "
            "Bank Daerah Terbaik kelompok aset Rp 10 triliun dan Inovasi Digital Terbaik. PDAM Batu Putih "
            "meraih kategori Pelayanan Air Minum Terbaik. Bupati Batu Putih, H. Rama Wijaya, S.E., "
            "dinobatkan sebagai Pembina BUMD Terbaik.")
    awards = awards_of(nlp, text, date(2025, 3, 2))
    assert {(name, category) for name, category in awards if "Bank" in name} == {
        ("PT Bank Daerah Nusa Raya (Perseroda)", "Bank Daerah Terbaik kelompok aset Rp 10 triliun"),
        ("PT Bank Daerah Nusa Raya (Perseroda)", "Inovasi Digital Terbaik")}
    assert [c for name, c in awards if "Tirta" in name] == ["Pelayanan Air Minum Terbaik"]
    assert ("Rama Wijaya", "Pembina BUMD Terbaik") in awards


def test_works_counted_before_their_titles(nlp):
    text = ("Malam Piala Layar Perak 2022 berlangsung meriah. Ada empat film yang meraih dua kemenangan, "
            "Kali Jernih 2: Bangkit, Batu Putih, Rumah in Cell No.7, dan The Big 4.")
    assert set(by_recipient(nlp, text, date(2022, 12, 20))) == {
        "Kali Jernih 2: Bangkit", "Batu Putih", "Rumah in Cell No.7", "The Big 4"}


def test_a_list_opened_by_antara_lain_is_not_told_apart_from_the_ceremony(nlp):
    text = ("Sebanyak 12 polres di jajaran Polda Nusa Raya, Senin (10/12/2018) menerima penghargaan Zona "
            "Integritas sebagai Wilayah Bebas Korupsi (WBK) dari Kemenpan-RB.\n"
            "Satu wilayah yang mendapat predikat WBBM yaitu Polrestabes Kali Jernih. Sedangkan 11 wilayah "
            "mendapat predikat WBK antara lain Polres Batu Putih dan Polres Lembah Sari.")
    awards = by_recipient(nlp, text, date(2018, 12, 11))
    assert str(awards["Polres Batu Putih"].date) == "2018-12-10"


def test_the_same_one_again(nlp):
    text = ("Bank Kali Jernih menjadi salah satu dari sejumlah perusahaan yang menerima Anugerah Bisnis "
            "2024. Tahun lalu, bank yang sama membawa pulang Grand Award Anugerah Bisnis.")
    awards = analyse(nlp, text, date(2024, 11, 28))._.awards
    assert sorted((a.recipient.name, a.year) for a in awards) == [
        ("Bank Kali Jernih", 2023), ("Bank Kali Jernih", 2024)]


def test_a_trophy_named_by_its_category_and_lines_of_films(nlp):
    text = ("Film Batu Putih dinobatkan sebagai Film Terbaik dalam Apresiasi Film Kali Jernih (AFKJ) 2025. "
            "Sutradaranya, Dewi Lestari, membawa pulang Piala Skenario Terbaik.\n"
            "Berikut daftar pemenang lainnya:\n"
            "Kategori Film Pendek Terbaik: Ikan Cakalang untuk Mama\n"
            "Kategori Pencipta Lagu Terbaik: Bagus Wiratama - Rindu Separuh Jalan\n")
    awards = awards_of(nlp, text, date(2025, 3, 2))
    assert awards[("Dewi Lestari", "Skenario Terbaik")].name == "Apresiasi Film Kali Jernih (AFKJ)"
    assert ("Ikan Cakalang untuk Mama", "Film Pendek Terbaik") in awards
    assert {n for n, c in awards if c == "Pencipta Lagu Terbaik"} == {"Bagus Wiratama"}


def test_a_counted_group_named_in_the_next_sentence(nlp):
    text = ("BATU PUTIH - Tiga pemerintah kabupaten di Nusa Raya menerima Predikat Kepatuhan Tahun 2024 dari "
            "Ombudsman RI, sekaligus memastikan diri berada di zona hijau.\n"
            "Berdasarkan urutan nilai yang dibacakan panitia, ketiga daerah itu adalah Kabupaten Kali Jernih "
            "(94,12), Kabupaten Lembah Sari (91,03), dan Kabupaten Muara Hijau (88,47).")
    assert set(by_recipient(nlp, text, date(2024, 12, 11))) == {
        "Pemerintah Kabupaten Kali Jernih", "Pemerintah Kabupaten Lembah Sari", "Pemerintah Kabupaten Muara Hijau"}


def test_bare_tiers_the_only_one_a_description_with_a_river_and_a_list_that_did_not(nlp):
    text = ("JAMBI – Tujuh daerah di Provinsi Nusa Raya menerima penghargaan Kabupaten/Kota Layak Anak (KLA) "
            "Tahun 2025 dari KemenPPPA.\n"
            "Kota Kali Jernih menjadi satu-satunya di Nusa Raya yang mencapai peringkat Utama. Sementara "
            "Pratama diraih Kabupaten Bukit Seluang dan Kabupaten Renah Gading.\n"
            "Pada KLA 2024, kota di tepian Batanghari itu masih berada di peringkat Nindya.\n"
            "Empat daerah lainnya, termasuk Kabupaten Sungai Lipai dan Kabupaten Lembah Sari, belum memenuhi "
            "nilai minimal untuk memperoleh predikat Pratama.")
    awards = analyse(nlp, text, date(2025, 8, 9))._.awards
    assert sorted((a.recipient.name, a.year, a.grade) for a in awards) == [
        ("Pemerintah Kabupaten Bukit Seluang", 2025, "Pratama"),
        ("Pemerintah Kabupaten Renah Gading", 2025, "Pratama"),
        ("Pemerintah Kota Kali Jernih", 2024, "Nindya"),
        ("Pemerintah Kota Kali Jernih", 2025, "Utama")]


def test_money_a_team_and_an_abbreviated_first_name(nlp):
    text = ("Gubernur Nusa Raya menyerahkan Anugerah Prestasi Olahraga 2024. Penghargaan Tim Berprestasi "
            "diberikan kepada Tim Bola Voli Putri Kabupaten Kali Jernih. Gelar Inovator Terbaik jatuh kepada "
            "Moh. Rizal Lamasanda, S.Kom. Para pemenang juga menerima uang pembinaan, masing-masing Rp 30 juta "
            "untuk Terbaik I.")
    awards = by_recipient(nlp, text, date(2024, 11, 2))
    assert "Tim Bola Voli Putri Kabupaten Kali Jernih" in awards
    assert any(name.endswith("Rizal Lamasanda") for name in awards)
    assert not any(name.startswith("Rp") for name in awards)


def test_the_agent_after_a_passive_give_verb_hands_over_and_a_located_group_is_no_ceremony_place(nlp):
    text = ("Tiga pemerintah kabupaten di Nusa Raya menerima Predikat Kepatuhan Tahun 2024 dari Ombudsman RI. "
            "Berdasarkan urutan nilai, ketiga daerah itu adalah Kabupaten Kali Jernih (94,12), Kabupaten "
            "Lembah Sari (91,03), dan Kabupaten Muara Hijau (88,47).\n"
            "Piagam untuk ketiga kabupaten tersebut diserahkan Anggota Ombudsman RI, Dr. Rama Wijaya, S.H., "
            "di Auditorium Gedung Ombudsman RI, Jakarta, Selasa (10/12/2024).")
    awards = by_recipient(nlp, text, date(2024, 12, 11))
    first = awards["Pemerintah Kabupaten Kali Jernih"]
    assert first.received_by != "Rama Wijaya"  # he hands it over
    assert first.place == "Auditorium Gedung Ombudsman RI, Jakarta"


def test_a_handover_told_right_before_its_recipients_award(nlp):
    awards = by_recipient(nlp, (
        "BPK menyerahkan LHP atas LKPD Tahun Anggaran 2024 kepada Pemkot Batu Putih di Aula Kantor "
        "BPK Perwakilan, Mataram, Rabu (21/5/2025). Pemkot Batu Putih memperoleh opini WTP. "
        "Dua hari sebelumnya, Senin (19/5/2025), BPK lebih dulu menyerahkan LHP Kabupaten Kali "
        "Jernih di aula yang sama. Kabupaten Kali Jernih juga memperoleh opini WTP. "
        "Adapun Pemprov Lembah Hijau telah menerima LHP dalam rapat paripurna di Gedung DPRD "
        "Provinsi Lembah Hijau, Jumat (16/5/2025). Pemprov Lembah Hijau kembali memperoleh opini WTP."),
        published=date(2025, 5, 22))
    assert (awards["Pemerintah Kabupaten Kali Jernih"].date, awards["Pemerintah Kabupaten Kali Jernih"].place) == \
        ("2025-05-19", "Aula Kantor BPK Perwakilan, Mataram")
    assert (awards["Pemerintah Provinsi Lembah Hijau"].date, awards["Pemerintah Provinsi Lembah Hijau"].place) == \
        ("2025-05-16", "Gedung DPRD Provinsi Lembah Hijau")


def test_a_trophy_named_by_its_holder_is_no_award_name(nlp):
    awards = by_recipient(nlp, "Kota Batu Putih meraih Penghargaan Pembangunan Daerah 2025 dari Bappenas. "
                               "Pada malam yang sama, Trofi Kabupaten Kali Jernih diterima Bupati Kali "
                               "Jernih, Ahmad Suryadi.", published=date(2025, 5, 1))
    assert awards["Pemerintah Kabupaten Kali Jernih"].name == "Penghargaan Pembangunan Daerah"


def test_a_regional_company_is_named_with_its_region(nlp):
    text = ("Perusahaan Umum Daerah (Perumda) Air Minum Kota Bukittinggi meraih penghargaan Pelayanan "
            "Publik Terbaik dengan skor 88,10.")
    doc = analyse(nlp, text, date(2026, 2, 12))
    assert [a.recipient.name for a in doc._.awards] == ["Perusahaan Umum Daerah Air Minum Kota Bukittinggi"]
    assert [s.entity.name for s in doc._.scores] == ["Perusahaan Umum Daerah Air Minum Kota Bukittinggi"]


def test_a_zone_held_after_a_parenthetical_word(nlp):
    awards = by_recipient(nlp, (
        "Ombudsman RI menyerahkan Predikat Kepatuhan Penyelenggaraan Pelayanan Publik Tahun 2024 kepada "
        "pemerintah daerah. Kota Batu Putih, misalnya, berada di zona hijau dengan opini kualitas tinggi. "
        "Adapun Kabupaten Kali Jernih masih tertahan di zona kuning dengan opini kualitas sedang."))
    assert {"Pemerintah Kota Batu Putih", "Pemerintah Kabupaten Kali Jernih"} <= set(awards)
    assert awards["Pemerintah Kabupaten Kali Jernih"].category.lower().startswith("zona kuning")


def test_recipients_of_a_handover_told_as_a_noun_are_the_group_counted_after(nlp):
    awards = by_recipient(nlp, "Penyerahan penghargaan kepada Kabupaten Sarmi, Kabupaten Lebak, dan Kabupaten "
                               "Intan Jaya berlangsung di Balai Kartini, Jakarta, Sabtu (7/12/2024). Ketiganya "
                               "meraih predikat Madya dalam Penghargaan Kabupaten Sehat Lestari 2024.")
    assert set(awards) == {"Pemerintah Kabupaten Sarmi", "Pemerintah Kabupaten Lebak", "Pemerintah Kabupaten Intan Jaya"}
    assert {a.place for a in awards.values()} == {"Balai Kartini, Jakarta"}


def test_a_region_named_only_as_a_place_is_not_referred_back_to(nlp):
    awards = {(a.recipient.name, a.year) for a in analyse(nlp, (
        "Kementerian PANRB memberikan Penghargaan Kabupaten Sehat Lestari 2024 kepada Kabupaten Padang Lawas "
        "Utara. Tim penilai melakukan verifikasi lapangan di Kabupaten Aceh Barat pada Oktober lalu. Pada 2023, "
        "kabupaten di lereng gunung itu meraih Penghargaan Pelayanan Prima."), date(2024, 12, 10))._.awards}
    assert ("Pemerintah Kabupaten Padang Lawas Utara", 2023) in awards
    assert not any(name == "Pemerintah Kabupaten Aceh Barat" for name, _ in awards)


def test_officials_receive_respectively_for_a_group_referred_back_to(nlp):
    awards = by_recipient(nlp, "Pemkab Kali Jernih, Pemkab Batu Putih, dan Pemkab Muara Sari meraih Anugerah "
                               "Inovasi Daerah 2024 dari Ombudsman RI. Piala untuk ketiga kabupaten itu diterima "
                               "masing-masing oleh Dr. Yusuf Manurung, Dr. Maria Lestari, dan H. Siti Rahayu.")
    assert {n: a.received_by for n, a in awards.items()} == {
        "Pemerintah Kabupaten Kali Jernih": "Yusuf Manurung", "Pemerintah Kabupaten Batu Putih": "Maria Lestari",
        "Pemerintah Kabupaten Muara Sari": "Siti Rahayu"}


def test_an_award_for_a_recipient_named_after_untuk_is_its_first_telling(nlp):
    awards = by_recipient(nlp, "Penghargaan Kabupaten Layak Anak 2023 dari KemenPPPA untuk Kabupaten Kali Jernih "
                               "diterima langsung oleh Bupati Kali Jernih, Agus Simanjuntak, M.M., di Jakarta.")
    assert list(awards) == ["Pemerintah Kabupaten Kali Jernih"]
    assert awards["Pemerintah Kabupaten Kali Jernih"].received_by == "Agus Simanjuntak"


def test_a_bank_company_keeps_its_company_form_and_other_name(nlp):
    awards = by_recipient(nlp, "PT Bank Kali Jernih (Persero) Tbk atau BKJ keluar sebagai Bank Terbaik dalam "
                               "Finansia Banking Award 2025. PT Bank Pembangunan Daerah Batu Putih Tbk (Bank BP) "
                               "menempati peringkat pertama kategori Bank Pembangunan Daerah Terbaik.",
                          published=date(2025, 11, 27))
    assert {"PT Bank Kali Jernih (Persero) Tbk", "PT Bank Pembangunan Daerah Batu Putih Tbk"} <= set(awards)


def test_a_person_from_a_place_is_no_condition_and_the_place_no_person(nlp):
    awards = by_recipient(nlp, "Penghargaan Adhikarya Pangan Nusantara Tahun 2025 diberikan oleh Badan Pangan "
                               "Nasional. Kategori Pelopor Ketahanan Pangan diraih Yohanis Pattinama, S.P. (47), "
                               "petani padi asal Desa Savana Jaya, Kecamatan Waeapo. Kategori Pelaku diraih petani "
                               "penyadap getah asal Desa Sungai Nipah, Abdul Karim.", published=date(2025, 10, 17))
    assert set(awards) == {"Yohanis Pattinama", "Abdul Karim"}


def test_a_title_of_merit_after_predikat_is_a_category_of_the_award_in_force(nlp):
    awards = by_recipient(nlp, "PT Bank Kali Jernih meraih Finansia Banking Award 2025 yang digelar Majalah Finansia "
                               "di Hotel Mulia, Jakarta, Rabu (26/11/2025). Untuk kelompok aset menengah, predikat "
                               "Bank Terbaik jatuh kepada PT Bank Batu Putih (BBP). Sementara trofi BBP diterima "
                               "Direktur BBP, Agus Salim.", published=date(2025, 11, 27))
    assert awards["PT Bank Batu Putih"].name == "Finansia Banking Award"


def test_an_earlier_award_dated_by_a_month_and_year(nlp):
    awards = {(a.recipient.name, a.name, a.year) for a in analyse(nlp, (
        "Kota Batu Putih meraih Swasti Saba Wistara 2025 dari Kementerian Kesehatan. Sebelumnya, pada Agustus 2025, "
        "kota itu juga meraih predikat Kota Layak Anak (KLA) kategori Utama dari KemenPPPA."), date(2025, 11, 26))._.awards}
    assert ("Pemerintah Kota Batu Putih", "Predikat Kota Layak Anak (KLA)", 2025) in awards


def test_an_earlier_year_set_before_a_clause_stays_with_that_clause(nlp):
    awards = {(a.recipient.name, a.category, a.year) for a in analyse(nlp, (
        "Pada 2023, Kota Batu Putih juga meraih predikat Cukup Informatif. Pemerintah Kota Kali Jernih dan Kota "
        "Batu Putih meraih predikat Informatif dalam Anugerah Keterbukaan Informasi Publik. Penyerahan berlangsung "
        "di Jakarta, Jumat (12/12/2025)."), date(2025, 12, 13))._.awards}
    assert awards == {("Pemerintah Kota Batu Putih", "Cukup Informatif", 2023),
                      ("Pemerintah Kota Batu Putih", "Informatif", 2025),
                      ("Pemerintah Kota Kali Jernih", "Informatif", 2025)}


def test_an_earlier_time_named_by_its_assessment_stays_with_its_clause(nlp):
    # the earlier year told after the award: it neither becomes the award's edition nor dates the others
    awards = {(a.recipient.name, a.category, a.year) for a in analyse(nlp, (
        "Kota Batu Putih dan Kabupaten Kali Jernih meraih predikat Informatif dalam Anugerah Keterbukaan "
        "Informasi Publik di Jakarta, Senin (15/12/2025). Pada penilaian 2024, Kota Batu Putih masih "
        "berpredikat Cukup Informatif."), date(2025, 12, 16))._.awards}
    assert awards == {("Pemerintah Kota Batu Putih", "Cukup Informatif", 2024),
                      ("Pemerintah Kota Batu Putih", "Informatif", 2025),
                      ("Pemerintah Kabupaten Kali Jernih", "Informatif", 2025)}


def test_an_assessment_year_in_lower_case_is_the_year_the_award_is_for(nlp):
    awards = analyse(nlp, "Sebanyak 2 pemerintah daerah meraih Anugerah Bhakti Pemerintahan Digital berdasarkan hasil "
                          "penilaian tahun 2025 dari Kementerian PANRB. Penerima penghargaan tersebut yakni Kota Batu "
                          "Putih dan Kabupaten Kali Jernih. Penyerahan berlangsung di Jakarta, Kamis (8/1/2026).",
                     date(2026, 1, 9))._.awards
    assert {a.year for a in awards} == {2025} and len(awards) == 2


def test_a_handover_still_to_come_dates_and_places_nothing(nlp):
    awards = by_recipient(nlp, "Kabupaten Kali Jernih meraih predikat Memuaskan dalam Evaluasi SPBE 2024. Piagam "
                               "penghargaan bagi instansi berpredikat Memuaskan rencananya diserahkan Menteri PANRB "
                               "pada rapat koordinasi nasional di Jakarta, Februari mendatang.",
                          published=date(2025, 1, 20))
    assert (awards["Pemerintah Kabupaten Kali Jernih"].place, awards["Pemerintah Kabupaten Kali Jernih"].date) == (None, None)


def test_a_zone_and_its_opinion_are_one_class_with_its_letter(nlp):
    awards = by_recipient(nlp, "Ombudsman RI menyerahkan Predikat Kepatuhan Penyelenggaraan Pelayanan Publik Tahun 2024. "
                               "Kabupaten Kali Jernih masih tertahan di zona kuning dengan opini kualitas sedang (C) "
                               "setelah hanya mengantongi nilai 68,35.")
    award = awards["Pemerintah Kabupaten Kali Jernih"]
    assert (award.category.lower(), award.grade) == ("zona kuning kualitas sedang", "C")


def test_a_body_that_only_supported_gives_no_award(nlp):
    awards = by_recipient(nlp, "Berkat dukungan dari Bank Indonesia, Kota Batu Putih meraih Penghargaan Pelayanan "
                               "Publik Terbaik 2024.")
    assert awards["Pemerintah Kota Batu Putih"].giver is None


def test_an_official_of_a_known_body_hands_over_for_it(nlp):
    handed = by_recipient(nlp, "Penghargaan Kabupaten Sehat 2023 diserahkan Kepala Perpustakaan Nasional Dewi "
                               "Setiawan kepada Bupati Badung, Yohanes Pratama, di Jakarta.")
    assert handed["Pemerintah Kabupaten Badung"].giver.name == "Perpustakaan Nasional Republik Indonesia"
    given = by_recipient(nlp, "Penghargaan Adhikarya Pangan 2025 diberikan oleh Badan Pangan Nasional (Bapanas) "
                              "kepada Kabupaten Batu Putih.")
    assert given["Pemerintah Kabupaten Batu Putih"].giver.name == "Badan Pangan Nasional"


def test_a_tier_reached_with_menjadi_is_received(nlp):
    awards = by_recipient(nlp, "Kantor Imigrasi Batu Putih menjadi Wilayah Birokrasi Bersih dan Melayani (WBBM) "
                               "dalam penilaian Zona Integritas 2025 oleh KemenPAN-RB.")
    assert awards["Kantor Imigrasi Batu Putih"].category == "Wilayah Birokrasi Bersih dan Melayani (WBBM)"


def test_a_category_written_by_its_abbreviation_takes_the_long_form_the_article_defined(nlp):
    awards = by_recipient(nlp, "Polres Kali Jernih meraih predikat Zona Integritas menuju Wilayah Bebas dari Korupsi "
                               "(WBK) dari KemenPAN-RB. Predikat WBK juga diraih Polres Batu Putih.")
    assert {n: (a.name, a.category) for n, a in awards.items()} == {
        "Polres Kali Jernih": ("Predikat Zona Integritas", "Wilayah Bebas dari Korupsi (WBK)"),
        "Polres Batu Putih": ("Predikat Zona Integritas", "Wilayah Bebas dari Korupsi (WBK)")}


def test_a_second_predicate_joined_by_dan_has_the_first_ones_subject(nlp):
    awards = by_recipient(nlp, "Untuk kategori kabupaten, Kabupaten Kali Jernih mengumpulkan nilai 93,12 dan berhak atas "
                               "predikat Informatif dalam Anugerah Keterbukaan Informasi Publik 2025. Bupati Batu Putih, "
                               "Ahmad Rifai mengatakan, Pemkab Batu Putih mengalami kenaikan dan juga meraih predikat "
                               "Menuju Informatif.")
    assert {n: a.category for n, a in awards.items()} == {"Pemerintah Kabupaten Kali Jernih": "Informatif",
                                                          "Pemerintah Kabupaten Batu Putih": "Menuju Informatif"}


def test_a_lower_case_trophy_word_before_a_winners_title_names_a_category_of_the_ceremony(nlp):
    awards = analyse(nlp, "Malam puncak Anugerah Musik Nusantara 2025 digelar di Padang, Sabtu (15/11/2025). "
                          "Penyanyi Rina Kartika memboyong piala Album Terbaik lewat album \"Rantau\".",
                     date(2025, 11, 16))._.awards
    assert {(a.name, a.category) for a in awards} >= {("Anugerah Musik Nusantara", "Album Terbaik")}
    assert not any(a.name == "Album Terbaik" for a in awards)


def test_a_predicate_dalam_an_award_named_with_its_head_splits_into_category_and_award(nlp):
    awards = by_recipient(nlp, "Pemerintah Kota Batu Putih dianugerahi predikat Kota Sangat Inovatif dalam Innovative "
                               "Government Award (IGA) 2025 dari Kemendagri.")
    award = awards["Pemerintah Kota Batu Putih"]
    assert (award.name, award.category) == ("Innovative Government Award (IGA)", "Kota Sangat Inovatif")


def test_a_regional_body_is_named_with_its_region_after_its_abbreviation(nlp):
    awards = by_recipient(nlp, "Komisi Informasi (KI) Provinsi Batu Putih memberikan Anugerah Keterbukaan Informasi "
                               "Publik 2025 kepada Kabupaten Kali Jernih dan Kota Muara Sari.")
    assert {a.giver.name for a in awards.values()} == {"Komisi Informasi Provinsi Batu Putih"}


def test_the_same_predicate_told_again_carries_the_class_told_before(nlp):
    awards = by_recipient(nlp, "Kabupaten Kali Jernih meraih predikat Informatif dalam Anugerah Keterbukaan Informasi "
                               "Publik 2025. Predikat yang sama diraih Kabupaten Batu Putih dengan nilai 91,05.")
    assert awards["Pemerintah Kabupaten Batu Putih"].category == "Informatif"


def test_an_earlier_award_told_in_passing_gives_no_year_to_the_scores(nlp):
    doc = analyse(nlp, "Enam unit kerja meraih predikat Zona Integritas dari KemenPAN-RB tahun 2025. Kantor Imigrasi Batu "
                       "Putih memperoleh nilai evaluasi 91,42. Kantor Imigrasi Batu Putih sebelumnya telah menyandang "
                       "predikat WBK pada 2022.", date(2025, 12, 11))
    assert {(s.entity.name, s.year, s.value) for s in doc._.scores} == {("Kantor Imigrasi Batu Putih", 2025, 91.42)}


def test_an_earlier_award_in_a_relative_clause_set_off_by_commas_is_no_edition(nlp):
    awards = {(a.recipient.name, a.year) for a in analyse(nlp, (
        "Polres Batu Putih meraih predikat Zona Integritas dari KemenPAN-RB, Rabu (10/12/2025). RSUD Kali Jernih, "
        "yang mengantongi predikat WBK pada 2023, tahun ini belum lolos."), date(2025, 12, 11))._.awards}
    assert ("Polres Batu Putih", 2025) in awards
    assert ("RSUD Kali Jernih", 2023) in awards


def test_an_opinion_told_by_its_acronym_alone_is_the_award(nlp):
    awards = by_recipient(nlp, "Hasilnya, atas LKPD TA 2023, WTP diraih oleh Kabupaten Kali Jernih dan Kota Batu Putih, "
                               "sedangkan WDP diberikan kepada Pemkab Muara Sari.")
    assert {n: (a.name, a.year) for n, a in awards.items()} == {
        "Pemerintah Kabupaten Kali Jernih": ("Opini WTP", 2023), "Pemerintah Kota Batu Putih": ("Opini WTP", 2023),
        "Pemerintah Kabupaten Muara Sari": ("Opini WDP", 2023)}


def test_a_handover_referred_back_after_several_clauses_of_the_award_dates_them_all(nlp):
    awards = by_recipient(nlp, "Atas LKPD TA 2024, Pemkab Kali Jernih dan Pemerintah Kota Batu Putih meraih opini WTP. "
                               "Sementara itu, Pemerintah Kabupaten Muara Sari meraih opini WDP. LHP tersebut diserahkan "
                               "BPK Perwakilan Sulawesi Tenggara di Aula Kantor BPK, Minggu, 4 Mei 2025.")
    assert {n: a.date for n, a in awards.items()} == {"Pemerintah Kabupaten Kali Jernih": "2025-05-04",
                                                     "Pemerintah Kota Batu Putih": "2025-05-04",
                                                     "Pemerintah Kabupaten Muara Sari": "2025-05-04"}


@pytest.mark.parametrize("giver", ["Badan Pemeriksa Keuangan (BPK) RI Perwakilan Provinsi Sulawesi Tenggara",
                                   "oleh BPK RI Perwakilan Provinsi Sulawesi Tenggara"])
def test_the_giver_and_its_office_named_in_such_a_handover_receive_nothing(nlp, giver):
    # "diserahkan BPK RI Perwakilan Provinsi X": who handed it over and its office, no recipient of
    # the handover's own
    awards = by_recipient(nlp, "Atas LKPD TA 2024, Pemkab Kali Jernih dan Pemerintah Kota Batu Putih meraih opini WTP. "
                               "Sementara itu, Pemerintah Kabupaten Muara Sari meraih opini WDP. LHP tersebut diserahkan "
                               f"{giver} di Aula Kantor BPK, Minggu, 4 Mei 2025.")
    assert {n: a.date for n, a in awards.items()} == {"Pemerintah Kabupaten Kali Jernih": "2025-05-04",
                                                     "Pemerintah Kota Batu Putih": "2025-05-04",
                                                     "Pemerintah Kabupaten Muara Sari": "2025-05-04"}


def test_a_list_after_its_opener_that_waits_or_is_planned_receives_nothing(nlp):
    awards = by_recipient(nlp, "Empat daerah meraih opini WTP, yakni Kota Batu Putih dan Kabupaten Kali Jernih. Dua "
                               "lainnya, yakni Kabupaten Muara Sari dan Kabupaten Tanjung Harapan, masih menunggu "
                               "jadwal penyerahan.", date(2025, 5, 20))
    assert set(awards) == {"Pemerintah Kota Batu Putih", "Pemerintah Kabupaten Kali Jernih"}


def test_list_lines_whose_introduction_names_no_award_take_the_one_the_sentence_before_names(nlp):
    awards = by_recipient(nlp, "Kepala BPK Perwakilan Kalbar menyerahkan LHP atas LKPD Tahun Anggaran 2024 satu per "
                               "satu. Empat dari enam LHP memuat opini Wajar Tanpa Pengecualian (WTP). Tiga di "
                               "antaranya diberikan kepada:\n\n1. Kota Batu Putih\n2. Kabupaten Kali Jernih\n",
                          date(2025, 5, 20))
    assert {n: a.name for n, a in awards.items()} == {
        "Pemerintah Kota Batu Putih": "Opini Wajar Tanpa Pengecualian (WTP)",
        "Pemerintah Kabupaten Kali Jernih": "Opini Wajar Tanpa Pengecualian (WTP)"}
    assert {a.giver.name for a in awards.values()} == {
        "Badan Pemeriksa Keuangan Perwakilan Provinsi Kalimantan Barat"}


def test_who_an_award_was_received_by_is_not_its_giver(nlp):
    awards = by_recipient(nlp, "Enam daerah meraih opini WTP, di antaranya Kota Batu Putih dan Kabupaten Kali Jernih. "
                               "Adapun laporan untuk Kali Jernih diterima oleh Wakil Bupati Kali Jernih, Rudi Hartono.",
                          date(2025, 5, 20))
    assert {a.giver for a in awards.values()} == {None}


def test_a_givers_subject_reaches_over_a_person_named_in_apposition(nlp):
    awards = by_recipient(nlp, "Kepala BPK Perwakilan Kalbar, Ir. Dwi Santoso, M.Acc., Ak., CA, menyerahkan opini "
                               "WTP kepada Kota Batu Putih.", date(2025, 5, 20))
    assert awards["Pemerintah Kota Batu Putih"].giver.name == \
        "Badan Pemeriksa Keuangan Perwakilan Provinsi Kalimantan Barat"


def test_the_official_who_handed_it_over_described_in_the_next_sentence_gives_for_their_body(nlp):
    # named without a title, then described by title and body at the next sentence's start, with "itu"
    awards = by_recipient(nlp, "Kota Batu Putih meraih Anugerah Tertib Arsip 2025. Trofi diserahkan Dr. Rina Lestari, "
                               "M.Hum., di Hotel Mawar Indah, Jakarta, Rabu (3/12/2025). Deputi Bidang Pembinaan "
                               "Kementerian Dalam Negeri (Kemendagri) itu menyebut penilaian tahun ini lebih ketat.",
                          date(2025, 12, 4))
    assert awards["Pemerintah Kota Batu Putih"].giver.name == "Kementerian Dalam Negeri"
    # the official of another sentence's subject, or of a sentence that does not refer back, gives nothing
    awards = by_recipient(nlp, "Kota Batu Putih meraih Anugerah Tertib Arsip 2025. Trofi diserahkan Dr. Rina Lestari, "
                               "M.Hum., di Hotel Mawar Indah, Jakarta, Rabu (3/12/2025). Deputi Bidang Pembinaan "
                               "Kementerian Dalam Negeri juga hadir.", date(2025, 12, 4))
    assert awards["Pemerintah Kota Batu Putih"].giver is None


def test_a_counted_kind_referred_back_names_the_last_bodies_of_that_kind_told_received_or_not(nlp):
    awards = by_recipient(nlp, "Kota Batu Putih meraih opini WTP atas LKPD Tahun Anggaran 2025. Kabar kurang "
                               "menggembirakan dibawa pulang rombongan dari Kabupaten Kali Jernih dan Kabupaten Muara "
                               "Sari. Kedua kabupaten itu harus puas dengan opini WDP.", date(2026, 5, 22))
    assert {n: a.name for n, a in awards.items()} == {"Pemerintah Kota Batu Putih": "Opini WTP",
                                                     "Pemerintah Kabupaten Kali Jernih": "Opini WDP",
                                                     "Pemerintah Kabupaten Muara Sari": "Opini WDP"}


def test_a_region_named_after_a_river_is_no_recipient_of_a_description_referred_back(nlp):
    awards = by_recipient(nlp, "Kota Batu Putih meraih opini WTP atas LKPD Tahun Anggaran 2025. Pada Selasa (12/5), "
                               "BPK lebih dulu menyerahkan LHP Kabupaten Kerinci di auditorium yang sama. Kabupaten di "
                               "hulu Sungai Batanghari itu mempertahankan opini WTP.", date(2026, 5, 22))
    assert set(awards) == {"Pemerintah Kota Batu Putih", "Pemerintah Kabupaten Kerinci"}


def test_a_handover_that_names_its_own_recipient_dates_only_that_one(nlp):
    awards = by_recipient(nlp, "Kota Batu Putih meraih opini WTP atas LKPD Tahun Anggaran 2025. Pada Selasa (12/5), "
                               "BPK lebih dulu menyerahkan LHP Kabupaten Kerinci di auditorium yang sama. Kabupaten "
                               "Kerinci juga mempertahankan opini WTP.", date(2026, 5, 22))
    assert {n: str(a.date) if a.date else None for n, a in awards.items()} == {
        "Pemerintah Kota Batu Putih": None, "Pemerintah Kabupaten Kerinci": "2026-05-12"}


def test_a_group_that_reached_a_zone_then_named_by_mereka_ialah(nlp):
    awards = by_recipient(nlp, "Ombudsman RI menyerahkan Predikat Kepatuhan Penyelenggaraan Pelayanan Publik 2025 kepada "
                               "enam polres. Warga menilai layanan SKCK kini lebih cepat.\n\nEmpat polres lainnya masuk "
                               "Zona Hijau dengan kualitas tinggi. Mereka ialah Polres Batu Putih (87,45) dan Polres "
                               "Kali Jernih (86,30).", date(2025, 12, 12))
    assert {n: a.category for n, a in awards.items()} == {"Polres Batu Putih": "Zona Hijau kualitas tinggi",
                                                         "Polres Kali Jernih": "Zona Hijau kualitas tinggi"}


def test_all_of_a_group_unnamed_receives_nothing_and_a_second_predicate_confers(nlp):
    awards = by_recipient(nlp, "Ombudsman RI menyerahkan Predikat Kepatuhan Penyelenggaraan Pelayanan Publik 2025 kepada "
                               "enam polres. Seluruhnya dinilai masuk Zona Hijau. Polres Batu Putih meraih nilai "
                               "tertinggi, 93,12, dan dikategorikan Zona Hijau dengan kualitas tertinggi.",
                          date(2025, 12, 12))
    assert {n: a.category for n, a in awards.items()} == {"Polres Batu Putih": "Zona Hijau kualitas tertinggi"}


def test_scores_take_the_latest_award_year_told_not_the_first(nlp):
    doc = analyse(nlp, "Pada penilaian 2024, Polres Batu Putih meraih Predikat Kepatuhan dari Ombudsman RI dengan "
                       "nilai 90,12. Polres Kali Jernih meraih Predikat Kepatuhan 2025 dari Ombudsman RI. Polres Muara "
                       "Sari memperoleh nilai 74,65.", date(2025, 12, 12))
    assert ("Polres Muara Sari", 2025, 74.65) in {(s.entity.name, s.year, s.value) for s in doc._.scores}


def test_the_organiser_named_where_the_award_is_first_told_gives_it_over_an_official_handing_over(nlp):
    awards = by_recipient(nlp, "Sembilan penghargaan dibagikan dalam malam Anugerah Korporasi Batu Putih 2025 yang "
                               "diselenggarakan Forum Wartawan Ekonomi dan Bisnis di Hotel Kali Jernih, Jakarta, Rabu "
                               "(26/11) malam. PT Sinar Muara Sari Tbk dinobatkan sebagai Perusahaan Terbaik Sektor "
                               "Perbankan. Trofi diserahkan oleh Deputi Bidang Hukum Kementerian BUMN, Dr. Suryo "
                               "Pranoto.", date(2025, 11, 27))
    assert awards["PT Sinar Muara Sari Tbk"].giver.name == "Forum Wartawan Ekonomi dan Bisnis"


def test_a_penghargaan_named_by_a_winners_title_is_a_category_of_the_ceremony(nlp):
    awards = by_recipient(nlp, "Sembilan penghargaan dibagikan dalam malam Anugerah Korporasi Batu Putih 2025 di Hotel "
                               "Kali Jernih, Rabu (26/11). Dari sektor energi, PT Sinar Muara Sari (Persero) Tbk "
                               "membawa pulang penghargaan Keberlanjutan Terbaik.", date(2025, 11, 27))
    award = awards["PT Sinar Muara Sari (Persero) Tbk"]
    assert (award.name, award.category) == ("Anugerah Korporasi Batu Putih", "Keberlanjutan Terbaik")


def test_a_region_that_rose_to_a_grade_referred_back_after_it_was_named_as_a_place(nlp):
    awards = by_recipient(nlp, "KemenPAN-RB menyerahkan hasil evaluasi Reformasi Birokrasi 2025 kepada Pemprov Sumatera "
                               "Barat. Kabar menggembirakan juga datang dari Sumatera Utara. Provinsi ini naik satu "
                               "tingkat ke predikat BB dengan indeks 78,36.", date(2025, 12, 12))
    assert awards["Pemerintah Provinsi Sumatera Utara"].grade == "BB"


def test_an_award_counted_as_the_next_one_received_by_a_bare_name_for_its_own_category(nlp):
    awards = by_recipient(nlp, "Yosefina Taek meraih Penghargaan Kalpataru 2025 kategori Perintis Lingkungan dari KLH. "
                               "Penghargaan kedua diterima Agustinus Lado Bulu (48) untuk kategori Pengabdi "
                               "Lingkungan.", date(2025, 6, 6))
    assert {n: a.category for n, a in awards.items()} == {"Yosefina Taek": "Perintis Lingkungan",
                                                         "Agustinus Lado Bulu": "Pengabdi Lingkungan"}


def test_where_a_winner_works_after_dari_is_not_the_giver(nlp):
    awards = by_recipient(nlp, "Pemerintah Provinsi Sumatera Selatan mengumumkan para pemenang Lomba Karya Jurnalistik "
                               "Tahun 2024.\n\nUntuk kategori berita cetak, juara pertama jatuh kepada Sri Hasibuan dari "
                               "Harian Suara Khatulistiwa dengan nilai 86,5, juara kedua kepada Dewi Hidayat dari Harian "
                               "Pos Cendana.", date(2024, 12, 1))
    assert awards["Sri Hasibuan"].giver.name == "Pemerintah Provinsi Sumatera Selatan"
    assert awards["Sri Hasibuan"].category == "berita cetak"


def test_a_counted_kind_referred_back_skips_a_body_word_inside_an_award_name(nlp):
    awards = {(a.recipient.name, a.year) for a in analyse(nlp, (
        "Desa Karangrejo, Desa Mekarsari, dan Desa Nglanggeran meraih predikat Terbaik dalam Penghargaan Desa "
        "Antikorupsi 2024 dari Kementerian Dalam Negeri. Ketiga desa tersebut juga pernah meraih Anugerah Desa "
        "Mandiri Pangan 2023."), date(2024, 12, 10))._.awards}
    assert ("Desa Karangrejo", 2023) in awards and not any(n.startswith("Desa Antikorupsi") for n, _ in awards)


def test_scores_given_respectively_with_no_award_stay_scores(nlp):
    doc = analyse(nlp, "Pada penilaian Indeks Reformasi Birokrasi 2023, nilai tertinggi diraih masing-masing Kota "
                       "Bukittinggi 82,04 dan RSUD Sikka 84,1.", date(2024, 12, 10))
    assert list(doc._.awards) == [] and len(doc._.scores) == 2


def test_a_relative_clause_after_a_list_that_plans_a_handover_keeps_the_list(nlp):
    awards = by_recipient(nlp, "Empat daerah meraih opini WTP, yakni Kota Batu Putih dan Kabupaten Kali Jernih, yang akan "
                               "menerima LHP pekan depan.", date(2025, 5, 20))
    assert set(awards) == {"Pemerintah Kota Batu Putih", "Pemerintah Kabupaten Kali Jernih"}


def test_a_government_named_as_the_source_of_the_award_gives_it(nlp):
    awards = analyse(nlp, (
        "Kabupaten Lembah Sari ditetapkan sebagai peringkat I Anugerah Perlindungan Pekerja 2024. Penghargaan "
        "dari Pemerintah Provinsi Nusa Samudra itu diberikan kepada daerah yang paling serius melindungi "
        "pekerja. Pada Anugerah Perlindungan Pekerja 2023 tingkat nasional, kabupaten itu meraih peringkat II "
        "dari Kementerian Ketenagakerjaan."), date(2024, 12, 10))._.awards
    assert {a.year: a.giver.name for a in awards} == {2024: "Pemerintah Provinsi Nusa Samudra",
                                                       2023: "Kementerian Ketenagakerjaan"}


def test_a_venue_referred_back_is_the_one_told_in_full_before(nlp):
    awards = by_recipient(nlp, (
        "Gubernur Nusa Samudra menyerahkan Anugerah Perlindungan Pekerja 2024 di Griya Agung, Kota Batu Putih, "
        "Rabu (4/12/2024). Kabupaten Lembah Sari meraih peringkat I.\n"
        "Kabupaten Teluk Damai meraih peringkat II. Kedua penerima itu menerima penghargaan dalam acara di "
        "Griya Agung tersebut."))
    assert {name: a.place for name, a in awards.items()} == {
        "Pemerintah Kabupaten Lembah Sari": "Griya Agung, Kota Batu Putih",
        "Pemerintah Kabupaten Teluk Damai": "Griya Agung, Kota Batu Putih"}


def test_a_venues_short_form_then_its_address(nlp):
    awards = by_recipient(nlp, "Pemkot Kali Jernih menerima Anugerah Perencanaan 2024 di Balai Sidang Nusa "
                               "Raya (BSNR), Senayan, Jakarta, Selasa (20/5/2024).")
    assert awards["Pemerintah Kota Kali Jernih"].place == "Balai Sidang Nusa Raya (BSNR), Senayan, Jakarta"


def test_a_handover_to_all_the_counted_winners_dates_every_winner(nlp):
    awards = by_recipient(nlp, (
        "Kota Kali Jernih meraih Terbaik I Anugerah Perencanaan 2024 kategori kota. Penghargaan itu diserahkan "
        "di Balai Sidang Nusa Raya, Jakarta, Selasa (20/5/2024). Menteri menyerahkan trofi kepada ketiga "
        "pemenang secara bergantian.\n"
        "Kategori kabupaten dimenangi Kabupaten Lembah Sari, disusul Kabupaten Teluk Damai sebagai Terbaik II."),
        date(2024, 5, 21))
    assert {name: (a.date, a.place) for name, a in awards.items()} == {
        name: ("2024-05-20", "Balai Sidang Nusa Raya, Jakarta") for name in (
            "Pemerintah Kota Kali Jernih", "Pemerintah Kabupaten Lembah Sari", "Pemerintah Kabupaten Teluk Damai")}


def test_a_body_with_its_abbreviation_inside_another_known_bodys_name(nlp):
    awards = by_recipient(nlp, "Pemerintah Kota Kali Jernih meraih kualifikasi Informatif pada Anugerah "
                               "Keterbukaan Informasi Publik 2024 yang digelar Komisi Informasi (KI) Pusat.")
    assert awards["Pemerintah Kota Kali Jernih"].giver.name == "Komisi Informasi Pusat"


def test_a_group_named_in_a_fronted_adjunct_is_no_subject(nlp):
    awards = by_recipient(nlp, "Di kelompok Badan Usaha Milik Daerah (BUMD), PT Air Jernih Lestari memboyong "
                               "predikat Informatif pada Anugerah Keterbukaan Informasi Publik 2024.")
    assert set(awards) == {"PT Air Jernih Lestari"}


def test_a_title_over_coordinated_fields_then_the_name(nlp):
    awards = by_recipient(nlp, "Universitas Batu Putih (Unbap) meraih kualifikasi Informatif pada Anugerah "
                               "Keterbukaan Informasi Publik 2024. Piagam untuk Universitas Batu Putih diterima "
                               "Wakil Rektor Bidang Perencanaan, Sistem Informasi, dan Keuangan, Prof. Dr. Rina "
                               "Kartika, M.Si.")
    assert {name: a.received_by for name, a in awards.items()} == {"Universitas Batu Putih": "Rina Kartika"}


def test_an_award_noun_before_a_regions_name_is_that_regions_copy(nlp):
    awards = analyse(nlp, (
        "Kota Balikpapan dan Kabupaten Paser meraih Anugerah Perencanaan 2024 dari Pemprov Kalimantan Timur. "
        "Penghargaan Balikpapan diterima Wakil Wali Kota Balikpapan, Dr. Rina Kartika, M.Si."), date(2024, 12, 10))._.awards
    assert {a.recipient.name: (a.name, a.received_by) for a in awards} == {
        "Pemerintah Kota Balikpapan": ("Anugerah Perencanaan", "Rina Kartika"),
        "Pemerintah Kabupaten Paser": ("Anugerah Perencanaan", None)}


def test_an_award_named_as_a_kind_of_region_is_no_regions_copy(nlp):
    awards = by_recipient(nlp, "Sebanyak dua pemerintah daerah menerima Penghargaan Kota Tangguh Lestari 2024 "
                               "dari Kementerian Dalam Negeri, yakni Pemkot Batu Putih dan Pemkot Teluk Damai.")
    assert {name: a.name for name, a in awards.items()} == {
        "Pemerintah Kota Batu Putih": "Penghargaan Kota Tangguh Lestari",
        "Pemerintah Kota Teluk Damai": "Penghargaan Kota Tangguh Lestari"}


def test_the_official_who_received_it_after_an_opener_is_no_recipient(nlp):
    awards = by_recipient(nlp, "Kabupaten Lembah Sari meraih Anugerah Perencanaan 2024 dari Pemprov Nusa Samudra. "
                               "Yang menerima piala adalah Wakil Bupati Lembah Sari, Rina Kartika, M.Si.")
    assert {name: a.received_by for name, a in awards.items()} == {"Pemerintah Kabupaten Lembah Sari": "Rina Kartika"}


def test_a_company_officer_by_title_receives_for_the_company(nlp):
    awards = by_recipient(nlp, (
        "PT Air Jernih Lestari meraih Anugerah Korporasi 2024 kategori Keberlanjutan Terbaik. Penghargaan diterima "
        "oleh SVP Corporate Communication Air Jernih, Ratna Widyasari. PT Batu Putih Energi meraih Anugerah "
        "Korporasi 2024 kategori Inovasi Terbaik. Batu Putih diwakili Vice President Sustainability, Rahmi "
        "Kartika, yang menerima trofi dari panitia."))
    assert {name: a.received_by for name, a in awards.items()} == {
        "PT Air Jernih Lestari": "Ratna Widyasari", "PT Batu Putih Energi": "Rahmi Kartika"}


def test_list_lines_under_the_awards_short_name_are_tied_to_its_ceremony(nlp):
    awards = by_recipient(nlp, (
        "Dinas Sosial Jawa Tengah meraih kualifikasi Informatif pada ajang Anugerah Keterbukaan Jawa Tengah 2024 "
        "yang digelar di Semarang, Sabtu (30/11/2024).\n"
        "Berikut urutan OPD peraih Anugerah Keterbukaan 2024:\n"
        "- Dinas Kesehatan Jawa Tengah – 96,90\n"
        "- RSUD Tugurejo – 94,02\n"), date(2024, 12, 2))
    assert {name: (a.date, a.place) for name, a in awards.items()} == {
        name: ("2024-11-30", "Semarang")
        for name in ("Dinas Sosial Provinsi Jawa Tengah", "Dinas Kesehatan Provinsi Jawa Tengah", "RSUD Tugurejo")}


def test_a_kind_noun_referring_back_whatever_name_describes_it(nlp):
    doc = analyse(nlp, (
        "Pengadilan Negeri (PN) Batu Putih meraih predikat Wilayah Birokrasi Bersih dan Melayani (WBBM) pada 2024. "
        "Pengadilan itu lebih dulu meraih predikat WBK pada 2021 dengan nilai 80,15. Kabupaten Lembah Sari meraih "
        "Anugerah Sehat Paripurna 2024 kategori Madya. Pada Anugerah Sehat Paripurna 2023, kabupaten tetangga Kota "
        "Muara Sari itu masih berada di kategori Pratama."), date(2024, 12, 10))
    assert sorted((a.recipient.name, a.year) for a in doc._.awards) == [
        ("Pemerintah Kabupaten Lembah Sari", 2023), ("Pemerintah Kabupaten Lembah Sari", 2024),
        ("Pengadilan Negeri Batu Putih", 2021), ("Pengadilan Negeri Batu Putih", 2024)]
    assert [(s.entity.name, s.year) for s in doc._.scores] == [("Pengadilan Negeri Batu Putih", 2021)]


def test_the_prosecution_service_is_named_as_the_press_names_it(nlp):
    awards = by_recipient(nlp, "Kejaksaan Negeri Batu Putih meraih penghargaan Adhyaksa Award 2024 dari Kejaksaan "
                               "Republik Indonesia.")
    assert awards["Kejaksaan Negeri Batu Putih"].giver.name == "Kejaksaan Agung"


def test_subjects_opened_by_a_lower_case_title_one_of_the_recipients_and_a_units_head(nlp):
    awards = by_recipient(nlp, (
        "Penghargaan itu bergengsi. dr. Rina Kurniawan, M.Kes., berhasil meraih Anugerah Bidan Teladan 2024. "
        "Desa Lembah Sari tercatat sebagai salah satu penerima Penghargaan Desa Lumbung Pangan 2024. "
        "Kepala Puskesmas Batu Putih, Ir. Teguh Sitompul, menerima predikat Madya pada Anugerah Layanan "
        "Sehat 2024."))
    assert {name: (a.name, a.grade, a.received_by) for name, a in awards.items()} == {
        "Rina Kurniawan": ("Anugerah Bidan Teladan", None, None),
        "Desa Lembah Sari": ("Penghargaan Desa Lumbung Pangan", None, None),
        "Puskesmas Batu Putih": ("Anugerah Layanan Sehat", "Madya", "Teguh Sitompul")}


def test_a_predicate_told_before_or_after_the_award_it_is_of(nlp):
    awards = by_recipient(nlp, (
        "PT Sinar Laut Abadi meraih predikat Emas pada Anugerah Korporasi Lestari 2024. Kota Batu Putih meraih "
        "Anugerah Kinerja Praja Tahun 2024 dengan predikat Kinerja Sangat Tinggi. PT Tirta Karang Mas mendapatkan "
        "Anugerah Korporasi Lestari Tahun 2024 predikat Hijau dari Kementerian Lingkungan Hidup."))
    assert {name: (a.name, a.category) for name, a in awards.items()} == {
        "PT Sinar Laut Abadi": ("Anugerah Korporasi Lestari", "Emas"),
        "Pemerintah Kota Batu Putih": ("Anugerah Kinerja Praja", "Kinerja Sangat Tinggi"),
        "PT Tirta Karang Mas": ("Anugerah Korporasi Lestari", "Hijau")}


def test_winners_from_where_told_with_asal_and_units_of_more_kinds(nlp):
    awards = by_recipient(nlp, (
        "Anugerah Wisata Lestari 2024 diraih Pantai Pasir Emas asal Kabupaten Lembah Sari dan Bukit Hijau asal "
        "Kota Batu Putih. Anugerah Pustaka 2024 diraih Perpustakaan Umum Daerah Kabupaten Teluk Damai. "
        "Anugerah Layanan Sehat 2024 diraih UPTD Puskesmas Muara Sari, Taman Baca Pelita dan "
        "BUMDes Sinar Harapan. Penghargaan untuk puskesmas itu diterima Kepala Puskesmas Muara Sari, "
        "dr. Rina Kurniawan."))
    assert {name: (a.name, a.received_by) for name, a in awards.items()} == {
        "Pantai Pasir Emas": ("Anugerah Wisata Lestari", None), "Bukit Hijau": ("Anugerah Wisata Lestari", None),
        "UPTD Puskesmas Muara Sari": ("Anugerah Layanan Sehat", "Rina Kurniawan"),
        "Taman Baca Pelita": ("Anugerah Layanan Sehat", None), "BUMDes Sinar Harapan": ("Anugerah Layanan Sehat", None),
        "Perpustakaan Umum Daerah Kabupaten Teluk Damai": ("Anugerah Pustaka", None)}


def test_a_recent_day_told_with_lalu_or_sebelumnya_is_the_awards_own_handover_not_an_earlier_award(nlp):
    for text in ("Kabupaten Kali Jernih meraih Anugerah Tertib Arsip pada Rabu lalu.",
                 "Pekan lalu, Kabupaten Kali Jernih meraih Anugerah Tertib Arsip.",
                 "Dua hari sebelumnya, Kabupaten Kali Jernih meraih Anugerah Tertib Arsip."):
        awards = by_recipient(nlp, text, date(2025, 6, 10))
        assert {n: a.year for n, a in awards.items()} == {"Pemerintah Kabupaten Kali Jernih": 2025}, text
    # a year ago is an earlier award, with its own year
    awards = by_recipient(nlp, "Tahun lalu, Kabupaten Kali Jernih meraih Anugerah Tertib Arsip.", date(2025, 6, 10))
    assert {n: a.year for n, a in awards.items()} == {"Pemerintah Kabupaten Kali Jernih": 2024}


def test_an_earlier_event_in_a_time_clause_keeps_its_year_off_the_award_told_before_it(nlp):
    # the award is this year's; the time clause tells an earlier one of the same subject
    awards = analyse(nlp, "Kabupaten Kali Jernih kembali meraih Anugerah Tertib Arsip setelah tahun lalu meraih "
                          "penghargaan serupa.", date(2025, 6, 15))._.awards
    assert sorted(a.year for a in awards) == [2024, 2025]
    for text in ("Kabupaten Kali Jernih kembali meraih Anugerah Tertib Arsip, setelah pada 2023 juga meraih "
                 "penghargaan yang sama.",
                 "Kabupaten Kali Jernih mempertahankan Anugerah Tertib Arsip setelah sebelumnya merebutnya pada 2023."):
        awards = analyse(nlp, text, date(2025, 6, 15))._.awards
        assert 2025 in {a.year for a in awards}, text


def test_winners_told_before_any_award_take_the_one_the_next_sentence_names(nlp):
    # (the article's first sentences name no award at all)
    awards = by_recipient(nlp, "Hari Koperasi diperingati di Kota Batu Putih, Sabtu (12/7/2025). Ribuan anggota koperasi "
                               "memadati alun-alun. Gubernur membuka acara itu. Koperasi Tani Makmur dan Koperasi "
                               "Nelayan Sejahtera dinobatkan sebagai koperasi terbaik tingkat provinsi. Penghargaan "
                               "Koperasi Berprestasi 2025 itu diserahkan Gubernur di panggung utama.", date(2025, 7, 14))
    assert {n: a.name for n, a in awards.items()} == {"Koperasi Tani Makmur": "Penghargaan Koperasi Berprestasi",
                                                     "Koperasi Nelayan Sejahtera": "Penghargaan Koperasi Berprestasi"}


def test_winners_with_no_award_in_force_take_the_first_award_the_article_names(nlp):
    awards = by_recipient(nlp, "Hari Koperasi diperingati di Kota Batu Putih, Sabtu (12/7/2025). Ribuan anggota koperasi "
                               "memadati alun-alun. Gubernur membuka acara itu. Koperasi Tani Makmur dan Koperasi "
                               "Nelayan Sejahtera dinobatkan sebagai koperasi terbaik tingkat provinsi. Keduanya "
                               "dinilai sehat. Omzet keduanya naik. Anggotanya juga bertambah. Penghargaan Koperasi "
                               "Berprestasi 2025 diserahkan Gubernur di panggung utama.", date(2025, 7, 14))
    assert {n: a.name for n, a in awards.items()} == {"Koperasi Tani Makmur": "Penghargaan Koperasi Berprestasi",
                                                     "Koperasi Nelayan Sejahtera": "Penghargaan Koperasi Berprestasi"}


def test_the_year_compared_with_or_fronted_as_an_earlier_time_is_not_the_awards_year(nlp):
    # "TA" labels the year of the report the opinion is on; "dibanding … 2022" and
    # "Pada LKPD TA 2022, …" speak of another year
    for later in ("Capaian itu meningkat dibanding LKPD Tahun Anggaran 2022, ketika Kabupaten Kali Jernih "
                  "masih memperoleh opini WDP.",
                  "Pada LKPD TA 2022, Kabupaten Kali Jernih masih memperoleh opini WDP."):
        doc = analyse(nlp, "BPK Perwakilan Nusa Raya menyerahkan LHP atas LKPD TA 2023 kepada dua pemerintah "
                           "daerah, Senin (26/5/2024). Hasilnya, Kota Batu Putih dan Kabupaten Kali Jernih "
                           "meraih opini Wajar Tanpa Pengecualian (WTP). " + later, date(2024, 5, 27))
        assert {(a.recipient.name, a.year) for a in doc._.awards if "WTP" in a.name} == {
            ("Pemerintah Kota Batu Putih", 2023), ("Pemerintah Kabupaten Kali Jernih", 2023)}


def test_a_year_after_a_reports_acronym_and_tahun_labels_the_award(nlp):
    doc = analyse(nlp, "BPK menyerahkan LHP atas LKPD tahun 2023 di Kota Batu Putih, Jumat, 3 Mei 2024. "
                       "Hasilnya, Kota Batu Putih meraih opini WTP.", date(2024, 5, 3))
    assert [a.year for a in doc._.awards] == [2023]


def test_a_described_subject_refers_back_and_the_names_describing_it_win_nothing(nlp):
    doc = analyse(nlp, "Peringatan Hari Lansia di Kota Batu Putih, Rabu (3/12/2025), menjadi panggung bagi "
                       "Kabupaten Kali Jernih. Kabupaten di ujung barat Provinsi Nusa Raya (NR) itu keluar sebagai "
                       "yang terbaik pada Anugerah Peduli Lansia 2025 dengan nilai 89,40.", date(2025, 12, 4))
    assert [(a.recipient.name, a.score) for a in doc._.awards] == [("Pemerintah Kabupaten Kali Jernih", 89.4)]
    assert [(s.entity.name, s.value) for s in doc._.scores] == [("Pemerintah Kabupaten Kali Jernih", 89.4)]


@pytest.mark.parametrize("giver, expected", [
    ("BNNP Jambi", "Badan Narkotika Nasional Provinsi Jambi"),  # the level built into the alias
    ("BNNK Sleman", "Badan Narkotika Nasional Kabupaten Sleman"),
    ("Badan Narkotika Nasional Provinsi (BNNP) Jambi", "Badan Narkotika Nasional Provinsi Jambi"),
    ("BNN RI", "Badan Narkotika Nasional")])
def test_a_regional_office_of_a_national_body_gives_under_its_regions_name(nlp, giver, expected):
    doc = analyse(nlp, f"Kota Batu Putih meraih Anugerah P4GN 2025 dari {giver}.", date(2025, 6, 27))
    assert [a.giver.name for a in doc._.awards] == [expected]


def test_an_earlier_award_given_to_a_regency_referred_back_keeps_its_own_giver_and_name(nlp):
    # the award named "Kabupaten <words>" is a name, not a government; "kepada kabupaten tersebut"
    # is the regency told before; the earlier year's giver is not the article award's, whose
    # giver is the government "dari" names after the award and a word describing it
    doc = analyse(nlp, "Kabupaten Kali Jernih keluar sebagai yang terbaik pada kategori kabupaten/kota Anugerah "
                       "Peduli Lansia Nusa Raya 2025 dengan nilai 89,40. Anugerah tahunan dari Pemerintah Provinsi "
                       "(Pemprov) Nusa Raya itu diserahkan Sekretaris Daerah kepada para penerima. Pada 2023, "
                       "Kementerian Sosial (Kemensos) menganugerahkan penghargaan Kabupaten Peduli Lansia kepada "
                       "kabupaten tersebut.", date(2025, 12, 4))
    found = {(a.recipient.name, a.name, a.year, a.category, a.giver.name if a.giver else None, a.score)
             for a in doc._.awards}
    assert found == {
        ("Pemerintah Kabupaten Kali Jernih", "Anugerah Peduli Lansia Nusa Raya", 2025, "kabupaten/kota",
         "Pemerintah Provinsi Nusa Raya", 89.4),
        ("Pemerintah Kabupaten Kali Jernih", "Kabupaten Peduli Lansia", 2023, None, "Kementerian Sosial", None)}
    assert [(s.entity.name, s.value) for s in doc._.scores] == [("Pemerintah Kabupaten Kali Jernih", 89.4)]


def test_a_winner_after_diraih_oleh_gives_nothing(nlp):
    doc = analyse(nlp, "BPK menyerahkan LHP atas LKPD Tahun Anggaran 2024. Hasilnya, opini WTP diraih oleh "
                       "Kabupaten Kali Jernih dan Kota Batu Putih.", date(2025, 5, 6))
    assert {a.giver.name if a.giver else None for a in doc._.awards} == {"Badan Pemeriksa Keuangan"}


@pytest.mark.parametrize("text, grades", [
    ("Kota Batu Putih meraih predikat SAKIP BB.", {("Pemerintah Kota Batu Putih", "BB")}),
    ("Kota Batu Putih meraih predikat A pada SAKIP 2024, dan Kabupaten Kali Jernih predikat B.",
     {("Pemerintah Kota Batu Putih", "A"), ("Pemerintah Kabupaten Kali Jernih", "B")})])
def test_a_grade_letter_after_the_name_or_at_the_sentence_end_is_the_grade(nlp, text, grades):
    awards = analyse(nlp, text, date(2025, 1, 10))._.awards
    assert {(a.recipient.name, a.grade) for a in awards} == grades
    assert all(not a.name.endswith((" BB", " B", ".")) for a in awards)


def test_the_receiver_for_a_body_referred_to_by_its_kind_receives_for_it_alone(nlp):
    doc = analyse(nlp, "Kabupaten Kali Jernih meraih Penghargaan Pelayanan Prima 2024 dari Kementerian Pertanian. "
                       "Sementara itu, Pemkot Batu Putih meraih Anugerah Tata Kelola Arsip 2024. Piala untuk "
                       "kabupaten di lereng gunung itu diterima Wakil Bupati dr. H. Ratna Wulandari.",
                  date(2024, 12, 10))
    assert {a.recipient.name: a.received_by for a in doc._.awards} == {
        "Pemerintah Kabupaten Kali Jernih": "Ratna Wulandari", "Pemerintah Kota Batu Putih": None}


def test_an_official_of_the_unit_named_again_in_lower_case_receives(nlp):
    doc = analyse(nlp, "Kementerian Kesehatan memberikan Anugerah Layanan Prima 2024 kepada Puskesmas Batu Putih. "
                       "Penghargaan itu diterima langsung oleh Kepala Tata Usaha puskesmas, Dr. Ratna Wulandari, "
                       "M.Si.", date(2024, 12, 10))
    assert [a.received_by for a in doc._.awards] == ["Ratna Wulandari"]


def test_a_lower_case_contest_word_alone_names_no_award(nlp):
    # "lomba diikuti 48 sekolah": the contest spoken of, not named; the list takes the named one
    awards = by_recipient(nlp, "Tim Pembina mengumumkan juara Lomba Kebun Sekolah Tingkat Provinsi Nusa Raya 2025. "
                            "Tahun ini lomba diikuti 48 sekolah. Berikut daftar juaranya:\n"
                            "Juara I: SD Negeri 4 Batu Putih\nJuara II: MI Nurul Huda\n", date(2025, 9, 1))
    assert {n: a.name for n, a in awards.items()} == {
        "SD Negeri 4 Batu Putih": "Lomba Kebun Sekolah Tingkat Provinsi Nusa Raya",
        "MI Nurul Huda": "Lomba Kebun Sekolah Tingkat Provinsi Nusa Raya"}


@pytest.mark.parametrize("described", ["Dra. Ratna Wulandari, M.Pd.,", "Ratna Wulandari, guru SD Negeri 4 Batu Putih,",
                                       "Hj. Ratna Wulandari, S.Pd., guru SD Negeri 4 Batu Putih,"])
def test_a_designated_person_with_degrees_or_a_description_set_off_by_commas_wins(nlp, described):
    awards = by_recipient(nlp, f"Panitia menobatkan {described} sebagai Guru Teladan 2025.", date(2025, 9, 1))
    assert list(awards) == ["Ratna Wulandari"]
    assert awards["Ratna Wulandari"].name == "Guru Teladan"


def test_a_government_named_in_a_category_is_no_body_referred_to_after_it(nlp):
    # "kategori Pemerintah Kabupaten Pendukung X Terbaik" names a class; "kabupaten itu" is the winner
    doc = analyse(nlp, "Pemerintah Kabupaten Kali Jernih meraih Anugerah Zakat 2025 kategori Pemerintah "
                       "Kabupaten Pendukung Zakat Terbaik. Pada Anugerah Zakat 2024, kabupaten itu juga "
                       "meraih kategori yang sama.", date(2025, 2, 20))
    assert {(a.recipient.name, a.year) for a in doc._.awards} == {
        ("Pemerintah Kabupaten Kali Jernih", 2025), ("Pemerintah Kabupaten Kali Jernih", 2024)}


def test_a_handover_for_a_company_by_its_bracketed_short_name_is_the_companys(nlp):
    doc = analyse(nlp, "Anugerah Zakat 2025 diberikan kepada:\nKategori Bank Daerah Terbaik: PT Bank Pembangunan "
                       "Daerah Kali Jernih (Bank Kali Jernih)\nKategori Tokoh Zakat: Budi Santoso\nAdapun trofi "
                       "untuk Bank Kali Jernih diterima Direktur Utama, Rama Wijaya.", date(2025, 2, 20))
    assert {a.recipient.name: a.received_by for a in doc._.awards} == {
        "PT Bank Pembangunan Daerah Kali Jernih": "Rama Wijaya", "Budi Santoso": None}


def test_the_same_award_of_recipients_referred_to_is_their_own_not_the_last_told(nlp):
    doc = analyse(nlp, "Puskesmas Batu Putih dan Puskesmas Kali Jernih meraih Penghargaan Layanan Ramah Anak 2024 "
                       "dari Ombudsman RI. Sementara itu, Desa Muara Sari meraih Anugerah Desa Wisata 2024. Kedua "
                       "puskesmas tersebut juga meraih penghargaan yang sama tahun lalu.", date(2024, 12, 10))
    assert {(a.recipient.name, a.year): a.name for a in doc._.awards if a.year == 2023} == {
        ("Puskesmas Batu Putih", 2023): "Penghargaan Layanan Ramah Anak",
        ("Puskesmas Kali Jernih", 2023): "Penghargaan Layanan Ramah Anak"}


def test_a_handover_for_a_counted_group_goes_to_the_last_clause_of_that_many(nlp):
    # "bagi keduanya … masing-masing oleh A dan B": the two of the clause before the last one's
    awards = by_recipient(nlp, "Kabupaten Kali Jernih dan Kabupaten Batu Putih meraih Penghargaan Pembina Pangan 2024. "
                               "Sementara itu, Kabupaten Muara Sari meraih Anugerah Inovasi Daerah 2024. Penghargaan "
                               "bagi keduanya diterima masing-masing oleh dr. Ratna Wulandari dan Drs. Rama Wijaya.",
                          date(2024, 12, 10))
    assert {n: a.received_by for n, a in awards.items()} == {
        "Pemerintah Kabupaten Kali Jernih": "Ratna Wulandari", "Pemerintah Kabupaten Batu Putih": "Rama Wijaya",
        "Pemerintah Kabupaten Muara Sari": None}


def test_a_counted_referent_finds_the_group_a_handover_named_before_it(nlp):
    # "menyerahkan piagam kepada A, B, dan C … Ketiganya meraih …": the handover's group, counted
    awards = by_recipient(nlp, "Penyerahan piagam kepada Puskesmas Batu Putih, Puskesmas Kali Jernih, Puskesmas "
                               "Muara Sari dan Puskesmas Tanjung Harapan berlangsung di Aula Gedung Sate, Bandung, 2 "
                               "Desember 2024. Pada acara yang sama, piagam juga diserahkan kepada Desa Sungai Lebar. "
                               "Keempatnya meraih Anugerah Layanan Prima 2024.", date(2024, 12, 10))
    assert {"Puskesmas Batu Putih", "Puskesmas Kali Jernih", "Puskesmas Muara Sari",
            "Puskesmas Tanjung Harapan"} <= set(awards)


def test_an_official_handed_the_report_before_the_results_receives_for_the_body_he_heads(nlp):
    awards = by_recipient(nlp, "BPK Perwakilan Nusa Raya menyerahkan LHP atas LKPD 2024 kepada 3 pemerintah daerah di "
                               "Aula Kantor BPK, Rabu, 7 Mei 2025. LHP diserahkan Kepala BPK Perwakilan Nusa Raya, Drs. "
                               "Rama Wijaya, kepada Bupati Kali Jernih, Drs. Budi Santoso. Hasilnya, Kabupaten Batu "
                               "Putih dan Kota Muara Sari meraih opini WTP. Sementara itu, Pemerintah Kabupaten Kali "
                               "Jernih meraih opini WDP.", date(2025, 5, 8))
    assert {n: a.received_by for n, a in awards.items()} == {
        "Pemerintah Kabupaten Batu Putih": None, "Pemerintah Kota Muara Sari": None,
        "Pemerintah Kabupaten Kali Jernih": "Budi Santoso"}


def test_a_disclaimer_opinion_is_the_same_audit_as_the_others_told_with_it(nlp):
    # "opini TMP" (Tidak Menyatakan Pendapat) is a BPK opinion: the same giver and handover
    awards = by_recipient(nlp, "BPK Perwakilan Nusa Raya menyerahkan LHP atas LKPD tahun 2022 kepada 3 pemerintah daerah "
                               "di Aula Kantor BPK, Rabu (31/5/2023). Hasilnya, Pemkab Kali Jernih meraih opini WTP. "
                               "Sementara itu, Kota Batu Putih meraih opini WDP. Adapun Kabupaten Muara Sari meraih "
                               "opini TMP.", date(2023, 6, 1))
    assert {n: (a.date, a.giver is not None) for n, a in awards.items()} == {
        "Pemerintah Kabupaten Kali Jernih": ("2023-05-31", True), "Pemerintah Kota Batu Putih": ("2023-05-31", True),
        "Pemerintah Kabupaten Muara Sari": ("2023-05-31", True)}


def test_who_received_it_directly_is_no_giver(nlp):
    # "diterima langsung oleh Bupati X": the receiver's government gives nothing
    awards = by_recipient(nlp, "BPK RI Perwakilan Provinsi Sulawesi Selatan menyerahkan Laporan Hasil Pemeriksaan (LHP) "
                               "atas LKPD TA 2024 kepada 4 pemerintah daerah di Ruang Rapat Utama Kantor BPK RI "
                               "Perwakilan Provinsi Sulawesi Selatan, Minggu (20/4). LHP untuk Pemkab Jeneponto diterima langsung oleh Bupati Jeneponto, Hj. Ratna "
                               "Wulandari, S.H., Sp.A. Hasilnya, WTP diraih oleh Pemerintah Kabupaten Wajo, Pemprov Sulawesi "
                               "Selatan, Pemkab Jeneponto, dan Kabupaten Soppeng.", date(2025, 4, 21))
    assert {a.giver.name for a in awards.values() if a.giver is not None} == {
        "Badan Pemeriksa Keuangan Perwakilan Provinsi Sulawesi Selatan"}


@pytest.mark.parametrize("position", ["harus puas di urutan ketiga", "hanya puas di posisi ketiga"])
def test_settling_for_a_lower_place_is_a_place_won(nlp, position):
    awards = by_recipient(nlp, f"Kabupaten Kali Jernih meraih peringkat pertama Anugerah Lingkungan 2025. Adapun "
                               f"Kabupaten Batu Putih {position}.", date(2025, 12, 18))
    assert awards["Pemerintah Kabupaten Batu Putih"].grade == "Peringkat III"
    assert set(by_recipient(nlp, "Kabupaten Kali Jernih meraih Anugerah Lingkungan 2025. Kabupaten Batu Putih "
                                 "cukup puas dengan hasil tersebut.", date(2025, 12, 18))) == {
        "Pemerintah Kabupaten Kali Jernih"}


def test_an_award_told_as_an_individuals_goes_to_the_official_not_the_body(nlp):
    # "penghargaan perorangan …", or a class named for a person ("kategori Pemimpin Terbaik")
    for told, category in (("perorangan", "Inovasi Layanan"), ("itu", "Pemimpin Terbaik")):
        awards = by_recipient(nlp, "RSUD Batu Putih meraih Anugerah Rumah Sakit 2025 kategori Layanan Terbaik. Adapun "
                                   f"penghargaan {told} jatuh kepada Direktur RSUD Kali Jernih, dr. Ratna Wulandari, "
                                   f"MARS, yang menang di kategori {category}.", date(2025, 10, 24))
        assert set(awards) == {"RSUD Batu Putih", "Ratna Wulandari"}


def test_a_kind_referred_to_after_a_fronted_topic_is_that_topic(nlp):
    # "Bagi X, …. Pada 2023, desa … itu …": X named short, not the last village told
    doc = analyse(nlp, "Juara I dan II kategori Desa Wisata Terbaik Anugerah Pesona Daerah 2025 diraih Desa Wisata "
                       "Batu Putih dan Desa Wisata Kali Jernih. Trofi untuk Kali Jernih diterima Kepala Desa, Rama "
                       "Wijaya. Bagi Batu Putih, gelar itu menebus penasaran. Pada Anugerah Pesona Daerah 2023, desa "
                       "di tepi danau itu meraih Juara III kategori yang sama.", date(2025, 8, 20))
    assert [a.recipient.name for a in doc._.awards if a.year == 2023] == ["Desa Wisata Batu Putih"]


@pytest.mark.parametrize("text", [
    "Pemerintah Kota Batu Putih dan Pemkab Kali Jernih meraih Anugerah Keterbukaan Informasi Publik (KIP) periode "
    "2024 - 2025.",
    "Komisi Informasi Nusa Raya menyerahkan Anugerah Keterbukaan Informasi Publik dalam evaluasi keterbukaan "
    "informasi badan publik 2025 kepada 2 badan publik. Pemerintah Kota Batu Putih dan Pemkab Kali Jernih meraih "
    "penghargaan tersebut."])
def test_the_year_of_a_season_or_an_assessment_told_with_the_name_is_the_awards(nlp, text):
    awards = by_recipient(nlp, f"{text} Penyerahan penghargaan berlangsung di Gedung Serba Guna, Selasa (27/1/2026).",
                          date(2026, 1, 28))
    assert {n: a.year for n, a in awards.items()} == {"Pemerintah Kota Batu Putih": 2025,
                                                     "Pemerintah Kabupaten Kali Jernih": 2025}


def test_a_clause_of_an_earlier_time_opens_a_subject_referred_to(nlp):
    # "… setelah pada 2024 kabupaten itu meraih …": the regency told, not the one an award is named after
    doc = analyse(nlp, "Pemerintah Kabupaten Kali Jernih meraih penghargaan Pemerintah Kabupaten Pendukung Zakat "
                       "Terbaik dalam Anugerah Zakat 2025. Ini menjadi yang kedua bagi Kali Jernih setelah pada "
                       "Anugerah Zakat 2024 kabupaten itu meraih kategori yang sama.", date(2025, 2, 20))
    assert {(a.recipient.name, a.year) for a in doc._.awards} == {
        ("Pemerintah Kabupaten Kali Jernih", 2025), ("Pemerintah Kabupaten Kali Jernih", 2024)}


def test_a_pronoun_after_a_fronted_name_no_winner_bears_is_not_the_topic(nlp):
    # "Bagi X, … setelah ia diganjar …": ia is X; when no clause told X winning, nothing is recorded
    doc = analyse(nlp, "Piala Layar 2025 kategori Aktris Terbaik jatuh kepada Ratna Wulandari. Bagi Rama, ini piala "
                       "keduanya setelah ia diganjar Aktor Pendukung Terbaik pada Piala Layar 2021.", date(2025, 11, 10))
    assert {(a.recipient.name, a.year) for a in doc._.awards} == {("Ratna Wulandari", 2025)}


@pytest.mark.parametrize("unit, name", [("Bappeda Kabupaten Wonosobo", "Badan Perencanaan Pembangunan Daerah Kabupaten Wonosobo"),
                                        ("Inspektorat Kabupaten Wonosobo", "Inspektorat Kabupaten Wonosobo"),
                                        ("DPRD Kabupaten Wonosobo", "DPRD Kabupaten Wonosobo")])
def test_a_unit_named_by_its_head_alone_keeps_its_regency_whole(nlp, unit, name):
    # "Bappeda Kabupaten X": the region opens at its kind word, not at the regency's name
    awards = by_recipient(nlp, f"Kabupaten Batu Putih meraih Anugerah Lingkungan 2025. {unit} menyabet peringkat "
                               "pertama pada kategori perangkat daerah.", date(2025, 12, 18))
    assert name in awards and "Pemerintah Kabupaten Wonosobo" not in awards


def test_a_central_hospital_keeps_its_doctors_title_in_its_name(nlp):
    awards = by_recipient(nlp, "Kementerian Kesehatan memberikan Anugerah Layanan Prima 2025 kepada RSUP Dr. Rama "
                               "Wijaya Batu Putih.", date(2025, 12, 18))
    assert list(awards) == ["RSUP Dr. Rama Wijaya Batu Putih"]


def test_an_official_titled_as_the_head_of_a_unit_receives_for_it(nlp):
    # "Kajari X, Y, menerima …": the Kejari X receives, Y for it (titles.json unit_titles)
    awards = by_recipient(nlp, "Kejaksaan Negeri (Kejari) Batu Putih membawa pulang Penghargaan Pelayanan Hukum 2024. "
                               "Kajari Batu Putih, Dr. Rama Wijaya, M.M., menerima langsung penghargaan tersebut.",
                          date(2024, 10, 23))
    assert {n: a.received_by for n, a in awards.items()} == {"Kejaksaan Negeri Batu Putih": "Rama Wijaya"}


@pytest.mark.parametrize("receiver, name", [("Wali Kota Rama Wijaya, M.Kes.", "Rama Wijaya"),
                                            ("Bupati Ratna Wulandari, Sp.A", "Ratna Wulandari")])
def test_a_title_then_a_name_closed_by_degrees_is_a_person_not_a_place(nlp, receiver, name):
    # "Wali Kota X Y, M.Kes.": no place the title heads, degrees end a person's name
    awards = by_recipient(nlp, "Kabupaten Batu Putih meraih Anugerah Inovasi Daerah 2024 dari Kementerian Kesehatan. "
                               f"Trofi untuk Batu Putih diterima {receiver}, sedangkan yang lain menyusul.",
                          date(2024, 12, 10))
    assert awards["Pemerintah Kabupaten Batu Putih"].received_by == name


def test_an_honorific_after_the_comma_opens_a_name_and_closes_none(nlp, rules):
    # ", M.Kes." after a title's run closes a person's name; ", K.H. X" opens the next one
    from pipeline.extract.mentions import _degree_at
    from pipeline.normalise import Namer
    namer = Namer(rules)
    closed = nlp.make_doc("diterima Wali Kota Rama Wijaya, M.Kes., sedangkan yang lain menyusul.")
    opened = nlp.make_doc("diserahkan Wakil Presiden Republik Nusantara, K.H. Rama Wijaya dan Menteri Budi.")
    comma = next(t.i for t in closed if t.text == ",")
    assert _degree_at(closed, comma, namer)
    comma = next(t.i for t in opened if t.text == ",")
    assert not _degree_at(opened, comma, namer)


def test_the_same_award_told_won_in_earlier_years_with_no_one_named_is_the_topics(nlp):
    # "Penghargaan yang sama juga diraih pada 2021 dan 2022": one record a year for the winner told
    doc = analyse(nlp, "Kota Batu Putih meraih Anugerah Tata Kota 2024 dari Kementerian PUPR. Penghargaan yang sama "
                       "juga diraih pada 2021 dan 2022.", date(2024, 12, 10))
    assert {(a.recipient.name, a.year) for a in doc._.awards} == {
        ("Pemerintah Kota Batu Putih", 2024), ("Pemerintah Kota Batu Putih", 2021), ("Pemerintah Kota Batu Putih", 2022)}


def test_a_title_conferred_with_its_short_form_is_the_award_for_each_listed_member(nlp):
    # "<count> <kind>, yakni A, B, dan C, ditetapkan sebagai <Title> (<ABBR>)": no award head, the
    # designation itself is the award of every member of the list
    doc = analyse(nlp, "Dua kota di Nusa Raya, yakni Kota Batu Putih dan Kota Kali Jernih, resmi ditetapkan "
                       "sebagai Kota Sadar Timbang (KST) Tahun 2024 oleh Kementerian Perdagangan.", date(2024, 12, 10))
    assert {(a.recipient.name, a.name, a.year) for a in doc._.awards} == {
        ("Pemerintah Kota Batu Putih", "Kota Sadar Timbang", 2024),
        ("Pemerintah Kota Kali Jernih", "Kota Sadar Timbang", 2024)}


def test_a_title_designated_without_winners_is_what_the_next_sentence_refers_to(nlp):
    # "X juga menetapkan sejumlah pasar sebagai <Title> (<ABBR>). Dari Y, predikat tersebut diraih …":
    # the designation told with no winner is the award referred back to after a fronted phrase
    doc = analyse(nlp, "Kota Batu Putih ditetapkan sebagai Kota Sadar Timbang (KST) Tahun 2024 oleh Kementerian "
                       "Perdagangan. Selain KST, kementerian itu juga menetapkan sejumlah pasar sebagai Pasar Sadar "
                       "Timbang (PST). Dari Nusa Raya, predikat tersebut diraih tiga pasar, meliputi Pasar Lama, "
                       "Pasar Baru Kali Jernih, dan Pasar Ikan Batu Putih.", date(2024, 12, 10))
    names = {a.recipient.name: a.name for a in doc._.awards}
    assert names["Pemerintah Kota Batu Putih"] == "Kota Sadar Timbang"
    assert {names.get(p) for p in ("Pasar Lama", "Pasar Baru Kali Jernih", "Pasar Ikan Batu Putih")} == {"Pasar Sadar Timbang"}


def test_a_lower_case_category_on_a_list_line_reads_to_its_superlative_or_the_comma(nlp):
    # "- X, peringkat II kategori <lower-case words> terbaik tingkat kota, nilai N": the whole class,
    # then the score; "…, kategori <words> terbaik lewat <what it was for>": the class ends at the superlative
    awards = by_recipient(nlp, "Dinas Sosial Kota Batu Putih meraih peringkat pertama pada Anugerah Layanan Prima "
                               "2024. Sejumlah penerima lain dari Nusa Raya ikut naik panggung. Berikut daftarnya:\n"
                               "- Dinas Sosial Kota Kali Jernih, peringkat II kategori layanan bantuan sosial terbaik "
                               "tingkat kota, nilai 93,40\n"
                               "- Dinas Sosial Kabupaten Sumber Rejo, kategori inovasi layanan terbaik lewat layanan "
                               "antar jemput lansia di atas perahu\n"
                               "- Pemerintah Provinsi Nusa Raya, peringkat III kategori provinsi pembina layanan sosial",
                          date(2024, 12, 10))
    assert awards["Dinas Sosial Kota Kali Jernih"].category == "layanan bantuan sosial terbaik tingkat kota"
    assert awards["Dinas Sosial Kota Kali Jernih"].score == 93.4
    assert awards["Dinas Sosial Kabupaten Sumber Rejo"].category == "inovasi layanan terbaik"
    assert awards["Pemerintah Provinsi Nusa Raya"].category == "provinsi pembina layanan sosial"


def test_a_department_named_in_two_parts_around_a_comma_is_no_person(nlp):
    # "Kepala Dinas A dan B, C dan D (X) Provinsi Y, Name": the office goes on after its comma
    awards = by_recipient(nlp, "Pemprov Nusa Raya meraih Anugerah Layanan Prima 2024. Penghargaan untuk Pemprov Nusa "
                               "Raya diterima Kepala Dinas Pemberdayaan Masyarakat dan Desa, Kependudukan dan Pencatatan "
                               "Sipil (PMD Dukcapil) Provinsi Nusa Raya, Drs. Rama Wijaya, M.Si.", date(2024, 12, 10))
    assert awards["Pemerintah Provinsi Nusa Raya"].received_by == "Rama Wijaya"


def test_the_same_award_won_by_a_recipient_before_keeps_its_own_class(nlp):
    # "Pada <award> 2023, X juga meraih penghargaan yang sama": X's own class, not the last one told
    doc = analyse(nlp, "Dalam Anugerah Transaksi Digital 2024, Kota Batu Putih meraih penghargaan untuk kategori "
                       "kota, dan Kabupaten Sumber Rejo untuk kategori kabupaten. Pada Anugerah Transaksi Digital "
                       "2023, Batu Putih juga meraih penghargaan yang sama.", date(2024, 12, 10))
    earlier = [a for a in doc._.awards if a.year == 2023]
    assert [(a.recipient.name, a.category) for a in earlier] == [("Pemerintah Kota Batu Putih", "kota")]


def test_a_company_branch_after_its_short_form_and_a_naval_base_are_one_recipient_each(nlp):
    # "PT X (XY) Kantor Cabang Z": the company's branch; "Pangkalan TNI Angkatan Laut (Lanal) Z": a unit,
    # whose service is no giver
    doc = analyse(nlp, "Bank Nusantara memberikan Anugerah Mitra Keuangan 2024 kepada PT Bank Kali Jernih (BKJ) "
                       "Kantor Cabang Batu Putih dan Pangkalan TNI Angkatan Laut (Lanal) Batu Putih.", date(2024, 12, 10))
    assert {a.recipient.name for a in doc._.awards} == {
        "PT Bank Kali Jernih (BKJ) Kantor Cabang Batu Putih", "Pangkalan TNI Angkatan Laut Batu Putih"}


def test_an_official_of_a_company_told_without_its_legal_form_receives_for_it(nlp):
    # "PT Bank X" told winning, then "diterima Direktur Utama Bank X, Name": the same company
    doc = analyse(nlp, "Anugerah Mitra Keuangan 2024 diberikan kepada PT Bank Kali Jernih Syariah. Penghargaan itu "
                       "diterima Direktur Utama Bank Kali Jernih Syariah, Rama Wijaya.", date(2024, 12, 10))
    assert [(a.recipient.name, a.received_by) for a in doc._.awards] == [
        ("PT Bank Kali Jernih Syariah", "Rama Wijaya")]


def test_a_tier_in_brackets_after_a_line_values_award_is_its_grade(nlp):
    # "- Kota X: Piala Y (Pratama)": the award, then its tier; the bracket is no part of the name
    awards = by_recipient(nlp, "Pemprov Nusa Raya mengumumkan hasil Anugerah Tata Praja 2024. Rinciannya:\n"
                               "1. Pemerintah Kota Batu Putih: Piala Tunas Lestari (Pratama)\n"
                               "2. Kabupaten Sumber Rejo: Penghargaan Sapta Karya (Madya)", date(2024, 12, 10))
    assert (awards["Pemerintah Kota Batu Putih"].name, awards["Pemerintah Kota Batu Putih"].grade) == \
        ("Piala Tunas Lestari", "Pratama")
    assert (awards["Pemerintah Kabupaten Sumber Rejo"].name, awards["Pemerintah Kabupaten Sumber Rejo"].grade) == \
        ("Penghargaan Sapta Karya", "Madya")


@pytest.mark.parametrize("between", ["", " Para penerima tersebut berhak atas predikat Madya."])
def test_lines_of_a_name_and_a_bracketed_score_after_a_counted_group_are_its_members(nlp, between):
    # "Sebanyak tiga daerah menerima X." then lines "Kabupaten Y (83,11)" with no bullet: the group's members
    doc = analyse(nlp, "Sebanyak tiga pemerintah daerah menerima Anugerah Tata Praja 2024 dari Pemerintah Provinsi "
                       f"Nusa Raya.{between}\nPemkab Sumber Rejo (67,78)\nKabupaten Lembah Sari (83,11)\n"
                       "Pemerintah Kota Batu Putih (87,89)", date(2024, 12, 10))
    assert {(a.recipient.name, a.score) for a in doc._.awards} == {
        ("Pemerintah Kabupaten Sumber Rejo", 67.78), ("Pemerintah Kabupaten Lembah Sari", 83.11),
        ("Pemerintah Kota Batu Putih", 87.89)}
    if between:
        assert {a.grade for a in doc._.awards} == {"Madya"}


def test_a_unit_with_its_region_then_a_dash_and_what_it_received_is_a_line_of_a_winner(nlp):
    # "1. Dinas X Kota Y – <what it received> (<class>)": the unit and its region read as one body before
    # the dash; a value with an award's head names that award
    awards = by_recipient(nlp, "Komisi Informasi Provinsi Nusa Raya menyerahkan Anugerah Lentera Publik 2024 kepada "
                               "sejumlah perangkat daerah. Hasilnya sebagai berikut:\n"
                               "1. Dinas Perhubungan Kota Batu Putih – Adhi Karya Kencana (Cukup Informatif)\n"
                               "2. Dinas Kesehatan Kabupaten Sumber Rejo – Sertifikat Tunas Prima (Informatif)",
                          date(2024, 12, 10))
    assert awards["Dinas Perhubungan Kota Batu Putih"].name == "Anugerah Lentera Publik"
    assert (awards["Dinas Kesehatan Kabupaten Sumber Rejo"].name,
            awards["Dinas Kesehatan Kabupaten Sumber Rejo"].category) == ("Sertifikat Tunas Prima", "Informatif")


@pytest.mark.parametrize("bullet", ["", "- "])
def test_lines_of_a_body_and_a_grade_need_no_introduction(nlp, bullet):
    # "Kabupaten X: BB" over "Kota Y: A" after the lead (and a list of criteria): graded winners
    doc = analyse(nlp, "Predikat Mutu Anggaran 2024 resmi diumumkan Inspektorat Provinsi Nusa Raya pada Jumat "
                       "(6/12/2024) lalu. Aspek yang dinilai antara lain:\n- Sarana layanan\n- Digitalisasi layanan\n"
                       f"{bullet}Kabupaten Sumber Rejo: BB\n{bullet}Pemkot Batu Putih: A\n{bullet}Kota Kali Jernih: B\n"
                       "Penghargaan diserahkan langsung oleh Gubernur Nusa Raya.", date(2024, 12, 10))
    assert {(a.recipient.name, a.grade) for a in doc._.awards} == {
        ("Pemerintah Kabupaten Sumber Rejo", "BB"), ("Pemerintah Kota Batu Putih", "A"), ("Pemerintah Kota Kali Jernih", "B")}


def test_a_single_line_of_a_body_and_a_grade_in_prose_is_no_winner(nlp):
    # one "Kota X: A"-shaped line alone is no block of graded lines
    doc = analyse(nlp, "Inspektorat Provinsi Nusa Raya menilai mutu anggaran 2024.\nCatatan penilai: A\n"
                       "Penilaian berlanjut tahun depan.", date(2024, 12, 10))
    assert not doc._.awards


def test_an_official_titled_for_another_region_receives_for_no_co_recipient(nlp):
    # "… kepada Bupati A, X dan Gubernur P, Y": Y receives for province P, not for regencies B and C beside it
    awards = by_recipient(nlp, "Atas LKPD Tahun Anggaran 2023, Pemkab Batu Putih, Pemerintah Kota Kali Jernih, serta "
                               "Pemerintah Kabupaten Sumber Rejo mendapat opini Wajar Tanpa Pengecualian (WTP). LHP "
                               "tersebut diserahkan BPK di Auditorium Kantor BPK, Kamis (6/6). LHP diserahkan Kepala BPK, "
                               "Drs. Rina Wulandari, S.H., kepada Bupati Sumber Rejo, H. Budi Santosa, S.H. dan Gubernur "
                               "Jawa Tengah, Drs. Rama Wijaya, S.Sos.", date(2024, 6, 7))
    assert {n: a.received_by for n, a in awards.items()} == {
        "Pemerintah Kabupaten Batu Putih": None, "Pemerintah Kota Kali Jernih": None,
        "Pemerintah Kabupaten Sumber Rejo": "Budi Santosa"}


def test_an_award_head_inside_the_givers_name_names_no_award(nlp):
    # "meraih akreditasi Unggul dari Badan Akreditasi Nasional …": the kind graded, not the giver's words
    awards = by_recipient(nlp, "Universitas Batu Putih berhasil meraih akreditasi Unggul dari Badan Akreditasi Nasional "
                               "Perguruan Tinggi (BAN-PT).", date(2024, 12, 10))
    award = awards["Universitas Batu Putih"]
    assert (award.name, award.grade) == ("Akreditasi Institusi Perguruan Tinggi", "Unggul")


@pytest.mark.parametrize("between", ["", " Pada acara yang sama, piagam juga diserahkan kepada Pemkab Lembah Sari."])
def test_a_counted_referent_is_the_list_of_that_many_bodies_told_just_before(nlp, between):
    # "BPK menyerahkan LHP atas LKPD A, B, C, dan D …. Keempatnya memperoleh opini WTP": no clause told
    # them receiving; the four owners of the reports are the four referred to
    doc = analyse(nlp, "BPK Perwakilan Provinsi Nusa Raya menyerahkan LHP atas LKPD Tahun Anggaran 2023 Kota Batu "
                       "Putih, Kota Kali Jernih, Kabupaten Sumber Rejo, dan Kabupaten Teluk Damai di Hotel Mawar, "
                       f"Jumat (6/12).{between} Keempat daerah itu memperoleh opini Wajar Tanpa Pengecualian (WTP).",
                  date(2024, 12, 7))
    assert {"Pemerintah Kota Batu Putih", "Pemerintah Kota Kali Jernih", "Pemerintah Kabupaten Sumber Rejo",
            "Pemerintah Kabupaten Teluk Damai"} <= {a.recipient.name for a in doc._.awards}


def test_an_awards_name_stops_before_the_next_winner_joined_to_its_grade(nlp):
    # "…, sedangkan Kota A dengan predikat A dan Kabupaten B dengan predikat B": "dan Kabupaten B" opens the
    # next winner, no part of the award's name
    doc = analyse(nlp, "Pemkab Batu Putih meraih predikat BB pada evaluasi SAKIP 2022, sedangkan Kota Kendari dengan "
                       "predikat A dan Kabupaten Bengkalis dengan predikat B.", date(2023, 1, 5))
    assert {(a.recipient.name, a.name, a.grade) for a in doc._.awards} == {
        ("Pemerintah Kabupaten Batu Putih", "SAKIP", "BB"), ("Pemerintah Kota Kendari", "SAKIP", "A"),
        ("Pemerintah Kabupaten Bengkalis", "SAKIP", "B")}


def test_others_besides_the_subject_who_received_the_same_award_share_its_handover(nlp):
    # "Selain A, ada dua provinsi lain yang mendapatkan penghargaan serupa, yakni B dan C": the same award,
    # announced at the ceremony told before (not another award of theirs told apart)
    awards = by_recipient(nlp, "Pemprov Nusa Raya meraih Anugerah Tata Iklim 2020 dari Kementerian Lingkungan Hidup. "
                               "Malam anugerah itu digelar di Gedung Mawar, Jakarta, Jumat "
                               "(23/10/2020). Selain Pemprov Nusa Raya, ada dua provinsi lain yang mendapatkan penghargaan "
                               "serupa, yakni Provinsi Aceh dan Provinsi Lampung.", date(2020, 10, 24))
    assert {n: a.date for n, a in awards.items()} == {
        "Pemerintah Provinsi Nusa Raya": "2020-10-23", "Pemerintah Provinsi Aceh": "2020-10-23",
        "Pemerintah Provinsi Lampung": "2020-10-23"}


@pytest.mark.parametrize("awards_told", ["Anugerah Layanan Prima 2024 dan Penghargaan Tata Kota 2024",
                                         "dua penghargaan sekaligus, yakni Anugerah Layanan Prima 2024 dan Penghargaan "
                                         "Tata Kota 2024"])
def test_two_awards_joined_after_one_verb_are_two_records(nlp, awards_told):
    # "X meraih Anugerah A 2024 dan Penghargaan B 2024": one record per recipient and award
    doc = analyse(nlp, f"Kabupaten Batu Putih meraih {awards_told}.", date(2024, 12, 10))
    assert sorted((a.recipient.name, a.name, a.category) for a in doc._.awards) == [
        ("Pemerintah Kabupaten Batu Putih", "Anugerah Layanan Prima", None),
        ("Pemerintah Kabupaten Batu Putih", "Penghargaan Tata Kota", None)]


def test_a_predicate_denied_after_a_score_confers_nothing(nlp):
    # "X hanya memperoleh nilai 88,12 dan belum masuk daftar penerima Y": the score stays, no award
    doc = analyse(nlp, "Tahun lalu, Kabupaten Batu Putih hanya memperoleh nilai 88,12 dan belum masuk daftar penerima "
                       "Anugerah Layanan Prima.", date(2024, 12, 10))
    assert not doc._.awards and [s.value for s in doc._.scores] == [88.12]


def test_the_subject_of_the_sentence_won_what_its_time_clause_tells(nlp):
    # "A dan B patut berbangga setelah meraih X": no award told before, the time clause is the news
    doc = analyse(nlp, "Kota Batu Putih dan Kabupaten Sumber Rejo patut berbangga setelah meraih Anugerah Layanan Prima "
                       "2024.", date(2024, 12, 10))
    assert {a.recipient.name for a in doc._.awards} == {"Pemerintah Kota Batu Putih", "Pemerintah Kabupaten Sumber Rejo"}


def test_a_year_told_only_of_an_earlier_award_does_not_date_the_articles(nlp):
    # "X kembali meraih Y. Sebelumnya, penghargaan serupa diraih pada 2022.": the award is this year's
    doc = analyse(nlp, "Kabupaten Batu Putih kembali meraih Anugerah Layanan Prima. Sebelumnya, penghargaan serupa "
                       "diraih pada 2022.", date(2025, 12, 4))
    assert (2025 in {a.year for a in doc._.awards if a.recipient.name == "Pemerintah Kabupaten Batu Putih"})


@pytest.mark.parametrize("hands, giver", [("Penghargaan diserahkan oleh Mendagri di Jakarta.", "Kementerian Dalam Negeri"),
                                          ("Menkes menyerahkan penghargaan itu di Jakarta.", "Kementerian Kesehatan")])
def test_a_minister_named_by_the_short_form_of_the_office_gives_for_the_ministry(nlp, hands, giver):
    # "diserahkan oleh Mendagri", "Menkes menyerahkan …": the ministry the short title heads (givers.json officials)
    awards = by_recipient(nlp, f"Kabupaten Batu Putih meraih Anugerah Layanan Prima 2024. {hands}", date(2024, 12, 10))
    assert awards["Pemerintah Kabupaten Batu Putih"].giver.name == giver


def test_a_reason_after_a_comma_is_a_clause_of_its_own_with_its_own_year(nlp):
    # "A naik satu tingkat, karena pada 2023 kabupaten itu meraih <tier>": an earlier award of the one
    # told, its year not the article's award's
    doc = analyse(nlp, "Kabupaten Sumber Rejo meraih Anugerah Layanan Sehat 2025 tingkat Madya. Sumber Rejo naik satu "
                       "tingkat, karena pada 2023 kabupaten itu meraih tingkat Pratama dengan nilai 71,20.", date(2025, 11, 25))
    found = {(a.recipient.name, a.year, a.grade, a.score) for a in doc._.awards}
    assert found == {("Pemerintah Kabupaten Sumber Rejo", 2025, "Madya", None),
                     ("Pemerintah Kabupaten Sumber Rejo", 2023, "Pratama", 71.2)}


@pytest.mark.parametrize("tier", ["Wistara", "Padapa", "Paripurna"])
def test_a_distinctive_tier_alone_after_a_receive_verb_is_the_grade(nlp, tier):
    doc = analyse(nlp, f"Kota Batu Putih meraih {tier} pada Anugerah Layanan Sehat 2025.", date(2025, 11, 25))
    assert [a.grade for a in doc._.awards] == [tier]


def test_a_consequence_after_a_comma_goes_on_with_the_subject_before_it(nlp):
    # ", sehingga meraih …": a consequence with its subject left out is the same clause's, unlike a reason
    doc = analyse(nlp, "Kota Batu Putih mengumpulkan nilai 91,20, sehingga meraih predikat Utama pada Anugerah Layanan "
                       "Sehat 2025.", date(2025, 11, 25))
    assert [(a.recipient.name, a.grade, a.score) for a in doc._.awards] == [("Pemerintah Kota Batu Putih", "Utama", 91.2)]


@pytest.mark.parametrize("when", ["ketika", "sewaktu"])
def test_a_referent_after_a_time_clause_word_is_the_subject_of_an_earlier_award(nlp, when):
    # "…, ketika kota itu meraih <tier> dengan nilai N": an earlier year's award of the one told
    doc = analyse(nlp, "Kota Batu Putih meraih Anugerah Layanan Sehat 2024 tingkat Utama. Kota Kali Jernih meraih "
                       "tingkat Pratama. Untuk Batu Putih, hasil itu naik dibanding penilaian 2022, "
                       f"{when} kota itu meraih tingkat Madya dengan nilai 76,44.", date(2025, 3, 6))
    found = {(a.recipient.name, a.year, a.grade, a.score) for a in doc._.awards}
    assert ("Pemerintah Kota Batu Putih", 2022, "Madya", 76.44) in found
    assert not any(name == "Pemerintah Kota Kali Jernih" and year == 2022 for name, year, _, _ in found)


def test_an_earlier_award_named_with_its_own_year_is_not_a_category_of_the_article_award(nlp):
    # "Ia juga pernah meraih Penghargaan Tenaga Teladan 2023": another award, not a trophy for a category
    doc = analyse(nlp, "Rina Astuti meraih Anugerah Pelopor Perubahan 2024 dari Ombudsman RI. Ia juga pernah meraih "
                       "Penghargaan Perawat Teladan 2023.", date(2024, 12, 10))
    assert {(a.name, a.year, a.category) for a in doc._.awards} == {
        ("Anugerah Pelopor Perubahan", 2024, None), ("Penghargaan Perawat Teladan", 2023, None)}


def test_a_handover_told_for_a_counted_group_is_that_groups_only(nlp):
    # "Penghargaan untuk ketiga desa itu diserahkan … pada 4 Desember": not the award of another village told between
    doc = analyse(nlp, "Desa Tamanmartani, Desa Sukamaju, dan Desa Ponggok meraih Penghargaan Desa Antikorupsi 2024. "
                       "Sementara itu, Desa Mekarsari meraih Anugerah Desa Mandiri Pangan 2024. Penghargaan untuk ketiga "
                       "desa itu diserahkan di Balai Kartini, Jakarta, pada 4 Desember 2024.", date(2024, 12, 10))
    dates = {a.recipient.name: a.date for a in doc._.awards}
    assert dates == {"Desa Tamanmartani": "2024-12-04", "Desa Sukamaju": "2024-12-04", "Desa Ponggok": "2024-12-04",
                     "Desa Mekarsari": None}


def test_an_official_whose_department_is_too_long_for_the_title_receives_with_degrees(nlp):
    # "Kepala Dinas A, B dan C Kota X, Name, S.E.": the name before the degrees is the official's
    doc = analyse(nlp, "Kota Tirta Kencana meraih Anugerah Pasar Tertib 2025 dari Kementerian Perdagangan. "
                       "Piagam untuk Tirta Kencana diterima Kepala Dinas Koperasi, Usaha Kecil dan Perdagangan Kota "
                       "Tirta Kencana, Ratna Sumirat, S.E., M.M., di Jakarta, Rabu (23/4/2025).", date(2025, 4, 24))
    assert [a.received_by for a in doc._.awards] == ["Ratna Sumirat"]


def test_an_official_with_degrees_who_hands_over_receives_nothing(nlp):
    # "diserahkan Asisten Deputi <field> <body>, Dr. Name, M.Si.": titles side by side name one official who gives
    doc = analyse(nlp, "Kabupaten Lembah Hijau meraih predikat A dalam Evaluasi Akuntabilitas Kinerja 2025. Laporan "
                       "hasil evaluasi diserahkan Asisten Deputi Pengawasan dan Evaluasi Wilayah II KemenPAN-RB, "
                       "Dr. Bagus Wirawan, M.Si., di Makassar, Rabu (11/2/2026).", date(2026, 2, 12))
    assert [a.received_by for a in doc._.awards] == [None]


def test_a_personal_pronoun_hands_over_to_the_person_not_the_body_told_after(nlp):
    # "A (a person) meraih X. Sementara itu, Kabupaten B meraih Y. Karena berhalangan, beliau
    # diwakili Z, …": the pronoun is the person's; B's award gets no receiver from that sentence
    doc = analyse(nlp, "Ir. Sinta Wulandari, M.M., bidan desa, meraih Penghargaan Bidan Teladan 2024 dari "
                       "Kementerian Kesehatan. Sementara itu, Kabupaten Lembah Hijau meraih Anugerah Arsip Tertib "
                       "2024. Karena berhalangan, beliau diwakili adiknya, Rudi Permana Sitorus, M.H., saat menerima "
                       "penghargaan di Jakarta.", date(2024, 12, 10))
    by = {a.recipient.name: a.received_by for a in doc._.awards}
    assert by["Pemerintah Kabupaten Lembah Hijau"] is None


def test_a_score_whose_consequence_denies_the_award_confers_nothing(nlp):
    # "X hanya memperoleh nilai N sehingga belum menerima penghargaan": the score stays, no award
    doc = analyse(nlp, "Penghargaan Karya Mandiri 2025 diserahkan Gubernur di Samarinda, Selasa (20/1/2026). PT Sungai "
                       "Jernih Abadi, misalnya, hanya memperoleh nilai 61,40 sehingga belum menerima penghargaan tahun "
                       "ini.", date(2026, 1, 21))
    assert not doc._.awards and [s.value for s in doc._.scores] == [61.4]


def test_a_nickname_names_no_body_and_the_kind_with_it_refers_back(nlp):
    # "Kabupaten berjuluk Kota X itu sebelumnya meraih …": the regency told before, not a city named X
    doc = analyse(nlp, "Kabupaten Lembah Hijau meraih Penghargaan Karya Mandiri 2025 dari Kementerian Perindustrian. "
                       "Kabupaten berjuluk Kota Tenun itu sebelumnya meraih Penghargaan Karya Mandiri kategori Jasa "
                       "Pengabdian pada 2019.", date(2025, 12, 19))
    assert sorted((a.recipient.name, a.year) for a in doc._.awards) == [
        ("Pemerintah Kabupaten Lembah Hijau", 2019), ("Pemerintah Kabupaten Lembah Hijau", 2025)]


def test_an_adverse_opinion_written_short_is_handed_over_at_the_same_ceremony(nlp):
    # "… Sementara itu, C meraih opini WDP. D meraih opini TW.": TW (tidak wajar) is an opinion of
    # the same audit, handed over with the others
    doc = analyse(nlp, "BPK Perwakilan Provinsi Batu Putih menyerahkan LHP atas LKPD Tahun Anggaran 2024 kepada 3 "
                       "pemerintah daerah di Aula Kantor BPK Perwakilan Provinsi Batu Putih, Selasa (29/4/2025). "
                       "Hasilnya, Kabupaten Kali Jernih meraih opini WTP. Sementara itu, Kabupaten Muara Sari meraih "
                       "opini WDP. Pemkab Lembah Hijau meraih opini TW.", date(2025, 4, 30))
    assert {a.recipient.name: a.date for a in doc._.awards}["Pemerintah Kabupaten Lembah Hijau"] == "2025-04-29"


@pytest.mark.parametrize("later", ["Ia juga meraih penghargaan serupa pada 2023.", "Ia meraih skor 86,60 dari 100."])
def test_a_personal_pronoun_after_a_body_won_refers_to_the_person_who_won_before(nlp, later):
    # "A (a person) meraih X. Kota B meraih Y. Ia …": "ia" is A, not the city told last
    doc = analyse(nlp, "Rina Wulandari, M.Pd., bidan desa, meraih Penghargaan Bidan Teladan 2024 dari Kementerian "
                       "Kesehatan. Kota Batu Putih juga meraih Anugerah Layanan Prima 2024. " + later, date(2024, 12, 10))
    told = {(a.recipient.name, a.year, a.score) for a in doc._.awards} | \
        {(s.entity.name, s.year, s.value) for s in doc._.scores}
    assert not any(name == "Pemerintah Kota Batu Putih" and (year == 2023 or value) for name, year, value in told)
    assert any(name == "Rina Wulandari" and (year == 2023 or value == 86.6) for name, year, value in told)


def test_a_person_who_won_beside_another_does_not_receive_it_for_them(nlp):
    # "Para penerima X: A (Region) dan B, S.Pi.": B won too, B received nothing for A
    doc = analyse(nlp, "Para penerima Penghargaan Petani Pelopor 2023 dari Kementerian Pertanian: Bening (Kutai "
                       "Kartanegara) dan Dewi Wulandari, S.Pi.", date(2023, 12, 10))
    assert {a.recipient.name: a.received_by for a in doc._.awards} == {"Bening": None, "Dewi Wulandari": None}


def test_the_giver_after_a_long_awards_name_gives_to_every_member(nlp):
    # "Penerima Anugerah <five words> tahun 2024 dari <government> di antaranya A (…) untuk kategori K, …"
    doc = analyse(nlp, "Penerima Anugerah Wirausaha Muda Saudagar Gemilang tahun 2024 dari Pemerintah Provinsi Jawa "
                       "Tengah di antaranya Saridin (Kebumen) untuk kategori Wirausaha Kriya dan Asep Lestari untuk "
                       "kategori Wirausaha Fesyen.", date(2024, 10, 20))
    assert {a.recipient.name: a.giver.name if a.giver else None for a in doc._.awards} == {
        "Saridin": "Pemerintah Provinsi Jawa Tengah", "Asep Lestari": "Pemerintah Provinsi Jawa Tengah"}


def test_where_a_counted_group_comes_from_is_no_giver(nlp):
    # "penghargaan serupa juga diterima 4 daerah lain dari Provinsi X, yakni …": X is where they lie
    doc = analyse(nlp, "Kabupaten Lembah Hijau meraih Anugerah Parahita 2024 dari Kementerian Pemberdayaan Perempuan. "
                       "Dalam acara yang sama, penghargaan serupa juga diterima 2 daerah lain dari Provinsi Jawa Tengah, "
                       "yakni Kabupaten Kebumen dan Kabupaten Cilacap.", date(2024, 10, 9))
    givers = {a.recipient.name: a.giver.name if a.giver else None for a in doc._.awards}
    assert givers.get("Pemerintah Kabupaten Kebumen") != "Pemerintah Provinsi Jawa Tengah"


def test_a_regional_broadcasting_commission_is_the_giver_with_its_province(nlp):
    # "digelar Komisi Penyiaran Indonesia Daerah (KPID) Provinsi X": a body in every province, its region
    # part of its name (and no government named as a body of its own)
    awards = by_recipient(nlp, "Stasiun TVRI Jambi meraih Program Berita Televisi Terbaik dalam Anugerah KPID Jambi "
                               "2025 yang digelar Komisi Penyiaran Indonesia Daerah (KPID) Provinsi Jambi.",
                          date(2025, 11, 20))
    assert set(awards) == {"Stasiun TVRI Jambi"}
    assert awards["Stasiun TVRI Jambi"].giver.name == "Komisi Penyiaran Indonesia Daerah Provinsi Jambi"


def test_a_unit_head_with_a_demonstrative_refers_to_the_last_unit_of_its_kind(nlp):
    # "Stasiun itu juga meraih …": the station told before, not a body named "Stasiun"
    awards = awards_of(nlp, "Stasiun TVRI Jambi meraih Program Berita Televisi Terbaik dalam Anugerah Penyiaran 2025. "
                            "Kabupaten Muaro Jambi meraih kategori Pemerintah Daerah Peduli Penyiaran. Stasiun itu "
                            "juga meraih Program Budaya Televisi Terbaik pada Anugerah Penyiaran 2023.",
                       date(2025, 11, 20))
    assert {(name, a.year) for (name, _), a in awards.items()} == {
        ("Stasiun TVRI Jambi", 2025), ("Pemerintah Kabupaten Muaro Jambi", 2025), ("Stasiun TVRI Jambi", 2023)}


def test_a_short_name_defined_in_brackets_names_the_unit_again(nlp):
    # "Dinas … (Diskominfotik) …. Diskominfotik naik …. Pada 2024, dinas tersebut …": the unit, by its full name
    awards = awards_of(nlp, "Dinas Komunikasi, Informatika dan Statistik (Diskominfotik) Provinsi Bengkulu meraih "
                            "predikat Informatif dalam Anugerah Keterbukaan Informasi 2025. Dinas Sosial Provinsi "
                            "Bengkulu meraih predikat Cukup Informatif. Diskominfotik naik satu tingkat. Pada monev "
                            "2024, dinas tersebut berpredikat Menuju Informatif dengan nilai 88,70.", date(2025, 11, 20))
    earlier = [a for a in awards.values() if a.year == 2024]
    assert [a.recipient.name for a in earlier] == ["Dinas Komunikasi, Informatika dan Statistik Provinsi Bengkulu"]


def test_a_name_after_selain_is_set_aside(nlp):
    # "Selain X, pemenang … adalah Y": X is no subject of the clause after it
    awards = by_recipient(nlp, "Stasiun TVRI Jambi meraih Program Berita Televisi Terbaik dalam Anugerah Penyiaran "
                               "2025. Selain TVRI, pemenang di kategori televisi adalah Sinar TV, yang menyabet Program "
                               "Anak Televisi Terbaik.", date(2025, 11, 20))
    assert "TVRI" not in awards and "Sinar TV" in awards


@pytest.mark.parametrize("phrase", ["dinobatkan sebagai peraih Program Dialog Radio Terbaik",
                                    "meraih kategori Program Dialog Radio Terbaik lewat program Bincang Pagi"])
def test_the_category_is_the_title_alone(nlp, phrase):
    # "sebagai peraih X Terbaik": the cue is no word of the category; "kategori K lewat program P": K
    awards = by_recipient(nlp, f"Radio Suara Jambi FM {phrase} dalam Anugerah Penyiaran 2025.", date(2025, 11, 20))
    assert awards["Radio Suara Jambi FM"].category == "Program Dialog Radio Terbaik"


def test_a_region_right_after_a_units_abbreviation_is_the_units_scope(nlp):
    # "Forum Kerukunan Umat Beragama (FKUB) Kabupaten X": the forum of that regency, not the regency
    awards = by_recipient(nlp, "Kementerian Agama juga memberikan Harmony Award 2025 kepada Forum Kerukunan Umat "
                               "Beragama (FKUB) Kabupaten Kerinci sebagai FKUB Teladan.", date(2025, 11, 27))
    assert set(awards) == {"Forum Kerukunan Umat Beragama (FKUB) Kabupaten Kerinci"}


@pytest.mark.parametrize("text, giver", [
    ("Grup musik Angin Utara Trio memboyong Anugerah Musik Swara Kencana 2023 yang digelar ASIRNU.", "ASIRNU"),
    ("Anugerah Jurnalistik Pena Emas 2023 dari IJBP diraih oleh Nurul Dwi Pratama.", "IJBP"),
    ("Kota Mataram meraih Penghargaan Kota Sehat 2023 dari NTB.", None)])  # (a province's short form gives nothing)
def test_an_organisations_acronym_no_gazetteer_knows_gives_after_dari_or_an_organiser_verb(nlp, text, giver):
    awards = analyse(nlp, text, date(2023, 12, 1))._.awards
    assert [a.giver.name if a.giver else None for a in awards] == [giver]


def test_a_body_after_a_word_of_ownership_owns_the_one_before_it(nlp):
    # "X milik Pemkab Y": the clinic receives and owns its value; the government only owns the clinic
    doc = analyse(nlp, "Kementerian PANRB menganugerahkan penghargaan Evaluasi Pelayanan Publik 2024 kepada "
                       "Pemkab Karimun. Puskesmas Tanjung Batu milik Pemkab Lingga juga meraih predikat A "
                       "dengan indeks 4,40 pada kesempatan itu.", date(2024, 12, 10))
    assert {a.recipient.name for a in doc._.awards} == {"Pemerintah Kabupaten Karimun", "Puskesmas Tanjung Batu"}
    assert {(s.entity.name, s.value) for s in doc._.scores} == {("Puskesmas Tanjung Batu", 4.4)}


def test_a_verb_taking_a_named_index_and_its_value_confers_no_award(nlp):
    # the value an index names after a verb of winning is a score, not an award named by the index
    doc = analyse(nlp, "Berdasarkan hasil evaluasi, Kota Tanjungpinang meraih Indeks Kinerja Layanan (IKL) 4,21, "
                       "disusul Kabupaten Bintan dengan 4,02.", date(2024, 12, 10))
    assert doc._.awards == ()
    assert {(s.entity.name, s.value) for s in doc._.scores} == {
        ("Pemerintah Kota Tanjungpinang", 4.21), ("Pemerintah Kabupaten Bintan", 4.02)}


@pytest.mark.parametrize("later", [
    "Penghargaan tersebut diberikan untuk kategori Sanitasi Sekolah Mandiri.",
    "Adapun kategori yang diraih adalah Sanitasi Sekolah Mandiri."])
def test_a_sentence_referring_to_the_award_names_its_category(nlp, later):
    awards = analyse(nlp, "SMA Negeri 4 Tanjung Sari meraih Penghargaan Lingkungan Asri Lestari 2024. "
                          f"Penilaian dilakukan dalam tiga tahap. {later}", date(2024, 12, 10))._.awards
    assert [(a.recipient.name, a.category) for a in awards] == [("SMA Negeri 4 Tanjung Sari", "Sanitasi Sekolah Mandiri")]


def test_a_category_named_like_a_unit_is_the_class_not_a_winner(nlp):
    awards = analyse(nlp, "Di kategori Sekolah Ramah Air, SMA Negeri 4 Tanjung Sari meraih Penghargaan Lingkungan "
                          "Asri Lestari 2024.", date(2024, 12, 10))._.awards
    assert [(a.recipient.name, a.category) for a in awards] == [("SMA Negeri 4 Tanjung Sari", "Sekolah Ramah Air")]


def test_a_winners_word_and_a_preposition_before_kategori_are_no_words_of_the_category(nlp):
    awards = analyse(nlp, "Pada ajang Anugerah Tenaga Kesehatan Lestari 2024, Maria Seran berhasil menjadi pemenang "
                          "pada kategori Perawat Teladan.", date(2024, 12, 10))._.awards
    assert [(a.recipient.name, a.category) for a in awards] == [("Maria Seran", "Perawat Teladan")]


def test_a_unit_head_inside_an_awards_name_names_no_body_to_refer_to(nlp):
    # "desa tersebut" refers to the village that won, not to the "Desa …" inside the award's name
    awards = analyse(nlp, "Desa Sukamaju meraih Penghargaan Karya Desa Lestari tahun 2023. Dalam ajang itu, desa "
                          "tersebut tampil sebagai pemenang kategori Lumbung Pangan.", date(2024, 12, 10))._.awards
    assert {(a.recipient.name, a.category) for a in awards} == {("Desa Sukamaju", "Lumbung Pangan")}


def test_the_body_an_award_is_told_from_gives_the_records_a_later_list_names(nlp):
    # the lead names the award and a body no gazetteer knows after "dari", but no winner; the
    # winners named after it take that giver, and "kategori khusus K" is K
    awards = analyse(nlp, "Tiga pemerintah daerah membawa pulang Anugerah Tata Kelola Nusantara (ATKN) 2025 dari "
                          "Indonesian Institute for Regional Governance (IIRG). Penghargaan itu diserahkan di Jakarta. "
                          "Ketiganya yakni Pemerintah Kota Batam, Pemerintah Provinsi Kepulauan Riau, serta Pemerintah "
                          "Kabupaten Bintan. Pemkab Lingga menerima penghargaan kategori khusus Inovasi Desa pada "
                          "malam yang sama.", date(2025, 9, 11))._.awards
    assert {a.giver.name if a.giver else None for a in awards} == {"Indonesian Institute for Regional Governance"}
    assert len(awards) == 4
    assert {a.category for a in awards} == {None, "Inovasi Desa"}


def test_an_award_of_a_known_kind_named_without_a_head_in_the_subject_is_the_award(nlp):
    # the kind's own capitalised words before the region name the award a bare grade is of, and
    # the list told later takes it, over an assessment of another kind the article mentions
    awards = analyse(nlp, "Sistem Pemerintahan Berbasis Elektronik (SPBE) Kota Tanjungpinang kembali berpredikat "
                          "Baik tahun ini. Kementerian juga menuntaskan evaluasi Reformasi Birokrasi (RB) atas 400 "
                          "daerah. Sejumlah daerah lain turut menerima hasil tersebut dengan predikat A dan BB, "
                          "antara lain Pemprov Jambi (A) dan Kota Batam (BB).", date(2022, 12, 8))._.awards
    name = "Sistem Pemerintahan Berbasis Elektronik (SPBE)"
    assert {(a.recipient.name, a.name) for a in awards} == {
        ("Pemerintah Kota Tanjungpinang", name), ("Pemerintah Provinsi Jambi", name), ("Pemerintah Kota Batam", name)}


@pytest.mark.parametrize("categories", ["Puskesmas Ramah Lansia dan Layanan Gizi Terpadu",
                                        "Puskesmas Ramah Lansia dan kategori Layanan Gizi Terpadu"])
def test_categories_after_masing_masing_go_one_to_each_member_in_order(nlp, categories):
    awards = analyse(nlp, "Puskesmas Sungai Buluh dan Puskesmas Teluk Bakau sama-sama meraih Anugerah Layanan Sehat "
                          f"Nusantara 2024, masing-masing untuk kategori {categories}.", date(2024, 12, 10))._.awards
    assert {(a.recipient.name, a.category) for a in awards} == {
        ("Puskesmas Sungai Buluh", "Puskesmas Ramah Lansia"), ("Puskesmas Teluk Bakau", "Layanan Gizi Terpadu")}


def test_a_place_told_with_going_home_without_an_award_is_no_award(nlp):
    doc = analyse(nlp, "Pemerintah Kota Batam meraih peringkat pertama Anugerah Tata Kelola Nusantara 2025. Tahun "
                       "lalu, kota itu berada di urutan keempat dengan skor 79,35 dan pulang tanpa penghargaan.",
                  date(2025, 3, 4))
    assert [(a.recipient.name, a.year) for a in doc._.awards] == [("Pemerintah Kota Batam", 2025)]
    assert [(s.entity.name, s.year, s.value) for s in doc._.scores] == [("Pemerintah Kota Batam", 2024, 79.35)]


@pytest.mark.parametrize("text, giver", [
    ("Pemkab Lingga meraih Anugerah Desa Cerdas 2024 dari Bumi Lestari Awards Committee.", "Bumi Lestari Awards Committee"),
    ("Nawala Pesisir Media Group memberikan Anugerah Desa Cerdas 2024 kepada Pemkab Lingga.", "Nawala Pesisir Media Group"),
    ("Pemkab Lingga dianugerahi Anugerah Desa Cerdas 2024 oleh Institute for Rural Futures.", "Institute for Rural Futures"),
    ("Pemkab Lingga meraih Anugerah Desa Cerdas 2024 dari portal berita kabarpesisir.com.", "kabarpesisir.com"),
    ("Pemkab Lingga meraih Anugerah Desa Cerdas 2024 persembahan Tabloid Suara Pesisir.", "Tabloid Suara Pesisir"),
    ("Pemkab Lingga meraih Anugerah Desa Cerdas 2024, dikutip dari kabarpesisir.com.", None)])
def test_a_body_no_gazetteer_knows_gives_by_its_shape(nlp, text, giver):
    # an organisation's word anywhere in a capitalised name, a news site named as such, a word of
    # presenting after the award; a bare address is only where a text was quoted from
    awards = analyse(nlp, text, date(2024, 12, 10))._.awards
    assert [a.giver.name if a.giver else None for a in awards] == [giver]


@pytest.mark.parametrize("handed, giver", [
    ("diserahkan langsung oleh Ketua Umum Perkumpulan Pegiat Pesisir, Ir. Rahmat Hidayat,", "Perkumpulan Pegiat Pesisir"),
    ("diserahkan oleh Ir. Rahmat Hidayat, M.Si., Pemimpin Redaksi Harian Cahaya Timur,", "Harian Cahaya Timur"),
    ("diserahkan Direktur Jenderal Tata Kelola dan Media, Rahmat Hidayat,", None)])
def test_the_body_an_official_who_hands_it_over_heads_gives(nlp, handed, giver):
    # a title before or after the official's name, then the body: not an office's field of work
    awards = analyse(nlp, "Pemkab Lingga meraih Anugerah Desa Cerdas 2024. Penghargaan itu "
                          f"{handed} kepada Pemkab Lingga.", date(2024, 12, 10))._.awards
    assert [a.giver.name if a.giver else None for a in awards] == [giver]


def test_a_body_organising_with_the_organiser_wins_nothing(nlp):
    awards = analyse(nlp, "Pemkab Lingga meraih Anugerah Desa Cerdas 2024 yang digelar Lembaga Kajian Desa (LKD) "
                          "bersama Forum Pemerhati Desa.", date(2024, 12, 10))._.awards
    assert [(a.recipient.name, a.giver.name if a.giver else None) for a in awards] == [
        ("Pemerintah Kabupaten Lingga", "Lembaga Kajian Desa")]


def test_an_earlier_award_in_a_fronted_clause_leaves_the_main_clause_this_years_with_its_own_giver(nlp):
    # "Setelah sebelumnya meraih X dari A, R kini meraih Y dari B": the earlier time and giver are
    # the fronted clause's; Y is now, from B
    awards = analyse(nlp, "Setelah sebelumnya meraih Anugerah Kota Bersih dari Lembaga Kajian Kota, Pemkot Tual kini "
                          "meraih Penghargaan Daerah Peduli Gizi 2024 dari Cahaya Pagi Media Group.",
                     date(2024, 12, 10))._.awards
    assert [(a.name, a.year, a.giver.name if a.giver else None) for a in awards
            if a.name.startswith("Penghargaan")] == [("Penghargaan Daerah Peduli Gizi", 2024, "Cahaya Pagi Media Group")]
