"""A claim's subject and recipient are renamed with the story's people (issue 12, claims38;
``enrich/story_names.py``): a record "improved … to 52-3" read with the misspelt subject
"Klitchsko" kept it after the story folded the slip into "Klitschko", and could meet no
other outlet's record of the champion.

Invented names. The rule's test fails without it; the guard keeps a pronoun subject."""

from __future__ import annotations

from newsbeat.enrich.story_names import resolve_surnames
from newsbeat.models import Claim, Enrichment, Entity


def _claim(subject: str, recipient: str | None = None) -> Claim:
    return Claim(
        what="wins",
        low=52.0,
        high=52.0,
        exact=True,
        unit=None,
        claimant=None,
        sentence="…",
        subject=subject,
        recipient=recipient,
    )


def test_a_subject_misspelt_once_is_the_story_s_person() -> None:
    story = (
        Enrichment(
            article_id=1, entities=[Entity(name="Ivo Brandqvist", type="PERSON", mentions=6)]
        ),
        Enrichment(
            article_id=2,
            entities=[
                Entity(name="Ivo Brandquist", type="PERSON", mentions=1),
                Entity(name="Lena Holm", type="PERSON", mentions=2),
            ],
            claims=[_claim("Ivo Brandquist", recipient="Ivo Brandquist")],
        ),
        Enrichment(
            article_id=3, entities=[Entity(name="Ivo Brandqvist", type="PERSON", mentions=3)]
        ),
    )
    claim = resolve_surnames(story)[1].claims[0]
    assert (claim.subject, claim.recipient) == ("Ivo Brandqvist", "Ivo Brandqvist")


def test_a_pronoun_subject_stays() -> None:
    # guard: no one's name
    story = (
        Enrichment(
            article_id=1, entities=[Entity(name="Ivo Brandqvist", type="PERSON", mentions=6)]
        ),
        Enrichment(
            article_id=2,
            entities=[Entity(name="Ivo Brandquist", type="PERSON", mentions=1)],
            claims=[_claim("he")],
        ),
    )
    assert resolve_surnames(story)[1].claims[0].subject == "he"
