"""What happens in a work of fiction is no act between actors (read37).

"In the movie, the enduring image of Deep Throat is of Hal Holbrook telling Woodward … to
'follow the money'": a film's scene, played by an actor, not a demand made by him. A sentence
whose opening phrase sets it in a dramatised work ("In the movie, …", "In the 1976 film, …",
"In the novel, …") tells that work's story; its triggers give no relation and no event. Only
works of fiction: "In the book, X accuses Y" (a memoir, an essay) and "In the interview,
…" are what a real person wrote or said, and stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["fiction_frame"]

# Dramatised works: what they show is played or invented.
_WORKS = frozenset({"movie", "film", "novel", "sitcom", "musical", "screenplay", "miniseries"})


def fiction_frame(sent: Span) -> bool:
    """Whether the sentence opens with "In <a work of fiction>," ("In the movie, …")."""
    first = sent[0]
    if first.lower_ != "in" or first.dep_ != "prep":
        return False
    work = next((c for c in first.children if c.dep_ == "pobj"), None)
    if work is None or work.lemma_.lower() not in _WORKS:
        return False
    after = work.right_edge.i + 1
    return after < sent.end and sent.doc[after].text == ","
