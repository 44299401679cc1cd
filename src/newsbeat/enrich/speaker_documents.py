"""``The statement said …. It said …``: an "it" that speaks after a document spoke.

When the sentence before an "it said" has a definite document noun ("the statement", "the
report") as its main subject and no organisation is the subject near (the rule of
:func:`~newsbeat.enrich.speaker_roles.salient_it` found none), "it" is that document going
on, and the words are whoever issued it (:func:`~newsbeat.enrich.quote_issuers.issuer_of`:
"TallGrass issued a statement …"), read29, or the name "from" gives it ("A statement from
Velmart said …. "…," it added", quotes33: a subject inside the quote, "We", is not the
sentence's). A document whose issuer is not named gives nobody.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbeat.enrich.quote_issuers import ISSUED, issuer_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["document_it"]


def _main_subject(sent: Span, inside: Callable[[int], bool]) -> Token | None:
    """The subject of a sentence's root, outside quotes."""
    return next(
        (
            t
            for t in sent
            if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == sent.root.i and not inside(t.idx)
        ),
        None,
    )


def document_it(
    pronoun: Token,
    inside: Callable[[int], bool],
    resolve: Callable[[Token], str | None],
) -> str | None:
    """The issuer (resolved by ``resolve``) of the document that is the main subject of the
    sentence before the pronoun's, when the pronoun's own sentence has no subject before it;
    None otherwise."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj":
        return None
    sent = pronoun.sent
    if any(
        t.dep_ in {"nsubj", "nsubjpass"} and t.i < pronoun.i and not inside(t.idx) for t in sent
    ):  # a subject inside the quote ('"We have …," it added') is not the sentence's
        return None
    if sent.start == 0:
        return None
    before = pronoun.doc[sent.start - 1].sent
    subject = _main_subject(before, inside)
    if subject is None or subject.lemma_.lower() not in ISSUED:
        return None
    issuer = issuer_of(subject) or _issued_from(subject)
    return resolve(issuer) if issuer is not None else None


def _issued_from(document: Token) -> Token | None:
    """``A statement from Velmart said …``: the name "from" gives the document, if any."""
    for prep in document.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            named = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if named is not None and named.pos_ == "PROPN":
                return named
    return None
