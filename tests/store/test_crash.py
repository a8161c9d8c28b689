"""Crash safety: `kill -9` in the middle of a 1,000-article ingest, then the same command again,
ends with exactly the records a clean run gives. Real subprocess, real signal, real SQLite file and
real PostgreSQL (when reachable)."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from ..conftest import ROOT, pg_schema
from ..synthetic import make_corpus


def ingest(corpus, db):
    return subprocess.Popen([sys.executable, "-m", "sitrep", "ingest", str(corpus), "--db", str(db), "--quiet"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def snapshot(db):
    from sqlalchemy import create_engine, text

    from sitrep.store.db import normalise_url

    eng = create_engine(normalise_url(str(db)))
    try:
        with eng.connect() as con:
            inc = sorted(json.dumps({k: v for k, v in (r[0] if isinstance(r[0], dict) else json.loads(r[0])).items()
                                     if k != "confidence"}, sort_keys=True)
                         for r in con.execute(text("select record from incidents")))
            counts = {t: con.execute(text(f"select count(*) from {t}")).scalar_one()
                      for t in ("articles", "article_sources", "mentions", "incidents", "failures", "actors", "places",
                                "incident_refs")}
    finally:
        eng.dispose()
    return counts, inc


def count_articles(db):
    from sqlalchemy import create_engine, text

    from sitrep.store.db import normalise_url

    try:
        eng = create_engine(normalise_url(str(db)))
        try:
            with eng.connect() as con:
                return con.execute(text("select count(*) from articles")).scalar_one()
        finally:
            eng.dispose()
    except Exception:  # not created yet, or locked for a moment
        return 0


@pytest.fixture(params=["sqlite", "postgresql"])
def two_dbs(request, tmp_path):
    if request.param == "sqlite":
        yield tmp_path / "clean.db", tmp_path / "crashed.db"
    else:
        with pg_schema("sitrep_crash") as clean, pg_schema("sitrep_crash") as crashed:
            yield clean, crashed


def test_kill_9_then_rerun_equals_clean_run(tmp_path, two_dbs):
    corpus = make_corpus(tmp_path / "in")
    clean, crashed = two_dbs
    p = ingest(corpus, clean)
    assert p.wait(timeout=900) == 0, p.stderr.read().decode()
    p = ingest(corpus, crashed)
    deadline = time.time() + 600
    while count_articles(crashed) < 150 and time.time() < deadline and p.poll() is None:
        time.sleep(0.05)
    assert p.poll() is None, "the ingest finished before it could be killed"
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    partial = count_articles(crashed)
    assert 0 < partial < 1000
    p = ingest(corpus, crashed)
    assert p.wait(timeout=900) == 0, p.stderr.read().decode()
    assert snapshot(crashed) == snapshot(clean)
    counts, _ = snapshot(clean)
    assert counts["articles"] == 1000 and counts["failures"] == 0
