"""Every view writes a count with its noun the same way."""

from __future__ import annotations

from newsbeat.plurals import counted


def test_one_is_singular_and_every_other_count_plural() -> None:
    assert counted(1, "article") == "1 article"
    assert counted(0, "article") == "0 articles"
    assert counted(3, "new event") == "3 new events"


def test_an_irregular_plural_is_given() -> None:
    assert counted(1, "other story", "other stories") == "1 other story"
    assert counted(2, "other story", "other stories") == "2 other stories"
