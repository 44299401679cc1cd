"""Count nouns that name one quantity in other words (issue 12: conflict recall).

Two outlets often count one thing with two nouns: "six engines" and "four appliances" (a fire
engine in British English), "hitting him eleven times" and "seven bullets hit him". Left as
they are, such figures never meet, however plainly they disagree. Each class below is small,
explicit and justified on the real-news gold (``docs/report.md``); a noun outside every class
stands for itself.

The classes fold the counted noun only, and only where the event leaves no doubt: the event
(the figure's verb, ``enrich.claim_slots``) is still compared afterwards, so "engines fighting
the blaze" and "tenders staying until Monday" stay two counts, and "fired 11 shots" (shots
fired) never meets "seven bullets hit" (hits).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from importlib import resources
from typing import Any

from newsbeat.enrich.claim_measures import gathering_classes
from newsbeat.enrich.claim_numbers import SCALES

__all__ = [
    "FIRED",
    "GATHERED",
    "HIT",
    "RIDE",
    "WAY",
    "canonical_count",
    "compound_prefix",
    "priced_nouns",
    "ridden",
]

# One kind of vehicle sent to a fire: "six engines" (US) and "four appliances", "two tenders"
# (UK). Real disagreement: two reports of one supermarket fire ("called in an additional six
# engines" / "called a further four appliances"); look-alikes kept apart by their events:
# "two tenders staying until Monday" / "ten engines fighting the blaze".
_FIRE_VEHICLES = frozenset({"engine", "appliance", "tender", "firetruck"})
_FIRE_VEHICLE = "fire vehicle"

# Hits on a person: "hitting him eleven times" counts the bullets that hit him ("seven bullets
# hit him", "hit by seven bullets", "seven bullets entered his body"). Only the verbs of
# hitting: "fired 11 shots" counts shots fired, a disagreement with no hit count ("11 shots
# fired, seven bullets hit" is told by the gold as two things).
HIT = "hit"
_HIT_EVENTS = frozenset({"hit", "strike"})
_PROJECTILES = frozenset({"bullet", "round", "pellet"})
_ENTERING = frozenset({"enter", "pierce"})  # a bullet entering the body has hit it
# Shots fired: "fired 11 shots", "fired a total of 11 rounds" and "the seven bullets fired by
# the officers" count one thing, each the firing of one projectile. Only with the verb of
# firing: a bullet that hit or entered is a hit (above), a round bought or found is ammunition.
FIRED = "shot"
_FIRED_NOUNS = frozenset({"shot", "bullet", "round"})
# "he was shot eleven times": the victim, so hits. "Officers shot 41 times" (active, no victim)
# may count shots fired, and stays a count of times shot.
_SHOT_TIMES = re.compile(
    r"\b(?:was|were|been|being|is|are|be|get|got|gets)\s+(?:\w+\s+)?shot\s+(?:at\s+least\s+"
    r"|more\s+than\s+|about\s+|nearly\s+|some\s+)?\S+\s+times\b",
    re.IGNORECASE,
)


def canonical_count(noun: str, event: str, suffix: str, sentence: str = "") -> tuple[str, str]:
    """The (noun, event) a figure's counted noun and event stand for: a class's name when the
    noun (with its event) is in a class above, else the noun and event unchanged.

    ``suffix`` is the rest of the counted phrase ("workers injured"): a noun with a suffix
    ("engines damaged") counts something narrower and is left alone. ``sentence`` tells a
    victim "shot eleven times" (hits) from officers who "shot 41 times".
    """
    noun = _SAME.get(noun, noun)  # "TDs" are touchdowns, "catches" a receiver's receptions
    if noun in _WAY_NOUNS and _WAYS.search(sentence):
        return WAY, event  # a way, whatever the reader hung after it ("buildings arrested")
    if suffix:
        return noun, event
    if noun in _FIRE_VEHICLES:
        return _FIRE_VEHICLE, event
    if noun == "time" and (
        event in _HIT_EVENTS or (event == "shoot" and _SHOT_TIMES.search(sentence))
    ):
        return HIT, HIT
    if noun in _PROJECTILES and (event in _HIT_EVENTS or event in _ENTERING):
        return HIT, HIT
    if noun in _FIRED_NOUNS and event == "fire":
        return FIRED, event
    if noun in _GATHERED and event in gathering_classes():
        return GATHERED, event
    if noun in _BARE_GATHERINGS and not event:
        return GATHERED, _BARE_GATHERING_EVENT  # "estimated the crowd at 70": a gathering's size
    return noun, event


def _classes() -> dict[str, dict[str, Any]]:
    """The noun classes of ``data/count_noun_classes.json`` by name (each an object with its
    ``name`` and ``nouns``)."""
    raw = resources.files("newsbeat").joinpath("data/count_noun_classes.json").read_text("utf-8")
    return {name: entry for name, entry in json.loads(raw).items() if isinstance(entry, dict)}


_CLASSES = _classes()
WAY = str(_CLASSES["ways"]["name"])  # the noun of a way counted in buildings
_WAY_NOUNS = frozenset(str(n) for n in _CLASSES["ways"]["nouns"])
GATHERED = str(_CLASSES["gatherings"]["name"])  # the people of a gathering
_GATHERED = frozenset(str(n) for n in _CLASSES["gatherings"]["nouns"])
# Nouns that name a gathering itself ("the crowd"): counted with no verb, the gathering's size.
_BARE_GATHERINGS = frozenset(str(n) for n in _CLASSES["gatherings"]["bare"]["nouns"])
_BARE_GATHERING_EVENT = str(_CLASSES["gatherings"]["bare"]["event"])
# "five buildings away", "three houses from", "two doors down": a number, the noun, a word of
# distance.
_WAYS = re.compile(
    rf"\b(?:\d+|[a-z]+)\s+(?:{'|'.join(f'{n}s?' for n in sorted(_WAY_NOUNS))})\s+"
    rf"(?:{'|'.join(str(w) for w in _CLASSES['ways']['after'])})\b",
    re.IGNORECASE,
)
# One noun written two ways ("TDs" / "touchdowns"): each written form to the word it stands for.
_SAME = {str(k): str(v) for k, v in _CLASSES["words"]["same"].items()}
RIDE = str(_CLASSES["rides"]["name"])  # the event of vehicles their riders came in
_RIDDEN = frozenset(str(n) for n in _CLASSES["rides"]["nouns"])
# "the pirates, in three boats", "pirates on two speed boats": a plural noun (the riders), a
# preposition, the number, at most one qualifier, the vehicle.
_RIDES = re.compile(
    rf"\b([a-z]+(?:s|men)),?\s+(?:{'|'.join(str(w) for w in _CLASSES['rides']['before'])})\s+"
    rf"(\d+|[a-z]+)\s+(?:[a-z-]+\s+)?(?:{'|'.join(sorted(_RIDDEN))})(?:s|es)?\b",
    re.IGNORECASE,
)
# Words ending in "s" that name no riders ("was in two cars", "its ... in two boats").
_NOT_RIDERS = frozenset({"was", "is", "has", "as", "this", "its", "his", "us", "across", "thus"})


def ridden(noun: str, sentence: str, is_figure: Callable[[str], bool]) -> bool:
    """Whether a figure counts the vehicles the people named just before it came in: "the
    pirates, in three boats, were attempting to hijack the ship", "against the pirates in two
    boats". ``is_figure`` tells the claim's own number among the sentence's ("in two boats"
    may be another figure than the one compared). The clause's verb (attempt, swing) is then
    not the figure's event, nor is its subject the riders."""
    if noun not in _RIDDEN:
        return False
    return any(
        m.group(1).lower() not in _NOT_RIDERS and is_figure(m.group(2).lower())
        for m in _RIDES.finditer(sentence)
    )


