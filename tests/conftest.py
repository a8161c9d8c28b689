"""Shared fixtures. Tests that need ../shared (seed, gold, ACLED) skip when it is absent."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SITREP_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "corpus/seed/000_244087a4d879c301.txt"
SEED_GOLD = SHARED / "gold/seed/000_244087a4d879c301.gold.json"
GOLDEN = ROOT / "tests/golden"


PG = "postgresql://postgres@127.0.0.1:5432/test"
PG_DSN = "host=127.0.0.1 port=5432 user=postgres dbname=test"


def pg_available() -> bool:
    try:
        import psycopg

        psycopg.connect(PG_DSN, connect_timeout=3).close()
        return True
    except Exception:
        return False


@contextmanager
def pg_schema(prefix: str = "sitrep_test"):
    """A fresh PostgreSQL schema on the test server, as a sitrep --db URL; dropped afterwards.
    Skips the calling test, saying why, when the server is not reachable."""
    import pytest

    if not pg_available():
        pytest.skip("PostgreSQL is not reachable at 127.0.0.1:5432 (database test): PostgreSQL tests skipped")
    import psycopg

    schema = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_DSN, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{PG}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(PG_DSN, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def needs_shared(path: Path):
    return pytest.mark.skipif(not path.exists(), reason=f"{path} is absent (a fresh clone has no ../shared)")


@pytest.fixture(scope="session")
def gz():
    from sitrep.geo import load_gazetteer

    return load_gazetteer()


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """Run the real `sitrep` command in a subprocess (stdout and stderr as text)."""
    return subprocess.run([sys.executable, "-m", "sitrep", *args], input=stdin, capture_output=True, cwd=ROOT,
                          timeout=600, text=True, encoding="utf-8")


CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")


def headless_chromium(width: int = 1400, height: int = 900):
    """Debian's Chromium through its chromedriver (Selenium never downloads a browser), with the
    flags a closed network needs: no background connections, no component updates."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                f"--window-size={width},{height}"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=opts)


@contextmanager
def served(db: str, *args: str, port: int | None = None):
    """A real `sitrep serve --db DB` in its own process on a free loopback port; yields its base
    URL once the API answers, stops it afterwards. Used by the browser test, the screenshot
    script and the serving benchmark."""
    import socket
    import time

    import httpx

    if port is None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "sitrep", "serve", "--db", db, "--port", str(port),
                             "--log-level", "warning", *args], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/api/config", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(f"sitrep serve did not start: {proc.stderr.read()[-2000:]}")
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
