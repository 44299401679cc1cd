"""A he/she after a sentence in which someone the text does not name tells (issue 12).

``Yesterday a neighbour recalled seeing the suspect at 3am. '…,' he said.``: the "he" is the
neighbour, who is never named; the last named person before (the suspect) is whom the
neighbour speaks of, not the speaker. A careful reader gives such a quote no name rather than
the wrong one. The teller is a subject written with "a", "an", "one" or "another" (someone
new, not one named before), a noun for a person with no office (a neighbour, a witness, a
friend), of a verb of telling, in a sentence before the pronoun's own; a noun of the other sex
("a woman recalled" before "he said") is no such teller.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.speaker_hints import gendered_noun

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

__all__ = ["unnamed_tellers"]

# People a news story meets without naming them; not an office (an official, a spokesman:
# those are read as the body's, see speaker_bodies) and not kin (speaker_hints.kin_name).
_PERSON_NOUNS = frozenset(
    {
        "neighbour",
        "neighbor",
        "witness",
        "eyewitness",
        "friend",
        "relative",
        "resident",
        "bystander",
        "onlooker",
        "passer-by",
        "passerby",
        "classmate",
        "colleague",
        "customer",
        "shopper",
        "survivor",
        "woman",
        "man",
    }
)
_NEW_ONE = frozenset({"a", "an", "one", "another"})
_TELLING = frozenset(
    {"say", "recall", "tell", "describe", "explain", "add", "remember", "recount", "report"}
)


def unnamed_tellers(
    sent: Span,
    subjects: list[Token],
    own: Span,
    gender: str | None,
    inside: Callable[[int], bool],
) -> list[tuple[Token, None]]:
    """Of the subjects of ``sent``, a sentence before ``own`` (the pronoun's sentence: none
    when ``sent`` is not before it), the unnamed person who tells in it (see the module
    docstring), as a subject that names nobody: the pronoun's speaker is then no one."""
    if sent.start >= own.start:
        return []
    out: list[tuple[Token, None]] = []
    for tok in subjects:
        if inside(tok.idx):
            continue
        if tok.pos_ != "NOUN" or tok.dep_ != "nsubj" or tok.lemma_.lower() not in _PERSON_NOUNS:
            continue
        if tok.head.lemma_.lower() not in _TELLING:
            continue
        sex = gendered_noun(tok)
        if sex is not None and gender is not None and sex != gender:
            continue
        if any(c.dep_ in {"det", "nummod"} and c.lower_ in _NEW_ONE for c in tok.children):
            out.append((tok, None))
    return out
