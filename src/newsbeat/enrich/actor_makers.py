"""A one-word "person" that owns a product or a company's unit is a company (issue 12,
entities; ents36).

Technology copy names a maker by one word and NER often types it a person: "Kesslr's Velox
browser", "Orbit's iDefense group", "Kesslr, for instance, just released Firefox 3.05". A
PERSON actor whose whole name is one capitalised word is an organisation (ORG) when the text
writes it

* before "'s" and a product of the package's list ("Kesslr's Firefox": ``data/products.json``,
  as written), or a company's unit ("Orbit's iDefense group", "Orbit's research lab":
  group, unit, division, subsidiary, lab, labs), or
* as the subject of "released", "launched", "unveiled" or "shipped" a listed product, within the
  same clause.

Guards: a known first name ("Ida's iPhone") and the surname or first name of a person the
article names in full ("Brask's research lab" beside "Ida Brask") stay people.
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_merge import retype_actor
from newsbeat.enrich.actor_product_names import listed_product_word
from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.names import is_first_name

__all__ = ["type_makers"]

_ONE_WORD = re.compile(r"[A-Z][A-Za-z]+")
# "'s Firefox", "'s iDefense group", "'s research lab"
_OWNS = re.compile(
    r"['’]s[ \t]+(?:(?:[\w-]+[ \t]+)?(?:group|unit|division|subsidiary|lab|labs)\b|(\w+)\b)"
)
_RELEASED = re.compile(
    r"[^.;!?\n]{0,30}?\b(?:released|launched|unveiled|shipped)[ \t]+(?:its[ \t]+|a[ \t]+new[ \t]+)?"
    r"(\w+)"
)


def _a_maker(text: str, name: str) -> bool:
    """Whether the text writes ``name`` as the owner or the releaser of a product or a unit."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        owns = _OWNS.match(text, m.end())
        if owns is not None and (owns.group(1) is None or listed_product_word(owns.group(1), text)):
            return True
        released = _RELEASED.match(text, m.end())
        if released is not None and listed_product_word(released.group(1), text):
            return True
    return False


def type_makers(table: ArticleActors) -> None:
    """Type the makers of the module docstring as organisations, in place."""
    people = [n for n, a in table.actors.items() if a.type == "PERSON" and " " in n]
    parts = {w for n in people for w in (n.split()[0], n.split()[-1])}
    for name, info in list(table.actors.items()):
        if info.type != "PERSON" or _ONE_WORD.fullmatch(name) is None:
            continue
        if is_first_name(name) or name in parts:
            continue
        if _a_maker(table.text, name):
            retype_actor(table, name, "ORG")
