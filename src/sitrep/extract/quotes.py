"""Quotations and their speakers.

Quote marks are read from the text, not the parser: « », “ ” and straight quotes, also mixed (a
machine translation opens with " and closes with »); a quote left open runs to the end of its
paragraph. A speaker is found, in order: a speech verb after the quote (", a-t-il déclaré",
"Dupont said"), a speech verb before it in the same sentence ("X a déclaré que « ..."), or the
previous quote's speaker when the quote opens a paragraph with no attribution (a continuation).
Pronouns refer to the last person named outside quotes; a surname alone is expanded to the full
name used earlier ("Dupont" -> "Jean Dupont").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from sitrep.extract.docindex import index, paragraph_bounds
from sitrep.extract.lexicon import Lexicon
from sitrep.model import Quote

_OPEN = {"«", "“", '"', "„"}
_CLOSE = {"»", "”", '"'}
_PER = {"PER", "PERSON"}
_MIN_WORDS = 4  # shorter quoted runs are scare quotes or titles ("drones kamikazes"), not speech


@dataclass
class QuoteRun:
    start: int  # offsets of the quoted text (inside the marks)
    end: int
    open_at: int
    close_at: int  # offset just after the closing mark (or paragraph end)


def quote_runs(text: str) -> list[QuoteRun]:
    """Quoted stretches of the text, paragraph by paragraph."""
    runs: list[QuoteRun] = []
    pos = 0
    for para in text.split("\n\n"):
        depth, start = 0, None
        for i, ch in enumerate(para):
            if start is None:
                if ch in _OPEN and ch != "”" and not (ch == '"' and i > 0 and para[i - 1].isalnum()):
                    start, depth = i, 1
            elif ch == "«":
                depth += 1
            elif ch in _CLOSE:
                depth -= 1
                if depth <= 0 or ch != "»":
                    runs.append(QuoteRun(pos + start + 1, pos + i, pos + start, pos + i + 1))
                    start, depth = None, 0
        if start is not None:
            runs.append(QuoteRun(pos + start + 1, pos + len(para), pos + start, pos + len(para)))
        pos += len(para) + 2
    return runs


def _inside(i: int, runs: list[QuoteRun]) -> bool:
    return any(r.open_at <= i < r.close_at for r in runs)


class _People:
    """Names of people mentioned outside quotes, to expand surnames and resolve pronouns."""

    def __init__(self, doc: Doc, runs: list[QuoteRun], lex: Lexicon):
        self.mentions: list[tuple[int, str]] = []
        for ent in doc.ents:
            if ent.label_ in _PER and not _inside(ent.start_char, runs):
                name = clean_name(ent.text, lex)
                if name:
                    self.mentions.append((ent.start_char, name))
        self.full: dict[str, str] = {}
        for _, name in self.mentions:
            parts = name.split()
            if len(parts) >= 2:
                self.full.setdefault(parts[-1].lower(), name)

    def expand(self, name: str) -> str:
        parts = name.split()
        if len(parts) == 1:
            return self.full.get(parts[0].lower(), name)
        return name

    def last_before(self, pos: int) -> str | None:
        best = None
        for at, name in self.mentions:
            if at < pos:
                best = name
        return self.expand(best) if best else None


def clean_name(text: str, lex: Lexicon) -> str | None:
    words = [w for w in re.split(r"\s+", text.strip(" ,.:;")) if w]
    while words and (words[0].lower().strip(",") in lex.titles or words[0][:1].islower()):
        words = words[1:]
    name = " ".join(words).strip(" ,")
    return name if name and name[0].isupper() else None


def _speaker_in(doc: Doc, start: int, end: int, runs: list[QuoteRun], people: _People, lex: Lexicon,
                before: bool) -> tuple[bool, str | None]:
    """(found a speech verb, speaker) in text[start:end], outside quotes."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False, None
    verbs = [t for t in span if t.lemma_.lower() in lex.speech_verbs and not _inside(t.idx, runs)]
    if not before:
        # after a quote the attribution comes at once: ", a-t-il déclaré", ", a déclaré Dupont", "Dupont said"
        first_verb = next((t for t in span if t.pos_ in ("VERB", "AUX") and not _inside(t.idx, runs)
                           and t.lemma_.lower() not in ("avoir", "être", "have", "be")), None)
        verbs = [v for v in verbs if first_verb is not None and v.i == first_verb.i]
    if not verbs:
        return False, None
    verb = verbs[-1] if before else verbs[0]
    # the subject of the verb (or of the verb it is coordinated with)
    for v in (verb, verb.head):
        kids = [c for c in v.children if c.dep_.startswith("nsubj")]
        if not kids and not before:  # ", a déclaré M. Klitschko": the inverted subject parses as an object
            kids = [c for c in v.children if c.dep_ in ("obj", "dobj") and c.i > v.i]
        for child in kids:
            if not _inside(child.idx, runs):
                if child.lower_.split("-")[-1] in lex.pronouns or child.lower_ in lex.pronouns:
                    return True, people.last_before(child.idx)
                for ent in doc.ents:
                    if ent.label_ in _PER and ent.start <= child.i < ent.end:
                        return True, people.expand(clean_name(ent.text, lex) or ent.text)
                # "M. Klitschko", "le porte-parole Jean Dupont": the proper nouns under the subject
                names = [t.text for t in child.subtree if t.pos_ == "PROPN" and not _inside(t.idx, runs)]
                if names:
                    return True, people.expand(" ".join(names))
    window = span.text.lower()
    if re.search(r"-t-(il|elle)\b|\b(il|elle|he|she)\b", window):
        return True, people.last_before(start)
    for ent in span.ents:
        if ent.label_ in _PER and not _inside(ent.start_char, runs):
            return True, people.expand(clean_name(ent.text, lex) or ent.text)
    return True, None


