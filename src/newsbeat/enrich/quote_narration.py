"""A few quoted words inside the writer's own sentence about someone else.

``In May a coalition of groups released a plan calling on the mayor to improve access to
"night care."`` / ``The plan named the office a "post of interest."``: the quoted words sit
in a sentence of narration whose subject is a noun phrase (a coalition, a plan), with no verb
of saying. They are that phrase's words or a term the writer marks, not a continuation of the
last person quoted a paragraph before. :func:`narrated_by_other` tells such a quote apart, and
the quote then keeps no speaker. A sentence whose subject is a pronoun ("It would go to "…"")
or the previous speaker goes on with that speaker as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.quote_attribution import CUE_LEMMAS
from newsbeat.enrich.quote_context import opens_sentence
from newsbeat.enrich.quote_records import inside

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from newsbeat.enrich.actors import ArticleActors
    from newsbeat.enrich.quote_marks import QuoteSpan
    from newsbeat.enrich.quote_records import FoundQuote

__all__ = ["narrated_by_other"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _main_subject(sent: Span, q: QuoteSpan, quotes: list[QuoteSpan]) -> Token | None:
    """The subject of the sentence's main verb, when both stand before the quote and outside
    quotation marks."""
    root = sent.root
    if root.idx >= q.start or inside(root.idx, quotes):
        return None
    if root.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "acl" and c.tag_ in {"VBD", "VBN"} for c in root.children
    ):
        return root  # "The plan named the office …": the parse made the verb a modifier
    return next((c for c in root.children if c.dep_ in _SUBJECTS and c.idx < q.start), None)


def _speaks(sent: Span, quotes: list[QuoteSpan]) -> bool:
    """Whether the sentence holds a verb of saying outside quotation marks."""
    return any(
        t.lemma_ in CUE_LEMMAS and t.pos_ in {"VERB", "AUX"} and not inside(t.idx, quotes)
        for t in sent
    )


def narrated_by_other(
    sent: Span,
    q: QuoteSpan,
    previous: FoundQuote,
    actors: ArticleActors,
    quotes: list[QuoteSpan],
) -> bool:
    """Whether a quote with no attribution sits inside a sentence of narration about someone
    or something other than the previous speaker: not opening its sentence, no verb of saying
    in it, and the main verb's subject a noun phrase that is not the previous speaker."""
    if opens_sentence(sent, q) or _speaks(sent, quotes):
        return False
    subject = _main_subject(sent, q, quotes)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return False
    return not _names_speaker(subject, previous, actors)


def _names_speaker(subject: Token, previous: FoundQuote, actors: ArticleActors) -> bool:
    """Whether the subject's phrase names the previous speaker, as the subject or its owner
    ("Ortiz", "Ortiz's plan")."""
    for tok in subject.subtree:
        if tok.pos_ == "PROPN" or tok.i == subject.i:
            mention = actors.actor_at(tok.idx, tok.idx + len(tok.text))
            if mention is not None and mention.actor == previous.speaker:
                return True
    return False
