"""Housing estates and apartment buildings typed as bodies (issue 12, entities; ents38b).

NER tags a block of homes as an organisation: "a resident of Kessel Court Condominiums",
"her deck in the nearby Orsk Gardens apartment complex". A building where people live is a
place, not an actor that does things: an actor is typed LOC when its name ends in a word of
:data:`_HOUSING_WORDS` (our own list), or when every time the text writes it a housing kind
follows it (:data:`_KIND_AFTER`: "X apartment complex", "X apartments", "X trailer park").

Guard: a name that acts ("Orsk Gardens said", a management firm by metonymy) keeps its type,
and so does one the text also writes without the kind word after it ("Orsk Gardens
apartments" once and "Orsk Gardens" alone elsewhere is left to the rest of the pipeline).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_rooms import places_unless_acting
from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.name_context import standalone_occurrences

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["housing_name", "type_housing"]

# A name's last word that makes it a block of homes.
_HOUSING_WORDS = frozenset({"Condominiums", "Condominium", "Condos", "Apartments"})
# A kind written right after the name that makes it one.
_KIND_AFTER = re.compile(
    r"[ \t]+(?:apartment[ \t]+(?:complex|building|block|tower)|apartments|condominiums?"
    r"|condos?|housing[ \t]+(?:estate|project|complex)|trailer[ \t]+park"
    r"|mobile[ \t]+home[ \t]+park)\b"
)


def housing_name(name: str, text: str) -> bool:
    """Whether the name is a block of homes: its last word is a housing word, or the text
    writes a housing kind after every occurrence of it."""
    words = name.split()
    if len(words) >= 2 and words[-1] in _HOUSING_WORDS:
        return True
    ats = standalone_occurrences(text, name)
    return bool(ats) and all(_KIND_AFTER.match(text, at + len(name)) for at in ats)


def type_housing(doc: Doc, table: ArticleActors) -> None:
    """Type the blocks of homes that do not act as places, in place."""
    named = [
        name
        for name, info in table.actors.items()
        if info.type in {"ORG", "PERSON", "GPE", "NORP"} and housing_name(name, table.text)
    ]
    places_unless_acting(doc, table, named)
