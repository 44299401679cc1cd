"""An article printed inside a layout table is read as paragraphs, not as one table row."""

from __future__ import annotations

from newsbeat.extract.article import extract_article
from newsbeat.extract.layout_tables import unwrapped_layout_tables

URL = "http://www.kessawire.example/eng/news/4521/"
PARAGRAPHS = (
    "Kessa Wire - The ferry crews of Kessa ended their nine-day strike on Monday after the "
    "council agreed to pay for two more boats on the morning crossing, the union said.",
    "The crews had stopped work on March 3, the longest strike on the crossing since the "
    "service began in 1974, and about 4,000 commuters took the long road around the bay.",
    "The council will vote on the money for the boats on Friday, its clerk Jo Varga said, "
    "and the first of them could sail before the summer timetable starts.",
)
SIDEBAR = (
    "Top stories",
    "Velmar opens its new harbour library after six years of building work and delays.",
    "Lund Bay fishermen report the best herring catch in a decade, the guild says.",
)


def _page(data_table: str = "") -> str:
    body = "".join(f"<p>{line}</p>" for line in PARAGRAPHS)
    side = "".join(f"<div>{line}</div>" for line in SIDEBAR)
    return (
        "<html><head><title>Ferry strike in Kessa ends</title></head><body>"
        '<table width="100%"><tr valign="top"><td class="single_content">'
        '<h1 class="article_title">Ferry strike in Kessa ends</h1>'
        '<div class="article_date">March 12, 2026 - 11:28</div>'
        f'<div class="article_body">{body}{data_table}</div></td>'
        f'<td class="sidebar">{side}</td></tr></table></body></html>'
    )


def test_the_article_in_a_table_cell_is_read_as_paragraphs() -> None:
    article = extract_article(_page(), url=URL)
    assert article.text.split("\n\n")[:3] == list(PARAGRAPHS)
    assert "|" not in article.text
    assert "Top stories" not in article.text


def test_a_data_table_inside_the_article_stays_a_table() -> None:
    table = (
        "<table><tr><th>Boat</th><th>Seats</th></tr>"
        "<tr><td>Kessa I</td><td>120</td></tr><tr><td>Kessa II</td><td>140</td></tr></table>"
    )
    page = unwrapped_layout_tables(_page(table))
    assert page.count("<table") == 1
    assert "<td>Kessa I</td>" in page


def test_a_data_table_is_not_unwrapped() -> None:
    page = (
        "<html><body><p>The crossing's timetable for the spring, as the council printed it "
        "on Monday for the commuters of Kessa and Lund Bay.</p><table>"
        "<tr><td><p>Morning</p></td><td><p>07:10</p></td></tr>"
        "<tr><td><p>Evening</p></td><td><p>18:40</p></td></tr></table></body></html>"
    )
    assert unwrapped_layout_tables(page) == page
