"""Whether a summary sentence tells an event the summary has told already (a retelling).

Outlets retell a story's main fact in their own words and add a detail: the hour, the place,
a name ("Dalby was crossing at the lights when she was hit around 9 p.m." after "Korr hit and
killed Mona Dalby outside the Stenvik mall"). Word overlap cannot tell such a sentence from a
new fact about the same people (sumfix2's finding: retold and distinct pairs share as many
words). What it can tell is the *kind* of event: a sentence is reduced to its event kinds (a
death, an attack, an arrest, a charge, a robbery ... from ``data/summary_event_kinds.json``,
whose words come from the synonym sets of the CAMEO event coder's verb dictionary, so "raided",
"stormed" and "assaulted" are one kind, plus our own nouns and non-political kinds), its
actors (the persons and organisations it names) and its counts. It adds nothing when every
event kind it tells is told already, it names no actor the summary has not, it gives no new
count, and it opens no new kind of fact: a cause ("because", "blamed on"), a reaction (a
quote, a tribute), a denial ("not", "denied") or context (an earlier event, "the latest in a
spate"). Different persons, or different weekdays, for the same kind of event are two events
(two climbers who fell, on two days), not one.

A sentence with no known event kind is never judged here: the rule only speaks when it knows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from newsbeat.compare.summary_facts import number_value
from newsbeat.compare.summary_names import PLACE_WORD

__all__ = ["EventFacts", "event_facts", "retells", "surname_keys"]


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    """``data/summary_event_kinds.json``: word forms per event kind, derived from the CAMEO
    verb dictionary's synonym sets plus our own nouns and non-political kinds
    (``scripts/build_summary_events.py``)."""
    data: dict[str, Any] = json.loads(
        resources.files("newsbeat").joinpath("data/summary_event_kinds.json").read_text("utf-8")
    )
    return data


def _alternation(forms: Iterable[str]) -> str:
    # Longest first, so that "set fire" wins over "set"; spaces match any run of spaces.
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in ordered)


@lru_cache(maxsize=1)
def _kind_patterns() -> dict[str, re.Pattern[str]]:
    """One pattern per kind; a form is matched as a whole word, in any case."""
    kinds = _lexicon()["kinds"]
    return {
        kind: re.compile(rf"\b(?:{_alternation(v['cameo'] + v.get('curated', []))})\b", re.I)
        for kind, v in kinds.items()
    }


@lru_cache(maxsize=1)
def _signing_object() -> re.Pattern[str]:
    """A verb that makes an agreement when a treaty noun is its object ("concluded a pact",
    "entered into an accord"): the verb, then the noun within six words, as the dictionary's
    ``verb * &TREATY`` patterns read (the noun alone, "under the treaty", tells no signing)."""
    table = _lexicon()["signing_with_object"]
    return re.compile(
        rf"\b(?:{_alternation(table['verbs'])})\b(?:\W+\w+){{0,5}}?\W+"
        rf"(?:{_alternation(table['objects'])})\b",
        re.I,
    )


# A new kind of fact: a cause (also what a protest is against), a reaction (a quote, a
# tribute), a denial.
_NEW_KIND = re.compile(
    r"\b(?:because|due to|blamed|caused by|as a result|the reason|previous|prior|earlier|"
    r"latest|spate|string of|series of|tributes?|praised?|mourn(?:s|ed|ing)?|welcomed?|"
    r"criticis(?:e|ed)|criticiz(?:e|ed)|not|never|in protest (?:at|against|over|of)|"
    r"den(?:y|ies|ied))\b|n't\b|[\"“”]",
    re.IGNORECASE,
)
# What a victim was doing when it happened ("The woman was walking in a crosswalk ...", "the
# climbers were descending the ridge"): the circumstance of a harm told already, a detail.
_CIRCUMSTANCE = re.compile(
    r"\b(?:was|were)\s+(?:(?:then|still|just)\s+)?(?:walking|crossing|driving|riding|cycling|"
    r"jogging|standing|sitting|waiting|travell?ing|returning|heading|climbing|hiking|"
    r"descending|skiing|swimming|sleeping|leaving|shopping)\b",
    re.IGNORECASE,
)
# Kinds of harm done to someone, whose circumstance a sentence may add.
_HARM = frozenset({"death", "shooting", "attack", "hit", "fall", "injury", "kidnapping"})
_WEEKDAY = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.IGNORECASE
)
# A count of people or things ("three people", "2, 000 tents", "288 candidates"); not a time,
# an age, a date, a measure or an amount of money (outlets differ on the height of one fall
# or the worth of one haul: a second estimate retells it).
_COUNT = re.compile(
    r"(?<![$€£¥\d,.])\b(\d{1,3}(?:,\s?\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|dozens|hundreds|thousands)\s+(?:(?:more|other|of|[a-z]+)\s+)?"
    r"(?!(?:seconds|minutes|hours|days|weeks|months|years|times|metres|meters|feet|miles|"
    r"kilometres|kilometers|yards|pounds|tons|tonnes|percent|degrees|dollars|euros)\b)([a-z]{2,}s|people|men|women|children)\b",
    re.IGNORECASE,
)
# "Gaskin said", "said Inspector Gaskin": who reports a fact is not an actor of its event.
_SPEAKER = re.compile(
    r"([A-Z][\w'’-]+)\s+(?:said|says|told|added|adds)\b|\b(?:said|says|told|added|adds)\s+"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}([A-Z][\w'’-]+)"
)


@dataclass(frozen=True)
class EventFacts:
    """What one sentence tells, for telling a retelling: its event kinds, persons, counts
    and weekdays, and whether it opens a new kind of fact."""

    kinds: frozenset[str]
    actors: frozenset[str]
    counts: frozenset[str]
    weekdays: frozenset[str]
    new_kind: bool
    circumstance: bool = False


def _kinds(text: str) -> frozenset[str]:
    found = {k for k, p in _kind_patterns().items() if p.search(text)}
    if _signing_object().search(text):
        found.add("signing")
    if "arraignment" in found:
        found.discard("charge")  # "arraigned on charges": the arraignment is the news
    return frozenset(found)


def _counts(text: str) -> frozenset[str]:
    return frozenset(number_value(m.group(1).casefold()) for m in _COUNT.finditer(text))


def surname_keys(actor_names: Iterable[str]) -> frozenset[str]:
    """One key per person: the case-folded surname ("Mona Dalby" -> "dalby"); a place the
    tagger typed PERSON ("Aoraki Mount Cook") is none. Built once per story."""
    keys = set()
    for name in actor_names:
        if PLACE_WORD.search(name):
            continue
        parts = [p.casefold() for p in name.split() if len(p) > 2 and p[0].isupper()]
        if parts:
            keys.add(parts[-1])
    return frozenset(keys)


def event_facts(
    text: str, actor_names: Iterable[str] = (), surnames: frozenset[str] | None = None
) -> EventFacts:
    """A sentence's event kinds, actors (the persons of ``actor_names`` it names by surname,
    case-folded; not one who only reports it, "Gaskin said"), counts, weekdays and new-kind flag.
    ``surnames`` (:func:`surname_keys` of the names, made once per story) saves rebuilding them
    for each sentence."""
    words = {w.casefold() for w in re.findall(r"[A-Z][\w'’-]+", text)}
    for m in _SPEAKER.finditer(text):
        words.discard((m.group(1) or m.group(2)).casefold())
    keys = surname_keys(actor_names) if surnames is None else surnames
    return EventFacts(
        kinds=_kinds(text),
        actors=frozenset(keys & words),
        counts=_counts(text),
        weekdays=frozenset(m.group(1).casefold() for m in _WEEKDAY.finditer(text)),
        new_kind=bool(_NEW_KIND.search(text)),
        circumstance=bool(_CIRCUMSTANCE.search(text)),
    )


def _two_events(a: EventFacts, b: EventFacts) -> bool:
    """Different persons, or different days without a shared person, for the same kind of
    event: two events (two climbers who fell on two days). A sentence naming a person after
    one that named nobody may retell it; outlets differ on ages, so an age tells nothing."""
    if a.actors and b.actors:
        return not a.actors & b.actors
    return bool(a.weekdays and b.weekdays and not a.weekdays & b.weekdays)


def retells(candidate: EventFacts, chosen: Sequence[EventFacts]) -> bool:
    """Whether ``candidate`` adds no fact to the chosen sentences: each of its event kinds is
    told by a chosen sentence of the same event (no other persons; no other day
    without a shared person), it gives no
    count they do not, and opens no new kind of fact (a cause, a reaction, a denial). A
    sentence without a known event kind is never a retelling here, unless it only tells what
    someone was doing when a harm the summary tells happened to them (a circumstance)."""
    if candidate.new_kind or not chosen:
        return False
    if not candidate.kinds:
        return candidate.circumstance and _circumstance_of_told_harm(candidate, chosen)
    same = [c for c in chosen if c.kinds & candidate.kinds and not _two_events(candidate, c)]
    if not same:
        return False
    told = frozenset().union(*(c.kinds for c in same))
    if not candidate.kinds <= told:
        return False
    return candidate.counts <= frozenset().union(*(c.counts for c in chosen))


def _circumstance_of_told_harm(candidate: EventFacts, chosen: Sequence[EventFacts]) -> bool:
    """A sentence telling only what someone was doing ("was walking in a crosswalk") adds a
    detail to a harm the summary has told, when it names no other person and gives no new
    count."""
    harms = [c for c in chosen if c.kinds & _HARM and not _two_events(candidate, c)]
    if not harms:
        return False
    return candidate.counts <= frozenset().union(*(c.counts for c in chosen))
