"""Plain text -> paragraphs: our paragraph model.

A paragraph is a block between blank lines. Text saved with one line per paragraph (no blank
lines at all) is read one paragraph a line. The first paragraph is the headline when it is short
and has no final full stop.
"""

from __future__ import annotations

import re
from functools import cache

from sitrep.lang import SUPPORTED, load

_BLANK = re.compile(r"\n[ \t]*\n+")
_WS = re.compile(r"[ \t\u00a0]+")


def split_paragraphs(text: str) -> list[str]:
    text = text.strip()
    blocks = _BLANK.split(text) if _BLANK.search(text) else text.split("\n")
    out = []
    for block in blocks:
        lines = [_WS.sub(" ", line).strip() for line in block.split("\n")]
        block = "\n".join(line for line in lines if line)
        if block:
            out.append(block)
    return out


# what a headline never does: hold two sentences ("... Mohan. They were joined by"), or stop on a
# word that opens a phrase ("under the aegis of", "attacked a", "joined by"): that is a line the
# text was wrapped at, as is one whose next paragraph goes on in lowercase
_TWO_SENTENCES = re.compile(r"[^\W\d_]{2}[.!?]\s+[A-Z]")


@cache
def _ends_open() -> re.Pattern:
    """A line ending on an article, a preposition or a conjunction of any supported language (the
    headline is split off before the language is known): boilerplate.yaml's `open_endings`."""
    words = {str(w).lower() for lang in SUPPORTED for w in load(lang, "boilerplate").get("open_endings", [])}
    return re.compile(rf"(?:^|\s)(?:{'|'.join(re.escape(w) for w in sorted(words))})$", re.I)


def split_title(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    """The first paragraph as the headline when it is one: short, one line, with no final stop, and
    neither cut off mid-sentence nor holding two sentences; the rest as the body."""
    if len(paragraphs) > 1:
        first = paragraphs[0].rstrip()
        if len(first) <= 250 and "\n" not in first and not first.endswith((".", "!", ":", ",", ";")) \
                and not _TWO_SENTENCES.search(first) and not _ends_open().search(first) \
                and not paragraphs[1][:1].islower():
            return first, paragraphs[1:]
    return None, paragraphs
