"""The analysts' side of the dataset in a real headless browser: adding a record the
extractor missed, the queue at 800 px, times in the browser's zone, the charts page
(screenshot for the README). Skipped, saying why, when chromium is absent."""

import shutil
from pathlib import Path

import pytest

from tests.browser_support import SCREENSHOTS, browser_page, served

from pipeline.export import records  # noqa: E402
from pipeline.process import process_document  # noqa: E402
from pipeline.review import create_app, decisions  # noqa: E402
from pipeline.review.additions import add_record  # noqa: E402
from pipeline.stats import dataset_stats  # noqa: E402
from pipeline.store import Store  # noqa: E402

PAGES = Path(__file__).resolve().parents[1] / "corpus" / "pages"
SUNGAI = "Pemerintah Kabupaten Sungai Lebar"


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory):
    """Every corpus page through the real pipeline, once for the module."""
    pages = sorted(PAGES.glob("c*.html"))
    if not pages:
        pytest.skip("corpus/pages is missing")
    path = tmp_path_factory.mktemp("corpus") / "warta.db"
    with Store(path) as store:
        for page in pages:
            process_document(store, page, url=f"https://berita.example/{page.stem}")
    return path


@pytest.fixture
def db_path(tmp_path, corpus_store):
    path = tmp_path / "warta.db"
    shutil.copy(corpus_store, path)
    return path


@pytest.fixture
def base(db_path):
    with served(create_app(db_path, analyst="Sari")) as url:
        yield url


def _sungai_article(db_path):
    with Store(db_path) as store:
        return store.db.execute("SELECT id, text FROM articles WHERE url LIKE '%sungai-lebar%'"
                                ).fetchone()


def test_add_a_record_the_extractor_missed(base, db_path):
    article_id, text = _sungai_article(db_path)
    with browser_page() as page:
        page.goto(f"{base}/article/{article_id}")
        sentence = page.locator("#article-text .sentence").nth(1)
        picked = sentence.inner_text()
        sentence.click()
        assert page.locator("#add").get_attribute("open") is not None
        assert "picked" in sentence.get_attribute("class")
        start, end = int(page.input_value("#add-start")), int(page.input_value("#add-end"))
        assert text[start:end] == picked
        # The entity picker suggests the canonical names the store knows.
        recipient = page.locator("fieldset[data-kind=award] input[name=f_recipient]")
        recipient.type("Pemerintah Kab")
        page.wait_for_selector("#entity-names option", state="attached")
        suggested = page.eval_on_selector_all("#entity-names option", "os => os.map(o => o.value)")
        assert SUNGAI in suggested
        recipient.fill(SUNGAI)
        page.fill("fieldset[data-kind=award] input[name=f_name]", "Penghargaan Pelayanan Prima")
        page.fill("fieldset[data-kind=award] input[name=f_year]", "2024")
        page.click("#add-form button[type=submit]")
        page.wait_for_url("**/record/an_*")
        assert page.locator("#status").inner_text() == "accepted"
        assert "added by Sari" in page.locator("#evidence").inner_text()
        assert picked in page.locator("#evidence blockquote").inner_text()
        added_url = page.url

        # Words selected with the mouse (here: through the Selection API) are the evidence.
        page.goto(f"{base}/article/{article_id}")
        page.click("#add summary")
        page.select_option("#add-kind", "score")
        assert page.locator("fieldset[data-kind=score]").is_visible()
        assert not page.locator("fieldset[data-kind=award]").is_visible()
        words = "Wajar Tanpa Pengecualian"
        page.evaluate("""words => {
            const text = document.getElementById('article-text');
            const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode())) {
                const at = node.textContent.indexOf(words);
                if (at >= 0) {
                    window.getSelection().setBaseAndExtent(node, at, node, at + words.length);
                    text.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                    return;
                }
            }
        }""", words)
        assert words in page.locator("#add-selection").inner_text()
        start, end = int(page.input_value("#add-start")), int(page.input_value("#add-end"))
        assert text[start:end] == words
        page.fill("fieldset[data-kind=score] input[name=f_entity]", SUNGAI)
        page.fill("fieldset[data-kind=score] input[name=f_value]", "87.5")
        page.fill("fieldset[data-kind=score] input[name=f_year]", "2023")
        page.click("#add-form button[type=submit]")
        page.wait_for_url("**/record/an_*")
        assert page.locator("#evidence mark").inner_text() == words
        assert page.locator("tr[data-field=value] td.value").inner_text() == "87.5"

        # Both are in the queue and the exports, as analysts' records.
        page.goto(f"{base}/?status=accepted")
        assert page.locator("#queue tbody tr[data-id^=an_]").count() == 2
        assert page.dialogs == [] and page.csp_errors == []
    with Store(db_path) as store:
        added = [r for r in records(store) if r["origin"] == "analyst"]
    assert sorted((r["type"], r["score"]) for r in added) == [("award", None), ("score", 87.5)]
    assert added_url.rsplit("/", 1)[1] in {r["id"] for r in added}


