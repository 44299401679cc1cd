"""A page dated by a stamp that dates something else takes its address's date.

MSN's copy of a CNN piece was dated by the deploy stamp in an attribute of its ``<head>``, four
days before the piece; its canonical address, CNN's, writes the right day.
"""

from __future__ import annotations

from datetime import date

from newsbeat.extract.article import ExtractOptions, extract_article
from newsbeat.extract.url_dates import address_date

URL = "https://www.portal.example/en-us/health/other/the-quilt-that-made-him-ill/ar-BX12"
CANONICAL = "https://www.harbourtimes.example/2025/11/18/health/quilt-lung-illness/index.html"
BODY = "".join(
    f"<p>{line}</p>"
    for line in (
        "A man in Velmar who coughed for a year was ill because of his feather quilt, his "
        "doctors wrote in a case study published on Monday.",
        "Pia Holm, who led the team at Velmar General, said the feathers had set off an "
        "allergic reaction that scarred the man's lungs over many months.",
        "He is well again after changing his bedding, the doctors said.",
    )
)
_READ_ON = date(2026, 3, 2)


def _page(canonical: str = CANONICAL) -> str:
    return (
        '<html><head data-info="v:20251119_1;az:{sn: prod, dt: 2025-11-14T19:49:29.77Z}">'
        f'<title>The quilt that made him ill</title><link rel="canonical" href="{canonical}">'
        f'<meta property="og:url" content="{URL}">'
        f"</head><body><article><h1>The quilt that made him ill</h1>{BODY}</article>"
        "</body></html>"
    )


def test_the_canonical_address_dates_a_page_dated_by_a_deploy_stamp() -> None:
    article = extract_article(_page(), url=URL)
    assert (article.published, article.published_source) == ("2025-11-18", "url")


def test_without_a_dated_address_the_page_date_stands() -> None:
    page = _page("https://www.harbourtimes.example/health/quilt-lung-illness/index.html")
    article = extract_article(page, url=URL)
    assert (article.published, article.published_source) == ("2025-11-14", "metadata")


def test_the_address_is_not_read_when_the_date_fallback_is_off() -> None:
    article = extract_article(_page(), url=URL, options=ExtractOptions(date_fallback=False))
    assert article.published_source != "url"


def test_a_day_apart_the_page_date_stands() -> None:
    # the address in the newsroom's time zone, the metadata in UTC
    assert address_date("2025-11-19T02:10:00+00:00", [CANONICAL], not_after=_READ_ON) is None
    assert address_date("2025-11-14", [CANONICAL], not_after=_READ_ON) == date(2025, 11, 18)


def test_no_date_found_takes_the_address_date_and_the_first_dated_address_counts() -> None:
    fetched = "https://www.portal.example/2025/11/20/copy"
    assert address_date(None, [None, fetched], not_after=_READ_ON) == date(2025, 11, 20)
    assert address_date(None, [CANONICAL, fetched], not_after=_READ_ON) == date(2025, 11, 18)


def test_an_address_after_the_reading_day_or_without_a_full_date_dates_nothing() -> None:
    assert address_date(None, ["https://www.x.example/2027/01/05/a"], not_after=_READ_ON) is None
    assert address_date(None, ["https://www.x.example/2025/11/a"], not_after=_READ_ON) is None
