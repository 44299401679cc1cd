"""Modality of a trigger: negation, intent, hypotheticals, wishes, refusals and vows.

:func:`_modal` reads (negated, intent, hypothetical) off a trigger's auxiliaries and governors
("will support", "is ready to", "could", the writer's own "would"); a negated cooperative event
is a refusal or a bare negation (:func:`_refusal`); a verb of wishing or planning only wishes its
complement (:func:`_wished`); an announced retaliation is a threat (:func:`_retaliation`); a vow
to do something is the intent to do it (:func:`_commitments`).

Moved verbatim out of :mod:`newsbeat.enrich.relations`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.relation_clauses import _infinitive
from newsbeat.enrich.relation_event import SentenceEvent
from newsbeat.enrich.relation_lexicon import _COOPERATIVE, _HOSTILE, lexicon, verb_lemma
from newsbeat.enrich.relation_rules import counterfactual, is_reported
from newsbeat.enrich.relation_triggers import _trigger_type
from newsbeat.enrich.relation_verbal import DISPOSITIONS

if TYPE_CHECKING:
    from spacy.tokens import Token


# Verbs that commit the subject to the event in their complement.
_COMMISSIVES = frozenset({"vow", "swear", "pledge", "promise", "undertake"})

# Verbs whose complement is only wished or planned, not committed to.
_WISHES = frozenset(
    {"want", "wish", "hope", "plan", "intend", "seek", "aim", "try", "attempt", "expect"}
    | {"consider", "mull", "prepare", "need", "like", "love"}
)

_READY = frozenset({"ready", "willing", "prepared", "determined", "eager"})
# Nouns of trying or asking: an act in their infinitive ("efforts to get X to V") is sought.
_ATTEMPTS = frozenset(
    {"effort", "attempt", "bid", "campaign", "push", "drive", "plan", "plot", "scheme", "quest"}
    | {"pressure", "request", "call", "demand", "offer", "proposal", "pledge", "promise"}
)


def _modal(tok: Token) -> tuple[bool, bool, bool]:
    """(negated, intent, hypothetical) of a trigger from its auxiliaries and governors."""
    negated = any(
        c.dep_ == "neg"
        or (c.dep_ == "advmod" and c.lower_ == "never")
        or (c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children))
        for c in tok.children
    )  # "did not sign", "never met", "would no longer patrol"
    hyp = {"could", "might", "may"}
    intent = False
    hypothetical = False
    for c in tok.children:
        if c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall"}:
            intent = True
        if c.dep_ == "aux" and c.lower_ == "have" and counterfactual(tok, c):
            hypothetical = True  # "would have attacked": counterfactual
        if c.dep_ == "aux" and c.lower_ in hyp:
            hypothetical = True
        if c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"}:
            hypothetical = True
    if _writers_would(tok):
        hypothetical = True  # the writer's "would": "a pact would see Sorvenland send ..."
    head = tok.head
    if tok.dep_ == "xcomp" and head.lower_ in _READY:
        intent = True
        # "is not ready to": the parser hangs "not" on the copula, not on "ready"
        holders = [head, head.head] if head.dep_ == "acomp" else [head]
        negated = negated or any(c.dep_ == "neg" for h in holders for c in h.children)
    if tok.dep_ == "xcomp" and head.lemma_ in {"plan", "want", "intend", "hope", "seek"}:
        intent = True
    if tok.dep_ == "xcomp" and head.lower_ in DISPOSITIONS:
        hypothetical = True  # "is inclined to attack X": a leaning, not an act
    if tok.dep_ in {"xcomp", "ccomp"} and head.lemma_ in lexicon()["hypothetical"]:
        hypothetical = hypothetical or head.lemma_ in {"consider", "mull", "weigh", "propose"}
    if tok.dep_ == "xcomp" and any(
        c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in head.children
    ):
        hypothetical = True  # "if the navies began patrolling"
    purpose = tok
    while purpose.dep_ == "conj" and purpose.head.i != purpose.i:
        purpose = purpose.head  # "to reduce X and to block Y": the second as the first
    if (
        purpose.dep_ == "advcl"
        and _infinitive(tok)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
        and purpose.head.lemma_.lower() not in _COMMISSIVES
        and _trigger_type(purpose.head) is not None
    ):
        # The purpose of another event: "formed an alliance to clear plastic" (not yet done).
        hypothetical = True
    if tok.dep_ == "xcomp" and head.lemma_ == "have":
        hypothetical = True  # "might have to trade X", "has to sign": an obligation, not done
    if _under_possibility(tok):
        hypothetical = True  # "could do it …, giving X the money"
    if tok.dep_ == "xcomp" and head.lemma_ in {"fail", "refuse", "decline"}:
        negated = True
    return negated, intent, hypothetical


def _refusal(tok: Token, intent: bool) -> bool:
    """A negation that is a refusal: of will ("would not meet", "refused to sign") or by the
    verb's meaning (the lexicon's ``negated_types``: "did not accept"); not a failure or a
    plain "did not sign"."""
    if intent or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in {"refuse", "decline"}):
        return True
    return verb_lemma(tok) in lexicon()["negated_types"]


def _wished(tok: Token) -> bool:
    """The trigger completes a verb of wishing or planning ("wants to sign", "plans to meet
    X", "hopes to reach a deal with Y"), directly or as the first of its conjuncts; or, as an
    infinitive, what someone else is wanted to do ("wants Kaldria to investigate X") or what an
    attempt seeks, through the infinitives between ("efforts to get Kaldria to investigate X")."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "xcomp" and node.head.lemma_.lower() in _WISHES:
        return True
    if _infinitive_clause(node) and node.head.lemma_.lower() in _WISHES:
        return True  # "believed Kaldria needed to investigate X", parsed as an adverbial
    for _ in range(3):
        if not _infinitive(node) or node.head.i == node.i:
            return False
        head = node.head.lemma_.lower()
        if node.dep_ == "acl":
            return head in _ATTEMPTS
        if node.dep_ not in {"xcomp", "ccomp"}:
            return False
        if head in _WISHES:
            return True
        node = node.head
    return False


def _infinitive_clause(tok: Token) -> bool:
    """An adverbial "to"-infinitive without a subject of its own: the parser's reading of a
    verb's complement after a finite "needed" in a reported clause."""
    return (
        tok.dep_ == "advcl"
        and _infinitive(tok)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
    )


def _under_possibility(tok: Token) -> bool:
    """Whether the trigger completes, or is a subjectless participle of, a verb with "could",
    "might" or "may" ("might have to trade X", "could do it, giving X the money")."""
    node = tok
    for _ in range(3):
        participle = node.dep_ == "advcl" and node.tag_ == "VBG"
        if node.dep_ != "xcomp" and not participle:
            return False
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children) or node.head.i == node.i:
            return False
        node = node.head
        if any(c.dep_ == "aux" and c.lower_ in {"could", "might", "may"} for c in node.children):
            return True
    return False


