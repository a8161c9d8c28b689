"""Stage 2, nlp: one spaCy pipeline per language, loaded once per process.

Needs: Article.text. Adds: a parsed `Doc` whose sentences respect paragraphs and quotations.
"""

from sitrep.nlp.pipeline import MODELS, get_nlp

__all__ = ["MODELS", "get_nlp"]
