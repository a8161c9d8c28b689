"""Measuring against externally coded data: ACLED notes (English) and POPCORN documents (French).

ACLED: each distinct `notes` text is one article; its rows are the gold events. Notes carry their
own dates, so no publication date is given. Predicted events are matched to gold rows one-to-one
(sub-event type, then date and distance), and each field is scored over the matched pairs;
detection (gold rows with a match) and extra predictions are reported separately.

POPCORN: document level. Does the text report a conflict event of ACLED's scope (bombing, riot,
demonstration), and is the event type right? Fires, accidents, epidemics and thefts must yield
nothing.
"""

from __future__ import annotations

import csv
import json
import random
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from sitrep.errors import SitrepError
from sitrep.evaluate.clusters import prf
from sitrep.geo import load_gazetteer
from sitrep.geo.gazetteer import norm
from sitrep.geo.resolve import km
from sitrep.ingest.sources import RawInput
from sitrep.lang import read_yaml
from sitrep.model import Document, Event
from sitrep.runners.local import Options, process_batch
from sitrep.timeline.dates import find_dates

DATA = Path(__file__).parent / "data"
BATCH = 32


@cache
def _cfg(name: str) -> dict:
    return read_yaml(DATA / f"{name}.yaml")


# ---------------------------------------------------------------- ACLED

@dataclass
class Note:
    key: str  # the first event_id_cnty of the note: stable across runs
    text: str
    rows: list[dict]


def load_acled(path: str) -> list[Note]:
    """Distinct notes with their rows, in file order."""
    try:
        fh = open(path, encoding="utf-8", newline="")  # noqa: SIM115
    except OSError as err:
        raise SitrepError(f"--acled {path}: cannot read it ({err.strerror})") from None
    by_note: dict[str, Note] = {}
    with fh:
        reader = csv.DictReader(fh)
        missing = {"notes", "event_type", "event_date", "latitude", "longitude"} - set(reader.fieldnames or ())
        if missing:
            raise SitrepError(f"--acled {path}: not an ACLED export (missing columns {sorted(missing)})")
        for row in reader:
            text = (row.get("notes") or "").strip()
            if not text:
                continue
            note = by_note.get(text)
            if note is None:
                note = by_note[text] = Note(row.get("event_id_cnty") or str(len(by_note)), text, [])
            note.rows.append(row)
    return list(by_note.values())


def split_notes(notes: list[Note], split: str) -> list[Note]:
    """`holdout`: the fixed sample kept for the final figures; `dev`: everything else; `all`."""
    if split == "all":
        return notes
    h = _cfg("acled")["holdout"]
    keys = sorted(n.key for n in notes)
    held = set(random.Random(h["seed"]).sample(keys, min(h["size"], len(keys))))
    if split == "holdout":
        return [n for n in notes if n.key in held]
    if split == "dev":
        return [n for n in notes if n.key not in held]
    raise SitrepError(f"--split {split!r}: choose holdout, dev or all")


def _country_code(name: str) -> str | None:
    gz = load_gazetteer()
    return _cfg("acled")["countries"].get(name) or gz.country_code(name)


def _gold_sub(row: dict) -> str | None:
    return row.get("sub_event_type") or row.get("sub_event_type_derived") or None


def _actor_type(ev: Event) -> str | None:
    if ev.actor1 is None:
        return None
    return _cfg("acled")["actor_type_equivalents"].get(ev.actor1.type, ev.actor1.type)


def _year(row: dict) -> str:
    """The row's year: its `year` column, else its date's (ISO or ACLED's "02 March 2021")."""
    year = str(row.get("year") or "").strip()
    if year[:4].isdigit():
        return year[:4]
    m = re.search(r"\b(\d{4})\b", row.get("event_date") or "")
    return m.group(1) if m else "unknown"


def _int(v) -> int | None:
    try:
        return int(float(v))
    except (TypeError, ValueError):
        return None


@dataclass
class Tally:
    n: int = 0
    ok: int = 0

    def add(self, good: bool) -> None:
        self.n += 1
        self.ok += bool(good)

    @property
    def rate(self) -> float | None:
        return round(self.ok / self.n, 4) if self.n else None


