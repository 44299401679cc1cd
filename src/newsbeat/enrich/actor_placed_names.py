"""A name the text places in a country, after a place's preposition, is a place (issue 12,
entities; ents36).

Copy on cables, routes and disasters gives two ends and their countries: "a cable between
Velmar (Kaldria) and Orsk (Sorvenland)", "between Velmar in Kaldria and Orsk in Sorvenland".
NER types the unknown ends people. A PERSON actor of one to three capitalised words is a place
(GPE) when a mention of it

* follows "between", "in", "at", "near", "via" or "outside", or "and" right after a bracketed
  country that closes a name ("(Kaldria) and Orsk"), and
* is followed by its country in brackets ("Orsk (Sorvenland)"), or, after "between" or that
  "and", by "in <country>".

Guards: a list of people with their countries in brackets is written after no place's
preposition ("won by Ida Brask (Kaldria) ahead of …"), and a person "in <country>" is read only
between two ends ("our reporter Ida Brask in Kaldria" stays).
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbeat.enrich.actor_table import ArticleActors, lookup_country

__all__ = ["type_placed_names"]

_NAME = re.compile(r"[A-Z][a-z]+(?:[ \t-][A-Z][a-z]+){0,2}")
_BEFORE = re.compile(r"(?:\b(between|in|at|near|via|outside)|(\)[ \t]+and))[ \t]+$")
_BRACKETED = re.compile(r"[ \t]*\(([A-Z][A-Za-z .]+)\)")
_IN_COUNTRY = re.compile(r"[ \t]+in[ \t]+([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\b")


def _an_end(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``start``-``end`` is a placed end (the module docstring)."""
    before = _BEFORE.search(text[max(0, start - 12) : start])
    if before is None:
        return False
    bracket = _BRACKETED.match(text, end)
    if bracket is not None and lookup_country(bracket.group(1)) is not None:
        return True
    if before.group(1) == "between" or before.group(2):
        found = _IN_COUNTRY.match(text, end)
        return found is not None and lookup_country(found.group(1)) is not None
    return False


def type_placed_names(table: ArticleActors) -> None:
    """Type the names of the module docstring as places, in place."""
    text = table.text
    if "between" not in text and "(" not in text:
        return
    for name, info in list(table.actors.items()):
        if info.type != "PERSON" or _NAME.fullmatch(name) is None:
            continue
        if lookup_country(name) is not None:
            continue
        if not any(
            m.actor == name and text[m.start : m.end] == name and _an_end(text, m.start, m.end)
            for m in table.mentions
        ):
            continue
        info.type = "GPE"
        table.mentions = [replace(m, label="GPE") if m.actor == name else m for m in table.mentions]
