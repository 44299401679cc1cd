"""Reports whose teller the text does not name, and "according to" tellers the rules left
(issue 12, quotes34): "Witnesses said …", "officials said", "a police source said",
"according to investigators / police / the Washington Post", "according to her publicist X",
"But according to X, …". Invented articles with fictional names; each rule case fails on
main, each guard case with its guard taken out."""

from __future__ import annotations

import pytest
from tests._quotes import quote, quotes

from newsbeat.enrich.quote_unnamed import unnamed_teller


def _indirect(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker, q.via, q.text) for q in quotes(text) if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "Witnesses said the driver of the blue van did not stop at the light.\n",
            "did not stop at the light",
            "Witnesses",
        ),
        (
            "A fire destroyed the old mill in Tarrow on Friday, officials said.\n",
            "destroyed the old mill",
            "officials",
        ),
        (
            "The fire started in the kitchen of the old mill, a police source said.\n",
            "started in the kitchen",
            "a police source",
        ),
        (
            "Sources say Lena Marsh would like a larger role in the second film.\n",
            "would like a larger role",
            "Sources",
        ),
        (
            "The vote will be held in March, a senior Democrat said.\n",
            "will be held in March",
            "Democrat",
        ),
    ],
    ids=["witnesses", "officials", "a-police-source", "sources", "a-senior-democrat"],
)
def test_a_report_by_people_nobody_names_is_an_indirect_quote_of_no_speaker(
    text: str, words: str, source: str
) -> None:
    found = quote(text, words, kind="indirect")
    assert found.speaker is None  # a description, not a name
    assert found.speaker_start is not None and found.speaker_end is not None
    assert text[found.speaker_start : found.speaker_end] == source  # the span is kept


def test_unnamed_officials_are_not_the_organisation_named_before() -> None:
    text = (
        "Rell Corp has cut 300 jobs this year. Officials said the plant in Varna would close"
        " in May.\n"
    )
    found = quote(text, "would close in May", kind="indirect")
    assert found.speaker is None


@pytest.mark.parametrize(
    "text",
    [
        # two tellers joined: neither alone
        "Witnesses and the woman's friend said the van did not stop at the light.\n",
        # "the witness" may be someone named before: left to the other rules
        "The witness said the van struck two parked cars before it stopped.\n",
        # not a noun for people
        "Reports said the van struck two parked cars before it stopped.\n",
    ],
    ids=["joined", "definite-singular", "document"],
)
def test_what_is_no_unnamed_teller_gives_no_quote(text: str) -> None:
    assert not [s for s in _indirect(text) if s[0] is None], _indirect(text)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Witnesses said it.", True),
        ("Some experts said it.", True),
        ("One juror said it.", True),
        ("His aides said it.", True),
        ("The witness said it.", False),
        ("Police and a friend said it.", False),
        ("Two Republicans said it.", True),
        ("The Democrat said it.", False),
    ],
)
def test_unnamed_teller_reads_the_subject(phrase: str, expected: bool) -> None:
    from newsbeat.enrich.nlp import load_pipeline

    doc = load_pipeline("en_core_web_sm")(phrase)
    subj = next(t for t in doc if t.dep_ == "nsubj")
    assert unnamed_teller(subj) is expected


def test_according_to_investigators_is_an_indirect_quote_of_no_speaker() -> None:
    text = "The van struck two parked cars before it stopped, according to investigators.\n"
    found = quote(text, "struck two parked cars", kind="indirect")
    assert found.speaker is None
    assert text[found.speaker_start : found.speaker_end] == "investigators"


def test_according_to_witnesses_at_the_start() -> None:
    text = "According to witnesses, the van struck two parked cars before it stopped.\n"
    found = quote(text, "struck two parked cars", kind="indirect")
    assert found.speaker is None
    assert found.text.startswith("the van")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "According to police, the driver of the van was taken to a hospital in Dunmore.\n",
            "police",
        ),
        (
            "Harlow was driving his truck at about 2 a.m. when officers stopped him, according"
            " to authorities.\n",
            "authorities",
        ),
    ],
    ids=["police", "authorities"],
)
def test_according_to_a_body_named_by_a_plain_noun_is_that_body(text: str, speaker: str) -> None:
    found = [q for q in quotes(text) if q.kind == "indirect"]
    assert [q.speaker for q in found] == [speaker], found


