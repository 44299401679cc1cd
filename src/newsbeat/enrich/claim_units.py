"""Units and labels of figures in business and product news (issue 12, session 32).

- A unit abbreviation right after a figure is what it counts, however the tagger reads it:
  "a 176 hp 2.5-liter engine" counts horsepower, not liters (spaCy tags "hp" ADJ, and the
  next measure's noun was taken).
- A rate's base may carry a modifier: "$2.53 per diluted share" is dollars per share.
- "a year earlier" after a figure is when, not the base of a rate ("$2.10 a year earlier").
- "20% more powerful": "more" before an adjective compares; the figure is no increment.
- "4K output", "an 8K display": a resolution's name, no count of thousands.
- "10 times as many cases", "three times faster": a multiplier, no count of times.
- "230 miles to more than 300 miles": the first figure is the low end of a range, no exact.
- A sum is no count of the dead: "buyers can claim a $7,500 credit" is no "claimed 12 lives".

Used by :mod:`newsbeat.enrich.claim_counted` and :mod:`newsbeat.enrich.claim_roles`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "comparative_more",
    "modified_rate_base",
    "multiplier",
    "resolution_name",
    "sum_event",
    "time_after_rate",
    "to_a_hedged_figure",
    "unit_abbreviation",
]

# abbreviations of units that are no English word: after a figure, they are what it counts
# ("38 dBA room": decibels, claims35)
_UNIT_ABBREVIATIONS = frozenset(
    {"hp", "bhp", "kwh", "kw", "mw", "gw", "mph", "kph", "rpm", "mpg", "mpge", "lb", "lbs",
     "db", "dba"}
)  # fmt: skip
_SIGNS = frozenset({"$", "€", "£", "¥"})
# words that make "a year" after a figure a time, not a rate's base
_WHEN_WORDS = frozenset({"earlier", "later", "ago", "before", "after", "prior"})
# display resolutions written as a figure glued to "K": "4K", "8K" (the tokenizer splits them)
_RESOLUTIONS = frozenset({"2", "4", "5", "8"})


def unit_abbreviation(tok: Token) -> bool:
    """Whether ``tok`` is a unit's abbreviation that names what a figure before it counts
    ("176 hp", "75 kWh", "52 mpg"), whatever part of speech the tagger gave it."""
    return tok.lower_ in _UNIT_ABBREVIATIONS


def modified_rate_base(doc: Doc, i: int) -> Token | None:
    """The base of the rate "per <modifier> <noun>" starting at ``doc[i]`` == "per": "per
    diluted share" -> share. None when no single modifier stands before a noun there."""
    if i + 2 >= len(doc) or doc[i].lower_ != "per":
        return None
    modifier, base = doc[i + 1], doc[i + 2]
    if modifier.pos_ in {"ADJ", "VERB"} and base.pos_ == "NOUN" and modifier.head.i == base.i:
        return base
    return None


def time_after_rate(doc: Doc, base: int) -> bool:
    """Whether the word after a rate's base ``doc[base]`` makes it a time: "$2.10 a year
    earlier" is the figure of a year before, not $2.10 per year."""
    return base + 1 < len(doc) and doc[base + 1].lower_ in _WHEN_WORDS


def comparative_more(doc: Doc, k: int) -> bool:
    """Whether "more" at ``doc[k]`` compares an adjective or adverb ("20% more powerful",
    "30 percent more likely"): the figure before it is a difference, no increment."""
    if doc[k].lower_ != "more":
        return False  # "five other young men": "other" adds, whatever follows it
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return nxt is not None and nxt.pos_ in {"ADJ", "ADV"} and nxt.lower_ != "than"


def resolution_name(doc: Doc, first: int, last: int) -> bool:
    """Whether the figure ``doc[first..last]`` is a display resolution's name ("4K output",
    "an 8K TV"): a digit glued to a capital "K", no currency sign before it."""
    if last != first + 1 or doc[first].text not in _RESOLUTIONS or doc[first].whitespace_:
        return False
    if doc[last].text != "K":
        return False
    return first == 0 or doc[first - 1].text not in _SIGNS


def multiplier(doc: Doc, noun: Token | None) -> bool:
    """Whether the counted noun ``noun`` is "times" of a multiplier: "10 times as many
    cases", "three times more likely", "five times the size" (not "shot 11 times")."""
    if noun is None or noun.lower_ != "times" or noun.i + 1 >= len(doc):
        return False
    nxt = doc[noun.i + 1]
    after = doc[noun.i + 2] if noun.i + 2 < len(doc) else None
    if after is None:
        return False
    if nxt.lower_ == "as":
        return after.pos_ in {"ADJ", "ADV"}  # "as many", "as much", "as high"
    if nxt.lower_ in {"more", "less"}:  # "three times more likely", not "arrested 4 times more"
        return after.pos_ in {"ADJ", "ADV", "NOUN"} or after.lower_ == "than"
    if nxt.lower_ == "the":  # "five times the size of", not "11 times the first night"
        return after.pos_ == "NOUN" and after.i + 1 < len(doc) and doc[after.i + 1].lower_ == "of"
    return nxt.tag_ in {"JJR", "RBR"}  # "three times faster", "ten times higher"


# the hedges that may open a range's upper end: "230 miles to more than 300 miles"
_UPPER_HEDGES = (("more", "than"), ("over",), ("nearly",), ("almost",), ("about",), ("around",),
                 ("roughly",), ("well", "over"), ("just", "over"), ("just", "under"))  # fmt: skip


def to_a_hedged_figure(doc: Doc, end: int, noun: Token | None) -> bool:
    """Whether a figure whose words end at ``doc[end]`` is followed by "to" and a hedged figure
    of the same thing ("230 miles to more than 300 miles per charge", "$30,000 to about
    $45,000"): the figure is a range's low end. ``noun``: what the figure counts, if a word;
    the other figure must count it too ("grew 5% to over $3 billion" is no range)."""
    if end + 2 >= len(doc) or doc[end + 1].lower_ != "to":
        return False
    for hedge in _UPPER_HEDGES:
        k = end + 2 + len(hedge)
        if tuple(t.lower_ for t in doc[end + 2 : k]) != hedge or k + 1 >= len(doc):
            continue
        if noun is None:  # a sum: its sign again before the second figure
            sign = doc[end - 1].text if end > 0 else ""
            return sign in _SIGNS and doc[k].text == sign and doc[k + 1].like_num
        return doc[k].like_num and doc[k + 1].lemma_.lower() == noun.lemma_.lower()
    return False


# the units of a sum, as claims write them
_MONEY = frozenset({"dollars", "euros", "pounds"})


def sum_event(event: str | None, unit: str | None) -> str | None:
    """The event of a claim whose unit is ``unit``: a sum is never killed or injured ("can
    claim a $7,500 credit" is read by the verb "claim" of "claimed 12 lives"), so a
    casualty event of a sum is none."""
    if event in {"kill", "injure"} and unit is not None and unit.split(" ")[0] in _MONEY:
        return None
    return event
