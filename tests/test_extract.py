"""Focused extraction cases on sentences written for these tests (fictional places and people)."""

from __future__ import annotations

from datetime import date

from pipeline.extract import found_in
from tests.extract_support import analyse


def run(nlp, text, published=date(2024, 12, 10)):
    doc = analyse(nlp, text, published)
    return doc._.awards, doc._.scores


def scores_of(scores):
    return {(s.entity.name, s.year, s.value) for s in scores}


def test_unit_scores_belong_to_the_unit(nlp):
    _, scores = run(nlp, "Pemkot Kali Jernih meraih penghargaan Predikat Kepatuhan Tahun 2024 "
                         "dari Ombudsman RI. Di antaranya Puskesmas Batu Putih dengan nilai 96,10.")
    assert ("Puskesmas Batu Putih", 2024, 96.1) in scores_of(scores)  # known by its own name


def test_thresholds_and_targets_are_not_scores(nlp):
    _, scores = run(nlp, "Pemkot Kali Jernih memperoleh nilai 91,20 pada penilaian Tahun 2024. "
                         "Daerah masuk zona hijau apabila memperoleh nilai 78,00 hingga 100. "
                         "Pemkot menargetkan nilai mencapai 95 pada 2025.")
    assert scores_of(scores) == {("Pemerintah Kota Kali Jernih", 2024, 91.2)}


def test_previous_value_takes_the_year_after_it(nlp):
    _, scores = run(nlp, "Pemkab Lereng Asri meraih indeks 3,40 dalam evaluasi SPBE Tahun 2024. "
                         "Indeks tersebut naik dari 2,90 pada tahun 2023.")
    assert ("Pemerintah Kabupaten Lereng Asri", 2023, 2.9) in scores_of(scores)


def test_saat_itu_refers_to_last_year(nlp):
    _, scores = run(nlp, "Pemkab Lereng Asri meraih nilai 97,00 dalam Anugerah KIP Tahun 2024. "
                         "Capaian ini naik dibanding tahun lalu. Saat itu Lereng Asri "
                         "berada pada kualifikasi Menuju Informatif dengan nilai 80,50.")
    assert ("Pemerintah Kabupaten Lereng Asri", 2023, 80.5) in scores_of(scores)


def test_grade_only_award_takes_the_assessment_name(nlp):
    awards, _ = run(nlp, "Pemerintah Kota Teluk Damai naik kelas dalam evaluasi Sistem Akuntabilitas "
                         "Kinerja Instansi Pemerintah (SAKIP) Tahun 2024. Kota tersebut meraih "
                         "predikat BB dengan nilai 72,10.")
    (award,) = awards
    assert award.grade == "BB" and award.year == 2024 and award.score == 72.1
    assert award.name.startswith("Penghargaan Sistem Akuntabilitas")


def test_joint_recipients(nlp):
    awards, _ = run(nlp, "Disdukcapil dan RSUD Kota Teluk Damai dianugerahi predikat Zona "
                         "Integritas Tahun 2024 oleh KemenPAN-RB.")
    assert len(awards) == 2


def test_same_ceremony_inherits_place_and_date(nlp):
    awards, _ = run(nlp, "Pemkab Bukit Indah meraih Piala Adipura Tahun 2024 dari KLHK. Piala "
                         "diserahkan di Gedung Serbaguna, Jakarta, Selasa (3/12/2024). Pada acara "
                         "yang sama, Kabupaten Lembah Teduh menerima Sertifikat Adipura.")
    second = [a for a in awards if "Lembah Teduh" in a.recipient.name][0]
    assert second.place == "Gedung Serbaguna, Jakarta" and second.date == "2024-12-03"
    assert second.giver is not None


def test_list_of_winners(nlp):
    awards, _ = run(nlp, "Malam puncak Anugerah Lagu Pelangi 2024 digelar di Istora Senayan, Jakarta, "
                         "Sabtu (7/12/2024).\nLagu Terbaik: Sinta Wulan – Hujan Pagi\n"
                         "Duo Terbaik: Agus Prasetyo dan Rina Kusuma – Senja Kita\n")
    names = {a.recipient.name: a for a in awards}
    assert set(names) == {"Sinta Wulan", "Agus Prasetyo", "Rina Kusuma"}
    assert names["Rina Kusuma"].category == "Duo Terbaik"
    assert names["Sinta Wulan"].name == "Anugerah Lagu Pelangi"


def test_nomination_is_not_an_award(nlp):
    awards, _ = run(nlp, "Kabupaten Rawa Jaya masuk daftar nominasi Adipura. Bupati menargetkan "
                         "Rawa Jaya meraih Piala Adipura tahun depan.")
    assert awards == ()


def test_found_in_lists_names(rules):
    assert "Pemkab Lereng Asri" in found_in("Pemkab Lereng Asri meraih skor 70.", rules)


def test_person_described_by_a_unit_is_the_recipient(nlp):
    awards, _ = run(nlp, "Dokter Puskesmas Batu Putih, dr. Sari Wulandari, dinobatkan sebagai "
                         "Juara II Tenaga Medis Berprestasi Tahun 2024 oleh Kementerian Kesehatan.")
    assert [(a.recipient.name, a.grade, a.received_by) for a in awards] == \
        [("Sari Wulandari", "Juara II", None)]


def test_opinion_name_in_the_long_form_the_article_defined(nlp):
    awards, _ = run(nlp, "Pemkab Kali Jernih meraih opini Wajar Tanpa Pengecualian (WTP) dari BPK. "
                         "Pada acara yang sama, Pemkot Batu Putih juga memperoleh opini WTP atas "
                         "LKPD Tahun Anggaran 2023.")
    assert {a.name for a in awards} == {"Opini Wajar Tanpa Pengecualian (WTP)"}


