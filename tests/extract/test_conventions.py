"""ACLED coding conventions that the dev notes taught us, on our own sentences: who is actor 1 of
a protest, when a clash is mob violence, when an arrest is a protest's intervention, and which
stories (accidents, crime) report no conflict event at all."""

import pytest

from .test_extract import doc_of


def subs(text, lang="en"):
    return [e.sub_event_type for e in doc_of(text, lang).events]


def first_event(text, lang="en"):
    """The first event of a one-sentence report (which must yield one)."""
    ev = doc_of(text, lang).events
    assert ev, f"no event in {text!r}"
    return ev[0]


def countries(text, lang="en"):
    return [e.location.country for e in doc_of(text, lang).events]


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


def test_a_disaster_with_helicopters_sent_to_it_is_no_conflict():
    flood = ("Une inondation a saccagé mardi la ville de Kayes. Des hélicoptères de l'armée ont été mobilisés pour "
             "secourir les habitants.")
    assert subs(flood, "fr") == []
    assert subs("Floods killed five people in Sylhet on Tuesday. Army helicopters airlifted stranded villagers.") == []
    # a protest the disaster led to is still one, and so is how it went on
    text = ("Residents staged a demonstration in Kikuyu on Monday over a road damaged by heavy rain. Traffic was "
            "blocked for hours. Police intervened.")
    assert subs(text) == ["Protest with intervention"]
    # a helicopter gunship at war is still a weapon: a disaster cue in the lede does not hide the attack
    raid = ("Après la tempête, des hélicoptères de l'armée ont bombardé mardi un camp rebelle près de Kidal, "
            "tuant six combattants.")
    assert subs(raid, "fr")


def test_a_sports_or_cultural_event_is_no_demonstration():
    text = "La ministre a annoncé lundi à Paris le report des manifestations sportives prévues ce mois-ci."
    assert subs(text, "fr") == []
    assert subs("Des centaines d'étudiants ont pris part mardi à une manifestation à Dakar.", "fr") == ["Peaceful protest"]


def test_an_explosion_that_hurt_people_is_an_event_unless_a_mishap():
    assert subs("Three people were injured in twin explosions at Guwahati's Fancy Bazaar on Saturday.") == \
        ["Remote explosive/landmine/IED"]
    assert subs("Five workers were injured in an explosion at a firecracker factory in Sivakasi.") == []
    assert subs("Two people were injured in a boiler explosion at a mill in Kanpur.") == []
    # an explosion with nobody hurt and no weapon named stays no event of its own
    assert subs("An explosion was heard near the market in Guwahati on Saturday.") == []


def test_beatings_and_killings_the_word_list_misses():
    ev = first_event("A young man was chopped to death by unidentified assailants at Shaltala in Bagerhat on Friday.")
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", 1)
    assert subs("Five persons beat up a man with bamboo sticks in Chembur on Sunday.") == ["Mob violence"]
    ev = first_event("Prison guards beat up and injured a journalist in a prison of Abidjan on 6 May 2020.")
    assert (ev.actor1.type, ev.sub_event_type) == ("state_forces", "Attack")
    assert subs("The band beat the drums in Nairobi on Sunday.") == []


def test_a_fight_after_an_accident_is_an_event():
    text = ("Six people were injured in a clash between two groups following a minor accident in Deoband. After a "
            "car accident, both parties clashed and villagers joined the fight.")
    assert len(subs(text)) >= 1
    assert len(subs("At least 15 people were injured in a battle between two rival groups at Kaitalo in Pabna.")) == 1


def test_a_toll_by_people_is_their_attack():
    assert len(subs("At least eight activists were injured by their rivals at a hall in Dhaka on Thursday.")) == 1
    assert subs("A man was injured by a speeding car in Dhaka on Thursday.") == []


def test_a_protest_after_an_accident_is_still_a_protest():
    text = ("A road accident killed two pupils in Meru on Monday. Angry residents took to the streets on Tuesday "
            "to demand speed bumps.")
    assert subs(text) == ["Peaceful protest"]


def test_a_later_sentence_completes_a_short_report():
    text = ("Traders protested in Meru against the demolition of their kiosks. "
            "The demonstration turned violent and the crowd threw stones at the county offices.")
    ev = doc_of(text, "en").events
    assert [e.sub_event_type for e in ev] == ["Violent demonstration"] and len(ev[0].evidence) == 2


def test_phrases_with_a_gap():
    assert subs("Strike enforcers set a bus on fire in Dhaka on Sunday during the hartal.") == ["Violent demonstration"]


def test_a_mob_setting_fire_is_one_mob_violence():
    assert subs("An angry mob set a bus ablaze in Dhaka on Wednesday after a boy was crushed under its wheels.") \
        == ["Mob violence"]


def test_an_exchange_of_fire_with_mortars_is_a_battle():
    text = "On 3 May 2024, government forces and rebels exchanged mortar and small arms fire near Marinka."
    assert subs(text) == ["Armed clash"]
    assert subs("On 3 May 2024, rebels shelled the town of Marinka with mortars.") == ["Shelling/artillery/missile attack"]


def test_violence_a_protest_is_about_is_not_violence_at_it():
    assert subs("Residents of Nakuru protested on Monday against the murder of a local trader.") == ["Peaceful protest"]
    assert subs("Police shot dead two protesters in Nakuru on Monday.") == ["Excessive force against protesters"]
    assert subs("Clashes between police and protesters erupted in Nakuru on Monday.") == ["Violent demonstration"]


def test_fire_fights_and_shoot_outs_are_battles():
    assert subs("On 7 May 2024, a shoot-out between police and a gang took place in Belford Roxo.") == ["Armed clash"]
    assert subs("Firing between the two armies resumed along the border on Wednesday.") == ["Armed clash"]


def test_the_publishers_country_when_the_text_names_none():
    from sitrep.extract import extract_article
    from sitrep.ingest import RawInput, build_article

    text = "Hundreds of teachers protested outside the ministry, demanding the payment of arrears."
    art = build_article(RawInput("t", text=text, publisher="Daily Nation"), language="en")
    assert [e.location.country for e in extract_article(art).events] == ["KE"]
    art = build_article(RawInput("t", text=text.replace("the ministry", "the ministry in Kampala"),
                                 publisher="Daily Nation"), language="en")
    assert [e.location.country for e in extract_article(art).events] == ["UG"]  # the text decides


def test_a_crowd_that_is_no_party_acting_is_mob_violence():
    assert subs("Angry residents beat a suspected burglar to death in Nakuru on Monday.") == ["Mob violence"]
    # party men attacking a person: ACLED's political militia attacking a civilian
    assert subs("Ruling party activists attacked an opposition candidate in Kisumu on Monday.") == ["Attack"]


def test_a_crowd_clashing_with_the_police_without_firearms_is_mob_violence():
    assert subs("Police clashed with hawkers in Nyeri on Monday. Three were injured.") == ["Mob violence"]
    assert subs("Police clashed with gunmen in Nyeri on Monday, killing two.") == ["Armed clash"]
    # (the police named first: the crowd is still who fought them)
    assert subs("Police and voters clashed in Kitui on Sunday.") == ["Mob violence"]


def test_an_attack_on_a_post_is_a_battle():
    assert subs("Gunmen attacked a police post in Baramulla on Tuesday.") == ["Armed clash"]
    assert subs("Soldiers repulsed an attack by Al-Shabaab on their base in Garissa on Tuesday.") == ["Armed clash"]


def test_an_attack_at_a_protest_is_a_riot_unless_the_police_made_it():
    assert subs("Strike enforcers attacked four buses during the protest in Janakpur on Tuesday.") == \
        ["Violent demonstration"]
    assert subs("Police attacked the protesters with batons at the rally in Nairobi on Tuesday.") == \
        ["Protest with intervention"]
    assert subs("Teachers protested in Nairobi on Tuesday after the police assaulted a colleague.") == \
        ["Peaceful protest"]


def actor1(text, lang="en"):
    return [(e.actor1.type if e.actor1 else None, e.sub_event_type) for e in doc_of(text, lang).events]


def test_passives_name_the_victim_first():
    assert actor1("A soldier was killed by militants during a gunfight near Anantnag on Monday.") == \
        [("unidentified", "Armed clash")]
    assert actor1("Three insurgents were killed in a gunfight with army troops near Kupwara on Sunday.") == \
        [("state_forces", "Armed clash")]
    # a headline's passive without its auxiliary
    assert actor1("Soldier shot dead by suspected Al-Shabaab militants near Mandera") == \
        [("rebel_group", "Armed clash")]
    assert actor1("Three robbery suspects gunned down by police in Mombasa on Monday.") == [("state_forces", "Armed clash")]


def test_raiders_and_tribesmen_are_communal_militias():
    assert actor1("Raiders attacked a village near Marsabit on Monday, killing three herders.") == \
        [("identity_militia", "Attack")]


def tolls(text, lang="en"):
    return [e.fatalities for e in doc_of(text, lang).events]


def test_death_words_and_counts():
    assert tolls("Two men were lynched to death by a mob in a village near Gaya on Sunday.") == [2]
    assert tolls("Mob kills suspected goat thief near Eldoret") == [1]  # a headline's bare singular
    assert tolls("A mayor and his son were killed by gunmen in Quetta on Monday.") == [2]
    # the count of the subject, however far from the death word
    assert tolls("Four fighters suspected to belong to a banned group were killed by soldiers in Kech.") == [4]
    assert tolls("Gunmen killed police in Kano on Monday.") == [None]  # a collective noun is no count of one


def test_a_summing_clause_completes_the_clause_that_says_where():
    evs = doc_of("A soldier was shot dead and another wounded in an attack by al-Shabaab at Mandera on "
                 "Monday.", "en").events
    assert [(e.sub_event_type, e.fatalities, e.actor2.type if e.actor2 else None) for e in evs] == \
        [("Armed clash", 1, "state_forces")]


def test_bodies_with_signs_of_violence_and_firefight_reports():
    assert subs("Two men were found dead in Culiacan on Monday; the bodies showed signs of torture.") == ["Attack"]
    assert subs("Monitors recorded 12 shots involving small arms near Avdiivka on Monday.") == \
        ["Armed clash"]


def test_marches_blockades_and_movements_of_forces():
    assert subs("Students in Kisii held a march on Monday to demand lower fees.") == ["Peaceful protest"]
    assert subs("Villagers blocked the roads near Oaxaca on Monday, demanding electricity.") == ["Peaceful protest"]
    # what a group "has been doing", said in a relative clause, is no incident of its own
    assert subs("The army sent reinforcements to Garissa on Monday to hunt al-Shabaab, who have been raiding "
                "villages in the area.") == ["Change to group/activity"]


def test_houthi_forces_are_the_state_for_acled():
    assert actor1("Houthi forces shelled positions of government troops near Marib on Monday.")[0][0] == \
        "state_forces"


def test_where_attackers_came_from_is_not_where_it_happened():
    ev = doc_of("Bandits from Uganda raided a village in Turkana and killed three herders on Monday.", "en").events
    assert [e.location.country for e in ev] == ["KE"]


def test_where_a_protests_cause_happened_is_not_where_it_was_held():
    for text in ("A day after the killing of two farmers in police firing in Kotkapura, students held a protest in "
                 "Jammu on Thursday.",
                 "Lawyers protested in Jammu on Monday against the killing of an advocate in Allahabad."):
        assert [e.location.name for e in doc_of(text, "en").events] == ["Jammu"], text
    # a march is where it set out, not where it heads
    ev = doc_of("More than 400 farmers began marching from Nabha to New Delhi on Monday to protest the new law.", "en").events
    assert [e.location.name for e in ev] == ["Nābha"]
    # a place the parse hangs under the cause word alone is still the protest's own
    ev = doc_of("Traders protested against encroachments in Nawabshah on Monday.", "en").events
    assert [e.location.name for e in ev] == ["Nawabshah"]


def test_barricades_and_bonfires_make_a_protest_violent():
    assert subs("Farmers protested low maize prices on Monday by barricading the highway near Kitale.") == ["Violent demonstration"]
    assert subs("Residents lit bonfires on the highway in Kisii to protest insecurity.") == ["Violent demonstration"]


def test_gangs_and_cartels_are_armed_groups():
    assert subs("Cartel gunmen ambushed a police patrol near Culiacan on Monday, wounding four officers.") == \
        ["Armed clash"]
    assert actor1("A criminal gang shot dead a shopkeeper in Eldoret on Monday.")[0][0] == "unidentified"


def test_riots_are_rioters_and_protests_protesters_whoever_the_text_names():
    ev = doc_of("During the general strike on Sunday, unidentified assailants torched a truck in Bogura.", "en").events
    assert [(e.sub_event_type, e.actor1.type) for e in ev] == [("Violent demonstration", "rioters")]
    assert "assailants" in ev[0].actor1.surface


def test_victims_are_never_actor1_of_violence():
    ev = doc_of("A shopkeeper was shot dead in Mombasa on Monday by two men on a motorbike.", "en").events
    assert [(e.actor1.type, e.actor2.type if e.actor2 else None) for e in ev] == [("unidentified", "civilians")]


def test_riot_words_with_an_armed_group_as_the_doer_are_its_violence():
    assert actor1("Taliban fighters attacked a police checkpoint in Kunduz on Monday.") == [("rebel_group", "Armed clash")]


def test_paramilitaries_and_armed_groups_named_without_army_or_militia_words():
    assert actor1("Militants fired on a Frontier Corps check post in Turbat on Monday.") == \
        [("unidentified", "Armed clash")]
    assert actor1("Police shot dead two Mungiki members in Kayole on Monday.") == [("state_forces", "Armed clash")]
    assert actor1("Troops shot dead an infiltrator near Uri on Friday.") == \
        [("state_forces", "Armed clash")]


def test_sides_firing_at_each_other_are_a_battle():
    assert subs("Indian and Pakistani soldiers fired at each other across the border near Uri on Monday.") == \
        ["Armed clash"]


def test_the_agent_the_parse_finds_beats_word_order():
    assert actor1("Rebel commander shot dead by police near Kapsokwony.")[0][0] == "state_forces"


def test_negated_event_words_did_not_happen():
    assert subs("Opposition supporters held a rally in Kisumu on Monday; the police said no clashes or "
                "violence took place.") == ["Peaceful protest"]


def test_riot_police_is_a_force_not_a_riot():
    assert subs("Hundreds of riot police stood by as students marched through Mandalay on Monday.") == ["Peaceful protest"]


def test_a_riot_that_came_before_the_protest_is_not_its_character():
    assert subs("Families of detainees protested outside the jail in Omsk on Monday, following a riot there in March.") == \
        ["Peaceful protest"]
    # a verb after "after" is the story itself
    assert subs("Motorists were stranded in Kisumu after hawkers barricaded the main road in protest on Monday.") == \
        ["Violent demonstration"]


def test_a_crowds_clash_told_after_its_protest_makes_it_violent():
    assert subs("Lecturers marched in Eldoret on Monday over unpaid salaries. They blocked roads and later "
                "clashed with police.") == ["Violent demonstration"]
    # the police the only side the clash names, a man the only one it hit: the crowd's clash, and its toll
    text = ("Residents protesting the arrest of a trader gathered at the police station in Eldoret. A man was "
            "shot dead during ensuing clashes with police.")
    assert subs(text) == ["Violent demonstration"]
    assert [e.fatalities for e in doc_of(text, "en").events] == [1]


def test_south_asian_protest_words_and_processions():
    assert subs("Party workers brought out a procession in Sylhet on Friday in support of the strike.") == \
        ["Peaceful protest"]
    assert subs("Farmers staged a rasta roko near Nashik on Monday demanding loan waivers.") == ["Peaceful protest"]
    assert subs("Hostel residents gheraoed the vice-chancellor in Guwahati on Monday.") == ["Peaceful protest"]


def test_beatings_are_attacks_but_beating_drums_is_a_protest():
    assert actor1("Soldiers beat and injured two journalists at a checkpoint in Gao on Monday.") == [("state_forces", "Attack")]
    assert subs("Nurses in Pune protested on Monday by beating plates outside the hospital.") == \
        ["Peaceful protest"]


def test_present_tense_protest_verbs():
    assert subs("Traders demonstrate in Embu against new market fees.") == ["Peaceful protest"]


def test_petrol_bombs_are_no_weapon_of_war_but_riot_words():
    assert subs("Strikers threw petrol bombs at a police van in Janakpur on Tuesday.") == \
        ["Violent demonstration"]


def test_rampages_rowdy_crowds_and_street_fights():
    assert subs("Students rampaged through Kisii town on Monday over exam results.") == ["Violent demonstration"]
    assert subs("A rowdy crowd of traders marched on the county offices in Nyeri on Monday.") == \
        ["Violent demonstration"]


def test_herdsmen_raid_as_a_militia_and_are_attacked_as_civilians():
    assert actor1("Armed herdsmen attacked farmers near Makurdi on Monday, killing five.") == \
        [("identity_militia", "Attack")]
    ev = doc_of("Raiders ambushed herdsmen grazing near Baragoi on Monday, killing four.", "en").events
    assert [(e.sub_event_type, e.actor2.type) for e in ev] == [("Attack", "civilians")]


def test_jets_and_gunships_strike_from_the_air():
    assert subs("Air force jets struck a rebel camp near Kismayo on Sunday, killing twelve.") == ["Air/drone strike"]
    # jets seen flying over a clash are no strike
    assert subs("Rebels clashed with gunmen near Azaz on Monday. Jets were seen flying over the town.") == \
        ["Armed clash"]


def test_riot_words_at_people_without_a_demonstration_are_mob_violence():
    assert subs("Three women were hurt in Bungoma when they were pelted with stones as two rival groups "
                "clashed on Sunday.") == ["Mob violence"]
    assert subs("Students rioted in Kisii on Monday over exam results.") == ["Violent demonstration"]


def test_fire_bombs_that_hurt_people_are_attacks_and_others_a_riots():
    assert subs("Masked men threw a petrol bomb into a bus in Gazipur on Monday night, injuring eight passengers.") \
        == ["Attack"]
    assert subs("Pickets exploded two crude bombs outside a party office in Khulna on Monday. Nobody was hurt.") == \
        ["Violent demonstration"]


def test_one_story_told_in_two_sentences_is_one_incident():
    text = ("Militants fired at an army patrol in Kupwara, wounding a soldier. "
            "The patrol came under fire again in Kupwara during a search of the forest.")
    ev = doc_of(text, "en", published=None).events
    assert len(ev) == 1 and len(ev[0].evidence) == 2


