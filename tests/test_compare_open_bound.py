"""An open lower bound its own article narrows does not hide that article's figure (issue 12,
item 1): "injuring at least 30 ... officials said about 30 were hurt" reports about 30, so
another outlet's 45 is a conflict, though 45 fits "at least 30". An article giving both figures,
a bound with no figure of its own, and an upper bound ("as many as 60") still keep the two
apart. Invented articles; the first tests fail without the rule, the controls keep the old
behaviour."""

from __future__ import annotations

import pytest
from tests._enrich_docs import PAD as _PAD
from tests._enrich_docs import enrich_outlets as _enrich

from newsbeat.compare import compare_articles, explain_claims

_LEAD = "A storm flattened farms near Tarvo on Monday, killing four people and injuring"
_OTHER = f"{_LEAD} 45."


def _conflicts(*texts: str) -> list[set[str]]:
    outlets = ("Wire", "Post", "Mail")
    articles, enrichments = _enrich([(outlets[i], t + _PAD) for i, t in enumerate(texts)])
    return [
        {side["value"] for side in pair.to_json()["sides"]}
        for pair in compare_articles(articles, enrichments).conflicts
    ]


@pytest.mark.parametrize(
    "own",
    [
        f"{_LEAD} at least 30. Regional officials said about 30 were hurt.",
        f"{_LEAD} more than 30. Regional officials said 30 were hurt.",
    ],
)
def test_a_bound_narrowed_by_its_article_does_not_hide_its_figure(own: str) -> None:
    found = _conflicts(own, _OTHER)
    assert any("45" in sides and len(sides) == 2 for sides in found), found


def test_a_narrowed_bound_of_another_count_still_conflicts() -> None:
    own = (
        "Police in Arden arrested at least 20 protesters on Friday. "
        "A police spokesman said 20 protesters were arrested."
    )
    other = "Police in Arden arrested 35 protesters on Friday."
    assert {"20", "35"} in _conflicts(own, other)


def test_explain_claims_shows_the_narrowed_bound_no_longer_shadows() -> None:
    own = f"{_LEAD} at least 30. Regional officials said about 30 were hurt."
    articles, enrichments = _enrich([("Wire", own + _PAD), ("Post", _OTHER + _PAD)])
    decisions = {
        (t["a"]["value"], t["b"]["value"]): t["decision"]
        for t in explain_claims(articles, enrichments)
    }
    assert not decisions[(24.0, 45.0)].startswith("one article also reports"), decisions


@pytest.mark.parametrize(
    "own",
    [
        f"{_LEAD} at least 30.",  # a bound alone: 45 fits it
        # the article gives 45 too: it does not dispute the other's 45
        f"{_LEAD} at least 30. Officials said about 30 were hurt. Doctors later said 45 were hurt.",
        # an upper bound often gives the figure itself: "as many as 60" still shadows
        f"{_LEAD} as many as 60. Regional officials said about 30 were hurt.",
    ],
)
def test_controls_keep_the_figures_apart(own: str) -> None:
    assert _conflicts(own, _OTHER) == []
