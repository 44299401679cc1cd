"""Single-mark quotes whose closer is set apart from the words (``enrich/quote_single.py``,
read31 M-h) and a he/she after an unnamed teller (``enrich/speaker_described.py``). Every
sentence is invented, every name fictional; each rule case fails without its rule, each guard
case with its guard taken out."""

from __future__ import annotations

from tests._quotes import quote, quotes

from newsbeat.enrich.quote_marks import find_quote_spans


def _quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quote_spans(text)]


def test_a_single_mark_quote_with_a_spaced_closer_is_a_quote() -> None:
    text = "'The pier stays shut all winter, ' Harbour Judge Ada Velmont said on Friday.\n"
    assert _quoted(text) == ["The pier stays shut all winter,"]


def test_its_speaker_is_read_as_for_double_marks() -> None:
    text = (
        "The ferry hearing was put off again.\n"
        "'The man is worn out, ' Harbour Judge Ada Velmont said, according to the Courier.\n"
    )
    assert quote(text, "worn out").speaker == "Ada Velmont"


def test_a_single_mark_quote_left_open_runs_to_the_closer_a_line_down() -> None:
    text = (
        "'When the rope broke, I fell on the deck.\n"
        "I thought the mast would go.\n"
        "There was water everywhere, ' said Pim Arkwell, a deckhand.\n"
    )
    assert _quoted(text) == [
        "When the rope broke, I fell on the deck.\nI thought the mast would go.\n"
        "There was water everywhere,"
    ]


def test_apostrophes_inside_the_quote_do_not_close_it() -> None:
    text = "'We're sure she's right about the tides, ' Tove Marr said.\n"
    assert _quoted(text) == ["We're sure she's right about the tides,"]


def test_guard_a_plural_apostrophe_is_no_closer() -> None:
    # 'the skippers ' stands after a word, not after punctuation: nothing pairs
    text = "Tove Marr said the 'harbour belongs to the skippers ' union and left.\n"
    assert _quoted(text) == []


def test_guard_a_year_apostrophe_opens_nothing() -> None:
    text = "The 'ferry line ran in the '90s, ' said Tove Marr.\n"
    # the first mark opens a quote only if the whole quote pairs: "'90s" inside breaks it
    assert _quoted(text) == []


def test_guard_a_mark_inside_the_quote_breaks_the_pairing() -> None:
    # the plural's apostrophe inside is a mark no quote of one speaker holds: nothing pairs
    text = "'We saw the skippers ' boats sink, ' Tove Marr said.\n"
    assert _quoted(text) == []


def test_guard_a_quote_left_open_is_not_closed_by_a_line_with_another_opener() -> None:
    text = "'The nets were empty.\nThen 'the gulls came, ' Tove Marr said.\n"
    assert "The nets were empty." not in "".join(_quoted(text))


def test_he_after_an_unnamed_neighbour_who_tells_is_nobody_named() -> None:
    text = (
        "Police arrested Rolf Danner, 31, on Sunday.\n"
        "Yesterday a neighbour recalled seeing the suspect in the lane at dawn.\n"
        '"I looked at his face and there was nothing there," he said.\n'
    )
    assert quote(text, "nothing there").speaker is None


def test_guard_he_after_a_named_teller_is_that_teller() -> None:
    text = (
        "Police arrested Rolf Danner, 31, on Sunday.\n"
        "Yesterday Tomas Ekberg recalled seeing the suspect in the lane at dawn.\n"
        '"I looked at his face and there was nothing there," he said.\n'
    )
    assert quote(text, "nothing there").speaker == "Tomas Ekberg"


def test_guard_he_after_a_woman_who_tells_is_not_that_woman() -> None:
    text = (
        "Tomas Ekberg runs the ferry office in Osterby.\n"
        "A woman recalled seeing the boat leave at dawn.\n"
        '"We never had a crossing like that one," he said.\n'
    )
    assert quote(text, "crossing like that").speaker == "Tomas Ekberg"


def test_no_single_marks_quotes_are_lost_to_the_spaced_rule() -> None:
    # glued single marks are read as before
    text = "'The pier stays shut,' Ada Velmont said.\n"
    assert [q.text for q in quotes(text)] == ["The pier stays shut"]
