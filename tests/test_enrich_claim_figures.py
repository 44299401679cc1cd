"""The figures real disputes are made of (issue 12 item 1): ages of named people, durations,
numbers in words and fractions, glued units and model names are read as claims with the
right quantity, noun and subject. Invented sentences; each test fails without its rule."""

from __future__ import annotations

import pytest
from tests._enrich_docs import doc_with_ents, enrich_outlets
from tests._enrich_docs import quoted_claims as _claims

from newsbeat.compare import compare_articles
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims


def _figures(text: str, what: str) -> list[tuple[float | None, float | None]]:
    return [(c.low, c.high) for c in _claims(text) if c.what == what]


def _ages(text: str) -> dict[str, float | None]:
    return {c.subject or "": c.low for c in _claims(text) if c.what == "age"}


def test_an_age_after_a_name_is_a_claim_about_that_person() -> None:
    found = [c for c in _claims("John Miller, 32, fell on the ice on Sunday.") if c.what == "age"]
    assert [(c.low, c.subject, c.event) for c in found] == [(32.0, "John Miller", "age")]


def test_an_n_year_old_before_a_name_is_that_persons_age() -> None:
    assert _ages("The 45-year-old Peter Walsh was taken to hospital.") == {"Peter Walsh": 45.0}
    assert _ages("Police named the driver as Peter Walsh, a 45-year-old builder.") == {
        "Peter Walsh": 45.0
    }
    text = "On Saturday, 32 - year - old Englishman Peter Walsh fell from the ridge."
    assert _ages(text) == {"Peter Walsh": 32.0}


def test_ages_of_two_named_people_go_to_each_in_order() -> None:
    text = "Police found Mary Wilson and Susan Clark, who were 61 and 48 years old."
    assert _ages(text) == {"Mary Wilson": 61.0, "Susan Clark": 48.0}


def test_an_age_of_no_named_person_is_no_named_claim() -> None:
    # since conf38b (session 38) the ages of a group listed unnamed are each a person described
    # only by the age (compare may name one from the story's other articles), never a name
    text = "The names of the two women, who were 61 and 48 years old, were not released."
    assert _ages(text) == {"61-year-old": 61.0, "48-year-old": 48.0}
    assert _figures("The 45-year-old was taken to hospital.", "years") == []


def test_a_sentence_length_is_a_claim_and_not_the_time_of_the_next_figure() -> None:
    found = _claims("He was sentenced to 3 years, with 8 months to serve, in the old case.")
    years = [c for c in found if c.what == "years"]
    months = [c for c in found if c.what == "months"]
    assert [(c.low, c.high) for c in years] == [(3.0, 3.0)]
    assert [c.time_ref for c in months] == [None]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He got 2 1/2 years in the state prison for the robbery.", 2.5),
        ("He got a 3-1/2 year term in the state prison for the robbery.", 3.5),
        ("He got two and a half years in the state prison for the robbery.", 2.5),
    ],
)
def test_a_whole_number_and_a_fraction_are_one_figure(text: str, value: float) -> None:
    assert _figures(text, "years") == [(value, value)]


def test_hours_of_deliberation_count_and_the_days_they_took_do_not_hedge() -> None:
    assert _figures("The jury gave its verdict after 20 hours of deliberation.", "hours") == [
        (20.0, 20.0)
    ]
    found = _claims("The jury deliberated for 36 hours over three days before it decided.")
    assert [(c.what, c.low, c.high) for c in found] == [("hours", 36.0, 36.0)]


def test_durations_counted_in_years_are_claims_and_ages_in_years_are_not() -> None:
    text = "She came home after a four year spell living in the capital."
    assert _figures(text, "years") == [(4.0, 4.0)]
    assert _figures("She has lived there for the past three years.", "years") == [(3.0, 3.0)]
    assert _figures("The school is 32 years old and needs a new roof.", "years") == []


@pytest.mark.parametrize(
    ("text", "what", "value"),
    [
        ("Pirates still hold a dozen ships off the coast.", "ships", 12.0),
        ("Pirates still hold half a dozen ships off the coast.", "ships", 6.0),
        ("Pirates still hold two dozen ships off the coast.", "ships", 24.0),
        ("The farmer lived half a mile away from the crossing.", "miles", 0.5),
        ("The farmer lived a mile and a half away from the crossing.", "miles", 1.5),
    ],
)
def test_numbers_and_fractions_in_words(text: str, what: str, value: float) -> None:
    assert _figures(text, what) == [(value, value)]


def test_about_a_dozen_keeps_its_hedge() -> None:
    found = [c for c in _claims("Pirates hold about a dozen ships.") if c.what == "ships"]
    assert [(c.hedge, c.exact) for c in found] == [("about", False)]