def test_two_places_in_one_paragraph_stay_two_incidents():
    text = ("Militants fired at an army patrol in Kupwara, wounding a soldier. "
            "Gunmen shot dead a shopkeeper in Sopore.")
    assert len(doc_of(text, "en", published=None).events) == 2


def test_a_later_sentence_does_not_change_the_kind_of_attack():
    text = ("Police raided a hideout in Multan and killed three militants. "
            "One of the militants in Multan had strapped on a suicide vest before he was shot.")
    ev = doc_of(text, "en", published=None).events
    assert [e.sub_event_type for e in ev] == ["Armed clash"] and ev[0].fatalities == 3


def test_a_report_passive_without_its_auxiliary_names_the_victims():
    # "Three soldiers killed in an ambush": the soldiers suffered it, whoever ambushed them
    ev = doc_of("Three soldiers killed in an ambush near Wajir on Monday.", "en").events
    assert [e.sub_event_type for e in ev] == ["Armed clash"]
    assert ev[0].actor1.type == "unidentified" and ev[0].actor2.type == "state_forces"
    # an active verb with its object keeps its subject as the one who acted
    ev = doc_of("A police officer shot and killed a teacher in Wajir on Monday.", "en").events
    assert ev[0].actor1.type == "state_forces" and ev[0].sub_event_type == "Attack"


def test_members_killed_by_police_are_the_target():
    ev = doc_of("Six gang members killed by police in Eldoret on Monday.", "en").events
    assert ev[0].actor1.type == "state_forces" and ev[0].sub_event_type == "Armed clash"


def test_arrests_by_the_police_after_a_protest_are_its_intervention():
    text = "Traders protested outside the county offices in Nakuru on Monday. Police made several arrests."
    assert subs(text) == ["Protest with intervention"]
    # the arrest a protest is about stays what it is about
    text = ("Journalists protested in Lahore on Monday against the arrest of their editor. "
            "He was arrested last week in a tax case.")
    assert subs(text) == ["Peaceful protest"]


def test_more_event_words():
    assert subs("Supporters of two rival candidates were injured in a confrontation in Kisumu on Sunday.") \
        == ["Mob violence"]
    assert subs("Teachers staged a road roko in Salem on Monday over unpaid salaries.") == ["Peaceful protest"]
    assert subs("Raiders stole 300 cattle from herders near Kapedo on Monday.") == ["Attack"]
    # a scuffle with the police at a protest is its intervention, not a riot
    assert subs("Students protested in Patna on Monday and had a brief scuffle with the police.") \
        == ["Protest with intervention"]


def test_a_crowd_turning_on_people_is_mob_violence_and_on_property_a_riot():
    ev = doc_of("Angry residents of Kisumu set a suspected thief alight on Monday.", "en").events
    assert [e.sub_event_type for e in ev] == ["Mob violence"]
    ev = doc_of("Rioters attacked and injured two journalists in Kisumu on Monday.", "en").events
    assert [e.sub_event_type for e in ev] == ["Mob violence"] and ev[0].actor2.type == "civilians"
    # smashing a shop is a riot's property destruction, not violence against people
    assert subs("Hundreds of villagers vandalised a ration shop in Salar on Monday.") == ["Violent demonstration"]
    # a demonstration told in the riot word itself stays a violent demonstration
    assert subs("Students violently protested in Kisumu on Monday, destroying a dormitory.") == ["Violent demonstration"]


def test_riot_acts_in_any_inflection():
    # lemma sequences: "setting fire", "threw a few stones", "turns violent"
    assert subs("Protesters in Meru were setting fire to tyres on Monday.") == ["Violent demonstration"]
    assert subs("Traders protesting in Meru threw a few stones at the county offices.") == ["Violent demonstration"]
    assert subs("A protest against land grabbing in Meru turns violent.") == ["Violent demonstration"]


def test_an_off_duty_soldier_is_a_civilian():
    ev = doc_of("On 3 May 2020, militants shot dead an off-duty soldier in Baidoa town.", "en").events
    assert [e.sub_event_type for e in ev] == ["Attack"] and ev[0].actor2.type == "civilians"
    assert subs("On 3 May 2020, militants shot dead a soldier in Baidoa town.") == ["Armed clash"]


def test_heavy_weapons_shell_and_small_arms_make_it_a_battle():
    heavy = "On 8 May 2020, government forces fired grenade launchers and heavy machine guns at rebel positions near Vesele."
    assert subs(heavy) == ["Shelling/artillery/missile attack"]
    both = ("On 8 May 2020, government forces fired grenade launchers, heavy machine guns and small arms at rebel "
            "positions near Vesele.")
    assert subs(both) == ["Armed clash"]
    # counted explosions at a front line, weapons unknown: shelling
    assert subs("On 4 May 2020, monitors observed a total of 5 explosions involving unknown weapons near Lozove.") == [
        "Shelling/artillery/missile attack"]


def test_armies_and_armed_groups_named_by_acronym():
    ev = doc_of("On 28 April 2020, the FARDC launched an offensive against CODECO positions near Djugu.", "en").events
    assert ev[0].actor1.name.startswith("Military Forces of the Democratic Republic of Congo")
    # ACLED classes Myanmar's ethnic armed organisations as political militias
    ev = doc_of("TNLA troops ambushed a government convoy near Namhkam on Monday.", "en").events
    assert ev[0].actor1.type == "political_militia"


def test_a_speech_verb_acting_on_the_event_is_no_source():
    # "continue" introduces quotes ("..., he continued"), but here the forces continue the assaults
    ev = doc_of("Kenyan forces continue assaults on al-Shabaab positions near Lamu.", "en").events
    assert ev[0].actor1.type == "state_forces" and ev[0].actor2.name == "Al-Shabaab"


def test_many_arrested_after_a_protest_are_its_intervention():
    text = ("On 28 April 2020, farmers staged a protest in Amritsar against the state government. "
            "26 arrested for violating the curfew.")
    assert subs(text) == ["Protest with intervention"]
    # one man arrested in another matter is not the protest's
    other = ("On 28 April 2020, farmers staged a protest in Amritsar against the state government. "
             "A local trader was arrested in a fraud case.")
    assert "Protest with intervention" not in subs(other)


def test_protesters_clashing_with_security_forces_riot():
    ev = doc_of("Clashes erupted between protestors and security personnel at a square in Biratnagar on Sunday.",
                "en", published=None).events
    assert [(e.sub_event_type, e.actor1.type) for e in ev] == [("Violent demonstration", "rioters")]


def test_the_country_across_a_border_is_not_where_it_happened():
    assert countries("Gunmen killed a police officer near the border with Somalia on Monday. Kenya police said two "
                     "attackers fled.") == ["KE"]


def test_armed_men_who_break_in_and_kill_attack():
    assert subs("Several armed men broke into a store in Choloma and shot dead the owner.") == ["Attack"]


def test_a_riot_a_protest_is_about_does_not_make_it_a_riot():
    assert subs("Women protested outside the collector's office in Mehsana, demanding the release of men who "
                "were jailed for rioting.") == ["Peaceful protest"]
    assert subs("Students protested against the fee hike and pelted stones at the police in Nairobi.") == \
        ["Violent demonstration"]


def test_a_bomb_in_the_midst_of_a_gun_battle_is_the_battle():
    assert subs("Al Shabaab militants engaged in a gun battle with the police in Lamu and planted an IED on the "
                "road.") == ["Armed clash"]


def test_where_raiders_came_from_is_not_where_they_struck():
    assert countries("Raiders from Uganda attacked a Kenyan village on Monday, killing two herders.") == ["KE"]


def test_where_a_vehicle_was_heading_is_not_where_it_was_hit():
    ev = doc_of("A bomb went off on a coach in central Nairobi Monday shortly before it left for Kampala, killing "
                "two passengers. A manager of Kampala Express Ltd said the bomber was among the dead.", "en").events
    assert [e.location.name for e in ev][:1] == ["Nairobi"]


def test_a_later_sentence_that_blames_a_group_names_a_suspect():
    ev = doc_of("A roadside bomb killed two travellers near Wajir on Monday. Al-Shabaab is believed to be "
                "responsible.", "en").events
    assert [(e.actor1.name, e.attribution) for e in ev] == [("Al-Shabaab", "suspected")]
    assert ev[0].suspected_actors == ["Al-Shabaab"]


def test_a_claim_of_full_responsibility_is_a_claim():
    ev = doc_of("A policeman was killed when a bomb exploded in Bannu on Friday. The TTP claimed full "
                "responsibility for the attack.", "en").events
    assert [(e.actor1.name, e.attribution) for e in ev] == [("Tehrik-i-Taliban Pakistan", "claimed")]


def test_police_who_look_into_an_attack_are_not_its_party():
    ev = doc_of("Four people were shot dead in Kisauni on Sunday evening. Police suspect that the incident may "
                "have been a revenge attack.", "en").events
    assert [e.actor1.type for e in ev] == ["unidentified"]


def test_averted_clashes_are_none():
    assert subs("Students protested in Kathmandu on Monday. Police were deployed to avert any clashes.") == \
        ["Peaceful protest"]


def test_protesters_who_clash_with_police_riot_even_when_shots_are_fired():
    # ACLED: a demonstration whose crowd fights the police is a violent demonstration; excessive
    # force is lethal force against a crowd that was not fighting
    assert subs("Protesters clashed with the police in Kondele on Monday. A student was killed by gunshot in the "
                "clashes.") == ["Violent demonstration"]
    assert subs("Police opened fire on protesters in Kisumu on Monday, killing one student.") == \
        ["Excessive force against protesters"]


def test_a_crowd_that_storms_or_tries_to_storm_riots():
    assert subs("Students stormed the principal's office in Nyeri on Tuesday.") == ["Violent demonstration"]
    assert subs("Protesters tried to storm the county offices in Nyeri on Tuesday.") == ["Violent demonstration"]
    assert subs("Rebels are preparing to attack the town of Beni, residents said on Tuesday.") == []


def test_a_lede_that_sums_up_completes_the_sentence_that_says_where():
    ev = doc_of("Three soldiers were killed on Tuesday after militants ambushed their patrol. One militant was "
                "also killed, while four other soldiers were wounded. The ambush took place near Mandera town.",
                "en").events
    assert [(e.sub_event_type, e.location.name, e.fatalities) for e in ev] == [("Armed clash", "Mandera", 4)]


def test_police_forces_are_one_actor():
    ev = doc_of("On 3 May 2021, police forces assaulted several shop owners in Douala for selling after curfew.",
                "en").events
    assert [(e.sub_event_type, e.actor1.type) for e in ev] == [("Attack", "state_forces")]


def test_a_gun_fight_written_in_two_words_is_a_battle():
    assert subs("Soldiers and militants engaged in a gun fight near Kupwara on Friday.") == ["Armed clash"]


def test_a_countrys_own_forces_name_the_country_of_a_note_with_no_place():
    assert countries("GSU officers shot dead two suspected robbers on Sunday night.") == ["KE"]
    assert countries("Gunmen shot dead two traders on Sunday night.") == [None]


def test_killing_poachers_pirates_or_rustlers_is_a_battle():
    assert subs("Rangers shot dead two poachers in Tsavo on Monday.") == ["Armed clash"]
    assert subs("Police shot dead two farmers in Tsavo on Monday.") == ["Attack"]


def test_police_who_control_the_situation_or_one_arrest_make_an_intervention():
    assert subs("Consumers protested against a ration dealer in Siliguri on Monday. Police reached the spot and "
                "controlled the situation.") == ["Protest with intervention"]
    assert subs("Teachers protested outside the ministry in Nairobi on Monday. One woman was arrested.") == \
        ["Protest with intervention"]


def test_fire_returned_or_in_both_directions_is_a_battle():
    assert subs("Three militants were killed in Karachi on Monday as policemen retaliated to a hand grenade thrown "
                "at their van.") == ["Armed clash"]
    assert subs("Monitors recorded 18 explosions in both directions of the frontline near Viktorivka on Monday.") == \
        ["Armed clash"]


def test_fire_across_a_front_line_with_no_side_named_has_the_countrys_forces_on_one_side():
    ev = doc_of("Monitors recorded 18 explosions in both directions of the frontline near Avdiivka, Ukraine, on Monday.",
                "en").events
    assert [(e.actor1.type, e.actor1.country, e.attribution) for e in ev] == [("state_forces", "UA", "unattributed")]
    # a side the text names stays; fire with no front line keeps an unidentified group
    named = doc_of("Rebels fired mortars at army positions across the frontline near Avdiivka, Ukraine, on Monday.",
                   "en").events
    assert named[0].actor1.type == "rebel_group"
    plain = doc_of("Monitors recorded 18 explosions and gunfire near Avdiivka, Ukraine, on Monday.", "en").events
    assert [e.actor1.type for e in plain] == ["unidentified"]


def test_a_place_and_the_district_it_lies_in_or_a_village_beside_it_are_one_spot():
    from sitrep.extract.incidents import _same_place
    from sitrep.geo.gazetteer import Place
    from sitrep.geo.resolve import PlaceHit

    def hit(name, kind, lat, lon, admin1=None):
        return PlaceHit(Place(name, kind, "BD", admin1, lat, lon), name, 0, len(name), 1, 1)
    town = hit("Natore", "city", 24.41, 88.99)
    assert _same_place(hit("Rupganj", "district", 23.81, 90.54, "Narayanganj"), hit("Narayanganj", "city", 23.61, 90.5))
    assert _same_place(hit("Tebaria", "village", 24.39, 88.94), town)  # a union 5 km off
    assert not _same_place(hit("Bagatipara", "village", 24.30, 88.80), town)  # 22 km off
    assert not _same_place(hit("Bogura", "city", 24.85, 89.37), town)


def test_a_riot_or_clash_a_protest_is_about_is_no_riot_at_it():
    assert subs("Traders protested in Meru on Monday, demanding compensation for the riot victims.") == \
        ["Peaceful protest"]
    assert subs("Students rallied in Nakuru on Monday, demanding the release of classmates who were arrested "
                "in a clash with police last week.") == ["Peaceful protest"]
    assert subs("Police dispersed a crowd of rioting youths in Meru on Monday.") == ["Violent demonstration"]


def test_a_village_not_said_to_be_one_ranks_after_the_towns_of_its_clause():
    # "Shaheed" and "Rajguru" are also Indian post offices; the tagger may call them places
    ev = doc_of("Students clashed while honouring Shaheed Bhagat Singh, Rajguru and Sukhdev at the Arts Faculty, "
                "Delhi University on Sunday.", "en").events
    assert [e.location.name for e in ev] == ["Delhi University"]
    assert [e.location.name for e in doc_of("Villagers protested at Baniyani in Uttar Pradesh on Monday.",
                                            "en").events] == ["Baniyani"]


def test_storming_an_office_to_protest_or_a_fight_against_a_virus_is_a_protest():
    assert subs("Hundreds of farmers stormed the district office in Meru on Monday in protest against delayed "
                "payments.") == ["Peaceful protest"]
    assert subs("Teachers protested in Kisumu on Monday against the measures imposed to battle the outbreak.") == \
        ["Peaceful protest"]
    # a riot act beside the storming, or violence at the protest, still makes it a riot
    assert subs("Protesters stormed the parliament and smashed windows in Nairobi on Monday.") == \
        ["Violent demonstration"]
    assert subs("Youths attacked a police station in Accra on Monday to demonstrate over the death of a man.") == \
        ["Violent demonstration"]


def test_who_claims_to_have_done_it_did_it():
    ev = doc_of("Police claimed to have killed three militants in an encounter in Kupwara on Monday.", "en").events
    assert ev and ev[0].actor1.type == "state_forces"
    ev = doc_of("Al Shabaab claimed to have killed three soldiers in a roadside bomb attack near Afgooye.", "en").events
    assert ev and ev[0].actor1.name == "Al-Shabaab" and ev[0].attribution == "claimed"


def test_before_a_passive_event_word_is_who_suffered_it():
    # the parse hangs the officer on a place name: word order alone tells the role, and the passive turns it
    ev = doc_of("On the road that connects Iguala to Huitzuco, Guerrero, a police officer from Huitzuco was attacked.",
                "en").events
    assert ev and (ev[0].actor1 is None or ev[0].actor1.type != "state_forces")
    assert ev[0].actor2 is not None and ev[0].actor2.type == "state_forces"


def test_a_police_station_that_names_a_jurisdiction_is_no_police():
    ev = first_event("A teacher was shot and injured by unidentified assailants at Golmunda village under Jaldhaka "
                     "Police Station of Nilphamari district on Sunday.")
    assert ev.actor1.type == "unidentified" and ev.sub_event_type == "Attack"
    # "a village of X police station" names the station's area too
    ev = first_event("A shopkeeper was shot dead at Rampur village of Kotwali police station on Friday night.")
    assert ev.sub_event_type == "Attack"


def test_the_enemies_of_a_group_are_not_the_group():
    assert first_event("Anti-Houthi forces fired artillery shells at farms near Hodeidah on Tuesday.").actor1.name != \
        "Houthis"


def test_a_group_by_its_short_name_before_its_fighters():
    assert first_event("IS fighters fired a rocket at a checkpoint in Basira on Monday.").actor1.name == "Islamic State"


def test_a_workers_strike_is_a_protest_and_an_air_force_strike_is_not():
    assert subs("Bus drivers in Mombasa began an indefinite strike on Monday over unpaid wages.") == ["Peaceful protest"]
    assert subs("Nurses in Eldoret strike over pay.") == ["Peaceful protest"]
    assert subs("The strike by matatu owners in Nakuru entered its third day on Wednesday.") == ["Peaceful protest"]
    # the same verbs with an armed force, or with no workers and weapons named, stay attacks
    assert "Peaceful protest" not in subs("The Air Force continued its strikes on militant hideouts in Tirah on Monday.")


def test_a_crowds_weak_word_is_a_protest_only_when_told_as_one():
    assert subs("About 300 parents gathered outside the education office in Kisii on Monday to demand lower fees.") == \
        ["Peaceful protest"]
    assert subs("Pensioners marched to the county offices in Nyeri on Tuesday.") == ["Peaceful protest"]
    assert subs("Opposition supporters staged a procession in Garissa on Friday.") == ["Peaceful protest"]
    assert subs("Les enseignants ont entamé une grève lundi à Dakar.", "fr") == ["Peaceful protest"]
    # troops marching, or a procession fired upon, tell no protest
    assert subs("Troops marched into the town of Menaka on Sunday.") == []
    assert subs("Gunmen fired upon a wedding procession near Jos on Sunday, injuring four guests.") == ["Attack"]


