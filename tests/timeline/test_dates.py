"""Date expressions resolved against the publication date and the previous incident."""

from datetime import date

import pytest

from sitrep.timeline import find_dates, resolve

WED = date(2022, 1, 5)  # a Wednesday


def one(text, lang, published=WED, previous=None):
    exprs = find_dates(text, lang)
    assert exprs, f"no date found in {text!r}"
    return resolve(exprs[0], published, previous)


@pytest.mark.parametrize("text,lang,want", [
    ("Tôt mercredi matin, heure locale", "fr", (date(2022, 1, 5), 1)),  # same day, not a week before
    ("mardi soir", "fr", (date(2022, 1, 4), 1)),
    ("on Sunday", "en", (date(2022, 1, 2), 1)),
    ("hier", "fr", (date(2022, 1, 4), 1)),
    ("last night", "en", (date(2022, 1, 4), 1)),
    ("le 3 janvier 2022", "fr", (date(2022, 1, 3), 1)),
    ("On 9 May 2020,", "en", (date(2020, 5, 9), 1)),
    ("on March 16", "en", (date(2021, 3, 16), 1)),  # no year: the latest such day not after publication
    ("le 1er janvier", "fr", (date(2022, 1, 1), 1)),
    ("la semaine dernière", "fr", (date(2021, 12, 29), 2)),
    ("en mars 2019", "fr", (date(2019, 3, 1), 3)),
    ("le 05/01/2022", "fr", (date(2022, 1, 5), 1)),  # numeric: day first in French
    ("on 01/05/2021", "en", (date(2021, 1, 5), 1)),  # month first in English
])
def test_resolve(text, lang, want):
    assert one(text, lang) == want


def test_chain_needs_a_previous_incident():
    assert one("Un jour plus tôt, des drones", "fr", previous=date(2022, 1, 4)) == (date(2022, 1, 3), 1)
    assert one("The day before, a bomb", "en", previous=None) is None


def test_no_publication_date_leaves_relative_dates_unresolved():
    assert one("mardi", "fr", published=None) is None
    assert one("le 3 janvier 2022", "fr", published=None) == (date(2022, 1, 3), 1)


def test_pronouns_are_not_weekdays():
    assert find_dates("je pense que à ma connaissance il a dit", "fr") == []


def test_anniversary_is_found():
    e = find_dates("le deuxième anniversaire de la frappe", "fr")[0]
    assert (e.kind, e.value) == ("anniversary", 2)
