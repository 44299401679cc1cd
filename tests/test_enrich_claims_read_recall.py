"""Figures the claim reader skipped on unseen text, read (issue 12, reading recall).

Invented sentences and names. Each rule test fails without its rule; the guards keep a
figure unread, or kept apart, where another reading is open."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claim_found import FoundClaim
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes


def _found(text: str) -> list[FoundClaim]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    return extract_claims(doc, actors, extract_quotes(doc, actors))


def _claims(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(c.what, c.low, c.event, c.subject) for c in _found(text)]


def _ages(text: str) -> list[tuple[float | None, str | None]]:
    return [(low, subject) for what, low, _, subject in _claims(text) if what == "age"]


# A name with a capital inside ("LaVorne", "McTavish") is a name as "Lavorne" is.


def test_an_apposed_age_of_a_name_with_an_inner_capital() -> None:
    text = "Police said they had found Dorian LaVorne, 38, of Pellham on a highway north of town."
    assert _ages(text) == [(38.0, "Dorian LaVorne")]


def test_a_year_old_before_a_name_with_an_inner_capital() -> None:
    text = (
        "Dorian LaVorne was charged on Tuesday. "
        "Police say the 44-year-old LaVorne had been driving home from a party in Pellham."
    )
    assert _ages(text) == [(44.0, "Dorian LaVorne")]


def test_an_all_capitals_word_is_still_no_name() -> None:
    text = "The ruling was read out by the court, NTSB, 38, said on Tuesday in Pellham."
    assert _ages(text) == []


# Durations in seconds and nights are durations as days and years are (the tagger calls them
# dates, which alone kept them unread).


def _counted(text: str, what: str) -> list[float | None]:
    return [low for w, low, _, _ in _claims(text) if w == what]


def test_a_duration_in_seconds() -> None:
    text = "A seismologist in Velmar said the tremor lasted 40 seconds and shook tall buildings."
    assert _counted(text, "seconds") == [40.0]


def test_a_duration_in_nights() -> None:
    text = "The climber survived three nights in a snow hole on Mount Arvel before he was found."
    assert _counted(text, "nights") == [3.0]


def test_a_career_in_seasons_is_left_unread() -> None:
    # two spans of one career ("17 seasons with the club", "four seasons as its scout") would
    # meet as one quantity
    text = "Orlan Brisk has spent 17 seasons with the Harbor Kings as a scout and a coach."
    assert _counted(text, "seasons") == []


def test_a_spelt_duration_opening_its_sentence() -> None:
    text = "Nine days of protests have closed most shops in the centre of Velmar."
    assert _counted(text, "days") == [9.0]


def test_a_capitalised_number_inside_a_sentence_is_a_name() -> None:
    text = "Guests of the Three Seasons hotel in Velmar were moved out on Tuesday."
    assert _counted(text, "seasons") == []


# An age told as a sentence of its own ("He was 95.") is the age of the person a sure path
# names; an age whose sentence names another year than the date line's is that year's.


def test_an_age_told_as_its_own_sentence() -> None:
    text = "Tobias Wrenfield died on Monday in a hospital in Velmar. He was 83."
    assert _ages(text) == [(83.0, "Tobias Wrenfield")]


def test_an_age_in_years_old_as_its_own_sentence() -> None:
    text = "Tobias Wrenfield died on Monday in a hospital in Velmar. He was 83 years old."
    assert _ages(text) == [(83.0, "Tobias Wrenfield")]


def test_a_pronoun_of_two_people_names_no_age() -> None:
    text = "Police questioned Tobias Wrenfield and his brother Karl Wrenfield. He was 45."
    assert _ages(text) == []


def test_a_sentence_with_more_words_is_no_stated_age() -> None:
    text = "Tobias Wrenfield died on Monday in Velmar. He was 83 when the ship sank."
    assert _ages(text) == []


def _age_dates(text: str) -> list[str | None]:
    return [c.time_ref for c in _found(text) if c.what == "age"]


def test_an_age_dated_by_another_year_of_its_sentence() -> None:
    text = (
        "March 3, 2011\n\n"
        "Tobias Wrenfield, 80, told a radio host in 2008 that he would never retire."
    )
    assert _age_dates(text) == ["2008"]


def test_an_age_dated_by_the_date_line() -> None:
    text = "March 3, 2011\n\nTobias Wrenfield, 83, said on Monday that he would retire."
    assert _age_dates(text) == ["2011"]


# A figure the tagger calls a date is still a count right before a plural noun of things.


def test_a_range_opening_its_sentence_before_a_plural_noun() -> None:
    text = "Between 30 and 50 rioters gathered near Kell Avenue on Monday night."
    found = [(low, high) for w, low, high in _ranges(text) if w == "rioters"]
    assert found == [(30.0, 50.0)]


def test_a_day_of_a_month_before_a_plural_noun_is_no_count() -> None:
    text = "The club lost on December 5 fans of the team said, after the vote in Velmar."
    assert _counted(text, "fans") == []


def _ranges(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(c.what, c.low, c.high) for c in _found(text)]


def test_seconds_into_a_round_stay_a_clock_reading() -> None:
    found = _found("The champion ended the bout 44 seconds into the seventh round in Velmar.")
    assert [(c.low, c.occasion) for c in found if c.what == "seconds"] == [(44.0, "round 7")]


def test_seconds_left_are_no_duration() -> None:
    text = "The bout went on with about 20 seconds left in the round in Velmar."
    assert _counted(text, "seconds") == []


def test_nights_after_a_window_word_are_the_window() -> None:
    text = "Police say at least 40 people were arrested in each of the past three nights."
    assert _counted(text, "nights") == []


def test_an_age_told_as_its_own_paragraph() -> None:
    text = "Tobias Wrenfield died on Monday in a hospital in Velmar.\nHe was 83.\nHe had two sons."
    assert _ages(text) == [(83.0, "Tobias Wrenfield")]


def test_died_at_age() -> None:
    text = "Tobias Wrenfield, a former mayor of Velmar, died at age 83 in his home."
    assert _ages(text) == [(83.0, "Tobias Wrenfield")]


def test_died_at_age_of_no_one_named() -> None:
    text = "Her older brother died at age 44 of a long illness, she told the court in Velmar."
    assert _ages(text) == []


def test_days_left_in_office_stay_a_duration() -> None:
    text = "Mayor Tobias Wrenfield noted that he had 39 days left in office in Velmar."
    assert _counted(text, "days") == [39.0]
