"""Photo captions: lines a he/she never reaches back through.

A web article keeps its pictures' text in the running text: a credit line (``POOL/Reuters.``,
``Getty Images``, ``(Photo: …)``) and the caption it sits next to, a sentence about whoever is
in the picture (``Harbour officer Lena Ross holds up the flag …``). That person is not the
one the story's next "he" or "she" means, and the caption is no sentence of the story: the
pronoun rules skip it, as they skip a line of a name and a place with no verb, and a subhead:
a short line with no closing punctuation set between paragraphs ("Retiree had returned
part-time"), whose subject is a heading's label, not a person of the story.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import (
    EntRows,
    doc_arrays,
    ent_rows,
    labels_within,
    sentence_bounds,
    texts,
    token_offsets,
    with_pos,
    word_flags,
)
from newsbeat.enrich.doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A credit: "Name/Agency", a picture agency's name, or the word "Photo" with a colon.
_CREDIT = re.compile(
    r"(?:\w/\s?[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}\.?\s*$)"
    r"|\bGetty Images\b|\bAP Photo\b|\bPhoto(?:graph)?:"
    r"|\((?:Photo|Image|Credit)\b|\bAFP\b|\bReuters\.?\s*$|\bShutterstock\b",
)
# A credit written into the caption's own line: "… holds up the flag. (Photo: Lena Ross)".
_INLINE_CREDIT = re.compile(r"\((?:Photo|Image|Credit)s?\b[^()]*\)\s*$")
_CREDIT_WORDS = 8  # a credit line is short
_BARE_WORDS = 12  # a name and a place with no verb

_CAPTIONS_KEY = "newsbeat_caption_starts"  # doc.user_data: computed once per article
_SUBHEADS_KEY = "newsbeat_subhead_starts"  # doc.user_data: the subheads among them

_Line = list[tuple[int, int]]  # a line's sentences as (start, end) token bounds


class _Table:
    """What the caption tests read, as the doc's columns: each sentence's text and, per
    token, whether it is a word and whether it is a verb."""

    def __init__(self, doc: Doc) -> None:
        from spacy.symbols import ADV, AUX, CCONJ, DET, PRON, SCONJ, VERB  # loaded with a parse

        self.text = doc_text(doc)
        self.offsets, self.words = token_offsets(doc), texts(doc)
        self.is_word = word_flags(doc)
        self.pos = doc_arrays(doc).pos
        # per token, whether it is a verb: set at the verbs the part-of-speech column gives,
        # not tested token by token
        self.is_verb = [False] * len(self.pos)
        for i in with_pos(doc, VERB) + with_pos(doc, AUX):
            self.is_verb[i] = True
        # a sentence that lost its full stop starts so ("Then …", "But …"); a heading does not
        self.no_heading_pos = (ADV, CCONJ, SCONJ, PRON, DET)
        self.ents = ent_rows(doc)

    def end_char(self, end: int) -> int:
        """The character offset after the token before ``end`` (``Span.end_char``)."""
        return self.offsets[end - 1] + len(self.words[end - 1])

    def sent_text(self, start: int, end: int) -> str:
        """``Span(doc, start, end).text``."""
        return self.text[self.offsets[start] : self.end_char(end)] if end > start else ""

    def has_verb(self, line: _Line) -> bool:
        return any(self.is_verb[start:end].count(True) for start, end in line)

    def word_count(self, line: _Line) -> int:
        return sum(self.is_word[start:end].count(True) for start, end in line)


def _lines(doc: Doc, table: _Table) -> list[_Line]:
    """The article's sentences grouped by the line (paragraph) they start on."""
    text = table.text
    lines: list[_Line] = []
    for start, end in sentence_bounds(doc):
        if (
            not lines
            or "\n" in text[table.end_char(lines[-1][-1][1]) - 2 : table.offsets[start] + 1]
        ):
            lines.append([(start, end)])
        else:
            lines[-1].append((start, end))
    return lines


def _credit(table: _Table, line: _Line) -> bool:
    """A credit line: short, no verb, a credit's shape."""
    text = " ".join(table.sent_text(start, end).strip() for start, end in line)
    return (
        table.word_count(line) <= _CREDIT_WORDS
        and not table.has_verb(line)
        and bool(_CREDIT.search(text))
    )


def _bare_name_place(table: _Table, line: _Line) -> bool:
    """A line of a person's name and a place, no verb ("Lena Ross, Port Avel")."""
    if table.word_count(line) > _BARE_WORDS or table.has_verb(line):
        return False
    labels = {label for start, end in line for label in labels_within(table.ents, start, end)}
    return "PERSON" in labels and bool(labels & {"GPE", "LOC", "FAC"})


# How a line of the story's running text ends; a short line ending otherwise is a heading.
_SENTENCE_ENDS = tuple(".!?:;\"”’')…")
_HEADING_WORDS = 6


def _subhead(table: _Table, line: _Line) -> bool:
    """A subhead between paragraphs ("Retiree had returned part-time"): one short sentence
    of at most ``_HEADING_WORDS`` words with no closing punctuation, a heading's shape: a
    capital first word that is no adverb, conjunction, pronoun or determiner, no comma and
    no person named in full. Its subject is a label, not whom the
    next paragraph's "she" means."""
    if len(line) != 1 or table.word_count(line) > _HEADING_WORDS:
        return False
    start, end = line[0]
    text = table.sent_text(start, end).rstrip()
    if text.endswith(_SENTENCE_ENDS) or "," in text or not text[:1].isupper():
        return False
    if table.pos[start] in table.no_heading_pos:
        return False
    return not _full_name_within(table.ents, start, end)


def _full_name_within(rows: EntRows, start: int, end: int) -> bool:
    """Whether a PERSON entity of two or more words lies in the tokens ``start:end``: a
    person named in full makes a line a sentence about them; a lone capital word NER calls a
    person ("Retiree") can be a heading's label."""
    return any(
        rows.labels[k] == "PERSON" and rows.ends[k] - rows.starts[k] > 1
        for k in range(len(rows.starts))
        if start <= rows.starts[k] and rows.ends[k] <= end
    )


def caption_starts(doc: Doc) -> frozenset[int]:
    """The token starts of the sentences that are a photo's credit or caption: a credit line,
    the line right after a credit line, a line that ends in an inline credit, and a line of a
    name and a place with no verb; and those of a subhead (:func:`_subhead`). Computed once
    per article."""
    cached = doc.user_data.get(_CAPTIONS_KEY)
    if isinstance(cached, frozenset):
        return cached
    starts: set[int] = set()
    subheads: set[int] = set()
    if len(doc):
        table = _Table(doc)
        lines = _lines(doc, table)
        for k, line in enumerate(lines):
            if _credit(table, line):
                starts.update(start for start, _ in line)
                if k + 1 < len(lines) and not _credit(table, lines[k + 1]):
                    starts.update(start for start, _ in lines[k + 1])
            elif _INLINE_CREDIT.search(table.sent_text(*line[-1])) or _bare_name_place(table, line):
                starts.update(start for start, _ in line)
            elif _subhead(table, line):
                subheads.update(start for start, _ in line)
    doc.user_data[_SUBHEADS_KEY] = frozenset(subheads)
    result = doc.user_data[_CAPTIONS_KEY] = frozenset(starts | subheads)
    return result


def subhead_starts(doc: Doc) -> frozenset[int]:
    """The token starts of the sentences :func:`caption_starts` skips as a subhead."""
    caption_starts(doc)
    found: frozenset[int] = doc.user_data.get(_SUBHEADS_KEY, frozenset())
    return found
