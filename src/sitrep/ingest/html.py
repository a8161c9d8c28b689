"""HTML -> body text, title and publication date (trafilatura + htmldate)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.errors import InputError

_HTML_HINT = re.compile(r"<(!doctype html|html|body|head|p|div|article|br)\b", re.I)


def looks_like_html(text: str) -> bool:
    """True when the content (not the file name) is HTML: a few tags near the start."""
    head = text[:4000]
    return bool(_HTML_HINT.search(head)) and head.count("<") >= 2


@dataclass
class HtmlParts:
    text: str
    title: str | None
    published: str | None
    url: str | None
    sitename: str | None = None


def extract_html(html: str, source: str, url: str | None = None) -> HtmlParts:
    """Main text via trafilatura (which drops navigation and most boilerplate), date via htmldate."""
    import trafilatura
    from htmldate import find_date

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=False, deduplicate=False,
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or len(text.split()) < 5:
        raise InputError(source, "HTML has no article text (empty body or only navigation)")
    title = getattr(doc, "title", None)
    published = None
    try:
        published = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # htmldate raises on odd markup; a missing date is not an error
        published = None
    # trafilatura puts one paragraph a line; our paragraph model wants blank lines between them.
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    return HtmlParts("\n\n".join(paragraphs), title, published, getattr(doc, "url", None) or url,
                     getattr(doc, "sitename", None) or None)
