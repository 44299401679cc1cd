"""Names across the articles of one story: one spelling per person, and a surname alone is
its story's one bearer.

An article that only ever writes "Holm" gets the actor "Holm"; when the other articles of its
story name exactly one person with that surname ("Lena Holm"), that is who it was. With two
bearers ("Lena Holm", "Erik Holm") the surname stays as written: two people stay two people.
A surname of two words ("Lo Presti" of "Gaetano Lo Presti") counts when its first word is a
surname particle; a generational suffix ("Anthony Vell III") is no surname.

The small model often types a surname alone as a place or an organisation ("Palin" a place in
fifteen mentions of one real story, "Cheeks" an organisation). Such a word is its story's one
bearer too when it is no first name, no people (NORP: "the Genovese family"), no gazetteer
place or country, and the person is mentioned more often than that reading (a company
named after its founder, "Ford" beside one "Henry Ford", stays a company).

Applied at read time, like :func:`~newsbeat.enrich.relations.resolve_unnamed`, since the story
may gain the article that gives the full name later.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsbeat.enrich.actor_table import known_place
from newsbeat.enrich.name_variants import name_variants
from newsbeat.enrich.names import is_first_name, is_generation, spelling_key
from newsbeat.enrich.story_kin import named_relatives
from newsbeat.enrich.story_seniors import senior_forms
from newsbeat.enrich.story_typos import misspelt_names
from newsbeat.models import Enrichment, Entity

__all__ = ["resolve_surnames"]


def _spellings(enrichments: Sequence[Enrichment]) -> dict[str, str]:
    """Person name -> the story's most mentioned spelling of it ("Zelenskyy" -> "Zelensky"
    when that is written more often). A generational suffix is kept apart: across articles
    "Frederick LaRue Jr." or "Anthony Vell III" may be the son of another article's "Frederick
    LaRue" or "Anthony Vell" (an article naming the father beside the son is not seen here)."""
    counts: dict[str, dict[str, int]] = {}
    for e in enrichments:
        for entity in e.entities:
            if entity.type == "PERSON":
                key = spelling_key(entity.name, keep_suffix=True)
                group = counts.setdefault(key, {})
                group[entity.name] = group.get(entity.name, 0) + entity.mentions
    out: dict[str, str] = {}
    for group in counts.values():
        if len(group) > 1:
            best = max(sorted(group), key=lambda n: group[n])
            out.update({name: best for name in group if name != best})
    return out


# The first words of two-word surnames ("Lo Presti", "De Niro", "bin Laden"); most are also
# first names somewhere, so the first-name list cannot tell a surname from "Anne Smith".
_PARTICLES = frozenset(
    {
        "al", "bin", "da", "das", "de", "del", "della", "der", "di", "dos", "du", "el", "ibn",
        "la", "le", "lo", "mac", "st.", "ten", "ter", "van", "von",
    }
)  # fmt: skip


def _bearers(enrichments: Sequence[Enrichment]) -> dict[str, str]:
    """Surname (the last word or words of a full name, less a generational suffix) -> the one
    full name of the story that ends with it."""
    full: dict[str, set[str]] = {}
    for e in enrichments:
        for entity in e.entities:
            words = entity.name.split()
            while words and is_generation(words[-1]):
                words.pop()
            if entity.type == "PERSON" and len(words) >= 2:
                for start in range(1, len(words)):
                    full.setdefault(" ".join(words[start:]), set()).add(entity.name)
    return {surname: next(iter(names)) for surname, names in full.items() if len(names) == 1}


def _lone(entity: Entity, bearers: dict[str, str]) -> bool:
    """Whether a person entity is a surname alone of the story's one bearer."""
    if entity.type != "PERSON" or entity.name not in bearers:
        return False
    words = entity.name.split()
    return len(words) == 1 or (len(words) == 2 and words[0].casefold() in _PARTICLES)


def _mistyped(name: str, mentions: dict[str, dict[str, int]], bearers: dict[str, str]) -> bool:
    """Whether a one-word name the model typed as no person is the surname of the story's one
    bearer (the module docstring): no place or country of the data, more mentions of the
    person than of that reading."""
    counts = mentions.get(name, {})
    others = sum(n for kind, n in counts.items() if kind != "PERSON")
    if not others or " " in name or name.isupper() or name not in bearers:
        return False
    # a people or a family ("the Genovese family") is no surname alone; a first name
    # ("Vincenzo") is no surname
    if "NORP" in counts or is_first_name(name):
        return False
    if known_place(name):
        return False
    return mentions.get(bearers[name], {}).get("PERSON", 0) > others