def test_the_queue_at_800_pixels(base):
    with browser_page(width=800, height=900) as page:
        page.goto(base + "/")
        assert page.evaluate("document.documentElement.scrollWidth") <= 800
        accept = page.locator("#queue tbody tr[data-id] form.quick button").first
        box = accept.bounding_box()
        assert accept.is_visible() and box["x"] + box["width"] <= 800
        entity = page.locator("#queue tbody tr[data-id] td:nth-child(2) a").first.bounding_box()
        assert entity["width"] > 80  # the entity stays readable
        filter_button = page.locator("#filters button[type=submit]").bounding_box()
        assert filter_button["x"] + filter_button["width"] <= 800
        before = int(page.locator("#count-accepted").inner_text())
        with page.expect_navigation():
            accept.click()
        assert int(page.locator("#count-accepted").inner_text()) == before + 1
        page.screenshot(path=str(SCREENSHOTS / "queue-800.png"))


def test_times_in_the_browsers_zone(base):
    with browser_page(timezone_id="Asia/Makassar") as page:
        page.goto(base + "/")
        assert "times in WIB" in page.locator("header").inner_text()  # before the browser told
        record = page.locator("#queue tbody tr[data-id]").first.get_attribute("data-href")
        page.goto(base + record)
        assert "times in WITA" in page.locator("header").inner_text()
        with page.expect_navigation():
            page.keyboard.press("a")
        page.goto(base + record)
        line = page.locator(".status-line").inner_text()
        assert "by Sari at " in line and line.split("at ")[1].split()[2] == "WITA"


def test_the_charts_page(base, db_path):
    with Store(db_path) as store:
        ids = [r[0] for r in store.db.execute(
            "SELECT record_id FROM review_queue ORDER BY record_id").fetchall()]
        for record_id in ids[:12]:
            decisions.accept(store, record_id, "Sari")
        decisions.reject(store, ids[12], "Sari", "not an award or score")
        decisions.correct(store, ids[13], "Sari", {"year": 2019})
        article_id, _ = _sungai_article(db_path)
        add_record(store, article_id, "award", {"recipient": "Pemerintah Kota Bogor",
                                                "name": "Adipura", "kind": "adipura",
                                                "year": 2024, "giver": "Kementerian Lingkungan "
                                                "Hidup dan Kehutanan"},
                   start=0, end=40, analyst="Sari")
        stats = dataset_stats(store)
    with browser_page(width=1280, height=900) as page:
        page.goto(base + "/charts")
        assert page.locator("svg").count() == 5
        progress = page.locator("#chart-progress g.bar")
        assert [progress.nth(i).get_attribute("data-label") for i in range(4)] == [
            f"{name}: {count}" for name, count in stats.by_status.items()]
        provinces = page.locator("#chart-provinces g.bar").evaluate_all(
            "bars => bars.map(b => b.dataset.label)")
        assert "Jawa Barat: 1" in provinces
        columns = page.locator("#chart-years g.column").evaluate_all(
            "cs => cs.map(c => c.dataset.label)")
        assert columns == [f"{year}: {sum(kinds.values())}"
                           for year, kinds in stats.awards_by_year_kind]
        assert page.locator("#chart-kinds g.bar").count() == min(20, len(stats.by_kind))
        widths = page.locator("#chart-givers rect").evaluate_all(
            "rs => rs.map(r => r.getBBox().width)")
        assert widths == sorted(widths, reverse=True) and widths[0] > widths[-1] > 0
        page.screenshot(path=str(SCREENSHOTS / "charts.png"), full_page=True)
        assert page.csp_errors == [] and page.dialogs == []
