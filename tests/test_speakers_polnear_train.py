"""Speakers on political news (issue 12 item 4, branch speakpol): the shapes of the wrong
speakers read on a seeded sample of PolNeAR train articles (``bench/speakpol_read.py``).
Invented articles, one or more per rule, with the guard cases that must stay as they were."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span
from tests._quotes import quote as _quote

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes

# -- 1. "…," said the woman / said retired surgeon X, asked …: the phrase after the verb ------


def test_a_name_after_an_inverted_cue_speaks_when_the_parse_hangs_it_elsewhere() -> None:
    text = (
        "Voters in Ostrava went to the polls on Sunday.\n\n"
        '"I am not going to call it a mistake, so forget about it," said retired surgeon Ben '
        "Carlow, asked about his claims that he had been offered a place at the academy.\n"
    )
    assert _quote(text, "forget about it").speaker == "Ben Carlow"


def test_a_title_with_a_participle_after_the_cue_is_part_of_the_phrase() -> None:
    text = (
        "Democrats, meanwhile, blasted Republicans for being sore losers.\n\n"
        "\u201cRepublicans are so frustrated with the decision that they are now unloading on "
        'the governor with everything they have got\u2014 right before the conventions," said '
        'Finance ranking Republican Orrin Hatcher (R-Utah). "They are wasting money."\n'
    )
    assert _quote(text, "so frustrated").speaker == "Orrin Hatcher"


def test_a_name_before_a_participle_clause_and_the_cue_speaks() -> None:
    text = (
        "Not everyone was claiming success.\n\n"
        "\u201cWe\u2019ve had more successful meetings than this one,\u201d Ostrava delegate "
        "Bill Eastlund, wearing a fur hat and \u201cVote Brandt\u201d badges, said as the "
        "confetti fluttered down.\n"
    )
    assert _quote(text, "more successful meetings").speaker == "Bill Eastlund"


def test_an_unnamed_woman_after_the_cue_is_nobody_and_her_she_too() -> None:
    text = (
        '"This is our little town!" said Greta Holm, 39, a waitress at the Blue Heron diner. '
        "She said the town prides itself on its mix of people.\n\n"
        "At a pharmacy near the square, a young clerk was shaken by the angry talk about "
        'migrants she has heard since the fire. "One man came in and said maybe we should '
        'close the border for good," said the woman, who like many in the town did not want '
        'to be quoted by name because of the mood in the town. "Too much anger," she said, '
        "blaming some of it on the mayor.\n"
    )
    assert _quote(text, "close the border").speaker is None
    assert _quote(text, "Too much anger").speaker is None


# -- 2. a participle after a partial quote frames nothing ----------------------------------------


def test_a_participle_after_a_partial_quote_is_no_cue() -> None:
    text = (
        "The rankings differ.\n\n"
        "Halvard Lund pegged the budget at $2.9 billion, which Mr. Trask called ''a "
        "disgrace,'' blaming Paul Morrow.\n"
    )
    assert _quote(text, "disgrace").speaker == "Trask"


def test_a_finite_verb_after_the_quote_still_frames_it() -> None:
    text = 'The vote was close.\n\n"We will not give up on this town," barked Lena Holm.\n'
    assert _quote(text, "give up on this town").speaker == "Lena Holm"


def test_a_participle_with_its_auxiliary_still_frames_the_quote() -> None:
    text = (
        "Maren Holt wrote about the clinic in the spring.\n\n"
        'On her discharge papers, in a box labeled "medical problem," a doctor had typed '
        '"severe exhaustion."\n'
    )
    assert _quote(text, "medical problem").speaker != "Maren Holt"


# -- 3. a relative clause after a quote frames nothing -------------------------------------------


def test_which_after_a_quote_is_no_source_and_the_speaker_continues() -> None:
    text = (
        "The campaign is running ads in five states.\n\n"
        "''Brandt is in good shape whoever wins Ostrava,'' said Tad Devlin, a senior adviser "
        "to the campaign. ''We could win enough delegates in Orsk and Velmar to catch up, and we "
        "have good chances all the way to Kessel,'' which votes in June.\n"
    )
    assert _quote(text, "catch up").speaker == "Tad Devlin"


# -- 4. a cue past another quote belongs to that quote ------------------------------------------


def test_a_cue_in_the_next_sentence_after_another_quote_is_not_this_quotes() -> None:
    text = (
        "Greta Holm, a waitress, lives above the diner.\n\n"
        "The meeting at the town hall ran late into the night. "
        '"One man stood up and said we should close the border for good," and the room went '
        'quiet. "There is too much anger here," she said.\n'
    )
    assert _quote(text, "close the border").speaker is None


def test_but_added_after_a_reported_clause_is_the_reporter() -> None:
    text = (
        "Voters in Ostrava went to the polls on Sunday.\n\n"
        "Appearing before cheering supporters on Monday, Anna Lind, 70, said it was too early "
        'to congratulate winners but added, "I think you all have an idea of the results."\n'
    )
    assert _quote(text, "idea of the results").speaker == "Anna Lind"


def test_a_speech_verb_in_the_next_paragraph_is_not_the_quotes_cue() -> None:
    text = (
        "The good news for the senator, Jon Vasko said, is that as the front-runner, he is "
        "almost sure to attract a crowd. \u201cHe'll still get coverage,\u201d he said. \u201cYou "
        "guys will cover him everywhere he goes.\u201d\n\nThat adds its own pressure.\n"
    )
    assert _quote(text, "cover him everywhere").speaker == "Jon Vasko"


def test_a_quote_ending_in_a_comma_still_runs_on_to_the_next_line() -> None:
    text = 'The vote was close.\n"We will not give up on this town,"\nLena Holm said.\n'
    assert _quote(text, "give up on this town").speaker == "Lena Holm"


def test_a_nickname_in_marks_inside_the_attribution_does_not_stop_it() -> None:
    text = (
        "Rep. Olaf Brandvik threw open his back yard for a cookout.\n\n"
        '"This is a big year for our future senator, Olaf Brandvik!" Brandvik\'s niece, '
        'state Del. Marit "Mia" Lunde, shouted to the crowd.\n'
    )
    assert _quote(text, "big year for our future senator").speaker != "Olaf Brandvik"


# -- 5. the subject of a passive verb never speaks the partial quote under it ------------------


def test_a_passive_subject_does_not_speak_a_partial_quote() -> None:
    text = (
        "Senator Mara Quell and Senator Olin Brandt wrote to the attorney general on Monday.\n\n"
        "The two lawmakers, however, argue that the case has a precedent, citing an instance "
        'in which a Marine was found guilty of "gross negligence." "You seem to have invented '
        'a new standard out of nowhere," the two write.\n'
    )
    assert _quote(text, "gross negligence").speaker is None
    assert _quote(text, "invented a new standard").speaker is None


def test_a_passive_subject_of_a_verb_of_saying_still_speaks() -> None:
    text = (
        "The envoy arrived in Kessel on Monday.\n\n"
        'Olaf Brandvik was known for telling others "he was in charge of the whole region" '
        "despite being the envoy in Orsk.\n"
    )
    assert _quote(text, "in charge of the whole region").speaker == "Olaf Brandvik"


def test_an_active_subject_still_speaks_a_partial_quote() -> None:
    text = (
        "Senator Mara Quell wrote to the attorney general on Monday.\n\n"
        'Quell accused the agency of "gross negligence" in the case.\n'
    )
    assert _quote(text, "gross negligence").speaker == "Mara Quell"


# -- 6. "another Catholic said": a group word with a determiner is nobody's name ----------------


def test_a_member_of_a_group_named_by_its_adjective_is_nobody() -> None:
    text = (
        "Police searched the parish hall on Friday.\n\n"
        "Another Catholic who attends the parish and who did not want to be named said the "
        'suspect spoke of "a great betrayal of our village" at the meeting.\n'
    )
    assert _quote(text, "great betrayal").speaker is None


# -- 7. "she" is the person named in apposition to the subject ----------------------------------


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        ("The newspaper's columnist, Ruth Ambrose,", "Ruth Ambrose"),
        ("The Boston Herald columnist Ruth Marlowe", "Ruth Marlowe"),
    ],
)
def test_she_is_the_name_in_apposition_to_the_subject_noun(subject: str, name: str) -> None:
    text = (
        "Other candidates, including Mara Quell, have followed the senator's lead, though "
        "Mrs. Quell said she doubted voters would care. The senator is 69 years old.\n\n"
        f"{subject} has been critical of Mr. Brandt but on Tuesday wrote that she agreed with "
        "him that the scandal is relevant. ''Brandt has insulted farmers because of their "
        "accents,'' she wrote.\n"
    )
    assert _quote(text, "insulted farmers").speaker == name


# -- 8. a partial quote in the writer's own first-person sentence ------------------------------


def test_a_partial_quote_in_the_writers_we_sentence_is_not_the_last_speaker() -> None:
    text = (
        "The press secretary was asked about the shooting on Friday.\n\n"
        '"I do not want to talk about it because there is still an investigation," Harlan '
        'Voss said. We have seen this kind of "cover-up in plain sight" from the governor '
        "before.\n"
    )
    assert _quote(text, "cover-up in plain sight").speaker is None


# -- 9. "she" is a person NER typed a product ---------------------------------------------------


def test_she_is_a_person_ner_typed_a_product() -> None:
    text = (
        "Anna Wexler wrote about the brand in Vogue last spring.\n\n"
        "Marta Quell, who runs the family's hotel business, told the Daily Courier that she "
        'took off eight days after her first child was born.\n\n"The projects I was working '
        'on required a short leave," she told the newspaper.\n'
    )
    doc: Doc = load_pipeline("en_core_web_sm")(text)
    start = text.index("Marta Quell")
    marta = doc.char_span(start, start + len("Marta Quell"))
    assert marta is not None
    ents = [e for e in doc.ents if e.end <= marta.start or e.start >= marta.end]
    doc.ents = [*ents, Span(doc, marta.start, marta.end, label="PRODUCT")]
    found = [q for q in extract_quotes(doc, build_actors(doc)) if "short leave" in q.text]
    assert found and found[0].speaker == "Marta Quell"


# -- 10. two people with the same surname are two people ------------------------------------------


def _tag_surname_only(doc: Doc, text: str, full: str) -> Doc:
    """NER's slip on real news: only the surname of ``full`` tagged, as a person."""
    start = text.index(full)
    span = doc.char_span(start, start + len(full))
    assert span is not None
    ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end]
    doc.ents = [*ents, Span(doc, span.end - 1, span.end, label="PERSON")]
    return doc


def test_a_first_name_before_a_known_surname_is_another_person() -> None:
    text = (
        "Olaf Brandt said on Monday that his company would not cut wages.\n\n"
        "Marta Brandt, who runs the family's hotel business, told the Daily Courier that she "
        'took off eight days after her first child was born.\n\n"The projects I was working '
        'on required a short leave," she told the newspaper.\n'
    )
    doc = _tag_surname_only(load_pipeline("en_core_web_sm")(text), text, "Marta Brandt")
    found = [q for q in extract_quotes(doc, build_actors(doc)) if "short leave" in q.text]
    assert found and found[0].speaker == "Marta Brandt"


def test_the_same_first_name_keeps_the_known_person() -> None:
    text = (
        "Olaf Brandt said on Monday that his company would not cut wages.\n\n"
        '"We will keep every job," Olaf Brandt told the Daily Courier.\n'
    )
    doc = _tag_surname_only(load_pipeline("en_core_web_sm")(text), text, "Olaf Brandt")
    found = [q for q in extract_quotes(doc, build_actors(doc)) if "every job" in q.text]
    assert found and found[0].speaker == "Olaf Brandt"
