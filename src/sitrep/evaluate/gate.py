"""The external parts of the eval gate: a fixed dev sample of ACLED notes and POPCORN's train file,
scored the same way by the CI test (tests/evaluate/test_eval_gate.py) and by scripts/raise_gate.py.
Both read `../shared`, which a fresh clone does not have: then they are skipped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sitrep.evaluate.external import evaluate_acled, evaluate_popcorn

# name -> (file under shared/, scorer, gated keys). The ACLED sample is from the dev split (never
# the holdout), small enough for CI (~10 s); seed 11 was not used while reading errors.
EXTERNAL: dict[str, tuple[str, Callable[[str], dict], tuple[str, ...]]] = {
    "acled_dev_sample": (
        "gold/acled/dev.csv",
        lambda p: evaluate_acled(p, sample=400, seed=11, split="dev").summary(),
        # field scores over all gold events, a missed one counting wrong: a rate over matched events
        # would fall when a newly found event is harder than the average, and block finding it
        ("detection_recall", "precision", *(f"e2e_{f}" for f in ("event_type", "sub_event_type", "country",
                                                                  "location", "fatalities", "actor1_type"))),
    ),
    "popcorn_train": (
        "gold/popcorn_fr/train.json",
        lambda p: evaluate_popcorn(p).summary(),
        ("precision", "recall", "f1", "event_type_accuracy_on_true_positives"),
    ),
}


def external_scores(name: str, shared: Path) -> dict[str, float] | None:
    """The gated scores of one external set, or None when its file is absent."""
    rel, score, keys = EXTERNAL[name]
    path = shared / rel
    if not path.exists():
        return None
    got = score(str(path))
    return {k: got[k] for k in keys}
