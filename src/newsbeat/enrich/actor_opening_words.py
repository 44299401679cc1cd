"""A sentence's opening adjective run into the name after it (read34).

"Recent Samsung smart TVs …", "Stunning Williams quickly achieved …": the capital of the
sentence's first word makes NER take it into the name, and the person "Recent Samsung" then
takes every later "Samsung" as its surname (read34: seven mentions, and the company never
listed). A PERSON name of two words or more is the name without its first word when that word
is an adjective of the lemmatizer's word list, no known first name, tagged an adjective (JJ) at
every mention written with it, and the article writes the rest alone somewhere: a name whose
rest is never written alone stays whole (nothing then tells a stage name from a glued word).
The tagger's JJ is what tells "Recent" from the name word of "Rich Tarvo" or "Little Richard"
(NNP); a headline-cased "Fans said Recent Samsung models …" is the same glue inside a
sentence. The rest is an organisation when it is a listed company. A given name that is an
English adjective and missing from the first-name list ("Bright Okafor" at a sentence's start,
tagged JJ) loses its first word: the person is still Okafor, a smaller harm than a company
made a person.
"""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_companies import is_known_company
from newsbeat.enrich.actor_merge import rename_actor, retype_actor
from newsbeat.enrich.names import is_first_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsbeat.enrich.actor_table import ArticleActors, MentionRef

__all__ = ["drop_opening_adjectives"]

# Adjectives that open names and titles as often as sentences ("Little Richard", "New Moon",
# "Great Yarmouth", "Young Thug"): never taken off.
_NAME_ADJECTIVES = frozenset(
    {
        "new", "old", "great", "little", "big", "grand", "royal", "united", "young", "late",
        "good", "holy", "high", "north", "south", "east", "west", "central", "upper", "lower",
        "golden", "black", "white", "red", "blue", "green", "free", "first", "saint", "lil",
    }
)  # fmt: skip


def drop_opening_adjectives(doc: Doc, table: ArticleActors) -> None:
    """Rename the names of the module docstring, in place."""
    from newsbeat.enrich.nlp import common_adjectives  # spaCy is loaded: there is a parse

    adjectives = common_adjectives(doc)
    if not adjectives:
        return
    for name in [n for n, a in table.actors.items() if a.type == "PERSON" and " " in n]:
        first, _, rest = name.partition(" ")
        word = first.lower()
        if word not in adjectives or word in _NAME_ADJECTIVES or is_first_name(first):
            continue
        opens = partial(_opening_adjective, doc, table, word=first)
        if not table.every_mention(name, opens):
            continue
        if not _written_alone(table.text, first, rest):
            continue
        new = rest not in table.actors
        rename_actor(table, name, rest)
        if new and is_known_company(rest):
            retype_actor(table, rest, "ORG")


def _opening_adjective(doc: Doc, table: ArticleActors, mention: MentionRef, *, word: str) -> bool:
    """Whether a mention written with ``word`` first has ``word`` tagged an adjective (a
    mention by the rest alone, "Williams", is no evidence either way)."""
    if not table.text.startswith(word + " ", mention.start):
        return True
    span = doc.char_span(mention.start, mention.start + len(word))
    return span is not None and len(span) == 1 and span[0].tag_ == "JJ"


def _written_alone(text: str, first: str, rest: str) -> bool:
    """Whether ``rest`` stands in the text somewhere without ``first`` before it."""
    for m in re.finditer(rf"\b{re.escape(rest)}\b", text):
        if not text[: m.start()].rstrip().endswith(first):
            return True
    return False
