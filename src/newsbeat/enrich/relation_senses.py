"""Senses of a trigger word that are no act of the source on the target.

Read on unread election news (PolNeAR train articles, branch ``relpol``); each is a sense of a
word in news, not of one sentence:

* **A speech to an audience.** "Speaking to the Republican Jewish Coalition", "Yellen speaks to
  the Economic Club": a person speaking to an organisation addresses its members; it is a
  speech (saying: no relation), not a meeting of the two.
* **Encouraging someone to act.** "has encouraged the State Department to release her email":
  a request of an act, not support of the one asked.
* **Doubting words.** "questioned Santilli's statements": to question what someone said is to
  doubt it, not to demand something of them (the lexicon's DEMAND is "questioned the
  suspect").
* **Questions put to a person.** "Republicans also questioned Morrison about his closed-door
  testimony", "police questioned the driver": a hearing's or an inquiry's questions ask a
  person for answers; the lexicon's DEMAND (CAMEO's "question") is no demand of an act of
  them (reader18). Questioning a state or an organisation is left to the lexicon.
* **Remembering.** "recalled Grayson giving her the same line": recalling someone doing
  something is a memory, not recalling an envoy.
  And recalling anyone but an envoy is remembering them ("recalled numerous telephone calls
  with Trump", "recalled Leonard Hill's widow, Anita, as a great woman"): a state recalls
  its ambassador, envoy or diplomat (the lexicon's SANCTION), and that stays.
* **A state won at the polls.** "Obama captured Florida by about 74,000 votes": taking a state
  (no country) with a word of voting in the sentence is winning its vote, not seizing it.
* **A trip to a place.** "Jacob Shiansky, who was visiting Manhattan": a person or an
  organisation visiting or touring a city or a state (a place that is no country) travels;
  no actor is met there (the guidelines' actors are persons, organisations, countries and
  named groups). A visit to a country is a state visit and stays, and so does an envoy sent
  to a place ("sent envoy X to Kaldria").
* **A destination.** "Obama ordered nearly 300 of them to Cameroon", "ordered troops to
  Kaldria": the place people are ordered to is where they go; the order is addressed to
  them. A demand sent to a state ("submitted its demands to Kaldria") stays.
* **Naming.** "called the Kaldria Court ruling a landmark decision", "called Merkel “the
  Chancellor of the Free World”": "call" with its object followed by what the object is called
  (a noun phrase, an adjective, a quotation) names or describes; it is no telephone call
  (CONSULT). A naming that praises or blames is typed so by the lexicon already.
* **People sent to look into something.** "sent two inspectors to Kittby", "would send
  investigators to the plant": inspectors, investigators, auditors and observers sent somewhere
  inquire there; that is no aid and no pledge of it (a reader of the demo saw "X AGREE Kittby").
* **Words handed over.** "delivered a blunt message to Trump", "gave a speech to the
  council", "sent a letter to X": giving words is saying something to someone, not aid
  (AID is material help, money, arms, a service).
* **A person's act on a town, a county or a US state** (relprec3, counted over every relation
  read so far: 0 right of 16): "Ted Cruz has captured Texas and Oklahoma" (an election night's
  states), "was making early trips to Iowa", "the studio once patrolled by Mr. Mannix" in
  Culver City. A city, a county or a US state is a place, not one of the guidelines' actors; a
  person acts there or wins its vote, and acts on its people or its officials only when they
  are named. A capital stands for its country's government ("signed a pledge with
  Washington") and stays, as do a country and a place written as its government ("sued the
  state of Texas", "the city of Tulsa"). A name of a country and of a US state ("Georgia") is
  the state when the article names another place that is only a US state ("has captured
  Georgia, Alabama and Ohio"); with no US state named it stays the country.
* **Rallying people.** "rallies Democrats for Clinton", "suggested rallying NATO and Middle
  Eastern allies": to rally someone is to gather them behind a cause, not to demonstrate
  against them (the lexicon's PROTEST reads "rallied outside the embassy", "rallied against
  X", which stay).
* **An invitation to a post.** "asked Tomas Vark to serve as chairman", "invited her to join
  the board": asking someone to serve, join or chair something offers them a post; it is no
  demand of an act (fixleft22) unless a named person is asked: then it is the asker's demand
  of them (:mod:`~newsbeat.enrich.relation_posts`, rel34).
* **Starting something.** "did not kick off negotiations with X until March": to kick off talks
  is to start them, no blow and no blame (fixleft22: read as DISAPPROVE).
* **Citing.** "Frank cites the United Auto Workers' support for the Civil Rights Act": to cite
  someone's act is to say something about it (saying: no relation), not to do it; the
  lexicon types "cite" and "quote" only by the noun cited.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.actors import lookup_country
from newsbeat.enrich.event_core import invited_to_a_post
from newsbeat.enrich.names import place_kind, us_state_name
from newsbeat.enrich.relation_framing import actor_mentions
from newsbeat.enrich.relation_posts import post_offered
from newsbeat.enrich.relation_verbal import called_words

if TYPE_CHECKING:
    from newsbeat.enrich.actors import ArticleActors
    from newsbeat.enrich.relation_event import SentenceEvent

__all__ = ["other_sense"]

_SPEAKING = frozenset({"speak", "talk", "lecture"})
_ENCOURAGING = frozenset({"encourage", "inspire", "embolden"})
_REMEMBERING = frozenset({"recall", "remember", "recount", "recollect"})
_ENVOYS = frozenset(
    {"ambassador", "envoy", "diplomat", "consul", "emissary", "attache", "delegation"}
    | {"representative", "mission", "embassy", "ambassadors", "diplomats", "envoys"}
)
# Words of a vote count: "by 74,000 votes", "by five points".
_VOTE_WORDS = frozenset(
    {"vote", "votes", "voters", "ballots", "delegates", "points", "percent", "primary"}
    | {"caucus", "caucuses", "election", "electoral", "polls"}
)
_HOSTILE = frozenset({"COERCE", "FIGHT", "ASSAULT", "SEIZE"})
_CLAUSES = frozenset({"ccomp", "xcomp", "acl", "advcl"})
_CITING = frozenset({"cite", "quote"})
_VISITING = frozenset({"visit", "tour"})
_QUESTIONING = frozenset({"question", "challenge", "query"})
# Words, whoever hands them over: no aid.
_WORDS_GIVEN = frozenset(
    {"message", "letter", "speech", "remark", "address", "lecture", "statement", "warning"}
    | {"ultimatum", "note", "rebuke", "reply", "response", "answer", "speeches", "talk"}
)
# What follows the object of "call" when it is called something: "a liar", "reckless", "the
# best", a quotation.
_NAMING_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
_OPENING_QUOTES = frozenset({"“", '"', "‘", "'", "``"})
# What someone said or decided: questioning it doubts it.
_WORDS_SAID = frozenset(
    {"statement", "claim", "remark", "comment", "account", "assertion", "figure", "number"}
    | {"story", "version", "testimony", "word", "judgment", "judgement", "decision", "motive"}
    | {"credibility", "honesty", "competence", "logic", "wisdom", "math", "record", "data"}
)


def _speech(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    tok = ev.trigger
    if ev.type != "CONSULT" or tok.lemma_.lower() not in _SPEAKING:
        return False
    if actors.type_of(source) != "PERSON" or actors.type_of(target) != "ORG":
        return False
    return any(
        t.head.dep_ == "prep" and t.head.lower_ == "to" for t in actor_mentions(ev, target, actors)
    )


def _encouraged(ev: SentenceEvent) -> bool:
    tok = ev.trigger
    return (
        ev.type == "SUPPORT"
        and tok.lemma_.lower() in _ENCOURAGING
        and any(c.dep_ in {"xcomp", "ccomp"} for c in tok.children)
    )


def _remembered(ev: SentenceEvent, target: str, actors: ArticleActors) -> bool:
    tok = ev.trigger
    if tok.lemma_.lower() not in _REMEMBERING:
        return False
    if tok.lemma_.lower() == "recall" and not _envoy(ev, target, actors):
        return True  # "recalled X as a great woman": a memory; a state recalls its envoys
    gerunds = {c.i for c in tok.children if c.tag_ == "VBG" and c.dep_ in _CLAUSES}
    return any(
        (t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ in _CLAUSES)
        or any(c.tag_ in {"VBG", "VBN"} and c.dep_ == "acl" for c in t.children)
        or t.i + 1 in gerunds  # "recalled Grayson giving her …": the parser's advcl
        for t in actor_mentions(ev, target, actors)
    )


def _envoy(ev: SentenceEvent, target: str, actors: ArticleActors) -> bool:
    """Whether the target is written or known as an envoy ("recalled its ambassador, X")."""
    words = {w for role in actors.roles_of(target) for w in role.lower().split()}
    for t in actor_mentions(ev, target, actors):
        words |= {c.lemma_.lower() for c in (*t.children, t.head)}
    objects = [c for c in ev.trigger.children if c.dep_ == "dobj"]
    words |= {o.lemma_.lower() for o in objects}
    return bool(words & _ENVOYS)


def _state_won(ev: SentenceEvent, target: str, actors: ArticleActors) -> bool:
    if ev.type not in _HOSTILE or actors.type_of(target) != "GPE":
        return False
    country = lookup_country(target)
    if country is not None and country.name == target:
        return False  # "captured Kaldria": a country is seized, not won
    return any(t.lower_ in _VOTE_WORDS for t in ev.trigger.sent)


# Places that are not their own government: a capital stands for its country's.
_PLACES = frozenset({"city", "county", "state"})
# "the state of Texas", "the city of Tulsa": the place's government, a party to suits and deals.
_GOVERNED = frozenset({"state", "city", "county", "town", "village", "commonwealth"})


def _place_of_person(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    if actors.type_of(source) != "PERSON" or actors.type_of(target) not in {"GPE", "LOC"}:
        return False
    if place_kind(target) not in _PLACES and not _state_by_context(target, actors):
        return False
    return not any(
        t.head.lower_ == "of" and t.head.head.lemma_.lower() in _GOVERNED
        for t in actor_mentions(ev, target, actors)
    )


def _state_by_context(target: str, actors: ArticleActors) -> bool:
    """A name of a country and of a US state ("Georgia") is the state when the article names
    another place that is only a US state ("captured Georgia, Alabama and Ohio"): a US state is
    no country actor unless the text makes it one."""
    if place_kind(target) != "country" or not us_state_name(target):
        return False
    return any(
        name != target and info.type in {"GPE", "LOC"} and place_kind(name) == "state"
        for name, info in actors.actors.items()
    )


_RALLYING = frozenset({"rally", "mobilize", "mobilise", "galvanize", "galvanise"})


def _rallied(ev: SentenceEvent, target: str, actors: ArticleActors) -> bool:
    tok = ev.trigger
    if ev.type != "PROTEST" or tok.lemma_.lower() not in _RALLYING:
        return False
    objects = {c.i for c in tok.children if c.dep_ == "dobj"}
    objects |= {k.i for i in objects for k in tok.doc[i].conjuncts}
    return any(t.i in objects for t in actor_mentions(ev, target, actors))


# The people an order sends somewhere: "ordered troops to X", "ordered 300 of them to X".
_SENT_PEOPLE = frozenset(
    {"troop", "force", "soldier", "marine", "personnel", "unit", "officer", "agent", "police"}
    | {"guard", "adviser", "advisor", "team", "staff", "worker", "crew", "commando", "ship"}
    | {"they", "he", "she", "we", "you", "i"}
)


def _destination(ev: SentenceEvent, target: str, actors: ArticleActors) -> bool:
    tok = ev.trigger
    if ev.type != "DEMAND" or actors.type_of(target) not in {"GPE", "LOC"}:
        return False
    sent = [
        c
        for c in tok.children
        if c.dep_ == "dobj" and (c.lemma_.lower() in _SENT_PEOPLE or c.like_num)
    ]
    return bool(sent) and any(
        t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.i == tok.i
        for t in actor_mentions(ev, target, actors)
    )


def _trip(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    if ev.type != "CONSULT" or ev.trigger.lemma_.lower() not in _VISITING:
        return False  # "sent envoy X to Kaldria" consults Kaldria
    if actors.type_of(target) != "GPE" or actors.type_of(source) not in {"PERSON", "ORG"}:
        return False
    country = lookup_country(target)
    return country is None or country.name != target  # "visited Kaldria" is a state visit


def _doubted(ev: SentenceEvent) -> bool:
    tok = ev.trigger
    return (
        ev.type == "DEMAND"
        and tok.lemma_.lower() in _QUESTIONING
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _WORDS_SAID for c in tok.children)
    )


def _questioned_person(ev: SentenceEvent, target: str, actors: ArticleActors) -> bool:
    # "Republicans questioned Morrison about his testimony": questions put to a person (a
    # witness, a suspect) ask for answers, not for an act
    tok = ev.trigger
    return (
        ev.type == "DEMAND"
        and tok.lemma_.lower() in _QUESTIONING
        and actors.type_of(target) == "PERSON"
    )


def _named_as(ev: SentenceEvent, target: str, actors: ArticleActors) -> bool:
    tok = ev.trigger
    if ev.type != "CONSULT" or tok.lemma_.lower() != "call":
        return False
    if called_words(tok):
        return True  # "called X a landmark", "called the decision on Y a landmark judgment"
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    ends = [o.right_edge.i for o in objects] or [t.i for t in actor_mentions(ev, target, actors)]
    doc = tok.doc
    for end in ends:
        after = doc[end + 1] if end + 1 < len(doc) else None
        if after is None or after.i >= tok.sent.end:
            continue
        if after.pos_ in _NAMING_POS or after.text in _OPENING_QUOTES:
            return True
    return False


_INQUIRERS = frozenset({"inspector", "investigator", "auditor", "examiner", "observer"})
_SENDING = frozenset({"send", "dispatch", "deploy", "despatch"})


def _inquiry_sent(ev: SentenceEvent) -> bool:
    tok = ev.trigger
    if ev.type not in {"AID", "AGREE"} or tok.lemma_.lower() not in _SENDING:
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [k for c in objects for k in c.conjuncts]
    # "sent investigators and 200 troops": the troops are still sent
    return bool(objects) and all(c.lemma_.lower() in _INQUIRERS for c in objects)


def _words_given(ev: SentenceEvent) -> bool:
    tok = ev.trigger
    return ev.type == "AID" and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in _WORDS_GIVEN for c in tok.children
    )


def _cited(ev: SentenceEvent) -> bool:
    # The lexicon types "cite"/"quote" by the cited noun ("cites X's support": AGREE) for
    # PLOVER; whoever cites it is not its actor.
    return ev.trigger.lemma_.lower() in _CITING


def _kicked_off(ev: SentenceEvent) -> bool:
    tok = ev.trigger
    return tok.lemma_.lower() == "kick" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in tok.children
    )


def other_sense(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    """Whether the trigger is used in a sense that is no act of the source on the target (see
    the module docstring)."""
    if not target:
        return False
    return (
        _speech(ev, source, target, actors)
        or _encouraged(ev)
        or _remembered(ev, target, actors)
        or _state_won(ev, target, actors)
        or _trip(ev, source, target, actors)
        or _place_of_person(ev, source, target, actors)
        or _rallied(ev, target, actors)
        or _destination(ev, target, actors)
        or _cited(ev)
        or (ev.type == "DEMAND" and invited_to_a_post(ev.trigger) and not post_offered(ev, actors))
        or _kicked_off(ev)
        or _doubted(ev)
        or _questioned_person(ev, target, actors)
        or _named_as(ev, target, actors)
        or _words_given(ev)
        or _inquiry_sent(ev)
    )
