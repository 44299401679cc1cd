"""The stories features read an article in its own language: its function words are dropped
before hashing, and German capitalised common nouns are no names."""

from __future__ import annotations

import pytest

from newsbeat.stories.cluster import ClusterOptions, ClusterState, cluster_articles
from newsbeat.stories.features import (
    ArticleText,
    Vectoriser,
    build_features,
    extract_names,
    parse_time,
)
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


_STRIKE_JA = (
    "ヴェルマール港の港湾労働者は、十二日の朝、賃金の引き上げを求めてストライキを始めたと発表しました。"
    "組合によると、およそ八百人が参加しており、コンテナの積み下ろしは、すべて止まっているということです。"
    "港を運営する会社は、話し合いを続けたいとしていますが、再開の見通しは、まだ立っていないとされています。"
    "地元の企業からは、部品が届かなくなることを心配する声が、相次いで出ています。"
    "沖には、荷物を降ろせない貨物船が、十隻ほど待っているということです。"
    "組合の代表は、要求が受け入れられるまで、ストライキを続けると話しています。"
)
_STRIKE_AGAIN_JA = (
    "ヴェルマール港で、十二日、港湾労働者およそ八百人が、賃金の引き上げを求めてストライキに入りました。"
    "コンテナの積み下ろしが止まり、港の運営会社は、組合との話し合いを続けるとしています。"
    "組合の代表は、要求が受け入れられるまで、ストライキを続けると話しました。"
    "沖では、貨物船が、荷物を降ろせないまま待っています。"
    "地元の企業は、部品が届かなくなるおそれがあるとして、状況を見守っています。"
)
_LIBRARY_JA = (
    "カルドリア市で、十二日、新しい市立図書館が開館したと発表されました。"
    "市によると、図書館には、およそ二十万冊の本が置かれており、子ども向けの部屋も、設けられているということです。"
    "市長は、多くの市民に使ってもらいたいと話していますが、駐車場が足りないことを心配する声も、出ています。"
    "開館の初日には、朝から、多くの家族連れが訪れていたとされています。"
    "図書館は、駅から歩いて五分ほどの場所にあり、夜は九時まで開いているということです。"
    "訪れた人からは、静かで、勉強しやすいという声が聞かれました。"
)
_ENGLISH_NEWS = (
    ("Tessa council approves tram line", "The Tessa city council approved a new tram line "
     "on Tuesday, linking the harbour district with the university, at a cost of 240 million "
     "euros. Construction will start in autumn and take three years, the mayor's office said."),
    ("Storm cuts power in Orwell County", "A storm with winds of 110 km/h cut power to about "
     "12,000 homes in Orwell County overnight, the utility said. Crews expect to restore most "
     "connections by Thursday evening; two roads remain closed by fallen trees."),
    ("Kaldria bank raises interest rate", "The central bank of Kaldria raised its main "
     "interest rate by a quarter point to 3.5 percent on Wednesday, citing persistent "
     "inflation in food and energy prices. Analysts had expected the move."),
    ("Velmar club signs striker", "Velmar FC has signed the 19-year-old striker Tomas Reyn "
     "from a second-division side on a four-year contract, the club announced. The fee was "
     "not disclosed."),
)  # fmt: skip


def test_japanese_grammar_joins_no_two_stories() -> None:
    # among English reports, the hiragana of Japanese grammar (した, して, され) is rare, and
    # two Japanese reports of unrelated events shared it as if it were names
    when = parse_time("2026-05-12T09:00:00+09:00")
    items = [
        ArticleText(article_id=10 + n, title=t, lead=x, body="", time=when, language="en")
        for n, (t, x) in enumerate(_ENGLISH_NEWS)
    ]
    for n, (title, text) in enumerate(
        (
            ("ヴェルマール港でストライキ、積み下ろしが止まる", _STRIKE_JA),
            ("カルドリア市に新しい図書館が開館", _LIBRARY_JA),
            ("ヴェルマール港の労働者が賃上げ求めストライキ", _STRIKE_AGAIN_JA),
        ),
        start=1,
    ):
        items.append(
            ArticleText(article_id=n, title=title, lead=text, body="", time=when, language="ja")
        )
    features = build_features(Vectoriser(), items)
    result = cluster_articles(ClusterState(), features, ClusterOptions())
    story = {a.article_id: a.story_id for a in result.assignments}
    assert story[1] == story[3]  # one strike, two reports
    assert story[2] != story[1]  # the library has nothing to do with it
    assert "した" not in hashable_text("発表した", "ja").split()
