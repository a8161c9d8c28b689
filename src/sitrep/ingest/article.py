"""RawInput -> Article: decode, HTML or text, boilerplate, language, publication date, stable id."""

from __future__ import annotations

import hashlib
import re
from datetime import date

from sitrep.errors import InputError
from sitrep.ingest.boilerplate import find_original_source, remove_boilerplate
from sitrep.ingest.decode import DEFAULT_MAX_BYTES, decode
from sitrep.ingest.html import extract_html, looks_like_html
from sitrep.ingest.language import detect_language
from sitrep.ingest.sources import RawInput
from sitrep.ingest.text import split_paragraphs, split_title
from sitrep.lang import SUPPORTED
from sitrep.model import Article

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A dateline such as "GAO, 5 mars 2023 (AFP) -" or "Jan. 5, 2022 -" at the very start.
_DATELINE_WINDOW = 160


def check_date(value: str | None, source: str) -> str | None:
    """Validate a YYYY-MM-DD date given by the caller; None passes through."""
    if value in (None, ""):
        return None
    if not isinstance(value, str) or not _ISO.match(value):
        raise InputError(source, f"{value!r} is not a date in YYYY-MM-DD form")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise InputError(source, f"published date {value!r} is not a real day") from None
    return value


def build_article(raw: RawInput, published: str | None = None, language: str | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Turn one raw input into a clean Article, or raise InputError saying why it cannot be read.

    The publication date comes, in order, from the caller (option or JSONL field), from HTML
    metadata, or from a dateline at the very start of the text; otherwise it stays unknown and
    relative dates will not be guessed.
    """
    if raw.error is not None:
        raise raw.error
    src = raw.source
    if raw.data is not None:
        body = decode(raw.data, src, max_bytes)
        id_basis = raw.data
    else:
        body = raw.html if raw.html is not None else (raw.text or "")
        id_basis = body.encode("utf-8")
        if not body.strip():
            raise InputError(src, "empty text: nothing to read")
    pub = check_date(published or raw.published, src)
    pub_source = "caller" if pub else "unknown"
    title = None
    url = raw.url
    publisher = raw.publisher
    if raw.text is None and looks_like_html(body):
        parts = extract_html(body, src, url)
        paragraphs = split_paragraphs(parts.text)
        title = raw.title or parts.title
        url = url or parts.url
        publisher = publisher or parts.sitename
        if not pub and parts.published:
            pub, pub_source = parts.published, "html"
        if title and paragraphs and _same(paragraphs[0], title):
            paragraphs = paragraphs[1:]
    else:
        paragraphs = split_paragraphs(body)
        title, paragraphs = split_title(paragraphs)
    if not paragraphs:
        raise InputError(src, "no text left after removing the headline and boilerplate")
    lang = language or raw.language or detect_language("\n".join(paragraphs))
    if lang not in SUPPORTED:
        raise InputError(src, f"language {lang or 'unknown'!r} is not supported (supported: "
                              f"{', '.join(SUPPORTED)}); pass --language if the detection is wrong")
    original = find_original_source(paragraphs, lang)
    paragraphs = remove_boilerplate(paragraphs, lang)
    if not paragraphs:
        raise InputError(src, "only boilerplate: no article text left")
    text = "\n\n".join(paragraphs)
    if not pub:
        from sitrep.timeline.dates import dateline_date

        inferred = dateline_date(text[:_DATELINE_WINDOW], lang)
        if inferred:
            pub, pub_source = inferred, "text"
    digest = hashlib.sha256(id_basis).hexdigest()[:16]
    return Article(
        id=raw.id or digest, path=raw.path, url=url, title=title, language=lang, published=pub,
        published_source=pub_source, text=text, original_source=original, publisher=publisher,
    )


def _same(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", s).strip().lower()  # noqa: E731
    return norm(a) == norm(b)
