"""Whether a summary sentence tells an event the summary has told already (a retelling).

Outlets retell a story's main fact in their own words and add a detail: the hour, the place,
a name ("Dalby was crossing at the lights when she was hit around 9 p.m." after "Korr hit and
killed Mona Dalby outside the Stenvik mall"). Word overlap cannot tell such a sentence from a
new fact about the same people (sumfix2's finding: retold and distinct pairs share as many
words). What it can tell is the *kind* of event: a sentence is reduced to its event kinds (a
death, an attack, an arrest, a charge, a robbery ... from ``data/summary_event_kinds.json``,
whose words come from the synonym sets of the CAMEO event coder's verb dictionary, so "raided",
"stormed" and "assaulted" are one kind, plus our own nouns and non-political kinds; a
verb of many senses tells a kind with its object: "fired head coach X" a dismissal, "stopped X
in the seventh round" a stoppage; a word inside a longer phrase of another kind is that
kind's only: "injured reserve" is a roster move, not an injury), its
actors (the persons and organisations it names) and its counts. It adds nothing when every
event kind it tells is told already, it names no actor the summary has not, it gives no new
count, and it opens no new kind of fact: a cause ("because", "blamed on"), a reaction (a
quote, unless it tells two or more told kinds and so narrates the event again, summ38; a
tribute), a denial ("not", "denied") or context (an earlier event, "the latest in a
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

__all__ = ["EventFacts", "earlier_step", "event_facts", "retells", "surname_keys"]


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
def _object_patterns() -> dict[str, re.Pattern[str]]:
    """Kinds told by a verb with its object, as the dictionary's patterns read: a signing
    ("concluded a pact": ``verb * &TREATY``; the noun alone, "under the treaty", tells none),
    a dismissal or an appointment to a post ("fired head coach X", "named interim coach"), a
    fight stopped ("stopped X in the seventh round"). The object follows the verb within six
    words or, where the table allows it (``before``), comes first with at most that many
    words between ("the coach was fired"); a verb followed by a word of ``unless_next`` tells
    none ("shots were fired at the coach"), nor one right after a word of ``unless_after``
    ("who had been fired from his job", "until it can put out an update")."""
    out = {}
    for kind, table in _lexicon()["with_object"].items():
        verbs, objects = _alternation(table["verbs"]), _alternation(table["objects"])
        if table["unless_next"]:  # "fired at the coach": aimed, not dismissed
            verbs = rf"(?:{verbs})(?!\W+(?:{_alternation(table['unless_next'])})\b)"
        if table["unless_after"]:  # "who had been fired from his job": a person's past
            behind = "".join(rf"(?<!\b{re.escape(w)}[\s-])" for w in table["unless_after"])
            verbs = rf"{behind}(?:{verbs})"
        forms = [rf"\b(?:{verbs})\b(?:\W+\w+){{0,5}}?\W+(?:{objects})\b"]
        if table.get("person"):  # "fired Ansel Drobny": a name right after the verb
            forms.append(rf"\b(?:{verbs})\s+{_PERSON_OBJECT}")
        if table["before"]:
            forms.append(rf"\b(?:{objects})\b(?:\W+\w+){{0,{table['before']}}}?\W+(?:{verbs})\b")
        out[kind] = re.compile("|".join(forms), re.I)
    return out


# A person's name as a verb's object: one to three capitalised words ("Drobny", "Jim O'Brien"),
# taken whole, not followed by a weapon or an aim ("fired Katyusha rockets", "fired Tasers at
# him" are no dismissal). The rest of the pattern ignores case; the capitals here do not.
_PERSON_OBJECT = (
    r"(?>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})"
    r"(?!\s+(?:at|into|rockets?|missiles?|shells?|rounds?|shots?|bullets?|grenades?|"
    r"mortars?)\b)"
)
# "decided to fire", "agreed to pay", "voted to suspend": a decision over an act tells the act;
# the inner verb is read as done ("fired"), with the kind it tells.
_DECISION = re.compile(
    r"\b(?:decided|decides|agreed|agrees|voted|votes|chose|chooses|opted|opts|resolved|"
    r"elected)\s+to\s+([a-z]+)\b"
)
_IRREGULAR_PAST = {"pay": "paid", "shoot": "shot", "send": "sent", "sell": "sold"} | {
    "hold": "held",
    "take": "took",
    "quit": "quit",
    "let": "let",
}
# "Williams'", "Jones's", "Vell’s": a possessive names its person.
_POSSESSIVE = re.compile(r"['’]s?$")
# A new kind of fact: a cause (also what a protest is against), a reaction (a quote, a
# tribute), a denial, an earlier event; "earlier this week", "earlier on Tuesday" only dates
# the story's own news, and "in the previous round" a moment of the told contest.
_NEW_KIND = re.compile(
    r"\b(?:because|due to|blamed|caused by|as a result|the reason|"
    r"previous(?!\s+(?:round|inning|period|half|quarter|set|lap)\b)|prior|"
    r"earlier(?!\s+(?:this\s+(?:week|morning|afternoon|evening)|today|tonight|in\s+the\s+day|"
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b)|"
    r"latest|spate|string of|series of|tributes?|praised?|mourn(?:s|ed|ing)?|welcomed?|"
    r"criticis(?:e|ed)|criticiz(?:e|ed)|not|never|in protest (?:at|against|over|of)|"
    r"den(?:y|ies|ied))\b|n't\b",
    re.IGNORECASE,
)
# Quote marks: someone's words, a reaction unless they only narrate the told event again.
_QUOTE_MARK = re.compile(r"[\"“”]")
# A quote narrates its event when it tells at least this many event kinds ("came in, shot and
# killed another man"): a reaction names the event once at most ("a tragic death").
_NARRATING_KINDS = 2
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
# ", who had previous convictions," / ", who was already convicted of mob crimes,": a clause
# between commas on who a person is tells the person's past, not the sentence's event (its
# kinds, counts, days and new-fact words are left out; its names stay).
_PERSON_ASIDE = re.compile(r",\s+(?:who|whose)\s[^,;:]*,")
# "police said Saturday", "told reporters on Monday": the day a fact was reported, not the day
# of its event.
_REPORTED_ON = re.compile(
    r"\b(?:said|says|told|tells|announced|reported|confirmed|added)(?:\s+(?!on\b)[a-z]+){0,2}"
    r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
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
    # someone's words in quote marks (a reaction, unless they narrate a told event again)
    quoted: bool = False


@lru_cache(maxsize=1)
def _event_verbs() -> frozenset[str]:
    """Every one-word form of the lexicon that tells a kind, alone or with its object."""
    data = _lexicon()
    forms = {f for v in data["kinds"].values() for f in v["cameo"] + v.get("curated", [])}
    forms |= {f for table in data["with_object"].values() for f in table["verbs"]}
    return frozenset(f for f in forms if " " not in f)


def _past(verb: str) -> str | None:
    """The past form of a base verb when the lexicon knows it as telling a kind ("fire" ->
    "fired", "sack" -> "sacked", "pay" -> "paid"), else None."""
    forms = [_IRREGULAR_PAST.get(verb, ""), verb + "ed", verb + "d", verb + verb[-1] + "ed"]
    if verb.endswith("y"):
        forms.append(verb[:-1] + "ied")
    return next((f for f in forms if f and f in _event_verbs()), None)


def _acts_decided(text: str) -> str:
    """The sentence with each decided act read as done: "King decided to fire O'Brien" ->
    "King fired O'Brien" (the decision is how the act came about, the act is the event)."""
    return _DECISION.sub(lambda m: _past(m.group(1)) or m.group(0), text)


def _name_key(word: str) -> str:
    """A capitalised word as a surname key: case-folded, a possessive folded ("Williams'" ->
    "williams")."""
    return _POSSESSIVE.sub("", word).casefold()


def _kinds(text: str) -> frozenset[str]:
    text = _acts_decided(text)
    spans = {k: [m.span() for m in p.finditer(text)] for k, p in _kind_patterns().items()}
    found = {
        kind
        for kind, own in spans.items()
        if own and not all(_inside(span, kind, spans) for span in own)
    }
    found |= {k for k, p in _object_patterns().items() if p.search(text)}
    if "arraignment" in found:
        found.discard("charge")  # "arraigned on charges": the arraignment is the news
    return frozenset(found)


def _inside(span: tuple[int, int], kind: str, spans: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether a word of ``kind`` is part of a longer phrase of another kind: "injured" in
    "placed on injured reserve" (a roster move, not an injury), "death" in "faces the death
    penalty" (a sentence, not a death)."""
    start, end = span
    return any(
        s <= start and end <= e and (e - s) > (end - start)
        for other, own in spans.items()
        if other != kind
        for s, e in own
    )


