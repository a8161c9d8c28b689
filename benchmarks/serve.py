"""API latency under load: N concurrent clients on loopback against `GET /api/events` with filters,
over a database of 100,000 incidents; prints throughput and p50/p90/p99 latency per filter kind.

    .venv/bin/python benchmarks/serve.py [--incidents 100000] [--clients 50] [--seconds 30]
                                         [--backend sqlite|postgresql] [--workers 1]

The incidents are real extractor output (the golden and merge-test FR/EN articles: all six event
types, a dozen countries, extracted once) replayed
with other ids, days (over three years) and places (over the corpus' countries), written straight
into the incidents table: the figure is the read path's cost (query, JSON, HTTP), not ingestion's.
The server is the real `sitrep serve` in its own process(es); the clients are asyncio connections
in this one (a bare HTTP/1.1 keep-alive GET: httpx would cost more CPU than the server, on the
same 2 cores), each sending its next request as soon as the last one answers (a closed loop),
bounded by --seconds and --max-requests. Target: p99 < 200 ms at 50 clients for a filtered page of 100.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import json
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitrep.runners.local import Options, run_extract  # noqa: E402
from sitrep.store import open_store  # noqa: E402
from sitrep.store.db import _columns  # noqa: E402
from sitrep.store.schema import incidents  # noqa: E402
from tests.conftest import pg_schema, served  # noqa: E402


def fill(url: str, n: int, seed: int = 7) -> dict:
    """n incidents from the extracted corpus' events, spread over days and places."""
    rng = random.Random(seed)
    corpus = [str(ROOT / "tests/golden/articles"), str(ROOT / "tests/merge/articles")]
    base = [ev.model_dump(mode="json") for r in run_extract(corpus, Options()) if r.document for ev in r.document.events]
    store = open_store(url)
    start = date(2023, 1, 1)
    batch, countries = [], defaultdict(int)
    with store.engine.begin() as conn:
        for i in range(n):
            rec = copy.deepcopy(base[i % len(base)])
            rec["id"] = f"b{i:07d}"
            rec["sources"] = [f"a{i:07d}"]
            rec["event_date"] = (start + timedelta(days=rng.randrange(3 * 365))).isoformat()
            loc = rec.get("location") or {}
            if loc.get("lat") is not None:
                loc["lat"] = round(loc["lat"] + rng.uniform(-1.5, 1.5), 4)
                loc["lon"] = round(loc["lon"] + rng.uniform(-1.5, 1.5), 4)
                countries[loc.get("country")] += 1
            batch.append({"id": rec["id"], **_columns(rec)})
            if len(batch) == 5000:
                conn.execute(incidents.insert(), batch)
                batch = []
        if batch:
            conn.execute(incidents.insert(), batch)
    store.optimize()  # as `sitrep ingest` does after a batch
    store.engine.dispose()
    return {"countries": [c for c, _ in sorted(countries.items(), key=lambda kv: -kv[1]) if c][:12],
            "types": sorted({r["event_type"] for r in base}), "subs": sorted({r["sub_event_type"] for r in base}),
            "weapons": sorted({w for r in base for w in r.get("weapons") or []})}


def requests(vocab: dict, rng: random.Random):
    """An endless mix of filtered first pages, as the page and analysts' scripts ask them."""
    while True:
        day = date(2023, 1, 1) + timedelta(days=rng.randrange(3 * 365 - 60))
        kind = rng.choice(["country+type", "period", "country+period", "sub_event", "weapon", "attribution+country",
                           "bbox", "no filter"])
        p = {"limit": 100, "sort": rng.choice(["-date", "date"])}
        if kind == "country+type":
            p |= {"country": rng.choice(vocab["countries"]), "type": rng.choice(vocab["types"])}
        elif kind == "period":
            p |= {"since": day.isoformat(), "until": (day + timedelta(days=30)).isoformat()}
        elif kind == "country+period":
            p |= {"country": rng.choice(vocab["countries"]), "since": day.isoformat(),
                  "until": (day + timedelta(days=90)).isoformat()}
        elif kind == "sub_event":
            p |= {"type": rng.choice(vocab["subs"])}
        elif kind == "weapon":
            p |= {"weapon": rng.choice(vocab["weapons"])}
        elif kind == "attribution+country":
            p |= {"attribution": rng.choice(["claimed", "confirmed", "unattributed"]),
                  "country": rng.choice(vocab["countries"])}
        elif kind == "bbox":
            lat, lon = rng.uniform(0, 35), rng.uniform(-10, 50)
            p |= {"bbox": f"{lon - 3:.2f},{lat - 3:.2f},{lon + 3:.2f},{lat + 3:.2f}"}
        yield kind, p


