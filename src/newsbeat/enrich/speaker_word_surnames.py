"""A surname that is also an English word, read as one by the parse: ``Early says …``.

``… says Chris Early, senior vp at Ubisoft. … Early says there is a possibility that …
"Our objective is …," he says.`` (read39): the tagger made "Early" an adverb of "says", so the
sentence had no subject and the "he" fell on a man named paragraphs before. A verb of saying
with no subject of its own, right after a capitalised word that is the last word of exactly
one person the article named before (in full), has that person as its subject:
:func:`word_surname_subjects` gives them, for the pronoun rules to weigh like any subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

    from newsbeat.enrich.actors import ArticleActors

__all__ = ["word_surname_subjects"]

_SAYING = frozenset({"say", "tell", "add", "explain", "note", "insist", "argue", "claim"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _bearer(word: Token, actors: ArticleActors) -> str | None:
    """The one person named before ``word`` in full whose last word it is, else None."""
    found = {
        m.actor
        for m in actors.mentions
        if m.end <= word.idx
        and actors.type_of(m.actor) == "PERSON"
        and len(m.actor.split()) >= 2
        and m.actor.split()[-1] == word.text
    }
    return next(iter(found)) if len(found) == 1 else None


def word_surname_subjects(
    sent: Span, actors: ArticleActors, inside: Callable[[int], bool]
) -> list[tuple[Token, str]]:
    """The capitalised words of ``sent`` (outside quotes, no entity of their own) standing
    right before a verb of saying that has no subject, each with the person whose surname it
    is; empty when there is none."""
    out: list[tuple[Token, str]] = []
    for verb in sent:
        if verb.lemma_ not in _SAYING or verb.pos_ != "VERB" or verb.i == sent.start:
            continue
        if any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        word = verb.doc[verb.i - 1]
        if word.head.i != verb.i or word.pos_ not in {"ADV", "ADJ", "PROPN", "NOUN"}:
            continue
        if not word.is_title or word.ent_type_ or inside(word.idx):
            continue
        bearer = _bearer(word, actors)
        if bearer is not None:
            out.append((word, bearer))
    return out
