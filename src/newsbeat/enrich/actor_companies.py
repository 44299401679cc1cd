"""Well-known companies NER types as people or places (issue 12, entities).

A company named without a company word reads like a person ("Northrop Grumman", "Piper
Jaffray") or a place ("Alibaba", "Netflix said"); NER types it so and the context rules have
no cue ("said", "announced" suit a person and a company alike). A name of the package's list
(``data/companies.json``, matched exactly) typed a person, a place or a nationality is an
organisation. Names that are also places, people or words are not on the list.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from newsbeat.enrich.actor_merge import retype_actor
from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["is_known_company", "type_known_companies"]


@cache
def _companies() -> frozenset[str]:
    """The names of ``data/companies.json``, read once per process."""
    raw = resources.files("newsbeat").joinpath("data/companies.json").read_text("utf-8")
    return frozenset(str(name) for name in json.loads(raw)["companies"])


def is_known_company(name: str) -> bool:
    """Whether ``name`` (as written) is a company of the package's list."""
    return name in _companies()


def type_known_companies(table: ArticleActors) -> None:
    """Make every listed company of the article an organisation, in place."""
    for name, info in list(table.actors.items()):
        if (
            info.type in {"PERSON", "GPE", "LOC", "NORP"}
            and not info.iso3
            and is_known_company(name)
        ):
            retype_actor(table, name, "ORG")
