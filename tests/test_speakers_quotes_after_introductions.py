"""Speakers, third pass (issue 12 item 4, branch speakgen3): a quote standing alone after the
sentence that introduces a person is that person's; a quote after a short lead-in ("Later
in the afternoon, "…"") continues the reported speech before it; "they said" names nobody
rather than the last name before it. Invented articles, one per rule, with the guard cases
that must stay as they were."""

from __future__ import annotations

from tests._quotes import quote as _quote
from tests._quotes import quotes as _quotes
from tests._quotes import untagged_quotes

from newsbeat.enrich.quote_records import FoundQuote


def _untagged_quote(text: str, words: str) -> FoundQuote:
    """A quote of a text parsed as usual but with no named entity (a name NER missed)."""
    found = [q for q in untagged_quotes(text) if words in q.text]
    assert found
    return found[0]


_BLAST = "Blast shakes Dover bank\nA bomb exploded at a bank in Dover on Friday afternoon.\n"


# -- 1. a quote standing alone after the sentence that introduces a person --------------------


def test_a_quote_alone_after_a_person_introduced_is_theirs() -> None:
    text = _BLAST + (
        "Mary Ellen Harper, 17, who works at the petrol station across the road, also heard "
        'the blast. "At first I thought it was thunder, until I saw all the police cars '
        'arriving."\n'
    )
    quote = _quote(text, "thought it was thunder")
    assert quote.speaker == "Mary Ellen Harper"


def test_an_age_or_a_who_clause_makes_a_person_whatever_ner_says() -> None:
    text = _BLAST + (
        "Gary Olsen, 17, who works at the petrol station across the road, also heard the "
        'blast. "At first I thought it was thunder, until I saw all the police cars arriving."\n'
    )
    assert _untagged_quote(text, "thought it was thunder").speaker == "Gary Olsen"


def test_a_quote_about_a_third_person_is_not_the_introduced_persons() -> None:
    # a neighbour's account of her, not her words; and a statement naming her
    text = _BLAST + (
        "Mary Ellen Harper still lived in Dover with her two daughters. "
        '"She came up for the weekend on Friday and went straight to the bank."\n'
    )
    assert _quote(text, "came up for the weekend").speaker is None
    named = _BLAST + (
        "Mary Ellen Harper visited the bank on Saturday. "
        '"Mrs Harper stopped by the bank this morning and thanked the staff for their work."\n'
    )
    assert _quote(named, "stopped by the bank").speaker is None


def test_a_quote_with_its_own_verb_of_saying_or_a_short_heading_stays() -> None:
    # "…," I said: the narrator's words; a three-word line in marks: a heading
    text = _BLAST + (
        'Judge Tom Baxter then turned to me. "Your Honor," I said, "I would like to answer '
        'the question you raised this morning."\n'
    )
    assert _quote(text, "answer the question").speaker != "Tom Baxter"
    heading = _BLAST + 'Mary Ellen Harper was fired in 2005.\n"A change warrior."\nShe left.\n'
    assert not any(q.speaker == "Mary Ellen Harper" for q in _quotes(heading))


def test_a_signed_quote_is_not_given_to_the_person_before() -> None:
    text = _BLAST + (
        "In the end, Tom Baxter voted for the plan. "
        '"I will look into it, but I do not know the status yet." - Mary Ellen Harper.\n'
    )
    assert _quote(text, "look into it").speaker != "Tom Baxter"


def test_the_writers_own_words_break_the_previous_speakers_run() -> None:
    # "Okay," I said: the writer's words, not the judge's, and no run through them
    text = (
        "Sentencing in Kessel\nJudge Tom Baxter looked up from his papers. "
        "“Explain to me why you are here and why you did what you did.”\n\n"
        "I was not off to a good start. “Okay,” I said, attempting to regroup. "
        "“I was seventeen years old when I first came to Kessel as a student.”\n"
    )
    assert _quote(text, "Explain to me").speaker == "Tom Baxter"
    assert _quote(text, "seventeen years old").speaker is None
    assert not any(q.text == "Okay" and q.speaker for q in _quotes(text))


