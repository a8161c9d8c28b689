"""Throughput and peak memory of `sitrep extract`, next to spaCy's bare parse of the same text.

    .venv/bin/python benchmarks/extract.py [--repeat 20] [--json]

Corpus: the seed article (from ../shared, when present) repeated, plus our golden test articles
and the bundled examples. Both timings run in this process after the models, the gazetteer and
the lexicons are loaded (`warm_up`, as a worker does when it starts), so the ratio is the pipeline's own overhead over the parse (the floor we cannot beat).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared/corpus/seed/000_244087a4d879c301.txt"


def corpus(repeat: int) -> list[tuple[str, str | None]]:
    """(path, published) pairs."""
    items: list[tuple[str, str | None]] = []
    golden = sorted((ROOT / "tests/golden/articles").glob("*.txt")) + sorted((ROOT / "examples").glob("*"))
    for _ in range(repeat):
        if SEED.exists():
            items.append((str(SEED), "2022-01-05"))
        items.extend((str(p), None) for p in golden)
    return items


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    from sitrep.geo import load_gazetteer
    from sitrep.ingest import build_article, iter_inputs
    from sitrep.nlp import get_nlp
    from sitrep.runners.local import Options, process_batch, warm_up

    t0 = time.perf_counter()
    gz = load_gazetteer()
    for lang in ("fr", "en"):
        get_nlp(lang)
    load_s = time.perf_counter() - t0
    # what the first article loads (language detector, lexicons, patterns), as a worker does at start
    t0 = time.perf_counter()
    warm_up()
    warm_s = time.perf_counter() - t0
    items = corpus(args.repeat)
    raws = [(next(iter_inputs([p])), pub) for p, pub in items]

    # the same cleaned texts, parsed by spaCy alone
    arts = [build_article(r, published=pub) for r, pub in raws]
    t0 = time.perf_counter()
    for lang in ("fr", "en"):
        texts = [a.text for a in arts if a.language == lang]
        for _ in get_nlp(lang).pipe(texts, batch_size=16):
            pass
    bare = time.perf_counter() - t0

    # the whole pipeline: ingest, parse, extract
    t0 = time.perf_counter()
    n_events = 0
    for pub in sorted({p for _, p in raws}, key=str):
        batch = [r for r, p in raws if p == pub]
        for i in range(0, len(batch), 16):
            for res in process_batch(batch[i:i + 16], Options(published=pub)):
                n_events += len(res.document.events) if res.document else 0
    full = time.perf_counter() - t0
    del gz
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    chars = sum(len(a.text) for a in arts)
    out = {
        "articles": len(arts), "characters": chars, "events": n_events, "model_and_gazetteer_load_s": round(load_s, 2),
        "warm_up_s": round(warm_s, 2),
        "spacy_bare_s": round(bare, 2), "pipeline_s": round(full, 2),
        "pipeline_articles_per_s": round(len(arts) / full, 2), "spacy_bare_articles_per_s": round(len(arts) / bare, 2),
        "overhead_ratio": round(full / bare, 3), "peak_memory_mb": round(peak_mb),
        "seed_included": SEED.exists(),
    }
    if args.json:
        print(json.dumps(out, indent=2))
        return
    print(f"corpus: {out['articles']} articles, {chars:,} characters (seed included: {out['seed_included']})")
    print(f"load models + gazetteer: {load_s:.1f} s (once per process)")
    print(f"warm-up (lexicons...):   {warm_s:.1f} s (once per process)")
    print(f"spaCy bare nlp.pipe:     {bare:.2f} s  ({out['spacy_bare_articles_per_s']} articles/s)")
    print(f"sitrep pipeline:         {full:.2f} s  ({out['pipeline_articles_per_s']} articles/s, {n_events} events)")
    print(f"overhead ratio:          {out['overhead_ratio']}x  (target <= 1.5x)")
    print(f"peak memory (RSS):       {out['peak_memory_mb']} MB  (target < 1500 MB)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
