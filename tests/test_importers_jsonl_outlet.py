"""The outlet of a JSON Lines record that names none: its own address first, then its text."""

from __future__ import annotations

import pytest

from newsbeat.importers.jsonl import article_from_record

_TEXT = "ARDEN, May 4 (Reuters) - The harbour board of Arden approved the new ferry terminal."


@pytest.mark.parametrize(
    ("record", "outlet"),
    [
        # a site the domain file names
        ({"url": "https://www.reuters.com/world/arden-ferry-2026-05-04/"}, "Reuters"),
        # any other site: its registrable domain, as for a fetched page without a site name
        ({"url": "https://news.arden-herald.co.uk/ferry?utm_source=rss"}, "arden-herald.co.uk"),
        # the canonical address is the article's own
        (
            {
                "url": "https://portal.example.net/r/123",
                "canonical_url": "https://www.apnews.com/article/ferry",
            },
            "Associated Press",
        ),
        # an outlet given in the record is kept
        ({"url": "https://www.reuters.com/x", "outlet": "Arden Herald"}, "Arden Herald"),
        # no http(s) address: the record is not given a site
        ({"url": "urn:example:ferry"}, None),
    ],
)
def test_record_outlet_comes_from_its_address(record: dict[str, str], outlet: str | None) -> None:
    article = article_from_record({"title": "Ferry terminal approved", "text": _TEXT, **record})
    assert article.outlet == outlet


def test_a_records_junk_lines_do_not_reach_the_text() -> None:
    # a scraper's record keeps the page's furniture: the same list as the other importers
    text = (
        "The harbour board of Arden approved the new ferry terminal.\n\n"
        "Recommended Stories\n\n"
        "Harbour News Flash top headlines for May 4 are here. Check out what's clicking"
        " today in news.\n\n"
        "Work starts in June, the board said."
    )
    article = article_from_record({"title": "Ferry terminal approved", "text": text})
    assert article.text == (
        "The harbour board of Arden approved the new ferry terminal.\n\n"
        "Work starts in June, the board said."
    )
    clean = "The board approved it.\n\n\n\nWork starts in June."
    assert article_from_record({"title": "t", "text": clean}).text == clean  # kept as written
    with pytest.raises(ValueError, match="page furniture"):
        article_from_record({"title": "t", "text": "Recommended Stories\n\nAdvertisement"})
