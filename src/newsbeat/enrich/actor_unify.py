"""One name, one type per article (issue 12, item 3).

NER labels each mention on its own, so one name of an article can be a person in one
sentence and an organisation in the next. The rules here decide once per article, from the
article's own evidence:

* spellings of one name ("Mat Maid", "Mat-Maid", "Mat - Maid") are one actor even when NER
  gave them different types. A name written with a hyphen between every word is no first
  name and surname, so such a spelling typed as an organisation or place decides the type;
  a title or role on any mention decides "person"; otherwise the spellings stay apart;
* a one-word "person" listed with organisations and no person ("on Facebook, Quillo and
  Instagram") is an organisation, unless the word is a first name or the surname of a person
  of the article;
* a first name and a surname (no common noun) typed an organisation or a place ("Colm
  Tavey" tagged ORG),
  listed with a person named in full and no organisation ("Ines Morra and Colm Tavey
  scored"), is a person; so is that surname alone, tagged as anything but a person, when
  no other person of the article bears it;
* a one-word "place" that no gazetteer knows, listed with two organisations or more and no
  person or known place ("Marvel Entertainment, Tessix and BamTech"), is an organisation;
* a one-word "person" one takes to or says something on ("took to Velgram", "said on
  Velgram"), or has an account on ("its Velgram account"), is a platform, an organisation,
  unless the word is a first name or the surname of a person of the article;
* an actor named by a first name of the list and more ("Wladimir Klitschko"), typed as a place
  or an organisation by the mention NER saw first (a headline), is a person when NER tags it
  or its surname as a person elsewhere in the article, unless a word of the name is an
  organisation's head word ("the Lena Holm Foundation" stays).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_mention_spans import token_mentions
from newsbeat.enrich.actor_merge import rename_actor, retype_actor
from newsbeat.enrich.actor_table import (
    ORG_HEADS,
    ArticleActors,
    MentionRef,
    known_place,
)
from newsbeat.enrich.doc_arrays import conjuncts, dep_id, doc_arrays, heads, with_dep
from newsbeat.enrich.names import fold_name, is_first_name, place_kind, surname

if TYPE_CHECKING:
    from spacy.tokens import Doc


__all__ = [
    "named_like_a_person",
    "type_listed_companies",
    "type_listed_names",
    "type_listed_people",
    "type_persons_named_so",
    "type_platforms",
    "unify_spellings",
]

# Every word joined to the next by a hyphen, no word standing apart ("Mat-Maid", "Mat - Maid").
_HYPHEN_JOINED = re.compile(r"[^\W\d_][\w'’.]*(?:\s*[-‐‑–]\s*[^\W\d_][\w'’.]*)+")


def unify_spellings(table: ArticleActors) -> None:
    """Spellings of one name typed differently by NER become one actor of one type (see the
    module docstring), named by the spelling mentioned most."""
    groups: dict[str, list[str]] = {}
    for name in table.actors:
        key = fold_name(name)
        if key:
            groups.setdefault(key, []).append(name)
    for names in groups.values():
        types = {table.actors[n].type for n in names}
        if len(types) < 2 or "GROUP" in types or "NORP" in types:
            continue
        type_ = _group_type(table, names)
        if type_ is None:
            continue
        best = max(names, key=lambda n: (table.actors[n].mentions, -names.index(n)))
        for name in names:
            rename_actor(table, name, best)
        retype_actor(table, best, type_)


def _group_type(table: ArticleActors, names: list[str]) -> str | None:
    """The type the article's evidence gives a group of spellings, or None when it is not
    clear (then nothing changes)."""
    persons = [n for n in names if table.actors[n].type == "PERSON"]
    if any(table.actors[n].roles for n in persons) or any(
        m.title for m in table.mentions if m.actor in persons
    ):
        return "PERSON"
    if not any(" " in fold_name(n) for n in persons):
        return None  # one word: a surname alone says nothing against the other type
    joined = {
        table.actors[n].type
        for n in names
        if table.actors[n].type != "PERSON" and _HYPHEN_JOINED.fullmatch(n)
    }
    return next(iter(joined)) if len(joined) == 1 else None


# An organisation's head words (beside ``actor_table.ORG_HEADS``): "the Lena Holm Foundation".
_BODY_WORDS = frozenset(
    {
        "foundation", "institute", "trust", "fund", "school", "center", "centre", "club",
        "group", "association", "society", "league", "inc", "corp", "co", "ltd", "llc", "plc",
    }
)  # fmt: skip


def type_persons_named_so(table: ArticleActors) -> None:
    """A first name and more, typed a place or an organisation, that NER also tags as a
    person is a person (see the module docstring)."""

    for name, info in list(table.actors.items()):
        words = name.split()
        if info.type not in {"ORG", "GPE", "LOC"} or info.iso3 or len(words) < 2:
            continue
        if any(w.lower().rstrip(".") in _BODY_WORDS | ORG_HEADS for w in words[1:]):
            continue
        if not is_first_name(words[0]) or place_kind(name) is not None:
            continue
        if any(m.actor == name and m.label == "PERSON" for m in table.mentions):
            retype_actor(table, name, "PERSON")


def _person_words(table: ArticleActors) -> set[str]:
    """Surnames of the people the article names in full."""
    return {surname(a.name) for a in table.actors.values() if a.type == "PERSON" and " " in a.name}


def _unknown_places_listed(table: ArticleActors, found: list[MentionRef]) -> set[str]:
    """The "places" of a list of two or more organisations and no person (by a first name) or
    known place that no gazetteer knows ("Orvane Labs, Tessix and Kestrel Aerospace", Tessix
    tagged a place)."""
    orgs = {m.actor for m in found if m.label == "ORG"}
    # a "person" whose first word is no first name ("Kessel Martin" of a list of companies)
    # does not make the list one of people
    if len(orgs) < 2 or any(
        m.label == "PERSON" and is_first_name(m.actor.split()[0]) for m in found
    ):
        return set()
    places = {m.actor for m in found if m.label in {"GPE", "LOC"}}
    if any(known_place(name) for name in places):
        return set()
    return {name for name in places if " " not in name}


def _listed_mentions(doc: Doc, table: ArticleActors) -> Iterator[list[MentionRef]]:
    """Per list of the article ("A, B and C"), read from its first member, the mentions of
    its members (the token-to-mention map is built only when the article has a list)."""
    listed = with_dep(doc, "conj")
    if not listed:
        return
    of_token = token_mentions(doc, table)
    # the lists' token indices depend on the parse alone: read once per doc for the passes
    lists: list[tuple[int, ...]] | None = doc.user_data.get(_LISTS_KEY)
    if lists is None:
        head, dep, conj = heads(doc), doc_arrays(doc).dep, dep_id("conj")
        lists = doc.user_data[_LISTS_KEY] = [
            (head[i], *conjuncts(doc, head[i]))
            for i in listed
            if dep[head[i]] != conj  # the list is read from its first member
        ]
    for words in lists:
        members = [of_token[j] for j in words]
        yield [m for m in members if m is not None]


_LISTS_KEY = "newsbeat_listed_words"


def type_listed_companies(doc: Doc, table: ArticleActors) -> None:
    """A one-word "place" no gazetteer knows, listed with organisations and no person or known
    place, is an organisation (see the module docstring). Run after the passes that type
    organisations by what the text calls them ("BamTech, the little-known firm")."""
    retype: set[str] = set()
    for found in _listed_mentions(doc, table):
        retype |= _unknown_places_listed(table, found)
    for name in retype:
        retype_actor(table, name, "ORG")


def type_listed_names(doc: Doc, table: ArticleActors) -> None:
    """A one-word "person" listed with organisations and no person is an organisation (see
    the module docstring)."""
    borne = _person_words(table)
    retype: set[str] = set()
    for found in _listed_mentions(doc, table):
        persons = {m.actor for m in found if m.label == "PERSON"}
        if len(persons) != 1 or not any(m.label == "ORG" for m in found):
            continue
        name = next(iter(persons))
        info = table.actors.get(name)
        if (
            info is None
            or " " in name
            or info.roles
            or name in borne
            or is_first_name(name)
            or any(m.title for m in table.mentions if m.actor == name)
        ):
            continue
        retype.add(name)
    for name in retype:
        retype_actor(table, name, "ORG")


# "took to X", "said on X": a platform, not a person (a person is spoken to or of, not on).
_PLATFORM_BEFORE = re.compile(
    r"\b(?:(?:took|take|takes|taking|went|turned|turns|turning)\s+to|(?:said|says|wrote|"
    r"writes|posted|posts|posting|tweeted|announced|shared|shares|stated|commented|replied|"
    r"responded)\s+on)\s+\Z"
)

# "the Velgram account", "its Velgram feed": what one has on a platform.
_PLATFORM_AFTER = re.compile(r"\s+(?:account|accounts|feed|feeds|handle|handles)\b")


def type_platforms(table: ArticleActors) -> None:
    """A one-word "person" one takes to or says something on is an organisation (see the
    module docstring)."""
    borne = _person_words(table)
    for name, info in list(table.actors.items()):
        if info.type != "PERSON" or " " in name or info.roles or name in borne:
            continue
        if is_first_name(name):
            continue
        if any(
            m.actor == name
            and (
                _PLATFORM_BEFORE.search(table.text, max(0, m.start - 30), m.start)
                or _PLATFORM_AFTER.match(table.text, m.end)
            )
            for m in table.mentions
        ):
            retype_actor(table, name, "ORG")


def named_like_a_person(name: str, nouns: frozenset[str]) -> bool:
    """Two or three capitalised words, a first name of the list first, a last word that is no
    common noun, no head word of an organisation and no place of the gazetteer ("Colm
    Tavey", not "Boston Scientific" or "Harlow Freight")."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and words[-1].lower() not in nouns
        and all(w[:1].isupper() for w in words)
        and is_first_name(words[0])
        and not any(w.lower().rstrip(".") in _BODY_WORDS | ORG_HEADS for w in words)
        and not known_place(name)
    )


def type_listed_people(doc: Doc, table: ArticleActors) -> None:
    """A first name and a surname typed an organisation or a place, listed with a person
    named in full and no organisation, is a person, and so is its surname alone (see the
    module docstring)."""
    from newsbeat.enrich.nlp import common_nouns  # spaCy is loaded when there is a parse

    nouns = common_nouns(doc)
    retype: set[str] = set()
    for found in _listed_mentions(doc, table):
        people = [m for m in found if m.label == "PERSON" and " " in m.actor]
        others = [m for m in found if m.label != "PERSON"]
        if not people or not others:
            continue
        if all(
            m.label in {"ORG", "GPE", "LOC"}
            and not table.actors[m.actor].iso3
            and named_like_a_person(m.actor, nouns)
            for m in others
        ):
            retype |= {m.actor for m in others}
    for name in retype:
        retype_actor(table, name, "PERSON")
    for name in retype:
        last = surname(name)
        info = table.actors.get(last)
        bearers = [
            a for a in table.actors.values() if a.type == "PERSON" and surname(a.name) == last
        ]
        if info is None or info.type == "PERSON" or info.iso3 or len(bearers) != 1:
            continue
        if not known_place(last):
            rename_actor(table, last, name)
