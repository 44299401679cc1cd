"""A hover card hung on a name inside a paragraph is not the paragraph's text."""

from __future__ import annotations

import pytest

from newsbeat.extract.article import extract_article

URL = "https://www.capitolwire.example/news/4711-velmar-man-pleads-guilty"
REST = [
    "The man, 52, faces up to ten years in prison when he is sentenced in June, the "
    "prosecutor's office in Velmar said in a statement on Monday.",
    "His lawyer said he regretted the calls and had sought treatment since his arrest.",
]


def _card(name: str, card_class: str) -> str:
    return (
        f'<span class="people-link"><a href="/people/{name.lower().replace(" ", "-")}">{name}</a>'
        f'<span class="{card_class}"><img src="/p.jpg" alt=""><a href="/people/x">{name}</a>'
        '<a href="/news/4702-budget">Budget talks stall over ferry subsidy | Council votes '
        "on pier</a></span></span>"
    )


@pytest.mark.parametrize(
    "card_class", ["rollover-people-block", "profile-hovercard", "tooltiptext"]
)
def test_the_card_leaves_and_the_name_stays(card_class: str) -> None:
    lead = (
        "A Velmar man pleaded guilty to charges he threatened to kill Rep. "
        f"{_card('Jo Varga', card_class)} (D-Kessa), the prosecutor's office said."
    )
    page = (
        "<html><head><title>Velmar man pleads guilty</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in [lead, *REST])
        + "</article></body></html>"
    )
    first = extract_article(page, url=URL).text.split("\n\n")[0]
    assert first == (
        "A Velmar man pleaded guilty to charges he threatened to kill Rep. Jo Varga (D-Kessa), "
        "the prosecutor's office said."
    )
