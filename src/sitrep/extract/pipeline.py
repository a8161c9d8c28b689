"""The whole extraction for one article, as one pure function over typed records."""

from __future__ import annotations

from collections import Counter
from datetime import date

from spacy.tokens import Doc

from sitrep.extract.incidents import build_events
from sitrep.extract.lexicon import get_lexicon
from sitrep.extract.mentions import mentions_in_doc
from sitrep.extract.quotes import find_quotes
from sitrep.geo.gazetteer import Gazetteer, load_gazetteer
from sitrep.geo.resolve import norm_keep_len
from sitrep.model import Article, Document
from sitrep.nlp import get_nlp


def country_context(text: str, gz: Gazetteer) -> Counter:
    """How often each country is named in the article: the context that disambiguates place names."""
    folded = norm_keep_len(text)
    counts: Counter = Counter()
    for word_run in set(folded.split()):
        cc = gz.country_names.get(word_run)
        if cc and len(word_run) > 3:
            counts[cc] += folded.split().count(word_run)
    return counts


def extract_doc(article: Article, doc: Doc, gz: Gazetteer | None = None) -> Document:
    """Events and quotes of an article whose text is already parsed (runners batch the parsing)."""
    gz = gz or load_gazetteer()
    lex = get_lexicon(article.language)
    published = date.fromisoformat(article.published) if article.published else None
    quotes, speech = find_quotes(doc, lex)
    context = country_context(article.text, gz)
    mentions = mentions_in_doc(doc, lex, gz, speech, published, context)
    main = context.most_common(1)[0][0] if context else None
    events = build_events(doc, mentions, lex, gz, article.id, published, main)
    return Document(article=article, events=events, quotes=quotes)


def extract_article(article: Article, gz: Gazetteer | None = None) -> Document:
    """Parse and extract one article."""
    doc = get_nlp(article.language)(article.text)
    return extract_doc(article, doc, gz)
