"""Stage 4, timeline: date expressions in a clause -> event_date and ACLED time_precision.

Needs: clause text, the article's publication date, the previous incident's date (for chains
such as "la veille"). Adds: (date, precision) per mention, and the background flag for
incidents told from another year or recalled on an anniversary.
"""

from sitrep.timeline.dates import DateExpr, dateline_date, find_dates, resolve

__all__ = ["DateExpr", "dateline_date", "find_dates", "resolve"]
