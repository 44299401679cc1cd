"""A person's name misspelt by one article of a story: the person the others name (issue 12,
entities; alias37, read37: "reporter Bob Woodard's anonymous source" beside 65 mentions of
"Bob Woodward" in the story's other articles).

:mod:`~newsbeat.enrich.actor_typo_surnames` folds a slip into the person its article names in
full; an article that names the person only by the misspelt full name leaves the slip for the
story. A person's full name is the story's person of the same first words and a surname it
misspells (:func:`~newsbeat.enrich.actor_typo_surnames.misspelt_surname`: one edit or one
letter moved, both surnames of seven letters or more) when

* exactly one full name of the story is so, mentioned at least three times and more often than
  the slip, which the story writes at most twice (a slip is rare);
* no article names both (two people one letter apart), and no other person of the story bears
  the misspelt surname ("Ada Woodard" beside "Bob Woodard" and "Bob Woodward": a family);
* the misspelt surname is no place of the gazetteer.

Guard: two people of one surname's two spellings with other first names ("Ida Marssen",
"Lena Marsden") stay two. The same rule joins an organisation's names of two words or more
("Gordon Advisers" once beside "Gordon Advisors"; ents39), organisations with organisations.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbeat.enrich.actor_table import known_place
from newsbeat.enrich.actor_typo_surnames import misspelt_surname
from newsbeat.enrich.names import is_generation
from newsbeat.models import Enrichment

__all__ = ["misspelt_names"]

_MAX_SLIPS = 2
_MIN_RIGHT = 3


def _parts(name: str) -> tuple[str, str] | None:
    """(first words, surname) of a full name without a suffix; None otherwise."""
    words = name.split()
    if len(words) < 2 or is_generation(words[-1]) or not all(w[:1].isupper() for w in words):
        return None
    return " ".join(words[:-1]), words[-1]


def misspelt_names(enrichments: Sequence[Enrichment]) -> dict[str, str]:
    """``{misspelt full name: the story's person}`` of the module docstring, and the same of
    its organisations of two words or more (ents39: "Gordon Advisers" in one article beside
    "Gordon Advisors" in eight)."""
    out = _misspelt(enrichments, "PERSON")
    out.update(_misspelt(enrichments, "ORG"))
    return out


def _misspelt(enrichments: Sequence[Enrichment], kind: str) -> dict[str, str]:
    """``{misspelt full name: the story's name}`` among the names of type ``kind``."""
    mentions: dict[str, int] = {}
    articles: list[set[str]] = []
    for e in enrichments:
        people = {x.name for x in e.entities if x.type == kind}
        articles.append(people)
        for x in e.entities:
            if x.type == kind:
                mentions[x.name] = mentions.get(x.name, 0) + x.mentions
    parts = {name: p for name in mentions if (p := _parts(name)) is not None}
    out: dict[str, str] = {}
    for slip, (first, wrong) in parts.items():
        if mentions[slip] > _MAX_SLIPS or known_place(wrong):
            continue
        found = [
            name
            for name, (other_first, right) in parts.items()
            if other_first == first
            and misspelt_surname(wrong, right)
            and mentions[name] >= max(_MIN_RIGHT, mentions[slip] + 1)
        ]
        if len(found) != 1:
            continue
        if any({slip, found[0]} <= people for people in articles):
            continue  # one article names both: two people
        if any(p[1] == wrong and name != slip for name, p in parts.items()):
            continue  # another person bears the misspelt surname
        out[slip] = found[0]
    return out
