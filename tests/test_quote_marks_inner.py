"""Curly marks inside a curly quote (``enrich/quote_marks.py``): a quote inside a quote in the
same marks, and an opening mark written for a closing one. Every sentence is invented."""

from __future__ import annotations

from tests._quotes import quote

from newsbeat.enrich.quote_marks import find_quote_spans


def _quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quote_spans(text)]


def test_a_quote_inside_a_quote_in_the_same_marks_stays_inside() -> None:
    text = "Dock worker Pim Roos posted: “Fans at the pier wore “Save Our Ferries” shirts all day.”"
    assert _quoted(text) == ["Fans at the pier wore “Save Our Ferries” shirts all day."]


def test_an_opener_with_no_second_closer_still_restarts_the_quote() -> None:
    # only one closer follows the second opener: the first opener was the stray one
    text = "The “harbour plan and “the ferry plan” were both dropped."
    assert _quoted(text) == ["the ferry plan"]


def test_an_opening_mark_written_for_a_closing_one_closes() -> None:
    text = "“Not this year,“ Roos said. “The ferries need new engines first.”"
    assert _quoted(text) == ["Not this year,", "The ferries need new engines first."]


def test_the_outer_quote_of_a_nested_one_gets_its_speaker() -> None:
    text = (
        "Mayor Ilse Brand of Kessel spoke at the pier on Monday.\n\n"
        "Dock worker Pim Roos wrote: “Fans at the pier wore “Save Our Ferries” shirts all "
        "day, and the mayor saw every one of them.”\n"
    )
    found = quote(text, "Fans at the pier")
    assert "Save Our Ferries" in found.text
    assert found.speaker == "Pim Roos"


def test_a_quote_closed_by_an_opening_mark_gets_its_speaker() -> None:
    text = (
        "Harbour Master Tove Lind opened the new pier in Kessel on Monday.\n\n"
        "“The ferries will run daily from June,“ Lind said. “The tugs will follow.”\n"
    )
    assert quote(text, "ferries will run").speaker == "Tove Lind"
