"""A speaker named by the armed service he or she heads: ``"…," said the navy chief``.

After ``Admiral Lena Holm had declared that …``, a quote given to "the navy chief" is the
admiral's: the head of a navy holds its top rank. :func:`service_chief` gives the person a
definite "navy chief" (or "head") refers back to when the nearest person named before it,
outside quotes, holds that top rank as a title and nobody else named before it does (read38:
"said the Navy chief" after "Admiral Sureesh Mehta"). A lower rank of the same word ("Vice
Admiral") heads no navy, nor does another service's rank ("General"); a person named in
between, or a second admiral, and the quote keeps no name. An army's chief is not read: many
generals head no army.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from newsbeat.enrich.actors import ArticleActors

__all__ = ["service_chief"]

# The armed services a "chief" heads, by the word before the noun, and the titles of the rank
# a service's head holds (our own short table). An army is left out: "General" is the title
# of many commanders who head no army.
_TOP_RANKS = {
    "navy": frozenset({"admiral", "adm."}),
    "naval": frozenset({"admiral", "adm."}),
}
_HEADS = frozenset({"chief", "head"})


def _service(tok: Token) -> str | None:
    """The service a definite "the navy chief" / "the Army head" names, else None."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.lower_ not in _HEADS:
        return None
    lefts = list(tok.lefts)
    if len(lefts) != 2 or lefts[0].dep_ != "det" or lefts[0].lower_ != "the":
        return None
    service = lefts[1]
    if service.dep_ not in {"compound", "amod"} or service.lower_ not in _TOP_RANKS:
        return None
    return service.lower_


def service_chief(tok: Token, actors: ArticleActors, inside: Callable[[int], bool]) -> str | None:
    """The person "the navy chief" refers back to (see the module docstring), else None."""
    service = _service(tok)
    if service is None:
        return None
    ranks = _TOP_RANKS[service]
    start = tok.doc[tok.left_edge.i].idx
    people = [
        m
        for m in actors.mentions
        if m.end <= start
        and not inside(m.start)
        and (m.label == "PERSON" or actors.type_of(m.actor) == "PERSON")
    ]
    if not people:
        return None
    nearest = max(people, key=lambda m: m.start).actor
    holders = {m.actor for m in people if any(r.lower() in ranks for r in actors.roles_of(m.actor))}
    return nearest if holders == {nearest} else None
