"""Figures the claim reader left unread or without their subject or event on the dev gold's
missed disputes (issue 12, branch confread5): a sum with a glued scale letter after a money
sign ("$200MM", "$1.5B"), a named subject with an age before it, a relative clause of a
noun in apposition to a name, and a length hung on a path preposition ("fell 200 metres down
a gully"). Invented sentences; each rule test fails without its rule and has a guard."""

from __future__ import annotations

from tests._enrich_docs import found_claims as _claims


def _read(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(c.what, c.low, c.event, c.subject) for c in _claims(text)]


# --- a money sum with a glued scale letter ---


def test_a_finance_writers_mm_is_a_million() -> None:
    read = _claims("The Falcons offered Tomas Vell a five-year, $120MM contract.")
    assert [(c.low, c.unit) for c in read if c.unit == "dollars"] == [(120e6, "dollars")]


def test_a_glued_b_after_a_money_sign_is_a_billion() -> None:
    read = _claims("Ravenna Labs raised $2.5B from its investors.")
    assert [(c.low, c.unit) for c in read] == [(2.5e9, "dollars")]


def test_a_glued_letter_without_a_money_sign_is_no_sum() -> None:
    # guard: a flat number, a lens and a model size are not sums
    read = _claims("Vell lives in Apartment 4B with a 200mm lens and 3 cats.")
    assert [(c.what, c.low) for c in read] == [("cats", 3.0)]


# --- a named subject with an age before it ---


def test_a_subject_with_an_age_before_the_name_is_named() -> None:
    read = _read("On Sunday, 41-year-old Tomas Vell fell about 80 metres while hiking.")
    assert ("metres", 72.0, "fall", "Tomas Vell") in read


def test_a_subject_with_an_age_of_a_nationality_names_no_country() -> None:
    # guard: "the 38-year-old Canadian" is a person; the subject stays unknown, not Canada
    read = _read(
        "Vell floored Marco Dunst in the fourth round, and the 38-year-old Canadian lost "
        "three teeth."
    )
    assert [subject for what, _, _, subject in read if what == "teeth"] == [None]


def test_a_counted_subject_is_still_no_subject() -> None:
    # guard: the figure in the subject itself keeps the subject unknown
    read = _read("Three Velmar engineers designed 12 bridges.")
    assert all(subject is None for *_, subject in read)


# --- a relative clause of a noun in apposition to a name ---


def test_a_relative_clause_of_an_apposition_is_the_names() -> None:
    read = _read(
        "Fred Lamar, a former party treasurer who served a 14-month prison term, has died."
    )
    assert read == [("term", 14.0, "serve", "Fred Lamar")]


def test_a_relative_clause_of_a_common_noun_names_nobody() -> None:
    # guard: no name stands before the noun the clause describes
    read = _read("A former party treasurer who served a 14-month prison term has died.")
    assert read == [("term", 14.0, "serve", None)]


# --- a length on a path preposition ---


def test_a_length_hung_on_a_path_preposition_is_the_motion() -> None:
    read = _read("Vell slipped and fell about 150 metres down a steep gully.")
    assert [(what, event) for what, _, event, _ in read] == [("metres", "fall")]


def test_a_length_from_a_place_is_no_path() -> None:
    # guard: "from" places the figure ("crashed 5 miles from the airport"), no motion is told
    read = _read("The glider came down 12 miles from the airfield.")
    assert all(event != "fall" for _, _, event, _ in read)


# --- a score is no count ---


def test_a_score_before_a_result_is_no_count() -> None:
    # "the Falcons' 4-1 win" counted four wins; "an 8 - 8 record" two records of eight
    assert _read("Dunst spoke after the Falcons' 4-1 win over the Hawks.") == []
    assert _read("The Hawks reached the playoffs with an 8 - 8 record.") == []


def test_a_rising_pair_is_still_a_range() -> None:
    # guard: "3,000 - 4,000 people" is a range, read before the score check
    read = _claims("About 3,000 - 4,000 people marched in Arden.")
    assert [(c.what, c.low, c.high) for c in read] == [("people", 3000.0, 4000.0)]


def test_a_fighters_record_in_brackets_is_still_read() -> None:
    # guard: the record reader runs first ("Kerr (21-3, 14 KOs)": his wins and knockouts)
    read = _read("Dunst (21-3, 14 KOs) won on points.")
    assert [(what, low) for what, low, _, _ in read] == [("wins", 21.0), ("knockouts", 14.0)]


# --- a mark is no event ---


def test_a_contraction_or_a_dash_tagged_a_verb_is_no_event() -> None:
    # the tagger makes "’s" and "―" verbs; their lemma is no event
    assert _read("It’s a 24-hour trip from the coast.") == [("trip", 24.0, None, None)]
    read = _read("Vell has pledged to ban all Arden traders ― 2,000 members of the guild ― here.")
    assert [(what, event) for what, _, event, _ in read] == [("members", None)]


def test_a_verb_after_a_contraction_is_still_the_event() -> None:
    # guard: a real verb keeps its event
    assert _read("It’s said that Vell sold 40 horses.")[0][2] == "sell"
