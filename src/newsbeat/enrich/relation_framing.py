"""Events a sentence frames as something other than one actor acting on another.

Read on unread election news (PolNeAR train articles, branch ``relsense``); each is a fact of
English or of news reporting, not of one sentence:

* **A contest's result.** "She overwhelmed Sanders in Manhattan", "dealt a severe blow to
  Sanders with a strong win in the primary": candidates beat each other at the polls (the
  guidelines: an election contest, optional, like a game's result). A verb of defeat between
  two people in a sentence or an article about an election states no attack.
* **People counted.** "received support from six in 10 Democrats", "helped 18,000 Virginians",
  "Democrats favored Clinton, 72 percent to 8 percent", "has backing from 33 percent": a
  number or a share of a group's members is a poll's tally or a crowd, not the group acting.
* **A storm's name.** "superstorm Sandy ravaged New Jersey": a storm is named like a person
  and acts on nobody.
* **An event's or a building's name.** "the Mexican War, which most Whigs opposed", "visited
  the National Law Enforcement Officers Memorial": a name of two words or more ending in "War",
  "Cup", ... is something that happens, never an actor; one ending in "Memorial", "Museum",
  ... is a place when it is acted on (as a source it may be the institution).
* **A state's voters.** "Indiana, Michigan, Ohio and Pennsylvania all supported Bush" in an
  article about an election: a state (not a country) backing a candidate is how its voters
  voted, not the state acting.
* **A joint act's purpose.** "Cruz and Rubio teamed up to take on Trump": the partners of a
  joint act are its subjects; whom they meant to take on is no partner.
* **Suspending one's own.** "Rubio suspended his campaign": a candidate who stops their own
  campaign, tour or schedule sanctions nobody.
* **Someone else's conjecture.** "Trump suggested that Cuba would sue the U.S.": a "would" or
  "will" reported by another as a guess, a fear or an expectation is no act of its subject.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from newsbeat.enrich.actors import lookup_country
from newsbeat.enrich.doc_arrays import doc_arrays, texts, token_offsets, word_ids

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsbeat.enrich.actors import ArticleActors
    from newsbeat.enrich.relation_event import SentenceEvent

__all__ = [
    "actor_mentions",
    "conjectured",
    "contest_result",
    "counted_people",
    "electorate",
    "event_or_place_name",
    "joint_purpose",
    "own_suspension",
    "storm_named",
]

# Verbs of defeat: said of candidates, a result at the polls. "beat" and "crush" are also
# blows between people ("beat a prisoner"), so they need an election word in the sentence.
_DEFEAT = frozenset(
    {"defeat", "overwhelm", "topple", "trounce", "rout", "edge", "unseat", "oust", "best"}
    | {"outpoll", "outvote", "outdistance", "thrash", "clobber", "wallop", "beat", "crush"}
)
_ALSO_BLOWS = frozenset({"beat", "crush"})
# "dealt a blow to X": a defeat told as a blow.
_DEFEAT_NOUNS = frozenset({"blow", "defeat", "setback", "loss", "drubbing"})
# Words of an election: in an article, the nouns only ("race" and "vote" are also a car
# race and a vote of a board).
_ELECTION_NOUNS = frozenset(
    {"primary", "primaries", "caucus", "caucuses", "election", "elections", "electoral"}
    | {"nomination", "nominee", "ballot", "ballots", "delegates", "runoff", "electorate"}
)
_ELECTION_WORDS = _ELECTION_NOUNS | {"race", "vote", "votes", "voters", "polls"}
_HOSTILE = frozenset({"FIGHT", "ASSAULT", "DISAPPROVE", "COERCE", "SANCTION", "THREATEN"})
# Names of weather systems: the storm is named, not an actor.
_WEATHER = frozenset(
    {"hurricane", "superstorm", "storm", "typhoon", "cyclone", "tornado", "blizzard"}
)
# Last words of the names of events ("the Mexican War", "the Davis Cup") and of buildings
# ("the Harbour Memorial"); a one-word name may be a company ("Summit"), and a building's name
# may also be its institution's as a source ("the Holocaust Memorial Museum issued a report").
_EVENT_LAST_WORDS = frozenset(
    {"war", "wars", "revolution", "crisis", "summit", "championship", "championships"}
    | {"olympics", "games", "cup", "festival", "tournament", "marathon"}
)
_PLACE_LAST_WORDS = frozenset(
    {"memorial", "museum", "cemetery", "monument", "cathedral", "mosque", "synagogue"}
    | {"temple", "stadium", "arena"}
)
# Stances a state's voters take at the polls.
_VOTES = frozenset({"SUPPORT", "REJECT"})
_STANCES = frozenset({"SUPPORT", "DISAPPROVE", "REJECT", "AID", "COOPERATE", "AGREE"})
# Joint acts: those who do it together are the partners ("teamed up", "joined forces").
_JOINT = frozenset({"team", "unite", "band", "gang", "ally", "partner", "collaborate"})
_JOINT_OBJECTS = frozenset({"force", "hand"})
_COOPERATIVE = frozenset({"COOPERATE", "AGREE", "SUPPORT", "AID"})
# Verbs whose reported "would" is the teller's guess about someone else.
_CONJECTURE = frozenset(
    {"suggest", "speculate", "predict", "guess", "fear", "expect", "imagine", "hint"}
    | {"insinuate", "theorize", "theorise", "bet", "forecast", "worry", "suspect", "wonder"}
)
_FUTURE = frozenset({"would", "will", "'d", "'ll"})
_STOPPING = frozenset({"suspend", "end", "halt", "stop", "abandon", "drop", "quit"})
_OWN = frozenset({"his", "her", "its", "their", "my", "our"})
# What a candidate stops of their own; "suspended its aid to X" is a sanction and stays.
_PURSUITS = frozenset({"campaign", "bid", "candidacy", "run", "tour", "schedule"})


def actor_mentions(ev: SentenceEvent, name: str, actors: ArticleActors) -> Iterator[Token]:
    """The tokens of the trigger's sentence that are mentions of the actor ``name``."""
    spans = [(m.start, m.end) for m in actors.mentions if m.actor == name]
    if not spans:
        return
    sent = ev.trigger.sent
    doc = sent.doc
    offsets, words = token_offsets(doc), texts(doc)
    for k in range(sent.start, sent.end):
        start, end = offsets[k], offsets[k] + len(words[k])
        # only a word one of the name's mentions covers can be one (the first mention over
        # it decides, as everywhere): no token object and no scan of every mention for the rest
        if any(a < end and start < b for a, b in spans):
            mention = actors.actor_at(start, end)
            if mention is not None and mention.actor == name:
                yield doc[k]