@pytest.mark.parametrize(
    ("text", "via"),
    [
        (
            "The mayor of Arden will resign next month, according to the Washington Post.\n",
            "Washington Post",
        ),
        (
            "Harlow was pulled over on Route 9 just past two in the morning, according to the"
            " Norland State News Agency.\n",
            "Norland State News Agency",
        ),
    ],
    ids=["known-outlet", "news-agency"],
)
def test_according_to_an_outlet_is_the_medium_of_no_speaker(text: str, via: str) -> None:
    found = [q for q in quotes(text) if q.kind == "indirect"]
    assert [(q.speaker, q.via) for q in found] == [(None, via)], found


def test_according_to_a_role_noun_with_the_name_in_its_phrase_is_that_person() -> None:
    text = "Maren Olsk died in her sleep early on Sunday, according to her publicist Ada Vosk.\n"
    found = quote(text, "died in her sleep", kind="indirect")
    assert found.speaker == "Ada Vosk"


def test_according_to_after_but_opens_the_sentence() -> None:
    text = (
        "Tom Brask, the bank's chief, spoke on Monday. But according to Brask, two threats came"
        " into the two branches on Friday.\n"
    )
    found = quote(text, "two threats came", kind="indirect")
    assert found.speaker == "Tom Brask"
    assert not found.text.startswith("But")


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause: the words are no clause of theirs
        "It showed the problems Varden prosecutors say they often face with the new rule.\n",
        # a participle the parse cut
        "The hearing went on for weeks, with prosecution witnesses testifying that Brask"
        " planned the escape for a year, and others saying he did not.\n",
    ],
    ids=["relative-clause", "participle"],
)
def test_an_unnamed_report_that_is_not_plain_gives_no_quote(text: str) -> None:
    assert not [s for s in _indirect(text) if s[0] is None], _indirect(text)


def test_an_unnamed_report_after_another_report_keeps_only_its_own_words() -> None:
    # the lawyers' words are not the officials'; since spk37 the verb reports the clause after
    # it (before: the one before it, then dropped as someone else's report)
    text = (
        "His lawyers argued that Brask was too ill to stand trial; officials argued he was not.\n"
    )
    unnamed = [s for s in _indirect(text) if s[0] is None]
    assert [s[2] for s in unnamed] == ["he was not"], _indirect(text)


def test_a_named_speakers_report_in_the_sentence_comes_first() -> None:
    text = (
        "Some witnesses told police that the van did not stop at the light, Harbour Police"
        " Chief Oskar Brandt said.\n"
    )
    assert [s[0] for s in _indirect(text)] == ["Oskar Brandt"], _indirect(text)


def test_a_body_whose_name_holds_a_mastheads_word_is_no_outlet() -> None:
    text = (
        "Seven bullets hit the young man, three of them from behind, according to the Varden"
        " Office of the Chief Medical Examiner.\n"
    )
    found = [q for q in quotes(text) if q.kind == "indirect"]
    assert all(q.via is None for q in found), found


def test_an_unnamed_report_holding_another_report_gives_no_quote() -> None:
    text = (
        "Some witnesses reported hearing a loud bang near the dock, although others told the"
        " Varden Courier they had not heard anything.\n"
    )
    assert not [s for s in _indirect(text) if s[0] is None], _indirect(text)


def test_according_to_a_body_after_a_common_noun_gives_no_body() -> None:
    text = (
        "According to receipts police recovered from his flat, Brask bought the rifle on Friday.\n"
    )
    assert not [q for q in quotes(text) if q.kind == "indirect"], quotes(text)


def test_according_to_a_body_is_not_its_spokesman_named_before() -> None:
    # the person must be named inside the phrase: "the union" is not its spokesman
    text = (
        "The union answered within the hour. Erik Brask, a spokesman for the Varden Rail and"
        ' Dock Union, said that the minister should "look at the night-shift rosters before'
        ' she lectures anyone".\n"We have been in the same room for eleven months," Brask'
        " said.\nSome 4,200 dock workers are on strike, according to the union.\n"
    )
    found = [q for q in quotes(text) if q.kind == "indirect" and "4,200" in q.text]
    assert all(q.speaker != "Erik Brask" for q in found), found
