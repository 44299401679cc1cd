"""Spans between two events ("died two days after the fight", "had bought the rifle four days
earlier") are read as claims whose counted words keep the anchor, and two such spans are
compared only when both write the same anchor (issue 12, reading of relative times).

Invented sentences and names. The reading and conflict tests fail without the rule; the guards
keep a date, another anchor or a bare duration apart."""

from __future__ import annotations

import pytest
from tests._enrich_docs import compare_outlets
from tests._enrich_docs import side_values as _values

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes


def _read(text: str) -> list[tuple[str, float | None, str | None]]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    return [
        (c.what, c.low, c.event) for c in extract_claims(doc, actors, extract_quotes(doc, actors))
    ]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a noun anchor: the event "after" names
        (
            "Dorian Vell was arrested 12 days after the shooting in Pellham.",
            ("days after shooting", 12.0, "arrest"),
        ),
        # a clause anchor: its verb
        (
            "The boxer Tam Oyelo collapsed two minutes after he walked into the ring.",
            ("minutes after walk", 2.0, "collapse"),
        ),
        # the span measures the clause it modifies ("pulled"), not its anchor ("hit")
        (
            "Three days after the quake hit Pellham, rescuers pulled a girl from the rubble.",
            ("days after hit", 3.0, "pull"),
        ),
        # a unit with no unit of measure ("seconds") keeps its anchor too
        (
            "Four seconds later, the gunman fired again at the court in Pellham.",
            ("seconds later", 4.0, "fire"),
        ),
        # a span after "for" is how long an act lasted, however the sentence goes on
        (
            "The jury in Pellham deliberated for 40 hours before reaching a verdict.",
            ("hours", 40.0, "deliberate"),
        ),
        # the anchor told before: "earlier" or "later"
        (
            "The gunman had bought the rifle four days earlier at a shop in Pellham.",
            ("days earlier", 4.0, "buy"),
        ),
        # a span given in decades, counted in years
        ("Three decades after the flood, the bridge at Pellham was rebuilt.",
         ("years after flood", 30.0, "rebuild")),
    ],
)  # fmt: skip
def test_a_span_between_two_events_is_read_with_its_anchor(
    text: str, read: tuple[str, float, str]
) -> None:
    assert read in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "The blast in Pellham came two days before Friday.",  # a day, no event
        "The storm hit Pellham two weeks after Easter.",  # a named day
        "The mayor of Pellham left office two days after Dorian Vell.",  # a person
    ],
)
def test_a_span_before_a_date_or_a_person_is_no_claim(text: str) -> None:
    assert not [what for what, _, _ in _read(text) if what.startswith(("days", "weeks"))]


_FIGHT = "The boxer Tam Oyelo died two days after the fight in Pellham, his trainer said.\n"


def _conflicts(first: str, second: str) -> list[set[str]]:
    result = compare_outlets([("Wire", first), ("Post", second + "\n")])
    return [_values(p) for p in result.conflicts]


def test_two_spans_after_one_anchor_conflict() -> None:
    later = "Tam Oyelo died three days after the fight, according to his trainer."
    assert _conflicts(_FIGHT, later) == [{"2", "3"}]


def test_two_spans_before_the_story_event_conflict() -> None:
    first = (
        "The gunman, Dorian Vell, had bought the rifle four days earlier at a shop in Pellham.\n"
    )
    second = "Dorian Vell had bought the rifle six days earlier at a shop in Pellham, police said."
    assert _conflicts(first, second) == [{"4", "6"}]


@pytest.mark.parametrize(
    "other",
    [
        # another anchor: two intervals, not one told twice
        "Tam Oyelo died three days after the operation, according to his trainer.",
        # a bare duration: how long, not how long after
        "Tam Oyelo lay in hospital for three days after the fight, his trainer said.",
        "Tam Oyelo had been in a coma for three days, according to his trainer.",
        # "earlier" against "after the fight": two anchors
        "Tam Oyelo had collapsed three days earlier, according to his trainer.",
        # the same anchor, ranges that overlap
        "Tam Oyelo died less than three days after the fight, according to his trainer.",
    ],
)
def test_spans_of_other_anchors_or_bare_durations_stay_apart(other: str) -> None:
    assert _conflicts(_FIGHT, other) == []


def test_a_span_in_a_question_is_no_claim() -> None:
    # the session-27 reader (9_4ecb): a rhetorical question in a quote reports no span
    asked = '"Should Tam Oyelo have left the ring five minutes before the end?" Vell asked.'
    assert not any(what.startswith("minutes") for what, _, _ in _read(asked))
    told = "Tam Oyelo left the ring five minutes before the end."
    assert any(what == "minutes before end" for what, _, _ in _read(told)), _read(told)


def test_spans_from_other_anchors_do_not_agree() -> None:
    # the session-27 reader (16_ecbplus): "married two weeks ago" was shown as agreeing with
    # "married two weeks before the shooting"; counted from other anchors they are two things
    ago = "Tam Oyelo, a boxer from Pellham, married Lena Kerr two weeks ago, his trainer said.\n"
    before = (
        "Tam Oyelo, a boxer from Pellham, married Lena Kerr two weeks before the fight, his "
        "trainer said.\n"
    )
    agreed = compare_outlets([("Wire", ago), ("Post", before)]).agreed
    assert not [g for g in agreed if "weeks" in str(g)]
    # control: the same anchor on both sides agrees
    again = "Tam Oyelo, a boxer from Pellham, wed Lena Kerr two weeks ago, his trainer told us.\n"
    agreed = compare_outlets([("Wire", ago), ("Post", again)]).agreed
    assert [g for g in agreed if "weeks" in str(g)]
