"""Quotes with no attribution of their own, read from the sentence before them.

A quote that is a whole sentence with no speech verb ("T.J. Simons, 17, who works at the gas
station, also heard the blast. "At first I thought it was thunder."") is the words of the person
the sentence before introduces as its subject: news writing names a witness and then quotes
them. :func:`introduced_speaker` reads that; :func:`opens_sentence` says whether a quote opens
its sentence, past a short adverbial lead-in ("Later in the afternoon, "I went back …"");
:func:`said_by_narrator` finds the writer's own "…," I said. The line helpers the quote rules
share (a quote alone on its lines, a heading in marks, the sentence before) live here too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from newsbeat.enrich.name_context import written_as_word
from newsbeat.enrich.quote_issuers import verb_subject
from newsbeat.enrich.quote_marks import QuoteSpan, quote_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from newsbeat.enrich.actors import ArticleActors

__all__ = [
    "MARKS_AND_SPACE",
    "alone_on_lines",
    "heading",
    "introduced_speaker",
    "line_after",
    "opens_sentence",
    "said_by_narrator",
    "sentence_before",
]

# A lead-in is a phrase, not a clause: "Later in the afternoon," / "At the scene,".
_LEAD_IN_TOKENS = 6
_MARKS = re.compile(r"[\s\"“”«»'‘’]*")
_QUOTE_WORDS = 4
# "…" - Hillary Clinton: a signature the caller reads (or not) as the source
_SIGNED = re.compile(r"\s*[-―—–]+[^\S\n]*[A-Z]")
_OLDEST = 120
_PRONOUNS = frozenset({"he", "she"})
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]e|[Mm]y|[Oo]urs?|us)\b")
_THIRD_PERSON = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is)\b")


def _about_someone(words: str, name: str) -> bool:
    """Whether quoted words speak of a third person rather than as one: they name the
    candidate ("Gov. Palin stopped by the church …" is her office's statement), or say he/she
    with no I or we ("She came up for the weekend." is a neighbour's account of her)."""
    if any(len(w) > 2 and written_as_word(words, w) for w in name.split()):
        return True
    return bool(_THIRD_PERSON.search(words)) and not _FIRST_PERSON.search(words)


def opens_sentence(sent: Span, q: QuoteSpan) -> bool:
    """Whether the quote opens its sentence: nothing before it in the sentence, or only a
    short adverbial phrase ending in a comma (no verb, no pronoun, no name: nobody's clause)."""
    if q.start - sent.start_char <= 1:
        return True
    before = [t for t in sent if t.idx < q.start and not t.is_space and t.text not in "\"“«'‘"]
    if not before or len(before) > _LEAD_IN_TOKENS or before[-1].text != ",":
        return not before
    return not any(t.pos_ in {"VERB", "AUX", "PRON", "PROPN"} for t in before)


def _ends_sentence(sent: Span, q: QuoteSpan) -> bool:
    """Whether nothing but punctuation follows the quote in its sentence."""
    return all(t.is_punct or t.is_space for t in sent if t.idx >= q.end)


def _quoted(sent: Span, spans: Sequence[QuoteSpan], text: str) -> bool:
    """Whether the sentence holds someone's quoted words (a span of four words or more)."""
    return any(
        sent.start_char < s.end
        and s.start < sent.end_char
        and len(quote_text(text, s).split()) >= _QUOTE_WORDS
        for s in spans
    )


def sentence_before(doc: Doc, lo: int) -> Span | None:
    """The sentence before token ``lo``, past "sentences" that are only a quote mark (the
    splitter cuts a spaced opening mark off on its own)."""
    while lo > 0:
        sent = doc[lo - 1].sent
        if any(not (t.is_punct or t.is_space) for t in sent):
            return sent
        lo = sent.start
    return None


MARKS_AND_SPACE = re.compile(r"[\s\"“”«»'‘’.,!?…]*")


def alone_on_lines(text: str, q: QuoteSpan) -> bool:
    """Whether nothing but marks and spaces stands beside the quote on its lines."""
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    line_end = len(text) if line_end < 0 else line_end
    return bool(
        MARKS_AND_SPACE.fullmatch(text[line_start : q.start])
        and MARKS_AND_SPACE.fullmatch(text[q.end : line_end])
    )


_LIST_NUMBER = re.compile(r"[^\S\n]*\d{1,2}[.)][^\S\n]*[\"“«'‘]?[^\S\n]*")


def heading(text: str, q: QuoteSpan) -> bool:
    """A subheading in marks (``'Pop, pop, pop'`` on a line of its own, or after a list
    number: ``6. "The Marrow problem"``; no sentence punctuation at its end): nobody's
    continued words."""
    line_start = text.rfind("\n", 0, q.start) + 1
    numbered = _LIST_NUMBER.fullmatch(text, line_start, q.start) is not None
    if not (numbered or alone_on_lines(text, q)):
        return False
    line_end = text.find("\n", q.end)
    tail = text[q.start : len(text) if line_end < 0 else line_end].rstrip(" \"”»’'")
    return not tail.endswith((".", "?", "!", "…", ":"))


def line_after(text: str, end: int, start: int) -> bool:
    """Whether a sentence ending at ``end`` ends its line and the quote at ``start`` opens the
    next paragraph: only line breaks, spaces and an opening mark between them."""
    gap = text[end:start]
    return "\n" in gap and MARKS_AND_SPACE.fullmatch(gap) is not None


def _a_person(tok: Token) -> bool:
    """Whether the text itself makes a name a person, whatever NER typed it: an age in
    apposition ("T.J. Simons, 17,") or a relative clause on "who" ("…, who works at …")."""
    if tok.pos_ != "PROPN":
        return False
    for child in tok.children:
        if (
            child.dep_ in {"appos", "amod", "nummod"}
            and child.text.isdigit()
            and 0 < int(child.text) < _OLDEST
            and child.i == tok.i + 2  # "Simons, 17,": right after the comma
        ):
            return True
        if child.dep_ == "relcl" and any(
            g.lower_ == "who" and g.dep_ in {"nsubj", "nsubjpass"} for g in child.children
        ):
            return True
    return False


def _inside(pos: int, spans: Sequence[QuoteSpan]) -> bool:
    return any(s.start <= pos < s.end for s in spans)


def said_by_narrator(around: Span, spans: Sequence[QuoteSpan], cues: frozenset[str]) -> bool:
    """``"Okay," I said``: a verb of saying outside the marks whose subject is I or we. The
    words are the writer's own, whom the article does not name: they continue nobody's
    quote before them, and no quote after them continues anyone's through them."""
    return any(
        t.lemma_ in cues
        and t.pos_ == "VERB"
        and not _inside(t.idx, spans)
        and any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in t.children)
        for t in around
    )


def introduced_speaker(
    doc: Doc,
    q: QuoteSpan,
    actors: ArticleActors,
    spans: Sequence[QuoteSpan],
    resolve: Callable[[Token], tuple[str | None, int, int]],
) -> tuple[str, int, int] | None:
    """(name, span start, span end) of the person a quote standing alone continues.

    The quote must be a sentence of its own of four words or more (opening it, past a short
    lead-in, and ending it; no signature after a dash), right after a sentence
    without quoted words whose main clause has a person as its subject: a name, a noun with
    a name in apposition, or he/she resolved by ``resolve``; and the words must not speak of a
    third person (:func:`_about_someone`). None otherwise (a body, a common noun, "they",
    a heading, no sentence before)."""
    text = actors.text
    sent = doc.char_span(q.start, q.end, alignment_mode="expand")
    if sent is None or not len(sent):
        return None
    sent = sent[0].sent
    words = quote_text(text, q)
    if len(words.split()) < _QUOTE_WORDS or _SIGNED.match(text, q.end + 1):
        return None
    if not opens_sentence(sent, q) or not _ends_sentence(sent, q):
        return None
    before = sentence_before(doc, sent.start)
    if before is None or _quoted(before, spans, text):
        return None
    if not _MARKS.fullmatch(text[before.end_char : min(sent.start_char, q.start)]):
        return None
    root = before.root
    if root.pos_ not in {"VERB", "AUX"}:
        return None
    subj = verb_subject(root)
    if subj is None or _inside(subj.idx, spans):
        return None
    if subj.pos_ == "PRON" and subj.lower_ not in _PRONOUNS:
        return None
    name, start, end = resolve(subj)
    if name is None:
        return None
    if not (
        any(m.actor == name and m.label == "PERSON" for m in actors.mentions) or _a_person(subj)
    ):
        return None
    if _about_someone(words, name):
        return None
    return name, start, end
