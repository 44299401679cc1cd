"""Words in marks that name something rather than report what someone said.

Read on real pages (reader18): a condition "is called “feather duvet lung”", a group "known as
the “Three Amigos”", "his trademark of the word “We”", and a concert's set list "including
“Silver Harbor,” “Northern Lights” and …" had each been printed as a quote of the nearest
speaker. Two shapes:

- :func:`named_term`: the marks follow a naming phrase (:data:`NAMING_BEFORE`): a passive verb
  of naming ("is called", "was dubbed", "are known as"), "known as"/"referred to as",
  "so-called", or a noun that introduces a name ("the term", "the word", "the name", "the
  nickname", "the title", "the phrase", "the slogan"), or "the use of" a word ("the fees he
  took for the use of “We.”"). An active naming verb ("X called it “a con”", "what critics
  called “a land grab”") is X's wording and is left to the quote rules.
- :func:`listed_title`: a title-case item in marks that stands in a list of such items (only a
  comma, "and"/"or" between it and the next or previous marks): titles of songs, films or
  books.
- :func:`subject_term`: a short title-case term in marks that opens its sentence and is its
  subject, the verb right after the closing mark with no comma between ('"Fix Its" are pieces of
  software …', read28): words spoken end in a comma or a stop inside the marks before the
  sentence goes on ('"Stop the count," was all he said').
- :func:`term_after_on`: one to three words in marks with no determiner, pronoun or verb that
  are the object of "on" ('insisted on remaining anonymous, or on "deep background."', read37):
  a verb with "on" takes a condition or a topic ("insist on", "agree on", "speak on"), not the
  words said. Inside a sentence the scare-quote rule already drops such words; this takes them
  at the sentence's end too, where the scare-quote rule waits for words after the marks.
- :func:`relative_phrase`: words in marks opening with a relative pronoun ('stories attributed
  to someone, "who declined to be named because …"', read37: a columnist's example of a stock
  phrase) continue a noun outside the marks. They are someone's words only when an attribution
  names that someone ('Tlusty described him as a man "who would do anything …"'); with no
  named speaker they are a phrase quoted, not a statement, and no quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

    from newsbeat.enrich.quote_marks import QuoteSpan

__all__ = [
    "NAMING_BEFORE",
    "WORD",
    "listed_title",
    "named_term",
    "relative_phrase",
    "subject_term",
    "term_after_on",
    "title_case",
]

_NAMED_MAX_WORDS = 8
# The naming phrase right before the marks (the mark's line only); the summary rules read it
# too (a named term in a bullet needs no speaker). A naming verb names only after a copula or
# an adverb ("is called"): bare, it is someone's wording too ("what critics called “a land
# grab”", a partial quote; PolNeAR's speakers fell with bare participles counted).
NAMING_BEFORE = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being|often|commonly|also|sometimes)\s+"
    r"(?:(?:also|often|commonly|sometimes|widely|now|then|informally)\s+)?"
    r"(?:called|dubbed|termed|nicknamed|named|labelled|labeled)"
    r"|\b(?:known|referred\s+to)\s+as(?:\s+the)?"
    r"|\bso[- ]called"
    r"|\bthe\s+(?:term|word|name|nickname|title|phrase|slogan)s?(?:\s+(?:is|was))?"
    r"|\b(?:use|usage|spelling)\s+of)"
    r"[^\S\n]*$",
    re.IGNORECASE,
)
_TITLE_MAX_WORDS = 10
_BETWEEN_LISTED = re.compile(r"^[^\S\n]*[,;]?[^\S\n]*(?:(?:and|or)[^\S\n]+)?$")
WORD = re.compile(r"[^\W\d_][\w’'-]*")  # a word of a title: letters first
# Words a title leaves in lower case (our own list).
_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "to", "for", "at", "by"}
    | {"with", "from", "as", "into", "over", "is", "are", "vs"}
)


def named_term(text: str, q: QuoteSpan, words: int) -> bool:
    """Whether the marks hold a name given by a naming phrase right before them (see the
    module docstring)."""
    if words > _NAMED_MAX_WORDS or "\n" in text[q.start : q.end]:
        return False
    line_start = text.rfind("\n", 0, q.start) + 1
    before = text[max(line_start, q.start - 41) : max(line_start, q.start - 1)]  # to the mark
    return NAMING_BEFORE.search(before) is not None


_SUBJECT_TERM_MAX_WORDS = 4
# A sentence's start before the opening mark: the text's or the line's start, or a stop.
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?]\s)\s*$")
_VERB_AFTER_TERM = re.compile(r"^[^\S\n]+(?:is|are|was|were|has|have|had|can|will)\b")


def subject_term(text: str, q: QuoteSpan, content: str) -> bool:
    """Whether the marks hold a title-case term that opens its sentence as its subject (see
    the module docstring)."""
    if not title_case(content, max_words=_SUBJECT_TERM_MAX_WORDS, first_capital=True):
        return False
    if text[q.start : q.end].rstrip()[-1:] in {",", ".", "!", "?", ";", ":"}:
        return False  # the raw marks' content: ``content`` has its edge punctuation cut
    line_start = text.rfind("\n", 0, q.start) + 1
    before = text[line_start : max(line_start, q.start - 1)]  # up to the opening mark
    return bool(_SENTENCE_OPENS.search(before)) and bool(_VERB_AFTER_TERM.match(text[q.end + 1 :]))


def listed_title(text: str, q: QuoteSpan, content: str, spans: Sequence[QuoteSpan]) -> bool:
    """Whether the marks hold a title-case item of a list of such items in marks (see the
    module docstring)."""
    if not title_case(content):
        return False
    for other in spans:
        if other is q or "\n" in text[min(q.end, other.end) : max(q.start, other.start)]:
            continue
        if other.start >= q.end:
            gap = text[q.end + 1 : other.start - 1]  # between the closing and opening marks
        elif other.end <= q.start:
            gap = text[other.end + 1 : q.start - 1]
        else:
            continue
        if _BETWEEN_LISTED.match(gap) and title_case(text[other.start : other.end]):
            return True
    return False


def title_case(
    content: str,
    *,
    max_words: int = _TITLE_MAX_WORDS,
    first_capital: bool = False,
    capitals: int = 1,
) -> bool:
    """Whether words are written as a title: one to ``max_words`` words, every word but a few
    small ones ("of", "the", "and" …) starting with a capital, and at least ``capitals`` and at
    least half of the words capitalised; with ``first_capital``, the first word too."""
    words = WORD.findall(content)
    if not 1 <= len(words) <= max_words or (first_capital and not words[0][:1].isupper()):
        return False
    if not all(w[0].isupper() for w in words if w.lower() not in _SMALL_WORDS):
        return False
    return sum(w[0].isupper() for w in words) >= max(capitals, len(words) // 2)


_ON_TERM_WORDS = 3
_ON_WORDS = frozenset({"on", "upon"})
# Words a term in marks does not hold: a determiner, a pronoun or a verb make a phrase
# someone may have said ("on "the stupidity of it all"", "on "what we saw"").
_NOT_IN_TERMS = frozenset({"DET", "PRON", "VERB", "AUX"})


def term_after_on(quoted: Span, words: int) -> bool:
    """Whether the marks hold a bare term that is the object of "on" (see the module
    docstring): one to three words, no determiner, pronoun or verb among them, the root's
    head the preposition "on" (or "upon") hung from a verb directly or as the conjunct of
    another preposition ("insisted on X, or on "…"")."""
    if not 1 <= words <= _ON_TERM_WORDS or any(t.pos_ in _NOT_IN_TERMS for t in quoted):
        return False
    root = quoted.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _ON_WORDS:
        return False
    head = prep.head
    while prep.dep_ == "conj" and head.i != prep.i and head.pos_ != "VERB":
        prep, head = head, head.head  # "on remaining anonymous, or on …": up the conjuncts
    return head.pos_ in {"VERB", "AUX"} and head.i != prep.i


_RELATIVES = frozenset({"who", "whom", "whose", "which"})


def relative_phrase(content: str) -> bool:
    """Whether the words in marks open with a relative pronoun in lower case (see the module
    docstring): the caller drops them when no speaker is named."""
    first = content.split(" ", 1)[0]
    return first in _RELATIVES
