"""Quotation marks paired into quote spans.

Marks are paired paragraph by paragraph: straight ``"``, curly ``“ ”``, guillemets ``« »``, and
single ``‘ ’`` when a paragraph has no double marks. A quote that runs into the next paragraph
follows the newspaper convention: the paragraph ends without a closing mark and the next one
opens with a mark; a post the page embeds between the two (a few lines ending in its sign-off,
"— Name (@handle) date") closes the first paragraph's quote, the next re-opening one. In text
split one sentence a line, a quote left open at a line's end is
closed by one of the next few lines when that line's first mark is shaped as a closer and its
marks are odd in number. Inside a curly quote, a curly opener whose paragraph's next two marks
are closers opens a quote inside it (the outer quote runs on over it), and a curly opener
written where a closer stands (after a word or punctuation, before a space or punctuation)
closes. A straight mark glued to the wrong side of a space closes, never opens
(:mod:`newsbeat.enrich.quote_glued`). Single marks whose closer is set apart from the words
(``'…, ' Holm said``, tokenised text) are paired by :mod:`newsbeat.enrich.quote_single`. Any
other unbalanced mark is dropped, never stretched over the rest of the article.
Marks written with two characters (``''``) are paired on the parsed copy, where each is one
(:mod:`newsbeat.enrich.text_shapes`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsbeat.enrich.quote_glued import closer_only, glued_closer
from newsbeat.enrich.quote_hints import unclosed_words_end
from newsbeat.enrich.quote_single import spaced_single_spans
from newsbeat.enrich.text_shapes import shaped_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["QuoteSpan", "doc_quote_spans", "find_quote_spans", "marks_text", "quote_text"]

_OPENERS = {"“": "”", "«": "»", "„": "“"}
_CLOSERS = {"”", "»"}
_SINGLE = re.compile(r"(?<![\w’'])[‘'](?=[^\s’'])([^‘’\n]{2,600}?)(?<=[^\s‘'])[’'](?![\w])")
_MAX_QUOTE = 4000
_SPACED_MARK = re.compile(r'(?<=\s)"(?=\s)')
# Every character the pairing reads (straight marks, openers, closers): it jumps from one to
# the next instead of looking at each character of the text in Python.
_MARK = re.compile("[" + re.escape('"' + "".join(_OPENERS) + "".join(_CLOSERS)) + "]")


@dataclass(frozen=True, kw_only=True)
class QuoteSpan:
    """Character span of quoted content (inside the marks), possibly across paragraphs."""

    start: int
    end: int


_REOPEN = re.compile(r"\s*\n\s*(?:[\"“«‘']\s*)?")


def quote_text(text: str, span: QuoteSpan) -> str:
    """The quoted words: paragraph breaks and re-opening marks folded, edge punctuation cut."""
    content = _REOPEN.sub(" ", text[span.start : span.end])
    return content.strip().rstrip(",").strip()


def doc_quote_spans(doc: Doc, text: str) -> list[QuoteSpan]:
    """The quote spans of a parsed article (``text`` is its text): paired on the repaired copy
    it was parsed from when its marks had lost their spacing
    (:mod:`newsbeat.enrich.text_shapes`), at the original offsets."""
    shaped = shaped_of(doc)
    if shaped is None:
        return find_quote_spans(text)
    return [
        QuoteSpan(start=start, end=end)
        for start, end in (
            shaped.span_to_original(q.start, q.end) for q in find_quote_spans(shaped.text)
        )
    ]


def marks_text(doc: Doc, text: str) -> str:
    """The text the quote rules read: the stored ``text``, with each quote mark the article
    writes with two characters (``''``, ````, ``‘‘``, ``’’``; see
    :mod:`newsbeat.enrich.text_shapes`) written as one straight mark and a space on its outer
    side (`` "`` for an opener, ``" `` for a closer), so that every offset stays the stored
    text's and a rule that reads the character before or after a quote sees its mark."""
    shaped = shaped_of(doc)
    marks = shaped.doubled_marks() if shaped is not None else []
    if not marks:
        return text
    chars = list(text)
    for at, opens in marks:
        chars[at : at + 2] = [" ", '"'] if opens else ['"', " "]
    return "".join(chars)


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Pair quotation marks; see the module docstring for the rules.

    Args:
        text: article text, paragraphs separated by blank lines (or single newlines).

    Returns:
        Content spans in text order; unbalanced marks yield nothing.
    """
    spans: list[QuoteSpan] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    open_at: int | None = None  # content start of a quote carried into this paragraph
    resume: tuple[int, int] | None = None  # (line, offset) after a carried quote's closing mark
    for index, (p_start, p_end) in enumerate(paragraphs):
        if resume is not None and index < resume[0]:
            continue  # a line inside a quote carried over line breaks: it has no marks
        para = text[p_start:p_end]
        # Tokenised text ('the department, " Rifkin said', '" Police were alerted') sets
        # straight marks apart from the words: there a spaced mark opens and closes too.
        spaced = '"' in para and _SPACED_MARK.search(f" {para} ") is not None
        found_double = False
        pos = 0
        if resume is not None:
            pos, found_double, resume = resume[1], True, None
        closer: str | None = '"' if open_at is not None else None
        start = open_at
        inner = 0  # quotes open inside the open quote, in the same curly marks
        if open_at is not None:
            # A continued quote re-opens with a mark at the start of this paragraph.
            stripped = para.lstrip()
            pos = len(para) - len(stripped) + 1
        for mark in _MARK.finditer(para, pos):
            pos, ch = mark.start(), mark.group()
            found_double = True
            before = para[pos - 1] if pos else " "
            after = para[pos + 1] if pos + 1 < len(para) else " "
            if start is None:
                # A straight mark opens only before a word and after a space or bracket.
                if ch in _OPENERS or (
                    ch == '"'
                    and (not after.isspace() or (spaced and pos + 2 < len(para)))
                    and (before.isspace() or before in "([{—–-")
                    and not closer_only(para, pos)
                ):
                    start = p_start + pos + 1
                    closer = _OPENERS.get(ch, '"')
            elif ch == '"' and before.isspace() and not spaced and not glued_closer(para, pos):
                pass  # a straight mark after a space cannot close a quote
            elif inner and ch == "”":
                inner -= 1  # an inner quote's closer
            elif closer == "”" and ch == "“" and _nested(para, pos):
                inner += 1  # '“… wearing “Settle For Hillary” shirts …”': a quote inside
            elif (
                ch == closer
                or (closer == "”" and ch == "“" and _shaped_as_closer(before, after))
                or (closer == '"' and ch in _CLOSERS)
                or (ch == '"' and closer in _CLOSERS)
            ):
                end = p_start + pos
                if 0 < end - start <= _MAX_QUOTE and text[start:end].strip():
                    spans.append(QuoteSpan(start=start, end=end))
                start, closer = None, None
            elif ch in _OPENERS and closer != '"':
                start = p_start + pos + 1  # a stray opener restarts the quote
        open_at = None
        if start is not None and start >= p_start:
            cut = unclosed_words_end(para, start - p_start)
            if cut is not None:
                # the outlet never closed it: its words end before its attribution, and the
                # colon leads into the next line's own quote
                spans.append(QuoteSpan(start=start, end=p_start + cut))
                start = None
        if start is not None:
            nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if nxt is not None:
                first = text[nxt[0] : nxt[1]].lstrip()[:1]
                if first and (first == '"' or first in _OPENERS) and nxt[0] - start < _MAX_QUOTE:
                    open_at = start
                elif _embed_then_reopened(text, paragraphs, index):
                    # the quote's paragraph ends at an embedded post; it goes on after it
                    spans.append(QuoteSpan(start=start, end=p_end))
                    start = None
                else:
                    closing = _closed_on_later_line(text, paragraphs, index, start)
                    if closing is not None:
                        line, offset = closing
                        spans.append(QuoteSpan(start=start, end=paragraphs[line][0] + offset))
                        resume = (line, offset + 1)
        # a line without a single mark (most) holds no quote in single marks: not scanned
        if not found_double and open_at is None and ("'" in para or "‘" in para):
            singles = list(_SINGLE.finditer(para))
            for m in singles:
                spans.append(QuoteSpan(start=p_start + m.start(1), end=p_start + m.end(1)))
            # "'The pier stays shut, ' Holm said": a closer set apart (quote_single)
            if not singles:
                spaced_singles = spaced_single_spans(text, paragraphs, index)
                spans.extend(QuoteSpan(start=a, end=b) for a, b in spaced_singles)
    return spans


# The sign-off line of a post a page embeds ("— The Orsa Council (@OrsaCouncil) May 2, 2019").
_POST_SIGN_OFF = re.compile(r"\s*[—–-]+\s*[^\n]*\(@\w+\)")
_EMBED_LINES = 4


def _embed_then_reopened(text: str, paragraphs: list[tuple[int, int]], index: int) -> bool:
    """Whether the paragraph ``index``, whose quote is left open, is followed by an embedded
    post (a few lines without quote marks ending in the post's sign-off) and then by a
    paragraph re-opening the quote: the newspaper convention with the post set between."""
    if not text[paragraphs[index][0] : paragraphs[index][1]].rstrip().endswith((".", "!", "?")):
        return False
    end = min(index + 1 + _EMBED_LINES, len(paragraphs) - 1)
    for line in range(index + 1, end):
        para = text[paragraphs[line][0] : paragraphs[line][1]]
        if _MARK.search(para):
            return False
        if _POST_SIGN_OFF.match(para):
            after = text[paragraphs[line + 1][0] : paragraphs[line + 1][1]].lstrip()[:1]
            return after == '"' or after in _OPENERS
    return False


def _nested(para: str, at: int) -> bool:
    """Whether the curly opener at ``at``, inside an open curly quote, opens a quote inside it:
    its paragraph's next two marks are both curly closers (its own and the outer quote's)."""
    following = _MARK.findall(para, at + 1)[:2]
    return following == ["”", "”"]


def _shaped_as_closer(before: str, after: str) -> bool:
    """Whether a curly opener between these characters is written for a closer ('“Apparently
    not,“ he said'): after a word or punctuation, before a space, punctuation or the end."""
    return (
        not before.isspace() and before not in "([{—–-/" and (after.isspace() or after in ",.;:!?)")
    )


_CARRY_LINES = 3
# Further on only past lines that are each one short sentence (ECB+ puts every sentence on a
# line of its own), and never past this many characters: a stray opener must not swallow a
# paragraph.
_CARRY_SENTENCE_LINES = 6
_CARRY_CHARS = 700
_SENTENCE_LINE_CHARS = 200
_INNER_BREAK = re.compile(r"[.!?][\s\"”’']+[A-Z]")
_CLOSING_AFTER = ",.?!;:…"


def _one_sentence(line: str) -> bool:
    """A short line that holds one sentence: no sentence break inside it."""
    body = line.strip()
    return len(body) <= _SENTENCE_LINE_CHARS and _INNER_BREAK.search(body) is None


def _closed_on_later_line(
    text: str, paragraphs: list[tuple[int, int]], index: int, start: int
) -> tuple[int, int] | None:
    """Where a quote left open at the end of line ``index`` closes when the next lines do not
    re-open it: text split into one sentence a line (``"Not responding.`` / ``She was
    unconscious, " Rambrich said.``). (line, offset of the closing mark) when one of the next
    few lines holds the first marks after the opener, an odd number of them, the first shaped
    as a closer (after a word or after sentence punctuation, before no word); else None (a
    stray opener stays dropped). Past the first few lines, only while every line passed over
    is one short sentence and the close stays within a bounded distance."""
    sentence_lines = _one_sentence(text[start : paragraphs[index][1]])
    for line in range(index + 1, min(index + 1 + _CARRY_SENTENCE_LINES, len(paragraphs))):
        p_start, p_end = paragraphs[line]
        para = text[p_start:p_end]
        marks = [i for i, ch in enumerate(para) if ch == '"' or ch in _OPENERS or ch in _CLOSERS]
        if not marks:
            sentence_lines = sentence_lines and _one_sentence(para)
            if line - index >= _CARRY_LINES and not sentence_lines:
                return None  # past the first few lines: one-sentence lines only
            continue
        if line - index > _CARRY_LINES and p_start + marks[0] - start > _CARRY_CHARS:
            return None
        first = marks[0]
        if para[first] in _OPENERS or p_start + first - start > _MAX_QUOTE:
            return None
        if para[first] == '"':
            before = para[:first].rstrip()[-1:]
            after = para[first + 1 : first + 2]
            if sum(para[i] == '"' for i in marks) % 2 == 0 or not before:
                return None
            # a closer glued to its attribution ('stuff, "Roos wrote'; see
            # newsbeat.enrich.quote_glued); not a bare mark before a comma ('back ", then'),
            # whose quote has no attribution beside it to read the speaker from
            if not glued_closer(para, first) and (
                (after and after.isalnum())
                or (para[first - 1].isspace() and before not in _CLOSING_AFTER)
            ):
                return None
        return line, first
    return None
