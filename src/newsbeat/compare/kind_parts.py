"""A part of a set named only by its kind: the count of its own act (issue 12).

"At least 17 of the hijacked ships are still being held" is written as a part, and the
comparer keeps parts apart from plain counts ("two of the four" is not "four"). But no
figure of the whole is given: "the hijacked ships" names the set by its kind, and what the
sentence counts is the ships its own verb tells of, the ships held. A reader sets it against
another outlet's "Pirates are holding about a dozen ships" as one count told twice, when each
article counts the thing once (``one_count.only_count`` asks that, and the rest of the slot).
The qualifiers inside the partitive ("hijacked") describe the set the part is drawn from, not
the part, so they are not compared.

Not such a part (each stays a part, kept apart as before):

- a whole written as a figure ("two of the eight bullets", "18 of their next 23 games");
- a set told before in the article ("12 of them", "five of whom", "three of its ships"):
  its whole is elsewhere in the article, often the other outlet's very figure;
- a share ("99% of the traffic"): a share of what is ``_Facts.share_of``'s;
- a part joined to its total by "including", "additional", "further": no partitive at all.
"""

from __future__ import annotations

from dataclasses import replace

from newsbeat.compare.claim_context import is_value
from newsbeat.compare.claim_facts import _Facts, _is_number
from newsbeat.compare.records import _singular, _tokens
from newsbeat.models import Claim

__all__ = ["as_kind_count", "part_of_kind"]

# At most this many words may stand between "of the" and the counted noun ("of the hijacked
# ships", "of the foreign merchant ships"): more, and the noun is seldom the set's own.
_BETWEEN = 3


def part_of_kind(facts: _Facts, claim: Claim) -> bool:
    """Whether a claim's figure is a part of a set named only by its kind: written
    "N of the [up to three words] <its counted noun>", with no figure among those words."""
    if not facts.part or not facts.written_noun:
        return False
    tokens = _tokens(claim.sentence)
    for k, token in enumerate(tokens[:-3]):
        if not (is_value(token, claim) and tokens[k + 1 : k + 3] == ["of", "the"]):
            continue
        after = tokens[k + 3 : k + 4 + _BETWEEN]
        for word in after:
            if _is_number(word):
                break  # "of the 400 richest": a whole written as a figure
            if _singular(word) == facts.written_noun:
                return True
    return False


def as_kind_count(facts: _Facts, claim: Claim) -> _Facts:
    """``facts`` read as the count of its own act when it is a part of a set named only by its
    kind (:func:`part_of_kind`): no part, and its qualifiers (the set's) left unknown."""
    if not part_of_kind(facts, claim):
        return facts
    return replace(facts, part=False, modifiers=None)
