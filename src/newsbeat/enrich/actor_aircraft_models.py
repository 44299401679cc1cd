"""An aircraft's model named before its kind word: no actor (issue 12, entities; read38: "An
armed Chetak helicopter", then "the armed Chetak hovering overhead", typed ORG).

The guidelines count products and vehicles as no entity. Copy names a helicopter or a plane by
its model ("an X helicopter", "two X gunships") and the model types the name an organisation
or a person. An actor is such a model when one of its mentions stands right before an
aircraft's noun (:data:`_CRAFT`) and each of its mentions does so or follows "armed" or
"the" (a name written elsewhere alone, "X said", stays). Guards: an owner rather than a model
("a Navy helicopter", "a KVTV helicopter": a name of capitals or with a service's word), a
company of the package's list ("a Boeing jet": its maker), a country or a gazetteer place, a
name with a role ("Pilot Ivo Brask").
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_companies import is_known_company
from newsbeat.enrich.actor_table import ArticleActors, known_place, lookup_country

__all__ = ["drop_aircraft_models"]

# An aircraft's nouns (our own list).
_CRAFT = re.compile(
    r"\s+(?:helicopters?|choppers?|gunships?|(?:fighter\s+)?jets?|aircraft|airliners?"
    r"|planes?|drones?)\b"
)
_BEFORE = re.compile(r"\b(?:armed|the|[Aa]n?|two|three|four|several)\s+\Z")
# Words of an owner's name ("Navy", "Air Force", "Police"), not a model's. Our own list.
_OWNER_WORDS = frozenset(
    {"Navy", "Army", "Air", "Force", "Guard", "Marine", "Marines", "Corps", "Police", "Service"}
)


def _owner(name: str) -> bool:
    """A name that owns aircraft rather than names a model: capitals, a service's word."""
    words = name.split()
    return name.isupper() or any(w in _OWNER_WORDS for w in words)


def drop_aircraft_models(table: ArticleActors) -> None:
    """Drop the aircraft models of the module docstring, in place."""
    text = table.text
    if _CRAFT.search(text) is None:
        return
    models = set()
    for name, info in table.actors.items():
        if info.roles or info.iso3 or _owner(name) or is_known_company(name):
            continue
        if lookup_country(name) is not None or known_place(name):
            continue
        mine = [m for m in table.mentions if m.actor == name]
        before = [m for m in mine if _CRAFT.match(text, m.end)]
        if before and all(
            m in before or _BEFORE.search(text[max(0, m.start - 12) : m.start]) for m in mine
        ):
            models.add(name)
    table.drop_actors(models)
