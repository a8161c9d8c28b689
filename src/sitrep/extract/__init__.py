"""Stage 3, extract: Article -> events and quotes (the spec's Document).

Needs: an Article (ingest) and its spaCy Doc (nlp). Adds: quotes with speakers, event mentions
from trigger lexicons and the dependency parse, merged into one record per incident, each field
tied to its sentence. Calls the timeline and geo stages for dates and places.
"""

from sitrep.extract.pipeline import extract_article, extract_doc

__all__ = ["extract_article", "extract_doc"]