FIELDS = ("event_type", "sub_event_type", "event_date", "event_date_stated", "time_precision", "country",
          "country_named", "location", "location_named", "location_reachable", "fatalities", "actor1_type")


@dataclass
class AcledScore:
    notes: int = 0
    gold_rows: int = 0
    matched: int = 0
    predicted: int = 0
    extra: int = 0
    fields: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FIELDS})
    # the same checks over every gold row, found or not (a missed row counts wrong): finding one more
    # event can only raise these, where a rate over matched rows falls when the new find is harder
    whole: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FIELDS})
    by_country: dict[str, dict[str, Tally]] = field(default_factory=lambda: defaultdict(lambda: {f: Tally() for f in FIELDS}))
    by_type: dict[str, dict[str, Tally]] = field(default_factory=lambda: defaultdict(lambda: {f: Tally() for f in FIELDS}))
    # ACLED's coding conventions changed over the years (sub-event types since 2019; older rows carry a
    # type mapped from the old schema): the year shows which convention a score is measured against
    by_year: dict[str, dict[str, Tally]] = field(default_factory=lambda: defaultdict(lambda: {f: Tally() for f in FIELDS}))
    confusion: Counter = field(default_factory=Counter)
    distances: list[float] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> dict:
        s = prf(self.matched / self.predicted if self.predicted else 0.0,
                self.matched / self.gold_rows if self.gold_rows else 0.0)
        return {
            "notes": self.notes, "gold_events": self.gold_rows, "predicted_events": self.predicted,
            "detection_recall": s["recall"], "precision": s["precision"], "f1": s["f1"],
            **{f: t.rate for f, t in self.fields.items()},
            **{f"e2e_{f}": t.rate for f, t in self.whole.items()},
            "notes_per_second": round(self.notes / self.seconds, 1) if self.seconds else None,
        }


def _pair_score(row: dict, ev: Event, cc: str | None) -> float:
    s = 0.0
    s += 3 * (ev.sub_event_type == _gold_sub(row)) + 2 * (ev.event_type == row["event_type"])
    s += 1 * (ev.event_date == row["event_date"])
    lat, lon = float(row["latitude"] or 0), float(row["longitude"] or 0)
    if ev.location.lat is not None:
        s += max(0.0, 1 - km(lat, lon, ev.location.lat, ev.location.lon) / 500)
    s += 0.5 * (ev.location.country == cc)
    return s


def _checks(note: Note, row: dict, cc: str | None, ev: Event | None, stated: bool, folded: str) -> dict[str, bool]:
    """The fields one gold row is scored on, each True when `ev` (its matched event, or None: then
    all False) has it right. Which fields apply depends on the gold row and the note only, so the
    same checks count a row whether it was found or not."""
    tol = _cfg("acled")["tolerance_km"]
    limit = tol.get(str(row.get("geo_precision") or "3"), 150)
    lat, lon = float(row["latitude"] or 0), float(row["longitude"] or 0)
    d = km(lat, lon, ev.location.lat, ev.location.lon) if ev is not None and ev.location.lat is not None else None
    checks = {
        "event_type": ev is not None and ev.event_type == row["event_type"],
        "event_date": ev is not None and ev.event_date == row["event_date"],
        "country": ev is not None and ev.location.country is not None and ev.location.country == cc,
        "location": d is not None and d <= limit,
    }
    if stated:  # the note itself gives the day with its year (many older notes give none)
        checks["event_date_stated"] = checks["event_date"]
    # many notes name no place ("Protests against the delayed election results"): these two
    # score only the notes that name the coded location (or, for the country, the country)
    place_named = bool(row.get("location")) and f" {norm(row['location'])} " in folded
    if place_named:
        checks["location_named"] = checks["location"]
    # what reading the coded place's name perfectly would add: right already, or the note names
    # the coded place and our gazetteer has a place of that name in the coded country within
    # tolerance of ACLED's point (a measure of the data and the gazetteer, not of the extractor)
    checks["location_reachable"] = checks["location"] or (ev is not None and place_named and any(
        p.country == cc and km(lat, lon, p.lat, p.lon) <= limit for p in load_gazetteer().lookup(row["location"])))
    if place_named or f" {norm(row.get('country') or '-')} " in folded:
        checks["country_named"] = checks["country"]
    if _gold_sub(row):
        checks["sub_event_type"] = ev is not None and ev.sub_event_type == _gold_sub(row)
    if row.get("time_precision"):
        checks["time_precision"] = ev is not None and ev.time_precision == _int(row["time_precision"])
    inter = _cfg("acled")["inter"].get(str(row.get("inter1") or "").strip())
    if inter:
        checks["actor1_type"] = ev is not None and _actor_type(ev) == inter
    if len(note.rows) == 1:
        checks["fatalities"] = ev is not None and (ev.fatalities or 0) == (_int(row.get("fatalities")) or 0)
    return checks


