"""Event mentions: what one clause says about one incident.

A sentence is cut into clauses at semicolons (one sentence may report several incidents); in each
clause the trigger lexicon proposes kinds of events, grouped by family (violence, arrest, demo,
...) so that a clause yields at most one mention per family. Triggers inside speech quotes,
under an irrealis head ("se préparait à lancer des attaques") or weak and alone ("touché" with no
weapon or armed actor) are dropped. Arguments come from the dependency parse.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from sitrep.extract.classify import FIREARMS, STATE_TYPES
from sitrep.extract.docindex import index, paragraph_bounds
from sitrep.extract.lexicon import FAMILY, Lexicon
from sitrep.geo.gazetteer import RANK, Gazetteer, Place
from sitrep.geo.resolve import PlaceHit, coded_places, find_places, preceded_by, said_near
from sitrep.model import Actor
from sitrep.timeline.dates import DateExpr, find_dates, resolve

_LOC = {"LOC", "GPE", "FAC"}
_PER = {"PER", "PERSON"}
_PRECISE = {"explicit", "weekday", "published", "previous"}
_CAUSE_STEPS = 6  # how far up the parse a cause word ("demanding", "against") may govern an event word


@dataclass
class ActorHit:
    actor: Actor
    start: int
    end: int
    token: Token
    armed: bool


@dataclass
class Mention:
    family: str
    kinds: set[str]
    sent: Span
    start: int  # clause offsets in the article text
    end: int
    paragraph: int
    told_at: int = 0  # where its first event word stands (several incidents may share a clause)
    weapons: set[str] = field(default_factory=set)
    interceptor: str | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    target_kind: str | None = None  # armed | civilian | None
    crowd: bool = False  # the clause names an unarmed crowd (supporters, rival groups, students)
    crowd_acts: bool = False  # a crowd that is no party acted ("local people beat a thief to death")
    rivals: bool = False  # the clause's crowds fight one another ("pelted stones at each other")
    communal: bool = False  # ... and they are communities, or fight over land ("rival clans", "a land dispute")
    turf: bool = False  # its groups fight to rule a place ("over establishing supremacy in the area")
    fatalities: int | None = None
    injuries: int | None = None
    toll_adds: bool = False  # "three fighters were also killed": a toll to add, not another count of the same dead
    hearsay_toll: bool = False  # "Al Shabaab claims 15 fatalities": a count told as another's word
    date: date | None = None
    precision: int | None = None
    date_source: str = "none"  # own | sentence | chain | inherited | published | anniversary | none
    anniversary_years: int | None = None
    place: PlaceHit | None = None
    place_source: str = "none"
    # where the incident is when no clause of its group names a place: the nearest place its
    # paragraph names ("... at the farm. It happened in Naivasha."); used last
    nearby_place: PlaceHit | None = None
    background: bool = False
    persons: set[str] = field(default_factory=set)
    own_dates: list[DateExpr] = field(default_factory=list)  # date expressions in the clause
    sentence_dates: list[DateExpr] = field(default_factory=list)  # ... and earlier in its sentence
    extra_sents: list[Span] = field(default_factory=list)
    # a later sentence that retells an attack or a clash: adds tolls, actors and evidence, but the
    # kind of violence is what the first sentences say ("Police raided a hideout and killed four
    # militants. One of them set off a suicide vest" is no suicide bombing). A protest's later
    # sentences still tell how it turned ("... The protesters lit bonfires": a violent one).
    retelling: bool = False
    weak: bool = False  # only completes an earlier mention (a toll, a hedge), never an incident alone
    labelled: bool = False  # told only by the report's opening label ("Non-violent activity: ..."), no event word
    burning: bool = False  # told only by property burnt: part of any other incident its paragraph tells
    # someone did it to someone: an event word that is a verb with an object ("the activists attacked
    # the organiser"), not a noun ("his arrest is an attack on media freedom", "attacks on them")
    done_to: bool = False
    # the state force a later clause shows fighting this incident's doers ("Police reservists engaged
    # the raiders, killing three"): set when that clause is folded into this one
    responder: Actor | None = None
    # a crowd's damage told after this attack or clash in a clause of its own ("... attacked the
    # Chinese workers. Several vehicles were vandalised"): set when that clause is folded into this one
    rioted: bool = False
    attribution_sentence: bool = False


def clauses(sent: Span) -> list[tuple[int, int]]:
    """Char ranges of the clauses of a sentence, for sentences that report several incidents: cut at
    ';' and before a coordinated verb that has its own subject and its own event word ("...ont été
    abattus, et les forces de la coalition ont ciblé...", "...was intercepted, and a drone struck...")."""
    cuts = set()
    has_semicolon = any(t.text == ";" for t in sent)
    for tok in sent:
        if tok.text == ";":
            cuts.add(tok.idx)
        elif not has_semicolon and tok.dep_ in ("conj", "parataxis") and tok.pos_ in ("VERB", "AUX") and tok.head.pos_ in ("VERB", "AUX") \
                and any(c.dep_.startswith("nsubj") for c in tok.children) and tok.i > sent.start + 3:
            left = tok.left_edge
            if left.i > sent.start + 2 and not any(t.text == ";" for t in sent.doc[left.i - 2:left.i + 1]):
                cuts.add(sent.doc[left.i - 1].idx if sent.doc[left.i - 1].text == "," else left.idx)
    out, start = [], sent.start_char
    for c in sorted(cuts):
        out.append((start, c))
        start = c + (1 if index(sent.doc).text[c:c + 1] == ";" else 0)
    out.append((start, sent.end_char))
    return [(s, e) for s, e in out if e - s > 3]


def _overlaps(s: int, e: int, ranges) -> bool:
    return any(s < re_ and rs < e for rs, re_ in ranges)


def _ancestors(tok: Token, n: int = 3) -> list[Token]:
    out = []
    while tok.head.i != tok.i and len(out) < n:
        tok = tok.head
        out.append(tok)
    return out


def _governing_heads(tok: Token, lex: Lexicon) -> list[str]:
    """The lemmas of the words above an event word that may make it unreal ("planned to attack",
    "an attempt to storm"). The walk stops at a noun that is no such word: an event verb the parser
    hangs under a noun ("students preparing for a test protested": "protested" under "test") is
    told by its own clause, not by the verb above that noun. Nor does the walk pass a finite verb in
    the past ("warned that militants attacked": they did) or an event word that is the subject of
    the word above it ("the protest was aimed against the government": it took place; not the
    people of a protest: "protesters planned to march" tells of a plan), nor a verb coordinated
    with its own finite auxiliary ("tried to enter but were dispersed": the dispersal happened), nor
    a participle clause ("Staging a protest, they urged the government to act": the protest is told
    as done, whatever the main verb asks)."""
    out = []
    child = tok
    for a in _ancestors(tok):
        if _past_finite(child) or (child.dep_.startswith(("nsubj", "csubj")) and _finite(a)
                                   and child.lemma_.lower() not in lex.demonstrators):
            break  # (who demonstrate are no event: "protesters tried to storm" tells of an attempt)
        if child.dep_ == "conj" and child.pos_ == "VERB" and _finite(child) and not _unreal(child, lex):
            break  # "attempted to enter, but were dispersed by police": a verb of its own, not the attempt's
        if child.dep_ == "advcl" and child.tag_ == "VBG":
            break  # "Staging a demonstration outside the office, they urged the government to": done as told
        lemma = a.lemma_.lower()
        out.append(lemma)
        if a.pos_ in ("NOUN", "PROPN") and lemma not in lex.irrealis:
            break
        child = a
    return out


def _finite(verb: Token) -> bool:
    """Is this verb finite, itself or by its auxiliary ("was aimed"; not "a rally to be held")?"""
    return any("Fin" in t.morph.get("VerbForm") for t in [verb, *verb.children]
               if t is verb or t.dep_ in ("aux", "auxpass", "aux:pass"))


def _past_finite(tok: Token) -> bool:
    """A verb in a finite past tense ("attacked", not "to attack" nor "would attack") tells what happened."""
    return tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm") and "Past" in tok.morph.get("Tense")


def _of_nouns(tok: Token, any_dep: bool = False) -> list[Token]:
    """The nouns of a word's "of" phrase ("two of his colleagues", "the death of one demonstrator");
    with `any_dep`, every word the preposition governs (the parse does not always tag it pobj)."""
    return [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
            if any_dep or g.dep_ == "pobj"]


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    return span.root


_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]+\s+$")  # a name right before "Police Station"


