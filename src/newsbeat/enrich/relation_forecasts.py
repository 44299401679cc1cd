"""Threats that nobody made: a hostile act told in the future is a threat only when its actor
says it (the guidelines: "the act is stated as done"; a plan or a forecast is no relation yet).

The relation rules read "will"/"would" on a hostile act as a threat (THREATEN), made when it is
said: "Dravonia will answer it with every measure at its disposal, the foreign minister said",
"Kaldria warned it would respond". Two readings of the same words are no threat:

* the writer's own forecast, told by no one: "within ten years Kaldria will threaten Dravonia
  with its missiles", "the league will fine Lund for the brawl" as the article's own words
  (no verb of saying governs the clause, and it is not in a quotation someone is said to
  have spoken);
* another named actor's forecast: "the league will fine Lund, Peter Holm reported" (a person
  or an organisation other than the actor, and not one who speaks for it, tells it).

A hostile act promised on a condition ("Norway will attack Sweden if Sweden sends troops")
has the form of a threat whoever tells it, and stays one. But a request or an inquiry promised
on a condition is no threat: "will ask Judge Lund
to modify the verdict if that is rejected" is a plan with a condition, not a hostile promise
(:func:`conditional_request`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.relation_plans import FUTURE_AUX
from newsbeat.enrich.relation_rules import is_reported
from newsbeat.enrich.relation_tellers import speaks_for, teller

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsbeat.enrich.actors import ArticleActors

__all__ = ["conditional_request", "untold_threat"]

# Verbs whose subject tells the clause they govern (or that follows them as a parataxis).
_TELLING = frozenset(
    {"say", "tell", "report", "write", "tweet", "predict", "expect", "believe", "think"}
    | {"announce", "state", "add", "confirm", "warn", "declare", "insist", "claim"}
)
# Requests and inquiries: promised on a condition they are a plan, not a threat. Commands
# ("order", "demand", "insist") promised on a condition stay threats.
_REQUESTS = frozenset(
    {"ask", "request", "urge", "appeal", "petition", "plead", "beg", "implore", "entreat"}
    | {"invite", "lobby", "press", "push", "seek", "recommend", "propose", "advise"}
)


def _future(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children)


def untold_threat(tok: Token, sources: list[str], actors: ArticleActors) -> bool:
    """Whether a THREATEN trigger with a future auxiliary is a forecast, not a threat its
    source made (see the module docstring): no one says it, or a named actor other than the
    source and not speaking for it does.

    Args:
        tok: the trigger (its governing verb).
        sources: the event's sources.
        actors: the article's actors.
    """
    if not _future(tok):
        return False
    if not is_reported(tok):
        return True  # the writer's forecast
    told = teller(tok, _TELLING)
    if told is None or told.pos_ == "PRON":
        return False  # "..., it said": the source's own words
    if speaks_for(told):
        return False
    told_by = actors.actor_at(told.idx, told.idx + len(told.text))
    return told_by is not None and told_by.actor not in sources


def conditional_request(tok: Token, base: str) -> bool:
    """Whether the trigger is a request or an inquiry (not a command), so that promised on a
    condition it is a plan rather than a threat ("will ask Judge Lund to … if that is
    rejected")."""
    lemma = tok.lemma_.lower()
    return base == "INVESTIGATE" or (base == "DEMAND" and lemma in _REQUESTS)
