"""The stories features read an article in its own language: its function words are dropped
before hashing, and German capitalised common nouns are no names."""

from __future__ import annotations

import pytest

from newsbeat.stories.features import ArticleText, Vectoriser, build_features, extract_names
from newsbeat.stories.language_words import (
    article_words_language,
    common_noun_spellings,
    hashable_text,
    stop_words_for,
)

_GERMAN = (
    "Die Verteidigungsministerin Lena Kovar hat am Dienstag in Velmar das neue "
    "Verteidigungsbündnis mit Ostrava unterzeichnet. Nach Angaben der Regierung soll die "
    "Vereinbarung im Mai in Kraft treten, sagte Kovar."
)
_SWEDISH = (
    "Försvarsministern Lena Kovar skrev på tisdagen under det nya försvarsavtalet med Ostrava "
    "i Velmar. Enligt regeringen ska avtalet börja gälla i maj, sade Kovar."
)


def _terms(vectoriser: Vectoriser, text: str, language: str | None) -> set[int]:
    (feature,) = build_features(
        vectoriser,
        [ArticleText(article_id=1, title="", lead=text, body="", language=language)],
        names=False,
    )
    return set(feature.terms)


def _hashed(vectoriser: Vectoriser, word: str) -> int:
    (index,) = vectoriser.titles([word]).indices
    return int(index)


def test_german_function_words_are_not_terms() -> None:
    vectoriser = Vectoriser()
    as_german = _terms(vectoriser, _GERMAN, "de")
    as_english = _terms(vectoriser, _GERMAN, None)
    for word in ("hat", "nach", "soll", "das"):
        assert _hashed(vectoriser, word) in as_english  # English lists keep them
        assert _hashed(vectoriser, word) not in as_german
    assert _hashed(vectoriser, "verteidigungsbündnis") in as_german  # content words stay


def test_swedish_function_words_are_not_terms() -> None:
    vectoriser = Vectoriser()
    terms = _terms(vectoriser, _SWEDISH, "sv")
    assert _hashed(vectoriser, "enligt") not in terms and _hashed(vectoriser, "ska") not in terms
    assert _hashed(vectoriser, "försvarsavtalet") in terms


def test_english_articles_hash_as_before() -> None:
    vectoriser = Vectoriser()
    text = "The defence minister signed the new pact in Velmar on Tuesday, officials said."
    assert _terms(vectoriser, text, "en") == _terms(vectoriser, text, None)


def test_a_mixed_batch_keeps_each_article_in_its_row() -> None:
    vectoriser = Vectoriser()
    items = [
        ArticleText(article_id=1, title="", lead=_GERMAN, body="", language="de"),
        ArticleText(article_id=2, title="", lead="Kovar signed the pact.", body=""),
        ArticleText(article_id=3, title="", lead=_SWEDISH, body="", language="sv"),
    ]
    features = build_features(vectoriser, items, names=False)
    assert [f.article_id for f in features] == [1, 2, 3]
    assert set(features[0].terms) == _terms(vectoriser, _GERMAN, "de")
    assert set(features[1].terms) == _terms(vectoriser, "Kovar signed the pact.", None)
    assert set(features[2].terms) == _terms(vectoriser, _SWEDISH, "sv")


def test_german_common_nouns_are_no_names() -> None:
    names = extract_names(_GERMAN, language="de")
    assert {"kovar", "velmar", "ostrava"} <= set(names)
    # after an article (das Verteidigungsbündnis, der Regierung, im Mai) or with a noun ending
    for noun in ("verteidigungsbündnis", "regierung", "vereinbarung", "mai", "dienstag"):
        assert noun not in names
    assert "verteidigungsbündnis" in extract_names(_GERMAN)  # the English rule took it


def test_a_language_s_function_words_are_no_names() -> None:
    text = "Der Vertrag gilt, sagte Kovar. Ob Sie kommen, ist offen, meinte Berg."
    assert "sie" not in extract_names(text, language="de")
    assert "sie" in extract_names(text)


def test_common_nouns_are_spotted_in_german_only() -> None:
    assert "verteidigungsbündnis" in common_noun_spellings(_GERMAN, "de")
    assert "kovar" not in common_noun_spellings(_GERMAN, "de")
    assert common_noun_spellings(_GERMAN, "sv") == frozenset()


def test_the_word_lists_of_a_language() -> None:
    assert article_words_language("EN") is None and article_words_language(None) is None
    assert article_words_language("de") == "de" and article_words_language("de-AT") == "de"
    assert article_words_language("en-GB") is None and article_words_language("und") is None
    assert "und" in stop_words_for("de") and "the" in stop_words_for("de")
    assert "und" not in stop_words_for(None)


@pytest.mark.parametrize("language", ["fr", "it", "es", "pt", "nl", "ru", "uk", "el", "ja", "zh"])
def test_every_language_s_list_matches_the_hasher_s_tokens(language: str) -> None:
    # scikit-learn warns (an error under pytest here) when a stop word such as "quelqu'un"
    # splits into tokens that are not stop words themselves
    vectoriser = Vectoriser()
    assert _terms(vectoriser, "Le port de Velmar rouvre, dit quelqu'un.", language)
    assert {"quelqu", "un"} <= stop_words_for("fr")


def test_chinese_is_hashed_as_character_pairs() -> None:
    vectoriser = Vectoriser()
    first = _terms(vectoriser, "维尔马尔港口罢工结束，工人恢复工作。", "zh")
    second = _terms(vectoriser, "港口罢工持续三天后结束。", "zh")
    assert _hashed(vectoriser, "罢工") in first & second  # "strike" in both reports
    # as one unspaced run each, the two reports would share no term at all
    assert not _terms(vectoriser, "港口罢工持续三天后结束。", None) & _terms(
        vectoriser, "维尔马尔港口罢工结束，工人恢复工作。", None
    )
    assert hashable_text("港口罢工", "ja") == " 港口 口罢 罢工 "
    assert hashable_text("港口罢工", "ko") == "港口罢工"
