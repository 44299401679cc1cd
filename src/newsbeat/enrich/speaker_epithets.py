"""A speaker named by what the person is known for: ``"…," said the actor``.

Features and profiles call their subject "the actor", "the singer" or "the golfer" instead of
repeating the name. Such a noun, definite and singular, refers back to the person the text has
just been about: :func:`epithet_person` gives that person when the noun's paragraph up to it
(or, when the paragraph names nobody before it, the sentence before) names exactly one person
the noun can be, of the noun's sex where it has one ("the actress"). Two people, or none, and
the quote keeps no name: the noun itself is never a speaker's name. Nor does a noun that a
relative clause or an appositive describes (``said the singer, who lived next door``, ``said
the actor, a friend of the mayor``): such a noun brings in someone new, not the person just
named (an age, ``the actor, 45``, describes nobody new). Posts and parts in a story
("the official", "the candidate") are another matter (:mod:`newsbeat.enrich.speaker_roles`):
an unnamed official is common, an unnamed singer quoted in a singer's profile is not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.speaker_hints import stated_genders
from newsbeat.enrich.speaker_persons import compatible_name

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from newsbeat.enrich.actors import ArticleActors

__all__ = ["EPITHETS", "epithet_person", "introduces_someone"]

# Nouns for a person by the art, sport or fame he or she is known for (our own list), with
# the sex of the few that state one.
EPITHETS = frozenset(
    {"actor", "actress", "singer", "songwriter", "singer-songwriter", "rapper", "musician"}
    | {"guitarist", "drummer", "pianist", "violinist", "cellist", "composer", "comedian"}
    | {"comedienne", "star", "popstar", "filmmaker", "film-maker", "novelist", "author"}
    | {"poet", "playwright", "artist", "painter", "sculptor", "dancer", "ballerina"}
    | {"presenter", "broadcaster", "chef", "designer", "photographer", "influencer"}
    | {"golfer", "boxer", "sprinter", "swimmer", "cyclist", "skier", "gymnast", "jockey"}
    | {"tycoon", "mogul", "billionaire", "socialite", "supermodel", "songstress"}
)
_FEMALE = frozenset({"actress", "comedienne", "ballerina", "songstress"})


def _epithet(tok: Token) -> bool:
    """Whether ``tok`` is such a noun, singular, after "the", and no compound's head ("a
    state actor", "the Lincoln actor": another sense, or the part played, not the player)."""
    return (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NN"
        and tok.lower_ in EPITHETS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and not any(c.dep_ in {"compound", "poss"} for c in tok.children)  # "Holm's co-star"
    )


def introduces_someone(tok: Token) -> bool:
    """Whether a relative clause or a noun in apposition describes ``tok``: the noun then
    brings in a new person ("the star, who scored twice"), not the one named before."""
    return any(
        c.dep_ == "relcl" or (c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"})
        for c in tok.children
    )


def _people_between(
    actors: ArticleActors, start: int, end: int, inside: Callable[[int], bool]
) -> set[str]:
    """The persons named in ``[start, end)`` outside quotes."""
    return {
        m.actor
        for m in actors.mentions
        if start <= m.start and m.end <= end and not inside(m.start)
        if m.label == "PERSON" or actors.type_of(m.actor) == "PERSON"
    }


_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})


def _own_words_start(tok: Token, paragraph: int, inside: Callable[[int], bool]) -> int:
    """Where the paragraph's words before the noun stop being the narrator's: at the first
    "I", "my" or "we" outside quote marks (words the person speaks, their marks lost: "I'd
    like to thank my wife Ada and …, the comedian said": Ada is thanked, not speaking), else
    at the noun's phrase."""
    doc, first = tok.doc, tok.left_edge.idx
    i = tok.left_edge.i - 1
    while i >= 0 and doc[i].idx >= paragraph:
        if doc[i].lower_ in _FIRST_PERSON and not inside(doc[i].idx):
            first = doc[i].idx
        i -= 1
    return int(first)


def epithet_person(tok: Token, actors: ArticleActors, inside: Callable[[int], bool]) -> str | None:
    """The one person a definite epithet ("the actor", "the singer") refers back to (see
    the module docstring); None when the noun is no epithet or not exactly one person fits."""
    if not _epithet(tok) or introduces_someone(tok):
        return None
    text = actors.text
    paragraph = text.rfind("\n", 0, tok.idx) + 1
    narrated = _own_words_start(tok, paragraph, inside)
    people = _people_between(actors, paragraph, narrated, inside)
    if not people and tok.sent.start > 0 and narrated == tok.left_edge.idx:
        before = tok.doc[tok.sent.start - 1].sent
        people = _people_between(actors, before.start_char, tok.sent.start_char, inside)
    if tok.lower_ in _FEMALE:
        stated = stated_genders(tok.doc, actors)
        people = {p for p in people if compatible_name(p, "female", stated)}
    return next(iter(people)) if len(people) == 1 else None
