"""A JSON Lines record with no date and no stamp line is dated by the full date its address
writes (read34b: three of four undated reports of one event had it). Invented addresses."""

from __future__ import annotations

from datetime import date

from newsbeat.extract.url_dates import url_date
from newsbeat.importers.jsonl import article_from_record

_TODAY = date(2026, 3, 2)


def test_a_numeric_date_in_the_address() -> None:
    assert url_date("https://www.velmar.example/news/2025/03/04/ferry", not_after=_TODAY) == date(
        2025, 3, 4
    )
    assert url_date("https://www.velmar.example/2025-03-04/ferry", not_after=_TODAY) == date(
        2025, 3, 4
    )


def test_no_date_from_a_month_word_a_year_alone_a_later_day_or_no_address() -> None:
    assert url_date("https://www.velmar.example/film/2025/mar/04/ferry", not_after=_TODAY) is None
    assert url_date("https://www.velmar.example/2025/archive", not_after=_TODAY) is None
    assert url_date("https://www.velmar.example/news/2026/05/04/ferry", not_after=_TODAY) is None
    assert url_date("urn:velmar:ferry", not_after=_TODAY) is None
    assert url_date(None, not_after=_TODAY) is None


def test_a_record_takes_its_addresss_date_after_a_stamp_and_a_given_date() -> None:
    url = "https://www.velmar.example/news/2025/03/04/ferry"
    text = "The council voted to close the ferry pier."
    article = article_from_record({"title": "Pier closes", "text": text, "url": url})
    assert (article.published, article.published_source) == ("2025-03-04", "url")
    stamped = article_from_record(
        {"title": "Pier closes", "text": f"Published: March 2, 2025\n\n{text}", "url": url}
    )
    assert (stamped.published, stamped.published_source) == ("2025-03-02", "stamp")
    given = article_from_record(
        {"title": "Pier closes", "text": text, "url": url, "published": "2025-03-05"}
    )
    assert (given.published, given.published_source) == ("2025-03-05", "metadata")
