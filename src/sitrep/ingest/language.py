"""Which language an article is written in (lingua), restricted to a few languages.

The detector is built for the languages we have resources for plus a few that a French or
English feed often carries, so that a Spanish article is reported as Spanish (and refused with a
clear message) rather than forced into French. Restricting it keeps memory at tens of MB instead
of the ~270 MB of the full model set.
"""

from __future__ import annotations

from functools import cache

_CANDIDATES = ("FRENCH", "ENGLISH", "SPANISH", "GERMAN", "ITALIAN", "PORTUGUESE", "ARABIC", "DUTCH")


@cache
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, name) for name in _CANDIDATES]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it is too short to tell."""
    sample = text[:3000]
    if len(sample.strip()) < 3:
        return None
    lang = _detector().detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang is not None else None
