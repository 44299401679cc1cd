"""Picture captions and links to the site's other stories leave the article's text.

trafilatura kept a review page's picture captions (the ``alt`` text printed again under each
image) and boxes of related-story headlines as paragraphs; a caption then gave a numeric claim.
"""

from __future__ import annotations

from newsbeat.extract.article import extract_article
from newsbeat.extract.captions import page_asides, without_asides

URL = "https://www.harbourtech.example/reviews/2026/04/02/quillbook-14-review"
BODY = [
    "The Quillbook 14 from Morrow Devices is the first laptop in its range with a keyboard "
    "that its owners will not want to replace after a year of daily typing.",
    "Morrow says the battery lasts 17 hours; in our tests it ran for 14 hours of web use, "
    "which is two more than last year's model managed on the same loop.",
    "The screen is brighter too, at 500 nits, and the speakers are louder than before.",
    "At 1,899 crowns it costs the same as the model it replaces, Morrow said on Tuesday.",
]


def _picture(alt: str) -> str:
    return (
        f'<div align="center"><div class="article-img"><img src="/p/1.jpg" alt="{alt}"></div>'
        f'<br><span class="minor small gray">{alt}</span></div>'
    )


def _page(*, between: str = "", after: str = "", headings: str = "") -> str:
    body = "".join(f"<p>{text}</p>" + (between if i == 1 else "") for i, text in enumerate(BODY))
    return (
        "<html><head><title>Quillbook 14 review</title></head><body><article>"
        f"<h1>Quillbook 14 review</h1>{headings}<div class='body'>{body}{after}</div>"
        "</article></body></html>"
    )


def _paragraphs(page: str) -> list[str]:
    return extract_article(page, url=URL).text.split("\n\n")


def test_a_picture_caption_printed_under_the_image_leaves_the_text() -> None:
    page = _page(between=_picture("The 14-inch Quillbook has a 500-nit screen"))
    paragraphs = _paragraphs(page)
    assert "The 14-inch Quillbook has a 500-nit screen" not in paragraphs
    assert paragraphs == BODY


def test_a_figcaption_and_a_caption_classed_element_are_captions() -> None:
    page = (
        "<figure><img src='/p/2.jpg'><figcaption>Morrow's stand at the fair</figcaption></figure>"
        "<p class='image-caption'>The old model, left, beside the new one</p>"
    )
    asides = page_asides(page, URL)
    kept = without_asides(
        ["Morrow's stand at the fair", "The old model, left, beside the new one", BODY[0]],
        asides,
    )
    assert kept == [BODY[0]]


def test_a_section_heading_that_is_also_an_alt_text_stays() -> None:
    page = "<h2>Battery life</h2><img src='/p/3.jpg' alt='Battery life'>"
    assert without_asides(["Battery life", BODY[1]], page_asides(page, URL)) == [
        "Battery life",
        BODY[1],
    ]


def test_a_body_sentence_that_mentions_the_caption_stays() -> None:
    page = _picture("The Quillbook 14")
    sentence = "The Quillbook 14 is lighter than the model it replaces."
    assert without_asides([sentence], page_asides(page, URL)) == [sentence]


def test_related_story_headlines_linked_on_the_same_site_leave_the_text() -> None:
    related = (
        "<p><strong><a href='https://www.harbourtech.example/news/2026/03/30/morrow-profits'>"
        "MORROW DEVICES SAYS PROFITS DOUBLED IN THE LAST QUARTER</a></strong></p>"
    )
    more = (
        "<p>You may also like</p><ul>"
        "<li><a href='/reviews/2026/01/12/slate-9-review'>Slate 9 review: a tablet that "
        "finally lasts a whole day</a></li></ul>"
    )
    paragraphs = _paragraphs(_page(between=related, after=more))
    assert not any("PROFITS DOUBLED" in p or "Slate 9 review" in p for p in paragraphs)
    assert all(text in paragraphs for text in BODY)


def test_links_to_other_sites_short_links_and_linked_headlines_stay() -> None:
    page = (
        "<p><a href='https://shop.example/item/77'>Morrow 65W USB-C Travel Charger Kit</a></p>"
        "<p><a href='/tags/laptops'>Laptops and tablets</a></p>"
        "<p><a href='/'>Visit our home page for more of our stories</a></p>"
        "<h1><a href='/news/2026/04/01/quillbook'>Morrow unveils the Quillbook 14 laptop</a></h1>"
    )
    lines = [
        "Morrow 65W USB-C Travel Charger Kit",  # another site: a shop list's item
        "Laptops and tablets",  # shorter than MIN_LINK_WORDS
        "Visit our home page for more of our stories",  # the home page
        "Morrow unveils the Quillbook 14 laptop",  # a linked h1: the page's own headline
    ]
    assert without_asides(lines, page_asides(page, URL)) == lines


def test_without_the_page_address_only_relative_links_count() -> None:
    page = (
        "<a href='https://www.harbourtech.example/news/a'>Morrow opens a new plant in Velmar</a>"
        "<a href='/news/b'>Morrow closes its old plant in Kessa</a>"
    )
    asides = page_asides(page)
    assert without_asides(
        ["Morrow opens a new plant in Velmar", "Morrow closes its old plant in Kessa"], asides
    ) == ["Morrow opens a new plant in Velmar"]


def test_nothing_is_left_empty() -> None:
    page = "<a href='/news/c'>Morrow names a new chief executive today</a>"
    lines = ["Morrow names a new chief executive today"]
    assert without_asides(lines, page_asides(page, URL)) == lines


def test_a_list_of_partly_linked_related_stories_leaves_the_text() -> None:
    items = [
        ("Ferry crews vote to strike, ", "and what it means for you"),
        ("The harbour's new cranes ", "are taller than the church"),
        ("Why Velmar fishermen are ", "selling their boats this year"),
    ]
    related = (
        "<ul>"
        + "".join(
            f"<li>{lead}<a href='/story/{n}'>{linked}</a></li>"
            for n, (lead, linked) in enumerate(items)
        )
        + "</ul>"
    )
    paragraphs = _paragraphs(_page(after=related))
    assert paragraphs == BODY


def test_a_body_sentence_with_a_tag_link_inside_is_not_a_list_item() -> None:
    page = (
        "<a href='/tag/quay-singers'>the Quay Singers</a>"
        "<a href='/story/1'>Ten facts about the quay and its cost</a>"
        "<a href='/story/2'>Kessa elects a new harbour master today</a>"
    )
    lines = [
        "A century on, the Quay Singers still tour every spring.",
        "Ten facts about the quay and its cost",
        "Kessa elects a new harbour master today",
        BODY[0],
    ]
    kept = without_asides(lines, page_asides(page, URL))
    assert kept == [lines[0], BODY[0]]


def test_two_linked_items_are_not_a_list() -> None:
    page = "<a href='/story/1'>harbour fees</a><a href='/story/2'>quay works</a>"
    lines = ["Kessa raised its harbour fees", "Velmar delays its quay works"]
    assert without_asides(lines, page_asides(page, URL)) == lines


def test_a_link_to_the_page_itself_is_not_another_story() -> None:
    page = f"<a href='{URL}'>Quillbook 14 review: the keyboard is back</a>"
    lines = ["Quillbook 14 review: the keyboard is back", BODY[0]]
    assert without_asides(lines, page_asides(page, URL)) == lines
