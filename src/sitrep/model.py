"""The records of shared/spec/event-record.md, as pydantic models, and nothing else.

Key names and vocabularies are the output contract: other tools (evaluation, exports, the web
page) read them, so they change only with the spec.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
SUB_TO_EVENT_TYPE = {sub: et for et, subs in EVENT_TYPES.items() for sub in subs}

WEAPONS = (
    "drone", "rocket", "mortar", "indirect_fire", "artillery", "missile", "airstrike", "ied", "vbied",
    "suicide_bomb", "grenade", "landmine", "small_arms", "bladed_weapon", "chemical", "other",
)
ACTOR_TYPES = (
    "state_forces", "rebel_group", "political_militia", "identity_militia", "rioters", "protesters",
    "civilians", "external_forces", "unidentified",
)

Attribution = Literal["claimed", "confirmed", "suspected", "unattributed"]
Outcome = Literal["impact", "intercepted", "unknown"]


class Span(BaseModel):
    start: int
    end: int
    text: str


class Actor(BaseModel):
    name: str
    type: str
    country: str | None = None
    surface: str | None = None


class Location(BaseModel):
    name: str | None = None
    surface: str | None = None
    admin1: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int = 3


class Event(BaseModel):
    id: str
    event_date: str | None = None
    time_precision: int | None = None
    event_type: str
    sub_event_type: str
    actor1: Actor | None = None
    actor2: Actor | None = None
    attribution: Attribution = "unattributed"
    suspected_actors: list[str] = Field(default_factory=list)
    weapons: list[str] = Field(default_factory=list)
    outcome: Outcome = "unknown"
    interceptor: str | None = None
    fatalities: int | None = None
    injuries: int | None = None
    location: Location = Field(default_factory=Location)
    background: bool = False
    evidence: list[Span] = Field(default_factory=list)
    confidence: float = 0.5
    sources: list[str] = Field(default_factory=list)


class Quote(BaseModel):
    speaker: str | None
    text: str
    start: int
    end: int
    direct: bool = True


class Article(BaseModel):
    id: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    language: str
    published: str | None = None
    published_source: Literal["caller", "html", "text", "unknown"] = "unknown"
    text: str
    original_source: str | None = None
    publisher: str | None = None


class Document(BaseModel):
    """One article's output: the unit of `--format json` and of one `--format jsonl` line."""

    article: Article
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
