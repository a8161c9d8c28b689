"""Spelling slips in event words, read as the word meant before the tagger sees them.

Reposts, wire notes and machine translations misspell the one word that tells the event
("protesed", "demosntrated", "Clahes") or glue it to its neighbour ("demonstrationin",
"protestagainst", "hungerstrike"); read as written, the note reports nothing. This stage:

- splits a glued word into its words (the text and every character offset stay as they were:
  only the token boundaries move), before the statistical components run;
- gives a misspelt event word the norm of the word meant (the tagger and parser read the norm),
  and, after the lemmatizer, its lemma (the trigger tables match lemmas).

Needs: tokens. Adds: split tokens; `norm_` and `lemma_` of slips; `Token._.slip` (the word meant).

What counts as an event word, and when a word is a slip at all, is per-language data
(`lang/<iso>/spelling.yaml`); the dictionary that tells a slip from a word is pyspellchecker's word
list for the language (shipped in the package, no download).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitrep.lang import load

if not Token.has_extension("slip"):
    Token.set_extension("slip", default=None)


@dataclass(frozen=True)
class _Speller:
    known: dict[str, int]  # the dictionary's words, with their counts
    slips: dict[str, str]  # a one-edit misspelling -> the one event word it can be
    dropped: frozenset[str]  # those of them made by a letter left out, added or swapped (not changed)
    events: frozenset[str]  # event words, for glued words
    glued: dict[str, tuple[str, str]]  # "hungerstrike" -> ("hunger", "strike"): two-word event phrases
    min_length: int
    glued_min: int  # the shortest event word read glued to another ("protest" in "protestagainst")
    split_min: int
    never: frozenset[str]

    def split(self, low: str) -> tuple[int, ...] | None:
        """Where a glued word breaks: the lengths of its parts (None: not an event word glued to a word)."""
        if low in self.glued:
            return (len(self.glued[low][0]), len(self.glued[low][1]))
        for cut in range(2, len(low) - 1):
            head, tail = low[:cut], low[cut:]
            if head in self.events and len(head) >= self.glued_min and self._common(tail):
                return (cut, len(tail))
            if tail in self.events and len(tail) >= self.glued_min and self._common(head):
                return (cut, len(tail))
        return None

    def _common(self, word: str) -> bool:
        return len(word) >= 2 and (self.known.get(word) or 0) >= self.split_min

    def unknown(self, low: str) -> bool:
        return len(low) >= self.min_length and low.isalpha() and low not in self.known and low not in self.never \
            and low not in self.events


def _edits(word: str, letters: str, change: bool = True) -> set[str]:
    """Every string one edit from `word`: a letter left out, swapped with the next, added or (with
    `change`) changed (`letters`: the language's alphabet)."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in cuts if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    out |= {a + c + b for a, b in cuts for c in letters}
    if change:
        out |= {a + c + b[1:] for a, b in cuts if b for c in letters}
    return out


def _words(value) -> list[str]:
    """The strings of a YAML value (a list, or a dict of lists)."""
    if isinstance(value, dict):
        return [w for v in value.values() for w in _words(v)]
    if isinstance(value, list):
        return [str(w) for w in value]
    return []


@cache
def speller(lang: str) -> _Speller | None:
    """The language's slip reader (None for a language with no spelling data or dictionary)."""
    try:
        cfg = load(lang, "spelling")
    except FileNotFoundError:
        return None
    from spellchecker import SpellChecker

    try:
        known = SpellChecker(language=lang).word_frequency.dictionary
    except ValueError:  # pyspellchecker has no dictionary for the language
        return None
    triggers = load(lang, "triggers")
    entries = [w.lower() for key in cfg["vocabulary"] for w in _words(triggers.get(key))]
    events = frozenset(w for w in entries if w.isalpha())
    glued = {"".join(p): (p[0], p[1]) for p in (e.split() for e in entries) if len(p) == 2 and all(x.isalpha() for x in p)}
    n = cfg["min_length"]
    candidates: dict[str, set[str]] = defaultdict(set)
    for word in events:
        if len(word) >= n:
            for e in _edits(word, cfg["letters"]):
                if e not in known and e not in events:
                    candidates[e].add(word)
    slips = {e: next(iter(ws)) for e, ws in candidates.items() if len(ws) == 1}
    dropped = frozenset(e for w in set(slips.values()) for e in _edits(w, cfg["letters"], change=False) if slips.get(e) == w)
    return _Speller(known, slips, dropped, events, glued, n, cfg["glued_min_length"], cfg["split_min_frequency"],
                    frozenset(cfg.get("never") or ()))


def _opens(doc: Doc, tok: Token) -> bool:
    """A capitalised word that opens the text, a sentence or a line."""
    t, i = tok.text, tok.i
    if not t[:1].isupper() or not t[1:].islower():
        return False
    return i == 0 or doc[i - 1].text in (".", "!", "?", ":", ";") or "\n" in doc[i - 1].text + doc[i - 1].whitespace_


def _place(word: str) -> bool:
    from sitrep.geo.gazetteer import load_gazetteer  # only for the rare capitalised slip

    return bool(load_gazetteer().lookup(word))


@Language.factory("sitrep_slips", default_config={"lang": "en"})
def make_slips(nlp: Language, name: str, lang: str):
    def slips(doc: Doc) -> Doc:
        sp = speller(lang)
        if sp is None:
            return doc
        cuts: list[tuple[Token, tuple[int, ...]]] = []
        for tok in doc:
            low = tok.lower_
            if not sp.unknown(low):
                continue
            lower = tok.text.islower()
            if not lower and not _opens(doc, tok):
                continue
            parts = sp.split(low)  # before a one-edit reading: "proteston" is "protest on", not "protestor"
            if parts:
                cuts.append((tok, parts))
                continue
            meant = sp.slips.get(low)
            # a capitalised word with a letter changed is more often a name ("Attock", "Harpal") than a
            # slip, and a place's name ("Dharan") is never one
            if meant is not None and (lower or (low in sp.dropped and not _place(tok.text))):
                tok.norm_ = meant
                tok._.slip = meant
        if cuts:
            with doc.retokenize() as retok:
                for tok, (a, _) in cuts:
                    retok.split(tok, [tok.text[:a], tok.text[a:]], heads=[(tok, 1), (tok, 1)])
        return doc

    return slips


@Language.factory("sitrep_slip_lemmas")
def make_slip_lemmas(nlp: Language, name: str):
    lemmatizer = nlp.get_pipe("lemmatizer")
    memo: dict[tuple[str, str], str] = {}

    def lemma_of(word: str, pos: str) -> str:
        key = (word, pos)
        if key not in memo:
            one = Doc(nlp.vocab, words=[word])
            one[0].pos_ = pos
            memo[key] = lemmatizer(one)[0].lemma_ or word
        return memo[key]

    def slip_lemmas(doc: Doc) -> Doc:
        for tok in doc:
            if tok._.slip is not None:
                tok.lemma_ = lemma_of(tok._.slip, tok.pos_)
        return doc

    return slip_lemmas
