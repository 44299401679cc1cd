"""A party called by its members' plural: the party the article names (issue 12, entities;
ents37).

British copy calls a party by the plural of its members: "the Twitter account was clearly
linked to the Conservatives" beside "Britain's Conservative Party"; NER types the plural a
nationality or group (NORP), and the reader sees two bodies where there is one. A NORP actor
"<X>s" whose every mention follows "the" is the party when the article names an organisation
"<X> Party" (or "<X>ic Party": "the Democrats", "Democratic Party"): its mentions fold into
the party's.

Guards: a mention without "the" ("Conservatives in the north say …": members, a group of
people) keeps the plural apart, and so does an article that names no such party.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_merge import rename_actor

if TYPE_CHECKING:
    from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["fold_party_plurals"]

_PLURAL = re.compile(r"([A-Z][a-z]+)s")
_THE_BEFORE = re.compile(r"\bthe[ \t]+\Z", re.IGNORECASE)


def _after_the(text: str, start: int) -> bool:
    """Whether "the" is written right before ``start``."""
    return _THE_BEFORE.search(text, max(0, start - 6), start) is not None


def fold_party_plurals(table: ArticleActors) -> None:
    """Fold the plurals of the module docstring into their party, in place."""
    parties = {n for n, a in table.actors.items() if a.type == "ORG" and n.endswith(" Party")}
    if not parties:
        return
    for name, info in list(table.actors.items()):
        m = _PLURAL.fullmatch(name)
        if info.type != "NORP" or m is None:
            continue
        found = [p for p in (f"{m.group(1)} Party", f"{m.group(1)}ic Party") if p in parties]
        if len(found) != 1:
            continue
        if not table.every_mention(name, lambda r: _after_the(table.text, r.start)):
            continue
        table.mentions = [replace(r, label="ORG") if r.actor == name else r for r in table.mentions]
        rename_actor(table, name, found[0])
