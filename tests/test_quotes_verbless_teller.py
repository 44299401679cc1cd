"""A quote whose paragraph closes with the speaker's name and post but no verb ('"…," Name,
head of X.', ``quote_verbless``). Every sentence is invented."""

from __future__ import annotations

from tests._quotes import quote, quotes

_BEFORE = "Fishing boats were seized off the coast of Kessel on Monday.\n"


def test_a_name_and_post_closing_the_paragraph_give_the_speaker() -> None:
    text = (
        _BEFORE + '"The crews are safe and the owners have been told," Halvard Okonjo, '
        "head of the Coastal Watch Programme in Kessel.\n"
        "The navy declined to comment.\n"
    )
    assert quote(text, "crews are safe").speaker == "Halvard Okonjo"


def test_a_spokeswoman_for_a_body_is_a_post_too() -> None:
    text = (
        _BEFORE + '"The crews are safe and the owners have been told," Mirela Dovan, '
        "a spokeswoman for the harbour authority.\n"
    )
    assert quote(text, "crews are safe").speaker == "Mirela Dovan"


def test_a_works_credit_names_no_speaker() -> None:
    # Guard: a title, its artist and the medium: no post after the name.
    text = (
        "The museum reopened its north wing on Monday.\n"
        '"Evening over the old harbour," Mira Sallinen, oil on canvas, 1921.\n'
    )
    assert quote(text, "old harbour").speaker is None


def test_a_quote_closed_by_a_full_stop_is_not_run_on_into_the_name() -> None:
    # Guard: '"…." Name, post.' reads as a signature or a caption, not an attribution.
    text = (
        _BEFORE + '"The crews are safe and the owners have been told." Halvard Okonjo, '
        "head of the Coastal Watch Programme.\n"
    )
    assert quote(text, "crews are safe").speaker is None


def test_a_place_after_the_comma_is_no_post() -> None:
    # Guard: the name and a place: where the person is, not what post is held.
    text = (
        _BEFORE + '"The crews are safe and the owners have been told," Halvard Okonjo, '
        "Kessel harbour.\n"
    )
    assert quote(text, "crews are safe").speaker is None


def test_a_verb_after_the_post_leaves_the_cue_rules_to_read_it() -> None:
    # Guard: a film's title, its director and what he did: "filmed" is no verb of saying,
    # and the verbless reading would make him the speaker of a title.
    text = (
        "The festival opened on Friday with a film about the coast.\n"
        '"The Long Night Over Kessel Harbour," Halvard Okonjo, the director, filmed in winter.\n'
    )
    assert all(q.speaker != "Halvard Okonjo" for q in quotes(text))
