"""Plans and forecasts: an act announced for later states no relation yet (the guidelines).

A trigger is planned when its verb, or a verb it completes, puts it in the future: an auxiliary
"will", "'ll", "shall" or a reported "would" ("Ryan will meet with Trump", "said he would
support Y"), "is going to", the complement of being scheduled, set, due, slated or poised to
do it ("is scheduled to sign"), or a headline's bare "to" infinitive ("Democrats to sue
Arizona"). Wishes and plans by verb ("plans to", "intends to", "is
expected to") are the relation core's ``wish`` already. A threat is an act when it is said and
a refusal of will ("will not meet") is a stance now, so the relation rules keep both
(:func:`~newsbeat.enrich.relations.sentence_events` decides which events are plans). A
commitment that is an act in itself ("pledged to", "agreed to", "offered to") has no future
marker on its own verb and is kept. So is an announced gift of material aid ("will lend four
patrol vessels to X", "would send troops to Y"): the giver binds itself to a thing given, a
pledge (CAMEO 033, intent to provide material aid; the demo gold codes it AID or AGREE), unlike
"will help X" or "will meet X" (:func:`pledged_aid`).

Advice is no demand: "advised X to", "who advises X" (an adviser's work) are told with verbs
the lexicon types DEMAND for PLOVER, whose gold codes them so; a reader is not shown them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["ADVICE_VERBS", "FUTURE_AUX", "planned", "pledged_aid"]

FUTURE_AUX = frozenset({"will", "'ll", "shall", "would", "'d", "wo"})
# Adjectives and participles whose infinitive complement is scheduled, not done.
_SCHEDULED = frozenset(
    {"schedule", "scheduled", "set", "due", "slate", "slated", "poise", "poised"}
)
ADVICE_VERBS = frozenset({"advise", "counsel"})
# Verbs of handing over a thing: with the thing as object, an announced giving is a pledge.
_GIVING = frozenset(
    {"lend", "loan", "give", "send", "provide", "supply", "deliver", "donate", "grant"}
    | {"transfer", "contribute", "ship"}
)


def _future_aux(tok: Token) -> bool:
    """A future auxiliary on the verb, or on an adverb of it: the parser hangs "will" on the
    adverb of "he will aggressively back X"."""
    adverbs = [c for c in tok.children if c.dep_ == "advmod" and c.i < tok.i]
    return any(
        c.dep_ == "aux" and c.text.lower() in FUTURE_AUX
        for h in (tok, *adverbs)
        for c in h.children
    )


def _headline_infinitive(tok: Token) -> bool:
    """A sentence whose main verb is a bare "to" infinitive: the headline's future
    ("Democrats to sue Arizona over poll access", "Holm to meet Lund in Oslo")."""
    return (
        tok.dep_ == "ROOT"
        and tok.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and not any(c.dep_ == "aux" and c.lower_ != "to" for c in tok.children)
    )


def planned(tok: Token) -> bool:
    """Whether the trigger ``tok`` (its governing verb) is announced for later (see the module
    docstring): its own future auxiliary, or up to two infinitive complements from one ("will
    try to meet", "is going to sign", "is scheduled to visit")."""
    node = tok
    for _ in range(3):
        if _future_aux(node) or _headline_infinitive(node):
            return True
        if node.dep_ not in {"xcomp", "conj"} or node.head.i == node.i:
            return False
        if node.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
            return False  # "X will speak and Y attacked him": a clause of its own
        head = node.head
        if node.dep_ == "xcomp":
            if head.text.lower() == "going" and any(c.dep_ == "aux" for c in head.children):
                return True  # "is going to sign"
            if head.lemma_.lower() in _SCHEDULED or head.text.lower() in _SCHEDULED:
                return True  # "is scheduled to visit", "is set to sign"
        node = head
    return False


def pledged_aid(tok: Token) -> bool:
    """Whether the trigger hands over a thing it names ("lend four patrol vessels", "send
    troops"): announced, a pledge of aid, not only a plan (see the module docstring)."""
    return tok.lemma_.lower() in _GIVING and any(c.dep_ == "dobj" for c in tok.children)
