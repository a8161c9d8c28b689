"""Per-Doc caches: spaCy rebuilds `doc.text` and Token objects on every access, which dominated our
profile, so what extraction reads many times is computed once per Doc and kept in `doc.user_data`."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

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
        sents = list(doc.sents)
        ix = DocIndex(
            text=doc.text, idx=[t.idx for t in doc], lower=[t.lower_ for t in doc],
            lemma=[t.lemma_.lower() for t in doc], sent_starts=[s.start_char for s in sents],
            sent_ends=[s.end_char for s in sents],
        )
        doc.user_data["sitrep_index"] = ix
    return ix


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the paragraph (blank-line separated) that holds text[start:end]."""
    before = text.rfind("\n\n", 0, start)
    after = text.find("\n\n", end)
    return (before + 2 if before >= 0 else 0), (after if after >= 0 else len(text))
