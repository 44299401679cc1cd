"""Two one-word mentions side by side: one name NER cut in two (issue 12, entities; ents37).

NER cuts a party's or a paper's name whose last word is a nationality's or a party member's
word: "the Liberal Democrat leader" → "Liberal" ORG + "Democrat" NORP, "the Press Democrat
newspaper" → "Press" ORG + "Democrat" NORP. An organisation's one-word mention followed, after
one space, by a one-word mention typed NORP or ORG is one organisation's mention named by both
words ("Liberal Democrat", "Press Democrat"); the pieces lose those mentions.

Guards: a plural second word ("Senate Democrats", "House Republicans": a body's members, which
the gold calls no entity), a country or a nationality as either word ("Orsk Labs' British
unit" is never joined: "British" is a demonym), a word in lower case or in capitals, anything
but one space between.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_table import lookup_country

if TYPE_CHECKING:
    from newsbeat.enrich.actor_table import ArticleActors, MentionRef

__all__ = ["join_adjacent_names"]

_SECONDS = frozenset({"NORP", "ORG"})


def _word(text: str, m: MentionRef) -> str | None:
    """The mention's one capitalised word (no country's or nationality's), else None."""
    word = text[m.start : m.end]
    if not word.isalpha() or not word[:1].isupper() or word.isupper():
        return None
    return None if lookup_country(word) is not None else word


def join_adjacent_names(table: ArticleActors) -> None:
    """Join the mentions of the module docstring, in place."""
    text = table.text
    ordered = sorted(table.mentions, key=lambda m: m.start)
    pairs: list[tuple[MentionRef, MentionRef]] = []
    for first, second in pairwise(ordered):
        if first.label != "ORG" or second.label not in _SECONDS:
            continue
        if text[first.end : second.start] != " " or first.actor == second.actor:
            continue
        if _word(text, first) is None or _word(text, second) is None:
            continue
        if text[second.end - 1 : second.end] == "s":
            continue  # "Senate Democrats": a body's members, no name
        if pairs and pairs[-1][1] is first:
            continue  # three in a row: no evidence which two are one name
        pairs.append((first, second))
    if not pairs:
        return
    gone = {(m.start, m.end) for pair in pairs for m in pair}
    table.drop_mentions(lambda m: (m.start, m.end) in gone)
    for first, second in pairs:
        table._add(text[first.start : second.end], "ORG", first.start, second.end)
