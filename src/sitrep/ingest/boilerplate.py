"""Remove the boilerplate that survives HTML extraction or comes with plain-text reposts.

Works on the paragraph model of `ingest.text`: patterns (per language, in
`lang/<iso>/boilerplate.yaml`) drop whole lines; a "see also" header drops itself and the short
list lines after it; separator lines go; a paragraph repeated verbatim (a photo caption printed
twice) is kept once. The credited outlet of a repost is read before anything is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitrep.lang import load, load_shared

_SHORT_LIST_LINE = 220  # a line of a related-articles list is a headline, not a paragraph


@dataclass(frozen=True)
class _Patterns:
    drop: tuple[re.Pattern, ...]
    see_also: tuple[re.Pattern, ...]
    original_source: tuple[re.Pattern, ...]
    original_marker: tuple[re.Pattern, ...]
    separator: re.Pattern


@cache
def _patterns(lang: str) -> _Patterns:
    data = load(lang, "boilerplate")

    def comp(key: str) -> tuple[re.Pattern, ...]:
        return tuple(re.compile(p, re.I) for p in data.get(key, []))

    chars = re.escape(load_shared("separators")["separator_chars"])
    return _Patterns(
        comp("drop"), comp("see_also"),
        tuple(re.compile(p) for p in data.get("original_source", [])),
        comp("original_marker"), re.compile(rf"^[\s{chars}]{{3,}}$"),
    )


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def find_original_source(paragraphs: list[str], lang: str) -> str | None:
    """The outlet a repost or translation credits: a "(Agence X) –" dateline, "Source: X"..."""
    pats = _patterns(lang)
    for para in paragraphs:
        for line in para.split("\n"):
            for pat in pats.original_source:
                m = pat.search(line.strip())
                if m:
                    return m.group("src").strip(" .–—-")
    return None


def remove_boilerplate(paragraphs: list[str], lang: str) -> list[str]:
    """Return the paragraphs without boilerplate lines, see-also lists, separators and repeats."""
    pats = _patterns(lang)
    out: list[str] = []
    seen: set[str] = set()
    in_list = False
    for para in paragraphs:
        kept_lines = []
        for line in para.split("\n"):
            s = line.strip()
            if pats.separator.match(s):
                in_list = False
                continue
            if any(p.search(s) for p in pats.see_also):
                in_list = True
                continue
            if in_list and len(s) <= _SHORT_LIST_LINE and not s.endswith("."):
                continue
            in_list = False
            if any(p.search(s) for p in pats.drop):
                continue
            kept_lines.append(line)
        if not kept_lines:
            continue
        text = "\n".join(kept_lines)
        key = _norm(text)
        if key in seen:
            continue
        seen.add(key)
        out.append(text)
    return out
