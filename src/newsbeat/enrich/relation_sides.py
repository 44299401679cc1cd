"""Who acts for whom in a relation: workers through their one union, an official for their
state, and the employer a labour dispute is with (:mod:`newsbeat.enrich.relations` calls these
once it has a trigger's sources and targets)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import lemmas_lower

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsbeat.enrich.actors import ArticleActors

__all__ = ["acting_states", "dispute_counterpart", "is_worker_group", "represented", "unions_named"]

_UNION_WORDS = frozenset({"union", "unions", "syndicate", "guild", "federation", "confederation"})
_WORKER_HEADS = frozenset(
    {
        "workers",
        "dockers",
        "employees",
        "staff",
        "miners",
        "drivers",
        "nurses",
        "teachers",
        "pilots",
        "crews",
        "strikers",
        "labourers",
        "laborers",
    }
)
# Words of a sentence about a labour dispute.
_DISPUTE_WORDS = frozenset(
    {"strike", "walkout", "offer", "talks", "negotiation", "wage", "dispute", "picket", "lockout"}
)


def unions_named(actors: ArticleActors) -> list[str]:
    """Trade unions the article names (an organisation with "Union" or the like in its name)."""
    return [
        a.name
        for a in actors.actors.values()
        if a.type == "ORG" and set(a.name.lower().split()) & _UNION_WORDS
    ]


def is_worker_group(name: str) -> bool:
    """A group of workers named by its trade ("Dock Workers"), not the bare word "workers"."""
    return name.rsplit(" ", 1)[-1].lower() in _WORKER_HEADS and name not in _WORKER_HEADS


def represented(sources: list[str], unions: list[str]) -> list[str]:
    """Workers act through their union: "dock workers walked off the job" in an article that
    names one union is the union's strike. With no union, or several, the group stays."""
    if len(unions) != 1:
        return sources
    out: list[str] = []
    for name in sources:
        name = unions[0] if is_worker_group(name) else name
        if name not in out:
            out.append(name)
    return out


def dispute_counterpart(doc: Doc, actors: ArticleActors, unions: list[str]) -> str | None:
    """The employer in a labour dispute: the one organisation, other than the union, that the
    article names in a sentence about the strike, the talks or the offer ("The port authority
    said it regretted the walkout and that its offer remained on the table")."""
    if not unions:
        return None
    found: list[str] = []
    lemmas = lemmas_lower(doc)
    for sent in doc.sents:
        if not any(lemmas[k] in _DISPUTE_WORDS for k in range(sent.start, sent.end)):
            continue
        for m in actors.mentions:
            if m.start < sent.start_char or m.start >= sent.end_char or m.label != "ORG":
                continue
            if m.actor in unions or " " not in m.actor or m.actor in found:
                continue
            found.append(m.actor)
    return found[0] if len(found) == 1 else None


def acting_states(
    sources: list[str], targets: list[str], actors: ArticleActors
) -> tuple[list[str], list[str]]:
    """An official acting toward another country acts for their own: "the minister dismissed a
    warning from Dravonia" is also Sorvenland's act when the article makes him Sorven. The
    person stays; the state is added beside them. Toward their own country's bodies
    ("Holm urged the port authority") a leader acts as a person only."""

    def states(side: list[str], other: list[str]) -> list[str]:
        out = list(side)
        for name in side:
            state = actors.state_of.get(name)
            if (
                state is not None
                and state not in out
                and state not in other
                and any(actors.type_of(o) == "GPE" or o in actors.state_of.values() for o in other)
            ):
                out.append(state)
        return out

    return states(sources, targets), states(targets, sources)
