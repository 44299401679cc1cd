"""A product's name after a trademark sign: no actor (issue 12, entities; read39: "a jar Don
Victor® Honey", four times, gives the person "® Honey").

A registered or trademark sign ("®", "™") ends a brand's name; the words right after it name
the brand's product ("Honey", "Orange Blossom Comb Honey Globe Jar"), and the model tags them
a person. A mention that opens with such a sign, or starts right after one, is dropped, and
so is every mention of an actor named with the sign ("® Honey" found again in "Spiced Honey";
the guidelines count products as no entity). The brand before the sign keeps its mention.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["drop_trademarked_products"]

_SIGNS = ("®", "™")


def drop_trademarked_products(table: ArticleActors) -> None:
    """Drop the mentions of the module docstring, in place."""
    text = table.text
    if not any(sign in text for sign in _SIGNS):
        return
    table.drop_mentions(
        lambda m: (
            m.actor[:1] in _SIGNS
            or text[m.start : m.start + 1] in _SIGNS
            or text[max(0, m.start - 2) : m.start].strip() in _SIGNS
        )
    )
