"""An article's length in words for the story stage's ``min_words``: a script written without
spaces (Japanese, Chinese, Thai) counts its characters over its characters per word, so a
Japanese report is not taken for a brief because it has few spaces."""

from __future__ import annotations

from newsbeat.settings import Settings
from newsbeat.stories.cluster import ClusterOptions, ClusterState, cluster_articles
from newsbeat.stories.features import ArticleText, Vectoriser, build_features, parse_time
from newsbeat.stories.language_words import word_count

# An invented report (fictional town), about 300 characters in eight sentences with no commas:
# split at its punctuation it is nine chunks, far under min_words.
_TRAM_JA = (
    "ミルデン市の市議会は十四日の本会議で新しい路面電車の路線を建設する計画を賛成多数で可決しました。"
    "計画では港の地区と大学を結ぶおよそ九キロの路線を整備し総事業費は二百四十億円を見込んでいます。"
    "工事は来年の春に始まり三年後の開業を目指すということです。"
    "市長は会見で渋滞の緩和と観光客の増加につなげたいと述べました。"
    "一方で一部の議員からは費用が膨らむおそれがあるとして慎重な検討を求める意見も出されました。"
    "市は今月中に住民向けの説明会を開き計画の詳しい内容を伝えるとしています。"
    "沿線の商店街からは期待する声が上がっています。"
    "新しい路線には十二の停留所が設けられ朝と夕方は六分おきに電車が走る予定です。"
)
_TRAM_BRIEF_JA = "ミルデン市議会が路面電車の計画を可決した。"
_TRAM_AGAIN_JA = (
    "ミルデン市議会は十四日に路面電車の新しい路線の建設計画を可決しました。"
    "港の地区と大学を結ぶ九キロの路線で総事業費は二百四十億円を見込んでいます。"
    "工事は来年の春に始まり三年後の開業を目指します。"
    "市長は渋滞の緩和と観光客の増加につなげたいと述べました。"
    "市は今月中に住民向けの説明会を開くとしています。"
)


def _length(text: str, language: str | None) -> int:
    item = ArticleText(article_id=1, title="", lead=text, body="", language=language)
    return build_features(Vectoriser(), [item], names=False)[0].length


def test_unspaced_text_counts_its_characters() -> None:
    min_words = Settings().stories.min_words
    assert 290 <= len(_TRAM_JA) <= 310
    assert _length(_TRAM_JA, "ja") >= min_words  # a report
    assert 18 <= len(_TRAM_BRIEF_JA) <= 22
    assert _length(_TRAM_BRIEF_JA, "ja") < min_words  # a brief
    assert word_count("The port strike ended on Tuesday.", "en") == 6  # spaced text as before
    # Latin words inside Japanese count as words; Thai runs as characters over four
    assert word_count("iPhoneを改造した", "ja") == 1 + round(len("を改造した") / 2.5)
    assert word_count("การประท้วงยุติแล้ว", "th") == round(len("การประท้วงยุติแล้ว") / 4)
    # a Korean headline's Han character is one word, as the Korean words around it
    assert word_count("佛 대통령 방한", "ko") == 3


def test_a_japanese_report_starts_a_story_and_a_brief_does_not() -> None:
    when = parse_time("2026-05-14T09:00:00+09:00")
    report, brief, again = build_features(
        Vectoriser(),
        [
            ArticleText(article_id=n, title=title, lead=text, body="", time=when, language="ja")
            for n, (title, text) in enumerate(
                (
                    ("ミルデン市で路面電車の計画可決", _TRAM_JA),
                    ("路面電車計画を可決", _TRAM_BRIEF_JA),
                    ("ミルデン市議会が路面電車の建設計画を可決", _TRAM_AGAIN_JA),
                ),
                start=1,
            )
        ],
    )
    state = ClusterState()
    (first,) = cluster_articles(state, [report], ClusterOptions()).assignments
    (second,) = cluster_articles(state, [again], ClusterOptions()).assignments
    # the report seeds a story that a second report of the tram vote joins
    assert state.stories[first.story_id].status == "active"
    assert second.story_id == first.story_id
    # the brief, alone, starts a singleton that nothing else joins
    alone = ClusterState()
    (only,) = cluster_articles(alone, [brief], ClusterOptions()).assignments
    assert alone.stories[only.story_id].status == "singleton"
