"""Initial schema: articles and their sources, incidents, mentions, failures.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("title", sa.Text), sa.Column("language", sa.String(8), nullable=False),
        sa.Column("published", sa.String(10)), sa.Column("original_source", sa.Text),
        sa.Column("text", sa.Text, nullable=False), sa.Column("record", sa.JSON, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "article_sources",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("url", sa.Text), sa.Column("path", sa.Text), sa.Column("raw_hash", sa.String(64), nullable=False),
        sa.UniqueConstraint("article_id", "raw_hash", "url", "path", name="uq_article_source"),
    )
    op.create_table(
        "incidents",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("event_date", sa.String(10)), sa.Column("time_precision", sa.Integer),
        sa.Column("event_type", sa.String(40), nullable=False), sa.Column("sub_event_type", sa.String(60), nullable=False),
        sa.Column("country", sa.String(2)), sa.Column("admin1", sa.Text),
        sa.Column("lat", sa.Float), sa.Column("lon", sa.Float), sa.Column("geo_precision", sa.Integer),
        sa.Column("fatalities", sa.Integer), sa.Column("n_sources", sa.Integer, nullable=False),
        sa.Column("record", sa.JSON, nullable=False), sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_incidents_date", "incidents", ["event_date"])
    op.create_index("ix_incidents_country_date", "incidents", ["country", "event_date"])
    op.create_index("ix_incidents_type", "incidents", ["sub_event_type"])
    op.create_table(
        "mentions",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("incident_id", sa.String(32), nullable=False),
        sa.Column("event_date", sa.String(10)), sa.Column("sub_event_type", sa.String(60), nullable=False),
        sa.Column("lat", sa.Float), sa.Column("lon", sa.Float), sa.Column("record", sa.JSON, nullable=False),
    )
    op.create_index("ix_mentions_incident", "mentions", ["incident_id"])
    op.create_index("ix_mentions_date", "mentions", ["event_date"])
    op.create_table(
        "failures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source", sa.Text, nullable=False), sa.Column("reason", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.UniqueConstraint("source", "reason", name="uq_failure"),
    )


def downgrade() -> None:
    for t in ("failures", "mentions", "incidents", "article_sources", "articles"):
        op.drop_table(t)
