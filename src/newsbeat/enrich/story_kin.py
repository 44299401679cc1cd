"""A relative named by her first name alone in one article of a story: the story's one person
of that first name and a surname of her article (issue 12, entities; alias37, read37: "his
daughter, Joan" beside the story's "Joan Felt").

:mod:`~newsbeat.enrich.actor_kin_names` gives such a first name its kin noun as a role
("daughter"). She is the story's person named in full with that first name and the surname of
a person her article names in full, when exactly one such person is in the story. A first name
alone without a kin role stays as written: "Ada" may be anyone.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbeat.enrich.actor_kin_names import KIN_NOUNS
from newsbeat.enrich.names import surname
from newsbeat.models import Enrichment

__all__ = ["named_relatives"]


def named_relatives(enrichments: Sequence[Enrichment]) -> dict[str, str]:
    """``{first name: the story's person}`` of the module docstring (a first name two
    articles would give two people is left alone)."""
    full = {
        x.name
        for e in enrichments
        for x in e.entities
        if x.type == "PERSON" and len(x.name.split()) >= 2
    }
    out: dict[str, str] = {}
    refused: set[str] = set()
    for e in enrichments:
        surnames = {surname(x.name) for x in e.entities if x.type == "PERSON" and " " in x.name}
        for x in e.entities:
            if x.type != "PERSON" or " " in x.name or x.role not in KIN_NOUNS:
                continue
            found = [p for p in full if p.split()[0] == x.name and surname(p) in surnames]
            if len(found) != 1 or out.get(x.name, found[0]) != found[0]:
                refused.add(x.name)
                continue
            out[x.name] = found[0]
    return {k: v for k, v in out.items() if k not in refused}
