"""A name before a region's noun is a place: "Velmar province", "Orsk district" (issue 12,
entities; ents36).

Election and disaster copy lists a country's provinces by their bare names and the noun in
lower case: "in Velmar province", "25 in Orsk region", "the governorate of the Kessel
province". NER types such a name a person ("Velmar") or a nationality ("Balkan" read as the
adjective); the text says it is a place. A PERSON or NORP actor of one or two capitalised words
is a place (GPE) when a mention of it is followed by "province", "region", "district",
"oblast", "prefecture", "governorate" or "municipality" in lower case. Guards:

* a one-word PERSON that is a known first name stays ("Mary" before "province" may be the
  province or a woman's district); a name of two words is read ("Abu Qir district");
* a nationality word the text also writes after "the" before the noun ("the Kurdish region",
  "the Balkan region") stays NORP: there it qualifies a region, it does not name one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.names import is_first_name

__all__ = ["type_place_units"]

# The nouns of a country's parts that follow a part's bare name. Our own list; not "state"
# ("the former Soviet state"), "county" ("Bristol county prosecutors" is also a body's
# name), "city" or "town".
_UNIT_AFTER = re.compile(
    r"[ \t]+(?:province|region|district|oblast|prefecture|governorate|municipality)\b"
)
_THE_BEFORE = re.compile(r"\bthe[ \t]+$", re.IGNORECASE)
_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?")


def type_place_units(table: ArticleActors) -> None:
    """Type the names of the module docstring as places, in place."""
    text = table.text
    if _UNIT_AFTER.search(text) is None:
        return
    for name, info in list(table.actors.items()):
        if info.type not in {"PERSON", "NORP"} or _CAPITALISED.fullmatch(name) is None:
            continue
        if info.type == "PERSON" and " " not in name and is_first_name(name):
            continue
        spans = [m for m in table.mentions if m.actor == name]
        units = [
            m for m in spans if text[m.start : m.end] == name and _UNIT_AFTER.match(text, m.end)
        ]
        if not units:
            continue
        if info.type == "NORP" and any(
            _THE_BEFORE.search(text[max(0, m.start - 6) : m.start]) for m in units
        ):
            continue
        info.type = "GPE"
        table.mentions = [replace(m, label="GPE") if m.actor == name else m for m in table.mentions]
