"""An item of a list of kinds under an unnumbered whole: the count of its own noun (issue 12).

"The seized arms included seven rifles, three machine guns and a grenade launcher" is read
with the figure as a part ("including", "included", "among": ``enrich.claim_roles``), and the
comparer keeps parts apart from plain counts ("five children" of "23 dead, including five
children" is no count of the dead). But when no figure of the whole is written ("a cache of
arms, including seven rifles"), the list only tells the whole's kinds one by one: its seven
rifles are every rifle of it, the count another outlet gives as "the navy recovered seven
rifles". Left a part, one figure told by nine outlets printed as two agreements (read38 on a
real story: "7 ak-47" twice, "3 rifles" twice). Such an item is compared as a plain count;
its event, subject, qualifiers and time are still compared as for any figure.

Not such an item (each stays a part, kept apart as before):

- a whole written as a figure before the list ("23 people were killed, including five
  children"; "$334 million, including $281 million in cash");
- an increment or a selection ("another five", "two more", "the first three"): part of a
  figure told elsewhere;
- a bare measure ("the aid includes $50 million"): a sum is a part of the whole's sum;
- a noun of no kind in particular ("the dead included five people from one family"), or the
  whole's own noun ("the rifles included seven rifles of the guard"): a part of its own kind.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbeat.compare.claim_context import is_value
from newsbeat.compare.claim_facts import _NUMBER_WORDS, _Facts
from newsbeat.compare.records import _singular, _tokens
from newsbeat.compare.slot_matching import _ANY_GROUP
from newsbeat.enrich.claim_roles import _INCREMENT, _PART_HEADS, _SELECTORS
from newsbeat.enrich.claim_roles import _MORE as _ENRICH_MORE
from newsbeat.models import Claim

__all__ = ["as_listed_count", "listed_item"]

# The words that open a list of a whole's parts (enrich's, without "excluding": what is left
# out is no item of the whole).
_LIST_HEADS = _PART_HEADS - {"excluding"}
# Words right before a figure that make it an increment or a selection of a longer series, and
# right after a counted noun that make it an increment ("two more boats"); enrich's, without
# "other" ("the other two" is the rest of a whole, an item of it).
_SERIES = (_INCREMENT | _SELECTORS) - {"other"}
_MORE = _ENRICH_MORE - {"other"}
# Nouns that name no kind in particular: "five people" of the dead are a part of the dead.
_ANY_KIND = _ANY_GROUP | {"others"}


# Number words, also closed up as the tokens write a hyphened one ("twentythree").
_WORDED = re.compile("(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")+")


def _figure(token: str) -> bool:
    """Whether a token is a figure of its own ("23", "seven", "twenty-three"), not a name with
    digits in it ("ak47", "f16")."""
    return token.replace(",", "").isdigit() or _WORDED.fullmatch(token) is not None


def listed_item(facts: _Facts, claim: Claim) -> bool:
    """Whether a claim read as a part is one item of a list of kinds under a whole written
    without a figure (see the module)."""
    if not facts.part or claim.role != "part" or facts.whole:
        return False
    noun = facts.written_noun or facts.noun
    if not noun or noun == facts.unit or noun in _ANY_KIND or facts.unit:
        return False
    tokens = _tokens(claim.sentence)
    own = next((k for k, t in enumerate(tokens) if is_value(t, claim)), None)
    if own is None or (own and tokens[own - 1] in _SERIES):
        return False
    heads = [k for k in range(own) if tokens[k] in _LIST_HEADS]
    if not heads:
        return False  # a part for another reason: "of whom", "in cash", an increment
    head = heads[-1]
    if any(_figure(t) and t != "one" for t in tokens[:head]):
        # "23 people were killed, including five children": a part of 23. "One" is mostly a
        # pronoun there ("No one was hurt, but several people, including two children, ...")
        return False
    if noun in {_singular(t) for t in tokens[:head]}:
        return False  # "the rifles included seven rifles of the guard": a part of its kind
    after = tokens[own + 1 : own + 5]
    return not _MORE.intersection(after)


def as_listed_count(facts: _Facts, claim: Claim) -> _Facts:
    """``facts`` read as a plain count when the claim is an item of a list of kinds under an
    unnumbered whole (:func:`listed_item`)."""
    if not listed_item(facts, claim):
        return facts
    return replace(facts, part=False, role="")
