"""Documents as JSON in exactly the spec's shape (every key present, null where unknown)."""

from __future__ import annotations

import json

from sitrep.model import Document


def document_dict(doc: Document) -> dict:
    d = doc.model_dump(mode="json")
    d["article"].pop("published_source", None)
    d["article"]["published_from"] = doc.article.published_source  # extra key: where the date came from
    return d


def dumps_document(doc: Document, indent: int | None = None) -> str:
    return json.dumps(document_dict(doc), ensure_ascii=False, indent=indent)
