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
from functools import cache, lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitrep.lang import load

if not Token.has_extension("slip"):
    Token.set_extension("slip", default=None)


@dataclass(frozen=True)
class _Speller:
    known: dict[str, int]  # the dictionary's words, with their counts
    events: frozenset[str]  # event words
    # event words of `min_length` letters or more by (length, first letter) and (length, -last letter):
    # one edit keeps a word's first letter or its last, and its length within one
    near_index: dict[tuple[int, str], tuple[str, ...]]
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

    def meant(self, low: str) -> tuple[str, bool] | None:
        """The one event word (of `min_length` letters or more) one edit away from `low`, and whether
        the edit leaves a letter out, adds or swaps one (not a changed letter); None if none or several."""
        n = len(low)
        pool = {w for k in (n - 1, n, n + 1) for w in (*self.near_index.get((k, low[0]), ()),
                                                       *self.near_index.get((-k, low[-1]), ()))}
        near = [(w, edit) for w in pool if (edit := _one_edit(low, w)) is not None]
        if len(near) != 1:
            return None
        return near[0][0], near[0][1] != "change"

    def _common(self, word: str) -> bool:
        return len(word) >= 2 and (self.known.get(word) or 0) >= self.split_min

    def unknown(self, low: str) -> bool:
        return len(low) >= self.min_length and low.isalpha() and low not in self.known and low not in self.never \
            and low not in self.events


def _one_edit(a: str, b: str) -> str | None:
    """How `a` is one edit from `b` ("drop": a letter of `b` left out, "add", "change", "swap" of two
    neighbours), or None (the same word, or further)."""
    la, lb = len(a), len(b)
    if a == b or abs(la - lb) > 1:
        return None
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1:] == b[i + 1:]:
            return "change"
        if i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]:
            return "swap"
        return None
    if la < lb:
        return "drop" if a[i:] == b[i + 1:] else None
    return "add" if a[i + 1:] == b[i:] else None


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
    index: dict[tuple[int, str], list[str]] = defaultdict(list)
    for w in sorted(events):
        if len(w) >= cfg["min_length"]:
            index[(len(w), w[0])].append(w)
            index[(-len(w), w[-1])].append(w)
    return _Speller(known, events, {k: tuple(v) for k, v in index.items()}, glued, cfg["min_length"],
                    cfg["glued_min_length"], cfg["split_min_frequency"], frozenset(cfg.get("never") or ()))


@lru_cache(maxsize=1 << 16)
def _meant(lang: str, low: str) -> tuple[str, bool] | None:
    """`speller(lang).meant(low)`, remembered: the same unknown words come back article after article."""
    sp = speller(lang)
    return sp.meant(low) if sp is not None else None


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
            found = _meant(lang, low)
            # a capitalised word with a letter changed is more often a name ("Attock", "Harpal") than a
            # slip, and a place's name ("Dharan") is never one
            if found is not None and (lower or (found[1] and not _place(tok.text))):
                tok.norm_ = tok._.slip = found[0]
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
