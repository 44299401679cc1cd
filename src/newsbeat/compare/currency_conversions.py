"""Dollar figures of one sum converted by outlets abroad: no disagreement."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from newsbeat.compare.claim_context import times_apart
from newsbeat.compare.claim_facts import _Facts, _Story
from newsbeat.compare.records import ClaimRef

# Currencies a story may state a sum in before outlets abroad convert it to their dollar
# ("pounds" is left out: it weighs too).
_OTHER_CURRENCIES = frozenset({"euro", "crown", "yen", "yuan", "ruble"})  # as _facts folds them
# Why two dollar figures of such a story are no disagreement: "$" names the US, Canadian and
# Australian dollars alike, and each outlet converts at its own day's rate (read on a real
# story: one heist of 85 million euros was "$108 million" in a US report, "$137-million" in
# a Canadian one and "more than $160 million" in an Australian one).
CONVERTED = "dollar figures of a sum given in another currency"


def _states_other_currency(refs: Sequence[tuple[ClaimRef, _Facts]]) -> bool:
    """Whether some article of the story converts a sum into dollars in one sentence ("85
    million euros ($108 million)"): the story's dollar figures are then conversions. A sum in
    euros with no conversion beside it ("fined 50 million euros") says nothing of the story's
    dollar figures (the review: two dollar settlements beside a euro fine still disagree)."""
    currencies: dict[tuple[int, str], set[str]] = defaultdict(set)
    for ref, facts in refs:
        currencies[(ref.article_id, ref.claim.sentence)].add(facts.unit)
    return any("dollar" in units and units & _OTHER_CURRENCIES for units in currencies.values())


def _converted(
    i: int, j: int, refs: Sequence[tuple[ClaimRef, _Facts]], story: _Story, why: str
) -> bool:
    """Whether two figures of one thing are dollar figures of a story whose sum is given in
    another currency (:data:`CONVERTED`)."""
    if not story.converted or why.startswith("not the same thing"):
        return False
    if refs[i][1].unit != "dollar" or refs[j][1].unit != "dollar":
        return False
    # further apart than any two dollars' rate: "$2 million" of damage against "$265 million"
    # is no conversion of one sum, whatever dollar each outlet wrote
    return times_apart(refs[i][0].claim, refs[j][0].claim) <= _DOLLAR_SPREAD


# The most two dollars an outlet writes as a bare "$" (US, Canadian, Australian, New Zealand)
# have been apart: about 2.6 New Zealand dollars to the US dollar at their furthest (2000).
_DOLLAR_SPREAD = 3.0
