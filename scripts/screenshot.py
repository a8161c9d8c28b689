"""Renders docs/page.png, the README's picture of the page: our test corpus ingested into a
temporary SQLite database, `sitrep serve`, and Debian's headless chromium (as in the browser test).

    .venv/bin/python scripts/screenshot.py [--out docs/page.png]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from selenium.webdriver.support.ui import WebDriverWait

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.conftest import headless_chromium, served  # noqa: E402  (the browser test's helpers)

CORPUS = [ROOT / "tests/golden/articles", ROOT / "tests/merge/articles", ROOT / "examples"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "docs/page.png"))
    ap.add_argument("--search", default="erbil", help="evidence text of the incident whose card is shown")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "page.db")
        subprocess.run([sys.executable, "-m", "sitrep", "ingest", *map(str, CORPUS), "--db", db, "--quiet"], check=True)
        with served(db) as base:
            shown = httpx.get(base + "/api/events", params={"q": args.search, "sort": "-date"}).json()["events"]
            incident = max(shown, key=lambda e: len(e.get("sources") or []))["id"] if shown else ""
            driver = headless_chromium(1400, 860)
            try:
                driver.get(f"{base}/?incident={incident}&map=4/25.0/25.0")
                WebDriverWait(driver, 30).until(
                    lambda d: d.execute_script("return document.body.dataset.state") == "ready"
                    and (not incident or d.find_element("id", "card").get_attribute("data-loaded") == "true"))
                time.sleep(1)
                Path(args.out).parent.mkdir(parents=True, exist_ok=True)
                driver.save_screenshot(args.out)
                print(f"screenshot: {args.out}")
            finally:
                driver.quit()


if __name__ == "__main__":
    main()