@pytest.mark.parametrize("text", [
    "Party workers burnt an effigy of the governor outside the assembly in Jaipur on Monday.",
    "Lawyers in Kakamega boycotted the courts on Monday after a colleague was assaulted.",
    "Farmers blocked trains at Ludhiana station on Monday over crop prices.",
])
def test_effigies_boycotts_and_blocked_trains_are_protests(text):
    assert subs(text) == ["Peaceful protest"]


def test_a_protest_on_an_anniversary_is_todays_protest():
    ev = doc_of("Students protested in Dhaka on the anniversary of the campus killings, demanding a trial.", "en").events
    assert [e.sub_event_type for e in ev] == ["Peaceful protest"] and not ev[0].background


def test_a_misparsed_protest_verb_is_not_made_unreal_by_a_verb_above_a_noun():
    # the parser hangs "protested" under "test", and "test" under "preparing": no plan to protest
    assert subs("Parents of students preparing for a statewide test protested against unfair testing procedures.") == \
        ["Peaceful protest"]


def test_a_spaced_dash_in_a_route_is_no_dateline():
    # read as a dateline, everything before "Damboa - " would be where the report was filed
    ev = first_event("On 7 May 2020, militants ambushed an army convoy on the Damboa - Maiduguri road, killing four "
                     "soldiers.")
    assert ev.location.name == "Damboa" and ev.event_date == "2020-05-07"


def test_here_is_the_town_of_the_dateline():
    for text, town in [("Imphal, April 28: Students staged a protest here against frequent strikes.", "Imphal"),
                       ("SRINAGAR, Jan 5 (PTI) - Traders staged a protest here against the new tax.", "Srinagar"),
                       ("Comilla, Jan 15 (UNB) Two BNP leaders were injured in an attack by rivals here.", "Comilla")]:
        ev = first_event(text)
        assert ev.location.name == town and ev.location.geo_precision == 1, text
    # a heading that is no town is no dateline, and a dateline's town is no event's place unless "here" says so
    assert first_event("Arrests: Police in Kisumu arrested 20 protesters.").location.name == "Kisumu"
    ev = first_event("KABUL, Jan 5 (Reuters) - A suicide bomber killed 12 people at a wedding hall in Jalalabad.")
    assert ev.location.name.startswith("Jal")


def test_the_second_of_two_passives_shares_the_first_one_s_auxiliary():
    # "a civilian injured" after "was killed and" is a passive, not a civilian who injured someone
    ev = first_event("A policeman was killed and a civilian injured when militants fired upon them in Kulgam on Friday.")
    assert ev.actor1.type == "unidentified"
    # unknown people who shoot at the police are an armed group, not civilians
    ev = first_event("A police constable was killed and another wounded when unidentified persons shot at them at a "
                     "checkpost in Peshawar.")
    assert (ev.actor1.type, ev.actor2.type, ev.sub_event_type) == ("unidentified", "state_forces", "Armed clash")


def test_the_subject_of_a_hearsay_passive_did_it():
    ev = first_event("Police were reported to have beaten displaced IDPs at a camp in Bentiu on Monday.")
    assert ev.actor1.type == "state_forces" and ev.sub_event_type == "Attack"
    # ... unless what is reported is passive too
    assert first_event("Three soldiers were reported to have been killed by militants near Gao on Monday.").actor1.type \
        != "state_forces"


def test_crowds_fighting_each_other_are_mob_violence():
    assert subs("Two communities pelted stones at each other in Roorkee on Friday over a temple loudspeaker.") == \
        ["Mob violence"]
    # a crowd against the police stays a violent demonstration
    assert subs("Protesters and police pelted stones at each other in Srinagar on Friday.") == ["Violent demonstration"]


def test_band_of_attackers_takes_the_band_role():
    # "by a group of unidentified assailants": the assailants are the group's members, so they acted
    ev = first_event("A Trinamool activist was gunned down by a group of unidentified assailants on Friday night.")
    assert ev.event_type == "Violence against civilians"
    assert ev.actor1 is not None and ev.actor1.type == "unidentified"
    assert ev.actor2 is None or ev.actor2.type != "unidentified"


def test_former_officer_is_a_civilian_target():
    # "former" qualifies the officer, not the word "military" the actor was read from
    ev = first_event("On 3 March 2021, in Tacuba, a former military officer was shot and killed by gang members.")
    assert ev.event_type == "Violence against civilians"
    assert ev.actor2 is not None and ev.actor2.type == "civilians"


def test_a_decision_to_kill_is_not_a_killing():
    evs = doc_of("Residents marched in Colombo against a court's decision to stone a woman to death.", "en").events
    assert all(e.sub_event_type != "Mob violence" for e in evs)


def test_a_body_found_with_signs_of_violence_is_an_attack():
    # ACLED codes a body found bound or shot as an attack on a civilian; the bare find is no event
    ev = first_event("On 4 June 2021, in Hermosillo, Sonora, the body of a young man was found on a dirt road "
                     "with his hands tied and a threatening message beside him. 1 fatality.")
    assert ev.sub_event_type == "Attack" and ev.fatalities == 1 and ev.event_date == "2021-06-04"
    assert subs("On 4 June 2021, an elderly man was found dead in his flat in Leeds after neighbours raised the alarm.") == []
    assert subs("On 4 June 2021, the body of a fisherman who had drowned was found tied to his boat near Mombasa.") == []


def test_the_day_of_a_date_is_no_count_of_dead():
    # "Around 9 May" stands beside the find; the toll is the one man
    ev = first_event("Around 9 May 2021 (as reported), in Culiacan, Sinaloa, a woman was found dead. "
                     "The body showed firearm injuries. 1 fatality.")
    assert ev.fatalities == 1


def test_a_motorcade_with_demands_and_banged_pots_are_protests():
    assert subs("On 6 May 2021, in Recife, taxi drivers did a motorcade to demand an emergency allowance.") \
        == ["Peaceful protest"]
    assert subs("On 6 May 2021, in Recife, residents banged pots against the governor.") == ["Peaceful protest"]
    assert subs("The minister's motorcade passed through Recife on Monday.") == []


def test_a_counted_herd_and_a_victim_burnt_to_death():
    # a gap word may be a number ("stole 3,000 cattle"); "burnt <the man> to death" is a killing
    assert subs("Raiders stole 1,200 cattle from herders near Lodwar on Sunday.") == ["Attack"]
    ev = first_event("Residents of Kerugoya burnt a 30-year-old man to death after accusing him of theft.")
    assert ev.sub_event_type == "Mob violence" and ev.fatalities == 1


def test_fortifications_and_drills_are_a_change_to_group_activity():
    # ACLED codes an armed group digging in or training as a strategic development
    assert subs("On 5 May 2021, militia forces reportedly established two fortifications east of Marib city.") \
        == ["Change to group/activity"]
    assert subs("On 5 May 2021, members of a pro-government armed group conducted military exercises in Caracas.") \
        == ["Change to group/activity"]


@pytest.mark.parametrize(("text", "first", "second"), [
    # the parse hangs the KIA under "troops" as a modifier: the words "between ... and" name the sides
    ("Fighting broke out between the KIA and government troops near Laiza on Monday.",
     "political_militia", "state_forces"),
    ("A gun battle was reported between police and Al Shabaab militants in Mandera on Monday.",
     "state_forces", "rebel_group"),
    # the force of the paragraph is a side of a shoot-out that names none
    ("On 3 June 2021, in Duque de Caxias, Rio de Janeiro, Military Police officers carried out an operation in the "
     "Vila Operaria community. A shoot-out broke out and a suspect was shot and injured.", "state_forces",
     "unidentified"),
    # a force that fights the attackers makes the attack a clash, the attackers first
    ("Raiders killed four herders in Nakwomuru village on Monday. Police intervened, killing three raiders.",
     "identity_militia", "state_forces"),
    # people told armed are a band, not civilians
    ("An unidentified armed man shot a police officer in Garissa on Monday.", "unidentified", "state_forces"),
    ("A group of men armed with machetes attacked a police post in Kwale on Monday.", "unidentified", "state_forces"),
])
def test_the_two_sides_of_a_clash(text, first, second):
    ev = first_event(text)
    assert ev.sub_event_type == "Armed clash"
    assert (ev.actor1.type, ev.actor2.type) == (first, second)


def test_a_body_dumped_or_wrapped_is_an_attack_and_blocked_traffic_a_protest():
    assert subs("On 3 June 2021, two men were found dead, their bodies dumped beside the road to Malindi.") == ["Attack"]
    assert subs("On 3 June 2021, in Tijuana, a woman was found dead. The body was wrapped in a sheet.") == ["Attack"]
    assert subs("On 3 June 2021, hundreds of farmers blocked the traffic at Nashik to demand better onion prices.") \
        == ["Peaceful protest"]
    assert subs("On 3 June 2021, hundreds of nurses came out on the roads in Pune, demanding their unpaid wages.") \
        == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    "Des affrontements ont éclaté lundi entre les FAMa et les jihadistes près de Mopti.",
    # "des" after the conjunction is parsed as a preposition
    "Des affrontements ont éclaté lundi entre les FAMa et des jihadistes près de Mopti.",
])
def test_the_two_sides_of_a_fight_between_them_in_french(text):
    ev = first_event(text, "fr")
    assert ev.sub_event_type == "Armed clash"
    assert (ev.actor1.type, ev.actor2.type) == ("state_forces", "unidentified")


def test_a_protest_that_is_the_subject_of_a_finite_verb_happened():
    # "was aimed" governs the protest as its subject: no plan, the protest took place; a rally "to be
    # held" is still to come, and "planned to attack" stays unreal
    assert subs("Nurses protested in Multan on Monday, the protest was aimed against the health department.") \
        == ["Peaceful protest"]
    assert subs("Police said the militants planned to attack the market in Multan.") == []
    assert subs("Traders were preparing the ground for a rally to be held in Multan on Friday.") == []


def test_a_background_marker_dates_the_event_word_it_hangs_under():
    # "years ago" dates the blast, not the protest
    ev = doc_of("Students protested in Peshawar against the closure of a school damaged in a bomb blast "
                "three years ago.", "en").events
    assert [(e.sub_event_type, e.background) for e in ev] == [("Peaceful protest", False)]


def test_a_victim_told_as_a_drug_trafficker_makes_a_gang_fight():
    base = "On 3 June 2021, in Recife, Pernambuco, a man was shot dead by two armed men on a motorcycle. "
    gang = first_event(base + "The victim had charges against him for drug trafficking.")
    assert gang.sub_event_type == "Armed clash" and gang.actor2.type != "civilians"
    assert first_event(base + "The victim had charges against him for theft.").sub_event_type == "Attack"


def test_a_police_informer_is_no_policeman():
    ev = first_event("Militants shot dead a shopkeeper in Sukma on Friday, accusing him of being a police informer.")
    assert ev.sub_event_type == "Attack"
    assert ev.actor2 is None or ev.actor2.type == "civilians"


@pytest.mark.parametrize("text, first, second", [
    # a force named before its head word ("the Burma Army", "the Myanmar military") is still a side
    ("Clashes were reported between the TNLA and the Burma Army in Kyaukme on Sunday.", "political_militia",
     "state_forces"),
    ("Fighting between the Myanmar military and TNLA fighters continued near Kyaukme on Sunday.", "state_forces",
     "political_militia"),
])
def test_a_side_named_before_its_head_word(text, first, second):
    ev = first_event(text)
    assert (ev.actor1.type, ev.actor2.type) == (first, second)


def test_burnt_houses_are_property_destruction():
    ev = first_event("On 4 June 2021, EPP members burned a farmhouse, two tractors and a truck near Concepcion, Paraguay.")
    assert ev.sub_event_type == "Looting/property destruction"
    # the burning of a raid that killed is part of the attack, not another event; a threat is none
    assert subs("Gunmen attacked Kasoa village on Sunday, killed three people and burned ten houses.") == ["Attack"]
    assert subs("The youths threatened to burn the school in Kisii on Monday.") == []
    assert subs("Riots broke out in Eldoret on Monday during the president's visit. Several houses were burned.") \
        == ["Violent demonstration"]


def test_the_side_after_with_an_event_verb_acted():
    ev = first_event("Two gang members were killed after exchanging fire with military police forces in Feira de "
                     "Santana on 5 June 2021.")
    assert (ev.sub_event_type, ev.actor1.type, ev.actor2.type) == ("Armed clash", "state_forces", "unidentified")


def test_a_bomb_that_killed_stays_an_explosion():
    assert subs("A bomb exploded in a market in Garissa on Monday, killing three people.") == \
        ["Remote explosive/landmine/IED"]


def test_a_clash_with_police_told_after_a_protest_by_a_pronoun_is_the_protest_turning_violent():
    ev = doc_of("On 4 June 2021, dozens of residents held a demonstration in Kisii over relief food. Some of them tried "
                "to enter the county office, which turned into clashes with the policemen.", "en").events
    assert [e.sub_event_type for e in ev] == ["Violent demonstration"]


@pytest.mark.parametrize("text", [
    "A Red Cross officer was shot and injured by an armed group near Lodwar on Monday.",
    "Gunmen shot dead a school guard in Garissa on Monday.",
    "A police officer was shot dead at his home in Kitengela on Monday by unknown gunmen.",
    "Two policemen were shot dead in Quetta on Monday as they were returning home from duty.",
    "Gunmen shot dead a tax inspector in Mardan on Monday.",
])
def test_officers_of_civilian_bodies_and_policemen_off_duty_are_civilians(text):
    ev = first_event(text)
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a police officer in Garissa on Monday.",
    "Gunmen shot dead a border guard in Garissa on Monday.",
    # a police rank is the police ("inspector" is not: chief inspectors of county logistics, tax inspectors)
    "Unknown gunmen shot dead a head constable near the bus stand in Larkana on Monday.",
    "Two gunmen on a motorbike shot dead two constables in Peshawar on Monday.",
])
def test_officers_on_duty_stay_an_armed_target(text):
    assert first_event(text).sub_event_type == "Armed clash"


@pytest.mark.parametrize("text, doer", [
    ("Gunmen linked to al-Shabaab killed two traders on the road to Garissa on Monday.", "Al-Shabaab"),
    ("Gunmen with suspected links to al-Shabaab attacked a hotel in Lamu on Monday, killing five guests.",
     "Al-Shabaab"),
    ("Des hommes armés liés à l'État islamique ont tué trois civils près de Ménaka lundi.", None),
])
def test_a_band_tied_to_a_named_group_is_that_group_not_its_target(text, doer):
    lang = "fr" if "hommes" in text else "en"
    ev = first_event(text, lang)
    assert ev.sub_event_type == "Attack" and ev.actor1.type == "rebel_group"
    assert ev.actor2 is None or ev.actor2.type != "rebel_group"
    if doer:
        assert ev.actor1.name == doer


