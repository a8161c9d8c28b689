"""Scores for "same incident" decisions: pairwise precision/recall/F1 and B-cubed (Bagga & Baldwin)."""

from __future__ import annotations

from itertools import combinations


def prf(p: float, r: float) -> dict[str, float]:
    """Precision, recall and their harmonic mean, rounded for reports."""
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def pairwise(gold: dict[str, str], pred: dict[str, str]) -> dict[str, float]:
    tp = fp = fn = 0
    for a, b in combinations(sorted(gold), 2):
        same_g, same_p = gold[a] == gold[b], pred[a] == pred[b]
        tp += same_g and same_p
        fp += same_p and not same_g
        fn += same_g and not same_p
    return prf(tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)


def bcubed(gold: dict[str, str], pred: dict[str, str]) -> dict[str, float]:
    items = sorted(gold)
    ps, rs = [], []
    for i in items:
        g = {j for j in items if gold[j] == gold[i]}
        c = {j for j in items if pred[j] == pred[i]}
        ps.append(len(g & c) / len(c))
        rs.append(len(g & c) / len(g))
    return prf(sum(ps) / len(items), sum(rs) / len(items))
