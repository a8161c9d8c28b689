"""Shared fixtures. Tests that need ../shared (seed, gold, ACLED) skip when it is absent."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SITREP_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "corpus/seed/000_244087a4d879c301.txt"
SEED_GOLD = SHARED / "gold/seed/000_244087a4d879c301.gold.json"
GOLDEN = ROOT / "tests/golden"


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
