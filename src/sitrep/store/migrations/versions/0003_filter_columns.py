"""Columns for the API's filters (attribution, outcome, weapons, actors, evidence text), filled from
the stored records.

Revision ID: 0003
Revises: 0002
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

NEW = ("attribution", "outcome", "weapons", "actors", "evidence_text")


def upgrade() -> None:
    with op.batch_alter_table("incidents") as batch:
        batch.add_column(sa.Column("attribution", sa.String(16)))
        batch.add_column(sa.Column("outcome", sa.String(16)))
        batch.add_column(sa.Column("weapons", sa.Text))
        batch.add_column(sa.Column("actors", sa.Text))
        batch.add_column(sa.Column("evidence_text", sa.Text))
    conn = op.get_bind()
    t = sa.table("incidents", sa.column("id"), sa.column("record", sa.JSON), *(sa.column(c) for c in NEW))
    for row in conn.execute(sa.select(t.c.id, t.c.record)).fetchall():
        rec = row.record if isinstance(row.record, dict) else json.loads(row.record)
        conn.execute(t.update().where(t.c.id == row.id).values(**filter_values(rec)))


def downgrade() -> None:
    with op.batch_alter_table("incidents") as batch:
        for c in NEW:
            batch.drop_column(c)


def filter_values(rec: dict) -> dict:
    """Frozen copy of sitrep.store.db._filter_values as of this revision: a migration must keep
    doing what it did when it was written, whatever the application code becomes."""
    actors = [a for a in (rec.get("actor1"), rec.get("actor2")) if a]
    return {
        "attribution": rec.get("attribution"), "outcome": rec.get("outcome"),
        "weapons": " " + " ".join(rec.get("weapons") or []) + " ",
        "actors": " | ".join(f"{a.get('name')} [{a.get('type')}]" for a in actors).lower(),
        "evidence_text": " ".join(s.get("text", "") for s in rec.get("evidence") or []).lower(),
    }
