"""Names that mark a thing, not an actor: a land feature and a licence plate (reader22).

* **A land feature named after someone.** "His company discovered the giant Bolton field":
  a one-word name NER took for a person, every mention of which names a field, a well, a mine
  or a ranch (it modifies that noun), is the feature's name; no person of the article is
  called so (a person the article names in full keeps the word: "Lena Bolton ... the Bolton
  ranch").
* **A licence plate.** "a silver sedan with the license plate KRT 4471": what follows a
  plate's noun is a registration, never a person or an organisation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_mention_spans import MentionSpan, spans_by_actor
from newsbeat.enrich.doc_arrays import dep_id, doc_arrays, heads, lemmas_lower, pos_id
from newsbeat.enrich.name_context import folds_like_ascii

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["drop_marks"]

_FEATURES = frozenset(
    {"field", "oilfield", "well", "mine", "ranch", "farm", "quarry", "reservoir", "basin"}
    | {"formation", "deposit", "plantation"}
)
_PLATE_BEFORE = re.compile(
    r"\b(?:licen[cs]e|registration|number)\s+plates?(?:\s+number)?\s*$", re.I
)


def _names_a_feature(doc: Doc, span: MentionSpan) -> bool:
    """The name modifies a land feature's noun right after it ("the Bolton field")."""
    arrays, last = doc_arrays(doc), span.end - 1
    head = heads(doc)[last]
    return (
        arrays.dep[last] == dep_id("compound")
        and head == span.end
        and arrays.pos[head] == pos_id("NOUN")
        and lemmas_lower(doc)[head] in _FEATURES
    )


def _after_a_plate(text: str, span: MentionSpan) -> bool:
    """The name follows a plate's noun ("license plate KRT 4471")."""
    return _PLATE_BEFORE.search(text[max(0, span.start_char - 40) : span.start_char]) is not None


def drop_marks(doc: Doc, table: ArticleActors) -> None:
    """Drop the actors that are a land feature's or a licence plate's name (the module
    docstring)."""
    text = table.text
    # every match of _PLATE_BEFORE holds "plate" (any case); every feature a feature's lemma
    plates = not folds_like_ascii(text) or "plate" in text.lower()
    features = not _FEATURES.isdisjoint(lemmas_lower(doc))
    if not plates and not features:
        return
    people_words = {
        w for a in table.actors.values() if a.type == "PERSON" and " " in a.name
        for w in a.name.split()
    }  # fmt: skip
    drop: set[str] = set()
    for name, spans in spans_by_actor(doc, table).items():
        if (plates and all(_after_a_plate(text, s) for s in spans)) or (
            features
            and " " not in name
            and table.type_of(name) == "PERSON"
            and name not in people_words
            and all(_names_a_feature(doc, s) for s in spans)
        ):
            drop.add(name)
    table.drop_actors(drop)
