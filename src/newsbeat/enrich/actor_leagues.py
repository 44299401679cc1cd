"""Sports leagues are organisations (issue 12, item 3).

A league's initialism stands where a place would ("17 NBA seasons", "first in NHL history",
"leading the NFL"), so the place rules read "in NBA" as somewhere and NER sometimes tags the
name a place or a person. A name of the package's league list (``data/sports_leagues.json``:
leagues, tours and governing bodies, matched exactly) is an organisation whatever it was
typed. A list, not a shape: initialisms of places ("NY", "DC", "UK", "USSR") keep their type.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from newsbeat.enrich.actor_merge import retype_actor
from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["is_league", "type_leagues"]


@cache
def _leagues() -> frozenset[str]:
    """The names of ``data/sports_leagues.json``, read once per process."""
    raw = resources.files("newsbeat").joinpath("data/sports_leagues.json").read_text("utf-8")
    return frozenset(str(name) for name in json.loads(raw)["leagues"])


def is_league(name: str) -> bool:
    """Whether ``name`` (as written, "the" dropped) is a league of the package's list."""
    return name.removeprefix("the ").removeprefix("The ") in _leagues()


def type_leagues(table: ArticleActors) -> None:
    """Make every league of the article an organisation, in place."""
    for name, info in list(table.actors.items()):
        if info.type in {"GPE", "LOC", "PERSON", "NORP"} and is_league(name):
            retype_actor(table, name, "ORG")
