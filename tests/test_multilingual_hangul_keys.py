"""Hangul names meet their Latin spellings: Korean names by their romanisation, foreign names by
their consonants and vowels; names of equal consonants and other vowels stay apart."""

from __future__ import annotations

import pytest

from newsbeat.multilingual import article_keys, shared_keys
from newsbeat.multilingual.hangul import given_name, latin_sounds, loanword_shape, romanise, sound


def _meet(korean: str, latin: str) -> frozenset[str]:
    return shared_keys(article_keys("", korean, "ko"), article_keys("", latin, "en")).names


@pytest.mark.parametrize(
    ("korean", "latin"),
    [
        # a name without a particle whose last syllable is one (만, "only")
        ("호프만 장관과 만났다.", "She met Jonas Hoffmann."),
        ("호프만은 말했다.", "She met Jonas Hoffmann."),
        # no ㅡ and no ㅋ: no loanword shape, still a foreign name
        ("마라비아 자동차가 리콜한다.", "The carmaker Maravia recalls cars."),
        # three consonants and the vowels between them; Korean drops the closing r
        ("드레스너 장관이 말했다.", "Minister Dressner spoke."),
        # a Korean name in the Revised Romanization
        ("하늘 위성이 발사됐다.", "The satellite Haneul was launched."),
        # a person's name as one word: family name and given name
        ("감독 박서진은 말했다.", "Coach Park Seo-jin said."),
        # a quoted name and its particle after the quote; a river's name and 강 ("river")
        ("태풍 '모크란'이 지나갔다.", "The storm Mokran passed on Monday."),
        ("벨마르강이 범람했다.", "The river Velmar flooded on Monday."),
    ],
)
def test_a_hangul_name_meets_its_latin_spelling(korean: str, latin: str) -> None:
    assert _meet(korean, latin)


@pytest.mark.parametrize(
    ("korean", "latin"),
    [
        # same consonant skeleton: Korean writes an f with ㅍ, a v with ㅂ
        ("타벨본트 노조가 파업했다.", "The union Tafelbund struck in Kiel."),
        # same consonants, a vowel where the Latin name has none
        ("카탈루냐 정부가 발표했다.", "Minister Katrin Ohlsen spoke in Lund."),
    ],
)
def test_names_of_one_skeleton_and_other_vowels_stay_apart(korean: str, latin: str) -> None:
    assert not _meet(korean, latin)


def test_romanisation_follows_the_revised_romanization() -> None:
    assert romanise("서령") == "seoryeong"
    assert romanise("신라") == "silla"
    assert romanise("Seoul") == ""


def test_a_given_name_needs_a_family_name_first() -> None:
    assert given_name("박서진") == "서진"
    assert given_name("파트너") == ""


def test_an_l_after_a_consonant_has_no_vowel() -> None:
    # 플러스 is "plus": the ㅡ of 플 is Korean's, not the name's
    assert sound("플러스") == "pr@s"
    assert "pr@s" not in latin_sounds("Pulus")


@pytest.mark.parametrize(
    ("word", "shaped"),
    [
        ("드레스너", True),  # ㅡ after a consonant, no final: a cluster Korean broke up
        ("카렌", True),  # an initial ㅋ
        ("서령", False),  # a Korean given name
        ("마라비아", False),  # a foreign name without either mark
        ("은행", False),  # ㅡ after the silent ㅇ is a Korean vowel
        ("A드레스", False),  # a Latin letter before the shape
    ],
)
def test_loanword_shape(word: str, shaped: bool) -> None:
    assert loanword_shape(word) is shaped
