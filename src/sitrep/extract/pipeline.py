"""The whole extraction for one article, as one pure function over typed records."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import cache

from spacy.tokens import Doc

from sitrep.extract.incidents import build_events
from sitrep.extract.lexicon import get_lexicon
from sitrep.extract.mentions import mentions_in_doc
from sitrep.extract.quotes import find_quotes
from sitrep.geo.gazetteer import Gazetteer, country_cues, cued_provinces, load_gazetteer, norm
from sitrep.geo.outlets import home_territories, publisher_countries, publisher_country
from sitrep.geo.resolve import (
    away_pattern,
    division_links,
    home_pattern,
    modifier_pattern,
    not_place_names,
    preceded_by,
)
from sitrep.lang import SUPPORTED, load
from sitrep.model import Article, Document
from sitrep.nlp import get_nlp

_SHARED_OUTLET = 0.5  # the weight of each country of a shared outlet name in the country context
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{3}\.)\s+")  # "Nairobi. Their": not "U.S. Army", "St. Louis"
_NAME_RUN = re.compile(r"\b[A-ZÀ-Ý][\w'’.-]*(?:[ -](?:du |de |des |of |the )?[A-ZÀ-Ý][\w'’.-]*)*")
_COMMA_NAME = re.compile(r",\s*([A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?)")  # ", Bahia"


@cache
def _nationalities() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern for the nationality adjectives of every supported language (with FR/EN endings)."""
    country_of = {adj: cc for lang in SUPPORTED for adj, cc in get_lexicon(lang).nationalities.items()
                  if cc and len(adj) > 3}
    alt = "|".join(re.escape(a) for a in sorted(country_of, key=len, reverse=True))
    return re.compile(rf"\b({alt})(?:e|s|es|nes|ne)?\b", re.I), country_of


@cache
def _not_names() -> frozenset[str]:
    """Month, weekday, direction and weapon words of every language: never a country or a region
    ("North" is a region of Cameroon, "Grenade" is Grenada in French)."""
    return frozenset(norm(w) for lang in SUPPORTED for w in not_place_names(lang))


@cache
def _name_leads() -> frozenset[str]:
    """Words that begin a capitalised run without being part of a name: "The", "All", "Les", and the
    directions ("East Delhi Municipal Corporation")."""
    return frozenset(w.lower() for lang in SUPPORTED for key in ("name_leads", "directions")
                     for w in load(lang, "places").get(key, []))


def _every_language(key: str) -> list[str]:
    """The words every language's places.yaml lists under `key`."""
    return [w for lang in SUPPORTED for w in load(lang, "places").get(key, [])]


@cache
def _divisions() -> tuple[re.Pattern, re.Pattern]:
    """Division words of every language: after a name ("Daman district") and before it ("district de
    Daman", "the province of Khanh Hoa")."""
    after, before = _every_language("division_after"), _every_language("division_before")
    links = division_links({"division_links": _every_language("division_links")})
    return (re.compile(rf"\s+(?:{'|'.join(map(re.escape, after))})\b", re.I),
            re.compile(rf"\b(?:{'|'.join(map(re.escape, before))})\s+{links}$", re.I))


@cache
def _region_after() -> re.Pattern:
    """Words after a name that make it a first-level division's ("Bolivar state"), of every language."""
    return re.compile(rf"\s+(?:{'|'.join(map(re.escape, _every_language('region_after')))})\b", re.I)


def _said_division(text: str, start: int, end: int) -> bool:
    after, before = _divisions()
    return bool(after.match(text, end) or before.search(text[max(0, start - 30):start]))


def _division_country(text: str, end: int) -> str | None:
    """The one country whose word for a division follows position `end` ("upazila": BD), if any,
    also capitalised as part of the name ("Safi Tehsil")."""
    m = re.match(r"\s+([\w-]+)", text[end:end + 30])
    if m is None:
        return None
    cue_country = country_cues()[1]
    return cue_country.get(m.group(1)) or cue_country.get(m.group(1).lower())


