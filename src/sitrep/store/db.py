"""Opening the database (creating or upgrading its schema with Alembic), writing one article per
transaction, merging its events into incidents incrementally, and reading incidents back."""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Text, and_, cast, create_engine, event, func, or_, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from sitrep.errors import ConfigError, SitrepError
from sitrep.merge import merge_records, same_incident
from sitrep.model import EVENT_TYPES, Document
from sitrep.store.schema import (
    actors,
    article_sources,
    articles,
    failures,
    incident_refs,
    incidents,
    mentions,
    places,
)

MIGRATIONS = Path(__file__).parent / "migrations"
_SEARCH_DAYS = 31  # the widest date window of same_incident
_BOX_DEG = 1.5  # 150 km, the widest distance of same_incident, in degrees of latitude


def normalise_url(db: str) -> str:
    """A file path means SQLite; postgresql:// URLs use the psycopg (v3) driver."""
    if re.match(r"^[a-z][a-z0-9+]*://", db):
        if db.startswith("postgresql://") or db.startswith("postgres://"):
            return "postgresql+psycopg://" + db.split("://", 1)[1]
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class IngestStats:
    articles_read: int = 0
    articles_new: int = 0
    articles_duplicate: int = 0
    articles_failed: int = 0
    incidents_new: int = 0
    incidents_merged: int = 0
    failed_sources: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "failed_sources"}


