"""The verdict on two claim groups (compatible, update or conflict) and revision words."""

from __future__ import annotations

import re

from newsbeat.compare.claim_context import classify_ranges
from newsbeat.compare.claim_facts import _NUMBER_WORDS
from newsbeat.compare.claim_units import same_unit
from newsbeat.compare.records import ClaimGroup, ClaimPair, CompareOptions, _tokens, vague_count

# Words saying that a figure is new: the later article revises an earlier one.
_REVISION = re.compile(
    r"\b(?:rose|risen|rising|climbed|increased|jumped|grew|soared|fell|fallen|dropped|"
    r"declined|revis(?:e|es|ed|ing)|updat(?:e|es|ed|ing)|raised|raises|lowered|lowers|"
    r"correct(?:s|ed|ing)|now stands?|now puts?|now says?|now estimates?|has now|have now|"
    r"latest|up from|down from|(?:new|revised) (?:figures?|toll|estimates?|count|number))\b",
    re.IGNORECASE,
)
# Words pointing back at an earlier figure: a revision signal, unless a number follows them
# closely ("it had earlier said four were hurt" restates the old figure, it is not a new one).
_EARLIER = re.compile(
    r"\b(?:(?:earlier|previous) (?:figures?|toll|estimates?|count|number)|"
    r"had (?:earlier|previously|initially) (?:said|reported|given|put))\b((?:\W+\w+){0,3})",
    re.IGNORECASE,
)


def revision_signal(sentence: str) -> str | None:
    """The words of a sentence that present its figure as a revision, or None."""
    if match := _REVISION.search(sentence):
        return match.group(0)
    for match in _EARLIER.finditer(sentence):
        following = _tokens(match.group(1))
        if not any(t.isdigit() or t in _NUMBER_WORDS for t in following):
            return match.group(0)[: len(match.group(0)) - len(match.group(1))]
    return None


def _classify_groups(
    g1: ClaimGroup, g2: ClaimGroup, opts: CompareOptions, *, strict: bool
) -> ClaimPair | None:
    """Compatible, update or conflict; None when the two may count different things (only
    groups linked by a strict pair are compatible, updates or conflicts)."""
    a, b = (
        (g1, g2)
        if (g1.first.published, g1.first.article_id)
        <= (
            g2.first.published,
            g2.first.article_id,
        )
        else (g2, g1)
    )
    verdict = classify_ranges(a.first.claim, b.first.claim, opts)
    in_two_units = not same_unit(a.first.claim, b.first.claim)
    if verdict != "disjoint":
        if not strict:
            # "only the precision differs" says the two count one thing: the same slot, as a
            # conflict needs (read on real stories: "a seven-year beef" and "up to 75 years",
            # linked only leniently, were shown as one figure told two ways)
            return None
        return ClaimPair(
            kind="compatible",
            a=a,
            b=b,
            reason="the ranges overlap: only the precision differs",
            in_two_units=in_two_units,
        )
    if not strict or vague_count(a.first.claim) or vague_count(b.first.claim):
        return None  # "dozens of" against "eight": a band as wide as its words contradicts none
    for earlier in a.claims:
        for later in b.claims:
            if not (earlier.published and later.published) or later.published <= earlier.published:
                continue  # an undated figure is not known to be later
            if later.outlet == earlier.outlet:
                return ClaimPair(
                    kind="update",
                    a=a,
                    b=b,
                    reason=f"{later.outlet} revised its own figure in a later article",
                    in_two_units=in_two_units,
                )
            if signal := revision_signal(later.claim.sentence):
                return ClaimPair(
                    kind="update",
                    a=a,
                    b=b,
                    reason=f"a later article reports a revision ({signal!r})",
                    in_two_units=in_two_units,
                )
    return ClaimPair(
        kind="conflict",
        a=a,
        b=b,
        reason="the ranges are disjoint for the same thing and time",
        in_two_units=in_two_units,
    )
