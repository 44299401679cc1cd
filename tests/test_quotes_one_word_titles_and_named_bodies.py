"""Two speaker shapes a reader found wrong in real ECB+ output (session 27): a one-word title
in marks given to the sentence's subject as their words, and "the <person> administration"
matched by its head word to another body whose name ends in "Administration"."""

from __future__ import annotations

from _quotes import quotes


def test_one_capitalised_word_in_marks_held_by_the_sentence_is_a_title() -> None:
    text = 'Anna Berg will take on the sequel to "Nightfall".'
    assert [q.text for q in quotes(text)] == []


def test_one_word_title_object_of_a_work_verb_is_no_quote() -> None:
    text = 'Anna Berg directed "Nightfall".'
    assert [q.text for q in quotes(text)] == []


def test_one_word_reported_by_a_speech_verb_stays_words() -> None:
    found = quotes('Anna Berg said "Nightfall".')
    assert [(q.text, q.speaker) for q in found] == [("Nightfall", "Anna Berg")]


def test_a_persons_administration_is_not_an_agency_named_before() -> None:
    text = (
        "Builders must consult the Federal Aviation Administration before work starts.\n"
        "The Velmar administration made the review optional, arguing that it was a minor "
        "shift in policy."
    )
    found = [q for q in quotes(text) if "minor shift" in q.text]
    assert [q.speaker for q in found] == ["Velmar administration"]


def test_the_agency_itself_still_resolves_by_its_head_word() -> None:
    text = (
        "The Federal Aviation Administration reviewed the runway plan.\n"
        "The administration argued that the delay was a minor matter."
    )
    found = [q for q in quotes(text) if "minor matter" in q.text]
    assert [q.speaker for q in found] == ["Federal Aviation Administration"]


def test_one_word_opening_its_sentence_is_said() -> None:
    # the session-27 reader: '"Expedite," he commanded.' was dropped as a title
    found = quotes('Mark Felt read the memo.\n"Expedite," he commanded.')
    assert [(q.text, q.speaker) for q in found] == [("Expedite", "Mark Felt")]


def test_a_headline_holding_the_persons_name_is_not_their_administration() -> None:
    # "Obama Administration Flips Bush …" in a headline is no name of the Bush administration
    text = (
        "Holm Administration Flips Velmar Rule\n"
        "Builders must consult the Federal Aviation Administration before work starts.\n"
        "The Velmar administration made the review optional, arguing that it was a minor "
        "shift in policy."
    )
    found = [q for q in quotes(text) if "minor shift" in q.text]
    assert [q.speaker for q in found] == ["Velmar administration"]
