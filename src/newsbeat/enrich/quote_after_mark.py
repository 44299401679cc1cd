"""Words right after a quote's closing mark (see :mod:`newsbeat.enrich.quote_attribution`):
whether a word stands on the quote's line after a mark that hands the sentence on (``"…,"``
``"…?"`` ``"…!"``), and the speaker's noun phrase the parse hung elsewhere: the phrase filling
the gap between the closing mark and the verb (``"…," Holm, 58, told AFP``) and the phrase
right after an inverted cue (``"…," said the woman, who …``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from newsbeat.enrich.quote_marks import QuoteSpan


def _phrase_after_quote(verb: Token, q: QuoteSpan, text: str) -> Token | None:
    """``"…," Holm, 58, told AFP``, where the parser hung the verb inside the quote: the noun
    phrase filling the gap between the closing mark and the verb is its subject."""
    if verb.idx < q.end:
        return None
    first = verb.i
    while first > 0 and verb.doc[first - 1].idx >= q.end:
        first -= 1
    while first < verb.i and (verb.doc[first].is_punct or verb.doc[first].is_space):
        first += 1
    head = verb.doc[first]
    if head.pos_ == "DET":
        # '"… his campaign" the Post's editor Steven Ginsberg responded', no comma: the
        # phrase's own head is the one word of the gap hung outside it
        outside = [t for t in verb.doc[first : verb.i] if not first <= t.head.i < verb.i]
        head = outside[0] if len(outside) == 1 else head
    if first == verb.i or head.pos_ not in {"PROPN", "NOUN", "PRON"}:
        return None
    if "\n" in text[q.end : head.idx]:
        return None
    covered = {t.i for t in head.subtree}
    gap = verb.doc[first : verb.i]
    if all(t.i in covered or t.is_punct for t in gap):
        return head
    return _titled_name_phrase(gap) or _name_before_aside(gap)


_TITLE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})


def _titled_name_phrase(gap: Span) -> Token | None:
    """``"…," team general manager A.J. Smith said``: words of a title and a person's name
    fill the gap between the closing mark and the verb, whatever the parse hung them on (a
    name in the quote): the name's last word, which ends the gap."""
    name = gap[-1]
    if name.ent_type_ != "PERSON" or not all(t.pos_ in _TITLE_POS for t in gap):
        return None
    return name


def _name_before_aside(gap: Span) -> Token | None:
    """``"…," Ostrava delegate Bill Eastlund, wearing a fur hat and "…" badges, said``: a
    person's name, then an aside between commas, then the verb. The parse hangs the name on a
    verb of the quote; the name closed by the aside's comma is the subject."""
    if len(gap) < 3 or gap[-1].text != ",":
        return None
    comma = next((t for t in gap if t.text == ","), None)
    if comma is None or comma.i == gap[0].i or comma.i == gap[-1].i:
        return None
    name = gap.doc[comma.i - 1]
    phrase = gap.doc[gap[0].i : comma.i]
    if name.ent_type_ != "PERSON" or any(t.is_punct or t.pos_ == "VERB" for t in phrase):
        return None
    return name


# Words of a noun phrase right after an inverted cue ("said the woman", "said retired surgeon
# Ben Carlow", "said ranking Democrat Ada Cole"; participles as modifiers).
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
_PHRASE_WORDS = 7


def _on_the_quotes_line(tok: Token, q: QuoteSpan, text: str) -> bool:
    """Whether ``tok`` stands after the quote on its line and the quote ends in ``,`` ``?``
    or ``!`` (a mark that hands the sentence on to a cue: ``"…," said X``)."""
    return (
        tok.idx >= q.end
        and "\n" not in text[q.end : tok.idx]
        and text[q.start : q.end].rstrip().rstrip("’'").endswith((",", "?", "!"))
    )


def _right_after_quote(tok: Token, q: QuoteSpan, text: str) -> bool:
    """:func:`_on_the_quotes_line`, with nothing but punctuation between the closing mark and
    ``tok``."""
    return _on_the_quotes_line(tok, q, text) and not text[q.end + 1 : tok.idx].strip(" \"”»’'")


def _phrase_after_cue(verb: Token, q: QuoteSpan, text: str) -> Token | None:
    """``"…," said the woman, who …`` / ``"…," said retired surgeon Ben Carlow, asked …``:
    a verb of saying right after a quote ending in ``,`` ``?`` ``!`` whose subject the parse
    hung elsewhere (on a relative or participle clause after it). The noun phrase right after
    the verb, up to the punctuation that closes it, is the subject; its last word heads it."""
    if not _right_after_quote(verb, q, text):
        return None
    doc = verb.doc
    words: list[Token] = []
    for tok in doc[verb.i + 1 : min(len(doc), verb.i + 1 + _PHRASE_WORDS)]:
        if tok.is_punct or tok.is_space:
            break
        if (
            tok.pos_ not in _PHRASE_POS
            and tok.tag_ not in {"VBN", "VBG"}
            and not _title_read_as_verb(tok, words)
        ):
            return None
        words.append(tok)
    else:
        return None  # no punctuation closes it within a few words: not a bare phrase
    if not words or words[-1].pos_ not in {"NOUN", "PROPN"}:
        return None
    return words[-1]


def _title_read_as_verb(tok: Token, before: list[Token]) -> bool:
    """``said ABC Entertainment Group prexy Paul Lee``: a lower-case title noun the tagger
    read as a verb, an interjection or an adverb, between the name of a body and a person's
    name."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (
        tok.pos_ in {"VERB", "INTJ", "ADV", "X"}
        and tok.is_lower
        and tok.is_alpha
        and bool(before)
        and before[-1].pos_ == "PROPN"
        and nxt is not None
        and nxt.ent_type_ == "PERSON"
    )