def test_co_recipients_each_with_their_own_official(nlp):
    awards, _ = run(nlp, "Dinas Kesehatan (Dinkes) dan RSUD Kota Kali Jernih dianugerahi predikat "
                         "Zona Integritas menuju Wilayah Bebas dari Korupsi (WBK) Tahun 2024. "
                         "Penghargaan diserahkan kepada Kepala Dinkes Kota Kali Jernih, Budi Santosa, "
                         "dan Direktur RSUD Kota Kali Jernih, dr. Rina Kurnia, di Hotel Mawar, Jakarta.")
    got = {(a.recipient.name, a.received_by, a.category) for a in awards}
    assert ("Dinas Kesehatan Kota Kali Jernih", "Budi Santosa", "Wilayah Bebas dari Korupsi (WBK)") in got
    assert len(got) == 2 and {a.place for a in awards} == {"Hotel Mawar, Jakarta"}


def test_earlier_grade_stated_with_berpredikat(nlp):
    awards, _ = run(nlp, "Pemkot Kali Jernih meraih predikat A dalam evaluasi Sistem Akuntabilitas "
                         "Kinerja Instansi Pemerintah (SAKIP) Tahun 2024. Tahun lalu, Kali Jernih "
                         "masih berpredikat BB.")
    assert {(a.year, a.grade) for a in awards} == {(2024, "A"), (2023, "BB")}


def test_receiver_after_a_split_honorific_and_a_department(nlp):
    awards, _ = run(nlp, "PT Kali Jernih Makmur meraih Penghargaan Industri Hijau Tahun 2024 dari "
                         "Kementerian Perindustrian. Penghargaan tersebut diterima Direktur Produksi "
                         "PT Kali Jernih Makmur, Ir. Budi Santosa.")
    assert [a.received_by for a in awards] == ["Budi Santosa"]


def test_organiser_of_the_event_gives_the_award(nlp):
    awards, _ = run(nlp, "PT Kali Jernih Makmur meraih Anugerah Layanan Prima 2024 yang "
                         "diselenggarakan Majalah Niaga Sejahtera di Hotel Mawar, Jakarta.")
    assert [(a.giver.name if a.giver else None, a.place) for a in awards] == \
        [("Majalah Niaga Sejahtera", "Hotel Mawar, Jakarta")]


def test_grade_only_award_takes_the_giver_of_the_assessment(nlp):
    awards, _ = run(nlp, "Pemkab Kali Jernih menerima penghargaan dari Komisi Pemberantasan Korupsi "
                         "(KPK) atas capaian Monitoring Center for Prevention (MCP) Tahun 2024. "
                         "Kali Jernih menempati peringkat II dengan capaian 90,1 persen.")
    assert [(a.grade, a.giver.name if a.giver else None) for a in awards] == \
        [("Peringkat II", "Komisi Pemberantasan Korupsi")]


def test_degree_full_stop_does_not_end_the_sentence(nlp):
    awards, _ = run(nlp, "RSUD Kali Jernih meraih Penghargaan Rumah Sakit Ramah Anak Tahun 2024 dari "
                         "Kementerian Kesehatan. Penghargaan diserahkan kepada Direktur RSUD Kali "
                         "Jernih, dr. Rina Kurnia, Sp.PD, di Hotel Mawar, Jakarta, Senin (4/11/2024).")
    assert [(a.place, a.date) for a in awards] == [("Hotel Mawar, Jakarta", "2024-11-04")]


def test_a_degree_closing_a_name_before_a_capital_ends_the_sentence(nlp):
    doc = nlp("Piala diterima Kepala Kantor, Rina Kurnia, S.H., M.Si. Kantor itu dinilai unggul.")
    assert [s.text for s in doc.sents] == ["Piala diterima Kepala Kantor, Rina Kurnia, S.H., M.Si.",
                                           "Kantor itu dinilai unggul."]


def test_accreditation_named_after_the_kind_of_recipient(nlp):
    awards, _ = run(nlp, "RSUD Kali Jernih meraih status akreditasi tingkat Paripurna dari Komisi "
                         "Akreditasi Rumah Sakit (KARS). Sebelumnya, pada 2023 Puskesmas Batu Putih "
                         "di Kabupaten Kali Jernih juga terakreditasi Paripurna.")
    assert {a.name for a in awards} == {"Akreditasi Rumah Sakit", "Akreditasi Puskesmas"}


def test_name_ends_with_its_level(nlp):
    awards, _ = run(nlp, "Bidan Sari Wulandari dinobatkan sebagai Juara I Bidan Teladan di Desa "
                         "Tingkat Nasional Tahun 2024 oleh Kementerian Kesehatan.")
    assert [a.name for a in awards] == ["Bidan Teladan di Desa Tingkat Nasional"]


def test_keduanya_gives_both_awards_the_handover(nlp):
    awards, _ = run(nlp, "Bidan Sari Wulandari dinobatkan sebagai Juara I Bidan Teladan Tahun 2024 "
                         "oleh Kementerian Kesehatan. Bidan Rina Kurnia menyabet Juara II dalam ajang "
                         "yang sama. Keduanya menerima penghargaan di Hotel Mawar, Jakarta, Kamis (15/8/2024).")
    assert {(a.recipient.name, a.date, a.place) for a in awards} == {
        ("Sari Wulandari", "2024-08-15", "Hotel Mawar, Jakarta"),
        ("Rina Kurnia", "2024-08-15", "Hotel Mawar, Jakarta")}


def test_bare_weekday_is_the_publication_week(nlp):
    awards, _ = run(nlp, "Pemkot Kali Jernih meraih Piala Adipura Tahun 2023 dari Kementerian "
                         "Lingkungan Hidup. Piala Adipura diserahkan di Gedung Manggala, Jakarta, Selasa.",
                    published=date(2024, 3, 7))
    assert [a.date for a in awards] == ["2024-03-05"]


