"""Gadgets in shopping copy: no actors (issue 12, entities; read37's "best gadgets" page:
"Sonos Move for $400" PERSON, "Apple iPhone 11 Pro Max" cut to a person "Pro Max", "Fossil
Hybrid HR smartwatch for $195" PERSON, "new features like Night Mode" PERSON, "the Note 10
Plus is well designed" ORG).

A buying guide names each item on a line of its own with its price, and the model types the
item's name a person or an organisation. An actor is a thing here when

* one of its mentions ends the item of a price line: a line that is only capitalised words
  (the item), at most two lower-case words of its kind ("smartwatch"), "for" and a price in
  dollars, pounds or euros with no "million" or "billion" (a player "for $4 million" is
  no gadget, and his line would not end there); the maker named first ("Apple" of "Apple
  iPhone 11 Pro Max for $999") ends no item and stays;
* every mention follows "features like" or "features such as" ("new features like Night
  Mode": a feature of the device);
* its name is a word, a number of one or two digits and a model's word ("Note 10 Plus",
  "Pixel 4 XL": Plus, Pro, Max, Ultra, Lite, Mini, XL).

A company the package knows ("Apple" on "Apple iPhone 11 Pro Max for $999") and a country are
never dropped: the maker and the place act.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_companies import is_known_company
from newsbeat.enrich.actor_table import ArticleActors, lookup_country

if TYPE_CHECKING:
    from newsbeat.enrich.actors import MentionRef

__all__ = ["drop_shop_items"]

_ITEM_WORD = r"(?:[A-Z0-9]|i[A-Z])[\w'’.+-]*"  # "Move", "10", "iPhone"
_PRICE_LINE = re.compile(
    rf"^[ \t]*(?P<item>{_ITEM_WORD}(?:[ \t]+{_ITEM_WORD})*)(?:[ \t]+[a-z][\w-]*){{0,2}}"
    r"[ \t]+for[ \t]+[$£€][ \t]?\d[\d,]*(?:\.\d\d)?[ \t]*$",
    re.MULTILINE,
)
_FEATURES = re.compile(r"\bfeatures[ \t]+(?:like|such[ \t]+as)[ \t]+\Z")
_MODEL_NAME = re.compile(r"[A-Z][a-z]+ \d{1,2} (?:Plus|Pro|Max|Ultra|Lite|Mini|XL)")


def drop_shop_items(table: ArticleActors) -> None:
    """Drop the gadgets of the module docstring, in place."""
    text = table.text
    # where each line's item ends: a mention ending there names the item ("Sonos Move",
    # "Pro Max" of "Apple iPhone 11 Pro Max"); one ending before is its maker ("Apple")
    ends = {m.end("item") for m in _PRICE_LINE.finditer(text)} if "for " in text else set()
    things = set()
    by_actor: dict[str, list[MentionRef]] = {}
    for m in table.mentions:
        by_actor.setdefault(m.actor, []).append(m)
    for name, info in table.actors.items():
        if info.type not in {"PERSON", "ORG", "GPE", "LOC", "NORP"}:
            continue
        if is_known_company(name) or lookup_country(name) is not None:
            continue
        mentions = by_actor.get(name, [])
        on_line = any(m.end in ends for m in mentions)
        feature = bool(mentions) and all(
            _FEATURES.search(text, max(0, m.start - 40), m.start) for m in mentions
        )
        if on_line or feature or _MODEL_NAME.fullmatch(name):
            things.add(name)
    table.drop_actors(things)
