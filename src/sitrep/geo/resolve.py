"""Toponym resolution: which places a clause names, and which one the incident is at.

Order of preference, most specific first: a named facility (curated CSV, user gazetteer, an
airport or base phrase), a city or town, a region phrase ("sud-ouest du Mali"), a country.
An ambiguous name ("Tripoli", "Gao") is resolved by the countries the article names, then by
population, never by the first hit.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from typing import NamedTuple

from sitrep.geo.gazetteer import (
    PROVINCE_CODE,
    RANK,
    SLIP_MIN_LEN,
    Gazetteer,
    Place,
    country_cues,
    former_provinces,
    norm,
    skeleton,
    unarticled,
)
from sitrep.lang import load
from sitrep.model import Location

# the lower-case particles inside a name ("Ahrar al-Sham", "Martínez de la Torre", "Mato Grosso do Sul",
# the Persian "Kut e Abdollah")
_PARTICLES = r"(?:al|el|ad|ash|de|du|la|del|do|da|dos|das|des|los|las|e)"
# a capitalised name, with up to two particles inside
# ("as" only hyphened: "in Muzzafarghar as LeJ supporters gathered" ends at the town)
_CAP = re.compile(rf"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ -](?:(?:{_PARTICLES}|as-)[ -]?){{0,2}}[A-ZÀ-ÖØ-Þ][\w'’-]*)*")


# canonical English label of a direction vector (north, east)
_COMPASS = {(1, 0): "north", (-1, 0): "south", (0, 1): "east", (0, -1): "west", (1, 1): "northeast",
            (1, -1): "northwest", (-1, 1): "southeast", (-1, -1): "southwest", (0, 0): "central"}


_FOREIGN_MIN_POP = 50_000  # a town abroad, in an article about another country
_ALONE_MIN_POP = 5_000  # ... when it is the one town of its name anywhere, written after a preposition of place
_FOREIGN_ALT_MIN_POP = 2_000_000  # a town abroad written under another of its names, in an article about another country
_BARE_MIN_POP = 20_000  # a capitalised word with no preposition or NER tag must name a real town
_TRUNCATED_MIN_POP = 100_000  # the first word of a longer name, read as a town abroad
_BIG_TOWN_POP = 100_000  # a city this big outranks a table's village spelled like one of its names
_LOWER_CASE_MIN_POP = 100_000  # a town written in lower case is read only when this big, in the article's country
# what may follow such a name: punctuation, a small word or a word of the town ("in lahore for", "in
# imphal last midnight", "the hyderabad press club"), not a noun it would qualify ("in mango orchards")
_LOWER_TOWN_ENDS = (r"(?=\s*(?:[,.;:)\]]|$)|\s+(?:for|by|on|in|at|and|of|to|from|with|before|after|over|against|"
                    r"during|since|when|where|last|this|yesterday|today|tonight|city|town|district|press)\b)")
_WEAK_RANK = 2  # a town at the end of a route, or spelled otherwise: after the clause's towns, before regions


@dataclass
class PlaceHit:
    place: Place
    surface: str
    start: int  # offsets in the article text
    end: int
    precision: int
    rank: int
    located: bool = False  # after a preposition of place ("outside the Lahore Press Club")
    alternatives: tuple[Place, ...] = ()  # the other towns of that name it was chosen among
    name_end: int | None = None  # where the name read ends, when the span runs on ("Rafah (Rafah, North Sinai")
    inside: bool = False  # the name after a possessive, a place within the owner ("Sylhet's Companiganj")


# between an owner and the place it owns: "Sylhet's Companiganj", "Pulwama district's Tral"
_OWNER_GAP = re.compile(r"(?:\s+[a-z]+)?['’]s?\s*$")
# a name of up to three capitalised words, with particles between them ("Mato Grosso do Sul")
_NAME_OF_THREE = rf"(?:[A-Z][\w'’-]+)(?:\s+(?:{_PARTICLES}\s+){{0,2}}[A-Z][\w'’-]+){{0,2}}"
_AREA_OF = re.compile(rf"\s+of\s+(?:the\s+)?({_NAME_OF_THREE})")
# the kinds of place a name written right after its country's name may be ("Bangladesh Dinajpur District")
_NAMED_AFTER_COUNTRY = frozenset({"city", "district", "region"})
_FACILITY_LABELS = frozenset({"FAC"})  # the tagger's label of buildings and works (the French model has none)
_CAP_AFTER_COMMA = re.compile(rf"\s?,\s+({_NAME_OF_THREE})")
# "(Bungudu LGA, Zamfara)", "(At Tuhayat, Al Hudaydah)": the first name in brackets, before a comma
# (and at most one word such as "LGA" or "district"), is where a report places the village it names
_BRACKETED = re.compile(r"\(\s*((?:[A-Z][\w'’/-]+)(?:\s+[A-Z][\w'’-]+){0,2})(?=(?:\s+[a-zA-Z]+)?\s*,)")
# a name, a comma and the name of what may be its province ("Shikarpur, Sindh"), the second name read
# ahead so that each name may be the first of the next pair
_BEFORE_PROVINCE = re.compile(rf"\b({_NAME_OF_THREE})(?=,\s+({_NAME_OF_THREE})\b)")
_POSSESSED = re.compile(r"(?:\s+[a-z]+)?['’]s\s+$")  # the same, said with a possessive, the name read otherwise
_CAP_RUN = re.compile(r"(?:\s+[A-ZÀ-Ý][\w'’-]*)+")  # the capitalised words after a name
_FIRST_CAP = re.compile(r"\b[A-ZÀ-Ý]")  # a name's first capitalised word ("south Kashmir's": Kashmir)
_NAME_GOES_ON = re.compile(r"\s+[A-ZÀ-Ý]")  # a capitalised word right after: the name is longer
_NAME_GOES_ON_AND = re.compile(r"\s*(?:&|and)\s+[A-ZÀ-Ý]")  # "Jammu & Kashmir": the town's name opens a province's
_LEAD_ARTICLE = re.compile(r"(?:The|La|Le|Les|L['’])\s")  # "The Coimbatore City Police": the name after it
_BASED = re.compile(r"[-\s]based\b", re.I)  # "the Yemen-based network"
_TRAILING_ARTICLE = re.compile(r"(?:\b(?:l['’]|la|le|les|the|une?|an?|d['’])\s*)$", re.I)


def said_near(text_before: str, lang: str) -> bool:
    """Does `text_before` end with a word that puts what follows beside where it happened ("near
    the", "outside", "près de")?"""
    tail = _TRAILING_ARTICLE.sub("", text_before[-32:].lower().rstrip()).rstrip() + " "
    return any(tail.rstrip().endswith(w.rstrip("'’ ")) for w in load(lang, "places")["near"])


def _pick(cands: list[Place], context: dict[str, int], surface: str = "", districts: Sequence[Place] = ()) -> Place | None:
    """Among same-name places prefer those in countries the article names, then those whose main
    name is the one written (not an alternate name), then the populous, then the seat of one of
    `districts` of their name."""
    if not cands:
        return None
    key = norm(surface)

    # a table's villages of the exact spelling do not outrank a big city known by that name in the
    # province of one of them ("Berhampur", a village of Odisha, and Brahmapur, the city of 350,000
    # the news means): the village is the city's name as the table spells it
    # (or, for a village filed under no province, near it: Nepal's "Birgunj" and the city of Birgañj)
    villages = [p for p in cands if p.kind == "village" and norm(p.name) == key]
    filed = {(v.country, norm(v.admin1)) for v in villages if v.admin1}
    unfiled = [v for v in villages if not v.admin1]
    big = any(q.kind == "city" and q.population >= _BIG_TOWN_POP and (
        (q.country, norm(q.admin1 or "")) in filed
        or any(v.country == q.country and km(v.lat, v.lon, q.lat, q.lon) <= _SEAT_KM for v in unfiled))
              for q in cands)
    # (between two countries the article names, the one it names more: "Hyderabad" in a Pakistani
    # report that also names India is Sindh's; between two towns GeoNames gives the same population,
    # the seat of the district of their name: Sahiwal of Sahiwal district, not Sargodha's Sahiwal)
    return max(cands, key=lambda p: (context.get(p.country or "", 0) > 0,
                                     norm(p.name) == key and not (big and p.kind == "village"),
                                     context.get(p.country or "", 0), p.population, _seat_of(p, districts, p.name)))


def _names_an_area(found: Sequence[Place], context: dict[str, int]) -> bool:
    """Does a name written after a comma name a district or province ("Orikhove, Luhansk")? One of a
    country the article names, or one abroad when no big town of another country bears the name
    ("Kadavantra, Kochi" in a report naming no country is Kerala's city, not Japan's prefecture)."""
    def big_town_elsewhere(area: Place) -> bool:
        return any(q.kind == "city" and q.population >= _BIG_TOWN_POP and q.country != area.country for q in found)
    return any(p.kind in ("region", "district") and (context.get(p.country or "", 0) or not big_town_elsewhere(p))
               for p in found)


def _seat_of(p: Place, areas: Sequence[Place], name: str) -> bool:
    """Does place `p` lie at the point of one of `areas` called `name` (its district's or province's seat)?"""
    return any(norm(a.name) == norm(name) and km(p.lat, p.lon, a.lat, a.lon) <= _SEAT_KM for a in areas)


def _division_town(p: Place, written: str, regions: list[Place], context: dict[str, int]) -> bool:
    """Is town `p` the own town of the province `written` names, spelled otherwise ("Kishoreganj"
    district's Kishorganj): same skeleton, near the province's point, in a country the article names?"""
    return bool(context.get(p.country or "", 0)) and skeleton(p.name) == skeleton(written) \
        and _seat_of(p, regions, written)


def _region_point(gz: Gazetteer, cc: str, vec: list[int], label: str) -> Place | None:
    box = gz.country_box.get(cc)
    if box is None:
        return None
    lat, lon, hh, hw = box
    return Place(label, "region", cc, None, lat + vec[0] * hh * 0.6, lon + vec[1] * hw * 0.6)


def find_places(text: str, offset: int, ents: list[tuple[int, int, str]], gz: Gazetteer, lang: str,
                context: dict[str, int], exclude: list[tuple[int, int]] = (),
                cued: Sequence[Place] = ()) -> list[PlaceHit]:
    """Every place named in `text` (which starts at `offset` in the article), best first.

    `ents` are spaCy location entities (start, end, label) in article offsets. `cued`: provinces the
    article's cues place it in (gazetteer.cued_provinces), which choose among towns of one name.
    """
    cfg = load(lang, "places")
    pats = _patterns(lang)
    hits: list[PlaceHit] = []
    taken: list[tuple[int, int]] = list(exclude)  # names of actors and systems ("Dôme de fer") are not places
    # nor is a word inside the name of a party or an armed group ("Orange Democratic Movement") no place has
    cues, _ = country_cues()
    named = [(offset + m.start(1), offset + m.end(1)) for m in cues.finditer(text)
             if " " in m.group(1) and not gz.index.get(norm(m.group(1)))]

    weak: set[int] = set()  # starts of names read at _WEAK_RANK: the ends of a route, other spellings
    areas: list[Place] = []  # provinces and districts the clause names, read as such or not

    def add(place: Place, s: int, e: int, surface: str, precision: int | None = None,
            pool: list[Place] | tuple[Place, ...] = (), name_end: int | None = None, inside: bool = False) -> None:
        if any(s < te and ts < e for ts, te in taken) or any(ts <= s and e <= te for ts, te in named):
            return
        prec = precision or (1 if RANK.get(place.kind, 1) <= 1 else 3)
        if prec == 1 and said_near(text[: s - offset], lang):
            prec = 2
        taken.append((s, e))
        # the end of a route ("blocked the Nairobi-Mombasa highway") or a name spelled otherwise ranks
        # after a town the clause names as such ("in Chhipra village in Mainpuri")
        rank = max(RANK.get(place.kind, 1), _WEAK_RANK) if s in weak else RANK.get(place.kind, 1)
        located = bool(pats.located and pats.located.search(text[max(0, s - offset - 40):s - offset]))
        if place.kind == "village" and not located and not (
                pats.settlement_after and pats.settlement_after.match(text, e - offset)):
            rank = max(rank, _WEAK_RANK)  # a village not said to be one ranks after the clause's towns
        hits.append(PlaceHit(place, surface, s, e, prec, rank, located, tuple(p for p in pool if p is not place),
                             name_end, inside))

    def people_of(start: int, end: int) -> bool:
        """Does a word for a people follow the name at [start, end) ("the Kikuyu and Maasai
        communities")? Not after a preposition of place: "in the Cano Raya community" is a
        locality, as a Colombian or a Filipino report calls a hamlet."""
        return bool(pats.people_of and pats.people_of.match(text, end)) and not (
            pats.located and pats.located.search(text, max(0, start - 40), start))

    # 1. curated facilities and user gazetteer entries, by any alias (not a family's name: "between
    # the Al Omar and Al Sayid families" is no al-Omar oil field)
    folded = norm_keep_len(text)
    for m in _facility_pattern(gz).finditer(folded):
        cands = [gz.places[i] for i in gz.index.get(m.group(1), ()) if i in _facility_ids(gz)]
        if cands and not people_of(m.start(1), m.end(1)):
            add(_pick(cands, context), offset + m.start(1), offset + m.end(1), text[m.start(1):m.end(1)])
    # 2. airport / base phrases: "aéroport de Gao", "Erbil International Airport"
    for kind, pat in cfg["facilities"].items():
        for m in re.finditer(pat, text):
            name = m.group("name")
            place = _facility_by_name(gz, name, kind, context)
            if place:
                add(place, offset + m.start(), offset + m.end(), m.group(0))
    # 3. region phrases: a direction and a country
    for m in re.finditer(cfg["region_pattern"], text, re.I):
        d = (m.groupdict().get("dir") or m.groupdict().get("dir2") or "").lower()
        where = m.groupdict().get("place") or m.groupdict().get("place2") or ""
        cc = gz.country_code(where) or gz.country_code(re.sub(r"^(la|le|l['’])\s*", "", where, flags=re.I))
        vec = cfg["directions"].get(d) or cfg["directions"].get(d.replace("-", ""))
        if cc and vec is not None:
            place = _region_point(gz, cc, vec, f"{_COMPASS[tuple(vec)]} {gz.country_label.get(cc, cc)}".strip())
            if place:
                add(place, offset + m.start(), offset + m.end(), m.group(0).strip(), precision=3)
    # 3b. a country's capital named by the country: "in Kenya's capital", "the Iraqi capital"
    if cfg.get("capital_pattern"):
        for m in re.finditer(cfg["capital_pattern"], text):
            cc = _country_of_phrase(gz, lang, m)
            if cc and cc in gz.capital_towns:
                add(gz.capital_towns[cc], offset + m.start(), offset + m.end(), m.group(0))
    # 4. named entities and capitalised words after a place preposition: cities, then countries
    spans = [(s, e) for s, e, _ in ents]
    # (a facility the tagger names after "the", "the Metro", "the Kennedy Center", is a town of that
    # name only in a country the article names, as a name before "University" is; the tagger calls
    # towns facilities too, so not a name written bare)
    facilities = {(s, e) for s, e, label in ents if label in _FACILITY_LABELS
                  and _TRAILING_ARTICLE.search(text, max(0, s - offset - 5), s - offset)}
    # "in south Kashmir's Anantnag", "north west Delhi's Kirari": the tagger may end a place at its
    # possessive; the owner and the name after it are read together (owned, then owner)
    # (from the owner's first capitalised word: "south" is the tagger's)
    for s0, e0 in list(spans):
        if _POSSESSIVE.search(text, max(0, e0 - offset - 2), e0 - offset) and (m := _CAP_RUN.match(text, e0 - offset)) \
                and (cap := _FIRST_CAP.search(text, s0 - offset, e0 - offset)):
            spans.append((offset + cap.start(), offset + m.end()))
    preps = pats.preps
    for m in pats.named_after_prep.finditer(text):
        spans.append((offset + m.start(1), offset + m.end(1)))
    if pats.place_nouns:
        # the search resumes after a name before its noun, so that the noun may open the next match
        # ("Khost area of Harnai" names Khost and Harnai), and inside a name after its noun ("area of
        # Khani Chahar Bagh district" also says "Chahar Bagh district")
        m = pats.place_nouns.search(text)
        while m:
            g = "pre" if m.groupdict().get("pre") else "name"
            spans.append((offset + m.start(g), offset + m.end(g)))
            m = pats.place_nouns.search(text, m.end(g) if g == "pre" else m.start(g) + 1)
    spans += [(offset + m.start(1), offset + m.end(1)) for m in _BRACKETED.finditer(text)]
    # "Jamiat-Tulba-e-Islam, Shikarpur, Sindh": a name before a comma and a province is a town of it when
    # the gazetteer files one of that name under that province (the tagger may read only the province)
    for m in _BEFORE_PROVINCE.finditer(text):
        if any(s0 <= offset + m.start(1) and offset + m.end(1) <= e0 for s0, e0 in spans):
            continue  # read already, maybe in a longer name ("the Municipality of Venustiano Carranza")
        province = {norm(p.name) for p in gz.lookup(m.group(2)) if p.kind == "region"}
        if province and any(norm(p.admin1 or "") in province for p in gz.lookup(m.group(1)) if p.kind in _TOWNS):
            spans.append((offset + m.start(1), offset + m.end(1)))
    # "Bara, Khyber Agency", "Tirah Valley, Khyber Agency": the name written after a name and a
    # comma is a candidate of its own (the tagger may call it an organisation, and no preposition
    # comes before it); when it also names a district or province, as that area ("Orikhove,
    # Luhansk" names the oblast, not the city)
    area_only: set[tuple[int, int]] = set()
    areas_of: set[tuple[int, int]] = set()
    pending = list(spans)
    for _, e0 in pending:  # (grows as it goes: the name after a name after a comma)
        # (past a division or settlement word: "Qarabagh district, Ghazni", "Kolofata town, Mayo-Sava")
        word = (pats.division_after and pats.division_after.match(text, e0 - offset)) or (
            pats.settlement_after and pats.settlement_after.match(text, e0 - offset))
        m = _CAP_AFTER_COMMA.match(text, word.end() if word else e0 - offset)
        after = (offset + m.start(1), offset + m.end(1)) if m else None
        if after and after not in spans and after not in area_only:
            area_only.add(after)
            if not m.group(1).isupper():  # (an acronym's list is parties': "CPI, CPM, INC")
                # (and the name after that one: "Barangay Magdawat, Pinabacdao, Samar" names Samar province)
                pending.append(after)
        # "the Tirah Valley of Khyber Agency": after "of", only a district or a province is read
        # ("the University of Nairobi" names no town of its own)
        m = _AREA_OF.match(text, e0 - offset)
        if m and (offset + m.start(1), offset + m.end(1)) not in spans:
            areas_of.add((offset + m.start(1), offset + m.end(1)))
    spans += sorted(area_only | areas_of)
    # "in Bangladesh Dinajpur District": the names after a country's name are a place of their own when
    # they name a town, district or province of that country (the country keeps only its own words,
    # below); "Kenya Railways", "the US Treasury" are no places, whatever ward a national table so names
    for s0, e0 in list(spans):
        words = list(re.finditer(r"\S+", text[s0 - offset:e0 - offset]))
        for n in (1, 2):
            cc = gz.country_code(text[s0 - offset:s0 - offset + words[n - 1].end()]) if len(words) > n else None
            rest = text[s0 - offset + words[n].start():e0 - offset] if cc else ""
            if rest[:1].isupper() and any(p.country == cc and p.kind in _NAMED_AFTER_COUNTRY
                                          for _, c, _ in _candidate_spans(rest) for p in gz.lookup(c)):
                spans.append((s0 + words[n].start(), e0))
                break
    # "the Bathinda-Talwandi Sabo road", "between Tarbaj and Kutulo": both ends are towns
    for key in ("route_pattern", "between_pattern"):
        for m in re.finditer(cfg[key], text) if cfg.get(key) else ():
            for g in (g for g, v in m.groupdict().items() if v and g in ("a", "b", "c")):
                spans.append((offset + m.start(g), offset + m.end(g)))
                weak.add(offset + m.start(g))
    not_names = not_place_names(lang)
    features = frozenset(w.lower() for w in cfg.get("feature_words", ()))
    # (and a body's word: "the Civil Hospital Badin", "Government College Mardan" name the town last)
    localities = frozenset(w.lower() for w in [*cfg.get("settlement_after", ()), *cfg.get("body_words", ())] if " " not in w)

    def named_after(end: int) -> bool:
        """Does a street, campus or camp word follow position `end` of `text`?"""
        return bool(pats.named_after and pats.named_after.match(text, end))

    span_set = set(spans)
    for s, e in sorted(span_set, key=lambda se: (se[0], -se[1])):  # the longest name at a start first
        surface = gz_text = text[s - offset:e - offset]
        n_words = len(surface.split())
        located = bool(pats.located and pats.located.search(text, max(0, s - offset - 40), s - offset))
        for k, (at, cand, how) in enumerate(_candidate_spans(gz_text, not_names, features=features,
                                                              localities=localities)):
            if not cand[:1].isupper() and not cand[:1].isdigit():
                break  # "gutka, mainpuri": a common noun, whatever the tagger thought
            end = s - offset + at + len(cand)
            shorter = len(cand.split()) < n_words  # a part of the longer name the text writes
            if pats.modifier_after.match(text, end):
                break  # "the Yemen-based network", "the US dollar": where a group is based, not where it acted
            if people_of(end - len(cand), end):
                break  # "the Kikuyu and Maasai communities": a people, not the town of Kikuyu
            if pats.away_after and norm(cand) in _nationality_words(lang) and pats.away_after.match(text, end) \
                    and not (pats.home_after and pats.home_after.match(text, end)):
                break  # "Somali refugees", "near the Somali border": not Ethiopia's Somali Region
            if how == "whole" and k > 0 and shorter and pats.settlement_after \
                    and pats.settlement_after.match(text, e - offset):
                continue  # "Bir Babran village" is a village of two words, not Bir (Beed)
            cc = gz.country_code(cand)
            if cc and context and not context.get(cc, 0) and any(
                    p.kind == "city" and context.get(p.country or "", 0) for p in gz.lookup(cand)):
                cc = None  # "in Salvador, Bahia": a town of the article's country, not El Salvador
            if cc:
                place = next((p for p in gz.lookup(cand) if p.kind == "country"), None)
                if place:
                    # (only the country's own words when a name follows it: "Bangladesh Dinajpur
                    # District" leaves "Dinajpur District" to be read as a span of its own)
                    cut = s + at + len(cand)
                    own = (s, cut) if text[cut - offset:cut - offset + 1] == " " and (cut + 1, e) in span_set else (s, e)
                    add(place, *own, text[own[0] - offset:own[1] - offset], precision=3)
                break
            found = gz.lookup(cand)
            # (a shorter reading is whole when the text also gives it as a span of its own: "Shikarpur"
            # after "at", inside the tagger's "Shikarpur under Wazirpur upazila")
            own_span = (s + at, s + at + len(cand)) in span_set
            # ("Lamki Chuha Municipality-2", "Saptakoshi Municipality": the settlement word ends the name)
            settled = bool(pats.settlement_after and pats.settlement_after.match(text, end))
            # ("Rampal upazila", "the central province of Khanh Hoa": the name is a division's)
            before = text[max(0, s - offset + at - 30):s - offset + at]
            said_region = bool(pats.region_after and pats.region_after.match(text, end)) or bool(
                pats.region_before and pats.region_before.search(before))
            said_division = said_region or bool(pats.division_after and pats.division_after.match(text, end)) or bool(
                pats.division_before and pats.division_before.search(before))
            ends = own_span or settled or said_division
            if (k == 0 or ends) and how == "whole" and not any(context.get(p.country or "", 0) for p in found):
                # the whole name, spelled otherwise in GeoNames ("Nassriya" for Nasiriyah), in the
                # article's countries: before a town abroad of that very spelling ("Beruwala" in a
                # Pakistani report is Burewala), after the clause's exactly named towns
                # (a slip of the keys only for a name known nowhere: "Multan" is no slip for Multai in a
                # report naming India)
                other = _spelled_otherwise(gz, cand, context) or ([] if found else _mistyped(gz, cand, context))
                if other:
                    found = other
                    weak.add(s)
            owners = _owners(gz, surface[:at]) if how == "owned" else []
            if how != "whole" or (k > 0 and not own_span and not settled) or (
                    _NAME_GOES_ON.match(text, end) and not settled):
                # a village of a national table only as a whole name: not "Northwest Delhi's Adarsh
                # Nagar" of Uttar Pradesh, nor "Shaheed" (a post office) of "Shaheed Bhagat Singh";
                # after a possessive, one that lies by its owner ("Hooghly's Uttarpara")
                found = [p for p in found if p.kind != "village" or _area_km(p, owners) <= _OWNED_KM]
            if how == "route":  # ... and one of several words: a place of the other end's country
                other = {p.country for p in gz.lookup(surface[at + len(cand):].lstrip("-–").split()[0])}
                found = [p for p in found if p.country in other]
            elif how == "part":  # one town of a hyphened pair: a sizeable town of that very name (or, in
                # the article's countries, of that name spelled otherwise: "Birgunj-Raxaul" names Birgañj)
                found = [p for p in found if p.population >= _BARE_MIN_POP and (norm(p.name) == norm(cand) or (
                    context.get(p.country or "", 0) and skeleton(p.name) == skeleton(cand)))]
            elif how in ("feature", "owned"):  # "Lake Victoria" is no reading of Victoria abroad
                # (but a name only one place has is that place: "near Lake Turkana"; and a place
                # in its owner is one: "Narathiwat's Sukhirin district" in a report naming no country;
                # after a possessive, a name of one country's places only: "south Kashmir's Anantnag")
                found = [p for p in found if context.get(p.country or "", 0) or _area_km(p, owners) <= _AREA_KM] or (
                    found if (how == "feature" and len(found) == 1)
                    or (how == "owned" and not context and len({p.country for p in found}) == 1) else [])
            # (the one town of a name of two words or more anywhere, written whole after a preposition
            # of place: "in Mado Gashi" in a Somali outlet's report is Kenya's; one word may be anything,
            # and "the Central Business District" is any town's)
            alone = len(found) == 1 and how == "whole" and " " in cand and located and not any(
                pat and pat.search(f" {cand}") for pat in (pats.division_after, pats.settlement_after, pats.street_after))
            # (a town known by another name whose own country's table has a village of the written
            # spelling beside it goes by that name too: "Sopore" is Sopur, whoever published it)
            twins = [q for q in found if q.kind == "village" and norm(q.name) == norm(cand)]
            cities = [p for p in found if _town(p, context, len(found) == 1) and (_area_km(p, owners) <= _AREA_KM or _plausible(
                p, cand, context, truncated=shorter, named_after=named_after(end) or (s, e) in facilities, alone=alone,
                twinned=p.kind == "city" and _area_km(p, twins) <= _TWIN_KM))]
            if ((s, e) in area_only and _names_an_area(found, context)) or (s, e) in areas_of:
                cities = []  # "Orikhove, Luhansk": the oblast; "Camudlas, Bindoy": the town
            # a district (second-level division: "Prakasam", "Killa Abdullah"), at its towns' middle;
            # abroad only when the article names no country, and not before "hospital" or "road" (a
            # central Athens hospital is no hospital of Athens County, Ohio)
            districts = [p for p in found if p.kind == "district" and (
                context.get(p.country or "", 0) or not (context or named_after(end)))]
            if context and said_division:
                # "Safi tehsil" in a Pakistani report: a division there, not Safi, Morocco; "Rampal
                # upazila" is the upazila, not a union of that name in another district, nor one 50 km
                # from its point ("Palashbari upazila"): only the village at its seat stands for it
                cities = [p for p in cities if context.get(p.country or "", 0)
                          and (p.kind != "village" or not districts or _area_km(p, districts) <= _TWIN_KM)]
            # a province abroad is no reading of a name said to be a division in a report naming another
            # country, nor of the first word of a longer name the gazetteer lacks ("Ain Oussara" is no
            # Ain department of France; "Kachin State" says what it is)
            regions = [p for p in found if p.kind == "region" and (context.get(p.country or "", 0) or not (
                (context and said_division) or (at == 0 and shorter and not said_division)))]
            if said_division and not context and (districts or regions):
                cities = []  # "Bolivar state" in a report that names no country: the state, no town abroad
            if context and any(context.get(p.country or "", 0) for p in districts):
                # "in Saku" in a Kenyan report: the constituency, not a town of that name abroad
                cities = [p for p in cities if context.get(p.country or "", 0)]
            if any(norm(p.name) == norm(cand) for p in regions):
                # "in Bihar" is the state, not Bihar Sharif, a town that also answers to the state's name;
                # the division's own town of the name spelled otherwise stays ("Kishoreganj": Kishorganj)
                cities = [p for p in cities if norm(p.name) == norm(cand) or _division_town(p, cand, regions, context)]
            place = None
            # "Jalisco" also names a small town, but said next to "El Salto" it is the state's name
            areas += [p for p in districts + regions if not context or context.get(p.country or "", 0)]
            if pats.settlement_after and (run := _CAP_RUN.match(text, end)) \
                    and pats.settlement_after.match(text, run.end()):
                weak.add(s)  # "Nyaung Pin Zay ward": the tagger's "Nyaung" opens a ward's name, after the clause's towns
            if pats.street_after and pats.street_after.match(text, end):
                weak.add(s)  # "on Murree road in Rawalpindi": the road's name ranks after the town's
            # the name after a possessive is a place of its own inside the owner ("Sylhet's
            # Companiganj area"), read where it is written, beside the owner the tagger may have read
            hs, he = (offset + end - len(cand), offset + end) if how == "owned" else (s, e)
            pools = ((cities, None), (districts, 2), (regions, 3))
            if said_region:
                own = [p for p in regions if norm(p.name) == norm(cand)]
                if own:  # "Aragua state" is the state, not a town of that name in another ("Chihuahua state": its capital)
                    cities = [p for p in cities if in_region(p, own)]
                pools = ((cities, None), (regions, 3), (districts, 2))  # "Bolivar state": no county of that name
            for pool, prec in pools:
                place = _pick(pool, context, cand, districts)
                if place and how == "owned":
                    place = _nearest_to_owner(place, pool, gz, surface[:at])
                if place:
                    add(place, hs, he, surface, precision=prec, pool=pool, name_end=offset + end, inside=how == "owned")
                    break
            if place:
                break
    last_resort = all(h.place.kind in ("country", "region") or (h.place.kind == "village" and h.rank >= _WEAK_RANK)
                      for h in hits)
    # towns read so far only as modifiers, none said to be where it happened ("people arrested by the
    # Islamabad police"): the town the actors are said to be of ("AWP Lahore held a protest", "Mombasa
    # residents held a demonstration", "JI Landi Kotal Chapter") is where they acted
    of_actors_only = bool(hits) and not last_resort and not any(h.located for h in hits)
    if last_resort or of_actors_only:
        no_area = all(h.place.kind != "region" for h in hits)
        top = max(context.values(), default=0)
        # last resort: a capitalised word inside the sentence that names a sizeable town, also when
        # only a country or a province (or a village not said to be one) was read ("Pakistan
        # Tehrik-e-Insaf ... in front of Faisalabad Press Club", "in Abu Tawilah (Rafah, North Sinai)")
        for m in _CAP.finditer(text):
            opening = m.start() == 0 or text[m.start() - 2:m.start()].strip() in (".", "")
            people = bool(pats.people_after and pats.people_after.match(text, m.end()))
            if opening and not people \
                    and not _LEAD_ARTICLE.match(m.group(0)) \
                    and not (pats.body_words and " " in m.group(0)
                             and pats.body_words.search(m.group(0), m.group(0).index(" "))):
                # a sentence's first word is capitalised anyway, unless "Bungoma residents ...", "The
                # Coimbatore City Police", "Larkana Association of Deaf members", "JI Karachi Chapter"
                continue
            spans_of_run = _candidate_spans(m.group(0), not_names, after_acronym=True)
            if opening and people and " " in m.group(0):
                # a sentence's first word is capitalised anyway: "Angry Meru residents" names Meru
                at1 = m.group(0).index(" ") + 1
                spans_of_run += [(at1 + a, c, how) for a, c, how in
                                 _candidate_spans(m.group(0)[at1:], not_names, after_acronym=True)]
            for at, cand, how in spans_of_run:
                if how != "whole":
                    continue  # a part of a name is read only where the text says it is a place
                if gz.country_code(cand):
                    break  # "the military forces of Mozambique": the country, not its town of that name
                if cand.isupper() and len(cand) > 1:
                    continue  # an acronym is a party or a group: "SAD members" are no people of Sad, Madhya Pradesh
                start = m.start() + at
                if people_of(start, start + len(cand)) or pats.modifier_after.match(text, start + len(cand)):
                    break  # (nor "to mark Al-Quds day", "the Yemen-based network")
                found = gz.lookup(cand)
                # the town of the people or the body named after it ("Kibwezi residents", "Maseno
                # University students") may be small when it lies in a country the article names and
                # the clause names no province (a town of GeoNames: a national table's village of that
                # name is as likely a common word; "the Bar Council" of a province is the province's)
                theirs = bool(pats.people_after and pats.people_after.match(text, start + len(cand))) \
                    or bool(pats.body_words and pats.body_words.search(m.group(0), at + len(cand)))
                if of_actors_only and not (theirs or _ACRONYM_BEFORE.search(text, max(0, start - 12), start)):
                    continue
                whose = no_area and theirs
                towns = [p for p in found if _town(p, context, len(found) == 1)
                         and (p.population >= _BARE_MIN_POP or p.kind == "neighbourhood"
                              or (whose and p.kind == "city" and context.get(p.country or "", 0)))
                         and (not context or context.get(p.country or "", 0))
                         # (beside the modifiers, a town of the country the article names most: "(MGT)
                         # Tata Motors" in a report on Manipur is no town of Morocco)
                         and not (of_actors_only and context.get(p.country or "", 0) < top)
                         and _plausible(p, cand, context, truncated=False, named_after=named_after(start + len(cand)))]
                own_region = [p for p in found if p.kind == "region" and norm(p.name) == norm(cand)
                              and context.get(p.country or "", 0)]
                if own_region:
                    # "during the Bihar Assembly election", "the Goa Medical College": the state (at its
                    # main town), not Bihar Sharif, a town that also answers to the state's name
                    towns = [p for p in towns if norm(p.name) == norm(cand)]
                if whose and not towns:  # "the Dharwad unit": the district the body is named after
                    towns = [p for p in found if p.kind == "district" and context.get(p.country or "", 0)]
                place = _pick(towns, context, cand, [p for p in found if p.kind == "district"])
                if not place and own_region and theirs and not any(h.place.kind == "region" for h in hits):
                    add(_pick(own_region, context, cand), offset + start, offset + start + len(cand), cand, precision=3)
                    break
                if place:
                    if not _same_spelling(place.name, cand):
                        weak.add(offset + start)  # another of a town's names ("Ismaili" for Ismayilli) ranks after its own
                    add(place, offset + start, offset + start + len(cand), cand, pool=towns)
                    break
    if context:
        # a big town of the article's country written in lower case after a preposition of place (or
        # an attack verb: `preps` has both) ("protested in lahore", "outside the hyderabad press
        # club"): a typo's town, not a word
        for m in re.finditer(rf"\b(?i:{preps})\s+(?:the\s+)?([a-z][a-z'’-]{{3,}})\b{_LOWER_TOWN_ENDS}", text):
            towns = [p for p in gz.lookup(m.group(1)) if p.kind == "city" and p.population >= _LOWER_CASE_MIN_POP
                     and context.get(p.country or "", 0)]
            if towns:
                add(max(towns, key=lambda p: p.population), offset + m.start(1), offset + m.end(1), m.group(1))
    if pats.capital_owned and context:
        _in_the_capital(hits, text, offset, gz, pats, context, add)
    hits = _within_owner(hits, text, offset, pats, context)
    said = _said_after(hits, text, offset, gz, pats)
    areas += [a for h in hits if h.alternatives for a in said.get(id(h), ())]
    _by_named_area(hits, areas, gz, said, cued)
    _district_in_named_area(hits, areas, said, gz)
    _outside_said_province(hits, said, text, offset, gz, pats)
    _abroad_before_province(hits, text, offset, gz, pats, context)
    _abroad_before_town(hits, text, offset, gz, pats, context)
    _part_of_another_town(hits, text, offset, pats)
    hits = _drop_far_villages(hits, areas, text, offset, pats)
    # most specific first; among equals, a place in a country the article names before one abroad,
    # then one said to be where it happened ("outside the Lahore Press Club", not "the Sialkot verdict")
    area_like = _stands_for_area(hits, text, offset, pats)
    # (an abolished province after a province of today: "in Nyanza, Migori" is Migori county)
    former = former_provinces()
    hits.sort(key=lambda h: (h.rank, (h.place.country or "", norm(h.place.name)) in former,
                             not context.get(h.place.country or "", 0), id(h) in area_like, not h.located, h.start))
    # a place within another before its owner ("Sylhet's Companiganj", "Pulwama district's Tral"); not
    # a province after a town's possessive ("Nairobi's Rift Valley Railways" offices are in Nairobi)
    for h in list(hits):
        owner = next((o for o in hits if not o.inside and o.start < h.start and o.place.country == h.place.country
                      and (_OWNER_GAP if h.inside else _POSSESSED).match(text[o.end - offset:h.start - offset])), None)
        if owner is not None and hits.index(owner) < hits.index(h) and h.rank <= owner.rank:
            hits.remove(h)
            hits.insert(hits.index(owner), h)
    return hits


def coded_places(text: str, gz: Gazetteer, lang: str, context: dict[str, int],
                 cued: Sequence[Place] = ()) -> list[PlaceHit]:
    """A coder's word of the place an event is coded at ("(Lamu, coordinates for Kiunga used)",
    "Sangailu coded as the location"): the place it names, read as any clause's names are (its
    province, when given, placing it). Where a note says the point it
    used is another place than the one its event names, the said point is the event's place, as a
    coder's toll note ("fatalities coded as 3") is its toll."""
    patterns, prep = _coded_patterns(lang)
    out = []
    for pat in patterns:
        for m in pat.finditer(text):
            hits = find_places(prep + m.group("name"), m.start("name") - len(prep), [], gz, lang, context, (), cued)
            if hits:
                out.append(hits[0])
    return out


@cache
def _coded_patterns(lang: str) -> tuple[tuple[re.Pattern, ...], str]:
    """The language's coded-place patterns, and the preposition of place their names are read after
    (its first: "in"), as "in Juja, Kiambu" would be."""
    cfg = load(lang, "places")
    return tuple(re.compile(p) for p in cfg.get("coded_place") or ()), f"{cfg['place_preps'][0]} "


def _in_the_capital(hits: list[PlaceHit], text: str, offset: int, gz: Gazetteer, pats: _Patterns,
                    context: dict[str, int], add) -> None:
    """"the capital's Mohammadpur", "in capital's Kadamtoli": a part of the capital of the country the
    article names most. A town of that name elsewhere is the one in the capital, when the gazetteer
    has one there; else, and for a name it lacks, the capital itself."""
    capital = gz.capital_towns.get(max(context, key=lambda cc: context[cc]))
    if capital is None:
        return
    for m in pats.capital_owned.finditer(text):
        s, e = offset + m.start(1), offset + m.end(1)
        mine = [h for h in hits if s <= h.start < e]
        for h in mine:
            if km(h.place.lat, h.place.lon, capital.lat, capital.lon) > _CITY_KM:
                there = [p for p in gz.lookup(h.surface) if p.country == capital.country
                         and km(p.lat, p.lon, capital.lat, capital.lon) <= _CITY_KM]
                h.place, h.alternatives = (there[0] if there else capital), ()
        if not mine:
            add(capital, s, e, m.group(1))


def _stands_for_area(hits: list[PlaceHit], text: str, offset: int, pats: _Patterns) -> set[int]:
    """Hits that name an area around a town the clause also names: a district, a name said to be a
    division's, or a town that names its province. Named before a town of it ("students
    in Makueni county marched to Kibwezi town", "Police in Siaya ... a meeting in Yala", "In
    Barisal, ... at Sundardi in Gaurnadi upazila") or after a place it owns ("in Mochmoil area of
    Bagmara upazila in Rajshahi district"), it ranks after that place: the town is where it happened.
    A town further on that the area owns ("Jhalod taluka in Dahod") is the area's owner, not its town."""
    def said_division(h: PlaceHit) -> bool:
        end = (h.name_end or h.end) - offset
        return bool(pats.division_after and pats.division_after.match(text, end)
                    and not (pats.settlement_after and pats.settlement_after.match(text, end)))

    def names_area(h: PlaceHit) -> bool:  # "Marib", "Barisal": the town that gives its province its name
        p = h.place
        return p.kind == "city" and bool(p.admin1) and norm(p.admin1 or "") in (norm(p.name), norm(h.surface))

    def within(town: Place, area: Place) -> bool:  # in the area's province, or near it when its province is unknown
        return town.admin1 == area.admin1 if area.admin1 else km(town.lat, town.lon, area.lat, area.lon) <= _OWNED_KM

    area = {id(h) for h in hits if h.rank <= 1 and (h.place.kind == "district" or said_division(h) or names_area(h))}
    towns = [h for h in hits if h.place.kind in ("city", "village", "neighbourhood") and h.rank <= 1 and id(h) not in area]
    out: set[int] = set()
    for h in hits:
        if id(h) not in area:
            continue
        p = h.place
        if any(t.start > h.start and t.located and t.place.country == p.country and within(t.place, p)
               and norm(t.place.name) != norm(p.name) and not _owns(text, offset, h, t) for t in towns) \
                or any(t.start < h.start and t.rank <= 1 and t.place.country == p.country
                       and norm(t.place.name) != norm(p.name) and _owns(text, offset, t, h) for t in hits):
            out.add(id(h))
    return out


# between a place and the area it lies in, named after it: "Jhalod taluka in Dahod", "Mahliyah, Marib"
_OWNS = re.compile(r"\s*(?:[A-Za-z-]+\s+)?(?:of|in|,)\s*(?:the\s+)?$")


def _owns(text: str, offset: int, t: PlaceHit, h: PlaceHit) -> bool:
    """Does the text say `t` lies in `h`, named right after it ("Mahliyah, Marib")?"""
    return bool(_OWNS.match(text, (t.name_end or t.end) - offset, h.start - offset))


_OF = re.compile(r"(?:\s+(?:of|in)|\s*,)\s+(?:the\s+)?")  # "Khost area of Harnai", "Kapasia area in Rajshahi city", "Kasarani area, Eldoret"


def _within_owner(hits: list[PlaceHit], text: str, offset: int, pats: _Patterns,
                  context: dict[str, int]) -> list[PlaceHit]:
    """"Khost area of Harnai", "Kapasia area in Rajshahi city": a settlement said to lie in a town
    lies in the town's country, so its reading in a country the article names less (Khost,
    Afghanistan, in a report on Balochistan), or no more ("the Milano area of Malindi town": Milan
    counts for Italy as much as the Kenyan outlet for Kenya), is another place of that name, and is
    dropped; so is a reading far from the town, unless the town stands for its district or province
    and the reading lies in the same province ("Elwak town in Mandera District"). A city's neighbourhood
    owns as a town does: "Tilak Nagar area of Chembur" is Mumbai's, not Delhi's Tilak Nagar."""
    if pats.settlement_after is None:
        return hits
    drop = set()
    for h in hits:
        m = pats.settlement_after.match(text, (h.name_end or h.end) - offset)
        tail = _OF.match(text, m.end()) if m else None
        if tail is None:
            continue
        at = offset + tail.end()
        owner = next((o for o in hits if o.start == at), None)
        if owner is None or owner.place.kind == "country":
            continue
        owner_end = (owner.name_end or owner.end) - offset
        # the owner said to be a district ("Mandera District") may lie far from its own towns, but
        # not in another province
        as_area = bool(pats.division_after and pats.division_after.match(text, owner_end))
        if "," in tail.group() and (as_area or (pats.settlement_after and pats.settlement_after.match(text, owner_end))
                or norm(owner.place.admin1 or "") == norm(owner.place.name)):
            # after a comma only a town owns ("Kasarani area, Eldoret"), not a county or a province
            # ("Baragoi town, Samburu County", "Tuxtepec municipality, Oaxaca": the state, not its capital)
            continue
        other_province = bool(h.place.admin1 and owner.place.admin1) and h.place.admin1 != owner.place.admin1
        if owner.place.country != h.place.country:
            if context.get(owner.place.country or "", 0) >= context.get(h.place.country or "", 0):
                drop.add(id(h))
        elif h.place.kind in (*_TOWNS, "neighbourhood") and owner.place.kind in ("city", "neighbourhood") \
                and not (pats.region_after and pats.region_after.match(text, owner_end)) \
                and (not as_area or other_province) \
                and not _NAME_GOES_ON_AND.match(text, owner_end) \
                and km(h.place.lat, h.place.lon, owner.place.lat, owner.place.lon) > _OWNED_KM:
            drop.add(id(h))  # "Mercy Njeri area of Nakuru county": not Nyeri, 98 km off
    return [h for h in hits if id(h) not in drop]


def _owners(gz: Gazetteer, owner: str) -> list[Place]:
    """The places the words before a possessive name ("Hooghly's", "Pulwama district's")."""
    name = _POSSESSIVE.sub("", owner.strip())
    return [p for p in gz.lookup(name) if p.kind != "country"] if name else []


def _nearest_to_owner(place: Place, pool: list[Place], gz: Gazetteer, owner: str) -> Place:
    """Of the places of one name read after a possessive, the one nearest the owner's: "Sylhet's
    Companiganj" is the upazila near Sylhet, not its namesake in Noakhali."""
    owners = [p for p in _owners(gz, owner) if p.country == place.country]
    if len(pool) < 2 or not owners:
        return place
    return min(pool, key=lambda p: _area_km(p, owners))


_AREA_KM = 250  # a town said to be in a district or province lies within this of the area's point
_OWNED_KM = 90  # a settlement said to be an area of a town or a district lies within this of the town
_TWIN_KM = 15  # a village of a town's other name within this of the town is the town under that name
_SEAT_KM = 60  # a village named like the district it is said to be lies within this of the district's point
_CITY_KM = 30  # a part of a city ("the capital's Mohammadpur") lies within this of the city's point
_TOWNS = ("city", "village")  # the kinds of place that have namesakes to choose among
# (a division word may follow the first: "(Haveli district, AJK)", "(Ohaji/Egbema LGA, Imo)")
_AFTER = re.compile(rf"\s*(?:,|\()\s*({_NAME_OF_THREE})(?:\s+(?:[a-z]+|LGA|District|County))?"
                    rf"(?:\s*,\s*({_NAME_OF_THREE}))?")


def _description_after(h: PlaceHit, text: str, offset: int, pats: _Patterns) -> re.Match | None:
    """The names written after a town, past a settlement or division word: ", Chihuahua", " village
    (Barwani, Madhya Pradesh)", " district, Ghazni"; after the whole name when the town read is its
    first words ("Ceel Salini settlement (Afgooye, Lower Shabelle)" read as Ceel)."""
    for at in dict.fromkeys(((h.name_end or h.end) - offset, h.end - offset)):
        for _ in range(2):  # "Shahpur sector area (Poonch district, J&K)"
            word = (pats.settlement_after and pats.settlement_after.match(text, at)) or (
                pats.division_after and pats.division_after.match(text, at))
            at = word.end() if word else at
        m = _AFTER.match(text, at)
        if m:
            return m
    return None


def _described_towns(hits: list[PlaceHit], text: str, offset: int, pats: _Patterns,
                     kinds: tuple[str, ...] = _TOWNS) -> Iterator[tuple[PlaceHit, re.Match]]:
    """Each town or village (or place of `kinds`) read with the names written right after it
    (`_description_after`)."""
    for h in hits:
        if h.place.kind in kinds and (m := _description_after(h, text, offset, pats)) is not None:
            yield h, m


def _said_after(hits: list[PlaceHit], text: str, offset: int, gz: Gazetteer, pats: _Patterns) -> dict[int, list[Place]]:
    """The district and province written right after each town ("in Cuauhtemoc, Chihuahua",
    "Oleksandrivka (Donetsk)", "Pati village (Barwani, Madhya Pradesh)"), in a country of the town
    or of one of its namesakes, by the hit's id: areas for `_by_named_area` even when the parser
    took them for no place (a person, an organisation)."""
    out: dict[int, list[Place]] = {}
    for h, m in _described_towns(hits, text, offset, pats):
        countries = {h.place.country, *(p.country for p in h.alternatives)}
        # each name, else its first word ("Chihuahua State"); "Rafah (Rafah, North Sinai)": the district and the province
        for name in (n for n in (m.group(1), m.group(2)) if n):
            for cand in dict.fromkeys([name, name.split()[0]]):
                # (a province may share the town's name: "Santa Ana (Santa Ana)")
                found = [p for p in gz.lookup(cand) if p.kind in ("region", "district", "city") and p.country in countries
                         and (p.kind == "region" or norm(p.name) != norm(h.place.name))]
                if found:
                    out.setdefault(id(h), []).extend(found)
                    break
    return out


# where the description after a town ends: the province written last was a whole name, not the
# first words of a longer one ("Mato Grosso do Sul") nor one of a list ("in Kabul, Ghor, Laghman")
_SAID_END = re.compile(r"\s*(?:(?:state|province|region|oblast|governorate|department)\b\s*)?(?:[.);]|,\s*[a-z]|$)")
_LIST_GOES_ON = re.compile(r"\s*(?:,|\band\b|&)\s*[A-Z]")  # another name of a list follows
_OUTSIDE_KM = 200  # a town this far from the point of the province written after it is not in it


def _district_in_named_area(hits: list[PlaceHit], areas: list[Place], said: dict[int, list[Place]],
                            gz: Gazetteer) -> None:
    """"Sigor centre in West Pokot county", "Nasirabad, Balochistan": the town or village read lies
    outside the province the clause names or writes after it (a ward of Bomet, a town of Sindh), and
    a district of that very name lies inside it (West Pokot's Sigor constituency, Balochistan's
    Nasirabad district): the district is the place, at precision 2. Before `_outside_said_province`,
    which lets the province stand for a place the gazetteer lacks."""
    for h in hits:
        if h.place.kind not in _TOWNS:
            continue
        named = [a for a in areas if a.kind == "region"] + [a for a in said.get(id(h), ()) if a.kind == "region"]
        if not named or in_region(h.place, named):
            continue
        district = next((p for p in gz.lookup(h.place.name) if p.kind == "district"
                         and p.country == h.place.country and in_region(p, named)), None)
        if district is not None:
            _town_stands_for(h, district)


def _outside_said_province(hits: list[PlaceHit], said: dict[int, list[Place]], text: str, offset: int,
                           gz: Gazetteer, pats: _Patterns) -> None:
    """"Pisky, Donetsk" when the gazetteer's only Pisky lies in another oblast, 400 km off: the
    village meant is one it lacks, so the province written after the name stands for it (at its
    point, precision 3) rather than a namesake. Only for a town filed under a province by name, a
    province of the same kind, written whole and last, and a town far from its point."""
    filed = gz.filed_provinces
    for h in hits:
        if h.place.kind not in _TOWNS or not _filed(h.place) or (
                h.place.population >= _BIG_TOWN_POP and h.rank < _WEAK_RANK):
            # (a big town read by its name is itself, whatever province a note writes after it: "Mariupol,
            # Zaporizhia"; not one read by a slip of the keys: "Abadam LGA, Borno" is no Ibadan)
            continue
        provinces = [a for a in said.get(id(h), ()) if a.kind == "region" and a.country == h.place.country
                     and (a.country or "", norm(a.name)) in filed]
        if not provinces or in_region(h.place, provinces) or _area_km(h.place, provinces) < _OUTSIDE_KM:
            continue
        m = _description_after(h, text, offset, pats)
        if m and _SAID_END.match(text, m.end()):
            _province_stands_for(h, provinces[0])


def _town_stands_for(h: PlaceHit, town: Place) -> None:
    """A town or district near the place the gazetteer lacks is the hit's place, at precision 2."""
    h.place, h.precision, h.alternatives = town, 2, ()


def _province_stands_for(h: PlaceHit, province: Place) -> None:
    """The province written after a town the gazetteer lacks is the hit's place, at its point."""
    h.place, h.precision, h.rank, h.alternatives = province, 3, RANK["region"], ()


def _abroad_before_province(hits: list[PlaceHit], text: str, offset: int, gz: Gazetteer, pats: _Patterns,
                            context: dict[str, int]) -> None:
    """"Abr Badr area (Tuban, Lahij)": a town abroad (Tuban, Indonesia) written before a province
    of a country the article names is a place the gazetteer lacks there; the province stands for it
    (at its point, precision 3). So too a town of a country the article names written before a
    province of another ("Hajipir sector (Haveli district, AJK)" is no Haveli of India, "Adan Yabaal
    (Adan Yabaal, Middle Shabelle)" no Aden), when none of its namesakes lies in that country. In an
    article that names no country, the one country of the divisions in brackets stands for it."""
    for h, m in _described_towns(hits, text, offset, pats):
        countries = {h.place.country, *(p.country for p in h.alternatives if norm(p.name) == norm(h.place.name))}
        said = [(name, p) for name in (m.group(1), m.group(2)) if name for p in gz.lookup(name)]
        if any(p.kind in ("region", "district") and p.country in countries for _, p in said):
            continue  # "Analalava (Analalava, Sofia)": Madagascar's Sofia, not Bulgaria's
        # (for a town of a country the article names, the province's country must be named elsewhere
        # too, not only by that province: "Sofia" alone makes no Bulgarian story)
        # (in an article that names no country, the province's own: "Bara (Ansongo, Gao)" is no Bara of
        # Nigeria when Gao and Ansongo are Mali's)
        abroad = not context.get(h.place.country or "", 0)
        one_country = not context and len({p.country for _, p in said if p.kind in ("region", "district")}) == 1
        found = [p for name, p in said if p.kind == "region" and (one_country or (context.get(p.country or "", 0) and (
            abroad or context[p.country or ""] > len(re.findall(rf"\b{re.escape(name)}\b", text)))))]
        if found and (abroad or _SAID_END.match(text, m.end())):
            _province_stands_for(h, found[0])


def _abroad_before_town(hits: list[PlaceHit], text: str, offset: int, gz: Gazetteer, pats: _Patterns,
                        context: dict[str, int]) -> None:
    """"San Felix, Ciudad Guayana, Bolivar state": a town whose namesakes all lie in other countries than
    the one country every name written after it shares is a place the gazetteer lacks there; the town
    written right after it, read as a town or province there, stands for it (a town at precision 2, a
    province at 3). Not when the article names the town's country and not the other."""
    for h, m in _described_towns(hits, text, offset, pats):
        names = [n for n in (m.group(1), m.group(2)) if n]
        shared = set.intersection(*({p.country for p in gz.lookup(n) if p.kind in (*_TOWNS, "district", "region")}
                                    for n in names))
        countries = {h.place.country, *(p.country for p in h.alternatives)}
        if len(shared) != 1 or shared & countries:
            continue
        cc = next(iter(shared))
        if context and not context.get(cc, 0) and any(context.get(c or "", 0) for c in countries):
            continue
        # (the place after it read as one: "Barcelona, Ward 40" names a ward, not Ward, Arkansas)
        after = next((o.place for o in hits if o.start == offset + m.start(1) and o.place.country == cc), None)
        if after is not None and after.kind == "region":
            _province_stands_for(h, after)
        elif after is not None and after.kind == "city":
            _town_stands_for(h, after)


def _part_of_another_town(hits: list[PlaceHit], text: str, offset: int, pats: _Patterns) -> None:
    """"Loldia primary school in Kasarani, Naivasha": a part of a city (Nairobi's Kasarani) written
    before a town or district of its country that lies far from it is a part of that town the
    gazetteer lacks; the town stands for it (precision 2)."""
    for h, m in _described_towns(hits, text, offset, pats, kinds=("neighbourhood",)):
        if m.group(2) or _LIST_GOES_ON.match(text, m.end(1)):
            continue  # (not one of a list of towns: "at Salt Lake, Burdwan, Asansol and Seerampore")
        town = next((o.place for o in hits if o.start == offset + m.start(1) and o.place.kind in ("city", "district")
                     and o.place.country == h.place.country), None)
        if town is not None and km(h.place.lat, h.place.lon, town.lat, town.lon) > _CITY_KM:
            _town_stands_for(h, town)


def _by_named_area(hits: list[PlaceHit], areas: list[Place], gz: Gazetteer, said: dict[int, list[Place]] | None = None,
                   cued: Sequence[Place] = ()) -> None:
    """"El Salto, Jalisco", "Hyderabad (Sindh)": of several towns of one name, the one filed under
    the province the clause also names, and among those (or when none is) the nearest to the
    points of the areas it names, in place. `said`: the areas written right after each town (in
    which `gz` finds the town under a longer name too); `cued`: provinces the article's cues point
    to, a weaker hint than a province the clause names."""
    towns_named = [h.place for h in hits if h.place.kind in ("city", "district")]
    for h in hits:
        if h.place.kind not in _TOWNS or not h.alternatives:
            continue
        # only towns of the same main name: "Islamabad" is also an old name of Anantnag
        towns = [h.place, *(p for p in h.alternatives if norm(p.name) == norm(h.place.name))]
        # a town filed under the province the clause names ("Trindade, Pernambuco"), however far the
        # province's point lies from it; a province of the town's own name only when written after it
        # ("Santa Ana (Santa Ana)": "Kochi" alone also names a Japanese prefecture)
        named = [a for a in areas if norm(a.name) != norm(h.place.name)] + (said or {}).get(id(h), [])
        # else, when the town read is filed under another province, one filed under a province the
        # article's cues point to ("near Lozove" in a report of the OSCE's monitors in Donbas is not
        # Crimea's; a town whose province the gazetteer does not know may well lie in it)
        inside = [p for p in towns if in_region(p, named)]
        if not inside and (said or {}).get(id(h)):
            # "Zamora, Michoacan": the town of that name in the province written right after it may be
            # filed under a longer name (Zamora de Hidalgo), which only a town of it answers to
            inside = [p for p in gz.lookup(h.surface) if p.kind == "city" and in_region(p, said[id(h)])]
        if not inside and cued and _filed(h.place) and not in_region(h.place, cued):
            inside = [p for p in towns if in_region(p, cued)]
        if inside:
            towns = inside  # and among those, the nearest to the areas named, as below
            if h.place not in inside:
                h.place = max(inside, key=lambda p: (p.kind == "city", p.population))
        # a village of a national table also lies near the towns the clause names ("Gota area of Ahmedabad")
        # (and a town written right after it: "Shahpur sector (Poonch district, J&K)")
        pool = areas + [p for p in (said or {}).get(id(h), ()) if p.kind != "region"]
        pool += towns_named if h.place.kind == "village" else []
        others = [a for a in pool if norm(a.name) != norm(h.place.name)]  # not its own district
        if not others:
            continue
        dist = {id(p): _area_km(p, others) for p in towns}
        best = min(towns, key=lambda p: dist[id(p)])
        if h.place.kind == "city" and best.kind == "village" and dist[id(h.place)] <= _AREA_KM:
            continue  # "Vadodara (Vadodara, Gujarat)": the city in the state, not a village nearer its point
        if best is not h.place and dist[id(best)] <= _AREA_KM and dist[id(best)] < dist[id(h.place)] / 2:
            h.place = best


def _drop_far_villages(hits: list[PlaceHit], areas: list[Place], text: str, offset: int,
                       pats: _Patterns) -> list[PlaceHit]:
    """A village (of a national table: no population, many namesakes) far from every town, district
    and province the clause names is another village of that name: "Bhikhampur village, Pilibhit"
    is no Bhikhampur 400 km away, "Slavne, Donetsk" no Slavne of another oblast. So is a small town
    of another province than the one named, far from all it names, and a town the text calls a
    village ("Hamirpur village near Rapar town (Kachchh, Gujarat)" is no town of Uttar Pradesh). A
    village named alone stands, and so does one read after a possessive (found only by its owner:
    "Hooghly's Uttarpara")."""
    def village_like(h: PlaceHit) -> bool:
        return h.place.kind == "village" or (
            h.place.kind == "city" and bool(pats.village_after and pats.village_after.match(text, (h.name_end or h.end) - offset)))

    named = areas + [h.place for h in hits if h.place.kind in ("city", "district", "region") and not village_like(h)]

    def near(h: PlaceHit) -> bool:
        # a district the text says holds the village is smaller than a province: "Satbaria in
        # Brahmanbaria Sadar upazila" is no Satbaria 100 km off
        owner = [o.place for o in hits if o.place.kind == "district" and o.start > h.start
                 and _owns(text, offset, h, o)]
        return _area_km(h.place, owner or named) <= (_OWNED_KM if owner else _AREA_KM)

    def small_town_elsewhere(h: PlaceHit) -> bool:
        # a small town filed under another province than the one the clause (or the article's cues)
        # names is no likelier than a village: "herders killed in Samburu" is Samburu county, not the
        # Samburu of Kwale, 500 km off
        if h.place.kind != "city" or h.place.population >= _BARE_MIN_POP:
            return False
        others = [a for a in named if a is not h.place]
        return _in_other_region(h.place, others) and _area_km(h.place, others) > _AREA_KM

    return [h for h in hits if not (village_like(h) or small_town_elsewhere(h)) or h.inside
            or not [a for a in named if a.country == h.place.country]
            or in_region(h.place, named) or (near(h) and not _in_other_region(h.place, named))]


def _in_other_region(p: Place, areas: list[Place]) -> bool:
    """Is village `p`, filed under a province, said to be in another province of its country ("near
    Slavne, Donetsk" when the Slavne read is Dnipropetrovsk's, 150 km off)?"""
    return bool(p.admin1) and not in_region(p, areas) and any(a.kind == "region" and a.country == p.country
                                                                for a in areas)


def _filed(p: Place) -> bool:
    """Does the gazetteer know the province of `p` by name (not by GeoNames' code alone, "12")?"""
    return bool(p.admin1) and not PROVINCE_CODE.match(p.admin1 or "")


def in_region(p: Place, areas: list[Place]) -> bool:
    """Is town or village `p` in one of the provinces `areas` names? The gazetteer gives a town its
    province by name, and national tables a village its state; a big state's point may lie farther
    than `_AREA_KM` from its towns ("Maraiguda in Chhattisgarh")."""
    return bool(p.admin1) and any(a.kind == "region" and a.country == p.country and norm(a.name) == norm(p.admin1)
                                  for a in areas)


def _area_km(p: Place, areas: list[Place]) -> float:
    """How far town `p` is from the nearest of `areas` in its country."""
    return min((km(p.lat, p.lon, a.lat, a.lon) for a in areas if a.country == p.country), default=math.inf)


class _Patterns(NamedTuple):
    located: re.Pattern | None  # a preposition of place, maybe an article and a word or two, before a name
    named_after: re.Pattern | None  # a street, campus or camp word after a name
    people_after: re.Pattern | None  # "residents", "youths" after a sentence's capitalised first word
    modifier_after: re.Pattern  # "-based", " dollar": the name qualifies another thing and names no place
    division_after: re.Pattern | None  # "Safi tehsil", "Bara district": the name is a division's
    settlement_after: re.Pattern | None  # "Baniyani village", "Gota area": the name is a settlement's
    street_after: re.Pattern | None  # "Murree road": the name is a street's, named after a town elsewhere
    village_after: re.Pattern | None  # "Hamirpur village": the text says the place is a village
    away_after: re.Pattern | None  # "refugees", "raiders" after a nationality: people away from their country
    home_after: re.Pattern | None  # "police", "civilians" after a nationality: people at home
    body_words: re.Pattern | None  # "Municipal Corporation", "College": a body named after the town before it
    region_after: re.Pattern | None  # "state", "province": the division said is a first-level one
    division_before: re.Pattern | None  # "the district of", "the province of" before a name: a division's
    region_before: re.Pattern | None  # "the province of", "the state of": a first-level division's
    place_nouns: re.Pattern | None  # "Khost area", "the town of X": a name said to be a place's
    people_of: re.Pattern | None  # "community", "clan" (after one name or two): the name is a people's
    capital_owned: re.Pattern | None  # "the capital's": the name after it is a part of the article's capital
    preps: str  # prepositions and attack verbs before a place, longest first: "in front of the  mirpurkhas"
    # a capitalised name after a preposition of place or an attack verb, maybe past an article and a
    # lower-case word of place ("in rural Tell Abiad"); "In Noakhali, ...": the preposition may be capitalised
    named_after_prep: re.Pattern


def division_links(cfg: dict) -> str:
    """An optional pattern of the words that join a division word to its name, from the language's
    `division_links` ("province du Bam", "cercle de Tominian", "province de l'Oudalan"; English says
    "district of" in its `division_before`): elided ones ("d'", "l'") end without a space."""
    alts = [re.escape(w).replace("'", "['’]") + ("" if w.endswith(("'", "’")) else r"\s+")
            for w in sorted(cfg.get("division_links") or (), key=len, reverse=True)]
    return f"(?i:{'|'.join(alts)})?" if alts else ""


@cache
def _patterns(lang: str) -> _Patterns:
    """The language's place patterns, compiled once (find_places runs for every clause)."""
    cfg = load(lang, "places")

    def words(*keys: str, keep=lambda w: True) -> str:
        """The words of these lists as one alternation, longest first ("in front of" before "in")."""
        listed = [w for key in keys for w in cfg.get(key) or []]
        return "|".join(re.escape(w) for w in sorted(listed, key=len, reverse=True) if keep(w))
    firsts = {w.lower() for w in cfg.get("region_after") or ()}
    region_before = words("division_before", keep=lambda w: w.split()[0].lower() in firsts)
    link = division_links(cfg)
    return _Patterns(
        re.compile(rf"(?i:\b(?:{words('located_preps')}))\s*(?:(?i:the|la|le|les|l['’])\s+)?"
                   + (rf"(?:(?i:{words('located_modifiers')})\s+)?" if cfg.get("located_modifiers") else "")
                   + r"(?:[A-Z][\w'’-]*\s+){0,2}$") if cfg.get("located_preps") else None,
        re.compile(cfg["named_after"]) if cfg.get("named_after") else None,
        re.compile(rf"\s+(?:(?i:{words('people_modifiers')})\s+)?(?i:{words('people_after')})\b")
        if cfg.get("people_after") else None,
        re.compile(cfg["modifier_after"], re.I) if cfg.get("modifier_after") else _BASED,
        re.compile(rf"\s+(?i:{words('division_after')})\b") if cfg.get("division_after") else None,
        re.compile(rf"\s+(?i:{words('settlement_after')})\b") if cfg.get("settlement_after") else None,
        re.compile(rf"\s+(?i:{words('street_after')})\b") if cfg.get("street_after") else None,
        re.compile(rf"\s+(?i:{words('village_after')})\b") if cfg.get("village_after") else None,
        re.compile(rf"\w*[\s-]+(?i:{words('away_after')})\b") if cfg.get("away_after") else None,
        re.compile(rf"\w*\s+(?i:{words('home_after')})\b") if cfg.get("home_after") else None,
        re.compile(rf"\s(?:\S+\s)*?(?i:{words('body_words')})\b") if cfg.get("body_words") else None,
        re.compile(rf"\s+(?i:{words('region_after')})\b") if cfg.get("region_after") else None,
        re.compile(rf"\b(?i:{words('division_before')})\s+{link}$") if cfg.get("division_before") else None,
        re.compile(rf"\b(?i:{region_before})\s+{link}$") if region_before else None,
        re.compile(cfg["place_nouns"]) if cfg.get("place_nouns") else None,
        re.compile(rf"(?:\s*(?:,|&|\band\b)\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s+(?i:{words('people_of')})\b") if cfg.get("people_of") else None,
        re.compile(rf"\b(?i:{words('capital_owned')})\s+({_CAP.pattern})") if cfg.get("capital_owned") else None,
        words("place_preps", "place_verbs"),
        re.compile(rf"\b(?i:{words('place_preps', 'place_verbs')})\s+(?:la |le |les |l['’]|the )?"
                   + (rf"(?:(?:{mods})\s+)?" if (mods := words("located_modifiers", keep=str.islower)) else "")
                   + rf"({_CAP.pattern})"),
    )


def _country_of_phrase(gz: Gazetteer, lang: str, m: re.Match) -> str | None:
    """The country a capital phrase names: by its name ("Kenya's", "of Mali") or its nationality
    word ("Iraqi", "irakienne": a French feminine is read as its masculine)."""
    groups = m.groupdict()
    for g in ("country", "country2"):
        if groups.get(g) and (cc := gz.country_code(groups[g])):
            return cc
    nat = groups.get("nat")
    if not nat:
        return None
    of = _nationality_countries(lang)
    return next((of[n] for n in (norm(nat), norm(nat[:-2]), norm(nat[:-1])) if n in of), None)


@cache
def _nationality_countries(lang: str) -> dict[str, str]:
    """The language's nationality adjectives, folded ("somali"), and the country of each."""
    return {norm(str(w)): cc for w, cc in (load(lang, "nationalities") or {}).items()}


@cache
def _nationality_words(lang: str) -> frozenset[str]:
    """The language's nationality adjectives, folded ("somali")."""
    return frozenset(_nationality_countries(lang))


def preceded_by(text: str, start: int, words: tuple[str, ...], span: int = 24) -> bool:
    """Does the text just before `start` end with one of `words` (lower-cased)? "near the border
    with Somalia": a place said to lie across a border from where it happened."""
    before = text[max(0, start - span):start].lower().rstrip()
    return any(before.endswith(w) for w in words)


def modifier_pattern(lang: str) -> re.Pattern:
    """What after a place's name makes it qualify another thing ("-based", " dollar"), in `lang`."""
    return _patterns(lang).modifier_after


def away_pattern(lang: str) -> re.Pattern | None:
    """People after a nationality who are away from their country ("Somali refugees", "Ethiopian
    raiders"), in `lang`: the adjective says who they are, not where the article's story is."""
    return _patterns(lang).away_after


def home_pattern(lang: str) -> re.Pattern | None:
    """People after a nationality who are at home ("Kenyan police", "Kenyan civilians"), in `lang`: the
    adjective says where the story is, more surely than that of who came from abroad ("Tanzanian
    gunmen attack and kill 2 Kenyan civilians")."""
    return _patterns(lang).home_after


def _town(p: Place, context: dict[str, int], only_reading: bool = False) -> bool:
    """A town; a village of a national table in a country the article is about; or a neighbourhood
    of a city there (or, in an article that names no country, a neighbourhood whose name means
    nothing else: "Mathare")."""
    if p.kind == "city":
        return True
    if p.kind == "village":
        return context.get(p.country or "", 0) > 0
    return p.kind == "neighbourhood" and (context.get(p.country or "", 0) > 0 or (not context and only_reading))


def _plausible(p: Place, written: str, context: dict[str, int], truncated: bool, named_after: bool,
               alone: bool = False, twinned: bool = False) -> bool:
    """Is town `p` a likely reading of the name `written`? A town in a country the article names
    always is. Elsewhere (or when the article names no country) doubts add up: a small town is more
    likely a misread word ("FAMa" -> Fama, Brazil) than news, all the more under another of its
    names; an acronym is a group ("BLA" is not Bla, Mali); the first word of a longer name is not
    the name ("Mir Ali" is not Mir, Belarus), and never abroad in an article that names a country;
    a name before "Avenue" or "University" honours a person or a town abroad ("Moi Avenue")."""
    if context.get(p.country or "", 0):
        return True
    if written.isupper() and len(written) > 1 and not p.name.isupper():
        return False
    if named_after:
        return False
    if truncated and (context or p.population < _TRUNCATED_MIN_POP):
        # the first words of a longer name abroad: a big town only when the article names no country
        # ("Rio Messalo" in a report on Mozambique is no Rio de Janeiro)
        return False
    if not _same_spelling(p.name, written) and not twinned \
            and 0 < p.population < (_FOREIGN_ALT_MIN_POP if context else _FOREIGN_MIN_POP):
        # a town abroad known by another name ("Kashmir" is also Cashmere, Washington; "Gulshan",
        # a Dhaka neighbourhood, is an old name of Tabas, Iran): in an article about another
        # country only a city known worldwide by several names ("Kiev", "Bombay") is the reading
        return False
    # GeoNames gives no population for some towns (Parachinar): unknown is not small when the article
    # names no country; in an article about another country it is no sizeable town abroad ("Bara
    # district" in a Nepali report is no Bara of Nigeria) unless the only town of that name, said to be
    # where it happened, of a fair size (`alone`)
    return not context or p.population >= (_ALONE_MIN_POP if alone and not truncated else _FOREIGN_MIN_POP)


def _same_spelling(name: str, written: str) -> bool:
    """One name, written alike or with one vowel for another ("Al-Hasakeh", "Al Hasakah"): a spelling,
    not another of the town's names."""
    a, b = norm(name), norm(written)
    if a == b:
        return True
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and set(diff[0]) <= set("aeiou")


@cache
def not_place_names(lang: str) -> frozenset[str]:
    """Words that GeoNames also knows as places but that, alone, name a month, a weekday, a
    direction, a weapon or a building in this language (from its date, place and weapon resources):
    "in March", "North" (a region of Cameroon), "Grenade" (Grenada in French), "Mine", "University"."""
    dates, places, weapons = load(lang, "dates"), load(lang, "places"), load(lang, "weapons")
    words = [w for ws in weapons.values() if isinstance(ws, list) for w in ws if " " not in w]
    return frozenset(w.lower() for w in [*dates["months"], *dates["weekdays"], *places["directions"], *words,
                                         *places.get("not_names", ())])


_POSSESSIVE = re.compile(r"['’]s$")
# a compass word before a name: the name without it is tried after the whole ("North Kashmir" -> Kashmir)
_DIRECTION = re.compile(r"(?i:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?")
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,}\)?\s+$")  # "AWP Lahore", "(AWP) Lahore": a party's branch of the town
_ACRONYM_LED = re.compile(r"[A-Z]{2,}-[a-z]+")  # "BJP-ruled", "TMC-backed": a party's compound before a name
# "Lahan-1", "Mirpur-10", "Zolote-5": a ward, sector or numbered quarter of the town before the number
_NUMBERED = re.compile(r"([A-ZÀ-Ý][^\W\d_]{2,})[-–]\d{1,2}")
_HYPHENED = re.compile(r"([A-ZÀ-Ý][\w'’]{2,})[-–]([A-ZÀ-Ý][\w'’]{2,})")


