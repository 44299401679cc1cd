"""A pronoun teller's claim is the quote's speaker's (issue 12, claims39).

"The branch has been there for at least 10 years, he said.": the quote stage reads the
sentence as an indirect quote and decides who "he" is (the previous sentence's subject, a
continuation, a man named before, or nobody when it is not sure). The claim's teller is the
same "he" of the same cue, so it takes that decision instead of resolving the pronoun again
by a path of its own: one answer for the quote and the figure, and a later fix of the
quote's speaker is the claim's too. Only for "he" and "she" (an organisation's "it" and
"they" keep :func:`~newsbeat.enrich.claim_claimants.claimant_of`'s subject path), and only
for a quote that holds the figure and whose sentence holds the pronoun. Used by
:mod:`newsbeat.enrich.claim_tellers`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsbeat.enrich.quote_records import FoundQuote

__all__ = ["pronoun_quote"]

_PERSONAL = frozenset({"he", "she"})


def pronoun_quote(subject: Token, pos: int, quotes: list[FoundQuote]) -> FoundQuote | None:
    """The quote whose speaker a personal pronoun teller of the figure at character ``pos``
    is: a quote holding the figure, in a sentence that holds the pronoun; else None."""
    if subject.lower_ not in _PERSONAL:
        return None
    sent = subject.sent
    for quote in quotes:
        if not quote.start <= pos < quote.end:
            continue
        if quote.start <= subject.idx < quote.end:
            continue  # the pronoun is inside what is told ("… that he would pay 10 …")
        if sent.start_char <= quote.start and quote.end <= sent.end_char + 1:
            return quote
    return None