@pytest.mark.parametrize("text, sub", [
    # a crowd's damage at its protest is a violent demonstration
    ("Opposition supporters burned election materials in Lodwar to protest the results.", "Violent demonstration"),
    ("The party's offices in Kakamega were burnt in protest over the nominations.", "Violent demonstration"),
    ("Residents protesting the water cuts destroyed a county water kiosk in Machakos on Tuesday.",
     "Violent demonstration"),
    # a protest's signs and grievances are no damage
    ("Students burned an effigy of the minister in Nakuru to protest the fee increase.", "Peaceful protest"),
    ("Party workers took out a march in Nakuru and burnt the minister in effigy.", "Peaceful protest"),
    ("Farmers protested in Nakuru demanding compensation for crops damaged by the floods.", "Peaceful protest"),
    ("Residents protested in Nakuru against the burning of a church last week.", "Peaceful protest"),
    # a bomb found, or gone off in its makers' hands, is disrupted weapons use
    ("Police found a bomb at a church in Garissa on Monday.", "Disrupted weapons use"),
    ("Militants threw a grenade at a police post in Srinagar on Monday, but the grenade did not explode.",
     "Disrupted weapons use"),
    ("Two militants were killed in Wardak on Monday when their mine exploded prematurely.", "Disrupted weapons use"),
    # a police unit named for riots tells no riot; police stepping into a fight is no protest, but the
    # police's part in a protest is its intervention
    ("Anti-riot police stopped the demonstrators from entering the school in Naivasha on Monday.",
     "Protest with intervention"),
    ("Two clans clashed over a land dispute in Baringo on Monday; police intervene.", "Armed clash"),
    ("Supporters tried to block the returning officer in Kisumu on Monday; anti-riot police intervene.",
     "Protest with intervention"),
    # "attempted to ... but were dispersed": the dispersal is a verb of its own, not part of the attempt;
    # the police's hand in any tense
    ("Residents of Kericho protested on Monday over land prices. The demonstrators attempted to enter the county "
     "offices, but were dispersed by police.", "Protest with intervention"),
    ("Boda boda riders protested in Kisii on Monday; police intervene and disperse them.", "Protest with intervention"),
    ("Students protested at a school in Nyeri on Monday. Police were called in to restore calm.",
     "Protest with intervention"),
    # a sit-in behind barricaded doors is no riot, nor is the arson the protest is about; burnt debris is
    ("On 1 May 2021, in Hinche, teachers went on strike and barricaded themselves into an office of the Ministry of "
     "Education to protest against the lack of salary payment.", "Peaceful protest"),
    ("On 29 April 2021, teachers staged a protest in Badah town, demanding the arrest of people who set fire to wheat "
     "crops in the area.", "Peaceful protest"),
    ("On 28 April 2021, residents of Barquisimeto protested, burning debris to demand the distribution of fuel.",
     "Violent demonstration"),
    # property burnt where a protest is told alone makes it violent
    ("At least 20 buses were burnt as angry protesters took to the streets in Mamelodi on Monday.",
     "Violent demonstration"),
    ("Students protested in Kisii on Monday over fees. Two school buses were burned.", "Violent demonstration"),
    # ... and so does a crowd's damage, told apart from the protest or alone
    ("Students protested in Nairobi on Monday. They set a bus on fire.", "Violent demonstration"),
    ("Hundreds of villagers vandalised a ration shop in Salar on Monday.", "Violent demonstration"),
    ("Youths burnt tyres on the road in Kisumu on Monday.", "Violent demonstration"),
    ("A bus was set afire by unidentified assailants in Mirpur on Friday during the blockade.",
     "Violent demonstration"),
    # a force or an armed group that burns or wrecks property, nobody hurt: property destruction
    ("On 8 May 2021, JNIM militants vandalised the residence of the prefect in Diguel.",
     "Looting/property destruction"),
    ("On 4 May 2021, soldiers torched and destroyed eight houses in a village near Rathedaung.",
     "Looting/property destruction"),
    # an air force's own act is an air strike
    ("On 9 May 2021, the LNA air force targeted GNA positions near Misrata. No casualties reported.",
     "Air/drone strike"),
    ("On 3 May 2021, the GNA air force attacked three LNA trucks west of Mizdah.", "Air/drone strike"),
    ("Aerial strikes were carried out by the Pakistani Airforce in South Waziristan on Monday, killing 25 militants.",
     "Air/drone strike"),
    ("As military jet fighters pounded the Tirah Valley on Monday, 9 militants were killed.", "Air/drone strike"),
    # the drug trade's people killed by the state's forces: ACLED's attack, unless the report tells a fight
    ("On 2 May 2021, a drug suspect was killed during a police raid in Barangay Gaya-gaya, Bulacan.", "Attack"),
    ("On 2 May 2021, two drug suspects were killed in a shootout with police in Bulacan.", "Armed clash"),
    # killed by armed men: gangs fighting; the trade's people as the doers tell nothing of the victim
    ("On 2 May 2021, an alleged drug dealer was shot dead by armed men in Ixtapaluca.", "Armed clash"),
    ("On 5 May 2021, a woman was assaulted by drug traffickers in Niteroi.", "Attack"),
    # monitors' counts of fire: small arms are a clash, heavier weapons shelling
    ("On 8 May 2021, the OSCE SMM observed a total of 3 bursts of fire involving small arms near Svitlodarsk.",
     "Armed clash"),
    ("On 8 May 2021, the OSCE SMM observed a total of 6 explosions/bursts of fire involving heavy machineguns/unknown "
     "weapons near Svitlodarsk.", "Shelling/artillery/missile attack"),
    # townspeople turning on the police, no demonstration named, is a mob; with a protest, or with the
    # police only dispersing them, it stays a violent demonstration
    ("On 5 May 2021, residents pelted stones at police in Bhopal who were enforcing the curfew.", "Mob violence"),
    ("On 5 May 2021, residents pelted stones at police in Bhopal to protest against the curfew.",
     "Violent demonstration"),
    ("On 5 May 2021, residents of Kisumu burned tyres on the main road. Police dispersed the crowd with tear gas.",
     "Violent demonstration"),
    # a crowd that tried to lynch a man was at it: mob violence
    ("On 5 May 2021, about 50 people tried to lynch a suspected thief in Puebla.", "Mob violence"),
    # people who are no armed group fighting the police are a mob, whoever fired
    ("On 5 May 2021, fishermen clashed with police in Naivasha after the beach was closed.", "Mob violence"),
    # fire bombs that burn people, told in a clause of their own: an attack; hurting nobody, a riot
    ("A truck driver suffered burn injuries as unidentified assailants hurled a petrol bomb at the vehicle in "
     "Gouripur area on Monday.", "Attack"),
    ("On 5 May 2021, pro-blockade activists hurled a petrol bomb at a bus in Tanore. Nobody was hurt.",
     "Violent demonstration"),
    # an effigy torched is a protest's sign, no riot
    ("On 5 May 2021, ABVP activists torched the effigy of the state government in Nellore to seek action against "
     "the minister.", "Peaceful protest"),
    # the subject of a hearsay passive did what it is accused of
    ("On 2 May 2021, police in Burgersfort are accused of assaulting a taxi driver for not wearing a mask.", "Attack"),
    # a vigil is a protest, and what it mourns happened before it; "violently protesting" is a riot
    ("Nyeri residents held a vigil on Sunday after a bomb attack on a church the previous day.", "Peaceful protest"),
    ("On 3 May 2021, students were violently protesting the new examination fees in Nakuru town.",
     "Violent demonstration"),
    # a bomb found, or blown up by the police, is disrupted; a bomb the police say militants set off is not
    ("Bomb found outside a polling station in Eldoret.", "Disrupted weapons use"),
    ("Police detonated a bomb found near a mosque in Quetta on Monday.", "Disrupted weapons use"),
    ("Police said militants detonated a bomb near a market in Quetta, killing five people.",
     "Remote explosive/landmine/IED"),
    # a protest told in a participle clause took place
    # "urged" asks the government to act; the demonstration it follows was held
    ("On 2 June 2021, staging a demonstration outside the district office in Raichur, farmers urged the government "
     "to release water to the canals.", "Peaceful protest"),
    # police beating people attack them, they do not riot
    ("On 28 April 2021, police officers beat up a hawker in Kisumu for not wearing a mask.", "Attack"),
    # property a force destroys stays property destruction
    ("On 28 April 2021, soldiers torched eight houses in a village near Kisumu.", "Looting/property destruction"),
    # property set on fire however far the fire word
    # "set * on fire" allows a few words between; the parse finds the bus however long its name
    ("On 22 July 2021, two men set a school bus belonging to the Kirtipur Model Academy on fire near Kirtipur.",
     "Looting/property destruction"),
    ("On 22 July 2021, angry residents set a lorry belonging to the Kirtipur Model Academy on fire near Kirtipur.",
     "Violent demonstration"),
    # looters loot and a crowd disrupting a meeting riots
    ("On 3 June 2021, looters targeted shops belonging to foreigners in Soweto.", "Looting/property destruction"),
    ("On 3 June 2021, angry youths disrupted a training session for election clerks in Vihiga.",
     "Violent demonstration"),
    # what a protest disrupts is the protest's own doing
    ("On 3 June 2021, opposition members held a protest in the assembly in Patna, shouting slogans and disrupting "
     "the proceedings.", "Peaceful protest"),
    # beating an activist or a staffer is an attack
    ("On 3 June 2021, an aid agency staffer was beaten with an iron bar near Dadaab.", "Attack"),
    ("On 3 June 2021, two opposition activists were beaten up by ruling party men in Kisumu.", "Attack"),
    # firing and shelling across a border is an exchange
    ("On 23 August 2021, troops resorted to firing and mortar shelling on posts and villages along the border in "
     "Poonch district.", "Armed clash"),
    # shells alone stay a shelling
    ("On 23 August 2021, troops shelled posts and villages along the border in Poonch district.",
     "Shelling/artillery/missile attack"),
    # people who clash at a rally fight whatever follows
    # a trailing note the parser takes for the verb's object does not make the clash figurative
    ("On 4 March 2021, rival groups clashed at a campaign rally in Kakamega - no further details",
     "Violent demonstration"),
    # unprovoked firing is gunfire, but firing for which police are blamed is no act
    ("On 20 June 2021, Pakistani troops resorted to unprovoked firing on forward posts along the LoC in Poonch, and "
     "Indian troops fired back.", "Armed clash"),
    ("On 20 June 2021, protesters blocked a bridge in Amritsar, demanding action against policemen for firing on "
     "protesters at an earlier event.", "Peaceful protest"),
    # factions fighting for supremacy are a battle
    ("On 4 March 2021, ten people were injured in a clash between two factions of a ruling party's youth wing over "
     "establishing supremacy at a bazar in Raipur upazila.", "Armed clash"),
    # a brawl between rival supporters with no turf at stake stays a mob's
    ("On 4 March 2021, ten people were injured in a clash between two rival groups of supporters at a bazar in "
     "Raipur upazila.", "Mob violence"),
    # crude bombs that go off with no crowd are an explosion
    ("On 4 March 2021, four crude bombs were blasted in front of a court in Dhaka. No one was hurt.",
     "Remote explosive/landmine/IED"),
    # thrown by a crowd or at a protest they stay a riot's
    ("On 4 March 2021, picketers hurled crude bombs at police during the hartal in Dhaka.", "Violent demonstration"),
    # running battles the police dispersed are the protest's own
    ("On 4 March 2021, opposition protesters marched in Mombasa. The protesters were dispersed with police tear gas "
     "following running battles between the two groups.", "Violent demonstration"),
    # a riot the protest followed came before it
    ("On 4 March 2021, families protested in Mombasa following last month's prison riot.", "Peaceful protest"),
    # a clash that names no side after a protest is the protest's
    ("On 8 May 2021, members of an opposition party demonstrated in Belgrade against the elections. There was a "
     "physical confrontation with several ruling-party MPs.", "Violent demonstration"),
    # words exchanged are no clash
    ("On 8 May 2021, around 100 people blocked the roads near a hospital in Ecatepec demanding information. Some of "
     "them had verbal confrontations with drivers.", "Peaceful protest"),
    # a beating with a toll hurt people
    # "beaten" alone may be a match lost; with a death in its clause it was an assault
    ("On 13 February 2021, a party supporter lost his life in Hooghly after being brutally beaten up by rival party "
     "men.", "Attack"),
    # what someone is suspected of or planned is no riot
    ("On 3 March 2021, police arrested 27 youths armed with crude weapons who were planning to disrupt a rally in "
     "Nyando.", "Arrests"),
    # bombs police recover are no riot
    ("On 2 May 2021, police recovered 153 crude bombs at a house in Lalpur village, Purba Medinipur.",
     "Disrupted weapons use"),
    # grenades thrown, acid and fire exchanges
    ("On 2 May 2021, militants hurled a hand grenade at a police checkpoint in Rueso district. No injuries were "
     "reported.", "Grenade"),
    ("On 2 May 2021, a man sprayed acid on two girls in Lahore.", "Attack"),
    ("On 2 September 2021, a fire exchange broke out between Indian and Pakistani troops in Poonch district.",
     "Armed clash"),
    ("On 2 May 2021, strike enforcers set a fire to a jeep near the bridge in Bhadrapur.", "Violent demonstration"),
    # what journalists were covering is no event of the clause; the police's beating of them is
    ("On 2 May 2021, police assaulted two journalists in Kibera while they were covering a clash between rival "
     "groups.", "Attack"),
    ("On 2 May 2021, police manhandled a reporter in Birgunj while he was filming the riots.", "Attack"),
    # a mine that is a place's name ("Mine 6/7", a colliery near Donetsk) is no landmine; one that goes off is
    ("On 5 May 2021, the army fired 82mm mortars at positions near Mine 6/7 in Donetsk.",
     "Shelling/artillery/missile attack"),
    ("On 5 May 2021, two soldiers were injured when a claymore mine detonated under their vehicle in Mayo district.",
     "Remote explosive/landmine/IED"),
    # a killing that brought the crowd out, or that a relative clause tells of, was not done at the protest
    ("On 24 December 2021, residents of Kapkwen protested after a pedestrian was killed by a motorist.",
     "Peaceful protest"),
    ("Residents of Githurai again gather to protest, calling for the arrest of a police officer who they say killed "
     "two innocents.", "Peaceful protest"),
    # a protest the police keep out, seal off or strip of its gear met an intervention
    ("On 2 May 2021, police barred hundreds of opposition supporters from attending a protest rally at Tononoka "
     "grounds in Mombasa.", "Protest with intervention"),
    ("On 2 May 2021, lecturers held a demonstration in Nairobi, but police confiscated their megaphones.",
     "Protest with intervention"),
    # a crowd told angry that beats or attacks someone is a mob
    ("On 2 May 2021, angry youths attacked two election officials in Kilifi.", "Mob violence"),
    # street sellers who fight the police are a mob
    ("On 4 May 2021, fruit sellers clashed with police officers in Temuco when the officers forced them to stop "
     "selling on the streets.", "Mob violence"),
    # a protest attempted was held, and stopped; protesters attempting a storming hold no new protest
    ("On 2 May 2021, nurses attempted to demonstrate outside the health ministry in Accra, but police detained 40 "
     "of them.", "Protest with intervention"),
    ("On 2 May 2021, traders marched in Eldoret over market fees. The protesters tried to storm the county offices but "
     "were stopped by police.", "Violent demonstration"),
    # bombs and guns at a force: a ground fight, not a bombing
    ("On 3 May 2021, gunmen attacked a police patrol in Celaya using grenades and firearms, killing two officers.",
     "Armed clash"),
    ("On 3 May 2021, two soldiers were killed when their truck hit a roadside bomb near Mandera. Militants then shot "
     "at the soldiers who jumped off the vehicle.", "Armed clash"),
    # engaging a foe is fighting it
    ("On 3 May 2021, police reservists engaged with cattle raiders near Baringo.", "Armed clash"),
    # a lynching is a mob's, whoever is not named
    ("On 3 May 2021, a suspected thief was nearly lynched in Toluca before police arrived.", "Mob violence"),
    ("On 3 May 2021, two policemen were killed in a suicide blast in North Nazimabad, Karachi.", "Suicide bomb"),
    # an abduction of a force's men is a battle (violence against civilians is against civilians)
    ("On 3 May 2021, gunmen abducted a police officer in Aiyetoro.", "Armed clash"),
    ("On 3 May 2021, militiamen attacked the village of Bamba and seized livestock. Dozo hunters routed the "
     "assailants.", "Armed clash"),
    # the wounded fighting for their lives are no fight
    ("On 3 May 2021, gunmen shot dead a trader in Mandera; another man is fighting for his life in hospital.",
     "Attack"),
    # ... nor are people struggling to get something done
    ("Refugees, many of them battling to have their papers renewed, held a protest outside the town hall in Durban.",
     "Peaceful protest"),
    # a shutdown observed, a sit-in held (without its hyphen)
    ("On 3 May 2016, complete shutdown was observed in Sopore against the killings.", "Peaceful protest"),
    ("On 3 May 2016, 200 students held a two-hour sit in outside the Vice Chancellor's office in Chennai.",
     "Peaceful protest"),
    # deaths in violence between two named communities: their militias fought
    ("On 23 December 2019, two herders were killed in violence between Kalenjin and Maasais in Narok.",
     "Armed clash"),
    # a gerund after a comma tells how the crowd protested, however the parse hangs it
    ("Samburu residents protested against the governor, lighting bonfires.", "Violent demonstration"),
    ("Residents of Maralal protested against the burning of their houses by raiders.", "Peaceful protest"),
])
def test_sub_event_conventions(text, sub):
    assert subs(text) == [sub]


def test_a_place_name_with_two_particles_is_read_whole():
    ev = first_event("On 8 May 2021, in Buena Vista de la Salud, Guerrero, armed men clashed with members of the UPOEG.")
    assert ev.location.name == "Buena Vista de la Salud" and ev.location.country == "MX"


def test_a_nationality_that_owns_or_runs_a_thing_is_no_place():
    ev = first_event("Protesters against insecurity threw stones at a bus and raided a Somali-owned hotel in Mwingi on "
                     "Monday.")
    assert ev.location.country == "KE"


def test_a_town_in_a_district_and_the_district_tell_one_incident():
    # the first sentence places the fight in a town inside a district; the second in a village of the
    # town: one incident, at the town
    ev = doc_of("Two militants were killed in a gunfight in Kupwara district's Handwara area on Monday. A gun "
                "battle broke out after troops launched a search operation in Zachaldara village of Handwara, police "
                "said.", "en").events
    assert len(ev) == 1 and ev[0].location.name.startswith("Handw")


def test_the_place_in_front_of_whose_building_a_protest_was_held():
    ev = first_event("Teachers protested in front of the Quetta Press Club against the police action in Sibi.")
    assert ev.location.name == "Quetta"
    ev = first_event("Traders protested in front of the Collectorate in Nellore on Monday.")
    assert ev.location.name == "Nellore"


def test_a_state_is_no_town_that_also_goes_by_its_name():
    ev = first_event("Maoists set fire to two trucks at a construction site in Bihar on Monday.")
    assert ev.location.name == "Bihar" and ev.location.geo_precision == 3


def test_a_force_s_routine_work_is_no_protest():
    # words that tell a protest's intervention only with a crowd beside them
    assert subs("Troops cordoned off Zachaldara village in Handwara on Monday.") == []
    assert subs("Police made arrests in Nakuru town on Monday night.") == []
    assert subs("Police chased away the protesting traders in Nakuru on Monday.") == ["Protest with intervention"]
    # nor is an inquiry an attack: the police who open one did not plant the bomb
    ev = doc_of("A bomb went off near a bus stand in Sibi on Monday, killing two people. Police cordoned off the "
                "area and launched an investigation.", "en").events
    assert [e.sub_event_type for e in ev] == ["Remote explosive/landmine/IED"] and ev[0].actor1.type == "unidentified"


def test_shells_answered_by_the_force_they_hit_are_a_battle():
    # an exchange of fire: the force fired at responds and kills some of the shooters
    assert subs("On 3 May 2020, militiamen fired mortar shells at army positions near Sirwah. The army "
                "responded to the fire, killing four militiamen.") == ["Armed clash"]


def test_small_arms_with_grenade_launchers_at_positions_are_a_battle():
    # the parse may take "grenade" for a second verb; "at the positions" still names the armed target
    assert subs("On 3 May 2020, rebel forces fired heavy machine guns, grenade launchers and small arms "
                "at the government positions near Avdiivka, Donetsk.") == ["Armed clash"]


def test_goods_seized_are_looting_weapons_seized_are_not():
    # drugs, vehicles, crops or land seized: ACLED's looting/property destruction
    assert subs("On 3 June 2021, customs police seized two tonnes of cannabis hidden in a lorry near Tete.") == [
        "Looting/property destruction"]
    assert subs("On 4 June 2021, armed men seized a trader's motorbike outside Menaka.") == [
        "Looting/property destruction"]
    # explosives seized are a disrupted weapons use, as before
    assert "Looting/property destruction" not in subs("Police seized explosives from a house in Eastleigh.")


def test_gunmen_beside_another_event_word_are_its_doers_not_a_second_attack():
    assert subs("On 9 June 2021, gunmen abducted three teachers near Tillaberi.") == ["Abduction/forced disappearance"]
    assert subs("On 9 June 2021, gunmen looted two shops near Tillaberi.") == ["Looting/property destruction"]


def test_a_relative_clause_of_the_past_does_not_date_the_protest():
    # the years date the disappearance the families protest about, not the protest
    ev = doc_of("Families protested outside the court in Jaffna to demand news of two fishermen who vanished "
                "six years ago.", "en").events
    assert [e.sub_event_type for e in ev if not e.background] == ["Peaceful protest"]


def test_beating_people_is_an_attack_beating_drums_is_not():
    assert subs("On 2 June 2021, youths beat two journalists outside the stadium in Eldoret.") == ["Attack"]
    assert subs("On 2 June 2021, drummers beat their drums outside the stadium in Eldoret.") == []


def test_a_toll_by_armed_men_is_their_attack():
    assert subs("Four herders were wounded by armed cattle rustlers near Lokichar.") == ["Attack"]


