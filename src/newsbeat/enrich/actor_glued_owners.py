"""A person's name glued to what they own or head (issue 12, entities; ents37).

NER runs an owner's name into the company after it, or a title into the company it heads:
"Amazon founder Jeff Bezos’s Blue Origin" → "Jeff Bezos’s Blue Origin" PERSON, "Michael Sims,
CEO and Founder of Ceres Robotics Inc." → "Founder of Ceres Robotics Inc" ORG. Two rules, over
each mention:

* "<First> <Surname>'s <Capitalised …>", the first word a known first name: the person's
  mention and the organisation's (the owned name, typed ORG);
* "<Founder|Co-founder|CEO|Chairman|President|Director> of <Capitalised …>" typed ORG: the
  organisation after "of" ("Ceres Robotics Inc").

Guards: an owner who is no known first name and surname ("Orsk Labs's Velmor unit" is one
name to the other rules; "The Verge's Stadia review": "The" is on the first-name list), a
title before no "of", words in lower case after the possessive, a body's head word ending the
owned name ("Tamsin Magistrate's Court", "St Mary's Hospital": one name).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_table import ORG_HEADS
from newsbeat.enrich.function_words import DETERMINERS, FUNCTION_WORDS
from newsbeat.enrich.names import is_first_name

if TYPE_CHECKING:
    from newsbeat.enrich.actor_table import ArticleActors, MentionRef

__all__ = ["split_glued_owners"]

_CAP = r"[A-Z][\w.&-]*"
_OWNED = re.compile(rf"({_CAP}(?: {_CAP}){{1,2}})['’]s ({_CAP}(?: {_CAP}){{0,3}})")
_HEADS = r"(?:Founder|Co-founder|Co-Founder|CEO|Chairman|President|Director)"
_HEAD_OF = re.compile(rf"{_HEADS} of ({_CAP}(?: {_CAP}){{0,4}})")


def _a_persons_name(words: str) -> bool:
    """A known first name first, no function word ("The Verge's Stadia": a site, no person)."""
    first = words.split()[0]
    return first.lower() not in FUNCTION_WORDS | DETERMINERS and is_first_name(first)


def _split(text: str, m: MentionRef) -> list[tuple[str, str, int, int]] | None:
    """The mentions a glued mention stands for (name, type, start, end), or None."""
    surface = text[m.start : m.end]
    lead = len(surface) - len(surface.lstrip())
    owned = _OWNED.fullmatch(surface.strip())
    if (
        owned is not None
        and _a_persons_name(owned.group(1))
        and owned.group(2).split()[-1].lower() not in ORG_HEADS
    ):
        start = m.start + lead
        person, body = owned.group(1), owned.group(2)
        body_at = start + owned.start(2)
        return [
            (person, "PERSON", start, start + len(person)),
            (body, "ORG", body_at, body_at + len(body)),
        ]
    head = _HEAD_OF.fullmatch(surface.strip())
    if head is not None and m.label == "ORG":
        body = head.group(1).rstrip(".")
        body_at = m.start + lead + head.start(1)
        return [(body, "ORG", body_at, body_at + len(body))]
    return None


def split_glued_owners(table: ArticleActors) -> None:
    """Split the glued mentions of the module docstring, in place."""
    text = table.text
    found: list[tuple[MentionRef, list[tuple[str, str, int, int]]]] = []
    for m in table.mentions:
        if (
            "'s " in text[m.start : m.end]
            or "’s " in text[m.start : m.end]
            or " of " in text[m.start : m.end]
        ):
            parts = _split(text, m)
            if parts is not None:
                found.append((m, parts))
    if not found:
        return
    gone = {(m.start, m.end) for m, _ in found}
    table.drop_mentions(lambda m: (m.start, m.end) in gone)
    for _, parts in found:
        for name, kind, start, end in parts:
            existing = table.type_of(name)
            table._add(name, existing or kind, start, end)
