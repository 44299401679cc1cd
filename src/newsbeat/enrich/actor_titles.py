"""Titles before a name: the role they give, and spans that are a title, not a name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_joined_names import _ORG_ENDINGS
from newsbeat.enrich.actor_table import (
    HONORIFICS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    split_title,
)
from newsbeat.enrich.doc_arrays import doc_arrays, lowers, word_ids
from newsbeat.enrich.function_words import FUNCTION_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


# Portfolio words of a title ("Defence Minister"): NER tags them alone as an organisation.
_PORTFOLIOS = frozenset(
    {
        "foreign", "interior", "defence", "defense", "finance", "justice", "health", "economy",
        "trade", "energy", "education", "environment", "prime", "deputy", "vice", "acting",
    }
)  # fmt: skip
# Title heads that are nobody's surname: a "name" ending with one is a role ("Deputy City
# Attorney"), whereas "Stephen King" and "Julie Bishop" are names.
_ROLE_ENDINGS = frozenset(
    {
        "attorney", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
        "director", "commissioner", "chairman", "chairwoman", "president", "mayor",
        "ambassador", "councillor", "councilor", "premier", "chancellor", "governor",
        "superintendent", "coordinator", "executive", "officer", "manager",
        "councilman", "councilwoman", "congressman", "congresswoman", "assemblyman",
        "assemblywoman",
    }
)  # fmt: skip
_SPACES = re.compile(r"\s+")
_APPOSITIVE_ROLE = re.compile(
    r"^\s*,\s+(?:a|an|the|its|his|her|their)\s+((?:[\w'’-]+\s+){0,5}?"
    r"(?:spokesman|spokeswoman|spokesperson|minister|mayor|leader|official|chief|president|"
    r"director|head|secretary|analyst|professor|member|chairman|chairwoman|ambassador|envoy|"
    r"economist|researcher|adviser|advisor|negotiator|commander|general|representative|"
    r"lawyer|councillor|senator|governor|organiser|organizer|officer|manager|owner|worker)"
    r"(?:\s+(?:of|for|at|in)\s+(?:the\s+)?[\w'’ -]{1,40}?)?)(?=\s*[,.;]|\s+(?:said|says|told))",
)


def _title_before(doc: Doc, ent: Span) -> list[str]:
    """Title-like words just before an entity in the same sentence ("Interior Minister")."""
    words: list[str] = []
    i = ent.start - 1
    if i < 0 or doc_arrays(doc).lower[i] not in word_ids(TITLE_WORDS):
        return []  # most names: the word before is no title word (no token object read)
    while i >= 0 and ent.start - i <= 4:
        tok = doc[i]
        low = tok.lower_
        if tok.is_sent_end or not (
            low in TITLE_HEADS or low in HONORIFICS or (low in TITLE_MODIFIERS and tok.is_title)
        ):
            break
        words.insert(0, tok.text)
        i -= 1
    if not any(w.lower() in TITLE_HEADS or w.lower() in HONORIFICS for w in words):
        return []  # "(Secretary of) State Lena Holm": a modifier alone is no title
    return words


def _title_only(before: str) -> str:
    """The title before a name without a small word the pattern took with it ("a video of
    Mayor Per Ekdal": "Mayor", not "of Mayor")."""
    first, _, rest = before.partition(" ")
    if rest and (first.lower() in FUNCTION_WORDS or first.lower() in _SMALL_WORDS):
        return rest.strip()
    return before


_SMALL_WORDS = frozenset({"of", "the", "a", "an", "and", "or"})


def _rank_into_role(
    text: str, start: int, role: str, words: list[str]
) -> tuple[int, str, list[str]]:
    """A titled name whose name words still open with a rank ("Det Chief" + "Insp Carl
    Gaskin", "Det" + "Con Ada Rowe": the pattern takes one title word): the rank joins the
    role and the name starts after it. Returns the name's start, the role and the name
    words."""
    rank, rest = split_title([*role.split(), *words])
    if rank is None or not rest or len(rest) >= len(words):
        return start, role, words
    moved = [w for w in words[: len(words) - len(rest)] if w.lower() not in HONORIFICS]
    start = text.index(rest[0], start + len(words[0]))
    return start, " ".join([role, *moved]), rest


def _appositive_role(text: str, end: int) -> str | None:
    match = _APPOSITIVE_ROLE.match(text[end : end + 120])
    return _SPACES.sub(" ", match.group(1)).strip() if match else None


# Words that make a rank of a title head ("Rear Admiral", "Lieutenant General").
_RANKS = frozenset({"rear", "vice", "lieutenant", "major", "brigadier", "staff", "first"})


def _only_a_title(doc: Doc, ent: Span, raw: str) -> bool:
    """A non-person span that is a title, not a name: a title head alone ("VP"), or portfolio
    words right before a title head ("Defence" in "Defence Minister Oskar Brenn"). The caller
    keeps a surname of the article ("Leader" after "Janice Leader")."""
    if ent.label_ == "PERSON":
        return False
    words = [w.lower() for w in raw.split()]
    if len(words) == 1 and words[0] in TITLE_HEADS:
        return True
    if len(words) > 1 and words[-1] in TITLE_HEADS and all(w in _RANKS for w in words[:-1]):
        return True  # a rank: "Rear Admiral", "Staff Sergeant"
    if not all(w in _PORTFOLIOS for w in words):
        return False
    after = lowers(doc)[ent.end] if ent.end < len(doc) else ""
    return after in TITLE_HEADS


def _titled_name(doc: Doc, ent: Span, raw: str) -> bool:
    """An organisation or place span right after a title head is a person ("President Dane"
    tagged ORG, "Dane" although it is also a demonym): one to three capitalised words, not
    named like an organisation."""
    if ent.label_ not in {"ORG", "GPE", "NORP"}:
        return False
    words = raw.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if words[-1].lower() in _ORG_ENDINGS or any(w.isupper() and len(w) > 1 for w in words):
        return False
    return any(w.lower() in TITLE_HEADS for w in _title_before(doc, ent))