def test_goods_seized_before_a_riot_are_what_it_goes_back_to():
    # the mill "had been seized": the story is the riot that followed (a mob's: no demonstration is named)
    assert subs("Traders confronted the police in Lisala after officers had seized their mill. The crowd then "
                "torched the police post.") == ["Mob violence"]


def test_people_set_on_fire_are_attacked_not_a_riot():
    # armed men burning a person attack him; property burnt by a crowd stays a riot
    assert subs("On 4 March 2021, masked assailants set a shopkeeper on fire outside his home in Multan.") == ["Attack"]
    assert subs("On 4 March 2021, two farmers were doused in petrol and set alight near Mbale.") == ["Attack"]
    assert subs("On 4 March 2021, unidentified assailants stormed a clinic in Gulu and burned the nurse.") == ["Attack"]
    assert subs("On 4 March 2021, rioters set a lorry on fire in Gulu.") == ["Violent demonstration"]
    # "a bus carrying pilgrims was torched": no person is said to burn
    assert subs("On 4 March 2021, a bus carrying pilgrims was torched near Gulu.") != ["Attack"]


def test_a_crowd_that_burns_a_suspect_is_a_mob():
    assert subs("On 4 March 2021, angry villagers set a suspected cattle thief on fire in Kisii.") == ["Mob violence"]
    # policemen burnt by people no one names: mob justice, no battle
    assert subs("On 4 March 2021, two police officers were beaten and set ablaze in Voi after being taken "
                "for thieves.") == ["Mob violence"]


def test_burnt_people_are_injured_and_firebombs_are_fire_bombs():
    ev = first_event("On 4 March 2021, three passengers were badly burnt when assailants hurled firebombs at a "
                     "bus in Comilla.")
    assert ev.injuries == 3 and ev.sub_event_type == "Attack"


def test_a_crowd_attack_told_after_a_protest_makes_it_a_riot():
    assert subs("Traders protested outside the county offices in Nakuru on Monday. Some members of the group "
                "attacked a revenue clerk outside the building.") == ["Violent demonstration"]
    # an attack the protest is about (a noun, or told with its own day) leaves it peaceful
    assert subs("Traders protested outside the county offices in Nakuru on Monday. They said the raid was an "
                "attack on their livelihoods.") == ["Peaceful protest"]


def test_a_crowd_that_blocks_a_road_protests_a_state_that_blocks_a_website_does_not():
    assert subs("On 2 June 2021, residents of Kiharu blocked the busy Murang'a highway over the poor state of "
                "their road.") == ["Peaceful protest"]
    assert subs("On 2 June 2021, traders blocking the entrance to the county offices in Nakuru demanded the "
                "return of their stalls.") == ["Peaceful protest"]
    assert subs("On 2 June 2021, the government blocked a news website in Harare.") == []
    # "block" is also India's division: "Mahgama block" is no blockade
    assert subs("Police arrested a militant from Taljhari village under Mahgama block in Godda district.") == [
        "Arrests"]


def test_a_crowd_that_storms_in_to_press_demands_protests():
    assert subs("On 2 June 2021, farmers stormed the county commissioner's offices in Kitale to demand "
                "payment for their maize.") == ["Peaceful protest"]
    # storming with damage told stays a riot
    assert subs("On 2 June 2021, students stormed the county offices in Kitale and smashed windows.") == [
        "Violent demonstration"]


def test_fighters_who_surrender_change_their_group_asking_them_to_does_not():
    assert subs("On 2 June 2021, a commander of the Karbi rebels surrendered with arms before the police in "
                "Diphu.") == ["Change to group/activity"]
    assert subs("On 2 June 2021, soldiers urged the rebels in the camp near Diphu to surrender to the army.") == []
    assert subs("The robbers shot the driver dead after he surrendered the keys of his car in Diphu.") == ["Attack"]


def test_an_army_in_a_rebel_name_is_no_state_army():
    ev = first_event("On 2 June 2021, militants of the Kuki Revolutionary Army attacked a village near Churachandpur.")
    assert ev.actor1.type == "rebel_group"
    ev = first_event("On 2 June 2021, the Indian Army shelled positions near Poonch.")
    assert ev.actor1.type == "state_forces"


def test_who_surrenders_is_actor_one_not_whom_they_surrender_to():
    ev = first_event("On 2 June 2021, a commander of the Kuki Revolutionary Army surrendered to the army in Imphal.")
    assert ev.sub_event_type == "Change to group/activity" and ev.actor1.type == "rebel_group"


def test_a_force_named_after_a_weapon_can_be_the_target():
    # "Rifles" in a force's name is no weapon whose owner acted: the men fired at are the other side
    ev = first_event("On 4 March 2021, rebels fired at Assam Rifles men near a village in Mon district.")
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor2 is not None and ev.actor2.type == "state_forces"
    # a weapon written in the doers' own words still tells who acted ("gunmen", "drones")
    assert first_event("On 4 March 2021, gunmen attacked a bus in Mon district.").actor1.type == "unidentified"
    # nor does a weapon word make the object of the event word its doer ("shot dead two gunmen")
    ev = first_event("On 4 March 2021, police shot dead two gunmen in Garissa.")
    assert ev.actor1.type == "state_forces" and ev.actor2 is not None and ev.actor2.type == "unidentified"


def test_voters_or_riders_who_attack_someone_are_a_mob():
    assert subs("On 4 March 2021, a county official was attacked by voters over claims of vote buying in Kitui.") == [
        "Mob violence"]
    assert subs("On 4 March 2021, motorbike riders beat to death a guard over a fare dispute in Embu.") == [
        "Mob violence"]
    assert subs("On 4 March 2021, inmates attacked the prison guards in Kannauj after a prisoner was found dead.")[0] == (
        "Mob violence")


def test_a_group_named_with_a_capitalised_is_is_the_doer():
    # "IS" after a slash is the Islamic State, not the auxiliary of a passive
    ev = first_event("On 6 May 2021, Boko Haram/IS attacked Debiro in Borno and burnt several houses.")
    assert ev.sub_event_type == "Attack" and ev.actor1.type == "rebel_group"


def test_fighters_who_hand_themselves_in_change_their_group():
    assert subs("On 4 March 2021, 26 Maoists handed themselves into police in Sukma.") == ["Change to group/activity"]
    # a band taking over a village takes it (with no fight told, without one: ACLED's non-violent
    # transfer); taking over an office is no territory
    assert subs("On 4 March 2021, al-Shabaab militants took over Milimani village in Lamu.") == [
        "Non-violent transfer of territory"]
    assert subs("On 4 March 2021, al-Shabaab militants overran Milimani village in Lamu after a gunfight with "
                "police, killing two officers.") == ["Non-state actor overtakes territory"]
    assert subs("On 4 March 2021, the new governor took over the county office in Lamu.") == []


def test_riot_gear_and_self_immolation_are_no_riot():
    ev = doc_of("On 4 March 2021, police in anti-riot gear sealed the grounds to bar a rally in Mombasa.", "en").events
    assert [e.event_type for e in ev] == ["Protests"]
    assert subs("On 4 March 2021, unemployed linemen protested in Muktsar; one of them set himself on fire.") == [
        "Peaceful protest"]


def test_fists_cocktails_and_resorting_to_fire():
    assert subs("On 8 May 2021, a physical fight broke out between members of two parties in the assembly in "
                "Yerevan.") == ["Mob violence"]
    assert subs("On 8 May 2021, ten passengers were hurt as assailants hurled cocktails at a bus in Jatrabari.") == [
        "Attack"]
    assert doc_of("On 7 September 2021, troops resorted to firing across the LoC in Mandi sector of Poonch.",
                  "en").events


def test_fights_between_people_and_fists():
    assert subs("On 20 September 2021, a fight between farmers and herders over a water source left two men badly "
                "injured in Taveta.")[0] in ("Armed clash", "Mob violence")
    assert subs("On 8 May 2021, more than 250 people were roughed up by angry youths at a school in Bondo.") != []


def test_a_later_clash_with_the_raiders_makes_the_raid_a_battle():
    # the clash sentence completes the attack even when the attack's own sentence also told a
    # looting (a second mention kept between them); the police that fought are the other side
    text = ("On 31 October 2021, suspected bandits attacked Kapkondot village in Marakwet East and looted cattle. "
            "The bandits clashed with local police reservists, leaving one of the bandits dead.")
    evs = [e for e in doc_of(text, "en").events if e.sub_event_type != "Looting/property destruction"]
    assert [e.sub_event_type for e in evs] == ["Armed clash"]
    assert evs[0].actor2 is not None and evs[0].actor2.type == "state_forces"


def test_a_riot_after_an_accident_is_an_event_without_the_accident_toll():
    # an accident story tells no conflict event, but the riot it led to is one, and the accident's
    # dead are not the riot's
    evs = doc_of("On 1 May 2021, angry riders torched a car in Kisumu after a road accident killed a fellow rider.",
                 "en").events
    assert [e.sub_event_type for e in evs] == ["Violent demonstration"]
    assert not evs[0].fatalities


def test_a_coders_word_of_the_point_used_is_the_place():
    # a note that says which town's point it used is placed there, not at the village or county it names
    ev = first_event("On 3 May 2024, gunmen killed a herder in Kalemngorok village (Turkana, coordinates for Lokichar "
                     "used).")
    assert ev.location.name == "Lokichar"
    # ... and a later sentence of that paragraph that names no place happened there too
    ev = first_event("On 3 May 2024, a herder was found dead in Kalemngorok village (coordinates for Lokichar, Turkana, "
                     "used). Gunmen had shot him.")
    assert ev.location.name == "Lokichar"
    assert first_event("On 3 May 2024, gunmen shot a herder in the Mau forest (Nakuru, Njoro coded as the location).") \
        .location.name == "Njoro"
    assert first_event("On 3 May 2024, herders clashed with rangers near Lodwar [coded to Lokichar].") \
        .location.name == "Lokichar"
    assert first_event("On 3 May 2024, gunmen shot a herder in Kalemngorok (coded as Lokichar, Turkana County).") \
        .location.name == "Lokichar"
    assert first_event("On 3 May 2024, gunmen shot a herder in Kalemngorok (coded as Lokichar with GP2 for unfound "
                       "Kalemngorok).").location.name == "Lokichar"
    assert first_event("On 3 May 2024, rangers burned huts of forest settlers (location coded as Lokichar with "
                       "GP2).").location.name == "Lokichar"
    # (what an actor or a toll is coded as places nothing)
    assert first_event("On 3 May 2024, gunmen shot a herder in Lodwar (coded as Pokot Militia).").location.name \
        == "Lodwar"


def test_a_community_that_lives_mostly_in_one_country_places_a_note_that_names_none():
    assert countries("Police shot two Maasai herders who had driven cattle onto a private ranch.") == ["KE"]
    # ... while a country the text names still decides
    assert countries("In Tanzania, police shot two Maasai herders who had driven cattle onto a ranch.") == ["TZ"]


def test_a_convoy_of_aid_or_goods_and_a_county_official_are_civilians():
    # a convoy is an armed target ("ambushed a military convoy"), unless its words say it carries aid or goods
    assert subs("On 4 March 2021, bandits attacked a relief food convoy near Lafey.") == ["Attack"]
    assert subs("On 4 March 2021, bandits attacked a military convoy near Lafey.") == ["Armed clash"]
    # a crowd beating an official of a county (no force) is a mob's violence, not a demonstration
    assert subs("On 4 March 2021, voters in Kitui beat up the county official who was attempting to buy votes.") == [
        "Mob violence"]


def test_a_name_after_a_preposition_and_a_word_of_where():
    # "in downtown X", "in restive X": still said to be where it happened, before a district named later
    ev = first_event("On 4 March 2021, protesters clashed with police in downtown Nowhatta and Tral in Pulwama district.")
    assert ev.location.name == "Nowhatta"


def test_a_gunfight_is_fought_with_guns_whoever_the_fighters():
    # party activists in a gunfight with the police or their rivals fought with guns: a battle, no mob
    assert subs("On 4 March 2021, an activist of Jamaat-e-Islami was injured in a gunfight with police in Debhata.") == [
        "Armed clash"]
    assert subs("On 4 March 2021, an activist of the outlawed party was killed in a shootout with his rivals in "
                "Abhaynagar.") == ["Armed clash"]
    # ... while activists who clash with the police and hurt no one with guns are a mob
    assert subs("On 4 March 2021, activists of the party clashed with police in Debhata, leaving five injured.") == [
        "Mob violence"]


def test_political_rivals_who_fight_without_guns_are_a_mob_communities_a_battle():
    assert subs("On 4 March 2021, political rivals clashed at a church meeting in Meru.") == ["Mob violence"]
    assert subs("On 4 March 2021, two rival groups of drivers clashed at the bus terminal in Sorong.") == ["Mob violence"]
    # clans, villagers or a fight over land: communities' militias; a killing: a battle too
    assert subs("On 4 March 2021, rival clans clashed over control of a borehole in Dadaab.") == ["Armed clash"]
    assert subs("On 4 March 2021, two rival groups clashed over a land dispute in Bahubal, leaving 20 injured.") == [
        "Armed clash"]
    assert subs("On 4 March 2021, one man was killed when two rival political groups clashed in Meru.") == ["Armed clash"]
    # ... and soldiers of two armies firing at each other fight a battle, whoever was hurt
    assert subs("On 4 March 2021, troops of India and Pakistan targeted each other in the Samba sector.") == [
        "Armed clash"]


def test_a_ceasefire_violated_is_no_agreement():
    assert subs("On 4 March 2021, violating the ceasefire, Pakistani Rangers fired at a forward Indian post in Samba.") \
        == ["Armed clash"]
    assert "Agreement" not in subs("On 4 March 2021, Pakistan Rangers violated the ceasefire with heavy firing on "
                                   "outposts in Samba and Kathua sectors.")
    assert subs("On 4 March 2021, the two sides signed a ceasefire in Juba.") == ["Agreement"]


def test_fighting_told_as_a_killings_backdrop_is_not_how_it_was_done():
    # "amid clashes", "in relation to a nearby clash": the killing or the attack is its own event
    assert subs("On 4 March 2021, unidentified gunmen attacked an ambulance near Mandera, injuring the driver. "
                "The attack may be in relation to a nearby clash between two clans.") == ["Attack"]
    assert subs("On 4 March 2021, two drivers were killed in Rumbek in revenge killings, amid clashes between "
                "sections of the community.") == ["Attack"]
    # ... while a clash that killed is a battle
    assert subs("On 4 March 2021, two soldiers were killed in a clash with militants in Kupwara.") == ["Armed clash"]


def test_a_weapon_named_after_a_man_is_no_place():
    # Perm was once called Molotov: the cocktail thrown in a riot places nothing in Russia, whether
    # the clause names a town or not
    assert countries("Rioters hurled a Molotov cocktail at a police van on Monday.") == [None]
    assert "RU" not in countries("Rioters clashed with soldiers in Tripoli. Rioters set banks on fire, hurled a "
                                 "Molotov cocktail at an army truck, and threw stones at soldiers.")


def test_a_civilian_shot_is_the_target_whatever_force_the_clause_names():
    # the driver shot is the target, not another force the clause names
    ev = first_event("On Friday a KDF soldier shot and killed a motorcycle taxi driver outside the naval base in Mombasa.")
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")


def test_men_who_shoot_police_are_armed_men_not_civilians():
    # read as civilians, the gunmen were swapped for their victims: "police attacked civilians"
    ev = first_event("Two police officers were shot dead in Nakuru on Friday while on traffic duty. The officers "
                     "were on the highway when two men on a motorbike attacked and shot both of them dead.")
    assert (ev.event_type, ev.actor1.type, ev.actor2.type) == ("Battles", "unidentified", "state_forces")


def test_a_force_that_only_says_where_is_no_side():
    # the police lines the bus was near are where it happened, not whom the bomb was thrown at
    ev = first_event("Six passengers received burn injuries in a petrol bomb attack on a bus near the District "
                     "Police Lines in Gazipur on Wednesday night.")
    assert ev.event_type == "Violence against civilians"
    assert ev.actor2 is None or ev.actor2.type != "state_forces"


def test_flogging_or_whipping_people_is_an_attack():
    assert subs("Police officers flogged voters who were queueing at a polling station in Kangemi on Tuesday.") == ["Attack"]
    assert subs("Gang members whipped a trader in the market in Morelia on Monday.") == ["Attack"]
    # done to no one, the word tells no violence
    assert subs("The governor whipped up support for the new road in Kangemi on Tuesday.") == []


def test_a_named_person_beaten_is_told_a_person_by_the_noun_beside_the_name():
    # "beaten" hurts only when done to people: the name's appositive ("a teacher") says it was (four men
    # of no kind who beat someone are a mob)
    assert subs("On Monday, Jane Akinyi, a teacher who was campaigning for the seat, was beaten with sticks by "
                "four men in Kisumu.") == ["Mob violence"]
    assert subs("On Monday, Jane Akinyi, who was campaigning for the seat, was beaten with sticks by four men in "
                "Kisumu.") == []


def test_a_force_engaging_fighters_is_a_battle():
    assert subs("Kenyan troops engaged Al Shabaab fighters near Kolbio on Monday.") == ["Armed clash"]


def test_a_toll_with_no_event_word_was_suffered_by_its_subject():
    # "injured" with no auxiliary, no object and no event word: the soldiers were hurt, not the doers
    # (ACLED: soldiers hurt by someone is a battle; read as the doers it was their attack on no one)
    ev = first_event("Six Kenyan soldiers injured.")
    assert ev.sub_event_type == "Armed clash" and ev.actor2 is not None and ev.actor2.type == "state_forces"


def test_one_agent_after_a_list_of_passives_did_them_all():
    # "by villagers" hangs on the last verb of the list; the beating is theirs too: a mob's violence
    assert subs("On Sunday in Kisii, two suspected thieves were tied up, beaten up and given electric shocks "
                "by residents.") == ["Mob violence"]


def test_who_sustained_injuries_suffered_them():
    # "sustained" is a verb of undergoing: its subject is hurt, not who acted; and armed men (no crowd)
    # who burn a bus and hurt people attack them, which is no riot
    ev = first_event("Two people sustained burn injuries when assailants set a bus afire near Kisumu on Monday night.")
    assert (ev.sub_event_type, ev.actor1.type, ev.actor2.type) == ("Attack", "unidentified", "civilians")


