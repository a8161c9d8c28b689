"""Store throughput: articles/second into SQLite and PostgreSQL, at 1,000 and 10,000 articles, and
whether the cost per article grows with the database size.

    .venv/bin/python benchmarks/ingest.py [--sizes 1000 10000] [--backends sqlite postgresql]

Extraction is done once (400 synthetic FR/EN articles), then the documents are replayed with other
days and places to reach the sizes, so the figures are the store's own cost: one transaction per
article, the candidate query, the merge. For the larger sizes the database is first filled with
articles of earlier years, then the same 1,000 articles as in the smallest run are ingested and
timed: the ratio of their cost per article to the smallest run's is the growth with database size.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import date, timedelta
from itertools import chain
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sitrep.runners.local import Options, run_extract  # noqa: E402
from sitrep.store import open_store  # noqa: E402
from sitrep.store.db import IngestStats  # noqa: E402
from tests.conftest import pg_available, pg_schema  # noqa: E402  (the test server's helpers)
from tests.synthetic import make_corpus  # noqa: E402  (our own synthetic corpus generator)


def documents(n_base: int = 400):
    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(Path(tmp) / "in", n_base)
        return [r.document for r in run_extract([str(corpus)], Options()) if r.document]


def replay(base, n: int, offset: int = 0):
    """n documents: the base ones with new texts, shifted days and moved points.

    `offset` shifts whole blocks by about a year, so that documents of an earlier era fill the
    database without crowding the date window of the measured ones."""
    for i in range(n):
        doc = copy.deepcopy(base[i % len(base)])
        k = i // len(base)
        doc.article.text += f"\nCopy {offset}-{i}."
        doc.article.id = f"bench{offset}-{i:06d}"
        for ev in doc.events:
            if ev.event_date:
                shift = 3 * k + 400 * offset
                ev.event_date = (date.fromisoformat(ev.event_date) - timedelta(days=shift)).isoformat()
            if ev.location.lat is not None:
                ev.location.lat += 0.7 * (k % 9)
            ev.id = f"{ev.id}{offset}-{i}"
        yield doc


def run(url: str, docs) -> tuple[float, list[float]]:
    store = open_store(url)
    stats = IngestStats()
    per = []
    t0 = time.perf_counter()
    for doc in docs:
        t = time.perf_counter()
        store.ingest_document(doc, stats)
        per.append(time.perf_counter() - t)
    return time.perf_counter() - t0, per


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--backends", nargs="+", default=["sqlite", "postgresql"])
    args = ap.parse_args()
    base = documents()
    results = []
    for backend in args.backends:
        if backend == "postgresql" and not pg_available():
            print("postgresql: skipped (not reachable at 127.0.0.1:5432, database test)")
            continue
        for n in args.sizes:
            with database(backend) as url:
                # the database first holds n - 1000 articles of earlier years, then the same 1,000 articles
                # are ingested as in the smallest run: their cost tells whether a bigger database costs more
                filler = chain.from_iterable(replay(base, 1000, offset=b) for b in range(1, (n - 1000) // 1000 + 1))
                total_fill, _ = run(url, filler)
                total, per = run(url, replay(base, 1000))
            ms = 1000 * sum(per) / len(per)
            results.append({"backend": backend, "articles": n, "seconds": round(total_fill + total, 1),
                            "articles_per_s": round(n / (total_fill + total), 1),
                            "ms_per_article_last_1000": round(ms, 2)})
            base_ms = next(r["ms_per_article_last_1000"] for r in results if r["backend"] == backend)
            results[-1]["growth_vs_smallest"] = round(ms / base_ms, 2)
            print(json.dumps(results[-1]))


@contextmanager
def database(backend: str):
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            yield str(Path(tmp) / "bench.db")
    else:
        with pg_schema("sitrep_bench") as url:
            yield url


if __name__ == "__main__":
    main()
