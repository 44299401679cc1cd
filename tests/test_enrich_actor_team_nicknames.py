"""A numbered team's nickname is the team (issue 12, rel35).

rel34 left "the Sixers" (the readable gold's 76ers story: "the Sixers fired <coach>", "the
Sixers then hired <coach>") as no actor: the small model tags the nickname no entity. A
"Sixers" or "Niners" outside every mention is now a mention of the article's one organisation
named with "76ers" or "49ers"; its relations show it as the sentence names it ("Sixers", as the
gold does). Invented team and people; the guards: no team of that number named, two such
teams."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline, mask_datelines
from newsbeat.enrich.relations import extract_relations


def _found(text: str) -> set[tuple[str, str, str]]:
    doc = load_pipeline("en_core_web_sm")(mask_datelines(text))
    return {(r.type, r.source, r.target) for r in extract_relations(doc, build_actors(doc))}


def test_the_nickname_acts_for_the_team() -> None:
    found = _found(
        "The Denver 76ers lost again on Friday. In a surprising move, the Sixers fired "
        "Tom Varley on Monday after one season as coach."
    )
    assert ("SANCTION", "Sixers", "Tom Varley") in found  # shown as the sentence names it


def test_the_nickname_is_a_mention_of_the_team() -> None:
    doc = load_pipeline("en_core_web_sm")(
        "The Denver 76ers lost again on Friday. The Sixers then hired Tom Varley."
    )
    actors = build_actors(doc)
    at = doc.text.index("Sixers")
    mention = actors.actor_at(at, at + len("Sixers"))
    assert mention is not None and mention.actor == "Denver 76ers"


def test_no_team_named_no_actor() -> None:
    assert _found("The Sixers fired Tom Varley on Monday.") == set()


def test_two_teams_of_the_number_name_none() -> None:
    found = _found(
        "The Denver 76ers and the Ohio 76ers met on Friday. The Sixers fired Tom Varley on Monday."
    )
    assert not any(kind == "SANCTION" for kind, _, _ in found)
