"""Claims read wrong on read36's sample, read right (issue 12, fix36, session 36).

Invented sentences and names. Each rule test fails without its rule; the guards keep the
readings next to each rule as they were."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claim_found import FoundClaim
from newsbeat.enrich.claim_numbers import parse_number
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes


def _found(text: str) -> list[FoundClaim]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    return extract_claims(doc, actors, extract_quotes(doc, actors))


def _read(text: str) -> list[tuple[str, float | None]]:
    return [(c.what, c.low) for c in _found(text)]


# Two number words that write no number: a writer's correction that kept both words.


def test_two_unit_words_in_a_row_are_no_number() -> None:
    text = "Ivo Kell scored just three four times in his first 18 games for Velmar."
    assert ("times", 7.0) not in _read(text)
    assert parse_number(["three", "four"]) is None
    assert parse_number(["five", "ten"]) is None


def test_a_ten_and_a_unit_stay_one_number() -> None:
    # guard: "thirty four", "twenty-one", "one hundred twenty five"
    text = "Ivo Kell scored thirty four times in his first 18 games for Velmar."
    assert ("times", 34.0) in _read(text)
    assert parse_number(["twenty-one"]) == 21.0
    assert parse_number(["one", "hundred", "twenty", "five"]) == 125.0
    assert parse_number(["two", "hundred", "and", "five"]) == 205.0
    assert parse_number(["a", "hundred"]) == 100.0


# A figure between "a" and a singular noun modifies one thing ("a three punch combo").


def test_a_figure_after_a_modifying_a_singular_noun_is_no_count() -> None:
    for text, what in (
        ("Sam Dane came back with an eight round decision win over Ivo Kell in Velmar.", "win"),
        ("Sam Dane landed a three punch combo on Ivo Kell in the third round.", "combo"),
        ("Ivo Kell took a seven count before the bell in Velmar.", "count"),
        ("The council in Velmar released a 500 page report on the harbour.", "report"),
        ("A 30 vehicle convoy reached Velmar on Monday.", "convoy"),
    ):
        assert [w for w, _ in _read(text) if w == what] == [], text


def test_a_counted_part_after_a_counts_itself() -> None:
    # as its hyphened form does ("a 12 - member jury": 12 members)
    assert ("members", 12.0) in _read("A 12 member jury in Velmar convicted Ivo Kell.")


def test_measures_adjectives_and_plurals_after_a_read_as_before() -> None:
    # guards: a magnitude, a unit, an adjective ("strong") and a plural noun
    assert ("magnitude", 6.1) in _read("A 6.1 magnitude quake struck Velmar on Monday.")
    assert ("years", 10.0) in _read("The firm in Velmar signed a 10 year lease on Monday.")
    assert ("crowd", 10000.0) in _read("Police in Velmar fired on a 10,000 strong crowd.")
    assert ("people", 200.0) in _read("Officials said 200 people left Velmar on Monday.")


# A count of the writer's own points is no claim.


def test_two_things_apparent_are_no_claim() -> None:
    for text in (
        "Two things were very apparent in the bout in Velmar.",
        "Three things stood out at the summit in Velmar on Monday.",
    ):
        assert [w for w, _ in _read(text) if w == "things"] == [], text


def test_things_with_a_modifier_read_as_before() -> None:
    text = "The thieves took three stolen things from the house in Velmar."
    assert ("things", 3.0) in _read(text)


# Wins by a manner count that manner's wins.


def test_wins_by_knockout_are_knockouts() -> None:
    text = "Ivo Kell is 40-2 with a remarkable 31 wins by knockout, his manager said in Velmar."
    read = _read(text)
    assert ("knockouts", 31.0) in read
    assert ("wins", 31.0) not in read
    text = "Ivo Kell has 31 wins by KO and 9 wins by decision in Velmar."
    assert {("knockouts", 31.0), ("wins by decision", 9.0)} <= set(_read(text))


def test_kos_in_prose_are_knockouts() -> None:
    assert ("knockouts", 31.0) in _read("Ivo Kell now has 31 KOs in his career in Velmar.")


def test_wins_by_a_margin_stay_wins() -> None:
    # guard: "by 10 points" is a margin, no manner
    text = "Ivo Kell has 31 wins by 10 points or more in Velmar."
    assert ("wins", 31.0) in _read(text)
