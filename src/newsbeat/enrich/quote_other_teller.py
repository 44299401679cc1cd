"""Another teller between two quotes: the second does not go on with the first's speaker.

A quote with no attribution of its own continues the previous speaker
(:func:`~newsbeat.enrich.quote_continues.continues`) unless another person became a subject
in between. A body that says something in between breaks the run as well: in 'She added:
"…" / A statement from Harbin Foods said: "…" / "The store will be rebuilt …"' (quote marks
paired wrongly, so the company's first words are lost) the last quote is not the police
spokeswoman's (read36, spk37). A sentence between the two quotes, outside every quote, whose
main verb is one of saying with a subject that names a speaker other than the previous one
(:func:`~newsbeat.enrich.speaker_tokens.resolve_speaker_token`, as for a quote's own cue)
stops the continuation.

When that teller's sentence ends in a colon and an opening mark that opens no quote (the
marks after it paired wrongly: 'X said: " Damage … cause.' / 'No-one has been injured.' /
'" The store will be rebuilt …'), a quote standing within the next two sentences, nothing
quoted between, goes on with the teller's statement (:func:`stray_colon_teller`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.doc_text import doc_text
from newsbeat.enrich.quote_attribution import CUE_LEMMAS
from newsbeat.enrich.quote_records import Attribution, inside
from newsbeat.enrich.speaker_tokens import resolve_speaker_token

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsbeat.enrich.actors import ArticleActors
    from newsbeat.enrich.quote_marks import QuoteSpan
    from newsbeat.enrich.quote_records import FoundQuote

__all__ = ["other_teller_between", "stray_colon_teller"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_STRAY_BACK = 3  # the teller's sentence and at most two between it and the quote
_OPENING = frozenset({'"', "“"})


def other_teller_between(
    doc: Doc, previous: FoundQuote, q: QuoteSpan, actors: ArticleActors, spans: list[QuoteSpan]
) -> bool:
    """Whether a sentence between the end of ``previous`` and ``q`` has a verb of saying as
    its root whose subject (outside quotes) names a speaker other than ``previous``'s."""
    if previous.end >= q.start:
        return False
    span = doc.char_span(previous.end, q.start, alignment_mode="contract")
    if span is None or not len(span):
        return False
    seen: set[int] = set()
    for tok in span:
        sent = tok.sent
        if sent.start in seen:
            continue
        seen.add(sent.start)
        if sent.start_char < previous.end or sent.end_char > q.start:
            continue  # the previous quote's own sentence ('"…," said A and B. "…"'), or q's
        root = sent.root
        if root.lemma_ not in CUE_LEMMAS or inside(root.idx, spans):
            continue
        for subject in (c for c in root.children if c.dep_ in _SUBJECTS):
            if inside(subject.idx, spans) or subject.pos_ == "PRON":
                continue
            name, _, _ = resolve_speaker_token(subject, actors, spans, bare_nouns=False)
            if name is not None and name != previous.speaker and name not in previous.speakers:
                return True
    return False


def _stray_opener(doc: Doc, root_end: int, end: int, spans: list[QuoteSpan]) -> bool:
    """Whether the text from the verb of saying to the sentence's ``end`` holds a colon
    followed by an opening mark that opens no quote span."""
    text = doc_text(doc)
    colon = text.find(":", root_end, end)
    if colon < 0:
        return False
    at = colon + 1
    while at < end and text[at].isspace():
        at += 1
    if at >= end or text[at] not in _OPENING:
        return False
    return not any(at < s.start <= at + 3 or s.start <= at < s.end for s in spans)


def stray_colon_teller(
    doc: Doc, q: QuoteSpan, actors: ArticleActors, spans: list[QuoteSpan]
) -> Attribution | None:
    """The teller of a statement opened after a colon whose mark opens no quote, in one of the
    few sentences before the quote with nothing quoted between (the module docstring): its
    name, else None."""
    first = doc.char_span(q.start, q.end, alignment_mode="expand")
    if first is None or not len(first):
        return None
    sent = first[0].sent
    for _ in range(_STRAY_BACK):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        if any(sent.start_char < s.end and s.start < sent.end_char for s in spans):
            return None  # something quoted between: that quote's run, not this one
        root = sent.root
        if root.lemma_ not in CUE_LEMMAS:
            continue
        if not _stray_opener(doc, root.idx + len(root.text), sent.end_char, spans):
            return None
        for subject in (c for c in root.children if c.dep_ in _SUBJECTS):
            name, start, end = resolve_speaker_token(subject, actors, spans, bare_nouns=False)
            if name is not None and subject.pos_ != "PRON":
                return Attribution(speaker=name, start=start, end=end, via=None, distance=0)
        return None
    return None