def _election_article(doc: Doc) -> bool:
    """Whether the article is about an election: two words of one in it ("primary",
    "delegates", "nomination", ...)."""
    nouns = word_ids(_ELECTION_NOUNS)  # the words' ids: no token object per token
    return sum(low in nouns for low in doc_arrays(doc).lower) >= 2


def contest_result(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    """Whether a hostile event between two people is a defeat at the polls: a verb of defeat
    ("overwhelmed Sanders", "dealt a blow to Sanders") with a word of an election in its
    sentence or, for a verb that is no blow ("overwhelm", "defeat", "topple"), in its article.
    A boxer's "defeated X in six rounds" in a report with no election stays a fight."""
    if not target or ev.type not in _HOSTILE:
        return False
    if not all(actors.type_of(n) == "PERSON" for n in (source, target)):
        return False
    trigger = ev.trigger
    lemma = trigger.lemma_.lower()
    blow = lemma == "deal" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _DEFEAT_NOUNS for c in trigger.children
    )
    if lemma not in _DEFEAT and not blow:
        return False
    if any(t.lower_ in _ELECTION_WORDS for t in trigger.sent):
        return True
    return lemma not in _ALSO_BLOWS and not blow and _election_article(trigger.doc)


def _counted(tok: Token) -> bool:
    """A name with a number or a share of it ("six in 10 Democrats", "18,000 Virginians",
    "72 percent of Democrats")."""
    if any(c.dep_ in {"nummod", "quantmod"} and c.like_num for c in tok.children):
        return True
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "of"
        and (prep.head.ent_type_ == "PERCENT" or prep.head.lower_ in {"percent", "%"})
    )


# Nouns of backing a poll measures in shares.
_BACKING = frozenset({"support", "backing", "approval", "vote", "votes"})


def _share(tok: Token) -> bool:
    """A share hangs from the token: "favored Clinton, 72 percent to 8 percent"."""
    return any(c.ent_type_ == "PERCENT" and c.dep_ in {"npadvmod", "appos"} for c in tok.children)


def _share_from(tok: Token) -> bool:
    """Support "from 33 percent" (of voters): a poll's share, whoever it is of."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(o.dep_ == "pobj" and o.ent_type_ == "PERCENT" for o in c.children)
        for c in (*tok.children, *(o for o in tok.children if o.dep_ == "dobj"))
    )


def _share_of_backing(tok: Token) -> bool:
    """The trigger's object is a share of backing: "receiving 20 percent support from Latino
    voters", "won 35 percent backing among Democrats" (a poll's figure, whoever it is of)."""
    return any(
        o.dep_ == "dobj"
        and o.lemma_.lower() in _BACKING
        and any(c.ent_type_ == "PERCENT" or c.lower_ in {"percent", "%"} for c in o.subtree)
        for o in tok.children
    )


