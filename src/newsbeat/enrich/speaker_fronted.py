"""The subject a parse hid inside a fronted participle phrase (issue 12, read35 class 3, spk36).

``Writing in a company blog, Aldo Perk, director of the Norvik Response Center, urged users to
deploy the update "as quickly as possible."``: the parse makes "Writing …" the clause subject
of "urged" and hangs "Aldo Perk" on "blog" as an appositive, so the verb has no subject and the
quote no speaker. A sentence that opens with a participle (``Writing``, ``Speaking``) which is
the verb's subject, and whose phrase holds a person's name that stands right after a comma
(hung as an appositive or an adverbial noun), has that person for the verb's subject: the
writer closes the participle phrase with the comma and names who acts. Nothing else is read
so: a participle phrase with no person after a comma, or one that is not the sentence's
opening, gives none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["fronted_participle_name"]

_SUBJECTS = frozenset({"csubj", "nsubj"})  # the participle taken for the verb's subject
_HUNG = frozenset({"appos", "npadvmod"})  # how the parse hangs the name on the phrase


def fronted_participle_name(verb: Token) -> Token | None:
    """The person's name the parse hung inside the fronted participle phrase that it made
    ``verb``'s clause subject (see the module docstring); None when there is none."""
    doc = verb.doc
    phrase = doc[verb.sent.start]
    if phrase.tag_ != "VBG" or phrase.head.i != verb.i or phrase.dep_ not in _SUBJECTS:
        return None
    for tok in phrase.subtree:
        if tok.i >= verb.i:
            break
        if tok.dep_ not in _HUNG or tok.ent_type_ != "PERSON":
            continue
        first = tok.left_edge.i
        while first < tok.i and doc[first].ent_type_ != "PERSON":
            first += 1
        if first > 0 and doc[first - 1].text == ",":
            return tok
    return None
