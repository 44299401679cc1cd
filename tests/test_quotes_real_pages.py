"""Speakers and claimants in shapes real pages write (issue 12; docs/realnews-annotation.md,
"Speakers and claimants on real pages (branch quotesreal)"). Invented articles, one class a
test, each with a control that the rule leaves alone."""

from __future__ import annotations

from _quotes import quote, quotes
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quote_marks import find_quote_spans
from newsbeat.enrich.quotes import extract_quotes


def _claimants(text: str) -> dict[float, str | None]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    found = extract_quotes(doc, actors)
    return {c.low: c.claimant for c in extract_claims(doc, actors, found) if c.low is not None}


_EMBEDDED = (
    "Karin Voss has agreed a deal to coach Orsa Rovers until 2024.\n\n"
    'The 51-year-old said after the signing: "I am proud to join a club with such a long '
    'history."\n\n'
    'Orsa Rovers said in a statement: "Karin is one of the most respected coaches in the '
    "game.\n\n"
    '"She has trained sides in Brask, Velmar and Tolna.\n\n'
    "Welcome Karin\n\n"
    "— Orsa Rovers (@OrsaRovers) March 3, 2021\n\n"
    '"She has won the league in six different countries and is one of only two coaches to win '
    'the cup with three clubs."\n\n'
    "Voss starts work on Monday."
)


def test_a_statement_goes_on_after_an_embedded_post() -> None:
    spans = [_EMBEDDED[s.start : s.end] for s in find_quote_spans(_EMBEDDED)]
    assert any(s.startswith("Karin is one") and s.endswith("Tolna.") for s in spans), spans
    assert quote(_EMBEDDED, "She has won the league").speaker == "Orsa Rovers"
    assert quote(_EMBEDDED, "Karin is one of").speaker == "Orsa Rovers"
    claimants = _claimants(_EMBEDDED)
    assert claimants[6.0] == "Orsa Rovers"  # never the coach of the quote before
    assert claimants[3.0] == "Orsa Rovers"


def test_a_paragraph_that_closes_its_quote_is_unchanged_before_an_embedded_post() -> None:
    text = (
        'Orsa Rovers said in a statement: "Karin is one of the most respected coaches."\n\n'
        "Welcome Karin\n\n"
        "— Orsa Rovers (@OrsaRovers) March 3, 2021\n\n"
        "Voss starts work on Monday, the club said."
    )
    spans = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert spans == ["Karin is one of the most respected coaches."]
    assert [q.speaker for q in quotes(text) if q.kind == "direct"] == ["Orsa Rovers"]


def test_a_list_member_in_marks_is_a_term_not_words() -> None:
    text = (
        "Because sellers can easily switch between being stores, “makers,” and regular users,"
        " Tove Lind says she noticed the borders between all three kinds on the site have faded."
    )
    assert [q.text for q in quotes(text) if q.kind == "direct"] == []
    # control: one word in marks after a speech verb and a comma is still someone's word
    said = "Asked about the offer, Tove Lind said, “no,” and left the room."
    assert quote(said, "no").speaker == "Tove Lind"


def test_an_officer_of_an_organisation_speaks_for_himself() -> None:
    text = (
        "The hearing follows the evidence on Monday of three diplomats and aides, including a"
        " career Navy officer who described the minister's call with Brask as “unlawful.”"
    )
    assert [q.speaker for q in quotes(text) if q.speaker] == []
    # control: a spokeswoman of the organisation speaks for it
    said = "A Velmar Police spokeswoman said: “The road will stay closed until Monday.”"
    assert quote(said, "The road will stay closed").speaker == "Velmar Police"


def test_the_company_as_claimant_is_the_company_the_sentence_names() -> None:
    text = (
        "Velmo has been testing a new button for shops.\n\n"
        "There are now 40 million active shops across Norvik's apps, according to the company."
    )
    assert _claimants(text)[40_000_000.0] == "Norvik"
    # with no organisation in the sentence, the one the text is about
    text = (
        "Velmar Bank cut its rates on Tuesday.\n\n"
        "Its profit fell 12 percent in the quarter, according to the bank."
    )
    assert _claimants(text)[12.0] == "Velmar Bank"
    # control: a body that is no company kind stays as written
    text = "Velmar Bank cut 300 jobs on Tuesday, according to the union."
    assert _claimants(text)[300.0] == "union"