def test_opposing_political_groups_clashing_are_a_mob():
    # no weapon, no death, no armed group: political rivals' brawl is ACLED's mob violence
    assert subs("Opposing political groups clashed in Nakuru after the election, injuring four people.") == ["Mob violence"]
    assert subs("Political parties clashed in Thika on Sunday. One person was injured.") == ["Mob violence"]


def test_a_perfect_tense_with_a_means_is_no_headline_passive():
    # "has punished ... by shooting": the subject acted ("by" tells how, and "has" is no dropped "was")
    ev = first_event("The banned outfit ULFA has punished a trader by shooting at his legs in Tinsukia on Monday.")
    assert (ev.sub_event_type, ev.actor1.type) == ("Attack", "rebel_group")


def test_clashes_a_protest_blames_on_a_failure_are_what_it_is_about():
    assert subs("Hundreds protest the government's failure to stop ethnic clashes in Marsabit.") == ["Peaceful protest"]
    assert subs("Residents protested in Marsabit and clashed with police.") == ["Violent demonstration"]


def test_unnamed_armed_men_who_burn_property_destroy_it():
    # no crowd, no protest, nobody hurt: armed men or a gang destroy property, they do not riot
    assert subs("The chief's office in Kaloleni was set ablaze by an unknown armed group on Monday.") \
        == ["Looting/property destruction"]
    assert subs("Unidentified arsonists set fire to a vehicle of an aid agency in Thessaloniki on Monday.") \
        == ["Looting/property destruction"]
    # (a force's way in is no riot of its own: "invaded the ward and torched nine houses")
    assert subs("Police officers invaded Kanuni and torched nine houses on Monday.") == ["Looting/property destruction"]
    # "assailants" stay a riot's (ACLED's older notes), even as a gang
    assert subs("A gang of assailants set a bus afire in Dhaka on Monday.") == ["Violent demonstration"]


def test_members_of_communities_who_fight_are_no_crowd():
    # "members" alone may be a crowd (party members); members of two communities fighting are
    # identity militias in battle
    ev = first_event("Twenty people are dead following fresh clashes between members of the Borana and Gabra "
                     "communities in Moyale.")
    assert (ev.sub_event_type, ev.actor1.type) == ("Armed clash", "identity_militia")
    # ... and so are members of an armed group (not "supporters of KANU and police": the police are the other side)
    assert subs("Fighting flared between the Myanmar army and the SSA-South in Mong Hsat, with a member of the rebel "
                "group accusing government troops of staging an attack on its base.") == ["Armed clash"]
    assert subs("Supporters of KANU and police clashed in Kericho on Monday.") == ["Mob violence"]


def test_a_side_that_fires_back_makes_an_exchange():
    assert subs("Indian border forces shelled a border village in Shakargarh on Monday, and Pakistani troops "
                "fired back.") == ["Armed clash"]


def test_a_policeman_who_shoots_his_colleague_hits_a_force():
    assert subs("A police constable shot his colleague before committing suicide in Naivasha.") == ["Armed clash"]
    # (the parse may hang the object on "dead": "shot dead his boss")
    assert subs("A GSU officer has shot dead his boss before turning the gun on himself in Mombasa.") == ["Armed clash"]
    # (or a count of them: "two of his colleagues")
    assert subs("A police officer shot dead two of his colleagues in Baringo on Monday.") == ["Armed clash"]
    # (not a civilian: a constable shooting a trader attacks him)
    assert subs("A police constable shot a trader in Naivasha on Monday.") == ["Attack"]


def test_fire_bombs_that_hurt_named_victims_are_an_attack():
    # the hurt told as the subject of "sustained"/"suffered" (a driver and his helper: no count written)
    assert subs("A rickshaw puller and his son sustained injuries as armed men hurled a petrol bomb at a bus in "
                "Savar on Monday.") == ["Attack"]
    # "unidentified criminals" are an armed group, not a crowd: they shoot and burn, no riot
    assert subs("Unidentified criminals fired at a trader and torched his shop in Mirpur on Monday.") == ["Attack"]
    # (with no one hurt, a bomb at a bus with no doer named stays a riot's)
    assert subs("Picketers hurled a petrol bomb at a bus in Savar on Monday.") == ["Violent demonstration"]


def test_destroyed_stops_a_weapon_only_when_it_destroys_one():
    assert subs("Airstrikes by the military hit a village and destroyed five houses in Takhar on Monday.") \
        == ["Air/drone strike"]
    assert subs("Government forces shelled and destroyed a school in Balkh on Monday.") \
        == ["Shelling/artillery/missile attack"]
    # (what a weapon was stopped by: the drones destroyed, or the object left to the first verb)
    assert subs("Air defences destroyed two drones over Erbil on Monday.") == ["Disrupted weapons use"]
    assert subs("Air defences intercepted and destroyed two drones over Erbil on Monday.") == ["Disrupted weapons use"]
    # (the passive's "were" left out: "... killed and three of their camps destroyed")
    assert subs("Ten fighters were killed and three of their camps destroyed when jets carried out airstrikes "
                "in Kunduz on Monday.") == ["Air/drone strike"]
    # French alike
    assert subs("Des frappes aériennes de l'armée ont détruit cinq maisons à Gao lundi.", "fr") == ["Air/drone strike"]
    assert subs("La défense aérienne a détruit deux drones au-dessus d'Erbil lundi.", "fr") == ["Disrupted weapons use"]


def test_a_forces_routine_beside_a_gunfight_is_no_protest():
    # ("a member" two sentences before is a crowd word: the cordon alone would be a protest's)
    assert subs("A member of the gang escaped from police custody in Mombasa on Monday. Officers cordoned off "
                "the estate and engaged him in a shootout.") == ["Armed clash"]


def test_property_burnt_in_an_attack_is_the_attacks_damage():
    # one event, the attack (ACLED codes no separate property destruction)
    assert subs("Armed men fired rockets at the house of a lawmaker in Quetta on Monday, setting it on fire.") \
        == ["Shelling/artillery/missile attack"]
    assert subs("Soldiers shelled the village of Kili and torched eight houses on Monday.") \
        == ["Shelling/artillery/missile attack"]
    # (alone, the same burning is property destruction)
    assert subs("Soldiers torched eight houses in Kili on Monday.") == ["Looting/property destruction"]


def test_the_bomb_disposal_unit_is_a_name_not_a_defusal():
    assert subs("Two soldiers were killed and three members of the bomb disposal unit were injured in an IED blast "
                "near Miranshah on Monday.") == ["Remote explosive/landmine/IED"]
    assert subs("Militants killed a policeman of the bomb disposal unit at his house in Tank on Monday.") == ["Attack"]
    assert subs("A bomb disposal squad defused an IED near Mandera on Monday.") == ["Disrupted weapons use"]


def test_cocktails_are_bangladeshs_crude_bombs():
    # set off by no one: an explosion; thrown or set off by people: a riot's weapon
    assert subs("Three cocktails were exploded near the court in Dhaka on Monday.") == ["Remote explosive/landmine/IED"]
    assert subs("Assailants blasted two cocktails in front of the market in Dhaka on Monday.") == ["Violent demonstration"]
    assert subs("Picketers made cocktail attacks on a bus in Rajshahi on Monday.") == ["Violent demonstration"]


def test_protestors_spelled_with_an_o_are_protesters():
    assert subs("Police arrested protestors who disrupted a press conference in Indore on Monday.") \
        == ["Protest with intervention"]
    assert subs("Police and protestors clashed in Birgunj on Monday.") == ["Violent demonstration"]


def test_a_division_that_opens_a_town_abroad_is_no_cue():
    # "Qala" is a Maltese division; "Qala I Naw" an Afghan town: the longer name is read
    assert countries("An airstrike by Afghan forces killed ten militants in Laman area of Qala I Naw district, "
                     "Badghis, on Monday.") == ["AF"]


def test_a_force_among_those_hit_makes_a_fight():
    # the first sentence hit a civilian, the second tells of policemen killed in the same attack
    assert subs("Gunmen killed a trader in Mandera on Monday. Two police officers were also shot dead in the "
                "attack in Mandera.") == ["Armed clash"]


def test_a_plot_foiled_in_a_gunfight_is_the_gunfight():
    # "foiled" an attack by fighting its men: a battle, whatever explosives were found after
    assert subs("Police foiled a bomb attack after a gun battle with militants in Garissa on Monday, killing two "
                "of them and recovering four grenades.") == ["Armed clash"]
    assert subs("Police foiled a bomb attack in Garissa on Monday, recovering four grenades.") \
        == ["Disrupted weapons use"]


def test_a_forces_damage_is_part_of_its_attack():
    # police who beat a man and wreck his car attack him; they do not riot
    assert subs("Police attacked a trader and damaged his car in Conakry on Monday.") == ["Attack"]
    assert subs("Soldiers stormed a house in Tripoli on Monday and opened fire on a family, killing one man.") \
        == ["Attack"]
    # (a crowd's damage beside its fight stays a riot's)
    assert subs("Students attacked a trader and damaged his car in Conakry on Monday.") == ["Mob violence"]


def test_officers_recuperating_after_an_attack_were_its_targets():
    assert subs("Two police officers are recuperating in hospital after an attack by a gang in Eastleigh, "
                "Nairobi on Monday.") == ["Armed clash"]


def test_a_rape_or_kidnapping_a_protest_is_about_is_no_event_of_its_own():
    assert subs("Students protested in Delhi on Monday against the rape of a schoolgirl.") == ["Peaceful protest"]
    assert subs("Women marched in Lahore on Monday demanding justice for a girl who was raped last week.") \
        == ["Peaceful protest"]
    assert subs("The families of three traders who were kidnapped last week held a demonstration in Garissa on "
                "Monday, demanding their release.") == ["Peaceful protest"]
    assert subs("On Monday, farmers in Hisar began a fast-unto-death over a shortage of fertilizer.") \
        == ["Peaceful protest"]
    # (one done at the protest is its own event)
    assert sorted(subs("Protesters were sexually assaulted by police during a rally in Cairo on Monday.")) \
        == ["Peaceful protest", "Sexual violence"]


def test_a_forces_uniform_is_a_disguise_not_the_force():
    ev = first_event("Ten gunmen dressed in police uniforms attacked a farm in Diani on Monday, killing a guard.")
    assert ev.actor1.type == "unidentified"
    ev = first_event("Des hommes armés en tenue militaire ont attaqué le village de Kidal lundi, tuant trois civils.", "fr")
    assert ev.actor1.type == "unidentified"
    # (a death in police custody stays the police's story: an event)
    assert subs("A prisoner who suffered severe injuries in police custody in Hanoi died on Monday.")


def test_a_truce_breached_or_a_fake_encounter_tells_no_such_thing():
    # a ceasefire broken is no agreement: the fight that broke it is the event
    assert subs("Indian and Pakistani troops exchanged mortar fire across the Line of Control in Poonch on Friday. "
                "The ceasefire agreement was violated in Balakote sector.") == ["Armed clash"]
    # a killing called a fake encounter was no fight
    assert subs("Two villagers were killed by army men in Kharkutta on Monday. Locals alleged the killings were a "
                "fake encounter.") == ["Attack"]


def test_a_toll_beside_an_arrest_is_an_incident_of_its_own():
    # (and a killing told after the arrest, in its paragraph, is the incident ACLED codes: one event)
    assert subs("Police arrested seven suspects in Garbatulla on Monday. Two others were shot dead while "
                "trying to escape.") == ["Attack"]
    # (beside a protest it is no incident of its own)
    assert len(subs("Traders protested in Garbatulla on Monday. Two of them were shot dead.")) == 1


def test_to_combat_a_virus_is_a_purpose_not_a_fight():
    assert subs("On 6 May 2020, the government released 52 Taliban prisoners from a prison in Kabul to advance the "
                "peace process and to combat the spread of the virus.") == []
    # (fighting told as what someone set out to do to a side still fights it)
    assert subs("Troops moved into Kunduz on Monday to fight the Taliban and clashed with them near the airport.") \
        == ["Armed clash"]


def test_where_the_attackers_fled_is_not_where_they_struck():
    assert countries("Suspected al-Shabaab militants shot dead a quarry worker on Monday before fleeing into Somalia.") \
        != ["SO"]


def test_what_someone_is_held_over_is_no_incident():
    assert subs("Police arrested two men accused of killing a trader in Nakuru on Monday.") == ["Arrests"]
    assert first_event("Police arrested two men accused of killing a trader in Nakuru on Monday.").fatalities is None
    assert subs("Police arrested a man wanted for several bombings in Pattani on Monday.") == ["Arrests"]
    assert subs("Police arrested three men in connection with the attack on a bus in Garissa on Monday.") \
        == ["Arrests"]
    assert subs("La police a arrêté un homme recherché pour plusieurs attentats à Gao lundi.", "fr") == ["Arrests"]
    # (an accusation told as the clause's own verb reports the act: ACLED codes it)
    assert subs("Police in Burgersfort are accused of assaulting a taxi driver on Monday.") == ["Attack"]


def test_bombs_dropped_by_aircraft_are_an_air_strike():
    assert subs("Saudi military aircraft dropped bombs on a camp near Hadibu on Monday.") == ["Air/drone strike"]
    assert subs("LNA MiG fighters targeted sites in Ganfouda on Monday.") == ["Air/drone strike"]


def test_a_groups_critic_or_sympathiser_is_a_civilian():
    assert subs("A cleric and al-Shabaab critic was shot dead outside his mosque in Mombasa on Monday.") == ["Attack"]
    assert subs("Police shot dead an ONLF sympathiser in Garissa on Monday.") == ["Attack"]


def test_rpgs_and_anti_aircraft_guns_shell():
    assert subs("IS fighters fired an RPG at an SDF checkpoint in Basira on Monday.") \
        == ["Shelling/artillery/missile attack"]
    assert subs("Government forces fired anti-aircraft guns at rebel positions near Spartak on Monday.") \
        == ["Shelling/artillery/missile attack"]
    assert subs("Des jihadistes ont attaqué un poste de l'armée au RPG à Ménaka lundi.", "fr") \
        == ["Shelling/artillery/missile attack"]


def test_a_bomb_found_before_it_struck_is_disrupted_whatever_its_target():
    assert subs("Police discovered and dismantled an explosive planted at a school in Garissa on Monday. Police "
                "believe the target of the explosives was the pupils.") == ["Disrupted weapons use"]


def test_an_armed_group_that_only_destroys_destroys_property():
    assert subs("Al-Shabaab militants destroyed an electricity pylon near Gamba on Monday.") \
        == ["Looting/property destruction"]
    # (who hits people attacks them)
    assert subs("Al-Shabaab militants attacked a bus near Gamba on Monday, killing two passengers.") == ["Attack"]


def test_a_groups_members_are_no_crowd():
    assert subs("Soldiers clashed with Al Shabaab members trying to plant an explosive device near Bodhei on "
                "Monday.") == ["Armed clash"]


def test_projectiles_a_monitor_counts_are_shelling():
    assert subs("On 29 April 2020, the monitoring mission observed a total of 3 projectiles involving unknown "
                "weapons near Kominternove.") == ["Shelling/artillery/missile attack"]


def test_a_charge_ends_where_a_relative_clause_tells_what_happened():
    assert subs("Police closed in on a suspect of the 2013 massacre in Diamer, who managed to flee and injured ten "
                "policemen by throwing grenades.") == ["Grenade"]


def test_people_taken_and_killed_are_one_attack():
    ev = doc_of("Unknown gunmen abducted and killed a shopkeeper in Garsen on Monday.", "en").events
    assert [e.sub_event_type for e in ev] == ["Attack"] and ev[0].fatalities == 1
    assert subs("Des hommes armés ont enlevé et tué un commerçant à Djibo lundi.", "fr") == ["Attack"]
    # (killing one man and taking two others are two events; taking a village's people with no one
    # killed is the abduction)
    assert sorted(subs("Gunmen abducted two engineers in Garsen on Monday after killing their driver.")) \
        == ["Abduction/forced disappearance", "Attack"]
    assert subs("Gunmen attacked Garsen on Monday and abducted the village chief.") == ["Abduction/forced disappearance"]


def test_water_cannons_are_the_polices_intervention_no_artillery():
    assert subs("Police fired water cannons at nurses in Nakuru who were protesting over unpaid salaries.") \
        == ["Protest with intervention"]


def test_a_grenade_told_in_the_passive_is_thrown():
    ev = first_event("On Monday, a hand grenade was thrown by Al Shabaab militants at a police post in Mandera.")
    assert ev.sub_event_type == "Grenade" and ev.actor1.name == "Al-Shabaab"
    assert subs("Two grenades thrown at police post in Mandera") == ["Grenade"]


def test_going_missing_is_no_abduction():
    # (someone taken is: "forcibly disappeared", "abducted")
    assert subs("A student went missing in Nyeri on Monday, his family said.") == []


def test_people_held_and_hurt_were_attacked():
    ev = doc_of("Two herders were detained and beaten by soldiers near Hola on Monday.", "en").events
    assert [e.sub_event_type for e in ev] == ["Attack"] and ev[0].actor1.type == "state_forces"
    assert first_event("Soldiers detained and tortured a trader to death near Hola on Monday.").fatalities == 1
    # (a march stopped and its people arrested stays a protest's intervention)
    assert subs("Farmers tried to march to the governor's office in Hola but police thwarted the march and arrested "
                "several protesters.") == ["Protest with intervention"]


def test_french_killing_verbs_count_their_dead():
    assert first_event("Un prêtre a été assassiné par des inconnus près de Kaya lundi.", "fr").fatalities == 1
    assert first_event("Deux commerçants ont été exécutés par des hommes armés près de Kaya lundi.", "fr").fatalities == 2


def test_a_label_that_opens_a_report_names_its_incidents_kind():
    assert subs("Property destruction: Unknown men torched three houses in Makunga on Monday.") \
        == ["Looting/property destruction"]
    assert subs("Non-violent activity: Gunmen fired four shots at a bus near Hola on Monday; no one was hurt.") \
        == ["Other"]
    assert subs("Destruction de biens : des inconnus ont incendié trois maisons à Djibo lundi.", "fr") \
        == ["Looting/property destruction"]
    # (a label only where the report opens)
    assert subs("Gunmen attacked a bus near Hola on Monday, killing two. Non-violent activity: none reported.") \
        == ["Attack"]


def test_a_crowds_victim_may_be_the_object_of_its_second_verb():
    assert subs("Residents of a village near Embu beat up and burnt to death a suspected thief on Monday.") \
        == ["Mob violence"]


