"""Families named by their surname's plural (issue 12, entities; ents34).

"the Bidens", "dinner with the Holms", "the Varros lost money": NER takes a family for a
place or an organisation. A one-word actor typed ORG, GPE, LOC or NORP whose name is the
plural ("-s", "-es") of the surname of a person the article names in full ("Ana Holm"), every
mention written after "the", is that family: a group of people (GROUP), no place or body.
Not PERSON: a family is no one person, and "he" or "she" must not find it (a person's
pronoun after "the LaRues lost money" is LaRue, not the family).

Guards: a country or nationality ("the Greeks" beside a person Greek) and a company of the
package's list stay; a mention without "the" ("Holms Bank") keeps the name what NER said.
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_companies import is_known_company
from newsbeat.enrich.actor_merge import retype_actor
from newsbeat.enrich.actor_table import ArticleActors, lookup_country

__all__ = ["type_families"]

_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_RETYPED = frozenset({"ORG", "GPE", "LOC", "NORP"})


def _singulars(name: str) -> tuple[str, ...]:
    """The surnames ``name`` may be the plural of ("Holms" → "Holm"; "Joneses" → "Jones")."""
    if not name.endswith("s") or len(name) < 4:
        return ()
    if name.endswith("es"):
        return name[:-1], name[:-2]
    return (name[:-1],)


def type_families(table: ArticleActors) -> None:
    """Type the families of the module docstring as groups, in place."""
    surnames = {
        info.name.split()[-1]
        for info in table.actors.values()
        if info.type == "PERSON" and len(info.name.split()) >= 2
    }
    if not surnames:
        return
    text = table.text
    for name, info in list(table.actors.items()):
        if info.type not in _RETYPED or " " in name or not name[:1].isupper():
            continue
        if not any(s in surnames for s in _singulars(name)):
            continue
        if lookup_country(name) is not None or is_known_company(name):
            continue
        if table.every_mention(
            name, lambda m: _THE_BEFORE.search(text, max(0, m.start - 5), m.start)
        ):
            retype_actor(table, name, "GROUP")
