"""Speakers that generalise (issue 12 item 4, branch speakgen): a role noun or title resolved
to its one named holder, a quote paragraph after a paraphrase, a participle of speech, nested
speech, and a quote closed far down in text of one sentence a line. Invented articles, one per
rule, with the guard cases that must stay as they were."""

from __future__ import annotations

from tests._quotes import quote as _quote
from tests._quotes import quotes as _quotes

from newsbeat.enrich.quote_marks import find_quote_spans
from newsbeat.enrich.quote_records import FoundQuote


def _source(text: str, quote: FoundQuote) -> str | None:
    if quote.speaker_start is None or quote.speaker_end is None:
        return None
    return text[quote.speaker_start : quote.speaker_end]


# -- 1. a role noun or title reporter resolved to its named holder ----------------------------


def test_the_role_noun_is_the_person_earlier_given_that_title() -> None:
    text = (
        "A gunman fled north after the shooting, officials said.\n"
        "Harold Vance, 41, said nothing after deputies surrounded him, Dorset County Sheriff "
        "Gary Olsen said.\n"
        '"He was very calm, almost bored," the sheriff said.\n'
    )
    quote = _quote(text, "almost bored")
    assert quote.speaker == "Gary Olsen"
    assert _source(text, quote) == "sheriff"


def test_two_holders_of_the_title_name_nobody() -> None:
    text = (
        "Dorset County Sheriff Gary Olsen and Kent County Sheriff Tom Baxter met on Monday.\n"
        '"We will share every record we have," the sheriff said.\n'
    )
    quote = _quote(text, "share every record")
    assert quote.speaker is None


def test_the_group_is_the_body_named_in_apposition_earlier() -> None:
    text = (
        "Hundreds of cleaners will lose their jobs next month.\n\n"
        "The group, Harbour Cleaners Alliance, formed in June and met the owners twice.\n\n"
        "In a later message, the group added that the owners "
        "\u201chave broken every promise they made to the staff this year.\u201d\n"
    )
    quote = _quote(text, "broken every promise")
    assert quote.speaker == "Harbour Cleaners Alliance"


def test_the_bare_common_noun_is_never_the_speaker() -> None:
    text = (
        "Hundreds of cleaners will lose their jobs next month.\n\n"
        '"The owners have broken every promise they made to us," the group said.\n'
    )
    quote = _quote(text, "broken every promise")
    assert quote.speaker is None
    assert _source(text, quote) == "the group"


def test_the_name_in_apposition_after_an_of_phrase_speaks() -> None:
    text = (
        "Velmar has closed its inquiry into the harbour fire.\n\n"
        "\u201cThe evidence is not strong enough to bring any charge against the owners "
        "of the warehouse,\u201d Velmar\u2019s deputy director of public prosecutions, "
        "Ada-Lena Markstrom, said on Tuesday.\n\n"
        "Markstrom said the file would stay open for appeals.\n"
    )
    quote = _quote(text, "not strong enough")
    assert quote.speaker == "Ada-Lena Markstrom"


# -- 2. a quote paragraph after a paraphrase -------------------------------------------------


def test_a_quote_line_after_a_paraphrase_continues_that_reporter() -> None:
    text = (
        "The mill burned down on Sunday night.\n"
        "The old mill was grey and battered on the outside, Tom Baxter said.\n"
        '"But inside, there was all this beautiful timber.\n'
        "Old oak beams.\n"
        'Not a knot in them. "\n'
        "Firefighters stayed until dawn.\n"
    )
    quote = _quote(text, "beautiful timber")
    assert quote.speaker == "Tom Baxter"


def test_a_quote_with_its_own_unnamed_source_is_not_continued_from_the_line_before() -> None:
    text = (
        "The mill burned down on Sunday night.\n"
        "The old mill was grey and battered on the outside, Tom Baxter said.\n"
        '"But inside, there was all this beautiful old timber," a neighbour said.\n'
    )
    quote = _quote(text, "beautiful old timber")
    assert quote.speaker is None


def test_a_quote_beside_other_words_on_its_line_is_not_continued() -> None:
    text = (
        "The dairy stopped its payments this month.\n"
        "At the start of the month, Valmark Dairy told the board it would stop paying.\n"
        '"We will make no further payment until we move to a new site," Ada Berg, its '
        "chief executive, notified the panel.\n"
    )
    quote = _quote(text, "no further payment")
    assert quote.speaker != "Valmark Dairy"


