"""Figures the claim reader misread on the dev gold's missed disputes (issue 12, branch
confread4): "wed" split as "we'd", a partitive's noun tagged a verb, a span of time with its
own -ing clause, a departure's purpose and "moved back". Invented sentences; each rule test
fails without its rule and has a control."""

from __future__ import annotations

from tests._enrich_docs import found_claims as _claims

from newsbeat.enrich.nlp import load_pipeline


def _slots(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.what, c.low, c.event) for c in _claims(text)]


def test_wed_is_one_word_and_a_marriage() -> None:
    # spaCy split "wed" into "we" + "d": the clause lost its verb and the weeks their event
    assert _slots("The pilot, who was wed about four months ago, leaves a widow.") == [
        ("months", 3.5, "marry")  # about 4: give or take half its step (conf30)
    ]


def test_wed_and_married_are_one_event() -> None:
    assert _slots("Tomas Vell was married four months ago.") == [("months", 4.0, "marry")]


def test_wed_is_one_token() -> None:
    doc = load_pipeline("en_core_web_sm")("They were wed in June, and the talks resume Wed.")
    assert [t.text for t in doc if t.lower_.startswith("we")] == ["were", "wed", "Wed"]


def test_we_d_with_its_apostrophe_is_still_two_words() -> None:
    # control: only the word without an apostrophe is kept whole
    doc = load_pipeline("en_core_web_sm")("We thought we'd wait.")
    assert [t.text for t in doc][2:4] == ["we", "'d"]


def test_a_partitive_noun_tagged_a_verb_is_counted() -> None:
    # "updates" is tagged a verb of "security"; after "of its" it is the counted noun
    read = _slots(
        "Last week, Rovix admitted that it had been forced to rewrite four of its security "
        "updates just three days after they had been issued."
    )
    assert [(what, low) for what, low, _ in read][:1] == [("updates", 4.0)]


def test_a_partitive_noun_phrase_read_right_stays() -> None:
    # control: a compound the parser got right keeps its head
    read = _slots("Talmo had to withdraw three of its billing patches.")
    assert [(what, low) for what, low, _ in read] == [("patches", 3.0)]


def test_a_span_with_its_own_ing_clause_is_that_activity() -> None:
    # the four years were lived in Cardiff; "returned" is the twelve weeks' event
    assert _slots(
        "Nia Tovey returned to her home town 12 weeks ago after a four year spell living in Leeds."
    ) == [("weeks", 12.0, "return"), ("years", 4.0, "live")]


def test_a_count_with_an_ing_clause_keeps_its_verb() -> None:
    # control: people living in the valley were killed; only a span takes the clause's verb
    assert _slots("The flood killed 12 people living in the valley.") == [
        ("people killed", 12.0, "kill")
    ]


def test_moved_back_is_a_return() -> None:
    read = _slots("Ovid Marsh and his mother had moved back to Tarnby around six weeks ago.")
    assert [(what, event) for what, _, event in read] == [("weeks", "return")]


def test_a_departure_takes_its_purpose() -> None:
    # "set off ... to march": the parse makes "march" a noun after "to"; the crowd marched
    read = _slots("Nearly 100 people set off from the church steps to march to the town hall.")
    assert [(what, event) for what, _, event in read] == [("people", "march")]


def test_a_departure_without_a_purpose_of_the_classes_keeps_its_verb() -> None:
    # control: "set off fireworks" is no departure, and "to mark" no measure class
    read = _slots("About 300 people set off a string of fireworks to mark the day.")
    assert [(what, event) for what, _, event in read] == [("people", "set")]


def test_a_career_with_an_ing_clause_is_not_spent_on_it() -> None:
    # control: a noun of its own activity; its clause describes it ("spanning an era")
    read = _slots("It was the last act of a 40-year career spanning two eras of the trade.")
    assert [(what, event) for what, _, event in read if what == "career"] == [("career", None)]


def test_a_bare_span_with_an_ing_clause_keeps_its_verb() -> None:
    # control: the clause after a bare unit may be the sentence's own ("causing problems")
    read = _slots("The cut could leave the region crippled for 72 hours, causing chaos.")
    assert all(event != "cause" for _, _, event in read)
