"""A newspaper's word the model cut from "<Word> on Sunday" (issue 12, entities; alias37).

The small model tags "the Herald on Sunday" as the organisation "Herald", the name of a weekday
paper of many towns; a story that also names the "Kittby Herald" would then take the one for
the other (:func:`~newsbeat.actors.names.story_aliases` reads a paper's one word as the story's
one paper that ends with it). An organisation named by a newspaper's word alone whose every
mention runs on into "on Sunday" is the Sunday paper, named whole, its mentions to the end of
"Sunday".
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_acronyms import paper_word
from newsbeat.enrich.actor_merge import rename_actor

if TYPE_CHECKING:
    from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["keep_sunday_papers"]

_ON_SUNDAY = re.compile(r"[ \t]+on[ \t]+Sunday\b")


def keep_sunday_papers(table: ArticleActors) -> None:
    """Name the cut Sunday papers of the module docstring whole, in place."""
    for name, info in list(table.actors.items()):
        if info.type != "ORG" or " " in name or not name[:1].isupper() or not paper_word(name):
            continue
        ends = {
            m.end: found.end()
            for m in table.mentions
            if m.actor == name and (found := _ON_SUNDAY.match(table.text, m.end)) is not None
        }
        if not ends or len(ends) != sum(m.actor == name for m in table.mentions):
            continue
        whole = f"{name} on Sunday"
        rename_actor(table, name, whole)
        table.mentions = [
            replace(m, end=ends[m.end]) if m.actor == whole and m.end in ends else m
            for m in table.mentions
        ]
