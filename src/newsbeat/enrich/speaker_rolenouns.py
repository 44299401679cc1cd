"""A quote's speaker given by a role noun between a person's name and a later "he" or "she".

``Aldo Perk spoke first. "…," the party's candidate said. "…," he went on.``: the pronoun
goes on with the candidate's words, not with Perk, the last person named. A singular common
noun that names a person by the post or part he or she holds ("the candidate", "the
official", "a senior aide", a title head of :data:`~newsbeat.enrich.actor_table.TITLE_HEADS`)
and is the subject of a verb of saying that gives a whole quote is a speaker the pronoun may
mean, nearer than any name before it: :func:`role_speaker` finds it, and
:func:`role_noun_holder` the named person the text ties that noun to (the pronoun's person
then), if any. Nouns of a stated sex ("the spokeswoman") are kin-like nouns the pronoun code
already reads (:func:`~newsbeat.enrich.speaker_hints.gendered_noun`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.actor_table import TITLE_HEADS, UNDOTTED_TITLES
from newsbeat.enrich.speaker_hints import gendered_noun
from newsbeat.enrich.speaker_roles import role_holder

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from newsbeat.enrich.actors import ArticleActors

__all__ = ["PERSON_ROLES", "person_role", "role_noun_holder", "role_speaker"]

# Title heads that are no person's noun when written alone as a common noun ("the general
# public", "the head of the queue", "the executive" branch, "the chair"), and abbreviations.
_NOT_ALONE = frozenset(
    {"general", "head", "executive", "chair", "master", "justice", "speaker", "deputy"}
    | {"sen.", "rep.", "gen.", "col.", "prof.", "dr.", "dr", "sgt", "sgt.", "det.", "cpl."}
    | {"lt.", "capt.", "vp", "ceo"}
    | UNDOTTED_TITLES
)
# Nouns for a person by the part he or she plays in public life or in the story, not kin
# (our own list).
_ROLES = frozenset(
    {"candidate", "nominee", "official", "aide", "adviser", "advisor", "prosecutor"}
    | {"lawmaker", "legislator", "politician", "incumbent", "challenger", "contender"}
    | {"diplomat", "negotiator", "economist", "analyst", "strategist", "pollster"}
    | {"activist", "organiser", "organizer", "campaigner", "founder", "owner", "chairperson"}
    | {"witness", "survivor", "victim", "suspect", "defendant", "plaintiff", "neighbour"}
    | {"neighbor", "resident", "coach", "player", "striker", "goalkeeper", "doctor"}
    | {"surgeon", "physician", "nurse", "teacher", "researcher", "scientist", "investigator"}
    | {"billionaire", "entrepreneur", "veteran", "soldier", "pilot", "captain", "driver"}
    | {"governor-elect", "mayor-elect", "frontrunner", "front-runner", "lobbyist"}
)
PERSON_ROLES = (TITLE_HEADS - _NOT_ALONE) | _ROLES

# Verbs that attribute quoted words to their subject (a short list of our own; the quote
# code's fuller list imports this package's pronoun code).
_SAYING = frozenset(
    {"say", "tell", "add", "continue", "explain", "insist", "argue", "claim", "note"}
    | {"write", "state", "declare", "recall", "reply", "respond", "answer", "warn", "tweet"}
)
_CLAUSES = frozenset({"ccomp", "xcomp"})  # a clause the verb reports after it


def person_role(tok: Token) -> bool:
    """Whether the token is a singular common noun naming one person by a post or a part
    ("candidate", "official", "governor"), of no stated sex."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return False
    if gendered_noun(tok) is not None:
        return False
    return tok.lower_ in PERSON_ROLES


def role_speaker(
    pronoun: Token, subjects: list[Token], inside: Callable[[int], bool]
) -> Token | None:
    """Of ``subjects`` (the sentence's), the first that is a person's role noun and the
    subject of a verb of saying that gives a whole quote (``"…," the candidate said``),
    before the pronoun and outside quotes; None when there is none."""
    for tok in subjects:
        if tok.i >= pronoun.i or inside(tok.idx) or tok.dep_ != "nsubj":
            continue
        verb = tok.head
        if verb.lemma_.lower() in _SAYING and person_role(tok) and _gives_quote(tok, verb, inside):
            return tok
    return None


def _gives_quote(tok: Token, verb: Token, inside: Callable[[int], bool]) -> bool:
    """Whether the role noun's cue gives a whole quote: the quote ends right before the noun
    phrase (``"…," the candidate said``) or opens after a colon right after the verb (``the
    candidate said: "…"``). Words quoted inside its reported speech (``the senator said his
    campaign was "closing strong"``) are no quote of its own: such a noun is as often the
    person just named, called by a title."""
    doc = tok.doc
    after = verb.i + 1
    if after + 1 < len(doc) and doc[after].text == ":" and inside(doc[after + 1].idx):
        return True
    if any(c.dep_ in _CLAUSES and c.i > verb.i for c in verb.children):
        return False  # "the incumbent said that her position …": reported, not quoted
    k = tok.left_edge.i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0 or not (doc[k].is_quote or inside(doc[k].idx)):
        return False
    # the quote is the verb's own ("…," the candidate said), or ends the sentence before
    # ('…." The candidate said so on Friday'), not words of a clause that leads up to it
    return doc[k].head.i == verb.i or tok.left_edge.i == tok.sent.start


def role_noun_holder(tok: Token, actors: ArticleActors) -> str | None:
    """The named person the text gives the role noun ("Republican candidate Tom Vell …
    the candidate said"), or None when it names none or a body."""
    holder = actors.resolve_nominal(tok.lower_, tok.idx) or role_holder(tok, actors)
    if holder is None or actors.type_of(holder) != "PERSON":
        return None
    return holder
