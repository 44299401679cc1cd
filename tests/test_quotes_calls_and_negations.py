"""Real quotes the reader21 rules dropped or garbled (review21, fixrev21d): an active "call"
and a reported clause's complement in headline case are words said, not titles; a negation
on a verb that is no refusal ("did not hesitate to say") leaves the words said; a second
speech verb the parse joins to the reported clause ends it; a recording that the parse makes
the participle's subject still shows its speaker. Invented text, fictional names."""

from __future__ import annotations

import pytest

from _quotes import quotes
from newsbeat.enrich.quote_terms import title_case
from newsbeat.enrich.quote_titles import title_words

_LEAD = "Ivo Brandt backed the levy on Monday. "
_AFTER = ' "We will fight it in court," he said.'


def _said(text: str, kind: str | None = None) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes(text) if kind is None or q.kind == kind]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Mayor Tom Velt called the plan "A Total Disgrace."', "Tom Velt"),
        ('Velt, who called the plan "A Total Disgrace," left the room.', "Velt"),
        ('The plan that Mayor Tom Velt called "A Total Disgrace" passed.', "Tom Velt"),
    ],
)
def test_what_an_active_call_calls_something_is_the_callers_words(text: str, speaker: str) -> None:
    found = _said(_LEAD + text + _AFTER, "direct")
    assert (speaker, "A Total Disgrace") in [(s, t.rstrip(".")) for s, t in found], found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The crowd cheered a man they called "Grey Lantern" on Friday.', "Grey Lantern"),
        ('The crowd cheered the man locals called "Grey Lantern" on Friday.', "Grey Lantern"),
        ('Ada Holm founded a group called "Friends of Marlow Harbor" in May.', "Friends of"),
    ],
)
def test_a_name_a_naming_call_gives_stays_no_quote(text: str, name: str) -> None:
    found = _said(text + ' "We never expected a crowd like this," Ada Holm said.')
    assert not [q for q in found if name in q[1]], found
    assert any(speaker == "Ada Holm" for speaker, _ in found), found


def test_headline_case_that_completes_a_reported_clause_is_speech() -> None:
    text = (
        "Mayor Ana Velt spoke on Tuesday. Velt said the levy was "
        '"A Disaster for Arden Families," before leaving.'
    )
    assert ("Ana Velt", "A Disaster for Arden Families") in _said(text, "direct")


def test_a_show_a_reported_clause_names_stays_no_quote() -> None:
    text = (
        "Mayor Ana Velt spoke on Tuesday. Velt said her favourite show was "
        '"Morning Harbor Hour" on KVL.'
    )
    assert not _said(text, "direct")


@pytest.mark.parametrize(
    "verbs", ["did not hesitate to say", "could not help but say", "did not wait to say"]
)
def test_a_negation_on_a_verb_that_refuses_nothing_leaves_the_words(verbs: str) -> None:
    text = f"Mayor Tom Velt {verbs} the plan had failed the town."
    assert ("Tom Velt", "the plan had failed the town") in _said(text, "indirect")


@pytest.mark.parametrize(
    "verbs",
    [
        "was not able to say",
        "did not want to say",
        "did not want to be able to say that",
        "declined to say that",
        "would not say that",
    ],
)
def test_a_refusal_or_an_inability_to_say_still_reports_nothing(verbs: str) -> None:
    assert not _said(f"Mayor Tom Velt {verbs} the plan had failed the town.")


@pytest.mark.parametrize("link", ["not only said", "said"])
def test_a_second_speech_verb_joined_to_the_reported_clause_ends_it(link: str) -> None:
    text = (
        f"Mayor Ana Velt spoke on Tuesday. Velt {link} the bridge plan had failed but also "
        "warned the town would pay dearly."
    )
    assert _said(text, "indirect") == [("Ana Velt", "the bridge plan had failed")]


def test_the_cut_keeps_the_closing_mark_of_words_in_marks() -> None:
    text = 'Envoy Kurt Vale said he never used the term "three amigos" and added that it was silly.'
    assert _said(text, "indirect") == [("Kurt Vale", 'he never used the term "three amigos"')]


def test_a_second_clause_with_a_subject_of_its_own_stays_reported() -> None:
    text = "Velt said the bridge plan had failed and the town would pay dearly."
    assert _said(text, "indirect") == [
        ("Velt", "the bridge plan had failed and the town would pay dearly")
    ]


def test_a_recording_parsed_as_the_participles_subject_shows_its_speaker() -> None:
    text = (
        'A video of Mayor Ana Velt saying "We will cut 300 jobs" was shown at the rally, the '
        "Arden Courier reported."
    )
    assert ("Ana Velt", "We will cut 300 jobs") in _said(text, "direct")


def test_footage_of_a_role_noun_names_nobody() -> None:
    text = (
        'The rally showed footage of the mayor saying "We will cut 300 jobs this year" to cheers.'
    )
    assert _said(text, "direct") == [(None, "We will cut 300 jobs this year")]


def test_a_still_picture_is_no_recording_of_speech() -> None:
    text = 'A photo of Mayor Ana Velt saying "We will cut 300 jobs" was shown at the rally.'
    assert _said(text, "direct") == [(None, "We will cut 300 jobs")]


@pytest.mark.parametrize(
    ("content", "title"),
    [
        ("Dark Lantern", True),
        ("All the Mayor's Men", True),
        ("Marlow and the", False),  # one capital only: no name
        ("the Dark Lantern", False),  # the first word in lower case
    ],
)
def test_a_name_in_marks_needs_two_capitals_and_a_capital_first(content: str, title: bool) -> None:
    assert title_words(content) is title


@pytest.mark.parametrize(
    ("content", "title"),
    [
        ("Slow but Steady", True),
        ("Out of the Blue", True),
        ("it was slow", False),
        ("One of the Men in the Town in the Hills", False),  # fewer than half capitalised
    ],
)
def test_title_case_leaves_the_small_words_in_lower_case(content: str, title: bool) -> None:
    assert title_case(content) is title
