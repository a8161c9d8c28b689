"""Per-language lexicons compiled once: trigger kinds, weapons, actors, casualty words.

A single-word entry matches a token's lemma or lower-cased text; an entry with a space, hyphen or
apostrophe matches the text (case-insensitive, word-bounded); a lemma sequence ("set fire", "throw
* stone") matches consecutive tokens by lemma, so one entry covers every inflection ("setting
fire", "threw stones", "threw a few stones"). Vocabulary lives in `lang/<iso>/*.yaml`; this module
only knows how to match it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Span

from sitrep.extract.docindex import index
from sitrep.lang import load

VIOLENCE = {"attack", "strike", "airstrike", "shelling", "impact", "intercept", "defusal", "explosion", "suicide",
            "chemical", "gunfire", "clash", "kill", "burning"}  # (burning: people set on fire)
# Each kind belongs to a family: one clause yields at most one mention per family.
FAMILY = {k: "violence" for k in VIOLENCE} | {
    "arrest": "arrest", "protest": "demo", "intervention": "demo", "riot": "demo", "firebomb": "demo", "crowd_damage": "demo", "mob": "mob",
    "abduction": "abduction", "sexual": "sexual", "looting": "looting", "seizure": "looting", "agreement": "agreement",
    "gov_regains": "territory", "nonstate_takes": "territory", "transfer": "transfer", "base": "base",
    "change": "change",
}


def _is_phrase(entry: str) -> bool:
    return bool(re.search(r"[\s'’-]", entry)) or not entry.isalpha() or entry.isupper()


@dataclass
class Table:
    """word/phrase -> labels, matched against a span of a parsed Doc.

    An entry's labels are kept in the order they were added (the YAML's), never in a set: an entry
    with several labels ("destroyed property": riot and looting) must yield them in the same order
    in every process, and a set's order changes with the hash seed."""

    words: dict[str, dict[str, None]] = field(default_factory=dict)
    phrases: dict[str, dict[str, None]] = field(default_factory=dict)
    # phrases with a gap: "set * on fire" matches "set a bus on fire" (one to four words in place of *);
    # each with the words before its gap, which a text must hold for the pattern to be worth running
    gapped: list[tuple[str, re.Pattern, dict[str, None]]] = field(default_factory=list)
    regex: re.Pattern | None = None
    case_regex: re.Pattern | None = None
    # lemma sequences by their first lemma: ("set", "*", "on", "fire") -> labels; "*" is a gap of one
    # to four tokens
    lemma_seqs: dict[str, list[tuple[tuple[str, ...], dict[str, None]]]] = field(default_factory=dict)

    def add(self, entry: str, label: str) -> None:
        entry = str(entry)
        if " * " in entry:
            before, after = entry.lower().split(" * ", 1)
            gap = r"\s+(?:(?:\d[\d,.]*\d|[\w'’-]+)\s+){1,4}"  # a gap word may be a number: "stole 3,000 cattle"
            pat = re.compile(rf"(?<![\w-])({re.escape(before)}{gap}{re.escape(after)})(?![\w])", re.I)
            self.gapped.append((before, pat, {label: None}))
        elif _is_phrase(entry):
            self.phrases.setdefault(entry if entry.isupper() else entry.lower(), {})[label] = None
        else:
            self.words.setdefault(entry.lower(), {})[label] = None

    def add_lemmas(self, entry: str, label: str) -> None:
        """A lemma sequence; a word written "town|city|area" is any of them (one sequence each)."""
        for seq in itertools.product(*(w.split("|") for w in str(entry).lower().split())):
            self._add_seq(seq, label)

    def _add_seq(self, seq: tuple[str, ...], label: str) -> None:
        for have, labels in self.lemma_seqs.setdefault(seq[0], []):
            if have == seq:
                labels[label] = None
                return
        self.lemma_seqs[seq[0]].append((seq, {label: None}))

    def compile(self) -> Table:
        lower = sorted((p for p in self.phrases if not p.isupper()), key=len, reverse=True)
        upper = sorted((p for p in self.phrases if p.isupper()), key=len, reverse=True)

        def rx(items, flags):
            if not items:
                return None
            body = "|".join(re.sub(r"['’]", "['’]", re.escape(p)) for p in items)
            return re.compile(rf"(?<![\w-])({body})(?![\w])", flags)

        self.regex = rx(lower, re.I)
        self.case_regex = rx(upper, 0)
        return self

    def find(self, span: Span, blank: list[tuple[int, int]] = ()) -> list[tuple[str, int, int]]:
        """(label, start_char, end_char) matches in the span, outside the `blank` char ranges."""
        ix = index(span.doc)
        out: list[tuple[str, int, int]] = []
        base = span.start_char
        text = ix.text[base:span.end_char]

        def ok(s: int, e: int) -> bool:
            return not any(s < be and bs < e for bs, be in blank)

        taken: list[tuple[int, int]] = []
        lowered = text.lower() if self.gapped else ""
        for before, rxp, labels in self.gapped:
            if before not in lowered:  # a cheap test that spares most of the regex scans
                continue
            for m in rxp.finditer(text):
                s, e = base + m.start(), base + m.end()
                if ok(s, e):
                    taken.append((s, e))
                    out.extend((lab, s, e) for lab in labels)
        for rxp in (self.case_regex, self.regex):
            if rxp is None:
                continue
            for m in rxp.finditer(text):
                s, e = base + m.start(), base + m.end()
                key = m.group(1) if rxp is self.case_regex else m.group(1).lower().replace("’", "'")
                labels = self.phrases.get(key) or self.phrases.get(key.replace("'", "’")) or {}
                if ok(s, e) and labels:
                    taken.append((s, e))
                    out.extend((lab, s, e) for lab in labels)
        for i in range(span.start, span.end) if self.lemma_seqs else ():  # most tables have none
            for seq, labels in self.lemma_seqs.get(ix.lemma[i], ()):
                end = _match_lemmas(ix.lemma, seq, i + 1, 1, span.end)
                if end is None:
                    continue
                s, e = ix.idx[i], ix.idx[end - 1] + len(ix.lower[end - 1])
                if ok(s, e) and not any(s < te and ts < e for ts, te in taken):
                    taken.append((s, e))
                    out.extend((lab, s, e) for lab in labels)
        words = self.words
        for i in range(span.start, span.end):
            labels = words.get(ix.lemma[i]) or words.get(ix.lower[i])
            if not labels:
                continue
            s = ix.idx[i]
            e = s + len(ix.lower[i])
            if any(s < te and ts < e for ts, te in taken) or not ok(s, e):
                continue
            out.extend((lab, s, e) for lab in labels)
        return out


