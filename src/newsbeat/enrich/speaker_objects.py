"""The person a sentence before the pronoun's puts as an object: asked a question, named, or
given as the source with "according to"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.speaker_hints import written_full_name
from newsbeat.enrich.speaker_owners import according_to
from newsbeat.enrich.speaker_persons import _compatible, _modifier

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

    from newsbeat.enrich.actors import MentionRef


# Verbs that put a question to the person who is their object (or their passive subject).
_ASKING = frozenset({"ask", "question", "press", "interview", "quiz", "grill"})


_ASKED_DEPS = frozenset({"dobj", "dative", "nsubjpass"})


def _a_request(verb: Token) -> bool:
    """``asked X to resign`` / ``pressed X for a vote``: the verb asks for an act or a thing,
    not an answer."""
    for child in verb.children:
        if child.dep_ in {"xcomp", "ccomp"} and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in child.children
        ):
            return True
        if child.dep_ == "prep" and child.lower_ == "for":
            return True
    return False


def _main_clause(verb: Token) -> bool:
    """Whether a verb is its sentence's main verb, one coordinated with it, or the verb of
    the clause it reports ("X wrote that Y was asked …"); not the verb of an adverbial or
    relative clause ("…, when a voter asked X why …", told within someone's account)."""
    while verb.dep_ in {"conj", "ccomp"} and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _asked_person(
    sent: Span,
    pronoun: Token,
    gender: str | None,
    rooted: list[tuple[MentionRef, Token | None]],
    stated: dict[str, str],
) -> str | None:
    """The person a question is put to in a sentence before the pronoun's own, if the
    pronoun (he or she, not a plural or unknown sex) may be that person and does not ask a
    question itself; None otherwise."""
    if gender is None or sent.start == pronoun.sent.start or pronoun.head.lemma_ in _ASKING:
        return None
    for m, tok in rooted:
        if tok is None or not sent.start <= tok.i < sent.end or tok.dep_ not in _ASKED_DEPS:
            continue
        verb = tok.head
        if verb.lemma_ not in _ASKING or verb.pos_ != "VERB" or _a_request(verb):
            continue
        if not _main_clause(verb):
            continue  # "…, when a young man asked Vell why …": a scene told, not an interview
        if tok.dep_ == "nsubjpass" or any(c.dep_ == "nsubj" for c in verb.children):
            name = written_full_name(tok, m.actor) or m.actor
            if _compatible(name, gender, stated):
                return name
    return None


_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})


def _object_person(
    sent: Span,
    subjects: list[Token],
    gender: str | None,
    rooted: list[tuple[MentionRef, Token | None]],
    stated: dict[str, str],
    inside: Callable[[int], bool],
) -> str | None:
    """The person a sentence before the pronoun's introduces as an object when its subject
    cannot be the pronoun: an imperative with no subject ("Just look at Speaker Tom Vell.";
    a sentence whose subject the parse lost, "Will described Vell as …", is not one) or a
    sentence whose subjects are people of the other sex ("Maria Lind told Senator Tom Vell …"
    before "he said"). One such person of the pronoun's sex is the
    pronoun's; none or two (say less) name nobody here. ``subjects``: the sentence's
    (:func:`_subjects_in`)."""
    if gender is None:
        return None
    if not any(not inside(t.idx) for t in subjects) and not _imperative(sent):
        return None  # no subject, and no imperative: the parse lost it ("Will described …")
    for tok in subjects:
        if inside(tok.idx):
            continue
        if tok.ent_type_ != "PERSON" or tok.pos_ != "PROPN":
            return None  # a subject that may be anyone ("the crowd", "he", "officials")
        mention = next((m for m, t in rooted if t is not None and t.i == tok.i), None)
        if mention is None or _compatible(mention.actor, gender, stated):
            return None
    found = {
        written_full_name(tok, m.actor) or m.actor
        for m, tok in rooted
        if tok is not None
        and sent.start <= tok.i < sent.end
        and tok.dep_ in _OBJECT_DEPS
        and not _modifier(tok)
    }
    fits = {name for name in found if _compatible(name, gender, stated)}
    return fits.pop() if len(fits) == 1 else None


def _imperative(sent: Span) -> bool:
    """Whether the sentence's main verb is an imperative ("Just look at Speaker Tom Vell."):
    a verb in its base form with no auxiliary and no subject."""
    root = sent.root
    return (
        root.pos_ == "VERB"
        and root.tag_ == "VB"
        and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in root.children)
    )


def according_person(
    sent: Span,
    gender: str | None,
    rooted: list[tuple[MentionRef, Token | None]],
    stated: dict[str, str],
    inside: Callable[[int], bool],
) -> str | None:
    """The person a sentence just before the pronoun's gives as its source with "according
    to" ("The bank had been emptied, according to chief executive Tomas Reel. / It has been
    there for ten years, he said.", read38): the teller of that sentence is whom the next
    "he said" goes on with, not a subject further back. One such person of the pronoun's
    sex, outside quotes; None otherwise."""
    if gender is None:
        return None
    found = set()
    for mention, tok in rooted:
        if tok is None or not sent.start <= tok.i < sent.end or inside(tok.idx):
            continue
        if not according_to(tok):
            continue
        found.add(written_full_name(tok, mention.actor) or mention.actor)
    fits = {name for name in found if _compatible(name, gender, stated)}
    return fits.pop() if len(fits) == 1 and len(found) == 1 else None
