"""A claim told by "the team" or "the club" is the named team's, or no one's (issue 12,
claims38; ``enrich/claim_team_tellers.py``): "…, the team said Wednesday" was left with the
claimant "team".

Invented sentences and names. The rule tests fail without the rule; the guards keep an
opponent named only as an object, and two named subjects, from being taken."""

from __future__ import annotations

from tests._enrich_docs import doc_with_ents

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims


def _claimants(text: str, *ents: tuple[str, str]) -> list[tuple[str, str | None]]:
    doc = doc_with_ents(text, *ents)
    return [(c.what, c.claimant) for c in extract_claims(doc, build_actors(doc), [])]


def test_the_team_is_the_team_named_as_a_subject_before() -> None:
    text = (
        "The Orsk Falcons placed Tom Vell on injured reserve. "
        "Vell will miss the final two games of the season, the team said Wednesday."
    )
    found = _claimants(text, ("Orsk Falcons", "ORG"), ("Tom Vell", "PERSON"), ("Vell", "PERSON"))
    assert ("games", "Orsk Falcons") in found


def test_the_team_with_no_team_named_is_no_claimant() -> None:
    text = "Tom Vell will miss the final two games of the season, the team said Wednesday."
    assert _claimants(text, ("Tom Vell", "PERSON")) == [("games", None)]


def test_an_opponent_named_only_as_an_object_is_not_the_team() -> None:
    # guard: the Lenn Bears are named, but as the object of "to"
    text = "Tom Vell was hurt in the loss to the Lenn Bears and will miss two games, the club said."
    found = _claimants(text, ("Tom Vell", "PERSON"), ("Lenn Bears", "ORG"))
    assert ("games", "Lenn Bears") not in found
    assert all(claimant is None for _, claimant in found)


def test_two_named_subjects_leave_no_claimant() -> None:
    # guard: two teams were subjects of the sentence before: either may be "the team"
    text = (
        "The Orsk Falcons beat the Lenn Bears, and the Lenn Bears lost Tom Vell. "
        "Vell will miss two games, the team said."
    )
    found = _claimants(
        text,
        ("Orsk Falcons", "ORG"),
        ("Lenn Bears", "ORG"),
        ("Lenn Bears", "ORG"),
        ("Tom Vell", "PERSON"),
        ("Vell", "PERSON"),
    )
    assert ("games", None) in found
