"""An age told as a sentence of its own, with the name in full or a second verb after it
(issue 12, claims37; ``claim_figures.stated_ages``): "Ann Kerr was 95." and "He was 95 and
lived in Orsk." read as "Kerr was 95." and "He was 95." do.

Invented sentences and names. The rule tests fail without the rule; the guards keep another
figure after "and", and a subject that is no person, unread."""

from __future__ import annotations

from tests._enrich_docs import found_claims


def _ages(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.low, c.subject) for c in found_claims(text) if c.what == "age"]


def test_a_full_name_and_an_age() -> None:
    assert _ages("Tomas Vell was 95.") == [(95.0, "Tomas Vell")]


def test_an_age_and_a_second_verb_of_the_same_subject() -> None:
    text = "Mr. Tomas Vell died on Thursday at his home. He was 95 and lived in Orsk."
    assert _ages(text) == [(95.0, "Tomas Vell")]


def test_another_figure_after_and_is_no_age_of_the_subject() -> None:
    # guard: "and his wife 90" gives the sentence a second subject and figure
    text = "Mr. Tomas Vell died on Thursday at his home. He was 95 and his wife 90."
    assert _ages(text) == []


def test_a_thing_that_was_a_figure_has_no_age() -> None:
    # guard: the subject must be a name or a personal pronoun
    assert _ages("Mr. Tomas Vell died on Thursday. The Orsk score was 95.") == []
