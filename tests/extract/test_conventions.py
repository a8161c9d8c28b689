"""ACLED coding conventions that the dev notes taught us, on our own sentences: who is actor 1 of
a protest, when a clash is mob violence, when an arrest is a protest's intervention, and which
stories (accidents, crime) report no conflict event at all."""

from .test_extract import doc_of


def subs(text, lang="en"):
    return [e.sub_event_type for e in doc_of(text, lang).events]


def test_clash_between_party_supporters_is_mob_violence():
    ev = doc_of("Supporters of the two rival parties clashed in Kisumu on Sunday, leaving six people injured.", "en").events
    assert [e.sub_event_type for e in ev] == ["Mob violence"] and ev[0].actor1.type == "rioters"


def test_clash_with_armed_men_stays_a_battle():
    assert subs("Soldiers clashed with gunmen near Kisumu on Sunday, leaving six people injured.") == ["Armed clash"]


def test_arrested_protesters_are_a_protest_with_intervention():
    ev = doc_of("Police arrested forty teachers who were protesting outside the ministry in Nairobi on Monday.",
                "en").events
    assert [e.sub_event_type for e in ev] == ["Protest with intervention"]
    assert ev[0].actor1.type == "protesters" and ev[0].actor2.type == "state_forces"


def test_protest_against_an_arrest_is_not_an_arrest():
    text = "Journalists protested in Lahore on Tuesday against the arrest of their editor, demanding his release."
    assert subs(text) == ["Peaceful protest"]


def test_street_protest_phrases():
    assert subs("Hundreds of traders took to the streets of Nakuru on Friday over new market fees.") == ["Peaceful protest"]
    assert subs("Des centaines d'enseignants sont descendus dans la rue mardi à Bamako.", "fr") == ["Peaceful protest"]


def test_crime_and_accident_stories_report_no_conflict_event():
    robbery = ("Un braquage a eu lieu lundi dans une banque de Lyon. Deux hommes armés d'un pistolet ont menacé "
               "les employés avant de s'enfuir avec la caisse.")
    assert subs(robbery, "fr") == []
    fire = ("Une explosion de gaz a provoqué un incendie mardi dans un immeuble de Marseille. Le bilan est de "
            "trois morts et huit blessés.")
    assert subs(fire, "fr") == []


def test_a_protest_after_an_accident_is_still_a_protest():
    text = ("A road accident killed two pupils in Meru on Monday. Angry residents took to the streets on Tuesday "
            "to demand speed bumps.")
    assert subs(text) == ["Peaceful protest"]