class Store:
    """The event database. `Store(url)` creates or upgrades the schema, then reads and writes."""

    def __init__(self, url: str):
        self.url = normalise_url(url)
        try:
            self.engine: Engine = create_engine(self.url, future=True)
        except Exception as err:  # a malformed URL or a missing driver
            raise ConfigError(f"--db {url}: cannot open it ({err})") from None
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._migrate(url)

    def _migrate(self, shown: str) -> None:
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        try:
            with self.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except OperationalError as err:
            raise ConfigError(f"--db {shown}: cannot connect ({str(err.orig).strip().splitlines()[0]})") from None

    # ------------------------------------------------------------ writing

    def record_failure(self, source: str, reason: str) -> None:
        with self.engine.begin() as conn:
            exists = conn.execute(select(failures.c.id).where(failures.c.source == source, failures.c.reason == reason)).first()
            if not exists:
                conn.execute(failures.insert().values(source=source, reason=reason, created_at=_now()))

    def ingest_document(self, doc: Document, stats: IngestStats) -> None:
        """Store one extracted article and merge its events, in one transaction (all or nothing)."""
        art = doc.article
        article_id = article_key(art.text)
        raw_hash = art.id
        with self.engine.begin() as conn:
            known = conn.execute(select(articles.c.id).where(articles.c.id == article_id)).first()
            if not known:
                record = art.model_dump(mode="json")
                record["id"] = article_id
                conn.execute(articles.insert().values(
                    id=article_id, title=art.title, language=art.language, published=art.published,
                    original_source=art.original_source, text=art.text, record=record, created_at=_now()))
            # a syndicated copy (same text, another file or url) is one more source of the same article
            have_src = conn.execute(select(article_sources.c.id).where(
                article_sources.c.article_id == article_id, article_sources.c.raw_hash == raw_hash,
                _eq(article_sources.c.url, art.url), _eq(article_sources.c.path, art.path))).first()
            if not have_src:
                conn.execute(article_sources.insert().values(
                    article_id=article_id, url=art.url, path=art.path, raw_hash=raw_hash))
            if known:
                stats.articles_duplicate += 1
                return
            stats.articles_new += 1
            for ev in doc.events:
                rec = ev.model_dump(mode="json")
                mention_id = hashlib.sha256(f"{article_id}|{ev.id}".encode()).hexdigest()[:32]
                rec["sources"] = [article_id]
                self._merge_mention(conn, mention_id, article_id, rec, stats)

    def _merge_mention(self, conn: Connection, mention_id: str, article_id: str, rec: dict, stats: IngestStats) -> None:
        matches = [row for row in self._candidates(conn, rec) if same_incident(row.record, rec)]
        conn.execute(mentions.insert().values(
            id=mention_id, article_id=article_id, incident_id=matches[0].id if matches else mention_id,
            event_date=rec.get("event_date"), sub_event_type=rec["sub_event_type"],
            lat=(rec.get("location") or {}).get("lat"), lon=(rec.get("location") or {}).get("lon"), record=rec))
        if not matches:
            merged = merge_records([(mention_id, article_id, rec)])
            conn.execute(incidents.insert().values(id=mention_id, **_columns(merged)))
            self._refs(conn, mention_id, merged)
            stats.incidents_new += 1
            return
        # the new report may join several incidents that now turn out to be one
        ids = [m.id for m in matches]
        conn.execute(mentions.update().where(mentions.c.incident_id.in_(ids)).values(incident_id=ids[0]))
        conn.execute(mentions.update().where(mentions.c.id == mention_id).values(incident_id=ids[0]))
        members = [(r.id, r.article_id, r.record) for r in conn.execute(
            select(mentions.c.id, mentions.c.article_id, mentions.c.record).where(mentions.c.incident_id == ids[0]))]
        merged = merge_records(members)
        new_id = merged["id"]  # the smallest member id: the same whatever the arrival order
        conn.execute(incidents.delete().where(incidents.c.id.in_(ids)))
        conn.execute(incident_refs.delete().where(incident_refs.c.incident_id.in_(ids)))
        conn.execute(incidents.insert().values(id=new_id, **_columns(merged)))
        self._refs(conn, new_id, merged)
        conn.execute(mentions.update().where(mentions.c.incident_id == ids[0]).values(incident_id=new_id))
        stats.incidents_merged += 1

    def _refs(self, conn: Connection, incident_id: str, rec: dict) -> None:
        """The incident's actors and place, each stored once and referenced."""
        for role in ("actor1", "actor2"):
            a = rec.get(role)
            if a:
                aid = _hid(a.get("name"), a.get("type"), a.get("country"))
                if not conn.execute(select(actors.c.id).where(actors.c.id == aid)).first():
                    conn.execute(actors.insert().values(id=aid, name=a["name"], type=a["type"], country=a.get("country")))
                conn.execute(incident_refs.insert().values(incident_id=incident_id, role=role, ref_id=aid))
        loc = rec.get("location") or {}
        if loc.get("lat") is not None or loc.get("name"):
            pid = _hid(loc.get("name"), loc.get("country"), loc.get("lat"), loc.get("lon"))
            if not conn.execute(select(places.c.id).where(places.c.id == pid)).first():
                conn.execute(places.insert().values(id=pid, name=loc.get("name"), country=loc.get("country"),
                                                    admin1=loc.get("admin1"), lat=loc.get("lat"), lon=loc.get("lon"),
                                                    geo_precision=loc.get("geo_precision")))
            conn.execute(incident_refs.insert().values(incident_id=incident_id, role="place", ref_id=pid))

    def _candidates(self, conn: Connection, rec: dict):
        day = rec.get("event_date")
        if not day:
            return []
        d = date.fromisoformat(day)
        lo, hi = (d - timedelta(days=_SEARCH_DAYS)).isoformat(), (d + timedelta(days=_SEARCH_DAYS)).isoformat()
        q = select(incidents.c.id, incidents.c.record).where(
            incidents.c.event_type == rec["event_type"], incidents.c.event_date >= lo, incidents.c.event_date <= hi
        ).order_by(incidents.c.id)
        loc = rec.get("location") or {}
        if loc.get("lat") is not None:
            # same_incident allows at most 150 km between two points: look only in that box (and at
            # incidents without a point in the same country)
            dlat, dlon = _BOX_DEG, _BOX_DEG / max(0.2, math.cos(math.radians(loc["lat"])))
            near = and_(incidents.c.lat.between(loc["lat"] - dlat, loc["lat"] + dlat),
                        incidents.c.lon.between(loc["lon"] - dlon, loc["lon"] + dlon))
            q = q.where(or_(near, and_(incidents.c.lat.is_(None), incidents.c.country == loc.get("country"))))
        return list(conn.execute(q))

    def optimize(self) -> None:
        """Refresh the planner's statistics after a batch of writes. Without them PostgreSQL picked
        a full scan for bounding-box and weapon filters on a freshly loaded table (40 ms a page
        instead of 1.5 ms at 100,000 incidents) until autovacuum came by."""
        with self.engine.begin() as conn:
            if self.engine.dialect.name == "postgresql":
                conn.exec_driver_sql("ANALYZE incidents")
            elif self.engine.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA optimize")

    # ------------------------------------------------------------ reading

    def incidents(self, since: str | None = None, until: str | None = None, country: str | None = None,
                  event_type: str | None = None, limit: int | None = None, **more) -> list[dict]:
        return self.query(since=since, until=until, country=country, event_type=event_type, limit=limit, **more)[0]

    @staticmethod
    def _conditions(since=None, until=None, country=None, event_type=None, admin1=None, bbox=None, weapon=None,
                    actor=None, attribution=None, outcome=None, q=None) -> list:
        """The WHERE terms of the filters shared by lists, map points and counts. Every value goes in
        as a bound parameter; text filters match lower-cased columns with LIKE."""
        c = incidents.c
        conds = []
        if since:
            conds.append(c.sort_date >= since)
        if until:
            conds.append(c.sort_date.between("0", until))  # undated incidents ('') are in no period
        if country:
            conds.append(c.country == country)
        if admin1:
            conds.append(func.lower(c.admin1) == admin1.lower())
        if event_type:
            conds.append(c.event_type == event_type if event_type in EVENT_TYPES else c.sub_event_type == event_type)
        if bbox:
            w, s_, e, n = bbox
            conds += [c.lon.between(w, e), c.lat.between(s_, n)]
        if weapon:
            conds.append(c.weapons.like(f"% {_like(weapon)} %", escape="\\"))
        if actor:
            conds.append(c.actors.like(f"%{_like(actor.lower())}%", escape="\\"))
        if attribution:
            conds.append(c.attribution == attribution)
        if outcome:
            conds.append(c.outcome == outcome)
        if q:
            conds.append(c.evidence_text.like(f"%{_like(q.lower())}%", escape="\\"))
        return conds

    def query(self, sort="date", cursor=None, limit=None, raw=False, **filters) -> tuple[list, str | None]:
        """Incidents matching the filters, in date order (or reverse), keyset-paginated by `cursor`.

        `raw=True` gives each record as its stored JSON text, for a server that passes it on
        without decoding and encoding it again (half the cost of a page of 100)."""
        c = incidents.c
        desc = sort == "-date"
        stmt = select(c.id, c.sort_date, cast(c.record, Text) if raw else c.record)
        conds = self._conditions(**filters)
        key = c.sort_date
        if cursor:
            day, _, last_id = cursor.partition("|")
            conds.append(or_(key < day, and_(key == day, c.id < last_id)) if desc
                         else or_(key > day, and_(key == day, c.id > last_id)))
        if conds:
            stmt = stmt.where(and_(*conds))
        stmt = stmt.order_by(key.desc(), c.id.desc()) if desc else stmt.order_by(key, c.id)
        if limit:
            stmt = stmt.limit(limit + 1)
        with self.engine.connect() as conn:
            rows = list(conn.execute(stmt))
        nxt = None
        if limit and len(rows) > limit:
            rows = rows[:limit]
            nxt = f"{rows[-1].sort_date}|{rows[-1].id}"
        return [r[2] for r in rows], nxt

    def points(self, limit: int = 20000, **filters) -> tuple[list[list], bool]:
        """The map's markers: id, lat, lon, date, event type, fatalities, geo precision of the newest
        `limit` incidents with a point. Columns only (no JSON decoding), so the map of a large
        database stays cheap; the flag says whether older incidents were left out."""
        c = incidents.c
        stmt = (select(c.id, c.lat, c.lon, c.event_date, c.event_type, c.fatalities, c.geo_precision)
                .where(and_(c.lat.is_not(None), *self._conditions(**filters)))
                .order_by(c.sort_date.desc(), c.id.desc()).limit(limit + 1))
        with self.engine.connect() as conn:
            rows = [list(r) for r in conn.execute(stmt)]
        return rows[:limit], len(rows) > limit

    def incident(self, incident_id: str) -> dict | None:
        """One incident with its sources (articles) and the mentions each source gave."""
        with self.engine.connect() as conn:
            row = conn.execute(select(incidents.c.record).where(incidents.c.id == incident_id)).first()
            if row is None:
                return None
            ms = list(conn.execute(select(mentions.c.id, mentions.c.article_id, mentions.c.record)
                                   .where(mentions.c.incident_id == incident_id).order_by(mentions.c.id)))
            arts = {a.id: a for a in conn.execute(select(articles.c.id, articles.c.title, articles.c.published,
                                                         articles.c.language).where(
                articles.c.id.in_({m.article_id for m in ms})))}
            srcs = {}
            for s_ in conn.execute(select(article_sources.c.article_id, article_sources.c.url, article_sources.c.path)
                                   .where(article_sources.c.article_id.in_(list(arts)))):
                srcs.setdefault(s_.article_id, []).append({"url": s_.url, "path": s_.path})
        out = dict(row.record)
        out["articles"] = [{"id": a.id, "title": a.title, "published": a.published, "language": a.language,
                            "copies": srcs.get(a.id, []),
                            "mentions": [m.record for m in ms if m.article_id == a.id]} for a in arts.values()]
        return out

    def article(self, article_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(articles.c.record).where(articles.c.id == article_id)).first()
            if row is None:
                return None
            ms = list(conn.execute(select(mentions.c.id, mentions.c.incident_id, mentions.c.record)
                                   .where(mentions.c.article_id == article_id).order_by(mentions.c.id)))
        out = dict(row.record)
        out["mentions"] = [{"id": m.id, "incident_id": m.incident_id, "sub_event_type": m.record["sub_event_type"],
                            "evidence": m.record.get("evidence", [])} for m in ms]
        return out

    def stats(self, **filters) -> dict:
        """Counts by day, type, day and type (the timeline's stacked bars) and country, grouped by the
        database rather than by reading every record."""
        c = incidents.c
        stmt = select(c.event_date, c.event_type, c.country, func.count()).group_by(c.event_date, c.event_type, c.country)
        conds = self._conditions(**filters)
        if conds:
            stmt = stmt.where(and_(*conds))
        by_day, by_type, by_country, by_day_type = Counter(), Counter(), Counter(), {}
        with self.engine.connect() as conn:
            for day, etype, country, n in conn.execute(stmt):
                day = day or "unknown"
                by_day[day] += n
                by_type[etype] += n
                by_country[country or "unknown"] += n
                cell = by_day_type.setdefault(day, {})
                cell[etype] = cell.get(etype, 0) + n
        return {"incidents": sum(by_type.values()), "by_day": dict(sorted(by_day.items())),
                "by_type": dict(by_type.most_common()), "by_country": dict(by_country.most_common()),
                "by_day_type": dict(sorted(by_day_type.items()))}

    def touched_by(self, article_key: str) -> list[str]:
        with self.engine.connect() as conn:
            return sorted({r.incident_id for r in conn.execute(
                select(mentions.c.incident_id).where(mentions.c.article_id == article_key))})

    def failures(self) -> list[dict]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(
                select(failures.c.source, failures.c.reason, failures.c.created_at).order_by(failures.c.id))]

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in (articles, article_sources, mentions, incidents, failures, actors, places)}


