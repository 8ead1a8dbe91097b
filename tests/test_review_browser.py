"""End to end in a real headless browser: review, re-run the pipeline, export.

Needs Playwright (the ``dev`` extra) and Debian's chromium at /usr/bin/chromium
(``apt-get install -y chromium``); skipped with that message when chromium is absent.
Takes the README's screenshots into docs/screenshots/.
"""

import shutil
from pathlib import Path

import pytest

from tests.browser_support import SCREENSHOTS, browser_page, served

from pipeline.export import records  # noqa: E402
from pipeline.process import process_document  # noqa: E402
from pipeline.review import create_app  # noqa: E402
from pipeline.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "corpus" / "pages"
C01 = ("c01-ombudsman-bandar-lestari.html",
       "https://kabar-daerah.example/2024/12/12/pemkot-bandar-lestari-raih-zona-hijau-"
       "kualitas-tertinggi-dari-ombudsman-ri/")
C02 = ("c02-bpk-wtp-sungai-lebar.html",
       "https://www.berita-sumatra.example/sumbagsel/berita/d-7361402/sungai-lebar-terima-"
       "opini-wtp-9-kali-berturut-turut-dari-bpk")
TITLE = "Sungai Lebar Terima Opini WTP 9 Kali Berturut-turut dari BPK"
DUKCAPIL = "Dinas Kependudukan dan Pencatatan Sipil Kota Bandar Lestari"


@pytest.fixture
def inputs(tmp_path):
    """Copies of two corpus pages; the second one's title carries a <script>."""
    if not (PAGES / C01[0]).exists():
        pytest.skip("corpus/pages is missing")
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(PAGES / C01[0], folder / C01[0])
    html = (PAGES / C02[0]).read_text(encoding="utf-8")
    (folder / C02[0]).write_text(
        html.replace(TITLE, "&lt;script&gt;alert('owned')&lt;/script&gt; " + TITLE),
        encoding="utf-8")
    return folder


def run_pipeline(db_path: Path, folder: Path) -> None:
    with Store(db_path) as store:
        for name, url in (C01, C02):
            process_document(store, folder / name, url=url)


@pytest.fixture
def server(tmp_path, inputs):
    db_path = tmp_path / "warta.db"
    run_pipeline(db_path, inputs)
    with served(create_app(db_path, analyst="Sari")) as base:
        yield base, db_path


@pytest.fixture
def page():
    with browser_page() as page:
        yield page


def _status(page) -> str:
    return page.locator("#status").inner_text().strip()


def test_review_in_a_browser(server, page, inputs):
    base, db_path = server
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    # The queue, with its counts; j/k move the selection.
    page.goto(base + "/")
    total = int(page.locator("#count-new").inner_text())
    assert total == page.locator("#queue tbody tr[data-id]").count() > 3
    page.screenshot(path=str(SCREENSHOTS / "queue.png"), full_page=True)
    page.keyboard.press("j")
    assert page.locator("#queue tbody tr").nth(1).get_attribute("class") == "selected"

    # Filter: scores only.
    page.select_option("select[name=type]", "score")
    page.click("button:text('Filter')")
    rows = page.locator("#queue tbody tr[data-id]")
    assert 0 < rows.count() < total
    # the type, then the kind of assessment when the score has one ("score · sakip")
    assert all(t.split(" · ")[0] == "score" for t in page.locator("#queue tbody tr[data-id] td:nth-child(3) .sub")
               .all_inner_texts())

    # A record: highlighted evidence; correct its value with the keyboard path.
    page.click(f"#queue a:text-is('{DUKCAPIL}')")
    assert "95,03" in page.locator("#evidence mark").first.inner_text()
    page.screenshot(path=str(SCREENSHOTS / "record.png"), full_page=True)
    dukcapil_url = page.url
    following = page.locator("#next").get_attribute("href") if page.locator("#next").count() \
        else "/?type=score"
    page.keyboard.press("e")
    page.fill("input[name=f_value]", "95.3")
    page.click("#correct-form button[type=submit]")
    # The decision is made: on to the next record under the same filters (or the queue).
    page.wait_for_load_state()
    assert page.url == base + following
    assert f"Corrected by Sari: {DUKCAPIL}" in page.locator(".flash").inner_text()

    # Another record, whose article title carries <script>: shown as text; reject it.
    page.goto(base + "/?type=award&q=sungai+lebar")
    page.locator("#queue tbody tr[data-id] a").first.click()
    assert page.locator("text=<script>alert('owned')</script>").count() > 0
    rejected_url = page.url
    page.select_option("#reject-reason", "wrong year")
    page.click("#reject-form button[type=submit]")
    page.wait_for_load_state()
    assert "Rejected by Sari" in page.locator(".flash").inner_text()
    assert page.dialogs == []

    # Reload: the decisions are there.
    page.goto(dukcapil_url)
    assert _status(page) == "corrected"
    assert page.locator("tr[data-field=value] td.value").inner_text() == "95.3"

    # The pipeline again on the same input: nothing lost, nothing flagged.
    run_pipeline(db_path, inputs)
    page.reload()
    assert _status(page) == "corrected" and page.locator("#changed-flag").count() == 0
    page.goto(rejected_url)
    assert _status(page) == "rejected"

    # Changed input: the reviewed value moved in the article, so the record is flagged.
    changed = inputs / C01[0]
    changed.write_text(changed.read_text(encoding="utf-8").replace("95,03", "95,10"),
                       encoding="utf-8")
    run_pipeline(db_path, inputs)
    page.goto(dukcapil_url)
    assert _status(page) == "corrected" and page.locator("#changed-flag").is_visible()
    diff = page.locator("#changes").inner_text()
    assert "95.03" in diff and "95.1" in diff
    page.screenshot(path=str(SCREENSHOTS / "changed.png"), full_page=True)
    page.goto(base + "/")
    assert page.locator("#count-changed").inner_text() == "1"

    # Export: the corrected value, the rejected record left out.
    with Store(db_path) as store:
        exported = records(store)
    dukcapil = [r for r in exported if r["type"] == "score" and r["recipient"] == DUKCAPIL
                and r["year"] == 2024]
    assert [(r["score"], r["status"], r["changed_since_review"]) for r in dukcapil] == [
        (95.3, "corrected", True)]
    assert not any(r["type"] == "award" and "Sungai Lebar" in r["recipient"]
                   and r["status"] != "new" for r in exported)

    # The fast path: accept from the queue with one key, then from a record page.
    page.goto(base + "/?status=new")
    before = int(page.locator("#count-accepted").inner_text())
    with page.expect_navigation():
        page.keyboard.press("a")
    assert int(page.locator("#count-accepted").inner_text()) == before + 1
    page.keyboard.press("o")
    page.wait_for_url("**/record/**")
    page.wait_for_load_state()
    opened = page.url
    with page.expect_navigation():
        page.keyboard.press("a")
    assert "Accepted by Sari" in page.locator(".flash").inner_text()
    page.goto(opened)
    assert _status(page) == "accepted"
    assert page.dialogs == [] and page.csp_errors == []
