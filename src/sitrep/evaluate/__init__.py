"""Scoring against gold files: field-by-field agreement, printed so a person sees what differs."""

from sitrep.evaluate.gold import GoldReport, evaluate_files, score_document

__all__ = ["GoldReport", "evaluate_files", "score_document"]