def _candidate_spans(surface: str, not_names: frozenset[str] = frozenset(),
                     after_acronym: bool = False, features: frozenset[str] = frozenset(),
                     localities: frozenset[str] = frozenset()) -> list[tuple[int, str, str]]:
    """(offset in `surface`, candidate name, how): the surface without a leading article, then without
    its trailing words ("Gao mardi" -> "Gao"); with `after_acronym`, when it opens with a party's or
    group's acronym, also its last words ("ODM Nairobi" names Nairobi; "Ahrar al Sham" does not
    name Damascus). Never a word of `not_names` alone ("in March", "North").

    `how` is "whole" for those, and tells the weaker readings tried after them: "owned", the name
    after a possessive, then "owner", the name before it ("Chhattisgarh's Sukma district", "Phnom
    Penh's Chbar Ampov"; "Cox's Bazar" is whole); "part", a town of a hyphened pair ("the
    Kikuyu-Dagoretti road"); "route", the first end, of several words, of a hyphened pair ("the Mau
    Narok-Nairobi road"); "feature", the name after a feature word ("Lake Naivasha", "Fort Kochi").
    With `localities` (settlement words), the name after one inside the surface is read as owned by
    what comes before ("Pir Colony Peshawar", "Kot Sultan Tehsil Kulachi")."""
    # a lower-case French article or "the" goes; a capitalised "La", "Le" is part of the name ("La Paz")
    lead = re.match(r"\s*(?:(?:la|le|les|l['’]|[Tt]he)\s+)?", surface).end()
    words = [(lead + w.start(), lead + w.end()) for w in re.finditer(r"\S+", surface[lead:])]
    spans = [(words[0][0], words[n - 1][1], "whole") for n in range(len(words), 0, -1)] if words else []
    if words and _POSSESSIVE.search(surface[words[-1][0]:words[-1][1]]):  # "on Lahore’s environment"
        spans.insert(1, (words[0][0], words[-1][1] - 2, "whole"))
    if words and (m := _NUMBERED.fullmatch(surface, words[-1][0], words[-1][1])):
        spans.insert(1, (words[0][0], m.end(1), "whole"))
    if len(words) > 1 and (m := _HYPHENED.fullmatch(surface, words[-1][0], words[-1][1])):
        # "the Mau Narok-Nairobi road": a road's two ends, the first a name of several words
        spans.insert(1, (words[0][0], m.end(1), "route"))
    poss = [k for k, (a, b) in enumerate(words[:-1]) if _POSSESSIVE.search(surface[a:b])]
    if poss:
        k = poss[-1]
        spans = [sp for sp in spans if sp[1] > words[k][1]] \
            + [(words[k + 1][0], words[j][1], "owned") for j in range(len(words) - 1, k, -1)] \
            + [(words[0][0], words[k][1] - 2, "owner")] + [(a, b, "owner") for a, b, _ in spans if b <= words[k][0]]
    first = surface[words[0][0]:words[0][1]] if words else ""
    inner = [k for k in range(1, len(words) - 1) if surface[words[k][0]:words[k][1]].lower() in localities]
    if inner and not poss:
        spans += [(words[inner[-1] + 1][0], words[j][1], "owned") for j in range(len(words) - 1, inner[-1], -1)]
    if after_acronym and len(words) > 1 and first.isupper() and len(first) > 1:
        # "ODM Nairobi": the last words; "JI Karachi Chapter": the words after the acronym, then fewer
        spans += [(words[k][0], words[-1][1], "whole") for k in range(1, len(words))]
        spans += [(words[1][0], words[j][1], "whole") for j in range(len(words) - 2, 0, -1)]
    if words and (m := _HYPHENED.fullmatch(first)):
        spans += [(words[0][0] + m.start(g), words[0][0] + m.end(g), "part") for g in (1, 2)]
    if len(words) > 1 and first.lower().rstrip(".") in features:  # never the feature word alone ("Lake")
        spans = spans[:1] + [(words[1][0], words[n - 1][1], "feature") for n in range(len(words), 1, -1)] + [
            sp for sp in spans[1:] if sp[:2] != words[0]]
    out = [(a, surface[a:b], how) for a, b, how in spans if surface[a:b].lower() not in not_names]
    if len(words) > 1 and (_DIRECTION.fullmatch(first) or (after_acronym and _ACRONYM_LED.fullmatch(first))):
        # "Northwest Delhi's Adarsh Nagar", "North Kashmir"; "the BJP-ruled Nagpur Corporation"
        at = words[1][0]
        out += [(at + a, c, how) for a, c, how in _candidate_spans(surface[at:], not_names, after_acronym, features)]
    return out


