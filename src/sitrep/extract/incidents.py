"""Mentions -> incidents: merge what several clauses say about one incident, then attribute it.

Two mentions are one incident when they share a named victim or participant (the same surname
outside quotes), or when they have the same family, day and place. The merged record keeps the
most specific value of each field: a facility over a city over a region; an own date over an
inherited one. Incidents told only as summaries ("attacks for three days in Iraq and Syria", no
place below country and no day of their own) are dropped when the article tells real incidents.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from sitrep.extract import communal
from sitrep.extract.classify import ORGANISED_TYPES, STATE_TYPES, classify
from sitrep.extract.docindex import index, paragraph_bounds
from sitrep.extract.lexicon import Lexicon
from sitrep.extract.mentions import Mention, find_actors
from sitrep.geo.gazetteer import RANK, Gazetteer, Place
from sitrep.geo.resolve import PlaceHit, in_region, km, to_location
from sitrep.model import SUB_TO_EVENT_TYPE, Actor, Event, Span

_VILLAGE_KM = 10  # a village this near a place named beside it is the same spot
_DISTRICT_KM = 40  # a town this near the point of a district named beside it lies in the district
_ARMS = {"clash", "gunfire", "shelling", "airstrike", "explosion", "strike", "kill"}  # no crowd's attack
_DATE_RANK = {"own": 0, "chain": 0, "anniversary": 1, "sentence": 1, "statement": 2, "vague": 3, "inherited": 4,
              "published": 5,
              "none": 9}


def _same_person(a: Mention, b: Mention) -> bool:
    return a.family == b.family and bool(a.persons & b.persons)


_CROWD_FAMILIES = {"demo", "mob"}
# rape and the attack it was part of: one incident, the rape's (`_raped_in`)
_RAPE_AND_ATTACK = {"sexual", "violence"}
# what a police raid or an operation is read as when it only made arrests
_RAID_KINDS = frozenset({"attack"})
# incidents at close quarters, whose arrests are made in them
_FIGHTS = frozenset({"Battles", "Violence against civilians", "Riots"})


def _kin(a: Mention, b: Mention) -> bool:
    """Of one family, or a crowd's protest and its mob ("riots in Kisumu to protest the result ...
    assumed by mob justice", "protests turned violent with mobs setting a church ablaze"): one incident
    when told at one place."""
    return a.family == b.family or {a.family, b.family} == _CROWD_FAMILIES


def _same_day_place(a: Mention, b: Mention) -> bool:
    if not _kin(a, b) or a.background != b.background:
        return False
    if a.date is None or a.date != b.date or {a.date_source, b.date_source} & {"inherited", "published"}:
        return False
    if "sentence" in (a.place_source, b.place_source):
        return False
    if not _same_place(a.place, b.place):
        return False
    return _one_outcome(a, b)


def _same_place(pa: PlaceHit | None, pb: PlaceHit | None) -> bool:
    """One place named twice; a place and the district or province it lies in (a town near a
    district's point is taken to lie in it); or a village of a national table and a place a few
    kilometres off (the union "Tebaria" in a report on "Natore town"): the same spot to ACLED's coders."""
    if pa is None or pb is None:
        return False
    if pa.place.name == pb.place.name:
        return True
    if (pa.place.kind != "city" and pa.place.admin1 == pb.place.name) or \
            (pb.place.kind != "city" and pb.place.admin1 == pa.place.name):
        # "crude bombs exploded in Narayanganj ... in Rupganj upazila": the upazila is the district's
        # (not a town and its province: "the towns of Kiambu County, Limuru and ..." are events apart)
        return True
    if pa.place.country != pb.place.country:
        return False
    apart = km(pa.place.lat, pa.place.lon, pb.place.lat, pb.place.lon)
    if {pa.place.kind, pb.place.kind} in ({"district", "city"}, {"district", "village"}):
        return apart <= _DISTRICT_KM  # "in Pulwama district's Tral area ... in a village of Tral"
    return "village" in (pa.place.kind, pb.place.kind) and apart <= _VILLAGE_KM


def _one_outcome(a: Mention, b: Mention) -> bool:
    """Could the two tell one incident? Not when one was stopped and the other struck, nor when
    they name different weapons."""
    if ("intercept" in a.kinds) != ("intercept" in b.kinds):
        return False
    return not (a.weapons and b.weapons and not a.weapons & b.weapons)


def _same_story(a: Mention, b: Mention) -> bool:
    """One paragraph telling one incident in several sentences ("Militants fired at an army patrol in
    Shopian. The unit was fired upon in Shopian district during a search."): same family and place,
    no two days of their own that differ. ACLED codes one event per type, place and day, so the
    sentences are one incident even when the text gives no day (a report with no date) or the
    later one only inherits it."""
    if not _kin(a, b) or a.background != b.background or abs(a.paragraph - b.paragraph) > 1:
        return False
    if (not _same_place(a.place, b.place) and not _within_named(a, b) and not _within_named(b, a)) \
            or a.place.place.kind == "country":
        return False
    own = {"own", "chain", "sentence"}
    if a.date != b.date and a.date_source in own and b.date_source in own:
        return False
    return _one_outcome(a, b)


def _within_named(a: Mention, b: Mention) -> bool:
    """Does the later sentence `b` place its incident inside the town or district the earlier `a`
    named ("... shot dead near Nakuru town. The manager of a farm in Mau Narok division of Nakuru
    County died ...", "... in Gwadar district. The militants opened fire in Pasni tehsil in Gwadar
    district")? Its place near `a`'s, and `a`'s name written again in its clause."""
    if a.place is None or b.place is None or a.start >= b.start or a.place.place.kind not in ("city", "district", "region"):
        return False
    if b.place.place.country != a.place.place.country or b.place.surface == a.place.surface:
        return False
    text = b.sent.doc.text[b.start:b.end]
    return a.place.surface in text and km(a.place.place.lat, a.place.place.lon, b.place.place.lat,
                                          b.place.place.lon) <= _DISTRICT_KM


def is_summary(m: Mention) -> bool:
    """A mention that only sums up other incidents: no place below country level, no day of its own."""
    precise_place = m.place is not None and m.place.place.kind != "country" and m.place_source == "own"
    own_day = m.date_source in ("own", "chain") and (m.precision or 9) == 1
    return not precise_place and not own_day and not m.anniversary_years


def group(ms: list[Mention]) -> list[list[Mention]]:
    """Cluster mentions: first by a shared person, then by the same day and place, then by the same
    place in one paragraph with no two days that differ."""
    groups: list[list[Mention]] = []
    for test in (_same_person, _same_day_place, _same_story):
        pending, groups = (ms if not groups else groups), []
        for item in pending:
            members = item if isinstance(item, list) else [item]
            for g in groups:
                if any(test(m, x) for m in members for x in g):
                    if test is _same_story and g[0].family == "violence":
                        # a later sentence retells the attack; the clauses of one sentence tell it together
                        sents = {x.sent.start_char for x in g}
                        for m in members:
                            m.retelling = m.sent.start_char not in sents
                    g.extend(members)
                    break
            else:
                groups.append(list(members))
    return [sorted(g, key=lambda m: m.start) for g in sorted(groups, key=lambda g: min(m.start for m in g))]


# families of incidents that take in no violence told beside them: a toll with no place of its own
# in their paragraph is an incident of its own
_BESIDE_VIOLENCE = frozenset({"arrest", "looting", "agreement", "change", "base", "transfer"})


def _continuations(ms: list[Mention], first_summary: bool = False) -> list[Mention]:
    """Drop summaries, but fold one that follows a kept mention of its family (in the same or the next
    paragraph, with no place or day of its own) into it: "Trois soldats ont été tués dans l'explosion."
    after the IED sentence. Weak mentions (a toll with no trigger) only ever complete another.

    `first_summary` keeps the first summary when nothing else reports the incident (a short note
    with no place or day), so that what follows still completes it ("Demonstrations became violent")."""
    kept: list[Mention] = []
    dropped: list[Mention] = []
    for m in ms:
        # the incident just told, in this paragraph or the last, when this clause kills armed men
        last = kept[-1] if kept and m.paragraph - kept[-1].paragraph <= 1 and "kill" in m.kinds \
            and m.target_kind == "armed" else None
        if last is not None and last.family == "violence" and m.family == "demo" \
                and not m.kinds & {"protest", "riot", "firebomb"}:
            # "Raiders killed four herders. Police intervened, killing three raiders": after an attack,
            # the police's intervention that kills armed men is a fight with the attackers, no protest's
            # (not "Police fired rubber bullets to disperse the crowd")
            m.family, m.kinds = "violence", m.kinds - {"intervention"}
        if last is not None and last.family == "demo" and m.family == "violence" and _armed_band(last) \
                and m.actor1 is not None and m.actor1.type in STATE_TYPES:
            # "Gang members broke into a factory and assaulted the guards. Police arrived and shot six of
            # the robbers dead": an armed band's break-in that the police fought is an attack they answered
            last.family, last.kinds = "violence", last.kinds - {"riot", "firebomb", "intervention"} | {"attack"}
        if kept and _says_where(kept[-1], m):
            kept[-1].place, kept[-1].place_source = m.place, m.place_source
            _fold(kept[-1], m)
            continue
        if (not m.weak and not is_summary(m)) or (first_summary and not kept and not m.weak and not m.background):
            kept.append(m)
            continue
        at = next((i for i in reversed(range(len(kept))) if kept[i].family == m.family
                   or _turn_of_protest(kept[i], m) or _toll_of_riot(kept[i], m)), None)
        prev = kept[at] if at is not None else None
        # (the mention it completes is the last one kept, or only followed by other clauses of its own
        # sentence: "bandits attacked the village to loot cattle. The bandits clashed with police")
        if prev is None or any(k.sent.start_char != prev.sent.start_char for k in kept[at + 1:]) \
                or m.paragraph - prev.paragraph > (3 if m.weak else 1):
            dropped.append(m)
            continue
        if m.place is not None and m.place.place.kind != "country" and (
                prev.place is None or prev.place.place.name != m.place.place.name):
            continue
        if m.date_source not in ("inherited", "published", "none", "statement", "sentence"):
            continue
        if prev.family == "demo" and m.family == "violence" and "attack" in m.kinds and not _police(m.actor1):
            m.kinds = m.kinds - {"attack"} | {"riot"}  # the crowd's attack: the protest turned violent
        _fold(prev, m)
    # a clause that only sums up, before the clause of its own sentence that says where: "A soldier
    # was shot dead and another wounded when rebels attacked a post near Kidal"
    for m in dropped:
        host = next((k for k in kept if _hosts(k, m) and k.sent.start_char == m.sent.start_char
                     and k.start > m.start and not k.background), None)
        if host is None and not m.weak and not m.background:
            # a lede that sums up before the sentence that says where, in the same paragraph: "Two
            # guards were killed after militants attacked their convoy. The attack was carried out in
            # Chenani area": the next kept mention, when it is of the same family, is that incident
            # (its own place, if any, is only the country)
            nxt = next((k for k in kept if k.start > m.start), None)
            if nxt is not None and nxt.family == m.family and nxt.paragraph == m.paragraph and not nxt.background \
                    and (m.place is None or m.place.place.kind == "country"):
                _fold(nxt, m)
                continue
        if host is not None and m.place_source != "own":
            _fold(host, m)
            if m.target_kind == "armed" and not m.attribution_sentence:
                # a force among those its sentence tells hit makes it a fight, as in _merge ("Two
                # police personnel were killed and a person was injured when armed men opened fire")
                host.target_kind = "armed"
        elif host is None and m.family == "violence" and not m.weak and not m.background \
                and (m.fatalities or m.injuries) and all(k.family in _BESIDE_VIOLENCE for k in kept) \
                and any(k.paragraph == m.paragraph for k in kept):
            # "Seven suspects were arrested in Garbatulla. Two others were shot dead while trying to
            # escape": a toll beside only an arrest, a seizure or a deal sums up nothing; it happened
            # there (beside a protest, a mob, a take-over or an abduction it is theirs)
            kept.append(m)
        elif host is None and (m.family == "mob" or (m.family == "demo" and "riot" in m.kinds)) \
                and not m.weak and not m.background:
            prev = next((k for k in reversed(kept) if k.start < m.start), None)
            if prev is not None and _went_on_to_riot(prev, m):
                _fold(prev, m)
                prev.rioted = True
    return kept


# who acted, for a crowd's damage told after the act to make it a riot: nobody named, or people of no
# force and no armed group
_CROWD_DOERS = frozenset({None, "civilians", "rioters", "protesters"})


def _went_on_to_riot(prev: Mention, m: Mention) -> bool:
    """Is riot or mob mention `m`, a summary told after violence `prev`, how that incident went on?
    "Youths attacked a group of Chinese workers. Several vehicles were vandalised": a crowd's damage
    after an attack or a fight by no force or armed group, with no gun, bomb or death, is the riot it
    was (read so in _merge); "A suspected thief was killed. A mob caught him and lynched him": the mob
    told after a killing with no doer did it (unless a force was hit or two sides clashed)."""
    doer = prev.actor1.type if prev.actor1 else None
    if prev.family != "violence" or prev.background or m.paragraph - prev.paragraph > 1 or doer not in _CROWD_DOERS:
        return False
    if "gunfire" in prev.kinds or prev.weapons - {"bladed_weapon"}:
        return False
    mob_did = m.family == "mob" and doer is None and (m.actor1.type if m.actor1 else None) in _CROWD_DOERS \
        and prev.target_kind != "armed" and "clash" not in prev.kinds
    return not prev.fatalities or mob_did


def _hosts(k: Mention, m: Mention) -> bool:
    """Can kept mention `k` take in dropped `m` of its sentence? One of its family can; a bare toll
    ("A truck driver suffered burn injuries as assailants hurled a petrol bomb at the vehicle") is
    the crowd's or the bombers' act that follows it, whatever its family."""
    return k.family == m.family or (m.weak and m.kinds == {"impact"} and k.family in ("demo", "mob")) or (
        # "A man was killed as the blockaders hurled a petrol bomb at a bus": a death told with no doer
        # of its own, beside fire bombs thrown
        k.family == "demo" and "firebomb" in k.kinds and _bare_toll(m)) or (
        # "Six protesters were injured and 10 police personnel sustained injuries in clashes that
        # erupted between them": the clash the sentence goes on to tell is the protesters'
        k.family == "violence" and "clash" in k.kinds and m.family == "demo" and "protest" in m.kinds)


def _says_where(prev: Mention, m: Mention) -> bool:
    """Does `m` only say where the incident `prev` just told took place ("Three soldiers were killed
    on Tuesday when militants ambushed their patrol. The ambush took place near Mandera")? The same
    family in the same paragraph, a place where `prev` has none, and no day, doer or toll of its own."""
    return (m.family == prev.family and m.paragraph == prev.paragraph and prev.place is None
            and m.place is not None and m.place_source == "own" and m.date_source == "inherited"
            and m.actor1 is None and m.fatalities is None and m.injuries is None and not m.background
            and not prev.background)


def _toll(g: list[Mention]) -> int | None:
    """The incident's dead: the largest count told, plus the counts told as more ("three fighters
    were also killed"); repeated counts of the same dead are not added up. A count told as another's
    word ("Al Shabaab claims 15 fatalities") counts only when no clause tells one plainly."""
    counts = [m.fatalities for m in g if m.fatalities is not None and not m.toll_adds]
    plain = [m.fatalities for m in g if m.fatalities is not None and not m.toll_adds and not m.hearsay_toll]
    base = max(plain or counts, default=None)
    extra = sum(m.fatalities or 0 for m in g if m.toll_adds)
    if base is None:
        return extra or max((m.fatalities for m in g if m.fatalities is not None), default=None)
    return base + extra


def _turn_of_protest(prev: Mention, m: Mention) -> bool:
    """"Students protested ... They blocked roads and clashed with police": a crowd's clash without
    guns or bombs (or a clash with the police that names no other side), told after a protest, is
    that protest turning violent; "... Police made arrests":
    arrests by the police told after it are its intervention (not "He was arrested in a graft case",
    the arrest it is about)."""
    if prev.family != "demo":
        return False
    if m.family == "arrest":
        if m.actor1 is not None:
            return m.actor1.type == "state_forces"
        # "26 arrested", "They were arrested": many, with nobody else named, are the crowd's
        return (m.actor2 is not None and m.actor2.type in ("protesters", "rioters")) or _many_arrested(m)
    # the crowd may be told only by a pronoun ("Some of them tried to enter the building, which turned
    # into clashes with the policemen"): a clash whose one named side is the police is the crowd's
    # (the police only, by its generic name in every language's lexicon: "des combats contre l'armée"
    # after a protest tells a war, not the protest turning violent)
    if m.family == "violence" and "attack" in m.kinds and m.done_to and not m.kinds & _ARMS \
            and not m.weapons - {"bladed_weapon"} and not m.background and not m.own_dates and (
                m.actor1 is None or m.actor1.type in ("rioters", "protesters") or (m.actor1.type == "civilians" and m.crowd)):
        # "Shiv Sena activists protested outside the launch. The activists attacked the organiser":
        # an attack with no guns, bombs or armed group, told right after a protest, is its crowd turning
        # violent (the riot it becomes; "gunmen attacked a village" names its own doers, "X was
        # stabbed on Tuesday" its own day)
        return True
    if m.family == "mob" and not m.background and not m.own_dates:
        # "Residents blocked the highway ... 14 people were injured after a clash broke out between the
        # cops and the mob": a mob told after a protest, with no place or day of its own, is its crowd
        return True
    if m.family == "violence" and _police(m.actor1) and not m.background and not m.own_dates and (
            (m.actor2 is not None and m.actor2.type in ("rioters", "protesters"))
            or ((m.actor2 is None or m.actor2.type == "civilians") and (m.fatalities or m.injuries)
                and m.weapons <= {"small_arms"} and not m.kinds & {"shelling", "airstrike", "explosion", "strike"})):
        # "Police fired into the crowd, killing two people", "Five persons were shot dead by the
        # police": the force's answer to the crowd
        return True
    police_only = m.actor1 is None and _police(m.actor2)
    # "A man was shot dead during ensuing clashes with police": the police the one side named, the
    # other only the dead (their guns are the police's)
    police_shot = _police(m.actor1) and (m.actor2 is None or m.actor2.type == "civilians") \
        and m.weapons <= {"small_arms"}
    # ("There was a physical confrontation with several MPs": a clash that names no side at all)
    nobody = m.actor1 is None and m.actor2 is None and not m.background
    # "More than 30 people were injured in clashes with security personnel": a force the one side
    # named, the other only the people it hurt
    force_hurt = m.actor1 is not None and m.actor1.type == "state_forces" and m.actor2 is not None \
        and m.actor2.type == "civilians" and bool(m.injuries or m.fatalities)
    return m.family == "violence" and "clash" in m.kinds and (
        ((m.crowd or police_only or nobody or force_hurt) and not m.weapons) or police_shot)


def _toll_of_riot(prev: Mention, m: Mention) -> bool:
    """"Assailants hurled a petrol bomb at a truck. The driver later died in hospital", "Two suspects
    were attacked by a mob. One killed, the second critically injured", "Farmers engaged in running
    battles with police. One dead": a bare toll after a riot, a mob's violence or fire bombs thrown
    is theirs (a death word with no doer of its own)."""
    violent = prev.family == "mob" or (prev.family == "demo" and bool(prev.kinds & {"riot", "firebomb", "clash"}))
    return violent and _bare_toll(m) and (m.weak or is_summary(m))


def _bare_toll(m: Mention) -> bool:
    """A toll told with no doer of its own ("One killed", "The driver later died")."""
    return m.family == "violence" and m.kinds <= {"kill", "impact"} and m.actor1 is None \
        and bool(m.fatalities or m.injuries)


def _armed_band(m: Mention) -> bool:
    """Is this riot-worded clause an armed group's, no crowd's and no protest's ("12 gang members broke
    into a factory")?"""
    return m.actor1 is not None and m.actor1.type in ORGANISED_TYPES | {"unidentified"} and not m.crowd \
        and not m.crowd_acts and "protest" not in m.kinds


def _police(actor: Actor | None) -> bool:
    return actor is not None and actor.name.startswith("Police Forces")


def _many_arrested(m: Mention) -> bool:
    """Is the subject of the clause's passive arrest a number, "they" or a counted noun ("26 arrested
    for violating the curfew", "They were later arrested", "One woman was arrested")?"""
    for tok in m.sent:
        if tok.pos_ == "VERB" and tok.tag_ == "VBN" and m.start <= tok.idx < m.end:  # in the arrest's clause
            for c in tok.children:
                if c.dep_ in ("nsubjpass", "nsubj") and c.i < tok.i and (
                        c.like_num or c.lower_ == "they" or any(n.dep_ == "nummod" for n in c.children)):
                    return True  # "26 arrested", "They were arrested", "One woman was arrested"
    return False


def _fold(prev: Mention, m: Mention) -> None:
    """Complete `prev` with what mention `m` adds: toll, kinds, weapons, actors, its sentence."""
    if m.fatalities is not None:
        more = m.toll_adds if prev.fatalities is None else prev.toll_adds and m.toll_adds
        prev.fatalities, prev.toll_adds = _toll([prev, m]), more
    if m.injuries is not None:
        prev.injuries = m.injuries if prev.injuries is None else max(prev.injuries, m.injuries)
    prev.kinds |= m.kinds - {"impact"} if m.weak else m.kinds
    prev.weapons |= m.weapons
    if not m.attribution_sentence:  # hedges and claims of who did it are read by _attribute
        if (r := _responds(prev, m)) is not None:
            prev.responder = prev.responder or r
        prev.actor1 = prev.actor1 or m.actor1
    # (whom a clause of its own sentence hit is no hedge: "four policemen were allegedly abducted and
    # killed by Naxals; their bodies were found"), nor are the doers' own dead ("During the raid, two of
    # the suspected bandits were killed": someone fought them); those arrested at a protest are its
    # crowd; the dead told after a riot are no target it chose
    own_dead = prev.family == "violence" and bool(m.fatalities) and m.actor2 is not None and prev.actor1 is not None \
        and prev.actor1.type not in STATE_TYPES and m.actor2.name == prev.actor1.name
    if (not m.attribution_sentence or m.sent == prev.sent or own_dead) and not (m.family == "arrest" and prev.family == "demo") \
            and not _toll_of_riot(prev, m):
        prev.actor2 = prev.actor2 or m.actor2
        prev.target_kind = "armed" if own_dead else prev.target_kind or m.target_kind
    if m.sent not in prev.extra_sents and m.sent != prev.sent:
        prev.extra_sents.append(m.sent)


def _best_place(g: list[Mention]):
    hits = [m.place for m in g if m.place is not None] or [m.nearby_place for m in g if m.nearby_place is not None]
    return min(hits, key=lambda h: (h.rank, h.precision)) if hits else None


def build_events(doc: Doc, ms: list[Mention], lex: Lexicon, gz: Gazetteer, article_id: str, published: date | None,
                 main_country: str | None, main_area: Place | None = None) -> list[Event]:
    kept = _continuations(ms)
    if not kept:
        # an article whose only report is a summary still reports it (never a bare toll or weak word);
        # an arrest told before a protest is what brought the crowd out ("police arrested the owner's
        # son. Supporters lodged a protest"): the protest is the report
        protest = next((i for i, m in enumerate(ms) if m.family == "demo" and not m.weak and not m.background), None)
        lead = next((m for m in ms if not m.weak and not m.background), None)
        start = protest if protest is not None and lead is not None and lead.family == "arrest" else 0
        kept = _continuations(ms[start:], first_summary=True)
    groups = group(kept)
    groups = _fold_province_summaries(groups)
    current = [d for g in groups for m in g if not m.background and m.date for d in [m.date]]
    earliest = min(current) if current else published
    # a coder's tag of a crowd's size ("[size=no report]"): a crowd took part in the report's incident
    tagged = lex.crowd_tag is not None and lex.crowd_tag.search(doc.text) is not None
    if tagged and any(g[0].family != "arrest" and not g[0].background for g in groups):
        # the arrests told beside the tagged crowd's act are the police's answer to it, no incident
        groups = [g for g in groups if g[0].family != "arrest" or g[0].background]
    def merge(g: list[Mention]) -> Event:
        return _merge(doc, g, lex, gz, article_id, earliest, main_country, main_area, tagged)

    events = _one_per_day_and_place(groups, [merge(g) for g in groups], merge)
    events = _arrests_in_violence(doc, groups, events, lex)
    _attribute(doc, events, lex)
    _coded_toll(doc, events, lex)
    _labelled_type(doc, events, lex)
    return events


def _one_per_day_and_place(groups: list[list[Mention]], events: list[Event],
                           merge: Callable[[list[Mention]], Event]) -> list[Event]:
    """ACLED codes one event per type, place and day: two incidents the reading kept apart that come out
    of one kind, at one place, on one day (a later sentence with no place of its own that inherits the
    report's, "Protesters said that they had been charged twice on the same day"; the same clash retold
    paragraphs later), and so are a rape and the attack on civilians it was part of (`_raped_in`);
    unless one was stopped and the other struck or they name different weapons. `groups` is merged in
    step with the events it returns."""
    while True:
        pair = next(((i, j) for j in range(len(events)) for i in range(j)
                     if _one_event(events[i], events[j])
                     and (_kin(groups[i][0], groups[j][0]) or _raped_in(events[i], groups[i], groups[j]))
                     and all(_one_outcome(a, b) for a in groups[i] for b in groups[j])),
                    None)
        if pair is None:
            return events
        i, j = pair
        groups[i] = sorted(groups[i] + groups.pop(j), key=lambda m: m.start)
        events.pop(j)
        events[i] = merge(groups[i])


def _arrests_in_violence(doc: Doc, groups: list[list[Mention]], events: list[Event], lex: Lexicon) -> list[Event]:
    """Arrests told at the place and on the day of a fight, an attack or a riot of the same report are one
    event to ACLED. Those told after it ("one militant killed and two arrested in a search operation",
    "police beat up traders, arresting five") are its end (mentions.py already drops those of a
    clash's own sentence); a raid that only made arrests ("the police raided the area; 20 people were
    arrested") is the arrests. Violence told after the arrests may be what the arrested are wanted for
    ("arrested the commander wanted for the 2003 attack in which three policemen were killed"), and the
    suspects caught after shelling or a blast are an incident of their own ("a base came under rocket
    fire; a search that followed caught two suspects"): both stay."""
    drop: set[int] = set()
    for i, arrest in enumerate(events):
        if groups[i][0].family != "arrest":
            continue
        for j, violent in enumerate(events):
            if violent.event_type not in _FIGHTS or not _same_spot(arrest, violent) or {i, j} & drop:
                continue
            kinds = set().union(*(m.kinds for m in groups[j]))
            raid = kinds <= _RAID_KINDS and not violent.fatalities and not violent.injuries \
                and not any(m.weapons for m in groups[j]) \
                and any(lex.raid_words.search(doc.text, m.start, m.end) for m in groups[j])
            if raid:
                drop.add(j)
            elif min(m.told_at for m in groups[j]) < min(m.told_at for m in groups[i]):
                drop.add(i)
    return [e for k, e in enumerate(events) if k not in drop]


def _same_spot(a: Event, b: Event) -> bool:
    la, lb = a.location, b.location
    return (a.background == b.background and a.event_date == b.event_date
            and la.name == lb.name and la.lat == lb.lat and la.lon == lb.lon)


def _raped_in(ev: Event, a: list[Mention], b: list[Mention]) -> bool:
    """Rape told beside an attack on civilians at its place and day ("militiamen attacked the village,
    raped women and killed six"): one event, which ACLED codes as sexual violence. (Not an abduction
    beside a killing: "abducted two engineers after killing their driver" is two events.)"""
    return ev.event_type == "Violence against civilians" and {a[0].family, b[0].family} == _RAPE_AND_ATTACK


def _one_event(a: Event, b: Event) -> bool:
    return a.event_type == b.event_type and _same_spot(a, b)


def _fold_province_summaries(groups: list[list[Mention]]) -> list[list[Mention]]:
    """"Power workers across Sindh held rallies. In Sukkur they took out a rally through the old
    city": a protest placed only at a province, told beside one at a town of that province in its
    paragraph or the next, sums the day up; it is folded into the town's, the event ACLED codes
    (with what it adds: "the protesters also set vehicles on fire on the highway")."""
    out = []
    for g in groups:
        hit = _best_place(g)
        town = None
        if g[0].family == "demo" and hit is not None and hit.place.kind == "region":
            town = next((o for o in groups if o is not g and o[0].family == "demo" and (p := _best_place(o)) is not None
                         and p.place.kind != "region" and in_region(p.place, [hit.place])
                         and min(abs(a.paragraph - b.paragraph) for a in g for b in o) <= 1), None)
        if town is None:
            out.append(g)
        else:
            town.extend(g)
    return out


def _coded_toll(doc: Doc, events: list[Event], lex: Lexicon) -> None:
    """A coder's note of the toll ("Fatalities coded as 0 (VoJ reported 1)", "Unknown number of
    fatalities coded as 3") is the count of the report's one event, whatever else the text reads."""
    current = [e for e in events if not e.background]
    if lex.coded_as is None or len(current) != 1:
        return
    m = lex.coded_as.search(doc.text)
    if m is None:
        return
    ev = current[0]
    ev.fatalities = int(next(g for g in m.groups() if g is not None))
    sent = doc.char_span(m.start(), m.end(), alignment_mode="expand").sent
    if not any(sp.start <= sent.start_char < sp.end for sp in ev.evidence):
        text = sent.text.rstrip()
        ev.evidence.append(Span(start=sent.start_char, end=sent.start_char + len(text), text=text))


def _labelled_type(doc: Doc, events: list[Event], lex: Lexicon) -> None:
    """A label that opens the report and names the kind of its incident ("Property destruction:
    Unknown group burn down homes in Ngorano.") is the type of the report's one incident, as a
    coder's toll note is its toll."""
    current = [e for e in events if not e.background]
    m = lex.type_label.match(doc.text) if lex.type_label is not None and len(current) == 1 else None
    if m is None:
        return
    sub = lex.type_labels[m.group(1).lower()]
    current[0].sub_event_type, current[0].event_type = sub, SUB_TO_EVENT_TYPE[sub]


def _merge(doc: Doc, g: list[Mention], lex: Lexicon, gz: Gazetteer, article_id: str, earliest: date | None,
           main_country: str | None, main_area: Place | None = None, tagged: bool = False) -> Event:
    told = [m for m in g if not m.retelling] or g  # the sentences that say what kind of incident it was
    kinds = set().union(*(m.kinds for m in told))
    said_weapons = set().union(*(m.weapons for m in told))
    weapons = set().union(*(m.weapons for m in g))
    a1 = next((m.actor1 for m in g if m.actor1), None)
    # the other side is another actor than the one who acted ("a gunfight with police ... opened fire
    # at the law enforcers" names the police twice)
    a2 = next((m.actor2 for m in g if m.actor2 and (a1 is None or m.actor2.name != a1.name)), None)
    # (a force among those hit makes it a fight, whatever else was: "killing three civilians and five police")
    targets = [m.target_kind for m in g if m.target_kind]
    target = "armed" if "armed" in targets else next(iter(targets), None)
    responder = _responder(g) if a1 is not None and a1.type not in STATE_TYPES else None
    if responder is not None:
        # "Raiders killed four herders. Police reservists engaged them, killing three": the force that
        # fought the attackers makes the incident a fight (ACLED's armed clash), the attackers first;
        # shells answered so are an exchange of fire, a battle too ("fired mortars at the army, which
        # responded, killing several fighters")
        a2, target = responder, "armed"
        kinds = kinds | {"clash"}
    spans = sorted({(s.start_char, s.end_char) for m in g for s in [m.sent, *m.extra_sents]})
    text = index(doc).text
    said = " ".join(text[s:e] for s, e in spans)  # the incident's sentences
    gang = g[0].family == "violence" and bool(lex.gang_victims.search(*_paragraph(doc, g)))
    state = a1 is not None and a1.type in STATE_TYPES
    if g[0].family == "violence" and "clash" not in kinds and _drug_trade_victims(said, lex):
        if state:
            target = "civilian"  # "a drug suspect was killed during a police raid": ACLED's attack
            a2 = a2 if a2 is not None and a2.type != "unidentified" else None
        else:
            gang = True  # "an alleged drug dealer was shot dead by armed men": gangs fighting
    if gang:
        target = "armed"  # "The victim had charges against him for drug trafficking": gangs fighting
    fat = _toll(g)
    inj = max((m.injuries for m in g if m.injuries is not None), default=None)
    background = any(m.background for m in g)
    best = min(g, key=lambda m: _DATE_RANK.get(m.date_source, 9))
    day, prec = best.date, best.precision
    years = next((m.anniversary_years for m in g if m.anniversary_years), None)
    if years and earliest is not None:
        try:
            day, prec = earliest.replace(year=earliest.year - years), 1
        except ValueError:  # 29 February
            day, prec = earliest.replace(year=earliest.year - years, day=28), 1
        background = True
    hit = _best_place(g)
    if main_area is not None and (hit is None or (hit.place.kind == "country" and hit.place.country == main_area.country)):
        # no place below the country: the province the article names ("Punjab Roadways employees rallied")
        hit = PlaceHit(main_area, main_area.name, 0, 0, 3, RANK["region"])
    # an article that names no place still names a country's own forces ("GSU officers", "the
    # Tatmadaw"): they serve at home, so theirs is the country the incident is in
    home = next((a.country for a in (a1, a2) if a is not None and a.type == "state_forces" and a.country), None)
    loc = to_location(hit, gz, fallback_country=main_country or home)
    for actor in (a1, a2):
        if actor is not None:
            _fill_country(actor, loc.country)
    # (a protest and its mob told as one: the protest's, when a protest word is told, else the mob's;
    # a rape and its attack: the rape's)
    families = {m.family for m in g}
    fam = g[0].family if len(families) == 1 else "sexual" if families == _RAPE_AND_ATTACK else (
        "demo" if any("protest" in m.kinds for m in g) else "mob")
    crowd = any(m.crowd for m in told)
    crowd_acts = any(m.crowd_acts for m in told)
    rivals = any(m.rivals for m in told)
    # (rivals of a political feud, not communities: "political rivals clashed at a church meeting")
    feud = rivals and not any(m.communal for m in told)
    turf = any(m.turf for m in told)
    # (no doer of its own: none, an unidentified group, or only the victims read first)
    doerless = a1 is None or a1.type == "unidentified" or (
        a1.type == "civilians" and (a2 is None or a2.type in ("civilians", "unidentified")))
    fought = doerless and communal.between_two(g[0].sent.text, lex.lang)
    facts = (kinds, said_weapons, a1.type if a1 else None, a2.type if a2 else None, target, fat, crowd, crowd_acts,
             inj, rivals, turf, fought, feud, tagged, bool(lex.riot_names.search(said)))
    etype, sub, outcome = classify(fam, *facts)
    if etype in ("Battles", "Violence against civilians") and any(m.rioted for m in g):
        # an attack or a fight that went on to a crowd's damage ("two communities clashed ... cars were
        # lit on fire") is read as the riot it was; with no demonstration named, a mob's
        etype, sub, outcome = classify("mob" if "mob" in kinds else "demo", *facts)
        if sub == "Violent demonstration" and "protest" not in kinds:
            sub = "Mob violence"
    if gang and sub == "Armed clash" and a2 is not None and a2.type == "civilians":
        a2 = _generic_actor(lex, "unidentified", loc.country)  # the victim was one of a gang's men
    if etype in _VIOLENT_TYPES and a1 is not None and a1.type == "civilians":
        # civilians are who violence is done to ("a man was killed by armed men on a motorcycle" read
        # victim first): the other side acted, or, when the text names none, an unidentified group
        a1, a2 = (a2, a1) if a2 is not None and a2.type != "civilians" else (None, a2 or a1)
    attribution = "confirmed" if a1 is not None and a1.type != "unidentified" else "unattributed"
    if etype in _DEFAULT_ACTOR_TYPE and a1 is not None and a1.type in STATE_TYPES:
        # "police arrested teachers who were protesting": the crowd is actor 1 of a protest or a riot,
        # the police its counterpart
        a1, a2 = None, a1
    elif etype in _DEFAULT_ACTOR_TYPE and (a1 is None or a1.type == "unidentified") and a2 is not None \
            and a2.type in _DEFAULT_ACTOR_TYPE.values():
        a1, a2 = a2, None  # "clashes between protestors and ...": the crowd is who rioted
    if fought and sub == "Armed clash" and a2 is not None and a2.type == "civilians":
        a2 = None  # the dead of two communities' fight are no side of it (communal.sides names the second)
    if etype in _VIOLENT_TYPES:
        # "Pokot raiders", "clashes between the Garre and Degodia clans": a community's militia
        militia = lex.generic("identity_militia")
        a1, a2 = communal.sides(said, lex.lang, etype, a1, a2, loc.country,
                                militia.name.split("{")[0] if militia else "")
        for actor in (a1, a2):
            if actor is not None:
                _fill_country(actor, loc.country)
        if a1 is not None and a1.type == "identity_militia" and a1.surface and attribution == "unattributed":
            attribution = "confirmed"
    a1 = _as_participant(lex, a1, etype, loc.country)
    if a1 is None and a2 is None and sub == "Armed clash" and loc.country and lex.front_lines.search(said):
        # fire across a front line with neither side named: one side is the country's own forces
        a1 = _generic_actor(lex, "state_forces", loc.country)
    if sub == "Armed clash" and a1 is None and a2 is None:
        # "Military Police officers carried out an operation in X. A shoot-out broke out and a suspect
        # was shot": the force the paragraph tells of is the fight's first side, unnamed gunmen the other
        force = _paragraph_force(doc, g, lex)
        if force is not None:
            _fill_country(force, loc.country)
            a1, a2 = force, _generic_actor(lex, "unidentified", loc.country)
    if a1 is None:
        a1 = _default_actor1(lex, sub, loc.country)
    interceptor = next((m.interceptor for m in g if m.interceptor), None)
    # a sentence's span runs to the next one's start: the evidence stops at its last visible character
    evidence = [Span(start=s, end=s + len(text[s:e].rstrip()), text=text[s:e].rstrip()) for s, e in spans]
    conf = 0.4 + 0.15 * (best.date_source in ("own", "chain", "anniversary", "sentence")) + 0.15 * (
        hit is not None) + 0.1 * (a1 is not None) + 0.1 * bool(weapons)
    key = f"{article_id}|{spans[0][0]}|{fam}|{sub}|{loc.name}".encode()
    return Event(
        id=hashlib.sha256(key).hexdigest()[:16], event_date=day.isoformat() if day else None,
        time_precision=prec if day else None, event_type=etype, sub_event_type=sub, actor1=a1, actor2=a2,
        attribution=attribution,
        weapons=sorted(weapons), outcome=outcome, interceptor=interceptor, fatalities=fat, injuries=inj,
        location=loc, background=background, evidence=evidence, confidence=round(min(conf, 0.95), 2),
        sources=[article_id],
    )


def _responds(first: Mention, m: Mention) -> Actor | None:
    """The side a later clause `m` shows fighting the doers of the violent incident `first`, when
    those doers are an armed group: a state force fighting them or killing or shooting armed men,
    or any force or organised group told clashing with them ("The bandits clashed with police
    reservists", "before being repelled by security forces", "militiamen routed the assailants")."""
    a1 = first.actor1
    if not (first.family == "violence" and m.family == "violence" and a1 is not None
            and a1.type not in STATE_TYPES | {"civilians"} and m.sent.start_char != first.sent.start_char):
        return None
    if m.actor1 is not None and m.actor1.type in STATE_TYPES and m.kinds & {"kill", "gunfire", "clash"} \
            and ("clash" in m.kinds or m.target_kind == "armed" or (m.target_kind is None and m.fatalities)):
        # (not "they are targeted by police"; "Police respond, killing two": the dead are the doers)
        return m.actor1
    if "clash" in m.kinds:
        sides = sorted((x for x in (m.actor2, m.actor1) if x is not None and x.name != a1.name
                        and x.type in STATE_TYPES | ORGANISED_TYPES), key=lambda x: x.type not in STATE_TYPES)
        return sides[0] if sides else None
    return None


def _responder(g: list[Mention]) -> Actor | None:
    """The force or group that fought the incident's doers, told in a later clause folded into it
    or grouped with it."""
    return next((m.responder for m in g if m.responder is not None), None) or next(
        (r for m in g[1:] if (r := _responds(g[0], m)) is not None), None)


def _drug_trade_victims(said: str, lex: Lexicon) -> bool:
    """Are people of the drug trade named as who suffered ("a drug suspect was killed"), not as the
    doers ("assaulted by drug traffickers": an agent word just before them)?"""
    return any(not (lex.agent_words and lex.agent_words.search(said, max(0, m.start() - 25), m.start()))
               for m in lex.drug_trade.finditer(said))


def _paragraph(doc: Doc, g: list[Mention]) -> tuple[str, int, int]:
    """The article's text and the bounds of the paragraph the incident starts in."""
    text = index(doc).text
    return (text, *paragraph_bounds(text, g[0].start, g[0].end))


def _paragraph_force(doc: Doc, g: list[Mention], lex: Lexicon) -> Actor | None:
    """The state forces the incident's paragraph names, when its own sentences name no side."""
    _, start, end = _paragraph(doc, g)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    return next((a.actor.model_copy() for a in find_actors(doc, span, lex, [])
                 if a.actor.type in STATE_TYPES), None)


_DEFAULT_ACTOR_TYPE = {"Protests": "protesters", "Riots": "rioters"}
_VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _as_participant(lex: Lexicon, a1: Actor | None, etype: str, country: str | None) -> Actor | None:
    """ACLED's convention: whoever demonstrates is a protester in a protest and a rioter in a riot
    ("farmers staged demonstrations", "students ... pelted stones", "unidentified assailants torched
    a bus" during a strike, party cadres in a riot): ACLED files 98% of riots under rioters and 99%
    of protests under protesters, the group going to an associated actor; `surface` keeps its words."""
    wanted = _DEFAULT_ACTOR_TYPE.get(etype)
    if a1 is None or wanted is None or a1.type == wanted or a1.type in STATE_TYPES:
        return a1
    d = lex.generic(wanted)
    if d is None:
        return a1
    actor = Actor(name=d.name, type=d.type, country=a1.country, surface=a1.surface)
    _fill_country(actor, country)
    return actor


def _default_actor1(lex: Lexicon, sub: str, country: str | None) -> Actor | None:
    """Who acted when the text names nobody, as ACLED codes it: protesters in a protest, rioters in a
    riot, an unidentified armed group for violence, a bomb found or property destroyed. The attribution
    stays `unattributed`."""
    etype = SUB_TO_EVENT_TYPE[sub]
    if etype in _DEFAULT_ACTOR_TYPE:
        wanted = _DEFAULT_ACTOR_TYPE[etype]
    elif etype in _VIOLENT_TYPES or sub in ("Disrupted weapons use", "Looting/property destruction"):
        wanted = "unidentified"
    else:
        return None
    return _generic_actor(lex, wanted, country)


def _generic_actor(lex: Lexicon, actor_type: str, country: str | None) -> Actor | None:
    """The type's generic actor, named for the country ("Military Forces of UA"); no surface words."""
    d = lex.generic(actor_type)
    if d is None:
        return None
    actor = Actor(name=d.name, type=d.type, country=None, surface=None)
    _fill_country(actor, country)
    return actor


def _fill_country(actor: Actor, event_country: str | None) -> None:
    if "{country}" in actor.name:
        actor.name = actor.name.replace("{country}", actor.country or event_country or "unknown country")
        if actor.country is None and actor.type not in ("unidentified",):
            actor.country = event_country
        actor.name = actor.name.replace(" (unknown country)", "").replace(" of unknown country", "")
    if actor.type == "state_forces" and actor.country and event_country and actor.country != event_country:
        actor.type = "external_forces"


def _attribute(doc: Doc, events: list[Event], lex: Lexicon) -> None:
    """Claimed / suspected / confirmed / unattributed, from phrases anywhere in the article.

    A hedge ("les enquêteurs soupçonnent ces groupes d'en être responsables") is read with
    its paragraph and the one before, which say what it is about (the weapons: "attaques de
    drones") and whom it names (the armed groups there). It applies to the incidents of that kind
    whose perpetrator is not named.
    """
    text = index(doc).text
    paras = text.split("\n\n")
    starts, pos = [], 0
    for p in paras:
        starts.append(pos)
        pos += len(p) + 2
    for ev in events:
        sents = " ".join(e.text for e in ev.evidence)
        if lex.claimed.search(sents) and not lex.no_claim.search(sents) and ev.actor1 is not None:
            ev.attribution = "claimed"
    # a claim in a sentence of its own: "Les rebelles houthis ont revendiqué les deux attaques"
    for sent in doc.sents:
        if not lex.claimed.search(sent.text) or lex.no_claim.search(sent.text):
            continue
        claimants = [a.actor for a in find_actors(doc, sent, lex, []) if a.armed and "{" not in a.actor.name]
        if not claimants:
            continue
        who = claimants[0]
        for ev in events:
            named = ev.actor1 is not None and ev.actor1.type != "unidentified"
            if ev.background or (named and ev.actor1.name != who.name):
                continue
            if not named:
                ev.actor1 = who.model_copy()
            ev.attribution = "claimed"
    # a hedge makes the groups its paragraph names suspects ("police blame Al Shabaab"); a paragraph
    # with several hedges is read once
    for i in sorted({bisect_right(starts, h.start()) - 1 for h in lex.suspected.finditer(text)}):
        span = doc.char_span(starts[max(i - 1, 0)], starts[i] + len(paras[i]), alignment_mode="expand")
        if span is not None:
            _name_suspects(doc, span, events, lex)


def _name_suspects(doc: Doc, span, events: list[Event], lex: Lexicon) -> None:
    """Give the groups a hedge's paragraphs name to the incidents of the kind they talk about
    whose doer the text left unnamed."""
    weapons = {w for w, _, _ in lex.weapons.find(span)}
    suspects = [a.actor for a in find_actors(doc, span, lex, []) if a.actor.type in (
        "political_militia", "rebel_group", "identity_militia", "unidentified") and "{" not in a.actor.name]
    if not suspects:
        return
    for ev in events:
        if ev.attribution in ("claimed",) or ev.background:
            continue
        if ev.actor1 is not None and (ev.attribution == "confirmed" or ev.actor1.type in STATE_TYPES):
            continue
        if weapons and not set(ev.weapons) & weapons:
            continue
        ev.suspected_actors = list(dict.fromkeys(s.name for s in suspects))
        ev.attribution = "suspected"
        ev.actor1 = suspects[0].model_copy()

