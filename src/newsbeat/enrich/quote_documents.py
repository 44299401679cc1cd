"""Words quoted from a rule text: ``The league's conduct policy states: "…"``.

A policy, law, rule book, charter or contract that "states", "says" or "reads" the quoted
words is the quote's source, and it is nobody: no person speaks them, and the quote must not
fall back on the last speaker because the parse read "states" as a plural noun ("policy
states") and left the sentence without a verb of saying. :func:`document_source` gives the
document's phrase as the source's span, with no speaker, for good. A statement or a letter is
not such a text: its issuer speaks (:mod:`newsbeat.enrich.quote_issuers`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.quote_records import Attribution

if TYPE_CHECKING:
    from newsbeat.enrich.quote_marks import QuoteSpan

__all__ = ["document_source"]

# Texts whose words are quoted as a rule's or an agreement's, not as anyone's speech.
_RULE_TEXTS = frozenset(
    {"policy", "law", "rule", "rulebook", "code", "charter", "constitution", "statute"}
    | {"regulation", "guideline", "agreement", "contract", "treaty", "clause", "bylaw"}
    | {"ordinance", "amendment", "handbook", "manual", "document", "act", "bill", "license"}
    | {"licence", "warrant", "indictment", "complaint", "affidavit", "sign", "label", "plaque"}
)
_READS = r"(?:states|says|reads|stipulates|provides|declares|specifies|stated|said|read)"
# "<noun> states: “" right before the quote's words, on the quote's line.
_LEADIN = re.compile(rf"\b(?P<noun>[A-Za-z]+)\s+{_READS}\s*[:,]?\s*[\"“«]\s*$")
_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "that"})
_PHRASE_WORDS = 6  # words looked back from the noun for its determiner


def _phrase_start(text: str, noun_start: int, line_start: int) -> int:
    """Where the document's noun phrase starts: at the nearest determiner or possessive
    pronoun a few words before the noun (``The NFL's substance-abuse policy``), else at the
    noun."""
    words = list(re.finditer(r"\S+", text[line_start:noun_start]))[-_PHRASE_WORDS:]
    for word in reversed(words):
        if word.group().lower() in _OPENERS:
            return line_start + word.start()
        if word.group().endswith((".", ",", ";", ":")):
            break
    return noun_start


def _singular(word: str) -> str:
    low = word.lower()
    return low[:-1] if low.endswith("s") and low[:-1] in _RULE_TEXTS else low


def document_source(text: str, q: QuoteSpan) -> Attribution | None:
    """The rule text a lead-in right before the quote names as its source (``The city
    charter says: "…"``): no speaker, the document's phrase as the span, final; None when
    the words before the quote are no such lead-in."""
    line_start = text.rfind("\n", 0, q.start) + 1
    match = _LEADIN.search(text, line_start, q.start)
    if match is None or _singular(match.group("noun")) not in _RULE_TEXTS:
        return None
    start = _phrase_start(text, match.start("noun"), line_start)
    return Attribution(
        speaker=None, start=start, end=match.end("noun"), via=None, distance=0, final=True
    )