def score_note(note: Note, doc: Document | None, sc: AcledScore) -> None:
    sc.notes += 1
    events = [e for e in (doc.events if doc else []) if not e.background]
    sc.gold_rows += len(note.rows)
    sc.predicted += len(events)
    ccs = [_country_code(r["country"]) for r in note.rows]
    pairs = sorted(((_pair_score(r, e, ccs[i]), i, j) for i, r in enumerate(note.rows) for j, e in enumerate(events)),
                   reverse=True)
    used_r, used_e, matched = set(), set(), {}
    for _, i, j in pairs:
        if i not in used_r and j not in used_e:
            used_r.add(i)
            used_e.add(j)
            matched[i] = events[j]
    sc.extra += len(events) - len(matched)
    stated = any(e.kind == "explicit" and e.value[0] is not None for e in find_dates(note.text, "en"))
    folded = f" {norm(note.text)} "
    wrong: list[str] = []
    for i, row in enumerate(note.rows):
        gsub = _gold_sub(row) or "(none)"
        ev = matched.get(i)
        sc.confusion[(gsub, ev.sub_event_type if ev else "(no event)")] += 1
        checks = _checks(note, row, ccs[i], ev, stated, folded)
        if ev is None:
            wrong.append(f"missed {row['event_type']} / {gsub}")
        else:
            sc.matched += 1
            if ev.location.lat is not None:
                sc.distances.append(km(float(row["latitude"] or 0), float(row["longitude"] or 0),
                                       ev.location.lat, ev.location.lon))
        for f, good in checks.items():
            sc.whole[f].add(bool(good))
            if ev is None:
                continue
            sc.fields[f].add(good)
            sc.by_country[row["country"]][f].add(good)
            sc.by_type[row["event_type"]][f].add(good)
            sc.by_year[_year(row)][f].add(good)
            if not good:
                wrong.append(f)
    if len(note.rows) > 1:  # ACLED splits one report's toll across its rows: compare the note's totals
        good = sum(e.fatalities or 0 for e in events) == sum(_int(r.get("fatalities")) or 0 for r in note.rows)
        sc.fields["fatalities"].add(good)
        sc.whole["fatalities"].add(good)
        if not good:
            wrong.append("fatalities (note total)")
    if wrong:
        sc.errors.append({
            "note": note.key, "wrong": wrong, "text": note.text,
            "gold": [{k: r.get(k) for k in ("event_date", "event_type", "sub_event_type", "actor1", "inter1", "location",
                                            "country", "latitude", "longitude", "geo_precision", "fatalities")}
                     for r in note.rows],
            "extracted": [{"event_date": e.event_date, "sub_event_type": e.sub_event_type,
                           "actor1": e.actor1.name if e.actor1 else None, "location": e.location.name,
                           "country": e.location.country, "lat": e.location.lat, "lon": e.location.lon,
                           "fatalities": e.fatalities} for e in events],
        })


