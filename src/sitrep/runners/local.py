"""Run ingest -> nlp -> extract over many inputs in this process, or in a pool of processes.

Results come back in input order. A failing input becomes a Result with its error; the others go
on. Texts are parsed in batches with `nlp.pipe`, which is how spaCy is fastest.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice

from sitrep.errors import SitrepError
from sitrep.extract import extract_doc
from sitrep.geo import load_gazetteer
from sitrep.ingest import RawInput, build_article, iter_inputs
from sitrep.lang import LANG_DIR, SUPPORTED
from sitrep.model import Article, Document
from sitrep.nlp import get_nlp

BATCH = 16


@dataclass
class Result:
    source: str
    document: Document | None = None
    error: str | None = None


@dataclass(frozen=True)
class Options:
    published: str | None = None
    language: str | None = None
    max_bytes: int = 20 * 1024 * 1024
    gazetteers: tuple[str, ...] = ()
    publisher: str | None = None  # for inputs that do not name their own outlet


def _prepare(raw: RawInput, opt: Options) -> Article | Result:
    try:
        if opt.publisher and not raw.publisher:
            raw = dataclasses.replace(raw, publisher=opt.publisher)
        return build_article(raw, published=opt.published, language=opt.language, max_bytes=opt.max_bytes)
    except SitrepError as err:
        return Result(raw.source, error=str(err))
    except Exception as err:  # a bug in one article must not stop the batch; say what it was
        return Result(raw.source, error=f"{raw.source}: internal error while reading ({type(err).__name__}: {err})")


def process_batch(raws: list[RawInput], opt: Options) -> list[Result]:
    """Ingest, parse (batched per language) and extract a batch; one Result per input, in order."""
    gz = load_gazetteer(opt.gazetteers)
    prepared = [_prepare(r, opt) for r in raws]
    out: list[Result | None] = [p if isinstance(p, Result) else None for p in prepared]
    by_lang: dict[str, list[int]] = {}
    for i, p in enumerate(prepared):
        if isinstance(p, Article):
            by_lang.setdefault(p.language, []).append(i)
    for lang, idx in by_lang.items():
        try:
            nlp = get_nlp(lang)
        except SitrepError as err:
            for i in idx:
                out[i] = Result(raws[i].source, error=f"{raws[i].source}: {err}")
            continue
        texts = [prepared[i].text for i in idx]  # type: ignore[union-attr]
        for i, doc in zip(idx, nlp.pipe(texts, batch_size=BATCH), strict=True):
            art = prepared[i]
            try:
                out[i] = Result(raws[i].source, document=extract_doc(art, doc, gz))  # type: ignore[arg-type]
            except Exception as err:
                out[i] = Result(raws[i].source,
                                error=f"{raws[i].source}: internal error in extraction ({type(err).__name__}: {err})")
    return [r for r in out if r is not None]


def warm_up(opt: Options | None = None) -> list[Result]:
    """Load now what the first article would load: the gazetteer, the spaCy models, the language
    detector, every lexicon and the patterns built from them. Each loads on first use, which made
    the first batch of a process seconds slower than the rest; a worker calls this when it starts,
    and a benchmark before its clock, so that it times the work and not the loading. It runs the
    short sample article of each supported language (`lang/<iso>/sample.txt`) through the pipeline,
    so nothing loaded lazily is missed. Returns their results (an error there is a bug, never raised:
    a worker that could not warm up still serves)."""
    opt = opt or Options()
    samples = [RawInput(f"lang/{lang}/sample.txt", data=(LANG_DIR / lang / "sample.txt").read_bytes())
               for lang in SUPPORTED]
    return process_batch(samples, dataclasses.replace(opt, language=None, publisher=None))


def _batches(it: Iterable[RawInput], n: int) -> Iterator[list[RawInput]]:
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk


def run_extract(paths: list[str], opt: Options | None = None, workers: int = 1) -> Iterator[Result]:
    """Extract every article under `paths`, yielding Results in input order."""
    opt = opt or Options()
    raws = iter_inputs(paths, max_bytes=opt.max_bytes)
    if workers <= 1:
        for batch in _batches(raws, BATCH):
            yield from process_batch(batch, opt)
        return
    workers = min(workers, os.cpu_count() or 1)
    with ProcessPoolExecutor(max_workers=workers, initializer=warm_up, initargs=(opt,)) as pool:
        for results in pool.map(process_batch, _batches(raws, BATCH), _repeat(opt)):
            yield from results


def _repeat(x):
    while True:
        yield x
