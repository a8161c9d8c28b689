"""The REST API with httpx against the real app and a real database filled by `sitrep ingest`
(SQLite always; PostgreSQL when reachable, skipped with a reason otherwise)."""

import csv
import io

import pytest
from fastapi.testclient import TestClient

from sitrep.serve import create_app

from ..conftest import ROOT, pg_schema, run_cli

CORPUS = [str(ROOT / "tests/merge/articles"), str(ROOT / "tests/golden/articles")]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def db_url(request, tmp_path_factory):
    """A database filled once per back end by the real `sitrep ingest` command."""

    def filled(url):
        res = run_cli("ingest", *CORPUS, "--db", url, "--quiet")
        assert res.returncode == 0, res.stderr
        return url

    if request.param == "sqlite":
        yield filled(str(tmp_path_factory.mktemp("api") / "api.db"))
    else:
        with pg_schema("sitrep_api") as url:
            yield filled(url)


@pytest.fixture
def client(db_url):
    return TestClient(create_app(db_url, token="s3cret"))


def test_list_filter_paginate(client):
    r = client.get("/api/events", params={"limit": 10})
    assert r.status_code == 200
    page1 = r.json()
    assert len(page1["events"]) == 10 and page1["next_cursor"]
    page2 = client.get("/api/events", params={"limit": 10, "cursor": page1["next_cursor"]}).json()
    ids1, ids2 = {e["id"] for e in page1["events"]}, {e["id"] for e in page2["events"]}
    assert not ids1 & ids2
    dates = [e["event_date"] or "" for e in page1["events"] + page2["events"]]
    assert dates == sorted(dates)
    iq = client.get("/api/events", params={"country": "IQ", "type": "Disrupted weapons use"}).json()["events"]
    assert iq and all(e["location"]["country"] == "IQ" and e["outcome"] == "intercepted" for e in iq)
    drones = client.get("/api/events", params={"weapon": "drone"}).json()["events"]
    assert drones and all("drone" in e["weapons"] for e in drones)
    assert client.get("/api/events", params={"q": "Kherson"}).json()["events"]
    box = client.get("/api/events", params={"bbox": "29,-2,30,-1"}).json()["events"]  # around Goma
    assert box and all(29 <= e["location"]["lon"] <= 30 for e in box)
    claimed = client.get("/api/events", params={"attribution": "claimed"}).json()["events"]
    assert claimed and all(e["attribution"] == "claimed" for e in claimed)


def test_exports_and_detail(client):
    r = client.get("/api/events", headers={"Accept": "text/csv"}, params={"limit": 5})
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert r.headers["content-type"].startswith("text/csv") and len(rows) == 5
    gj = client.get("/api/events", params={"format": "geojson", "limit": 5}).json()
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == 5
    merged = client.get("/api/events", params={"q": "erbil", "type": "Shelling/artillery/missile attack"}).json()["events"]
    detail = client.get(f"/api/events/{merged[0]['id']}").json()
    assert len(detail["articles"]) == 2 and all(a["mentions"] for a in detail["articles"])
    art = client.get(f"/api/articles/{detail['articles'][0]['id']}").json()
    span = art["mentions"][0]["evidence"][0]
    assert art["text"][span["start"]:span["end"]] == span["text"]
    stats = client.get("/api/stats").json()
    assert stats["incidents"] == sum(stats["by_type"].values()) and stats["by_day"]


def test_errors_are_json_and_actionable(client):
    for params, word in (({"since": "yesterdayish"}, "YYYY-MM-DD"), ({"type": "Party"}, "ACLED"),
                         ({"bbox": "1,2"}, "west,south"), ({"limit": 100000}, "limit"), ({"attribution": "maybe"}, "attribution")):
        r = client.get("/api/events", params=params)
        assert r.status_code in (400, 422) and word in r.json()["error"], (params, r.text)
    r = client.get("/api/events/nope")
    assert r.status_code == 404 and "GET /api/events" in r.json()["error"]
    assert client.get("/docs").status_code == 200 and client.get("/openapi.json").json()["info"]["title"] == "sitrep"


def test_post_article_needs_the_token(client, db_url):
    body = {"text": "Des hommes armés ont tué trois civils mardi près de Gao, selon des élus locaux.",
            "published": "2024-04-03", "language": "fr"}
    assert client.post("/api/articles", json=body).status_code == 401
    r = client.post("/api/articles", json=body, headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 201, r.text
    touched = r.json()["incidents"]
    assert touched
    # it was merged with the reports of the Gao killing already in the database
    assert len(client.get(f"/api/events/{touched[0]}").json()["articles"]) == 3
    off = TestClient(create_app(db_url, token=""))
    assert off.post("/api/articles", json=body).status_code == 403
    big = {"text": "x" * (6 * 1024 * 1024)}
    assert client.post("/api/articles", json=big, headers={"Authorization": "Bearer s3cret"}).status_code == 413


def test_script_in_article_text_is_returned_as_data(client):
    body = {"text": "<script>alert(1)</script> Des manifestants se sont rassemblés lundi à Dakar contre la vie chère.",
            "published": "2024-05-07", "language": "fr"}
    r = client.post("/api/articles", json=body, headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 201
    art = client.get(f"/api/articles/{r.json()['article_id']}")
    # untrusted text travels as JSON data, verbatim, for the page to show escaped; never as HTML
    assert art.headers["content-type"].startswith("application/json")
    assert "<script>alert(1)</script>" in art.json()["text"]


def test_map_points_and_stats_share_the_filters(client):
    every = client.get("/api/map").json()
    assert every["columns"][:3] == ["id", "lat", "lon"] and every["rows"] and not every["truncated"]
    protests = client.get("/api/map", params={"type": "Protests"}).json()["rows"]
    listed = client.get("/api/events", params={"type": "Protests", "limit": 500}).json()["events"]
    assert protests and len(protests) < len(every["rows"])
    assert {r[0] for r in protests} == {e["id"] for e in listed if e["location"].get("lat") is not None}
    newest = client.get("/api/map", params={"limit": 3}).json()
    assert len(newest["rows"]) == 3 and newest["truncated"]
    stats = client.get("/api/stats", params={"type": "Protests"}).json()
    assert set(stats["by_type"]) == {"Protests"} and stats["incidents"] == len(listed)
    assert sum(sum(cell.values()) for cell in stats["by_day_type"].values()) == stats["incidents"]
    drones = client.get("/api/stats", params={"weapon": "drone"}).json()
    assert 0 < drones["incidents"] < client.get("/api/stats").json()["incidents"]


def test_config_and_page(client):
    cfg = client.get("/api/config").json()
    assert "Protests" in cfg["event_types"] and "drone" in cfg["weapons"] and cfg["tiles"] is None
    r = client.get("/")
    if r.status_code == 503:  # the page is built by scripts/build_web.sh (npm); the message says so
        assert "build_web.sh" in r.text
        return
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert client.get("/static/app.js").status_code == 200