def _mention_counts(enrichments: Sequence[Enrichment]) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    for e in enrichments:
        for entity in e.entities:
            group = counts.setdefault(entity.name, {})
            group[entity.type] = group.get(entity.type, 0) + entity.mentions
    return counts


def _merged(
    entities: list[Entity],
    names: dict[str, str],
    retyped: frozenset[str],
    any_type: frozenset[str] = frozenset(),
) -> list[Entity]:
    out: dict[str, Entity] = {}
    for entity in entities:
        person = entity.type == "PERSON" or entity.name in retyped
        renamed = person or entity.name in any_type
        name = names.get(entity.name, entity.name) if renamed else entity.name
        seen = out.get(name)
        if seen is None:
            out[name] = replace(entity, name=name, type="PERSON" if person else entity.type)
        else:
            out[name] = replace(
                seen, mentions=seen.mentions + entity.mentions, role=seen.role or entity.role
            )
    return list(out.values())


def resolve_surnames(enrichments: Sequence[Enrichment]) -> list[Enrichment]:
    """The enrichments of one story with one spelling per person (the most mentioned of
    "Zelensky", "Zelenskyy", "Zelenskiy"; of "Fred LaRue" and "Frederick C. LaRue",
    :mod:`~newsbeat.enrich.name_variants`; "Tom Vell Sr." beside "Tom Vell" and his son "Tom
    Vell Jr.", :mod:`~newsbeat.enrich.story_seniors`; a full name misspelt once,
    :mod:`~newsbeat.enrich.story_typos`; "his daughter, Ada" of "Ada Vell",
    :mod:`~newsbeat.enrich.story_kin`) and each lone surname named by its one bearer.

    Args:
        enrichments: the enrichments of the articles of one story.

    Returns:
        New enrichments (the inputs are untouched): entities, quote speakers, claims'
        claimants, subjects and recipients, and relation ends renamed.
    """
    names = _spellings(enrichments)
    if names:
        enrichments = _renamed(enrichments, names)
    slips = misspelt_names(enrichments)  # "Bob Woodard" once beside "Bob Woodward"
    if slips:  # of organisations too ("Gordon Advisers" beside "Gordon Advisors")
        enrichments = _renamed(enrichments, slips, any_type=frozenset(slips))
    relatives = named_relatives(enrichments)  # "his daughter, Ada" of "Ada Vell"
    if relatives:
        enrichments = _renamed(enrichments, relatives)
    fathers = senior_forms(enrichments)  # "Tom Vell Sr." beside "Tom Vell" and his "Jr"
    if fathers:
        enrichments = _renamed(enrichments, fathers)
    variants = name_variants(enrichments)  # "Fred LaRue", "Frederick C. LaRue": one person
    if variants:
        enrichments = _renamed(enrichments, variants)
    bearers = _bearers(enrichments)
    lone = {entity.name for e in enrichments for entity in e.entities if _lone(entity, bearers)}
    counts = _mention_counts(enrichments)
    mistyped = frozenset(name for name in counts if _mistyped(name, counts, bearers))
    if not lone and not mistyped:
        return list(enrichments)
    renames = {surname: bearers[surname] for surname in lone | mistyped}
    return _renamed(enrichments, renames, mistyped)


def _renamed(
    enrichments: Sequence[Enrichment],
    names: dict[str, str],
    retyped: frozenset[str] = frozenset(),
    *,
    any_type: frozenset[str] = frozenset(),
) -> list[Enrichment]:
    """The enrichments with people renamed (``names``: old -> new); entities named in
    ``retyped`` are renamed whatever their type and become persons, those in ``any_type``
    are renamed whatever their type and keep it."""

    def name(value: str | None) -> str | None:
        return names.get(value, value) if value else value

    out: list[Enrichment] = []
    for e in enrichments:
        out.append(
            replace(
                e,
                entities=_merged(e.entities, names, retyped, any_type),
                quotes=[replace(q, speaker=name(q.speaker)) for q in e.quotes],
                claims=[
                    replace(
                        c,
                        claimant=name(c.claimant),
                        subject=name(c.subject),  # "Klitchsko's sixth defence": the champion
                        recipient=name(c.recipient),
                    )
                    for c in e.claims
                ],
                relations=[
                    replace(r, source=names.get(r.source, r.source), target=name(r.target) or "")
                    for r in e.relations
                ],
            )
        )
    return out
