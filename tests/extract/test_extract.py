"""Extraction details: sentences, quotes, casualties, classification."""

import pytest

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


TOLLS = [
    ("Twenty-six fighters died when jets struck a base near Miranshah on Monday.", [26]),
    ("A herder was shot and killed by raiders near Marsabit on Monday.", [1]),
    ("Bandits stopped a lorry near Zaria on Monday and killed the driver.", [1]),
    ("Six police officers died in the ambush near Mandera on Monday; two attackers were also killed.", [8]),
    ("Three soldiers were killed in Gao on Monday. Another soldier died in hospital.", [4]),
    # one person who later died, told by a pronoun or a definite noun
    ("Police shot a man in Nairobi on Monday. He later died in hospital.", [1]),
    ("A mob caught a thief in Kisii on Monday and lynched him.", [1]),
    ("Gunmen shot a truck driver in Gomastapur on Wednesday. The driver succumbed to his injuries.", [1]),
    # a headline's count tagged as a name, a headline's participle, a definite victim
    ("Seventeen killed in church attack.", [17]),
    ("Muslim cleric linked with Al Shabaab killed in shoot-out with police", [1]),
    ("The driver was killed when gunmen attacked a bus near Mandera on Monday.", [1]),
    # the count of a noun before the subject's head; a subject the parse hangs on "were"
    ("At least two rangers personnel were killed in a blast in Karachi on Monday.", [2]),
    ("Three suspected cattle thieves were on Monday lynched by residents in Cheptais.", [3]),
    # a second passive verb with no subject of its own shares the first one's, however far its count
    ("3 civilians including a former commander were kidnapped and killed by Taliban militants.", [3]),
    # the death a protest is about is no toll of the protest (told before it, or of someone)
    ("Residents protested in Subukia on Monday after a student was killed by thugs.", [None]),
    ("Workers protested in Udupi on Monday after an employee died in an accident.", [None]),
    ("Residents of Burari rioted on Monday after a local was found dead. They damaged a bus.", [None]),
    # the people killed along with the victim, a family's size, a toll told as risen
    ("A cleric along with his driver was shot dead by gunmen in Karachi on Monday.", [2]),
    ("A commander was killed along with two of his aides in a police raid in Karachi on Monday.", [3]),
    ("Shells killed a family of three in Tripoli on Monday.", [3]),
    ("Gunmen killed four worshippers in Likoni on Monday. The death toll later rose to six.", [6]),
    ("The death toll in an attack on Sunday by militiamen at a village in Turkana North district has "
     "risen to 11.",
     [11]),
    ("Five corpses of suspected militants were found after airstrikes near Menaka on Monday.", [5]),
    # a count told as another's word counts only when no clause tells one plainly
    ("An IED killed 8 police officers in Tarbaj on Monday. Al Shabaab claims 15 fatalities.", [8]),
    ("Al Shabaab claims 15 fatalities in an attack on a police post in Tarbaj on Monday.", [15]),
    # an age in commas after a name, animals killed: no dead
    ("Saber Ahmed, 29, was shot dead in a clash in Satkania on Friday.", [1]),
    ("Raiders shot dead a herder in Baringo on Monday. They also killed two goats.", [1]),
    ("Residents protested in Kisumu on Monday, calling for the arrest of a police officer who had killed "
     "two traders.",
     [None]),
    # a death told inside the riot's own words stays its toll
    ("Two killed in riot over land ownership in Kibera on Monday.", [2]),
    # the doers' count is no toll, nor an age in brackets; the victims' own count comes first
    ("Four unidentified militants gunned down a journalist in Karachi on Monday.", [1]),
    ("On Monday, villagers in Golaghat killed Jonti Ali (38), a truck driver.", [1]),
    ("On Monday, a bomb left one soldier dead and two injured near Namhu.", [1]),
    ("Six people lost their lives in an arson attack on a bus in Gaibandha on Monday.", [6]),
    # the people listed beside a counted noun add up; names, animals and a breakdown in brackets do not
    ("Seven police officers and a civilian were killed near Lamu on Monday.", [8]),
    ("Two soldiers were killed along with 15 militants when militants attacked a post in Bajaur on Monday.", [17]),
    ("Raiders killed three herders and 40 goats near Lodwar on Monday.", [3]),
    ("On Monday, 5 civilians (2 men, 2 women and 1 child) were killed by a roadside bomb in Ghazni.", [5]),
    ("On Monday, three activists - Rakib, Raihan and Sohel - were shot dead in Natore.", [3]),
    # the count after a death noun a clash led to; not after one a protest remembers
    ("Police fired on stone-pelting demonstrators in Pulwama on Monday, leading to the death of one "
     "demonstrator.",
     [1]),
    ("On Monday, members staged a demonstration in Thanjavur in remembrance of the deaths of 44 Dalits in "
     "1968.",
     [None]),
    # a count hung on a modifier of the victims' noun; a passive second verb's subject; an age is no count
    ("Four suspected TTP militants were killed in a shootout with the Rangers in Karachi on Monday.", [4]),
    ("Two policemen deployed for the security of the complex were shot dead at a checkpoint in Karachi on "
     "Monday.",
     [2]),
    ("A 13 year old boy was hacked to death in Esimenwa village on Monday.", [1]),
    ("On Monday, gunmen killed a 28-year-old trader in Mandera.", [1]),
    # lynching and executing kill; a death threatened, attempted or nearly done is none
    ("Vigilantes lynch four suspected cattle thieves in Nyakach on Monday.", [4]),
    ("Al Shabaab executes 15 farmers in Mado Gashi on Monday.", [15]),
    ("On Monday, villagers nearly lynched a pastor in Nzawa before police intervened.", [None]),
    ("On Monday, a mob stormed a police station in Kisii in a bid to lynch a suspected thief.", [None]),
    # a headline's subject of a death verb with no object is its dead; a victim tagged an adjective
    ("Police reservist killed when raiders attack Baringo village on Monday", [1]),
    ("Unknown group attacks hotel in Mandera on Monday and kills civilian", [1]),
    # a coder's note of the toll is the report's count
    ("On 4 March 2024, an IED hit an army vehicle in Rafah, killing and wounding an unknown number of "
     "soldiers. Unknown number of fatalities coded as 3.",
     [3]),
    # a counted conjunct after a single victim adds its count
    ("An assistant police officer and two suspected militants were killed in Hayatabad on Monday.", [3]),
    # a range counts its low end
    ("On Monday, gunmen opened fire on a vehicle in Baghuz, killing between 2 to 4 fighters.", [2]),
    # a death the protest is about is no toll of the protest
    ("Youths marched in Nairobi on Monday to protest the death of a student.", [None]),
]