def test_letter_grade_before_a_full_stop_and_a_title_inside_a_place(nlp):
    awards, _ = run(nlp, "Pemkot Kali Jernih meraih Anugerah Pelayanan Prima Tahun 2024 dari Komisi "
                         "Informasi Pusat. Penghargaan diserahkan di Istana Wakil Presiden, Jakarta. "
                         "Kali Jernih memperoleh nilai 95,12 dengan predikat A. Kali Jernih menjadi "
                         "terbaik ketiga nasional.")
    assert [(a.grade, a.received_by, a.place) for a in awards] == \
        [("A", None, "Istana Wakil Presiden, Jakarta")]


def test_name_with_the_initials_of_a_defined_abbreviation(nlp):
    awards, _ = run(nlp, "Pemkot Kali Jernih dinobatkan sebagai Kota Layak Anak (KLA) Tahun 2024 oleh "
                         "Kementerian PPPA. Pada malam penganugerahan yang sama, Kabupaten Batu Putih "
                         "meraih Kabupaten Layak Anak predikat Pratama.")
    assert {a.name for a in awards} == {"Kota Layak Anak (KLA)", "Kabupaten Layak Anak (KLA)"}


def test_category_of_capitalised_words(nlp):
    awards, _ = run(nlp, "Pemkab Kali Jernih menerima penghargaan Innovative Government Award (IGA) "
                         "Tahun 2023 dengan kategori Kabupaten Sangat Inovatif dari Kemendagri.")
    assert [a.category for a in awards] == ["Kabupaten Sangat Inovatif"]


def test_receiver_after_a_department_and_not_the_official_who_hands_over(nlp):
    awards, _ = run(nlp, "PT Kali Jernih Makmur meraih Anugerah Layanan Prima Tahun 2024 dari Kementerian "
                         "Perindustrian. Menteri PANRB, Budi Santosa, menyerahkan penghargaan tersebut. "
                         "Penghargaan diterima oleh Direktur SDM dan Umum, Rina Kurnia, S.E.")
    assert [a.received_by for a in awards] == ["Rina Kurnia"]


def test_receiver_with_a_two_word_title(nlp):
    awards, _ = run(nlp, "PT Kali Jernih Makmur meraih Anugerah Layanan Prima Tahun 2024 dari Kementerian "
                         "Perindustrian. Penghargaan diterima oleh Presiden Direktur, Ir. Budi Santosa.")
    assert [a.received_by for a in awards] == ["Budi Santosa"]


def test_earlier_years_grade_with_its_own_verb(nlp):
    awards, _ = run(nlp, "Pemkot Kali Jernih meraih predikat BB dalam evaluasi Sistem Akuntabilitas "
                         "Kinerja Instansi Pemerintah (SAKIP) Tahun 2024. Adapun pada tahun 2022, "
                         "predikat yang diterima masih CC.")
    assert {(a.year, a.grade) for a in awards} == {(2024, "BB"), (2022, "CC")}


def test_winner_of_two_category_lists_gets_two_records(nlp):
    awards, _ = run(nlp, "Anugerah Musik Kali Jernih 2024 digelar Yayasan Musik Kali Jernih di Hotel "
                         "Mawar, Jakarta, Sabtu (16/11/2024).\nAlbum Terbaik: Rina Kurnia\n"
                         "Kolaborasi Terbaik: Rina Kurnia dan Budi Santosa\n")
    assert sorted((a.recipient.name, a.category) for a in awards) == [
        ("Budi Santosa", "Kolaborasi Terbaik"), ("Rina Kurnia", "Album Terbaik"),
        ("Rina Kurnia", "Kolaborasi Terbaik")]


def test_earlier_qualification_said_with_berada(nlp):
    awards, _ = run(nlp, "Pemkab Kali Jernih menyabet predikat Informatif dalam Anugerah Keterbukaan "
                         "Informasi Publik Tahun 2024. Capaian ini melonjak dibanding tahun lalu. Saat "
                         "itu Kali Jernih baru berada pada kualifikasi Menuju Informatif dengan nilai 88,20.")
    assert {(a.year, a.category, a.score) for a in awards} == {
        (2024, "Informatif", None), (2023, "Menuju Informatif", 88.2)}


def test_second_differently_named_award_of_the_same_year(nlp):
    awards, _ = run(nlp, "Pemkab Kali Jernih menerima penghargaan Innovative Government Award (IGA) "
                         "Tahun 2023 dari Kemendagri. Selain itu, Pemkab Kali Jernih juga menerima "
                         "penghargaan hasil evaluasi Sistem Pemerintahan Berbasis Elektronik (SPBE) "
                         "Tahun 2023 dari KemenPAN-RB dengan indeks 3,52 (Baik).")
    got = {(a.name, a.category, a.score) for a in awards}
    assert ("Penghargaan hasil evaluasi Sistem Pemerintahan Berbasis Elektronik (SPBE)", "Baik",
            3.52) in got
    assert len(got) == 2


def test_two_categories_in_one_sentence_are_two_awards_of_the_ceremony(nlp):
    awards, _ = run(nlp, "PT Kali Jernih Makmur memboyong dua penghargaan dalam ajang Anugerah Layanan "
                         "Prima 2024 yang diselenggarakan Majalah Niaga Sejahtera di Hotel Mawar, "
                         "Jakarta, Kamis (19/9/2024). Kali Jernih Makmur meraih penghargaan untuk "
                         "kategori Best Governance dengan skor 92,40 dan kategori Best CSR Program.")
    got = {(a.category, a.score, a.date, a.giver.name if a.giver else None) for a in awards}
    assert got == {("Best Governance", 92.4, "2024-09-19", "Majalah Niaga Sejahtera"),
                   ("Best CSR Program", None, "2024-09-19", "Majalah Niaga Sejahtera")}


