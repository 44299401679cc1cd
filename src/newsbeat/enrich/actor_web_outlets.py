"""Websites named as the place an article was published (issue 12, entities; read37:
"articles published on Walikali and Gossipgist" → a person and a place).

Fact-check copy names the sites a claim came from by their bare names, and the model types an
unknown one-word name a person or a place. A one-word name written after "published on",
"posted on" or "appeared on" (or listed after one: "on X and Y"), at one of its occurrences
in the text (the model may tag that one no entity and the next a person), is a site that publishes:
an organisation, as an outlet is. A place the gazetteer knows, a country and a known first
name keep their type ("posted on Kessel's website" is left to the outlet rules).
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_merge import retype_actor
from newsbeat.enrich.actor_table import ArticleActors, known_place, lookup_country
from newsbeat.enrich.name_context import standalone_occurrences
from newsbeat.enrich.names import is_first_name

__all__ = ["type_web_outlets"]

_SITE = r"[A-Z][\w.-]*"
_PUBLISHED_ON = re.compile(
    rf"\b(?:published|posted|appeared)[ \t]+on[ \t]+(?:{_SITE}(?:,[ \t]*|,?[ \t]+and[ \t]+))*\Z"
)


def type_web_outlets(table: ArticleActors) -> None:
    """Make the sites of the module docstring organisations, in place."""
    text = table.text
    if not any(verb in text for verb in ("published", "posted", "appeared")):
        return  # the pattern's own words (" on " alone let almost every article through)
    for name, info in list(table.actors.items()):
        if info.type not in {"PERSON", "GPE", "LOC", "NORP"} or " " in name or info.iso3:
            continue
        if known_place(name) or lookup_country(name) or is_first_name(name):
            continue
        if any(
            _PUBLISHED_ON.search(text, max(0, at - 80), at)
            for at in standalone_occurrences(text, name)
        ):
            retype_actor(table, name, "ORG")