def test_fights_between_two_militias_are_a_clash():
    assert subs("Nine are feared dead near Moyale in fights between Borana and Gabra militias on Monday.") \
        == ["Armed clash"]


def test_a_remote_controlled_ied_is_an_explosion():
    assert subs("On Monday, an RCIED exploded targeting a military convoy near Afgooye. Al Shabaab claimed "
                "responsibility for the attack.") == ["Remote explosive/landmine/IED"]


def test_a_grenade_dropped_from_a_drone_is_a_drone_strike():
    assert subs("On Monday, rebel forces dropped a grenade from a drone on army positions near Hnutove.") \
        == ["Air/drone strike"]


def test_heavy_machine_guns_named_by_their_calibre_shell():
    assert subs("On Monday, Houthi forces fired 14.5mm and 12.7mm machine guns at residential areas of Hays "
                "with no report of fatalities.") == ["Shelling/artillery/missile attack"]


def test_police_who_step_into_an_armed_groups_attack_fight_it():
    ev = doc_of("Raiders attacked a village near Eldoret on Monday and razed several houses. Police intervened, "
                "shooting dead three of the raiders.", "en").events
    fight = next(e for e in ev if e.event_type == "Battles")
    assert fight.sub_event_type == "Armed clash" and fight.fatalities == 3
    # (at a protest, the police's intervention stays the protest's)
    assert subs("Traders blocked the road in Eldoret on Monday. Police intervened, firing tear gas.") \
        == ["Protest with intervention"]


def test_a_count_in_square_brackets_adds_no_dead():
    assert first_event("On 3 May 2020, police killed 2 prisoners in Tocuyito. 2 fatalities. [size=at least 7]") \
        .fatalities == 2


def test_prisoners_or_operators_fighting_the_police_are_a_mob():
    assert subs("Police clashed with a group of matatu operators in Mombasa on Monday, leaving fifteen injured.") \
        == ["Mob violence"]
    assert subs("Escaping prisoners and police clashed at Nyeri prison on Monday. Several were injured.") \
        == ["Mob violence"]


def test_a_labelled_report_with_no_event_word_still_reports_its_incident():
    ev = doc_of("Security measures: Police have been deployed in Garissa town ahead of the elections.", "en").events
    assert [e.sub_event_type for e in ev] == ["Change to group/activity"] and ev[0].location.name == "Garissa"
    # (a report with no label and no event word reports none)
    assert subs("Police have been deployed in Garissa town ahead of the elections.") == []


def test_a_protest_told_violent_with_words_between_is_a_riot():
    assert subs('Students "violently" protested in Garissa on Monday after they were barred from school.') \
        == ["Violent demonstration"]
    assert subs("Students of a Nyeri school barricade a road in protest over fees.") == ["Violent demonstration"]


def test_the_doers_of_two_passive_verbs_are_named_once():
    # "seized by residents and beaten to death": the residents beat him too (a mob, not the police)
    ev = first_event("A theft suspect was seized from the police by residents and beaten to death in Kisii on Monday.")
    assert ev.sub_event_type == "Mob violence" and ev.actor1.type == "rioters"


def test_fighters_found_killed_or_a_member_of_a_force_killed_is_a_fight():
    # the participle "killed by gunmen" tells of the passive's subject, the fighters
    assert subs("Three rebel fighters were found dead near Idlib on Monday, killed by unknown gunmen.") == ["Armed clash"]
    # a member of a military unit is a force's man, whoever killed him
    assert subs("Unknown gunmen shot dead a member of the regime's 5th Division in Deraa on Monday.") == ["Armed clash"]
    # (a crowd of voters is no force)
    assert subs("Unknown gunmen shot dead a member of a crowd of voters in Deraa on Monday.") == ["Attack"]


def test_members_of_an_army_listed_after_a_force_are_fighters_and_citizens_a_crowd():
    # the parse hangs "of the ... Army" on "forces": the members are still the army's
    assert subs("On Monday there was a clash between military forces and members of the Popular Liberation Army "
                "near Tame.") == ["Armed clash"]
    # citizens fighting the police are a mob
    assert subs("A group of citizens clashed with police officers at the market entrance in Cusco on Monday.") \
        == ["Mob violence"]


def test_an_attack_with_stones_or_bottles_is_a_crowds():
    assert subs("Youths attacked two traders with stones in Nyali on Monday; both were injured.") \
        == ["Mob violence"]


def test_watching_aircraft_and_flares_are_no_weapons_and_heavy_and_medium_guns_shell():
    assert subs("Government forces shelled a village near Idlib on Monday amid the overflight of reconnaissance "
                "drones.") == ["Shelling/artillery/missile attack"]
    assert subs("Rebel forces shelled a village near Raqqa on Monday; the shelling was accompanied by the firing of "
                "light bombs.") == ["Shelling/artillery/missile attack"]
    assert subs("Government forces fired heavy and medium machine guns at the eastern districts of Hodeidah on "
                "Monday.") == ["Shelling/artillery/missile attack"]


def test_a_band_of_people_of_no_kind_who_beat_someone_is_a_mob():
    assert subs("A group of people attacked a newspaper office in Hyderabad on Monday.") == ["Mob violence"]
    assert subs("A policeman on duty was beaten up by three persons in Pune on Monday.") == ["Mob violence"]
    # (men who shoot, or men told armed, are an armed band)
    assert subs("Four men fired at a family outside a shop in Pattani on Monday, killing one.") == ["Attack"]
    assert subs("A trader was beaten to death by a group of armed men in Pattani on Monday.") == ["Attack"]


def test_shelling_the_other_side_answers_is_a_battle():
    assert subs("On Monday, rebel forces fired mortar shells at army positions near Hodeidah; the army responded to "
                "the fire.") == ["Armed clash"]
    assert subs("On Monday, a shelling exchange between government and rebel forces took place near Hasakeh.") \
        == ["Armed clash"]


def test_a_headline_arrest_joined_to_a_beating_is_the_attack():
    # the parse reads the headline's "arrest" as a noun: the beating joined to it is still one story
    assert subs("Army arrest and beat a trader in Yei.") == ["Attack"]


def test_a_coders_crowd_size_tag_makes_a_crowds_violence_a_mobs():
    # ACLED's notes tag every demonstration with the size of its crowd: a crowd took part
    ev = first_event("On 6 May 2020, a suspected thief was assaulted by community members in Durban. "
                     "[size=no report]")
    assert (ev.sub_event_type, ev.actor1.type) == ("Mob violence", "rioters")
    assert subs("On 4 May 2020, clashes erupted between villagers and police in Hebron. [size= at least 20]") \
        == ["Mob violence"]
    # one person is no crowd; guns, bombs and a force's own shooting stay what they were
    assert subs("On 6 May 2020, a suspected thief was assaulted by a neighbour in Durban. [size=1]") == ["Attack"]
    assert subs("On 6 May 2020, gunmen shot dead a trader in Durban. [size=no report]") == ["Attack"]
    assert subs("On 6 May 2020, soldiers opened fire on refugees near Tindouf. [size=no report]") == ["Attack"]
    # the crowd's arrests are the police's answer to it, or, told alone, the crowd was arrested
    assert subs("On 6 May 2020, residents beat a suspected thief in Durban. Police arrested four of them. "
                "[size=no report]") == ["Mob violence"]
    assert subs("On 6 May 2020, police arrested ten teachers outside the ministry in Manila. [size=10]") \
        == ["Protest with intervention"]


def test_a_mob_told_after_a_protest_is_its_crowd_turning_violent():
    assert subs("Residents blocked the Ring Road in Kolkata on Thursday demanding the arrest of the killers of a "
                "trader. At least 14 persons, including four policemen, were injured after a clash broke out "
                "between the cops and the mob.") == ["Violent demonstration"]


def test_violence_in_a_clause_that_dates_the_protest_came_before_it():
    assert subs("After cars were vandalised, residents of Ram Nagar protested outside the police office in "
                "Chandigarh on Monday.") == ["Peaceful protest"]
    # (what the crowd does after others' act is still its own: "chaos erupted after youths barricaded roads")
    assert subs("Chaos erupted after youths barricaded roads in Kisumu on Monday.") == ["Violent demonstration"]


def test_people_hurt_fatally_are_dead():
    assert first_event("Two men were fatally assaulted by gunmen in Durban on Monday.").fatalities == 2
    assert first_event("A security guard fatally shot a trader in Kimberley on Monday.").fatalities == 1
    assert first_event("Deux commerçants ont été mortellement blessés par des hommes armés près de Kaya lundi.",
                       "fr").fatalities == 2


def test_violence_that_sparked_a_protest_is_its_cause():
    # the raids brought the protest about: no violence at it
    assert subs("Night raids and the detention of three youths sparked a protest in Kisumu on Monday.") \
        == ["Peaceful protest"]
    # a riot the arrest sparked is still a riot
    assert subs("The arrest of the leader sparked riots in Kisumu on Monday.") == ["Violent demonstration"]
    assert subs("L'attaque du convoi a provoqué une manifestation à Gao mardi.", "fr") == ["Peaceful protest"]


def test_a_petrol_bomb_the_protesters_suffered_earlier_is_no_riot():
    assert subs("Relatives of petrol bomb attack victims demonstrated in Dhaka on Monday.") == ["Peaceful protest"]
    assert subs("Protesters hurled petrol bombs at the police in Dhaka on Monday.") == ["Violent demonstration"]


def test_recent_riots_are_earlier_than_the_protest():
    assert subs("Protesters gathered in Tripoli against the detention of activists during recent riots in the city.") \
        == ["Peaceful protest"]
    assert subs("Des manifestants ont défilé à Bamako contre l'arrestation de militants lors des récentes émeutes.",
                "fr") == ["Peaceful protest"]


def test_a_crowds_arson_is_a_riot_an_armed_groups_destroys_property():
    # traders, party supporters or strike enforcers who burn down houses or set vehicles on fire riot;
    # soldiers or a rebel group's members who do it destroy property
    for text in ("More than 300 traders burnt down three villas in Watamu on Tuesday.",
                 "Party supporters set two buses on fire in Bogra town on Sunday."):
        assert [e.event_type for e in doc_of(text, "en").events] == ["Riots"], text
    for text in ("Soldiers burnt down three villages near Kapedo on Tuesday.",
                 "EPP members burned a farmhouse and two tractors near Concepcion on Sunday."):
        assert subs(text) == ["Looting/property destruction"], text
    # French: « incendier » by traders is a riot, by soldiers a destruction of property
    assert [e.event_type for e in doc_of("Des commerçants en colère ont incendié trois villas à Watamu mardi.", "fr").events] == ["Riots"]
    assert subs("Des militaires ont incendié trois villages près de Kidal mardi.", "fr") == ["Looting/property destruction"]


def test_goods_looted_beside_another_incident_of_the_sentence_are_its_part():
    assert subs("Gunmen looted two shops and abducted three traders in Kolofata on Sunday.") == [
        "Abduction/forced disappearance"]
    assert subs("Rebels killed a farmer and looted several houses in Wuji village on Monday.") == ["Attack"]
    # beside a raid that hurt nobody, the looting stays an incident
    assert "Looting/property destruction" in subs("Soldiers burnt motorcycles and looted a shop during a raid in Besi village on Sunday.")


def test_the_arrests_of_a_fight_told_in_its_sentence_are_its_end():
    assert subs("Two gang members exchanged fire with police in Japaratuba on Sunday before being arrested.") == ["Armed clash"]
    assert subs("One militant was killed and two were arrested during a firefight with soldiers in Swabi on Monday.") == [
        "Armed clash"]
    # an arrest for an old attack is the arrest
    assert "Arrests" in subs("Police arrested a rebel commander in Gaya on Saturday, wanted for the 2003 attack "
                             "in which three policemen were killed.")


def test_a_protest_placed_at_a_province_beside_one_at_its_town_is_that_town_s():
    ev = doc_of("Power workers across Sindh held rallies on Monday against privatisation. In Sukkur they "
                "marched through the old city and blocked the highway.", "en").events
    assert [e.location.name for e in ev] == ["Sukkur"]
    # a town of another province is another protest
    ev = doc_of("Power workers across Sindh held rallies on Monday against privatisation. In Lahore they "
                "staged a protest outside the press club.", "en").events
    assert sorted(e.location.name for e in ev) == ["Lahore", "Sindh"]


def test_a_protest_and_its_mob_at_one_place_are_one_incident():
    ev = doc_of("Hundreds of residents protested against the killing of two labourers in Jhelum on Monday. "
                "The mob later set fire to a factory in Jhelum.", "en").events
    assert len(ev) == 1 and ev[0].event_type == "Riots"


def test_a_later_sentence_that_places_the_incident_inside_the_town_named_first_retells_it():
    ev = doc_of("A farm manager was shot dead by a gunman near Nakuru town on Monday. The manager of a farm in "
                "Mau Narok division of Nakuru County died on the spot after a gunman fired at his car.", "en").events
    assert len(ev) == 1


def test_a_killing_told_with_an_abduction_is_the_incident():
    ev = doc_of("Gunmen kidnapped a village chief and his driver near Mandera on Tuesday. The gunmen killed the "
                "two men at Gadoon Dhowe across the border.", "en").events
    assert [e.sub_event_type for e in ev if not e.background] == ["Attack"]
    assert subs("Gunmen kidnapped a village chief near Mandera on Tuesday and demanded a ransom.") == [
        "Abduction/forced disappearance"]


def test_a_riot_word_describing_the_crowd_is_its_act():
    # "against stone-pelting protesters": what the crowd did, not what it protested against
    assert subs("Police used tear gas and water cannon against stone-pelting protesters in Ranchi on Sunday.") == [
        "Violent demonstration"]
    assert subs("Traders protested in Ranchi on Sunday against the rioting in the market.") == ["Peaceful protest"]


def test_protesters_who_loot_turn_the_protest_violent():
    assert subs("Protesters looted shops in Mombasa on Monday.") == ["Violent demonstration"]
    # a crowd's looting is a riot; an armed group's members' is property destruction
    assert subs("Angry residents looted shops in Giyani on Monday.") == ["Violent demonstration"]
    assert subs("EPP members looted a farm near Pedro Juan Caballero on Saturday.") == ["Looting/property destruction"]
    # the looting a protest is about is no looting of its crowd
    assert subs("Traders protested in Mombasa on Monday against the police's failure to arrest the thieves who "
                "looted their shops.") == ["Peaceful protest"]


def test_people_hurt_in_clashes_with_a_force_after_a_protest_are_its_crowd():
    ev = doc_of("Residents continued their protest in Jumla on Thursday, demanding a separate province. More than "
                "30 people were injured in clashes with security personnel.", "en").events
    assert [e.sub_event_type for e in ev] == ["Violent demonstration"]


def test_clashes_that_came_before_a_protest_are_not_its_violence():
    ev = doc_of("Traders held a protest in Jhelum on Monday after communal clashes led to the death of a "
                "shopkeeper two days earlier.", "en").events
    assert [(e.sub_event_type, e.fatalities or 0) for e in ev] == [("Peaceful protest", 0)]
    assert subs("Hundreds of victims of the ethnic clashes held a demonstration in Nakuru on Monday, asking to be "
                "resettled.") == ["Peaceful protest"]
    # the toll of clashes told after the protest is the protest's
    assert subs("Students held a protest in Nakuru on Monday and clashed with police.") == ["Violent demonstration"]


def test_taking_control_of_a_place_is_a_take_over():
    assert subs("The army took full control of six hills near Laukkai on Monday.") == ["Government regains territory"]
    assert subs("Rebels have taken complete control of the northern district of Ganta.") == [
        "Non-violent transfer of territory"]
    # not of a thing
    assert not {"Non-state actor overtakes territory", "Non-violent transfer of territory"} & set(subs(
        "Protesters blocked the road in Chelenko on Monday, taking control of a bus."))


def test_mortar_rounds_fired_in_the_present_tense_are_shelling():
    assert subs("Al-Shabaab militants fire several mortar rounds towards a military base in Mandera.") == [
        "Shelling/artillery/missile attack"]


def test_a_wound_a_beating_a_blast_to_come_blocked_roads_and_burnt_drafts():
    # a wound told alone, a beating as a noun, a blast to come, roads blocked now, a draft burnt in protest
    assert subs("A local aid worker got a gunshot wound to the leg in Garissa on Monday.") == ["Attack"]
    assert subs("Two student leaders were injured in a mass beating by students at the university in Dhaka on Wednesday.") == [
        "Mob violence"]
    assert subs("Maoists used 100 kg of explosives to blow up an armoured vehicle in Sukma.") == [
        "Remote explosive/landmine/IED"]
    assert subs("War veterans block roads at Lokichoggio, demanding monthly compensation.") == ["Peaceful protest"]
    assert subs("Party cadres burnt copies of the draft constitution in Baglung on Tuesday.") == ["Peaceful protest"]


def test_a_hilltop_seized_and_a_gang_charging_at_police():
    assert subs("Government troops seized strategic Point 2202 hilltop near Laukkai on Monday.") == [
        "Government regains territory"]
    assert subs("A gang armed with machetes charged at police officers in Kasarani on Monday.") == ["Armed clash"]


def test_agitators_arrested_are_a_protest_s():
    assert subs("Members of a farmers' union interrupted a minister's speech. Police arrested several of the "
                "agitators.") == ["Protest with intervention"]


def test_an_arrest_told_before_the_protest_it_brought_about_is_no_report_of_its_own():
    # (a note that names no place or day: the protest it tells at length is the report)
    ev = doc_of("Police arrested the baker's son by mistake. His neighbours staged a protest. During the protest, "
                "police fired into the crowd, injuring two people.", "en").events
    assert [e.event_type for e in ev] == ["Protests"]


def test_police_firing_into_a_protest_is_an_intervention():
    assert subs("Students staged a protest in Nakuru on Monday. During the protest, police fired into the crowd.") == [
        "Protest with intervention"]


def test_a_suicide_bomb_in_the_midst_of_a_gun_battle_is_the_battle():
    assert subs("Seven soldiers were killed when a militant detonated a suicide vest in the midst of a battle with "
                "military forces in Ladha on Monday.") == ["Armed clash"]
    assert subs("A suicide bomber blew himself up at a market in Kabul on Monday, killing ten people.") == ["Suicide bomb"]


def test_a_facility_after_the_is_no_town_abroad():
    # "the Metro" is no Metro of Indonesia in a report on Mexico
    assert countries("On 8 May 2020, in Ciudad de Mexico, workers of the Metro protested against the lack of masks.") == [
        "MX"]


