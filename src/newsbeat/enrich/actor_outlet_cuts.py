"""A newspaper's name cut to its place word (issue 12, entities; ents39b).

NER tags "Kessel" of "tells The Kessel Reporter" as a place and leaves "Reporter" out; the
outlet's mentions then count as the town's. A mention typed a place or a nationality that the
text follows at once with a capitalised head word of a newspaper's name (:data:`_HEADS`: "Kessel
Reporter", "Kessel Tribune", "Kessel Sun-Times") is a mention of the newspaper, an organisation
named with that word. Guards: a head word in the plural or run on ("the Kessel Timesheet"),
and heads that are common words of places or teams too ("Kessel Star", "Kessel Sun", "Kessel
Express") are not read; the place keeps its other mentions.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbeat.enrich.actor_table import ArticleActors, _ActorInfo

__all__ = ["join_outlet_cuts"]

# Head words of a newspaper's name. Our own list.
_HEADS = re.compile(
    r" (?:[A-Z][a-z]+-)?(?:Reporter|Times|Post|Herald|Tribune|Journal|Gazette|Chronicle"
    r"|Courier|Examiner|Observer|Telegraph|Inquirer|Sentinel|Dispatch|Register|Bulletin)"
    r"(?![\w-])"
)
_THE = re.compile(r"^[Tt]he\s+")
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


def join_outlet_cuts(table: ArticleActors) -> None:
    """Give the newspapers of the module docstring their whole names, in place."""
    text = table.text
    out = []
    for m in table.mentions:
        head = _HEADS.match(text, m.end) if m.label in _PLACE_LABELS else None
        if head is None or table.actor_at(head.start() + 1, head.end()) is not None:
            out.append(m)
            continue
        name = _THE.sub("", text[m.start : head.end()])
        table.drop_mention(m.actor)
        if name not in table.actors:
            table.actors[name] = _ActorInfo(name=name, type="ORG")
        table.actors[name].mentions += 1
        out.append(replace(m, actor=name, end=head.end(), label=table.actors[name].type))
    table.mentions = out
