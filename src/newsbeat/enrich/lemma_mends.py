"""Verbs whose lemma the small English pipeline gets wrong in every form, mended.

The rule lemmatizer of ``en_core_web_sm`` cuts "hope" to "hop" in all its verb forms ("hopes",
"hoped", "hoping": the rules strip the ending and the index knows "hop"). Every test of a wish
or a reported thought that asks for the lemma "hope" then missed it: "was hoping to arrest
him" was shown as an arrest done (an ECB+ train event, rel35), and "hoped that …" was no
verb of thought to the quote rules. The attribute ruler, which runs before the lemmatizer
(the lemmatizer keeps a lemma it finds set), gives these forms their lemma when they are
tagged a verb.
"""

from __future__ import annotations

__all__ = ["MENDED_VERBS", "mended_verb_lemmas"]

# Each verb's forms that the lemmatizer cuts wrongly, by the lemma they should have.
MENDED_VERBS: dict[str, tuple[str, ...]] = {
    "hope": ("hope", "hopes", "hoped", "hoping"),
}


def mended_verb_lemmas() -> dict[str, str]:
    """Each form's lemma, by the form in lower case."""
    return {form: lemma for lemma, forms in MENDED_VERBS.items() for form in forms}
