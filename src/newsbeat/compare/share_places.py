"""Where a share is counted: the place a percentage's own phrase names ("60 per cent in
Ostravia", "65% of traffic to Ostravia", "80 percent of Velmora's calls"), read from its
sentence's words.

One sentence often gives one share per country ("up to 70 per cent of web services in Velmora,
and 60 per cent in Ostravia"): the sentence names both places, so only the words of the
figure's own phrase tell which is its own. The phrase is read forward from the figure to the
first comma, figure or clause word, and, for a list whose place comes first ("in Velmora by 80
percent, in Ostravia by 65 percent"), back to the place right before "by". A share whose place
is not written in its own phrase has none (the place of another clause is not its own)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbeat.compare.claim_context import DETERMINERS, is_value
from newsbeat.compare.records import _fold, _singular
from newsbeat.models import Claim

__all__ = ["share_places", "share_whole"]

# Words, a possessive "'s", a percent sign and the punctuation that ends a phrase.
_WORD = re.compile(r"[a-z0-9]+|['\u2019]s\b|[%,;:()\u2014\u2013]")
_PERCENT = frozenset({"percent", "pc", "%"})
_POSSESSIVE = frozenset({"'s", "\u2019s"})
# Prepositions that put a share in a place ("in Ostravia", "to Ostravia", "with Ostravia").
_IN = frozenset({"in", "to", "with", "across", "within", "inside"})
# Words that end the figure's own phrase: punctuation, and the verbs and conjunctions that open
# another clause ("70 percent of traffic was lost in Dunmark" is no share of Dunmark).
_STOPS = frozenset({
    ",", ";", ":", "(", ")", "\u2014", "\u2013", "was", "were", "is", "are", "has", "have",
    "had", "be", "been", "while", "when", "after", "because", "but", "said", "says",
})  # fmt: skip
_REACH = 7  # words of the phrase after "of" ("of the national phone network in Ostravia")


def share_places(claim: Claim, sites: Sequence[str]) -> frozenset[str]:
    """The places (folded names among ``sites``, the article's place names) a share's own
    phrase names; empty when it names none, when the figure is not found as written, or when
    two mentions of the figure read two ways."""
    words, shares = _shares(claim)
    names = sorted({n for site in sites if (n := _name(site))}, key=len, reverse=True)
    found = {_forward(words, after, names) or _backward(words, k, names) for k, after in shares}
    return next(iter(found)) if len(found) == 1 else frozenset()


def share_whole(claim: Claim) -> frozenset[str]:
    """The words of what a share is a share of, as its "of" phrase writes it before a place
    ("70 per cent of web services in Velmora": service, web), singular; empty when the figure
    has no "of" phrase, is not found as written, or two mentions read two ways."""
    words, shares = _shares(claim)
    found = {_of_words(words, after) for _, after in shares}
    return next(iter(found)) if len(found) == 1 else frozenset()


def _shares(claim: Claim) -> tuple[list[str], list[tuple[int, int]]]:
    """The words of a share's sentence and, for each mention of its figure as a share, the
    index of the figure and the index after its percent word (:func:`_after_percent`)."""
    words = _WORD.findall(_fold(claim.sentence))
    shares = [
        (k, after)
        for k, word in enumerate(words)
        if is_value(word, claim) and (after := _after_percent(words, k)) is not None
    ]
    return words, shares


def _of_words(words: Sequence[str], at: int) -> frozenset[str]:
    """The words of the "of" phrase at ``at`` up to its place, its end or ``_REACH`` words."""
    if words[at : at + 1] != ["of"]:
        return frozenset()
    kept: list[str] = []
    for word in words[at + 1 : at + 1 + _REACH]:
        if _stop(word) or word in _IN:
            break
        if word in _POSSESSIVE:
            kept = []  # "of Velmora's voice traffic": the words before are its owner
        elif word not in DETERMINERS and word not in {"and", "or"}:
            kept.append(_singular(word))
    return frozenset(kept)


def _after_percent(words: Sequence[str], k: int) -> int | None:
    """The index after the percent word of a figure at ``k`` ("60 per cent", "65 %"); None
    when the figure is no share."""
    if words[k + 1 : k + 2] and words[k + 1] in _PERCENT:
        return k + 2
    if words[k + 1 : k + 3] == ["per", "cent"]:
        return k + 3
    return None


def _forward(words: Sequence[str], at: int, names: Sequence[tuple[str, ...]]) -> frozenset[str]:
    """The places of the phrase after a share's percent word: "in Ostravia" right after it,
    or within its "of" phrase ("of web services in Velmora", "of Velmora's calls")."""
    if words[at : at + 1] == ["of"]:
        if place := _place_at(words, at + 1, names):
            return place  # "of Velmora's calls", "of Velmora"
        end = at + 1
        while end < min(len(words), at + 1 + _REACH) and not _stop(words[end]):
            end += 1
        for k in range(at + 1, end):
            if words[k] in _IN and (place := _place_at(words, k + 1, names)):
                return place
        return frozenset()
    if words[at : at + 1] and words[at] in _IN:
        return _place_at(words, at + 1, names)
    return frozenset()


def _backward(words: Sequence[str], k: int, names: Sequence[tuple[str, ...]]) -> frozenset[str]:
    """The place of a list item written place first: "in Ostravia by 65 percent", and the
    list's first item, whose verb stands between its place and "by" ("calls in Velmora fell
    by 80 percent, in Ostravia by 65 percent", "services in Velmora were down by 80 percent").
    At most ``_VERB_REACH`` words between, none ending the phrase but a copula: "officials in
    Velmora said calls fell by 80 percent" is no share of Velmora's."""
    if k < 1 or words[k - 1] != "by":
        return frozenset()
    for gap in range(_VERB_REACH + 1):
        end = k - 1 - gap  # where the place name would end
        if gap and not _verb_word(words[end]):
            return frozenset()
        for name in names:
            start = end - len(name)
            if start >= 1 and tuple(words[start:end]) == name and words[start - 1] in _IN:
                return frozenset({" ".join(name)})
    return frozenset()


# Words of the first item's verb between its place and "by" ("were down", "fell", "was cut").
_VERB_REACH = 3
_COPULAS = frozenset({"was", "were", "is", "are", "has", "have", "had", "be", "been"})


def _verb_word(word: str) -> bool:
    """Whether a word may stand between a share's place and its "by": not punctuation, a
    figure, a clause word (a copula may), a place's preposition or a conjunction."""
    if word in _COPULAS:
        return True
    return not (_stop(word) or word in _IN or word in {"and", "or", "by", "of"})


def _place_at(words: Sequence[str], at: int, names: Sequence[tuple[str, ...]]) -> frozenset[str]:
    """The place names starting at ``at``: "ostravia", or "ostravia and the kestrian coast"
    (both); empty when no place name starts there."""
    found: list[str] = []
    while True:
        if words[at : at + 1] == ["the"]:
            at += 1
        name = next((n for n in names if tuple(words[at : at + len(n)]) == n), None)
        if name is None:
            return frozenset(found)
        found.append(" ".join(name))
        at += len(name)
        if words[at : at + 1] != ["and"]:
            return frozenset(found)
        at += 1


def _name(site: str) -> tuple[str, ...]:
    """A place name's words without a leading "the" ("the Kestrian Coast": kestrian coast)."""
    words = _WORD.findall(_fold(site))
    return tuple(words[1:] if words[:1] == ["the"] else words)


def _stop(word: str) -> bool:
    """Whether a word ends a share's own phrase (punctuation, a clause word, a figure)."""
    return word in _STOPS or word.isdigit()
