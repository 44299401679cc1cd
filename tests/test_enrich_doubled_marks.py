"""Quote marks written with two characters (``enrich/text_shapes.py``, ``doubled_mark``): two
apostrophes, the Penn Treebank's two backticks, two curly single marks. The parsed copy writes
each as one straight mark; the stored text, its offsets and the quote's words stay as the
article has them. Every sentence is invented."""

from __future__ import annotations

import pytest
from tests._quotes import quote, quotes

from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quote_marks import find_quote_spans
from newsbeat.enrich.text_shapes import shape_text, shaped_of


def _marks_map_back(original: str) -> str:
    """The repaired copy, after checking every character maps back to the stored text."""
    shaped = shape_text(original)
    for offset, char in enumerate(shaped.text):
        start, end = shaped.span_to_original(offset, offset + 1)
        if char == '"' and original[start] != '"':
            assert original[start:end] in {"''", "``", "‘‘", "’’"}
        else:
            assert original[start:end] == char
    return shaped.text


@pytest.mark.parametrize(
    ("written", "repaired"),
    [
        (
            "''We will dredge the channel,'' said Mayor Ilse Brand.",
            '"We will dredge the channel," said Mayor Ilse Brand.',
        ),
        (
            "Brand called it ``a fair deal'' on Monday.",
            'Brand called it "a fair deal" on Monday.',
        ),
        ("‘‘The pier is safe,’’ Lind said.", '"The pier is safe," Lind said.'),
        # a curly opener closed by two curly single marks
        ("“The pier is safe,’’ Lind said.", '“The pier is safe," Lind said.'),
        # a single mark inside the double one: the double mark is the outer pair
        (
            "''He told me, 'Keep the ferries running,''' Lind said.",
            "\"He told me, 'Keep the ferries running,'\" Lind said.",
        ),
        # a possessive's apostrophe before an opener; apostrophes inside the quote
        (
            "He spoke on Kessel TV's ''Harbour Hour.'' ''It's Orsa's turn,'' he said.",
            'He spoke on Kessel TV\'s "Harbour Hour." "It\'s Orsa\'s turn," he said.',
        ),
    ],
)
def test_a_doubled_mark_is_one_mark_in_the_copy(written: str, repaired: str) -> None:
    assert _marks_map_back(written) == repaired


def test_a_quote_carried_over_paragraphs_is_reopened() -> None:
    written = (
        "''The channel silted up over the winter.\n\n''We will dredge it by May,'' Brand said.\n"
    )
    assert _marks_map_back(written) == (
        '"The channel silted up over the winter.\n\n"We will dredge it by May," Brand said.\n'
    )


@pytest.mark.parametrize(
    "written",
    [
        "The keeper is 6'2'' and the striker 5'10'' tall.",  # heights
        "A 12'' pipe burst under the pier.",  # a closer with no opener
        "''The quote never closes, and the article ends.",  # an opener with no closer
        "''Left open at the paragraph's end.\n\nThe next one does not reopen it.",
        "Tokenised marks '' spaced on both sides '' say nothing.",
    ],
)
def test_look_alikes_of_a_doubled_mark_are_left_alone(written: str) -> None:
    assert shape_text(written).text == written


def test_the_stored_text_keeps_its_marks_and_offsets() -> None:
    text = "''We will dredge the channel by May,'' Mayor Ilse Brand said on Monday.\n"
    doc = load_pipeline("en_core_web_sm")(text)
    assert doc.text == text
    assert shaped_of(doc) is not None
    assert [t.text for t in doc][:2] == ["''", "We"]
    for ent in doc.ents:
        assert text[ent.start_char : ent.end_char] == ent.text


def test_a_quote_in_two_apostrophes_is_found_with_its_speaker() -> None:
    # Without the repair, find_quote_spans pairs no mark here: no quote at all.
    text = (
        "Mayor Ilse Brand of Kessel spoke to dock workers on Monday.\n\n"
        "''We will dredge the channel before the summer,'' Brand said. ''The ferries "
        "cannot wait another year.''\n"
    )
    assert find_quote_spans(text) == []
    first = quote(text, "dredge")
    assert first.text == "We will dredge the channel before the summer"
    assert text[first.start : first.end].rstrip(",") == first.text
    assert first.speaker == "Ilse Brand"
    second = quote(text, "ferries")
    assert second.text == "The ferries cannot wait another year."
    assert second.speaker == "Ilse Brand"


def test_a_quote_split_by_its_attribution_at_a_line_start_is_spoken() -> None:
    # The stored text's "''" before a quote that opens its line reads as an apostrophe
    # after a word to the scare-quote rule unless the rules read the mark as one.
    text = (
        "Harbour Master Tove Lind opened the new pier in Kessel on Monday.\n\n"
        "''Hopefully,'' Lind said, ''the ferries will run daily from June.''\n"
    )
    assert quote(text, "Hopefully").speaker == "Tove Lind"
    assert quote(text, "ferries will run").speaker == "Tove Lind"


def test_the_same_quotes_as_with_straight_marks() -> None:
    doubled = (
        "Mayor Ilse Brand of Kessel spoke on Monday. ''The channel silted up,'' she said. "
        "Harbour Master Tove Lind disagreed. ''It is deep enough for the ferries,'' Lind "
        "said, ''and for the tugs.''\n"
    )
    straight = doubled.replace("''", '"')
    got = [(q.text, q.speaker, q.kind) for q in quotes(doubled)]
    assert got == [(q.text, q.speaker, q.kind) for q in quotes(straight)]
    assert [q.speaker for q in quotes(doubled)] == ["Ilse Brand", "Tove Lind", "Tove Lind"]
    for q in quotes(doubled):
        assert doubled[q.start : q.end].startswith(q.text)


def test_a_closer_set_apart_by_a_space_closes_an_open_quote() -> None:
    text = (
        "Harbour Master Tove Lind opened the new pier in Kessel on Monday.\n\n"
        "''The reason it worked is that we asked the crews first, '' said Ms. Lind, who ran the "
        "port for a decade. ''Nobody else had asked them.''\n"
    )
    first = quote(text, "The reason it worked")
    assert first.text == "The reason it worked is that we asked the crews first"
    assert first.speaker == "Tove Lind"
