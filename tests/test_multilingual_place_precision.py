"""A place key only where the words name a place: no English common word that is another
language's country name, no acronym, no institution after "the", no person's first name or
surname, no town named by a common word; English possessives and Korean compound figures
read right; consonant skeletons meet only with four consonants."""

from __future__ import annotations

import pytest

from newsbeat.multilingual import EntityKeys, article_keys, shared_keys
from newsbeat.multilingual.figures import figures
from newsbeat.multilingual.places import country_key, gazetteer, is_country


def _places(text: str, language: str) -> frozenset[str]:
    return article_keys("", text, language).places


@pytest.mark.parametrize(
    "text",
    [
        # "Man" is the Norwegian name of the Isle of Man, "Island" the German one of Iceland
        "Officers said the Man seen near the depot had left before dawn.",
        "Ferries to the Island stopped after the storm at Porthwenna.",
    ],
)
def test_another_languages_country_name_is_no_place_in_english(text: str) -> None:
    assert not any(is_country(p) for p in _places(text, "en"))


def test_another_languages_country_name_stays_a_place_in_that_language() -> None:
    assert "country:IS" in _places("Die Fähre nach Island fiel am Montag aus.", "de")


def test_a_countrys_place_id_is_a_country_and_a_citys_is_not() -> None:
    germany = gazetteer().lookup(["Deutschland"], inflected=False)
    berlin = gazetteer().lookup(["Berlin"], inflected=False)
    assert germany == country_key("DE") == "country:DE"
    assert berlin is not None and is_country(germany) and not is_country(berlin)
    assert gazetteer().countries[berlin] == germany


def test_a_short_acronym_is_no_town() -> None:
    # Ama is a Japanese town of the gazetteer
    assert _places("The AMA backed the rules drafted by Corvell Health.", "en") == frozenset()


def test_a_town_named_after_the_is_an_institution_in_english() -> None:
    # "White House" is a listed English name of Casablanca
    assert _places("Aides at the White House met Dorla Fenwick on Friday.", "en") == frozenset()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dr. Regina Halvorsen signed the report. Aides said Regina was tired.", "en"),
        ("La consejera Marta Sousa presentó el plan. Según Sousa, costará poco.", "es"),
        ("Депутат Пётр Иванов выступил против. По словам Иванова, закон плох.", "ru"),
    ],
)
def test_a_town_that_is_part_of_a_persons_name_is_no_place(text: str, language: str) -> None:
    assert not any(p.startswith("geo:") for p in _places(text, language))


def test_a_town_after_a_preposition_that_is_also_a_first_name_stays_a_place() -> None:
    assert _places("Die Piloten legten die Arbeit nieder. In Frankfurt ruhte der Verkehr.", "de")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le Centre démocrate de Lorvanne a voté contre le budget.", "fr"),
        ("Der Bezirk Mitte sperrte am Montag die Brücke.", "de"),
    ],
)
def test_a_town_named_by_a_common_word_is_no_place(text: str, language: str) -> None:
    assert not any(p.startswith("geo:") for p in _places(text, language))


def test_an_english_possessive_names_its_country() -> None:
    assert "country:FR" in _places("Officials said France's dockers would strike again.", "en")
    # the possessive is no part of the name: "Peru's" is no "Perus" (a district of São Paulo)
    assert _places("Officials said Peru's miners would strike again.", "en") == {"country:PE"}


@pytest.mark.parametrize(
    ("text", "value"),
    [("8만4천 대", "84000"), ("1천200만 유로", "12000000"), ("5천500명", "5500")],
)
def test_korean_compound_figures_add_their_groups(text: str, value: str) -> None:
    assert figures(text) == {value}


def test_three_consonant_skeletons_of_two_scripts_do_not_meet() -> None:
    # a demonym and a Korean loanword share the skeleton of "Korean" / 그린 ("green")
    a = EntityKeys(names=frozenset({"~l:okrn"}))
    b = EntityKeys(names=frozenset({"~k:okrn"}))
    assert not shared_keys(a, b).names


