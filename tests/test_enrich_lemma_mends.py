"""A hope is no act: "hoping" is the verb "hope", not "hop" (issue 12, rel35).

The small English pipeline's lemmatizer cut "hope" to "hop" in every verb form, so no wish
test of the relation rules (nor the quote rules' verbs of thought) ever saw it: the ECB+
train dump showed "was hoping to arrest him" as an arrest done, and "hopes to meet X" was a
meeting with X. The attribute ruler now gives the verb forms their lemma. Invented
sentences; the guards keep the noun and a real hop."""

from __future__ import annotations

import pytest

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline, mask_datelines
from newsbeat.enrich.relations import extract_relations


def _found(text: str) -> set[tuple[str, str, str]]:
    doc = load_pipeline("en_core_web_sm")(mask_datelines(text))
    return {(r.type, r.source, r.target) for r in extract_relations(doc, build_actors(doc))}


@pytest.mark.parametrize(
    "text",
    [
        "Lena Holm hopes to meet Abel Orrin next week.",
        "Deputy Tom Varley was hoping to arrest Abel Orrin on Friday.",
        "Deputy Tom Varley was hoping to arrest him on Friday.",
        "Lena Holm hoped to sign a deal with Lumacorp.",
    ],
)
def test_a_hope_states_no_act(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Lena Holm was hoping to win.", "hoping", "hope"),
        ("Lena Holm hoped to win.", "hoped", "hope"),
        ("Their hopes rose on Friday.", "hopes", "hope"),
        ("The rabbit hopped away.", "hopped", "hop"),
    ],
)
def test_the_lemma_of_hope(text: str, word: str, lemma: str) -> None:
    doc = load_pipeline("en_core_web_sm")(text)
    assert next(t for t in doc if t.text == word).lemma_ == lemma


def test_a_meeting_done_stays() -> None:
    assert ("CONSULT", "Lena Holm", "Abel Orrin") in _found("Lena Holm met Abel Orrin on Friday.")
