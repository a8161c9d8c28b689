"""Stage 9, serve: the REST API over the event database (the web page comes next).

Needs: a Store. Adds: HTTP endpoints for incidents, articles, statistics and submitting articles.
"""

from sitrep.serve.app import create_app

__all__ = ["create_app"]
