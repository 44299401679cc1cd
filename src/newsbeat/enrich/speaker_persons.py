"""The person mentions a pronoun rule reads: their roots, modifiers, depth, subjects and sex."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import doc_arrays, kept_spans, word_ids
from newsbeat.enrich.names import first_name_gender
from newsbeat.enrich.speaker_hints import mention_root

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from newsbeat.enrich.actors import ArticleActors, MentionRef


# Dependencies of a name that only describes something else ("the Biden administration",
# "Trump's lawyer").
_MODIFIER_DEPS = frozenset({"compound", "poss", "amod", "nmod"})


# doc.user_data: (the actors' mentions, their roots); tokens, dropped after the analysis
_ROOTS_KEY = kept_spans("newsbeat_person_roots")


def _person_roots(doc: Doc, actors: ArticleActors) -> list[tuple[MentionRef, Token | None]]:
    """Every person mention with its root token, computed once per article (an article of
    many pronouns would otherwise align every mention again for each) and kept in the doc's
    ``user_data``, for the mentions list it was computed from."""
    cached = doc.user_data.get(_ROOTS_KEY)
    if cached is not None and cached[0] is actors.mentions:
        found: list[tuple[MentionRef, Token | None]] = cached[1]
        return found
    people = [m for m in actors.mentions if m.label == "PERSON"]
    roots = [(m, mention_root(doc, m.start, m.end)) for m in people]
    doc.user_data[_ROOTS_KEY] = (actors.mentions, roots)
    return roots


def _modifier(tok: Token) -> bool:
    """A name that modifies a noun that is not itself a person's name."""
    return tok.dep_ in _MODIFIER_DEPS and tok.head.ent_type_ != "PERSON"


def _depth(tok: Token) -> int:
    """How many heads up to the sentence root."""
    depth = 0
    while tok.head.i != tok.i and depth < 50:
        tok, depth = tok.head, depth + 1
    return depth


def _as_subject(tok: Token) -> Token | None:
    """The subject a person's name stands as: the name itself, or the common noun it is in
    apposition to ("The newspaper's columnist, Ruth Ambrose, wrote"); None for a name that is
    no subject."""
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        return tok
    if tok.dep_ == "appos" and tok.head.dep_ in {"nsubj", "nsubjpass"} and tok.head.pos_ == "NOUN":
        return tok.head
    return None


def _compatible(name: str, gender: str | None, stated: dict[str, str] | None = None) -> bool:
    """Whether a name may be a pronoun of that sex: what the text states ("Holm, his widow")
    first, then the first name; a first name given mostly, not only, to the other sex
    ("Bernie", "Leslie", "Robin") does not rule the pronoun out."""
    if gender is None:
        return True
    found = (stated or {}).get(name) or first_name_gender(name, only=True)
    return found is None or found == gender


def compatible_name(name: str, gender: str | None, stated: dict[str, str] | None = None) -> bool:
    """Whether a person's name may be a pronoun of that sex (see ``_compatible``)."""
    return _compatible(name, gender, stated)


def _subjects_in(sent: Span) -> list[Token]:
    """The sentence's subjects (``nsubj``, ``nsubjpass``) in order, found in the doc's
    arrays: :func:`_untagged_name`, :func:`mistyped_surname` and :func:`_unnamed_subjects`
    name no other token."""
    doc = sent.doc
    labels = doc_arrays(doc).dep
    wanted = word_ids(("nsubj", "nsubjpass"))
    return [doc[i] for i in range(sent.start, sent.end) if labels[i] in wanted]
