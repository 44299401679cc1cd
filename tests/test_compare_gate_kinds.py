"""The wording gate's word weights are fitted per kind of figure (issue 12, ages31): a person's
age read in the story does not move a count's pair across the gate. Invented articles."""

from __future__ import annotations

from tests._enrich_docs import enrich_outlets as _enrich

from newsbeat.compare import explain_claims

_PAIR = [
    ("Wire", "Firefighters rescued 14 hikers from the flooded canyon near Marlow on Sunday.\n"),
    ("Post", "Rescuers pulled 12 hikers out of the canyon near Marlow on Sunday, police said.\n"),
]
# An age sharing words with the pair ("canyon", "Sunday", "police").
_AGE = ("Mail", "Dana Welk, 41, a guide, told police the canyon flooded on Sunday.\n")


def _rows(outlets: list[tuple[str, str]]) -> list[dict[str, object]]:
    articles, enrichments = _enrich(outlets)
    return explain_claims(articles, enrichments)


def _score(rows: list[dict[str, object]], values: frozenset[float]) -> float:
    return next(
        float(r["similarity"])  # type: ignore[arg-type]
        for r in rows
        if frozenset((r["a"]["value"], r["b"]["value"])) == values  # type: ignore[index]
    )


def test_an_age_in_the_story_does_not_move_a_counts_score() -> None:
    pair = frozenset((12.0, 14.0))
    alone = _score(_rows(_PAIR), pair)
    assert 0.0 < alone < 1.0
    _, enrichments = _enrich([_AGE])
    ages = [c for e in enrichments.values() for c in e.claims if c.event == "age"]
    assert [(c.subject, c.low) for c in ages] == [("Dana Welk", 41.0)]  # the age is read
    assert _score(_rows([*_PAIR, _AGE]), pair) == alone
