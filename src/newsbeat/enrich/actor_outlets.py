"""Outlets are organisations (issue 12, item 3): the words around a name say it publishes.

NER tags an outlet it has not seen as a person ("Indiewire's blog"), a nationality ("blog The
Playlist") or nothing at all ("told Gizmodo"). The text says what it is:

* "X's blog", "X's website": X owns an outlet;
* "the blog The Y", "the magazine Y": Y is named as an outlet;
* "the Y newspaper", "the respected Y daily": a name NER typed a person or place, standing
  right before an outlet's noun, names the outlet;
* "told X by email", "told X in an interview" with X a one-word name NER left untagged;
* a known outlet (the wire agencies and sites of the package's data) that the text cites as a
  source ("according to Bloomberg", "Bloomberg reported", "told Bloomberg") and NER took
  for a person or a place;
* a name ending in a newspaper's head word ("the Orsk Herald", "Herald" alone) that NER took
  for a person or a place.

The page's own outlet is page furniture, no actor of its story: a sign-off ("Copyright 2019
Velmar News"), a credit ("reporting for Velmar"), a plug ("on Velmar's morning show").
:func:`is_own_outlet` tells the stage which organisation of the list is the outlet the article
came from (its name, "The" and a web domain's ending aside: "USA Today" and "USA TODAY",
"politifact.com" and "PolitiFact", "The Hill" and "Hill"; a final "News" or "Online" too: "BBC
News" and "BBC").

None of these makes an organisation of a person the article names ("Lena Holm ... Holm's
blog"), a word that is a first name, or a place the gazetteer or the country table knows.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_merge import retype_actor
from newsbeat.enrich.actor_table import TITLE_HEADS, ArticleActors, known_place
from newsbeat.enrich.name_context import gated_finditer, holds_any, standalone_occurrences
from newsbeat.enrich.names import is_first_name
from newsbeat.enrich.number_names import MONTHS, WEEKDAYS
from newsbeat.enrich.outlet_names import outlet_full_names

if TYPE_CHECKING:
    from spacy.tokens import Doc


__all__ = ["is_own_outlet", "type_outlets"]

_OUTLET_NOUNS = (
    r"(?:blog|website|web site|site|newspaper|magazine|tabloid|column|podcast|newsletter"
    r"|channel|station|broadcaster|news agency|news site|news outlet)"
)
_OWNS_OUTLET = re.compile(rf"['’]s\s+(?:[a-z]+\s+)?{_OUTLET_NOUNS}\b")
_NAMED_OUTLET = re.compile(
    rf"\b{_OUTLET_NOUNS},?\s+((?:The\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}})"
)
# Where every match of _NAMED_OUTLET starts: scanned fast (no \b before the words).
_OUTLET_NOUN = re.compile(_OUTLET_NOUNS)
# "the respected Kathimerini newspaper": a name between a determiner (and at most one
# lower-case word) and an outlet's noun.
_OUTLET_AFTER_WORDS = (
    "newspaper", "magazine", "tabloid", "daily", "broadcaster", "news agency", "news site",
    "website",
)  # fmt: skip
_OUTLET_AFTER_NAME = "(?:" + "|".join(_OUTLET_AFTER_WORDS) + ")"
_OUTLET_BEFORE_NOUN = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+"
    + _OUTLET_AFTER_NAME
    + r"\b"
)
# Head words of newspaper names (our own list of common nouns of the trade).
_MASTHEAD_WORDS = frozenset(
    {
        "herald", "times", "tribune", "gazette", "journal", "chronicle", "courier", "observer",
        "telegraph", "examiner", "inquirer", "bulletin", "newswire", "dispatch", "mercury",
    }
)  # fmt: skip
# "told X by email": an outlet is told in an interview or by e-mail; "told Hiller to stop" is
# said to a person (NER missing a surname is likelier than an outlet told to do something).
_TOLD_BY = re.compile(
    r"\btold\s+([A-Z][\w-]+)\s+(?:by|in|via|over)\s+(?:an?\s+|the\s+)?"
    r"(?:e-?mail|phone|telephone|interview|statement|text|message)\b"
)
_TOLD_GATE = re.compile(r"told\s+[A-Z]")  # in every match of _TOLD_BY; a literal start


def _here(_text: str, at: int) -> tuple[int]:
    """A pattern's match starts where its gate's does."""
    return (at,)


def type_outlets(doc: Doc, table: ArticleActors) -> None:
    """Apply the rules of the module docstring to an article's actors, in place."""
    # the words of the people the article names in full ("Lena Holm": "Lena", "Holm")
    people = {
        w for a in table.actors.values() if a.type == "PERSON" and " " in a.name
        for w in a.name.split()
    }  # fmt: skip
    text = table.text
    for name, info in list(table.actors.items()):
        if info.type == "ORG" or " " in name or not _may_be_outlet(name, info.iso3, people):
            continue
        for at in standalone_occurrences(text, name):
            if _OWNS_OUTLET.match(text, at + len(name)):
                retype_actor(table, name, "ORG")
                break
    for name, info in list(table.actors.items()):
        words = name.split()
        if (
            info.type in {"PERSON", "GPE", "LOC", "NORP"}
            and words[-1].lower() in _MASTHEAD_WORDS
            and _may_be_outlet(name, info.iso3, people - {words[-1]})
        ):
            retype_actor(table, name, "ORG")
    for match in gated_finditer(_NAMED_OUTLET, _OUTLET_NOUN, text, _here):
        start, end = match.span(1)
        if text[start:end].startswith("The "):
            start += 4
        name = text[start:end]
        if not _may_be_outlet(name, None, people) or table.in_headline(start):
            continue
        mention = table.actor_at(start, end)
        if mention is None:
            table._add(name, "ORG", start, end)
        elif mention.actor == name and mention.label != "ORG":
            # a nationality label too: "the blog The Playlist" names no nationality
            table.actors[name].type = "ORG"
            table.mentions = [
                replace(m, label="ORG") if m.actor == name else m for m in table.mentions
            ]
    before_noun = holds_any(text, _OUTLET_AFTER_WORDS)  # whether _OUTLET_AFTER_NAME can match
    for match in _OUTLET_BEFORE_NOUN.finditer(text) if before_noun else ():
        start, end = match.span(1)
        mention = table.actor_at(start, end)
        name = match.group(1)
        if (
            mention is not None
            and mention.actor == name
            and mention.label in {"PERSON", "GPE", "LOC"}
            and _may_be_outlet(name, table.actors[name].iso3, people)
            and not table.in_headline(start)
        ):
            retype_actor(table, name, "ORG")  # only a name NER made an actor: not "Sunday"
    for name, info in list(table.actors.items()):
        if (
            info.type in {"PERSON", "GPE", "LOC"}
            and not info.roles
            and _known_outlet(name)
            and _may_be_outlet(name, info.iso3, people)
            and any(_cited_as_source(text, at, name) for at in standalone_occurrences(text, name))
        ):
            retype_actor(table, name, "ORG")
    told = _TOLD_BY.finditer(text) if _TOLD_GATE.search(text) else ()
    for name in sorted({m.group(1) for m in told}):
        if name in table.actors or not _may_be_outlet(name, None, people):
            continue
        found = [at for at in standalone_occurrences(text, name) if _proper_noun_at(doc, at, name)]
        if not found or any(table.actor_at(at, at + len(name)) for at in found):
            continue  # NER tagged it somewhere: its label stands
        for at in found:
            table._add(name, "ORG", at, at + len(name))


