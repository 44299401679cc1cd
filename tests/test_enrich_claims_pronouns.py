"""A claim's "he" / "she" named only through a sure path (issue 12, branch confsubj).

Invented sentences. The rule tests fail without ``enrich/claim_pronouns.py`` (the subject
stays the pronoun as written); the guards keep the pronoun where another reading is open."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes


def _subjects(text: str, what: str) -> list[str | None]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    claims = extract_claims(doc, actors, extract_quotes(doc, actors))
    return [c.subject for c in claims if c.what == what]


def test_the_previous_sentences_subject_of_a_stated_sex() -> None:
    # "Mr." states the sex; the sentence before has one subject, the named man
    text = "Mr. Tomas Vell pleaded guilty to fraud in 1998. He served six months in prison."
    assert _subjects(text, "months") == ["Tomas Vell"]


def test_the_one_person_of_a_sentence_whose_subject_is_no_person() -> None:
    # "police" are no "he": the one person the sentence names is the description's subject
    text = (
        "Police were still searching for Tomas Vell, 31, who is considered dangerous.\n"
        "He is six feet tall, weighing 180 pounds."
    )
    assert _subjects(text, "pounds") == ["Tomas Vell"]


def test_an_earlier_clause_of_the_same_sentence() -> None:
    text = "Tomas Vell joined the club in 2004 and he scored 40 goals in two seasons."
    assert _subjects(text, "goals") == ["Tomas Vell"]


def test_two_men_in_a_row_keep_the_pronoun() -> None:
    text = "Tomas Vell met Andrej Koval on Monday. He scored 40 goals last season."
    assert _subjects(text, "goals") == ["he"]


def test_a_person_noun_between_keeps_the_pronoun() -> None:
    text = "Tomas Vell said the coach was happy. He scored 40 goals last season."
    assert _subjects(text, "goals") == ["he"]


def test_a_pronoun_inside_a_quote_keeps_the_pronoun() -> None:
    text = '"We trust him," said Tomas Vell. "He scored 40 goals last season."'
    assert _subjects(text, "goals") == ["he"]


def test_a_sex_not_known_or_not_the_pronouns_keeps_it() -> None:
    # a surname alone tells no sex; a woman's first name is no "he"
    assert _subjects("Vell joined the club in 2004. He scored 40 goals.", "goals") == ["he"]
    assert _subjects("Mara Lind joined the club in 2004. He scored 40 goals.", "goals") == ["he"]


def _occasions(text: str, what: str) -> list[str | None]:
    doc = load_pipeline("en_core_web_sm")(text)
    return [c.occasion for c in extract_claims(doc, build_actors(doc), []) if c.what == what]


def test_a_phase_of_play_is_the_scores_occasion() -> None:
    # once "he" is named, "six on offense" and "three on punt runbacks" must stay two counts
    text = "Dale Ferro scored six touchdowns on offense and ran for 400 yards."
    assert _occasions(text, "touchdowns") == ["on offense"]
    text = "Dale Ferro scored three touchdowns on punt runbacks this season."
    assert _occasions(text, "touchdowns") == ["on punt runbacks"]


def test_on_a_day_is_no_occasion() -> None:
    assert _occasions("Dale Ferro scored three touchdowns on Monday.", "touchdowns") == [None]


def _events(text: str) -> list[str | None]:
    doc = load_pipeline("en_core_web_sm")(text)
    return [c.event for c in extract_claims(doc, build_actors(doc), []) if c.unit == "pounds"]


def test_a_weight_after_a_height_is_weighed() -> None:
    # the same slot as "weighing 130 pounds" in another outlet's description
    assert _events("Deputies said that Tomas Vell is 5-foot-8, 135 pounds, with a scar.") == [
        "weigh"
    ]


def test_pounds_without_a_height_stay_as_they_are() -> None:
    assert _events("The ticket for the final was 135 pounds.") == [None]


def test_what_a_total_was_made_on_or_a_sum_spent_on_is_no_occasion() -> None:
    assert _occasions("Dale Ferro had two touchdowns on 106 carries.", "touchdowns") == [None]
    assert _occasions("Arden spends 15 billion dollars on defense.", "dollars") == [None]
    # the phrase is the play of the verb's own object, not of a figure hung on beside it
    text = "Arden spends 15 billion dollars on defense with 177,000 soldiers."
    assert _occasions(text, "soldiers") == [None]
