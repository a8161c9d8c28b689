"""The eval gate: our golden articles, the seed, a fixed ACLED dev sample and POPCORN must keep at
least the committed scores."""

import json

import pytest

from sitrep.evaluate import evaluate_files
from sitrep.evaluate.gate import EXTERNAL, external_scores

from ..conftest import GOLDEN, ROOT, SEED_GOLD, SHARED, needs_shared

GATE = json.loads((ROOT / "tests/eval_gate.json").read_text(encoding="utf-8"))
GOLD_FILES = sorted((GOLDEN / "expected").glob("*.gold.json"))


@pytest.fixture(scope="module")
def golden_report():
    return evaluate_files([str(p) for p in GOLD_FILES])


def test_golden_set_is_big_and_varied():
    assert len(GOLD_FILES) >= 25
    langs = {json.loads(p.read_text(encoding="utf-8"))["input"]["language"] for p in GOLD_FILES}
    assert langs == {"fr", "en"}
    types = {e.get("event_type") for p in GOLD_FILES for e in json.loads(p.read_text(encoding="utf-8"))["events"]} - {None}
    assert len(types) == 6, f"every ACLED event type needs a golden article, have {sorted(types)}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem.replace(".gold", "") for p in GOLD_FILES])
def test_golden_article_events_found(golden_report, path):
    f = next(f for f in golden_report.files if f.name == path.name)
    print("\n".join(f.diffs))
    assert f.matched == f.gold_events, f.diffs
    assert f.extra == 0, f.diffs


def test_gate_golden(golden_report):
    print(golden_report.text())
    got = golden_report.summary()
    low = {k: (got[k], v) for k, v in GATE["golden"].items() if got[k] < v}
    assert not low, f"below the eval gate (score, minimum): {low}"


@needs_shared(SEED_GOLD)
def test_gate_seed():
    report = evaluate_files([str(SEED_GOLD)])
    got = report.summary()
    low = {k: (got[k], v) for k, v in GATE["seed"].items() if got[k] < v}
    assert not low, f"below the eval gate (score, minimum): {low}\n{report.text()}"


@pytest.mark.parametrize("name", sorted(EXTERNAL))
def test_gate_external(name):
    """Real, externally coded data (ACLED notes, POPCORN): scores may rise, never fall."""
    got = external_scores(name, SHARED)
    if got is None:
        pytest.skip(f"{EXTERNAL[name][0]} is absent from {SHARED} (a fresh clone has no ../shared)")
    low = {k: (got[k], v) for k, v in GATE[name].items() if got[k] < v}
    assert not low, f"below the eval gate (score, minimum): {low}"
