"""Which language an article is written in (lingua), restricted to a few languages.

The detector is built for the languages we have resources for plus a few that a French or
English feed often carries, so that a Spanish article is reported as Spanish (and refused with a
clear message) rather than forced into French. Restricting it keeps lingua's models at about 200 MB
once loaded (the seven Latin-script ones), a fraction of what its 75 languages take.
"""

from __future__ import annotations

from functools import cache

_CANDIDATES = ("FRENCH", "ENGLISH", "SPANISH", "GERMAN", "ITALIAN", "PORTUGUESE", "ARABIC", "DUTCH")
# loaded with the detector: lingua otherwise reads a language's n-gram models the first time a text
# needs them (a text under 120 characters needs every order of them), which cost one article in the
# middle of a run most of a second. Arabic's (77 MB) stay lazy: a text in Arabic script alone is told
# by its script, without the models.
_PRELOADED = ("FRENCH", "ENGLISH", "SPANISH", "GERMAN", "ITALIAN", "PORTUGUESE", "DUTCH")


@cache
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    # detectors share lingua's loaded models, so this one's preloading serves the one returned
    LanguageDetectorBuilder.from_languages(*(getattr(Language, name) for name in _PRELOADED)) \
        .with_preloaded_language_models().build()
    return LanguageDetectorBuilder.from_languages(*(getattr(Language, name) for name in _CANDIDATES)).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it is too short to tell."""
    sample = text[:3000]
    if len(sample.strip()) < 3:
        return None
    lang = _detector().detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang is not None else None
