"""Kinds of trigger + weapons + actors -> ACLED event_type / sub_event_type and outcome.

The order of the rules follows ACLED's codebook: a weapon stopped before it strikes is a
Strategic development (Disrupted weapons use), the means of an explosion decides its sub-type,
and violence is a battle when both sides are armed, violence against civilians otherwise.
"""

from __future__ import annotations

from sitrep.model import SUB_TO_EVENT_TYPE

_PROJECTILES = {"drone", "rocket", "mortar", "missile", "artillery", "indirect_fire", "ied", "vbied", "grenade",
                "landmine", "suicide_bomb", "airstrike"}
FIREARMS = frozenset(_PROJECTILES | {"small_arms"})  # weapons that make a band an armed one
_BLASTS = {"ied", "vbied", "landmine", "grenade"}  # explosives placed or thrown, not fired from afar
_SHELLING = {"rocket", "mortar", "artillery", "missile", "indirect_fire"}
# actor types (shared with incidents): a state's forces, and the organised armed groups that are no state's
STATE_TYPES = frozenset({"state_forces", "external_forces"})
ORGANISED_TYPES = frozenset({"rebel_group", "political_militia", "identity_militia"})
_ARMED_GROUPS = ORGANISED_TYPES | {"unidentified"}
_NAMED_GROUPS = ORGANISED_TYPES - {"identity_militia"}  # organised groups that are no community's men
_FIGHTING = {"clash", "gunfire", "attack", "airstrike", "shelling", "strike"}


def classify(family: str, kinds: set[str], weapons: set[str], actor1_type: str | None, actor2_type: str | None,
             target_kind: str | None, fatalities: int | None, crowd: bool = False,
             crowd_acts: bool = False, injuries: int | None = None, rivals: bool = False,
             turf: bool = False, fought: bool = False, feud: bool = False, tagged: bool = False,
             riot_named: bool = False) -> tuple[str, str, str]:
    """(event_type, sub_event_type, outcome). `crowd`: the report names an unarmed crowd;
    `crowd_acts`: the crowd is who acted; `rivals`: its crowds fight one another; `turf`: its groups
    fight to rule a place; `fought`: it tells violence between two named communities and no other doer;
    `feud`: its rivals are no communities and fight over no land (political rivals, two groups of drivers);
    `tagged`: a coder's tag gives the size of the crowd that took part ("[size=no report]"); `riot_named`:
    the text calls the violence a riot ("rioters", "riots broke out")."""
    if turf and "clash" in kinds and family in ("violence", "demo") and "protest" not in kinds \
            and not {actor1_type, actor2_type} & STATE_TYPES:
        # "a clash between two factions over establishing supremacy in the area": organised groups'
        # turf war, a battle however they fought
        return SUB_TO_EVENT_TYPE["Armed clash"], "Armed clash", "impact"
    sub, outcome = _sub(family, kinds, weapons, actor1_type, actor2_type, target_kind, fatalities, crowd, crowd_acts,
                        injuries, rivals, feud, tagged, riot_named)
    if fought and sub == "Attack":
        # "two herders killed in violence between Kalenjin and Maasais": two communities' militias
        # fought, whoever died (ACLED's armed clash)
        sub, outcome = "Armed clash", "impact"
    return SUB_TO_EVENT_TYPE[sub], sub, outcome


