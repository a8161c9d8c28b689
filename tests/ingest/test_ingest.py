"""Decoding, paragraphs, boilerplate, original source, language."""

import codecs

import pytest

from sitrep.errors import InputError
from sitrep.ingest import RawInput, build_article
from sitrep.ingest.boilerplate import find_original_source, remove_boilerplate
from sitrep.ingest.decode import decode

TEXT = ("Titre de l'article\n\nBAGDAD, 5 janvier 2022 (AFP) – Des roquettes sont tombées mardi près de l'aéroport.\n\n"
        "Légende de la photo. (Photo AFP)\n\nLégende de la photo. (Photo AFP)\n\nVoir également:\n"
        "Un autre titre (3 janvier 2022)\n\n*********\n\nVous aimez cet article ? Partagez-le avec un ami !\n\n"
        "Votre soutien est essentiel pour nous.\n")


def test_boms_and_encodings():
    assert decode(codecs.BOM_UTF8 + "é".encode(), "x") == "é"
    assert decode(codecs.BOM_UTF16_LE + "attaque à Gao".encode("utf-16-le"), "x") == "attaque à Gao"
    assert decode("Déjà vu".encode("cp1252"), "x") == "Déjà vu"
    assert decode(b"a\r\nb", "x") == "a\nb"
    with pytest.raises(InputError, match="NUL"):
        decode(b"abc\x00def" * 10, "x")


def test_boilerplate_removed_and_caption_once():
    art = build_article(RawInput("t", data=TEXT.encode()), language="fr")
    assert art.title == "Titre de l'article"
    assert art.text.count("Légende de la photo") == 1
    for gone in ("Voir également", "Un autre titre", "*****", "Partagez", "Votre soutien"):
        assert gone not in art.text
    assert art.published == "2022-01-05" and art.published_source == "text"


def test_a_line_the_text_was_wrapped_at_is_no_headline():
    from sitrep.ingest.text import split_paragraphs, split_title

    def title(text):
        return split_title(split_paragraphs(text))[0]
    assert title("Rockets hit a base near Erbil\nOfficials said two drones were shot down.") == \
        "Rockets hit a base near Erbil"
    # two sentences, a line stopped on "by" or "of", a next line going on in lowercase: one paragraph
    assert title("Farmers held a sit-in. They were joined by\nStudent Union leaders.") is None
    assert title("Rallies were held under the aegis of\nThe Naga Students Federation.") is None
    assert title("Residents protested over a death, alleging\nthat the police did nothing.") is None
    art = build_article(RawInput("w", text="Farmers held a sit-in. They were joined by\nStudent Union leaders."),
                        language="en")
    assert art.title is None and art.text.startswith("Farmers held a sit-in.")


def test_original_source_patterns():
    assert find_original_source(["(CNSNews.com) – Les troupes..."], "fr") == "CNSNews.com"
    assert find_original_source(["Texte.", "Source : Reuters"], "fr") == "Reuters"
    assert find_original_source(["This story originally appeared in The Guardian."], "en") == "The Guardian"


def test_see_also_list_stops_at_a_real_paragraph():
    paras = ["Related stories:\nOne headline\nAnother headline", "Police said the attack began at dawn."]
    assert remove_boilerplate(paras, "en") == ["Police said the attack began at dawn."]


def test_language_detected():
    en = build_article(RawInput("t", text="Gunmen killed three villagers on Monday, police said. "
                                          "The attack happened near the border."))
    fr = build_article(RawInput("t", text="Des hommes armés ont tué trois villageois lundi, selon la police."))
    assert (en.language, fr.language) == ("en", "fr")
    with pytest.raises(InputError, match="not supported"):
        build_article(RawInput("t", text="Hombres armados mataron a tres aldeanos el lunes, dijo la policía."))


def test_unknown_publication_date_stays_unknown():
    art = build_article(RawInput("t", text="Des hommes armés ont tué trois villageois mardi près de Gao."))
    assert art.published is None and art.published_source == "unknown"


def test_estimate_total_for_the_progress_bar(tmp_path):
    from sitrep.ingest.sources import estimate_total

    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n')
    assert estimate_total([str(tmp_path)]) == 3
    assert estimate_total(["-"]) is None


def test_the_publisher_comes_with_the_article(tmp_path):
    raw = RawInput("t", text="Gunmen killed three villagers near Gao on Tuesday.", publisher="Daily Nation")
    assert build_article(raw).publisher == "Daily Nation"
    html = ("<html><head><meta property='og:site_name' content='The Kathmandu Post'><title>Protest</title></head>"
            "<body><article><p>Hundreds of teachers protested in front of the ministry on Monday, demanding "
            "better pay and the release of two colleagues.</p></article></body></html>")
    assert build_article(RawInput("h", html=html)).publisher == "The Kathmandu Post"
    (tmp_path / "a.jsonl").write_text('{"text": "Rioters burnt tyres in Kisumu.", "publisher": "The Star (Kenya)"}\n')
    from sitrep.ingest import iter_inputs

    assert [r.publisher for r in iter_inputs([str(tmp_path / "a.jsonl")])] == ["The Star (Kenya)"]
