"""Reported words relayed by "quoted X as saying" (issue 12, read31 M-e).

``The Velmar Courier quoted Mayor Ada Holm as saying the bridge would reopen in May`` and
``Mayor Ada Holm was quoted by the Courier as saying that …`` report the mayor's words; the
outlet is only the medium. The participle "saying" has no subject of its own, so the rules of
:mod:`newsbeat.enrich.quote_indirect` give nothing. Here the words are the clause "saying"
reports, the speaker the person quoted (the object of an active "quoted", the subject of a
passive one) and the medium (the subject of the active verb, the agent of the passive) is kept
as ``via``. Only a speaker written by name: ``quoted him as saying`` and ``quoted an official
source as saying`` give nothing (a pronoun here is a guess, a common noun names nobody), and
nor do words that open a direct quote (the direct-quote rules read those), nor words the parse
ends before their sentence does (``… as saying rescue teams were sent and people in the
villages [moved quickly]``: the rest hung elsewhere, the words would be a fragment).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import indices_in, lowers
from newsbeat.enrich.doc_text import span_text
from newsbeat.enrich.quote_indirect import _garbled_report, _reported_clause, _reported_end
from newsbeat.enrich.quote_media import actor_or_phrase
from newsbeat.enrich.quote_records import FoundQuote, inside
from newsbeat.enrich.speaker_tokens import resolve_speaker_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsbeat.enrich.actors import ArticleActors
    from newsbeat.enrich.quote_marks import QuoteSpan

__all__ = ["quoted_as_quotes"]

_RELAYING = frozenset({"quote", "cite"})


def _parts(saying: Token) -> tuple[Token, Token | None] | None:
    """(the person quoted, the medium) of a "saying" hung from "quoted … as", or None."""
    as_tok = saying.head
    if saying.dep_ != "pcomp" or as_tok.lower_ != "as" or as_tok.dep_ != "prep":
        return None
    verb = as_tok.head
    if verb.lemma_ not in _RELAYING or verb.pos_ != "VERB":
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    person: Token | None = None
    medium: Token | None = None
    for child in verb.children:
        if passive and child.dep_ == "nsubjpass":
            person = child
        elif passive and child.dep_ == "agent":
            medium = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif not passive and child.dep_ == "dobj":
            person = child
        elif not passive and child.dep_ == "nsubj":
            medium = child
    if person is None:
        return None
    return person, medium


def quoted_as_quotes(doc: Doc, actors: ArticleActors, spans: list[QuoteSpan]) -> list[FoundQuote]:
    """The indirect quotes of "X quoted Y as saying …" and "Y was quoted by X as saying …"."""
    out: list[FoundQuote] = []
    # the "saying"s found in the lowered words' column: a token object only for each of them
    for i in indices_in(lowers(doc), ("saying",)):
        tok = doc[i]
        if tok.lemma_ != "say" or inside(tok.idx, spans):
            continue
        parts = _parts(tok)
        if parts is None:
            continue
        person, medium = parts
        if person.pos_ != "PROPN" or inside(person.idx, spans):
            continue  # "quoted him as saying", "quoted an official source as saying"
        clause = _reported_clause(tok)
        if clause is None or inside(clause.idx, spans) or inside(clause.left_edge.idx + 1, spans):
            continue
        left, right = clause.left_edge.i, _reported_end(clause)
        if any(not (t.is_punct or t.is_space) for t in doc[right : tok.sent.end]):
            continue  # the parse cut the words before the sentence ends: a fragment
        if any(inside(doc[i].idx, spans) for i in range(left, right)):
            continue  # a direct quote inside: the direct-quote rules read it
        content = span_text(doc[left:right]).strip()
        if content.lower().startswith("that "):
            content = content.split(" ", 1)[1]
        # read against "quoted": the participle "saying" has no subject of its own by nature
        if len(content.split()) < 3 or _garbled_report(tok.head.head, clause, content):
            continue
        name, s, e = resolve_speaker_token(person, actors, spans, bare_nouns=False)
        if name is None:
            continue
        via = actor_or_phrase(medium, actors) if medium is not None else None
        out.append(
            FoundQuote(
                text=content,
                start=doc[left].idx,
                end=doc[right - 1].idx + len(doc[right - 1].text),
                speaker=name,
                speaker_start=s,
                speaker_end=e,
                via=via,
                kind="indirect",
                sentence=span_text(tok.sent).strip(),
            )
        )
    return out