def _run(items: list[tuple[str, str, str | None, str | None]], on_result: Callable[[int, Document | None], None],
         progress: Callable[[int], None] | None = None) -> None:
    """Extract (id, text, language, publisher) items in batches; call on_result(index, document) in order."""
    for start in range(0, len(items), BATCH):
        chunk = items[start:start + BATCH]
        by_lang: dict[str | None, list[int]] = defaultdict(list)
        for k, (_, _, lang, _) in enumerate(chunk):
            by_lang[lang].append(k)
        results: dict[int, Document | None] = {}
        for lang, ks in by_lang.items():
            raws = [RawInput(chunk[k][0], text=chunk[k][1], id=chunk[k][0], publisher=chunk[k][3]) for k in ks]
            for k, res in zip(ks, process_batch(raws, Options(language=lang)), strict=True):
                results[k] = res.document
        for k in range(len(chunk)):
            on_result(start + k, results[k])
        if progress:
            progress(len(chunk))


def evaluate_acled(path: str, sample: int | None = None, seed: int = 1, countries: Iterable[str] = (),
                   split: str = "all", use_sources: bool = True, progress: Callable[[int], None] | None = None,
                   total: Callable[[int], None] | None = None) -> AcledScore:
    notes = split_notes(load_acled(path), split)
    wanted = {c.strip().upper() for c in countries if c.strip()}
    if wanted:
        notes = [n for n in notes if any(_country_code(r["country"]) in wanted for r in n.rows)]
    if sample and sample < len(notes):
        notes = random.Random(seed).sample(notes, sample)
    if total:
        total(len(notes))
    sc = AcledScore()
    t0 = time.perf_counter()
    # the note's sources are its publishers, as a real article's outlet would be (a hint of the country)
    _run([(n.key, n.text, "en", n.rows[0].get("source") if use_sources else None) for n in notes],
         lambda i, doc: score_note(notes[i], doc, sc), progress)
    sc.seconds = time.perf_counter() - t0
    return sc


# ---------------------------------------------------------------- POPCORN

@dataclass
class PopcornScore:
    docs: int = 0
    skipped_ambiguous: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    type_ok: int = 0
    type_n: int = 0
    errors: list[dict] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> dict:
        return {
            "documents_scored": self.docs, "skipped_ambiguous": self.skipped_ambiguous,
            **prf(self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0,
                  self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0),
            "event_type_accuracy_on_true_positives": round(self.type_ok / self.type_n, 4) if self.type_n else None,
            "docs_per_second": round((self.docs + self.skipped_ambiguous) / self.seconds, 1) if self.seconds else None,
        }


def evaluate_popcorn(path: str, progress: Callable[[int], None] | None = None,
                     total: Callable[[int], None] | None = None) -> PopcornScore:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise SitrepError(f"--popcorn {path}: not a readable POPCORN JSON file ({err})") from None
    cfg = _cfg("popcorn")
    items = sorted(data.items())
    if total:
        total(len(items))
    sc = PopcornScore()

    def on(i: int, doc: Document | None) -> None:
        key, d = items[i]
        types = {e["type"] for e in d.get("entities", [])}
        gold = {cfg["conflict"][t] for t in types if t in cfg["conflict"]}
        if not gold and types & set(cfg["ambiguous"]):
            sc.skipped_ambiguous += 1
            return
        sc.docs += 1
        pred = {e.event_type for e in (doc.events if doc else []) if not e.background}
        if gold and pred:
            sc.tp += 1
            sc.type_n += 1
            sc.type_ok += bool(gold & pred)
        elif gold:
            sc.fn += 1
        elif pred:
            sc.fp += 1
        else:
            sc.tn += 1
        if bool(gold) != bool(pred) or (gold and not gold & pred):
            sc.errors.append({"doc": key, "gold": sorted(gold), "gold_entity_types": sorted(types),
                              "extracted": sorted(pred), "text": d["text"],
                              "evidence": [s.text for e in (doc.events if doc else []) for s in e.evidence][:4]})

    t0 = time.perf_counter()
    _run([(k, d["text"], "fr", None) for k, d in items], on, progress)
    sc.seconds = time.perf_counter() - t0
    return sc
