"""Is it the same incident? And what does the merged record say?

Two reports are one incident when they have the same event type, dates within the window their
precision allows, places within the distance their geo precision allows, the same outcome class
(a drone shot down is not the drone that struck), no disjoint weapons and no two different named
perpetrators. The merged record is computed from all member reports in a fixed order, so the
result does not depend on the order articles arrived in.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from sitrep.geo.resolve import km

DAYS = {1: 1, 2: 7, 3: 31}
KM = {1: 25, 2: 50, 3: 150}
_ATTRIBUTION_RANK = {"claimed": 0, "confirmed": 1, "suspected": 2, "unattributed": 3}


def _day(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def _named(actor: dict | None) -> str | None:
    if not actor or actor.get("type") == "unidentified":
        return None
    return actor.get("name")


def same_incident(a: dict, b: dict) -> bool:
    """Do two event records (the spec's shape) describe the same real-world incident?"""
    if a["event_type"] != b["event_type"] or bool(a.get("background")) != bool(b.get("background")):
        return False
    if (a.get("outcome") == "intercepted") != (b.get("outcome") == "intercepted"):
        return False
    da, db = _day(a.get("event_date")), _day(b.get("event_date"))
    if da is None or db is None:
        return False
    window = DAYS.get(max(a.get("time_precision") or 3, b.get("time_precision") or 3), 31)
    if abs((da - db).days) > window:
        return False
    la, lb = a.get("location") or {}, b.get("location") or {}
    if la.get("country") and lb.get("country") and la["country"] != lb["country"]:
        return False
    if la.get("lat") is not None and lb.get("lat") is not None:
        limit = KM.get(max(la.get("geo_precision") or 3, lb.get("geo_precision") or 3), 150)
        if km(la["lat"], la["lon"], lb["lat"], lb["lon"]) > limit:
            return False
    elif not (la.get("country") and la.get("country") == lb.get("country")):
        return False
    wa, wb = set(a.get("weapons") or ()), set(b.get("weapons") or ())
    if wa and wb and not wa & wb:
        return False
    na, nb = _named(a.get("actor1")), _named(b.get("actor1"))
    return not (na and nb and na != nb)


def _most(values: list, key=None):
    """The most frequent value; ties go to the first in `values`' order."""
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in values if counts[v] == best)


def merge_records(members: list[tuple[str, str, dict]]) -> dict:
    """Merge (mention id, article id, event record) triples into one incident record.

    Deterministic: members are read in mention-id order whatever order they came in.
    """
    members = sorted(members, key=lambda m: m[0])
    recs = [r for _, _, r in members]
    out = dict(recs[0])
    out["id"] = members[0][0]
    subs = [(r["event_type"], r["sub_event_type"]) for r in recs]
    out["event_type"], out["sub_event_type"] = _most(subs)
    dated = [r for r in recs if r.get("event_date")]
    if dated:
        best_prec = min(r.get("time_precision") or 3 for r in dated)
        days = [r["event_date"] for r in dated if (r.get("time_precision") or 3) == best_prec]
        out["event_date"], out["time_precision"] = _most(days), best_prec
    located = [r for r in recs if (r.get("location") or {}).get("lat") is not None]
    if located:
        best_geo = min(r["location"].get("geo_precision") or 3 for r in located)
        locs = [r["location"] for r in located if (r["location"].get("geo_precision") or 3) == best_geo]
        name = _most([loc.get("name") for loc in locs])
        out["location"] = next(loc for loc in locs if loc.get("name") == name)
    named = [r["actor1"] for r in recs if _named(r.get("actor1"))]
    if named:
        out["actor1"] = next(a for a in named if a["name"] == _most([a["name"] for a in named]))
    targets = [r["actor2"] for r in recs if r.get("actor2")]
    out["actor2"] = targets[0] if targets else None
    out["attribution"] = min((r.get("attribution") or "unattributed" for r in recs), key=_ATTRIBUTION_RANK.get)
    out["suspected_actors"] = sorted({s for r in recs for s in r.get("suspected_actors") or ()})
    out["weapons"] = sorted({w for r in recs for w in r.get("weapons") or ()})
    outcomes = [r.get("outcome") for r in recs if r.get("outcome") != "unknown"]
    out["outcome"] = _most(outcomes) if outcomes else "unknown"
    out["interceptor"] = next((r["interceptor"] for r in recs if r.get("interceptor")), None)
    for key in ("fatalities", "injuries"):
        reported: dict[int, list[str]] = {}
        for _, art, r in members:
            value = r.get(key)
            if value is not None and art not in reported.setdefault(value, []):
                reported[value].append(art)
        out[key] = _most([v for v, arts in reported.items() for _ in arts]) if reported else None
        out[f"{key}_reported"] = [{"value": v, "sources": sorted(a)} for v, a in sorted(reported.items())]
    out["background"] = all(r.get("background") for r in recs)
    out["evidence"] = [dict(s, article_id=art) for _, art, r in members for s in r.get("evidence") or ()]
    out["sources"] = sorted({art for _, art, _ in members})
    out["confidence"] = round(min(0.99, max(r.get("confidence") or 0.5 for r in recs) + 0.05 * (len(out["sources"]) - 1)), 2)
    return out
