"""Opening the database (creating or upgrading its schema with Alembic), writing one article per
transaction, merging its events into incidents incrementally, and reading incidents back."""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import and_, create_engine, event, or_, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from sitrep.errors import ConfigError, SitrepError
from sitrep.merge import merge_records, same_incident
from sitrep.model import Document
from sitrep.store.schema import article_sources, articles, failures, incidents, mentions

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
        article_id = hashlib.sha256(art.text.encode("utf-8")).hexdigest()[:32]
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
        conn.execute(incidents.insert().values(id=new_id, **_columns(merged)))
        conn.execute(mentions.update().where(mentions.c.incident_id == ids[0]).values(incident_id=new_id))
        stats.incidents_merged += 1

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

    # ------------------------------------------------------------ reading

    def incidents(self, since: str | None = None, until: str | None = None, country: str | None = None,
                  event_type: str | None = None, limit: int | None = None) -> list[dict]:
        q = select(incidents.c.record).order_by(incidents.c.event_date, incidents.c.id)
        if since:
            q = q.where(incidents.c.event_date >= since)
        if until:
            q = q.where(incidents.c.event_date <= until)
        if country:
            q = q.where(incidents.c.country == country)
        if event_type:
            q = q.where((incidents.c.event_type == event_type) | (incidents.c.sub_event_type == event_type))
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            return [r.record for r in conn.execute(q)]

    def failures(self) -> list[dict]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(
                select(failures.c.source, failures.c.reason, failures.c.created_at).order_by(failures.c.id))]

    def counts(self) -> dict[str, int]:
        from sqlalchemy import func

        with self.engine.connect() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in (articles, article_sources, mentions, incidents, failures)}


def _eq(col, value):
    return col.is_(None) if value is None else col == value


def _columns(rec: dict) -> dict:
    loc = rec.get("location") or {}
    return {
        "event_date": rec.get("event_date"), "time_precision": rec.get("time_precision"),
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
