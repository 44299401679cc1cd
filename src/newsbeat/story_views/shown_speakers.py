"""The speaker a view shows for a quote: its speaker, or the people who say it together.

A joint quote ('"…," said A and B') has no single ``speaker``; its ``speakers`` name them
(:class:`newsbeat.models.Quote`). Every view (reports, terminal, web) shows them joined, never
"unknown speaker" (read34b: a statement of two named producers, in six outlets, printed as an
unknown speaker's).
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["UNKNOWN_SPEAKER", "shown_speaker"]

UNKNOWN_SPEAKER = "unknown speaker"


def shown_speaker(speaker: str | None, speakers: Sequence[str] | None = None) -> str:
    """``speaker``, else the joint speakers as "A and B" / "A, B and C", else "unknown
    speaker"."""
    if speaker:
        return speaker
    names = [name for name in speakers or () if name]
    if not names:
        return UNKNOWN_SPEAKER
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]