def _candidates(surface: str, not_names: frozenset[str] = frozenset()) -> list[str]:
    return [c for _, c, _ in _candidate_spans(surface, not_names)]


class _KeepLenFold(dict):
    """str.translate table, filled as characters are met: each character's accent-free lower-case
    base letter, or a space for what is no letter or digit."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        d = unicodedata.normalize("NFKD", c)
        base = ("".join(x for x in d if not unicodedata.combining(x)) or c)[0]
        self[code] = out = base.lower() if base.isalnum() else " "
        return out


_FOLD = _KeepLenFold()


def norm_keep_len(text: str) -> str:
    """Lower-case, accent-free copy of `text` with the same length (so offsets still point in)."""
    return text.translate(_FOLD)


_FUZZY_MIN_RATIO = 0.82  # how alike the two spellings must be, besides sharing a skeleton
_FUZZY_SHORT_RATIO = 0.85  # ... when the skeleton has fewer than 3 consonants ("Ar-Raqqa")


def _spelled_otherwise(gz: Gazetteer, written: str, context: dict[str, int]) -> list[Place]:
    """Towns and districts of the article's countries whose name is another transliteration of
    `written` (GeoNames has "Nasiriyah", the note "Nassriya"): same skeleton, and alike enough
    letter for letter. Never abroad: a foreign near-spelling is more often a person or a word."""
    if not context or len(written) < 4 or not written[:1].isupper():
        return []
    sk = skeleton(written)
    if len(sk) < 2:
        return []
    least = _FUZZY_MIN_RATIO if len(sk) >= 3 else _FUZZY_SHORT_RATIO
    w = unarticled(written)
    out = []
    for i in gz.skeletons.get(sk, ()):
        p = gz.places[i]
        name = unarticled(p.name)
        # the same first letter: "Indian" is no spelling of Hindaun
        # (written apart or as one word: "Moe Nyin" is Mohnyin)
        if context.get(p.country or "", 0) and name[:1] == w[:1] and max(
                SequenceMatcher(None, w, name).ratio(),
                SequenceMatcher(None, w.replace(" ", ""), name.replace(" ", "")).ratio()) >= least:
            out.append(p)
    return out


_SLIP_MOVED_MIN_LEN = 8  # a name with one letter moved is read as a slip only when it is this long


def _mistyped(gz: Gazetteer, written: str, context: dict[str, int]) -> list[Place]:
    """Towns of the article's countries whose name `written` is one slip of the keys away from: one
    letter left out, added, changed or moved ("Dehadrun", "Chandigash", "Nakurus"), with the first
    letter kept. Only districts and sizeable towns (`Gazetteer.slips`, by country, letter and length)."""
    w = norm(written)
    if len(w) < SLIP_MIN_LEN or not w.isascii():
        return []
    out = [i for cc, n in context.items() if n > 0 for size in (len(w) - 1, len(w), len(w) + 1)
           for name, i in gz.slips.get((cc, w[0], size), ()) if _one_slip(w, name)]
    return [gz.places[i] for i in dict.fromkeys(out)]


def _one_slip(a: str, b: str) -> bool:
    """Are `a` and `b` (not equal) one slip apart: a letter left out, added, changed, or moved
    ("dehadrun" for "dehradun": the same word once one letter is taken from each)? Compared from the
    first letter that differs, which most names of the band reach at once."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    k = 0
    while k < len(a) and a[k] == b[k]:
        k += 1
    if len(a) < len(b):
        return a[k:] == b[k + 1:]  # a letter left out
    if a[k + 1:] == b[k + 1:]:
        return True  # a letter changed
    if a[k + 2:] == b[k + 2:] and a[k] == b[k + 1] and a[k + 1] == b[k]:
        return True  # two neighbours swapped
    if len(a) < _SLIP_MOVED_MIN_LEN:
        return False
    # a letter moved ("dehadrun"), in a name long enough that this is no other word: between the
    # common start and the common end, one is the other with its first or last letter moved across
    n, m = len(a), 0
    while a[n - 1 - m] == b[n - 1 - m]:
        m += 1
    return a[k + 1:n - m] == b[k:n - m - 1] or a[k:n - m - 1] == b[k + 1:n - m]


