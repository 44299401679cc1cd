"""Speakers, claimants and relations on real pages, third pass (issue 12; docs/realnews-
annotation.md, "Speakers, claimants and relations on real pages (branch speakrel3)").
Invented articles, one class a test, each with a control that the rule leaves alone."""

from __future__ import annotations

from _quotes import quote, quotes
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes
from newsbeat.enrich.relations import extract_relations


def _claimants(text: str) -> dict[float, str | None]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    found = extract_quotes(doc, actors)
    return {c.low: c.claimant for c in extract_claims(doc, actors, found) if c.low is not None}


_INQUIRY = (
    "State regulators are investigating DeskNest Inc., according to two people familiar with "
    "the matter. “We received a letter from the regulator and are cooperating in the matter,” "
    "said a {} spokesperson when contacted by the paper."
)


def test_a_spokesperson_of_an_untagged_company_name_speaks_for_the_company() -> None:
    # The tagger reads "DeskNest" before the noun as no organisation; the article names the
    # company as "DeskNest Inc." before.
    assert quote(_INQUIRY.format("DeskNest"), "We received").speaker == "DeskNest Inc"
    # a name the article gives no organisation stays unnamed
    assert quote(_INQUIRY.format("Velmar"), "We received").speaker is None


def test_a_word_in_marks_after_the_use_of_is_a_term() -> None:
    text = (
        "Adam Rusk resigned as chief executive of Nestwork last week. “I leave with pride,” "
        "Rusk said. He also agreed to return the money he received from the use of “Nest.”"
    )
    assert [q.text for q in quotes(text)] == ["I leave with pride"]
    control = text.replace("from the use of “Nest.”", ", calling the fees “a mistake.”")
    assert quote(control, "a mistake").speaker == "Adam Rusk"


_OFFICE = (
    "Mayor Ana Kessler spoke at the rally on Friday. Voters did not see {} at the event. "
    "{} office said {} was attending a meeting of 40 governors in Ohio."
)


def test_his_office_is_the_office_of_the_one_person_named_just_before() -> None:
    text = _OFFICE.format("Governor Tomas Brandvik", "His", "he")
    assert quote(text, "attending", kind="indirect").speaker == "Tomas Brandvik's office"
    assert _claimants(text)[40.0] == "Tomas Brandvik's office"
    # two men named just before: whose office is unclear, the words stay as written
    two = _OFFICE.format("Governor Tomas Brandvik or Senator Ivo Lund", "His", "he")
    assert quote(two, "attending", kind="indirect").speaker == "His office"
    # "her" and a man named: no
    other = _OFFICE.format("Governor Tomas Brandvik", "Her", "she")
    assert quote(other, "attending", kind="indirect").speaker == "Her office"


def _relations(text: str) -> set[tuple[str, str, str]]:
    """Relations and events (target "") of ``text``."""
    doc = load_pipeline("en_core_web_sm")(text)
    return {(r.type, r.source, r.target) for r in extract_relations(doc, build_actors(doc))}


def test_questions_put_to_a_person_are_no_demand() -> None:
    text = (
        "Republicans also questioned Tom Varga about his closed-door testimony, in which he "
        "raised doubts about another witness."
    )
    assert _relations(text) == set()
    control = "Norway questioned Sweden about its plans for the border."
    assert ("DEMAND", "Norway", "Sweden") in _relations(control)


def test_a_driver_striking_a_walker_is_a_road_death_not_an_attack() -> None:
    walking = (
        "Anna Berg, 66, of Dalton was killed Wednesday night when Tom Varga struck and killed "
        "her as she was walking outside a store in Dalton."
    )
    assert _relations(walking) == set()
    car = (
        "Tom Varga allegedly struck Anna Berg, a 59-year-old grandmother, as she walked along "
        "parked cars on Elm Street when the car struck her and fled the scene."
    )
    assert _relations(car) == set()
    # a weapon named: the blow stays
    assert ("FIGHT", "Tom Varga", "Anna Berg") in _relations(
        "Tom Varga struck Anna Berg with a bat as she was walking home."
    )
    assert ("ASSAULT", "Tom Varga", "Anna Berg") in _relations(
        "Police say Tom Varga shot and killed Anna Berg as she was walking home."
    )


def test_an_order_awarded_is_a_purchase_not_a_command() -> None:
    text = (
        "In May, NASA awarded task orders to Astrobotic, Intuitive Machines and OrbitBeyond "
        "for lunar lander missions."
    )
    assert not {r for r in _relations(text) if r[0] == "DEMAND"}
    control = "In May, NASA awarded contracts to Astrobotic and OrbitBeyond for lunar missions."
    assert ("AGREE", "NASA", "OrbitBeyond") in _relations(control)


def test_a_plain_verb_joined_to_a_singular_perfect_is_not_its_subjects_act() -> None:
    text = (
        "Many farmers agree that Russia has long taken advantage of Ukraine and support Anna "
        "Berg's plan to end the dispute."
    )
    assert not {r for r in _relations(text) if r[0] == "SUPPORT"}
    control = (
        "Russia has long taken advantage of Ukraine and supports Anna Berg's plan to end the "
        "dispute."
    )
    assert ("SUPPORT", "Russia", "Anna Berg") in _relations(control)
    # joined to a singular present verb: a lawyer "has a job … in proving that his client did
    # not pull the trigger and kill" names no killing by the lawyer
    lawyer = (
        "However, Tom Varga has a tough job ahead of him in proving that his client did not pull "
        "the trigger and, in the end, kill Anna Berg."
    )
    assert not {r for r in _relations(lawyer) if r[0] == "ASSAULT"}


def test_state_police_is_the_state_police_named_not_a_towns_department() -> None:
    text = (
        "“He is dangerous,” said Lt. Gregg Hastings of the Oregon State Police. The Woodburn "
        "Police Department said its chief was injured. State police said the inside of the bank "
        "was extensively damaged."
    )
    assert quote(text, "inside of the bank", kind="indirect").speaker == "Oregon State Police"
    # no state police named: the words as written, not the town's department
    alone = text.split(". ", 1)[1]
    assert quote(alone, "inside of the bank", kind="indirect").speaker != (
        "Woodburn Police Department"
    )
    # a modifier of no level of government keeps the department named
    local = alone.replace("State police", "Local police")
    assert quote(local, "inside of the bank", kind="indirect").speaker == (
        "Woodburn Police Department"
    )


_WONDER = (
    "Swift has a new record deal in place with Universal Music Group. “We are glad,” said Anna "
    'Berg, a label spokeswoman. The Kestrel Group {}: "what did we do to deserve this?"'
)


def test_words_after_a_colon_of_thinking_are_nobodys() -> None:
    assert quote(_WONDER.format("will be left to wonder"), "deserve").speaker is None
    assert quote(_WONDER.format("put it bluntly"), "deserve").speaker == "Kestrel Group"
