"""Find and resolve date expressions, with the words as data (`lang/<iso>/dates.yaml`).

dateparser reads numeric dates ("05/01/2022") by the language's day/month order, and we use it for
those; it misreads bare weekdays
and relative chains (with PREFER_DATES_FROM='past' it maps "mercredi" to the week before when
the base day is itself a Wednesday, and `search_dates` takes "je" for a weekday), so those are
resolved here: a weekday is the most recent such day on or before publication; a chain is
relative to the previous incident told.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from sitrep.lang import load


@dataclass
class DateExpr:
    start: int  # offsets in the searched text
    end: int
    kind: str  # explicit | month | year | weekday | published | previous | vague | anniversary
    value: object  # date, (year, month), int year, weekday number, offset days, (offset, precision), years
    precision: int = 1


@cache
def _patterns(lang: str) -> dict[str, re.Pattern]:
    d = load(lang, "dates")

    def alt(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    months = alt(d["months"])
    pats = {
        "iso": re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
        "dmy": re.compile(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s+({months})\.?(?:,?\s+(\d{{4}}))?\b", re.I),
        "mdy": re.compile(rf"\b({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I),
        "my": re.compile(rf"\b(?:en |in )?({months})\s+(\d{{4}})\b", re.I),
        "year": re.compile(r"\b(?:en|in|depuis|since|de|of)\s+((?:19|20)\d{2})\b"),
        "weekday": re.compile(rf"\b({alt(d['weekdays'])})\b", re.I),
        "published": re.compile(rf"(?<![\w-])({alt(d['relative_to_published'])})(?![\w-])", re.I),
        "previous": re.compile(rf"(?<![\w-])({alt(d['relative_to_previous'])})(?![\w-])", re.I),
        "vague": re.compile(rf"(?<![\w-])({alt(d['vague'])})(?![\w-])", re.I),
        "anniversary": re.compile(
            rf"\b({alt(d['ordinals'])})\s+({alt(d['anniversary_words'])})\b", re.I),
    }
    return pats


def find_dates(text: str, lang: str) -> list[DateExpr]:
    """Every date expression in `text`, in text order, overlapping ones resolved longest first."""
    d = load(lang, "dates")
    p = _patterns(lang)
    months = {k.lower(): v for k, v in d["months"].items()}
    found: list[DateExpr] = []
    for m in p["iso"].finditer(text):
        found.append(DateExpr(m.start(), m.end(), "explicit", (int(m[1]), int(m[2]), int(m[3]))))
    for m in p["dmy"].finditer(text):
        found.append(DateExpr(m.start(), m.end(), "explicit", (int(m[3]) if m[3] else None, months[m[2].lower()],
                                                               int(m[1]))))
    for m in _NUMERIC.finditer(text):
        value = _numeric_date(m.group(0), lang)
        if value is not None:
            found.append(DateExpr(m.start(), m.end(), "explicit", value))
    for m in p["mdy"].finditer(text):
        found.append(DateExpr(m.start(), m.end(), "explicit", (int(m[3]) if m[3] else None, months[m[1].lower()],
                                                               int(m[2]))))
    for m in p["my"].finditer(text):
        found.append(DateExpr(m.start(), m.end(), "month", (int(m[2]), months[m[1].lower()]), 3))
    for m in p["year"].finditer(text):
        found.append(DateExpr(m.start(1), m.end(1), "year", int(m[1]), 3))
    wd = {k.lower(): v for k, v in d["weekdays"].items()}
    for m in p["weekday"].finditer(text):
        found.append(DateExpr(m.start(), m.end(), "weekday", wd[m[1].lower()]))
    for key, table in (("published", "relative_to_published"), ("previous", "relative_to_previous")):
        tab = {k.lower(): v for k, v in d[table].items()}
        for m in p[key].finditer(text):
            found.append(DateExpr(m.start(), m.end(), key, tab[m[1].lower()]))
    vag = {k.lower(): v for k, v in d["vague"].items()}
    for m in p["vague"].finditer(text):
        v = vag[m[1].lower()]
        found.append(DateExpr(m.start(), m.end(), "vague", v["offset"], v["precision"]))
    ords = {k.lower(): v for k, v in d["ordinals"].items()}
    for m in p["anniversary"].finditer(text):
        found.append(DateExpr(m.start(), m.end(), "anniversary", ords[m[1].lower()]))
    # keep the longest of overlapping expressions ("mardi 4 janvier 2022" -> the explicit date wins)
    found.sort(key=lambda e: (-(e.end - e.start), e.start))
    kept: list[DateExpr] = []
    for e in found:
        if not any(e.start < k.end and k.start < e.end for k in kept):
            kept.append(e)
    # a weekday right before an explicit date is part of it
    kept.sort(key=lambda e: e.start)
    return [e for i, e in enumerate(kept)
            if not (e.kind == "weekday" and i + 1 < len(kept) and kept[i + 1].kind == "explicit"
                    and 0 <= kept[i + 1].start - e.end <= 4)]


# Numeric dates ("05/01/2022", "5.1.2022"): the day/month order depends on the language, which
# dateparser knows; our own patterns handle the worded forms and everything relative.
_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})(?![\d/.])")


@cache
def _numeric_date(s: str, lang: str) -> tuple[int, int, int] | None:
    import dateparser

    order = load(lang, "dates").get("numeric_order", "DMY")
    d = dateparser.parse(s, languages=[lang], settings={"DATE_ORDER": order, "STRICT_PARSING": True})
    return (d.year, d.month, d.day) if d else None


def resolve(expr: DateExpr, published: date | None, previous: date | None) -> tuple[date, int] | None:
    """(day, time precision) for an expression, or None when it needs a date we do not have."""
    k = expr.kind
    if k == "explicit":
        y, mo, dd = expr.value
        if y is None:
            if published is None:
                return None
            y = published.year
            try:
                if date(y, mo, dd) > published + timedelta(days=7):
                    y -= 1
            except ValueError:
                return None
        try:
            return date(y, mo, dd), 1
        except ValueError:
            return None
    if k == "month":
        y, mo = expr.value
        return date(y, mo, 1), 3
    if k == "year":
        return date(expr.value, 1, 1), 3
    if published is None:
        return None if k != "previous" or previous is None else (previous + timedelta(days=expr.value), 1)
    if k == "weekday":
        back = (published.weekday() - expr.value) % 7
        return published - timedelta(days=back), 1
    if k == "published":
        return published + timedelta(days=expr.value), 1
    if k == "previous":
        if previous is None:
            return None
        return previous + timedelta(days=expr.value), 1
    if k == "vague":
        return published + timedelta(days=expr.value), expr.precision
    return None


def dateline_date(head: str, lang: str) -> str | None:
    """A publication date read from a dateline at the start of the text ("BAMAKO, 4 mars 2023 (AFP) -").

    Only a full explicit date with a year in the first line counts: a strong clue, not a guess.
    """
    first = head.split("\n", 1)[0]
    for e in find_dates(first, lang):
        if e.kind == "explicit" and e.value[0] is not None and e.start < 60:
            r = resolve(e, None, None)
            if r:
                return r[0].isoformat()
    return None
