"""A team or a newspaper named once after its town and then without it is one actor (alias36,
issue 12; dumps: "Red Sox" beside "Boston Red Sox", "Daily News" beside "New York Daily News",
"Trail Blazers" beside "Portland Trail Blazers"). Invented sentences; each test fails without
the rule, each guard passes with and without it."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline


def _actors(text: str) -> dict[str, int]:
    doc = load_pipeline("en_core_web_sm")(text)
    return {name: actor.mentions for name, actor in build_actors(doc).actors.items()}


def test_a_team_and_a_paper_without_their_town_are_one() -> None:
    got = _actors(
        "The Boston Red Sox signed Jon Vale on Monday. The Red Sox paid $80 million, the Orsk"
        " Daily News reported. The Daily News said Vale was happy."
    )
    assert got == {"Boston Red Sox": 2, "Jon Vale": 2, "Orsk Daily News": 2}


def test_a_body_after_a_town_or_a_state_stays_apart() -> None:
    # guards: "the Supreme Court" may be another court than the Texas one; a police department
    # named without its town may be another town's when the article names two (with one, it is
    # that town's since alias38: tests/test_story_known_aliases.py); a patrol without its state
    assert _actors(
        "The Texas Supreme Court ruled on Monday. The Supreme Court said the law stands."
    ) == {"Texas Supreme Court": 1, "Supreme Court": 1}
    assert _actors(
        "The Boston Police Department and the Quincy Police Department searched the area."
        " The Police Department named them."
    ) == {"Boston Police Department": 1, "Quincy Police Department": 1, "Police Department": 1}
    assert _actors(
        "Officers of the Ohio State Highway Patrol stopped the car. The State Highway Patrol said."
    ) == {"Ohio State Highway Patrol": 1, "State Highway Patrol": 1}
    got = _actors(
        "The Orsk Health Services said two men died on Monday. The Health Services named them."
    )
    assert got == {"Orsk Health Services": 1, "Health Services": 1}
