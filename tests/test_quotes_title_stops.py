"""Title and road abbreviations with their stop are one token, and a rank before a name ends no
sentence (read29: "said Bloomington Police Sgt." / "Marty Earley." gave the speaker as the
title; "…, Const." / "Fanning said." lost the quote; "near 97th Ave." / "about 7 p.m., police
said." lost it too). Invented articles with fictional names; each rule case fails without the
rule, the guards pass on both."""

from __future__ import annotations

from tests._quotes import quote, quotes

from newsbeat.enrich.nlp import load_pipeline


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load_pipeline("en_core_web_sm")(text).sents]


def test_a_sergeant_after_said_is_no_speaker_his_name_is() -> None:
    text = (
        "A van struck a cyclist on Orchard Street on Monday.\n"
        "The driver did not stop and drove on for two blocks, said Velmar Police Sgt. Dana"
        " Orlov.\n"
    )
    assert quote(text, "driver did not stop", kind="indirect").speaker == "Dana Orlov"


def test_a_constable_before_a_surname_keeps_the_sentence_whole() -> None:
    text = (
        "A gunman entered the Harlow Foods office on Friday.\n"
        "Officers were called immediately and surrounded the building, Const. Tim Varga said.\n"
    )
    assert any("Tim Varga said" in s for s in _sentences(text)), _sentences(text)
    assert quote(text, "surrounded the building", kind="indirect").speaker == "Tim Varga"


def test_an_avenue_ends_no_sentence_before_the_source() -> None:
    text = (
        "Mira Lund, 61, had just parked her car and was walking to the market when she was"
        " struck by a grey sedan heading north on 40th St. near 12th Ave. about 7 p.m.,"
        " police said.\n"
    )
    assert quote(text, "had just parked", kind="indirect").speaker is not None


def test_an_avenue_still_ends_a_sentence_before_a_new_one() -> None:
    assert _sentences("She lives on Fifth Ave. The shop opened in May.") == [
        "She lives on Fifth Ave.",
        "The shop opened in May.",
    ]


def test_a_detective_sergeant_opening_the_sentence_is_still_no_speaker() -> None:
    text = "Det. Sgt. Ola Brin said the man was arrested at his home on Tuesday.\n"
    found = [q for q in quotes(text) if q.kind == "indirect"]
    assert [q.speaker for q in found] == ["Ola Brin"]
