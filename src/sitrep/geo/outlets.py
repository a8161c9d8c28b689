"""The home country of an article's publisher: a weak hint of where its story happens.

A Kenyan daily's three-line report of a protest names the town, or nothing: its readers know the
country. The hint comes from the URL's host (a listed domain or a country-code top-level domain)
or from the publisher's name (a listed outlet, or a country named in it: "Star (Kenya)", "Iraqi
News"). International outlets give none. The knowledge lives in data/outlets.yaml.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from sitrep.geo.gazetteer import Gazetteer, norm
from sitrep.lang import read_yaml

DATA = Path(__file__).parent / "data"
_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)+$")
_TLD_ALIASES = {"uk": "GB"}
# a publisher string: outlets apart ("Mareb Press; Yemen Data Project"), then an outlet's sections
# ("Daily Nation - News", a feed title)
_GROUPS = re.compile(r"\s*[;|]\s*")  # ACLED's `source`: "Daily Nation; Xinhua"
_DASHES = re.compile(r"\s+[-–—]\s+")  # "Capital FM - Kenya", "Xinhua News Agency - French"
_ACRONYM = re.compile(r"\s*\([A-Z]{2,6}\)\s*$")
_DIGITS = re.compile(r"(?<=[A-Za-z])\d+\b")


@dataclass(frozen=True)
class _Outlets:
    names: dict[str, str]  # norm(name) -> ISO2
    domains: dict[str, str]  # lower-case domain -> ISO2
    international: frozenset[str]  # norm(name)
    generic_tlds: frozenset[str]
    shared: dict[str, frozenset[str]]  # norm(bare name) -> the countries it may mean


def _key(name: str) -> str:
    k = norm(name)
    return k[4:] if k.startswith("the ") else k


@cache
def _outlets() -> _Outlets:
    data = read_yaml(DATA / "outlets.yaml")
    names: dict[str, str] = {}
    domains: dict[str, str] = {}
    for cc, entries in (data.get("outlets") or {}).items():
        for entry in entries or ():
            entry = str(entry)
            if _DOMAIN.match(entry) and entry == entry.lower():  # "nation.africa", not "Scroll.in"
                domains[entry] = cc
            else:
                names[_key(entry)] = cc
    return _Outlets(names, domains, frozenset(_key(str(n)) for n in data.get("international") or ()),
                    frozenset(data.get("generic_tlds") or ()),
                    {_key(str(n)): frozenset(ccs) for n, ccs in (data.get("shared") or {}).items()})


def _host_country(url: str | None, gz: Gazetteer) -> str | None:
    if not url:
        return None
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower().removeprefix("www.")
    if not host:
        return None
    data = _outlets()
    parts = host.split(".")
    for n in range(len(parts)):
        cc = data.domains.get(".".join(parts[n:]))
        if cc:
            return cc
    tld = parts[-1]
    if len(tld) != 2 or tld in data.generic_tlds:
        return None
    cc = _TLD_ALIASES.get(tld, tld.upper())
    return cc if cc in gz.country_box else None


def _outlet_names(publisher: str | None, international: frozenset[str]) -> list[str]:
    """The outlets a publisher string lists (";"-separated, each maybe with sections after dashes:
    "Capital FM - Kenya"); an international agency's entry gives none, its service after a dash
    included ("Xinhua News Agency - French" is no French outlet)."""
    names = []
    for group in _GROUPS.split(publisher or ""):
        parts = _DASHES.split(group)
        if _key(parts[0]) not in international:
            names += parts
    return names


def publisher_country(publisher: str | None, url: str | None, gz: Gazetteer,
                      countries_in: Callable[[str], Counter] | None = None) -> str | None:
    """The one country the article's URL or its publisher(s) point to, or None.

    `publisher` may list several outlets separated by ";" (ACLED's `source` column does): the
    hint is given only when the outlets that are not international agree. `countries_in` counts
    the countries a name mentions (country names and nationality adjectives)."""
    cc = _host_country(url, gz)
    if cc:
        return cc
    data = _outlets()
    found: set[str] = set()
    for outlet in _outlet_names(publisher, data.international):
        # as written ("News24", "G1"), then without an acronym in brackets ("The Times of India
        # (TOI)"), then with a name glued to digits apart ("Libya24")
        bare = _ACRONYM.sub("", outlet).strip()
        forms = list(dict.fromkeys([outlet, bare, _DIGITS.sub(" ", bare).strip()]))
        keys = [k for k in map(_key, forms) if k]
        if not keys or keys[0] in data.international:
            continue
        listed = next((data.names[k] for k in keys if k in data.names), None)
        if listed is None and _DOMAIN.match(bare):  # a site written as its name: "EKantipur.com", "Camer.be"
            listed = _host_country(bare, gz)
        if listed:
            found.add(listed)
            continue
        named = countries_in(forms[-1]) if countries_in else Counter()
        if len(named) == 1:
            found.update(named)
    return found.pop() if len(found) == 1 else None


def publisher_countries(publisher: str | None) -> frozenset[str]:
    """The countries a publisher's bare, shared name may mean ("Daily Mirror": Sri Lanka or
    Britain), when its outlets name no single country: a hint for reading place names, never a
    country by itself. Empty when no outlet has such a name."""
    data = _outlets()
    found: set[str] = set()
    for outlet in _outlet_names(publisher, data.international):
        found |= data.shared.get(_key(_ACRONYM.sub("", outlet).strip()), frozenset())
    return frozenset(found)


@cache
def _territories() -> dict[str, frozenset[str]]:
    return {str(cc): frozenset(map(str, ccs)) for cc, ccs in (read_yaml(DATA / "territories.yaml") or {}).items()}


def home_territories(home: str | None) -> frozenset[str]:
    """The overseas territories of the publisher's country ("France Info": Guadeloupe, Réunion ...),
    whose towns its reports name as home news (data/territories.yaml)."""
    return _territories().get(home or "", frozenset())
