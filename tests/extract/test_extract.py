"""Extraction details: sentences, quotes, casualties, classification."""

from pathlib import Path

import pytest
import yaml

from sitrep.extract import extract_article
from sitrep.extract.classify import classify
from sitrep.ingest import RawInput, build_article
from sitrep.model import EVENT_TYPES, SUB_TO_EVENT_TYPE
from sitrep.nlp import get_nlp


def doc_of(text, lang, published="2024-03-06"):
    return extract_article(build_article(RawInput("t", text=text), published=published, language=lang))


def test_fronted_time_adverbial_stays_with_its_clause():
    d = get_nlp("fr")("Tôt mercredi matin, heure locale, des roquettes ont atterri près de l'aéroport. Rien d'autre.")
    assert [s.text for s in d.sents][0].startswith("Tôt mercredi matin") and len(list(d.sents)) == 2


def test_headline_and_caption_are_not_merged():
    d = get_nlp("fr")("Soldats gardant l'ambassade à Bagdad\nDes roquettes sont tombées mardi.")
    assert len(list(d.sents)) == 2


def test_quotes_continuation_and_pronoun():
    text = ("Le ministre de la Défense, Jean Dupont, a déclaré mardi que « la situation reste grave ».\n\n"
            "« Nous ne céderons rien aux terroristes. »\n\n"
            "\"Nos soldats ont tenu leurs positions\", a-t-il ajouté.")
    quotes = doc_of(text, "fr").quotes
    direct = [q for q in quotes if q.direct]
    assert [q.speaker for q in direct] == ["Jean Dupont"] * 3
    for q in quotes:
        assert text[q.start:q.end] == q.text


def test_scare_quotes_are_not_speech_and_keep_triggers():
    ev = doc_of("Deux « drones suicides » ont été abattus mardi au-dessus de la base aérienne d'Ain al-Asad.", "fr").events
    assert ev and ev[0].sub_event_type == "Disrupted weapons use" and ev[0].weapons == ["drone"]


def test_no_casualties_is_zero():
    ev = doc_of("Two rockets hit the base in Erbil on Tuesday, causing no casualties.", "en").events[0]
    assert ev.fatalities == 0 and ev.injuries == 0


def test_irrealis_is_not_an_event():
    ev = doc_of("Les forces armées maliennes ont ciblé mardi à Gao un site qui se préparait à lancer des attaques.", "fr").events
    assert len(ev) == 1


def test_classification_covers_every_sub_event_type():
    assert set(SUB_TO_EVENT_TYPE) == {s for subs in EVENT_TYPES.values() for s in subs}
    et, sub, out = classify("violence", {"intercept"}, {"drone"}, None, None, None, None)
    assert (et, sub, out) == ("Strategic developments", "Disrupted weapons use", "intercepted")
    et, sub, _ = classify("violence", {"attack"}, {"small_arms"}, "unidentified", "civilians", "civilian", 3)
    assert (et, sub) == ("Violence against civilians", "Attack")
    et, sub, _ = classify("violence", {"clash"}, set(), "state_forces", "rebel_group", "armed", None)
    assert (et, sub) == ("Battles", "Armed clash")


def test_no_events_in_a_non_conflict_article():
    d = doc_of("Le ministre a inauguré mardi une nouvelle école à Dakar en présence des parents d'élèves.", "fr")
    assert d.events == []


def test_reported_speech_is_an_indirect_quote():
    text = ("Le ministre nigérien de la Défense Salifou Mody a déclaré que les auteurs de l'attaque seraient "
            "retrouvés et jugés.")
    q = [q for q in doc_of(text, "fr").quotes if not q.direct]
    assert q and q[0].speaker == "Salifou Mody" and q[0].text.startswith("les auteurs")


def test_attribution_comes_right_after_the_quote():
    text = ("« Les drones ont été abattus avant d'atteindre la base », a déclaré Jean Dupont.\n\n"
            "Des « drones suicides » chargés d'explosifs ont été lancés contre un endroit appelé Green Village.")
    quotes = doc_of(text, "fr").quotes
    assert [(q.speaker, q.text[:10]) for q in quotes] == [("Jean Dupont", "Les drones")]


def test_a_single_victim_counts_one():
    assert doc_of("A man was killed by gunmen in Kaduna on Monday.", "en").events[0].fatalities == 1
    assert doc_of("Un policier a été tué lundi par des hommes armés à Gao.", "fr").events[0].fatalities == 1
    assert doc_of("Gunmen attacked Kaduna on Monday; no one was killed.", "en").events[0].fatalities == 0


# texts and their tolls (tolls.yaml): data, not code, so that a new case is one entry
TOLLS = yaml.safe_load((Path(__file__).parent / "tolls.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", TOLLS["tolls"], ids=lambda c: c["text"][:50])
def test_toll(case):
    assert [e.fatalities for e in doc_of(case["text"], "en").events] == case["dead"]


@pytest.mark.parametrize("case", TOLLS["sub_tolls"], ids=lambda c: c["text"][:50])
def test_sub_event_toll(case):
    assert [[e.sub_event_type, e.fatalities] for e in doc_of(case["text"], "en").events] == case["events"]


def test_tolls_with_injuries_evidence_and_event_types():
    # the people the police shot dead after a clash with protesters are the riot's toll, told with no crowd named
    ev = doc_of("Protesters clashed with the police in Birgunj on Monday. Five persons were shot dead by the police.",
                "en").events
    assert [(e.event_type, e.fatalities) for e in ev] == [("Riots", 5)]
    # the count of another casualty word is its own ("five others injured" is no toll)
    ev = doc_of("A man was killed and five others injured in a clash between two rival groups in Sreepur on Monday.",
                "en").events
    assert [(e.fatalities, e.injuries) for e in ev] == [(1, 5)]
    # "an injury" (singular) suffered is one hurt: a fire bomb that hurt someone is an attack
    ev = doc_of("Assailants threw a petrol bomb at a house in Mombasa on Monday. The owner suffered an injury.", "en").events
    assert [(e.sub_event_type, e.injuries) for e in ev] == [("Attack", 1)]
    # a coder's note of the toll is tied to its sentence
    ev = doc_of("On 4 March 2024, militants ambushed and killed 1 Arbaki commander in Baghlan. Fatalities coded as 0 "
                "(another outlet reported 1).", "en").events
    assert [e.fatalities for e in ev] == [0]
    assert any(sp.text.startswith("Fatalities coded as 0") for sp in ev[0].evidence)
    # a conjunct with its own casualty word does not add to the toll
    ev = doc_of("Nine military officers injured and one police officer killed in twin explosions in Mandera on Monday.",
                "en").events
    assert [(e.fatalities, e.injuries) for e in ev] == [(1, 9)]
    # a force's picket is its post
    assert [e.event_type for e in doc_of("Two militants were killed as militants attacked a police picket in Kharian "
                                         "on Monday.", "en").events] == ["Battles"]
    # a later death told by a pronoun, in French
    assert [e.fatalities for e in doc_of("Des hommes armés ont attaqué un commerçant lundi à Gao. Il est décédé à "
                                         "l'hôpital.", "fr").events] == [1]
    # the count of who sustained the injuries, however far from them
    ev = doc_of("At least eight persons, including three women and two babies, sustained burn injuries when gunmen "
                "fired at a bus in Tanore on Monday.", "en").events
    assert [e.injuries for e in ev] == [8]