def test_title_without_award_word_is_a_category_of_the_ceremony(nlp):
    awards, _ = run(nlp, "PT Kali Jernih Makmur meraih Anugerah Layanan Prima 2024 yang diselenggarakan "
                         "Majalah Niaga Sejahtera di Hotel Mawar, Jakarta, Kamis (19/9/2024). Selain itu, "
                         "Direktur Utama Kali Jernih Makmur, Budi Santosa, dinobatkan sebagai The Best CEO.")
    got = {(a.recipient.name, a.name, a.category, a.date) for a in awards}
    assert ("Budi Santosa", "Anugerah Layanan Prima", "The Best CEO", "2024-09-19") in got


def test_award_given_to_a_person_after_kepada(nlp):
    awards, _ = run(nlp, "Di sela-sela acara, diberikan pula Penghargaan Pelestari Sungai kepada "
                         "Ratna Wulandari Siregar atas upayanya menjaga Sungai Kali Jernih.")
    got = {(a.recipient.name, a.recipient.type, a.name) for a in awards}
    assert got == {("Ratna Wulandari Siregar", "person", "Penghargaan Pelestari Sungai")}


def test_award_given_to_listed_companies_after_kepada(nlp):
    awards, _ = run(nlp, "Wakil Menteri menyerahkan penghargaan Anugerah Industri Hijau Tahun 2024 "
                         "kepada PT Kali Jernih Makmur dan PT Sumber Rejo Abadi.")
    got = {(a.recipient.name, a.year) for a in awards}
    assert got == {("PT Kali Jernih Makmur", 2024), ("PT Sumber Rejo Abadi", 2024)}


def test_organiser_gives_a_special_category_of_its_ceremony(nlp):
    awards, _ = run(nlp, "Malam puncak Anugerah Seni Kali Jernih 2024 yang digelar Yayasan Seni Kali "
                         "Jernih berlangsung di Gedung Kesenian Mawar, Kamis (19/9/2024). Selain kategori "
                         "reguler, panitia juga memberikan Penghargaan Karya Sepanjang Hayat kepada "
                         "pelukis senior Bambang Sutrisno.")
    got = {(a.recipient.name, a.name, a.category, a.date, a.giver.name if a.giver else None)
           for a in awards}
    assert got == {("Bambang Sutrisno", "Anugerah Seni Kali Jernih", "Penghargaan Karya Sepanjang Hayat",
                    "2024-09-19", "Yayasan Seni Kali Jernih")}


def test_giving_without_a_recipient_named_is_no_award(nlp):
    awards, _ = run(nlp, "Gubernur memberikan Penghargaan Pelestari Sungai kepada para pemenang.")
    assert awards == ()


def test_a_unit_entering_a_top_list_wins_it(nlp):
    awards, _ = run(nlp, "Inovasi milik Dinas Kesehatan Kabupaten Kali Jernih itu masuk Top 45 "
                         "Kompetisi Inovasi Pelayanan Publik (KIPP) Tahun 2023.")
    got = {(a.recipient.name, a.name, a.year) for a in awards}
    assert got == {("Dinas Kesehatan Kabupaten Kali Jernih",
                    "Top 45 Kompetisi Inovasi Pelayanan Publik (KIPP)", 2023)}


def test_class_of_an_order_is_its_grade(nlp):
    awards, _ = run(nlp, "Presiden menganugerahkan Bintang Jasa Pratama kepada Letkol Budi Santosa.")
    got = {(a.recipient.name, a.name, a.grade) for a in awards}
    assert got == {("Budi Santosa", "Bintang Jasa", "Pratama")}


def test_a_regulation_year_is_not_the_award_year(nlp):
    awards, _ = run(nlp, "Pemkot Kali Jernih menerima Penghargaan Pelestari Sungai, Senin (25/8/2025). "
                         "Berdasarkan Undang-Undang Nomor 20 Tahun 2009, penghargaan itu diberikan "
                         "setiap tahun.", published=None)
    assert {a.year for a in awards} == {2025}


def test_passive_with_oleh_later_in_the_sentence_names_the_recipient(nlp):
    awards, _ = run(nlp, "Penghargaan Adipura Kencana ini bukan yang pertama, namun sudah yang kelima "
                         "kalinya diterima oleh Pemerintah Kota (Pemkot) Kali Jernih.")
    assert {(a.recipient.name, a.name) for a in awards} == {
        ("Pemerintah Kota Kali Jernih", "Penghargaan Adipura Kencana")}


def test_lower_case_award_given_whole_before_kepada(nlp):
    awards, _ = run(nlp, "Di sela-sela acara, diberikan pula penghargaan khusus penjaga mangrove "
                         "kepada Ratna Wulandari Siregar.")
    assert {(a.recipient.name, a.name) for a in awards} == {
        ("Ratna Wulandari Siregar", "Penghargaan khusus penjaga mangrove")}


def test_english_style_name_ends_with_its_head(nlp):
    awards, _ = run(nlp, "Pemkab Kali Jernih meraih Universal Health Coverage (UHC) Award 2023 dari "
                         "BPJS Kesehatan.")
    assert {(a.name, a.year) for a in awards} == {("Universal Health Coverage (UHC) Award", 2023)}


def test_this_years_plans_do_not_date_an_earlier_assessment(nlp):
    awards, _ = run(nlp, "Pemkab Kali Jernih meraih Sakip Award, Selasa (29/1). Pada 2018 Pemkab Kali "
                         "Jernih meraih predikat BB. Tahun 2019 ini, sebanyak 45 daerah akan mendapat "
                         "dana insentif.", published=date(2019, 1, 29))
    assert {a.year for a in awards if a.name == "Sakip Award"} == {2018}


