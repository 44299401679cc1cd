"""A subject that is a name NER missed, and the person named before whose surname it is."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from newsbeat.enrich.actors import ArticleActors


_INNER_KEY = "newsbeat_inner_capitals"  # doc.user_data: words written capitalised mid-sentence


def missed_name(tok: Token) -> bool:
    """Whether a subject is a name NER left untyped: a capitalised noun outside every
    entity that the article also writes capitalised inside a sentence, outside any entity
    ("Darcy Davies, an agriculture student, …. Davies wrote that": "Davies" read as the
    plural of a noun)."""
    if tok.ent_type_ or tok.pos_ not in {"NOUN", "PROPN"} or not tok.is_title:
        return False
    if any(c.dep_ in {"det", "poss", "compound"} for c in tok.children):
        return False  # "the Courier reported": a name takes no article
    if _common_noun(tok):
        return False  # "Police said …", capitalised in a headline too
    doc = tok.doc
    inner = doc.user_data.get(_INNER_KEY)
    if not isinstance(inner, frozenset):
        inner = doc.user_data[_INNER_KEY] = frozenset(
            t.text for t in doc if t.is_title and not t.is_sent_start and not t.ent_type_
        )
    return tok.text in inner and (tok.is_sent_start or _written_inside_twice(tok))


def _common_noun(tok: Token) -> bool:
    """Whether the word is a common noun of the pipeline's word list, or a regular plural of
    one ("officials"; not "Davies", whose lemma "davy" it does not begin with)."""
    from newsbeat.enrich.nlp import common_nouns  # spaCy is loaded when there is a parse

    nouns = common_nouns(tok.doc)
    lemma = tok.lemma_.lower()
    return tok.lower_ in nouns or (lemma in nouns and tok.lower_.startswith(lemma))


def _written_inside_twice(tok: Token) -> bool:
    """Whether another token inside a sentence is written as ``tok`` is, outside entities."""
    return any(
        t.i != tok.i and t.text == tok.text and not t.is_sent_start and not t.ent_type_
        for t in tok.doc
    )


def _missed_word(
    candidates: list[Token], pronoun: Token, inside: Callable[[int], bool]
) -> str | None:
    """The word of the first subject before the pronoun, outside quotes, that is a name NER
    missed (:func:`missed_name`); None when there is none."""
    for tok in candidates:
        if tok.i < pronoun.i and not inside(tok.idx) and missed_name(tok):
            return str(tok.text)
    return None


def bearer_of(word: str, pronoun: Token, actors: ArticleActors) -> str | None:
    """The one person named before ``pronoun`` (any token) whose full name ends with
    ``word``; None when there is none or more than one."""
    names = bearers_of(word, pronoun, actors)
    return names.pop() if len(names) == 1 else None


def bearers_of(word: str, pronoun: Token, actors: ArticleActors) -> set[str]:
    """Every person named before ``pronoun`` (any token) whose full name ends with ``word``."""
    return {
        m.actor
        for m in actors.mentions
        if m.end <= pronoun.idx and " " in m.actor and m.actor.split()[-1] == word
        if actors.type_of(m.actor) == "PERSON"
    }
