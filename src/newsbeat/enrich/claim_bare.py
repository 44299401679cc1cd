"""Figures with no noun after them whose counted thing the sentence still names (issue 12).

The gold sides newsbeat does not read were classed by the shape of the text around the number
(docs/realnews-annotation.md, "Reading by shape"); the largest class that is a count is the
*bare figure*, a number with no noun of its own after it. Three shapes of it say what is
counted without a noun after the figure:

- **a collective noun "of" the figure**: "a crowd of 5,000", "a population of 120,000", "a
  force of about 3,000": the figure is the size of the collective (:func:`collective_of`).
  Only the nouns of :data:`COLLECTIVES`: "a total of 12", "a rate of 5", "the age of 12" or
  "the class of 2010" name no counted thing.
- **the subject of a gathering verb**: "where 10,000 gathered", "some 5,000 marched", "3,000
  protested": the figure counts the people there (:func:`gathered_people`), as "about 4,000
  attended the march" does (``claim_events.attendance``). Not with "of" after the figure ("five
  of the students marched": the students are counted) nor when the verb has a subject of its
  own.
- **the object of a verb joined to a verb whose object is counted**: "attacked nearly 100
  vessels and hijacked nearly 40": the second figure counts the first's noun (:func:`shared_noun`).
  Only two verbs joined by "and" with objects of their own, the first a counted noun.
- **taken into custody**: "took 23 into custody" is 23 arrested (:func:`taken_into_custody`).
- **a participle after an adverb of degree**: "40 badly hurt", "three seriously injured": the
  adverb stands between the bare figure and the participle that tells what it counts
  (:func:`participle_after`); "two nearly killed" were not killed and stay unread.
- **a whole told by its participle alone**: "30 of the 80 wounded remained in hospital": the
  80 are all the wounded, a count of its own as "three of the seven bullets fired" is
  (``claim_scans._whole_of_part``), the participle right after the figure its event
  (:func:`whole_participle`).
- **a figure written in two groups** ("wounding around 1, 400."): the parser may hang the last
  group on the first ("400" an apposition of "1"), so the verb of the figure is read from the
  figure's own head (:func:`figure_head`), not its last token's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "COLLECTIVES",
    "GATHERING_VERBS",
    "collective_of",
    "figure_head",
    "gathered_people",
    "participle_after",
    "shared_noun",
    "taken_into_custody",
    "whole_participle",
]

# Nouns whose size is a count of people or things: "a crowd of 5,000" counts the crowd.
COLLECTIVES = frozenset(
    {
        "army",
        "audience",
        "band",
        "caravan",
        "congregation",
        "contingent",
        "convoy",
        "crew",
        "crowd",
        "delegation",
        "fleet",
        "flotilla",
        "force",
        "gang",
        "mob",
        "population",
        "squad",
        "staff",
        "throng",
        "workforce",
    }
)
# Verbs (lemmas) of people gathering: their bare subject counts the people there.
GATHERING_VERBS = frozenset(
    {"gather", "march", "protest", "demonstrate", "rally", "assemble", "congregate"}
)
# Adverbs of degree between a bare figure and its casualty participle ("40 badly hurt").
_DEGREE = frozenset(
    {"seriously", "badly", "critically", "severely", "gravely", "slightly", "lightly"}
    | {"mortally", "fatally", "moderately", "mildly"}
)
# Words that may stand between "of" and the figure: its hedge ("a crowd of more than 5,000").
_HEDGE_WORDS = frozenset(
    {"about", "around", "some", "nearly", "almost", "roughly", "approximately", "over"}
    | {"more", "less", "fewer", "than", "at", "least", "most", "up", "to", "just", "under"}
    | {"an", "estimated"}
)


def figure_head(doc: Doc, first: int, last: int) -> Token:
    """The token of the figure ``first..last`` whose head is outside it (the last token when
    none is: a figure is one phrase).

    A figure split at its comma or point ("a crowd of 22, 000 in", "the magnitude at 6. 1.")
    may be parsed as two: its first piece the object of the preposition right before it, its
    last hung back on a word before the figure. The first piece then stands for the figure, as
    the glued "22,000" would (:func:`_split_parse`)."""
    if _split_parse(doc, first, last):
        return doc[first]
    for k in range(last, first - 1, -1):
        head = doc[k].head
        if not first <= head.i <= last or head.i == k:
            return doc[k]
    return doc[last]


def _split_parse(doc: Doc, first: int, last: int) -> bool:
    """Whether the parser split the figure ``first..last`` in two: its first token is the
    object of the preposition right before it and its last token hangs on a word before the
    figure (not on a noun after it, as "52. 3 percent" does)."""
    if last == first or first == 0:
        return False
    opening, closing = doc[first], doc[last]
    return (
        opening.dep_ == "pobj"
        and opening.head.i == first - 1
        and closing.head.i < first
        and closing.head.i != opening.head.i
    )


def collective_of(doc: Doc, first: int, last: int) -> Token | None:
    """The collective noun the figure ``first..last`` is the size of ("a crowd of 5,000": crowd),
    or None. The figure ends its noun phrase (no noun after it: the caller found none), and only
    its hedge's words stand between it and "of"."""
    k = first - 1
    while k >= 0 and doc[k].lower_ in _HEDGE_WORDS:
        k -= 1
    if k < 1 or doc[k].lower_ != "of":
        return None
    noun = doc[k].head
    if noun.i != k - 1 or noun.pos_ != "NOUN" or noun.lemma_.lower() not in COLLECTIVES:
        return None  # "a crowd of 5,000" has "of" right after its noun; a name is no crowd
    if figure_head(doc, first, last).head.i != k:
        return None  # the figure must be what "of" governs, not part of a longer phrase
    return noun


