from pathlib import Path

import pytest

from pipeline.crawl.config import Politeness, load_config, parse_config
from pipeline.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]
MINIMAL = {"sites": [{"name": "a", "url": "https://a.id/", "start": [{"sitemap": "https://a.id/s.xml"}]}]}


def test_defaults_fill_what_the_file_leaves_out():
    config = parse_config(MINIMAL)
    assert config.politeness == Politeness(delay=1.0, concurrency=1)
    assert config.limits.max_body_bytes == 10 * 1024 * 1024
    assert "Warta" in config.user_agent_header and config.contact in config.user_agent_header


def test_example_config_is_valid():
    config = load_config(ROOT / "config" / "sites.example.toml")
    names = {site.name for site in config.sites}
    assert {"klikberitatv", "pelitabanten"} <= names
    for site in config.sites:
        assert site.start and site.article_patterns


@pytest.mark.parametrize("data,key", [
    ({}, "sites"),
    ({"sites": [{"name": "a", "url": "ftp://a", "start": [{"sitemap": "https://a.id/"}]}]}, "sites[0].url"),
    ({"sites": [{"name": "a", "url": "https://a.id", "start": [{"sitemapp": "https://a.id/"}]}]}, "sites[0].start[0].sitemapp"),
    ({"sites": [{"name": "a", "url": "https://a.id", "start": []}]}, "sites[0].start"),
    ({"sites": [{"name": "a", "url": "https://a.id", "start": [{"feed": "https://a.id/"}],
                 "article_patterns": ["(["]}]}, "sites[0].article_patterns[0]"),
    ({**MINIMAL, "politeness": {"delay": "fast"}}, "politeness.delay"),
    ({**MINIMAL, "politeness": {"dealy": 1}}, "politeness.dealy"),
    ({**MINIMAL, "crawler": {"user_agent": "Mozilla/5.0"}}, "crawler.user_agent"),
    ({**MINIMAL, "extra": 1}, "extra"),
    ({"sites": MINIMAL["sites"] * 2}, "sites[1].name"),
])
def test_errors_name_file_and_key(data, key):
    with pytest.raises(ConfigError) as error:
        parse_config(data, source="sites.toml")
    assert str(error.value).startswith(f"sites.toml: {key}:")


def test_toml_syntax_error_names_file(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text("[crawler\n")
    with pytest.raises(ConfigError, match="bad.toml: not valid TOML"):
        load_config(path)


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="no such configuration file"):
        load_config(tmp_path / "nope.toml")
