"""The organisation a common-noun body stands for: ``a navy spokesman said`` after "the Indian
Navy" (read30d, M-a: "The navy spokesperson said marine commandos …" gave no quote).

A spokesperson (or statement) of "the navy", "the police", "the ministry" speaks for the
article's organisation whose name holds that word ("Indian Navy", "Brenton Police
Department", "Defence Ministry") when exactly one organisation of the article does: with two
("Indian Navy" and "Pakistan Navy") the reader cannot tell which, and nobody is named. Only
institution words a proper name carries ("Navy" is part of "Indian Navy"); a company is often
named without the word ("Harlow Foods … a company spokeswoman"), so "company" or "firm" never
names one this way.

The organisation must be named before the noun (a reader resolves "the navy" backwards), and
the word never stands elsewhere after another modifier ("the Indian navy" in an article naming
only the "U.S. Navy": the spokesman is India's, whom no name gives).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.sentence_window import window_start

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

__all__ = ["earlier_spokesperson", "force_named", "sole_body"]

# What may stand before the word when it means the named body ("the navy", "a navy spokesman").
_BARE_BEFORE = frozenset({"the", "a", "an", "said", "says", "by", "of", "for", "from", "and"})

# Institution words a proper name of the institution itself carries.
_INSTITUTIONS = frozenset(
    {"navy", "army", "police", "ministry", "military", "department", "coastguard", "embassy"}
    | {"marines", "constabulary", "sheriff's", "prosecutor's"}
)


def sole_body(part: Token, actors: ArticleActors) -> str | None:
    """The one organisation named before ``part`` (a lower-case institution word modifying a
    spokesperson or document noun: "a navy spokesman") whose name holds that word, else
    None."""
    word = part.lower_
    if part.text != word or word not in _INSTITUTIONS:  # written lower-case: a common noun
        return None
    found = {
        m.actor
        for m in actors.mentions
        if m.start < part.idx
        and actors.type_of(m.actor) == "ORG"
        and word in m.actor.lower().split()
        and len(m.actor.split()) > 1  # "Police" alone is the common noun, capitalised
    }
    if len(found) != 1:
        return None
    body = found.pop()
    named = [(m.start, m.end) for m in actors.mentions if m.actor == body]
    for hit in re.finditer(rf"(\S+)\s+({re.escape(word)})\b", actors.text, re.IGNORECASE):
        if any(s <= hit.start(2) < e for s, e in named):
            continue
        if hit.group(1).lower() not in _BARE_BEFORE:
            return None  # "the Indian navy" beside the one navy named: two navies
    return body


# A force a common noun names by itself, as "police said" does.
_FORCES = frozenset({"police"})
# Who speaks in a force's name: its spokespeople and its statements (not "a police source" or
# "police officials", people the text does not name: quotes34).
_FORCE_VOICES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "statement", "release", "communique"}
)
# Verbs of saying a spokesperson's report may hold of someone else's words.
_RELAYED = frozenset({"say", "tell", "add", "state", "claim", "insist", "explain", "admit"})


def force_named(part: Token, actors: ArticleActors) -> str | None:
    """``a police spokeswoman``, ``a statement from Tollby police``: the police a spokesperson
    or a statement speaks for, when no organisation is tagged there: the article's one police
    organisation named before (:func:`sole_body`), else the words as written ("police",
    "Tollby police"), the speaker "police said" gives (read36: no speaker at all before).
    None for any other word, for "Police" written with a capital (a name's piece), for a
    police source or official, and when the spokesperson relays another's words ("a police
    spokesman said that when X was asked, she told them …": whose words the marks hold is
    left to the other rules)."""
    if part.text != part.lower_ or part.lower_ not in _FORCES or part.pos_ != "NOUN":
        return None
    voice = part.head.head if part.dep_ == "pobj" else part.head
    if voice.lemma_.lower() not in _FORCE_VOICES or _relays_another(voice):
        return None
    named = sole_body(part, actors)
    if named is not None:
        return named
    places = [c for c in part.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return " ".join([*(c.text for c in places), part.text])


def _relays_another(voice: Token) -> bool:
    """Whether the words the spokesperson's verb reports hold another verb of saying with a
    subject of its own ("… said that when X was asked, she told them …")."""
    verb = voice.head
    if voice.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"}:
        return False
    for clause in (c for c in verb.children if c.dep_ in {"ccomp", "parataxis"}):
        for tok in clause.subtree:
            if tok.lemma_.lower() in _RELAYED and any(c.dep_ == "nsubj" for c in tok.children):
                return True
    return False


_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_BACK_SENTENCES = 4


def earlier_spokesperson(tok: Token, body_of: Callable[[Token], str | None]) -> Token | None:
    """``A France Telecom spokeswoman said …. …, the spokeswoman said``: for "the spokeswoman"
    with no body of its own, the nearest spokesperson noun of the same word in the sentences
    before (at most four back) whose body ``body_of`` names; None when there is none, or when
    the nearest earlier one names no body (a reader cannot tell whose it is)."""
    if tok.lower_ not in _SPOKES:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if any(c.dep_ in {"compound", "poss", "prep", "amod", "appos"} for c in tok.children):
        return None  # "the navy spokesman", "the spokesman for X": its own body or none
    doc = tok.doc
    first = window_start(doc, tok.sent.start, _BACK_SENTENCES)
    for earlier in reversed(doc[first : tok.sent.start]):
        if earlier.lower_ == tok.lower_:
            return earlier if body_of(earlier) is not None else None
    return None
