"""A country's navy cut to its adjective (issue 12, entities; ents38b).

NER stops a name before the noun an adjective qualifies: "the Pakistani Naval ship" gives
the actor "Pakistani Naval", typed an organisation or a place. A country's adjective and
"Naval" with nothing after it names that country's navy: the actor is renamed "<adjective>
Navy" (typed ORG; folded into it when the article names it so too).

Only a two-word name whose first word is a country's adjective (:func:`lookup_country`) and
whose second is "Naval" ("Royal Naval" names no country and stays).
"""

from __future__ import annotations

from newsbeat.enrich.actor_merge import rename_actor, retype_actor
from newsbeat.enrich.actor_table import ArticleActors, lookup_country

__all__ = ["name_navies", "navy_of_adjective"]


def navy_of_adjective(name: str) -> str | None:
    """The navy a name "<country adjective> Naval" stands for, or None."""
    words = name.split()
    if len(words) != 2 or words[1] != "Naval" or lookup_country(words[0]) is None:
        return None
    return f"{words[0]} Navy"


def name_navies(table: ArticleActors) -> None:
    """Rename each "<country adjective> Naval" actor to its navy, in place."""
    for name in [n for n in table.actors if navy_of_adjective(n)]:
        navy = navy_of_adjective(name)
        assert navy is not None
        if navy not in table.actors:
            retype_actor(table, name, "ORG")
        rename_actor(table, name, navy)
