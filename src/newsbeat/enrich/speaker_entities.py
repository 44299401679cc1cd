"""People named as a quote's speaker whom the entity list lacks (issue 12, entities; read38:
"entities not listed: T.J. Simons", a quote speaker; on the ECB+ dumps "Qualys CTO Wolfgang
Kandek", "Undersheriff James Gage", "protester Paris Kyriakides" — NER tags the title and the
name a work of art or a building, or nothing).

The quote rules find a speaker's name from the words around a quote even where NER gave it no
person label. A speaker is added to the article's actors as a person, with a mention at each
place the text writes the name no actor holds, when the name is two or three capitalised
words (or dotted initials and a surname) opening with a known first name
(:func:`~newsbeat.enrich.names.is_first_name`). Left out: a one-word speaker ("Lyons
said": a surname, a town or a firm), a name sharing a word with an actor of the article (a
short form of one: "Bodiford" beside "James G. Bodiford"), a place or a country's name;
but a one-word person every mention of which lies inside the speaker's name as written ("Tim"
of "spokesman Tim Mead", NER cutting the name) gives way to the speaker. Runs after quotes,
claims and relations: it adds entity rows only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsbeat.enrich.actor_table import ArticleActors, known_place, lookup_country
from newsbeat.enrich.names import is_first_name

__all__ = ["add_quoted_people", "person_name_shape"]

_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
_PERSON = re.compile(rf"(?:{_WORD}|[A-Z]\.(?:[A-Z]\.)?)(?: {_WORD}){{1,2}}")


def person_name_shape(name: str) -> bool:
    """Two or three capitalised words opening with a known first name (or initials)."""
    if _PERSON.fullmatch(name) is None:
        return False
    first = name.split()[0]
    return first.endswith(".") or is_first_name(first)


def _cut_forms(table: ArticleActors, name: str, found: list[tuple[int, int]]) -> bool:
    """Drop the one-word actors sharing a word with speaker ``name`` when each of their
    mentions lies inside the text's "<name>" ("Tim" of "spokesman Tim Mead": NER cut the
    name); False, dropping nothing, when another actor shares a word."""
    shared = [a for a in table.actors if set(a.split()) & set(name.split())]
    if not all(
        " " not in a
        and table.actors[a].type == "PERSON"
        and all(
            any(s <= m.start and m.end <= e for s, e in found)
            for m in table.mentions
            if m.actor == a
        )
        for a in shared
    ):
        return False
    table.drop_actors(set(shared))
    return True


def add_quoted_people(table: ArticleActors, speakers: Iterable[str | None]) -> None:
    """Add the speakers of the module docstring to ``table`` as people, in place."""
    text = table.text
    words = {w for name in table.actors for w in name.split()}
    added = False
    for name in dict.fromkeys(s for s in speakers if s):
        if name in table.actors or not person_name_shape(name):
            continue
        if lookup_country(name) or known_place(name):
            continue
        found = [m.span() for m in re.finditer(rf"(?<![\w.]){re.escape(name)}(?!\w)", text)]
        if words & set(name.split()) and not _cut_forms(table, name, found):
            continue
        spots = [(start, end) for start, end in found if table.actor_at(start, end) is None]
        for start, end in spots:
            table._add(name, "PERSON", start, end)
        if spots:
            words |= set(name.split())
            added = True
    if added:
        table.mentions.sort(key=lambda m: m.start)
        table.seal()
