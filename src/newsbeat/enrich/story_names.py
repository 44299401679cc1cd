"""Names across the articles of one story: one spelling per person, and a surname alone is
its story's one bearer.

An article that only ever writes "Holm" gets the actor "Holm"; when the other articles of its
story name exactly one person with that surname ("Lena Holm"), that is who it was. With two
bearers ("Lena Holm", "Erik Holm") the surname stays as written: two people stay two people.
Applied at read time, like :func:`~newsbeat.enrich.relations.resolve_unnamed`, since the story
may gain the article that gives the full name later.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsbeat.enrich.names import spelling_key
from newsbeat.models import Enrichment, Entity

__all__ = ["resolve_surnames"]


def _spellings(enrichments: Sequence[Enrichment]) -> dict[str, str]:
    """Person name -> the story's most mentioned spelling of it ("Zelenskyy" -> "Zelensky"
    when that is written more often)."""
    counts: dict[str, dict[str, int]] = {}
    for e in enrichments:
        for entity in e.entities:
            if entity.type == "PERSON":
                group = counts.setdefault(spelling_key(entity.name), {})
                group[entity.name] = group.get(entity.name, 0) + entity.mentions
    out: dict[str, str] = {}
    for group in counts.values():
        if len(group) > 1:
            best = max(sorted(group), key=lambda n: group[n])
            out.update({name: best for name in group if name != best})
    return out


def _bearers(enrichments: Sequence[Enrichment]) -> dict[str, str]:
    """Surname -> the one full name of the story that ends with it."""
    full: dict[str, set[str]] = {}
    for e in enrichments:
        for entity in e.entities:
            words = entity.name.split()
            if entity.type == "PERSON" and len(words) >= 2:
                full.setdefault(words[-1], set()).add(entity.name)
    return {surname: next(iter(names)) for surname, names in full.items() if len(names) == 1}


def _merged(entities: list[Entity], names: dict[str, str]) -> list[Entity]:
    out: dict[str, Entity] = {}
    for entity in entities:
        name = names.get(entity.name, entity.name) if entity.type == "PERSON" else entity.name
        seen = out.get(name)
        if seen is None:
            out[name] = replace(entity, name=name)
        else:
            out[name] = replace(
                seen, mentions=seen.mentions + entity.mentions, role=seen.role or entity.role
            )
    return list(out.values())


def resolve_surnames(enrichments: Sequence[Enrichment]) -> list[Enrichment]:
    """The enrichments of one story with one spelling per person (the most mentioned of
    "Zelensky", "Zelenskyy", "Zelenskiy") and each lone surname named by its one bearer.

    Args:
        enrichments: the enrichments of the articles of one story.

    Returns:
        New enrichments (the inputs are untouched): entities, quote speakers, claimants and
        relation ends renamed.
    """
    names = _spellings(enrichments)
    if names:
        enrichments = _renamed(enrichments, names)
    bearers = _bearers(enrichments)
    lone = {
        entity.name
        for e in enrichments
        for entity in e.entities
        if entity.type == "PERSON" and " " not in entity.name and entity.name in bearers
    }
    if not lone:
        return list(enrichments)
    return _renamed(enrichments, {surname: bearers[surname] for surname in lone})


def _renamed(enrichments: Sequence[Enrichment], names: dict[str, str]) -> list[Enrichment]:
    """The enrichments with people renamed (``names``: old -> new)."""

    def name(value: str | None) -> str | None:
        return names.get(value, value) if value else value

    out: list[Enrichment] = []
    for e in enrichments:
        out.append(
            replace(
                e,
                entities=_merged(e.entities, names),
                quotes=[replace(q, speaker=name(q.speaker)) for q in e.quotes],
                claims=[replace(c, claimant=name(c.claimant)) for c in e.claims],
                relations=[
                    replace(r, source=names.get(r.source, r.source), target=name(r.target) or "")
                    for r in e.relations
                ],
            )
        )
    return out
