"""Streets and squares are places, never people or organisations (issue 12, entities).

NER types the streets of local news as anything: "Snyder Ave" a person, "Church Ave" an
organisation, "Glenwood Rd" a city. A street is a named location that is no political unit,
the type ``LOC`` the table gives rivers and seas: not ``GPE`` (no town, district or state), not
an actor that acts (:func:`is_street_name` keeps it out of relations). The real-news gold
guidelines do not type streets (their spans are left out of the gold), and call buildings
no entity; a street is where something happens, so it keeps its place type.

A street is known by its street word:

* the name ends in one ("Snyder Ave", "Philip Street", "New York Aves": a plural street word
  after two names gives each its street, "Church and New York Aves"), or starts with one of a
  language that puts it first ("Rue de Castiglione", "Place Vendome", "Piazza Navona");
* NER cut the word off: every mention of a name followed by a street word ("near Albany
  Ave.") is the street, an actor of its own;
* a name at a crossing with a street ("Church and Snyder Ave.") is a street with the same
  word ("Church Ave"), and so are its other mentions in the article.

A street NER ran into its town ("the High Street in Banstead" ORG) is the street and the town:
a name "<street> in <Place>" whose first part is a street by its word and whose place is one of
the gazetteer or a place of the article gives one mention to each (ents37).

Kept as they are: a person whose first name is of the list and whose surname is a street word
written out ("Nathan Lane"), and streets that stand for an institution ("Downing Street said",
"Wall Street fell"), by a short list of our own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbeat.enrich.actor_merge import rename_actor, retype_actor
from newsbeat.enrich.actor_table import ArticleActors, known_place
from newsbeat.enrich.names import is_first_name

__all__ = ["is_street_name", "type_streets"]

# Street words written out that are also surnames ("Lois Lane", "Picabo Street").
_WRITTEN = frozenset(
    {"street", "avenue", "road", "boulevard", "lane", "terrace", "parkway", "highway", "square"}
)
_ABBREVIATED = frozenset({"st", "ave", "av", "rd", "blvd", "ln", "pkwy", "hwy"})
_PLURALS = {
    "streets": "Street", "sts": "St", "avenues": "Avenue", "aves": "Ave", "roads": "Road",
    "rds": "Rd", "boulevards": "Boulevard",
}  # fmt: skip
# Street words that come first ("Rue de Castiglione", "Place Vendome").
_LEADING = frozenset({"rue", "place", "piazza", "avenida", "calle", "boulevard", "avenue"})
_PARTICLES = frozenset({"de", "du", "des", "della", "del", "di", "la", "le"})
# Streets named for the body on them: a street that speaks or trades is that institution.
_INSTITUTIONS = frozenset(
    {
        "downing street", "wall street", "fleet street", "pennsylvania avenue",
        "madison avenue", "threadneedle street", "dalal street", "harley street", "bay street",
    }
)  # fmt: skip
# A street word NER left out after a mention; "St" not before a capitalised word ("St Mary").
_CUT_WORD = re.compile(r"[ \t]+(Street|Avenue|Road|Boulevard|Ave|Rd|Blvd|St(?!\.?\s+[A-Z]))\b\.?")
_CROSSING = re.compile(r"[ \t]+(?:and|&)[ \t]+\Z")


def _last_word(name: str) -> str:
    return name.split()[-1].lower().rstrip(".") if name.split() else ""


def is_street_name(name: str) -> bool:
    """Whether a name is a street's by its street word (see the module docstring); the
    institutions of the list are not."""
    words = name.split()
    if len(words) < 2 or name.lower() in _INSTITUTIONS:
        return False
    last = _last_word(name)
    if last in _WRITTEN or last in _ABBREVIATED or last in _PLURALS:
        return True
    first = words[0].lower()
    second = words[1]
    return first in _LEADING and (second[:1].isupper() or second.lower() in _PARTICLES)


def _a_persons_name(table: ArticleActors, name: str) -> bool:
    """ "Nathan Lane": a person typed so, a first name of the list, a surname written out."""
    info = table.actors[name]
    words = name.split()
    return (
        info.type == "PERSON"
        and _last_word(name) in _WRITTEN
        and len(words) == 2
        and is_first_name(words[0])
    )


def type_streets(table: ArticleActors) -> None:
    """Apply the rules of the module docstring to an article's actors, in place."""
    _split_street_towns(table)
    _cut_street_words(table)
    for name in list(table.actors):
        if name not in table.actors or not is_street_name(name):
            continue
        if _a_persons_name(table, name):
            continue
        _make_street(table, name, _singular(name))
    _crossings(table)


