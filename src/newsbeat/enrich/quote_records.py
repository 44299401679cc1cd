"""The records the quote rules pass around.

:class:`FoundQuote` is a quote as :func:`~newsbeat.enrich.quotes.extract_quotes` returns it;
:class:`Attribution` is what one rule found for a quote (a speaker, the span of the words that
give the source, a medium, and how far the cue stands from the quote, so the nearest wins).
:func:`inside` says whether an offset falls inside one of the article's quotes: every rule
skips cue words and speakers written inside quotation marks. :func:`overlaps_found` and
:func:`trimmed_end` are the checks of the rules that take a whole sentence as a quote.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Span

    from newsbeat.enrich.quote_marks import QuoteSpan

__all__ = ["Attribution", "FoundQuote", "inside", "overlaps_found", "trimmed_end"]


@dataclass(frozen=True, kw_only=True)
class FoundQuote:
    """A quote with where it is: content span, and the speaker mention's span if any."""

    text: str
    start: int
    end: int
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    via: str | None
    kind: str
    sentence: str
    # the actors who say it together ("…," said A and B), speaker then None; see models.Quote
    speakers: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Attribution:
    """Who a quote's cue gives as its speaker: the name and its character span (None when
    nobody is named), the medium (``via``), and how far the cue stands from the quote."""

    speaker: str | None
    start: int | None
    end: int | None
    via: str | None
    distance: int
    # the source is given and names nobody ("advertisements featuring farmers declaring"): no
    # later rule looks for a name elsewhere
    final: bool = False
    # the two or more actors a joint source names (quote_joint), when ``speaker`` is None
    speakers: tuple[str, ...] = ()


def inside(pos: int, spans: list[QuoteSpan]) -> bool:
    """Whether the character ``pos`` is inside one of the quote spans."""
    for s in spans:  # noqa: SIM110 (a loop, not any(): ~150 calls per article)
        if s.start <= pos < s.end:
            return True
    return False


def overlaps_found(start: int, end: int, found: Iterable[FoundQuote]) -> bool:
    """Whether the characters ``start``-``end`` overlap a quote already found."""
    return any(q.start < end and start < q.end for q in found)


def trimmed_end(sent: Span) -> int:
    """The index after a sentence's last token that is no punctuation or space."""
    doc, last = sent.doc, sent.end
    while last > sent.start and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    return last