# -- 3. a participle of speech ---------------------------------------------------------------


def test_a_participle_of_speech_takes_the_subject_of_the_clause_it_hangs_from() -> None:
    text = (
        "Hundreds of cleaners will lose their jobs next month.\n\n"
        "The cleaners, led by Harbour Cleaners Alliance, met in June. Harbour Cleaners Alliance "
        "formed in recent weeks and sent a letter to the owners this month stating that they "
        "\u201cdo not want to be defined by the greed of the owners and their friends.\u201d\n"
    )
    quote = _quote(text, "do not want to be defined")
    assert quote.speaker == "Harbour Cleaners Alliance"


def test_a_participle_in_a_reduced_relative_speaks_for_the_noun_it_describes() -> None:
    text = (
        "Hundreds of cleaners will lose their jobs next month.\n\n"
        "The group, Harbour Cleaners Alliance, formed in recent weeks and sent a letter to the "
        "owners earlier this month stating that they \u201cdo not want to be defined by the "
        "greed of the owners.\u201d\n"
    )
    quote = _quote(text, "do not want to be defined")
    assert quote.speaker == "Harbour Cleaners Alliance"


# -- 4. nested speech ------------------------------------------------------------------------


def test_words_inside_a_nested_report_are_the_inner_speakers() -> None:
    text = (
        "A fire damaged the Orsa chapel on Friday night.\n\n"
        "Her spokesman Tom Baxter said that Ada Lindqvist told an assistant pastor she was "
        'sorry if the fire was related to the "undeserved negative attention" the chapel had '
        "received since she became a candidate.\n"
    )
    quote = _quote(text, "undeserved negative attention")
    assert quote.speaker == "Ada Lindqvist"


def test_a_term_in_marks_inside_reported_speech_stays_a_term() -> None:
    text = (
        "Tom Baxter says that he intends to reverse the change, along with other "
        '"midnight rules" made in the last days of the council.\n'
    )
    assert not [q for q in _quotes(text) if q.kind == "direct" and "midnight" in q.text]


# -- 5. a closing mark further on, in text of one sentence a line ----------------------------


def test_a_quote_closed_five_sentence_lines_on_with_an_inner_quote_is_found() -> None:
    text = (
        "Staff were preparing tax returns.\n"
        "\u201c I heard one clerk shouting, \u2018 He \u2019 s got a knife.\n"
        "He \u2019 s got a knife. \u2019...\n"
        "It was chaos.\n"
        "Nobody knew what to do.\n"
        "Nobody knew where to run. \u201d\n"
        "The office closed early.\n"
    )
    spans = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert len(spans) == 1
    assert spans[0].startswith(" I heard one clerk") and spans[0].endswith("where to run. ")


def test_a_stray_opener_does_not_swallow_a_paragraph_of_long_lines() -> None:
    text = (
        "Staff were preparing tax returns.\n"
        "\u201c I heard one clerk shouting about a knife.\n"
        "He had a knife. Then the lights went out and we ran down the back stairs.\n"
        "It was chaos.\n"
        "Nobody knew what to do.\n"
        "Nobody knew where to run. \u201d\n"
    )
    assert find_quote_spans(text) == []


def test_a_subheading_in_marks_continues_nobody() -> None:
    text = (
        "Gary Olsen said the office was closed.\n"
        '"We were all scared and nobody knew where to go," Olsen said.\n'
        "'Bang, bang, bang'\n"
        "Staff had been busy preparing tax returns.\n"
    )
    assert not [q for q in _quotes(text) if "Bang" in q.text and q.speaker]


# -- a pronoun speaker and a person named by a first name alone ------------------------------


def test_she_is_not_a_man_named_by_his_first_name_alone() -> None:
    text = (
        "Nancy Olsen, a longtime family friend, spoke outside the court on Monday.\n"
        "She said Ben and his wife grew up as neighbours on the island.\n"
        "Ben attended school in Orsa but got most of his education in Kessel.\n"
        "She said he travelled to Velmar for a year, where he studied the language.\n"
    )
    quote = _quote(text, "travelled to Velmar", kind="indirect")
    assert quote.speaker == "Nancy Olsen"
