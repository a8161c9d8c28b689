"""Communal violence: when the side that attacked or fought is a community's militia.

ACLED files cattle raids, land and water disputes, clan feuds and ethnic clashes under identity
militias (interaction code 4: "Pokot Ethnic Militia (Kenya)", "Unidentified Communal Militia").
News seldom names such a side with an armed group's words ("Pokot raiders", "the Garre and
Degodia clans clashed", "ethnic clashes left two dead"), so without this stage the doer would be
an unidentified armed group, or nobody.

Needs: the text of an incident's sentences, its event type and its actors. Adds: actor 1 (and, in a
clash, actor 2) as the named community's militia, or an unnamed communal militia when the text
speaks of communal violence without naming the community.

A community (`lang/communities.yaml`) is read from its name followed by a word for a group of its
people (or, in French, preceded by one: "éleveurs peuls"), or from two names said to fight ("between
the Dinka and the Nuer"); a name alone is often a place or a party too (Turkana, Afar) and says
nothing. A community named as whom the violence hit ("two members of the Hazara community were
shot") is no side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitrep.lang import load, load_shared
from sitrep.model import Actor

_WINDOW = 60  # characters after "between" in which the two sides are named


@dataclass(frozen=True)
class Side:
    name: str  # the community's name ("Fulani" for "Peuls")
    countries: tuple[str, ...]
    kind: str  # armed | collective | people | between: the word that made it a group of people
    start: int
    surface: str


@dataclass(frozen=True)
class Communal:
    sides: tuple[Side, ...]
    marked: bool  # the text tells communal violence ("ethnic clashes", "a land dispute")


@dataclass(frozen=True)
class _Rules:
    names: re.Pattern
    canon: dict[str, tuple[str, tuple[str, ...]]]  # lower-cased name or alias -> (name, countries)
    after: re.Pattern | None  # group word right after a name ("raiders")
    acting: re.Pattern | None  # a violent verb right after a name: "Orma attack Pokomo", "Fulanis raided"
    before: re.Pattern | None  # group word right before a name ("éleveurs")
    kinds: dict[str, str]  # group word -> armed | collective | people
    coordination: re.Pattern  # ", Borana", " and the Degodia": more names before the group word
    between: re.Pattern
    victim: re.Pattern
    agent: re.Pattern | None  # "by" right before a victim phrase: "attacked by members of the ..." are doers
    markers: re.Pattern
    lineage: re.Pattern | None  # a name the list lacks, told by its lineage word: "the Kowow clan"
    paired: re.Pattern | None  # the first of two such names before one lineage word: "Jimo and Agoro clans"
    named: str
    unnamed: str


def _alt(words) -> str:
    return "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))


@cache
def _rules(lang: str) -> _Rules | None:
    actors = load(lang, "actors")
    cfg = actors.get("communal")
    if not cfg:
        return None
    canon: dict[str, tuple[str, tuple[str, ...]]] = {}
    for c in load_shared("communities")["communities"]:
        for n in [c["name"], *c.get("aliases", [])]:
            canon[str(n).lower()] = (c["name"], tuple(c.get("countries", [])))
    people_first = lang == "fr"  # French puts the group word first and may write the name as an adjective
    # names as written: capitalised in English; in French also lower-case adjectives with gender and number
    flags = re.I if people_first else 0
    tail = r"(?:e|s|es)?" if people_first else r"s?"
    alt = _alt(canon) if people_first else _alt(_capitalised(canon))
    names = re.compile(rf"(?<![\w-])({alt}){tail}(?![\w-])", flags)
    kinds = {str(w).lower(): k for k in ("armed", "collective", "people") for w in cfg.get(k, [])}
    group = _alt(kinds)
    after = None if people_first else re.compile(rf"\s+(?:ethnic\s+)?({group})(?![\w-])", re.I)
    before = re.compile(rf"(?<![\w-])({group})\s+(?:[\w-]+\s+)?$", re.I) if people_first else None
    coord = re.compile(rf"(?:\s*,\s*|\s+(?:and|et|&)\s+)(?:the\s+|les\s+)?({alt}){tail}", flags)
    lineage, paired = _lineage(cfg)
    return _Rules(
        names=names, canon=canon, after=after, before=before,
        acting=None if people_first or not cfg.get("acting_verbs")
        else re.compile(rf"\s+(?:{_alt(cfg['acting_verbs'])})(?![\w-])"), kinds=kinds, coordination=coord,
        between=re.compile(rf"(?<![\w-])(?:{_alt(actors.get('battle_sides', {}).get('before', []))})\s", re.I),
        victim=re.compile(rf"(?:{_alt(cfg.get('victims_before', []))})\s+(?:[\w-]+\s+)?$", re.I),
        agent=re.compile(rf"(?<![\w-])(?:{_alt(cfg['agents_before'])})\s+$", re.I) if cfg.get("agents_before") else None,
        markers=re.compile(rf"(?<![\w-])(?:{'|'.join(_marker(m) for m in cfg.get('markers', []))})(?![\w-])", re.I),
        lineage=lineage, paired=paired, named=cfg["named"], unnamed=cfg["unnamed"],
    )


def _lineage(cfg: dict) -> tuple[re.Pattern | None, re.Pattern | None]:
    """A capitalised word before a lineage word ("Kowow clan", "Marhani clan"): a community even when
    `communities.yaml` does not list it; `not_lineage_names` are the capitalised words that are no name.
    Also the first of two such names before one lineage word ("Jimo and Agoro clans")."""
    words = cfg.get("lineage_words")
    if not words:
        return None, None
    stop = "|".join(re.escape(str(w)) for w in cfg.get("not_lineage_names", []))
    name = rf"(?<![\w-])(?!(?:{stop})\b)([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)"
    return re.compile(rf"{name}\s+(?:{_alt(words)})(?![\w-])"), re.compile(rf"{name}\s+(?:and|&)\s+$")


def _hit(r: _Rules, text: str, start: int) -> bool:
    """Is the community named at `start` told as whom the violence hit ("two members of the Hazara
    community were shot"), not as its doers ("assaulted by members of the Dimasa community")?"""
    v = r.victim.search(text, max(0, start - 40), start)
    return v is not None and not (r.agent and r.agent.search(text, max(0, v.start() - 8), v.start()))


def _capitalised(canon: dict[str, tuple[str, tuple[str, ...]]]) -> list[str]:
    """The names as capitalised in text (the keys are lower-cased): "Habar Gidir", "Lou Nuer"."""
    return [" ".join(w[:1].upper() + w[1:] for w in k.split(" ")) for k in canon]


def _marker(phrase: str) -> str:
    """A marker phrase as a pattern; " * " stands for one to three words ("over the disputed land")."""
    return r"\s+(?:[\w'’-]+\s+){1,3}".join(re.escape(p) for p in str(phrase).split(" * "))


def between_two(text: str, lang: str) -> bool:
    """Does the text tell violence between two named communities ("killed in violence between
    Kalenjin and Maasais", "revenge killings between the Dinka and the Nuer")? Both sides fought."""
    return len({s.name for s in read(text, lang).sides if s.kind == "between"}) >= 2


def read(text: str, lang: str) -> Communal:
    """The communities the text names as sides, in text order, and whether it tells communal violence."""
    r = _rules(lang)
    if r is None:
        return Communal((), False)
    sides: list[Side] = []

    def side(m: re.Match, kind: str) -> Side:
        name, countries = r.canon[m.group(1).lower()]
        return Side(name, countries, kind, m.start(1), m.group(1))

    for m in r.names.finditer(text):
        if _hit(r, text, m.start()):
            continue
        if r.after is not None:
            j, found = m.end(), [m]
            while (c := r.coordination.match(text, j)) is not None:  # "Garre and Degodia clans"
                found.append(c)
                j = c.end()
            g = r.after.match(text, j)
            if g is not None:
                sides += [side(x, r.kinds[g.group(1).lower()]) for x in found]
            elif r.acting is not None and r.acting.match(text, j):
                sides += [side(x, "armed") for x in found]
            elif m.group(0)[-1:] == "s" and not r.canon[m.group(1).lower()][0].endswith("s"):
                sides.append(side(m, "people"))  # a plural name is its people: "the Pokots"
        elif r.before is not None and (g := r.before.search(text, max(0, m.start() - 40), m.start())) is not None:
            sides.append(side(m, r.kinds[g.group(1).lower()]))
    if r.lineage is not None:
        for m in r.lineage.finditer(text):
            if m.group(1).lower() in r.canon or _hit(r, text, m.start()):
                continue
            sides.append(Side(m.group(1), (), "collective", m.start(1), m.group(1)))
            if (c := r.paired.search(text, max(0, m.start() - 30), m.start())) is not None:  # "Jimo and Agoro clans"
                sides.append(Side(c.group(1), (), "collective", c.start(1), c.group(1)))
    for b in r.between.finditer(text):
        pair = list(r.names.finditer(text, b.end(), min(len(text), b.end() + _WINDOW)))
        if len({r.canon[p.group(1).lower()][0] for p in pair}) >= 2:
            sides += [side(p, "between") for p in pair[:2]]
    by_start = {s.start: s for s in sorted(sides, key=lambda s: s.kind == "between")}
    return Communal(tuple(sorted(by_start.values(), key=lambda s: s.start)), bool(r.markers.search(text)))


def sides(text: str, lang: str, event_type: str, a1: Actor | None, a2: Actor | None,
          country: str | None, generic_militia: str = "") -> tuple[Actor | None, Actor | None]:
    """(actor 1, actor 2) of a violent incident, with a community's militia where the text names one
    as the side that acted. Only an unknown actor 1 (none, an unidentified armed group, or a militia
    named by a generic word, whose name starts with `generic_militia`) is replaced: a named armed
    group, a state force or a crowd that acted stays."""
    generic = a1 is not None and a1.type == "identity_militia" and bool(generic_militia) \
        and a1.name.startswith(generic_militia)
    if a1 is not None and a1.type != "unidentified" and not generic:
        return a1, a2
    r = _rules(lang)
    if r is None:
        return a1, a2
    c = read(text, lang)
    battle = event_type == "Battles"
    usable = [s for s in c.sides if s.kind in ("armed", "between", "collective") or (battle and s.kind == "people")]
    names = list(dict.fromkeys(s.name for s in usable))

    def militia(s: Side | None) -> Actor:
        """The side's actor; its "{country}" is filled as every actor's is (incidents._fill_country)."""
        return Actor(name=r.named.replace("{community}", s.name) if s else r.unnamed, type="identity_militia",
                     country=country or (s.countries[0] if s and s.countries else None),
                     surface=s.surface if s else None)

    if names:
        first = next(s for s in usable if s.name == names[0])
        a1 = militia(first)
        if battle and len(names) > 1 and (a2 is None or a2.type in ("unidentified", "civilians", "identity_militia")):
            a2 = militia(next(s for s in usable if s.name == names[1]))
        return a1, a2
    if c.marked:
        a1 = militia(None)
        if battle and (a2 is None or a2.type == "unidentified"):
            a2 = militia(None)
    return a1, a2
