"""A figure written with a point or a thousands comma is found in its own sentence (issue 12,
claims35): the comparison reads a claim's actors around its figure, and "3.5 GW" (read as the
words "3", "5") was taken for the sentence's other figure of the same unit ("3 GW"), so one
company's capacity was read as another's and two outlets' disagreement about it never paired.
Invented articles; a control shows the sentence's other figure still agrees and no figure of
one company meets another's."""

from __future__ import annotations

from tests._enrich_docs import enrich_outlets

from newsbeat.compare import StoryComparison, compare_articles

_OPENING = "Kaldria's energy ministry unveiled a plan on Monday to cut solar module costs by 2030."
_CLOSING = "The ministry said the plan would be reviewed in March."


def _compare(*bodies: str) -> StoryComparison:
    outlets = ("Wire", "Post")
    texts = [f"{_OPENING}\n\n{body}\n\n{_CLOSING}\n" for body in bodies]
    articles, enrichments = enrich_outlets(list(zip(outlets, texts, strict=True)))
    return compare_articles(articles, enrichments)


def _values(pairs: list) -> list[set[str]]:  # type: ignore[type-arg]
    return [{side["value"] for side in pair.to_json()["sides"]} for pair in pairs]


def test_a_decimal_figure_is_read_with_its_own_company() -> None:
    found = _compare(
        "A report by the Brask Energy Office stated that Sunvale Cells had 3.7 GW of cell "
        "capacity at the end of last year and Ostrel Power had 3 GW of output.",
        "Ostrel Power had 3 GW of output at the end of last year, while Sunvale Cells had 3.5 "
        "GW of cell capacity, according to the Brask Energy Office.",
    )
    assert _values(found.conflicts) == [{"3.7", "3.5"}]


def test_the_same_decimal_figures_agree() -> None:
    found = _compare(
        "A report by the Brask Energy Office stated that Sunvale Cells had 3.7 GW of cell "
        "capacity at the end of last year and Ostrel Power had 3 GW of output.",
        "Ostrel Power had 3 GW of output at the end of last year, while Sunvale Cells had 3.7 "
        "GW of cell capacity, according to the Brask Energy Office.",
    )
    assert found.conflicts == []
