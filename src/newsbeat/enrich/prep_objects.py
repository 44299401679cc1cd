"""The objects of a word's prepositions in the parse: "signed with the Kings" gives "Kings"
for "with" (review36: said once for the relation rules, which read it in a dozen places).

:func:`prep_objects` walks the word's ``prep`` children written as one of the prepositions
asked for and yields their ``pobj`` children, in the parse's order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

__all__ = ["prep_objects"]


def prep_objects(tok: Token, *preps: str) -> Iterator[Token]:
    """The objects (``pobj``) of ``tok``'s prepositions written (in lower case) as one of
    ``preps``, in the order of the parse: ``prep_objects(verb, "on", "for")`` of "arrived on a
    visit" yields "visit"."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            yield from (o for o in prep.children if o.dep_ == "pobj")
