"""Tables. The records themselves are kept as JSON in the spec's shape; the columns beside them are
what queries filter and sort on."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", String(32), primary_key=True),  # hash of the cleaned text: a syndicated copy is the same article
    Column("title", Text), Column("language", String(8), nullable=False), Column("published", String(10)),
    Column("original_source", Text), Column("text", Text, nullable=False),
    Column("record", JSON, nullable=False),  # the spec's article object
    Column("created_at", String(32), nullable=False),
)

article_sources = Table(
    "article_sources", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("url", Text), Column("path", Text), Column("raw_hash", String(64), nullable=False),
    UniqueConstraint("article_id", "raw_hash", "url", "path", name="uq_article_source"),
)

incidents = Table(
    "incidents", metadata,
    Column("id", String(32), primary_key=True),
    Column("event_date", String(10)), Column("time_precision", Integer),
    Column("event_type", String(40), nullable=False), Column("sub_event_type", String(60), nullable=False),
    Column("country", String(2)), Column("admin1", Text),
    Column("lat", Float), Column("lon", Float), Column("geo_precision", Integer),
    Column("fatalities", Integer), Column("n_sources", Integer, nullable=False),
    Column("record", JSON, nullable=False),  # the merged event in the spec's shape, with `sources`
    Column("updated_at", String(32), nullable=False),
    # for filters (migration 0003): " drone rocket ", "name [type] | ...", lower-cased evidence
    Column("attribution", String(16)), Column("outcome", String(16)), Column("weapons", Text),
    Column("actors", Text), Column("evidence_text", Text),
    # the lists' order (migration 0005): event_date, or '' when unknown (undated first)
    Column("sort_date", String(10), nullable=False, server_default=""),
)
# migration 0005: (filter, sort_date, id) and the other filter columns, tested on the index entries
_FILTERS = ("event_type", "sub_event_type", "country", "attribution", "outcome", "lat", "lon", "weapons")
for _name, _lead in (("ix_incidents_sort", ()), ("ix_incidents_country_sort", ("country",)),
                     ("ix_incidents_etype_sort", ("event_type",)), ("ix_incidents_sub_sort", ("sub_event_type",))):
    Index(_name, *(incidents.c[n] for n in (*_lead, "sort_date", "id", *(f for f in _FILTERS if f not in _lead))))

mentions = Table(
    "mentions", metadata,
    Column("id", String(32), primary_key=True),  # the extracted event's content-hash id
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("incident_id", String(32), nullable=False),  # re-keyed when incidents merge: no foreign key
    Column("event_date", String(10)), Column("sub_event_type", String(60), nullable=False),
    Column("lat", Float), Column("lon", Float),
    Column("record", JSON, nullable=False),  # the event as that article told it, with its evidence
)
Index("ix_mentions_incident", mentions.c.incident_id)
Index("ix_mentions_date", mentions.c.event_date)

failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False), Column("reason", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
    UniqueConstraint("source", "reason", name="uq_failure"),
)

actors = Table(
    "actors", metadata,
    Column("id", String(32), primary_key=True), Column("name", Text, nullable=False),
    Column("type", String(32), nullable=False), Column("country", String(2)),
)

places = Table(
    "places", metadata,
    Column("id", String(32), primary_key=True), Column("name", Text), Column("country", String(2)),
    Column("admin1", Text), Column("lat", Float), Column("lon", Float), Column("geo_precision", Integer),
)

incident_refs = Table(
    "incident_refs", metadata,
    Column("incident_id", String(32), primary_key=True), Column("role", String(16), primary_key=True),
    Column("ref_id", String(32), primary_key=True),
)
Index("ix_incident_refs_ref", incident_refs.c.ref_id)