def _match_lemmas(lemmas: list[str], seq: tuple[str, ...], i: int, k: int, stop: int) -> int | None:
    """The token index just after `seq[k:]` matched from token `i` (None if it does not match)."""
    if k == len(seq):
        return i
    if seq[k] == "*":
        for gap in range(1, 5):
            end = _match_lemmas(lemmas, seq, i + gap, k + 1, stop)
            if end is not None:
                return end
        return None
    if i < stop and lemmas[i] == seq[k]:
        return _match_lemmas(lemmas, seq, i + 1, k + 1, stop)
    return None


@dataclass
class ActorDef:
    name: str
    type: str
    country: str | None
    generic: bool


@dataclass
class Lexicon:
    lang: str
    triggers: Table
    weak: Table
    undergo: Table
    irrealis: set[str]  # heads of what did not (yet) happen: "planned to attack", "the decision to stone"
    attempts: set[str]  # irrealis heads under which a crowd's act still happened ("tried to storm")
    attempt_kinds: frozenset[str]  # the kinds of those acts: riot, mob
    unreal_aux: frozenset[str]  # "to", "would": a verb told with them did not (yet) happen
    protest_entry: set[str]  # beside a protest word, a crowd's way in, not a riot ("stormed the office to protest")
    property_acts: dict[str, frozenset[str]]  # riot, intercept, not_with: words that only damage property
    property_doers: re.Pattern  # "arsonists", "armed men": unnamed doers who destroy property, no crowd
    riot_doers: re.Pattern  # "assailants": unnamed doers whose burning stays a riot's, whatever else is said
    stepping_in: tuple[str, ...]  # "interven": intervention words that only say a force stepped in
    crowd_only: tuple[str, ...]  # "cordoned off": intervention words that tell a protest only with a crowd beside them
    doer_words: frozenset[str]  # "gunmen": event words naming the doers, an event only with no other event word
    person_acts: frozenset[str]  # "beat": weak words that are an assault when done to people (lemmas)
    gerund_endings: tuple[str, ...]  # "-ing": a gerund that tells how a crowd protested ("..., lighting bonfires")
    gerund_after: frozenset[str]  # ... after one of these words
    protest_words: frozenset[str]  # the one-word protest triggers ("protest", "rally", "march")
    protest_damage: frozenset[str]  # beside a protest word, a crowd's damage: a riot ("burned the party's office")
    protest_signs: frozenset[str]  # what a protest burns as a sign, no damage: effigies, flags
    sign_prefixes: tuple[str, ...] = field(init=False, default=())  # the same, read as prefixes: "effigiess"
    burn_verbs: frozenset[str]  # "burned the main house": property destroyed when nothing else is told
    burnt_things: frozenset[str]
    persons: frozenset[str]  # besides civilian_targets, whom burning or beating hurts: "set a youth on fire"
    fire_words: frozenset[str]  # "set X on fire": "set" burns with one of these in its phrase
    demonstrators: set[str]  # who demonstrate, as doers of a weak riot word ("protesters smashed")
    target_cues: set[str]
    origin_words: tuple[str, ...]
    march_on: re.Pattern | None  # " to Delhi" after a place: a march's start, not an origin
    beyond_words: tuple[str, ...]
    heading_words: tuple[str, ...]  # before a town a vehicle was heading for ("left for Kampala"): ranks after
    target_words: tuple[str, ...]  # before a country a crowd protests against: no place of the event
    outside_words: tuple[str, ...]  # before a country the event is outside of ("near Somalia")
    here_words: frozenset[str]  # "here": where the report was filed, its dateline's town
    non_conflict: re.Pattern
    crime: re.Pattern
    rescue_craft: frozenset[str]  # helicopters: no weapon in a disaster story
    bodies_found: Table  # "a man was found dead": a killing when its paragraph shows violence
    violence_signs: re.Pattern  # "firearm injuries", "hands tied", "a threatening message"
    gang_victims: re.Pattern  # "the victim had charges against him for drug trafficking": a gang's fight
    raid_words: re.Pattern  # "raided", "a search operation": a force's visit that may only make arrests
    drug_trade: re.Pattern  # "a drug suspect", "an alleged drug dealer": the police's victim, or a gang's
    agent_words: re.Pattern | None  # "by", "par": who did it follows (actors.yaml communal.agents_before)
    weapons: Table
    not_weapons: re.Pattern | None
    not_events: re.Pattern | None  # phrases with an event word that tell no event ("beating drums")
    interceptors: Table
    actors: Table
    actor_defs: dict[str, ActorDef]
    nationalities: dict[str, str | None]
    armed_targets: set[str]
    negations: frozenset[str]  # "no", "not", "without": an event word they govern did not happen
    earlier_words: frozenset[str]  # "after", "following", "since": an event word they govern came before
    earlier_modifiers: frozenset[str]  # "recent", "previous": an event word they qualify came before
    backdrop_words: frozenset[str]  # "linked", "in relation to", "amid": fighting they govern is a backdrop
    cause_words: frozenset[str]  # "against", "demanding": an event word they govern is what a protest is about
    causing_verbs: frozenset[str]  # "spark", "trigger": their subject brought a protest about
    toll_adds: re.Pattern  # "also", "another": a toll told as more dead
    other_counts: re.Pattern  # "claims", "reports": a count told as another's word
    along_words: frozenset[str]  # "along", "together" (with "with"): more dead listed beside the victim
    with_words: frozenset[str]  # "with"
    size_preps: frozenset[str]  # "of": "a family of three"
    one_dets: frozenset[str]  # "a", "another": a listed noun with one of these is one person
    crowds: set[str]
    group_members: frozenset[str]  # crowd words that may name an armed group's men ("EPP members")
    mobs: set[str]
    reporting_verbs: frozenset[str]  # "covering", "filming": what a journalist was at is no event of the clause
    charges: dict[str, frozenset[str]]  # held, alleged: "want for", "accuse of": an event word after them is a charge
    mob_moods: frozenset[str]  # "angry", "irate": a crowd so described that acts is a mob ("angry youths attacked")
    mob_people: frozenset[str]  # "people", "persons", "men": a band of no kind, a mob when it acts with no gun
    fellows: frozenset[str]  # "colleague", "boss": a force's own men when a force's man hits them
    weapon_stoppers: dict[str, frozenset[str]]  # verbs, things: "destroyed" stops a weapon only when it destroys one
    state_words: set[str]
    collectives: set[str]
    one_person_pronouns: frozenset[str]  # "he", "she": the subject of "later died" is one dead
    victim_verbs: frozenset[str]  # "die", "sustain": verbs whose subject is the dead or hurt, not the doer
    among_words: frozenset[str]  # "including", "among": what follows breaks down a count, adds none
    result_verbs: frozenset[str]  # "leading to the death of one": the count after the death noun is the toll
    age_units: frozenset[str]  # "a 13 year old boy": a number before these is an age, no count
    near_miss: frozenset[str]  # "nearly lynched": a death word so qualified tells nobody died
    not_people: frozenset[str]  # "cattle", "houses": counted beside the dead, never dead themselves
    protest_not_attack: set[str]
    civilian_targets: set[str]
    civilian_sites: frozenset[str]  # "attacked a village": what was hit is civilian (not counted as a victim)
    civilian_posts: dict[str, frozenset[str]]  # heads, modifiers: "a Red Cross officer", "a school guard" are civilians
    off_duty: re.Pattern  # "off-duty", "former", "retired": a soldier or policeman so described is a civilian
    off_duty_scenes: re.Pattern  # "at his home", "on his way home": a sentence that shows a policeman off duty
    front_lines: re.Pattern  # "frontline", "line of control": fire across them with no side named is the state's
    # the noun before "of" carries the role: "militants of X" (the group's role is its members'),
    # "a group of assailants" (the assailants' role is their band's)
    member_nouns: frozenset[str]
    informers: frozenset[str]  # "a police informer": the force's name qualifies a civilian
    force_belongings: frozenset[str]  # "police uniforms": the force's name qualifies a thing
    armed_people: frozenset[str]  # "men armed with machetes", "an armed man": people told armed are a band
    # "gunmen linked to al-Shabaab", "al-Shabaab-linked gunmen": the text before / after a group's name
    # that makes it who a band is
    affiliation_before: re.Pattern | None
    affiliation_after: re.Pattern | None
    affiliation_hedges: re.Pattern | None  # "believed to be linked to": a guessed tie names no doer
    battle_sides: dict[str, frozenset[str]]  # before, joiners, articles: "between X and Y" names two sides
    enemy_prefix: re.Pattern | None  # "anti-" right before a group's name: its enemies, not the group
    rebel_name_words: frozenset[str]  # "Kuki Revolutionary Army": the army of a name that is a rebel group
    jurisdiction: dict[str, frozenset[str]]  # nouns, before, after: "under Jaldhaka Police Station" is a place
    protest_cues: re.Pattern  # "demanding", "shouting slogans": a weak crowd word ("gathered") is a protest
    protest_hosts: frozenset[str]  # "held a march", "took out a procession": the march is staged
    crowd_moves: frozenset[str]  # "march": a protest when people (not troops) do it
    pressing_moves: frozenset[str]  # "surround": a protest when people do it pressing a demand
    labour_doers: frozenset[str]  # "nurses strike", "a strike by bus owners": a workers' strike
    labour_verbs: frozenset[str]  # "began a strike", "the strike entered its second day"
    labour_modifiers: re.Pattern  # "an indefinite strike", "a three-day strike"
    rival_cues: re.Pattern  # "each other", "rival": the crowds of a clause fight one another
    communal_cues: re.Pattern  # "clans", "villagers", "land": rivals who are communities, or fight over land
    turf_cues: re.Pattern  # "supremacy", "dominance": the groups of a clause fight to rule a place
    riot_names: re.Pattern  # "riots", "rioters": the text calls the crowd's violence a riot
    hearsay_passives: frozenset[str]  # "were reported to have beaten": their subject did it
    patient_verbs: frozenset[str]  # their subject, with no object or auxiliary, suffered: "three soldiers killed"
    captive_acts: frozenset[str]  # who suffers these is held, a captive: "police tortured a suspect"
    death_words: frozenset[str]  # "a youth was killed", "the death of a youth": who died, no crowd that took part
    killed: Table
    injured: Table
    zero_killed: re.Pattern
    coded_as: re.Pattern | None  # "Fatalities coded as 3": a coder's count, the event's toll
    type_labels: dict[str, str]  # "property destruction" -> its sub-event type: a report's opening label
    type_label: re.Pattern | None  # a report's first words that are such a label ("Weapons seizure: ")
    crowd_tag: re.Pattern | None  # "[size=no report]": a coder's tag of a crowd's size, a crowd took part
    toll_raised: re.Pattern | None  # "the death toll rose to eight": the dead
    zero_injured: re.Pattern
    number_words: dict[str, int]
    vague_counts: dict[str, int]
    claimed: re.Pattern
    suspected: re.Pattern
    no_claim: re.Pattern
    speech_verbs: set[str]
    inquiry_verbs: frozenset[str]  # "police suspect", "police found the body": who looks into it, not a party
    pronouns: set[str]
    titles: set[str]
    statement_verbs: set[str]
    background_markers: re.Pattern
    occasion_markers: frozenset[str]  # background markers that, at a protest, name its occasion ("anniversary")
    weapon_words_in_actor: re.Pattern
    # derived once from the lists above: who may be a crowd, and who may be a side of a clash
    crowd_words: frozenset[str] = field(init=False, default=frozenset())  # crowds | mobs | demonstrators
    arsonists: frozenset[str] = field(init=False, default=frozenset())  # crowd words but a group's members: whose arson is a riot
    side_words: frozenset[str] = field(init=False, default=frozenset())  # crowd words, armed targets, civilians, state forces
    armed_words: frozenset[str] = field(init=False, default=frozenset())  # armed targets, state forces: no workers on strike
    people_words: frozenset[str] = field(init=False, default=frozenset())  # crowds, civilians, workers: who march in protest
    victim_words: frozenset[str] = field(init=False, default=frozenset())  # civilians and persons: whom a beating or burning hurts
    # before a country that is no place of the event: across a border, or what a crowd protests against
    not_country_words: tuple[str, ...] = field(init=False, default=())

    def __post_init__(self) -> None:
        self.crowd_words = frozenset(self.crowds | self.mobs | self.demonstrators)
        self.arsonists = self.crowd_words - self.group_members
        self.sign_prefixes = tuple(sorted(self.protest_signs))
        self.armed_words = frozenset(self.armed_targets | self.state_words)
        self.side_words = self.crowd_words | self.armed_words | self.civilian_targets
        self.people_words = self.crowd_words | self.civilian_targets | self.labour_doers
        self.victim_words = frozenset(self.civilian_targets | self.persons)
        self.not_country_words = self.beyond_words + self.target_words + self.outside_words

    def generic(self, actor_type: str) -> ActorDef | None:
        """The generic actor of a type ("Civilians ({country})", "Rioters ({country})")."""
        return next((d for d in self.actor_defs.values() if d.generic and d.type == actor_type), None)


