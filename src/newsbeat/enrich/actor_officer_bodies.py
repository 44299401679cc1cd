"""A "place" with a chief officer is a company (issue 12, entities; ents36).

"Ida Brask, chief technology officer of Orbiton", "president and CEO of Kessel Dairy": NER
types an unknown company's name a place, but only a company (or a body) has a chief executive,
a chief technology officer or a founder. A GPE or LOC actor that is no country and no place of
the gazetteer is an organisation (ORG) when a mention of it follows "CEO", "CTO", "CFO", "COO",
"chief … officer", "founder" or "co-founder" and "of" or "at" ("the" between or not), and no
capitalised word follows it (NER cut "CEO of the Bayou Rural Health Clinic" to the town, whose
other mentions are the town).
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_merge import retype_actor
from newsbeat.enrich.actor_table import ArticleActors, known_place, lookup_country

__all__ = ["type_officer_bodies"]

_OFFICER_BEFORE = re.compile(
    r"\b(?:CEO|CTO|CFO|COO|chief(?:[ \t]+[a-z]+){1,2}[ \t]+officer|co-?founder|founder)"
    r"[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?$"
)
_CAPITAL_AFTER = re.compile(r"[ \t]*(?:[A-Z&]|['’]s\b)")


def type_officer_bodies(table: ArticleActors) -> None:
    """Type the companies of the module docstring as organisations, in place."""
    text = table.text
    if "officer" not in text and "CEO" not in text and "ounder" not in text:
        return
    for name, info in list(table.actors.items()):
        if info.type not in {"GPE", "LOC"} or info.iso3 or lookup_country(name) is not None:
            continue
        if known_place(name):
            continue
        if any(
            m.actor == name
            and _OFFICER_BEFORE.search(text[max(0, m.start - 60) : m.start]) is not None
            and _CAPITAL_AFTER.match(text, m.end) is None
            for m in table.mentions
        ):
            retype_actor(table, name, "ORG")
