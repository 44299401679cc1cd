"""Where a pronoun's walk back stops: a person in the words it reports first or in a subhead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.speaker_captions import subhead_starts
from newsbeat.enrich.speaker_persons import _compatible, _person_roots

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsbeat.enrich.actors import ArticleActors


# Verbs of a fronted clause that is itself someone's report (no "call": "Nixon never called").
_REPORTS = frozenset({"say", "tell", "add", "state", "write", "insist", "claim", "report"})


# Verbs that give a thing a name: "X, he called them", "what she dubbed it".
_NAMING_VERBS = frozenset({"call", "dub", "term", "label", "nickname", "brand"})


def _fronted_report(pronoun: Token) -> range:
    """The token indices of the clause the pronoun's verb reports when that clause comes
    first ("Nixon never called, he said": "Nixon never called"), else an empty range: a
    name inside the words a pronoun is said to say is not whom the pronoun stands for (the
    writer would have put "Nixon said he never called"). A verb of naming with an object of
    its own reports no clause ('Hoover had sworn off raids - "black bag jobs," he called
    them -', read37: the clause is the writer's, its subject whom "he" means)."""
    verb = pronoun.head
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or verb.i == pronoun.i:
        return range(0)
    if verb.lemma_ in _NAMING_VERBS and any(c.dep_ == "dobj" for c in verb.children):
        return range(0)
    for child in verb.children:
        if child.dep_ in {"ccomp", "parataxis"} and child.i < pronoun.i:
            if child.lemma_ in _REPORTS:
                break  # "Her son Paul Venn said she was ill, he told the Courier": his report
            return range(child.left_edge.i, child.right_edge.i + 1)
    return range(0)


def _skipped_person(
    doc: Doc,
    actors: ArticleActors,
    pronoun: Token,
    first: int,
    gender: str | None,
    stated: dict[str, str],
) -> int | None:
    """The token index of the last person fitting the pronoun inside a subhead the pronoun
    rules skip between token ``first`` and the pronoun, None when there is none."""
    subheads = subhead_starts(doc)
    found = [
        tok.i
        for m, tok in _person_roots(doc, actors)
        if tok is not None
        and first <= tok.i < pronoun.i
        and tok.sent.start in subheads
        and _compatible(m.actor, gender, stated)
    ]
    return max(found) if found else None


def _hidden_person(
    doc: Doc,
    actors: ArticleActors,
    told: range,
    gender: str | None,
    stated: dict[str, str],
) -> bool:
    """Whether the fronted words the pronoun reports (:func:`_fronted_report`) name a
    person fitting the pronoun ("Miner Tom Berg had never felt so scared, he said")."""
    return any(
        tok is not None and tok.i in told and _compatible(m.actor, gender, stated)
        for m, tok in _person_roots(doc, actors)
    )