def find_quotes(doc: Doc, lex: Lexicon) -> tuple[list[Quote], list[tuple[int, int]]]:
    """Quotes with speakers, and the char ranges of speech (where event triggers are not read)."""
    ix = index(doc)
    text = ix.text
    runs = quote_runs(text)
    people = _People(doc, runs, lex)
    quotes: list[Quote] = []
    speech_ranges: list[tuple[int, int]] = []
    last_speaker: str | None = None
    last_para = -1
    for r in runs:
        body = text[r.start:r.end].strip()
        para_start, para_end = paragraph_bounds(text, r.open_at, r.close_at)
        sent_start = max(para_start, ix.sentence_of(r.open_at)[0])
        # speech verb after the quote, up to the next quote or the end of the sentence
        nxt = next((q.open_at for q in runs if q.open_at >= r.close_at), para_end)
        after_end = min(nxt, para_end)
        after_end = min(after_end, max(ix.sentence_of(r.close_at)[1], r.close_at + 1))
        found, speaker = _speaker_in(doc, r.close_at, after_end, runs, people, lex, before=False) \
            if after_end > r.close_at + 1 else (False, None)
        if not found:
            prev_close = max([q.close_at for q in runs if q.close_at <= r.open_at and q.close_at > sent_start] or
                             [sent_start])
            if r.open_at > prev_close + 1:
                found, speaker = _speaker_in(doc, prev_close, r.open_at, runs, people, lex, before=True)
        para_idx = text.count("\n\n", 0, r.open_at)
        opens_para = not text[para_start:r.open_at].strip()
        same_para_as_last = para_idx == last_para
        continuation = (not found and last_speaker is not None and len(body.split()) >= _MIN_WORDS
                        and ((opens_para and para_idx - last_para <= 1) or same_para_as_last))
        if continuation:
            speaker = last_speaker
        if len(body.split()) < _MIN_WORDS and not speaker:
            continue  # scare quotes or a quoted term, not speech
        if found or continuation:
            if len(body.split()) >= _MIN_WORDS:  # a quoted term keeps its words readable as triggers
                speech_ranges.append((r.open_at, r.close_at))
            if speaker:
                last_speaker = speaker
                last_para = para_idx
            lead = len(text[r.start:r.end]) - len(text[r.start:r.end].lstrip())
            s = r.start + lead
            quotes.append(Quote(speaker=speaker, text=text[s:s + len(body)], start=s, end=s + len(body), direct=True))
    quotes.extend(_indirect(doc, runs, people, lex))
    quotes.sort(key=lambda q: q.start)
    return quotes, speech_ranges


def _indirect(doc: Doc, runs: list[QuoteRun], people: _People, lex: Lexicon) -> list[Quote]:
    """Reported speech with a named speaker and no quote marks: "X a déclaré que ..." (direct=False)."""
    out = []
    for tok in doc:
        if tok.lemma_.lower() not in lex.speech_verbs or _inside(tok.idx, runs):
            continue
        comp = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.i > tok.i]
        subj = [c for c in tok.children if c.dep_.startswith("nsubj")]
        if not comp or not subj:
            continue
        sent_end = tok.sent.end
        while sent_end > comp[0].i and (doc[sent_end - 1].is_punct or doc[sent_end - 1].is_space):
            sent_end -= 1
        start = comp[0].left_edge.i
        if doc[start].lower_ in ("que", "qu'", "that"):
            start += 1
        span = doc[start:sent_end]
        if any(_inside(t.idx, runs) for t in span) or len(span) < 4:
            continue
        sj = subj[0]
        speaker = None
        lo, hi = sj.left_edge.i, sj.right_edge.i
        for ent in doc.ents:
            if ent.label_ in _PER and lo <= ent.start <= hi:
                speaker = people.expand(clean_name(ent.text, lex) or ent.text)
                break
        if speaker is None and sj.lower_ in lex.pronouns:
            speaker = people.last_before(sj.idx)
        if speaker is None:  # "Le président iranien Ebrahim Raisi a déclaré que ..."
            names = [t.text for t in sj.subtree if t.pos_ == "PROPN"]
            speaker = people.expand(" ".join(names)) if names else None
        if speaker is None:
            continue
        out.append(Quote(speaker=speaker, text=span.text, start=span.start_char, end=span.end_char, direct=False))
    return out
