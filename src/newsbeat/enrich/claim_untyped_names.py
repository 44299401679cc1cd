"""An age set off after a name NER left untyped (issue 12, claims39).

"T.J. Simons, 17, who works at the station, also heard the blast": NER may give the dotted
initials and the surname no entity, so the name is no actor of the article and its age was
dropped as "an age of no one the article names". The shape itself says a person when the
name is two or three words written as a name is, opening with initials or a first name of
the first-name list (``names.first_name_gender``), with no article before it and none of
its words a place or a number's entity, and the age closed by a comma is followed by
"who" or the name is the subject of its clause. A lone capitalised word ("Oregon, 17,") or a
name that is an actor of another type is left to the typed paths. Used by
:mod:`newsbeat.enrich.claim_standings`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.claim_figures import name_cased
from newsbeat.enrich.names import first_name_gender, place_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsbeat.enrich.actors import ArticleActors
    from newsbeat.enrich.claim_figures import Age

__all__ = ["untyped_person"]

_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "GPE", "LOC", "FAC", "MONEY", "QUANTITY"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _initials(word: str) -> bool:
    """ "T.J.", "J.": capitals each followed by a point."""
    letters = word.replace(".", "")
    return bool(letters) and letters.isalpha() and letters.isupper() and word.endswith(".")


def untyped_person(doc: Doc, age: Age, actors: ArticleActors) -> str | None:
    """The name as written of an age's person that is no actor of the article, when the
    shape of the module docstring says a person; else None."""
    name = age.person
    if age.first != age.last or name.i != age.first - 2 or doc[age.first - 1].text != ",":
        return None
    after = age.first + 1
    if after + 1 >= len(doc) or doc[after].text != ",":
        return None
    if doc[after + 1].lower_ != "who" and name.dep_ not in _SUBJECTS:
        return None
    words: list[Token] = [name]
    while len(words) < 4 and words[0].i > 0:
        before = doc[words[0].i - 1]
        if before.pos_ != "PROPN" or before.dep_ != "compound" or before.head.i != name.i:
            break
        words.insert(0, before)
    if not 2 <= len(words) <= 3 or any(w.ent_type_ in _NOT_NAMES for w in words):
        return None
    if not all(name_cased(w.text) or _initials(w.text) for w in words):
        return None
    written = doc[words[0].i : name.i + 1].text
    if not _initials(words[0].text) and first_name_gender(written) is None:
        return None  # "Main Street, 17,": no first name, no initials
    if words[0].i > 0 and doc[words[0].i - 1].pos_ == "DET":
        return None  # "the Orsk Mill, 17,": a name with an article is no person's
    if actors.type_of(written) is not None or place_kind(written) is not None:
        return None
    if any(m.start < name.idx + len(name.text) and words[0].idx < m.end for m in actors.mentions):
        return None  # a mention of an actor in the name: the typed paths decide
    return written