# A closed compound's head and what is put before it must be words of their own: "speedboat"
# is a "speed boat", "gunboat" a "gun boat"; "women" is no "wo men", "tenant" no "ten ant".
_COMPOUND_HEAD = 4
_COMPOUND_PART = 3


def compound_prefix(noun: str, other: str) -> str | None:
    """What a closed compound puts before another noun it ends in ("speedboat" / "boat" ->
    "speed"), else None. Two outlets write one thing as "three speedboats" and "two speed
    boats": the compound is its head with the first part as a qualifier, which the comparer
    then requires of the other side as it requires "assault" of "assault rifles"."""
    long_, short = (noun, other) if len(noun) > len(other) else (other, noun)
    if len(short) < _COMPOUND_HEAD or not long_.endswith(short):
        return None
    prefix = long_[: -len(short)].rstrip("-")
    return prefix if len(prefix) >= _COMPOUND_PART and prefix.isalpha() else None


# A bare measure ("$160 million": counted in its unit alone) may be said of a noun its sentence
# writes just before it: "an offer of $160 million", "a deal worth $82 million", "an eight-year
# offer to Teixeira in excess of $160 million". The figure then measures that noun as much as
# "a $200 million offer" does. Only the linking words below: "for" ("a bid for the club, $5
# million more than ...") and a bare comma ("the deal, $5 million in bonuses") may join
# another sum to the noun, and are left out.
_LINKS = ("in excess of", "upwards of", "worth", "valued at", "totalling", "totaling", "of")
_LINK = re.compile(rf"\b(?:{'|'.join(_LINKS)})$")
# The breaks a noun before the link may not stand behind: a comma, a colon or semicolon, a
# parenthesis, a dash ("Acme's new offer, a premium of $30 million": a premium, not the offer).
_BREAKS = frozenset(",;:()[]\u2014\u2013-")
_WORD_OR_FIGURE = re.compile(
    r"[a-z]+|\d+(?:,\d+)*(?:\.\d+)?|[,;:()\[\]\u2014\u2013]|(?<!\S)-{1,2}(?!\S)|--"
)
# The reader's scale words, and the finance writers' glued "$200MM" and "$1.5B" (read here as
# a figure and a word).
_SCALES: dict[str, float] = {**SCALES, "mm": 1e6, "b": 1e9}
_HEDGE_WORDS = 2  # "nearly", "more than", "an estimated": words between the link and the figure
_BEFORE_LINK = 4  # "offer to Dale Korver": the noun and at most three words after it


