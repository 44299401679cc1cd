"""A sentence that names a person as an owner, or a person of a post or part as its subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.relation_nonacts import FORECASTERS
from newsbeat.enrich.speaker_hints import gendered_noun
from newsbeat.enrich.speaker_persons import _compatible
from newsbeat.enrich.speaker_rolenouns import PERSON_ROLES

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

    from newsbeat.enrich.actors import MentionRef


def _fitting_owners(
    sent: Span,
    rooted: list[tuple[MentionRef, Token | None]],
    gender: str | None,
    stated: dict[str, str],
) -> set[str]:
    """The persons a sentence names as owners ("on Vell's behalf") whom the pronoun may
    stand for. Other passing roles are left to the walk back: an appositive ("The
    Chancellor, Anna Marr, said …") or an "according to X" sentence is how a speaker is
    introduced, and nobody there would lose right speakers."""
    return {
        m.actor
        for m, tok in rooted
        if tok is not None
        and sent.start <= tok.i < sent.end
        and tok.dep_ == "poss"
        and tok.i + 1 < len(tok.doc)
        and tok.doc[tok.i + 1].tag_ == "POS"  # written "Vell's", not "a Nichols offer" misparsed
        and _compatible(m.actor, gender, stated)
    }


def _role_subject(subjects: list[Token], inside: Callable[[int], bool]) -> Token | None:
    """The first subject outside quotes that is a person, or persons, of no stated sex named
    by a post or part ("The judge rejected …", "Brell's lawyers said …"), or None; a thing
    ("Brell's career") is none."""
    for tok in subjects:
        if inside(tok.idx) or tok.pos_ != "NOUN":
            continue
        if gendered_noun(tok) is None and _role_lemma(tok):
            return tok
    return None


def _pronoun_owned(tok: Token) -> bool:
    """Whether a person's noun is owned by a person pronoun ("his lawyer", "her coach"):
    someone other than the one the pronoun stands for."""
    return any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in tok.children)


def _role_lemma(tok: Token) -> bool:
    """Whether the noun's lemma names a person by a post or part (either number)."""
    lemma = tok.lemma_.lower()
    return lemma in PERSON_ROLES or lemma in FORECASTERS


def _other_name(
    sent: Span,
    owner: str,
    rooted: list[tuple[MentionRef, Token | None]],
    inside: Callable[[int], bool],
) -> bool:
    """Whether the sentence writes, outside quotes, a proper noun that is a person's,
    untyped, a subject or the source "according to" names, and not the owner's ("According to
    Ham, the administration … disagreed with Obama's policies": Ham may be whom the pronoun
    means; "Following Khan's speech, Woods shared her belief": the sentence is Woods's)."""
    own = [(m.start, m.end) for m, _ in rooted if m.actor == owner]
    return any(
        t.pos_ == "PROPN"
        and (
            t.ent_type_ in {"", "PERSON"}
            or t.dep_ in {"nsubj", "nsubjpass"}  # a subject of its own, whatever NER typed
            or according_to(t)
        )
        and not inside(t.idx)
        and not any(a <= t.idx < b for a, b in own)
        # "Mrs. Marr's career": a title of the owner's name is no other name
        and not (t.dep_ == "compound" and any(a <= t.head.idx < b for a, b in own))
        for t in sent
    )


def according_to(tok: Token) -> bool:
    """Whether the token is the one "according to" names, whatever NER typed it."""
    head = tok.head
    return (
        tok.dep_ == "pobj"
        and head.lower_ == "to"
        and head.i > 0
        and tok.doc[head.i - 1].lower_ == "according"
    )


def _followed_before(name: str, sent: Span, rooted: list[tuple[MentionRef, Token | None]]) -> bool:
    """Whether the person is named before the sentence too, outside quotes: one the story
    already follows (read on real court and campaign reports: the owner such a sentence
    names then is whom the next he/she means), not someone it brings in in passing."""
    return any(m.actor == name and tok is not None and tok.i < sent.start for m, tok in rooted)


def _noun_subject_before(pronoun: Token) -> bool:
    """Whether the pronoun's sentence has a subject that is no pronoun before it."""
    return any(
        t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ != "PRON"
        for t in pronoun.doc[pronoun.sent.start : pronoun.i]
    )
