"""The checker for gold files in the spec's shape (`*.gold.json`).

In gold, a list where the contract has one value means "any of these"; a missing key is not
scored. Gold events are matched to extracted events by their evidence (`evidence_contains`) and
then by field agreement, one-to-one. Extra current (non-background) events count against
precision, as the seed's "no extra current incidents" asks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.errors import SitrepError
from sitrep.geo.resolve import km
from sitrep.model import Document, Event

_SCALARS = ("event_date", "time_precision", "event_type", "sub_event_type", "outcome", "attribution",
            "background", "fatalities", "injuries")


@dataclass
class FileScore:
    name: str
    gold_events: int = 0
    matched: int = 0
    extra: int = 0
    fields: int = 0
    fields_ok: int = 0
    quotes: int = 0
    quotes_ok: int = 0
    checks: int = 0
    checks_ok: int = 0
    diffs: list[str] = field(default_factory=list)


def _any(gold, pred) -> bool:
    if isinstance(gold, list):
        return any(_eq(g, pred) for g in gold)
    return _eq(gold, pred)


def _eq(g, p) -> bool:
    if isinstance(g, str) and isinstance(p, str):
        return g.strip().lower() == p.strip().lower()
    return g == p


def _contains(gold, value: str | None) -> bool:
    if value is None:
        return False
    opts = gold if isinstance(gold, list) else [gold]
    return any(o.lower() in value.lower() for o in opts)


def _event_checks(g: dict, e: Event) -> list[tuple[str, bool, object, object]]:
    out = []
    for k in _SCALARS:
        if k in g:
            out.append((k, _any(g[k], getattr(e, k)), g[k], getattr(e, k)))
    if "weapons" in g:
        w = g["weapons"]
        options = w if w and isinstance(w[0], list) else [w]
        out.append(("weapons", any(sorted(o) == sorted(e.weapons) for o in options), w, e.weapons))
    if "actor1_contains" in g:
        out.append(("actor1", _contains(g["actor1_contains"], e.actor1.name if e.actor1 else None),
                    g["actor1_contains"], e.actor1.name if e.actor1 else None))
    if "actor2_contains" in g:
        out.append(("actor2", _contains(g["actor2_contains"], e.actor2.name if e.actor2 else None),
                    g["actor2_contains"], e.actor2.name if e.actor2 else None))
    for side in ("actor1", "actor2"):
        actor = getattr(e, side)
        if f"{side}_type" in g:
            out.append((f"{side}_type", _any(g[f"{side}_type"], actor.type if actor else None), g[f"{side}_type"],
                        actor.type if actor else None))
        if f"{side}_country" in g:
            out.append((f"{side}_country", _any(g[f"{side}_country"], actor.country if actor else None),
                        g[f"{side}_country"], actor.country if actor else None))
    if "suspected_actors_contains" in g:
        ok = any(_contains(g["suspected_actors_contains"], s) for s in e.suspected_actors)
        out.append(("suspected_actors", ok, g["suspected_actors_contains"], e.suspected_actors))
    if "interceptor_contains" in g:
        out.append(("interceptor", _contains(g["interceptor_contains"], e.interceptor), g["interceptor_contains"],
                    e.interceptor))
    loc = g.get("location")
    if loc:
        p = e.location
        if "country" in loc:
            out.append(("location.country", _any(loc["country"], p.country), loc["country"], p.country))
        if "lat" in loc and "lon" in loc:
            d = km(loc["lat"], loc["lon"], p.lat, p.lon) if p.lat is not None else None
            tol = loc.get("tolerance_km", 25)
            out.append(("location.point", d is not None and d <= tol, f"within {tol} km of {loc.get('name')}",
                        f"{p.name} ({d:.0f} km)" if d is not None else None))
        if "geo_precision" in loc:
            out.append(("location.geo_precision", _any(loc["geo_precision"], p.geo_precision), loc["geo_precision"],
                        p.geo_precision))
    return out


def score_document(gold: dict, doc: Document, name: str = "") -> FileScore:
    """Compare one extracted Document to one gold dict."""
    fs = FileScore(name)
    art = gold.get("article", {})
    a = doc.article
    checks = []
    for k in ("language", "published", "title"):
        if k in art:
            checks.append((k, _any(art[k], getattr(a, k)), art[k], getattr(a, k)))
    if "original_source" in art:
        checks.append(("original_source", _any(art["original_source"], a.original_source), art["original_source"],
                       a.original_source))
    for s in art.get("text_must_contain", []):
        checks.append((f"text contains {s[:40]!r}", s in a.text, True, False))
    for s in art.get("text_must_not_contain", []):
        checks.append((f"text lacks {s[:40]!r}", s not in a.text, True, False))
    if "caption_at_most_once" in art:
        n = a.text.count(art["caption_at_most_once"])
        checks.append(("caption at most once", n <= 1, "<= 1", n))
    for label, ok, want, got in checks:
        fs.checks += 1
        fs.checks_ok += ok
        if not ok:
            fs.diffs.append(f"article {label}: want {want!r}, got {got!r}")
    # events: candidates by evidence, then the best field agreement, one-to-one
    gold_events = gold.get("events", [])
    fs.gold_events = len(gold_events)
    pairs = []
    for gi, g in enumerate(gold_events):
        for ei, e in enumerate(doc.events):
            ev_text = " ".join(s.text for s in e.evidence)
            if g.get("evidence_contains") and g["evidence_contains"] not in ev_text:
                continue
            checks_e = _event_checks(g, e)
            pairs.append((sum(ok for _, ok, _, _ in checks_e), -abs(gi - ei), gi, ei, checks_e))
    pairs.sort(key=lambda p: (p[0], p[1]), reverse=True)
    used_g, used_e = set(), set()
    results = {}
    for _, _, gi, ei, checks_e in pairs:
        if gi in used_g or ei in used_e:
            continue
        used_g.add(gi)
        used_e.add(ei)
        results[gi] = checks_e
    for gi, g in enumerate(gold_events):
        gid = g.get("gold_id", f"event {gi}")
        if gi not in results:
            n = len(_event_checks(g, Event(id="x", event_type="Battles", sub_event_type="Armed clash")))
            fs.fields += n
            fs.diffs.append(f"{gid}: not found (evidence {g.get('evidence_contains')!r})")
            continue
        fs.matched += 1
        for label, ok, want, got in results[gi]:
            fs.fields += 1
            fs.fields_ok += ok
            if not ok:
                fs.diffs.append(f"{gid}: {label}: want {want!r}, got {got!r}")
    if gold.get("events_complete", True):
        for ei, e in enumerate(doc.events):
            if ei not in used_e and not e.background:
                fs.extra += 1
                fs.diffs.append(f"extra event: {e.sub_event_type} {e.event_date} at {e.location.name} "
                                f"({e.evidence[0].text[:70]!r})")
    for q in gold.get("quotes", []):
        fs.quotes += 1
        ok = any(q["contains"] in p.text and (p.speaker or "").lower() == q["speaker"].lower() for p in doc.quotes)
        fs.quotes_ok += ok
        if not ok:
            got = next((p.speaker for p in doc.quotes if q["contains"] in p.text), "no such quote")
            fs.diffs.append(f"quote {q['contains'][:40]!r}: want speaker {q['speaker']!r}, got {got!r}")
    return fs


@dataclass
class GoldReport:
    files: list[FileScore]

    def summary(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 4) if b else 1.0

        s = {k: sum(getattr(f, k) for f in self.files) for k in (
            "gold_events", "matched", "extra", "fields", "fields_ok", "quotes", "quotes_ok", "checks", "checks_ok")}
        return {
            "files": len(self.files),
            "event_recall": ratio(s["matched"], s["gold_events"]),
            "event_precision": ratio(s["matched"], s["matched"] + s["extra"]),
            "field_accuracy": ratio(s["fields_ok"], s["fields"]),
            "quote_recall": ratio(s["quotes_ok"], s["quotes"]),
            "article_checks": ratio(s["checks_ok"], s["checks"]),
            "files_perfect": ratio(sum(not f.diffs for f in self.files), len(self.files)),
        }

    def text(self) -> str:
        lines = []
        for f in self.files:
            status = "ok" if not f.diffs else f"{len(f.diffs)} difference(s)"
            lines.append(f"{f.name}: events {f.matched}/{f.gold_events} (+{f.extra} extra), fields "
                         f"{f.fields_ok}/{f.fields}, quotes {f.quotes_ok}/{f.quotes}: {status}")
            lines.extend(f"    - {d}" for d in f.diffs)
        lines.append(json.dumps(self.summary()))
        return "\n".join(lines)


def _input_path(gold_path: Path, rel: str) -> Path:
    for base in [gold_path.parent, *gold_path.parents]:
        cand = base / rel
        if cand.exists():
            return cand
    raise SitrepError(f"{gold_path}: its input file {rel!r} was not found next to it or in a parent folder")


def evaluate_files(paths: list[str]) -> GoldReport:
    """Run the extractor on each gold file's input and score it."""
    from sitrep.ingest.sources import iter_inputs
    from sitrep.runners.local import Options, process_batch

    files = []
    for p in paths:
        gp = Path(p)
        try:
            gold = json.loads(gp.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise SitrepError(f"{p}: not a readable gold JSON file ({err})") from None
        inp = gold.get("input", {})
        src = _input_path(gp, inp["file"])
        opt = Options(published=inp.get("published"), language=inp.get("language"))
        raws = list(iter_inputs([str(src)]))
        res = process_batch(raws, opt)[0]
        if res.document is None:
            fs = FileScore(gp.name, gold_events=len(gold.get("events", [])))
            fs.diffs.append(f"input could not be read: {res.error}")
            files.append(fs)
            continue
        files.append(score_document(gold, res.document, gp.name))
    return GoldReport(files)