def test_fiscal_year_labels_the_assessment(nlp):
    awards, _ = run(nlp, "Pemkab Kali Jernih kembali menerima opini Wajar Tanpa Pengecualian (WTP) dari "
                         "BPK. Opini itu diberikan atas LKPD Tahun Anggaran 2023, Rabu (12/6/2024).",
                    published=date(2024, 6, 12))
    assert {a.year for a in awards} == {2023}


def test_a_tax_year_labels_the_assessment_as_a_fiscal_year_does(nlp):
    # handed over in the next calendar year; a later sentence speaks of the year before
    awards, _ = run(nlp, "KPP Pratama Kali Jernih memberikan penghargaan kepada wajib pajak paling patuh "
                         "sepanjang tahun pajak 2025. Penghargaan Apresiasi Wajib Pajak itu diserahkan di Aula "
                         "KPP, Rabu (11/2/2026). Peringkat pertama diraih PT Sumber Makmur. Baru 61.200 wajib "
                         "pajak yang menyampaikan SPT untuk tahun pajak 2024.", published=date(2026, 2, 12))
    assert {(a.recipient.name, a.year) for a in awards} == {("PT Sumber Makmur", 2025)}


def test_the_articles_awarding_body_gives_last_years_award_of_the_same_assessment_too(nlp):
    awards, _ = run(nlp, "Pemkab Kali Jernih meraih Penghargaan Sistem Akuntabilitas Kinerja Instansi "
                         "Pemerintah (SAKIP) Tahun 2024, Senin (9/12/2024). Penghargaan itu diserahkan "
                         "KemenPAN-RB kepada daerah dengan predikat terbaik. Tahun lalu, Pemkab Kali "
                         "Jernih meraih predikat B.")
    # last year's award of the same assessment has the same giver: the dev gold records the
    # giver for 22 of its 25 earlier-year awards
    givers = {a.year: a.giver.name if a.giver else None for a in awards}
    assert givers == {2024: "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
                      2023: "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"}


def test_weekday_decides_the_year_of_a_day_month_date_without_publication(nlp):
    # 29 January is a Tuesday in 2019, a Monday in 2018: the award for 2018 was handed over in 2019
    awards, _ = run(nlp, "Pemkab Kali Jernih meraih Penghargaan Pelestari Sungai Tahun 2018, Selasa (29/1).",
                    published=None)
    assert {a.date for a in awards} == {"2019-01-29"}


def test_a_period_is_not_a_handover_date(nlp):
    awards, _ = run(nlp, "Pemkab Kali Jernih menerima Penghargaan Pelestari Sungai untuk periode "
                         "1 Januari hingga 20 November 2023.")
    assert {a.date for a in awards} == {None}


def test_listed_recipients_get_the_articles_handover_date_and_place(nlp):
    awards, _ = run(nlp, "BPK Perwakilan Provinsi Jawa Tengah menyerahkan LHP atas LKPD Tahun 2023 pada "
                         "Jumat (10/05). Tiga LKPD yang memperoleh opini WTP adalah Pemkab Kali Jernih, "
                         "Pemkab Sumber Rejo, dan Pemkot Karang Sari. Penyerahan digelar di Auditorium "
                         "BPK Jateng.", published=None)
    got = {(a.recipient.name, a.date, a.place) for a in awards}
    assert got == {(name, "2024-05-10", "Auditorium BPK Jateng") for name in
                   ("Pemerintah Kabupaten Kali Jernih", "Pemerintah Kabupaten Sumber Rejo",
                    "Pemerintah Kota Karang Sari")}


def test_award_handed_over_later_in_the_sentence_to_listed_plants(nlp):
    awards, _ = run(nlp, "Pada kesempatan yang sama, tiga pabrik lainnya juga menerima Anugerah PROPER Hijau "
                         "Tahun 2024 yang diserahkan oleh Menteri Lingkungan Hidup kepada perwakilan "
                         "Pabrik Tirta Kali Jernih, Pabrik Tirta Sumber Rejo dan Pabrik Tirta Karang Sari.")
    got = {(a.recipient.name, a.name, a.category) for a in awards}
    assert got == {(plant, "Anugerah PROPER", "Hijau") for plant in
                   ("Pabrik Tirta Kali Jernih", "Pabrik Tirta Sumber Rejo", "Pabrik Tirta Karang Sari")}


def test_a_category_named_after_selain_is_not_the_awards(nlp):
    awards, _ = run(nlp, "Selain kategori Emas, PT Kali Jernih Abadi juga menerima PROPER Hijau Tahun 2024.")
    assert {a.category for a in awards} == {"Hijau"}


def test_company_abbreviation_in_brackets_is_the_same_recipient(nlp):
    awards, _ = run(nlp, "PT Pupuk Kali Jernih (Pukaje) meraih PROPER Tahun 2024 dari KLHK. "
                         "PT Pukaje meraih peringkat Hijau.")
    assert {a.recipient.name for a in awards} == {"PT Pupuk Kali Jernih"}


def test_a_colon_line_of_prose_is_no_winner_list(nlp):
    awards, _ = run(nlp, "Malam puncak Anugerah Seni Kali Jernih 2024 digelar Yayasan Seni Kali Jernih.\n"
                         "Berdasarkan Surat Keputusan Nomor: 12/2024 tentang Penetapan Pemenang, Kabupaten "
                         "Kali Jernih berhasil menyelenggarakan festival.\n"
                         "Lukisan Terbaik: Ratna Wulandari\n")
    assert {a.recipient.name for a in awards} == {"Ratna Wulandari"}


