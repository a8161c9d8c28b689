"""The warm-up a worker runs when it starts: one sample article per supported language."""

from sitrep.lang import LANG_DIR, SUPPORTED
from sitrep.runners import warm_up


def test_every_supported_language_has_a_sample_that_yields_an_event():
    assert all((LANG_DIR / lang / "sample.txt").is_file() for lang in SUPPORTED)
    results = warm_up()
    assert [r.source for r in results] == [f"lang/{lang}/sample.txt" for lang in SUPPORTED]
    for res in results:
        assert res.error is None, res.error
        # detected, not told, language: the warm-up loads the detector too
        assert res.document.article.language == res.source.split("/")[1]
        assert res.document.events and res.document.events[0].location is not None
