"""Ordinals that count a series so far (issue 12: conflict recall).

An ordinal mostly places a thing ("the sixth round", "the second floor"): no count, and never
read as a claim. A few say how long a running series is: "the eighth day of protests", "the
protests continued for the seventh straight day" (the protests have lasted eight, seven days),
"his sixth title defence", "retained his title for the fifth time" (the sixth, fifth defence).
Two outlets writing 7 and 8 for one day disagree, so these are read, each with the unit
``ORDINAL`` so that "the sixth defence" never meets "six defences" nor "six rounds".

Only the series named here, each with the event it counts: days of a gathering (a noun of a
gathering class in ``data/measure_classes.json``: protests, riots, demonstrations) and title
defences. Any other ordinal stays unread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsbeat.enrich.claim_measures import gathering_classes, measure_classes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ORDINAL = "ordinal"  # the unit of a series' count: compared only with another ordinal

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}  # fmt: skip
_ORDINAL_DIGITS = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$", re.IGNORECASE)
_RUNNING = frozenset({"straight", "consecutive", "successive", "running"})
_DAYS = frozenset({"day", "night"})
_DEFENCES = frozenset({"defence", "defense"})
_TITLES = frozenset({"title", "belt", "crown", "championship"})
_KEPT = frozenset({"retain", "defend", "keep"})  # "retained his title for the fifth time"
DEFENCE = "defend"  # the event of a title defence


@dataclass(frozen=True)
class Series:
    """An ordinal read as the count of its series: the ordinal's token, its value, what the
    series counts ("day", "defence"), its event and the token of whose series it is."""

    at: int
    value: int
    what: str
    event: str
    holder: Token | None = None


def ordinal_value(tok: Token) -> int | None:
    """The number an ordinal token writes ("seventh", "7th"), else None."""
    if (word := ORDINAL_WORDS.get(tok.lower_)) is not None:
        return word
    digits = _ORDINAL_DIGITS.match(tok.text)
    return int(digits.group(1)) if digits else None


def series_at(doc: Doc, i: int) -> Series | None:
    """The series whose count the ordinal at ``i`` is (see the module doc), else None."""
    value = ordinal_value(doc[i])
    if value is None or i == 0:
        return None
    k = i + 1
    running = k < len(doc) and doc[k].lower_ in _RUNNING
    k += running
    if k >= len(doc):
        return None
    noun = doc[k]
    if noun.lemma_.lower() in _DAYS and noun.pos_ == "NOUN":
        event = _gathering_of_day(noun, running=running)
        return None if event is None else Series(at=i, value=value, what="day", event=event)
    if noun.lower_ in _TITLES and k + 1 < len(doc) and doc[k + 1].lower_ in _DEFENCES:
        noun = doc[k + 1]  # "his sixth title defence"
    if noun.lower_ in _DEFENCES and noun.dep_ != "compound":  # not "the second defence lawyer"
        holder = next((c for c in noun.children if c.dep_ == "poss"), None)
        return Series(at=i, value=value, what="defence", event=DEFENCE, holder=holder)
    return _kept_title(doc, i, value)


def _gathering_of_day(day: Token, *, running: bool) -> str | None:
    """The gathering class whose days a day noun counts: "the eighth day *of protests*", or,
    after a word of a run, the gathering that goes on for it ("protests continued for the
    seventh straight day", "the riots entered their fifth consecutive day"), else None."""
    classes = measure_classes()
    gatherings = gathering_classes()
    for prep in (c for c in day.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            found = classes.get(obj.lemma_.lower())
            return found if found in gatherings else None
    if not running:
        return None
    verb = day.head.head if day.dep_ == "pobj" and day.head.lower_ == "for" else day.head
    if day.dep_ not in {"pobj", "dobj"} or verb.pos_ != "VERB":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    found = classes.get(subject.lemma_.lower())
    return found if found in gatherings else None


def _kept_title(doc: Doc, i: int, value: int) -> Series | None:
    """ "retained his title for the fifth time": the fifth defence of it, by the verb's subject."""
    if i < 2 or i + 1 >= len(doc) or doc[i + 1].lower_ != "time":
        return None
    if doc[i - 1].lower_ != "the" or doc[i - 2].lower_ != "for":
        return None
    verb = doc[i - 2].head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _KEPT:
        return None
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _TITLES for c in verb.children):
        return None
    holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return Series(at=i, value=value, what="defence", event=DEFENCE, holder=holder)
