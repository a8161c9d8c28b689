"""sitrep: news articles in, structured, geocoded, evidence-backed conflict-event records out."""

__version__ = "0.1.0"
