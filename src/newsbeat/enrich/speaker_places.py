"""A speaker is a person or an organisation, never a place, a date or an event.

The parse sometimes types a place a person ("Sandy Hook" standing as a sentence's subject in
"In that sense, Vell Bay was not just a tragedy"), and whatever path then reads that subject
names the place as a speaker. The article itself says what the name is: it begins the name of a
building or a place ("Vell Bay Primary
School"), it is where something is ("near Vell Bay") or it is coordinated with a place
("Orlando or Vell Bay"). A name typed a place elsewhere is no such sign: the parse types
people places as often ("Nefzi", "Hurun" read on samples A-G).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import doc_ents, ent_rows

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Labels of a longer name that a place's name begins ("Vell Bay Primary School").
_PLACE_NAMES = frozenset({"FAC", "GPE", "LOC", "EVENT"})
# Prepositions that put a name as where something is ("at" and "in" also take people:
# "jabs at Vell", "faith in Vell").
_WHERE = frozenset({"near", "outside", "inside"})

# The last word of an organisation's name that is a building or a site: a name that begins it
# is a place's ("Vell Bay Elementary School"), not a person's.
_BUILDINGS = frozenset(
    {"School", "Elementary", "Academy", "Hospital", "Church", "Park", "Station", "Stadium", "Mall"}
)

_VERDICTS_KEY = "newsbeat_place_speakers"  # doc.user_data: name → verdict, per article


def _begins_a_place(words: list[str], ent_words: list[str], label: str) -> bool:
    """A two-word name or longer at the start of a longer name of a place, or of a body
    named after its building ("Vell Bay Primary School", typed an organisation)."""
    if len(words) < 2 or len(ent_words) <= len(words) or ent_words[: len(words)] != words:
        return False
    return label in _PLACE_NAMES or (label == "ORG" and ent_words[-1] in _BUILDINGS)


def _verdict(doc: Doc, name: str) -> bool:
    words = name.split()
    if len(words) < 2:
        return False  # "Clinton" near "Clinton County": a surname's other bearers are places
    ents, rows = doc_ents(doc), ent_rows(doc)
    for k, text in enumerate(rows.texts):
        if _begins_a_place(words, text.split(), rows.labels[k]):
            return True
        if text != name:
            continue
        root = ents[k].root
        if root.dep_ == "pobj" and root.head.lower_ in _WHERE:
            return True
        # "Orlando or Vell Bay": coordinated with a place
        if root.dep_ == "conj" and root.head.ent_type_ in _PLACE_NAMES:
            return True
    return False


def place_named(doc: Doc, name: str | None) -> bool:
    """Whether the article shows the speaker's name to be a place, a date or an event (see the
    module docstring). Computed once per name and article."""
    if not name:
        return False
    verdicts: dict[str, bool] = doc.user_data.setdefault(_VERDICTS_KEY, {})
    if name not in verdicts:
        verdicts[name] = _verdict(doc, name)
    return verdicts[name]
