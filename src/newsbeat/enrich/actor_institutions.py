"""Institutions NER took for places or people: ``Los Angeles County Jail``, ``at Betty Ford``.

* A name of several words ending in a word for an institution ("Jail", "Prison", "Hospital",
  "University", "Court", "Police") is that institution, an organisation, even when NER typed
  it a place (by the county or city it begins with) or a person; so is a name ending in "Fire"
  written once before "and Rescue" (a fire service NER cut short).
* A clinic or centre named after a person is often called by the person's name alone: "she is
  back at Betty Ford" after "the Betty Ford Center". A person's name that is the whole
  first part of exactly one such institution of the article, written where a place goes ("at",
  "into", "to", "from", "left"), is a mention of the institution; elsewhere it stays the
  person ("Betty Ford founded the clinic").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_merge import retype_actor

if TYPE_CHECKING:
    from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["type_institutions"]

# Last words of institutions' names (our own list of common nouns).
_INSTITUTION_ENDS = frozenset(
    {
        "jail", "prison", "penitentiary", "hospital", "clinic", "university", "college",
        "court", "police",
    }
)  # fmt: skip
# "Surrey Fire and Rescue Service" that NER cut at "and": the fire service, no person
_RESCUE_AFTER = re.compile(r"\s+and\s+Rescue\b")
# Last words of institutions named after a person (our own list).
_NAMED_AFTER_ENDS = frozenset({"center", "centre", "clinic", "hospital", "institute"})
_WHERE_A_PLACE_GOES = re.compile(
    r"\b(?:at|into|to|from|left|leave|leaves|leaving|entered|enter|enters)\s+(?:the\s+)?$"
)


def _fire_service(table: ArticleActors, name: str) -> bool:
    """ "Surrey Fire" of "Surrey Fire and Rescue": a name ending in "Fire" that the text
    writes before "and Rescue" (at one mention at least: the others may be cut shorter)."""
    return name.endswith(" Fire") and any(
        _RESCUE_AFTER.match(table.text, m.end) for m in table.mentions if m.actor == name
    )


def type_institutions(table: ArticleActors) -> None:
    """Apply the two rules of the module docstring to an article's actors, in place."""
    for name, info in list(table.actors.items()):
        words = name.split()
        if (
            info.type in {"GPE", "LOC", "PERSON"}
            and len(words) >= 2
            and (words[-1].lower() in _INSTITUTION_ENDS or _fire_service(table, name))
        ):
            retype_actor(table, name, "ORG")
    named_after: dict[str, list[str]] = {}
    for name, info in table.actors.items():
        words = name.split()
        if info.type == "ORG" and len(words) >= 3 and words[-1].lower() in _NAMED_AFTER_ENDS:
            named_after.setdefault(" ".join(words[:-1]), []).append(name)
    moved = 0
    for index, m in enumerate(table.mentions):
        bodies = named_after.get(m.actor, [])
        if m.label != "PERSON" or len(bodies) != 1:
            continue
        if _WHERE_A_PLACE_GOES.search(table.text[max(0, m.start - 20) : m.start]) is None:
            continue
        table.mentions[index] = replace(m, actor=bodies[0], label="ORG")
        table.actors[bodies[0]].mentions += 1
        table.actors[m.actor].mentions -= 1
        moved += 1
    if moved:
        present = {m.actor for m in table.mentions}
        for name in [n for n in table.actors if n not in present]:
            del table.actors[name]
