"""Speakers of session 15's branch speakrole (issue 12, part 4): a quote given to a role noun
("the candidate", "a senior official") between a person's name and a later "he" or "she".
The pronoun goes on with the role noun's words: it is that noun's holder when the text names
one, else nobody, never the person named before. Invented articles; each rule case fails
without the change, the guards pass on both."""

from __future__ import annotations

from tests._quotes import quote as _quote

_MAYOR = "Mayor Tom Vell welcomed the crowd in Marlow on Friday. "
_ROADS = '"We will fix the roads first," the candidate said. '
_BRIDGES = '"Then we will fix every bridge in the county," he went on.\n'


def test_he_after_an_unnamed_candidates_words_is_nobody_not_the_mayor() -> None:
    text = _MAYOR + '"We will fix the roads first," the party\'s candidate said. ' + _BRIDGES
    found = _quote(text, "every bridge")
    assert found.speaker is None
    assert found.speaker_start is not None  # "he" kept as the source's span


def test_he_after_an_unnamed_officials_words_is_nobody() -> None:
    text = (
        "Tom Vell, the mayor, spoke in Marlow on Friday. "
        '"The plan has not been costed at all," a senior official said. '
        '"We expect a vote in the spring," he added.\n'
    )
    assert _quote(text, "vote in the spring").speaker is None


def test_he_after_the_candidates_words_is_the_candidate_the_text_named() -> None:
    intro = "Aldo Perk, the Green candidate, toured the docks in the morning. "
    assert _quote(intro + _MAYOR + _ROADS + _BRIDGES, "every bridge").speaker == "Aldo Perk"


def test_a_title_before_the_name_ties_the_candidate_too() -> None:
    intro = "Green Party candidate Aldo Perk toured the docks in the morning. "
    assert _quote(intro + _MAYOR + _ROADS + _BRIDGES, "every bridge").speaker == "Aldo Perk"


# -- guards: pass on main and branch -------------------------------------------------------------


def test_a_candidate_of_the_other_sex_is_not_he() -> None:
    intro = "Maria Lind, the Green candidate, toured the docks in the morning. "
    assert _quote(intro + _MAYOR + _ROADS + _BRIDGES, "every bridge").speaker == "Tom Vell"


def test_a_person_named_as_subject_after_the_role_nouns_words_is_he() -> None:
    text = (
        _MAYOR + _ROADS + "Vell shook his head at that. "
        '"Nobody has the money for all of it," he said.\n'
    )
    assert _quote(text, "Nobody has the money").speaker == "Tom Vell"


def test_officials_in_the_plural_do_not_stop_he() -> None:
    text = _MAYOR + '"The roads come first this year," officials said. ' + _BRIDGES
    assert _quote(text, "every bridge").speaker == "Tom Vell"


# -- the last-person fallback: a run of quoted sentences put the role noun out of the window -----

_DEPOT = "Mayor Tom Vell closed the old bus depot in May. "
_RUN = (
    '"We will open it again. We will hire the drivers back. We will run the night buses. '
    'People need them," he went on.\n'
)


def test_the_last_person_fallback_stops_at_the_candidates_quote() -> None:
    said = '"That was the worst decision in years," the party\'s candidate said on the radio. '
    found = _quote(_DEPOT + said + _RUN, "night buses")
    assert found.speaker is None
    assert found.speaker_start is not None


def test_the_last_person_fallback_names_the_candidate_the_text_named() -> None:
    intro = "Green Party candidate Aldo Perk toured the docks. "
    said = '"That was the worst decision in years," the candidate said on the radio. '
    assert _quote(intro + _DEPOT + said + _RUN, "night buses").speaker == "Aldo Perk"


def test_words_quoted_inside_the_candidates_reported_speech_do_not_stop_it() -> None:
    # a title for the person just named as often as another person: no whole quote, no stop
    said = 'The candidate said the closure was "the worst decision in years." '
    assert _quote(_DEPOT + said + _RUN, "night buses").speaker == "Tom Vell"


def test_a_role_noun_reporting_a_clause_after_a_quote_does_not_stop_she() -> None:
    # the quote before is someone's earlier words; "the incumbent said that …" reports, and
    # the incumbent is as often the woman just named
    text = (
        "Senator Vera Stam toured the harbour on Monday. "
        '"Why would I not say that?" The incumbent said that her vote was her own. '
        '"I was at every hearing," she said.\n'
    )
    assert _quote(text, "every hearing").speaker == "Vera Stam"
