"""A source written around a quote without a verb of saying.

:func:`transcript_label` reads a transcript turn quoted whole (``"PENCE: Well, …"``);
:func:`dash_or_colon` reads a name signed after a dash (``"…" ― Name``), a name or caption
before a colon on the quote's line (``… - X: "…"``, ``Erik Holm/Defence Attorney: "…"``), the
sentence before that leads into the quote (``X was blunt:`` / ``X commented,``), and the
subject of the clause a colon closes (``He then addressed the crowd: "…"``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_full_names import full_name_in_text
from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.doc_arrays import spaces
from newsbeat.enrich.quote_attribution import CUE_LEMMAS, cue_attribution
from newsbeat.enrich.quote_context import sentence_before as _sentence_before
from newsbeat.enrich.quote_issuers import verb_subject as _subject
from newsbeat.enrich.quote_records import Attribution, inside
from newsbeat.enrich.speaker_tokens import FIRST_PERSON, resolve_speaker_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from newsbeat.enrich.quote_marks import QuoteSpan

__all__ = ["dash_or_colon", "transcript_label"]


_SIGNATURE = re.compile(r"([A-Z][\w.'’-]+(?:[ ][A-Z][\w.'’-]*){1,3})")
_DASH = re.compile(r"^[\s,]*[―—–]\s*")


def dash_or_colon(
    doc: Doc, lo: int, q: QuoteSpan, actors: ArticleActors, quotes: list[QuoteSpan]
) -> Attribution | None:
    """``"…" ― Name`` after the quote, or ``X reports:`` just before it."""
    text = actors.text  # the parsed text; Doc.text would rebuild it from the tokens
    dash = _DASH.match(text[q.end + 1 : q.end + 8])
    if dash:
        pos = q.end + 1 + dash.end()
        for m in actors.mentions:
            if m.start == pos and m.label in {"PERSON", "ORG"}:
                return Attribution(speaker=m.actor, start=m.start, end=m.end, via=None, distance=0)
        signed = _SIGNATURE.match(text, pos)  # a name NER did not tag
        if signed:
            return Attribution(
                speaker=signed.group(1),
                start=signed.start(1),
                end=signed.end(1),
                via=None,
                distance=0,
            )
    colon = _colon_before(text, q)
    if colon is not None:
        for m in actors.mentions:  # "… - Lena Holm: “…”"
            if m.end == colon and m.label in {"PERSON", "ORG"}:
                return Attribution(speaker=m.actor, start=m.start, end=m.end, via=None, distance=0)
        captioned = _caption_person(doc, colon, actors)
        if captioned is not None:
            return captioned
    prev_sent = _sentence_before(doc, lo)
    if prev_sent is not None and _leads_into_quote(prev_sent):
        found = cue_attribution(doc, prev_sent.start, prev_sent.end, q, actors, quotes)
        last = _last_words(prev_sent, 1)[-1]
        if found is None and colon is None and last.text == ":":
            # "X, director of Y, was blunt:" / the quote on the next line: X, whatever the verb
            return _colon_subject(doc, last.idx, actors, quotes)
        if found is not None or colon is None:
            return found
    if colon is not None:
        return _colon_subject(doc, colon, actors, quotes)
    return None


_COLON_MIN_WORDS = 4
_CAPTION_WORDS = 8
_CAPTION_SPLIT = re.compile(r"\s*[/,]\s*")


def _caption_person(doc: Doc, colon: int, actors: ArticleActors) -> Attribution | None:
    """``Erik Holm/Defence Attorney: "…"``, ``Erik Holm, the mayor: "…"``: a caption opening
    its line with the name of a person of the article (before any slash or comma), a few words
    of role and no verb names that person."""
    text = actors.text
    line_start = text.rfind("\n", 0, colon) + 1
    label = text[line_start:colon]
    if len(label.split()) > _CAPTION_WORDS:
        return None
    words = doc.char_span(line_start, colon, alignment_mode="expand")
    if words is None or any(t.pos_ in {"VERB", "AUX"} for t in words):
        return None
    head = _CAPTION_SPLIT.split(label.strip(), maxsplit=1)[0]
    people = {m.actor for m in actors.mentions if m.label == "PERSON"}
    if head not in people or len(head.split()) < 2:
        return None
    start = line_start + label.index(head)
    return Attribution(speaker=head, start=start, end=start + len(head), via=None, distance=0)


def _leads_into_quote(sent: Span) -> bool:
    """A sentence that leads into the quote after it: it ends with a colon (``X was blunt:``)
    or with a speech verb and a comma (``X commented,``)."""
    words = _last_words(sent, 2)
    if not words:
        return False
    if words[-1].text == ":":
        return True
    return (
        len(words) > 1
        and words[-1].text == ","
        and words[-2].lemma_ in CUE_LEMMAS
        and words[-2].pos_ == "VERB"
    )


def _last_words(sent: Span, count: int) -> list[Token]:
    """The sentence's last ``count`` tokens that are not spaces, in order (fewer when it has
    fewer), read back from its end on the doc's columns: no token object for the rest."""
    doc, space = sent.doc, spaces(sent.doc)
    found: list[int] = []
    k = sent.end - 1
    while k >= sent.start and len(found) < count:
        if not space[k]:
            found.append(k)
        k -= 1
    return [doc[k] for k in reversed(found)]


