"""A quote with no attribution of its own, given by what came before it.

:func:`said_before`: a quote opening its sentence continues the person the sentence just
before reports with a speech verb (``…, Holm said. "The other problem is …"``), in the same
paragraph or, for a quote paragraph, on the line before. :func:`announced`: a quote alone on its
lines after ``X released a statement.`` is X's. :func:`continues`: an unattributed quote goes
on with the previous quote's speaker when it follows shortly and no other person became a
subject in between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.quote_attribution import CUE_LEMMAS, cue_attribution
from newsbeat.enrich.quote_context import MARKS_AND_SPACE as _MARKS_AND_SPACE
from newsbeat.enrich.quote_context import alone_on_lines as _alone_on_lines
from newsbeat.enrich.quote_context import line_after as _line_after
from newsbeat.enrich.quote_context import opens_sentence
from newsbeat.enrich.quote_context import sentence_before as _sentence_before
from newsbeat.enrich.quote_hints import announced_by
from newsbeat.enrich.quote_marks import QuoteSpan
from newsbeat.enrich.quote_records import Attribution, FoundQuote, inside
from newsbeat.enrich.speaker_tokens import resolve_speaker_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["announced", "continues", "said_before"]


_CONTINUE_GAP = 400


def said_before(
    doc: Doc,
    sent: Span,
    q: QuoteSpan,
    actors: ArticleActors,
    spans: list[QuoteSpan],
    *,
    across_lines: bool = False,
) -> Attribution | None:
    """``The port may stay shut, Holm said. "The other problem is …"``: a quote opening its
    sentence, with no attribution of its own, continues the person whose words the sentence
    just before (no quote in it) reports with a speech verb of its main clause. The sentence
    is in the same paragraph, or (``across_lines``: the quote gives no source of its own) it
    ends the line before a quote paragraph (``…, Ingaldson said.`` / ``"But inside, …"``)."""
    if sent.start == 0 or not opens_sentence(sent, q):
        return None
    before = doc[sent.start - 1].sent
    if _MARKS_AND_SPACE.fullmatch(before.text) and before.start > 0:
        # the opening mark split off as a sentence of its own (read38: '…, a Defence
        # Ministry statement said.' / '" On sighting …'): the sentence before it
        before = doc[before.start - 1].sent
    if any(before.start_char < other.end and other.start < before.end_char for other in spans):
        return None
    text = actors.text
    if before.root.lemma_ not in CUE_LEMMAS:
        return None
    # with a lead-in ("Later in the afternoon, "…"") the sentence, not the quote, opens the line
    line = q if q.start - sent.start_char <= 1 else QuoteSpan(start=sent.start_char, end=q.end)
    if "\n" in text[before.start_char : q.start] and not (
        across_lines
        and _line_after(text, before.start_char + len(before.text.rstrip()), line.start)
        and _alone_on_lines(text, line)
        # a paraphrase: the verb reports words ("…, X said."), not "X denied the report"
        and any(c.dep_ == "ccomp" for c in before.root.children)
    ):
        return None
    found = cue_attribution(doc, before.start, before.end, q, actors, spans)
    return found if found is not None and found.speaker is not None else None


def announced(
    doc: Doc, lo: int, q: QuoteSpan, actors: ArticleActors, spans: list[QuoteSpan]
) -> Attribution | None:
    """``Holm released a statement.`` / ``"We will appeal …"``: a quote standing alone on its
    lines (nothing but marks before and after it) right after a sentence announcing a
    statement is the statement's, its issuer's words."""
    text = actors.text
    if not _alone_on_lines(text, q):
        return None
    before = _sentence_before(doc, lo)
    if before is None or not _MARKS_AND_SPACE.fullmatch(text[before.end_char : q.start]):
        return None
    if any(before.start_char < other.end and other.start < before.end_char for other in spans):
        return None
    subj = announced_by(before)
    if subj is None:
        return None
    name, s, e = resolve_speaker_token(subj, actors, spans, bare_nouns=False)
    if name is None:
        return None
    return Attribution(speaker=name, start=s, end=e, via=None, distance=0)


def continues(
    doc: Doc, previous: FoundQuote, q: QuoteSpan, actors: ArticleActors, spans: list[QuoteSpan]
) -> bool:
    """Whether an unattributed quote continues the previous speaker's words.

    True when the previous quote had a speaker (a name, or the span of a source the text
    does not name), ended shortly before, and no other person
    became the subject of a sentence in between (outside quotes and outside the previous
    quote's own attribution sentence). The subject of the quoted words themselves does not
    count: in ``"…," said X. / Felt "disgraced himself …"`` (read37) the marks hold Felt's
    predicate, words about him, and X goes on.
    """
    if previous.kind != "direct" or (previous.speaker is None and previous.speaker_start is None):
        return False
    if q.start - previous.end > _CONTINUE_GAP:
        return False
    after = previous.end
    if previous.speaker_start is not None:
        speaker_tok = doc.char_span(
            previous.speaker_start,
            previous.speaker_end or previous.speaker_start + 1,
            alignment_mode="expand",
        )
        if speaker_tok is not None and len(speaker_tok):
            after = max(after, speaker_tok[0].sent.end_char)
    for m in actors.mentions:
        if not (after <= m.start < q.start) or inside(m.start, spans):
            continue
        if m.label != "PERSON" or m.actor == previous.speaker:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in {"nsubj", "nsubjpass"}:
            if q.start <= span.root.head.idx < q.end:
                continue  # 'Felt "disgraced himself …"': the quoted words are about him
            return False
    return True