def _lowered(data: dict, key: str) -> frozenset[str]:
    """The lower-cased words a YAML file lists under `key` (none if it has no such key)."""
    return frozenset(str(w).lower() for w in data.get(key) or [])


def _phrases(data: dict, key: str) -> tuple[str, ...]:
    """The lower-cased phrases a YAML file lists under `key`, in its order (matched as text endings)."""
    return tuple(str(w).lower() for w in data.get(key) or [])


def _lowered_groups(data: dict, key: str) -> dict[str, frozenset[str]]:
    """The lower-cased word lists of each sub-key a YAML file gives under `key` ("property_acts":
    riot, intercept, ...)."""
    return {k: frozenset(str(w).lower() for w in v) for k, v in (data.get(key) or {}).items()}


def _alt(items, plural: bool = False) -> re.Pattern:
    body = "|".join(re.escape(str(p)).replace("'", "['’]") for p in sorted(items, key=len, reverse=True))
    tail = r"(?:s|x|es)?" if plural else ""
    return re.compile(rf"(?<![\w])({body}){tail}(?![\w])", re.I) if body else re.compile(r"(?!x)x")


def _affiliation(cues: list[str], before: bool) -> re.Pattern | None:
    """Cues right before a group's name (an article may sit between: "linked to the ADF") or right
    after it ("ADF-linked")."""
    if not cues:
        return None
    alt = "|".join(re.escape(c).replace("'", "['’]") for c in sorted(cues, key=len, reverse=True))
    if before:
        return re.compile(rf"(?<![\w])(?:{alt})\s*(?:(?:the|an?|l['’]|les|la|le|du|des)\s*)?$", re.I)
    return re.compile(rf"(?:{alt})(?![\w])", re.I)  # used with .match(text, end): no "^", which pos does not move