def test_a_figure_with_a_glued_m_and_no_money_is_metres() -> None:
    assert _figures("The climber fell 45m from the ridge on Friday.", "metres") == [(45.0, 45.0)]
    found = _claims("The club paid £45m for the striker on Friday.")
    assert [(c.what, c.low) for c in found] == [("pounds", 45e6)]


def test_glued_feet_and_kilometres_are_read() -> None:
    assert _figures("He slid about 3,000ft down the face.", "feet") == [(2400.0, 3600.0)]
    assert _figures("He slid 3, 000ft down the face.", "feet") == [(3000.0, 3000.0)]
    assert _figures("They walked 60km to the border.", "kilometres") == [(60.0, 60.0)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Marines seized 9 AK - 47 rifles from the boat.", 9.0),
        ("Marines seized 5 AK 47 guns from the boat.", 5.0),
        ("Marines seized four AK-47s from the boat.", 4.0),
        ("Marines seized four AK-47 assault rifles from the boat.", 4.0),
    ],
)
def test_a_model_name_after_a_count_is_the_counted_thing(text: str, value: float) -> None:
    found = _claims(text)
    assert [(c.what, c.low) for c in found] == [("ak-47", value)]


def test_a_figure_before_a_participle_counts_the_noun_after_it() -> None:
    text = "Officials had to sort through 120,000 written letters last year."
    assert _figures(text, "letters") == [(120000.0, 120000.0)]


def test_a_window_a_figure_is_counted_in_is_no_duration_claim_and_still_dates_it() -> None:
    found = _claims("Over the last three days, 40 people were hurt in the clashes.")
    assert [(c.what, c.low, c.time_ref) for c in found] == [
        ("people injured", 40.0, "the last three days")
    ]


def test_a_glued_m_in_a_sentence_about_money_is_millions() -> None:
    assert _figures("The club's budget grew by 45m on Friday.", "metres") == []


def test_an_age_is_dated_to_the_year_of_the_articles_date_line() -> None:
    early = "Gunman held\nJune 25, 2005\nPolice arrested John Miller, 27, on Friday."
    late = "Gunman convicted\n(March 20, 2007) - -\nThe jury found John Miller, 29, guilty."
    assert [(c.low, c.time_ref) for c in _claims(early) if c.what == "age"] == [(27.0, "2005")]
    assert [(c.low, c.time_ref) for c in _claims(late) if c.what == "age"] == [(29.0, "2007")]


def test_ages_of_one_person_told_in_two_years_are_no_conflict() -> None:
    body = (
        "\nThe deputy was shot outside an apartment building while he was questioning two"
        " men about an earlier shooting in the neighbourhood, and he died in hospital."
    )
    articles, enrichments = enrich_outlets(
        [
            (
                "Coast Ledger",
                f"Held\nJune 25, 2005\nThe police found John Miller, 27, there.{body}",
            ),
            (
                "Valley Post",
                f"Convicted\nMarch 20, 2007\nThe jury found John Miller, 29, guilty.{body}",
            ),
        ]
    )
    ages = [c.low for e in enrichments.values() for c in e.claims if c.what == "age"]
    assert sorted(ages) == [27.0, 29.0]
    assert compare_articles(articles, enrichments).conflicts == []


def test_an_age_keeps_its_hedge_and_an_age_at_another_time_is_no_claim() -> None:
    found = [c for c in _claims("The nearly 60-year-old John Miller spoke.") if c.what == "age"]
    assert [(c.low, c.high, c.hedge) for c in found] == [(54.0, 60.0, "nearly")]
    assert _ages("Lawyers said the then-15-year-old John Miller was there.") == {}


def test_an_age_at_the_end_of_a_sentence_is_read() -> None:
    text = "Police named 61-year-old Kathryn Moss and her son Gary Moss, 35."
    assert _ages(text) == {"Kathryn Moss": 61.0, "Gary Moss": 35.0}


def test_an_age_goes_to_the_name_as_written_not_to_a_namesake() -> None:
    # NER took only the surname of the second name: it resolves to the man named before
    text = "Gary Moss, 35, was arrested on Monday. The victim is 61-year-old Kathryn Moss."
    doc = doc_with_ents(text, ("Gary Moss", "PERSON"), ("Moss", "PERSON", 1))
    found = extract_claims(doc, build_actors(doc), [])
    assert [(c.low, c.subject) for c in found if c.what == "age"] == [(35.0, "Gary Moss")]


def test_n_year_old_written_with_a_space_is_an_age_not_a_duration() -> None:
    text = "The trial of 16 year-old John Miller began on Monday."
    assert _figures(text, "years") == []
    assert _ages(text) == {"John Miller": 16.0}


def test_a_unit_after_another_word_is_not_the_abbreviation() -> None:
    assert _figures("The engine gives 414 lb-ft of torque.", "feet") == []
