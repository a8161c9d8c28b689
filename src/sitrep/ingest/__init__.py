"""Stage 1, ingest: bytes -> Article (decoded, boilerplate removed, language and date known).

Needs: raw bytes (or a JSONL record). Adds: `Article` with cleaned `text` whose offsets all later
stages point into.
"""

from sitrep.ingest.article import build_article
from sitrep.ingest.sources import RawInput, iter_inputs

__all__ = ["RawInput", "build_article", "iter_inputs"]
