"""Where articles come from: files, folders, stdin, JSONL, RSS/Atom feeds, files listing URLs.
Yields `RawInput`s in input order.

A source that cannot be read becomes a `RawInput` carrying its error, so one bad file never stops
the batch and the caller can report it where it sits in the input order.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import InputError
from sitrep.ingest.decode import DEFAULT_MAX_BYTES

_SKIP_SUFFIXES = {".pyc", ".db", ".sqlite"}


@dataclass
class RawInput:
    """One article before decoding: bytes from a file, or the fields of a JSONL record."""

    source: str  # what to call it in messages: the path as given, "path:line" for JSONL, "-"
    data: bytes | None = None
    text: str | None = None
    html: str | None = None
    id: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    path: str | None = None
    title: str | None = None
    publisher: str | None = None  # the outlet (site name, feed title): a hint of the story's country
    error: InputError | None = None


def _files(root: Path) -> list[Path]:
    return sorted(
        p for p in root.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
        and p.suffix.lower() not in _SKIP_SUFFIXES
    )


def _read(path: Path, shown: str, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(shown, f"too large ({size / 2**20:.1f} MB > {max_bytes / 2**20:.0f} MB limit); "
                                    "split it or raise the limit with --max-mb")
        return path.read_bytes()
    except OSError as err:
        raise InputError(shown, f"cannot read: {err.strerror or err}") from None


def _jsonl(path: Path, shown: str, max_bytes: int) -> Iterator[RawInput]:
    try:
        data = _read(path, shown, max_bytes)
    except InputError as err:
        yield RawInput(shown, path=shown, error=err)
        return
    for n, line in enumerate(data.splitlines(), 1):
        where = f"{shown}:{n}"
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict):
                raise ValueError("a JSON object was expected")
        except (ValueError, UnicodeDecodeError) as err:
            yield RawInput(where, path=shown, error=InputError(where, f"malformed JSONL line ({err}); "
                                                                     "each line must be one JSON object"))
            continue
        text, html = rec.get("text"), rec.get("html")
        if not isinstance(text, str) and not isinstance(html, str):
            yield RawInput(where, path=shown, error=InputError(where, 'no "text" or "html" string in this record'))
            continue
        yield RawInput(
            where, text=text if isinstance(text, str) else None, html=html if isinstance(html, str) else None,
            id=str(rec["id"]) if rec.get("id") is not None else None, url=rec.get("url"),
            published=rec.get("published"), language=rec.get("language"), path=shown,
            publisher=rec["publisher"] if isinstance(rec.get("publisher"), str) else None,
        )


def estimate_total(paths: Iterable[str]) -> int | None:
    """How many articles the paths hold, for a progress bar's ETA (files count one, JSONL its lines;
    feeds and URL lists count one each, so the figure is a lower bound). None for stdin."""
    total = 0
    for given in paths:
        if given == "-":
            return None
        path = Path(given)
        files = _files(path) if path.is_dir() else [path] if path.exists() else []
        for f in files:
            if f.suffix.lower() == ".jsonl":
                try:
                    with f.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


def iter_inputs(paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawInput]:
    """Expand paths (files, folders, "-" for stdin, *.jsonl) into raw articles, in the order given."""
    for given in paths:
        if given == "-":
            yield RawInput("-", data=sys.stdin.buffer.read(max_bytes + 1), path=None)
            continue
        path = Path(given)
        if path.is_dir():
            files = _files(path)
            if not files:
                yield RawInput(given, path=given, error=InputError(given, "folder holds no files"))
            for f in files:
                yield from _one(f, str(f), max_bytes)
        elif path.exists():
            yield from _one(path, given, max_bytes)
        else:
            yield RawInput(given, path=given, error=InputError(given, "no such file or folder"))


def _one(path: Path, shown: str, max_bytes: int) -> Iterator[RawInput]:
    if path.suffix.lower() == ".jsonl":
        yield from _jsonl(path, shown, max_bytes)
        return
    try:
        data = _read(path, shown, max_bytes)
    except InputError as err:
        yield RawInput(shown, path=shown, error=err)
        return
    if is_feed(data):
        yield from feed_items(data, shown)
    elif is_url_list(data):
        for url in data.decode("utf-8", "replace").split():
            yield from fetch(url, max_bytes)
    else:
        yield RawInput(shown, data=data, path=shown)


_FEED = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.S)
_URL_LINE = re.compile(rb"^https?://\S+$")


def is_feed(data: bytes) -> bool:
    """An RSS or Atom document (by its root element, not its file name)."""
    return bool(_FEED.match(data[:2048].lstrip(b"\xef\xbb\xbf")))


def is_url_list(data: bytes) -> bool:
    """A text file whose every non-empty line is an http(s) URL."""
    lines = [ln.strip() for ln in data.splitlines() if ln.strip() and not ln.strip().startswith(b"#")]
    return bool(lines) and all(_URL_LINE.match(ln) for ln in lines)


def feed_items(data: bytes, source: str) -> Iterator[RawInput]:
    """The items of an RSS 2.0 or Atom feed, each an article (its full content or its summary)."""
    from sitrep.ingest.feeds import parse_feed

    try:
        items = parse_feed(data)
    except ValueError as err:
        yield RawInput(source, path=source, error=InputError(source, f"malformed feed ({err})"))
        return
    if not items:
        yield RawInput(source, path=source, error=InputError(source, "feed has no items"))
    for n, it in enumerate(items, 1):
        where = f"{source}#item{n}"
        if not it.get("body"):
            yield RawInput(where, path=source, error=InputError(where, "feed item has no text"))
            continue
        yield RawInput(where, html=f"<html><body><article><p>{it['body']}</p></article></body></html>"
                       if "<" not in it["body"] else f"<html><body><article>{it['body']}</article></body></html>",
                       url=it.get("link"), published=it.get("published"), title=it.get("title"), path=source,
                       publisher=it.get("publisher"))


def fetch(url: str, max_bytes: int, timeout: float = 20.0) -> Iterator[RawInput]:
    """Download one article (or feed) URL listed in a file; a network failure is that input's error."""
    import urllib.error
    import urllib.request

    req = urllib.request.Request(url, headers={"User-Agent": "sitrep/0.1 (+https://github.com/sitrep)"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (the user listed these URLs)
            data = resp.read(max_bytes + 1)
    except (urllib.error.URLError, OSError, ValueError) as err:
        yield RawInput(url, url=url, error=InputError(url, f"could not download it ({getattr(err, 'reason', err)})"))
        return
    if len(data) > max_bytes:
        yield RawInput(url, url=url, error=InputError(url, "too large; raise the limit with --max-mb"))
    elif is_feed(data):
        yield from feed_items(data, url)
    else:
        yield RawInput(url, data=data, url=url)
