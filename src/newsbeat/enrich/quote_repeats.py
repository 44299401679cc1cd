"""A quote repeated on the page: a pull quote, or words quoted twice, are one person's.

Pages set a quote apart as a pull quote ("Their immune system behaves in an exaggerated
fashion") or repeat it a few paragraphs on; one of the copies may stand without any
attribution while the other names its speaker. :func:`fill_repeats` gives a direct quote that
names nobody and has no source of its own the speaker of another direct quote on the page
whose words contain it (or are contained in it), when all such quotes name one speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbeat.enrich.quote_records import FoundQuote

__all__ = ["fill_repeats"]

_WORDS = re.compile(r"\w+")
_MIN_WORDS = 6  # words a repeat needs: a short phrase may be two people's


def _words(text: str) -> str:
    return " ".join(w.lower() for w in _WORDS.findall(text))


def fill_repeats(found: list[FoundQuote]) -> list[FoundQuote]:
    """``found`` with each unattributed direct quote that repeats a named one given its
    speaker (see the module docstring); the others unchanged."""
    named = [(_words(q.text), q) for q in found if q.kind == "direct" and q.speaker is not None]
    out: list[FoundQuote] = []
    for q in found:
        if q.kind != "direct" or q.speaker is not None or q.speaker_start is not None:
            out.append(q)
            continue
        own = _words(q.text)
        if len(own.split()) < _MIN_WORDS:
            out.append(q)
            continue
        matches = [other for words, other in named if own in words or words in own]
        if len({other.speaker for other in matches}) == 1:
            q = replace(q, speaker=matches[0].speaker, via=matches[0].via)
        out.append(q)
    return out