def test_it_as_claimant_is_the_subject_before_not_the_last_name() -> None:
    text = (
        "Norvik Airways grew fast this year. As of May, Norvik Airways had a fleet of 120"
        " aircraft. In addition to its order of 20 jets from Velmar Aerospace Corp. on"
        " Wednesday, it announced an order of 40 Tolna Inc. jets on Monday at a value of"
        " $9 billion."
    )
    found = _claimants(text)
    assert found[40.0] == "Norvik Airways"
    assert found[9_000_000_000.0] == "Norvik Airways"
    # control: a named subject tells its figures as before
    assert _claimants("Velmar Aerospace Corp. said it sold 40 jets.")[40.0] == (
        "Velmar Aerospace Corp"
    )


def test_continue_or_agree_with_an_infinitive_tells_no_figure() -> None:
    found = _claimants(
        "Markets drifted as traders weighed whether Velmar and Brask could agree to end a"
        " 3-year border dispute."
    )
    assert found[3.0] is None
    found = _claimants(
        "Mayor Ida Holm continues to give mixed signals about whether her fees on 400 farms"
        " will ever be removed."
    )
    assert found[400.0] is None
    # control: "agreed that" reports words
    assert _claimants("Ida Holm agreed that 400 farms had been hit.")[400.0] == "Ida Holm"


def test_a_teller_beside_a_relative_pronoun_tells_what_follows_it() -> None:
    found = _claimants(
        "The new motor puts out 90 kW along with 250 Nm of torque; which Velmar Motors claims"
        " is a 15% and 10% gain respectively compared to the old motor."
    )
    assert found == {90.0: None, 250.0: None, 15.0: "Velmar Motors", 10.0: "Velmar Motors"}


def test_a_forecast_or_a_disclosure_is_its_subjects_figure() -> None:
    assert _claimants("Norvik Research expects 2.5 million phones will be sold this year.") == {
        2_500_000.0: "Norvik Research"
    }
    assert _claimants("Ida Holm in May revealed plans to grow the Velmar fleet by 30%.") == {
        30.0: "Ida Holm"
    }
    # control: a passive "is expected" names no teller
    assert _claimants("A total of 2.5 million phones are expected to be sold this year.") == {
        2_500_000.0: None
    }


def test_a_forecast_verb_tells_only_what_it_forecasts() -> None:
    found = _claimants(
        "Norvik Media didn't reveal the amounts, but the paper says the deal is worth 40 million"
        " dollars."
    )
    assert found[40_000_000.0] is None
    found = _claimants(
        "Ida Holm is expecting a raise for her work on the film (she was given $3 million for"
        " the first one)."
    )
    assert found[3_000_000.0] is None


def test_a_name_in_marks_before_a_colon_is_a_term() -> None:
    text = (
        "In Brask, where orders open next month, Velmar will start with the Orsa Tourer"
        " “launch one”: it will be a special edition in deep green."
    )
    assert [q.text for q in quotes(text) if q.kind == "direct"] == []
    # control: words in marks a speech verb reports keep their speaker
    said = "Ida Holm said the plan was “simply wrong”: it would cost too much."
    assert quote(said, "simply wrong").speaker == "Ida Holm"


def test_a_report_from_a_firm_speaks_for_it() -> None:
    text = (
        "Shares in Brask rose again on Monday.\n\n"
        '"The market is already pricing in a quick recovery in earnings," said a report from'
        " Norvik Capital Partners."
    )
    assert quote(text, "already pricing in").speaker == "Norvik Capital Partners"
    # control: a plain common noun from somewhere names nobody
    text = (
        "Shares in Brask rose again on Monday.\n\n"
        '"The market is already pricing in a quick recovery in earnings," said a trader from'
        " Velmar."
    )
    assert quote(text, "already pricing in").speaker is None
