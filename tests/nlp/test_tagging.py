"""Verb forms the tagger takes for nouns before an object or "and" are retagged as verbs, so the
trigger tables see their lemma; a noun use stays a noun."""

from sitrep.nlp import get_nlp

_TEXT = "A gendarme shot and wounded a motorcycle taxi driver in the town after a dispute."


def _shot(text: str):
    return next((t.lemma_, t.pos_) for t in get_nlp("en")(text) if t.lower_ == "shot")


def test_a_past_verb_read_as_a_noun_is_the_verb():
    assert _shot(_TEXT) == ("shoot", "VERB")


def test_the_noun_stays_a_noun():
    assert _shot("A shot was fired at the police post.") == ("shot", "NOUN")


def test_the_event_is_found():
    from sitrep.extract.pipeline import extract_article
    from sitrep.model import Article

    doc = extract_article(Article(id="t", text=_TEXT, language="en"))
    assert [e.sub_event_type for e in doc.events] == ["Attack"]
