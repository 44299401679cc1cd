"""A title-case dateline ("Indianapolis – Several thousand teachers …") is cut from the bullet
as enrich masks it (issue 12, summaries; reader16 found one leading a real page's summary).

Invented sentences; the place is a real city because only a place the gazetteer knows opens a
title-case dateline (a capitalised word and a dash also open ordinary lines).
"""

from __future__ import annotations

from newsbeat.compare.summarise import SummaryOptions, summarise_articles
from newsbeat.enrich.nlp import mask_datelines, title_dateline_end
from newsbeat.models import Article


def _first_bullet(text: str) -> str:
    article = Article(id=1, title="", outlet="Fjord Post", published="2026-04-02", text=text)
    return summarise_articles([article], {}, SummaryOptions(sentences=2))[0].text


def test_a_known_place_and_a_dash_open_no_bullet() -> None:
    bullet = _first_bullet(
        "Bergen – Several hundred dock workers marched to the harbour office on Tuesday to"
        " demand safer cranes.\n\nThe union said 14 cranes had failed inspections this year."
    )
    assert bullet.startswith("Several hundred dock workers marched"), bullet


def test_a_name_and_a_dash_stay() -> None:
    text = (
        "Lena Holm – the harbour master since 2019 – closed the quay on Tuesday after a crane fell."
    )
    assert title_dateline_end(text) == 0
    assert _first_bullet(text + "\n\nNo one was hurt, the port said.").startswith("Lena Holm –")


def test_enrich_masks_the_same_span() -> None:
    text = "Bergen – Several hundred dock workers marched on Tuesday."
    end = title_dateline_end(text)
    assert text[:end] == "Bergen – "
    assert mask_datelines(text) == " " * end + text[end:]
