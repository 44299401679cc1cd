"""A page's headline, labels, stamps and own address do not open the article's text.

trafilatura keeps heading elements as paragraphs; on real pages the extracted text often
opened with the ``<h1>`` headline (worded unlike ``<title>``), the sub-headline ("deck") or a
publication stamp, and the summaries then cited the desk's standfirst as the story's lead.
"""

from __future__ import annotations

import pytest

from newsbeat.extract.article import extract_article
from newsbeat.extract.headings import lead_headings, split_headings, without_own_address

URL = "https://www.northledger.example/city/2026/03/09/ferry-fares"
DESCRIPTION = "Fares on the Kessa ferry rise by a fifth from April, the operator said."
BODY = (
    "<p>Fares on the ferry between Kessa and Velmar will rise by 20 percent on April 1, the "
    "operator Strait Lines said on Monday, the first rise since 2019.</p>\n"
    "<p>A single crossing will cost 12 crowns instead of 10, said Mira Dahl, who runs the "
    "company's timetable office in Kessa.</p>\n"
    "<p>Commuters with a monthly pass will pay 240 crowns, up from 200, she said.</p>\n"
)


def _page(top: str, *, title: str = "Ferry fares to rise | North Ledger", body: str = BODY) -> str:
    return (
        f"<html><head><title>{title}</title>"
        f'<meta name="description" content="{DESCRIPTION}">'
        f'<link rel="canonical" href="{URL}"></head><body><article>{top}'
        f'<div class="story-body">{body}</div></article></body></html>'
    )


def _first(article_text: str) -> str:
    return article_text.split("\n\n")[0]


@pytest.mark.parametrize(
    "top",
    [
        "<h1>Kessa ferry fares will rise by a fifth in April</h1>",  # worded unlike <title>
        "<h1>Ferry fares to rise</h1>",  # the title less the outlet's name
        "<h3 class='promo-title'>Harbour Week 2026</h3>",  # a label above the story
    ],
)
def test_a_leading_heading_leaves_the_text(top: str) -> None:
    article = extract_article(_page(top), url=URL)
    assert _first(article.text).startswith("Fares on the ferry between Kessa")


@pytest.mark.parametrize(
    "top",
    [
        "<h2 class='article__deck'>Commuters will pay a fifth more from April.</h2>",
        "<h2 class='sub-headline'>Commuters will pay a fifth more from April.</h2>",
        "<p class='standfirst'>Commuters will pay a fifth more from April.</p>",
    ],
)
def test_a_marked_standfirst_stays_first_after_the_headline_leaves(top: str) -> None:
    # See split_headings: the story matcher is not yet measured with standfirsts moved out.
    article = extract_article(_page("<h1>Kessa ferry fares will rise in April</h1>" + top), url=URL)
    assert _first(article.text) == "Commuters will pay a fifth more from April."


def test_a_heading_that_is_the_description_stays() -> None:
    article = extract_article(_page(f"<h3>{DESCRIPTION}</h3>"), url=URL)
    assert _first(article.text) == DESCRIPTION


def test_a_heading_inside_the_body_stays() -> None:
    body = BODY.replace("<p>Commuters", "<h2>Passes</h2>\n<p>Commuters", 1)
    article = extract_article(_page("", body=body), url=URL)
    assert "\n\nPasses\n\n" in article.text


def test_the_text_is_never_emptied() -> None:
    page = lead_headings("<h1>Only a headline</h1>", None)
    assert split_headings(["Only a headline"], page) == ["Only a headline"]


def test_the_pages_own_address_leaves_and_other_links_stay() -> None:
    paragraphs = [
        "Fares rise.",
        "https://northledger.example/city/2026/03/09/ferry-fares/",
        "https://www.strait-lines.example/fares",
    ]
    kept = without_own_address(paragraphs, {URL})
    assert kept == ["Fares rise.", "https://www.strait-lines.example/fares"]


def test_the_headline_under_the_pages_own_address_leaves_too() -> None:
    top = f"<p><span>{URL}</span></p><h1>Kessa ferry fares will rise by a fifth in April</h1>"
    article = extract_article(_page(top), url=URL)
    assert _first(article.text).startswith("Fares on the ferry between Kessa")


def test_a_label_above_the_headline_leaves_with_it() -> None:
    top = (
        "<div><span class='kind'>Review</span></div><h1>Kessa ferry fares will rise by a fifth</h1>"
    )
    article = extract_article(_page(top), url=URL)
    assert _first(article.text).startswith("Fares on the ferry between Kessa")


def test_a_short_line_above_a_body_paragraph_stays() -> None:
    page = lead_headings("<h1>Ferry fares to rise</h1>", None)
    lines = ["Passes", "Commuters will pay more.", "Fares rise in April."]
    assert split_headings(lines, page) == lines


def test_a_publication_stamp_leaves_the_text() -> None:
    top = "<h1>Ferry fares to rise</h1><p>UPDATED: Mon., Mar. 9, 2026</p>"
    article = extract_article(_page(top), url=URL)
    assert "UPDATED" not in article.text


def test_a_description_that_is_the_lead_in_other_marks_is_no_standfirst() -> None:
    # Wire pages describe themselves with their lead, straight quotes and cut with "...".
    lead = "“We will not raise fares again this year,” Mira Dahl of Strait Lines said on Monday."
    body = f"<p>{lead}</p>\n" + BODY
    page = _page("", body=body).replace(
        DESCRIPTION,
        "&quot;We will not raise fares again this year,&quot; Mira Dahl of Strait Li...",
    )
    assert extract_article(page, url=URL).standfirst is None


def test_a_description_that_says_something_else_is_the_standfirst() -> None:
    assert extract_article(_page(""), url=URL).standfirst == DESCRIPTION
