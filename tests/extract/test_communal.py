"""Communal violence (extract/communal.py): a community named as a side is an identity militia."""

from sitrep.extract.communal import read

from .test_extract import doc_of


def first(text, lang="en"):
    ev = doc_of(text, lang).events
    assert ev, text
    return ev[0]


def test_raiders_of_a_named_community_are_its_ethnic_militia():
    ev = first("Pokot raiders attacked herders near Kapedo on Sunday, killing two of them.")
    assert ev.actor1.type == "identity_militia" and ev.actor1.name.startswith("Pokot Ethnic Militia")
    assert ev.attribution == "confirmed"


def test_two_clans_that_clash_are_both_sides():
    ev = first("Clashes between the Garre and Degodia clans left five people dead in Mandera on Monday.")
    assert ev.event_type == "Battles"
    assert ev.actor1.name.startswith("Garre Ethnic Militia") and ev.actor2.name.startswith("Degodia Ethnic Militia")


def test_communal_violence_without_a_name_is_a_communal_militia():
    ev = first("Ethnic clashes over grazing land left three people dead in Narok on Tuesday.")
    assert ev.actor1.type == "identity_militia" and ev.actor1.name.startswith("Communal Militia")


def test_a_community_that_was_hit_is_no_side():
    ev = first("Two members of the Hazara community were shot dead by gunmen in Quetta on Friday.")
    assert ev.actor1.type == "unidentified"
    assert read("Two members of the Hazara community were shot dead.", "en").sides == ()


def test_a_name_alone_is_no_side():
    # Turkana is also a county: the name says nothing without a word for its people
    assert read("Gunmen killed a trader in Turkana on Monday.", "en").sides == ()


def test_a_named_armed_group_is_kept():
    ev = first("Al-Shabaab fighters attacked Somali herders near Mandera on Monday, killing four.")
    assert ev.actor1.type == "rebel_group"


def test_french_group_word_before_the_name():
    ev = first("Des éleveurs peuls ont affronté des chasseurs dozos mardi près de Mopti, faisant six morts.", "fr")
    assert ev.actor1.type == "identity_militia" and ev.actor1.name.startswith("Fulani Ethnic Militia")


def test_a_modifier_of_the_event_word_acted():
    ev = first("Two robbery suspects were killed during a police raid in Mombasa on Monday.")
    assert ev.actor1.type == "state_forces"


def test_french_named_groups_of_central_africa():
    ev = first("Des miliciens Maï-Maï ont affronté l'armée près de Beni lundi, faisant trois morts.", "fr")
    assert ev.actor1.name == "Mai-Mai" and ev.event_type == "Battles"


def test_a_clan_the_list_lacks_is_named_by_its_lineage_word():
    ev = first("Fighting between the Jimo and Agoro clans near Kisumu left two people dead on Monday.")
    assert ev.actor1.name.startswith("Jimo Ethnic Militia") and ev.actor2.name.startswith("Agoro Ethnic Militia")
    # a capitalised word that is no name ("Rival clans") makes no community
    assert [s.name for s in read("Rival clans fought near Wajir.", "en").sides] == []


def test_doers_named_by_a_victim_phrase_after_by():
    ev = first("Three farmers were assaulted by members of the Dimasa community near Haflong on Tuesday.")
    assert ev.actor1.name.startswith("Dimasa Ethnic Militia")


def test_a_community_followed_by_a_violent_verb_acted():
    ev = first("Orma attack Pokomo village near Garsen, killing eleven.")
    assert ev.actor1.name.startswith("Orma Ethnic Militia")


def test_a_land_related_clash_is_communal():
    ev = first("A man was killed in a land-related clash between two groups in a village near Bogura on Friday.")
    assert ev.actor1.type == "identity_militia"


def test_a_clash_between_two_groups_is_communal():
    ev = first("One man was killed in a clash between two rival groups at Sreepur on Friday.")
    assert ev.actor1.type == "identity_militia"


def test_an_adjective_opening_the_sentence_is_no_clan_s_name():
    ev = first("Renewed clan fighting in Wajir District between rival clans. Five herders killed.")
    assert ev.actor1 is not None and "Renewed" not in ev.actor1.name
