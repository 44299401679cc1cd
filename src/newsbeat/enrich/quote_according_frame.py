"""A quote that opens in a sentence told "according to" a person: ``According to Tomas Reel,
the singer was chosen "because we want it to be fun. …," People quoted him as saying.``

The words in the marks are the source's: the sentence gives them as what Reel says, and the
pronoun of the cue ("him", "he said") goes on with him, not with the sentence's subject (read39:
"According to Laurence Mark, producer of the telecast, the Australian actor has been selected
"because …," People quoted him as saying" gave the actor). :func:`framing_person` gives the one
person "according to" names in the quote's opening sentence before its opening mark, outside
quotes; the quote stage then takes that person for a pronoun cue, or nobody when the pronoun's
sex is not that person's (never the subject the pronoun would otherwise fall on).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.names import first_name_gender
from newsbeat.enrich.quote_records import inside
from newsbeat.enrich.speaker_hints import stated_genders

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsbeat.enrich.actor_table import ArticleActors
    from newsbeat.enrich.quote_marks import QuoteSpan

__all__ = ["framing_person", "sex_may_fit"]


def framing_person(
    doc: Doc, q: QuoteSpan, actors: ArticleActors, spans: list[QuoteSpan]
) -> str | None:
    """The one person named by "according to" in the sentence the quote opens in, before the
    quote and outside every quote; None when none or several are."""
    first = doc.char_span(q.start, q.end, alignment_mode="expand")
    if first is None or not len(first):
        return None
    sent = first[0].sent
    found: set[str] = set()
    for tok in sent:
        if tok.idx >= q.start or tok.lower_ != "according" or inside(tok.idx, spans):
            continue
        if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            continue
        for obj in doc[tok.i + 1].children:
            if obj.dep_ != "pobj":
                continue
            mention = actors.actor_at(obj.idx, obj.idx + len(obj.text))
            if mention is not None and actors.type_of(mention.actor) == "PERSON":
                found.add(mention.actor)
    return next(iter(found)) if len(found) == 1 else None


def sex_may_fit(doc: Doc, actors: ArticleActors, name: str, sex: str) -> bool:
    """Whether a pronoun of ``sex`` may stand for ``name``: not when the article states the
    other sex for the person, nor when the first name is given only to the other sex."""
    stated = stated_genders(doc, actors).get(name)
    if stated is not None:
        return stated == sex
    only = first_name_gender(name, only=True)
    return only is None or only == sex
