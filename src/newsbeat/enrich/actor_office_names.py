"""Offices named alone are no actors (issue 12, entities; ents33b).

NER tags a title of office written without its holder as an organisation: "to be U.S.
Surgeon General", "nominated for Surgeon General", "Nominee for Surgeon General". An office
is a role; the holder is the actor (a title before a name already becomes that person's
role). An ORG actor whose name is, as a whole, a title of ``data/office_titles.json`` goes,
after a country's short name before it ("U.S.", "U. S.", "US", "United States") and "Nominee
for" are set aside.

Guards: an office that acts (says, tells or announces something, has a spokesman: "the
Attorney General said") stays, the speaker the text gives; a name longer than the title stays
("Office of the Surgeon General", "Surgeon General's Office": an institution), and so does a
person or a place.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_mention_spans import spans_by_actor
from newsbeat.enrich.actor_offices import office_titles
from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.actor_things import acts

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["drop_office_names", "office_named_alone"]

# Set aside before the title: a country's short name, "Nominee for". Our own list.
_BEFORE_TITLE = re.compile(
    r"^(?:(?:U\.?\s?S\.?|US|United\s+States)\s+)?(?:(?:Nominee|Candidate)\s+for\s+)?", re.I
)


def office_named_alone(name: str) -> bool:
    """Whether ``name`` is a title of office and nothing else ("U. S. Surgeon General")."""
    rest = _BEFORE_TITLE.sub("", name.strip(), count=1)
    return " ".join(rest.lower().split()) in _office_set()


@cache
def _office_set() -> frozenset[str]:
    """:func:`office_titles` as a set, built once (asked once per ORG actor)."""
    return frozenset(office_titles())


def drop_office_names(doc: Doc, table: ArticleActors) -> None:
    """Drop the organisations that are a title of office alone and do not act, in place."""
    named = [
        name
        for name, info in table.actors.items()
        if info.type == "ORG" and office_named_alone(name)
    ]
    if not named:
        return
    spans_of = spans_by_actor(doc, table)
    table.drop_actors({name for name in named if not acts(doc, table.text, spans_of.get(name, []))})
