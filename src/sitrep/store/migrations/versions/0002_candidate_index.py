"""Index for the merge's candidate query (same event type, nearby dates).

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_incidents_type_date_lat", "incidents", ["event_type", "event_date", "lat"])


def downgrade() -> None:
    op.drop_index("ix_incidents_type_date_lat", "incidents")
