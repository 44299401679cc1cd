"""A figure's described subject named from the sentence before (issue 12, branch confread7).

Invented sentences. The rule tests fail without ``enrich/claim_carry.py`` (the subject stays
unknown); the guards keep it unknown where another reading is open: a paragraph break, two
candidates, a name in the figure's own sentence, another person in between, a noun of the
other sex, a quotation."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claim_found import FoundClaim
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes

_PERSON = "Tomas Vellander joined the club in 2001. "
_COMPANY = "Grentham Mills Inc. reported weak sales on Tuesday. "


def _claims(text: str, what: str) -> list[FoundClaim]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    return [c for c in extract_claims(doc, actors, extract_quotes(doc, actors)) if c.what == what]


def _subjects(text: str, what: str) -> list[tuple[str | None, str | None]]:
    return [(c.subject, c.carried) for c in _claims(text, what)]


def test_a_person_noun_takes_the_name_of_the_sentence_before() -> None:
    text = _PERSON + "The striker scored 20 goals in his first season."
    assert _subjects(text, "goals") == [("Tomas Vellander", "subject")]


def test_a_body_noun_takes_the_company_of_the_sentence_before() -> None:
    text = _COMPANY + "The company cut 300 jobs at its plant in Osterby."
    assert _subjects(text, "jobs") == [("Grentham Mills Inc", "subject")]


def test_the_owner_of_the_subject_before_counts_as_its_subject() -> None:
    # "Grentham's quarter ended badly": the sentence is about the company
    text = (
        "Grentham Mills Inc.'s quarter ended badly when the firm recalled its mixers. "
        "The company had to replace 4,000 mixers."
    )
    assert [c for _, c in _subjects(text, "mixers")] == ["subject"]
    assert all(str(s).startswith("Grentham Mills") for s, _ in _subjects(text, "mixers"))


def test_a_paragraph_break_stops_the_carry() -> None:
    text = _PERSON + "\n\nThe striker scored 20 goals in his first season."
    assert _subjects(text, "goals") == [(None, None)]


def test_a_name_of_its_own_is_kept() -> None:
    text = _PERSON + "Andrej Koval scored 20 goals in his first season."
    assert _subjects(text, "goals") == [("Andrej Koval", None)]


def test_two_candidates_stop_the_carry() -> None:
    text = (
        "Tomas Vellander and Andrej Koval joined the club in 2001. "
        "The striker scored 20 goals in his first season."
    )
    assert _subjects(text, "goals") == [(None, None)]


def test_another_person_before_may_be_the_one_described() -> None:
    # the player may be the defender fouled
    text = "Tomas Vellander fouled a defender on Sunday. The player was banned for three matches."
    assert _subjects(text, "matches") == [(None, None)]


def test_a_name_in_the_figures_sentence_may_be_the_body_described() -> None:
    text = _COMPANY + "The company said Dorvale Foods Ltd. cut 300 jobs."
    assert [s for s, _ in _subjects(text, "jobs")] != ["Grentham Mills Inc"]


def test_a_noun_of_the_other_sex_stops_the_carry() -> None:
    text = "Mary Vellander joined the club in 2001. The man scored 20 goals that season."
    assert _subjects(text, "goals") == [(None, None)]


def test_a_quoted_description_is_not_carried() -> None:
    text = _PERSON + '"The striker scored 20 goals in his first season," the coach said.'
    assert [c for _, c in _subjects(text, "goals")] == [None]
