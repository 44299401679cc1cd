"""A speaker's name that letters after it or a second title hid from the parse.

``Sister Ana Velde, DC, said`` / ``Tom Brell, MD, said``: the letters of an order, a degree or
a party written between commas after a name (``DC``, ``SJ``, ``M.D.``, ``Jr.``, ``R-Texas``)
leave the parser unsure; it may hang the name on a phrase before it and leave the verb of
saying with no subject at all. :func:`name_before_letters` finds the name right before such
letters. ``HCA president and chief executive officer Sister Ana Velde said``: two titles
joined by "and" before one name, which the parse coordinates with the first title (the
subject) and the second title as three conjuncts; :func:`titled_conjunct_name` gives the name.
Three titles (``chairman, CEO and president Orrin Kadell said``, quotes33 on a real page) are
parsed as the first title with the second in apposition or coordinated, and the name
coordinated with the second: the name, when the words run exactly so (title, comma, title,
"and", a lower-case title, the name).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["name_before_letters", "titled_conjunct_name"]

# One token of post-nominal letters: capitals with optional stops ("DC", "M.D.", "PhD",
# "S.J."), a generation ("Jr.", "III"), a party and state's pieces ("R", "-", "Texas").
_LETTERS = re.compile(r"(?:[A-Z][A-Za-z]?\.?){1,4}|Jr\.?|Sr\.?|[IVX]{2,4}|-|[A-Z][a-z]+")
_LETTERS_RUN = 3  # tokens between the two commas ("R", "-", "Texas")


def _letters(tokens: list[Token]) -> bool:
    """Whether the tokens are post-nominal letters: short, capitalised, no plain word alone
    ("Texas" only after a party's letter and hyphen)."""
    if not 0 < len(tokens) <= _LETTERS_RUN:
        return False
    if not all(_LETTERS.fullmatch(t.text) for t in tokens):
        return False
    words = [t for t in tokens if t.text[1:].islower() and t.text != "-"]
    return not words or (len(tokens) == 3 and tokens[1].text == "-")


def name_before_letters(verb: Token) -> Token | None:
    """The last token of a person's name standing right before ``, LETTERS,`` and the verb
    (``Sister Ana Velde, DC, said``); else None. For a verb whose parse found no subject
    outside the quote."""
    doc = verb.doc
    if verb.i < 4 or doc[verb.i - 1].text != ",":
        return None
    comma = next(
        (j for j in range(verb.i - 2, max(verb.i - 3 - _LETTERS_RUN, 0), -1) if doc[j].text == ","),
        None,
    )
    if comma is None or comma < 1 or not _letters(list(doc[comma + 1 : verb.i - 1])):
        return None
    name = doc[comma - 1]
    return name if name.ent_type_ == "PERSON" else None


def titled_conjunct_name(tok: Token) -> Token | None:
    """``HCA president and chief executive officer Sister Ana Velde``: the name coordinated
    with a singular title noun ``tok`` when a second, lower-case title coordinated with it
    stands right before the name's phrase (one person with two titles). "The president and
    Sen. Ana Velde" are two people: "Sen." is no lower-case title."""
    if tok.tag_ != "NN" or not tok.is_lower:
        return None
    conjuncts = [c for c in tok.children if c.dep_ == "conj"]
    for name in conjuncts:
        if name.ent_type_ != "PERSON" or name.i <= tok.i:
            continue
        before = tok.doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
        if (
            before is not None
            and before.tag_ == "NN"
            and before.is_lower
            and any(c.i == before.i for c in conjuncts)
        ):
            return name
    return _third_title_name(tok)


_LISTED = frozenset({"appos", "conj"})  # how the parse hangs the second title on the first


def _title_word(tok: Token) -> bool:
    """A title in a list of titles: a lower-case common noun or a short acronym ("CEO")."""
    return (tok.tag_ == "NN" and tok.is_lower) or (tok.is_upper and 2 <= len(tok.text) <= 4)


def _third_title_name(tok: Token) -> Token | None:
    """``chairman, CEO and president Orrin Kadell``: the name after three titles, the words
    written exactly so, the name a person's; else None."""
    doc = tok.doc
    for second in tok.children:
        if second.dep_ not in _LISTED or second.i != tok.i + 2 or doc[tok.i + 1].text != ",":
            continue
        if not _title_word(second) or second.i + 3 >= len(doc) or doc[second.i + 1].lower_ != "and":
            continue
        third = doc[second.i + 2]
        for name in second.children:
            if (
                name.dep_ == "conj"
                and name.ent_type_ == "PERSON"
                and name.left_edge.i == third.i
                and third.is_lower
                and not third.ent_type_
                and doc[third.i + 1].ent_type_ == "PERSON"
            ):
                return name
    return None
