"""One figure written in two units: one side of one dispute (issue 12, read30's finding).

"The climber fell about 200 feet" and "fell about 60 metres" give one length, each in its
outlet's unit; against a third outlet's "150 metres" they are one disagreement, not two. The
comparison already converts the units (:mod:`.claim_units`: the two are "compatible"), but a
conflict pairs two groups of agreeing claims, and a figure agrees only with figures of its own
unit: the two sides were printed as two conflicts against "150 metres".
:func:`.claim_scope.merged_restatements` joins them when :func:`one_figure_in_two_units`
holds: each side's written figure, converted, fits the other side's range (with the rounding a
converted figure has: "60 metres" for 200 feet, 60.96 m). Two figures of one dimension that
merely overlap ("about 200 feet" beside "50 metres": 61 m is not 50) stay two disputes.

The joined side prints the figure in the unit of the side it disagrees with, when one of its
reports wrote that unit ("about 60 metres" against "150 metres", not "about 200 feet"): the
reader then sees two figures in one unit and needs no conversion to see they differ. Its
reports in the other unit are still listed, each with its own unit.

An article's own conversion ("located 1,150 kilometres (700 miles) southeast of Arden", read
as one claim in two units by ``enrich.claim_conversions``) is one figure when either written
figure, converted, fits the other: the bracket is rounded (700 miles is 1,126.5 km), and the
pair is printed as one dispute against "1,500 kilometres", not two.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from newsbeat.compare.claim_units import comparable, dimension, same_unit, unit_head
from newsbeat.compare.records import ClaimGroup, CompareOptions
from newsbeat.models import Claim, Enrichment

__all__ = ["one_figure_in_two_units", "without_brackets"]


def one_figure_in_two_units(c: Claim, d: Claim, x: float, y: float) -> bool:
    """Whether two claims in two units of one measure (feet and metres, miles and kilometres,
    pounds and kilograms, Fahrenheit and Celsius…) give one figure: ``x`` (what ``c`` wrote,
    before its hedge widened it) converted fits ``d``'s range, and ``y`` (``d``'s) fits
    ``c``'s; each written figure keeps the rounding its writer's conversion allows."""
    if same_unit(c, d):
        return False  # one unit: one written figure or not (claim_scope._restated)
    kind = dimension(unit_head(c))
    if kind == unit_head(c) or kind != dimension(unit_head(d)):
        return False  # no unit that converts ("rounds", "dollars"), or two measures
    if _converted_in_place(c, d):
        # the writer's own conversion ("1,150 kilometres (700 miles)"): the bracket rounds
        # the figure, so only it need hold the other (700 miles does 1,150 km; 1,150 km is
        # no "1,126.5 km")
        return _fits(_written(c, x), d) or _fits(_written(d, y), c)
    return _fits(_written(c, x), d) and _fits(_written(d, y), c)


def _converted_in_place(c: Claim, d: Claim) -> bool:
    """Whether two claims are one article's figure and its bracketed conversion
    (``enrich.claim_conversions``): one article, one sentence, one slot."""
    return (
        c.article_id is not None
        and c.article_id == d.article_id
        and c.sentence == d.sentence
        and c.slot == d.slot
    )


def without_brackets(
    groups: Sequence[ClaimGroup], enrichments: Mapping[int, Enrichment]
) -> list[ClaimGroup]:
    """The groups but those whose every report is the bracketed conversion of the claim
    before it in its article ("1,150 kilometres (700 miles)": the 700 miles). That figure is
    its main claim's, listed with it: no agreed figure nor one outlet's own of its own (a
    second outlet writing "1,150 kilometres" alone would leave "700 miles" the first outlet's
    only)."""
    before: dict[int, Claim] = {}  # id of a claim -> the claim before it in its article
    for enrichment in enrichments.values():
        for prior, claim in zip(enrichment.claims, enrichment.claims[1:], strict=False):
            before[id(claim)] = prior
    return [g for g in groups if not _all_brackets(g, before)]


def _all_brackets(group: ClaimGroup, before: Mapping[int, Claim]) -> bool:
    for ref in group.claims:
        prior = before.get(id(ref.claim))
        if prior is None:
            return False
        kind = dimension(unit_head(prior))
        if (
            same_unit(prior, ref.claim)
            or kind == unit_head(prior)
            or kind != dimension(unit_head(ref.claim))
            or not _converted_in_place(prior, ref.claim)
        ):
            return False
    return bool(group.claims)


def _written(claim: Claim, figure: float) -> Claim:
    """The claim as its writer's figure alone, exact: "about 200 feet" as 200 feet."""
    return replace(claim, low=figure, high=figure, exact=True, hedge=None)


def _fits(point: Claim, other: Claim) -> bool:
    """Whether a written figure, converted, falls in another claim's range (the other claim
    converted too, with the implied precision of a round figure: "60 metres" is 57 to 63 m,
    and 200 feet 61 m)."""
    a, b = comparable(point, other, _OPTIONS)
    if a.low is None or a.high is None:
        return False
    middle = a.low / 2 + a.high / 2  # the figure itself: its rounding is symmetric
    low = float("-inf") if b.low is None else b.low
    high = float("inf") if b.high is None else b.high
    return low <= middle <= high


_OPTIONS = CompareOptions()
