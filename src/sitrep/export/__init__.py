"""Output writers: the spec's JSON/JSONL, and a table for people (ACLED CSV, GeoJSON and Parquet
come with the database issue)."""

from sitrep.export.jsonl import document_dict, dumps_document
from sitrep.export.table import render_table

__all__ = ["document_dict", "dumps_document", "render_table"]
