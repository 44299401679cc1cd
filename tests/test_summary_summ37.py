"""Summary openers that are not the point, list articles and fact checks without their rating
(issue 12, summ37; read37 found a colon dateline before an activity's hook, one gadget's
blurb for a year's best gadgets, and a fact check's claim printed as fact). Invented text; the
dateline's place is a real city because only a place the gazetteer knows opens one."""

from __future__ import annotations

import pytest

from newsbeat.compare import summary_candidates
from newsbeat.compare.summarise import SummaryOptions, summarise_articles
from newsbeat.compare.summary_openers import (
    activity_hook,
    colon_dateline_end,
    first_person_opening,
    list_title,
    past_decade_opening,
)
from newsbeat.enrich.fact_checks import checked_claim_spans
from newsbeat.models import Article


def _bullets(text: str, title: str = "") -> list[str]:
    article = Article(id=1, title=title, outlet="Fjord Post", published="2026-04-02", text=text)
    return [s.text for s in summarise_articles([article], {}, SummaryOptions(sentences=2))]


HOOK = (
    "Oslo, Norway: Crossing the strait by ferry, while never cheap, has been done for years."
    " Crossing it in winter, however, has not.\n\n"
    "The Kittby harbour board on Monday hired two shipyards, Vell Marine and Brask Docks, to"
    " build ice-class ferries for the route by 2028.\n\n"
    "The board said the first hull would be laid in March."
)


def test_an_activitys_hook_behind_a_colon_dateline_leads_no_summary() -> None:
    bullets = _bullets(HOOK)
    assert bullets and bullets[0].startswith("The Kittby harbour board on Monday"), bullets
    assert not any("Crossing the strait" in b for b in bullets), bullets


def test_without_the_rule_the_hook_leads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(summary_candidates, "activity_hook", lambda *_: False)
    assert "Crossing the strait" in _bullets(HOOK)[0]


def test_a_colon_dateline_is_read_past_but_kept_in_the_bullet() -> None:
    text = "Oslo, Norway: Their savings gone, 40 dock workers were laid off on Monday in Kittby."
    assert colon_dateline_end(text) == len("Oslo, Norway: ")
    assert _bullets(text) == [text]  # cut, the bullet would open on "Their" and be dropped


@pytest.mark.parametrize(
    "text",
    [
        "Update: The Kittby harbour board hired two shipyards on Monday.",  # no place
        "Lena Holm: the harbour master who closed the quay.",  # a name, not a place
    ],
)
def test_a_colon_after_no_known_place_opens_no_dateline(text: str) -> None:
    assert colon_dateline_end(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        # something told: a date, a figure, someone's words
        "Getting to the quay on Monday is hard, the board said.",
        "Running a ferry across the strait has been done 40 times this winter.",
        # a place or a name before the verb
        "Reading to the north is the next stop.",
        # no characterising verb: an event
        "Getting to the quay, the crew found the gate locked.",
    ],
)
def test_guards_of_the_activity_hook(text: str) -> None:
    assert not activity_hook(text)


def test_a_gerund_named_in_the_article_is_no_hook() -> None:
    assert activity_hook("Sailing to the islands is slow.")
    assert not activity_hook("Sailing to the islands is slow.", names=["Sailing Club"])


LIST = (
    "This year we saw Vell make kettles quieter and Brask bring back the toaster.\n\n"
    "Vell Kettle Pro for $35\n\n"
    "Since the Vell Kettle first launched in 2021, buyers have been asking for a quieter boil."
    " Vell finally delivered it with the new Kettle Pro.\n\n"
    "Brask Toaster for $49\n\n"
    "The Brask Toaster browns four slices at once."
)


def test_a_list_article_gets_no_items_blurb() -> None:
    assert _bullets(LIST, title="Best kitchen gadgets of 2025") == []


def test_without_the_list_title_the_blurb_is_chosen() -> None:
    assert _bullets(LIST, title="Kitchen gadgets") != []


def test_a_list_articles_intro_before_its_first_item_may_be_chosen() -> None:
    text = (
        "Vell kettles were cut to $29 at Kittby stores on Monday, the lowest price this year.\n\n"
        "Vell Kettle Pro for $35\n\nThe Vell Kettle Pro boils a litre in 40 seconds."
    )
    bullets = _bullets(text, title="The 10 best kettle deals")
    assert bullets == [
        "Vell kettles were cut to $29 at Kittby stores on Monday, the lowest price this year."
    ], bullets


