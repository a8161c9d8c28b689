"""Output writers: the spec's JSON/JSONL, a table for people, and incident exports (JSONL, GeoJSON,
ACLED-style CSV)."""

from sitrep.export.formats import EXPORTERS, to_acled_csv, to_geojson, to_jsonl
from sitrep.export.jsonl import document_dict, dumps_document
from sitrep.export.table import render_table

__all__ = ["EXPORTERS", "document_dict", "dumps_document", "render_table", "to_acled_csv", "to_geojson", "to_jsonl"]
