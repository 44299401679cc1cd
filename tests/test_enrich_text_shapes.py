"""Text shapes that break the parse (``enrich/text_shapes.py``): quotation marks that lost
their spacing (repaired before the parse), spaced hyphens of a re-tokenised copy and numbers
split by a stray space (found and counted only). The repaired copy only gains or loses spaces,
its offsets map back to the stored text, the parse is laid over the stored text, and a text
without the shapes is parsed exactly as it is. Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from tests._quotes import quote

from newsbeat.enrich.nlp import REBASE, load_pipeline, rebase_shaped
from newsbeat.enrich.text_shapes import SHAPES, shape_text, shaped_of


def _same_characters(original: str) -> None:
    shaped = shape_text(original, SHAPES)
    assert shaped.text.replace(" ", "") == original.replace(" ", "")
    for offset, char in enumerate(shaped.text):
        if char != " ":
            assert original[shaped.to_original(offset)] == char


@pytest.mark.parametrize(
    ("written", "repaired"),
    [
        ("Orsa re - signed the striker Tam Vell.", "Orsa re-signed the striker Tam Vell."),
        ("a 30 - year - old keeper", "a 30-year-old keeper"),
        ("the al - Qaida cell", "the al-Qaida cell"),
        ("a hit - and - run crash", "a hit-and-run crash"),
        ("Organized - crime experts agreed.", "Organized-crime experts agreed."),
    ],
)
def test_a_spaced_hyphen_of_a_retokenised_copy_is_a_hyphen(written: str, repaired: str) -> None:
    assert shape_text(written, SHAPES).text == repaired
    _same_characters(written)
    # found, not repaired by the pipeline: the model reads the tight word no better
    assert shape_text(written).text == written


@pytest.mark.parametrize(
    "written",
    [
        # the text writes hyphens tight elsewhere: its spaced one is a dash
        "The well-known port - which reopened in May - is busy.",
        # a dash before a clause, between names, before a figure or after an acronym
        "They lost the deal - the board said no.",
        "Kessel Wire - Scientists said the reef grew.",
        "The Brask Society - sent a letter on Monday.",
        "a record of 11 - 5 and an AK - 47",
        "Tessa AS - www.tessa.example",
    ],
)
def test_a_dash_stays_a_dash(written: str) -> None:
    assert shape_text(written, SHAPES).text == written


@pytest.mark.parametrize(
    ("written", "repaired"),
    [
        ("an approximate 200, 000 marchers", "an approximate 200,000 marchers"),
        ("a $1, 250, 000 bond", "a $1,250,000 bond"),
        ("a magnitude 4. 6 quake", "a magnitude 4.6 quake"),
        ("it cost $27. 5 million", "it cost $27.5 million"),
    ],
)
def test_a_split_number_is_found(written: str, repaired: str) -> None:
    assert shape_text(written, SHAPES).text == repaired
    # found, not repaired by the pipeline: joined, it would be one token with a space inside
    assert shape_text(written).text == written


@pytest.mark.parametrize(
    "written",
    [
        "On May 5, 200 people marched.",  # a date, then a count
        "Of the 40, 15 were hurt.",  # two figures
        "In 2009, 100 ships sailed.",
        "The score was 3. He left.",
        "It rose to 12. Then 4 more came.",
    ],
)
def test_numbers_that_are_not_split_stay_apart(written: str) -> None:
    assert shape_text(written, SHAPES).text == written


def test_quote_marks_that_lost_their_spacing_are_spaced_by_their_turn() -> None:
    written = (
        '"We kept the harbour open all winter, "Mayor Ilse Brand said, praising the"crews" '
        "who never stopped."
    )
    shaped = shape_text(written)
    assert shaped.text == (
        '"We kept the harbour open all winter," Mayor Ilse Brand said, praising the '
        '"crews" who never stopped.'
    )
    _same_characters(written)


def test_a_quote_carried_to_the_next_line_keeps_its_turn() -> None:
    written = '"The pier is safe, "she said,"and the ferry runs.\nIt runs daily. "\n'
    assert shape_text(written).text == (
        '"The pier is safe," she said, "and the ferry runs.\nIt runs daily."\n'
    )


@pytest.mark.parametrize(
    "written",
    [
        # spaced as usual, or tokenised (spaced on both sides) without a glued mark: the
        # pairing reads these as they are
        '"We will sail," she said. "Not before May."',
        '" We will sail , " she said .',
        # marks that do not pair up, and inch marks: left alone
        'He said"no and left.',
        'A 65" screen and a"deal" here.',
    ],
)
def test_quote_marks_without_the_shape_are_left_alone(written: str) -> None:
    assert shape_text(written).text == written


def test_clean_text_is_returned_as_it_is() -> None:
    text = 'Kessel signed a two-year deal, "a fair one," its mayor said, for 20,000 crowns.'
    shaped = shape_text(text)
    assert not shaped.changed and shaped.text is text
    assert shaped.to_original(17) == 17


def test_offsets_map_back_over_dropped_and_added_spaces() -> None:
    written = 'Orsa re - signed 200, 000 fans, "said Tam,"and more" again'
    shaped = shape_text(written, SHAPES)
    start = shaped.text.index("signed")
    assert shaped.span_to_original(start, start + 6) == (
        written.index("signed"),
        written.index("signed") + 6,
    )
    fans = shaped.text.index("200,000")
    assert written[slice(*shaped.span_to_original(fans, fans + 7))] == "200, 000"


# -- the parse of a repaired text, laid over the stored text ------------------------------------


def test_the_parse_of_a_repaired_text_keeps_the_stored_text_and_its_offsets() -> None:
    text = 'Mayor Ilse Brand praised the"harbour crews" and "the pilots, "Brand said.'
    doc = load_pipeline("en_core_web_sm")(text)
    assert doc.text == text
    assert [t.text for t in doc][4:7] == ["the", '"', "harbour"]  # not one token 'the"harbour'
    for ent in doc.ents:
        assert text[ent.start_char : ent.end_char] == ent.text
    assert shaped_of(doc) is not None


def test_clean_text_is_parsed_as_it_is() -> None:
    text = 'Mayor Ilse Brand praised the "harbour crews" and "the pilots," Brand said.'
    nlp = load_pipeline("en_core_web_sm")
    doc = nlp(text)
    assert shaped_of(doc) is None
    plain = nlp.tokenizer.tokenizer(text)
    for _, component in nlp.pipeline:
        plain = component(plain)
    assert doc.to_json() == plain.to_json()


def test_a_quote_whose_marks_lost_their_spacing_is_its_speakers() -> None:
    # The closing mark after "bay, " and the opening one glued to "the" once made the quote
    # run on over its own attribution: no speaker.
    text = (
        "Dr. Ana Marsh reopened the clinic in Kessel on Monday.\n"
        '"We rebuilt the clinic for the whole bay, "Dr. Marsh said, praising the"long nights" '
        "of her staff.\n"
    )
    found = quote(text, "We rebuilt")
    assert found.text == "We rebuilt the clinic for the whole bay"
    assert found.speaker == "Ana Marsh"
    assert text[found.start : found.end].startswith("We rebuilt the clinic for the whole bay")


def test_a_spaced_apostrophe_is_found_not_repaired() -> None:
    written = "He ’ s sure Quinn ’ s pass can ’ t be caught."
    assert shape_text(written, SHAPES).text == "He’s sure Quinn’s pass can’t be caught."
    assert shape_text(written).text == written


def test_a_text_with_double_spaces_is_still_repaired() -> None:
    text = 'Mayor Ilse Brand  praised the"harbour crews" and "the pilots, "Brand said.'
    doc = load_pipeline("en_core_web_sm")(text)
    assert doc.text == text
    assert shaped_of(doc) is not None
    assert '"' in [t.text for t in doc]


def test_the_stored_text_gets_the_repaired_parse_unchanged() -> None:
    text = (
        '"The pier is safe, "Harbour Master Tove Lind said,"and the ferries run daily.\n'
        'The Kessel council approved the"quiet hours" plan on Monday. "\n'
    )
    nlp = load_pipeline("en_core_web_sm")
    repaired = nlp.tokenizer(text)
    for name, component in nlp.pipeline:
        if name != REBASE:
            repaired = component(repaired)
    rebased = rebase_shaped(repaired)
    assert rebased.text == text and repaired.text != text

    def reading(doc: Doc) -> list[tuple[object, ...]]:
        return [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_) for t in doc]

    assert reading(rebased) == reading(repaired)
    assert [s.start for s in rebased.sents] == [s.start for s in repaired.sents]