async def _get(reader, writer, target: str) -> tuple[int, bytes]:
    """One HTTP/1.1 keep-alive GET. A bare client on asyncio streams: httpx costs several times
    the server's own time per request, and on 2 cores the client's CPU is taken from the server."""
    writer.write(f"GET {target} HTTP/1.1\r\nHost: bench\r\nAccept: application/json\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:"))
    return status, await reader.readexactly(length)


async def load(port: int, vocab: dict, clients: int, seconds: float, max_requests: int) -> dict:
    lat: dict[str, list[float]] = defaultdict(list)
    errors = 0
    sent = 0
    deadline = time.perf_counter() + seconds

    async def client(k: int):
        nonlocal errors, sent
        gen = requests(vocab, random.Random(k))
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        while time.perf_counter() < deadline and sent < max_requests:
            kind, params = next(gen)
            sent += 1
            t0 = time.perf_counter()
            status, body = await _get(reader, writer, "/api/events?" + urlencode(params))
            lat[kind].append(time.perf_counter() - t0)
            # every 20th answer is read in full: valid JSON, at most one page
            if status != 200 or (sent % 20 == 0 and len(json.loads(body)["events"]) > 100):
                errors += 1
        writer.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(client(k) for k in range(clients)))
    return {"latencies": lat, "errors": errors, "wall": time.perf_counter() - t0}


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))] * 1000


@contextmanager
def database(backend: str):
    if backend == "postgresql":
        with pg_schema("sitrep_bench_serve") as url:
            yield url
    else:
        with tempfile.TemporaryDirectory() as tmp:
            yield str(Path(tmp) / "serve.db")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--incidents", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--max-requests", type=int, default=100_000)
    ap.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    ap.add_argument("--workers", type=int, default=1, help="server processes (sitrep serve --workers)")
    ap.add_argument("--port", type=int, default=8791)
    args = ap.parse_args()
    with database(args.backend) as url:
        t0 = time.perf_counter()
        vocab = fill(url, args.incidents)
        print(f"database: {args.incidents:,} incidents ({args.backend}) written in {time.perf_counter() - t0:.0f} s")
        with served(url, "--workers", str(args.workers), port=args.port):
            asyncio.run(load(args.port, vocab, 5, 3, 500))  # warm up: caches, connections
            res = asyncio.run(load(args.port, vocab, args.clients, args.seconds, args.max_requests))
    every = [x for xs in res["latencies"].values() for x in xs]
    print(f"{args.clients} clients, {len(every):,} requests in {res['wall']:.1f} s: {len(every) / res['wall']:.0f} req/s, "
          f"{res['errors']} errors; server workers: {args.workers}")
    print(f"{'filter':22} {'n':>6} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8}")
    for kind, xs in sorted(res["latencies"].items()):
        print(f"{kind:22} {len(xs):6} {pct(xs, .5):8.1f} {pct(xs, .9):8.1f} {pct(xs, .99):8.1f}")
    print(f"{'all':22} {len(every):6} {pct(every, .5):8.1f} {pct(every, .9):8.1f} {pct(every, .99):8.1f}"
          f"   (target p99 < 200 ms: {'met' if pct(every, .99) < 200 else 'NOT met'})")
    print(f"mean {statistics.mean(every) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
