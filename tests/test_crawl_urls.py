import pytest

from pipeline.crawl.urls import canonical_url, host_key, with_query


@pytest.mark.parametrize("url,expected", [
    ("https://situs.id/berita/1#komentar", "https://situs.id/berita/1"),
    ("https://situs.id/berita/1?utm_source=fb&utm_medium=x&fbclid=1", "https://situs.id/berita/1"),
    ("https://situs.id/berita/1?page=2&id=5", "https://situs.id/berita/1?id=5&page=2"),
    ("HTTPS://Situs.ID:443/berita/1", "https://situs.id/berita/1"),
    ("http://situs.id:8080/a", "http://situs.id:8080/a"),
    ("https://situs.id/amp/berita/1", "https://situs.id/berita/1"),
    ("https://situs.id/berita/1/amp", "https://situs.id/berita/1"),
    ("https://situs.id/berita/1?amp=1", "https://situs.id/berita/1"),
    ("https://amp.situs.id/berita/1", "https://situs.id/berita/1"),
    ("https://situs.id/berita/1.amp.html", "https://situs.id/berita/1.html"),
    ("https://situs.id/ampera/jembatan", "https://situs.id/ampera/jembatan"),
    ("https://situs.id", "https://situs.id/"),
])
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


def test_relative_link_made_absolute():
    assert canonical_url("../b?utm_campaign=x", base="https://s.id/a/c") == "https://s.id/b"


def test_host_key_ignores_www_and_default_port():
    assert host_key("https://www.s.id/") == host_key("http://s.id:80/x") == "s.id"
    assert host_key("http://127.0.0.1:8000/") == "127.0.0.1:8000"


def test_with_query_replaces_param():
    assert with_query("https://d.com/x?single=0&a=1", "single=1") == "https://d.com/x?a=1&single=1"
