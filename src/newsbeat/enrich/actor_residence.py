"""Where a town of the gazetteer is said to be, in words no person or firm is written with
(issue 12, entities; polish31).

NER types a small town it has not seen as a person or an organisation ("LuAnn Holm, of
Kelby,", "60 km south of Kelby"). :func:`~newsbeat.enrich.actor_merge.type_places` retypes a
city of the gazetteer the text puts somewhere ("in X"), but not when its name reads like a
person's ("Royal Oak", "Diamond Bar", "Alexandria": a known first name) and not after "of",
which follows people too ("the wife of X"). These cues put a place there whatever its name
reads like, each a way news writes a place and never a person or a firm:

* a residence after a person's mention: "Holm, of X," "Holm, 59, of X," "Holm of X." (not "the
  wife of X", not "the Presidency of X,"), the name ending at a comma, a full stop or a
  semicolon ("of X Marine" goes on);
* a direction from it, or its parts: "south of X", "60km south west of X", "parts of X",
  "nearby X";
* a person from it: "who is from X", "a native of X", "residents of X".

Only for names the gazetteer knows as places (:func:`~newsbeat.enrich.names.place_kind`).

An address names its town whether the gazetteer knows it or not: a one-word name between a
street's name and a comma ("in Newton Street, Millom, at 8am") is the street's town
(:func:`town_of_an_address`; a title is no town: "on Church Avenue, Mr. Holm").
"""

from __future__ import annotations

import re
from collections.abc import Collection

from newsbeat.enrich.name_context import at_boundary, occurrences
from newsbeat.enrich.names import place_kind

__all__ = ["placed_by_residence", "town_of_an_address"]

_STREET_BEFORE = re.compile(
    r"\b[A-Z][a-z]+[ \t]+(?:Street|Road|Avenue|Lane|Drive|Close|Crescent|Boulevard|Terrace)"
    r",[ \t]+\Z"
)

_DIRECTION = r"(?:north|south|east|west)(?:[ -]?(?:east|west))?"
# Each must end right before the name (searched in the 40 characters before it).
_BEFORE = re.compile(
    r"(?:\b[A-Z][a-z]+(?:,[ \t]+\d{1,3})?,?[ \t]+of"
    rf"|\b{_DIRECTION}[ \t]+of|\bparts[ \t]+of|\bnearby"
    r"|\bwho[ \t]+(?:is|was|are|were)[ \t]+from|\bnatives?[ \t]+of|\bresidents?[ \t]+of)"
    r"[ \t]+\Z"
)
# After a residence: a comma, a full stop or a semicolon ("Holm, of X, said"), not a longer
# name ("the Bank of X Holdings") or an owner ("of X's").
_RESIDENCE_END = re.compile(r"[ \t]*(?:[,.;]|\n|\Z)")
# Capitalised words before "of" that are a part of the place, not a person ("Parts of X").
_NOT_RESIDENTS = frozenset({"Parts", "Part", "Most", "All", "Some", "Much"})


def placed_by_residence(name: str, text: str, person_ends: Collection[int] = ()) -> bool:
    """Whether the text puts the name, a place of the gazetteer, somewhere in the words of
    the module docstring at one of its occurrences. A residence needs the capitalised word
    before "of" to end a person's mention (``person_ends``: "Holm, of X,", not "the Presidency
    of X,")."""
    if place_kind(name) is None:
        return False
    for start in occurrences(text, name):
        end = start + len(name)
        if not (at_boundary(text, start) and at_boundary(text, end)):
            continue
        before = _BEFORE.search(text, max(0, start - 40), start)
        if before is None:
            continue
        first = before.group().split(None, 1)[0].rstrip(",")
        if first[:1].isupper() and first not in _NOT_RESIDENTS:
            word_end = before.start() + len(first)
            if word_end in person_ends and _RESIDENCE_END.match(text, end):
                return True  # "Holm, of X,"
            continue
        return True
    return False


def town_of_an_address(name: str, text: str) -> bool:
    """Whether the one-word name follows a street's name and a comma, and a comma follows it,
    at one of its occurrences ("in Newton Street, Millom, at 8am")."""
    for start in occurrences(text, name):
        end = start + len(name)
        if (
            at_boundary(text, start)
            and text.startswith(",", end)
            and _STREET_BEFORE.search(text, max(0, start - 40), start) is not None
        ):
            return True
    return False
