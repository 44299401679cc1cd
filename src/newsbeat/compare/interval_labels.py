"""How a span between two events is printed: "2 weeks after Payton made a similar move", not
"2 weeks (weeks after make)" (issue 12, claims38).

Used by :func:`newsbeat.compare.records.claim_label`. Enrich keeps a span's anchor in its
counted words as a key ("weeks after make": the link word and the anchor's lemma; see
``enrich.claim_intervals``), so that two outlets' spans meet only when they count from one
event. That key is no phrase a reader can read, and an interval is no count of the thing its
lemma names. The label gives the span as the article wrote its anchor: the link word and the
words after it, up to the clause's end (a comma, a dash, a bracket, a quotation mark) and at
most :data:`MAX_WORDS` words ("…" when cut). "earlier" and "later" are printed as they are
("4 days earlier"). When the sentence does not write the link after a unit of time (or writes
it twice), the span is printed "2 weeks (after another event)". Only the printing changes:
the comparison still keys on the claim's counted words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.claim_intervals import ANCHOR_WORDS

if TYPE_CHECKING:
    from newsbeat.models import Claim

__all__ = ["MAX_WORDS", "interval_label"]

MAX_WORDS = 8
_UNITS = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?"
    r"|centur(?:y|ies))"
)
# a unit of time and the link right after it; the anchor is the words after the link up to
# the clause's end (or the next such span): a mark, or "and"/"but"/"or" before a lower-case
# word ("before Comeaux's escape and moved to …": a second verb; "after Watergate and Mr
# Woodward confirmed …" goes on)
_SPAN = re.compile(rf"\b(?P<unit>{_UNITS})\s+(?P<link>after|before)\s+", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s+--|\s+-\s|[,;:.!?()\[\]\"“”—–]|\s(?:and|but|or)\s+(?=[a-z])")


def interval_label(claim: Claim, value: str, unit: str) -> str | None:
    """The printed label of a span between two events ("2 weeks after Payton made a similar
    move", "4 days earlier"), ``value`` being its figure as text and ``unit`` its unit as
    written; None when the claim is no such span (its counted words name no anchor)."""
    words = claim.what.split()
    if len(words) < 2 or words[1] not in ANCHOR_WORDS:
        return None
    link = words[1]
    if link in {"earlier", "later"}:
        return f"{value} {unit} {link}"
    heads = list(_SPAN.finditer(claim.sentence))
    spans: list[tuple[str, str]] = []  # (unit, anchor) of each span with the claim's link
    for k, head in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else len(claim.sentence)
        text = claim.sentence[head.end() : end]
        if (stop := _CLAUSE_END.search(text)) is not None:
            text = text[: stop.start()]
        if head.group("link").lower() == link and text.split():
            spans.append((head.group("unit").lower(), text))
    own = [a for u, a in spans if u[:3] == unit.split()[-1].lower()[:3]]
    # "two days after the break-in -- to November, five months after he left": each span its
    # own unit's anchor; a unit the sentence writes otherwise ("three decades" read as years)
    # only when the sentence has one such span
    chosen = own if own else [a for _, a in spans] if len(spans) == 1 else []
    if len(chosen) != 1:
        return f"{value} {unit} ({link} another event)"  # the anchor's lemma reads as no phrase
    anchor = chosen[0].split()
    cut = "…" if len(anchor) > MAX_WORDS else ""
    return f"{value} {unit} {link} {' '.join(anchor[:MAX_WORDS])}{cut}"
