"""RSS 2.0 and Atom feeds -> items (title, link, published day, body), with the standard library."""

from __future__ import annotations

import email.utils
import xml.etree.ElementTree as ET
from datetime import datetime

_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"


def _day(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()  # RSS: RFC 822
    except (TypeError, ValueError):
        pass
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()  # Atom: RFC 3339
    except ValueError:
        return None


def _text(el) -> str | None:
    return el.text.strip() if el is not None and el.text and el.text.strip() else None


def parse_feed(data: bytes) -> list[dict]:
    try:
        root = ET.fromstring(data)
    except ET.ParseError as err:
        raise ValueError(str(err)) from None
    # the feed's own title names the outlet ("Daily Nation - News"): each item's publisher
    channel = root.find("channel")
    publisher = _text(channel.find("title")) if channel is not None else _text(root.find(f"{_ATOM}title"))
    items = []
    for it in root.iter("item"):  # RSS 2.0 (and RSS 1.0 without namespaces)
        items.append({
            "title": _text(it.find("title")), "link": _text(it.find("link")),
            "published": _day(_text(it.find("pubDate")) or _text(it.find(_DC_DATE))),
            "body": _text(it.find(_CONTENT)) or _text(it.find("description")), "publisher": publisher,
        })
    for entry in root.iter(f"{_ATOM}entry"):
        link = entry.find(f"{_ATOM}link")
        items.append({
            "title": _text(entry.find(f"{_ATOM}title")), "link": link.get("href") if link is not None else None,
            "published": _day(_text(entry.find(f"{_ATOM}published")) or _text(entry.find(f"{_ATOM}updated"))),
            "body": _text(entry.find(f"{_ATOM}content")) or _text(entry.find(f"{_ATOM}summary")),
            "publisher": publisher,
        })
    return items
