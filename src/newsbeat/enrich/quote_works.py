"""Words in marks that are a work's title, a slogan or a headline, not what someone said.

Read on the extraction benchmark's real pages (quotes33; read32 had found three slogans and
titles given a speaker): a song "hit singles like 1978's "…"", a book "In his book "…,"
<name> shares", a talent show "the singing competition "…"", a show "an improvised live show
called "…"", an episode "a previous episode of "…"", a campaign's slogan standing in its own
paragraph after "Just what is this slogan?", a film before its author's name (""…" author
<name>"), and a page's related-story links written in capitals ("NAME ELIMINATED FROM '…'")
were each printed as the words of the nearest person. The rules already dropped a title in
headline case that no verb of saying attributes (:mod:`~newsbeat.enrich.quote_titles`); these
shapes carry a verb inside the title ("What a Fool Believes") or stand beside a speech verb.

- :func:`work_title`: the marks follow a work's noun (:data:`_WORKS`: song, single, album,
  book, film, show, episode, competition …), perhaps with a comma, "called"/"titled"/"named",
  "like"/"such as", "of", or a year's possessive between, and the words are written as a title
  (headline case, or one to three capitalised words); or they follow a slogan's noun (slogan,
  tagline, motto, catchphrase, hashtag) with nothing, a colon or a question mark between,
  whatever their case (not a comma: "Asked about the slogan, "…," she said" is her answer);
  or they are one to six capitalised words, with no punctuation of their own, right before the
  noun of the work's maker (""…" author <name>", ""…" director <name>").
- :func:`slogan_subject`: the marks open their sentence and are its subject, the words with no
  stop or comma of their own and a verb ("is", "was", "has", "became" …) right after the closing
  mark (""…" is rolling out with TV commercials"), or the parse makes them the subject of the
  verb right after the mark, no verb of saying (""…" empowers the navy to …"): a slogan or a
  term the sentence is about,
  whatever its case (:func:`~newsbeat.enrich.quote_terms.subject_term` reads short ones in title
  case) — unless a verb of saying follows within a few words (""…" was all she said"), a
  teller ends the sentence after a comma (""…" would be appropriate, X said") or the words
  are more than ten (a statement; both guards quotes34, read on PolNeAR train).
- :func:`headline_line`: the marks stand in a line written in capitals outside them (at least
  two words) — a headline, not a sentence of the story; or they open a line, in headline case,
  and a colon follows them on a line that does not end as a sentence does ("'…': State spends
  $4 million on …").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.quote_terms import WORD, title_case
from newsbeat.enrich.quote_titles import headline_case

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Span

    from newsbeat.enrich.quote_marks import QuoteSpan

__all__ = ["headline_line", "slogan_subject", "work_title"]

# Works whose title stands in marks after their noun (our own list). Not "statement",
# "letter", "speech", "report" or "post": what those hold in marks is someone's words.
_WORKS = (
    r"songs?|singles?|hits?|albums?|tracks?|ballads?|anthems?|books?|e-?books?|memoirs?"
    r"|novels?|biograph(?:y|ies)|autobiograph(?:y|ies)|films?|movies?|documentar(?:y|ies)"
    r"|shows?|series|sitcoms?|episodes?|competitions?|programmes?|musicals?|plays?|poems?"
    r"|operas?|podcasts?|exhibitions?|festivals?"
)
_MARK = "\"“”'‘’«»"
_WORK_BEFORE = re.compile(
    rf"\b(?:{_WORKS})"
    r"(?:[^\S\n]*,)?"
    r"(?:[^\S\n]+(?:called|titled|entitled|named|dubbed|like|such[^\S\n]+as|of))?"
    r"(?:[^\S\n]+(?:1[89]|20)\d\d[’']s)?"
    r"[^\S\n]*$",
    re.IGNORECASE,
)
# A slogan's noun, then nothing, a colon or a question mark, perhaps a paragraph break.
_SLOGAN_BEFORE = re.compile(
    r"\b(?:slogans?|taglines?|mottos?|catchphrases?|hashtags?)"
    r"(?:[^\S\n]+(?:is|was|reads|read|reading))?"
    r"[^\S\n]*[:?]?\s*$",
    re.IGNORECASE,
)
# The maker of a work, right after its title in marks (our own list).
_MAKER_AFTER = re.compile(
    r"[^\S\n]+(?:author|director|writer|creator|novelist|screenwriter|showrunner|producer"
    r"|composer|songwriter)s?\b",
    re.IGNORECASE,
)
_CLOSING = re.compile(rf"[^\S\n]*[{_MARK}]")
_MAKER_MAX_WORDS = 6
_SHORT_TITLE = 3  # capitalised words that are a title whatever else the words hold
_END = re.compile(r"[.!?…][\"“”'‘’)\]]*[^\S\n]*$")


_REACH = 200  # characters before the marks a slogan's noun is looked for in


def _before(text: str, q: QuoteSpan) -> str:
    """The text before the quote's opening mark (without the mark and the spaces beside it),
    at most :data:`_REACH` characters: a slogan's noun may end the paragraph before."""
    head = text[max(0, q.start - _REACH) : q.start].rstrip()
    if head[-1:] in _MARK:
        head = head[:-1].rstrip()
    return head


