"""Quotes two or more speakers give together, and one-word quotes reported speech holds.

``"…," said Laurence Mark and Bill Condon`` (read29): the words are both producers', and the
speaker field names one actor, so giving them to the first name (as the parse's head of the
coordination made them) is wrong. They go to neither, the span of the names kept as the
source, as the indirect speech of two named actors already does (fixleft22); the names are
kept too, in ``speakers`` (speak31: the quote's JSON lists them, ``speaker`` stays null).

``X said strike concerns are hitting "everyone."`` (read29): the one word in marks is part of
the reported speech around it, already X's; as a quote of its own it is a fragment.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.speaker_tokens import joint_actors

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsbeat.enrich.quote_records import Attribution, FoundQuote

__all__ = ["drop_held_words", "joint_source", "joint_span", "joint_speakers", "unnamed_partner"]

# Only actors a quote's speaker can be (not a place or a date joined to the name).
_SPEAKING = frozenset({"PERSON", "ORG", "GROUP"})


def joint_source(doc: Doc, actors: ArticleActors, attribution: Attribution) -> Attribution:
    """``attribution`` given to nobody, with the span of all the names, when its speaker's
    token is joined by "and" to another speaking actor (``said A and B``); else unchanged."""
    if attribution.speaker is None or attribution.start is None or attribution.end is None:
        return attribution
    span = doc.char_span(attribution.start, attribution.end, alignment_mode="expand")
    if span is None or not len(span):
        return attribution
    head = span.root
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head  # the parse may make B's name of "said A and B" the speaker
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children):
        return attribution  # "A or B", or no coordination
    names = [a for a in joint_actors(head, actors) if actors.type_of(a) in _SPEAKING]
    if len(names) < 2 and not (names and unnamed_partner(head, actors)):
        return attribution
    if len(names) < 2:
        names = []  # '"…," said Ola Berg and his lawyer': both speak, one is not named
    tokens = [head, *head.conjuncts]
    last = max(tokens, key=lambda t: t.i)
    return replace(
        attribution,
        speaker=None,
        speakers=tuple(names),
        start=min(doc[head.left_edge.i].idx, attribution.start),
        end=max(last.idx + len(last.text), attribution.end),
        final=True,
    )


def joint_speakers(subj: Token, actors: ArticleActors) -> tuple[str, ...] | None:
    """The speakers a subject joined by "and" names ("The IMF and the World Bank said"): ()
    for a subject that names one actor or none; None when it names two or more actors but
    not two or more that speak (a person or organisation), or joins them by "or": such words
    are nobody's (fixleft22)."""
    subj = _relative_antecedent(subj)
    named = joint_actors(subj, actors)
    if len(named) < 2:
        # "Ola Berg and Collider are reporting": a teller the NER did not name beside the
        # named one; the words are neither's alone
        return None if named and unnamed_partner(subj, actors) else ()
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in subj.children):
        return None
    speaking = tuple(a for a in named if actors.type_of(a) in _SPEAKING)
    return speaking if len(speaking) >= 2 else None


def _relative_antecedent(subj: Token) -> Token:
    """For "who" opening a relative clause on a coordination ("X and Y, who wrote that …",
    read39: one of two writers was given their report), the coordination's first name; else
    ``subj``."""
    if subj.lower_ != "who" or subj.head.dep_ != "relcl":
        return subj
    named = subj.head.head
    while named.dep_ == "conj" and named.head.i < named.i:
        named = named.head
    return named if named.conjuncts else subj


def unnamed_partner(subj: Token, actors: ArticleActors) -> bool:
    """Whether a subject that is a named actor joined by "and" has a conjunct that is a name
    but no actor of the article ("Ola Berg and Collider": a name the NER missed): a second
    teller the words are also given to (read39: "director X and The Hollywood Reporter and
    Collider are reporting that he …" gave X the report). A common noun beside the person
    ("Ola Berg and her lawyer") leaves the person the speaker, as quotes31 decided."""
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in subj.children):
        return False
    if subj.pos_ != "PROPN" or actors.actor_at(subj.idx, subj.idx + len(subj.text)) is None:
        # "CHA president and chief executive officer Sister Ada Vell said": titles joined
        # before one name, the coordination's head a common noun
        return False
    return any(
        part.pos_ == "PROPN" and actors.actor_at(part.idx, part.idx + len(part.text)) is None
        for part in subj.conjuncts
    )


def joint_span(subj: Token) -> tuple[int, int]:
    """The characters of a joint subject, first name to last ("Tova Reyes and Ilan Brandt")."""
    doc = subj.doc
    last = max([subj, *subj.conjuncts], key=lambda t: t.i)
    return doc[subj.left_edge.i].idx, last.idx + len(last.text)


def drop_held_words(found: list[FoundQuote]) -> list[FoundQuote]:
    """``found`` without the one-word direct quotes that lie inside an indirect quote of the
    same speaker (``said strike concerns are hitting "everyone."``)."""
    indirect = [q for q in found if q.kind == "indirect"]
    if not indirect:
        return found
    return [
        q
        for q in found
        if not (
            q.kind == "direct"
            and len(q.text.split()) == 1
            and any(
                r.start <= q.start < r.end + 2 and r.speaker == q.speaker and r.speaker
                for r in indirect
            )
        )
    ]