def _writers_would(tok: Token) -> bool:
    """Whether the trigger, or a verb it is the complement of, has a "would" that is nobody's
    reported words (see :func:`~newsbeat.enrich.relation_rules.is_reported`)."""
    node = tok
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in node.children):
            return not is_reported(node)
        if node.dep_ not in {"xcomp", "ccomp", "conj"} or node.head.i == node.i:
            return False
        if node.dep_ == "ccomp" and is_reported(node):
            return False
        node = node.head
    return False


def _retaliation(tok: Token) -> bool:
    """ "retaliate", or "answer"/"respond"/"react" with means ("answer it with every measure"):
    announced, it is a threat. "Respond to the letter" is a reply, not a threat."""
    lemma = tok.lemma_.lower()
    if lemma == "retaliate":
        return True
    if lemma not in {"answer", "respond", "react", "reply"}:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


def _commitments(events: list[SentenceEvent]) -> None:
    """A vow to do something is the intent to do it: "have sworn to fight" is THREATEN, "vowed
    to cooperate" AGREE — whatever the vowing verb alone would be ("swear" is DISAPPROVE as in
    "swore at"). The vowed event keeps being part of the vow."""
    by_token = {e.trigger.i: e for e in events}
    for e in events:
        if e.trigger.lemma_.lower() not in _COMMISSIVES or e.negated:
            continue
        for child in e.trigger.children:
            inner = by_token.get(child.i)
            if inner is None or inner.negated:
                continue
            infinitive = _infinitive(child)
            if not (child.dep_ == "xcomp" or (child.dep_ == "advcl" and infinitive)):
                continue
            base = _trigger_type(child) or inner.type
            if base in _HOSTILE | {"PROTEST", "THREATEN"}:
                e.type = "THREATEN"
            elif base in _COOPERATIVE:
                e.type = "AGREE"
            else:
                continue
            if not e.targets:
                e.targets = list(inner.targets)
                e.loose.update({n: w for n, w in inner.loose.items() if n in e.targets})
            inner.negated = True  # vowed, not done
