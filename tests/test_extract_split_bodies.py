"""An article body split into blocks of the same class reaches the text whole.

trafilatura takes the first block its body expressions match; a magazine that prints its
article in two ``article__body`` blocks around an advertisement row kept a third of its text.
"""

from __future__ import annotations

from newsbeat.extract.article import extract_article
from newsbeat.extract.split_bodies import joined_bodies

URL = "https://www.quaymonthly.example/story/ferry-town-budget"
FIRST = [
    "Kessa's council has approved a budget that spends more on the ferry than on roads for "
    "the first time, after a vote of seven to four on Thursday evening.",
    "The ferry will get 41 million crowns next year, said the council's treasurer, Pia Holm, "
    "up from 33 million this year.",
]
SECOND = [
    "Roads will get 38 million crowns, down from 40 million, and two bridge repairs will wait "
    "until the spring of next year, Holm said.",
    "Opposition members said the ferry plan leaves the northern villages without a safe road "
    "to the hospital in winter, when the crossing often closes.",
    "The council meets again in March to set the fares for the new timetable.",
]
BODY_CLASS = "grid-item body body__container article__body"


def _page(body_class: str = BODY_CLASS) -> str:
    def block(lines: list[str]) -> str:
        return f'<div class="{body_class}">' + "".join(f"<p>{p}</p>" for p in lines) + "</div>"

    return (
        "<html><head><title>Ferry town budget</title></head><body><main>"
        f'<div class="grid">{block(FIRST)}<aside class="rail"><div class="ad"></div></aside></div>'
        '<div class="row full-ad"><div class="ad"><span>Advertisement</span></div></div>'
        f'<div class="grid">{block(SECOND)}<aside class="rail"></aside></div>'
        "</main></body></html>"
    )


def test_the_later_blocks_of_a_split_body_reach_the_text() -> None:
    text = extract_article(_page(), url=URL).text
    assert text.split("\n\n") == FIRST + SECOND


def test_a_page_without_a_repeated_body_class_is_not_touched() -> None:
    page = _page().replace(BODY_CLASS, "story", 1)
    assert joined_bodies(page) is page


def test_a_class_that_only_ends_in_a_body_word_is_not_a_body() -> None:
    page = _page("fake-br-for-article-body")
    assert joined_bodies(page) is page


def test_the_tail_text_after_a_moved_block_stays_in_place() -> None:
    page = (
        '<html><body><div class="article-body"><p>One.</p></div>'
        '<div><div class="article-body"><p>Two.</p></div>Left here.</div></body></html>'
    )
    joined = joined_bodies(page)
    assert '<div class="article-body"><p>One.</p><div class="article-body"><p>Two.</p>' in joined
    assert "<div>Left here.</div>" in joined