def test_a_group_the_attackers_are_believed_to_be_is_the_doer_not_a_target():
    ev = doc_of("Two labourers were shot dead on Monday in Garissa by unknown assailants believed to be al-Shabaab "
                "fighters.", "en").events
    assert [(e.sub_event_type, e.actor1.name) for e in ev] == [("Attack", "Al-Shabaab")]
    ev = doc_of("A chief was gunned down in Mandera on Monday by people believed to be al-Shabaab militia.", "en").events
    assert [(e.sub_event_type, e.actor1.name) for e in ev] == [("Attack", "Al-Shabaab")]


def test_others_attacking_the_demonstrators_intervene_in_the_protest():
    assert subs("Residents held an anti-drugs demonstration in Kisauni on Monday. Four protesters were injured when "
                "unknown people attacked the demonstrators.") == ["Protest with intervention"]
    assert subs("Protesters attacked the police station in Kisauni on Monday.") == ["Violent demonstration"]


def test_celebrations_devoid_of_running_battles_were_peaceful():
    assert subs("Opposition supporters took to the streets in Busia to celebrate. The peaceful celebrations were "
                "devoid of police presence and running battles.") == ["Peaceful protest"]


def test_a_clash_between_townspeople_and_police_is_a_mob():
    # the sides named with "between" are the clash's doers, as its subject would be
    assert subs("A violent clash broke out between labourers and police at a building site in Nakuru on "
                "Wednesday.") == ["Mob violence"]
    assert subs("Clashes were reported between police officers and voters outside a polling station in Kisii on "
                "Tuesday.") == ["Mob violence"]
    # (not a word near the side's name: two local rival groups who fought with guns are no mob)
    assert subs("A man was shot dead in a clash between two local rival groups in Nakuru on Friday. Both sides "
                "attacked each other with firearms.") == ["Armed clash"]


def test_police_firing_into_a_crowd_that_clashed_with_them_is_mob_violence():
    assert subs("Lawyers clashed with police outside the district court in Kisumu on Monday. Police fired into "
                "the crowd and one lawyer was killed.") == ["Mob violence"]


def test_townspeople_a_headline_says_were_killed_are_no_mob():
    # "6 locals killed": the subject of a bare passive is who it befell, not a crowd that acted
    assert subs("Turkana tribe raided Lokichar area, 4 locals killed") == ["Attack"]
    assert subs("A suspect was snatched from the police by residents and beaten to death in Sindo.") == ["Mob violence"]


def test_an_unknown_group_is_an_unidentified_armed_group():
    ev = doc_of("One refugee was killed when an unknown group stormed the Dadaab camp on Monday.", "en").events
    assert [(e.sub_event_type, e.actor1.type) for e in ev] == [("Attack", "unidentified")]


def test_assailants_who_attack_a_person_and_ransack_a_house_attack_civilians():
    assert subs("A group of assailants attacked a ward councillor on Sunday and ransacked her house in Kasba.") == [
        "Attack"]
    # (a crowd doing the same is a mob)
    assert subs("Angry residents attacked a ward councillor on Sunday and ransacked her house in Kasba.") == [
        "Mob violence"]


def test_whom_a_hedged_clause_hit_is_no_hedge():
    # "allegedly" hedges who did it, not that policemen died: killing a force's men is a battle
    ev = doc_of("Three policemen were allegedly abducted and killed by Maoists; their bodies were found on a road near "
                "Kutru village in Bijapur district.", "en").events
    assert [(e.sub_event_type, e.actor2.type if e.actor2 else None) for e in ev] == [("Armed clash", "state_forces")]


def test_a_force_listed_among_those_killed_makes_it_a_fight():
    ev = doc_of("Al-Shabaab militants attacked a border town in Wajir on Monday, killing three civilians and five "
                "police.", "en").events
    assert [(e.sub_event_type, e.actor2.type) for e in ev] == [("Armed clash", "state_forces")]
    assert subs("Militants attacked a village in Wajir on Monday, killing three civilians and two herders.") == ["Attack"]


def test_grenades_and_gunfire_at_a_force_are_a_fight():
    assert subs("Armed men lobbed two grenades into a police camp in Mandera on Friday and then fired against the "
                "officers, killing one.") == ["Armed clash"]
    assert subs("Armed men lobbed two grenades into a police camp in Mandera on Friday, killing one officer.") == [
        "Grenade"]


def test_protesters_hurt_in_the_clashes_their_sentence_tells_are_its_rioters():
    assert subs("Six protesters were injured and ten police officers sustained injuries in clashes that erupted "
                "between them in Jumla on Tuesday.") == ["Violent demonstration"]


def test_south_african_parties_name_the_country():
    assert countries("Economic Freedom Fighters (EFF) supporters marched to the municipal offices on Monday, "
                     "demanding the removal of the ANC councillor.") == ["ZA"]


def test_who_is_accused_of_the_violence_did_it():
    # the accused is actor 1, the accusers are no side of it
    ev = first_event("A rights group accused the army of shooting dead two farmers near Laukkai on Monday.")
    assert (ev.sub_event_type, ev.actor1.type, ev.actor2.type) == ("Attack", "state_forces", "civilians")
    ev = first_event("Residents accused police of beating two traders in Kisumu on Monday.")
    assert (ev.actor1.type, ev.actor2.type) == ("state_forces", "civilians")


def test_a_victim_shot_in_the_head_was_shot_by_armed_men():
    # three men with a gun are an armed band, not a mob
    ev = doc_of("On 19 August, three men attacked a county official as he was returning home in Kileleshwa, Nairobi. "
                "The victim was shot in the head and critically injured.", "en").events
    assert [e.sub_event_type for e in ev] == ["Attack"]


def test_protest_over_cattle_rustling_is_about_it():
    # the parse splits "cattle rustling" into a noun and a verb: the gerund is still in the cause
    assert subs("Residents of Marigat demonstrate over ongoing incidents of cattle rustling.") == ["Peaceful protest"]


def test_an_armed_band_the_police_fought_is_a_fight():
    ev = doc_of("On 3 March, ten gang members broke into a warehouse in Thika and assaulted the security guards. "
                "Police arrived and shot four of the robbers dead.", "en").events
    assert [(e.sub_event_type, e.fatalities) for e in ev] == [("Armed clash", 4)]


def test_an_armed_group_in_a_firefight_is_no_riot():
    assert subs("On 2 May, an unidentified armed group that was storming the office of a mayor was engaged by "
                "responding militiamen in a firefight in Datu Piang, Maguindanao.") == ["Armed clash"]


def test_a_verb_with_an_object_is_no_headline_passive():
    # "whilst" parsed as a bare preposition once made the police who tortured the man its victims
    ev = first_event("The soldiers allegedly tortured a herder whilst in in their camp near Moroto, and he died as a "
                     "result.")
    assert (ev.sub_event_type, ev.actor1.type, ev.fatalities) == ("Attack", "state_forces", 1)


def test_torture_in_custody_after_an_arrest_is_an_attack():
    ev = doc_of("On 3 May, police arrested a man for breaking the curfew in Kabafukuzi village, Mubende district. "
                "The police tortured the man in custody, and he died as a result of the torture.", "en").events
    assert [(e.sub_event_type, e.fatalities) for e in ev] == [("Attack", 1)]


def test_stones_at_the_police_are_a_mob_unless_called_a_riot():
    assert subs("During a police raid on a mosque in Mombasa, crowds in the surrounding area hurled stones at the "
                "police.") == ["Mob violence"]
    assert subs("During a police raid on a mosque in Mombasa, rioters in the surrounding area hurled stones at the "
                "police.") == ["Violent demonstration"]


def test_whom_the_police_torture_is_a_captive():
    # a suspect is an armed target when shot in a raid, a captive when tortured
    ev = first_event("Police arrest and torture a robbery suspect in Kisumu.")
    assert (ev.sub_event_type, ev.actor1.type) == ("Attack", "state_forces")


def test_police_who_respond_and_kill_fought_the_attackers():
    ev = first_event("A group of suspected al-Shabaab militants attacked a telecom mast in Mandera. Police responded, "
                     "killing two and arresting one.")
    assert (ev.sub_event_type, ev.fatalities, ev.actor2.type) == ("Armed clash", 2, "state_forces")


def test_raiders_killed_in_their_own_raid_were_fought():
    ev = doc_of("On 16 November, suspected bandits attacked Chesegon village in West Pokot. During the raid, two of "
                "the suspected bandits were killed.", "en").events
    assert [(e.sub_event_type, e.fatalities) for e in ev] == [("Armed clash", 2)]


def test_an_embassy_names_the_country_it_serves_not_the_one_it_stands_in():
    assert countries("Dozens of protesters gathered at the U.S. embassy to protest the U.S. ambassador's criticism "
                     "of Thailand's new press law.") == ["TH"]


def test_a_city_abroad_under_an_old_name_is_no_reading_in_another_country():
    # Turan is an old name of Da Nang (1.3 million): in a report on Nigeria it is a village there
    assert countries("Herdsmen attacked Turan in Kwande Local Government Area of Benue State, Nigeria, killing "
                     "five residents.") == ["NG"]


def test_a_scuffle_with_no_protest_and_no_police_is_a_mob():
    # (at a protest, a scuffle with the police stays its intervention: test_more_event_words)
    assert subs("On polling day, a brief scuffle among the supporters of two parties occurred in West Kidwai "
                "Nagar, Delhi.") == ["Mob violence"]


def test_the_indian_states_armed_police_are_a_force():
    ev = first_event("Militants fired at a camp of the Manipur Rifles in Ukhrul district on Monday.")
    assert (ev.sub_event_type, ev.actor2.type) == ("Armed clash", "state_forces")
    ev = first_event("An Assam Rifle jawan was killed when militants ambushed a patrol in Chandel district.")
    assert ev.actor2.name == "Paramilitary Forces of India"


def test_who_died_in_a_land_clash_is_no_crowd_that_took_part():
    # "a youth was killed": the dead youth does not make the fighters an unarmed crowd
    assert subs("A youth was killed in a clash between two groups over a disputed land at Pataria village in "
                "Baniachang upazila on Friday.") == ["Armed clash"]
    # the hurt activists are the crowd that clashed
    assert subs("At least 15 activists of two student groups were injured in a clash in Dhaka on Friday.") == [
        "Mob violence"]


def test_a_shutdown_that_continues_is_a_protest():
    # the killing it is against is its cause, no attack of the day
    assert subs("Shutdown continued for the third day in Palhalan against the killing of a youth by police.") == [
        "Peaceful protest"]


def test_a_siege_laid_by_workers_is_their_act_not_only_their_arrest():
    ev = first_event("Nearly 600 agitating municipal workers who tried to lay a siege to the District Collector's "
                     "office in Salem were arrested.")
    assert ev.event_type == "Riots"


def test_people_shot_dead_by_vandals_are_attacked():
    assert subs("Two telecom technicians were shot dead near Lari by a group that was vandalising their equipment.") \
        == ["Attack"]


def test_an_attack_that_goes_on_to_vandalism_is_a_mob():
    # the crowd's damage in a clause of its own: the attack was a riot, with no demonstration a mob's
    ev = doc_of("Youths attacked a group of surveyors in Kitale on Monday. Two of their vehicles were also vandalised.",
                "en").events
    assert [(e.event_type, e.sub_event_type) for e in ev] == [("Riots", "Mob violence")]


def test_a_killing_followed_by_torching_stays_an_attack():
    # a death told: the attack is the story, the burning part of it
    assert subs("Gunmen killed a trader in Kitale on Monday. Two of his shops were also torched.") == ["Attack"]


def test_opening_fire_is_gunfire_beside_a_grenade():
    # guns and a grenade at a force: a ground fight, however the shooting is worded
    assert subs("Unknown militants attacked a police post in Kitale by opening fire and hurling a grenade at the guards.") \
        == ["Armed clash"]


def test_a_passive_whose_subject_the_parse_hung_elsewhere_still_names_its_noun():
    # the parse reads the thief as an apposition of the place: the noun before "was" is whom it was done to
    assert subs("On 4 August 2021, in Manaus, Amazonas, an alleged thief was beaten up by traders at a bus stop.") \
        == ["Mob violence"]


def test_the_mob_told_after_a_killing_with_no_doer_did_it():
    assert subs("A suspected cattle thief was killed in Kitale on Monday. A mob caught him near the river and lynched him.") \
        == ["Mob violence"]


def test_fishplates_removed_by_blockaders_are_a_riot():
    ev = doc_of("Blockaders removed fishplates from the railway line near Feni on Tuesday.", "en").events
    assert [e.event_type for e in ev] == ["Riots"]


def test_burnt_to_death_is_a_killing():
    assert [e.fatalities for e in doc_of("Four suspected witches burnt to death in a village near Kisii.", "en").events] == [4]


def test_a_body_found_under_suspicious_circumstances_is_a_killing():
    assert subs("A shopkeeper was found dead in his house in Eldoret under suspicious circumstances.") == ["Attack"]
    # a body found with no sign of violence stays no event
    assert subs("A shopkeeper was found dead in his house in Eldoret on Sunday.") == []


def test_a_soldier_among_those_its_sentence_tells_hit_makes_a_fight():
    assert subs("A soldier was killed and a civilian injured when militants fired upon them in Kupwara on Friday.") \
        == ["Armed clash"]


def test_a_bomb_and_gun_attack_on_people_is_an_attack():
    assert subs("Three worshippers were injured in a grenade and gun attack on a church in Rangpur on Friday night.") \
        == ["Attack"]
    # a bomb gone off with fighting about, no attack on people told: the explosion
    assert subs("A bomb exploded at the district hospital in Mandera as heavy fighting went on nearby.") \
        != ["Attack"]


def test_villages_torched_in_a_battle_with_rebels_are_the_battle():
    assert subs("On 3 May 2021, several villages were torched during a two-day battle involving rebels against "
                "government forces near Yei.") == ["Armed clash"]


def test_policemen_killed_when_a_raid_turned_violent_fought():
    # "turned violent" with no crowd and no riot named: the raid became a fight
    assert subs("Three policemen were killed when a raid on a militant hideout in Quetta turned violent.") == ["Armed clash"]


def test_offices_padlocked_by_a_crowd_are_a_protest():
    assert subs("Students padlocked the district education office in Kisii on Monday, demanding the transfer of the "
                "head teacher.") == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    "Police resorted to lathicharge against protesting teachers outside the secretariat in Patna on Monday.",
    "Police began lathicharging the protesting teachers outside the secretariat in Patna on Monday.",
])
def test_a_lathicharge_done_is_the_police_intervention(text):
    assert subs(text) == ["Protest with intervention"]


@pytest.mark.parametrize("text", [
    "Farmers surrounded the district collector's office in Karnal on Monday, demanding better prices for wheat.",
    "Hundreds of party supporters walked from the stadium to the secretariat in Patna, demanding the minister's "
    "resignation.",
])
def test_people_pressing_a_demand_by_a_move_protest(text):
    assert subs(text) == ["Peaceful protest"]


def test_a_move_with_no_demand_or_by_troops_is_no_protest():
    assert subs("Troops surrounded the village near Kupwara, calling for the militants to surrender.") \
        != ["Peaceful protest"]
    # people surrounding the police with no demand told are no protest
    assert subs("When the officers reached the landing site near Kisumu, they were surrounded by the fishermen.") \
        != ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    "Students of a boarding school near Kisii shattered window panes of their dormitory on Sunday night.",
    "Angry residents pulled down the gate of the county office in Nyeri, demanding the release of their chief.",
])
def test_windows_and_gates_a_crowd_broke_are_a_riot(text):
    assert subs(text) == ["Violent demonstration"]


def test_windows_a_blast_shattered_are_no_riot():
    assert "Violent demonstration" not in subs("A rocket landed near the central hospital in Misrata on Monday, "
                                               "shattering windows but causing no casualties.")



def test_a_siege_laid_by_people_seeking_something_is_a_protest():
    assert subs("Around 800 members of the fishing community laid a siege to the district office in Cuddalore, "
                "seeking compensation for their lost boats.") == ["Peaceful protest"]


def test_a_deed_told_of_others_in_a_protest_cause_is_no_riot():
    # the burning is what the arrest is sought for, done by the culprits, not at the protest
    assert subs("Farmers protested in Khairpur on Monday for the arrest of the men torching their stock of cotton.") \
        == ["Peaceful protest"]


@pytest.mark.parametrize("text, sub", [
    # a later sentence with no place of its own, on the report's day
    ("On 12 March 2021, traders in Kisii held a protest against new market fees. Protesters said that they had "
     "been charged twice on the same day.", "Peaceful protest"),
    # the same clash retold paragraphs later
    ("Three people were injured in a clash between two rival groups at Bhatiapara village in Kashiani upazila on "
     "Monday.\nThe injured were taken to the upazila health complex.\nLocals said the two groups had long feuded "
     "over a pond.\nAt one stage, the two groups clashed with sticks and sharp weapons in Kashiani.", "Mob violence"),
    ("On 3 June 2021, gunmen ambushed a police patrol near Kapedo in Baringo and exchanged fire with the officers "
     "for two hours. On the same day, the fighting resumed and two officers were wounded.", "Armed clash"),
])
def test_one_event_per_kind_place_and_day(text, sub):
    assert subs(text) == [sub]


def test_different_weapons_or_outcomes_at_one_place_and_day_stay_apart():
    assert subs("On 3 June 2021, militants fired rockets at an army base in Mandera. On the same day, a roadside "
                "bomb hit a police truck in Mandera.") == ["Shelling/artillery/missile attack",
                                                          "Remote explosive/landmine/IED"]
    assert subs("On 3 June 2021, militants fired rockets at an army base in Mandera. On the same day, two more "
                "rockets were intercepted over Mandera.") == ["Shelling/artillery/missile attack",
                                                              "Disrupted weapons use"]


def test_arrests_in_a_fight_are_part_of_it_and_a_raid_that_only_arrested_is_the_arrests():
    assert subs("One militant was killed, one injured and two arrested in a search operation by the Frontier "
                "Corps in Turbat on Monday.") == ["Armed clash"]
    assert subs("Police carried out raids and arrested dozens of opposition members in Mombasa on "
                "Tuesday.") == ["Arrests"]


def test_rape_told_beside_an_attack_on_civilians_is_one_sexual_violence():
    ev = doc_of("On 3 May 2021, armed men raped a woman, killed six civilians and injured four others during a "
                "robbery of houses in Kamina, Haut-Lomami.", "en").events
    assert [e.sub_event_type for e in ev] == ["Sexual violence"] and ev[0].fatalities == 6