@pytest.mark.parametrize(
    ("title", "listed"),
    [
        ("Best kitchen gadgets of 2025", True),
        ("The 10 best ferries", True),
        ("Top 5 harbours to visit", True),
        ("Best Buy shares fall after a weak quarter", False),
        ("Kittby named best harbour of 2025 by the board", False),
        ("Top court rejects Holm appeal", False),
    ],
)
def test_list_titles(title: str, listed: bool) -> None:
    assert list_title(title) is listed


CHECK = (
    "A rumour about the former harbour master spread online in March.\n\n"
    "Claim\n\nFormer harbour master Lena Holm has a net worth of $17 million.\n\n"
    "Origin\n\nOn March 3, Holm testified before the Kittby council about the ferry"
    " contracts.\n\nWe found no evidence for those posts."
)


def test_a_fact_check_without_its_rating_heading_still_boxes_the_claim() -> None:
    assert [CHECK[s:e] for s, e in checked_claim_spans(CHECK)] == [
        "Former harbour master Lena Holm has a net worth of $17 million."
    ]
    bullets = _bullets(CHECK)
    assert bullets and not any("net worth" in b for b in bullets), bullets


@pytest.mark.parametrize(
    "text",
    [
        # "Origin:" with its value is a field, not a heading
        "Claim\n\nThe Vell kettle boils in 40 seconds.\n\nOrigin: Kittby\n\nIt sold out.",
        # an "Origin" heading without a "Claim" one
        "Origin\n\nThe Vell kettle was designed in Kittby in 2021.",
    ],
)
def test_origin_alone_or_as_a_field_makes_no_fact_check(text: str) -> None:
    assert checked_claim_spans(text) == []


def _other_language(language: str, text: str) -> list[str]:
    article = Article(
        id=1,
        title="Lornfeld",
        text=text,
        outlet="Lornfelder Bote",
        published="2026-05-04",
        language=language,
    )
    return [s.text for s in summarise_articles([article])]


def test_an_opening_in_the_writers_first_person_is_no_bullet() -> None:
    text = (
        "Wir hoffen, dass alle Leser die Regeln des Hafens verstehen und befolgen.\n\n"
        "Seid nicht zu streng mit euch selbst."
    )
    assert _other_language("de", text) == []


def test_without_the_rule_the_writers_line_is_the_bullet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(summary_candidates, "first_person_opening", lambda *_: False)
    assert _other_language("de", "Wir hoffen, dass alle Leser die Regeln des Hafens verstehen.")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a possessive is common in news ("in our country")
        ("В нашей стране открылся новый порт в Лорнфельде.", "ru"),
        # a quote's first person is its speaker's
        ("„Wir bauen die Brücke neu“, sagte Bürgermeisterin Lena Holm am Montag.", "de"),
        # English is read by the English rules
        ("We hope readers follow the harbour rules.", "en"),
    ],
)
def test_guards_of_the_first_person_opening(text: str, language: str) -> None:
    assert not first_person_opening(text, language)


def test_a_news_opening_in_another_language_stays() -> None:
    text = "Die Stadt Lornfeld sperrt die alte Kessabrücke ab Montag für Autos."
    assert _other_language("de-DE", text) == [text]


def test_an_opening_set_in_a_past_decade_is_no_bullet() -> None:
    text = (
        "In den achtziger Jahren wurde die Sängerin Ina Vell in ganz Europa bekannt.\n\n"
        "Heute, mit 61, fürchtet sie das Altern."
    )
    assert _other_language("de", text) == []


def test_without_the_rule_the_decade_opening_is_the_bullet(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(summary_candidates, "past_decade_opening", lambda *_: False)
    text = "In den achtziger Jahren wurde die Sängerin Ina Vell in ganz Europa bekannt."
    assert _other_language("de", text) == [text]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Stadt sperrt ab Montag 80 Brücken in Lornfeld.", "de"),  # a count, no decade
        ("Lornfeld baut die Kessabrücke bis 2030 neu.", "de"),  # a year to come
        ("La ciudad cerró 60 calles el lunes.", "es"),
    ],
)
def test_guards_of_the_past_decade_opening(text: str, language: str) -> None:
    assert not past_decade_opening(text, language)
