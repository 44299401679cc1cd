"""The site's copyright notice printed after the article's own leaves; a single one stays."""

from __future__ import annotations

from newsbeat.extract.article import extract_article
from newsbeat.extract.repeated_notices import is_copyright_notice, without_repeated_notice

LEAD = "The ferry crews of Kessa ended their strike on Monday after nine days, the union said."
OWN = "© 2026 Coastline Press Wire. All rights reserved."
SITE = "Copyright © Harbourmedia.example. All rights reserved"


def test_a_second_notice_at_the_end_leaves() -> None:
    assert without_repeated_notice([LEAD, "Jo Varga, columnist", OWN, SITE]) == [
        LEAD,
        "Jo Varga, columnist",
        OWN,
    ]


def test_a_single_notice_stays() -> None:
    assert without_repeated_notice([LEAD, OWN]) == [LEAD, OWN]
    assert without_repeated_notice([OWN, LEAD, "More below.", "And more.", SITE]) == [
        OWN,
        LEAD,
        "More below.",
        "And more.",
        SITE,
    ]


def test_a_sentence_about_copyright_is_no_notice() -> None:
    sentence = (
        "The court ruled on Monday that the copyright of the ferry company's timetable, which "
        "the council had printed for years without asking, belongs to the company and not to "
        "the town of Kessa, a decision both sides said they would study before deciding on an "
        "appeal."
    )
    assert not is_copyright_notice(sentence)
    assert without_repeated_notice([LEAD, OWN, sentence]) == [LEAD, OWN, sentence]


def test_the_page_drops_the_footers_notice() -> None:
    body = "".join(
        f"<p>{line}</p>"
        for line in (
            LEAD,
            "The crews had stopped work for nine days, the longest strike on the crossing "
            "since the service began in 1974.",
            "The council will vote on the money for two more boats on Friday.",
            OWN,
        )
    )
    page = (
        "<html><head><title>Kessa ferry strike ends</title></head><body>"
        f'<div id="content"><h1>Kessa ferry strike ends</h1>{body}'
        f"<div>{SITE}</div></div></body></html>"
    )
    text = extract_article(page, url="https://harbourmedia.example/news/1").text
    assert text.endswith(OWN)
