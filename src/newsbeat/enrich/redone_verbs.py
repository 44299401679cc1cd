"""Verbs of a contract done again, written with a hyphen, kept one word: "re-signed",
"re-hired".

spaCy splits "re-signed" into "re", "-" and "signed", and the parser then takes "re" for the
verb: "the Rovers re-signed Varley to a three-year contract" gave no relation. Kept whole, the
small model tags the word a verb and parses its object; its lemma is set by the attribute
ruler ("re-sign", "re-hire"), since the lemmatizer's rules cut "re-signed" to "re-signe". Only
the verbs of signing and hiring: the contract verbs the relation lexicon reads
(``relation_triggers._deal_with``, "hire"), whose "re-" form is common in sports and business
news ("re-elected", "re-opened" are left to spaCy as before).

ECB+ writes the hyphen spaced ("re - signed": six gold relations missed, rel34); that form is
not joined: the repaired copy of :mod:`~newsbeat.enrich.text_shapes` only moves spaces between
tokens, never makes one token of two of the stored text's.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokenizer import Tokenizer

__all__ = ["REDONE_FORMS", "keep_redone_verbs", "redone_lemmas"]

# Every form of each verb done again, by lemma.
REDONE_FORMS: dict[str, tuple[str, ...]] = {
    "re-sign": ("re-sign", "re-signs", "re-signed", "re-signing"),
    "re-hire": ("re-hire", "re-hires", "re-hired", "re-hiring"),
}


def _cases(form: str) -> tuple[str, ...]:
    """A form as news writes it: in lower case, opening a sentence, in a headline's title
    case ("re-signed", "Re-signed", "Re-Signed")."""
    head, _, tail = form.partition("-")
    return (form, form.capitalize(), f"{head.capitalize()}-{tail.capitalize()}")


def keep_redone_verbs(tokenizer: Tokenizer) -> None:
    """Make each form of :data:`REDONE_FORMS` one token in spaCy's own tokenizer."""
    for forms in REDONE_FORMS.values():
        for form in forms:
            for written in _cases(form):
                tokenizer.add_special_case(written, [{ORTH: written}])


def redone_lemmas() -> dict[str, str]:
    """Each form's lemma, by the form in lower case (the attribute ruler sets it on any case:
    the lemmatizer's rules would cut "re-signed" to "re-signe")."""
    return {form: lemma for lemma, forms in REDONE_FORMS.items() for form in forms}