def priced_nouns(sentence: str, low: float | None, high: float | None) -> frozenset[str]:
    """The words (folded, not yet singular) a bare measure's sentence writes just before a
    link to its figure: "an eight-year offer to Teixeira in excess of $160 million" -> {offer,
    to, teixeira}. The figure is found as written ("$160 million", "235,000", "$1.5bn") and must
    fall in ``low``..``high`` (``high`` None: unbounded); a figure between the words and the
    link ("a $20 million deal of $5 million") ends them, and so does a break (``_BREAKS``:
    "Acme's offer, a premium of $30 million" -> {a, premium})."""
    words = _WORD_OR_FIGURE.findall(sentence.lower())
    found: set[str] = set()
    for k, word in enumerate(words):
        if not word[0].isdigit() or not _fits(_value(word, words[k + 1 : k + 2]), low, high):
            continue
        for hedge in range(_HEDGE_WORDS + 1):
            before = words[max(k - hedge - 4, 0) : k - hedge]
            if any(w[0].isdigit() or w[0] in _BREAKS for w in words[k - hedge : k]):
                break
            link = _LINK.search(" ".join(before))
            if link is None:
                continue
            start = k - hedge - len(link.group(0).split())
            window = _after_break(words[max(start - _BEFORE_LINK, 0) : start])
            found.update(_after_figures(window))
    return frozenset(found)


def _after_break(window: list[str]) -> list[str]:
    """The words of a window after its last break ("offer , a premium" -> ["a", "premium"]):
    a noun behind a comma or a dash is another phrase's, not the one the link prices."""
    breaks = [k for k, w in enumerate(window) if w[0] in _BREAKS]
    return window[breaks[-1] + 1 :] if breaks else window


def _after_figures(window: list[str]) -> list[str]:
    """The words of a window after its last figure or scale word ("$20 million deal" ->
    ["deal"]): what comes before another figure is that figure's."""
    figures = [k for k, w in enumerate(window) if w[0].isdigit() or w in _SCALES]
    return window[figures[-1] + 1 :] if figures else window


def _value(figure: str, after: list[str]) -> float:
    """A figure as written, times the scale word after it ("160", ["million"] -> 1.6e8)."""
    scale = _SCALES.get(after[0], 1.0) if after else 1.0
    return float(figure.replace(",", "")) * scale


def _fits(value: float, low: float | None, high: float | None) -> bool:
    """Whether a figure as written is the claim's own: its low or high end, or between."""
    if low is None and high is None:
        return False
    if low is not None and value < low * (1 - 1e-9):
        return False
    return high is None or value <= high * (1 + 1e-9)
