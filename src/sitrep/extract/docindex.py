"""Per-Doc caches: spaCy rebuilds `doc.text` and Token objects on every access, which dominated our
profile, so what extraction reads many times is computed once per Doc and kept in `doc.user_data`."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.attrs import IDX, LEMMA, LENGTH, LOWER, SENT_START
from spacy.tokens import Doc


@dataclass
class DocIndex:
    text: str
    idx: list[int]  # token start offsets
    lower: list[str]
    lemma: list[str]  # lower-cased lemmas
    sent_starts: list[int]  # char offsets of sentence starts
    sent_ends: list[int]

    def sentence_of(self, char: int) -> tuple[int, int]:
        i = max(0, bisect_right(self.sent_starts, char) - 1)
        return self.sent_starts[i], self.sent_ends[i]

    def sentence_text(self, char: int) -> str:
        """The sentence that holds offset `char` (what `token.sent.text` gives, without a scan)."""
        s, e = self.sentence_of(char)
        return self.text[s:e]

    def token_range(self, start: int, end: int) -> range:
        """Indices of the tokens that start inside [start, end)."""
        return range(bisect_right(self.idx, start - 1), bisect_right(self.idx, end - 1))


def index(doc: Doc) -> DocIndex:
    ix = doc.user_data.get("sitrep_index")
    if ix is None:
        ix = _build(doc)
        doc.user_data["sitrep_index"] = ix
    return ix


def _build(doc: Doc) -> DocIndex:
    """One read of the Doc's arrays, not a Token object per token and attribute (the sentences are
    those `doc.sents` gives: a token with SENT_START 1 opens one, a span ends at its last token)."""
    strings = doc.vocab.strings
    rows = doc.to_array([IDX, LENGTH, LOWER, LEMMA, SENT_START]).tolist() if len(doc) else []
    starts: list[int] = []
    ends: list[int] = []
    for i, (start, _, _, _, sent_start) in enumerate(rows):
        if i == 0 or sent_start == 1:
            if starts:
                ends.append(rows[i - 1][0] + rows[i - 1][1])
            starts.append(start)
    if rows:
        ends.append(rows[-1][0] + rows[-1][1])
    return DocIndex(
        text=doc.text, idx=[r[0] for r in rows], lower=[strings[r[2]] for r in rows],
        lemma=[strings[r[3]].lower() for r in rows], sent_starts=starts, sent_ends=ends,
    )


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the paragraph (blank-line separated) that holds text[start:end]."""
    before = text.rfind("\n\n", 0, start)
    after = text.find("\n\n", end)
    return (before + 2 if before >= 0 else 0), (after if after >= 0 else len(text))
