"""Quotes that are nobody's or not the last speaker's (issue 12, precision; read on real news
by reader23 on 34_ecbplus, 35_ecb and 6_ecbplus).

``The league's conduct policy states: "…"`` is a rule text's, not the player's quoted just
before; a few words in marks inside the writer's sentence about a coalition or a plan are not
the last speaker's going on; a sentence of narration about the speaker ending in his quoted
phrase (``…, Mayor Ortiz named Dr. Oram the "best doctor…," Ortiz said``) is no indirect
quote of his; ``explained how she sees her role:`` says nothing; a title in marks
(``'Catching Fire'``), a term before "-style" and a spaced-out hyphenated term in marks are
no quotes. Invented articles; each rule case fails without the change, the guards pass on
both."""

from __future__ import annotations

from tests._quotes import quote, quotes

_REYES = (
    '"This morning I was stopped by an officer," Tobin Reyes said in the statement.\n\n'
    '" I do not think any charges will be filed as a result of the stop.\n\n'
    'In the event they are, I look forward to clearing my name. "\n\n'
)
_POLICY = (
    "The league's conduct policy states: \"A second offense is likely to bring a suspension, "
    'which may grow for repeat offenses."'
)


def test_a_policy_that_states_the_words_is_their_source_not_the_player() -> None:
    found = quote(_REYES + _POLICY, "second offense")
    assert found.speaker is None
    assert found.speaker_start is not None
    assert (_REYES + _POLICY)[found.speaker_start : found.speaker_end] == (
        "The league's conduct policy"
    )


def test_a_few_words_in_the_writers_sentence_about_a_plan_are_not_the_last_speakers() -> None:
    text = (
        'Sister Ana Velde said the clinic is "a rock" for the town.\n\n'
        'The plan named the health office as a "post of interest."'
    )
    assert [q.speaker for q in quotes(text) if "post of interest" in q.text] == []


def test_narration_about_the_speaker_before_his_quote_is_no_indirect_quote() -> None:
    text = (
        "As the town's critics have their eyes on the budget hearings today, Mayor Lena Ortiz "
        "named Dr. Mira Oram as the town's new health chief, the \"best doctor this valley has "
        'known," Ortiz said.'
    )
    assert [q.kind for q in quotes(text)] == ["direct"]


def test_the_speakers_own_plan_before_her_quote_stays_indirect() -> None:
    # what she will do is not narrated by the writer: it is her word on it
    text = 'Mayor Lena Ortiz will sign the bill "within the next few days," Ortiz said.'
    assert quote(text, "sign the bill", kind="indirect").speaker == "Lena Ortiz"


def test_words_ending_at_a_colon_announce_and_say_nothing() -> None:
    text = (
        "In her remarks, Dr. Mira Oram explained how she sees her role:\n\n"
        "My hope is to be the town's doctor."
    )
    assert quotes(text) == []


def test_a_title_in_single_marks_in_a_headline_is_no_quote() -> None:
    text = (
        "Filmmaker Tom Brell says he cannot commit to production schedule for 'Falling Ash'\n\n"
        "The studio had hoped to start in June."
    )
    assert [q.text for q in quotes(text) if q.kind == "direct"] == []


def test_a_term_before_style_is_no_quote() -> None:
    text = (
        "Despite the film's records, the director is not signed, as Northlight could pull "
        'a "Moonfall" - style switch over money.'
    )
    assert quotes(text) == []


def test_a_spaced_hyphen_does_not_make_a_term_a_quote() -> None:
    text = 'The airline sells "low - cost fares" to students and retirees across the region.'
    assert quotes(text) == []


# -- guards: pass on main and branch -------------------------------------------------------------


def test_the_players_own_quotes_stay_his() -> None:
    found = [q.speaker for q in quotes(_REYES + _POLICY) if "officer" in q.text]
    assert found == ["Tobin Reyes"]


def test_a_charter_parsed_as_a_subject_is_no_speaker_either() -> None:
    text = (
        '"This morning I was stopped by an officer," Tobin Reyes said.\n\n'
        'The city charter says: "No officer may serve two terms in a row without a vote."'
    )
    assert quote(text, "two terms").speaker is None


def test_a_partial_quote_in_a_sentence_about_the_speaker_stays_hers() -> None:
    text = (
        '"We will rebuild every house," Mayor Lena Ortiz said.\n\n'
        'Ortiz promised aid to "those who lost everything in the flood."'
    )
    assert quote(text, "lost everything").speaker == "Lena Ortiz"


def test_a_partial_quote_in_a_sentence_about_the_speakers_plan_stays_hers() -> None:
    text = (
        '"We will rebuild every house," Mayor Lena Ortiz said.\n\n'
        'Ortiz\'s plan named the health office as a "post of interest."'
    )
    assert quote(text, "post of interest").speaker == "Lena Ortiz"


def test_a_partial_quote_after_it_goes_on_with_the_speaker() -> None:
    text = (
        '"We will rebuild every house," Mayor Lena Ortiz said.\n\n'
        'It would give aid to "those who lost everything in the flood."'
    )
    assert quote(text, "lost everything").speaker == "Lena Ortiz"


def test_words_reported_before_the_verb_with_a_partial_quote_stay_indirect() -> None:
    text = (
        'The four patrol boats will reach Velmar "within weeks", Defence Minister Oskar Brenn '
        "told the Strait Observer on Friday."
    )
    assert [q.kind for q in quotes(text)].count("indirect") == 1


def test_words_ending_a_sentence_without_a_colon_still_report() -> None:
    text = "In her remarks, Dr. Mira Oram explained that she sees her role as the town doctor."
    assert quote(text, "town doctor", kind="indirect").speaker == "Mira Oram"


def test_a_that_clause_ending_at_a_colon_still_reports() -> None:
    text = (
        "Dr. Mira Oram noted that every clinic would have to meet one of the following "
        "conditions:\n\nIt must open at night."
    )
    assert quote(text, "every clinic", kind="indirect").speaker == "Mira Oram"