def _jurisdiction(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """Is the actor phrase at text[s:e] a named police station that says where ("under Jaldhaka
    Police Station", "in Kalimela police station area"), as reports from South Asia locate a village?"""
    j = lex.jurisdiction
    if not j or not set(text[s:e].lower().split()) & j.get("nouns", frozenset()):
        return False
    before = text[max(0, s - 40):s]
    if not _NAME_BEFORE.search(before):
        return False
    nxt = text[e:e + 20].split()
    return bool(set(before.lower().split()[-2:]) & j.get("before", frozenset())
                or (nxt and nxt[0].lower().strip(".,;") in j.get("after", frozenset())))


def find_actors(doc: Doc, span: Span, lex: Lexicon, blank) -> list[ActorHit]:
    text = index(doc).text
    hits: list[ActorHit] = []
    taken: list[tuple[int, int]] = []
    for name, s, e in sorted(lex.actors.find(span, blank), key=lambda x: (x[1], -(x[2] - x[1]))):
        if _overlaps(s, e, taken):
            continue
        tok = _token_at(doc, s, e)
        if tok is None:
            continue
        d = lex.actor_defs[name]
        country = d.country
        surface = text[s:e]
        if lex.enemy_prefix and lex.enemy_prefix.search(text[max(0, s - 5):s]):
            continue  # "anti-Houthi forces" are the Houthis' enemies
        if d.generic and _jurisdiction(text, s, e, lex):
            continue  # "under Jaldhaka Police Station", "in Kalimela police station area": a place, not the police
        if tok.dep_ == "compound" and tok.head.lower_ in lex.informers:
            continue  # "a police informer" is no policeman
        if tok.dep_ in ("compound", "amod", "nmod") and tok.head.lower_ in lex.force_belongings:
            continue  # "gunmen dressed in police uniforms", "youths in military attire": no force there
        if d.generic:
            # a nationality adjective next to the head word gives the country ("soldats maliens")
            country = None
            for t in list(tok.children) + [tok.nbor(1) if tok.i + 1 < len(doc) else tok]:
                c = lex.nationalities.get(t.lemma_.lower()) or lex.nationalities.get(t.lower_)
                if c:
                    country = c
                    surface = text[min(s, t.idx):max(e, t.idx + len(t.text))]
                    break
            if d.type == "state_forces" and _rebel_army(doc, s, e, lex):
                d = lex.generic("rebel_group") or d  # "the Kuki Revolutionary Army", "United Baloch Army"
            if d.type == "civilians" and tok.pos_ not in ("NOUN", "PROPN"):
                continue
            if d.type == "civilians" and _in_name(tok):
                continue  # a word of a name: "People's Liberation Army", "the Farmers Union"
            if d.type == "civilians" and any(c.lower_ in lex.armed_people and c.dep_ in ("amod", "acl", "compound")
                                             for c in tok.children):
                d = lex.generic("unidentified") or d  # "an armed man", "men armed with blades"
        label = d.name
        taken.append((s, e))
        armed = d.type in ("state_forces", "external_forces", "rebel_group", "political_militia",
                           "identity_militia", "unidentified")
        hits.append(ActorHit(Actor(name=label, type=d.type, country=country, surface=surface), s, e, tok, armed))
    return hits


def _rebel_army(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """Is this "Army" the last word of a rebel group's name: capitalised, after a capitalised name
    word of lex.rebel_name_words ("Kuki Revolutionary Army", "United Baloch Army"), not a state's
    ("Nepal Army", "the Indian Army")?"""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].text != "Army":
        return False
    words = [t for t in doc[max(span.start - 4, 0):span.start] if t.text[:1].isupper()]
    return any(t.lower_ in lex.rebel_name_words or f"{t.lower_}'s" in lex.rebel_name_words for t in words) \
        and doc[span.start - 1].text[:1].isupper()


def _in_name(tok: Token) -> bool:
    """Is this capitalised word, not the first of its sentence, followed by another capitalised one
    (past a possessive): a word of a name ("three People's Liberation Army militants")?"""
    if not tok.text[:1].isupper() or tok.i == tok.sent.start:
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.dep_ == "case" and nxt.i + 1 < len(tok.doc):
        nxt = nxt.nbor(1)
    return nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha


def _role(hit: ActorHit, lex: Lexicon, trig_tokens: set[int]) -> str | None:
    """actor1 | target | interceptor | None, from the actor's grammatical relation and neighbours."""
    tok = hit.token
    doc = tok.doc
    if tok.dep_ not in ("dobj", "obj", "nsubjpass", "nsubj:pass") and any(
            w.start() == 0 or not w.group(0)[:1].isupper() for w in lex.weapon_words_in_actor.finditer(hit.actor.surface or "")):
        # "drones américains", "US airstrike": the weapon's owner acted (not the object of the event
        # word: "police shot dead two gunmen"; a word of a force's name is no weapon: "Assam Rifles men"
        # may be whom the militants fired at)
        return "actor1"
    if hit.armed and tok.dep_ in ("compound", "amod", "poss", "nmod:poss") and tok.head.i in trig_tokens:
        return "actor1"  # "a police raid", "the Houthi attack", "army shelling": the modifier did it
    # inside the agent phrase of an interception: "interceptés par le système Patriot de l'armée"
    chain = [tok, *_ancestors(tok, 3)]
    for t in chain:
        if t.dep_ in ("obl:agent", "agent") and t.head.i in trig_tokens and _is_intercept(t.head, lex):
            return "interceptor"
    # right after a targeting word: "ciblant les troupes", "contre les forces", "près d'une installation"
    first = _first_token(doc, hit.start)
    k = first - 1
    while k >= 0 and k > first - 5 and doc[k].pos_ in ("DET", "ADJ", "NUM", "ADP") and doc[k].lower_ not in lex.target_cues \
            and doc[k].lower_ not in ("by", "par"):  # "gunned down by police": the agent, not a target
        k -= 1
    if k >= 0 and (doc[k].lower_ in lex.target_cues or (doc[k].i in trig_tokens and doc[k].pos_ == "VERB")):
        if not (doc[k].lower_ in ("on", "at", "sur") and not trig_tokens & set(range(k - 4, k))):
            return "target"
    tok = _noun_of(tok, trig_tokens, lex.member_nouns)  # "an army officer", "sect members": the noun has the role
    dep, head = tok.dep_, tok.head
    case = {c.lower_ for c in tok.children if c.dep_ in ("case", "prep")}
    if head.dep_ == "prep" or head.pos_ == "ADP":
        case.add(head.lower_)
        dep, head = (("agent" if head.lower_ == "by" else "obl"), head.head)
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i in trig_tokens for c in tok.children):
        return "target"  # "eight gang members killed by police": the noun the participle tells of
    if dep in ("nsubj:pass", "nsubjpass") and not any(
            c.dep_ in ("auxpass", "aux:pass") and c.text.islower() for c in head.children):
        dep = "nsubj"  # "Boko Haram/IS attacked the village": "IS" is no passive's auxiliary
    if dep == "nsubj":
        if _accused_of(head, trig_tokens, lex):
            return None  # "residents accused police of beating traders": the accusers did nothing
        if lex.undergo.find(doc[max(0, head.i - 2):head.i + 3]):
            return "target"
        if head.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("aux", "dobj", "obj") for c in head.children) and (any(
                c.dep_ != "pcomp" for a in _agents(head) for c in a.children) or any(
                c.dep_ == "prep" and not list(c.children) for c in head.children)):
            # a headline's passive without its auxiliary: "Soldier shot dead by rebels",
            # "Two guards shot at and wounded" (a stranded preposition); not a perfect tense, nor a
            # means told with "by" ("UNLF has punished a man by shooting at his legs"), nor a verb with
            # an object ("police allegedly tortured the man whilst in custody": a passive has none)
            return "target"
        if (head.i in trig_tokens or not trig_tokens) and head.lemma_.lower() in lex.patient_verbs \
                and head.tag_ in ("VBN", "VBD") and not _acts_on(head):
            # a note's passive with no auxiliary and no object: "Three soldiers killed in an ambush"
            # (or a toll told with no event word: "6 Kenyan soldiers injured")
            return "target"
        if head.lemma_ == "be" and any(t.i in trig_tokens for t in doc[head.i + 1:head.i + 5]):
            return "target"  # "Two policemen were Friday shot dead" (the participle misread as a noun)
        if head.tag_ == "VBN" and head.dep_ == "conj" \
                and not any(c.dep_ in ("aux", "auxpass", "aux:pass", "dobj", "obj") for c in head.children) \
                and any(c.dep_ in ("auxpass", "aux:pass") for c in head.head.children):
            return "target"  # "A policeman was killed and a civilian injured": the first verb's "was" is the second's
        return "actor1"
    if dep in ("nsubj:pass", "nsubjpass"):
        # "police were reported to have beaten IDPs", "police are accused of assaulting a driver": the
        # subject of a hearsay passive did what its verb reports, unless that is passive too ("were
        # reported to have been killed")
        reported = [c for c in head.children if c.dep_ == "xcomp"]
        reported += [g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
        if head.lemma_.lower() in lex.hearsay_passives and any(
                c.i in trig_tokens and not any(g.dep_ in ("auxpass", "aux:pass") for g in c.children) for c in reported):
            return "actor1"
        return "target"
    if dep in ("obl:agent", "agent") or ("par" in case and dep.startswith("obl")):
        return "interceptor" if _is_intercept(head, lex) else "actor1"
    if dep in ("obj", "dobj") and _accused_of(head, trig_tokens, lex):
        return "actor1"  # "accused the military of shooting dead two civilians": who is said to have done it
    if dep in ("obj", "dobj", "obl:arg", "iobj", "pobj") or case & {"contre", "against"}:
        return "target"
    if dep.startswith("nmod") and (head.i in trig_tokens or lex.weapons.words.get(head.lemma_.lower())):
        if case & {"contre", "against", "sur", "on"}:
            return "target"
        # "une frappe de drone de l'armée malienne", "an attack by the army": the owner acted
        return "actor1" if hit.armed and case & {"de", "d'", "du", "des", "of", "by", "par"} else None
    return None


def _accused_of(verb: Token, trig_tokens: set[int], lex: Lexicon) -> bool:
    """Does this verb charge its object with the event word ("accused the army of shooting", `charges`
    `alleged`: "accuse of", "suspect of", "charge with")?"""
    return any(f"{verb.lemma_.lower()} {c.lemma_.lower()}" in lex.charges.get("alleged", ())
               and any(g.i in trig_tokens for g in c.children if g.dep_ in ("pcomp", "pobj"))
               for c in verb.children if c.dep_ == "prep")


def _acts_on(verb: Token) -> bool:
    """Does the verb (or a verb coordinated with it: "shot and killed a teacher") have an auxiliary,
    an object or a target after "at" ("shot at a bus")? Then its subject did it."""
    for v in [verb, *verb.conjuncts]:
        for c in v.children:
            if c.dep_ in ("aux", "auxpass", "dobj", "obj", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("at", "upon")):
                return True
    return False


def _noun_of(tok: Token, stop: set[int] = frozenset(), members: frozenset[str] = frozenset()) -> Token:
    """The noun a modifier belongs to ("army" in "an army officer", "Hizbul Mujahideen" in "two militants
    of Hizbul Mujahideen"), up to an event word in `stop`."""
    while tok.head.i != tok.i:
        if tok.dep_ in ("amod", "compound", "nmod", "npadvmod") and tok.head.pos_ in ("NOUN", "PROPN") \
                and tok.head.i not in stop:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN", "PROPN") \
                and tok.head.head.i not in stop and tok.head.head.lemma_.lower() in members:
            tok = tok.head.head
        else:
            break
    return tok


def _after_with(tok: Token, trig_tokens: set[int] = frozenset()) -> bool:
    """"in a gunfight with army troops", "after exchanging fire with police": the actor's noun hangs
    on a "with" of an event noun or of an event verb that has no subject."""
    head = _noun_of(tok).head
    if head.lower_ != "with":
        return False
    verb = head.head  # an event verb with a subject of its own ("dahalo clashed with soldiers") tells who acted
    return verb.pos_ == "NOUN" or (verb.i in trig_tokens and not any(c.dep_.startswith("nsubj") for c in verb.children))


def _first_token(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _is_intercept(tok: Token, lex: Lexicon) -> bool:
    return "intercept" in (lex.triggers.words.get(tok.lemma_.lower()) or lex.triggers.words.get(tok.lower_) or ())


def _number(tok: Token, lex: Lexicon) -> int | None:
    t = tok.lower_.replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    if re.fullmatch(r"\d{1,5}", t):
        n = int(t)
        return None if 1900 <= n <= 2100 else n
    if "-" in t and all(p in lex.number_words for p in t.split("-")):  # "twenty-four" as one token
        return sum(lex.number_words[p] for p in t.split("-"))
    n = lex.number_words.get(t) or lex.vague_counts.get(t)
    doc = tok.doc
    if n is not None and 0 < n < 10 and tok.i >= 2 and doc[tok.i - 1].text == "-":
        tens = lex.number_words.get(doc[tok.i - 2].lower_)  # "Twenty - four", split by the tokenizer
        if tens is not None and tens >= 20 and tens % 10 == 0:
            return tens + n
    if n is not None and n >= 20 and n % 10 == 0 and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-":
        unit = lex.number_words.get(doc[tok.i + 2].lower_)
        if unit is not None and 0 < unit < 10:
            return n + unit
    return n


def _doers_of(tok: Token, end: int, lex: Lexicon) -> set[int]:
    """The subject of an active verb that has an object ("militants gunned down a journalist"): who
    did it, not who died. Not when the object is the phrase's own ("six people lost their lives"), nor
    a bare number ("4 killed (machetes)": a headline's dead)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() in lex.victim_verbs or any(c.dep_ in ("auxpass", "aux:pass") for c in tok.children):
        return set()
    if not any(c.dep_ in ("dobj", "obj") and c.idx >= end for c in tok.children):
        return set()
    return {c.i for c in tok.children if c.dep_ == "nsubj" and not c.like_num}


def _others_listed(noun: Token, word: Token, lex: Lexicon, words: set[int] | frozenset[int] = frozenset()) -> int:
    """The people listed beside a counted noun: "Seven police officers and a civilian", "7 militants
    and 3 security forces", "two soldiers ... along with 15 militants" (a plural with no count adds
    none; animals and houses are no people)."""
    while noun.dep_ == "compound" and noun.head.i > noun.i:  # "Two security forces personnel"
        noun = noun.head
    # (the parse may hang the list on a name inside the noun's phrase: "seven militants of the NSCN-K
    # and two civilians"; or the next item as an apposition: "Two officers, one civil servant and ...")
    # (names are not counted: "three activists - Rakib, Raihan and Sohel", "militants of the TTP and LI")
    listed = [x for x in noun.subtree if x.dep_ in ("conj", "appos") and x.i > noun.i and x.pos_ == "NOUN"]
    # (the list stays on the noun's side of the death word, and a breakdown in brackets or after
    # "including" is the same dead: "5 civilians (2 men, 2 women and 1 child)")
    # (a conjunct may come first: "An assistant police officer and two militants were killed")
    side = range(0, word.i) if noun.i < word.i else range(word.i + 1, len(noun.doc))
    # (or as a second subject of the same verb: "1 FC personnel, and 4 militants were killed")
    listed += [x for x in noun.head.children if x.dep_ == noun.dep_ and noun.i < x.i < noun.head.i and x.pos_ == "NOUN"
               and noun.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and any(c.dep_ == "nummod" for c in x.children)]
    others = [x for x in [*[x for x in noun.conjuncts if x.pos_ == "NOUN"], *listed]
              if x.i in side and not any(t.text in ("(", "[") or t.lower_ in lex.among_words
                                         for t in noun.doc[min(noun.i, x.i):max(noun.i, x.i)])
              # (not one told with a casualty word of its own: "Nine officers injured and one killed")
              and not any(t.i in words and t.i != word.i for t in x.subtree)]
    # "... were killed along with 15 militants": "along with" on the noun or on its verb
    along = []
    for h in (noun, noun.head):
        for p in [*h.children, *(g for c in h.children if c.lower_ in lex.along_words for g in c.children)]:
            if _along_with(p, lex):
                along += [g for g in p.children if g.dep_ == "pobj"]
    others += along
    total = 0
    for x in dict.fromkeys(others):
        if x.pos_ not in ("NOUN", "PROPN", "NUM") or x.lemma_.lower() in lex.not_people:
            continue
        counts = [v for c in x.children if c.dep_ == "nummod" and (v := _number(c, lex)) is not None]
        if counts:
            total += counts[0]
        elif x.pos_ == "NUM" and (v := _number(x, lex)) is not None:
            total += v  # "along with two of his aides"
        elif x.dep_ == "appos":
            continue  # "two men, farmers from Kisii": the same men
        elif "Sing" in x.morph.get("Number") and (x.pos_ == "PROPN" or any(
                c.lower_ in lex.one_dets or (c.dep_ == "poss" and x in along) for c in x.children)):
            total += 1  # "a civilian", "along with his driver" (not "a man and his son": counted as a conjunct)
    return total


def _along_with(prep: Token, lex: Lexicon) -> bool:
    """Is this the "with" of "along with", "together with" (the people it names are more dead, listed)?"""
    return prep.dep_ == "prep" and prep.lower_ in lex.with_words and any(
        c.lower_ in lex.along_words for c in [prep.head, *prep.children, *prep.head.children])


def _age(tok: Token, lex: Lexicon) -> bool:
    """A number in brackets or commas after a name is an age ("Jonti Ali (38)", "Saber Ahmed, 29,
    was shot dead"), and so is one before "year" ("a 13 year old boy", "a 28-year-old man")."""
    doc = tok.doc
    if 2 <= tok.i < len(doc) - 1 and (doc[tok.i - 1].text, doc[tok.i + 1].text) in (("(", ")"), (",", ",")) \
            and doc[tok.i - 2].pos_ == "PROPN":
        return True
    after = doc[tok.i + 1: tok.i + 3]
    return any(t.lower_.strip("-") in lex.age_units for t in after) or tok.head.lower_ in lex.age_units \
        or any(tok.lower_.endswith(f"-{u}") for u in lex.age_units)


def _one_victim(tok: Token, lex: Lexicon, words: set[int] | frozenset[int] = frozenset()) -> int | None:
    """1 when the one killed or hurt is a single person: "A man was killed", "un policier a été tué",
    "shoot dead a construction worker"."""
    head = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    # "a man was shot and killed": the second verb shares the first one's subject
    passive = any(c.dep_ in ("auxpass", "aux:pass") for c in head.children)
    shared = [c for c in head.head.children if c.dep_ in ("nsubjpass", "nsubj:pass") or (passive and c.dep_ == "nsubj")] \
        if head.dep_ == "conj" and head.head.pos_ == "VERB" else []
    # a headline's participle tells of its noun: "Muslim cleric linked with Al Shabaab killed in shoot-out"
    # (or of the object the story's verb leaves so: "the clash left a student killed")
    told = [head.head] if head.dep_ == "acl" and head.tag_ == "VBN" and (
        head.head.dep_ == "ROOT" or (head.head.dep_ in ("dobj", "obj") and head.head.head.dep_ == "ROOT")) else []
    # a headline's transitive death verb with a subject and no object tells of the subject as its
    # dead: "Police reservist killed when raiders attack"
    headline = tok.pos_ == "VERB" and tok.dep_ == "ROOT" and not any(c.dep_ in ("dobj", "obj", "aux", "auxpass")
                                                                     for c in tok.children)
    for c in [*head.children, *shared, *told]:
        if c in told or c in shared or c.dep_ in ("nsubj:pass", "nsubjpass", "obj", "dobj") or (c.dep_ == "nsubj" and (
                tok.pos_ != "VERB" or tok.lemma_.lower() in lex.victim_verbs or headline)):
            if c.lemma_.lower() in lex.collectives:  # "killed a family of three"
                sized = [v for p in c.children if p.dep_ == "prep" and p.lower_ in lex.size_preps
                         for g in p.children if g.pos_ == "NUM" and (v := _number(g, lex)) is not None]
                if sized:
                    return sized[0]
            if c.dep_.startswith("nsubj") and c.lower_ in lex.one_person_pronouns and tok.lemma_.lower() in lex.victim_verbs:
                return 1  # "He later died in hospital": the one just told of
            if c.dep_ in ("dobj", "obj") and c.pos_ == "PRON" and c.lemma_.lower() in lex.one_person_pronouns:
                return 1  # "caught the thief and lynched him", "shot him dead"
            # (the tagger may call a victim an adjective: "kills civilian")
            mistagged = c.pos_ == "ADJ" and c.dep_ in ("dobj", "obj", "nsubjpass") and not c.lower_.endswith("s") \
                and c.lemma_.lower() in lex.civilian_targets | lex.armed_targets
            if (mistagged or (c.pos_ in ("NOUN", "PROPN") and "Sing" in c.morph.get("Number"))) and not any(
                    g.dep_ in ("nummod",) or g.lower_ in ("no", "aucun", "aucune", "nul") for g in c.children):
                dets = [g.lower_ for g in c.children if g.dep_ == "det"]
                if c.pos_ == "PROPN" or any(g.lower_ in ("a", "an", "un", "une", "one", "his", "her", "son", "sa",
                                                         "another") for g in c.children) \
                        or c.lemma_.lower() in lex.civilian_targets | lex.armed_targets \
                        or ((c in told or c.dep_ in ("obj", "dobj", "nsubjpass") or tok.lemma_.lower() in lex.victim_verbs or headline)
                            and c.i != tok.i
                            and dets in ([], ["the"])
                            and c.lemma_.lower() not in lex.collectives):
                    # ... or the object of a death verb, bare or definite ("Mob kills suspected goat
                    # thief", "killed the driver"); in "a mayor and his son were killed" each person of
                    # the coordination counts
                    # ("An officer and two militants were killed": a counted conjunct adds its count)
                    counted = _others_listed(c, tok, lex, words)  # (nouns with a count or "a")
                    return 1 + counted + sum(
                        1 for x in c.conjuncts if x.pos_ in ("NOUN", "PROPN") and "Sing" in x.morph.get("Number")
                        and not any(t.i in words and t.i != tok.i for t in x.subtree)
                        and not (x.pos_ == "NOUN" and any(g.lower_ in lex.one_dets for g in x.children)))
    return None


def _count_near(tok: Token, end: int, words: set[int], lex: Lexicon, blank) -> int | None:
    """The number told of the dead or hurt of the casualty word `tok` (its phrase ends at `end`;
    `words` are the clause's casualty words), or None: the victims' own count first, then a number
    near the word, never the doers' count, an age, or the count of another casualty word."""
    # "deux soldats tués" / "tuant trois civils" / "three people were killed" / "5 morts"
    cands = [tok] + list(tok.children) + [tok.head] + list(tok.head.children)
    # the count of the death word's own subject or object may stand far from it: "Four fighters
    # suspected to belong to a banned group were killed"
    # (the subject of an active killing verb is its doers: "4 militants gunned down a journalist")
    doers = _doers_of(tok, end, lex)
    near = {c.i for c in tok.children if c.dep_ in ("nsubjpass", "nsubj:pass", "dobj", "obj", "nsubj")} - doers
    if tok.pos_ == "NOUN" and tok.head.head.lemma_.lower() in lex.result_verbs:
        # "leading to the death of one demonstrator" (not "protests against the death of two")
        of = _of_nouns(tok)
        near |= {g.i for g in of}
        cands += of
    if tok.dep_ in ("oprd", "acomp", "xcomp"):  # "left one soldier dead and two injured"
        near |= {c.i for c in tok.head.children if c.dep_ in ("dobj", "obj")}
    if tok.dep_ in ("dobj", "obj") or tok.head.pos_ == "AUX":
        # "eight persons, including two babies, sustained burn injuries"; "Three suspects were on
        # 24/02 lynched" (parsed with "were" as the verb)
        near |= {c.i for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")}
    if tok.dep_ == "conj" and (any(c.dep_ in ("auxpass", "aux:pass") for c in tok.children) or (
            tok.tag_ == "VBN" and not any(c.dep_.startswith("nsubj") for c in tok.children)
            and any(c.dep_ in ("auxpass", "aux:pass") for c in tok.head.children))):
        # a passive second verb shares the first one's subject: "Two policemen deployed for the
        # security of the complex were shot dead" (parsed as two verbs), "3 civilians including a
        # commander were kidnapped and killed"
        near |= {c.i for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")}
    # (or with the subject hung on the auxiliary: "Three thieves were on Monday lynched")
    subj_of_aux = [g for a in tok.children if a.dep_ in ("aux", "auxpass") for g in a.children
                   if g.dep_ in ("nsubj", "nsubjpass")]
    near |= {g.i for g in subj_of_aux}
    cands += subj_of_aux
    # the count of a noun before the subject's head: "two rangers personnel were killed"
    cands += [g for c in [*tok.children, *subj_of_aux] if c.i in near for g in c.children if g.dep_ == "compound"]
    # a count the parse hangs on a modifier of the victims' noun: "Four suspected TTP militants"
    near_left = {t.i for c in [*tok.children, *subj_of_aux] if c.i in near for left in c.lefts
                 for t in left.subtree if t.like_num}
    cands += [tok.doc[i] for i in sorted(near_left)]
    # the victims' own count first, then any number near the word; never the doers' count, nor
    # that of another casualty word ("A man was killed and five others injured")
    ancestors = {a.i for a in tok.ancestors}
    cands = [c for c in cands if c.i == tok.i or c.i in ancestors
             or not any(t.i in words and t.i != tok.i for t in c.subtree)]
    cands = [c for c in cands if c.i in near] + [c for c in cands if c.i not in near and c.i not in doers]
    for c in cands:
        for cc in [c] + [g for g in c.children if g.i not in doers]:
            if _age(cc, lex) or (cc.dep_ == "nummod" and cc.head.lemma_.lower() in lex.not_people
                                 and cc.head.dep_ in ("dobj", "obj") and cc.head.head.i == tok.i) \
                    or (cc.dep_ == "pobj" and _along_with(cc.head, lex)):
                # "killed Jonti Ali (38)": his age; "killed two goats": no people; "killed along with
                # two of his aides": more dead, listed beside the victim (_others_listed)
                continue
            # (a headline's count may be tagged a name: "Seventeen killed in church attack")
            if (cc.dep_ == "nummod" or (cc.pos_ == "NUM" and cc.dep_ != "det")
                    or (cc.like_num and cc.dep_ in ("nsubj", "nsubjpass") and cc.head.i == tok.i)) \
                    and not _overlaps(cc.idx, cc.idx + len(cc), blank):  # a date's day is no count
                v = _number(cc, lex)
                if v is not None and (abs(cc.i - tok.i) <= 6 or (cc.dep_ == "nummod" and cc.head.i in near)
                                      or cc.i in near_left):
                    # a range counts its low end, as ACLED does: "killing between 2 to 4 fighters"
                    low = [w for q in cc.children if q.dep_ in ("quantmod", "prep", "conj") and q.like_num
                           and (w := _number(q, lex)) is not None]
                    v = min([v, *low])
                    return v + (_others_listed(cc.head, tok, lex, words) if cc.dep_ == "nummod" else 0)
    return None


def casualties(span: Span, lex: Lexicon, blank) -> tuple[int | None, int | None, bool]:
    """(fatalities, injuries, more): read next to death and injury words, 0 when the text says none;
    `more` when every death word of the span tells its dead as more ("two attackers were also killed")."""
    text = span.text
    zk = [(span.start_char + m.start(), span.start_char + m.end()) for m in lex.zero_killed.finditer(text)]
    zi = [(span.start_char + m.start(), span.start_char + m.end()) for m in lex.zero_injured.finditer(text)]
    dead = 0 if zk else None
    hurt = 0 if zi else None
    added = 0
    all_more = True
    found = {which: [(s, e) for _, s, e in table.find(span, list(blank) + zk + zi)]
             for table, which in ((lex.killed, "dead"), (lex.injured, "hurt"))}
    words = {t.i for spans in found.values() for s, e in spans if (t := _token_at(span.doc, s, e)) is not None}
    for which in ("dead", "hurt"):
        for s, e in found[which]:
            tok = _token_at(span.doc, s, e)
            if tok is None:
                continue
            if (tok.dep_ in ("xcomp", "acl") and tok.head.lemma_.lower() in lex.irrealis) \
                    or any(c.dep_ == "advmod" and c.lower_ in lex.near_miss for c in tok.children):
                continue  # "threatening to lynch the driver", "in a bid to lynch", "nearly lynched": nobody died
            more = which == "dead" and _adds(tok, lex)
            all_more &= more or which != "dead"
            n = _count_near(tok, e, words, lex, blank)
            if n is None:
                n = _one_victim(tok, lex, words)
            if n is None:
                continue
            if more:
                added += n  # "six officers died in the ambush; two attackers were also killed"
            elif which == "dead":
                dead = max(dead or 0, n)
            else:
                hurt = max(hurt or 0, n)
    if added:
        dead = (dead or 0) + added
    for m in lex.toll_raised.finditer(text) if lex.toll_raised else ():
        # "the death toll rose to eight": the count of the whole incident, not more dead
        at = span.start_char + m.start(1)
        tok = _token_at(span.doc, at, at + 1)
        n = _number(tok, lex) if tok is not None and not _overlaps(at, at + 1, blank) else None
        if n is not None:
            dead, all_more = max(dead or 0, n), False
    return dead, hurt, bool(dead) and all_more


def _adds(tok: Token, lex: Lexicon) -> bool:
    """Is this death word's count told as more dead ("were also killed", "another soldier died")?"""
    near = tok.doc[max(tok.sent.start, tok.i - 4):tok.i]
    return any(lex.toll_adds.fullmatch(t.text) for t in near)


_DATELINE = re.compile(r"^[^\n]{2,140}?\s(?:–|—|--|-)\s")
# an agency in brackets, a town in capitals before a comma or bracket ("NEW DELHI, ", not "SLDF
# militia attack -"), or a year
_DATELINE_HINT = re.compile(r"^(?:\(|[A-ZÀ-Ý]{3,}(?:[\s-][A-ZÀ-Ý]{2,})*\s*[,(]|[^\n]*\b(?:19|20)\d{2}\b)")
_DATELINE_WORDS = 10  # "KABUL, Afghanistan, 3 March 2021 (Reuters) –" has 7
_OPENING_NAME = r"[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){0,2}"  # a name of up to three capitalised words
# the name that opens a dateline, before a comma, a bracket or a colon ("KABUL, ", "Imphal, April 28: ")
_DATELINE_NAME = re.compile(rf"\s*({_OPENING_NAME})\s*[,(:]")
# a town and maybe a date before a colon or an agency's name, opening the text: "Srinagar: ",
# "Imphal, April 28: ", "Comilla, Jan 15 (UNB) " (a dateline only when the name is a town: "Arrests: "
# heads a note)
_COLON_DATELINE = re.compile(rf"\s*{_OPENING_NAME}(?:,[^\n:,()]{{3,25}}?)?"
                             r"(?::\s|\s*\([A-Z][\w .]{1,25}\)\s*(?:[-–—:]+\s*)?)")
_DATELINE_TOWN_MIN_POP = 20_000  # a town a dateline names in an article that names no country


def dateline_end(text: str, town_first: bool = False) -> int:
    """End offset of a dateline ("BAMAKO, 8 février 2023 –", "(Agence X) –") opening one of the first
    paragraphs, or 0. Its place and date are where and when the report was filed, not the event.
    With `town_first` (the text opens with a town's name), also a colon's ("Imphal, April 28: ")."""
    if town_first and (m := _COLON_DATELINE.match(text)):
        return m.end()
    pos = 0
    for para in text.split("\n\n")[:3]:
        m = _DATELINE.match(para)
        head = para[:m.end()] if m else ""
        # a dateline is short and whole: not a sentence that runs to a spaced dash in a route's name
        # ("ambushed a convoy on the Damboa - Maiduguri road") or in a range ("Around 1 May (from 1 - 6 May)")
        if m and _DATELINE_HINT.match(head) and len(head.split()) <= _DATELINE_WORDS \
                and head.count("(") == head.count(")"):
            return pos + m.end()
        pos += len(para) + 2
    return 0


def _opening_town(text: str, gz: Gazetteer, context: dict[str, int]) -> PlaceHit | None:
    """The town whose name opens the text before a comma, a bracket or a colon ("SRINAGAR, Jan 5",
    "Imphal, April 28:"), in a country the article names (or, naming none, a sizeable one): a
    dateline's town, if the text goes on as one."""
    m = _DATELINE_NAME.match(text)
    if m is None:
        return None
    towns = [p for p in gz.lookup(m.group(1)) if p.kind in ("city", "district") and (
        context.get(p.country or "", 0) or (not context and p.population >= _DATELINE_TOWN_MIN_POP))]
    if not towns:
        return None
    best = max(towns, key=lambda p: (context.get(p.country or "", 0) > 0, p.kind == "city", p.population))
    return PlaceHit(best, m.group(1), m.start(1), m.end(1), 1, RANK.get(best.kind, 1), located=True)


def mentions_in_doc(doc: Doc, lex: Lexicon, gz: Gazetteer, speech: list[tuple[int, int]], published: date | None,
                    context: dict[str, int], cued: Sequence[Place] = ()) -> list[Mention]:
    """All event mentions of the article, in text order, with dates and places resolved. `cued`:
    provinces the article's cues point to (gazetteer.cued_provinces)."""
    text = index(doc).text
    out: list[Mention] = []
    opening = _opening_town(text, gz, context)
    dl_end = dateline_end(text, opening is not None)
    # the dateline's town: where a clause that says "here" happened
    filed_at = opening if opening is not None and opening.end <= dl_end else None
    loc_ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in _LOC and e.start_char >= dl_end]
    # surnames of people named anywhere (outside quotes): the parser may tag the same name PER in one
    # sentence and LOC in the next, so a clause's people are found by these words, not by its own tags
    known = {e.text.split()[-1] for e in doc.ents if e.label_ in _PER and e.text[:1].isupper()
             and not _overlaps(e.start_char, e.end_char, speech) and len(e.text.split()[-1]) > 2}
    side_story = _side_story(doc, lex, dl_end)
    # "Non-violent activity: Two aspirants disappeared ...": a report whose opening label names its
    # kind reports an incident even when no event word tells it (its type: incidents._labelled_type)
    label = lex.type_label.match(text) if lex.type_label is not None else None
    coded = coded_places(text, gz, lex.lang, context, cued)  # "(coordinates for Kiunga used)"
    for sent in doc.sents:
        if not sent.text.strip() or sent.end_char <= dl_end:
            continue
        sent_dates = [d for d in _dates(sent, lex, speech) if sent.start_char + d.start >= dl_end]
        date_spans = [(sent.start_char + d.start, sent.start_char + d.end) for d in sent_dates]
        for cs, ce in clauses(sent):
            cs = max(cs, dl_end)
            span = doc.char_span(cs, ce, alignment_mode="expand")
            if span is None:
                continue
            blank = [r for r in speech if _overlaps(cs, ce, [r])] + date_spans
            # "petrol bombs" are no weapon of war but are a riot's words; "beating drums" is no beating
            not_weapons, not_events = _spans_of(lex.not_weapons, text, cs, ce), _spans_of(lex.not_events, text, cs, ce)
            trig = lex.triggers.find(span, blank + not_events)
            labelled = not trig and label is not None and cs <= label.start(1) < ce
            if labelled:
                trig = [("change", label.start(1), label.end(1))]  # (any family: the label gives the type)
            if not any(FAMILY[k] == "violence" for k, _, _ in trig):
                trig += _body_found(span, text, cs, ce, lex, blank + not_events)
            burnt = _burnt_property(span, trig, lex) if not any(
                FAMILY[k] not in ("looting", "demo") for k, _, _ in trig) else []
            trig += burnt
            # windows and gates broken are a riot's damage when people broke them, none when a blast did
            trig = [("riot", s, e) if k == "crowd_damage" else (k, s, e) for k, s, e in trig
                    if k != "crowd_damage" or _people_did(doc, (k, s, e), lex)]
            trig = [("riot", it[1], it[2]) if _crowd_burnt_down(doc, it, lex) else it for it in trig]
            trig += _burnt_people(span, trig, lex)
            # goods that "had been seized" are what the story goes back to ("confronted the police
            # after the latter had seized a mill"), no incident of their own
            trig = [it for it in trig if it[0] != "seizure" or not _pluperfect(_token_at(doc, it[1], it[2]))]
            # explosives found, defused or recovered were not used: "recovered weapons and explosives"
            found = [(s, e) for k, s, e in trig if k == "defusal"]
            # the bombs a find names are no riot's ("police recovered 153 crude bombs")
            trig = [it for it in trig if it[0] == "defusal" or not any(fs <= it[1] and it[2] <= fe for fs, fe in found)]
            # what someone is accused of or held over is no incident of the clause, nor its toll
            # ("arrested two men accused of killing a trader")
            charged = [_charge_extent(t) for k, s, e in trig if FAMILY[k] in _CHARGEABLE
                       and (t := _token_at(doc, s, e)) is not None and _charged(t, lex)]
            trig = [it for it in trig if not _overlaps(it[1], it[2], charged)]
            weapon_hits = lex.weapons.find(span, blank + not_weapons + found + charged)
            blank = blank + not_weapons + not_events + charged
            weapons = {w for w, _, _ in weapon_hits}
            dead, hurt, more_dead = casualties(span, lex, blank)
            if not trig and not (weapons and (dead is not None or hurt is not None)) and not (dead or hurt):
                continue
            weak_spans = {(s, e) for _, s, e in lex.weak.find(span, blank)}
            actors = find_actors(doc, span, lex, blank)
            armed_at = [(a.start, a.end) for a in actors if a.armed]
            # event words inside the name of a force are not events: "riot police", "anti-riot squad"
            named = [(a.start, a.end) for a in actors if a.actor.type in STATE_TYPES
                     and (" " in a.actor.surface or "-" in a.actor.surface)]
            if any(k == "protest" for k, _, _ in trig):
                trig += _protest_damage(span, trig, lex)
            if any(FAMILY[k] not in ("violence", "demo") for k, _, _ in trig):
                # "gunmen abducted two traders": the gunmen are the abduction's doers, not an attack too
                # ("gunmen stormed the office" stays their attack)
                trig = [it for it in trig if text[it[1]:it[2]].lower() not in lex.doer_words]
            clause_trig = {t.i for _, s, e in trig if (t := _token_at(doc, s, e)) is not None}
            by_family: dict[str, list[tuple[str, int, int]]] = {}
            for kind, s, e in trig:
                tok = _token_at(doc, s, e)
                heads = _governing_heads(tok, lex) if tok is not None else []
                if any(h in lex.irrealis for h in heads) and not (
                        kind in lex.attempt_kinds and all(h in lex.attempts for h in heads if h in lex.irrealis)
                        and (tok is None or tok.lemma_.lower() not in lex.demonstrators)):
                    continue  # (an attempt tells the act, not its people: "protesters tried to storm" is no protest)
                if tok is not None and (_habitual(tok) or (
                        _negated(tok, lex) and not set(text[s:e].lower().split()) & lex.negations)):
                    continue  # (a negation inside the phrase is the phrase's: "did not explode")
                if any(ns <= s and e <= ne for ns, ne in named):  # (not "police intervene", "air force targeted")
                    continue
                if tok is not None and _covered(tok, lex):
                    continue  # "journalists beaten while covering the clash": what they were reporting on
                if kind == "clash" and tok is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
                        and _figurative(tok, lex):
                    continue  # "released prisoners to combat the spread of the virus": a purpose, no side fought
                if kind == "riot" and tok is not None and tok.pos_ == "VERB" and _burns_a_sign(tok, lex.sign_prefixes):
                    continue  # "torched the effigy of the minister": a protest's sign, no riot
                if kind == "riot" and tok is not None:
                    kind = _riot_done_to_people(tok, lex)
                if kind == "intercept" and tok is not None and not _stops_a_weapon(tok, lex):
                    kind = "impact"  # "airstrikes destroyed five houses": the strike's damage, nothing stopped
                if kind == "strike" and tok is not None and _labour_strike(tok, text[cs:ce], bool(weapons), lex):
                    kind = "protest"  # "nurses strike over pay": a workers' strike, no attack
                    weak_spans.discard((s, e))
                elif kind == "riot" and text[s:e].lower() in lex.protest_entry \
                        and lex.protest_cues.search(text[cs:ce]) and _people_did(doc, (kind, s, e), lex):
                    # "farmers stormed the commission's offices to demand a report": how a crowd got in
                    # to press its demands, a protest (the riot needs damage or a fight told)
                    kind = "protest"
                    weak_spans.discard((s, e))
                elif kind == "protest" and (s, e) in weak_spans:
                    # a crowd's word ("gathered", "marched", "a procession") is a protest only when told
                    # as one: "gunmen fired upon a procession", "troops marched into Kidal" tell none
                    if not _crowd_word_told(doc, tok, (kind, s, e), text[cs:ce], lex):
                        continue
                    weak_spans.discard((s, e))
                by_family.setdefault(FAMILY[kind], []).append((kind, s, e))
            violence_words = list(by_family.get("violence", ()))
            _settle_families(by_family, trig, doc, weapons, lex)
            # violence a protest is about ("protested after a student was killed") and its toll: the
            # protest's own toll leaves out the death words told inside it
            protests = _word_ids(doc, by_family.get("demo", ()), "protest")
            dropped = [t for it in violence_words if not any(it in v for v in by_family.values())
                       and (t := _token_at(doc, it[1], it[2])) is not None]
            # (of a word that is the subject of a clause telling what came before, that clause: "after
            # communal clashes led to the death of one person")
            causes = [t.head if t.dep_ in ("nsubj", "nsubjpass") and _told_before(t.head, lex) else t for t in dropped
                      if _told_as_cause(t, lex) or _before_the_protest(t, lex, protests)]
            demo_kinds = {k for k, _, _ in by_family.get("demo", ())}
            if demo_kinds & {"protest", "riot"}:
                # ... and a death or an injury told as what brought the crowd out, trigger or not
                # ("protested after an employee died in an accident", "rioted after a local was found
                # dead"); at a protest, also one a relative clause tells of someone (not the death a
                # fire bomb caused: "hurled petrol bombs at a truck that led to an accident which killed a man")
                causes += [t for table in (lex.killed, lex.injured) for _, s, e in table.find(span, blank)
                           if (t := _token_at(doc, s, e)) is not None
                           and (_told_before(t, lex) or ("protest" in demo_kinds and _in_relative(t)))]
            if causes and "demo" in by_family:
                demo_at = [s for _, s, _ in by_family["demo"]]
                # (not one that holds the protest's own words: "Two killed in riot over land")
                cause_spans = [x for t in causes if not any((x := _clause_extent(t))[0] <= d < x[1] for d in demo_at)]
                demo_dead, demo_hurt, demo_more = casualties(span, lex, blank + cause_spans)
            else:
                demo_dead, demo_hurt, demo_more = dead, hurt, more_dead
            weak_only = False
            if not by_family:
                # a weapon that went off or a toll with no trigger word: "A grenade ... wounded 12 people",
                # "Three other farmers were injured" (the latter only completes an earlier mention)
                by_family["violence"] = [("impact", cs, cs)]
                # (a toll by armed men is their attack: "three people wounded by armed cattle rustlers";
                # so is one by people named as its doers: "eight activists were injured by BCL rivals")
                weak_only = not weapons and not ((dead or hurt) and (
                    any(a.armed for a in actors) or _toll_by_people(span, blank, lex, actors)))
            mishap = bool(lex.non_conflict.search(text[cs:ce])) and not weapons and not any(
                a.armed for a in actors if not _is_source(a, lex, set()))
            for fam, items in by_family.items():
                if mishap and fam in ("violence", "looting"):
                    continue  # an accident, a disaster, an illness: not a conflict event
                if side_story and not (fam == "demo" and (any(k == "protest" for k, _, _ in items)
                                                          or _crowd_does(doc, items, lex)
                                                          or any(x.family == "demo" for x in out))) \
                        and not (side_story == "mishap" and fam == "violence" and any(k == "clash" for k, _, _ in items)):
                    # an accident or a crime story: only a protest or a riot it led to is an event (and
                    # how it went on: "... a road damaged by heavy rain. Police intervened."), and a
                    # fight an accident led to ("after a car accident, both parties clashed"; a robbers'
                    # shoot-out with the police is the crime's)
                    continue
                strong = [it for it in items if (it[1], it[2]) not in weak_spans or (
                    fam == "violence" and _done_to_people(_token_at(doc, it[1], it[2]), actors, lex,
                                                          toll=bool(dead or hurt)))]
                is_weak = weak_only or (not strong and not weapons and not any(a.armed for a in actors))
                kinds = {k for k, _, _ in items}
                if fam == "demo" and not weak_only and not strong:
                    crowd_did = _crowd_does(doc, items, lex)
                    beaten = any(_done_to_people(_token_at(doc, s, e), actors, lex, toll=bool(dead or hurt))
                                 for _, s, e in items)
                    # "students stormed the office", "protesters smashed windows": a crowd's act; "five
                    # persons beat up a man": a beating of people, whoever did it, and an armed force's
                    # or group's an attack ("prison guards beat up a journalist"), no riot
                    is_weak = is_weak and not (crowd_did or beaten)
                    if beaten and not crowd_did and kinds <= {"riot"} and any(a.armed for a in actors):
                        fam, kinds = "violence", {"attack"}
                if is_weak and dead is None and hurt is None:
                    continue
                m = Mention(fam, kinds, sent, cs, ce, text.count("\n\n", 0, cs))
                m.weak = is_weak
                m.told_at = min((s for _, s, _ in items), default=cs)
                m.labelled = labelled
                m.burning = all(it in burnt for it in items)
                m.attribution_sentence = bool(lex.claimed.search(text[cs:ce]) or lex.suspected.search(text[cs:ce])
                                              or lex.no_claim.search(text[cs:ce]))
                if fam in ("violence", "demo", "mob", "looting"):
                    m.weapons = set(weapons)
                trig_tokens = {t.i for _, s, e in items if (t := _token_at(doc, s, e)) is not None}
                # (lemmas; not the members of an armed group the clause names: "Al Shabaab members")
                # (nor the one who died: "left a student killed", "the death of a youth")
                m.crowd = any(t.lemma_.lower() in lex.crowds and not _of_a_group(t, lex) and not _victim(t, lex) and not any(
                    c.dep_ == "compound" and _overlaps(c.idx, c.idx + 1, armed_at) for c in t.children) for t in span)
                # (a band of people who shoot is an armed group's: "four men fired at a family")
                m.crowd_acts = _crowd_acts(doc, trig_tokens, lex) or (
                    "gunfire" not in m.kinds and not m.weapons & FIREARMS and _band_acts(doc, trig_tokens, lex))
                _fill_actors(m, actors, lex, trig_tokens)
                m.done_to = any(doc[i].pos_ == "VERB" and any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in doc[i].children)
                                for i in trig_tokens)
                if m.actor1 is None and fam == "violence":
                    weapon_tokens = {t.i for _, s, e in weapon_hits if (t := _token_at(doc, s, e))}
                    m.actor1 = _national_trigger(doc, trig_tokens | weapon_tokens, lex)
                icp = lex.interceptors.find(span, [r for r in speech if _overlaps(cs, ce, [r])])
                if icp and "intercept" in m.kinds:
                    m.interceptor = icp[0][0]
                m.hearsay_toll = bool(lex.other_counts.search(text[cs:ce]))
                m.fatalities, m.injuries, m.toll_adds = (demo_dead, demo_hurt, demo_more) if fam == "demo" \
                    else (dead, hurt, more_dead)
                if side_story and fam == "demo" and not any(k in ("kill", "gunfire") for k, _, _ in items):
                    # "riders burnt a vehicle after a road accident killed their colleague": the accident's
                    # toll is the story's, not the riot's
                    m.fatalities = m.injuries = None
                if fam == "demo" and not m.crowd and not m.crowd_acts and not dead and not hurt \
                        and _property_only(items, doc, lex) and m.actor1 is not None \
                        and (m.actor1.type in ("rebel_group", "state_forces", "external_forces") or (
                            m.actor1.type == "unidentified" and lex.property_doers.search(m.actor1.surface or "")
                            and not lex.riot_doers.search(text, cs, ce))) \
                        and m.target_kind != "armed" \
                        and not any(x.family == "demo" and x.paragraph == m.paragraph for x in out):
                    # "soldiers torched eight houses", "militants vandalised the prefect's house": a force or
                    # an armed group that burns or wrecks property, with no crowd, no protest and nobody
                    # hurt, destroys property; it does not riot. So do unnamed arsonists, armed men or a
                    # gang (lexicon property_doers); "assailants" stay a riot's: ACLED's older notes code
                    # "assailants torched a bus" as riots, its newer ones as property destruction, and the
                    # text cannot tell which.
                    if "violence" in by_family:
                        continue  # "fired rockets at the house, setting it on fire": the attack's damage
                    m.family, m.kinds = "looting", {"looting"}
                m.rivals = bool(lex.rival_cues.search(text[cs:ce]))
                m.communal = m.rivals and bool(lex.communal_cues.search(text[cs:ce]))
                m.turf = bool(lex.turf_cues.search(text[cs:ce]))
                m.persons = {t.text for t in span if t.text in known and not _overlaps(t.idx, t.idx + 1, speech)}
                own = [d for d in sent_dates if cs <= d.start + sent.start_char < ce]
                m.own_dates = own
                m.sentence_dates = [d for d in sent_dates if d.start + sent.start_char < cs]
                # (nor are a weapon's words: "a Molotov cocktail" is no Perm, once called Molotov)
                not_places = [(a.start, a.end) for a in actors if a.actor.type != "civilians"] + \
                    [(s, e) for _, s, e in icp + weapon_hits] + not_weapons
                places = [h for h in find_places(text[cs:ce], cs, [e for e in loc_ents if cs <= e[0] < ce], gz, lex.lang,
                                                 context, not_places, cued)
                          if not (m.weapons and _is_origin(text, h.start, lex))  # "farmers from Khairpur" stay
                          # "near the border with Somalia": not there; a town across a border ranks last
                          and not (h.place.kind == "country" and preceded_by(text, h.start, lex.not_country_words))]
                # "raiders from across the border killed five herders in Turkana": where they came from
                # comes last (but a march "from Amritsar to Delhi" began there); where a protest's cause
                # happened comes after where the crowd gathered ("Sikh youths protested in Jammu a day
                # after the killing of two men in Kotkapura")
                protest = fam == "demo" and "protest" in m.kinds
                deeds = {ts for k, ts, _ in trig if FAMILY[k] != "demo"} if fam == "demo" else None

                def rank(h: PlaceHit, protest: bool = protest, deeds: set[int] | None = deeds) -> tuple[bool, ...]:
                    began = protest and bool(lex.march_on and lex.march_on.match(text, h.end))
                    return (_is_origin(text, h.start, lex) and not began,
                            preceded_by(text, h.start, lex.beyond_words) and not began,
                            preceded_by(text, h.start, lex.heading_words),  # "before it left for Kampala"
                            deeds is not None and _in_cause(doc, h.start, lex, deeds))
                places.sort(key=rank)
                # in the clause's sentence it outranks the clause's own names; in the paragraph, it is
                # the nearby place of a clause that names none ("They killed two civilians")
                said = [h for h in coded if paragraph_bounds(text, h.start, h.start) == paragraph_bounds(text, cs, cs)]
                if said and sent.start_char <= said[0].start < sent.end_char:
                    m.place, m.place_source = said[0], "own"
                elif places:
                    m.place, m.place_source = places[0], "own"
                elif filed_at is not None and any(t.lower_ in lex.here_words for t in span):
                    m.place, m.place_source = replace(filed_at, precision=1), "own"  # "staged a protest here"
                elif said:
                    m.nearby_place = said[0]
                markers = {mk.group(1).lower() for mk in lex.background_markers.finditer(text[cs:ce])
                           if _marks(doc, cs + mk.start(1), cs + mk.end(1), trig_tokens, clause_trig)}
                if fam == "demo" and "protest" in m.kinds:
                    markers -= lex.occasion_markers  # "protested on the anniversary of the demolition": today
                m.background = bool(markers) and not own
                out.append(m)
    # "Riots broke out ... Several houses were burned": the burning is the riot's, not another incident
    told = {m.paragraph for m in out if not m.burning and not m.weak and m.family in ("violence", "demo", "mob", "looting")}
    for b in out:
        if b.burning and b.paragraph in told and (b.actor1 is None or not _armed_type(b.actor1)):
            # "20 buses were burnt as protesters took to the streets": a protest told alone in the
            # paragraph turns violent (no armed group is named as the burner)
            incidents = [m for m in out if m.paragraph == b.paragraph and not m.burning and not m.weak]
            if incidents and all(m.family == "demo" for m in incidents):
                next(m for m in incidents if m.start <= b.start or m is incidents[-1]).kinds.add("riot")
    out = [m for m in out if not (m.burning and m.paragraph in told)]
    out = _without_parts_of_others(out)
    if any(not m.labelled for m in out):
        out = [m for m in out if not m.labelled]  # the label's incident is one the words tell
    _sentence_fallbacks(out)
    _nearby_places(out, doc, gz, lex, context, loc_ents, dl_end, cued)
    _resolve_dates(out, published)
    return out


def _without_parts_of_others(out: list[Mention]) -> list[Mention]:
    """The mentions less those that tell part of another incident the text tells beside them: goods
    looted during it, the arrests that end a fight, the abduction that ended in a killing."""
    # "Boko Haram looted a house and briefly kidnapped one person", "students vandalised and looted
    # shops during the protest": goods looted beside another incident of the sentence are its part
    # (not beside a raid that hurt nobody, "burnt motorcycles and looted a shop during a raid", nor
    # one told as before: "looted shops the day after they attacked the town")
    others = {m.sent.start_char for m in out if m.family != "looting" and not m.weak and not m.background
              and not (m.family == "violence" and not (m.fatalities or m.injuries) and m.kinds <= {"attack", "impact"})}
    out = [m for m in out if not (m.family == "looting" and m.kinds == {"looting"} and m.sent.start_char in others)]
    # "two gang members exchanged fire with police before being arrested", "one militant was killed
    # and two were arrested in a search operation": the arrests of a fight told in its sentence are its
    # end (a toll told after the arrest is the fight's only when a fight is told: "arrested the
    # commander wanted for the 2003 attack in which three policemen were killed" reports the arrest)
    fights = [m for m in out if m.family == "violence" and not m.weak and not m.background
              and ("clash" in m.kinds or m.fatalities or m.injuries)]
    out = [m for m in out if not (m.family == "arrest" and any(
        f.sent.start_char == m.sent.start_char and ("clash" in f.kinds or f.start < m.start) for f in fights))]
    # "Gunmen kidnapped the chief ... The chief was driven across the border where he was killed",
    # "Seven suspects were arrested ... Two others were shot and killed while trying to escape": a
    # killing told in a later sentence of an abduction's or an arrest's paragraph is what ACLED codes
    # (in its own sentence, "abducted two engineers after killing their driver" tells two incidents)
    kills = [m for m in out if m.family == "violence" and not m.weak and not m.background and m.fatalities]
    out = [m for m in out if not (m.family in ("abduction", "arrest") and any(
        k.paragraph == m.paragraph and k.sent.start_char > m.sent.start_char for k in kills))]
    return out


def _protest_damage(span: Span, trig: list[tuple[str, int, int]], lex: Lexicon) -> list[tuple[str, int, int]]:
    """A protest's clause that tells the crowd's damage ("burned election materials to protest", "offices
    were burnt in protest") tells a riot: its damage verbs as riot words. Not when what burns is a sign
    of the protest ("burned an effigy"), nor when the police did it, nor what the protest is about
    ("officials who they allege destroyed their homes", "against the burning of a church")."""
    taken = [(s, e) for k, s, e in trig if FAMILY[k] == "demo"]  # "destroyed" is also an interception's word
    signs = lex.sign_prefixes
    out = []
    for tok in span:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.protest_damage or _overlaps(tok.idx, tok.idx + 1, taken):
            continue
        # the crowd's own act, not a description: "crops damaged by rain", "a woman who was burnt",
        # "a campaign to destroy homes", "after a hall is burned", "it would destroy education"
        form = tok.morph.get("VerbForm")
        aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass", "aux:pass")]
        described = "Part" in form and "Past" in tok.morph.get("Tense") and not aux and tok.dep_ not in ("amod", "conj")
        if tok.dep_ in ("relcl", "acl", "acl:relcl") or "Inf" in form or described or _cause(tok, lex) \
                or _unreal(tok, lex) or any(c.dep_ == "mark" and c.lower_ in lex.earlier_words for c in tok.children):
            continue
        if _burns_a_sign(tok, signs):
            continue
        doers = [c for c in tok.children if c.dep_ in ("nsubj", "agent")]
        if any(d.lemma_.lower() in lex.state_words for d in doers):
            continue
        out.append(("riot", tok.idx, tok.idx + len(tok)))
    return out


def _burns_a_sign(tok: Token, signs: tuple[str, ...]) -> bool:
    """Is what this verb burns or wrecks a sign of a protest ("torched the effigy of the minister",
    "burnt him in effigy", "burning posters"), no damage?"""
    objs = _objects(tok)
    if tok.dep_ == "amod":
        objs.append(tok.head)  # "burnt effigy", "burning objects": the parse makes the verb an adjective
    objs += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children]  # "burnt X in effigy"
    return any(o.lower_.startswith(signs) for o in objs)


def _burnt_property(span: Span, trig: list[tuple[str, int, int]], lex: Lexicon) -> list[tuple[str, int, int]]:
    """Houses, vehicles or offices burnt, in a clause that tells no killing or fight: property
    destruction ("EPP members burned the main house and a tractor", "houses were burned"), or a
    riot when a crowd burnt them ("angry residents burnt a truck"); "set X on fire" however far the
    fire is from the verb ("set a school bus belonging to the academy on fire"). Not a plan
    ("threatened to burn")."""
    taken = [(s, e) for _, s, e in trig]
    out = []
    for tok in span:
        if tok.pos_ != "VERB" or not _burns(tok, lex) or _overlaps(tok.idx, tok.idx + 1, taken) or _unreal(tok, lex):
            continue
        things = [o for o in _objects(tok) if o.lower_ not in lex.fire_words] or [
            c for c in tok.children if c.dep_ == "nsubj"]  # "houses burned"
        things += [c for o in things for c in o.subtree if c.dep_ == "conj" and c.head.pos_ in ("NOUN", "PROPN")]
        if not any(t.lemma_.lower() in lex.burnt_things for t in things):
            continue
        out.append(("riot" if _by_a_crowd(tok, lex) else "looting", tok.idx, tok.idx + len(tok)))
    return out


def _by_a_crowd(tok: Token, lex: Lexicon) -> bool:
    """Is this burning or looting verb's doer a crowd ("angry residents burnt a truck", "BNP supporters
    set three vehicles afire", "traders burnt down three villas", "residents looted shops")? A crowd's
    arson or looting is a riot, not property destruction. (Not a group's "members": "EPP members
    burned the main house" are a rebel group's.)"""
    return any(w.lemma_.lower() in lex.arsonists for d in _doers(tok) for w in d.subtree)


def _crowd_burnt_down(doc: Doc, item: tuple[str, int, int], lex: Lexicon) -> bool:
    """Is this property-destruction word a burning by a crowd ("traders burnt down three villas")?"""
    span = doc.char_span(item[1], item[2], alignment_mode="expand") if item[0] == "looting" else None
    return any(t.pos_ == "VERB" and _burns(t, lex) and _by_a_crowd(t, lex) for t in span or ())


def _riot_done_to_people(tok: Token, lex: Lexicon) -> str:
    """The kind of a riot word done to people: a force's attack ("police officers beat up a trader";
    at a protest, its intervention), a burning ("set a youth on fire", "two men were set alight"), or
    still a riot."""
    if tok.pos_ == "VERB" and (tok.lemma_.lower() in lex.person_acts or _hits_people(tok, lex)) \
            and _force_does(tok, lex):
        return "attack"
    return "burning" if _burns_people(tok, lex) else "riot"


def _force_does(tok: Token, lex: Lexicon) -> bool:
    """Is a doer of this word a state force, by its head or a compound ("police officers", "soldiers")?"""
    return any({t.lemma_.lower(), t.lower_} & lex.state_words
               for d in _doers(tok) for t in (d, *(c for c in d.children if c.dep_ == "compound")))


def _burns(tok: Token, lex: Lexicon) -> bool:
    """Is this verb a burning: "burned", "torched", or "set" with a fire word in its phrase ("set the
    house on fire", "set ablaze a car"), not "set up", "set free"?"""
    lemma = tok.lemma_.lower()
    if lemma in lex.burn_verbs:
        return True
    return lemma == "set" and any(t.lower_ in lex.fire_words for t in tok.subtree if t.i > tok.i)


def _burns_people(tok: Token, lex: Lexicon) -> bool:
    """Does this burning verb burn a person ("set a youth on fire", "he was set ablaze", "doused in
    petrol and set alight", "burned him")? Then it is violence against that person: a crowd that does
    it is a mob, armed men attack (ACLED codes neither as a violent demonstration)."""
    if tok.pos_ not in ("VERB", "AUX") or not _burns(tok, lex):
        return False
    # "burned", "torched" burn people only when someone did it to them: "burned him", "was burnt by
    # assailants" (not "a woman was burned when her stove exploded"; a parse that makes the tourists
    # of "a bus carrying tourists has been torched" its passive subject)
    return _hits_people(tok, lex, passive=tok.lemma_.lower() == "set" or any(c.dep_ == "agent" for c in tok.children))


def _hits_people(tok: Token, lex: Lexicon, passive: bool = True, pronouns: bool = True) -> bool:
    """Is what this verb was done to a person ("beat up a trader", "set a youth on fire", "were doused
    in petrol and set alight")? `passive`: a passive subject counts; `pronouns`: "him" counts."""
    hit = [o for o in _objects(tok) if o.lower_ not in lex.fire_words]  # ("set alight": no object)
    if not hit and tok.dep_ == "conj":  # "were doused in petrol and set alight": the first verb's subject
        hit = _objects(tok.head)
    if not passive:
        hit = [o for o in hit if o.dep_ in ("dobj", "obj")]
    # (and the noun a name is told to be: "Eunice Wambui, an actress, was beaten")
    hit += [c for b in hit for c in b.children if c.dep_ in ("conj", "appos")]
    if not pronouns:
        hit = [b for b in hit if b.pos_ != "PRON"]
    return any(b.lemma_.lower() in lex.victim_words or b.lower_ in lex.victim_words for b in hit)


def _burnt_people(span: Span, trig: list[tuple[str, int, int]], lex: Lexicon) -> list[tuple[str, int, int]]:
    """Burning verbs that are no event word of their own but burn a person: "stormed into a
    journalist's house and burned him" tells an attack on him."""
    taken = [(s, e) for _, s, e in trig]
    return [("burning", t.idx, t.idx + len(t)) for t in span if t.pos_ == "VERB" and not _overlaps(t.idx, t.idx + 1, taken)
            and not _unreal(t, lex) and _burns_people(t, lex)]


def _objects(tok: Token) -> list[Token]:
    """What a verb was done to: its object, or the subject of its passive (or an object the parse
    hangs on the verb's complement: "shot dead his boss")."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass")] + [
        g for c in tok.children if c.dep_ in ("acomp", "oprd") for g in c.children if g.dep_ in ("dobj", "obj")]
    aux = next((c for c in tok.children if c.dep_ in ("auxpass", "aux:pass")), None)
    if aux is not None and aux.i > 0 and not any(o.dep_ in ("nsubjpass", "nsubj:pass") for o in out) \
            and tok.doc[aux.i - 1].pos_ == "NOUN":
        # a passive whose subject the parse hung elsewhere ("in Manaus, a suspected thief was beaten up",
        # the thief read as Manaus's apposition): the noun right before its auxiliary
        out.append(tok.doc[aux.i - 1])
    return out


def _unreal(tok: Token, lex: Lexicon) -> bool:
    """Is the verb told with an auxiliary of what did not happen ("threatened to burn", "would destroy")?"""
    return any(c.dep_ in ("aux", "mark") and c.lower_ in lex.unreal_aux for c in tok.children)


def _marks(doc: Doc, start: int, end: int, own: set[int], clause_trig: set[int]) -> bool:
    """Does the background marker at text[start:end] ("years ago", "at the time") date this mention's
    event? It does unless the phrase it hangs in holds another event word of the clause first: in
    "protested ... after a bomb blast 4 years ago", "a school damaged in a blast years ago", the years
    date the blast, not the protest; nor a relative clause of its own ("protested ... over the fate
    of two activists who disappeared four years ago")."""
    tok = _token_at(doc, start, end)
    if tok is None:
        return True
    for a in [tok, *_ancestors(tok, 8)]:
        inside = {t.i for t in a.subtree}
        if inside & own:
            return True
        if inside & clause_trig or (a.pos_ in ("VERB", "AUX") and a.dep_ in ("relcl", "acl")
                                    and a.head.i not in own | clause_trig):
            return False  # (but "an attack that took place years ago" is the attack's)
    return True


def _nearby_places(ms: list[Mention], doc: Doc, gz: Gazetteer, lex: Lexicon, context: dict[str, int],
                   loc_ents: list[tuple[int, int, str]], start: int, cued: Sequence[Place] = ()) -> None:
    """A mention whose clause names no place takes the nearest place of its paragraph: its own
    sentence first, then the closest sentence before it, then after it. Kept apart from `place`
    (which groups mentions into incidents) and used only when no mention of the incident has one."""
    if all(m.place is not None or m.nearby_place is not None for m in ms):
        return
    text = index(doc).text
    breaks = [b.start() for b in re.finditer("\n\n", text)]
    paragraphs: dict[int, list[Span]] = {}  # paragraph number -> its sentences, in order
    for sent in doc.sents:
        if sent.text.strip():
            paragraphs.setdefault(bisect.bisect_left(breaks, sent.start_char), []).append(sent)
    found: dict[int, PlaceHit | None] = {}

    def first_place(sent: Span) -> PlaceHit | None:
        if sent.start_char not in found:
            s, e = max(sent.start_char, start), sent.end_char
            hits = find_places(text[s:e], s, [x for x in loc_ents if s <= x[0] < e], gz, lex.lang, context,
                               _weapon_spans(doc, text, s, e, lex), cued) if e > s else []
            found[sent.start_char] = next((h for h in hits if h.place.kind != "country"), None)
        return found[sent.start_char]

    for m in ms:
        if m.place is not None or m.nearby_place is not None:
            continue
        para = paragraphs.get(bisect.bisect_left(breaks, m.sent.start_char), [])
        i = next((k for k, sent in enumerate(para) if sent.start_char == m.sent.start_char), None)
        if i is None:
            continue
        order = [para[i], *reversed(para[:i]), *para[i + 1:]]
        m.nearby_place = next((h for sent in order if (h := first_place(sent)) is not None), None)


def _body_found(span: Span, text: str, cs: int, ce: int, lex: Lexicon,
                blank: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """A body found, told with a sign of violence in its paragraph, as a killing: "a man was found
    dead ... The body presented firearm injuries". Without a sign (a man found dead at home, a body
    washed ashore) the find is no event; the toll words still complete another mention."""
    finds = lex.bodies_found.find(span, blank)
    if not finds:
        return []
    if not lex.violence_signs.search(text, *paragraph_bounds(text, cs, ce)):
        return []
    return [("kill", s, e) for _, s, e in finds]


def _side_story(doc: Doc, lex: Lexicon, start: int) -> str | None:
    """Is the article a crime ("crime") or an accident or disaster ("mishap") story? Its lede (first
    two sentences) says so: a crime cue ("braquage", "committed suicide"), or a disaster cue
    ("accident", "inondation") with no weapon named anywhere in the article (a helicopter may fly a
    rescue). Then its deaths and damage are not conflict events."""
    ix = index(doc)
    sents = [(s, e) for s, e in zip(ix.sent_starts, ix.sent_ends, strict=True) if e > start and ix.text[s:e].strip()][:2]
    if not sents:
        return None
    lede = ix.text[sents[0][0]:sents[-1][1]]
    if lex.crime.search(lede):
        return "crime"
    if not lex.non_conflict.search(lede):
        return None
    # (helicopters sent to rescue the victims are no weapon, "des hélicoptères de l'armée ont été
    # mobilisés", unless their sentence tells violence: "helicopters bombed a camp")
    armed = any(ix.text[s:e].lower() not in lex.rescue_craft or _violence_told(doc, s, lex)
                for _, s, e in lex.weapons.find(doc[:]))
    return None if armed else "mishap"


def _violence_told(doc: Doc, char: int, lex: Lexicon) -> bool:
    """Does the sentence holding offset `char` have a word of violence?"""
    sent = doc.char_span(*index(doc).sentence_of(char), alignment_mode="expand")
    return sent is not None and any(FAMILY[k] == "violence" for k, _, _ in lex.triggers.find(sent))


def _pluperfect(tok: Token | None) -> bool:
    """Is the verb in the past perfect ("after the police had seized a mill")?"""
    return tok is not None and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in tok.children)


def _done_to_people(tok: Token | None, actors: list[ActorHit], lex: Lexicon, toll: bool = False) -> bool:
    """Is this weak word one that hurts when done to people ("beat", "thrash"), and done to people
    here: its object or passive subject is a civilian ("youths beat two journalists", "a man was beaten
    by police"), not drums or a football team? With `toll` (its clause counts dead or hurt) it hurt
    people whoever the parse names: "lost his life after being beaten up by party men"."""
    if tok is None or tok.lemma_.lower() not in lex.person_acts:
        return False
    if toll:
        return True
    people = {a.token.i for a in actors if a.actor.type == "civilians"}
    # (a person named by a noun: "him" may be told beaten by the mob of the next sentence)
    return any(c.dep_ in ("dobj", "nsubjpass") and c.i in people for c in tok.children) or _hits_people(
        tok, lex, pronouns=False)


def _told_as_cause(tok: Token, lex: Lexicon) -> bool:
    """Is this violence word told as what came before a protest ("after a student was killed"), what
    a relative clause says of someone ("an officer who killed two men") or a noun the protest is
    about ("against the killing of")? Not a participle that goes on ("stormed a station, killing one")."""
    return _told_before(tok, lex) or tok.dep_ in ("relcl", "acl") or _in_relative(tok) or tok.pos_ == "NOUN"


def _told_before(tok: Token, lex: Lexicon) -> bool:
    """"residents protested after a pedestrian was killed by a motorist": what came before and
    brought them out (a clause marked by an earlier-word, or a verb coordinated with one: "after a
    driver was attacked and killed")."""
    while tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and tok.pos_ in ("VERB", "AUX"):
        tok = tok.head
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lemma_.lower() in lex.earlier_words for c in tok.children)


def _backdrop(tok: Token, lex: Lexicon) -> bool:
    """Is this fighting word the object of a phrase that makes it the backdrop of another incident
    ("amid clashes", "linked with the ongoing clashes", "in relation to a nearby clash")? Not "after
    a clash": a killing after a clash is often the clash's own toll."""
    if tok.dep_ not in ("pobj", "obj"):
        return False
    prep = tok.head
    return prep.lemma_.lower() in lex.backdrop_words or (
        prep.dep_ == "prep" and prep.head.lemma_.lower() in lex.backdrop_words)


def _in_relative(tok: Token) -> bool:
    """"calling for the arrest of an officer who they believe killed two men": what a relative
    clause tells of someone (a relative clause or participle within two steps up)."""
    return any(a.dep_ in ("relcl", "acl") for a in _ancestors(tok, 2))


def _clause_extent(tok: Token) -> tuple[int, int]:
    """The characters of what an event word tells: its verb's clause ("after a student was killed by
    thugs"), or the noun's phrase ("the killing of two students")."""
    sub = list(tok.subtree)
    return sub[0].idx, sub[-1].idx + len(sub[-1])


def _word_ids(doc: Doc, items, kind: str) -> frozenset[int]:
    """The token ids of the event words of `kind` among (kind, start, end) items."""
    return frozenset(t.i for k, s, e in items if k == kind and (t := _token_at(doc, s, e)) is not None)


def _settle_families(by_family: dict[str, list[tuple[str, int, int]]], trig: list[tuple[str, int, int]], doc: Doc,
                     weapons: set[str], lex: Lexicon) -> None:
    """One clause, several kinds of event words: decide which incidents it reports (in place).

    ACLED codes one incident where the words of several families tell one story: police shooting
    protesters is one protest, fighting around a town that is taken is part of the take-over, a
    mob's arson is mob violence, arrested protesters are a protest with intervention; and violence
    or an arrest that a protest is about is no incident of its own, nor fighting told as another
    incident's backdrop ("an attack linked with the ongoing clashes")."""
    text = index(doc).text
    if "looting" in by_family:
        # goods seized beside an attack, a clash or a riot are part of it, no incident of their own;
        # "protesters looted shops", "angry residents went on a looting spree": a crowd's looting is a
        # riot (at its protest, the protest turning violent)
        alone = len(by_family) == 1
        loot = [it for it in by_family["looting"] if it[0] == "looting"
                and (t := _token_at(doc, it[1], it[2])) is not None and _by_a_crowd(t, lex)]
        if loot:
            by_family.setdefault("demo", []).extend(("riot", s, e) for _, s, e in loot)
        by_family["looting"] = [it for it in by_family["looting"] if it not in loot and (it[0] != "seizure" or alone)]
        if not by_family["looting"]:
            by_family.pop("looting")
    if "demo" in by_family and any(k == "protest" for k, _, _ in by_family["demo"]):
        # "families protested following last month's jail riot": that riot came before the protest
        # "demanding the release of men jailed for rioting": that rioting is what they protest
        # (the police's response after a riot word is the same protest's: "dispersed following running battles")
        responses, protests = _word_ids(doc, by_family["demo"], "intervention"), _word_ids(doc, by_family["demo"], "protest")

        def apart(kind: str, s: int, e: int) -> bool:
            if kind not in ("riot", "firebomb"):
                return False
            tok = _token_at(doc, s, e)
            if kind == "riot":
                return _riot_apart(tok, lex, (s, e), responses, protests) or _entry_word(text[s:e], tok, lex)
            # a crude or petrol bomb is apart only when earlier ("relatives of petrol bomb attack victims
            # demonstrated"): it qualifies its attack anyway ("a petrol bomb attack during the hartal")
            return tok is not None and _earlier(tok, lex, responses, protests)
        by_family["demo"] = [it for it in by_family["demo"] if not apart(*it)]
    if "demo" in by_family and all(k == "intervention" and text[s:e].lower() in lex.crowd_only
                                   and not _crowd_near(doc, s, e, lex) for k, s, e in by_family["demo"]):
        by_family.pop("demo")  # "troops cordoned off the village": a force's routine, no protest
    if any(k == "clash" for k, _, _ in by_family.get("violence", [])) and all(
            k == "intervention" and (_steps_in(text[s:e], lex)
                                     or ("small_arms" in weapons and text[s:e].lower() in lex.crowd_only))
            for k, s, e in by_family.get("demo", [("", 0, 0)])):
        # "two clans clash over land, police intervene": the police's part in a fight, no protest; so is
        # a force's routine beside a gunfight ("officers cordoned off the area and engaged him in a shootout")
        by_family.pop("demo")
    if "violence" in by_family and "demo" in by_family and all(
            k == "intervention" and _steps_in(text[s:e], lex) and not _crowd_near(doc, s, e, lex)
            for k, s, e in by_family["demo"]):
        # "raiders stole cattle; police intervened, killing 12": with no crowd about, the police stepped
        # into a fight, no protest: they fought
        by_family["violence"] += [("clash", s, e) for _, s, e in by_family.pop("demo")]
    if "demo" in by_family and any(k != "impact" and not _entry_word(text[s:e], _token_at(doc, s, e), lex)
                                   for k, s, e in by_family.get("violence", ())):
        # "police attacked a man and damaged his car": a force's damage is part of its attack, no riot
        # (beside only more damage or how it got in, "torched and destroyed eight houses", "invaded the
        # ward and torched houses", it destroys property)
        forces = [it for it in by_family["demo"] if it[0] == "riot"
                  and (t := _token_at(doc, it[1], it[2])) is not None and _force_does(t, lex)]
        by_family["demo"] = [it for it in by_family["demo"] if it not in forces]
        if not by_family["demo"]:
            by_family.pop("demo")
    if "abduction" in by_family and "violence" in by_family:
        # "abducted and killed a civilian", "kidnapped, murdered and buried": the same people taken and
        # killed are one attack, not an abduction too; "attacked the village and abducted its head",
        # with no one killed, is the abduction ("abducted two doctors after killing their guard" keeps
        # both: the killing is no verb joined to the abduction)
        joined = _joined(by_family["abduction"], by_family["violence"], doc)
        if any(k in _KILLS for k, _, _ in joined):
            by_family.pop("abduction")
        elif joined and not any(k in _KILLS for k, _, _ in by_family["violence"]):
            by_family["violence"] = [it for it in by_family["violence"] if it not in joined]
            if not by_family["violence"]:
                by_family.pop("violence")
    if "arrest" in by_family and "violence" in by_family:
        # "detained and tortured", "arrested and beaten by soldiers": those held and hurt were
        # attacked, no arrest of its own
        if any(k in _HURTS for k, _, _ in _joined(by_family["arrest"], by_family["violence"], doc)):
            by_family.pop("arrest")
    protests = _word_ids(doc, by_family.get("demo", ()), "protest")
    for fam in ("violence", "sexual", "abduction"):
        if "demo" in by_family and fam in by_family:
            # "protesting the murder of", "the attack which killed a woman", "demanding justice for a
            # girl who was raped", "the families of three men who were kidnapped held a demonstration":
            # violence named as what the protest is about, not done at it
            acts = [it for it in by_family[fam] if _done_at_protest(it[0], _token_at(doc, it[1], it[2]), lex, protests)]
            if acts:
                by_family[fam] = acts
            else:
                by_family.pop(fam)
    # police shooting protesters is one protest; "fighting" around a town that is taken is its take-over
    for host in ("demo", "territory"):
        if host in by_family and "violence" in by_family and (host == "territory" or not weapons - {"small_arms"}):
            moved = by_family.pop("violence")
            if host == "demo":
                moved = [_at_a_protest(it, doc, lex) for it in moved]
            by_family[host] += moved
    # "an angry mob set a bus ablaze": riot words without a protest are the mob's violence
    if "mob" in by_family and "demo" in by_family and not any(k == "protest" for k, _, _ in by_family["demo"]):
        by_family["mob"] += by_family.pop("demo")
    # "Mob kills suspected thief": the killing is the mob's (unless it used guns or bombs)
    if "mob" in by_family and "violence" in by_family and not weapons - {"bladed_weapon"}:
        by_family["mob"] += by_family.pop("violence")
    # protesters arrested, even at a march they only tried to hold: ACLED's protest with
    # intervention, not a separate arrest
    # (a riot word the clause dropped, "caught on suspicion of hurling a cocktail", makes no crowd arrested)
    protest_words = [t for t in trig if FAMILY[t[0]] == "demo" and (t[0] == "protest" or t in by_family.get("demo", ()))]
    if "arrest" in by_family and protest_words and all(
            _arrest_of_crowd(_token_at(doc, s, e)) for _, s, e in by_family["arrest"]):
        by_family.setdefault("demo", protest_words)
        by_family["demo"] += [("intervention", s, e) for _, s, e in by_family.pop("arrest")]
    elif "arrest" in by_family and "demo" in by_family:
        # "protested against the arrest of their leader": that arrest is what they protest
        by_family.pop("arrest")
    if by_family.get("violence") and any(k != "clash" for k, _, _ in by_family["violence"]):
        # "an attack linked with the ongoing clashes", "in relation to a nearby clash": the clash is
        # the attack's backdrop, not how it was done
        by_family["violence"] = [it for it in by_family["violence"] if it[0] != "clash"
                                 or (t := _token_at(doc, it[1], it[2])) is None or not _backdrop(t, lex)]


def _steps_in(words: str, lex: Lexicon) -> bool:
    """Is this intervention word a force stepping in ("intervened"), not one of the crowd-control acts?"""
    return any(w in words.lower() for w in lex.stepping_in)


def _joined(items: list[tuple[str, int, int]], others: list[tuple[str, int, int]], doc: Doc) -> list[tuple[str, int, int]]:
    """The event words of `others` joined by a conjunction to a verb of `items` ("abducted and killed",
    "detained and tortured", a headline's "Military arrest and beat a soldier", whose first verb the
    parse reads as a noun): the same people, one story."""
    near = {c.i for _, s, e in items if (t := _token_at(doc, s, e)) is not None for c in t.conjuncts
            if t.pos_ == "VERB" or c.pos_ == "VERB"}
    return [it for it in others if (t := _token_at(doc, it[1], it[2])) is not None and t.i in near]


_KILLS = frozenset({"kill", "gunfire"})  # violence kinds that take lives (an abduction joined to one is the killing)
_HURTS = _KILLS | {"attack", "burning"}  # ... or hurt people (an arrest joined to one is the attack)
_CROWD_SENTENCES = 3  # the sentence of an intervention word and the two before it


def _crowd_near(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """Does the sentence of the word at [s, e), or one of the two before it, name a crowd or a protest
    ("the traders", "a mob", "students protest ... Six arrests reported")?"""
    tok = _token_at(doc, s, e)
    if tok is None:
        return False
    start = tok.sent.start
    for _ in range(_CROWD_SENTENCES - 1):
        start = tok.doc[start - 1].sent.start if start > 0 else start
    words = lex.crowd_words | lex.protest_words
    return any(t.lemma_.lower() in words or t.lower_ in words for t in tok.doc[start:tok.sent.end])


def _at_a_protest(item: tuple[str, int, int], doc: Doc, lex: Lexicon) -> tuple[str, int, int]:
    """Violence told at a protest: the police's attack on the crowd is its intervention; an attack
    by anyone else (the protesters, enforcers of a strike, assailants at a rally) makes it a riot.
    Killing and gunfire stay what they are (excessive force against protesters)."""
    kind, s, e = item
    tok = _token_at(doc, s, e)
    if kind != "attack" or tok is None or any(
            a.dep_ == "advcl" and any(m.lower_ in ("after", "because", "following") for m in a.children)
            for a in [tok, *tok.ancestors]) or _cause(tok, lex):
        return item  # "protested after police assaulted one of them": what the protest is about
    if any({t.lemma_.lower(), t.lower_} & lex.state_words for t in _doers(tok)):
        return ("intervention", s, e)  # (also when they fired: "police fired into the crowd")
    if tok.lemma_.lower() in lex.protest_not_attack:
        return item
    if any(o.lemma_.lower() in lex.demonstrators for o in _objects(tok)) \
            and not any(d.lemma_.lower() in lex.demonstrators for d in _doers(tok)):
        # "unknown people attacked the demonstrators": others broke the protest up, its intervention
        return ("intervention", s, e)
    return ("riot", s, e)


def _weapon_spans(doc: Doc, text: str, s: int, e: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Article offsets of the weapons named in text[s:e], and of the riot weapons the weapon list
    leaves out: no place is read there ("a Molotov cocktail" is no Perm, once called Molotov)."""
    span = doc.char_span(s, e, alignment_mode="expand")
    found = [(a, b) for _, a, b in lex.weapons.find(span)] if span is not None else []
    return found + _spans_of(lex.not_weapons, text, s, e)


def _spans_of(rx: re.Pattern | None, text: str, cs: int, ce: int) -> list[tuple[int, int]]:
    """Article offsets of the matches of `rx` in text[cs:ce]."""
    return [(cs + m.start(), cs + m.end()) for m in rx.finditer(text[cs:ce])] if rx is not None else []


def _back_to_verb(tok: Token, n: int) -> list[Token]:
    """The words before `tok` in its sentence, nearest first, up to `n` of them and up to (with) the
    first verb: the words that still belong to the event word's own phrase."""
    out: list[Token] = []
    for t in reversed(tok.doc[max(tok.sent.start, tok.i - n):tok.i]):
        out.append(t)
        if t.pos_ in ("VERB", "AUX"):
            break
    return out


def _negated(tok: Token, lex: Lexicon) -> bool:
    """"the police said no clashes took place", "did not clash", "sans heurts": a negation before the
    event word with no other verb between them."""
    words = _back_to_verb(tok, 6)
    if any(t.lower_ in lex.negations for t in words):
        return True
    last = words[-1] if words else None
    return last is not None and last.pos_ == "AUX" and any(c.lower_ in lex.negations for c in last.children)


def _earlier(tok: Token, lex: Lexicon, responses: frozenset[int] = frozenset(),
             protests: frozenset[int] = frozenset()) -> bool:
    """"protested following last month's jail riot", "since the March riot", "the trial of men
    involved in the riots": an event word that dates or explains the story is an earlier event. Not
    when the word it follows is the police's response (token ids `responses`): "the protesters were
    dispersed with tear gas following running battles" tells one protest. A clause that dates the
    protest itself (token ids `protests`) tells what came before it, verbs too: "After cars were
    vandalised, residents protested", "held a protest after communal clashes led to a death"."""
    if _before_the_protest(tok, lex, protests):
        return True
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False  # a verb after "after" is the story itself: "chaos erupted after youths barricaded roads"
    if any(c.dep_ == "amod" and c.lemma_.lower() in lex.earlier_modifiers for c in tok.children):
        return True  # "the detention of activists during recent riots"
    if any(a.lemma_.lower() in lex.earlier_words for a in [tok, *_ancestors(tok, 2)][1:]):
        return not any(a.lemma_.lower() in lex.earlier_words and a.head.i in responses for a in _ancestors(tok, 2))
    # the parse may miss it: "since the riot"
    return any(t.lemma_.lower() in lex.earlier_words or t.lower_ in lex.earlier_words for t in _back_to_verb(tok, 4))


def _before_the_protest(tok: Token, lex: Lexicon, protests: frozenset[int], words: bool = False) -> bool:
    """Is the event word in a clause that dates the protest (token ids `protests`) by what came before
    it: "After cars were vandalised, residents protested", "held a protest after communal clashes led
    to a death"? With `words`, also under an earlier-word said of the protest: "held a protest after
    the clashes", "victims of the ethnic clashes held a demonstration" (not "were injured after
    clashes", said of a toll)."""
    def at_protest(a: Token) -> bool:
        return a.head.i in protests or any(c.i in protests for c in a.head.children if c.dep_ in ("dobj", "obj"))

    for a in [tok, *_ancestors(tok, 2)]:
        if _told_before(a, lex) and at_protest(a):
            return True
        if words and a is not tok and a.lemma_.lower() in lex.earlier_words:
            # (the earlier-word may sit inside the protest's subject: "hundreds of victims of the clashes")
            top = a
            while top.dep_ in ("pobj", "prep") and top.head is not top:
                top = top.head
            if at_protest(top):
                return True
    return False


def _cause_word(t: Token, lex: Lexicon) -> bool:
    """Is this a word that makes what it governs a protest's cause ("against", "demanding")?"""
    return t.lemma_.lower() in lex.cause_words or t.lower_ in lex.cause_words


def _cause(tok: Token | None, lex: Lexicon) -> bool:
    """Is the event word governed, within a few steps, by a word that makes it what a protest is
    about ("jailed for rioting", "alleging that he assaulted farmers", "demanding the release of
    villagers who were arrested in a clash"), or the subject of a verb that says it brought the
    protest about ("the raids sparked a protest")?"""
    if tok is None:
        return False
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if tok.tag_ == "VBG" and prev is not None and prev.pos_ == "NOUN" and prev.head.i != tok.i \
            and not any(c.dep_ in ("dobj", "obj") for c in tok.children) and _cause(prev, lex):
        return True  # "protest over insecurity and cattle rustling": the gerund of a noun compound the parse split
    up = _ancestors(tok, _CAUSE_STEPS)
    return any(_cause_word(a, lex) for a in up) or any(
        a.lemma_.lower() in lex.causing_verbs and below.dep_ in ("nsubj", "csubj")
        for below, a in zip([tok, *up], up, strict=False))


def _riot_apart(tok: Token | None, lex: Lexicon, span: tuple[int, int] | None = None,
                responses: frozenset[int] = frozenset(), protests: frozenset[int] = frozenset()) -> bool:
    """A riot word in a protest's clause that is no act at the protest: an earlier riot, or what the
    protest is about. A riot word with its own object ("threw stones", "barricaded the road") is the
    protest's act whatever the parse hangs it on."""
    return _earlier(tok, lex, responses, protests) or _about(tok, lex, span)


def _in_cause(doc: Doc, char: int, lex: Lexicon, deeds: set[int]) -> bool:
    """Is the place named at offset `char` where a deed happened that a protest is about or came
    after ("against the attack on the Imambargah in Shikarpur", "following the killing of two youths
    in Kotkapura")? Its parse climbs to a word of violence (one of the clause's triggers, starting at
    an offset in `deeds`) and then to a cause word; a place under a cause word alone may be the
    protest's own ("protested against encroachments in Nawabshah")."""
    tok = _token_at(doc, char, char + 1)
    if tok is None:
        return False
    up = _ancestors(tok, _CAUSE_STEPS)
    deed = next((k for k, a in enumerate(up) if a.idx in deeds), None)
    return deed is not None and any(_cause_word(a, lex) or a.lemma_.lower() in lex.earlier_words for a in up[deed + 1:])


def _about(tok: Token | None, lex: Lexicon, span: tuple[int, int] | None = None) -> bool:
    """What a protest is about, not done at it: a riot or clash word under a cause word with no
    object of its own, or one that qualifies another word ("riot victims"). A relative clause, a
    participle on a noun or a clausal complement under the cause tells what others did, its object
    included ("against officials who they allege destroyed their homes", "for the arrest of culprits
    torching their wheat"); in a gerund, an object inside the matched words is no object of its own
    ("accusing soldiers of damaging vehicles"), but a finite verb's is ("protesters against
    insecurity throw stones")."""
    if tok is None or _gerund_told(tok, lex) or _crowd_doing(tok, lex):
        return False
    if _qualifies(tok, lex):
        return True
    if not _cause(tok, lex):
        return False
    if tok.dep_ in ("relcl", "acl", "ccomp"):
        return True
    inside = span is not None and tok.tag_ in ("VBG", "VBN")
    return not any(c.dep_ in ("dobj", "obj") and not (inside and span[0] <= c.idx < span[1]) for c in tok.children)


def _toll_by_people(span: Span, blank: list[tuple[int, int]], lex: Lexicon, actors: list[ActorHit]) -> bool:
    """Does a casualty verb of the clause have people as its agent ("were injured by BCL rivals",
    "was killed by his neighbours"), not a thing ("hit by a car", "killed by lightning")?"""
    doc = span.doc
    named = {a.token.i for a in actors}
    for table in (lex.killed, lex.injured):
        for _, s, e in table.find(span, blank):
            tok = _token_at(doc, s, e)
            if tok is None:
                continue
            if any(g.i in named or g.lemma_.lower() in lex.side_words or g.lemma_.lower() in lex.people_words
                   or lex.rival_cues.fullmatch(g.text) for p in _agent_nouns(tok) for g in (p, *p.conjuncts)):
                return True
    return False


def _gerund_told(tok: Token, lex: Lexicon) -> bool:
    """"protested against the governor, lighting bonfires": a gerund and its object after a comma tell
    how the crowd protested, though the parse may hang them on what it protested against (the gerund
    read as the object's modifier)."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and bool(lex.gerund_endings) and before.head.i == tok.i \
        and before.dep_ in ("compound", "amod") and before.lower_.endswith(lex.gerund_endings) \
        and before.i > 0 and tok.doc[before.i - 1].lower_ in lex.gerund_after


def _done_at_protest(kind: str, tok: Token | None, lex: Lexicon, protests: frozenset[int] = frozenset()) -> bool:
    """Is this violence word, in a protest's clause (its protest words at token ids `protests`), done
    at the protest? Never a clash that fights no side or that came before the protest ("held a
    protest after communal clashes led to a death", "victims of the ethnic clashes held a
    demonstration"); a clash the protest is not about; any violence told as the clause's own act."""
    if kind == "clash" and (_figurative(tok, lex) or (tok is not None and _before_the_protest(tok, lex, protests, words=True))):
        return False
    # "on the 11th day of the blockade, two bombs went off": an event noun that is the subject of
    # the clause's verb is its act, not what the protest is about
    subject = tok is not None and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB" and not _cause(tok, lex)
    # "action against policemen for firing on protesters": a gerund after "for" is a charge, no act
    charged = tok is not None and tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in ("for", "over")
    # what came before and brought the crowd out; what a relative clause tells of someone
    before = tok is not None and _told_before(tok, lex)
    nested = tok is not None and _in_relative(tok)
    return (kind == "clash" and not _about(tok, lex)) or (_told_as_act(tok) and not (charged or before or nested)) \
        or subject


def _figurative(tok: Token | None, lex: Lexicon) -> bool:
    """"measures to battle the coronavirus", "battling corruption charges": a clash verb whose object
    is no side (no force, armed group, crowd or person) fights nothing a clash is about."""
    if tok is None or tok.pos_ != "VERB":
        return False
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in lex.side_words | lex.member_nouns for c in tok.children):
        return False  # "rival groups clashed at the rally": people fought, whatever the parse hangs after
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    return bool(objs) and not any(o.lemma_.lower() in lex.side_words or o.lower_ in lex.side_words
                                  or o.pos_ in ("PROPN", "PRON") for o in objs)


def _crowd_doing(tok: Token, lex: Lexicon) -> bool:
    """"teargas against stone-pelting protesters", "rioting youths": a riot word that describes a
    crowd tells what that crowd is doing, whatever the crowd is governed by."""
    return tok.dep_ in ("amod", "compound") and tok.tag_ == "VBG" and tok.head.lemma_.lower() in lex.crowd_words


def _qualifies(tok: Token, lex: Lexicon) -> bool:
    """"riot victims", "the riot-hit areas", "riot police": a riot noun that qualifies another word
    names no riot (but "rioting youths" riot, and the parse may hang "battle" on "protesters")."""
    return tok.dep_ in ("compound", "npadvmod") and tok.tag_ in ("NN", "NNS") and not tok.lower_.endswith("ing") \
        and tok.head.pos_ in ("NOUN", "ADJ", "VERB") \
        and tok.head.lemma_.lower() not in lex.crowd_words


def _habitual(tok: Token) -> bool:
    """"the rebels, who have been raiding villages": what a group has been doing, said of it in a
    relative clause, is no incident of its own."""
    return tok.dep_ == "relcl" and tok.tag_ == "VBG" and any(a.lower_ == "been" for a in tok.children)


def _told_as_act(tok) -> bool:
    """A verb of the clause's own story, not a noun or a relative clause about something else."""
    return tok is not None and tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("relcl", "acl")


def _arrest_of_crowd(tok) -> bool:
    """An arrest told as an act ("police arrested teachers protesting", "were detained when they
    tried to march"), not a protest's subject ("against the arrest of", "demanding the arrest of",
    "a cleric who was arrested", "demanded his release")."""
    return _told_as_act(tok) and not any(t.lemma_.lower() == "release" for t in tok.sent)


_CHARGEABLE = frozenset({"violence", "sexual", "abduction", "looting"})  # families a charge can name
_PREDICATES = frozenset({"ROOT", "ccomp", "conj", "advcl", "xcomp", "parataxis"})  # a clause's own verb


def _charged(tok: Token, lex: Lexicon) -> bool:
    """Is this event word what someone is accused of, wanted for or held over: inside the phrase of
    a charge (`charges`: "accused of killing", "wanted for several bombings", "arrest warrants for
    ambushes and bombings", "in connection with the attack", « accusés d'avoir tué »)?"""
    t = tok
    for _ in range(4):
        if t.dep_ == "conj":
            t = t.head
            continue
        if t.dep_ in ("pobj", "pcomp") and t.head.dep_ == "prep":  # "accused of killing"
            prep, head = t.head, t.head.head
        elif (prep := next((c for c in t.children if c.dep_ in ("case", "mark")), None)) is not None \
                and t.dep_ in ("obl", "obl:mod", "nmod", "xcomp", "acl"):  # « recherché pour », « accusés d'avoir tué »
            head = t.head
        else:
            return False
        said = f"{head.lemma_.lower()} {prep.lemma_.lower()}"
        if said in lex.charges.get("held", ()):
            return True
        if said in lex.charges.get("alleged", ()):
            # (the clause's own verb reports the act: "police are accused of assaulting a driver")
            return head.dep_ not in _PREDICATES
        t = head  # a phrase inside another: "suspected of involvement in the attack"
    return False


def _charge_extent(tok: Token) -> tuple[int, int]:
    """The characters of a charge's phrase ("killing a trader in Nakuru", "the 2013 massacre in
    Diamer"), up to a relative clause that goes on to tell what happened ("..., who managed to flee and
    injure ten policemen")."""
    sub = list(tok.subtree)
    rel = min((min(x.i for x in r.subtree) for r in sub if r.dep_ == "relcl"), default=None)
    kept = [t for t in sub if rel is None or t.i < rel]
    while len(kept) > 1 and kept[-1].is_punct:  # (the comma before "who")
        kept.pop()
    return kept[0].idx, kept[-1].idx + len(kept[-1])


def _covered(tok: Token, lex: Lexicon) -> bool:
    """Is this event word what someone was reporting on: the object of a verb of reporting ("covering
    a clash", "photographing youths fighting", "capture the scene of a clash")?"""
    for t in (tok, *_ancestors(tok, 5)):  # (the words of the clash it names too: "between police and demonstrators")
        if t.dep_ in ("dobj", "obj", "ccomp", "xcomp") and t.head.lemma_.lower() in lex.reporting_verbs:
            return t.head.tag_ == "VBG" or t.head.dep_ in ("xcomp", "advcl", "pcomp")
        if t.pos_ in ("VERB", "AUX") and t is not tok:
            return False
    return False


def _is_origin(text: str, start: int, lex: Lexicon) -> bool:
    """"tirées depuis Gaza", "launched from Yemen": where a weapon came from, not where it struck
    (asked only of clauses that name a weapon)."""
    return preceded_by(text, start, lex.origin_words, span=20)


def _sentence_fallbacks(ms: list[Mention]) -> None:
    """A clause that names no place or weapon of its own borrows them from another clause of the same
    sentence: "Deux roquettes ... ont été interceptées, mais une troisième est tombée près de Sdérot"."""
    for m in ms:
        if m.family != "violence":
            continue
        mates = [o for o in ms if o is not m and o.sent.start_char == m.sent.start_char and o.family == "violence"]
        if m.place is None:
            other = next((o.place for o in mates if o.place is not None and o.place_source == "own"), None)
            if other is not None:
                m.place, m.place_source = other, "sentence"
        if not m.weapons:
            w = next((o.weapons for o in mates if o.weapons and o.start < m.start), None)
            if w:
                m.weapons = set(w)


def _is_source(hit: ActorHit, lex: Lexicon, trig_tokens: set[int]) -> bool:
    """"a indiqué la police", "police said", "police suspect": the subject of a speech or inquiry verb
    is a source, not a party, unless what it says is that it acted itself ("the army said it had
    regained control")."""
    tok = hit.token
    verb = tok.head
    lemma = verb.lemma_.lower()
    if lemma not in lex.statement_verbs | lex.speech_verbs and not (lemma in lex.inquiry_verbs and verb.pos_ == "VERB"):
        return False
    if lemma in lex.inquiry_verbs and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl"):
        return False  # "gang kills police investigating gun runners": who the police were, not what they said
    if tok.dep_ in ("obj", "dobj") and tok.i > verb.i:
        return True  # ", a indiqué l'armée israélienne": an inverted subject parsed as an object
    if not tok.dep_.startswith("nsubj"):
        return False
    if verb.lemma_.lower() not in lex.statement_verbs and any(
            c.dep_ in ("obj", "dobj") and c.i in trig_tokens for c in verb.children):
        return False  # "Kenyan forces continue assaults", "X claimed the attack": a speech verb acting on the event
    if any(c.dep_ == "xcomp" and c.i in trig_tokens for c in verb.children):
        return False  # "Police claimed to have killed three militants": what it claims is its own act
    for t in verb.subtree:
        if t.i in trig_tokens and t.i != verb.i:
            subj = [c for c in t.children if c.dep_.startswith("nsubj")]
            if subj and subj[0].pos_ == "PRON" and subj[0].lower_ in lex.pronouns | {"it", "they", "ils", "elles"}:
                return False
    return True


def _national_trigger(doc: Doc, trig_tokens: set[int], lex: Lexicon) -> Actor | None:
    """"Russian shelling", "frappe israélienne": a nationality on the event noun names the state's forces."""
    for i in sorted(trig_tokens):
        tok = doc[i]
        for c in list(tok.children) + ([doc[i - 1]] if i > 0 else []):
            cc = lex.nationalities.get(c.lemma_.lower()) or lex.nationalities.get(c.lower_)
            if cc and (c.dep_ == "amod" or c.i == i - 1):
                return Actor(name=f"Military Forces of {cc}", type="state_forces", country=cc,
                             surface=doc[min(i, c.i):max(i, c.i) + 1].text)
    return None


def _dates(sent: Span, lex: Lexicon, speech) -> list[DateExpr]:
    """Date expressions of a sentence outside speech. A date that dates a statement ("a déclaré mardi",
    "said on Saturday") is kept with kind "statement": a fallback, weaker than an event's own date."""
    found = []
    for e in find_dates(sent.text, lex.lang):
        s = sent.start_char + e.start
        if _overlaps(s, s + 1, speech):
            continue
        tok = _token_at(sent.doc, s, sent.start_char + e.end)
        if tok is not None and e.kind in ("weekday", "published"):
            heads = [tok.head, tok.head.head]
            if any(h.lemma_.lower() in lex.statement_verbs for h in heads) or any(
                    t.lower_ in ("briefing", "conférence", "communiqué", "interview", "statement") for t in heads):
                e.statement = True  # type: ignore[attr-defined]
        found.append(e)
    return found


def _prep_targets(tok: Token) -> list[Token]:
    """The nouns after an event word's "on", "at" or "upon" ("an attack on a bus", "fired upon a check post")."""
    return [g for c in tok.children if c.dep_ in ("prep", "obl") and c.lower_ in ("at", "on", "upon")
            for g in c.children if g.dep_ in ("pobj", "obj")]


def _aimed(trig_tokens: set[int], doc: Doc) -> bool:
    """Were the event words (or the noun they qualify: "a petrol bomb attack") aimed at something?"""
    for i in trig_tokens:
        tok = doc[i]
        while tok.dep_ == "compound" and tok.head is not tok:
            tok = tok.head
        if _objects(tok) or _prep_targets(tok):
            return True
    return False


def _only_where(tok: Token, lex: Lexicon) -> bool:
    """Is the noun phrase of `tok` (a word of it: "Police" of "the District Police Lines") said
    to be beside where it happened ("near the", "outside")?"""
    while tok.dep_ in ("compound", "amod") and tok.head is not tok:
        tok = tok.head
    text, start = tok.doc.text, tok.left_edge.idx
    # (a phrase of one name: not the parser's "outskirts of Mrauk-U Town, ..., Rakhine State, Myanmar troops")
    return tok.dep_ in ("pobj", "obl", "nmod") and "," not in text[start:tok.idx] and said_near(text[:start], lex.lang)


def _fill_actors(m: Mention, actors: list[ActorHit], lex: Lexicon, trig_tokens: set[int]) -> None:
    # a force that only says where it happened is no side when the event words hit something else
    # ("a petrol bomb attack on a bus near the District Police Lines", "shot a driver outside the army
    # barracks"; "rockets landed near the US embassy" were aimed at it), nor is a source
    actors = [a for a in actors if not _is_source(a, lex, trig_tokens)]
    near = [a for a in actors if _only_where(a.token, lex)]
    if near and _aimed(trig_tokens, m.sent.doc):
        actors = [a for a in actors if a not in near]
    # "gunmen linked to al-Shabaab": the group is who the gunmen are, never a side of its own
    ties = {id(a): _tied_to(a, actors, lex) for a in actors}
    affiliates = [a for a in actors if ties[id(a)] is not None]
    actors = [a for a in actors if ties[id(a)] is None]
    roles = [(a, _role(a, lex, trig_tokens)) for a in actors]
    if trig_tokens:
        # word order where the parse gave no relation (headlines: "Police officer shoots and kills a
        # student"): before the first event word is the one who acted, after it the one acted upon
        first = min(trig_tokens)
        # a role the parse gave ("shot dead by police") wins over one read from word order; before a
        # passive event word is the one it was done to ("a police officer from Huitzuco was attacked"),
        # but of a fight's two sides the first named stays first ("a Naxal was shot dead in a gun-battle
        # with security forces")
        roles.sort(key=lambda ar: ar[1] is None)
        doc = m.sent.doc
        passive = "clash" not in m.kinds and any(
            c.dep_ in ("auxpass", "aux:pass") and c.text.islower() for c in doc[first].children)  # not "IS fighters"
        roles = [(a, r if r is not None else ("actor1" if a.token.i < first and not passive else "target"))
                 for a, r in roles]
    a1 = next((a for a, r in roles if r == "actor1"), None)
    a2 = next((a for a, r in roles if r == "target" and a is not a1), None)
    if a1 is None and m.family == "violence":
        # "three rebels died in a gunfight with army troops": the side named after "with"
        # acted on the one that suffered
        partner = next((a for a, r in roles if r == "target" and _after_with(a.token, trig_tokens)), None)
        if partner is not None and any(r == "target" and a is not partner for a, r in roles):
            a1 = partner
            a2 = next(a for a, r in roles if r == "target" and a is not partner)
    if a2 is not None and a2.actor.type == "civilians" and m.family == "violence":
        # a force listed among those hit is the other side, whoever is named first ("killing three
        # civilians and five police")
        a2 = next((a for a in actors if a.token in a2.token.conjuncts and a.actor.type in STATE_TYPES
                   and not _off_duty(a.token, lex)), a2)
    pair = _between_sides(actors, lex) if m.family == "violence" and "clash" in m.kinds else None
    if pair:
        a1, a2 = pair  # "fighting broke out between the KIA and government troops"
    if m.family == "demo":
        # protesters are the actors of a demonstration; the police who dispersed them the second side
        prot = next((a for a in actors if a.actor.type in ("protesters", "rioters")), None)
        if prot is not None:
            pol = next((a for a in actors if a.actor.type == "state_forces"), None)
            # with no police named, the people the crowd turned on stay its second side
            # ("rioters attacked journalists")
            a1, a2 = prot, pol or (a2 if a2 is not None and a2 is not prot and a2.actor.type == "civilians" else None)
    if m.family in ("arrest", "abduction", "territory", "base", "looting", "agreement", "change"):
        # roles were read against every trigger of the clause; these families take the armed actor
        # that is the subject of their own trigger, else the first armed actor of the clause
        own = [a for a, r in roles if r == "actor1" and a.token.head.i in trig_tokens]
        # (not whom the trigger's preposition names: "surrendered before the police", "to the army")
        told_to = {a.token.i for a in actors if a.token.head.dep_ == "prep" and a.token.head.lower_ in ("to", "before")
                   and a.token.head.head.i in trig_tokens}
        a1 = own[0] if own else next((a for a in actors if a.armed and a.token.i not in told_to and (
            m.family != "arrest" or a.actor.type in STATE_TYPES)), a1)
        a2 = next((a for a, r in roles if r == "target" and a is not a1 and a.token.head.i in trig_tokens), None)
    if a1 is None and m.family in ("violence",) and a2 is None:
        a1 = next((a for a, r in roles if r is None and a.armed and a.actor.type not in (
            "state_forces", "external_forces")), None)
    for aff in affiliates:
        owner, guess = ties[id(aff)]
        if guess:
            continue  # "armed men, believed to be linked to al-Shabaab": still unidentified, the group no target
        if a1 is None or (a1 is owner and a1.actor.type in ("unidentified", "civilians")):
            # "Gunmen linked to al-Shabaab kill two", "an al-Shabaab-linked shooting", "gunned down by
            # people believed to be al-Shabab militia" (the "militia" its name qualifies is no target)
            a1 = aff
            if a2 is not None and aff.token.head.i == a2.token.i:
                a2 = None
        elif a2 is not None and a2 is owner and a2.actor.type == "unidentified":
            a2 = aff  # "police killed three militants linked to the ADF"
    if a1 is not None and a1.actor.type == "unidentified" and not pair:
        # "Fighters of the Wagner Group", "des combattants de l'EI": the named group inside wins (not
        # after "between": the other side, which the parse may hang inside the first one's phrase)
        inner = [a for a in actors if a is not a1 and a.armed and a.actor.type != "unidentified"
                 and a1.token.left_edge.i <= a.token.i <= a1.token.right_edge.i]
        if inner:
            a1 = inner[0]
    m.actor1 = a1.actor.model_copy() if a1 else None
    m.actor2 = a2.actor.model_copy() if a2 else None
    if m.actor1 is not None and m.actor1.type == "civilians" and m.family == "violence" \
            and m.kinds & {"gunfire", "kill", "attack"} and a1.token.dep_ == "nsubj" \
            and a1.token.head.i in trig_tokens and not (m.crowd or m.crowd_acts) \
            and (gunmen := lex.generic("unidentified")):
        # people who attack, shoot or kill are armed men, not civilians ("two men on a motorbike
        # attacked and shot them dead"; a crowd that does is a mob)
        m.actor1 = Actor(name=gunmen.name, type=gunmen.type, country=None, surface=a1.actor.surface)
    off_duty = a2 is not None and _off_duty(a2.token, lex)
    if a2 is not None and (civ := lex.generic("civilians")) and (
            (off_duty and a2.actor.type in STATE_TYPES)
            or (a2.actor.type == "identity_militia" and a2.token.lemma_.lower() in lex.civilian_targets)):
        # herdsmen are a communal militia when they raid, civilians when they are attacked; an
        # off-duty soldier is a civilian
        m.actor2 = Actor(name=civ.name, type=civ.type, country=a2.actor.country, surface=a2.actor.surface)
    if a2 is not None:
        lem = a2.token.lemma_.lower()
        if a2.actor.type == "civilians" or lem in lex.civilian_targets or off_duty:
            m.target_kind = "civilian"
        elif m.family == "demo" and a2.actor.type == "state_forces" and next((r for a, r in roles if a is a2), None) != "target":
            # the police who dispersed or stepped in are no target of the crowd's ("residents rioted;
            # police fired tear gas"): what the crowd hit is told by its own objects
            m.target_kind = _object_kind(trig_tokens, m.sent.doc, lex, sites=False)
        elif a2.armed or lem in lex.armed_targets:
            m.target_kind = "armed"
    elif m.family == "demo":
        # what a crowd's violence was aimed at: people ("set a suspected thief alight") or not
        m.target_kind = _object_kind(trig_tokens, m.sent.doc, lex, sites=False, joined=True)
    elif m.family == "violence":
        # no grammatical target: the other people named in the clause tell who was hit
        # ("two police killed by raiders", "a constable was killed when Maoists opened fire")
        # (unless the event word's own object is a civilian person: "a soldier shot a boda boda
        # driver outside the naval base" hit the driver, not the navy; a village or a house raided
        # may still hold the force the clause names)
        others = [a for a in actors if a1 is None or a.actor.name != a1.actor.name]
        if _object_kind(trig_tokens, m.sent.doc, lex, sites=False) != "civilian" and any(
                a.actor.type in STATE_TYPES and not _off_duty(a.token, lex) for a in others):
            m.target_kind = "armed"
        elif any(a.actor.type == "civilians" for a in others):
            m.target_kind = "civilian"
        else:
            # (a policeman who shot "his colleague" or "his boss" hit a force: ACLED's armed clash)
            m.target_kind = _object_kind(trig_tokens, m.sent.doc, lex, fellows=a1 is not None and a1.actor.type in STATE_TYPES)
    if m.target_kind == "armed" and (a2 is None or a2.actor.type not in STATE_TYPES) \
            and any(m.sent.doc[i].lemma_.lower() in lex.captive_acts for i in trig_tokens):
        m.target_kind = "civilian"  # "police arrested and tortured a suspect": a captive, no armed man


def _tied_to(hit: ActorHit, actors: list[ActorHit], lex: Lexicon) -> tuple[ActorHit | None, bool] | None:
    """Is this named group what a band is said to belong to ("gunmen linked to al-Shabaab", "ADF-linked
    rebels", "militants loyal to Hafter")? Then (the band it is tied to, or None when the suffix
    qualifies no actor: "an al-Shabaab-linked shooting"; whether the tie is told as a guess: "armed
    men believed to be linked to al-Shabaab"); None when it is no such tie. A cue after a noun that is
    no actor ("a cleric with links to al-Shabaab") is no band's tie: the group keeps its own role."""
    if hit.actor.type in ("unidentified", "state_forces", "external_forces", "civilians", "protesters", "rioters") \
            or "{" in hit.actor.name or not hit.armed:
        return None
    text = index(hit.token.doc).text
    window = text[max(0, hit.start - 40):hit.start]
    cue = lex.affiliation_before.search(window) if lex.affiliation_before is not None else None
    if cue is not None:
        before = [a for a in actors if a is not hit and a.end <= hit.start and hit.start - a.end <= 60]
        if not before:
            return None
        owner = max(before, key=lambda a: a.end)
        between = text[owner.end:hit.start - len(window) + cue.start()]
        return owner, bool(lex.affiliation_hedges and lex.affiliation_hedges.search(between))
    if lex.affiliation_after is not None and lex.affiliation_after.match(text, hit.end):
        after = [a for a in actors if a is not hit and a.start >= hit.end and a.start - hit.end <= 30]
        guess = bool(lex.affiliation_hedges and lex.affiliation_hedges.search(text[max(0, hit.start - 25):hit.start]))
        return (min(after, key=lambda a: a.start) if after else None), guess
    return None


def _between_sides(actors: list[ActorHit], lex: Lexicon) -> tuple[ActorHit, ActorHit] | None:
    """The two sides of "between X and Y": the parse often hangs Y under X or X under Y
    ("between the KIA and government troops" makes KIA a modifier of troops), so the words tell."""
    sides = lex.battle_sides
    before, joiners, articles = (sides.get(k, frozenset()) for k in ("before", "joiners", "articles"))
    hits = sorted(actors, key=lambda a: a.start)
    for i, a in enumerate(hits):
        doc = a.token.doc
        k = _first_token(doc, a.start) - 1
        while k >= 0 and doc[k].pos_ in ("DET", "ADJ", "NUM", "PROPN"):  # "between the Myanmar military"
            k -= 1
        if k < 0 or doc[k].lower_ not in before:
            continue
        for b in hits[i + 1:]:
            # up to the start of the other side's phrase ("and the Burma Army": the name of the force
            # may stand before the head word the lexicon matched)
            first = b.token.left_edge  # (not its joiner or preposition, which some parses hang inside it)
            while first.i < b.token.i and (first.dep_ in ("cc", "case", "punct") or first.lower_ in joiners):
                first = doc[first.i + 1]
            b_start = min(b.start, first.idx) if first.idx > a.end else b.start
            gap = doc.char_span(a.end, b_start, alignment_mode="expand")
            words = [t for t in gap or () if not t.is_space] if b_start > a.end else []
            if any(t.lower_ in joiners for t in words) and len(words) <= 4 and all(
                    t.lower_ in joiners or t.lower_ in articles or t.pos_ in ("DET", "ADJ", "NUM", "PUNCT") for t in words):
                return a, b
        return None
    return None


def _off_duty(tok: Token, lex: Lexicon) -> bool:
    """Is a soldier or policeman told as off duty or former ("an off-duty soldier", "a retired police
    officer", "un militaire à la retraite")? ACLED counts them as civilians. The words before the
    noun in its phrase, and a few after it; the phrase of the noun a modifier belongs to ("a former
    military officer"); for a force's man, a sentence that shows him at home (`off_duty_scenes`)."""
    tok = _noun_of(tok)
    text = index(tok.doc).text
    end = tok.idx + len(tok.text)
    around = text[tok.left_edge.idx:tok.idx] + " " + text[end:min(tok.right_edge.idx + len(tok.right_edge.text), end + 20)]
    if lex.off_duty.search(around.lower()):
        return True
    # a policeman or soldier whose sentence shows him at home or on his way there ("a policeman was
    # shot dead in front of his home"); the officer of a force ("a police officer") counts too
    force = {tok.lemma_.lower(), tok.lower_} | {c.lemma_.lower() for c in tok.children if c.dep_ == "compound"}
    return bool(force & lex.state_words) and bool(lex.off_duty_scenes.search(index(tok.doc).sentence_text(tok.idx)))


def _doers(tok: Token, subjects: bool = True) -> list[Token]:
    """Who did what verb `tok` says: its subject (or, for the second of two coordinated verbs, the
    first one's: "burned two cars and assaulted"), or the agent of a passive ("by residents"; the first
    verb's for the second: "seized by residents and beaten to death"). `subjects=False`: the agents
    only (a headline's passive: "6 locals killed")."""
    verbs = [tok, tok.head] if tok.dep_ == "conj" else [tok]
    subj = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "csubj")] if subjects else []
    return subj + [g for v in verbs for g in _agent_nouns(v)]


def _agent_nouns(tok: Token) -> list[Token]:
    """The nouns of a verb's "by" phrases ("beaten up by residents": residents)."""
    return [g for agent in _agents(tok) for g in agent.children if g.dep_ == "pobj"]


def _agents(tok: Token) -> list[Token]:
    """The "by" phrases of a verb (the parser tags some as plain prepositions)."""
    return [c for c in tok.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]


def _crowd_does(doc: Doc, items: list[tuple[str, int, int]], lex: Lexicon) -> bool:
    """Is the doer of one of these event words a crowd (students, supporters, protesters, a mob)?
    A weak riot word ("stormed", "smashed", "destroyed") is then the crowd's act, not a figure of
    speech ("stormed to victory")."""
    words = lex.crowd_words
    for _, s, e in items:
        tok = _token_at(doc, s, e)
        if tok is None:
            continue
        # "students", "college students", "a section of the youth"; "protesters tried to storm"
        for subj in _doers(tok) + (_doers(tok.head) if tok.dep_ == "xcomp" else []):
            near = [subj, *(c for c in subj.children if c.dep_ == "compound")]
            near += _of_nouns(subj, any_dep=True)
            if any(t.lemma_.lower() in words for t in near):
                return True
    return False


def _crowd_word_told(doc: Doc, tok: Token | None, item: tuple[str, int, int], clause: str, lex: Lexicon) -> bool:
    """Is a weak crowd word a protest? A crowd does it or it is told as one (`_protest_told`); a move
    that presses a demand ("surrounded", "walked") only when people do it and the clause says what
    they want ("farmers surrounded the office, demanding ...", not "troops surrounded the village")."""
    if tok is not None and tok.lemma_.lower() in lex.pressing_moves:
        return bool(lex.protest_cues.search(clause)) and _people_did(doc, item, lex)
    return _crowd_does(doc, [item], lex) or _protest_told(doc, tok, clause, lex)


def _protest_told(doc: Doc, tok: Token | None, clause: str, lex: Lexicon) -> bool:
    """Is a weak crowd word ("gathered", "marched", "a march") told as a protest? It is when the
    clause says what the crowd wants or shows ("demanding", "shouting slogans", "on the streets"),
    when the march is staged ("held a march", "a procession was taken out"), or when people march
    (its doer is a crowd or civilians: "nurses marched", not "troops marched")."""
    if lex.protest_cues.search(clause):
        return True
    if tok is None:
        return False
    if tok.pos_ in ("NOUN", "PROPN"):
        verb = next((a for a in _ancestors(tok) if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and {verb.lemma_.lower(), verb.lower_} & lex.protest_hosts:
            return True
    return tok.lemma_.lower() in lex.crowd_moves and _people_do(tok, lex)


def _people_did(doc: Doc, item: tuple[str, int, int], lex: Lexicon) -> bool:
    """Did a crowd or civilians do what this event word says ("students shattered window panes",
    "supporters attempt to break down a gate", "hundreds of farmers surrounded the office"), not a
    blast or troops ("a missile landed, shattering windows")?"""
    tok = _token_at(doc, item[1], item[2])
    return tok is not None and (_people_do(tok, lex) or _crowd_does(doc, [item], lex))


def _people_do(tok: Token, lex: Lexicon) -> bool:
    """Are the doers of this word people (a crowd, civilians: "nurses", "farmers from Ol Kalou"), not troops?"""
    return any(_noun_forms(t) & lex.people_words for d in _doers(tok) for t in (d, *d.children) if t.dep_ != "prep")


def _noun_forms(tok: Token) -> set[str]:
    """A noun's lemma and, for a plural the tagger took for a name at the start of a sentence
    ("Pensioners marched"), its singular."""
    forms = {tok.lemma_.lower(), tok.lower_}
    if tok.pos_ == "PROPN" and tok.lower_.endswith("s"):
        forms.add(tok.lower_[:-1])
    return forms


def _labour_strike(tok: Token, clause: str, armed_clause: bool, lex: Lexicon) -> bool:
    """Is this "strike" a workers' strike (a protest), not an attack? It lasts ("a three-day strike",
    "an indefinite strike"), it presses demands, workers strike ("nurses strike over pay", "a strike
    by bus owners", "the teachers' strike"), or it is begun, staged or called ("began a strike", "the
    strike entered its second day") by no armed force ("the Air Force continued its strikes"). When
    the clause names a weapon (`armed_clause`), only a strike that lasts is one."""
    if tok.lemma_.lower() != "strike":
        return False
    if tok.pos_ in ("NOUN", "PROPN") and lex.labour_modifiers.search(index(tok.doc).text[tok.left_edge.idx:tok.idx]):
        return True
    if armed_clause:
        return False
    if lex.protest_cues.search(clause):
        return True  # "continued their strike to press their demands"
    doers = _doers(tok) + (_doers(tok.head) if tok.dep_ in ("xcomp", "dobj") else [])
    if any(t.lemma_.lower() in lex.armed_words for d in doers for t in d.subtree):
        return False
    if tok.pos_ in ("NOUN", "PROPN"):
        doers += [c for c in tok.children if c.dep_ in ("compound", "poss")]
    if any(t.lemma_.lower() in lex.labour_doers for d in doers
           for t in (d, *(c for c in d.children if c.dep_ == "compound"))):
        return True  # "nurses", "bus owners"
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "on" else tok.head
    return tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and bool({head.lemma_.lower(), head.lower_} & lex.labour_verbs)


def _victim(tok: Token, lex: Lexicon) -> bool:
    """Is this word who was killed ("a student was killed", "left a student killed", "the death of a
    youth"), not a crowd that took part?"""
    if tok.dep_ in ("nsubjpass", "nsubj:pass") and tok.head.lemma_.lower() in lex.death_words:
        return True
    if tok.dep_ in ("dobj", "obj") and any(c.dep_ in ("acl", "oprd", "xcomp") and c.lemma_.lower() in lex.death_words
                                           for c in tok.children):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lex.death_words


def _of_a_group(tok: Token, lex: Lexicon) -> bool:
    """Is this crowd word the members of a community, a clan or a tribe ("members of the Borana and
    Gabra communities"), or of an armed group ("a member of the rebel group")? They are the people of
    a militia or a rebel group when they fight, not a crowd."""
    if tok.lemma_.lower() not in lex.member_nouns:
        return False
    ofs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
    after = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    if not ofs and after is not None and after.lower_ == "of" and after.dep_ == "prep":
        ofs = [after]  # the parse may hang it on a word before: "clashed with soldiers and members of the ELN"
    for of in ofs:
        if lex.communal_cues.search(" ".join(t.text for t in of.subtree)):
            return True
        # the group's own noun and its modifiers, not its conjuncts ("supporters of KANU and police")
        nouns = [g for g in of.children if g.dep_ == "pobj"]
        if any(t.lemma_.lower() in lex.armed_words
               for t in nouns + [m for g in nouns for m in g.children if m.dep_ in ("compound", "amod")]):
            return True
    return False


def _crowd_acts(doc: Doc, trig_tokens: set[int], lex: Lexicon) -> bool:
    """Is a crowd that is no party the subject of an event word ("a group of villagers killed a
    man", "beaten up by residents")? Then the violence is a riot's (ACLED's mob violence)."""
    for i in trig_tokens:
        tok = doc[i]
        if any(g.lemma_.lower() in lex.mobs for g in _between_nouns(tok)):
            return True  # (the side's own word: "clashes between two local rival groups" is no mob)
        # (a list of passives may name its agent once, after the last: "were tied up, beaten up and
        # given electric shocks by locals"; a headline's passive names who it befell as its subject:
        # "6 locals killed")
        later = [g for c in tok.conjuncts if c.i > tok.i for g in _agent_nouns(c)]
        for subj in _doers(tok, subjects=not _bare_passive(tok, lex)) + later:
            words = [subj, *[t for t in subj.subtree if t.i - subj.i in range(-3, 5)]]
            if any(t.lemma_.lower() in lex.mobs for t in words):
                return True
            if subj.lemma_.lower() in lex.crowds and any(c.dep_ == "amod" and c.lemma_.lower() in lex.mob_moods
                                                         for c in subj.children):
                return True  # "angry youths attacked election officials"
    return False


def _between_nouns(tok: Token) -> list[Token]:
    """The sides a clash word names with "between" ("a violent clash between labourers and police",
    "clashes were reported between police officials and voters"): both are its doers."""
    holders = [tok, tok.head] if tok.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") else [tok]
    nouns = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "between"
             for g in c.children if g.dep_ == "pobj"]
    return nouns + [c for g in nouns for c in g.conjuncts]


def _bare_passive(tok: Token, lex: Lexicon) -> bool:
    """Is this a verb of harm told with no object ("3 people killed", "6 locals injured")? Its subject
    is who it befell, not who did it."""
    return tok.lemma_.lower() in lex.patient_verbs and not any(_objects(v) for v in (tok, *tok.conjuncts))


def _band_acts(doc: Doc, trig_tokens: set[int], lex: Lexicon) -> bool:
    """Is a band of people of no kind the doer of an event word ("a group of people attacked a media
    office", "beaten to death by a group of men", "beaten up by three persons")? Not people told
    armed, unknown, from somewhere or dressed as someone ("armed men", "men in police uniform",
    "people believed to be Maoists"), and not the people an event befell ("3 people killed")."""
    for i in trig_tokens:
        tok = doc[i]
        for subj in _doers(tok, subjects=not _bare_passive(tok, lex)):  # "3 people killed": who died
            band = [subj, *(_of_nouns(subj) if subj.lemma_.lower() in lex.member_nouns else ())]
            if any(b.lower_ in lex.mob_people and not any(_told_who(c) for c in b.children) for b in band):
                return True
    return False


def _told_who(c: Token) -> bool:
    """Does this modifier tell who a band of people is ("armed men", "men from Kericho", "men in
    police uniform", "two men on a motorbike", "people believed to be Maoists"), not where it was
    ("persons in Pune")?"""
    if c.dep_ in ("amod", "compound", "acl", "relcl"):
        return True
    return c.dep_ == "prep" and (c.lower_ == "from" or (c.lower_ in ("in", "on") and not any(
        g.ent_type_ in _LOC for g in c.children)))


def _object_kind(trig_tokens: set[int], doc: Doc, lex: Lexicon, sites: bool = True, fellows: bool = False,
                 joined: bool = False) -> str | None:
    """What the event words were aimed at when it is no actor we know: "fired upon a check post",
    "attacked a police post", "targeted a border guard" (its head noun: post, guard). `sites`: do
    civilian places count (an attack on a village is on civilians; a crowd smashing a shop is
    property destruction, a riot's, not violence against people)? `fellows`: the doer is a force,
    so "his colleague", "his boss" are its men."""
    for i in sorted(trig_tokens):
        tok = doc[i]
        # "fired machine guns, grenade launchers and small arms at the positions": the parse may hang
        # "at" on a word of the weapons' list that it read as a second verb; with `joined`, a crowd's
        # object may be the joined verb's ("beat up and burnt to death a suspected thief")
        heads = [tok] + [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        objs = [o for h in (heads if joined else [tok]) for o in _objects(h)]
        if _agents(tok):
            objs += [c for c in tok.children if c.dep_ == "nsubj"]  # "Soldier shot dead by rebels"
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            objs.append(tok.head)  # "One robbery suspect killed by police": the noun the participle tells of
        if tok.tag_ == "VBN" and tok.dep_ in ("acl", "advcl") and _agents(tok):
            # "Two fighters were found dead on the road, killed by unknown gunmen": the participle
            # tells of the passive verb's subject
            verb = next((h for h in tok.ancestors if h.pos_ in ("VERB", "AUX")), None)
            objs += [c for c in (verb.children if verb is not None else ()) if c.dep_ in ("nsubjpass", "nsubj:pass")]
        objs += [g for h in heads for g in _prep_targets(h)]
        # a count of a group, or a member of a force: "shot dead two of his colleagues", "killed three of
        # the soldiers", "assassinated a member of the 4th Division" (not "a crowd of voters")
        objs += [g for o in objs if o.like_num for g in _of_nouns(o)]
        objs += [g for o in objs if o.lemma_.lower() in lex.member_nouns for g in _of_nouns(o)
                 if g.lemma_.lower() in lex.armed_targets]
        for o in objs:
            head = {o.lemma_.lower(), o.lower_}  # the lemmatiser reads "bases" as "basis"
            # "set a suspected thief alight" parsed as the compound "thief alight": the compound's noun too
            compounds = {c.lemma_.lower() for c in o.children if c.dep_ == "compound"}
            words = head | compounds
            if _off_duty(o, lex) or _civilian_post(o, lex):
                return "civilian"
            if words & lex.armed_targets or (fellows and words & lex.fellows):
                return "armed"
            if compounds & lex.state_words and not head & lex.civilian_targets:
                return "armed"  # "an army vehicle", "a police camp" (not "a police informer")
            if words & lex.civilian_targets or (sites and words & lex.civilian_sites):
                return "civilian"
    return None


def _civilian_post(tok: Token, lex: Lexicon) -> bool:
    """Is this an officer or a guard of a civilian body ("a Red Cross officer", "a school guard"),
    with no force's word among its modifiers ("a police officer")?"""
    posts = lex.civilian_posts
    if tok.lemma_.lower() not in posts.get("heads", ()):
        return False
    mods = {t.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod") for t in c.subtree}
    return bool(mods & posts.get("modifiers", frozenset())) and not mods & lex.armed_words


def _stops_a_weapon(tok: Token, lex: Lexicon) -> bool:
    """Does this interception word stop a weapon? Yes, unless it is one of the verbs that also tell a
    strike's damage ("destroyed") and what it destroys is told and is no weapon (`weapon_stoppers`)."""
    stop = lex.weapon_stoppers
    if tok.lemma_.lower() not in stop.get("verbs", ()):
        return True
    what = _objects(tok)
    if tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN", "NUM"):
        what.append(tok.head)  # "four hideouts destroyed"
    if not what and tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children):
        # "militants were killed and four of their hideouts destroyed": the passive's "were" left
        # out, the parse reads the hideouts as the subject
        what = [c for c in tok.children if c.dep_ == "nsubj"]
    if not what:
        return True  # "was intercepted and destroyed": the object is the first verb's
    things = [x for w in what for x in (w, *w.conjuncts)]
    # (the head or its "of" phrase: "a number of arms", "four of their hideouts")
    things += [g for x in things for g in _of_nouns(x, any_dep=True)]
    return any(x.lemma_.lower() in stop.get("things", ()) for x in things)


def _entry_word(words: str, tok: Token | None, lex: Lexicon) -> bool:
    """Is this riot word (its text or its lemma) how a crowd or a band got in ("stormed", "invaded",
    "laid siege"), `protest_entry` in the lexicon?"""
    return words.lower() in lex.protest_entry or (tok is not None and tok.lemma_.lower() in lex.protest_entry)


def _property_only(items: list[tuple[str, int, int]], doc: Doc, lex: Lexicon) -> bool:
    """Are all these riot words acts against property only ("torched", "set * on fire", "vandalised"),
    or how the doers got in ("stormed", "invaded"), not a crowd's riot acts (burning tyres, stoning,
    rioting)? `property_acts` and `protest_entry` in the lexicon."""
    acts = lex.property_acts
    fuel = acts.get("not_with", frozenset())
    damage = False
    for kind, s, e in items:
        words = index(doc).text[s:e].lower()
        tok = _token_at(doc, s, e)
        if _entry_word(words, tok, lex):
            continue  # how they got in: "invaded the ward and torched nine houses"
        own = acts.get(kind, frozenset())
        if any(f in words for f in fuel) or not (
                words in own or (kind == "riot" and ((tok is not None and tok.lemma_.lower() in own)
                                                     or words.split()[0] in own))):
            return False
        damage |= kind == "riot"
    return damage


def _armed_type(actor: Actor) -> bool:
    """An organised armed group or a force, not a crowd, protesters or civilians."""
    return actor.type not in ("protesters", "rioters", "civilians")


def _resolve_dates(ms: list[Mention], published: date | None) -> None:
    prev: date | None = None
    prev_prec: int | None = None
    for m in ms:
        got = None
        statement = None
        for source, exprs in (("own", m.own_dates), ("sentence", m.sentence_dates)):
            for e in exprs:
                if e.kind == "anniversary":
                    m.anniversary_years = e.value
                    m.background = True
                    continue
                r = resolve(e, published, prev)
                if r and getattr(e, "statement", False):
                    statement = statement or (r, "statement", e)
                    continue
                if r:
                    got = (r, "chain" if e.kind == "previous" else source, e)
                    break
            if got:
                break
        got = got or statement
        if got:
            (d, prec), src, e = got
            m.date, m.precision, m.date_source = d, prec, src
            if e.kind in ("explicit", "month", "year") and published and (published - d).days > 60:
                m.background = True
            if src == "own" and e.kind not in _PRECISE:
                m.date_source = "vague" if e.kind == "vague" else src
        elif m.anniversary_years:
            m.date_source = "anniversary"
        elif prev is not None:
            m.date, m.precision, m.date_source = prev, prev_prec, "inherited"
        elif published is not None:
            m.date, m.precision, m.date_source = published, 2, "published"
        if m.date is not None and not m.background and not m.weak:
            prev, prev_prec = m.date, m.precision
