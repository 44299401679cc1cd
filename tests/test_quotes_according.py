"""Reported speech told by "according to X" (read30d M-a): the rest of the sentence is X's
words when X is a named person or organisation and the phrase opens or ends the sentence.
Invented articles with fictional names; each rule case fails without the rule, each guard case
fails with its guard taken out."""

from __future__ import annotations

import pytest
from tests._quotes import quote, quotes


def test_according_to_a_named_body_at_the_end_is_its_indirect_quote() -> None:
    text = (
        "Linebacker Tom Harlow was arrested on suspicion of drunken driving near the stadium"
        " on Sunday, according to the Nevada Highway Patrol.\n"
    )
    found = quote(text, "was arrested on suspicion", kind="indirect")
    assert found.speaker == "Nevada Highway Patrol"
    assert found.text.endswith("on Sunday")  # the phrase and the stop are not the words


def test_according_to_a_named_person_at_the_start_is_his_indirect_quote() -> None:
    text = (
        "According to Sheriff Dale Pruett, the driver had been followed for ten miles before"
        " he stopped.\n"
    )
    found = quote(text, "had been followed", kind="indirect")
    assert found.speaker == "Dale Pruett"
    assert found.text.startswith("the driver")


@pytest.mark.parametrize(
    "text",
    [
        # a document, not a speaker
        "According to court records, Harlow has two earlier convictions for speeding.\n",
        "His blood-alcohol level was twice the legal limit, according to the charges.\n",
        # "figures from X": the figures tell it, and the parse hangs X off them
        "The show drew 12 million viewers, a drop of a fifth, according to figures from the"
        " Varden Research Institute.\n",
        # inside the sentence: which half the phrase tells is the parse's guess
        "Harlow has reportedly agreed to a plea deal, according to Dale Pruett, and is working"
        " out the details with his lawyers.\n",
        # an organisation whose name says no body and that is no known company: an outlet
        "According to Vellum Weekly, the actress has left the clinic and moved to a smaller"
        " one near the coast.\n",
        # two tellers: the words are not one's
        "The flaw lets an attacker take over a computer, according to Dana Whitlow and"
        " several security firms.\n",
        # the phrase's apposition is no part of the words
        "According to MyVelo, the largest IT website in Norland, the problem was attributed"
        " to downtime at the cable company.\n",
    ],
    ids=[
        "records",
        "charges",
        "figures-from",
        "mid-sentence",
        "no-body-word",
        "two-tellers",
        "apposition",
    ],
)
def test_according_to_what_names_no_speaker_gives_no_quote(text: str) -> None:
    # an outlet (the medium, no speaker) and "according to authorities" (the body as "police
    # said" gives it) are quotes since quotes34: tests/test_quotes_unnamed_tellers.py
    assert not [q for q in quotes(text) if q.kind == "indirect"], quotes(text)


def test_a_sentence_with_a_direct_quote_is_left_to_the_direct_quote_rules() -> None:
    text = (
        'The suspect was "calm and polite" when deputies found him, according to Sheriff'
        " Dale Pruett.\n"
    )
    assert not [q for q in quotes(text) if q.kind == "indirect"], quotes(text)


def test_according_to_a_body_named_as_one_is_its_indirect_quote() -> None:
    text = (
        "According to the Norland Elections Commission, the turnout was higher than in any"
        " vote since 1990.\n"
    )
    found = quote(text, "turnout was higher", kind="indirect")
    assert found.speaker == "Norland Elections Commission"
