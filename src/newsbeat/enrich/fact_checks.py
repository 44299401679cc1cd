"""The claim a fact-check page examines is not the outlet's claim.

A fact-check (Snopes, Full Fact, the wire services' checking desks) prints the statement it
examines in a box of its own, headed "Claim" or "What was claimed", and its verdict under
"Rating", "Verdict" or "Our ruling". Read as news, the box is the page's first and plainest
sentence ("Ambassador X has a net worth of $17 million."), so it would lead the summary and
give the outlet a figure it calls unproven. Its figures and its sentence are kept out of the
claims and the summary. A page is a fact check only when it has both headings: a paragraph
opening "Claim:" alone is too common in ordinary copy to say so. Where the page's rating is a
badge the extractor drops, its "Origin" heading (alone on its line) stands in for the verdict's.

The same holds for a figure told as the content of a rumour ("rumours that 40 people had
died") or of a claim the sentence calls false ("the claim that she has $17 million is wholly
unsubstantiated"). A claim nobody refutes in the sentence ("Kaldria's claim that 300 soldiers
died was rejected by Sorvenland") stays: it is a party's figure, worth comparing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["DOUBT_WORDS", "checked_claim_spans", "inside", "refuted_content"]

# A heading paragraph, alone on its line or followed by a colon and the claim itself.
_CLAIM_HEAD = re.compile(
    r"(?im)^[ \t]*(?:the\s+)?(?:claim|what\s+was\s+claimed|claim\s+made)[ \t]*:?[ \t]*$"
    r"\s*^[ \t]*(?P<box>\S[^\n]*)$"
    r"|^[ \t]*(?:the\s+)?claim[ \t]*:[ \t]*(?P<inline>\S[^\n]*)$"
)
_VERDICT_HEAD = re.compile(
    r"(?im)^[ \t]*(?:(?:our\s+)?(?:rating|verdict|ruling)|conclusion)[ \t]*(?::|$)"
    # The page's "Origin" section, a heading alone on its line: where its rating is a badge
    # (an image and a label the extractor drops), this heading is the page's second one
    # (read37: a real fact-check page kept "Claim" and "Origin", lost "Rating").
    r"|^[ \t]*origins?[ \t]*$"
)


def checked_claim_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of ``text`` holding the statement a fact-check page examines: the
    paragraph under a "Claim" heading (or after "Claim:" on its line), when the page also has
    a verdict heading. Empty for any other text."""
    if _VERDICT_HEAD.search(text) is None:
        return []
    spans = []
    for found in _CLAIM_HEAD.finditer(text):
        group = "box" if found["box"] is not None else "inline"
        spans.append((found.start(group), found.end(group)))
    return spans


def inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether offset ``at`` falls in one of ``spans``."""
    return any(start <= at < end for start, end in spans)


_RUMOURS = frozenset({"rumor", "rumour", "hoax", "myth", "falsehood"})
# The words without which no clause is refuted content: a cheap test before any parse walk.
DOUBT_WORDS = frozenset(
    {
        "claim",
        "claims",
        "rumor",
        "rumors",
        "rumour",
        "rumours",
        "hoax",
        "hoaxes",
        "myth",
        "myths",
        "falsehood",
        "falsehoods",
    }
)
_REFUTED = frozenset(
    {
        "unsubstantiated",
        "false",
        "baseless",
        "untrue",
        "unfounded",
        "fabricated",
        "debunked",
        "bogus",
        "groundless",
        "fake",
    }
)


def refuted_content(doc: Doc, i: int) -> bool:
    """Whether token ``i`` lies in the clause that a rumour, or a claim its sentence calls
    false, holds ("rumours that 40 people had died", "the claim that she has $17 million …
    is unsubstantiated")."""
    tok = doc[i]
    sentence = tok.sent
    for _ in range(12):  # a clause is a few heads up; the root ends the walk
        if tok.dep_ in {"acl", "relcl"}:
            noun = tok.head.lemma_.lower()
            if noun in _RUMOURS:
                return True
            return noun == "claim" and any(t.lower_ in _REFUTED for t in sentence)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