def gathered_people(doc: Doc, first: int, last: int) -> Token | None:
    """The gathering verb whose bare subject the figure ``first..last`` is ("10,000 gathered",
    "some 5,000 marched"), or None: the figure counts people."""
    if last + 1 < len(doc) and doc[last + 1].lower_ == "of":
        return None  # "five of the students marched": the students are counted
    fig = figure_head(doc, first, last)
    verb = fig.head
    if fig.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in GATHERING_VERBS:
        return None
    return verb


def shared_noun(doc: Doc, first: int, last: int) -> Token | None:
    """The counted noun a bare object figure shares with the verb it is joined to ("attacked
    nearly 100 vessels and hijacked nearly 40": vessels), or None."""
    fig = figure_head(doc, first, last)
    verb = fig.head
    if fig.dep_ != "dobj" or verb.pos_ != "VERB" or verb.dep_ != "conj":
        return None
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in verb.head.children):
        return None
    other = verb.head
    if other.pos_ != "VERB" or other.i >= first:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None  # "Ames sold 30 cars and his brother bought 12": a clause of its own
    noun = next((c for c in other.children if c.dep_ == "dobj"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return None
    if not any(c.dep_ == "nummod" and c.like_num for c in noun.children):
        return None  # the first object must be counted: "seized the ship and took 23 ..."
    return noun


def taken_into_custody(doc: Doc, first: int, last: int) -> bool:
    """Whether the bare figure is what "took ... into custody" took: an arrest."""
    fig = figure_head(doc, first, last)
    verb = fig.head
    if fig.dep_ != "dobj" or verb.lemma_.lower() != "take":
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "into" and any(o.lower_ == "custody" for o in c.children)
        for c in verb.children
    )


def participle_after(doc: Doc, last: int) -> Token | None:
    """The past participle after the bare figure ending at ``last`` and an adverb of degree
    ("40 badly hurt", "three seriously injured": hurt, injured), or None. "Nearly",
    "almost" and their kin are no degree: "two nearly killed" were not killed."""
    k = last + 1
    while k < len(doc) and doc[k].lower_ in _DEGREE and k - last <= 2:
        k += 1
    if k == last + 1 or k >= len(doc) or doc[k].tag_ != "VBN":
        return None
    return doc[k]


def whole_participle(doc: Doc, last: int) -> Token | None:
    """The past participle right after a whole with no noun ("of the 80 *wounded*"), which is
    then its own clause (what the whole counts was read from it); None otherwise."""
    after = doc[last + 1] if last + 1 < len(doc) else None
    return after if after is not None and after.tag_ == "VBN" else None
