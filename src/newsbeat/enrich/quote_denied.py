"""Words in quotation marks that the person named denies having said.

``Penn denied saying "the mill will close"`` and ``…, Penn said, rejecting claims he had told
voters "the bridge is coming"``: the words in marks are what others say Penn said, and Penn
says he did not; shown as Penn's quote they would make him say what he denies. A quote record
cannot say "denied", so :func:`denied_words` finds them and the quote is dropped (say less).
A denial verb frames the words when its complement (``saying …``, ``that he had said …``)
starts before the quote, outside the marks; a claim noun (``claims``, ``allegations``,
``reports``) does when it is the object of a denial verb and the quote sits in the clause it
holds, unless the claim is someone's (``dismissed Brandt's claim that the city had "…"``:
Brandt's words). The denial's own words stay the speaker's: ``"I never said that," Penn denied``,
``Penn denied it, saying: "…"`` (an adverbial, no complement), ``dismissed the claims as
"nonsense"`` (the ``as`` phrase is his verdict, not the claim's content).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import heads

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["denied_words"]

# Verbs whose complement is what the subject says is untrue (our own list).
_DENYING = frozenset({"deny", "refute", "dispute"})
# Verbs that deny a claim named as their object ("rejecting claims that …").
_REJECTING = _DENYING | frozenset({"reject", "dismiss", "rebut", "repudiate"})
# Nouns for what others said someone said or did.
_CLAIMS = frozenset(
    {"claim", "allegation", "accusation", "suggestion", "report", "rumour", "rumor"}
    | {"assertion", "charge", "story", "insinuation"}
)
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "pcomp"})
_CONTENT = frozenset({"acl", "ccomp", "relcl"})
_CLIMB = 8


def _quote_root(words: Span) -> Token | None:
    """The first token of the quote's words whose head stands outside them."""
    head, start, end = heads(words.doc), words.start, words.end
    for k in range(start, end):
        if not start <= head[k] < end:
            return words.doc[k]
    return None


def _starts_before(clause: Token, verb: Token, quote_start: int) -> bool:
    """Whether a clause's first word stands after its verb and before the quote, outside the
    marks (an opening mark the parse hung in the clause is no word of it)."""
    first = next((t for t in clause.subtree if not t.is_punct), clause)
    return verb.i < first.i and first.idx < quote_start


def _denies(head: Token, child: Token, quote_start: int) -> bool:
    """Whether ``head`` denies the words under ``child`` (see the module docstring)."""
    if head.lemma_ in _DENYING and child.dep_ in _COMPLEMENTS:
        return _starts_before(child, head, quote_start)
    if head.lemma_.lower() in _CLAIMS and head.pos_ == "NOUN" and child.dep_ in _CONTENT:
        verb = head.head
        return (
            head.dep_ == "dobj"
            and verb.lemma_ in _REJECTING
            and not any(c.dep_ == "poss" for c in head.children)
            and _starts_before(child, head, quote_start)
        )
    return False


def denied_words(words: Span) -> bool:
    """Whether the quote whose tokens are ``words`` holds words its subject denies saying."""
    node = _quote_root(words)
    if node is None:
        return False
    quote_start = words[0].idx
    for _ in range(_CLIMB):
        head = node.head
        if head.i == node.i or node.dep_ == "advcl":
            # "disputed that he was estranged, saying instead he was "…"": an adverbial
            # clause gives the subject's own words, not the denied ones
            return False
        if _denies(head, node, quote_start):
            return True
        node = head
    return False
