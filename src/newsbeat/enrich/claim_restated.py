"""A bare figure that gives another source's value of what its sentence has just valued:
"the center put the quake's magnitude at 5.9, but the survey said it was 6.1" (issue 12,
claims37).

Used by :mod:`newsbeat.enrich.claims`. A figure with no noun of its own names nothing it
counts and is no claim; but as the complement of "it was" in a clause joined to the clause of
a figure just read ("put X at 5.9, but B said it was 6.1", "… and B said it was 6.1"), "it" is
that quantity and the figure is another value of it: it counts what the first figure counts,
in its unit. Only a clause joined to the first figure's own clause (a conjunct, or a report
in one: "but B said it was") with a subject of its own (a second source), only the sentence's
nearest claim before it, and only a first figure with no unit of its own (a sum's "it was 6"
could be 6 of any scale), the figure closing its clause. A figure after "it was" anywhere
else ("It was 6 when the quake hit"), or with more words after it ("said it was 2 when the
tremor began"), stays unread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import token_offsets

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from newsbeat.enrich.claim_found import FoundClaim

__all__ = ["restated_claim"]

_CLAUSE_VERBS = frozenset({"VERB", "AUX"})
# marks that close the clause of "it was N": anything else after the figure may tie it to
# another moment or thing ("it was 2 when the tremor began", "it was 6 on the old scale")
_CLOSING = frozenset({".", ",", ";", ":", "!"})


def restated_claim(
    doc: Doc, first: int, last: int, earlier: Sequence[FoundClaim]
) -> FoundClaim | None:
    """The claim of the sentence whose quantity the bare figure ``doc[first..last]`` values
    again after "it was" (see the module doc), or None."""
    figure = next((t for t in doc[first : last + 1] if t.dep_ == "attr"), None)
    if figure is None or figure.head.lemma_ != "be":
        return None
    copula = figure.head
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children):
        return None
    if last + 1 < len(doc) and doc[last + 1].text not in _CLOSING:
        return None  # "said it was 2 when the tremor started": a value at another time
    clause = copula.head if copula.dep_ == "ccomp" else copula
    if clause.dep_ != "conj" or not any(c.dep_ == "nsubj" for c in clause.children):
        return None  # "put it at 5.9 but said it was 6": one source, no second value
    sent = doc[first].sent
    offsets = token_offsets(doc)
    before = [c for c in earlier if sent.start_char <= c.start and c.end <= offsets[first]]
    if not before:
        return None
    nearest = before[-1]
    if nearest.unit is not None or not nearest.what:
        return None
    verb = _clause_verb(doc, nearest.start)
    return nearest if verb is not None and verb.i == clause.head.i else None


def _clause_verb(doc: Doc, start: int) -> Token | None:
    """The verb whose clause holds the figure starting at the character ``start``."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    tok = span[0]
    while tok.pos_ not in _CLAUSE_VERBS and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.pos_ in _CLAUSE_VERBS else None
