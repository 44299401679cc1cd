"""A quote a passive verb of saying frames ("X was described in a profile as a '…'"): X is
the one spoken of, not the speaker (read on a real obituary: a newspaper profile's words
about a Watergate aide were given to the aide). The words are the agent's when a "by" phrase
names one, else nobody's. Invented articles, fictional names; each rule case fails without
the rule, the near misses keep the active voice's speaker."""

from __future__ import annotations

import pytest
from tests._quotes import quote as _quote

from newsbeat.enrich import quote_attribution

_OPENING = "Orrin Velasquez, the former treasurer of the Halden campaign, died on Monday at 77.\n\n"
_WORDS = "bookish man who hated the sight of a camera"


def _speaker(middle: str) -> str | None:
    return _quote(_OPENING + middle + "\n\nHe later ran a print shop in Tarrow.\n", _WORDS).speaker


_PROFILE = (
    "Mr. Velasquez came to the capital in 1971 as a quiet party hand and was described in a "
    '1974 Ledger profile as a "shy, bookish man who hated the sight of a camera."'
)


def test_the_one_described_in_a_profile_is_no_speaker() -> None:
    assert _speaker(_PROFILE) is None


def test_without_the_rule_the_one_described_spoke(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quote_attribution, "_passive", lambda verb: False)
    assert _speaker(_PROFILE) == "Orrin Velasquez"


def test_an_unnamed_agent_is_the_source_and_nobody_is_named() -> None:
    text = (
        "Mr. Velasquez was described by a neighbour as "
        '"a shy, bookish man who hated the sight of a camera."'
    )
    assert _speaker(text) is None


def test_a_named_agent_speaks() -> None:
    text = (
        "Mr. Velasquez was described by his old friend Tamsin Rieder as "
        '"a shy, bookish man who hated the sight of a camera."'
    )
    assert _speaker(text) == "Tamsin Rieder"


def test_the_active_voice_keeps_its_subject() -> None:
    text = (
        "Mr. Velasquez came to the capital in 1971 and described himself in a 1974 interview "
        'as a "shy, bookish man who hated the sight of a camera."'
    )
    assert _speaker(text) == "Orrin Velasquez"


def test_a_passive_verb_beside_an_active_cue_leaves_the_cue_its_speaker() -> None:
    text = (
        "Mr. Velasquez was asked about the ledgers and said: "
        '"I was a shy, bookish man who hated the sight of a camera."'
    )
    assert _speaker(text) == "Orrin Velasquez"


@pytest.mark.parametrize("frame", ["was quoted as saying", "was reported to have said"])
def test_a_passive_verb_that_hands_its_subject_a_speech_verb_keeps_the_subject(
    frame: str,
) -> None:
    text = f'"I was a shy, bookish man who hated the sight of a camera," Mr. Velasquez {frame}.'
    assert _speaker(text) == "Orrin Velasquez"