def _colon_before(text: str, q: QuoteSpan) -> int | None:
    """Offset of the colon that introduces a quote on the same line (``X: "…"``), if any."""
    line_start = text.rfind("\n", 0, q.start) + 1
    before = text[line_start : max(line_start, q.start - 1)].rstrip()
    if not before.endswith(":") or len(text[q.start : q.end].split()) < _COLON_MIN_WORDS:
        return None  # 'Holm: "No comment"' is a headline tag, not a quote
    return line_start + len(before) - 1


def _colon_subject(
    doc: Doc, colon: int, actors: ArticleActors, quotes: list[QuoteSpan]
) -> Attribution | None:
    """``She then turned to the crowd: "…"``: the subject of the clause a colon closes, whatever
    its verb."""
    span = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span[0].head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or inside(verb.idx, quotes):
        return None
    subj = _subject(verb)
    if subj is None or inside(subj.idx, quotes) or subj.lower_ in FIRST_PERSON:
        return None
    if _thinks(verb):
        # "X will be left to wonder: "what did we do …?"": a thought the writer lends, said
        # by nobody (the subject's span kept, so no earlier speaker takes it)
        end = subj.idx + len(subj)
        return Attribution(speaker=None, start=subj.idx, end=end, via=None, distance=0)
    name, s, e = resolve_speaker_token(subj, actors, quotes, bare_nouns=False)
    if name is None:
        return None
    return Attribution(speaker=name, start=s, end=e, via=None, distance=0)


# Verbs of thinking: what follows their colon is a thought, not words said.
_THINKING = frozenset({"wonder", "think", "ponder", "imagine", "muse", "guess", "reflect"})


def _thinks(verb: Token) -> bool:
    """Whether the colon's clause is a thought: its verb, or the verb it governs ("left to
    wonder", "began to think"), is a verb of thinking."""
    return verb.lemma_.lower() in _THINKING or any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _THINKING for c in verb.children
    )


_LABEL = re.compile(r"\s*([A-Z][A-Z'’-]+(?:[ ][A-Z][A-Z.'’-]+){0,2}):\s")


def transcript_label(text: str, q: QuoteSpan, actors: ArticleActors) -> Attribution | None:
    """A transcript turn quoted whole: ``"PENCE: Well, the question …"``."""
    label = _LABEL.match(text, q.start, q.end)
    if label is None or len(label.group(1)) < 3:
        return None
    words = [w.capitalize() for w in label.group(1).split()]
    known = [a for a in actors.actors if a.split()[-1] == words[-1]]
    if len(known) == 1:
        name = known[0]
    else:
        name = (full_name_in_text(text, words[0]) if len(words) == 1 else None) or " ".join(words)
    return Attribution(speaker=name, start=label.start(1), end=label.end(1), via=None, distance=0)