def test_lower_case_assessment_names_a_grade_only_award(nlp):
    awards, _ = run(nlp, "Pemkab Kali Jernih meraih predikat zona hijau untuk penilaian kepatuhan "
                         "penyelenggaraan pelayanan publik tahun 2024 dari Ombudsman RI.")
    assert {(a.name, a.category) for a in awards} == {
        ("Penghargaan Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik", "zona hijau")}


def test_years_listed_together_give_one_award_each(nlp):
    awards, _ = run(nlp, "Pemkab Kali Jernih meraih predikat zona hijau untuk penilaian kepatuhan "
                         "penyelenggaraan pelayanan publik dari Ombudsman RI. Pemkab Kali Jernih telah "
                         "tiga kali berturut-turut sejak Tahun 2021, 2022, dan 2023 mendapat zona hijau.")
    assert {2021, 2022, 2023} <= {a.year for a in awards}


def test_members_listed_after_a_counted_group_receive_its_grade(nlp):
    awards, _ = run(nlp, "Pemkab Kali Jernih meraih Penghargaan SAKIP Tahun 2018 dari KemenPAN-RB. "
                         "Provinsi Banten memiliki tiga daerah yang mendapat predikat tertinggi mencapai "
                         "BB. Di antaranya Kabupaten Kali Jernih dengan 74,54 poin, Kabupaten Sumber Rejo "
                         "74,15 poin, dan Kabupaten Karang Sari 70,15 poin.")
    got = {(a.recipient.name, a.grade, a.score) for a in awards}
    assert {("Pemerintah Kabupaten Sumber Rejo", "BB", 74.15),
            ("Pemerintah Kabupaten Karang Sari", "BB", 70.15)} <= got


def test_names_take_the_head_their_kind_is_known_by(nlp):
    awards, _ = run(nlp, "Pemkab Kali Jernih memperoleh predikat Wajar Tanpa Pengecualian (WTP) dari BPK "
                         "atas LKPD Tahun 2023.")
    assert {a.name for a in awards} == {"Opini Wajar Tanpa Pengecualian (WTP)"}


def test_one_long_name_with_dalam_is_not_split(nlp):
    awards, _ = run(nlp, "Wakil Presiden menyerahkan Anugerah Penilaian Peringkat Kinerja Perusahaan dalam "
                         "Pengelolaan Lingkungan (PROPER) Tahun 2024 kepada PT Kali Jernih Abadi.")
    assert {a.name for a in awards} == {
        "Anugerah Penilaian Peringkat Kinerja Perusahaan dalam Pengelolaan Lingkungan (PROPER)"}


def test_grade_then_dalam_then_the_programme(nlp):
    awards, _ = run(nlp, "Pemerintah Provinsi Kali Jernih dinobatkan sebagai provinsi pertama peraih "
                         "predikat AA dalam Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) "
                         "Tahun 2024.")
    assert {(a.name, a.grade) for a in awards} == {
        ("Predikat Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)", "AA")}


def test_bracketed_abbreviations_do_not_break_joined_recipients(nlp):
    awards, _ = run(nlp, "Dua BUMN, PT Kali Jernih (PTKJ) Tbk dan PT Pupuk Sumber Rejo (Pusre), meraih "
                         "penghargaan Proper Tahun 2018 dari Kementerian Lingkungan Hidup dan Kehutanan.")
    assert {a.recipient.name for a in awards} == {"PT Kali Jernih", "PT Pupuk Sumber Rejo"}


def test_each_recipient_takes_the_category_at_its_awards_name(nlp):
    awards, _ = run(nlp, "PT Kali Jernih menerima anugerah proper emas Tahun 2018 dan PT Pupuk Sumber Rejo "
                         "meraih anugerah proper hijau Tahun 2018.")
    assert {(a.recipient.name, a.category) for a in awards} == {
        ("PT Kali Jernih", "emas"), ("PT Pupuk Sumber Rejo", "hijau")}


def test_an_officials_region_known_to_the_gazetteer_precedes_the_name(nlp):
    awards, _ = run(nlp, "Pemprov Bali meraih Penghargaan Pelestari Sungai Tahun 2024. Penghargaan diserahkan "
                         "kepada Gubernur Bali Ketut Wirawan Putra di Gedung Kali Jernih, Kamis (19/9/2024).")
    assert {a.received_by for a in awards} == {"Ketut Wirawan Putra"}


def test_categories_won_listed_after_the_award_give_one_award_each(nlp):
    awards, _ = run(nlp, "PT Kali Jernih Tbk meraih 3 penghargaan sekaligus dalam acara Anugerah BUMN 2024 "
                         "yang berlangsung di Hotel Mawar, Jakarta, Kamis (9/7/2024) malam. Kali Jernih "
                         "menjadi jawara di 3 kategori. Tiga kategori tersebut adalah Best CEO; Best BUMN, "
                         "Tata Kelola Perusahaan (GCG); dan Best Aliansi Strategis.")
    got = {(a.recipient.name, a.name, a.category, a.date) for a in awards}
    assert got == {("PT Kali Jernih Tbk", "Anugerah BUMN", c, "2024-07-09") for c in
                   ("Best CEO", "Best BUMN, Tata Kelola Perusahaan (GCG)", "Best Aliansi Strategis")}


def test_a_grade_a_year_gives_one_award_each(nlp):
    awards, _ = run(nlp, "Pemkab Kali Jernih meraih Penghargaan SAKIP Tahun 2018 dari KemenPAN-RB. Untuk "
                         "tahun 2012 sampai 2015 mendapat predikat CC, meningkat tahun 2016 predikatnya B. "
                         "Meningkat kembali tahun 2017 predikatnya BB.")
    got = {(a.year, a.grade, a.date) for a in awards if a.year != 2018}
    assert got == {(2016, "B", None), (2017, "BB", None)}


