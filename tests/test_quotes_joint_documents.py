"""Quotes read29 found given to one of two speakers, cut into a one-word fragment, lost after
"The statement said …. It said …", or given to an officer who relays what witnesses said.
Invented articles with fictional names; each rule case fails without its rule, the guards
pass on both."""

from __future__ import annotations

from tests._quotes import quote, quotes


def test_words_said_by_two_people_go_to_neither() -> None:
    text = (
        '"Mira is a consummate entertainer and the ideal host," said Tova Reyes and Ilan'
        " Brandt, the new producers of the gala.\n"
    )
    found = quote(text, "ideal host")
    assert found.speaker is None
    assert found.speaker_start is not None and found.speaker_end is not None
    assert text[found.speaker_start : found.speaker_end] == "Tova Reyes and Ilan Brandt"


def test_a_person_and_a_common_noun_leave_the_person_the_speaker() -> None:
    text = '"The timing could not be worse," said Ada Rowe and her lawyer.\n'
    assert quote(text, "timing could not").speaker == "Ada Rowe"


def test_one_word_in_marks_inside_reported_speech_is_no_quote_of_its_own() -> None:
    text = 'Actor Ben Asker said money worries are hitting "everyone."\n'
    found = quotes(text)
    assert [q.kind for q in found] == ["indirect"], found
    assert found[0].speaker == "Ben Asker"


def test_it_after_the_statement_said_is_whoever_issued_the_statement() -> None:
    text = (
        "Harlow Foods, a maker of frozen meals, issued a statement on Saturday saying it was"
        ' "shocked by the death of our founder."\n'
        "The statement said Mr. Varga founded the firm in 1990.\n"
        "It said the company would make no further comment while the inquiry goes on.\n"
    )
    assert quote(text, "no further comment", kind="indirect").speaker == "Harlow Foods"


def test_it_after_a_statement_nobody_issued_names_nobody() -> None:
    text = (
        "The fire broke out at the Harlow Foods plant on Saturday.\n"
        "The statement said the plant would stay shut.\n"
        "It said the company would make no further comment while the inquiry goes on.\n"
    )
    assert not [q for q in quotes(text) if "no further comment" in q.text]


def test_what_witnesses_said_is_not_the_officers_words() -> None:
    text = (
        "Witnesses said the shooter used a shotgun or a rifle, Brenton police Lt. Ivo Kell said.\n"
    )
    assert not [q for q in quotes(text) if q.speaker == "Ivo Kell"]


_VIDEO = (
    "In one video, Ivo Kell is clad in a red hoodie, the source said.\n"
    "He can be seen kicking a young man on Elm Ave. near Oak Rd. in Brenton after the"
    " opponent flashed hand signs and said he runs with a rival crew.\n"
)


def test_a_verb_of_saying_past_another_clauses_subject_is_not_the_first_subjects() -> None:
    assert not [q for q in quotes(_VIDEO) if "rival crew" in q.text]


def test_a_verb_of_saying_joined_to_its_subjects_verb_keeps_the_subject() -> None:
    text = "Ivo Kell met the young man on Monday and said he runs with a rival crew.\n"
    assert quote(text, "rival crew", kind="indirect").speaker == "Ivo Kell"


def test_a_verb_of_saying_past_its_own_question_keeps_the_subject() -> None:
    text = (
        "Sgt. Ivo Kell could not say if anyone else was in the building at the time, but said"
        " no one else was injured.\n"
    )
    assert quote(text, "no one else was injured", kind="indirect").speaker == "Ivo Kell"


def test_a_verb_of_saying_past_a_relative_clause_keeps_the_subject() -> None:
    text = (
        "Prime Minister Ivo Kell also defended his budget plans, which foresee 30 billion euros"
        " in savings, and said the government would not abandon its drive to cut the debt.\n"
    )
    assert quote(text, "would not abandon", kind="indirect").speaker == "Ivo Kell"


def test_words_said_by_two_people_name_both_as_speakers() -> None:
    # speak31: the speaker field stays empty (no one of them alone said it), ``speakers``
    # names both, and a quote going on from theirs names them too
    text = (
        '"We are thrilled to have Mira host the gala," said Tova Reyes and Ilan Brandt.'
        ' "She is loved everywhere and the audience will be as excited as we are."\n'
    )
    first = quote(text, "thrilled")
    assert first.speaker is None and first.speakers == ("Tova Reyes", "Ilan Brandt")
    assert quote(text, "loved everywhere").speakers == ("Tova Reyes", "Ilan Brandt")


def test_reported_words_of_two_people_are_kept_with_both_speakers() -> None:
    text = "Tova Reyes and Ilan Brandt said Mira would host the gala for a second year.\n"
    found = quote(text, "would host the gala", kind="indirect")
    assert found.speaker is None and found.speakers == ("Tova Reyes", "Ilan Brandt")


def test_reported_words_of_one_person_or_another_are_nobodys() -> None:
    text = "Tova Reyes or Ilan Brandt said Mira would host the gala for a second year.\n"
    assert not quotes(text), quotes(text)
