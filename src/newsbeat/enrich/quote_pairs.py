"""``"…," said Ola Berg and Tomas Reel. "…," the pair said.``: a noun for two people that
speaks after a quote two named people gave together goes on with both.

A joint source keeps its names in ``speakers`` (:mod:`~newsbeat.enrich.quote_joint`); "the
pair", "the two", "the duo" or "both" as the next quote's source named nobody, so the words
stood unattributed (read39: "…," said Laurence Mark and Bill Condon, the new producers …. "…,"
the pair said in a statement'). :func:`pair_speakers` gives the two names of the quote just
before when that quote's source named exactly two, and nobody else is named between the two
quotes outside quotation marks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.quote_records import inside

if TYPE_CHECKING:
    from newsbeat.enrich.actor_table import ArticleActors
    from newsbeat.enrich.quote_marks import QuoteSpan
    from newsbeat.enrich.quote_records import Attribution, FoundQuote

__all__ = ["pair_speakers"]

_PAIR = re.compile(r"(?:the|both) (?:pair|two|duo)|both", re.IGNORECASE)


def pair_speakers(
    text: str,
    attribution: Attribution,
    previous: FoundQuote | None,
    joint: dict[tuple[int | None, int | None], tuple[str, ...]],
    actors: ArticleActors,
    spans: list[QuoteSpan],
) -> tuple[str, ...]:
    """The two speakers "the pair" (the source of ``attribution``) goes on with, else ()."""
    if attribution.speaker is not None or attribution.start is None or previous is None:
        return ()
    if not _PAIR.fullmatch(text[attribution.start : attribution.end].strip()):
        return ()
    names = joint.get((previous.speaker_start, previous.speaker_end), ())
    if len(names) != 2:
        return ()
    first, last = previous.end, attribution.start
    others = any(
        first <= m.start < last
        and not inside(m.start, spans)
        and actors.type_of(m.actor) == "PERSON"
        and m.actor not in names
        for m in actors.mentions
    )
    return () if others else names  # someone else named between: "the pair" may be others
