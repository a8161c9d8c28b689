"""Stage 7, store: the event database (SQLite by default, PostgreSQL for teams).

Needs: Documents from extract. Adds: articles (with every source that carried them), mentions
(what one article said about one incident) and incidents (the merged record with `sources`), and
a `failures` log. Schema by Alembic migrations; SQL through SQLAlchemy Core, always parameterised.
"""

from sitrep.store.db import Store, open_store

__all__ = ["Store", "open_store"]
