"""One award told in the many ways news writes it: every phrasing keeps the record (recipient,
name, year). Sentences written for this test; the place and award are invented or generic."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_support import analyse

A = "Anugerah Layanan Prima 2025"
S = "Pemerintah Kabupaten Sleman"

PHRASINGS = [
 f"Kabupaten Sleman meraih {A} dari Kementerian Dalam Negeri.",
 f"Pemerintah Kabupaten (Pemkab) Sleman berhasil meraih {A}.",
 f"Pemkab Sleman sukses meraih {A} dari Kemendagri.",
 f"Pemkab Sleman kembali menorehkan prestasi. Kali ini, Pemkab Sleman meraih {A}.",
 f"Prestasi membanggakan kembali diraih Pemkab Sleman. Pemkab Sleman meraih {A}.",
 f"Pemkab Sleman meraih {A} pada Rabu (3/12/2025).",
 f"Pemkab Sleman meraih {A}, Rabu (3/12/2025) malam.",
 f"Pemkab Sleman meraih {A} baru-baru ini.",
 f"Pemkab Sleman meraih {A} belum lama ini.",
 f"Pemkab Sleman meraih {A} beberapa waktu lalu.",
 f"Pemkab Sleman meraih {A} akhir pekan lalu.",
 f"Pemkab Sleman meraih {A} pada awal Desember 2025.",
 f"Kemarin, Pemkab Sleman meraih {A}.",
 f"Pemkab Sleman meraih {A} pada Rabu lalu.",
 f"Pekan lalu, Pemkab Sleman meraih {A}.",
 f"Sehari sebelumnya, Pemkab Sleman meraih {A}.",
 f"Pemkab Sleman termasuk penerima {A}.",
 f"Pemkab Sleman kembali dipercaya menerima {A}.",
 f"Pemkab Sleman menjadi daerah peraih {A}.",
 f"Pemkab Sleman dan Pemkab Bantul menjadi dua daerah peraih {A}.",
 f"Pemkab Sleman, Daerah Istimewa Yogyakarta, meraih {A}.",
 f"Pemkab Sleman di bawah kepemimpinan Bupati Rahmat Santoso meraih {A}.",
 f"Pemkab Sleman meraih penghargaan bergengsi, yakni {A}.",
 f"Pemkab Sleman menorehkan prestasi dengan meraih {A}.",
 f"Pemkab Sleman dianugerahi {A} oleh Kementerian Dalam Negeri.",
 f"Pemkab Sleman diganjar {A}.",
 f"Pemkab Sleman mendapat {A} dari Kementerian Dalam Negeri.",
 f"Pemkab Sleman memboyong {A}.",
 f"Pemkab Sleman menyabet {A}.",
 f"{A} diraih Pemkab Sleman.",
 f"{A} berhasil diraih oleh Pemkab Sleman.",
 f"{A} diberikan kepada Pemkab Sleman.",
 f"Kementerian Dalam Negeri memberikan {A} kepada Pemkab Sleman.",
 f"Kementerian Dalam Negeri menganugerahkan {A} kepada Pemkab Sleman.",
 f"Menteri Dalam Negeri menyerahkan {A} kepada Bupati Sleman.",
 f"Bupati Sleman menerima {A} dari Menteri Dalam Negeri.",
 f"Bupati Sleman Rahmat Santoso menerima {A} dari Menteri Dalam Negeri.",
 f"Bupati Sleman, Rahmat Santoso, menerima {A}.",
 f"Sleman meraih {A}.",
 f"Sleman kembali meraih {A}.",
 f"Kabar gembira datang dari Sleman. Pemkab Sleman meraih {A}.",
 f"Pemkab Sleman meraih {A}. Penghargaan tersebut diserahkan langsung oleh Menteri Dalam Negeri kepada Bupati Sleman.",
 f"Pemkab Sleman meraih {A} kategori kabupaten.",
 f"Pemkab Sleman meraih {A} untuk kategori kabupaten.",
 f"Pemkab Sleman meraih {A} dengan nilai 92,5.",
 f"Pemkab Sleman meraih {A} dengan predikat Sangat Baik.",
 f"Pemkab Sleman berhasil meraih peringkat pertama dalam {A}.",
 f"Pemkab Sleman meraih juara pertama {A}.",
 f"Pemkab Sleman keluar sebagai juara pertama {A}.",
 f"Pemkab Sleman dinobatkan sebagai terbaik pertama dalam {A}.",
 f"Pemkab Sleman ditetapkan sebagai penerima {A}.",
 f"Pemkab Sleman menjadi salah satu penerima {A}.",
 f"Pemkab Sleman termasuk dalam daftar penerima {A}.",
 f"Pemkab Sleman berhak atas {A}.",
 f"Atas capaian itu, Pemkab Sleman meraih {A}.",
 f"Berkat inovasinya, Pemkab Sleman meraih {A}.",
 f"Pemkab Sleman kembali meraih {A}, setelah tahun lalu meraih penghargaan serupa.",
 f"Pemkab Sleman meraih {A} yang diserahkan di Jakarta.",
 f"Pemkab Sleman meraih {A} yang digelar Kementerian Dalam Negeri.",
 f"Pemkab Sleman meraih {A} yang diselenggarakan oleh Kementerian Dalam Negeri di Jakarta, Rabu (3/12/2025).",
 f"Pemkab Sleman meraih {A} setelah melalui penilaian panjang.",
 f"Pemkab Sleman meraih {A} usai dinilai tim independen.",
 f"Pemkab Sleman mendapatkan apresiasi berupa {A}.",
 f"Pemkab Sleman mendapatkan penghargaan berupa {A}.",
 f"Pemkab Sleman meraih penghargaan {A} tingkat nasional.",
 f"Penghargaan {A} kembali diraih oleh Pemkab Sleman.",
 f"Pemerintah Kabupaten Sleman patut berbangga. Pasalnya, Pemkab Sleman meraih {A}.",
 f"Pemkab Sleman melalui Dinas Penanaman Modal meraih {A}.",
 f"Pemkab Sleman lewat inovasi Lapor Bupati meraih {A}.",
 f"Pemkab Sleman bersama Pemkot Yogyakarta meraih {A}.",
 f"Pemkab Sleman meraih {A}. Sebelumnya, Pemkab Sleman juga meraih Anugerah Keterbukaan Informasi 2024.",
]


@pytest.mark.parametrize("text", PHRASINGS)
def test_each_phrasing_keeps_the_record(nlp, text):
    awards = analyse(nlp, text, date(2025, 12, 4))._.awards
    assert any(a.recipient.name == S and a.name == "Anugerah Layanan Prima" and a.year == 2025 for a in awards), \
        [(a.recipient.name, a.name, a.year) for a in awards]


# The ways news writes a regional government, each as the subject, the agent of a passive and a
# member of a list (not yet read: all capitals, "Kab.X" with no space, "DIY" inside a list, where it
# may locate the member before it)
FORMS = {
    "Pemerintah Kabupaten Sleman": ["Pemerintah Daerah Kabupaten Sleman", "Pemda Sleman", "Pemda Kabupaten Sleman",
                                    "Pemkab. Sleman", "Kab. Sleman", "Kab Sleman", "Pemerintah Kabupaten (Pemkab) Sleman",
                                    "Pemkab Sleman, DIY,", "Kabupaten Sleman, Daerah Istimewa Yogyakarta (DIY),",
                                    "kabupaten Sleman", "Sleman"],
    "Pemerintah Kota Yogyakarta": ["Pemkot Yogyakarta", "Pemerintah Kota (Pemkot) Yogyakarta", "Kota Yogya",
                                   "Pemkot Yogya", "Kota Jogja", "kota Yogyakarta"],
    "Pemerintah Provinsi Jawa Tengah": ["Pemprov Jateng", "Pemprov Jawa Tengah", "Provinsi Jateng",
                                        "Pemerintah Provinsi (Pemprov) Jawa Tengah", "Prov. Jawa Tengah",
                                        "Jawa Tengah", "Jateng"],
}
WRITTEN = [(canonical, written, shape) for canonical, forms in FORMS.items() for written in forms
           for shape in ("{} meraih {}.", "{1} diraih {0}.",
                         "Tiga daerah meraih {1}, yakni Kabupaten Bantul, {0}, dan Kabupaten Kulon Progo.")]


@pytest.mark.parametrize("canonical, written, shape", WRITTEN)
def test_each_way_of_writing_a_government_is_that_government(nlp, canonical, written, shape):
    awards = analyse(nlp, shape.format(written, A), date(2025, 12, 4))._.awards
    assert canonical in {a.recipient.name for a in awards}


@pytest.mark.parametrize("text", ["Ibukota provinsi Sulsel itu meraih {}.", "Tiga provinsi Sumatera meraih {}."])
def test_a_lower_case_kind_word_that_describes_is_no_government(nlp, text):
    awards = analyse(nlp, text.format(A), date(2025, 12, 4))._.awards
    assert not {a.recipient.name for a in awards} & {"Pemerintah Provinsi Sulawesi Selatan", "Pemerintah Provinsi Sumatera"}


# A person told as the winner in the ways news writes them (not yet read: a unit's head with a
# personal award, "Camat X Nama", "X tak menyangka dirinya meraih …")
PERSONS = [
    "Budi Santoso, S.Pd., guru SMA Negeri 1 Metro, meraih {}.",
    "Guru SMA Negeri 1 Metro, Budi Santoso, meraih {}.",
    "{} diberikan kepada Budi Santoso, Kepala Desa Sukamaju.",
    "Sosok Budi Santoso dinobatkan sebagai penerima {}.",
    "Adalah Budi Santoso yang meraih {}.",
    "Nama Budi Santoso tercatat sebagai penerima {}.",
    "Budi Santoso (45), petani asal Desa Sukamaju, meraih {}.",
    "Bripka Budi Santoso, anggota Satlantas Polres Metro, meraih {}.",
    "AKBP Budi Santoso menerima {}.",
    "Ir. H. Budi Santoso, M.T., meraih {}.",
    "Pegawai Dinas Kesehatan Kota Metro, Budi Santoso, S.Kep., meraih {}.",
    "Menteri menyerahkan {} kepada 25 ASN, di antaranya Budi Santoso dan Siti Aminah.",
    "Budi Santoso berhasil meraih {} setelah mengabdi selama 30 tahun.",
    "Budi Santoso, yang sehari-hari bertugas di Puskesmas Natar, meraih {}.",
    "Dua ASN Kota Metro, Budi Santoso dan Siti Aminah, meraih {}.",
    "{} kategori ASN Inspiratif diraih Budi Santoso.",
    "Budi Santoso dianugerahi {} oleh Menteri PANRB.",
    "Budi Santoso terpilih sebagai penerima {}.",
    "Seorang guru honorer, Budi Santoso, meraih {}.",
]


@pytest.mark.parametrize("text", PERSONS)
def test_each_way_of_telling_a_person_wins(nlp, text):
    awards = analyse(nlp, text.format("Anugerah Abdi Negara 2025"), date(2025, 12, 4))._.awards
    assert "Budi Santoso" in {a.recipient.name for a in awards}


# A person described by a role, its field and a workplace, with degrees: the person alone wins,
# not the workplace, and no degree ("Ners") is a winner of its own
DESCRIBED = [
    ("Dokter spesialis anak RSUD Kota Metro, dr. Budi Santoso, Sp.A., meraih {}.", {"Budi Santoso"}),
    ("Perawat senior Puskesmas Natar, Budi Santoso, S.Kep., Ners, meraih {}.", {"Budi Santoso"}),
    ("{} diberikan kepada dua ASN, yaitu Siti Aminah, S.Kep., Ners, perawat Puskesmas Natar; serta "
     "Budi Santoso, S.Pd., guru SD Negeri 7 Metro.", {"Siti Aminah", "Budi Santoso"}),
    ("{} diberikan kepada dua ASN, yakni dokter spesialis kandungan dr. Budi Santoso, Sp.OG., dan "
     "pengusaha katering Hj. Siti Aminah.", {"Siti Aminah", "Budi Santoso"}),
    ("{} diberikan kepada tokoh agama di Metro, Pdt. Budi Santoso, S.Th.", {"Budi Santoso"}),
]


@pytest.mark.parametrize("text, winners", DESCRIBED)
def test_a_described_person_alone_wins(nlp, text, winners):
    awards = analyse(nlp, text.format("Anugerah Abdi Negara 2025"), date(2025, 12, 4))._.awards
    assert {a.recipient.name for a in awards} == winners


# The award referred back instead of named (not yet read: "Capaian yang sama juga ditorehkan Y",
# where "capaian" also names a score)
INTRO = "Kementerian Dalam Negeri menyerahkan Anugerah Layanan Prima 2025 di Jakarta, Rabu (3/12/2025). "
REFERENCES = [
    ("Pemkab Sleman menjadi salah satu penerimanya.", {S}),
    ("Penghargaan tersebut diraih Pemkab Sleman.", {S}),
    ("Pemkab Sleman berhasil meraihnya.", {S}),
    ("Pemkab Sleman kembali menerimanya tahun ini.", {S}),
    ("Pemkab Sleman meraih penghargaan tersebut. Penghargaan serupa juga diraih Pemkot Yogyakarta.",
     {S, "Pemerintah Kota Yogyakarta"}),
    ("Pemkab Sleman meraih penghargaan tersebut. Prestasi serupa juga diraih Pemkot Yogyakarta.",
     {S, "Pemerintah Kota Yogyakarta"}),
    ("Pemkab Sleman meraih penghargaan tersebut. Hal serupa juga dicapai Pemkot Yogyakarta.",
     {S, "Pemerintah Kota Yogyakarta"}),
    ("Pemkab Sleman meraih penghargaan tersebut. Tak hanya Sleman, Pemkot Yogyakarta juga meraihnya.",
     {S, "Pemerintah Kota Yogyakarta"}),
    ("Pemkab Sleman meraih penghargaan tersebut, begitu pula Pemkot Yogyakarta.", {S, "Pemerintah Kota Yogyakarta"}),
    ("Pemkab Sleman meraih penghargaan tersebut, demikian juga Pemkot Yogyakarta dan Pemkab Bantul.",
     {S, "Pemerintah Kota Yogyakarta", "Pemerintah Kabupaten Bantul"}),
    ("Pemkab Sleman bersama Pemkot Yogyakarta meraih penghargaan tersebut.", {S, "Pemerintah Kota Yogyakarta"}),
    ("Pemkab Sleman meraih penghargaan itu bersama Pemkot Yogyakarta dan Pemkab Bantul.",
     {S, "Pemerintah Kota Yogyakarta", "Pemerintah Kabupaten Bantul"}),
    ("Pemkab Sleman meraih penghargaan itu bersama Bupati Sleman Kustini.", {S}),
    ("Selain Pemkab Sleman, penghargaan ini juga diterima Pemkot Yogyakarta.", {S, "Pemerintah Kota Yogyakarta"}),
    ("Selain itu, penghargaan ini juga diterima Pemkot Yogyakarta.", {"Pemerintah Kota Yogyakarta"}),
]


@pytest.mark.parametrize("text, winners", REFERENCES)
def test_each_reference_back_to_the_award_names_its_winners(nlp, text, winners):
    awards = analyse(nlp, INTRO + text, date(2025, 12, 4))._.awards
    assert {a.recipient.name for a in awards if a.name == "Anugerah Layanan Prima"} == winners


def test_an_award_given_without_its_winners_is_the_one_the_next_clause_hands_over(nlp):
    # another award given by its own giver, winners in the next sentence under a bare "Penghargaan"
    text = ("Kementerian PANRB menyerahkan Anugerah ASN 2025 di Jakarta, Selasa (2/12/2025). Budi Santoso "
            "meraih kategori Pelayan Publik Terbaik. Sepekan sebelumnya, Pemerintah Provinsi Lampung juga "
            "memberikan penghargaan ASN Teladan Provinsi Lampung 2025. Penghargaan diberikan di Bandar "
            "Lampung kepada dua ASN, yaitu Siti Aminah dan Ahmad Syukri.")
    awards = {a.recipient.name: a for a in analyse(nlp, text, date(2025, 12, 4))._.awards}
    assert awards["Budi Santoso"].name == "Anugerah ASN"
    for name in ("Siti Aminah", "Ahmad Syukri"):
        assert awards[name].name == "ASN Teladan Provinsi Lampung"
        assert awards[name].giver.name == "Pemerintah Provinsi Lampung"


def test_an_award_handed_over_without_its_winners_goes_to_the_winners_told_next(nlp):
    text = ("Kementerian Dalam Negeri menyerahkan Anugerah Layanan Prima 2025 di Jakarta, Rabu (3/12/2025). "
            "Pemkab Sleman meraih kategori kabupaten. Tanda penghargaan Wira Karya Kencana dari BKKBN juga "
            "diserahkan di panggung yang sama. Penerimanya tahun ini antara lain Camat Depok, Drs. Budi "
            "Santoso, M.AP; dan Ketua TP PKK Kota Yogyakarta, Hj. Siti Aminah, S.Pd.")
    awards = {a.recipient.name: a.name for a in analyse(nlp, text, date(2025, 12, 4))._.awards}
    assert awards == {S: "Anugerah Layanan Prima", "Budi Santoso": "Wira Karya Kencana",
                      "Siti Aminah": "Wira Karya Kencana"}


# The category a clause gives its winner, however the clause is turned
CLASSED = [
    "Pemkab Sleman keluar sebagai yang terbaik untuk kategori kabupaten.",
    "Di kategori kabupaten, Pemkab Sleman dinobatkan sebagai yang terbaik.",
    "Kategori kabupaten menjadi milik Pemkab Sleman.",
    "Adapun kategori kabupaten menjadi milik Pemkab Sleman, daerah di utara Yogyakarta.",
]


@pytest.mark.parametrize("text", CLASSED)
def test_each_turn_of_a_classed_clause_gives_the_category(nlp, text):
    intro = "Kementerian Dalam Negeri menggelar Anugerah Layanan Prima 2025 di Jakarta, Rabu (3/12/2025). "
    awards = analyse(nlp, intro + text, date(2025, 12, 4))._.awards
    assert {(a.recipient.name, a.category) for a in awards} == {(S, "kabupaten")}


def test_a_pronoun_is_the_winner_named_again_right_before_it(nlp):
    text = ("Anugerah ASN 2025 diberikan kepada Budi Santoso di Jakarta, Selasa (2/12/2025). Penghargaan "
            "ASN Teladan Provinsi Lampung 2025 diberikan kepada Siti Aminah dan Ahmad Syukri. Bagi Budi, "
            "pengakuan bukan hal baru. Pada 2023, ia terpilih sebagai Guru Berprestasi dari Dinas Pendidikan "
            "Provinsi Lampung.")
    awards = analyse(nlp, text, date(2025, 12, 3))._.awards
    earlier = [(a.recipient.name, a.name, a.category) for a in awards if a.year == 2023]
    assert earlier == [("Budi Santoso", "Guru Berprestasi", None)]
    # the earlier title's giver is its own, not the award's the article reports
    assert {a.giver.name if a.giver else None for a in awards if a.name == "Anugerah ASN"} == {None}


def test_a_government_after_a_winners_title_gives_it(nlp):
    text = ("Bupati menyerahkan Satyalancana Wira Karya kepada Budi Santoso di Banyuwangi, Minggu (17/8/2025). "
            "Pada 2023, ia dinobatkan sebagai Guru Berprestasi oleh Pemprov Jatim.")
    awards = analyse(nlp, text, date(2025, 8, 18))._.awards
    assert {(a.name, a.year, a.giver.name if a.giver else None) for a in awards if a.year == 2023} == {
        ("Guru Berprestasi", 2023, "Pemerintah Provinsi Jawa Timur")}


@pytest.mark.parametrize("join", [" dan", ","])
def test_a_second_winner_with_its_own_category_and_the_verb_left_out(nlp, join):
    text = ("Kementerian Dalam Negeri menggelar Anugerah Layanan Prima 2025 di Jakarta, Rabu (3/12/2025). "
            f"Pemkab Sleman meraih penghargaan di kategori kabupaten{join} Pemkot Yogyakarta di kategori kota.")
    awards = analyse(nlp, text, date(2025, 12, 4))._.awards
    assert {(a.recipient.name, a.category) for a in awards} == {(S, "kabupaten"), ("Pemerintah Kota Yogyakarta", "kota")}


def test_a_place_told_of_a_loser_who_goes_home_without_an_award_is_none(nlp):
    text = ("Kementerian Dalam Negeri menyerahkan Anugerah Layanan Prima 2025 kepada Pemkab Sleman di Jakarta, "
            "Rabu (3/12/2025). Pemkab Bantul, yang berada di urutan keempat dengan nilai 85,10, harus puas "
            "tanpa trofi.")
    assert {a.recipient.name for a in analyse(nlp, text, date(2025, 12, 4))._.awards} == {S}


def test_a_numbered_school_is_named_with_its_region(nlp):
    text = ("Kementerian Pendidikan menggelar Anugerah Sekolah Digital 2025 di Jakarta, Rabu (3/12/2025). "
            "Penghargaan diberikan kepada SD Negeri 3 Kota Metro dan SMA Negeri 1 Kabupaten Sleman.")
    assert {a.recipient.name for a in analyse(nlp, text, date(2025, 12, 4))._.awards} == {
        "SD Negeri 3 Kota Metro", "SMA Negeri 1 Kabupaten Sleman"}


def test_a_cooperative_is_named_with_where_its_members_work(nlp):
    text = ("Kementerian Koperasi menggelar Anugerah Koperasi 2025 di Jakarta, Rabu (3/12/2025). "
            "Koperasi Karyawan RSUD Sleman meraih penghargaan tersebut.")
    assert {a.recipient.name for a in analyse(nlp, text, date(2025, 12, 4))._.awards} == {"Koperasi Karyawan RSUD Sleman"}


def test_the_organiser_in_a_relative_clause_before_the_subject_is_no_winner(nlp):
    text = ("Pemkab Sleman meraih Anugerah Kihajar 2025 di Jakarta, Rabu (3/12/2025). Pada Anugerah Kihajar "
            "2022, yang kala itu diselenggarakan Kementerian Pendidikan dan Kebudayaan (Kemendikbud), Pemkab "
            "Sleman meraih predikat Kihajar Pratama.")
    assert {a.recipient.name for a in analyse(nlp, text, date(2025, 12, 4))._.awards} == {S}



@pytest.mark.parametrize("subject", [
    "Desa Sungai Rindang, Kecamatan Batu Jaya, Kabupaten Langkat, menjadi",  # an address set off by commas
    "Desa Sungai Rindang tercatat sebagai",  # a verb of standing before "sebagai"
    "Desa Sungai Rindang pun menjadi"])  # an adverb before "menjadi"
def test_the_only_one_that_won_is_the_subject_before_become(nlp, subject):
    # "X menjadi satu-satunya <noun> yang meraih Y": X won Y
    text = f"{subject} satu-satunya desa di provinsi itu yang meraih Penghargaan Kampung Hijau 2025."
    assert [a.recipient.name for a in analyse(nlp, text, date(2025, 12, 5))._.awards] == ["Desa Sungai Rindang"]


def test_the_highest_tier_named_after_a_comma_with_the_awards_short_name_is_the_grade(nlp):
    # "meraih tingkat tertinggi, <award short name> <tier>": the tier is the grade
    doc = analyse(nlp, "Penghargaan Kampung Hijau (KaHi) 2025 diserahkan di Jakarta, Kamis (4/12/2025). Desa Sungai "
                       "Rindang meraih tingkat tertinggi, KaHi Lestari.", date(2025, 12, 5))
    assert [(a.recipient.name, a.grade) for a in doc._.awards] == [("Desa Sungai Rindang", "Lestari")]


def test_a_winner_with_a_long_degree_named_as_the_winner_of_a_category_of_merit(nlp):
    # "A, S.Tr.Keb., keluar sebagai pemenang kategori Perawat Teladan pada X": a degree's full
    # stops end no sentence; "Perawat Teladan" is a category, no nurse named Teladan
    doc = analyse(nlp, "Dimas Hasibuan, S.Tr.Keb., keluar sebagai pemenang kategori Perawat Teladan pada Anugerah "
                       "Kesehatan Bakti 2023.", date(2023, 12, 14))
    assert [(a.recipient.name, a.category) for a in doc._.awards] == [("Dimas Hasibuan", "Perawat Teladan")]


@pytest.mark.parametrize("category", ["Petani Milenial", "Pembina Lingkungan"])
def test_a_giver_gives_for_a_category_to_a_person_after_kepada(nlp, category):
    # "memberikan X untuk kategori K kepada A": K (a role's word inside it names no one), then who received it
    doc = analyse(nlp, f"Pemerintah Provinsi Riau memberikan Penghargaan Tani Pelopor 2023 untuk kategori {category} "
                       "kepada Euis Manurung, S.Pi.", date(2023, 12, 10))
    assert [(a.recipient.name, a.category) for a in doc._.awards] == [("Euis Manurung", category)]


def test_a_name_with_its_alias_wins(nlp):
    # 'X alias "Jojo" keluar sebagai pemenang …': the other name X goes by is part of the subject
    doc = analyse(nlp, 'Novi Pangaribuan alias "Jojo" keluar sebagai pemenang kategori Artis Pendatang Baru Terbaik '
                       "pada Anugerah Musik Swara 2024.", date(2024, 10, 20))
    assert [a.recipient.name for a in doc._.awards] == ["Novi Pangaribuan"]


def test_a_measure_named_with_its_short_form_before_a_region_is_no_winner(nlp):
    # "Indeks Reformasi Birokrasi (RB) Kota X meraih predikat A": the region's measure, the region won
    doc = analyse(nlp, "Indeks Reformasi Birokrasi (RB) Kota Malang meraih predikat A pada 2023.", date(2023, 12, 10))
    assert [a.recipient.name for a in doc._.awards] == ["Pemerintah Kota Malang"]
