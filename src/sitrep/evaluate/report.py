"""The evaluation report folder: report.md (tables), errors.jsonl (worst misses), PNG plots."""

from __future__ import annotations

import json
from pathlib import Path

from sitrep.evaluate.external import FIELDS, AcledScore, PopcornScore


def _pct(v) -> str:
    return "–" if v is None else f"{100 * v:.1f}%"


def write_acled_report(sc: AcledScore, out: Path, title: str, targets: dict[str, float] | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    s = sc.summary()
    lines = [f"# {title}", "", f"{s['notes']} notes, {s['gold_events']} gold events, {s['predicted_events']} extracted "
             f"({s['notes_per_second']} notes/s).", "",
             "| measure | over matched events | over all gold events | target |", "|---|---|---|---|"]
    targets = targets or {}
    for k in ("detection_recall", "precision", "f1", *FIELDS):
        lines.append(f"| {k} | {_pct(s.get(k))} | {_pct(s.get(f'e2e_{k}')) if f'e2e_{k}' in s else ''} | "
                     f"{_pct(targets.get(k)) if k in targets else ''} |")
    lines += ["", "Field scores are over matched events (gold rows paired with an extracted event); the targets "
              "are set on these. The same checks over all gold events (`e2e_*`, a missed event counting wrong) "
              "can only rise when more events are found, so the eval gate keeps those. "
              "`*_named` score only the events whose note names the coded place (or country). "
              "`location_reachable` is no score of the extractor but of the data and the gazetteer: the matched "
              "events located right, plus those whose note names the coded place with a gazetteer entry of "
              "that name within the tolerance of ACLED's coordinates; what perfect reading of place names "
              "would reach.", ""]
    # (the largest first; years in their order)
    for name, table, in_order in (("event type", sc.by_type, False), ("country (30 largest)", sc.by_country, False),
                                  ("year", sc.by_year, True)):
        rows = sorted(table.items()) if in_order else sorted(table.items(), key=lambda kv: -kv[1]["event_type"].n)[:30]
        lines += [f"## By {name}", "", "| | n | " + " | ".join(FIELDS) + " |", "|---" * (len(FIELDS) + 2) + "|"]
        for key, tallies in rows:
            lines.append(f"| {key} | {tallies['event_type'].n} | " + " | ".join(_pct(tallies[f].rate) for f in FIELDS) + " |")
        lines.append("")
    (out / "report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # a missed event is the worst error; then the number of wrong fields
    worst = sorted(sc.errors, key=lambda e: (-any(w.startswith("missed") for w in e["wrong"]), -len(e["wrong"])))[:500]
    with (out / "errors.jsonl").open("w", encoding="utf-8") as fh:
        for e in worst:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    (out / "scores.json").write_text(json.dumps(s, indent=2) + "\n", encoding="utf-8")
    _plots(sc, out)


def _plots(sc: AcledScore, out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    gold = sorted({g for g, _ in sc.confusion})
    pred = sorted({p for _, p in sc.confusion} | set(gold))
    m = np.zeros((len(gold), len(pred)))
    for (g, p), n in sc.confusion.items():
        m[gold.index(g), pred.index(p)] = n
    norm = m / np.maximum(m.sum(axis=1, keepdims=True), 1)
    fig, ax = plt.subplots(figsize=(max(8, len(pred) * 0.45), max(6, len(gold) * 0.4)))
    im = ax.imshow(norm, cmap="Blues", vmin=0, vmax=1)
    ax.set_xticks(range(len(pred)), pred, rotation=75, ha="right", fontsize=7)
    ax.set_yticks(range(len(gold)), gold, fontsize=7)
    ax.set_xlabel("extracted sub-event type")
    ax.set_ylabel("ACLED sub-event type")
    ax.set_title("Sub-event confusion (row-normalised)")
    fig.colorbar(im, ax=ax, fraction=0.03)
    fig.tight_layout()
    fig.savefig(out / "confusion.png", dpi=110)
    plt.close(fig)
    # the same counts as a table, for diffing two runs
    rows = sorted(sc.confusion.items(), key=lambda kv: (-kv[1], kv[0]))
    (out / "confusion.tsv").write_text("gold\textracted\tn\n" + "".join(f"{g}\t{p}\t{n}\n" for (g, p), n in rows),
                                       encoding="utf-8")
    fig, ax = plt.subplots(figsize=(7, 4))
    d = np.array(sc.distances) if sc.distances else np.array([0.0])
    ax.hist(np.log10(d + 1), bins=40, color="#4a7")
    ax.set_xticks([0, 1, 2, 3, 4], ["0", "10", "100", "1k", "10k"])
    ax.set_xlabel("location error (km, log scale)")
    ax.set_ylabel("matched events")
    ax.set_title(f"Location error: median {np.median(d):.0f} km, {np.mean(d <= 50) * 100:.0f}% within 50 km")
    fig.tight_layout()
    fig.savefig(out / "location_error.png", dpi=110)
    plt.close(fig)


def write_popcorn_report(sc: PopcornScore, out: Path, title: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    s = sc.summary()
    lines = [f"# {title}", "", "| measure | value |", "|---|---|"] + [f"| {k} | {v} |" for k, v in s.items()]
    lines += ["", f"confusion: tp {sc.tp}, fp {sc.fp}, fn {sc.fn}, tn {sc.tn}"]
    (out / "report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with (out / "errors.jsonl").open("w", encoding="utf-8") as fh:
        for e in sc.errors:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    (out / "scores.json").write_text(json.dumps(s, indent=2) + "\n", encoding="utf-8")
