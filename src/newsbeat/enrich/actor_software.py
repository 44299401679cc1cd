"""Software and systems named as products: no actors (issue 12, entities; ents32).

Technology copy names an operating system, a browser or a tool the way it names a company:
"all supported versions of Velox", "the default Velox browser", "millions of Velox PCs". NER
types such a name ORG, a place or a nationality. A careful reader sees a product, which
issue 12 §3 counts as no actor. A name is one here when

* the text writes "version(s) of X" (also in a list: "versions of Velox and Orbit"), X a whole
  name heading its phrase: not "versions of Kessel's browser" (a maker before its product),
  not "versions of the Kessel bill" (a noun in lower case after it); or
* NER tags the name (or the name and a release number, "Velox 8. 1") a product somewhere in
  the article and the text writes it, at least once, before a noun of a computer or its users
  ("Velox users", "a Velox machine").

:func:`~newsbeat.enrich.actor_things.drop_things` takes these as things: a name that acts
(says something, has staff), a country, a state or a person with a known first name stays, and
so does a maker the package knows ("versions of Microsoft Windows" cut short by NER).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_companies import is_known_company
from newsbeat.enrich.actor_table import clean_name
from newsbeat.enrich.doc_arrays import doc_arrays, doc_ents, lower_flags, pos_id, token_offsets

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["software_names"]

# "versions of", "version of the", then a run of capitalised names joined by commas, "and"
# or "or" (the run is split below).
_WORD = r"[A-Z][\w-]*(?:\.[\w-]+)*"  # a dot only inside a word: "Velox. Next" is two
_RUN = rf"{_WORD}(?:[ \t]+{_WORD})*"
_VERSIONS_OF = re.compile(
    rf"\bversions?\s+of\s+(?:the\s+)?({_RUN}(?:(?:,[ \t]+|[ \t]+(?:and|or)[ \t]+){_RUN})*)"
)
_LIST_SPLIT = re.compile(r",[ \t]+|[ \t]+(?:and|or)[ \t]+")
# what makes the run no whole name: a possessive after it ("versions of Kessel's browser")
_POSSESSIVE_AFTER = re.compile(r"\s*['’]s?\b")

# Nouns of a computer or of its users that a product's name qualifies ("Velox users"). Our
# own list; not "customers" or "staff" (a company's), not "phones" (a maker's).
_COMPUTER_NOUNS = frozenset(
    {"users", "user", "pc", "pcs", "computer", "computers", "machine", "machines", "browser"}
)
_RELEASE_END = re.compile(r"(?:\s+\d[\d.]*)+$")
_NOUN_AFTER = re.compile(r"[ \t]+([A-Za-z]+)\b")


def _versions_of(doc: Doc, text: str) -> set[str]:
    """The names written after "version(s) of" (the module docstring)."""
    out: set[str] = set()
    if "version" not in text:
        return out
    for m in _VERSIONS_OF.finditer(text):
        if _POSSESSIVE_AFTER.match(text, m.end()) or _noun_after(doc, text, m.end()):
            continue
        for part in _LIST_SPLIT.split(m.group(1)):
            name = clean_name(part)
            if name:
                out.add(name)
    return out


def _noun_after(doc: Doc, text: str, end: int) -> bool:
    """The word after offset ``end`` (past spaces) is a noun in lower case: the names before
    it qualify it ("versions of the Kessel bill")."""
    at = end
    while at < len(text) and text[at] in " \t":
        at += 1
    offsets = token_offsets(doc)
    i = bisect_left(offsets, at)
    return (
        i < len(offsets)
        and offsets[i] == at
        and lower_flags(doc)[i]
        and doc_arrays(doc).pos[i] == pos_id("NOUN")
    )


def _before_computer_noun(text: str, name: str) -> bool:
    """The text writes ``name`` right before a noun of ``_COMPUTER_NOUNS`` in lower case, or
    before "PC(s)"."""
    at = text.find(name)
    while at >= 0:
        m = _NOUN_AFTER.match(text, at + len(name))
        if m is not None and (m.group(1) in _COMPUTER_NOUNS or m.group(1) in {"PC", "PCs"}):
            return True
        at = text.find(name, at + 1)
    return False


def software_names(doc: Doc, text: str, names: list[str]) -> set[str]:
    """The names of ``names`` the text writes as a product (the module docstring)."""
    written = _versions_of(doc, text)
    # "Velox 8. 1" tagged a product is Velox's release
    products = {
        _RELEASE_END.sub("", clean_name(e.text)) for e in doc_ents(doc) if e.label_ == "PRODUCT"
    }
    out = set()
    for name in names:
        if is_known_company(name):
            continue
        if name in written or (name in products and _before_computer_noun(text, name)):
            out.add(name)
    return out
