"""Plain text -> paragraphs: our paragraph model.

A paragraph is a block between blank lines. Text saved with one line per paragraph (no blank
lines at all) is read one paragraph a line. The first paragraph is the headline when it is short
and has no final full stop.
"""

from __future__ import annotations

import re

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


def split_title(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    if len(paragraphs) > 1:
        first = paragraphs[0]
        if len(first) <= 250 and "\n" not in first and not first.rstrip().endswith((".", "!", ":")):
            return first, paragraphs[1:]
    return None, paragraphs
