"""The trigger tables: phrases, gaps and lemma sequences, as the lexicons write them."""

from sitrep.extract.lexicon import Table
from sitrep.nlp import get_nlp


def _found(table: Table, text: str) -> list[tuple[str, str]]:
    doc = get_nlp("en")(text)
    return [(label, text[s:e]) for label, s, e in table.compile().find(doc[:])]


def test_a_lemma_word_written_with_bars_is_any_of_them():
    table = Table()
    table.add_lemmas("take control of * town|hill", "takes")
    assert [label for label, _ in _found(table, "The army took control of six hills on Monday.")] == ["takes"]
    assert [label for label, _ in _found(table, "Rebels took control of the town.")] == ["takes"]
    assert _found(table, "Protesters took control of a bus.") == []
