"""A paragraph listing the page's own tags leaves; a heading worded like a tag stays."""

from __future__ import annotations

from newsbeat.extract.article import extract_article
from newsbeat.extract.tag_lines import page_tags, without_tag_lines

KEYWORDS = "ferry strike, kessa harbour, lund bay ferries, council vote, harbour unions"
TAG_LINE = "ferry strike, kessa harbour, lund bay ferries, council vote, harbour unions, "
PARAGRAPHS = [
    "The ferry crews of Kessa ended their strike on Monday after nine days, the union said.",
    "The council will vote on the money for two more boats on Friday, its clerk said.",
]


def test_page_tags_read_keywords_and_tag_links() -> None:
    page = (
        f'<html><head><meta name="keywords" content="{KEYWORDS}"></head><body>'
        '<a href="/tag/velmar" rel="tag">Velmar</a></body></html>'
    )
    assert page_tags(page) == {
        "ferry strike",
        "kessa harbour",
        "lund bay ferries",
        "council vote",
        "harbour unions",
        "velmar",
    }


def test_a_list_of_three_tags_or_more_leaves() -> None:
    page = f'<meta name="keywords" content="{KEYWORDS}">'
    assert without_tag_lines([*PARAGRAPHS, TAG_LINE], page) == PARAGRAPHS


def test_one_or_two_tags_or_an_untagged_item_stay() -> None:
    page = f'<meta name="keywords" content="{KEYWORDS}">'
    kept = [*PARAGRAPHS, "Council vote", "ferry strike, kessa harbour, the mayor's reply"]
    assert without_tag_lines(kept, page) == kept


def test_the_page_drops_its_tag_line() -> None:
    body = "".join(f"<p>{line}</p>" for line in [*PARAGRAPHS, TAG_LINE])
    page = (
        f'<html><head><title>Kessa ferry strike ends</title><meta name="keywords" '
        f'content="{KEYWORDS}"></head><body><article><h1>Kessa ferry strike ends</h1>{body}'
        "</article></body></html>"
    )
    article = extract_article(page, url="https://ledger.example/kessa")
    assert article.text == "\n\n".join(PARAGRAPHS)