def test_the_same_award_handed_to_more_recipients(nlp):
    awards, _ = run(nlp, "Pemkab Kali Jernih menerima UHC Award 2024 kategori Utama dari BPJS Kesehatan. "
                         "Dalam kesempatan yang sama, penghargaan yang sama juga diserahkan kepada Pemkab "
                         "Sumber Rejo dan Pemkot Karang Sari.")
    got = {(a.recipient.name, a.name, a.grade, a.category, a.year) for a in awards}
    assert got == {(r, "UHC Award", "Utama", None, 2024) for r in
                   ("Pemerintah Kabupaten Kali Jernih", "Pemerintah Kabupaten Sumber Rejo",
                    "Pemerintah Kota Karang Sari")}


def test_years_listed_before_a_named_award_give_one_award_each(nlp):
    awards, _ = run(nlp, "Sebelumnya, Pemkot Kali Jernih telah tiga kali berturut-turut sejak Tahun 2019, "
                         "2021, dan 2023 meraih Swasti Saba Wiwerda.")
    assert {(a.year, a.grade) for a in awards} == {(2019, "Wiwerda"), (2021, "Wiwerda"),
                                                  (2023, "Wiwerda")}


def test_a_body_that_is_not_the_organiser_gives_its_own_named_award(nlp):
    awards, _ = run(nlp, "Pemkot Kali Jernih meraih Swasti Saba Wistara Tahun 2025 dari Kemenkes di Hotel "
                         "Mawar, Jakarta, Rabu (19/11/2025). Pada acara yang sama, Kemenkes juga memberikan "
                         "penghargaan Kader Kesehatan Teladan kepada Sri Wahyuni, kader Posyandu Melati.")
    got = {(a.recipient.name, a.name, a.category) for a in awards}
    assert ("Sri Wahyuni", "Kader Kesehatan Teladan", None) in got


def test_a_one_word_name_keeps_its_spelled_out_form(nlp):
    awards, _ = run(nlp, "PT Kali Jernih meraih penghargaan Proper (Program Penilaian Peringkat Kinerja "
                         "Perusahaan) 2018 dari Kementerian Lingkungan Hidup dan Kehutanan.")
    assert {a.name for a in awards} == {"Proper (Program Penilaian Peringkat Kinerja Perusahaan)"}


def test_a_labelled_list_of_years_dates_the_article_by_its_latest(nlp):
    awards, _ = run(nlp, "Pemkab Kali Jernih meraih predikat zona hijau untuk penilaian kepatuhan "
                         "penyelenggaraan pelayanan publik dari Ombudsman RI. Penghargaan serupa "
                         "diterimanya sejak Tahun 2021, 2022, dan 2023.", published=None)
    assert {a.year for a in awards} == {2023}


def test_an_accreditation_named_with_its_class(nlp):
    awards, _ = run(nlp, "RSUD Kali Jernih berhasil mempertahankan akreditasi Paripurna dari KARS Tahun 2024.")
    assert {(a.name, a.grade) for a in awards} == {("Akreditasi Rumah Sakit", "Paripurna")}


def test_a_competition_won_with_a_rank(nlp):
    awards, _ = run(nlp, "Pemkab Kali Jernih meraih juara 1 Lomba Inovasi Daerah Tahun 2024 dengan skor "
                         "87,3 persen.")
    assert {(a.name, a.grade, a.score) for a in awards} == {("Lomba Inovasi Daerah", "Juara I", 87.3)}


def test_a_region_after_di_is_no_subject_when_recipients_are_listed(nlp):
    awards, _ = run(nlp, "Delapan kota di Jawa Tengah meraih Piala Adipura Tahun 2024, yakni Kota Kali "
                         "Jernih, Kota Sumber Rejo, dan Kota Karang Sari.")
    assert {a.recipient.name for a in awards} == {
        "Pemerintah Kota Kali Jernih", "Pemerintah Kota Sumber Rejo", "Pemerintah Kota Karang Sari"}


def test_a_class_after_kategori_is_the_grade_and_no_year_joins_it(nlp):
    awards, _ = run(nlp, "Pemkot Sumber Rejo meraih predikat Kota Layak Anak (KLA) kategori Nindya Tahun "
                         "2024 dari KemenPPPA.")
    assert {(a.grade, a.category, a.year) for a in awards} == {("Nindya", None, 2024)}


def test_a_stop_word_inside_a_name_its_acronym_spells(nlp):
    awards, _ = run(nlp, "Dinas Kesehatan Kota Kali Jernih meraih predikat Wilayah Bebas dari Korupsi (WBK) "
                         "Tahun 2024 dari KemenPAN-RB.")
    # (a class of the Zona Integritas award: the award is named by its kind, the class is its category)
    assert {(a.name, a.category) for a in awards} == {("Zona Integritas", "Wilayah Bebas dari Korupsi (WBK)")}


def test_a_page_in_another_language_is_not_read_by_the_indonesian_rules():
    from pipeline.extract import extract
    from pipeline.models import Article

    def article(text):
        return Article(url=None, site=None, title=None, published_at=None, author=None, text=text,
                       paragraphs=tuple(text.split("\n")))
    indonesian = ("Pemerintah Kota Kali Jernih meraih penghargaan Predikat Kepatuhan Tahun 2024 dari "
                  "Ombudsman RI dengan nilai 94,76. Penghargaan itu diterima oleh Sekda di Jakarta, "
                  "Rabu, dan menjadi yang pertama bagi kota ini sejak penilaian dimulai.")
    english = ("The city of Kali Jernih said on Wednesday that it was the first time the city had "
               "been praised by the ombudsman, and that the mayor would travel to the capital for "
               "a meeting with the ministers of the region in the coming weeks. Pemerintah Kota Kali "
               "Jernih meraih penghargaan Predikat Kepatuhan Tahun 2024 dengan nilai 94,76.")
    assert extract(article(indonesian)).awards
    found = extract(article(english))
    assert found.awards == () and found.scores == ()