def _hid(*parts) -> str:
    return hashlib.sha256("|".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:32]


def _like(text: str) -> str:
    """Escape LIKE wildcards in a user's text (the value itself is a bound parameter)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def article_key(text: str) -> str:
    """The id of an article in the database: the hash of its cleaned text (copies share it)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _eq(col, value):
    return col.is_(None) if value is None else col == value


def _filter_values(rec: dict) -> dict:
    actors = [a for a in (rec.get("actor1"), rec.get("actor2")) if a]
    return {
        "attribution": rec.get("attribution"), "outcome": rec.get("outcome"),
        "weapons": " " + " ".join(rec.get("weapons") or []) + " ",
        "actors": " | ".join(f"{a.get('name')} [{a.get('type')}]" for a in actors).lower(),
        "evidence_text": " ".join(s.get("text", "") for s in rec.get("evidence") or []).lower(),
    }


def _columns(rec: dict) -> dict:
    loc = rec.get("location") or {}
    return {**_filter_values(rec),
        "event_date": rec.get("event_date"), "sort_date": rec.get("event_date") or "", "time_precision": rec.get("time_precision"),
        "event_type": rec["event_type"], "sub_event_type": rec["sub_event_type"], "country": loc.get("country"),
        "admin1": loc.get("admin1"), "lat": loc.get("lat"), "lon": loc.get("lon"), "geo_precision": loc.get("geo_precision"),
        "fatalities": rec.get("fatalities"), "n_sources": len(rec.get("sources") or ()), "record": rec,
        "updated_at": _now(),
    }


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def open_store(url: str) -> Store:
    try:
        return Store(url)
    except SQLAlchemyError as err:
        raise SitrepError(f"--db {url}: {err}") from None
