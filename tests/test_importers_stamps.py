"""The publication stamp under a copied article's headline dates an article that has no date."""

from __future__ import annotations

from datetime import date

import pytest

from newsbeat.extract.stamps import stamp_date
from newsbeat.importers.base import article_from_lines, fill_from_text
from newsbeat.importers.jsonl import article_from_record

_READ_ON = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Published: March 4, 2025", date(2025, 3, 4)),
        ("Posted: Thursday, January 9, 2025", date(2025, 1, 9)),
        ("MONDAY, FEBRUARY 17, 2025, 6:40 PM", date(2025, 2, 17)),
        ("Updated Tue 4 Feb 2025, 7:15am AEST", date(2025, 2, 4)),
        ("8:05am UK, Friday 14th February 2025", date(2025, 2, 14)),
        ("Last updated 15:48 21/02/2025", date(2025, 2, 21)),  # 21 can only be the day
        ("updated 11/23/2024 2:48:40 PM ET", date(2024, 11, 23)),
        ("6:00 AM PDT 3/3/2025", date(2025, 3, 3)),  # the same either way
        ("published: 2025-01-30 11:47:35", date(2025, 1, 30)),
        ("Story Created: Jan 7, 2025 at 9:56 AM AKDT", date(2025, 1, 7)),
        # the corpus copies' tokenised separators
        ("Updated 12 / 19 / 2024 2: 48 p. m. EST", date(2024, 12, 19)),
        ("published: 2025 - 01 - 30 11: 47: 35", date(2025, 1, 30)),
        # published, then updated: the first day
        ("on January 14, 2025 11:41am | Updated on January 15, 2025 8:02am", date(2025, 1, 14)),
        # a by-line on the stamp's line
        ("Published March 4, 2025 by Jane Okafor", date(2025, 3, 4)),
        ("By Jane Okafor | March 4, 2025", date(2025, 3, 4)),
        # a North American zone: the month comes first, and a two-digit year is read
        ("UPDATED 05/03/2025 at 11:00 AM EDT", date(2025, 5, 3)),
        ("Posted: 08 / 02 / 2025 11: 10 am EDT", date(2025, 8, 2)),
        ("11 / 30 / 24 05: 40 PM ET", date(2024, 11, 30)),
        ("POSTED: 04/02/25, 9:00 PM PDT", date(2025, 4, 2)),
        ("Originally published 02/01/2025 at 10:20 AM CST", date(2025, 2, 1)),
        ("Last updated 15:48 21/02/25", date(2025, 2, 21)),  # 21 can only be the day
        # Portuguese, Spanish and Korean stamps
        ("sexta-feira, 3 de janeiro de 2025 às 20:13", date(2025, 1, 3)),
        ("jueves, 2 de enero de 2025", date(2025, 1, 2)),
        ("Publicado em 14 de fevereiro de 2025", date(2025, 2, 14)),
        ("기사입력 :[ 2025-02-14 15:24 ]", date(2025, 2, 14)),
    ],
)
def test_a_stamp_line_gives_its_date(line: str, day: date) -> None:
    assert stamp_date(line, not_after=_READ_ON) == day


@pytest.mark.parametrize(
    "line",
    [
        "On March 4, 2025, the Velmar council voted to close the ferry pier.",  # news
        "The pier opened in 1957.",
        "Posted 1 year, 160 days ago [downloaded on 2 October 2025]",  # a saved copy's date
        "End of Watch: Friday, June 24, 2005",  # a memorial's date, not the article's
        "UPDATED 05/03/2025 at 11:00 AM",  # May 3 or 5 March: the page does not say
        "Posted 8 / 2 / 25 at 1: 30 PM",  # the same, with a two-digit year
        "UPDATED 05/03/2025 at 11:00 AM CET",  # a European zone settles nothing
        "11 / 30 / 27 05: 40 PM ET",  # 2027: after the article was read
        "El 2 de enero de 2025 el concejo de Velmar votó",  # news
        "Published: March 4, 2027",  # after the article was read
        "Published: March 4, 1957",  # older than any web page
        "Published: " + "March 4, 2025 " * 10,  # too long to be a stamp line
        "Tuesday at 9:15 AM",  # no date
        "March 4, 2025 by the council of Velmar",  # lower-case words are no by-line
        "By Jane Okafor, Staff Writer | March 4, 2025",  # a role: more than a stamp
    ],
)
def test_no_stamp(line: str) -> None:
    assert stamp_date(line, not_after=_READ_ON) is None


class _NoFileDates:
    location = "dump.txt"

    def file_dates(self) -> list[date]:
        return []


def test_a_dumps_stamp_dates_the_article_and_leaves_the_text() -> None:
    article = article_from_lines(
        "Velmar ferry pier to close",
        [
            "Published: February 17, 2025 6:40 PM",
            "",
            "The Velmar council voted on Monday to close the ferry pier for repairs.",
            "",
            "Work starts in April, the harbour master said.",
        ],
        source=_NoFileDates(),  # type: ignore[arg-type]
        position="article 1",
    )
    assert article is not None
    assert (article.published, article.published_source) == ("2025-02-17", "stamp")
    assert "Published" not in article.text
    assert article.standfirst is None  # the stamp is no standfirst
    assert article.text.startswith("The Velmar council voted")


def test_a_stamp_wins_over_a_datelines_guessed_year_and_the_dateline_names_the_outlet() -> None:
    article = article_from_record(
        {
            "title": "Ferry pier to close",
            "text": (
                "Posted: Monday, February 17, 2025\n\n"
                "VELMAR, Feb. 17 (CPW) - The council voted to close the ferry pier."
            ),
        }
    )
    fill_from_text(article, _NoFileDates())
    assert (article.published, article.published_source) == ("2025-02-17", "stamp")
    assert article.outlet == "Coastline Press Wire"


def test_a_records_given_date_is_kept_and_a_late_stamp_line_is_not_read() -> None:
    text = "Published: February 17, 2025\n\nThe council voted."
    dated = article_from_record({"title": "t", "text": text, "published": "2025-02-18"})
    assert (dated.published, dated.published_source) == ("2025-02-18", "metadata")
    late = "The council voted.\n\nWork starts soon.\n\nIt was agreed.\n\nFebruary 17, 2025"
    assert article_from_record({"title": "t", "text": late}).published is None  # a 4th line
    sentence = "On February 17, 2025, the council voted.\n\nWork starts soon."
    assert article_from_record({"title": "t", "text": sentence}).published is None