def _titled(content: str) -> bool:
    """Whether the words in marks are written as a title: headline case, or one to three
    words all capitalised."""
    words = WORD.findall(content)
    if not words:
        return False
    if len(words) <= _SHORT_TITLE and all(w[:1].isupper() for w in words):
        return True
    return headline_case(content) or title_case(
        content, max_words=16, first_capital=True, capitals=2
    )


def work_title(text: str, q: QuoteSpan, content: str) -> bool:
    """Whether the words in marks are a work's title or a slogan (see the module)."""
    head = _before(text, q)
    line = head[head.rfind("\n") + 1 :]
    if _WORK_BEFORE.search(line) and _titled(content):
        return True
    if _SLOGAN_BEFORE.search(head):
        return True
    closing = _CLOSING.match(text, q.end)  # the closing mark, right after the words
    if closing is None:
        return False
    words = WORD.findall(content)
    return (
        bool(_MAKER_AFTER.match(text, closing.end()))
        and text[q.start : q.end].rstrip()[-1:].isalnum()  # no stop or comma of their own
        and 1 <= len(words) <= _MAKER_MAX_WORDS
        and _titled(content)
    )


def headline_line(text: str, q: QuoteSpan) -> bool:
    """Whether the words in marks stand in a headline (see the module)."""
    start = text.rfind("\n", 0, q.start) + 1
    end = text.find("\n", q.end)
    end = len(text) if end < 0 else end
    outside = text[start : q.start] + " " + text[q.end : end]
    words = WORD.findall(outside)
    letters = [c for c in outside if c.isalpha()]
    if len(words) >= 2 and letters and all(c.isupper() for c in letters if c.isalpha()):
        inner = [c for c in text[q.start : q.end] if c.isalpha()]
        return bool(inner) and all(c.isupper() for c in inner)
    opens = not text[start : q.start].strip().strip(_MARK).strip()
    rest = text[q.end : end].lstrip(_MARK).lstrip()
    return (
        opens
        and rest.startswith(":")
        and len(WORD.findall(rest)) >= 3
        and not _END.search(rest)
        and headline_case(text[q.start : q.end])
    )


# The sentence's start before the opening mark: the text's or the line's start, or a stop.
_OPENS = re.compile(r"(?:^|[.!?]\s)\s*$")
_VERB_AFTER = re.compile(
    r"[^\S\n]+(?:is|are|was|were|has|have|had|became|becomes|drew|draws|will|would)\b"
    r"(?P<rest>[^.!?\n]{0,40})"
)
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_SAID_AFTER = re.compile(r"\b(?:said|says|say|told|tells|wrote|writes|added|adds|heard|recalled)\b")
# A slogan or a term is short: words in marks longer than this are a statement (PolNeAR train,
# quotes34: a 30-word quote '"The government is alleging that …" were provoking violence').
_SLOGAN_WORDS = 10
# '"…" would be appropriate, Republican candidate X said': a teller ending the sentence makes
# the words his, however far the verb stands (PolNeAR train, quotes34).
_TOLD_LATER = re.compile(
    r"[^.!?\n]*,[^.!?\n,]{0,80}?\b(?:said|says|told|tells|wrote|writes|added|adds)\b"
)


def slogan_subject(
    text: str, q: QuoteSpan, words: Span | None = None, speech: Collection[str] = ()
) -> bool:
    """Whether the words in marks open their sentence as its subject (see the module);
    ``words``: their tokens, whose parse may show them the subject of a verb outside them
    that is none of the ``speech`` lemmas (""…" empowers the navy to …")."""
    raw = text[q.start : q.end].rstrip()
    if not raw or not raw[-1].isalnum():
        return False  # '"Stop the count," was all he said': words said end in a comma
    if len(raw.split()) > _SLOGAN_WORDS:
        return False  # a statement, not a slogan
    line_start = text.rfind("\n", 0, q.start) + 1
    before = text[line_start : q.start].rstrip()
    if before[-1:] in _MARK:
        before = before[:-1]
    if not _OPENS.search(before):
        return False
    closing = _CLOSING.match(text, q.end)
    if closing is None:
        return False
    if _TOLD_LATER.match(text, closing.end()):
        return False  # '"…" would be appropriate, Ben Harlow said after the attacks'
    verb = _VERB_AFTER.match(text, closing.end())
    if verb is not None:
        return not _SAID_AFTER.search(verb.group("rest"))
    if words is None or not len(words):
        return False
    root = next((t for t in words if not words.start <= t.head.i < words.end), None)
    return (
        root is not None
        and root.dep_ in _SUBJECTS
        and root.head.i >= words.end
        and root.head.pos_ == "VERB"
        and root.head.lemma_ not in speech
        and root.head.idx == closing.end() + 1  # the verb right after the closing mark
    )