_CITED_BEFORE = re.compile(r"\b(?:according to|told|reported by|quoted by)\s+(?:the\s+)?$")
_CITED_AFTER = re.compile(r"\s+(?:reported|reports|has reported|quoted|said in a report)\b")


def _cited_as_source(text: str, at: int, name: str) -> bool:
    """Whether the name at ``at`` is cited as a source: "according to X", "X reported"."""
    before = text[max(0, at - 20) : at]
    return _CITED_BEFORE.search(before) is not None or (
        _CITED_AFTER.match(text, at + len(name)) is not None
    )


def _known_outlet(name: str) -> bool:
    """A wire agency or site of the package's outlet data, as named (not a newspaper's head
    word alone: "Herald" is a surname too)."""
    folded = name.casefold().removeprefix("the ")
    if folded in outlet_full_names():
        return True
    # "The Hill", "The Sun", "The Age": one word after "the" is a surname or a common word
    # too, so only a name of several words is matched without its "The"
    return " " in folded and f"the {folded}" in outlet_full_names()


def _may_be_outlet(name: str, iso3: str | None, people: set[str]) -> bool:
    """No outlet: a person's word, a title, a first name, a place, a country, or a day or a
    month ("left with the newspaper Wednesday")."""
    return not (
        iso3
        or name.split()[0].lower() in WEEKDAYS | MONTHS
        or name in people
        or name.lower() in TITLE_HEADS
        or is_first_name(name.split()[0])
        or known_place(name)
    )


def _proper_noun_at(doc: Doc, at: int, name: str) -> bool:
    span = doc.char_span(at, at + len(name))
    return span is not None and len(span) == 1 and span[0].pos_ == "PROPN"


_WEB_ENDING = re.compile(r"\.(?:com|net|org|co\.uk|com\.au|co|news|io)$")


_NEWS_WORD = re.compile(r"\s+(?:news|online)$")


@lru_cache(maxsize=4096)  # asked of every organisation of every article
def _outlet_key(name: str) -> str:
    folded = name.casefold().strip().removeprefix("www.").removeprefix("the ")
    return _WEB_ENDING.sub("", folded)


def is_own_outlet(name: str, type_: str, outlet: str | None) -> bool:
    """Whether an organisation of an article's actors is the outlet the article came from
    (see the module docstring): the same name once "The", "www." and a web domain's ending
    are put aside and case is ignored. A person or a place of that name stays."""
    if not outlet or type_ != "ORG":
        return False
    key = _outlet_key(outlet)
    # "BBC News" prints "BBC", "Sky News" "Sky": the brand without its news word is the outlet too
    brand = _NEWS_WORD.sub("", key)
    return bool(key) and _outlet_key(name) in {key, brand or key}