def test_a_naming_verb_with_its_agent_and_a_title_with_its_edition_year(nlp):
    awards, _ = run(nlp, "Kampung Batu Putih, Distrik Lembah Sari, ditetapkan Komisi Pemberantasan Korupsi (KPK) "
                         "sebagai Kampung Berintegritas 2024. Kampung itu menyisihkan sembilan usulan lain.")
    assert [(a.recipient.name, a.name, a.year, a.giver and a.giver.name) for a in awards] == \
        [("Kampung Batu Putih", "Kampung Berintegritas", 2024, "Komisi Pemberantasan Korupsi")]


def test_a_title_without_a_year_or_an_agent_that_is_a_person_names_no_award(nlp):
    awards, _ = run(nlp, "Kampung Batu Putih ditetapkan Bupati Rahmat Hidayat sebagai Kampung Tangguh.")
    assert awards == ()


def test_a_village_named_by_an_award_programme_is_no_unit(nlp):
    found = found_in("Desa Kali Jernih ditetapkan sebagai Desa Antikorupsi oleh KPK pada 2024.")
    assert "Desa Kali Jernih" in found and "Desa Antikorupsi" not in found


def test_a_letter_grades_label_is_its_recipients_category(nlp):
    awards, _ = run(nlp, "Kota Kali Jernih meraih predikat A (Memuaskan) dalam evaluasi SAKIP Tahun 2024 dari "
                         "KemenPAN-RB. Kabupaten Lembah Sari mendapat predikat BB atau sangat baik dalam evaluasi "
                         "SAKIP tahun 2024.\nBerikut hasil daerah lainnya:\n"
                         "Kabupaten Batu Putih – B (Baik), nilai 62,75\nKabupaten Teluk Damai – CC (Cukup)\n")
    assert {a.recipient.name: (a.grade, a.category) for a in awards} == {
        "Pemerintah Kota Kali Jernih": ("A", "Memuaskan"),
        "Pemerintah Kabupaten Lembah Sari": ("BB", "Sangat Baik"),
        "Pemerintah Kabupaten Batu Putih": ("B", "Baik"),
        "Pemerintah Kabupaten Teluk Damai": ("CC", "Cukup")}


def test_the_agents_of_a_passive_are_the_subject_of_the_relative_clause_after_them(nlp):
    awards, _ = run(nlp, "Provinsi Nusa Samudra hanya diwakili oleh Kabupaten Lembah Sari dan Kota Batu Putih yang "
                         "sama-sama meraih predikat Madya pada Anugerah Parahita Ekapraya 2024.")
    assert {(a.recipient.name, a.grade) for a in awards} == {("Pemerintah Kabupaten Lembah Sari", "Madya"),
                                                             ("Pemerintah Kota Batu Putih", "Madya")}


def test_a_place_before_a_relative_clause_receives_nothing(nlp):
    awards, _ = run(nlp, "Penyerahan digelar di Kota Batu Putih yang sama-sama mendapatkan perhatian warga.")
    assert awards == ()


def test_an_award_named_without_a_head_word_after_a_verb_that_confers_it(nlp):
    # an award of a kind no rule names, told only by its own capitalised words after the verb
    awards, _ = run(nlp, "Kabupaten Kali Jernih kembali meraih Wiyata Sarana Nugraha 2024 dari Kementerian "
                         "Perhubungan. Bupati Sleman menerima Manggala Bakti Kencana dari Kepala BKKBN.")
    assert {(a.recipient.name, a.name) for a in awards} == {
        ("Pemerintah Kabupaten Kali Jernih", "Wiyata Sarana Nugraha"),
        ("Pemerintah Kabupaten Sleman", "Manggala Bakti Kencana")}
    # a person received, a report, a gift, a winner's title: none is an award's name
    for text in ("Bupati Kali Jernih menerima Budi Santoso, Ketua KONI, di pendopo.",
                 "Pemkab Kali Jernih menerima Laporan Hasil Pemeriksaan atas LKPD 2024.",
                 "Pemkab Kali Jernih menerima Dana Insentif Daerah 2024."):
        awards, _ = run(nlp, text)
        assert awards == (), text


def test_a_capitalised_bersama_is_a_word_of_a_name_and_an_app_told_in_quotes_wins(nlp):
    awards, _ = run(nlp, 'Anugerah Ekonomi Rakyat 2024 diraih Koperasi Serba Usaha Maju Bersama dan aplikasi '
                         '"Pasar Tani Digital".')
    assert {a.recipient.name for a in awards} == {"Koperasi Serba Usaha Maju Bersama", "Pasar Tani Digital"}


def test_a_counted_noun_right_after_the_verb_of_winning_names_the_winners_and_a_role_opens_a_person(nlp):
    awards, _ = run(nlp, "Anugerah Pustaka Lestari 2024 diraih oleh dua peserta, yakni Kabupaten Kali Jernih dan "
                         "Kota Batu Putih. Pustakawan Rina Kurniawati menerima Anugerah Pustaka Lestari 2024.")
    assert {a.recipient.name for a in awards} == {"Pemerintah Kabupaten Kali Jernih", "Pemerintah Kota Batu Putih",
                                                  "Rina Kurniawati"}
    # who an assessment took in is no winner
    awards, _ = run(nlp, "Penilaian Anugerah Pustaka Lestari 2024 diikuti 40 peserta, di antaranya Kabupaten Kali "
                         "Jernih dan Kota Batu Putih.")
    assert awards == ()
