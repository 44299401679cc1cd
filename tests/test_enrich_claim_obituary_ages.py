"""An obituary's "He was 95." after "<name> … has died." is the dead person's age (issue 12,
claims38; ``enrich/claim_obituary_ages.py``): the pronoun's sure path refused it whenever the
death's sentence named anyone else (a nickname, a mayor, a "he" of a relative clause).

Invented sentences and names. The rule tests fail without the rule; the guards keep a death
of someone not named as its subject, a sentence that tells no death and a pronoun of the
other sex unread."""

from __future__ import annotations

import pytest

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline


def _ages(text: str) -> list[tuple[float | None, str | None]]:
    doc = load_pipeline("en_core_web_sm")(text)
    return [
        (c.low, c.subject) for c in extract_claims(doc, build_actors(doc), []) if c.what == "age"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Vell, the former official who ended one of the great mysteries when he identified "
        'himself as "Night Owl" -- the nickname for the source who helped guide the Orsk Post\'s '
        "investigation -- has died.\n\nHe was 95.\n\nA figure who was later pardoned, Vell lived "
        "in Orsk.",
        'Tom Vell, the former deputy who revealed himself as "Night Owl" 30 years after he tipped '
        "off reporters to the scandal that toppled a mayor, has died.\n\nHe was 95.\n\nVell died "
        "Thursday in Orsk.",
        "Tom Vell, who was the No. 2 official at the bureau when he helped bring down Mayor Dan "
        "Roe by resisting the cover-up, died on Thursday.\n\nHe was 95 and lived in Orsk.",
    ],
)
def test_the_age_after_a_death_is_the_dead_person_s(text: str) -> None:
    assert _ages(text) == [(95.0, "Tom Vell")]


@pytest.mark.parametrize(
    "text",
    [
        "A man died after Tom Vell's car hit him.\n\nHe was 40.",  # the dead man is no name
        "Tom Vell met Lena Roe, who died in 2001.\n\nHe was 95.",  # the sentence's verb: met
        "Lena Roe, who was known as the informant 'Night Owl, ' died on Friday.\n\nHe was 95.",
    ],
)
def test_no_named_death_or_another_sex_leaves_the_age_unread(text: str) -> None:
    assert _ages(text) == []
