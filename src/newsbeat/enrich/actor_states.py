"""Countries and states: a capital for its state, demonyms of places, an official's state."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_merge import retype_actor
from newsbeat.enrich.actor_table import (
    TITLE_WORDS,
    ArticleActors,
    Country,
    MentionRef,
    clean_name,
    lookup_country,
)
from newsbeat.enrich.doc_arrays import expanded_bounds
from newsbeat.enrich.doc_text import doc_text
from newsbeat.enrich.game_rules import game_side
from newsbeat.enrich.name_context import folds_like_ascii

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def _stands_for_state(ent: Span) -> bool:
    """A capital used for its state ("Moscow said", "Moscow's decision", "condemned by
    Washington"), not as the place where something happens ("held in Moscow") nor as the
    city's team ("Ottawa held on to beat Detroit")."""
    root = ent.root
    if root.dep_ in {"nsubj", "poss"}:
        return not game_side(root)
    return root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.dep_ == "agent"


def _company_of_plural_alias(
    ent: Span, raw: str, country: Country | None, companies: set[str]
) -> str | None:
    """The one organisation of the article named after a country's plural short name that
    this mention stands for: a plural name of a country takes "the" ("the Emirates", "the
    Bahamas"), so without it, beside "Emirates Airline", the word is the company. Not the
    country's own full name, nor a nationality word."""
    if country is None or raw == country.name or ent.label_ == "NORP":
        return None
    if not raw.endswith("s") or " " in raw:
        return None
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before == "the" or ent.text.lower().startswith("the "):
        return None
    named = [c for c in companies if c.startswith(raw + " ")]
    return named[0] if len(named) == 1 else None


# Role words of people who act for a state.
_STATE_ROLES = frozenset(
    {
        "president",
        "minister",
        "premier",
        "chancellor",
        "king",
        "queen",
        "ambassador",
        "envoy",
        "emir",
        "sultan",
        "secretary",
        "foreign",
    }
)
# The same, case-sensitive: scanned in the lower-cased text where that finds the same places
# (name_context.folds_like_ascii), and only when the lower-cased text holds "ministr" or
# "department" (a case-blind scan tries every case of each word at every offset).
_MINISTRY_LOWER = re.compile(r"\b(?:ministry|ministries|department)\b")
_MINISTRY = re.compile(_MINISTRY_LOWER.pattern, re.IGNORECASE)


def _ministry_starts(text: str) -> list[int]:
    """Where ``_MINISTRY.finditer(text)`` finds its matches."""
    if not folds_like_ascii(text):
        return [m.start() for m in _MINISTRY.finditer(text)]
    lower = text.lower()  # the same offsets: no character lowers to two
    if "ministr" not in lower and "department" not in lower:
        return []
    return [m.start() for m in _MINISTRY_LOWER.finditer(lower)]


# What precedes "ministry": a place word, a possessive, an area ("the Sorven defence ").
_MINISTRY_OWNER = re.compile(r"\b([A-Z][\w’'-]*?)(?:['’]s)?\s+((?:[A-Za-z]+\s+)?)$")


def place_of_word(table: ArticleActors, word: str) -> str | None:
    """The place a name or demonym stands for: a place of the article ("Kaldria"), the
    country table ("Israeli"), or a demonym of a place of the article ("Sorven" ->
    Sorvenland, "Kaldrian" -> Kaldria)."""
    word = clean_name(word)
    if not word or not word[0].isupper():
        return None
    info = table.actors.get(word)
    if info is not None and (info.type == "GPE" or (info.type == "ORG" and " " not in word)):
        return word
    country = lookup_country(word)
    if country is not None:
        return country.name
    places = [
        p
        for p in table.actors.values()
        if p.type in {"GPE", "ORG"} and len(p.name) >= 4 and " " not in p.name
    ]
    places.sort(key=lambda p: p.type != "GPE")
    return next((p.name for p in places if _is_demonym_of(word, p.name)), None)


def _is_demonym_of(word: str, place: str) -> bool:
    """ "Kaldrian" of Kaldria, "Sorven" of Sorvenland (a name and its place, no table)."""
    if word == place or len(word) < 4:
        return False
    if _DEMONYM_END.search(word) and word.startswith(place[:-1]):
        return True
    return place.startswith(word) and place[len(word) :] in {"land", "ia", "a", "y"}


def _officials_states(doc: Doc, table: ArticleActors) -> None:
    """Which country each titled official acts for, when the article says so.

    "Sorven President Aurel Dane" / "Dravonia's Foreign Minister Viktor Sarn" (a place word
    before the title), "Lena Holm of Kaldria" (after the name), or a minister whose ministry
    the article names with its country ("Defence Minister Oskar Brenn" in an article about
    "the Sorven defence ministry"). Only state roles count (president, minister, ambassador …).
    """
    officials = {
        a.name: [r.lower() for r in a.roles]
        for a in table.actors.values()
        if a.type == "PERSON"
        and {w for r in a.roles for w in re.findall(r"[a-z]+", r.lower())} & _STATE_ROLES
    }
    if not officials:
        return
    ministries: dict[str, set[str]] = {}
    text = doc_text(doc)
    for start in _ministry_starts(text):
        owner = _MINISTRY_OWNER.search(text[max(0, start - 60) : start])
        if owner is None:
            continue
        place = place_of_word(table, owner.group(1))
        if place is not None:
            area = owner.group(2).strip().lower()
            ministries.setdefault(area, set()).add(place)
    found: dict[str, set[str]] = {}
    for m in table.mentions:
        roles = officials.get(m.actor)
        if roles is None:
            continue
        places = found.setdefault(m.actor, set())
        bounds = expanded_bounds(doc, m.start, m.end)
        if bounds is None:
            continue
        i = bounds[0] - 1
        while i >= 0 and doc[i].lower_ in TITLE_WORDS:
            i -= 1
        if i >= 0 and i < bounds[0] - 1:
            before = doc[i]
            if before.lower_ in {"'s", "’s"} and i > 0:
                before = doc[i - 1]
            place = place_of_word(table, before.text)
            if place is not None:
                places.add(place)
        after = doc[bounds[1] : bounds[1] + 2]
        if len(after) == 2 and after[0].lower_ == "of":
            place = place_of_word(table, after[1].text)
            if place is not None:
                places.add(place)
        for r in roles:
            words = r.split()
            if words and words[-1] == "minister" and len(words) >= 2:
                area = words[-2]
                if area in ministries:
                    places |= ministries[area]
    for person, places in found.items():
        if len(places) == 1:
            table.state_of[person] = next(iter(places))
    # A place with a president, ministers or ministries is a state, whatever NER called it.
    for place in {*table.state_of.values(), *(p for ps in ministries.values() for p in ps)}:
        info = table.actors.get(place)
        if info is not None and info.type == "ORG":
            retype_actor(table, place, "GPE")


_DEMONYM_END = re.compile(r"(?:ian|ean|an|ese|ish|i|n)$")


def _link_demonyms(table: ArticleActors) -> None:
    """A demonym the country table lacks goes to a place of this article it derives from.

    "Kaldrian" -> "Kaldria" when the article names Kaldria: the demonym starts with the
    place name less its last letter. "Sorven" -> "Sorvenland": the place is the demonym plus
    "land"/"ia"/"a"/"y". A one-word name tagged as a place or organisation that is such a
    demonym goes the same way ("the Sorven flag").
    """
    places = [a for a in table.actors.values() if a.type in {"GPE", "ORG"} and len(a.name) >= 4]
    words = [a for a in table.actors.values() if a.type in {"NORP", "GPE", "ORG"}]
    for norp in words:
        if " " in norp.name or norp.name not in table.actors:
            continue
        # a country's own name is no demonym of another's: "Iran" is not Iraq's, "Niger" not
        # Nigeria's, though each looks like one
        own = lookup_country(norp.name)
        place = next(
            (
                p
                for p in places
                if p is not norp
                and p.name in table.actors
                and _is_demonym_of(norp.name, p.name)
                and (own is None or own == lookup_country(p.name))
            ),
            None,
        )
        if place is None:
            continue
        if norp.type == "NORP" and place.type == "ORG":
            # what has a nationality is a country, whatever NER said
            retype_actor(table, place.name, "GPE")
        place.mentions += norp.mentions
        del table.actors[norp.name]
        table.mentions = [
            MentionRef(start=m.start, end=m.end, actor=place.name, label=place.type)
            if m.actor == norp.name
            else m
            for m in table.mentions
        ]
