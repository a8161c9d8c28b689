"""The event database, against SQLite and (when reachable) the PostgreSQL server on this machine."""

import csv
import io
import json

import pytest

from sitrep.export import to_acled_csv, to_geojson
from sitrep.export.formats import ACLED_COLUMNS, to_parquet
from sitrep.runners.local import Options, run_extract
from sitrep.store import open_store
from sitrep.store.db import IngestStats

from ..conftest import ROOT, pg_schema, run_cli

ARTS = ROOT / "tests/merge/articles"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield str(tmp_path / "sitrep.db")
    else:
        with pg_schema() as url:
            yield url


def ingest(url, paths):
    store = open_store(url)
    stats = IngestStats()
    for res in run_extract([str(p) for p in paths], Options()):
        stats.articles_read += 1
        if res.document:
            store.ingest_document(res.document, stats)
        else:
            stats.articles_failed += 1
            store.record_failure(res.source, res.error)
    return store, stats


def test_reports_of_one_incident_merge_across_languages(db_url):
    store, stats = ingest(db_url, [ARTS / "a1_erbil_fr.txt", ARTS / "a2_erbil_en.txt"])
    assert stats.articles_new == 2
    recs = store.incidents()
    assert len(recs) == 1, [r["sub_event_type"] for r in recs]
    (r,) = recs
    assert r["event_date"] == "2024-02-14" and len(r["sources"]) == 2 and r["fatalities"] == 0
    assert {e["article_id"] for e in r["evidence"]} == set(r["sources"])


def test_same_place_same_day_different_incidents_stay_apart(db_url):
    store, _ = ingest(db_url, [ARTS / "a1_erbil_fr.txt", ARTS / "a3_erbil_drone_en.txt"])
    subs = sorted(r["sub_event_type"] for r in store.incidents())
    assert subs == ["Disrupted weapons use", "Shelling/artillery/missile attack"]


def test_conflicting_tolls_stay_visible(db_url):
    store, _ = ingest(db_url, [ARTS / "c1_gao_en.txt", ARTS / "c2_gao_fr.txt"])
    (r,) = store.incidents()
    assert [x["value"] for x in r["fatalities_reported"]] == [4, 5]
    assert all(len(x["sources"]) == 1 for x in r["fatalities_reported"])


def test_idempotent_and_syndicated_copies(db_url):
    files = sorted(ARTS.glob("*.txt"))
    store, first = ingest(db_url, files)
    before = store.counts()
    _, again = ingest(db_url, files)
    assert again.articles_new == 0 and again.incidents_new == 0 and again.incidents_merged == 0
    assert store.counts() == before
    # the syndicated copy has the same text as a2: one article, two sources
    assert before["articles"] == len(files) - 1 and before["article_sources"] == len(files)
    assert before["places"] and before["actors"]  # referenced once each, whatever the number of incidents


@pytest.fixture
def second_db_url(db_url, tmp_path):
    """Another empty database on the same back end as db_url."""
    if db_url.startswith("postgresql"):
        with pg_schema() as url:
            yield url
    else:
        yield str(tmp_path / "second.db")


def test_merging_does_not_depend_on_arrival_order(db_url, second_db_url):
    files = sorted(ARTS.glob("*.txt"))
    a, _ = ingest(db_url, files)
    b, _ = ingest(second_db_url, list(reversed(files)))

    def view(store):
        return sorted((r["id"], r["sub_event_type"], r["event_date"], tuple(r["sources"])) for r in store.incidents())

    assert view(a) == view(b)


def test_filters_and_exports_read_back(db_url):
    store, _ = ingest(db_url, sorted(ARTS.glob("*.txt")))
    iq = store.incidents(country="IQ")
    assert iq and all(r["location"]["country"] == "IQ" for r in iq)
    assert all(r["event_date"] >= "2024-03-01" for r in store.incidents(since="2024-03-01"))
    rows = list(csv.DictReader(io.StringIO(to_acled_csv(store.incidents()))))
    assert rows and list(rows[0]) == ACLED_COLUMNS
    assert all(r["event_type"] and r["latitude"] for r in rows)
    import pandas as pd

    df = pd.read_csv(io.StringIO(to_acled_csv(store.incidents())))
    assert list(df.columns) == ACLED_COLUMNS and df["latitude"].between(-90, 90).all()
    pq = pd.read_parquet(io.BytesIO(to_parquet(store.incidents())))
    assert len(pq) == len(df) and set(ACLED_COLUMNS) <= set(pq.columns)
    assert json.loads(pq["record"][0])["id"] == pq["id"][0]
    import geojson

    assert geojson.loads(to_geojson(store.incidents())).is_valid
    gj = json.loads(to_geojson(store.incidents()))
    assert gj["type"] == "FeatureCollection"
    for f in gj["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90 and f["properties"]["location"]["lon"] == lon


def test_cli_ingest_events_export_failures(tmp_path):
    db = str(tmp_path / "cli.db")
    (tmp_path / "in").mkdir()
    (tmp_path / "in/bad.pdf").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / "in/good.txt").write_bytes((ARTS / "b1_dakar_fr.txt").read_bytes())
    res = run_cli("ingest", str(tmp_path / "in"), "--db", db, "--quiet")
    assert res.returncode == 0, res.stderr
    summary = json.loads(res.stdout.strip().splitlines()[-1])
    assert summary["articles_new"] == 1 and summary["articles_failed"] == 1
    assert "bad.pdf" in res.stderr
    res = run_cli("failures", "--db", db, "--json")
    assert "bad.pdf" in json.loads(res.stdout)[0]["source"]
    res = run_cli("events", "--db", db, "--format", "json", "--country", "SN")
    assert json.loads(res.stdout)[0]["event_type"] == "Protests"
    res = run_cli("events", "--db", db, "--since", "yesterdayish")
    assert res.returncode == 2 and "YYYY-MM-DD" in res.stderr and "Traceback" not in res.stderr
    res = run_cli("events", "--db", db, "--country", "ZZ")
    assert res.returncode == 2 and "ISO 3166" in res.stderr
    out = tmp_path / "x.geojson"
    res = run_cli("export", "--db", db, "--format", "geojson", "-o", str(out))
    assert res.returncode == 0 and json.loads(out.read_text())["features"]