@pytest.mark.parametrize(("text", "dead"), TOLLS)
def test_toll(text, dead):
    assert [e.fatalities for e in doc_of(text, "en").events] == dead


# (sub-event type, dead) of each event
SUB_TOLLS = [
    # the police's fire into the crowd after a riot is the riot's toll
    ("Protesters rioted in Chesoi on Monday. Police fired into the crowd, killing two people.",
     [("Violent demonstration", 2)]),
    ("Teachers marched peacefully in Chesoi on Monday. Police fired into the crowd, killing two people.",
     [("Excessive force against protesters", 2)]),
    # a death with no doer of its own, beside fire bombs thrown
    ("A man was killed as the blockaders hurled a petrol bomb at a bus in Gobindaganj on Monday.", [("Attack", 1)]),
    # the death a protest is about is no toll of the protest
    ("Drivers began a protest in Thika on Monday after a colleague was attacked and killed.",
     [("Peaceful protest", None)]),
    # a bare toll after a riot or a mob's violence is theirs
    ("Two robbery suspects were attacked by a mob at Oyugis on Monday. One killed, the second critically "
     "injured.",
     [("Mob violence", 1)]),
    ("Farmers protested in Kinangop on Monday and engaged in running battles with police. One dead, "
     "several others injured.",
     [("Violent demonstration", 1)]),
    # a bare toll after fire bombs thrown is theirs: the bombers' attack
    ("Assailants hurled a petrol bomb at a truck in Gomastapur on Wednesday. The driver later died at the "
     "hospital.",
     [("Attack", 1)]),
]


@pytest.mark.parametrize(("text", "expected"), SUB_TOLLS)
def test_sub_event_toll(text, expected):
    assert [(e.sub_event_type, e.fatalities) for e in doc_of(text, "en").events] == expected


def test_tolls_with_injuries_evidence_and_event_types():
    # the people the police shot dead after a clash with protesters are the riot's toll, told with no crowd named
    ev = doc_of("Protesters clashed with the police in Birgunj on Monday. Five persons were shot dead by the police.",
                "en").events
    assert [(e.event_type, e.fatalities) for e in ev] == [("Riots", 5)]
    # the count of another casualty word is its own ("five others injured" is no toll)
    ev = doc_of("A man was killed and five others injured in a clash between two rival groups in Sreepur on Monday.",
                "en").events
    assert [(e.fatalities, e.injuries) for e in ev] == [(1, 5)]
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
