"""The seed article against its hand-checked gold, scored by our own checker (issue #2)."""

from sitrep.evaluate import evaluate_files

from ..conftest import SEED_GOLD, needs_shared


@needs_shared(SEED_GOLD)
def test_seed_matches_gold():
    report = evaluate_files([str(SEED_GOLD)])
    print(report.text())  # what differs, field by field
    f = report.files[0]
    assert f.matched == f.gold_events == 7
    assert f.extra == 0
    assert f.fields_ok == f.fields
    assert f.quotes_ok >= 12
    assert f.checks_ok == f.checks
