"""A participial clause opening the sentence sets the teller's scene (issue 12, claims39).

"Speaking at a meeting in Velmar attended by delegates from 30 nations, Adm. Vell said there
would be many risks": the 30 nations are the writer's description of where he spoke, not
what he said. The parse may hang the opening clause on the cue verb as a clause of its own
(even as the told ``ccomp`` of a sentence-final teller), so the test reads the words, not the
label: the figure is in a dependent of the verb before it that opens the sentence with a
participle ("Speaking", "Asked", "Addressing"), and the verb tells something after it. A
verb of citing ("Citing figures from …", "Quoting a report …") brings the teller's own
source, so it is left out. Used by :mod:`newsbeat.enrich.claim_tellers`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["opening_scene"]

_PARTICIPLES = frozenset({"VBG", "VBN"})
# participles that bring the teller's source, not the scene (our own list)
_SOURCES = frozenset({"cite", "quote", "refer", "base", "accord", "point"})
_TOLD = frozenset({"dobj", "ccomp", "xcomp"})
_OPENING_MARKS = frozenset({'"', "“", "'", "‘", "(", "-", "—"})


def opening_scene(verb: Token, pos: int) -> bool:
    """Whether the figure at character ``pos`` is in a participial clause that opens the
    cue verb's sentence, before the verb's subject, while the verb tells a clause or an
    object after it (see the module docstring)."""
    if not any(c.dep_ in _TOLD for c in verb.rights):
        return False  # "Killed in the blast were 12 men, police said": what is told is before
    sent = verb.sent
    first = next((t for t in sent if not (t.is_space or t.text in _OPENING_MARKS)), None)
    if first is None or first.tag_ not in _PARTICIPLES or first.lemma_.lower() in _SOURCES:
        return False
    subject = next((c for c in verb.lefts if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or first.i >= subject.left_edge.i:
        return False
    for child in verb.lefts:
        last = child.right_edge
        if child is subject or child.left_edge.i > first.i:
            continue
        if child.left_edge.idx <= pos < last.idx + len(last.text):
            return True
    return False