_IN_TOWN = re.compile(r"(.+?) in ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})")


def _split_street_towns(table: ArticleActors) -> None:
    """ "the High Street in Banstead" tagged as one name: the street, then the town."""
    text = table.text
    for name in list(table.actors):
        m = _IN_TOWN.fullmatch(name)
        if m is None or not is_street_name(m.group(1)):
            continue
        street, town = m.groups()
        town_type = table.type_of(town)
        if town_type not in {None, "GPE", "LOC"} or (town_type is None and not known_place(town)):
            continue
        found = [r for r in table.mentions if r.actor == name]
        table.drop_actors({name})
        for r in found:
            cut = text.rfind(" in ", r.start, r.end)
            if cut < 0:
                continue
            table._add(street, "LOC", r.start, cut)
            table._add(town, town_type or "GPE", cut + len(" in "), r.end)


def _singular(name: str) -> str:
    """ "New York Aves" -> "New York Ave": the plural names two streets, this is one."""
    words = name.split()
    plural = _PLURALS.get(words[-1].lower().rstrip("."))
    return " ".join([*words[:-1], plural]) if plural else name


def _make_street(table: ArticleActors, name: str, street: str) -> None:
    info = table.actors[name]
    info.roles.clear()
    info.iso3 = None
    retype_actor(table, name, "LOC")
    table.mentions = [replace(m, title=None) if m.actor == name else m for m in table.mentions]
    if street != name:
        rename_actor(table, name, street)
        retype_actor(table, street, "LOC")


def _cut_street_words(table: ArticleActors) -> None:
    """ "near Albany Ave." with only "Albany" tagged: that mention is the street "Albany Ave",
    whatever "Albany" is elsewhere in the article."""
    text = table.text
    moved = []
    for m in table.mentions:
        if is_street_name(m.actor):
            continue
        cut = _CUT_WORD.match(text, m.end)
        if cut is None:
            continue
        word = table.actor_at(cut.start(1), cut.end(1))
        if word is not None and (word.start, word.end) != cut.span(1):
            continue  # the word is part of another name
        if f"{m.actor} {cut.group(1)}".lower() in _INSTITUTIONS:
            continue
        info = table.actors.get(m.actor)
        if info is None or info.iso3 is not None or _in_persons_name(table, m.actor):
            continue
        moved.append((m, f"{m.actor} {cut.group(1)}", cut.end(1), word))
    for m, street, end, word in moved:
        # NER may have tagged the street word alone too ("Ave" a surname of "Snyder Ave")
        for gone in (m, word) if word is not None else (m,):
            if gone in table.mentions:
                table.mentions.remove(gone)
                table.drop_mention(gone.actor)
        table._add(street, "LOC", m.start, end)


def _in_persons_name(table: ArticleActors, name: str) -> bool:
    """A word of a person's name of the article ("Kate Street" makes "Kate" hers)."""
    return any(
        info.type == "PERSON" and name in other.split() and other != name
        for other, info in table.actors.items()
    )


def _crossings(table: ArticleActors) -> None:
    """ "Church and Snyder Ave.": the name before "and" is a street with the same word, and so
    is every other mention of its actor."""
    text = table.text
    streets = {m.start: m.actor for m in table.mentions if table.actors[m.actor].type == "LOC"}
    found: dict[str, str] = {}
    for m in table.mentions:
        info = table.actors.get(m.actor)
        if info is None or info.type == "LOC" or info.iso3 is not None:
            continue
        if len(m.actor.split()) > 2 or info.roles:
            continue  # "Mayor Holm and Snyder Ave.": a person with a role stays one
        after = _next_street(text, m.end, streets)
        if after is None or not is_street_name(after):
            continue
        # asked last (a walk of every actor), only of a mention a street follows
        if _in_persons_name(table, m.actor):
            continue
        if m.actor not in found:
            found[m.actor] = f"{m.actor} {after.split()[-1]}"
    for name, street in found.items():
        if name in table.actors:
            _make_street(table, name, street)


def _next_street(text: str, end: int, streets: dict[int, str]) -> str | None:
    """The street whose mention follows ``end`` after "and" (no more than a few characters)."""
    for start, actor in streets.items():
        if end < start <= end + 6 and _CROSSING.search(text, end, start):
            return actor
    return None
