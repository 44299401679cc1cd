"""Stories of one running matter: those that share their central actors (issue 12, stories38).

A case told over years is several stories (an arrest, then a trial and its verdict 18 months
later): different events, rightly apart, but a reader following the beat wants to be told that
they belong together. Two stories are *related* here when they share a **central actor**:

- a person named with a full name ("Nadia Korvel": two capitalised words or more; a surname
  alone may be anyone's) or an organisation (not a place: NER may type a country or a town an
  organisation; not an outlet of the story's own articles);
- named in most of the story's analysed articles (more than half; a one-article story's actor
  must be named at least twice in it), its short forms counted as it
  (:func:`~newsbeat.actors.names.story_aliases`);
- no word of its name is a word of the beat's query or name (every story of the beat names
  the keyword: it is the beat, not a matter);
- central in at most :data:`MAX_STORIES` of the stories looked at (an actor central in more
  is the beat's standing subject, a head of state or a club, not one matter).

A story's **lead** actors are its central actors named in the most articles (ties all lead).
Two stories are related when they share one person who leads both (the accused of an arrest and
of the trial), or two central actors or more, one of them a person who leads one of the two
(the president whose rule the next one overturns). A head
of state or a minister who nominated, signed or approved is central in many unrelated stories
without leading them; one organisation (a city's police, a company, a club) is the setting of
two unrelated stories as often as it is their matter, so organisations alone never link. A
shared place or a shared keyword never links (their stories are not one matter).

This module reads enrichments only (no spaCy, no store): the report and the story views call
it with the stories they show (:mod:`newsbeat.report.build`, :mod:`newsbeat.serialize`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from newsbeat.actors.names import _full_name, main_type, story_aliases, story_kinds
from newsbeat.models import Enrichment

__all__ = [
    "MAX_STORIES",
    "Central",
    "StoryActors",
    "beat_words",
    "central_actors",
    "related_by_actors",
    "shared_link",
]

MAX_STORIES = 4
_KINDS = frozenset({"PERSON", "ORG"})
_WORD = re.compile(r"(?u)[^\W_]+")
# words of a beat's FTS query that are its syntax, not its subject
_QUERY_SYNTAX = frozenset({"or", "and", "not", "near"})


@dataclass(frozen=True, kw_only=True)
class Central:
    """A story's central actors (name -> its type, PERSON or ORG) and which of them lead it
    (named in the most articles)."""

    actors: Mapping[str, str]
    leads: frozenset[str]


@dataclass(frozen=True, kw_only=True)
class StoryActors:
    """One story's central actors and when it began (the earliest date of its articles, None
    when undated): what :func:`related_by_actors` compares."""

    story_id: str
    first_seen: str | None
    central: Central


def beat_words(names_and_queries: Iterable[str]) -> frozenset[str]:
    """The lower-case words of beats' names and queries, the query's operators left out: an
    actor whose name holds one of them is the beat's keyword, never a central actor."""
    return frozenset(
        w.casefold()
        for text in names_and_queries
        for w in _WORD.findall(text)
        if w.casefold() not in _QUERY_SYNTAX
    )


def central_actors(
    enrichments: Sequence[Enrichment],
    *,
    outlets: Collection[str] = (),
    leave_out: Collection[str] = (),
) -> Central:
    """The story's central actors and its lead actors (see the module doc).

    Args:
        enrichments: the story's original articles' enrichments (reprints left out: a reprint
            repeats its original's names).
        outlets: the story's outlets (an outlet is never an actor of the matter).
        leave_out: lower-case words of the beat (:func:`beat_words`).

    Returns:
        Each central actor's name (its story-wide form) and type, and the leads.
    """
    from newsbeat.enrich.actor_table import known_place

    analysed = [e for e in enrichments if e.entities]
    if not analysed:
        return Central(actors={}, leads=frozenset())
    counted = story_kinds(analysed)
    aliases = story_aliases(analysed, counted)
    merged: dict[str, Counter[str]] = {}
    for name, kinds in counted.items():
        merged.setdefault(aliases.get(name, name), Counter()).update(kinds)
    articles: Counter[str] = Counter()
    for e in analysed:
        articles.update({aliases.get(ent.name, ent.name) for ent in e.entities})
    outlet_names = {o.casefold() for o in outlets}
    out: dict[str, str] = {}
    for name, kinds in merged.items():
        kind = main_type(kinds)
        if kind not in _KINDS or 2 * articles[name] <= len(analysed):
            continue
        if len(analysed) == 1 and kinds.total() < 2:
            continue
        if kind == "PERSON" and not _full_name(name):
            continue
        if not name[:1].isupper() or name.casefold() in outlet_names or known_place(name):
            continue
        if any(w.casefold() in leave_out for w in _WORD.findall(name)):
            continue
        out[name] = kind
    most = max((articles[n] for n in out), default=0)
    return Central(actors=out, leads=frozenset(n for n in out if articles[n] == most))


def shared_link(a: Central, b: Central, central_in: Counter[str]) -> list[str] | None:
    """The actors two stories' central sets share (persons first, then organisations, each
    alphabetical) when they relate the stories, else None: a person leading both, or two
    shared actors of whom a person leads one. Actors central in more than ``MAX_STORIES``
    stories (``central_in``) link nothing."""
    shared = [n for n in a.actors.keys() & b.actors.keys() if central_in[n] <= MAX_STORIES]
    people = sorted(n for n in shared if "PERSON" in (a.actors[n], b.actors[n]))
    bodies = sorted(n for n in shared if n not in people)
    if not any(n in a.leads and n in b.leads for n in people) and (
        len(shared) < 2 or not any(n in a.leads or n in b.leads for n in people)
    ):
        return None
    return people + bodies


def related_by_actors(stories: Sequence[StoryActors]) -> dict[str, list[tuple[str, list[str]]]]:
    """Story id -> the stories related to it by shared central actors, in time order (the
    dated ones by their first day, then the undated ones), each with the actors they share
    (persons first, then organisations, each alphabetical). A story with none is left out."""
    central_in = Counter(name for s in stories for name in s.central.actors)
    order = {s.story_id: (s.first_seen is None, s.first_seen or "", s.story_id) for s in stories}
    # Only stories that share an actor central in at most MAX_STORIES can be related: each is
    # looked up in an index of those actors (at most MAX_STORIES stories each) instead of
    # comparing every pair (a report of 1,000 stories compared 500,000 pairs; perf39).
    holders: dict[str, list[int]] = {}
    for n, s in enumerate(stories):
        for name in s.central.actors:
            if central_in[name] <= MAX_STORIES:
                holders.setdefault(name, []).append(n)
    out: dict[str, list[tuple[str, list[str]]]] = {}
    for i, one in enumerate(stories):
        partners = sorted(
            {j for name in one.central.actors for j in holders.get(name, ()) if j > i}
        )
        for j in partners:
            other = stories[j]
            names = shared_link(one.central, other.central, central_in)
            if names is None:
                continue
            out.setdefault(one.story_id, []).append((other.story_id, names))
            out.setdefault(other.story_id, []).append((one.story_id, names))
    for links in out.values():
        links.sort(key=lambda link: order[link[0]])
    return out
