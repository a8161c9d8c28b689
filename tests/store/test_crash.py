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

TOWNS = ["Gao", "Kidal", "Mopti", "Djibo", "Dori", "Kaya", "Maiduguri", "Bunia", "Beni", "Goma", "Mora", "Diffa",
         "Tillabéri", "Ménaka", "Ouahigouya", "Fada N'Gourma", "Zinder", "Agadez", "Kaduna", "Yola"]
EN = "{town} attack\n\nGunmen killed {n} civilians near {town} on {day}, local officials said.\n"
FR = "Attaque près de {town}\n\nDes hommes armés ont tué {n} civils {jour} près de {town}, selon des élus locaux.\n"
DAYS = [("Monday", "lundi"), ("Tuesday", "mardi"), ("Wednesday", "mercredi"), ("Thursday", "jeudi")]


def make_corpus(folder, n=1000):
    folder.mkdir()
    lines = []
    for i in range(n):
        town = TOWNS[i % len(TOWNS)]
        day, jour = DAYS[(i // len(TOWNS)) % len(DAYS)]
        week = i // (len(TOWNS) * len(DAYS))
        published = f"2024-0{1 + week // 28}-{1 + week % 28:02d}"
        text = (EN if i % 2 else FR).format(town=town, n=2 + i % 7, day=day, jour=jour) + f"\nRef. SHL-{i:04d}.\n"
        lines.append(json.dumps({"id": f"a{i:04d}", "text": text, "published": published,
                                 "language": "en" if i % 2 else "fr"}, ensure_ascii=False))
    (folder / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder / "corpus.jsonl"


def ingest(corpus, db):
    return subprocess.Popen([sys.executable, "-m", "sitrep", "ingest", str(corpus), "--db", str(db), "--quiet"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def snapshot(db):
    con = sqlite3.connect(db)
    try:
        inc = sorted(json.dumps({k: v for k, v in json.loads(r[0]).items() if k != "confidence"}, sort_keys=True)
                     for r in con.execute("select record from incidents"))
        counts = {t: con.execute(f"select count(*) from {t}").fetchone()[0]
                  for t in ("articles", "article_sources", "mentions", "incidents", "failures")}
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
