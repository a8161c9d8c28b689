"""The web page end to end in headless Chromium (Debian's chromium + chromium-driver, driven by
Selenium; nothing is downloaded): a real `sitrep serve` over a database filled by `sitrep ingest`,
markers and timeline, a filter, a brushed period, a shareable URL, an incident card with its
evidence highlighted, and an article whose text carries markup that must stay inert."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlparse

import httpx
import pytest

from sitrep.serve.app import static_dir

from ..conftest import CHROMEDRIVER, CHROMIUM, ROOT, headless_chromium, run_cli, served

OUT = ROOT / "out" / "browser"
HOSTILE = """KADUNA, Nigeria — Gunmen abducted fourteen villagers in Kajuru on 3 March 2024, police said.
<script>window.__sitrep_pwned = "script";</script><img src="x" onerror="window.__sitrep_pwned = 'img'">
The kidnappers took the villagers from their homes at night, a local official told reporters.
"""

pytestmark = [
    pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                       reason="Debian's chromium and chromium-driver are not installed (make test installs them)"),
    pytest.mark.skipif(not (static_dir() / "index.html").exists(),
                       reason="the web page is not built: bash scripts/build_web.sh"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("page")
    (tmp / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    db = str(tmp / "page.db")
    res = run_cli("ingest", str(ROOT / "tests/merge/articles"), str(ROOT / "tests/golden/articles"), str(tmp),
                  "--db", db, "--quiet")
    assert res.returncode == 0, res.stderr
    with served(db) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    driver = headless_chromium()
    yield driver
    driver.quit()


def _ready(driver, timeout: float = 20):
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout).until(lambda d: d.execute_script("return document.body.dataset.state") == "ready")


def _wait(driver, predicate, timeout: float = 20):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(lambda d: predicate(d))


def _markers(driver) -> int:
    return int(driver.execute_script("return document.getElementById('map').dataset.markers || -1"))


def test_page_map_timeline_filter_card(server, browser):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    api = httpx.Client(base_url=server)
    every = api.get("/api/map").json()["rows"]
    stats = api.get("/api/stats").json()
    browser.get(server + "/")
    _ready(browser)

    # markers: one per incident with a point, drawn as circles or clusters
    assert _markers(browser) == len(every) > 20
    drawn = browser.find_elements(By.CSS_SELECTOR, "path.incident-marker, .incident-cluster")
    assert drawn and any(e.is_displayed() for e in drawn)
    # timeline: one stacked column per dated day
    days = [d for d in stats["by_day"] if d != "unknown"]
    assert int(browser.find_element(By.ID, "timeline-chart").get_attribute("data-days")) == len(days)
    assert len(browser.find_elements(By.CSS_SELECTOR, "#timeline-chart rect.bar")) >= len(days)

    # a filter: map, list and timeline follow it, and the URL keeps it
    Select(browser.find_element(By.NAME, "type")).select_by_value("Protests")
    protests = api.get("/api/map", params={"type": "Protests"}).json()["rows"]
    _wait(browser, lambda d: _markers(d) == len(protests))
    _ready(browser)
    assert 0 < len(protests) < len(every)
    assert parse_qs(urlparse(browser.current_url).query)["type"] == ["Protests"]
    listed = browser.find_elements(By.CSS_SELECTOR, "#list li .what")
    assert listed and all("protest" in e.text.lower() for e in listed)
    protest_days = [d for d in api.get("/api/stats", params={"type": "Protests"}).json()["by_day"] if d != "unknown"]
    assert int(browser.find_element(By.ID, "timeline-chart").get_attribute("data-days")) == len(protest_days)

    # a period brushed on the timeline narrows the map to it
    Select(browser.find_element(By.NAME, "type")).select_by_value("")
    _wait(browser, lambda d: _markers(d) == len(every))
    _ready(browser)
    chart = browser.find_element(By.ID, "timeline-chart")
    width = chart.size["width"]
    ActionChains(browser).move_to_element_with_offset(chart, int(width * 0.2), 0).click_and_hold() \
        .move_by_offset(int(width * 0.25), 0).release().perform()
    _wait(browser, lambda d: "since=" in d.current_url and "until=" in d.current_url)
    query = parse_qs(urlparse(browser.current_url).query)
    in_period = api.get("/api/map", params={"since": query["since"][0], "until": query["until"][0]}).json()["rows"]
    _wait(browser, lambda d: _markers(d) == len(in_period))
    assert len(in_period) < len(every)
    browser.find_element(By.ID, "clear-period").click()
    _wait(browser, lambda d: _markers(d) == len(every))

    # the card of the hostile article's incident: fields, source, evidence highlighted, markup inert
    item = _wait(browser, lambda d: next((li for li in d.find_elements(By.CSS_SELECTOR, "#list li")
                                          if "Kajuru" in li.text), None))
    item.click()
    card = browser.find_element(By.ID, "card")
    _wait(browser, lambda d: card.get_attribute("data-loaded") == "true")
    assert "Abduction/forced disappearance" in card.text and "Kajuru" in card.text
    fields = dict(zip([e.text for e in card.find_elements(By.CSS_SELECTOR, ".fields dt")],
                      [e.text for e in card.find_elements(By.CSS_SELECTOR, ".fields dd")], strict=True))
    assert fields["Date"].startswith("2024-03-03") and "Kajuru" in fields["Where"]
    assert "Civilians" in fields["Actor 2"] and fields["Sources"] == "1"
    marks = card.find_elements(By.CSS_SELECTOR, "mark.evidence")
    assert marks and any("abducted fourteen villagers" in m.text for m in marks)
    text = card.find_element(By.CSS_SELECTOR, ".article-text")
    assert "<script>window.__sitrep_pwned" in text.text and '<img src="x"' in text.text
    assert not card.find_elements(By.CSS_SELECTOR, "script, img")
    assert browser.execute_script("return window.__sitrep_pwned === undefined")
    incident_url = browser.current_url
    assert "incident=" in incident_url

    OUT.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(OUT / "page.png"))
    assert (OUT / "page.png").stat().st_size > 10_000

    # the shared link opens the same view: the card again
    browser.get("about:blank")
    browser.get(incident_url)
    _ready(browser)
    _wait(browser, lambda d: d.find_element(By.ID, "card").get_attribute("data-loaded") == "true")
    assert "Kajuru" in browser.find_element(By.ID, "card").text
    assert browser.execute_script("return window.__sitrep_pwned === undefined")

    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors


def test_page_without_data_says_so(tmp_path, browser):
    """An empty database: the page loads, shows zero incidents and an empty timeline, no errors."""
    from selenium.webdriver.common.by import By

    with served(str(tmp_path / "empty.db")) as base:
        browser.get(base + "/")
        _ready(browser)
        assert _markers(browser) == 0
        assert browser.find_element(By.ID, "status").text.startswith("0 incidents")


def test_chromium_was_not_downloaded():
    """The test tool must use Debian's browser: Selenium Manager's download cache stays empty."""
    cache = Path.home() / ".cache" / "selenium"
    assert not cache.exists() or not any(cache.rglob("chrome*")), f"a browser was downloaded into {cache}"
