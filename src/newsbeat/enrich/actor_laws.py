"""Laws named as actors (issue 12, entities; ents34).

NER tags the name of a law as an organisation: "invoke the Congressional Review Act", "as
long as the companies comply with the Marine Mammal Protection Act", "the Kessler Fisheries
Reform Act". A law is a thing the actors pass, use or break; it neither acts nor speaks. An
actor whose name is two words or more, every word capitalised or a small word ("of", "and",
"the" …), the last "Act", "Acts" or "Amendment", goes.

Guards: a name that acts (says, announces, has a spokesman: a campaign named like a law,
"the Clean Water Act said") stays, as does one word alone ("Act") or a name whose first word
is "The" (a band's or a show's name: "The Act").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_mention_spans import spans_by_actor
from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.actor_things import acts

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["drop_laws", "law_name"]

_SMALL = r"(?:of|and|for|the|on|to|in|&)"
_LAW = re.compile(
    rf"(?!The\s)[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|{_SMALL}|\d{{4}}))*\s+(?:Act|Acts|Amendment)"
)


def law_name(name: str) -> bool:
    """Whether ``name`` is written as a law's name ("Marine Mammal Protection Act")."""
    return _LAW.fullmatch(name) is not None


def drop_laws(doc: Doc, table: ArticleActors) -> None:
    """Drop the actors named as laws that do not act, in place."""
    named = [name for name in table.actors if law_name(name)]
    if not named:
        return
    spans_of = spans_by_actor(doc, table)
    table.drop_actors({name for name in named if not acts(doc, table.text, spans_of.get(name, []))})
