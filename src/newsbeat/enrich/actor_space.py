"""Rockets, spacecraft and celestial bodies are no actors (issue 12, entities).

In an article about spaceflight NER tags a launcher, a capsule or a lunar station as a person,
an organisation or even a nationality ("Vulcan"), and "the Moon" as a person. There:

* a name of the package's list (``data/spacecraft.json``: launch vehicles, spacecraft,
  landers, stations and crewed programmes), alone or with a number or mark after it ("Apollo
  10", "Soyuz MS-12"), or a name ending in a vehicle's head word ("Exploration Upper Stage",
  "Human Landing System") is a thing and goes, unless it acts (says something, has staff);
  "X and Y" goes when both are such things;
* a name every mention of which is followed by "probe", "mission", "orbiter" or "telescope"
  ("the Juno probe") is a craft and goes, unless it acts;
* a celestial body of the list ("the Moon", "Mars") is a place (LOC); "Moon" and "Sun" only
  where the text writes "the" before most of their mentions (Moon is a surname too).

A moon of a planet of the list ("Europa", "Titan") goes, unless it acts, in an article about
spaceflight and in one that says "moon" ("Saturn's largest moon"): it is a thing.

An article is about spaceflight when it uses a word only such articles use ("orbit", "NASA"),
and also when it names a listed craft and a listed planet other than the Earth ("Juno" and
"Jupiter") with a word of space science ("scientists", "rover", "mission to"), or writes a
craft's word after a listed craft's name ("the Juno probe"). Outside such articles nothing
changes: "Atlas", "Orion" and "Apollo" are companies too.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_mention_spans import spans_by_actor
from newsbeat.enrich.actor_merge import retype_actor
from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.actor_things import acts
from newsbeat.enrich.doc_arrays import lemmas_lower

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["is_spacecraft", "type_space_things"]

# Words only an article about spaceflight uses (lemmas).
_SPACE_CUES = frozenset(
    {"rocket", "spacecraft", "astronaut", "cosmonaut", "orbit", "lunar", "lander", "spaceflight"}
    | {"nasa"}
)
_MOON_CUES = _SPACE_CUES | {"moon"}
# Words of space science that, beside a listed craft and a listed planet, make the article one
# about spaceflight (lemmas). Not "launch" nor "mission" alone: companies launch products and
# have missions.
_PLANET_CUES = frozenset({"probe", "rover", "flyby", "orbiter", "telescope", "scientist"})
_MISSION_TO = re.compile(r"\bmissions? to\b", re.IGNORECASE)
# Words after a craft's name in every mention ("the Juno probe"), in an article about
# spaceflight only: "the Senate probe" is an inquiry.
_CRAFT_AFTER = re.compile(r"\s+(?:probe|mission|orbiter|telescope|spacecraft)s?\b")
# Head words that end a vehicle's or a stage's name.
_VEHICLE_ENDS = ("stage", "lander", "capsule", "rocket", "booster", "orbiter", "spacecraft")
_VEHICLE_END_PAIRS = ("landing system", "launch system", "space station", "space telescope")
_MARK = re.compile(r"[ -]?(?:\d[\w.-]*|[IVX]+|[A-Z]{1,3}(?:-\d+)?)")
# Bodies that are a surname or a word too: a body only as "the Moon", "the Sun".
_THE_BODIES = frozenset({"Moon", "Sun"})
# Bodies any article may name: no sign of spaceflight beside a craft's name.
_EVERYDAY_BODIES = _THE_BODIES | {"Earth"}


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The vehicles, the bodies and the moons of ``data/spacecraft.json``, read once per
    process."""
    raw = resources.files("newsbeat").joinpath("data/spacecraft.json").read_text("utf-8")
    data = json.loads(raw)
    return (
        frozenset(map(str, data["names"])),
        frozenset(map(str, data["bodies"])),
        frozenset(map(str, data["moons"])),
    )


def is_spacecraft(name: str) -> bool:
    """Whether ``name`` names a launcher, spacecraft, stage or programme (see the module)."""
    vehicles = _lists()[0]
    if name in vehicles:
        return True
    words = name.split()
    for cut in range(len(words) - 1, 0, -1):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if head in vehicles and _MARK.fullmatch(" " + tail):
            return True
    low = name.lower()
    if len(words) >= 2 and (low.endswith(_VEHICLE_END_PAIRS) or words[-1].lower() in _VEHICLE_ENDS):
        return True
    parts = name.split(" and ")
    return len(parts) == 2 and all(p in vehicles for p in parts)


def type_space_things(doc: Doc, table: ArticleActors) -> None:
    """Drop the spacecraft and make the celestial bodies places, in place (see the module)."""
    lemmas = lemmas_lower(doc)
    about_space = not _SPACE_CUES.isdisjoint(lemmas) or _craft_named(table, lemmas)
    if not about_space and _MOON_CUES.isdisjoint(lemmas):
        return
    _, bodies, moons = _lists()
    spans_of = spans_by_actor(doc, table)
    gone: set[str] = set()
    for name, info in list(table.actors.items()):
        if info.type == "GROUP" or info.iso3:
            continue
        crafty = about_space and (is_spacecraft(name) or _named_craft(table, name))
        if (crafty or name in moons) and not acts(doc, table.text, spans_of.get(name, [])):
            gone.add(name)
        elif about_space and name in bodies and info.type != "LOC" and _a_body(table, name):
            retype_actor(table, name, "LOC")
    table.drop_actors(gone)


def _craft_named(table: ArticleActors, lemmas: list[str]) -> bool:
    """A listed craft is named beside a listed planet ("Juno", "Jupiter") and the article has a
    word of space science (``_PLANET_CUES``), or the craft is named once before a craft's word
    ("the Juno probe"): the article is about spaceflight without its words. A craft and a
    planet alone are not enough: "Apollo" buys a stake in "Mars, the candy maker"."""
    vehicles, bodies, _ = _lists()
    crafts = {name for name in table.actors if name in vehicles}
    if not crafts:
        return False
    if any(name in bodies and name not in _EVERYDAY_BODIES for name in table.actors) and (
        not _PLANET_CUES.isdisjoint(lemmas) or _MISSION_TO.search(table.text) is not None
    ):
        return True
    return any(m.actor in crafts and _CRAFT_AFTER.match(table.text, m.end) for m in table.mentions)


def _named_craft(table: ArticleActors, name: str) -> bool:
    """Every mention of the name is followed by a craft's word ("the Juno probe")."""
    return table.every_mention_followed(name, _CRAFT_AFTER.match)


def _a_body(table: ArticleActors, name: str) -> bool:
    """Most mentions of "Moon"/"Sun" follow "the" ("a Moon landing" may not); the other
    bodies need nothing."""
    if name not in _THE_BODIES:
        return True
    starts = [m.start for m in table.mentions if m.actor == name]
    after_the = sum(table.text[max(0, s - 4) : s].lower() == "the " for s in starts)
    return after_the * 2 > len(starts)
