"""The high-precision core of relation extraction: when a found event may be shown.

:func:`~newsbeat.enrich.relations.sentence_events` reads every trigger of a sentence with
the actors the parse offers (PLOVER's benchmark scores that reading). What a reader is shown
is less: one source and one target of an event, and the event itself, must pass every
condition of :data:`CONDITIONS`, in order:

``named ends``
    both ends are named actors of type PERSON, ORG or GPE, or a named group ("Democrats");
    never a common noun, a number, a product, a nationality adjective alone or an outlet
    (:func:`~newsbeat.enrich.relation_rules.is_named_actor`, and no LOC that is no country);
``governed source`` / ``governed target``
    the trigger governs the end: its subject or agent, its object, a preposition the lexicon
    licenses for it (``target_preps``), or what such a phrase stands for (an agreement's
    parties, an official's state, the employer of a strike). Not the subject of a clause an
    assertion verb reports ("insisted Nixon had no knowledge"), not a name that only modifies
    another noun ("Clark's hot start", "Quinn's pass"), not an unlicensed preposition's object
    ("returned to UNC", "a message on Twitter"), not a phrase set in front of the clause ("At
    the party's convention, X scolded Y"), and no threat its source did not make (a forecast
    told by the writer or by another, a request on a condition:
    :mod:`~newsbeat.enrich.relation_forecasts`, read as a plan below);
``asserted``
    not a conditional, a question, a modal or a hypothetical (these never reach a relation);
    a condition's subject is a target only of a threat or an offer ("will respond if the two
    countries patrol");
``polarity``
    a negated act is a refusal only when the verb's meaning says so (``negated_types``: "did
    not accept") or it is a refusal of will ("would not meet", "refused to sign"); "did not
    sign", "failed to sign" are no relation;
``stated, not wished``
    an intention that is only a wish or a plan ("wants to sign a deal with X", "plans to meet
    X") is no relation; a commitment ("will lend", "pledged to", "offered to") is (AGREE);
``stated, not planned``
    an act announced for later ("will meet X", "is going to sign", "is scheduled to visit",
    "said he would support X") is a plan, no relation yet; a threat, a refusal of will and an
    offer on a condition are made when said (:mod:`~newsbeat.enrich.relation_plans`);
``not advice``
    advising ("advised X to", "who advises X") is no demand, whatever PLOVER codes it;
``an event's actor named in its clause``
    an event (no target) stands on its actor alone: a "he"/"she" resolved to the person named
    before gives a relation ("When X was assigned, he pressed Y"), never an event;
``an event's actor does its act``
    an event's actor is the subject of its trigger, or of the verb a subjectless trigger
    hangs from, and not its owner ("disputing ..., Varga's lawyers said") nor a name in
    another phrase ("..., blaming Bloomberg"; :mod:`~newsbeat.enrich.event_agent`);
``not a contest's result`` … ``not stopping one's own``
    what the sentence frames as no act of one actor on another: a defeat at the polls, people
    counted or a poll's share, a storm's name, an event's or a building's name, a state's
    voters, a joint act's purpose, another's conjecture, a candidate suspending their own
    campaign (:mod:`~newsbeat.enrich.relation_framing`);
``an assault has an attacker``
    no accident ("shot his father in a hunting accident") and no injury to one's own body
    ("injured his left knee", "shot himself"; :mod:`~newsbeat.enrich.relation_harm`);
``a name at each end``
    neither end is a span no one would call a name: a common word glued to another person's
    surname ("Top Clinton", "Trump's Bigotry"), a common noun found as a one-word name ("the
    group" as "Group"), an organisation's site in a peaceful act ("returned to the CIA base")
    or a state's nationals ("one Syrian refugee"; :mod:`~newsbeat.enrich.relation_names`);
``stated as done by the source``
    the trigger's clause is no ability or obligation ("can challenge X", "should ask X"), no
    possibility ("little chance of X being prosecuted"), no "until" clause, no noun's
    purpose ("a rally to protest X"), no claim's content ("the claim that X opposed Y"), no
    act denied by "no" ("give no support to X"), no infinitive that is another's deed
    ("get the delegation to pressure X"), no likelihood or judgment ("is likely to endorse
    X", "it was premature to back X") and no "for X to" wish
    (:mod:`~newsbeat.enrich.relation_clauses`);
``the act's own sense``
    the trigger is no speech to an audience ("speaking to the Jewish Coalition"), no request
    ("encouraged X to release"), no memory ("recalled X giving"), no state won at the polls
    ("captured Florida by 74,000 votes"), no trip to a city or a state ("was visiting
    Manhattan"), no citing ("cites the union's support"), no doubt ("questioned X's
    statements"), no naming ("called the ruling a landmark") and no words handed over as aid
    ("delivered a blunt message to X"; :mod:`~newsbeat.enrich.relation_senses`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbeat.enrich import relation_framing as framing
from newsbeat.enrich.actors import lookup_country
from newsbeat.enrich.event_agent import actor_is_agent
from newsbeat.enrich.relation_clauses import not_stated_as_done
from newsbeat.enrich.relation_event import SentenceEvent
from newsbeat.enrich.relation_harm import harm_without_attack
from newsbeat.enrich.relation_names import not_a_name
from newsbeat.enrich.relation_plans import ADVICE_VERBS
from newsbeat.enrich.relation_rules import is_named_actor
from newsbeat.enrich.relation_senses import other_sense

if TYPE_CHECKING:
    from newsbeat.enrich.actors import ArticleActors

__all__ = ["CONDITIONS", "CONDITION_REASON", "failed_condition", "named_end"]

# The reason a condition's subject is a target: only threats and offers are aimed at it.
CONDITION_REASON = "the subject of a condition"
_AIMED_AT_CONDITION = frozenset({"THREATEN", "AGREE"})
_END_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def named_end(name: str, actors: ArticleActors) -> bool:
    """A person, organisation, country or place, or a named group (see the module docstring)."""
    if not is_named_actor(name, actors):
        return False
    info = actors.actors.get(name)
    if info is None or info.type in _END_TYPES:
        return True  # not in the table: a state its official acts for, or "the union"
    country = lookup_country(name)
    return country is not None and country.name == name  # a LOC that is a country


def _named_ends(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    return named_end(source, actors) and (not target or named_end(target, actors))


def _governed_source(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    return source not in ev.loose


def _governed_target(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    why = ev.loose.get(target) if target else None
    return why is None or (why == CONDITION_REASON and ev.type in _AIMED_AT_CONDITION)


def _asserted(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    return not ev.hypothetical


def _polarity(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    return not ev.bare_negation


def _event_named(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    return bool(target) or not ev.by_pronoun


def _event_agent(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    if target:
        return True
    return actor_is_agent(ev.trigger, framing.actor_mentions(ev, source, actors))


def _not_wished(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    return not ev.wish or ev.negated


def _not_planned(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    return not ev.plan


def _not_advice(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    return not (ev.type == "DEMAND" and ev.trigger.lemma_.lower() in ADVICE_VERBS)


Condition = Callable[[SentenceEvent, str, str, "ArticleActors"], bool]


def _unless(framed: Condition) -> Condition:
    """The condition that the event is not framed so (:mod:`~newsbeat.enrich.relation_framing`)."""

    def holds(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
        return not framed(ev, source, target, actors)

    return holds


CONDITIONS: tuple[tuple[str, Condition], ...] = (
    ("named ends", _named_ends),
    ("governed source", _governed_source),
    ("governed target", _governed_target),
    ("asserted", _asserted),
    ("polarity", _polarity),
    ("stated, not wished", _not_wished),
    ("stated, not planned", _not_planned),
    ("not advice", _not_advice),
    ("an event's actor named in its clause", _event_named),
    ("an event's actor does its act", _event_agent),
    ("not a contest's result", _unless(framing.contest_result)),
    ("not people counted", _unless(framing.counted_people)),
    ("not a storm", _unless(framing.storm_named)),
    ("not an event or a building", _unless(framing.event_or_place_name)),
    ("not a state's voters", _unless(framing.electorate)),
    ("not a joint act's purpose", _unless(framing.joint_purpose)),
    ("not another's conjecture", _unless(framing.conjectured)),
    ("not stopping one's own", _unless(framing.own_suspension)),
    ("an assault has an attacker", _unless(harm_without_attack)),
    ("a name at each end", _unless(not_a_name)),
    ("stated as done by the source", _unless(not_stated_as_done)),
    ("the act's own sense", _unless(other_sense)),
)


def failed_condition(
    ev: SentenceEvent, source: str, target: str, actors: ArticleActors
) -> str | None:
    """The name of the first core condition a relation (or, with ``target`` empty, an event)
    fails, None when it may be shown.

    Args:
        ev: the event its sentence states (type, modality, how each actor was found).
        source: one of its sources.
        target: one of its targets, or ``""`` for an event of the source alone.
        actors: the article's actors.
    """
    for name, holds in CONDITIONS:
        if not holds(ev, source, target, actors):
            return name
    return None
