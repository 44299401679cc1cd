"""Token tests the scan of :func:`~newsbeat.enrich.claims.extract_claims` makes around a figure."""

from __future__ import annotations

from functools import lru_cache
from itertools import compress
from operator import or_
from typing import TYPE_CHECKING

from newsbeat.enrich.claim_bounds import cited_after
from newsbeat.enrich.claim_numbers import SCALES, WORDS, is_number_token, parse_number
from newsbeat.enrich.doc_arrays import doc_arrays, indices_in, lowers, with_digit, word_ids
from newsbeat.enrich.doc_text import doc_text

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Token

_VAGUE = {
    "dozens": (24.0, 144.0),
    "hundreds": (200.0, 999.0),
    "thousands": (2000.0, 9999.0),
    "millions": (2e6, 999e6),
    "scores": (40.0, 200.0),
}
_VAGUE_SCALE = {"hundreds": 100.0, "thousands": 1000.0, "millions": 1e6}


# Words of a change told "from X to Y": the figure after "to" is the new state, and "X to Y" no
# range of one quantity.
_CHANGES = frozenset(
    {"rise", "increase", "grow", "climb", "jump", "soar", "surge", "fall", "drop", "decline",
     "decrease", "plunge", "slip", "sink", "cut", "reduce", "raise", "lift", "lower", "boost",
     "swell", "shrink", "expand", "narrow", "widen", "change", "shift", "move", "go", "slash",
     "hike", "trim", "revise", "up", "down", "upgrade", "downgrade"}
)  # fmt: skip


_FROM_HEDGES = frozenset(
    {"about", "around", "roughly", "some", "nearly", "almost", "just", "a", "an", "mere"}
)


def _changed_from(doc: Doc, first: int, last: int) -> bool:
    """Whether the figure at ``doc[first:last + 1]`` is where a change started: "rose from 10%
    to 25%", "an increase from about 3,000 to 4,200"."""
    # "to" next, or after the figure's unit ("10% to", "10 percent to", "12 people to")
    after = list(doc[last + 1 : last + 4])
    to = next((k for k, t in enumerate(after) if t.lower_ == "to"), None)
    if to is None or any(t.pos_ in {"VERB", "AUX", "PUNCT"} and t.text != "%" for t in after[:to]):
        return False
    k = first - 1
    while k >= 0 and first - k <= 3 and (doc[k].is_currency or doc[k].lower_ in _FROM_HEDGES):
        k -= 1  # "from about $40 to", "from a mere 12 to"
    return k >= 0 and doc[k].lower_ == "from" and _change_word(doc[k].head)


# Change verbs that take what they change as object: "increasing protein intake from 15% to
# 30%". One that only tells how a thing itself moves ("growing crowds from 300 to 400") is a
# description of the thing, and its "from X to Y" may be a range.
_CHANGING = frozenset(
    {"increase", "decrease", "cut", "reduce", "raise", "lift", "lower", "boost", "expand",
     "slash", "hike", "trim", "revise"}
)  # fmt: skip


def _change_word(head: Token) -> bool:
    """Whether the word "from" hangs on tells a change: a verb of change ("rose from"), or a
    noun that a gerund of change, parsed as its modifier, takes as object ("increasing protein
    intake from 15% to 30%": "from" hangs on "intake")."""
    if head.lemma_.lower() in _CHANGES:
        return True
    return head.pos_ in {"NOUN", "PROPN"} and any(
        child.dep_ == "amod" and child.tag_ == "VBG" and child.lemma_.lower() in _CHANGING
        for child in head.lefts
    )


_SPEEDS = frozenset(
    {"mph", "kph", "km/h", "kmh", "kmph", "milesperhour", "kilometresperhour", "kilometersperhour"}
)


def _acceleration_end(doc: Doc, first: int, last: int) -> int | None:
    """Where an acceleration benchmark opened by the figure ends: "0 to 60 mph", "zero to 100
    km/h (62 mph)" (the token after it, past a converted speed in brackets), or None."""
    n = len(doc)
    if doc[first].lower_ not in {"zero", "0"} or first != last or last + 3 >= n:
        return None
    if doc[last + 1].lower_ != "to" or not doc[last + 2].like_num:
        return None
    end = last + 3
    while (
        end < n
        and end - last <= 6
        and "".join(t.lower_ for t in doc[last + 3 : end]) not in _SPEEDS
    ):
        end += 1  # "km / h", "miles per hour": a speed written in several tokens
    if "".join(t.lower_ for t in doc[last + 3 : end]) not in _SPEEDS:
        return None
    if (
        end + 3 < n
        and doc[end].text == "("
        and doc[end + 1].like_num
        and doc[end + 2].lower_ in _SPEEDS
        and doc[end + 3].text == ")"
    ):
        end += 4  # "(97 kph)"
    if (
        end + 2 < n
        and doc[end].lower_ == "in"
        and doc[end + 1].like_num
        and doc[end + 2].lower_ in {"seconds", "second", "secs", "sec"}
    ):
        end += 3  # "in five seconds": the benchmark's time, no duration of its own
    return end


@lru_cache(maxsize=1)
def _figure_words() -> frozenset[int]:
    """Ids of the words that may start a figure without a digit (see :func:`_may_start`)."""
    # "a", "one" and the abbreviated scales ("m", "bn") are in WORDS and SCALES already
    words = {*_VAGUE, "tens", "half", *SCALES, *WORDS}
    return word_ids(words)