def country_context(text: str, gz: Gazetteer, regions: Counter | None = None, lang: str | None = None,
                    home: str | None = None, capitals: bool = True) -> Counter:
    """How often each country is named in the article: the context that disambiguates place names
    ("Tripoli" in an article about Lebanon), and the country of an event whose place is not named.

    Counted: country names (capitalised, one to four words), nationality adjectives ("Israeli air
    defences"), first-level subdivisions that belong to one country only ("Tamil Nadu", "Lamu"),
    districts said to be one ("Dharwad district") that only one country has, and the parties, armed
    groups and communities of geo/data/country_cues.yaml ("ODM", "Tatmadaw"), and, with `capitals`,
    capitals no place abroad shares a name with ("Zimmerman, Nairobi"), not inside a longer name
    ("the Ouagadougou Centre" in Sirte): an outlet's "(London)" says where it is, not its story.

    `regions`, when given, counts those first-level subdivisions themselves (their region places),
    also where they are only part of a name ("the Punjab Roadways employees' union"). With `lang`, a
    name that qualifies another thing ("Saudi-led coalition", "the US dollar") or lies across a border
    ("near the border with Somalia") is not counted. With `home` (the publisher's country), a
    province abroad whose name is also a place at home is not counted: a Kenyan daily's "Saku" is
    the constituency, not Estonia's parish.
    """
    counts: Counter = Counter()
    modifier = modifier_pattern(lang) if lang else None
    away = away_pattern(lang) if lang else None
    beyond = get_lexicon(lang).not_country_words if lang else ()
    pattern, country_of = _nationalities()
    at_home = home_pattern(lang) if lang else None
    for m in pattern.finditer(text):
        # a nationality of people at home counts twice: the police and the villagers of a story
        # are where it happened, the gunmen may have come from across the border ("a Kenyan refugee
        # camp" is at home, "Somali refugees" are not)
        if at_home and at_home.match(text, m.end(1)):
            counts[country_of[m.group(1).lower()]] += 2
        elif modifier is None or not (modifier.match(text, m.end(1)) or (away and away.match(text, m.end(1)))):
            counts[country_of[m.group(1).lower()]] += 1
    cues, cue_country = country_cues()
    for m in cues.finditer(text):
        counts[cue_country[m.group(1)]] += 1
    leads = _name_leads()
    for m in _NAME_RUN.finditer(text):
        # a country's name anywhere in the run, longest first ("Deputy Chief Justice of Kenya", "All
        # India Jat Mahasabha", "Kenyas capital": a possessive written without its apostrophe); a
        # division's only after nothing but lead words and countries ("The Mombasa Technical
        # University", "Kenyas Lamu coastal region"): inside a name it is often another thing's part
        # ("Lok Sabha" is no Libyan Sabha, "New Hanover" no Jamaican Hanover)
        # (a sentence ends the run: "in the Eastleigh area or Nairobi. Their affiliation ...")
        breaks = list(_SENTENCE_END.finditer(text, m.start(), m.end()))
        for start, end in zip([m.start()] + [b.end() for b in breaks], [b.start() for b in breaks] + [m.end()],
                              strict=True):
            found = list(re.finditer(r"\S+", text[start:end]))
            words, offsets = [w.group(0) for w in found], [start + w.start() for w in found]
            i, divisions = 0, True
            while i < len(words):
                n, what = _name_at(words, i, text, offsets[i], gz, counts, regions, divisions, modifier, beyond, home,
                                   capitals)
                divisions = what == "country" or (divisions and not n and words[i].lower() in leads)
                i += n or 1
    return counts


def _name_at(words: list[str], i: int, text: str, start: int, gz: Gazetteer, counts: Counter,
             regions: Counter | None, divisions: bool = True, modifier: re.Pattern | None = None,
             beyond: tuple[str, ...] = (), home: str | None = None, capitals: bool = True) -> tuple[int, str | None]:
    """Count the longest country (or, with `divisions`, one-country division) name starting at
    words[i]; its length in words and what it named."""
    not_names = _not_names()
    for n in range(min(4, len(words) - i), 0, -1):
        name = " ".join(words[i:i + n])
        key = norm(name)
        if key in not_names or (n == 1 and key in _nationalities()[1]):
            return 0, None  # "Somali refugees": the nationality counted above, not Ethiopia's Somali Region
        cc = gz.country_names.get(key)
        if cc is None and n == 1 and key.endswith("s"):
            cc = gz.country_names.get(key[:-1])  # "Kenyas capital"
        if cc and len(name) > 3 and _town_of_province_after(name, text, start + len(name), gz, cc):
            return n, None  # "in Salvador, Bahia": Bahia's town, not El Salvador
        if cc and len(name) > 3:
            qualifies = modifier is not None and modifier.match(text, start + len(name))
            if not (qualifies or preceded_by(text, start, beyond)):
                counts[cc] += 1
            return n, "country"
        if not divisions:
            continue
        named = [gz.places[k] for k in gz.index.get(key, ())]
        if named and _town_goes_on(words, i, n, gz, {p.country for p in named}):
            # "Porto Alegre", "Qala I Naw": the longer name is a town abroad, not the division ("Gujarat
            # University" still names Gujarat's country)
            return 0, None
        in_one = {p.country for p in named if p.kind == "region"}
        if home and in_one and home not in in_one and any(p.country == home for p in named):
            return n, None  # a place at home of a province's name abroad: the home one, counted by nobody
        if len(in_one) == 1 and len(name) > 3:
            counts[in_one.pop()] += 1
            if regions is not None:
                regions[next(p for p in named if p.kind == "region")] += 1
            return n, "division"
        # a district said to be one ("Dharwad district", "district de Kidal") that only one country has
        # (not a county when a state is said and several countries have one of that name: "Bolivar state")
        districts = {p.country for p in named if p.kind == "district"}
        if in_one and _region_after().match(text, start + len(name)):
            districts = set()
        if len(districts) == 1 and len(name) > 3 and _said_division(text, start, start + len(name)) \
                and _division_country(text, start + len(name)) in (None, *districts):
            # (not when the word for the division is another country's: "Raipur upazila" is Bangladeshi)
            counts[districts.pop()] += 1
            return n, "division"
        capital_of = gz.capital_names.get(key) if capitals and i + n == len(words) else None
        if capital_of and not (modifier is not None and modifier.match(text, start + len(name))):
            counts[capital_of] += 1  # "Zimmerman, Nairobi": a capital no place abroad shares a name with
            return n, "division"
    return 0, None


