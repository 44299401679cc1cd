"""The date a claim carries, and numbers inside names (issue 12, session 31).

Invented sentences and names. Each rule test fails without its rule; each guard keeps what
the rule must not touch."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claim_figures import article_year
from newsbeat.enrich.claim_found import FoundClaim
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes


def _found(text: str) -> list[FoundClaim]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    return extract_claims(doc, actors, extract_quotes(doc, actors))


def _dated(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.what, c.low, c.time_ref) for c in _found(text)]


def _values(text: str) -> list[float | None]:
    return [c.low for c in _found(text)]


# A sentence in the first lines that holds a full date is no date line.


def test_a_sentence_with_a_full_date_is_no_date_line() -> None:
    text = (
        "Tobias Wrenfield, the Velmar spy, died yesterday.\n"
        "On Tuesday, Oct. 10, 1972, Velmar awoke to this startling news:\n"
        "The spy had been paid by the ministry.\n"
    )
    assert article_year(text) is None


def test_a_date_line_with_its_furniture_is_kept() -> None:
    assert article_year("Last updated on: November 3, 2011 10: 20 IST\n\nText.") == "2011"
    assert article_year("Posted 1 year, 7 days ago [downloaded on 3 October 2013]\n") == "2013"


# A sentence opening on a pronoun keeps the sentence before's date only for an act the
# pronoun's referent does.


def test_no_date_from_the_sentence_before_for_a_light_verb() -> None:
    text = (
        "Tobias Wrenfield signed with the Orbans on Monday. "
        "This means they will be missing two of their best players in the final."
    )
    assert next(d for d in _dated(text) if d[1] == 2.0)[2] is None


def test_the_sentence_before_dates_an_act_of_its_subject() -> None:
    text = "The last big quake hit Velmar in February. It killed 61 people in the old town."
    assert ("people killed", 61.0, "February") in _dated(text)


# A weekday at the end of a name is no day.


def test_a_weekday_ending_a_name_is_no_date() -> None:
    text = (
        "But because the next regularly scheduled Patch Tuesday is three weeks away, "
        "Velsoft may ship a fix before then."
    )
    assert [t for _, v, t in _dated(text) if v == 3.0] == [None]


def test_a_weekday_after_a_place_name_still_dates() -> None:
    text = (
        "Smoke was coming from the Orlan Bible Church Friday evening when as many as 30 "
        "volunteer firefighters arrived at the building."
    )
    assert [t for w, _, t in _dated(text) if w == "firefighters"] == ["Friday"]


# A coordinated time is kept whole.


def test_two_years_joined_are_kept_whole() -> None:
    text = "In 2009 and 2010, Karl Osk was sued three times by shop owners in Velmar."
    assert [t for _, v, t in _dated(text) if v == 3.0] == ["2009 and 2010"]


# A standing (an age, a mother's children) is not dated by the date line when its sentence
# names another year.


def test_an_age_takes_the_year_of_its_own_clause_not_the_main_clauses_day() -> None:
    text = (
        "March 3, 2013\n\n"
        "The video was shown in court on Thursday during the trial of two men accused of "
        "killing Kara Wendt, 34, a mother of 12, in 2011 and wounding two others."
    )
    found = _dated(text)
    assert ("age", 34.0, "2011") in found
    assert ("children", 12.0, "2011") in found


def test_a_figure_takes_the_date_nearest_its_own_verb() -> None:
    text = (
        "March 3, 2013\n\n"
        "The video was shown in court on Thursday during the trial of two men accused of "
        "killing Kara Wendt, 34, a mother of 12, in 2011 and wounding two others."
    )
    assert ("others wounded", 2.0, "2011") in _dated(text)
    assert ("men", 2.0, "Thursday") in _dated(text)


def test_an_age_is_undated_when_the_year_is_another_clauses() -> None:
    text = (
        "March 3, 2013\n\n"
        "A doorman identified the 29-year-old Tobias Wrenfield as the shooter, but Wrenfield "
        "was acquitted in 1958 on charges of attempted murder."
    )
    assert [t for w, _, t in _dated(text) if w == "age"] == [None]


def test_an_age_at_the_time_of_an_event_is_not_the_date_lines() -> None:
    text = (
        "March 3, 2013\n\n"
        "Karl Osk, who was 18 at the time of the shooting, confessed to the police in Velmar."
    )
    assert [t for w, _, t in _dated(text) if w == "age"] == [None]


def test_an_age_with_no_other_year_keeps_the_date_line() -> None:
    text = "March 3, 2013\n\nKarl Osk, 20, was found guilty on Monday of robbing a shop."
    assert [t for w, _, t in _dated(text) if w == "age"] == ["2013"]


# A number inside a name is no count.


def test_a_number_naming_a_gang_is_no_count() -> None:
    text = (
        "Police said Karl Osk, an alleged 8 Block gang member, fired the shots. "
        "Osk and his brother are believed to be members of a gang called 8 Block."
    )
    assert 8.0 not in _values(text)


def test_a_count_before_a_plural_or_a_nationality_stays() -> None:
    text = "The Velmar navy caught 12 Somalis and seized 14 Magazines and 11 Yemeni pirates."
    assert {12.0, 14.0, 11.0} <= set(_values(text))


def test_a_count_before_a_parents_name_stays() -> None:
    text = "Video of Velmar Mother of 13 Kara Wendt shot in a gang feud was shown in court."
    assert 13.0 in _values(text)


def test_a_version_the_name_governs_is_no_count() -> None:
    text = (
        "Though the attack pointed at the outdated Velmar Explorer 8 and Velmar Explorer 9 "
        "releases, it is thought the flaw could hit every version."
    )
    assert 9.0 not in _values(text)


def test_a_count_after_a_name_it_does_not_hang_on_stays() -> None:
    text = "Police told Reuters 12 people had died in the Velmar fire."
    assert 12.0 in _values(text)


def test_an_address_on_a_way_is_no_count() -> None:
    text = "An offer was sent from the offices at 4 Orlan Way in Velmar to the player's agent."
    assert 4.0 not in _values(text)


def test_the_sentence_before_dates_every_act_of_the_subjects_verbs() -> None:
    text = (
        "The last big quake hit Velmar in February. "
        "It killed 61 people and injured more than 400, leaving thousands homeless."
    )
    found = _dated(text)
    assert ("injured", 400.0, "February") in found


def test_a_date_on_the_verb_before_one_inside_a_noun_phrase() -> None:
    text = (
        "Kerr is averaging 15.5 points per game this season, but Osk is averaging just 14.9 "
        "points per contest, a drop of five points per game from last season."
    )
    assert [t for _, v, t in _dated(text) if v == 14.9] == ["this season"]


def test_a_fronted_date_dates_both_coordinated_verbs() -> None:
    text = (
        "This year, pirates have attacked nearly 100 vessels off the Velmar coast and "
        "hijacked nearly 40, the maritime bureau said."
    )
    assert [t for w, _, t in _dated(text) if w == "vessels" and _ == 36.0] == ["This year"]


def test_a_year_naming_an_edition_or_a_model_is_no_date() -> None:
    text = (
        "Police said Karl Osk hit three parked cars with his gray 2013 Orlan Camry near the temple."
    )
    assert "2013" not in {t for _, _, t in _dated(text)}


def test_a_date_inside_the_subject_does_not_date_a_coordinated_verb() -> None:
    text = (
        "The fire, the largest of the year for the Velmar brigade, was set at the door of the "
        "hall and was fought by firefighters for nearly eight hours."
    )
    assert [t for w, _, t in _dated(text) if w == "hours"] == [None]


def test_a_model_year_the_tagger_made_the_head_is_no_date() -> None:
    text = (
        "Karl Osk, 23, allegedly mowed into the woman with his gray 2013 Velta Marlin, police said."
    )
    assert "2013" not in {t for _, _, t in _dated(text)}


def test_a_year_after_a_preposition_before_a_name_still_dates() -> None:
    text = "In 2012 Velsoft recalled 40 of its trucks after a brake fault."
    assert [t for w, _, t in _dated(text) if w == "trucks"] == ["2012"]


def test_a_count_before_a_company_and_its_plural_noun_stays() -> None:
    text = "On Monday it announced an order of 40 Tolna Inc. jets at a value of $9 billion."
    assert 40.0 in _values(text)


def test_a_unit_abbreviation_after_a_number_stays() -> None:
    assert 250.0 in _values("The new motor puts out 90 kW along with 250 Nm of torque.")


# A date on the verb that tells the figure dates the telling (lead, after the merge: the demo's
# "first week" losses and a season's yards had taken the day the source spoke).


def test_the_tellers_day_does_not_date_a_figure_with_its_own_time() -> None:
    assert _dated(
        "The first week of the strike cost the Arden port 18 million crowns in fees, "
        "the port's finance office said on Saturday."
    ) == [("crowns", 18_000_000.0, "The first week")]
    assert _dated(
        "Tom Reyes has rushed for only 150 yards this season, the coach said on Sunday."
    ) == [("yards", 150.0, "this season")]


def test_the_tellers_day_still_dates_a_figure_with_no_time_of_its_own() -> None:
    assert _dated("Tom Reyes rushed for 150 yards, the coach said on Sunday.") == [
        ("yards", 150.0, "Sunday")
    ]
