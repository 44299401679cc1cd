"""The relation lexicon and the readings of a token that every relation rule shares.

:func:`lexicon` loads ``data/relation_lexicon.json`` (CAMEO-derived verbs plus curated verbs,
event nouns, light verbs and frames) once; beside it: a verb's object and its mended lemma, the
nouns an object names, the "put one's signature on" and "issued a statement demanding" idioms,
and the word and type sets the trigger, actor and target rules all read.

Moved verbatim out of :mod:`newsbeat.enrich.relations`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from newsbeat.enrich.doc_arrays import (
    children,
    dep_id,
    doc_arrays,
    lemmas_lower,
    lowers,
    texts,
    word_ids,
)
from newsbeat.enrich.prep_objects import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["lexicon"]

_COOPERATIVE = frozenset({"AGREE", "SUPPORT", "COOPERATE", "AID", "CONSULT", "CONCEDE", "RETREAT"})
_CIVILIANS = frozenset(
    {
        "civilian",
        "refugee",
        "detainee",
        "prisoner",
        "protester",
        "demonstrator",
        "villager",
        "student",
        "journalist",
        "pilgrim",
        "worshipper",
        "child",
        "woman",
        "passenger",
        "resident",
    }
)
_STATEMENTS = frozenset({"statement", "declaration", "communique", "communiqué", "resolution"})

_HOSTILE = frozenset({"SANCTION", "FIGHT", "ASSAULT", "COERCE", "MOBILIZE"})

# Travel verbs: an event only when the trip is a visit ("arrived in Amman on a visit").
_TRAVEL = frozenset({"arrive", "come", "travel", "fly"})

# Named agreements are what an event is about, not who takes part in it.
_AGREEMENT_WORDS = frozenset(
    {"treaty", "pact", "agreement", "accord", "deal", "alliance", "convention", "protocol"}
)
# Things whose author is acted on when they are: "rejected the treaty signed by X".
_AUTHORED = (
    _AGREEMENT_WORDS
    | _STATEMENTS
    | frozenset(
        {"plan", "proposal", "decision", "request", "demand", "offer", "warning", "call", "bill"}
    )
)


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The relation lexicon data file."""
    data: dict[str, Any] = json.loads(
        resources.files("newsbeat").joinpath("data/relation_lexicon.json").read_text("utf-8")
    )
    data["light_verbs"] = frozenset(data["light_verbs"])
    data["hypothetical"] = frozenset(data["hypothetical"])
    data["known_verbs"] = frozenset(data["verbs"]) | frozenset(data["verb_objects"])
    data["known_verbs"] |= data["light_verbs"]
    return data


def _object(tok: Token) -> Token | None:
    """The verb's object: its first child that is a direct object, an attribute or a passive
    subject, else the noun of its first "on"/"to"/"upon" ("agreed on a ceasefire"). Read off
    the doc's columns (the rules ask it of every candidate trigger: a token object per child
    before)."""
    doc = tok.doc
    arrays, kids = doc_arrays(doc), children(doc)
    dep = arrays.dep
    objects, prep, pobj, noun = _object_ids()
    mine = kids[tok.i]
    for c in mine:
        if dep[c] in objects:
            return _hyphen_head(tok, doc[c])
    lower, pos = lowers(doc), arrays.pos
    for c in mine:  # "agreed on a ceasefire", "agreed to a truce"
        if dep[c] == prep and lower[c] in {"on", "to", "upon"}:
            for o in kids[c]:
                if dep[o] == pobj and pos[o] == noun:
                    return doc[o]
    return None


@lru_cache(maxsize=1)
def _object_ids() -> tuple[frozenset[int], int, int, int]:
    """The ids :func:`_object` compares: its object labels, "prep", "pobj" and ``NOUN``."""
    from spacy.symbols import NOUN

    (prep,), (pobj,) = word_ids(("prep",)), word_ids(("pobj",))
    return word_ids(("dobj", "attr", "nsubjpass")), prep, pobj, int(NOUN)