def counted_people(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    """Whether an end is a named group (a plural: "Democrats", "Virginians") that the sentence
    counts or a poll's share measures, or the stance is "from 33 percent" or a share of
    backing ("received 20 percent support from Latino voters"): a tally, not the group acting
    ("Mr. Sanders has backing from 33 percent": a poll, no event)."""
    if ev.type in _STANCES and _share_from(ev.trigger):
        return True
    if ev.type in _STANCES | {"AID"} and _share_of_backing(ev.trigger):
        return True
    groups = [n for n in (source, target) if n and actors.type_of(n) == "NORP"]
    if not groups:
        return False
    if any(_counted(t) for n in groups for t in actor_mentions(ev, n, actors)):
        return True
    if ev.type not in _STANCES:
        return False
    ends = [t for n in (source, target) if n for t in actor_mentions(ev, n, actors)]
    return _share(ev.trigger) or any(_share(t) for t in ends)


def storm_named(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    """Whether an end is a storm's name ("superstorm Sandy", "Hurricane Katrina")."""
    for name in (source, target):
        if not name:
            continue
        if name.split()[0].lower() in _WEATHER:
            return True
        for tok in actor_mentions(ev, name, actors):
            before = tok.doc[tok.i - 1] if tok.i > 0 else None
            if before is not None and before.lemma_.lower() in _WEATHER:
                return True
            if any(c.dep_ == "compound" and c.lemma_.lower() in _WEATHER for c in tok.children):
                return True
    return False


def event_or_place_name(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    """Whether an end is the name of an event ("Mexican War", "Davis Cup"), or the target the
    name of a building ("visited the National Law Enforcement Officers Memorial")."""

    def last(name: str) -> str | None:
        words = name.split()
        return words[-1].lower() if len(words) > 1 else None

    return last(source) in _EVENT_LAST_WORDS or (
        bool(target) and last(target) in _EVENT_LAST_WORDS | _PLACE_LAST_WORDS
    )


def electorate(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    """Whether a state (a place that is no country) backs or rejects a person in an article
    about an election: its voters' vote ("Ohio supported Bush in 1988")."""
    if not target or ev.type not in _VOTES:
        return False
    if actors.type_of(source) != "GPE" or actors.type_of(target) != "PERSON":
        return False
    country = lookup_country(source)
    if country is not None and country.name == source:
        return False  # "France supported Ouattara": a state's act
    return _election_article(ev.trigger.doc)


def _purpose_of(tok: Token, trigger: Token) -> bool:
    """Whether ``tok`` lies inside a "to …" complement of the trigger."""
    node = tok
    while node.i != node.head.i:
        if node.head.i == trigger.i:
            return node.dep_ in {"xcomp", "advcl"} and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in node.children
            )
        node = node.head
    return False


def joint_purpose(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    """Whether a joint act's target is the object of its purpose: "A and B teamed up to take
    on C" (C is no partner of A or B), "joined forces to defeat C"."""
    if not target or ev.type not in _COOPERATIVE:
        return False
    trigger = ev.trigger
    lemma = trigger.lemma_.lower()
    joint = lemma in _JOINT or (
        lemma == "join"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _JOINT_OBJECTS for c in trigger.children)
    )
    if not joint:
        return False
    return any(_purpose_of(t, trigger) for t in actor_mentions(ev, target, actors))


def conjectured(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    """Whether the event is a "would"/"will" in words another person guesses, fears or expects
    ("Trump suggested that Cuba would sue the U.S."); the subject's own ("Cuba suggested it
    would sue") stays."""
    node = ev.trigger
    if not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in node.children):
        return False
    for _ in range(3):
        if node.head.i == node.i or node.dep_ not in {"ccomp", "xcomp", "conj"}:
            return False
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in _CONJECTURE:
            teller = [c for c in node.head.children if c.dep_ == "nsubj"]
            teller_names = {
                m.actor
                for c in teller
                for m in [actors.actor_at(c.idx, c.idx + len(c.text))]
                if m is not None
            }
            return bool(teller) and source not in teller_names and teller[0].pos_ != "PRON"
        node = node.head
    return False


def own_suspension(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    """Whether a sanction is its actor stopping something of their own ("suspended his
    campaign", "ended her tour"): no one is sanctioned."""
    if ev.type != "SANCTION" or target:
        return False
    trigger = ev.trigger
    if trigger.lemma_.lower() not in _STOPPING:
        return False
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in _PURSUITS
        and any(p.dep_ == "poss" and p.lower_ in _OWN for p in c.children)
        for c in trigger.children
    )