def test_four_consonant_skeletons_of_two_scripts_still_meet() -> None:
    a = article_keys("", "Der Minister Tobias Brandvik sprach am Montag.", "de")
    b = article_keys("", "장관 토비아스 브란드비크는 월요일 말했다.", "ko")
    assert shared_keys(a, b).names


def test_a_german_town_adjective_before_a_noun_names_the_town() -> None:
    places = _places("Der Warnstreik legte den Hamburger Hafen am Montag lahm.", "de")
    assert places and all(p.startswith("geo:") for p in places)


def test_a_german_surname_shaped_like_a_town_adjective_is_no_place() -> None:
    assert _places("Die Reederin Lena Berliner sprach am Montag.", "de") == frozenset()


def test_a_dateline_in_capitals_names_its_town() -> None:
    assert _places("MADRID — A strike closed the main station of Corvella.", "en")
    # a heading in capitals is no dateline
    assert _places("READING LIST for the weekend of Corvella", "en") == frozenset()


def test_a_towns_own_name_after_the_stays_a_place() -> None:
    assert _places("Fans of the New Orleans club cheered Dorla Fenwick.", "en")
    assert _places("Officials said the Turin group would recall its cars.", "en")


@pytest.mark.parametrize(
    "text",
    [
        # Būsh is an Egyptian town of 136,000 people
        "Officials said the Bush administration would answer Dorla Fenwick.",
        # "Chin" is another name of Qinzhou
        "Crowds mourned Vinny 'The Chin' Corvallo on Monday.",
    ],
)
def test_a_small_towns_name_or_another_name_after_the_is_no_place(text: str) -> None:
    assert _places(text, "en") == frozenset()


def test_a_first_name_town_in_a_title_case_heading_stays_a_place() -> None:
    text = (
        "Crowds Gather After Death of Brooklyn Teen Killed By Officers\n"
        "The vigil in the boy's Brooklyn neighbourhood went on."
    )
    assert _places(text, "en")


def test_a_french_elided_article_leaves_the_place_and_the_name() -> None:
    keys = article_keys("", "Les dockers d'Anvers ont suivi l'Union Corvale.", "fr")
    other = article_keys("", "Die Hafenarbeiter in Antwerpen folgten der Union.", "de")
    assert shared_keys(keys, other).places
    assert "corval" in keys.names


def test_a_short_russian_town_in_a_case_form_is_a_place() -> None:
    ru = article_keys("", "Забастовка в Риме продолжилась во вторник.", "ru")
    en = article_keys("", "The strike in Rome went on on Tuesday.", "en")
    assert shared_keys(ru, en).places


@pytest.mark.parametrize(("greek", "latin"), [("Μπρένερ", "Brenner"), ("Ντράβεκ", "Dravek")])
def test_a_greek_initial_digraph_reads_as_one_letter(greek: str, latin: str) -> None:
    el = article_keys("", f"Ο συνδικαλιστής {greek} μίλησε την Τρίτη.", "el")
    en = article_keys("", f"The union leader Jonas {latin} spoke on Tuesday.", "en")
    assert shared_keys(el, en).names


def test_a_capitalised_field_after_an_elided_article_is_no_name() -> None:
    keys = article_keys("", "Le ministre de l'Économie, Arno Veltz, a parlé.", "fr")
    assert "econom" not in keys.names
    assert "veltz" in keys.names


def test_a_town_named_like_an_organisation_is_no_place() -> None:
    # Union is a town of New Jersey
    text = "La grève lancée par l'Union des cheminots de Corvelle a débuté mardi."
    assert _places(text, "fr") == frozenset()


def test_a_three_letter_name_of_a_smaller_city_in_another_script_is_no_place() -> None:
    # "Кан" is the Russian name of Caen (110,000 people) and the Russian spelling of Kang
    assert _places("Министр Кан прибыл в город во вторник.", "ru") == frozenset()
    # Rome's three letters stay a place
    assert _places("Министр прибыл в Рим во вторник.", "ru")


def test_an_accented_word_names_a_place_only_as_listed() -> None:
    # "Turen" is a listed name of Turin; German "Türen" are doors
    assert _places("Die Anwohner sollten Fenster und Türen geschlossen halten.", "de") == set()
    assert _places("Der Streik in Zürich ging am Montag weiter.", "de")