def _hyphen_head(verb: Token, obj: Token) -> Token:
    """The word a prefix split off by the tokenizer belongs to: "endorsed the re-election of
    X" is parsed with "re", "-" and "election" each an object of the verb; the object is
    "election"."""
    doc = verb.doc
    words = texts(doc)  # the prefix's hyphen read first: almost no object has one after it
    while (
        obj.i + 2 < len(doc)
        and words[obj.i + 1] == "-"
        and obj.i + 2 < obj.sent.end
        and not doc[obj.i + 1].whitespace_
        and not obj.whitespace_
        and doc[obj.i + 2].head.i == verb.i
        and doc[obj.i + 2].dep_ == obj.dep_
    ):
        obj = doc[obj.i + 2]
    return obj


def verb_lemma(tok: Token) -> str:
    """The verb's lemma, mended when the lemmatizer cut a past form wrongly ("staged" ->
    "stag"): if the lemma is not a lexicon verb but the past form less "d"/"ed" (or a doubled
    consonant, or "ied" -> "y") is, that is the lemma."""
    lemma = lemmas_lower(tok.doc)[tok.i]
    known = lexicon()["known_verbs"]
    if lemma in known:
        return lemma
    low = tok.lower_
    if not low.endswith("ed") or tok.tag_ not in {"VBD", "VBN"}:
        return lemma
    for candidate in (low[:-1], low[:-2], low[:-3], low[:-3] + "y"):
        if candidate in known and len(candidate) > 2:
            return candidate
    return lemma


# The verbs of "put one's signature on" (:func:`_signature`) and those besides the light
# verbs that issue a statement (:func:`_statement_content`).
SIGNATURE_VERBS = frozenset({"put", "add", "set", "place"})
ISSUING_VERBS = frozenset({"release", "publish"})


def _statement_content(tok: Token, obj: Token | None) -> Token | None:
    """The verb that says what a statement issued does: "issued a declaration *demanding*
    that …", "released a statement *condemning* the attack"."""
    if obj is None or lemmas_lower(obj.doc)[obj.i] not in _STATEMENTS:
        return None
    lemma = lemmas_lower(tok.doc)[tok.i]
    if lemma not in lexicon()["light_verbs"] and lemma not in ISSUING_VERBS:
        return None
    return next((c for c in obj.children if c.dep_ == "acl" and c.pos_ == "VERB"), None)


def _signature(tok: Token) -> Token | None:
    """The object "signature" of "put/add/set one's signature", if that is the verb's object."""
    if lemmas_lower(tok.doc)[tok.i] not in SIGNATURE_VERBS:
        return None
    return next(
        (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "signature"), None
    )


def _signed_agreement(tok: Token) -> Token | None:
    """The agreement of "put X's signature on/to a treaty" (the idiom for signing it)."""
    if _signature(tok) is None:
        return None
    return next(
        (o for o in prep_objects(tok, "on", "to") if o.lemma_.lower() in _AGREEMENT_WORDS), None
    )


def _object_nouns(obj: Token) -> list[str]:
    """The object's lemma, then its compounds and its "of" noun ("a mediation effort", "5
    million dollars of aid")."""
    doc, i = obj.doc, obj.i
    lemmas, lower, kids, dep = lemmas_lower(doc), lowers(doc), children(doc), doc_arrays(doc).dep
    compound, prep, pobj = _noun_part_ids()
    nouns = [lemmas[i], lower[i]]
    for c in kids[i]:  # the columns: no token object per child
        if dep[c] == compound:
            nouns.append(lemmas[c])
        elif dep[c] == prep and lower[c] == "of":
            nouns.extend(lemmas[o] for o in kids[c] if dep[o] == pobj)
    return nouns


@lru_cache(maxsize=1)
def _noun_part_ids() -> tuple[int, int, int]:
    """The ids of "compound", "prep" and "pobj" as the doc's ``dep`` column holds them."""
    return dep_id("compound"), dep_id("prep"), dep_id("pobj")
