"""The command line: thin, it parses options and calls library functions.

Every command's help ends with examples (a test checks that each command has them).
"""

from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from sitrep.errors import SitrepError

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="sitrep: news articles in, structured geocoded conflict-event records out.")
err_console = Console(stderr=True)


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def _fail(msg: str, code: int = 2) -> None:
    typer.echo(f"sitrep: error: {msg}", err=True)
    raise typer.Exit(code)


@app.command(epilog="""Examples:

  sitrep extract article.html

  sitrep extract article.txt --published 2022-01-05 --format json

  sitrep extract corpus/ --format jsonl > events.jsonl

  cat article.txt | sitrep extract - --language fr --published 2022-01-05

  sitrep extract articles.jsonl --gazetteer my_places.csv --format jsonl

  sitrep extract nation_story.txt --publisher "Daily Nation"
""")
def extract(
    inputs: list[str] = typer.Argument(..., help="Files, folders, '-' for stdin, or .jsonl files of articles."),
    published: str = typer.Option(None, "--published", "-p", help="Publication date YYYY-MM-DD for every input."),
    publisher: str = typer.Option(None, "--publisher", help="The outlet of every input (e.g. 'Daily Nation'): a hint of the story's country when the text names none."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table (people), json or jsonl (the spec's shape)."),
    language: str = typer.Option(None, "--language", "-l", help="Force the language (fr, en) instead of detecting it."),
    gazetteer: list[Path] = typer.Option([], "--gazetteer", "-g", help="Extra places CSV (name,aliases,kind,country,admin1,lat,lon,icao,source)."),
    max_mb: float = typer.Option(20.0, "--max-mb", help="Refuse inputs larger than this many megabytes."),
    workers: int = typer.Option(1, "--workers", "-w", help="Processes to use (each loads the models once)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Read news articles and print the incidents they report, every field tied to its sentence.

    Output comes in input order. A bad input is reported on stderr in one line (file and reason)
    and the rest goes on; the exit code is non-zero only when nothing could be read.
    """
    from sitrep.export import document_dict, dumps_document, render_table
    from sitrep.ingest.article import check_date
    from sitrep.runners.local import Options, run_extract

    try:
        check_date(published, "--published")
        for g in gazetteer:
            if not g.is_file():
                raise SitrepError(f"--gazetteer {g}: no such file")
        opt = Options(published=published, language=language, max_bytes=int(max_mb * 1024 * 1024),
                      gazetteers=tuple(str(g) for g in gazetteer), publisher=publisher)
        if language is not None:
            from sitrep.lang import SUPPORTED

            if language not in SUPPORTED:
                raise SitrepError(f"--language {language!r} is not supported; choose one of {', '.join(SUPPORTED)}")
    except SitrepError as err:
        _fail(str(err))
    out = Console(file=sys.stdout, soft_wrap=False, width=160) if fmt == Format.table else None
    n_ok = n_bad = 0
    docs_json: list[dict] = []
    show = not quiet and sys.stderr.isatty()
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), console=err_console, transient=True, disable=not show) as progress:
        from sitrep.ingest.sources import estimate_total

        task = progress.add_task("extracting", total=estimate_total(inputs) if show else None)
        try:
            for res in run_extract(list(inputs), opt, workers=workers):
                progress.advance(task)
                if res.error:
                    n_bad += 1
                    line = f"sitrep: error: {' '.join(res.error.split())}"
                    if show:
                        progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
                    else:
                        sys.stderr.write(line + "\n")
                    continue
                n_ok += 1
                doc = res.document
                if fmt == Format.jsonl:
                    sys.stdout.write(dumps_document(doc) + "\n")
                    sys.stdout.flush()
                elif fmt == Format.json:
                    docs_json.append(document_dict(doc))
                else:
                    render_table(doc, out)
        except SitrepError as err:
            _fail(str(err))
    if fmt == Format.json:
        payload = docs_json[0] if len(docs_json) == 1 and n_bad == 0 and _single(inputs) else docs_json
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    if n_ok == 0:
        raise typer.Exit(1)  # every failure was already reported, one line each


def _single(inputs: list[str]) -> bool:
    return len(inputs) == 1 and not Path(inputs[0]).is_dir() and not inputs[0].endswith(".jsonl")


ACLED_TARGETS = {"sub_event_type": 0.85, "event_type": 0.92, "event_date": 0.97, "event_date_stated": 0.97,
                 "country": 0.97, "location": 0.80,
                 "fatalities": 0.90, "actor1_type": 0.80}


@app.command(epilog="""Examples:

  sitrep evaluate ../shared/gold/seed/*.gold.json

  sitrep evaluate tests/golden/expected/*.gold.json --json

  sitrep evaluate --acled ../shared/gold/acled/dev.csv --split dev --sample 3000 --seed 1 --out out/acled-dev

  sitrep evaluate --acled ../shared/gold/acled/dev.csv --split holdout --out out/acled-holdout

  sitrep evaluate --acled ../shared/gold/acled/dev.csv --country IQ,SY,YE --sample 500

  sitrep evaluate --popcorn ../shared/gold/popcorn_fr/train.json --out out/popcorn
""")
def evaluate(
    gold: list[Path] = typer.Argument(None, help="Gold files in the spec's shape (*.gold.json)."),
    acled: Path = typer.Option(None, "--acled", help="An ACLED export with notes (each distinct note is one article)."),
    popcorn: Path = typer.Option(None, "--popcorn", help="A POPCORN JSON file (French documents)."),
    split: str = typer.Option("all", "--split", help="ACLED: holdout (the fixed final sample), dev (the rest) or all."),
    sample: int = typer.Option(None, "--sample", help="ACLED: score a random sample of this many notes."),
    seed: int = typer.Option(1, "--seed", help="ACLED: the sample's random seed (same seed, same numbers)."),
    country: str = typer.Option("", "--country", help="ACLED: only notes in these ISO countries, e.g. IQ,SY,YE."),
    sources: bool = typer.Option(True, "--sources/--text-only",
                                 help="ACLED: give each note its `source` column as publisher, as an article's outlet "
                                      "would be (a hint of the country); --text-only reads the note alone."),
    out: Path = typer.Option(None, "--out", "-o", help="Write report.md, errors.jsonl, scores.json and plots here."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Score the extractor against gold files, ACLED notes or POPCORN documents, and show what differs.

    Deterministic: the same input and sample seed give the same numbers.
    """
    try:
        if acled or popcorn:
            _evaluate_external(acled, popcorn, split, sample, seed, country, sources, out, as_json, quiet)
            return
        if not gold:
            raise SitrepError("give gold files, --acled FILE or --popcorn FILE")
        from sitrep.evaluate.gold import evaluate_files

        report = evaluate_files([str(g) for g in gold])
    except SitrepError as err:
        _fail(str(err))
    if as_json:
        typer.echo(json.dumps(report.summary(), indent=2))
    else:
        typer.echo(report.text())


def _evaluate_external(acled, popcorn, split, sample, seed, country, sources, out, as_json, quiet) -> None:
    from sitrep.evaluate.external import evaluate_acled, evaluate_popcorn
    from sitrep.evaluate.report import write_acled_report, write_popcorn_report

    show = not quiet and sys.stderr.isatty()
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), console=err_console, transient=True, disable=not show) as progress:
        task = progress.add_task("evaluating", total=None)
        hooks = {"progress": lambda n: progress.advance(task, n), "total": lambda n: progress.update(task, total=n)}
        if acled:
            sc = evaluate_acled(str(acled), sample=sample, seed=seed, countries=country.split(","), split=split,
                                use_sources=sources, **hooks)
            title = f"ACLED notes: {acled.name}, split {split}" + (f", sample {sample} (seed {seed})" if sample else "")
            title += "" if sources else ", text only"
            if out:
                write_acled_report(sc, out, title, ACLED_TARGETS)
        else:
            sc = evaluate_popcorn(str(popcorn), **hooks)
            title = f"POPCORN: {popcorn.name}"
            if out:
                write_popcorn_report(sc, out, title)
    summary = sc.summary()
    if as_json:
        typer.echo(json.dumps(summary, indent=2))
    else:
        typer.echo(title)
        for k, v in summary.items():
            target = ACLED_TARGETS.get(k) if acled else None
            typer.echo(f"  {k:<40} {v}" + (f"   (target {target})" if target is not None else ""))
        if out:
            typer.echo(f"report: {out / 'report.md'}")


DEFAULT_DB = "sitrep.db"


def _filters(since: str | None, until: str | None, country: str | None, etype: str | None) -> dict:
    """Validate query filters; a bad value is a one-line error that says what is expected."""
    from sitrep.ingest.article import check_date
    from sitrep.model import EVENT_TYPES, SUB_TO_EVENT_TYPE

    check_date(since, "--since")
    check_date(until, "--until")
    if country:
        import pycountry

        if len(country) != 2 or pycountry.countries.get(alpha_2=country.upper()) is None:
            raise SitrepError(f"--country {country!r} is not an ISO 3166-1 alpha-2 code (e.g. IQ, SY, ML)")
        country = country.upper()
    if etype and etype not in EVENT_TYPES and etype not in SUB_TO_EVENT_TYPE:
        raise SitrepError(f"--type {etype!r} is not an ACLED event or sub-event type, e.g. 'Battles' or 'Disrupted weapons use'")
    return {"since": since, "until": until, "country": country, "event_type": etype}


@app.command(epilog="""Examples:

  sitrep ingest articles/ --db sitrep.db

  sitrep ingest articles/ more.jsonl --db postgresql://localhost/test

  sitrep ingest wire.rss urls.txt --db sitrep.db     # RSS/Atom feed files; a file listing article URLs

  sitrep ingest examples/ --quiet
""")
def ingest(
    inputs: list[str] = typer.Argument(..., help="Files, folders, '-', .jsonl files, RSS/Atom feeds, files of URLs."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="SQLite file (default sitrep.db) or a postgresql:// URL."),
    published: str = typer.Option(None, "--published", "-p", help="Publication date YYYY-MM-DD for every input."),
    publisher: str = typer.Option(None, "--publisher", help="The outlet of every input (e.g. 'Daily Nation'): a hint of the story's country when the text names none."),
    language: str = typer.Option(None, "--language", "-l", help="Force the language (fr, en)."),
    workers: int = typer.Option(1, "--workers", "-w", help="Extraction processes."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Extract articles and store them in the event database, merging reports of the same incident.

    Idempotent: the same article again adds nothing. Each article is one transaction. A bad article
    is logged in the failures table and on stderr; the rest goes on. Prints a JSON summary at the end.
    """
    from sitrep.ingest.article import check_date
    from sitrep.runners.local import Options, run_extract
    from sitrep.store import open_store
    from sitrep.store.db import IngestStats

    try:
        check_date(published, "--published")
        store = open_store(db)
    except SitrepError as err:
        _fail(str(err))
    stats = IngestStats()
    show = not quiet and sys.stderr.isatty()
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[rate]}"), TimeRemainingColumn(), console=err_console, transient=True,
                  disable=not show) as progress:
        from sitrep.ingest.sources import estimate_total

        task = progress.add_task("ingesting", total=estimate_total(inputs) if show else None, rate="")
        for res in run_extract(list(inputs), Options(published=published, language=language, publisher=publisher),
                               workers=workers):
            stats.articles_read += 1
            if res.document is not None:
                try:
                    store.ingest_document(res.document, stats)
                except Exception as err:  # one article's failure must not stop the batch
                    res.error = f"{res.source}: could not be stored ({type(err).__name__}: {str(err).splitlines()[0]})"
            if res.error:
                stats.articles_failed += 1
                store.record_failure(res.source, res.error)
                sys.stderr.write(f"sitrep: error: {' '.join(res.error.split())}\n")
            progress.update(task, advance=1, rate=f"{stats.articles_read / max(progress.tasks[0].elapsed or 1e-9, 1e-9):.1f}/s")
    if stats.articles_new:
        store.optimize()
    typer.echo(json.dumps(stats.summary()))
    if stats.articles_read and stats.articles_failed == stats.articles_read:
        raise typer.Exit(1)


@app.command(epilog="""Examples:

  sitrep events --db sitrep.db

  sitrep events --since 2022-01-01 --country IQ --type "Disrupted weapons use" --format json

  sitrep events --format csv > incidents.csv
""")
def events(
    db: str = typer.Option(DEFAULT_DB, "--db", help="SQLite file or postgresql:// URL."),
    since: str = typer.Option(None, "--since", help="First day, YYYY-MM-DD."),
    until: str = typer.Option(None, "--until", help="Last day, YYYY-MM-DD."),
    country: str = typer.Option(None, "--country", help="ISO 3166-1 alpha-2 code, e.g. IQ."),
    etype: str = typer.Option(None, "--type", help="ACLED event type or sub-event type."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv (ACLED columns)."),
    limit: int = typer.Option(None, "--limit", help="At most this many incidents."),
) -> None:
    """List the incidents in the database (merged across articles), with filters."""
    from sitrep.export import to_acled_csv

    try:
        filt = _filters(since, until, country, etype)
        if fmt not in ("table", "json", "csv"):
            raise SitrepError(f"--format {fmt!r}: choose table, json or csv")
        from sitrep.store import open_store

        recs = open_store(db).incidents(limit=limit, **filt)
    except SitrepError as err:
        _fail(str(err))
    if fmt == "json":
        typer.echo(json.dumps(recs, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        sys.stdout.write(to_acled_csv(recs))
    else:
        from rich.table import Table

        t = Table(header_style="bold")
        for col in ("date", "type", "where", "actor1", "killed", "sources"):
            t.add_column(col, overflow="fold")
        for r in recs:
            loc = r.get("location") or {}
            t.add_row(r.get("event_date") or "?", r["sub_event_type"], f"{loc.get('name') or '?'} ({loc.get('country') or '?'})",
                      (r.get("actor1") or {}).get("name") or "", "" if r.get("fatalities") is None else str(r["fatalities"]),
                      str(len(r.get("sources") or [])))
        Console(width=160).print(t)


@app.command(epilog="""Examples:

  sitrep export --format geojson -o incidents.geojson

  sitrep export --format acled-csv -o iraq.csv --country IQ --since 2022-01-01

  sitrep export --format jsonl -o all.jsonl --db postgresql://localhost/test

  sitrep export --format parquet -o incidents.parquet
""")
def export(
    fmt: str = typer.Option(..., "--format", "-f", help="acled-csv, geojson, jsonl or parquet."),
    out: Path = typer.Option(..., "--out", "-o", help="The file to write."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="SQLite file or postgresql:// URL."),
    since: str = typer.Option(None, "--since", help="First day, YYYY-MM-DD."),
    until: str = typer.Option(None, "--until", help="Last day, YYYY-MM-DD."),
    country: str = typer.Option(None, "--country", help="ISO 3166-1 alpha-2 code."),
    etype: str = typer.Option(None, "--type", help="ACLED event type or sub-event type."),
) -> None:
    """Export incidents in the formats analysts already use."""
    from sitrep.export import EXPORTERS

    try:
        filt = _filters(since, until, country, etype)
        if fmt not in EXPORTERS:
            raise SitrepError(f"--format {fmt!r}: choose one of {', '.join(EXPORTERS)}")
        from sitrep.store import open_store

        recs = open_store(db).incidents(**filt)
        data = EXPORTERS[fmt](recs)
        if isinstance(data, bytes):
            out.write_bytes(data)
        else:
            out.write_text(data, encoding="utf-8")
    except (SitrepError, OSError) as err:
        _fail(str(err))
    typer.echo(f"{len(recs)} incidents -> {out}")


@app.command(epilog="""Examples:

  sitrep failures --db sitrep.db

  sitrep failures --db postgresql://localhost/test --json
""")
def failures(
    db: str = typer.Option(DEFAULT_DB, "--db", help="SQLite file or postgresql:// URL."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """List the inputs that could not be read or stored, with the reason."""
    from sitrep.store import open_store

    try:
        rows = open_store(db).failures()
    except SitrepError as err:
        _fail(str(err))
    if as_json:
        typer.echo(json.dumps(rows, indent=2))
    else:
        for r in rows:
            typer.echo(f"{r['created_at']}  {r['source']}: {r['reason']}")


@app.command(epilog="""Examples:

  sitrep serve --db sitrep.db

  SITREP_API_TOKEN=secret sitrep serve --db postgresql://localhost/test --port 8080

  sitrep serve --db sitrep.db --tiles "https://tile.openstreetmap.org/{z}/{x}/{y}.png" --tiles-attribution "© OpenStreetMap"
""")
def serve(
    db: str = typer.Option(DEFAULT_DB, "--db", help="SQLite file or postgresql:// URL."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8000, "--port", help="Port."),
    tiles: str = typer.Option(None, "--tiles", help="Optional online tile layer URL template for the map, e.g. "
                              "https://tile.openstreetmap.org/{z}/{x}/{y}.png (off by default: the page needs no network)."),
    tiles_attribution: str = typer.Option(None, "--tiles-attribution", help="Credit line shown for --tiles."),
    workers: int = typer.Option(1, "--workers", min=1, help="Server processes (each opens its own connections)."),
    log_level: str = typer.Option("info", "--log-level", help="uvicorn log level: warning, info, debug."),
) -> None:
    """Serve the web page (map, timeline, incident cards) and the REST API (OpenAPI docs at /docs)."""
    import uvicorn

    from sitrep.serve import create_app

    try:
        application = create_app(db, tiles=tiles, tiles_attribution=tiles_attribution)
    except SitrepError as err:
        _fail(str(err))
    if workers == 1:
        uvicorn.run(application, host=host, port=port, log_level=log_level)
        return
    # several processes: each builds its own app from the same settings
    os.environ.update({"SITREP_DB": db, "SITREP_TILES": tiles or "", "SITREP_TILES_ATTRIBUTION": tiles_attribution or ""})
    uvicorn.run("sitrep.serve.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level=log_level)


def main() -> None:  # pragma: no cover
    app()
