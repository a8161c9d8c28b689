"""Spelling slips in event words are read as the word meant; words, names and places are left alone."""

import pytest

from sitrep.nlp import get_nlp


def _tokens(lang: str, text: str):
    return [(t.text, t.lemma_, t._.slip) for t in get_nlp(lang)(text)]


@pytest.mark.parametrize(("text", "word", "lemma"), [
    ("Teachers protesed outside the office.", "protesed", "protest"),
    ("INC members demosntrated against the policies.", "demosntrated", "demonstrate"),
    ("Clahes in Kisumu left two dead.", "Clahes", "clash"),
])
def test_a_misspelt_event_word_gets_the_lemma_meant(text, word, lemma):
    toks = {t: (lem, slip) for t, lem, slip in _tokens("en", text)}
    assert toks[word][0] == lemma and toks[word][1] is not None


def test_glued_words_are_split_without_moving_the_text():
    text = "Doctors held demonstrationin Patna and a hungerstrike; Clasheswith police followed."
    doc = get_nlp("en")(text)
    words = [t.text for t in doc]
    assert ["demonstration", "in"] == words[2:4]
    assert "hunger" in words and "strike" in words and "Clashes" in words and "with" in words
    assert doc.text == text and all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)


@pytest.mark.parametrize("text", [
    "Residents attached banners to the gate.",  # a word one edit from "attacked"
    "Police in Attock arrested two men.",  # a name one letter from "attack"
    "Dharan: police arrested two men.",  # a town one swap from "dharna", opening the line
    "He spelled out the demands.",  # "spelled" is a word, not "shelled"
])
def test_words_names_and_places_are_no_slips(text):
    assert all(slip is None for _, _, slip in _tokens("en", text))
    assert len(get_nlp("en")(text)) == len(get_nlp("en").tokenizer(text))


def test_slips_make_events():
    from sitrep.ingest.sources import RawInput
    from sitrep.runners.local import Options, process_batch

    texts = ["JSQM portest outside the Moro Press club calling for an end to killings.",
             "Research scholars held a proteston Saturday night in Bhavnagar."]
    res = process_batch([RawInput(str(i), text=t, id=str(i)) for i, t in enumerate(texts)], Options(language="en"))
    assert [[e.event_type for e in r.document.events] for r in res] == [["Protests"], ["Protests"]]
