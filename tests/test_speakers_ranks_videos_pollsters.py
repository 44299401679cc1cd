"""Speakers, claimants and conflicts readers of real news found wrong (session 21): a rank the
titled-name pattern left in the name, "a video of X saying", a slashed pair of pollsters, a
teller closing its sentence, a fall hung on "from", parts of other wholes and the tenfold
check across metric prefixes. Invented articles with fictional names; each rule case fails
without its rule, the guards pass on both."""

from __future__ import annotations

from tests._enrich_docs import quoted_claims as _claims
from tests._quotes import quote as _quote
from tests.test_compare_slot_series_rounds import _compare, _values

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline


def _entities(text: str) -> list[tuple[str, str | None]]:
    doc = load_pipeline("en_core_web_sm")(text)
    return [(name, role) for name, _, _, role in build_actors(doc).to_entities()]


# -- a rank the titled-name pattern left in the name -----------------------------------------


def test_a_chief_inspectors_rank_is_no_part_of_his_name() -> None:
    text = '"We have found the knife," Det Chief Insp Carl Gaskin said.\n'
    assert _quote(text, "found the knife").speaker == "Carl Gaskin"


def test_an_undotted_detective_constable_is_a_role() -> None:
    found = _entities("Det Con Ada Rowe and Det Sgt Ivo Kell led the search.")
    assert ("Ada Rowe", "Det Con") in found


def test_a_chief_executive_keeps_his_name_and_role() -> None:
    found = _entities("Chief Executive Officer Tom Varga said sales rose.")
    assert found == [("Tom Varga", "Chief Executive Officer")]


# -- a source a relative clause describes is someone new, not the sentence before's -----------


def test_a_singer_who_lived_next_door_is_not_the_previous_source() -> None:
    text = (
        'Police said the fire started in the kitchen. "We were all shocked," said the singer,'
        " who lived next door.\n"
    )
    found = _quote(text, "all shocked")
    assert found.speaker is None
    assert found.speaker_start is not None  # the singer's span kept as the source


def test_a_neighbour_who_lived_next_door_is_not_the_person_named_before() -> None:
    text = (
        'Mara Lind said the fire started in the kitchen. "We were all shocked," said one'
        " neighbour, who lived next door.\n"
    )
    assert _quote(text, "all shocked").speaker is None


def test_records_a_relative_clause_describes_are_no_new_speaker() -> None:
    # "according to court records, which indicate he … told her": the man's words, as before
    text = (
        "In 2005, Gary Vell was charged with assault on Ms. Lind, according to court records,"
        " which indicate he grabbed her by the throat and told her, \"You're never going to"
        ' leave me."\n'
    )
    assert _quote(text, "never going to leave").speaker == "Gary Vell"


def test_a_quote_with_a_pronoun_source_still_continues_the_sentence_before() -> None:
    text = (
        'The port may stay shut for a week, Lena Holm said. "The other problem is the weather,"'
        " she said.\n"
    )
    assert _quote(text, "other problem").speaker == "Lena Holm"


# -- a recording shows its speaker --------------------------------------------------------------

_WORDS = '"We will win this state and then the whole country."\n'


def test_a_video_of_a_candidate_saying_is_his_quote() -> None:
    text = "Hal Breck spoke in Elmford. The rally ended with a video of Breck saying: " + _WORDS
    assert _quote(text, "win this state").speaker == "Hal Breck"


def test_footage_of_a_person_telling_voters_is_hers() -> None:
    text = "The rally played footage of Ada Vell telling voters, " + _WORDS
    assert _quote(text, "win this state").speaker == "Ada Vell"


def test_a_participle_after_a_plain_noun_is_still_the_subjects() -> None:
    text = "Hal Breck wrote to the mayor of Elmford saying, " + _WORDS
    assert _quote(text, "win this state").speaker == "Hal Breck"


# -- claimants ------------------------------------------------------------------------------------


def test_a_slashed_pair_of_pollsters_is_one_claimant() -> None:
    claims = _claims("A CNN/ORC poll found that 52 percent of voters back the plan.")
    assert [(c.low, c.claimant) for c in claims] == [(52.0, "CNN/ORC")]


def test_a_slash_between_places_makes_no_pair() -> None:
    claims = _claims("The Arden/Bruck line carried 12,000 passengers last year, Rail Nord said.")
    assert {c.claimant for c in claims} == {"Rail Nord"}


def test_a_teller_closing_the_sentence_is_its_claimant() -> None:
    text = (
        "The deficit will reach $1.2 trillion next year, the Congressional Budget Office projects."
    )
    assert [c.claimant for c in _claims(text)] == ["Congressional Budget Office"]
    text = "Growth will slow to 2 percent, Arlen Hobb estimates."
    assert [c.claimant for c in _claims(text)] == ["Arlen Hobb"]


def test_a_common_noun_closing_the_sentence_names_no_claimant() -> None:
    assert [c.claimant for c in _claims("Sales rose 12 percent in May, analysts say.")] == [None]


# -- a fall hung on "from" ------------------------------------------------------------------------


def test_a_fall_from_a_ridge_is_a_fall() -> None:
    claims = _claims("The climber, 34, fell about 200 feet from the ridge and died.")
    assert [(c.what, c.event) for c in claims] == [("feet", "fall")]


# -- conflicts ------------------------------------------------------------------------------------


def test_parts_of_other_wholes_are_no_conflict() -> None:
    result = _compare(
        "Two of the 100 richest people in Valdoria live in Port Elm.",
        "Three of the 400 richest people in Valdoria live in Port Elm.",
    )
    assert _values(result) == []


def test_parts_of_one_whole_still_disagree() -> None:
    result = _compare(
        "Two of the 100 richest people in Valdoria live in Port Elm.",
        "Three of the 100 richest people in Valdoria live in Port Elm.",
    )
    assert _values(result) == [(2.0, 3.0)]


def test_the_tenfold_check_converts_metric_prefixes() -> None:
    # 3 km against 1,500 m is twice, not a thousand times: one spread two outlets disagree on
    found = _compare(
        "The fire spread 3 kilometres along the ridge on Monday.",
        "The fire spread 1,500 metres along the ridge on Monday.",
    )
    assert _values(found) == [(3.0, 1500.0)]
    # 30 m against 40 km is over a thousand times apart: not one spread
    apart = _compare(
        "The fire spread 30 metres along the ridge on Monday.",
        "The fire spread 40 kilometres along the ridge on Monday.",
    )
    assert _values(apart) == []