_FAC_CACHE: dict[int, tuple[re.Pattern, frozenset[int]]] = {}


def _facility_ids(gz: Gazetteer) -> frozenset[int]:
    return _facility_state(gz)[1]


def _facility_pattern(gz: Gazetteer) -> re.Pattern:
    return _facility_state(gz)[0]


def _facility_state(gz: Gazetteer) -> tuple[re.Pattern, frozenset[int]]:
    key = id(gz) + len(gz.places)
    if key not in _FAC_CACHE:
        ids = frozenset(gz.facilities)
        keys = sorted(gz.facility_keys, key=len, reverse=True)
        pat = re.compile(r"(?<![a-z0-9])(" + "|".join(re.escape(k) for k in keys) + r")(?![a-z0-9])") if keys \
            else re.compile(r"(?!x)x")
        _FAC_CACHE[key] = (pat, ids)
    return _FAC_CACHE[key]


def _facility_by_name(gz: Gazetteer, name: str, kind: str, context: dict[str, int]) -> Place | None:
    """"aéroport de Gao" -> the main airport of the city Gao resolves to (by country context)."""
    direct = [p for p in gz.lookup(name) if p.kind in ("airport", "base")]
    if direct:
        return _pick(direct, context)
    for cand in _candidates(name):
        # (a town abroad only when the article names no country: "the proposed Greenfield International
        # airport at Bhogapuram" in an Indian report is no airport near Greenfield, Indiana)
        city = _pick([p for p in gz.lookup(cand) if p.kind == "city" and (not context or context.get(p.country or "", 0))],
                     context)
        if city is None:
            continue
        best, best_d = None, _FACILITY_KM
        for p in _airports_near(gz, city):
            if kind == "airport" and p.kind != "airport":
                continue
            d = km(city.lat, city.lon, p.lat, p.lon)
            bonus = 0 if "international" in p.name.lower() else 25
            if d + bonus < best_d:
                best, best_d = p, d + bonus
        if best:
            return best
    return None


