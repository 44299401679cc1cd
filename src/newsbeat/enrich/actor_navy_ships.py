"""A navy's ship named after its kind word (issue 12, entities; read38: "The Indian warship
Mysore, which …", then "The Mysore changed course" typed PERSON; "Warship Sukanya" PERSON
beside "INS Sukanya"; "Indian Naval Services (INS) Mysore" giving the actor "Indian Naval
Services").

The guidelines count a navy's ship as an organisation. :func:`~newsbeat.enrich.actor_merge.
type_vessels` reads the names with a prefix ("INS Mysore") or "Naval Ship"; copy also names
the ship right after a warship's kind word in lower case ("the warship Mysore", "Indian naval
ship Mysore", "the destroyer Orsk") and the model types the name anything. Here:

- a name the text writes right after such a kind word (at most a comma between; NER often
  tags no mention there) is the ship, and so is an actor of that name or "the" and that name
  elsewhere ("The Mysore changed course"): typed ORG, under the article's prefixed name when
  it has one ("INS Mysore"); a person with a rank or a role is left;
- an actor "Warship X" (the kind word capitalised at a sentence start) is the ship "X";
- an actor followed by a bracketed ship prefix and a name ("Indian Naval Services (INS)
  Mysore", the source spelling the prefix out) is that ship, "INS Mysore".

Not read: a merchant ship's nouns (:mod:`~newsbeat.enrich.actor_merchant_ships`), a country
("the warship Norway bought" names the buyer), a ship prefix after the noun ("warship INS X",
read by ``type_vessels``), a weekday or month after the noun ("sent a warship Monday").
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_merge import _ship_names, rename_actor, retype_actor
from newsbeat.enrich.actor_table import ArticleActors, lookup_country

__all__ = ["named_after_kind", "type_navy_ships"]

# A warship's kind words (our own list; "vessel" and "carrier" are a merchant ship's too).
_KINDS = r"(?:warship|naval\s+ship|navy\s+ship|destroyer|frigate|corvette|submarine|gunboat)"
_NAMED_AFTER_KIND = re.compile(rf"\b{_KINDS},?\s+([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")
_PREFIXES = frozenset({"INS", "HMS", "USS", "HMAS", "HMCS", "PNS", "ROKS", "USNS"})
_CAPITAL_KIND = re.compile(r"(?:Warship|Destroyer|Frigate|Corvette) (?=[A-Z])")
_SPELT_PREFIX = re.compile(r"\s*\((" + "|".join(sorted(_PREFIXES)) + r")\)\s+([A-Z][\w'’-]+)")
_TIMES = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today"}
    | {"January", "February", "March", "April", "May", "June", "July", "August", "September"}
    | {"October", "November", "December", "Tonight"}
)


def named_after_kind(text: str) -> set[str]:
    """The names the text writes right after a warship's kind word ("the destroyer Orsk")."""
    names = set()
    for m in _NAMED_AFTER_KIND.finditer(text):
        words = [w for w in m.group(1).split() if w not in _TIMES]
        if words and words[0] not in _PREFIXES and lookup_country(words[0]) is None:
            names.add(" ".join(words))
    return names


def _prefixed(table: ArticleActors, bare: str) -> str:
    """The article's prefixed name of ship ``bare`` ("INS Mysore"), else ``bare``."""
    named = _ship_names(table.text).get(bare)
    if named is not None and not named[1]:
        return named[0]
    for name in table.actors:
        words = name.split()
        if len(words) >= 2 and words[0].isupper() and " ".join(words[1:]) == bare:
            return name
    return bare


def _is_ship_word(name: str) -> bool:
    """A name that may be a ship's: no time word, no country."""
    return name.split()[0] not in _TIMES and lookup_country(name) is None


def type_navy_ships(table: ArticleActors) -> None:
    """Type and name the navy ships of the module docstring, in place."""
    text = table.text
    if not any(w in text for w in ("arship", "ship", "estroyer", "rigate", "(", "orvette")):
        return
    ships: dict[str, str] = {}  # actor name -> the ship's name
    for m in table.mentions:
        spelt = _SPELT_PREFIX.match(text, m.end)
        if spelt is not None and m.actor not in ships and spelt.group(2) not in m.actor:
            ships[m.actor] = f"{spelt.group(1)} {spelt.group(2)}"
    named = named_after_kind(text)
    for name, info in table.actors.items():
        cut = _CAPITAL_KIND.match(name)
        if cut is not None and _is_ship_word(name[cut.end() :]):
            ships.setdefault(name, name[cut.end() :])
        elif name.removeprefix("the ") in named and not info.roles:
            ships.setdefault(name, name.removeprefix("the "))
    for name, ship in ships.items():
        if name not in table.actors:
            continue
        full = ship if ship in table.actors and ship != name else _prefixed(table, ship)
        if full not in table.actors or full == name:
            retype_actor(table, name, "ORG")
        rename_actor(table, name, full)
        if full in table.actors:
            retype_actor(table, full, "ORG")