def _town_of_province_after(name: str, text: str, end: int, gz: Gazetteer, cc: str) -> bool:
    """Is the country's name at text[:end] followed by ", <province>" of another country that has a
    town of that name ("Salvador, Bahia", "Jordan, Minnesota")?"""
    m = _COMMA_NAME.match(text, end)
    if not m:
        return False
    provinces = {p.country for p in gz.lookup(m.group(1)) if p.kind == "region"} - {cc}
    return any(p.kind == "city" and p.country in provinces for p in gz.lookup(name))


def _town_goes_on(words: list[str], i: int, n: int, gz: Gazetteer, countries: set[str | None]) -> bool:
    """Do the words after words[i:i + n] carry on the name of a town of none of these countries
    ("Porto" of "Porto Alegre")?"""
    for k in range(min(4, len(words) - i), n, -1):
        if any(gz.places[x].kind in ("city", "village") and gz.places[x].country not in countries
               for x in gz.index.get(norm(" ".join(words[i:i + k])), ())):
            return True
    return False


def extract_doc(article: Article, doc: Doc, gz: Gazetteer | None = None) -> Document:
    """Events and quotes of an article whose text is already parsed (runners batch the parsing)."""
    gz = gz or load_gazetteer()
    lex = get_lexicon(article.language)
    published = date.fromisoformat(article.published) if article.published else None
    quotes, speech = find_quotes(doc, lex)
    regions: Counter = Counter()
    home = publisher_country(article.publisher, article.url, gz, lambda name: country_context(name, gz, capitals=False))
    context = country_context(f"{article.title or ''}\n{article.text}", gz, regions, article.language, home)
    if home:
        context[home] += 1  # the outlet's country counts as one mention: what the text names still decides
        for cc in home_territories(home):
            # its overseas territories are home news too, by half a mention ("France Info" on
            # Baie-Mahault, Guadeloupe): enough to read a town there, never the article's country
            context[cc] += _SHARED_OUTLET
    else:
        # a shared outlet name ("Daily Mirror"): half a mention of each of its countries, enough to
        # read a place name there first, never enough to be the article's country on its own; in an
        # article that names countries, only of those it names
        shared = publisher_countries(article.publisher)
        for cc in shared & set(context) if context else shared:
            context[cc] += _SHARED_OUTLET
    cued = cued_provinces(f"{article.title or ''}\n{article.text}", gz)
    mentions = mentions_in_doc(doc, lex, gz, speech, published, context, cued)
    named = [cc for cc in context if context[cc] >= 1]
    main = max(named, key=lambda cc: (context[cc], cc == home)) if named else None
    # the province the article names most, in its main country: where an incident with no place of
    # its own is, at precision 3, rather than the whole country ("Haryana teachers protested")
    top = Counter({p: n for p, n in regions.items() if p.country == main}).most_common(2)
    area = top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None
    events = build_events(doc, mentions, lex, gz, article.id, published, main, area)
    return Document(article=article, events=events, quotes=quotes)


def extract_article(article: Article, gz: Gazetteer | None = None) -> Document:
    """Parse and extract one article."""
    doc = get_nlp(article.language)(article.text)
    return extract_doc(article, doc, gz)