# -- 2. a quote after a short lead-in continues the reported speech before it ------------------


def test_a_quote_after_a_lead_in_continues_the_reported_speech_before() -> None:
    text = _BLAST + (
        "Tom Baxter, 66, who lives in a flat above the bank, said that in the morning he saw a "
        "police car outside.\nHe said the staff left the bank at noon.\n"
        'Later in the afternoon, "I went back to my desk and suddenly heard this loud bang."\n'
    )
    assert _quote(text, "went back to my desk").speaker == "Tom Baxter"


# -- 3. "they said" names nobody ---------------------------------------------------------------


def test_they_said_names_nobody_rather_than_the_last_name_before() -> None:
    text = (
        "Ostrava and Veldmark ended their talks in Kessel on Monday.\n"
        "Farmers from the border villages gathered outside the hall. "
        '"We will not leave until the treaty is torn up," they said.\n'
    )
    quote = _quote(text, "will not leave")
    assert quote.speaker is None
    assert quote.speaker_start is not None  # the source's span stays for the reader


def test_he_said_still_resolves() -> None:
    text = (
        "Tom Baxter, the mayor of Kessel, spoke after the talks on Monday. "
        '"We will not leave until the treaty is torn up," he said.\n'
    )
    assert _quote(text, "will not leave").speaker == "Tom Baxter"


# -- 4. "it said": the organisation that is a subject just before, else nobody -----------------

_CABLE = (
    "Cable cut slows the internet in Veldmark\n"
    "Norvik Telecom Group said on Monday it would publish updates on its website.\n"
)


def test_it_said_is_not_the_last_place_named() -> None:
    text = _CABLE + (
        "Engineers in Kessel worked through the night.\n"
        '"Traffic to the islands is not affected by the cut," it said.\n'
    )
    quote = _quote(text, "not affected by the cut")
    assert quote.speaker is None  # no organisation is a subject near it: nobody, not Kessel
    assert quote.speaker_start is not None


def test_it_said_is_the_organisation_that_is_the_subject_before() -> None:
    text = _CABLE + '"Traffic to the islands is not affected by the cut," it said.\n'
    assert _quote(text, "not affected by the cut").speaker == "Norvik Telecom Group"


def test_it_was_reported_names_nobody() -> None:
    text = _CABLE + "It was reported that the Kessel exchange would close for two days.\n"
    assert not any("Kessel exchange" in q.text for q in _quotes(text))


def test_they_said_of_a_body_is_the_organisation_that_is_the_subject_before() -> None:
    text = (
        "Veldmark Records sues its star\n"
        "Veldmark Records have twice denied doing anything wrong.\n"
        '"At no point did we say she could not perform at the awards," they said in a '
        "statement.\n"
    )
    assert _quote(text, "At no point").speaker == "Veldmark Records"


def test_it_says_after_they_put_out_a_statement_follows_they_back() -> None:
    # a quote paragraph in between is passed over; "they" there is the body before it
    text = (
        "Veldmark Records sues its star\n"
        "Veldmark Records have twice denied doing anything wrong.\n"
        '"At no point did we say she could not perform at the awards," they said in a '
        "statement.\n"
        '"In fact, we do not have the right to keep her from performing live anywhere."\n'
        "Now they have put out another statement to the organisers.\n"
        '"We have agreed to grant all licenses of our artists performances to stream the '
        'show," it says.\n'
    )
    assert _quote(text, "grant all licenses").speaker == "Veldmark Records"


# -- 5. "he said" with nobody found falls back to the last speaker only of that sex -------------


def test_he_said_does_not_fall_back_to_the_last_speaker_of_the_other_sex() -> None:
    text = (
        "Union leaders meet the candidates\n"
        "Hillary Clinton spoke to the union in Kessel on Monday. "
        '"Labor organizing should be protected in our courts and in our workplaces."\n'
        '"It is a national disgrace that workers are living in poverty," he said.\n'
    )
    assert _quote(text, "Labor organizing").speaker == "Hillary Clinton"
    assert _quote(text, "national disgrace").speaker is None