# An aside in brackets: a record ("(52-3, 46 KOs)"), a conversion, a gloss.
_ASIDE = re.compile(r"\([^()]*\)")


def _counts(text: str) -> frozenset[str]:
    """The counts the sentence tells, not those of an aside in brackets (a career record is
    no new fact about the event)."""
    told = _ASIDE.sub(" ", text)
    return frozenset(number_value(m.group(1).casefold()) for m in _COUNT.finditer(told))


def surname_keys(actor_names: Iterable[str]) -> frozenset[str]:
    """One key per person: the case-folded surname ("Mona Dalby" -> "dalby"), from names of
    two words or more; a place the tagger typed PERSON ("Aoraki Mount Cook") is none, and so is
    a single word ("Pagliarelli", a prison; "Tony", a first name), which the tagger types
    PERSON as often wrongly as rightly. Built once per story."""
    keys = set()
    for name in actor_names:
        if PLACE_WORD.search(name) or len(name.split()) < 2:
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
    words = {_name_key(w) for w in re.findall(r"[A-Z][\w'’-]+", text)}
    for m in _SPEAKER.finditer(text):
        words.discard(_name_key(m.group(1) or m.group(2)))
    keys = surname_keys(actor_names) if surnames is None else surnames
    told = _PERSON_ASIDE.sub(",", text)  # what the sentence tells, not a person's past
    return EventFacts(
        kinds=_kinds(told),
        actors=frozenset(keys & words),
        counts=_counts(told),
        weekdays=frozenset(
            m.group(1).casefold() for m in _WEEKDAY.finditer(_REPORTED_ON.sub(" ", told))
        ),
        new_kind=bool(_NEW_KIND.search(told)),
        circumstance=bool(_CIRCUMSTANCE.search(told)),
        quoted=bool(_QUOTE_MARK.search(told)),
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
    if candidate.quoted and len(candidate.kinds) < _NARRATING_KINDS:
        return False  # a quote is a reaction unless it narrates the event again
    if not candidate.kinds:
        return candidate.circumstance and _circumstance_of_told_harm(candidate, chosen)
    same = [
        c
        for c in chosen
        if _with_parts(c.kinds) & candidate.kinds and not _two_events(candidate, c)
    ]
    if not same:
        return False
    told = _with_parts(frozenset().union(*(c.kinds for c in same)))
    if not candidate.kinds <= told:
        return False
    return candidate.counts <= frozenset().union(*(c.counts for c in chosen))


def earlier_step(candidate: EventFacts, lead: EventFacts) -> bool:
    """Whether ``candidate`` tells a step of a criminal case (arrest, charge, arraignment,
    verdict, sentence) and none as late as the step the lead tells, of the same persons:
    "Nichols was found guilty last month" under a lead on his sentencing, "Lopez was among
    three teens arrested" under one on his verdict. Such a sentence is the case's past."""
    steps: list[str] = _lexicon()["case_steps"]
    lead_steps = [steps.index(k) for k in lead.kinds if k in steps]
    own = [steps.index(k) for k in candidate.kinds if k in steps]
    if not lead_steps or not own or _two_events(candidate, lead):
        return False
    return max(own) < max(lead_steps)


def _with_parts(kinds: frozenset[str]) -> frozenset[str]:
    """Told kinds and the kinds that are part of them (a stoppage tells its knockdowns)."""
    parts = _lexicon()["part_of"]
    return kinds | {part for part, whole in parts.items() if whole in kinds}


def _circumstance_of_told_harm(candidate: EventFacts, chosen: Sequence[EventFacts]) -> bool:
    """A sentence telling only what someone was doing ("was walking in a crosswalk") adds a
    detail to a harm the summary has told, when it names no other person and gives no new
    count."""
    harms = [c for c in chosen if c.kinds & _HARM and not _two_events(candidate, c)]
    if not harms:
        return False
    return candidate.counts <= frozenset().union(*(c.counts for c in chosen))
