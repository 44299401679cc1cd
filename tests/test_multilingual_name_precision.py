"""Capitalised words that are no names give no name key: weekdays with a possessive, time
zones, abbreviated offices, "President-elect", and the adjectives of peoples; and two names of
one consonant skeleton and other vowels do not meet."""

from __future__ import annotations

import pytest

from newsbeat.multilingual import article_keys, shared_keys
from newsbeat.multilingual.script import stem


def _names(text: str) -> frozenset[str]:
    return article_keys("", text, "en").names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Officials at Corvell Harbour cancelled Wednesday's sailing.", "Wednesday"),
        ("The ferry left Corvell Harbour at 18:00 GMT on Friday.", "GMT"),
        ("Officials said Gov. Lena Holmvik and Rev. Arno Veltz would attend.", "Gov"),
        ("Officials said President-elect Arno Veltz would attend.", "President-elect"),
        ("Officials said Korean sailors rescued Arno Veltz near Corvell.", "Korean"),
        ("Officials said Russian sailors rescued Arno Veltz near Corvell.", "Russian"),
    ],
)
def test_a_capitalised_word_that_is_no_name_gives_no_key(text: str, word: str) -> None:
    names = _names(text)
    assert stem(word) not in names
    # the names beside it are still read
    assert stem("Corvell") in names or stem("Veltz") in names


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("L'Europe du Nord et Arno Veltz ont signé l'accord.", "fr", "Nord"),
        ("Dockers at the Noordkaai Terminals met Arno Veltz.", "en", "Terminals"),
        ("Le Centre démocrate de Lorvanne a voté contre Arno Veltz.", "fr", "Centre"),
    ],
)
def test_a_compass_or_generic_place_word_gives_no_name(text: str, language: str, word: str) -> None:
    names = article_keys("", text, language).names
    assert stem(word) not in names
    assert stem("Veltz") in names or stem("Lorvanne") in names


def test_a_compass_word_still_opens_a_place() -> None:
    places = article_keys("", "Officials in South Africa met Arno Veltz.", "en").places
    assert places == {"country:ZA"}


def test_a_weekday_in_a_case_form_gives_no_name() -> None:
    # "Κυριακής" is the genitive of Sunday, which the calendar lists only in the nominative
    names = article_keys("", "Η απεργία της Κυριακής έκλεισε το λιμάνι του Βέλμαρ.", "el").names
    assert stem("Κυριακής") not in names


def test_a_latin_initial_korean_word_gives_no_name() -> None:
    names = article_keys("", "그는 K리그1에서 뛰었다고 코르벨 구단이 밝혔다.", "ko").names
    assert not any(key.startswith("~l:") for key in names)


@pytest.mark.parametrize(
    "text", ["Officials said Aurel Dane would attend.", "Officials said President Dane spoke."]
)
def test_a_surname_that_is_a_demonym_stays_a_name(text: str) -> None:
    assert stem("Dane") in _names(text)


def test_one_skeleton_of_two_vowel_spellings_is_two_names() -> None:
    # Petersen and Peterson: one consonant skeleton, another vowel where both are plain
    en = article_keys("", "The skipper Dag Petersen drowned near Korvik.", "en")
    ru = article_keys("", "Капитан Олаф Петерсон утонул.", "ru")
    assert not shared_keys(en, ru).names


def test_a_transliteration_of_the_same_vowels_still_meets() -> None:
    en = article_keys("", "Marta Lindqvist spoke.", "en")
    ru = article_keys("", "Марта Линдквист сказала.", "ru")
    assert shared_keys(en, ru).names
