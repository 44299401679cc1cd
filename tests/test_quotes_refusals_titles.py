"""Quotes that are no speech and speakers named wrongly, read on real news by reader21
(enrich/quote_indirect.py refusals and relayed requests, quote_titles.embedded_title,
quotes._owned_source, speaker_hints.mistyped_surname). Invented text, fictional names."""

from __future__ import annotations

import pytest

from _quotes import quotes


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes(text)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Pastor Ivo Rask declined to say whether the chapel had received any threats.", "chapel"),
        ("Her lawyer, Mark Olin, would not say where Tova Brant is staying.", "staying"),
        ("Pastor Ivo Rask refused to confirm that the chapel had received any threats.", "chapel"),
    ],
)
def test_a_refusal_to_say_reports_no_words(text: str, words: str) -> None:
    assert not [q for q in _said(text) if words in q[1]], _said(text)


def test_what_a_speaker_could_not_say_is_dropped_and_what_he_said_kept() -> None:
    text = (
        "Officer Lena Dahl couldn't say if anyone else was in the shop at the time, "
        "but said no one else was hurt."
    )
    found = _said(text)
    assert not [q for q in found if "anyone else" in q[1]], found
    assert ("Lena Dahl", "no one else was hurt") in found


def test_a_plain_report_stays_indirect_speech() -> None:
    assert ("Mark Olin", "the trial would resume in May") in _said(
        "Mark Olin said the trial would resume in May."
    )


SPOKEN = '"We never expected a crowd like this," Ada Holm said.'


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            f'{SPOKEN} Holm, who wrote to editors under the moniker, "Grey Lantern," about'
            " the harbour scandal, retired on Monday.",
            "Grey Lantern",
        ),
        (
            f"{SPOKEN} Early in the year, the club was criticised for promoting in a bulletin a"
            ' "Hope Springs Retreat Weekend" in Marlow.',
            "Hope Springs",
        ),
        (
            f'{SPOKEN} "I am proud of the work," Holm, 81, told KVL\'s "Morning Harbor Hour"'
            " in 2019.",
            "Morning Harbor",
        ),
        (
            f'{SPOKEN} "People will argue about it," Holm wrote in her memoir, "A Clerk\'s Life:'
            ' The Port, the Papers and the Long Fight for Marlow."',
            "A Clerk",
        ),
        (
            f'{SPOKEN} It was the subject of the best-selling book and hit film "All the'
            " Mayor's Men,\" which inspired a generation of students.",
            "Mayor's Men",
        ),
    ],
)
def test_a_name_or_title_in_headline_case_is_no_quote(text: str, name: str) -> None:
    found = _said(text)
    assert not [q for q in found if name in q[1]], found
    assert any(speaker == "Ada Holm" for speaker, _ in found), found


def test_a_greeting_a_speech_verb_reports_stays_a_quote() -> None:
    text = 'Ada Holm opened the fair on Friday. "Merry Christmas To All," Holm said.'
    assert [q for q in _said(text) if q[1].startswith("Merry Christmas")]


def test_a_kin_noun_that_speaks_is_not_the_subject_of_the_quoted_clause() -> None:
    text = (
        "Ava Lind checked into the Harbor clinic on Monday, but then left because "
        '"she did not like the rooms there," her mother said.'
    )
    found = [q for q in quotes(text) if "rooms there" in q.text and q.kind == "direct"]
    assert found and found[0].speaker is None, found


def test_one_of_his_aides_is_not_the_man_himself() -> None:
    text = (
        "Facing a recall, Mayor Edward Brask resigned in disgrace less than a year after that "
        "night in May when, one of his top aides would later say, it was plain that "
        '"in a broad sense and with the help of the leak, the press had solved the case."'
    )
    found = [q for q in quotes(text) if "solved the case" in q.text]
    assert found and found[0].speaker != "Edward Brask", found


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Ida Brun, a spokeswoman for the Harbour Workers Union, said the strike would go on"
            ' "for as long as it takes" to win a pay deal.',
            "for as long as it takes",
            "Ida Brun",
        ),
        (
            "Lina Vo, a member of the party's board, said on Tuesday that according to its "
            'analysis, the party has won 82 percent of the vote, but "we are still counting."',
            "we are still counting",
            "Lina Vo",
        ),
    ],
)
def test_a_noun_no_person_owns_leaves_the_partial_quote_to_the_subject(
    text: str, words: str, speaker: str
) -> None:
    found = [q for q in quotes(text) if q.kind == "direct" and words in q.text]
    assert found and found[0].speaker == speaker, found


def test_a_request_a_medium_reports_is_no_quote_of_the_asker() -> None:
    text = (
        "Premier Ola Brandt has asked surgeon Nils Arve, the chief medical reporter of "
        "Kanal 5, to serve as the country's health chief, Kanal 5 reported Tuesday."
    )
    found = _said(text)
    assert not [q for q in found if q[0] == "Ola Brandt"], found
    control = "Premier Ola Brandt vowed to cut the fuel tax by half, state media reported."
    assert ("Ola Brandt", "cut the fuel tax by half") in _said(control)


def test_the_last_word_of_a_papers_name_is_no_speaker() -> None:
    text = (
        "Dora Venn, the singer, died on Sunday. Her son Paul Venn said she had been ill for a "
        "year, he told the Daily Courier. She died at home in Elmford, the Courier reported. "
        '"She went quietly," he said.'
    )
    found = [q for q in quotes(text) if q.text.startswith("She went quietly")]
    assert found and found[0].speaker not in {"Daily Courier", "Courier"}, found


def test_he_does_not_fall_back_on_a_speaker_a_she_named() -> None:
    text = (
        "Film director Oren Ledd quit the project in May. Author Quilla Strand wrote to her "
        'readers. "Nobody needs to worry," she wrote on her site. "The new man loves the '
        'book." The studio said the move was about dates. Still, the director was careful. '
        '"I promise to listen to you," he wrote in his own letter.'
    )
    found = [q for q in quotes(text) if q.text.startswith("I promise")]
    assert found and found[0].speaker != "Quilla Strand", found
