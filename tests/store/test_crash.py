"""Crash safety: `kill -9` in the middle of a 1,000-article ingest, then the same command again,
ends with exactly the records a clean run gives. Real subprocess, real signal, real SQLite file."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

from ..conftest import ROOT
from ..synthetic import make_corpus


def ingest(corpus, db):
    return subprocess.Popen([sys.executable, "-m", "sitrep", "ingest", str(corpus), "--db", str(db), "--quiet"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def snapshot(db):
    con = sqlite3.connect(db)
    try:
        inc = sorted(json.dumps({k: v for k, v in json.loads(r[0]).items() if k != "confidence"}, sort_keys=True)
                     for r in con.execute("select record from incidents"))
        counts = {t: con.execute(f"select count(*) from {t}").fetchone()[0]
                  for t in ("articles", "article_sources", "mentions", "incidents", "failures", "actors", "places",
                            "incident_refs")}
    finally:
        con.close()
    return counts, inc


def count_articles(db):
    try:
        con = sqlite3.connect(db, timeout=1)
        try:
            return con.execute("select count(*) from articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_kill_9_then_rerun_equals_clean_run(tmp_path):
    corpus = make_corpus(tmp_path / "in")
    clean = tmp_path / "clean.db"
    p = ingest(corpus, clean)
    assert p.wait(timeout=900) == 0, p.stderr.read().decode()
    crashed = tmp_path / "crashed.db"
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
