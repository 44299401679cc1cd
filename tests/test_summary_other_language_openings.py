"""The summary of a story told only in another language: each article's opening sentence, even
when its first line is no sentence, and whole when the English splitter cuts it at a day's
ordinal or a title's abbreviation (read34: three of five such stories had no summary). Invented
articles."""

from __future__ import annotations

from newsbeat.compare.summarise import summarise_articles
from newsbeat.models import Article


def _summary(language: str, text: str) -> list[str]:
    article = Article(
        id=1,
        title="Lornfeld",
        text=text,
        outlet="Lornfelder Bote",
        published="2026-05-04T08:00:00+00:00",
        published_source="metadata",
        language=language,
    )
    return [s.text for s in summarise_articles([article])]


def test_an_article_whose_opening_is_no_candidate_opens_with_its_next_sentence() -> None:
    # an opening of more than sixty words is no summary sentence
    long_opening = "Die Stadt Lornfeld hat " + "nach langen und " * 20 + "Debatten entschieden."
    text = f"{long_opening}\n\nDie alte Kessabrücke bleibt ab Montag für Autos gesperrt."
    assert _summary("de", text) == ["Die alte Kessabrücke bleibt ab Montag für Autos gesperrt."]


def test_a_day_written_as_an_ordinal_does_not_cut_the_opening() -> None:
    text = (
        "Am 12. und 13. September feiert Lornfeld wieder das Hafenfest an der Kessabrücke."
        " Erwartet werden viele Gäste."
    )
    assert _summary("de", text) == [
        "Am 12. und 13. September feiert Lornfeld wieder das Hafenfest an der Kessabrücke."
    ]


def test_a_titles_abbreviation_does_not_cut_the_opening() -> None:
    text = "La Sra. Ruiz inauguró el lunes el nuevo puente de Lornfeld. Costó mucho dinero."
    assert _summary("es", text) == ["La Sra. Ruiz inauguró el lunes el nuevo puente de Lornfeld."]