@cache
def get_lexicon(lang: str) -> Lexicon:
    trig = load(lang, "triggers")
    places = load(lang, "places")
    triggers, weak, undergo, bodies = Table(), Table(), Table(), Table()
    for w in trig.get("bodies_found", []):
        bodies.add(w, "kill")
    police_shells = trig.get("police_shells", [])
    for kind, words in trig["kinds"].items():
        for w in words:
            triggers.add(w, kind)
    for w in police_shells:
        triggers.add(w, "intervention")
    for kind, seqs in trig.get("lemma_kinds", {}).items():
        for seq in seqs:
            triggers.add_lemmas(seq, kind)
    for w in trig.get("weak", []):
        weak.add(w, "weak")
    for w in trig.get("undergo", []):
        undergo.add(w, "undergo")
    wcfg = load(lang, "weapons")
    weapons, interceptors = Table(), Table()
    for wname, words in wcfg.items():
        if wname in ("not_weapons", "interceptors"):
            continue
        for w in words:
            weapons.add(w, wname)
    for canon, words in wcfg.get("interceptors", {}).items():
        for w in words:
            interceptors.add(w, canon)
    acfg = load(lang, "actors")
    actors, defs = Table(), {}
    for a in acfg.get("named", []):
        defs[a["name"]] = ActorDef(a["name"], a["type"], a.get("country"), False)
        for al in a["aliases"]:
            actors.add(al, a["name"])
    state_words: set[str] = set()  # one-word heads of state forces ("police", "soldiers")
    for g in acfg.get("generic", []):
        defs[g["name"]] = ActorDef(g["name"], g["type"], None, True)
        for h in g["heads"]:
            actors.add(h, g["name"])
            if g["type"] in ("state_forces", "external_forces") and " " not in h:
                state_words.add(h.lower())
    cas = load(lang, "casualties")
    lcfg = load(lang, "labels")
    labels = {str(k).lower(): v for k, v in (lcfg.get("type_labels") or {}).items()}
    killed, injured = Table(), Table()
    for w in cas["killed"]:
        killed.add(w, "killed")
    for w in cas["injured"]:
        injured.add(w, "injured")
    att = load(lang, "attribution")
    sp = load(lang, "speech")
    dates = load(lang, "dates")
    nat = {str(k).lower(): v for k, v in load(lang, "nationalities").items()}
    weapon_words = [w for k, ws in wcfg.items() if k not in ("not_weapons", "interceptors") for w in ws]
    not_weapons = wcfg.get("not_weapons", []) + police_shells
    weapon_words += trig["kinds"]["airstrike"] + trig["kinds"]["strike"]
    labour = trig.get("labour_strike") or {}
    return Lexicon(
        lang=lang, triggers=triggers.compile(), weak=weak.compile(), undergo=undergo.compile(),
        irrealis={w.lower() for w in trig.get("irrealis_heads", [])},
        attempts={w.lower() for w in trig.get("attempt_heads", [])},
        attempt_kinds=frozenset(trig.get("attempt_kinds", [])),
        unreal_aux=_lowered(trig, "unreal_auxiliaries"),
        demonstrators={w.lower() for w in trig.get("demonstrators", [])},
        protest_entry={w.lower() for w in trig.get("protest_entry", [])},
        property_acts=_lowered_groups(trig, "property_acts"),
        property_doers=_alt((trig.get("property_doers") or {}).get("words") or (), plural=True),
        riot_doers=_alt((trig.get("property_doers") or {}).get("not_with") or (), plural=True),
        stepping_in=tuple(str(w).lower() for w in trig.get("stepping_in", [])),
        crowd_only=tuple(str(w).lower() for w in trig.get("crowd_only", [])),
        doer_words=frozenset(str(w).lower() for w in trig.get("doer_words", [])),
        person_acts=frozenset(str(w).lower() for w in trig.get("person_acts", [])),
        gerund_endings=tuple(trig.get("manner_gerunds", {}).get("endings", [])),
        gerund_after=frozenset(trig.get("manner_gerunds", {}).get("after", [])),
        protest_words=frozenset(str(w).lower() for w in trig["kinds"].get("protest", []) if " " not in str(w)),
        protest_damage=frozenset(w.lower() for w in (trig.get("protest_damage") or {}).get("verbs", [])),
        protest_signs=frozenset(w.lower() for w in (trig.get("protest_damage") or {}).get("signs", [])),
        burn_verbs=frozenset(w.lower() for w in (trig.get("burnt_property") or {}).get("verbs", [])),
        burnt_things=frozenset(w.lower() for w in (trig.get("burnt_property") or {}).get("things", [])),
        persons=frozenset(str(w).lower() for w in trig.get("persons", [])),
        fire_words=frozenset(w.lower() for w in (trig.get("burnt_property") or {}).get("fire_words", [])),
        target_cues={w.lower() for w in trig.get("target_cues", [])},
        non_conflict=_alt(trig.get("non_conflict", []), plural=True),
        crime=_alt(trig.get("crime", []), plural=True),
        rescue_craft=frozenset(w.lower() for w in trig.get("rescue_craft", [])),
        bodies_found=bodies.compile(), violence_signs=_alt(trig.get("violence_signs", [])),
        gang_victims=_alt(trig.get("gang_victims", [])),
        raid_words=_alt(trig.get("raid_words", [])),
        drug_trade=_alt(trig.get("drug_trade", [])),
        agent_words=_alt(acfg["communal"]["agents_before"]) if (acfg.get("communal") or {}).get("agents_before")
        else None,
        origin_words=_phrases(places, "origin_words"),
        march_on=re.compile(rf"\s+(?:{'|'.join(map(re.escape, dest))})\s+(?:the\s+)?[A-Z]")
        if (dest := places.get("destination_words")) else None,
        beyond_words=_phrases(places, "beyond_words"),
        heading_words=_phrases(places, "heading_words"),
        target_words=_phrases(places, "target_words"),
        outside_words=_phrases(places, "outside_words"),
        here_words=_lowered(places, "here_words"),
        not_events=_alt(trig["not_events"]) if trig.get("not_events") else None,
        weapons=weapons.compile(), not_weapons=_alt(not_weapons) if not_weapons else None,
        interceptors=interceptors.compile(), actors=actors.compile(), actor_defs=defs, nationalities=nat,
        armed_targets={w.lower() for w in trig.get("armed_targets", [])},
        negations=_lowered(trig, "negations"),
        earlier_words=_lowered(trig, "earlier_words"),
        earlier_modifiers=_lowered(trig, "earlier_modifiers"),
        backdrop_words=_lowered(trig, "backdrop_words"),
        cause_words=_lowered(trig, "cause_words"),
        causing_verbs=_lowered(trig, "causing_verbs"),
        toll_adds=_alt(cas.get("toll_adds", [])), other_counts=_alt(cas.get("other_counts", [])),
        along_words=_lowered(cas.get("along") or {}, "words"), with_words=_lowered(cas.get("along") or {}, "with"),
        size_preps=_lowered(cas, "size_preps"), one_dets=_lowered(cas, "one_dets"),
        crowds={w.lower() for w in trig.get("crowds", [])},
        group_members=_lowered(trig, "group_members"),
        mobs={w.lower() for w in trig.get("mobs", [])}, state_words=state_words,
        mob_moods=_lowered(trig, "mob_moods"),
        mob_people=_lowered(trig, "mob_people"),
        fellows=_lowered(trig, "fellows"),
        weapon_stoppers=_lowered_groups(trig, "weapon_stoppers"),
        reporting_verbs=_lowered(trig, "reporting_verbs"),
        charges=_lowered_groups(trig, "charges"),
        collectives={w.lower() for w in cas.get("collectives", [])},
        one_person_pronouns=_lowered(cas, "one_person_pronouns"),
        victim_verbs=_lowered(cas, "victim_verbs"),
        not_people=_lowered(cas, "not_people"),
        near_miss=_lowered(cas, "near_miss"),
        age_units=_lowered(cas, "age_units"),
        result_verbs=_lowered(cas, "result_verbs"),
        among_words=_lowered(cas, "among_words"),
        protest_not_attack={w.lower() for w in trig.get("protest_not_attack", [])},
        civilian_targets={w.lower() for w in trig.get("civilian_targets", [])},
        civilian_sites=_lowered(trig, "civilian_sites"),
        civilian_posts=_lowered_groups(trig, "civilian_posts"),
        off_duty=_alt(trig.get("off_duty", [])),
        off_duty_scenes=_alt(trig.get("off_duty_scenes", [])),
        protest_cues=_alt(trig.get("protest_cues", [])),
        protest_hosts=_lowered(trig, "protest_hosts"),
        crowd_moves=_lowered(trig, "crowd_moves"),
        pressing_moves=_lowered(trig, "pressing_moves"),
        labour_doers=_lowered(labour, "doers"),
        labour_verbs=_lowered(labour, "verbs"),
        labour_modifiers=_alt(labour.get("modifiers", [])),
        rival_cues=_alt(trig.get("rival_cues", [])),
        communal_cues=_alt(trig.get("communal_cues", [])),
        turf_cues=_alt(trig.get("turf_cues", [])),
        riot_names=_alt(trig.get("riot_names", [])),
        hearsay_passives=_lowered(trig, "hearsay_passives"),
        patient_verbs=_lowered(trig, "patient_verbs"),
        captive_acts=_lowered(trig, "captive_acts"),
        death_words=_lowered(trig, "death_words"),
        member_nouns=_lowered(acfg, "member_nouns"),
        informers=_lowered(acfg, "informers"),
        force_belongings=_lowered(acfg, "force_belongings"),
        armed_people=_lowered(acfg, "armed_people"),
        affiliation_before=_affiliation(acfg.get("affiliation_cues", []), before=True),
        affiliation_after=_affiliation(acfg.get("affiliation_suffixes", []), before=False),
        affiliation_hedges=_alt(acfg["affiliation_hedges"]) if acfg.get("affiliation_hedges") else None,
        battle_sides=_lowered_groups(acfg, "battle_sides"),
        front_lines=_alt(acfg.get("front_lines", [])),
        rebel_name_words=frozenset(str(w).lower() for w in acfg.get("rebel_name_words", [])),
        enemy_prefix=re.compile(rf"\b(?:{'|'.join(map(re.escape, acfg['enemy_prefixes']))})[-\s]$", re.I)
        if acfg.get("enemy_prefixes") else None,
        jurisdiction={k: frozenset(str(w).lower() for w in v) for k, v in (acfg.get("jurisdiction") or {}).items()},
        killed=killed.compile(), injured=injured.compile(),
        zero_killed=_alt(cas["zero_killed"]), zero_injured=_alt(cas["zero_injured"]),
        coded_as=re.compile(cas["coded_as"], re.IGNORECASE) if cas.get("coded_as") else None,
        type_labels=labels,
        type_label=re.compile(rf"\s*({'|'.join(map(re.escape, labels))})\s*:", re.I) if labels else None,
        crowd_tag=re.compile(lcfg["crowd_size_tag"], re.I) if lcfg.get("crowd_size_tag") else None,
        toll_raised=re.compile(cas["toll_raised"], re.IGNORECASE) if cas.get("toll_raised") else None,
        number_words={str(k).lower(): int(v) for k, v in cas["number_words"].items()},
        vague_counts={str(k).lower(): int(v) for k, v in cas.get("vague_counts", {}).items()},
        claimed=_alt(att["claimed"]), suspected=_alt(att["suspected"]), no_claim=_alt(att["none"]),
        speech_verbs={w.lower() for w in sp["verbs"]}, inquiry_verbs=_lowered(sp, "inquiry"),
        pronouns={w.lower() for w in sp["pronouns"]},
        titles={w.lower() for w in sp["titles"]},
        statement_verbs={w.lower() for w in dates.get("statement_verbs", [])},
        background_markers=_alt(dates.get("background_markers", [])),
        occasion_markers=_lowered(dates, "occasion_markers"),
        weapon_words_in_actor=_alt(weapon_words, plural=True),
    )