def _may_start(doc: Doc) -> list[bool]:
    """Per token, whether a figure may start there: a vague count ("dozens", "tens"), a word
    of a spelt figure or measure ("half", "a", "one"), a number or scale word, an abbreviated
    scale ("m", "bn"), or a word with a digit (digits, "4½", "-20C", "magnitude-5.2"). At
    any other token :func:`extract_claims` finds nothing and moves on, so it need not read
    it (read off the doc's arrays: no token objects)."""
    words = _figure_words()
    # a flag per token, in C: the digit flag or'ed with the word's membership
    return list(map(or_, with_digit(doc), map(words.__contains__, doc_arrays(doc).lower)))


def _digit_or_word(doc: Doc, words: Collection[str]) -> list[int]:
    """The indices of the tokens whose lower-case text starts with a digit or is one of
    ``words``, in order: ``[i for i, low in enumerate(lowers(doc)) if low[:1].isdigit() or
    low in words]``, with the tests run in C. Only a word whose shape has a digit
    (:func:`with_digit`) is read for its first character."""
    lows = lowers(doc)
    found = set(indices_in(lows, words))
    found.update(i for i in compress(range(len(lows)), with_digit(doc)) if lows[i][:1].isdigit())
    return sorted(found)


def _or_pair(doc: Doc, last: int) -> bool:
    """Whether the figure ending at ``last`` is the first of "N or M" ("40 or 50 protesters")."""
    return last + 2 < len(doc) and lowers(doc)[last + 1] == "or" and is_number_token(doc[last + 2])


def _range_second(doc: Doc, first: int, words: list[str]) -> bool:
    """Whether the figure ``words`` at ``first`` closes a rising "N or M" ("four or five", "1.5
    million or 2 million"); a falling pair is no range ("3 or 2 goals", "2 million or 1.5
    million people": the second stands alone)."""
    if first < 2 or not _or_pair(doc, first - 2):
        return False
    start = first - 2
    while start > 0 and is_number_token(doc[start - 1]):
        start -= 1  # the whole first figure with its scale word, not "million" alone
    before = parse_number([t.text for t in doc[start : first - 1]])
    value = parse_number(words)
    return before is not None and value is not None and before < value


def _half_before(doc: Doc, first: int) -> int | None:
    """Where "half" and its article start before a "dozen" at ``first`` ("a half-dozen", "a
    half - dozen", "a half dozen": six), or None. "half a dozen" is read with its "a"."""
    k = first - 1
    if k > 0 and doc[k].text in {"-", "–"}:
        k -= 1
    if k < 0 or doc[k].lower_ != "half":
        return None
    return k - 1 if k > 0 and doc[k - 1].lower_ in {"a", "an"} else k


def _lost_figure(doc: Doc, first: int) -> bool:
    """Whether the word before a bare scale word holds its figure glued to a letter ("e85
    million", "p74 million": a euro or pound sign some copies turn into a letter), so that the
    scale alone is no figure ("several dozen", "the first hundred days" are)."""
    if first == 0:
        return False
    before = doc[first - 1].text
    return any(c.isdigit() for c in before) and any(c.isalpha() for c in before)


def _cited_after_than(doc: Doc, first: int, last: int) -> bool:
    """Whether "the" before a figure names another report's figure that the sentence bounds:
    "fewer than the 3,000 reported by police" (a ceiling), unlike "more than the two others"
    (a reference, no figure)."""
    lows = lowers(doc)
    if first < 2 or lows[first - 1] != "the" or lows[first - 2] != "than":
        return False
    return cited_after(doc_text(doc), doc[last].idx + len(doc[last].text))


def _whole_of_part(doc: Doc, first: int) -> bool:
    """Whether the figure at ``first`` is the whole a count before it is picked from: "three of
    the seven bullets fired": the seven bullets are all there were, a count of their own (the
    definite article names the set, not a set told before)."""
    if first < 3 or doc[first - 1].lower_ != "the" or doc[first - 2].lower_ != "of":
        return False
    return is_number_token(doc[first - 3]) and doc[first - 3].lower_ not in {"one", "a", "an"}


def _numerator(doc: Doc, k: int) -> bool:
    """ "4 1 / 2": the digit at ``doc[k]`` is a spaced fraction's numerator, not more of the
    number before it."""
    return doc[k].text.isdigit() and k + 1 < len(doc) and doc[k + 1].text == "/"


def _model_noun(doc: Doc, end: int) -> Token:
    """The noun a model name ending at ``end`` modifies ("AK - 47 rifles"), else its last
    token (the slot's event and subject are read from it)."""
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ == "NOUN":
        while nxt.dep_ == "compound" and nxt.head.i > nxt.i:
            nxt = nxt.head
        return nxt
    return doc[end]


def _then(doc: Doc, first: int) -> bool:
    """ "the then-15-year-old": an age at another time than the article's."""
    return any(t.lower_ in {"then", "then-"} for t in doc[max(0, first - 2) : first])


def _score(doc: Doc, last: int, value: float) -> bool:
    """Whether the figure ending at ``last`` opens a score or a tally: a dash and a figure no
    larger ("4-1", "3 - 3"). A rising pair is a range ("3,000-4,000"), read before this."""
    if last + 2 >= len(doc) or doc[last + 1].text not in {"-", "–"}:
        return False
    if not is_number_token(doc[last + 2]):
        return False
    second = parse_number([doc[last + 2].text])
    return second is not None and second <= value


def _shared_scale(doc: Doc, first: int, upper_at: int, k: int, low: float, upper: float) -> float:
    """The lower end of a range scaled by the upper end's scale word when only the upper end
    writes one: "between $140 and $150 million" runs from 140 million, "between 500 and 1
    million" from 500 (scaled, the lower end would pass the upper one)."""
    lows = lowers(doc)
    scales = [SCALES[w] for w in lows[upper_at : k + 1] if w in SCALES and w != "dozen"]
    if not scales or any(w in SCALES for w in lows[first:upper_at]):
        return low
    scaled = low * scales[-1]
    return scaled if 0 < low < scales[-1] and scaled < upper else low