_FACILITY_KM = 60.0  # how far from the town an airport or base named after it may lie
_AP: dict[int, dict[str, tuple[list[float], list[Place]]]] = {}


def _airports_near(gz: Gazetteer, city: Place) -> list[Place]:
    """The airports and bases of the town's country whose latitude lies within _FACILITY_KM of it
    (sorted by latitude once, so a town in a country of thousands of airfields reads a handful)."""
    key = id(gz)
    if key not in _AP:
        by: dict[str, list[Place]] = {}
        for p in gz.places:
            if p.kind in ("airport", "base"):
                by.setdefault(p.country or "", []).append(p)
        _AP[key] = {cc: ([p.lat for p in ps], ps) for cc, ps in
                    ((cc, sorted(ps, key=lambda p: p.lat)) for cc, ps in by.items())}
    lats, places = _AP[key].get(city.country or "", ([], []))
    band = _FACILITY_KM / 111.0  # km() is on a sphere, where a degree of latitude is 111.2 km
    return places[bisect_left(lats, city.lat - band):bisect_right(lats, city.lat + band)]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def to_location(hit: PlaceHit | None, gz: Gazetteer, fallback_country: str | None = None) -> Location:
    """A PlaceHit as the spec's Location; with no hit, the article's main country at precision 3. A
    place known only as its country is shown at the capital (a province is at its seat): ACLED's
    convention for a national-level report, and a point on a map that means something, where the
    middle of the country's towns may be a desert."""
    if hit is None:
        if fallback_country and fallback_country in gz.country_box:
            lat, lon = gz.capitals.get(fallback_country) or gz.country_box[fallback_country][:2]
            return Location(name=gz.country_label.get(fallback_country), surface=None, country=fallback_country,
                            lat=round(lat, 4), lon=round(lon, 4), geo_precision=3)
        return Location(geo_precision=3)
    p = hit.place
    lat, lon = (gz.capitals.get(p.country or "") if p.kind == "country" else None) or (p.lat, p.lon)
    return Location(name=p.name, surface=hit.surface, admin1=p.admin1 if _filed(p) else None,
                    country=p.country, lat=round(lat, 4), lon=round(lon, 4), geo_precision=hit.precision)
