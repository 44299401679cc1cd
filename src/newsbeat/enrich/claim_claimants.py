"""Who a claim's claimant is when the text names it by a common noun.

``… across Facebook's platforms, according to the company``: a claimant written as a definite
body-kind noun (``the company``, ``the airline``, ``the bank``) is the one organisation the
sentence names before it, or else the organisation the text is about
(:func:`~newsbeat.enrich.speaker_roles.salient_body`, as a quote's "the company said" is);
when neither is found the noun stays as written, as before. "it" and "they" are read as a
quote's "it said" is: the organisation that is a subject just before, else nobody (never the
last organisation named, which is the pronoun's referent too rarely). "According to X"
tells the figures of the whole sentence but of a conjunct clause whose subject is another
named actor ("According to data released by X, capacity reached 2.4 GW and Norvia plans to
install 12 GW": the 12 GW is Norvia's plan, not X's data; "… and imports fell 3%" stays X's).
A document that finds or shows a figure tells it for whoever issued it ("A report from the
Harlow Institute found that 12% …", "The Budget Office's projections show a deficit of …":
:func:`document_finds`; only a body named in the document's own phrase, :func:`named_within`),
and an estimate in the passive is its agent's ("The deficit is
projected by the Budget Office to reach …": :func:`passive_agent`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.speaker_roles import BODY_KINDS, bare_definite, salient_body
from newsbeat.enrich.speaker_tokens import resolve_speaker_token

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

__all__ = ["according_covers", "claimant_of", "document_finds", "named_within", "passive_agent"]

_NAMED = frozenset({"ORG", "GPE", "PERSON", "NORP"})


def claimant_of(tok: Token, actors: ArticleActors, inside: Callable[[int], bool]) -> str | None:
    """The claimant a subject or "according to" object names (see the module docstring);
    ``inside`` tells whether a character is inside a direct quote."""
    if tok.lower_ in {"it", "they"}:
        # as a quote's "it said": the organisation that is a subject just before, never the
        # last one named ("its order of 30 Orsa jets, it announced …" is not Orsa's)
        return resolve_speaker_token(tok, actors, [], bare_nouns=False)[0]
    name = resolve_speaker_token(tok, actors, [])[0]
    if name is None or not bare_definite(tok) or tok.lemma_.lower() not in BODY_KINDS:
        return name
    return _named_before(tok, actors, inside) or salient_body(tok, actors, inside) or name


def _named_before(tok: Token, actors: ArticleActors, inside: Callable[[int], bool]) -> str | None:
    """The one organisation the noun's sentence names before it, outside quotes (None for
    none or several)."""
    sent = tok.sent
    named = {
        m.actor
        for m in actors.mentions
        if m.label == "ORG"
        and sent.start_char <= m.start
        and m.end <= tok.idx
        and not inside(m.start)
    }
    return next(iter(named)) if len(named) == 1 else None


def according_covers(according: Token, pos: int) -> bool:
    """Whether an "according to" phrase tells the figure at character ``pos``: not when the
    figure is in a later conjunct clause of the phrase's verb whose subject is a name."""
    verb = according.head
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < according.i:
            continue
        own = any(c.dep_ in {"nsubj", "nsubjpass"} and c.ent_type_ in _NAMED for c in conj.children)
        first, last = conj.left_edge, conj.right_edge
        if own and first.idx <= pos < last.idx + len(last.text):
            return False
    return True


# Documents whose findings are their issuer's figures (our own list): "the report found",
# "the figures show". Any other subject of "find" or "show" ("police found 12 bodies", "the
# video shows 12 men") tells nothing.
_DOCUMENTS = frozenset(
    {"report", "study", "survey", "data", "datum", "figure", "statistic", "poll", "analysis"}
    | {"estimate", "projection", "forecast", "review", "audit", "research", "census"}
    | {"assessment", "finding", "count", "tally"}
)
_FINDING = frozenset({"find", "show"})


def document_finds(verb: Token) -> bool | None:
    """For "find" or "show": whether the verb's subject is a document whose findings it gives
    (``A report from X found that …``); None for any other verb."""
    if verb.lemma_ not in _FINDING:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _DOCUMENTS:
        return False
    # "polls from Monmouth and CNN/ORC respectively show 56% and 54%": whose figure is which
    # the claim cannot say
    return not any(t.dep_ == "conj" for t in subj.subtree)


def passive_agent(verb: Token) -> Token | None:
    """``The deficit is projected by the Budget Office to reach …``: the "by" phrase of a
    passive verb with no subject of its own, else None."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        return None
    return next((c for c in agent.children if c.dep_ == "pobj"), None)


def named_within(tok: Token, name: str, actors: ArticleActors) -> bool:
    """Whether ``name`` is mentioned in the words ``tok`` heads ("the Gallup poll", "a poll by
    X", "X's projections"): a document's issuer is named with it, not found elsewhere."""
    last = tok.right_edge
    start, end = tok.left_edge.idx, last.idx + len(last.text)
    return any(m.actor == name and start <= m.start and m.end <= end for m in actors.mentions)
