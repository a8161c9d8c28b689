"""Exports of incidents for the tools analysts use: JSONL (the spec's shape), GeoJSON (RFC 7946) and
ACLED-style CSV (ACLED's column names and conventions, so ACLED readers take it unchanged)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

import pycountry

ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "inter1", "actor2", "inter2", "interaction", "country", "admin1",
                 "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities"]
_INTER = {"state_forces": 1, "rebel_group": 2, "political_militia": 3, "identity_militia": 4, "rioters": 5,
          "protesters": 6, "civilians": 7, "external_forces": 8, "unidentified": 3}
_DISORDER = {"Protests": "Demonstrations", "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}


def to_jsonl(records: Iterable[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def to_geojson(records: Iterable[dict]) -> str:
    feats = []
    for r in records:
        loc = r.get("location") or {}
        geom = {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]} if loc.get("lat") is not None else None
        props = {k: v for k, v in r.items() if k not in ("evidence",)}
        feats.append({"type": "Feature", "id": r["id"], "geometry": geom, "properties": props})
    return json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False)


def _country_name(cc: str | None) -> str:
    if not cc:
        return ""
    c = pycountry.countries.get(alpha_2=cc)
    return getattr(c, "common_name", None) or (c.name if c else cc)


def to_acled_csv(records: Iterable[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    w.writeheader()
    for r in records:
        loc = r.get("location") or {}
        a1, a2 = r.get("actor1") or {}, r.get("actor2") or {}
        if r["sub_event_type"] == "Disrupted weapons use" and r.get("interceptor"):
            # ACLED puts the force that stopped the weapon in actor1 for this sub-event type
            a1, a2 = {"name": r["interceptor"], "type": (a2 or {}).get("type")}, a1
        i1, i2 = _INTER.get(a1.get("type") or "", 0), _INTER.get(a2.get("type") or "", 0)
        notes = " ".join(s["text"].strip() for s in (r.get("evidence") or [])[:3])
        w.writerow({
            "event_id_cnty": f"{(loc.get('country') or 'XX')}{r['id'][:10]}", "event_date": r.get("event_date") or "",
            "year": (r.get("event_date") or "")[:4], "time_precision": r.get("time_precision") or "",
            "disorder_type": _DISORDER.get(r["event_type"], "Political violence"), "event_type": r["event_type"],
            "sub_event_type": r["sub_event_type"], "actor1": a1.get("name") or "", "inter1": i1 or "",
            "actor2": a2.get("name") or "", "inter2": i2 or "",
            "interaction": int(f"{min(i1, i2)}{max(i1, i2)}") if i1 and i2 else (i1 * 10 if i1 else ""),
            "country": _country_name(loc.get("country")), "admin1": loc.get("admin1") or "",
            "location": loc.get("name") or "", "latitude": loc.get("lat") if loc.get("lat") is not None else "",
            "longitude": loc.get("lon") if loc.get("lon") is not None else "", "geo_precision": loc.get("geo_precision") or "",
            "source": "; ".join(r.get("sources") or []), "notes": notes,
            "fatalities": r.get("fatalities") if r.get("fatalities") is not None else 0,
        })
    return buf.getvalue()


def to_parquet(records: Iterable[dict]) -> bytes:
    """A flat table (the ACLED columns plus the spec's fields as JSON strings) for pandas, DuckDB, Spark."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    recs = list(records)
    rows = list(csv.DictReader(io.StringIO(to_acled_csv(recs))))
    cols: dict[str, list] = {c: [r[c] for r in rows] for c in ACLED_COLUMNS}
    for c in ("latitude", "longitude"):
        cols[c] = [float(v) if v not in ("", None) else None for v in cols[c]]
    for c in ("fatalities", "time_precision", "geo_precision", "inter1", "inter2", "year"):
        cols[c] = [int(v) if v not in ("", None) else None for v in cols[c]]
    cols["id"] = [r["id"] for r in recs]
    cols["record"] = [json.dumps(r, ensure_ascii=False) for r in recs]
    buf = io.BytesIO()
    pq.write_table(pa.table(cols), buf)
    return buf.getvalue()


EXPORTERS = {"jsonl": to_jsonl, "geojson": to_geojson, "acled-csv": to_acled_csv, "parquet": to_parquet}
