"""Actors and places as referenced by incidents (for lookups such as "every incident of this group").

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actors",
        sa.Column("id", sa.String(32), primary_key=True),  # hash of name|type|country
        sa.Column("name", sa.Text, nullable=False), sa.Column("type", sa.String(32), nullable=False),
        sa.Column("country", sa.String(2)),
    )
    op.create_table(
        "places",
        sa.Column("id", sa.String(32), primary_key=True),  # hash of name|country|lat|lon
        sa.Column("name", sa.Text), sa.Column("country", sa.String(2)), sa.Column("admin1", sa.Text),
        sa.Column("lat", sa.Float), sa.Column("lon", sa.Float), sa.Column("geo_precision", sa.Integer),
    )
    op.create_table(
        "incident_refs",
        sa.Column("incident_id", sa.String(32), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),  # actor1 | actor2 | place
        sa.Column("ref_id", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("incident_id", "role", "ref_id"),
    )
    op.create_index("ix_incident_refs_ref", "incident_refs", ["ref_id"])


def downgrade() -> None:
    op.drop_table("incident_refs")
    op.drop_table("places")
    op.drop_table("actors")
