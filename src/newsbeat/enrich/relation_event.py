"""The event one relation trigger of a sentence states, as the relation rules build it and the
relation core (:mod:`~newsbeat.enrich.relation_core`) and its framing conditions
(:mod:`~newsbeat.enrich.relation_framing`) judge it: a record of its own so that neither of
those imports the other for it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["SentenceEvent"]


@dataclass(kw_only=True)
class SentenceEvent:
    """The event of one trigger: type, modality and the actors on each side.

    ``loose`` names the actors the trigger does not govern, with why (the relation core,
    :mod:`~newsbeat.enrich.relation_core`, shows no relation with them); ``bare_negation``:
    the type is a refusal read from a negation the verb's meaning does not make one ("did not
    sign"); ``wish``: the event is only wished or planned ("wants to meet X"); ``plan``: it is
    announced for later ("will meet X", :mod:`~newsbeat.enrich.relation_plans`); ``by_pronoun``:
    its source is a "he"/"she" resolved to the one person named before; ``shown``: what a
    reader is shown for an actor found only in a modifier of its phrase's head noun ("the
    Obama administration"; None: an unnamed person, see :mod:`~newsbeat.enrich.relation_ends`).
    """

    type: str
    trigger: Token
    depth: int
    negated: bool = False
    hypothetical: bool = False
    intent: bool = False
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    by_adjective: list[str] = field(default_factory=list)
    loose: dict[str, str] = field(default_factory=dict)
    bare_negation: bool = False
    wish: bool = False
    plan: bool = False
    by_pronoun: bool = False
    shown: dict[str, str | None] = field(default_factory=dict)