def _sub(family, kinds, weapons, a1, a2, target, fatalities, crowd=False, crowd_acts=False,
         injuries=None, rivals=False, feud=False, tagged=False, riot_named=False) -> tuple[str, str]:
    if tagged and family in ("violence", "looting") and not weapons & FIREARMS and "explosion" not in kinds \
            and not kinds & {"intercept", "defusal"} \
            and (a1 not in STATE_TYPES | _NAMED_GROUPS or (a1 in STATE_TYPES and "clash" in kinds)):
        # a crowd took part (a coder tagged its size): its violence with no gun or bomb, its burning and
        # looting, and its fight with a force are a mob's ("two men ... were fatally assaulted by
        # community members. [size=no report]", two villages' groups fighting with sticks); a rebel
        # group's or a party militia's attack, or a force's own, stays theirs
        return "Mob violence", "impact"
    if tagged and family == "arrest":
        return "Protest with intervention", "unknown"  # the crowd a coder tagged was arrested
    if family == "violence":
        firearms = weapons & FIREARMS
        if "intercept" in kinds and (weapons & _PROJECTILES or "explosion" in kinds) and "clash" not in kinds:
            return "Disrupted weapons use", "intercepted"
        if "defusal" in kinds and not (kinds & (_FIGHTING - {"attack"}) or ("attack" in kinds and (fatalities or injuries))):
            # a bomb found, defused, or gone off early in its makers' hands (the words name the
            # device; "the target of the explosives was the school" names an attack that did not
            # happen); explosives recovered after a fight are the fight's
            return "Disrupted weapons use", "intercepted"
        if "burning" in kinds and not firearms and not kinds & {"clash", "shelling", "airstrike", "explosion"}:
            # people set on fire are no battle's casualties: townspeople or a crowd burning them (or,
            # with no doer named, burning policemen or suspects it caught) are a mob; armed men attack
            if crowd_acts or a1 in ("civilians", "rioters") or (a1 is None and (crowd or target == "armed")):
                return "Mob violence", "impact"
            return "Attack", "impact"
        if "chemical" in kinds or "chemical" in weapons:
            return "Chemical weapon", "impact"
        if "clash" in kinds and (target == "armed" or a2 in STATE_TYPES | ORGANISED_TYPES) and a1 in STATE_TYPES | _ARMED_GROUPS \
                and not crowd and not crowd_acts and not kinds & {"riot", "protest"}:
            # a grenade, a bomb, a suicide bomber or an airstrike in the midst of a gun battle: ACLED codes
            # the battle ("detonated a suicide vest in the midst of a battle with military forces")
            return "Armed clash", "impact"
        if "suicide" in kinds or "suicide_bomb" in weapons:
            return "Suicide bomb", "impact"
        if weapons & _BLASTS and ("small_arms" in weapons or "gunfire" in kinds) and a1 not in ("civilians", "protesters") \
                and (target == "armed" or a2 in STATE_TYPES | ORGANISED_TYPES):
            # a bomb or a grenade and guns at a force ("attacked a police patrol using grenades and
            # firearms", "lobbed grenades into the camp and fired against the police", survivors of a
            # roadside bomb shot at): a ground fight, ACLED's armed clash
            return "Armed clash", "impact"
        if weapons & {"ied", "grenade"} and ("small_arms" in weapons or "gunfire" in kinds) and target == "civilian" \
                and "attack" in kinds \
                and a2 not in STATE_TYPES | ORGANISED_TYPES and not weapons & {"vbied", "landmine", "airstrike", "drone"}:
            # a bomb or a grenade thrown and guns fired at people ("opened fire and hurled hand bombs on
            # the traders", "a bomb and gun attack on a temple"): gunmen's attack on them, not a bombing
            return "Attack", "impact"
        if ("airstrike" in weapons and not weapons & {"vbied", "landmine"}) or ("drone" in weapons and "airstrike" in kinds):
            # "jets bombed a convoy", "dropped a grenade from a drone": the bombs are the aircraft's
            return "Air/drone strike", "impact"
        if weapons & {"ied", "vbied", "landmine"}:
            return "Remote explosive/landmine/IED", "impact"
        if "grenade" in weapons:
            return "Grenade", "impact"
        if "airstrike" in kinds or weapons & {"airstrike", "drone"}:
            return "Air/drone strike", "impact"
        if weapons & _SHELLING or "shelling" in kinds:
            # an exchange of fire, or mortars with small arms at the other side's positions (or with
            # bursts of small-arms fire): both sides engaged, which ACLED codes as a battle rather than
            # a shelling; heavy weapons alone (mortars, grenade launchers, heavy machine guns) shell
            if "clash" in kinds or ("small_arms" in weapons and target != "civilian" and (
                    target == "armed" or a2 in STATE_TYPES | _ARMED_GROUPS or "gunfire" in kinds)):
                return "Armed clash", "impact"
            return "Shelling/artillery/missile attack", "impact"
        if crowd_acts and not firearms and a1 not in ORGANISED_TYPES | STATE_TYPES:
            # party activists beating a policeman, villagers burning a thief, picketers throwing crude
            # bombs: a crowd's violence is ACLED's mob violence, whoever it hits
            return "Mob violence", "impact"
        if "explosion" in kinds and "clash" not in kinds:  # explosions in a firefight are the fight's
            return "Remote explosive/landmine/IED", "impact"
        if "clash" in kinds:
            # party supporters or rival groups fighting with sticks and stones, or a crowd against the
            # police: ACLED's mob violence (a battle needs an organised armed group on both sides)
            if crowd_acts and ((a1 in (None, "civilians", "rioters") and a2 in STATE_TYPES)
                               or (a1 in STATE_TYPES and a2 in (None, "civilians", "rioters"))):
                # "fishermen clashed with police", "lawyers clashed with the police, who fired into the
                # crowd", "police and voters clashed": people who are no armed group fighting a force are
                # a mob, whoever fired or was named first
                return "Mob violence", "impact"
            deadly = kinds & {"kill", "gunfire"} or fatalities
            unarmed = not firearms and not {a1, a2} & _ARMED_GROUPS and not ({a1, a2} & STATE_TYPES and deadly)
            if (crowd or (feud and not deadly and not {a1, a2} & STATE_TYPES)) and unarmed:
                # (and political rivals who hurt no one with guns and kill no one: "two rival aspirants'
                # supporters clashed"; rivals who kill, or clans over land, are militias in battle)
                return "Mob violence", "impact"
            if unarmed and "protesters" in {a1, a2}:
                return "Violent demonstration", "unknown"  # "clashes between protestors and security personnel"
            return "Armed clash", "impact"
        if kinds <= {"impact"} and not weapons and not fatalities and not injuries and target is None and a2 is None \
                and a1 in STATE_TYPES | ORGANISED_TYPES:
            # "al-Shabaab militants destroyed an electricity pylon": a force or a group that only
            # destroys, with nobody hit and no weapon told, destroys property
            return "Looting/property destruction", "impact"
        armed_both = a1 not in (None, "civilians", "protesters") and (target == "armed" or a2 in STATE_TYPES | ORGANISED_TYPES)
        if armed_both:
            return "Armed clash", "impact"
        if "strike" in kinds and a1 in STATE_TYPES and target is None and not kinds & {"gunfire", "kill"} \
                and "small_arms" not in weapons:
            return "Air/drone strike", "impact"  # state forces "targeted a site": a remote strike
        if target == "armed" and a1 is None:
            return "Armed clash", "impact"
        return "Attack", "impact"
    if family == "demo" and "protest" not in kinds and "firebomb" in kinds and kinds & {"explosion", "impact"} \
            and not crowd and not crowd_acts and a1 not in ("rioters", "protesters", "civilians"):
        # "four crude bombs were blasted in the market", "militants exploded three crude bombs": bombs
        # told going off, with no crowd named, are an explosion, not a riot's throwing
        return _sub("violence", kinds - {"riot", "firebomb", "intervention", "impact"} | {"explosion"}, weapons, a1, a2,
                    target, fatalities)
    if family == "demo" and "protest" not in kinds and (
            a1 in ORGANISED_TYPES or ("firebomb" in kinds and not crowd and (fatalities or injuries))
            or ("clash" in kinds and (weapons & FIREARMS or a1 is None) and not crowd and not crowd_acts
                and {a1, a2} & _ARMED_GROUPS)
            or (a1 is None and a2 is None and not crowd and not crowd_acts and "gunfire" in kinds and fatalities)
            or (a1 is None and target == "armed" and not crowd and not crowd_acts and "kill" in kinds and fatalities
                and not riot_named)
            or (a1 == "unidentified" and not crowd_acts and (kinds & {"kill", "gunfire", "burning"}
                                                             or (not crowd and (fatalities or injuries
                                                                                or target == "civilian"))))):
        # riot words with no demonstration are an attack when an organised armed group is the doer
        # ("rebels stormed the police station"), when fire bombs thrown by no crowd hurt people
        # ("assailants threw a petrol bomb into a bus, burning ten passengers"; bombs that hurt
        # nobody stay a riot's), when armed men shoot, kill or burn people ("broke into a store and
        # shot dead the owner"), when an armed group fights with guns and no crowd is named ("an armed
        # group storming an office was engaged by militants in a firefight"), or when people are shot
        # dead by no crowd and no force ("technicians shot dead by a group that was vandalising their
        # equipment")
        return _sub("violence", kinds - {"riot", "firebomb", "intervention"} | {"attack"}, weapons, a1, a2, target,
                    fatalities)
    if family == "demo":
        if kinds & {"riot", "firebomb"} and "protest" not in kinds and (
                a2 == "civilians" or target == "civilian" or (crowd_acts and "kill" in kinds and target)):
            # "a mob stoned two traders at the market", "residents burnt a suspected criminal to
            # death": a crowd's violence at people, with no demonstration named, is ACLED's mob violence
            return "Mob violence", "impact"
        if kinds & {"riot", "firebomb", "clash"} and rivals and "protest" not in kinds and not {a1, a2} & STATE_TYPES:
            # crowds fighting one another, no demonstration named: "two communities pelted stones at
            # each other", "supporters of rival candidates clashed at the rally ground"
            return "Mob violence", "impact"
        if kinds & {"riot", "firebomb"} and not kinds & {"protest", "clash"} and a2 in STATE_TYPES \
                and (a1 == "civilians" or (a1 == "rioters" and not riot_named)) \
                and target == "armed":
            # "residents pelted stones at the police enforcing the lockdown", "villagers attacked the
            # patrol", "youths threw stones at a police patrol": townspeople turning on the police with
            # no demonstration named are a mob (in "riots", or as "rioters", a violent demonstration)
            return "Mob violence", "impact"
        if kinds & {"riot", "firebomb"}:
            return "Violent demonstration", "unknown"
        if "clash" in kinds:
            # protesters clashing with police, even if the police fire: ACLED keeps excessive force for
            # lethal force against a crowd that was not fighting
            return "Violent demonstration", "unknown"
        if kinds & {"kill", "gunfire"}:
            # (a death alone is no force: "protested after a pedestrian was killed by a motorist",
            # "protesting the death of a suspect in the cells" tell what brought the crowd out)
            return "Excessive force against protesters", "unknown"
        if "intervention" in kinds and not kinds & {"protest", "arrest"} and not {a1, a2} & STATE_TYPES:
            # a scuffle or a melee with no demonstration and no force to step in: the crowd's own fight
            # ("a brief scuffle among AAP and BJP supporters", "a scuffle over a property dispute")
            return "Mob violence", "impact"
        if "intervention" in kinds or kinds & {"arrest"}:
            return "Protest with intervention", "unknown"
        return "Peaceful protest", "unknown"
    simple = {
        "mob": "Mob violence", "abduction": "Abduction/forced disappearance", "sexual": "Sexual violence",
        "arrest": "Arrests", "looting": "Looting/property destruction", "agreement": "Agreement",
        "transfer": "Non-violent transfer of territory", "base": "Headquarters or base established",
        "change": "Change to group/activity",
    }
    if family == "abduction" and (target == "armed" or a2 in STATE_TYPES | ORGANISED_TYPES) and a1 != "civilians":
        # armed men seizing a policeman or soldiers: violence against civilians is against civilians
        # only; ACLED codes an abduction of an armed force's men as a battle
        return "Armed clash", "impact"
    if family in simple:
        return simple[family], "impact" if family in ("mob", "abduction", "sexual", "looting") else "unknown"
    if family == "territory":
        if "gov_regains" in kinds and a1 in STATE_TYPES | {None}:
            return "Government regains territory", "unknown"
        if "transfer" in kinds:
            return "Non-violent transfer of territory", "unknown"
        if a1 in STATE_TYPES:
            return "Government regains territory", "unknown"
        if not kinds & (_FIGHTING | {"kill", "explosion"}) and not fatalities and not weapons:
            # "al Shabaab overtook Milimani village; no violence was reported", "militants took control
            # of the village and raised a black banner": a group that takes a place with no fight told
            # takes it without one (a force's taking is told as its fight's end: ACLED's battle)
            return "Non-violent transfer of territory", "unknown"
        return "Non-state actor overtakes territory", "unknown"
    return "Other", "unknown"
