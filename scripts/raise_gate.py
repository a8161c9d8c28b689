"""Raise the eval gate (tests/eval_gate.json) to today's scores; it never lowers a minimum.

    .venv/bin/python scripts/raise_gate.py
"""

from __future__ import annotations

import json
from pathlib import Path

from sitrep.evaluate import evaluate_files
from sitrep.evaluate.gate import EXTERNAL, external_scores

ROOT = Path(__file__).resolve().parents[1]
GATE = ROOT / "tests/eval_gate.json"
SEED_GOLD = ROOT.parent / "shared/gold/seed/000_244087a4d879c301.gold.json"


def main() -> None:
    gate = json.loads(GATE.read_text(encoding="utf-8"))
    sets = {"golden": sorted(str(p) for p in (ROOT / "tests/golden/expected").glob("*.gold.json"))}
    if SEED_GOLD.exists():
        sets["seed"] = [str(SEED_GOLD)]
    for name, files in sets.items():
        got = evaluate_files(files).summary()
        for key, old in gate[name].items():
            new = max(old, got[key])
            if new != old:
                print(f"{name}.{key}: {old} -> {new}")
            gate[name][key] = new
    for name in EXTERNAL:
        got = external_scores(name, ROOT.parent / "shared")
        if got is None:
            continue
        for key, value in got.items():
            old = gate.setdefault(name, {}).get(key, 0.0)
            new = max(old, value)
            if new != old:
                print(f"{name}.{key}: {old} -> {new}")
            gate[name][key] = new
    GATE.write_text(json.dumps(gate, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
