from datetime import date

import pytest

from pipeline.normalise import Namer, parse_number, rank_grade, rank_number, resolve_date


@pytest.mark.parametrize("text, value", [
    ("94,76", 94.76), ("94.76", 94.76), ("1.250,5", 1250.5), ("1.250", 1250.0),
    ("74", 74.0), ("3,52", 3.52), ("abc", None), ("", None),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text, base, expected", [
    ("Rabu (4/12)", date(2024, 12, 4), "2024-12-04"),
    ("Kamis, (21/12/2023)", None, "2023-12-21"),
    ("Senin, 18 Desember 2023", None, "2023-12-18"),
    ("9 Desember", date(2025, 1, 3), "2024-12-09"),  # a day without year is not in the future
    ("(4/12)", date(2024, 11, 30), "2023-12-04"),
    ("(31/2)", date(2024, 3, 1), None),
])
def test_resolve_date(text, base, expected):
    assert resolve_date(text, base) == expected


@pytest.mark.parametrize("word, number", [("III", 3), ("3", 3), ("ketiga", 3), ("pertama", 1), ("lima", 5)])
def test_rank_number(rules, word, number):
    assert rank_number(word, rules) == number
    assert rank_grade(number).startswith("Peringkat ")


def test_government_names(rules):
    namer = Namer(rules)
    assert namer.government("Pemkot Tangerang").name == "Pemerintah Kota Tangerang"
    assert namer.government("Pemerintah Kota (Pemkot) Tangerang").name == "Pemerintah Kota Tangerang"
    assert namer.government("Kabupaten Tapanuli Selatan").name == "Pemerintah Kabupaten Tapanuli Selatan"
    assert namer.government("Pemprov Bali").region == "Provinsi Bali"
    assert namer.government("Dinas Sosial") is None
    # a short form's stop with no space after it
    assert namer.government("Pemkab.Sleman").name == "Pemerintah Kabupaten Sleman"
    assert namer.government("Kab.Garut").name == "Pemerintah Kabupaten Garut"


def test_unit_names_get_canonical_form_and_region(rules):
    namer = Namer(rules)
    assert namer.unit("DPMPTSP", "Kota Tangerang").name == \
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Tangerang"
    assert namer.unit("Dinas Dukcapil", None).name == "Dinas Kependudukan dan Pencatatan Sipil"
    assert namer.unit("RSUD Sumber Waras", None).name == "Rumah Sakit Umum Daerah Sumber Waras"
    # a name that already carries its region is not given a second one
    assert namer.unit("Dinas Sosial Kabupaten Contoh", "Kota Lain").name == "Dinas Sosial Kabupaten Contoh"


def test_person_names_lose_titles_and_degrees(rules):
    namer = Namer(rules)
    assert namer.person_name("Dr. H. Didik Gatot Subroto, S.H.") == "Didik Gatot Subroto"
    assert namer.person_name("Hj. Rina Kusuma, M.Si") == "Rina Kusuma"


def test_givers_keep_regional_office(rules):
    namer = Namer(rules)
    assert namer.giver("Ombudsman RI").name == "Ombudsman Republik Indonesia"
    assert namer.giver("Ombudsman RI Perwakilan Jawa Tengah").name == \
        "Ombudsman Republik Indonesia Perwakilan Jawa Tengah"


def test_a_regional_office_names_its_province_in_full_and_as_the_body_names_its_offices(rules):
    namer = Namer(rules)
    assert namer.giver("Ombudsman RI Perwakilan Jateng").name == "Ombudsman Republik Indonesia Perwakilan Jawa Tengah"
    assert namer.giver("Ombudsman Perwakilan Provinsi Sultra").name == \
        "Ombudsman Republik Indonesia Perwakilan Provinsi Sulawesi Tenggara"
    # BPK's offices are officially "Perwakilan Provinsi X" (givers.json office_prefix)
    assert namer.giver("BPK Perwakilan Kalbar").name == "Badan Pemeriksa Keuangan Perwakilan Provinsi Kalimantan Barat"
    assert namer.giver("BPK RI Perwakilan Jawa Tengah").name == "Badan Pemeriksa Keuangan Perwakilan Provinsi Jawa Tengah"
    assert namer.giver("BPK Perwakilan Wilayah Timur").name == "Badan Pemeriksa Keuangan Perwakilan Wilayah Timur"


def test_a_regional_office_is_read_only_for_a_body_with_an_office_in_each_region(rules):
    namer = Namer(rules)
    assert namer.regional_office("Komisi Informasi (KI) Provinsi Bengkulu") == ("Komisi Informasi", "Provinsi Bengkulu")
    assert namer.giver("Komisi Informasi (KI) Provinsi Bengkulu").name == "Komisi Informasi Provinsi Bengkulu"
    # a body whose own name holds a region word is no office of a region
    assert namer.regional_office("Asosiasi Pemerintah Kabupaten Seluruh Indonesia") is None


def test_a_body_with_an_office_in_each_province_named_with_the_province_alone(rules):
    namer = Namer(rules)
    assert namer.giver("PWI Jatim").name == "Persatuan Wartawan Indonesia Provinsi Jawa Timur"
    assert namer.giver("PWI Papua Pegunungan").name == "Persatuan Wartawan Indonesia Provinsi Papua Pegunungan"
    assert namer.giver("PWI Pusat").name == "Persatuan Wartawan Indonesia"
