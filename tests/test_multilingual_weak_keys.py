"""Weak shared names: a short stem, a first name or a word of institutions' names alone says
nothing about two stories; acronyms keep their capitals."""

from __future__ import annotations

import pytest

from newsbeat.multilingual import article_keys, shared_keys


def _shared(a: tuple[str, str], b: tuple[str, str]) -> frozenset[str]:
    return shared_keys(article_keys("", *a), article_keys("", *b)).names


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # "Times" and "Tim", "Jonas" and "Jones" share a three-letter stem
        (
            ("Editors of The Harwick Times said on Monday the paper closes.", "en"),
            ("Der Trainer Tim Howell sagte am Montag, er gehe.", "de"),
        ),
        (
            ("The minister Jonas Vell resigned on Monday.", "en"),
            ("Der Minister Carl Jones trat am Montag zurück.", "de"),
        ),
        # a first name alone
        (
            ("Coach Martin Hollis resigned.", "en"),
            ("El entrenador Martin Ruiz dimitió.", "es"),
        ),
        # two words of many institutions' names
        (
            ("Firefighters of the Carden County Fire Department came.", "en"),
            ("Los bomberos del Wexley County Fire Brigade llegaron.", "es"),
        ),
    ],
)
def test_weak_names_alone_share_nothing(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert not _shared(a, b)


def test_a_weak_name_beside_a_strong_one_is_kept() -> None:
    shared = _shared(
        ("Coach Martin Hollis resigned.", "en"), ("El entrenador Martin Hollis dimitió.", "es")
    )
    assert {"martin", "holl"} <= shared


def test_two_weak_names_together_are_enough() -> None:
    shared = _shared(
        ("The talks between Ida Vask and Tom Lee went on.", "en"),
        ("Las conversaciones entre Ida y Tom siguieron.", "es"),
    )
    assert len(shared) >= 2


def test_an_acronym_meets_the_same_acronym_only() -> None:
    acronym = ("El sindicato UCA convocó una huelga.", "es")
    assert _shared(("The union UCA called a strike.", "en"), acronym) == {"UCA"}
    assert not _shared(("The union Uca called a strike.", "en"), acronym)


def test_a_hangul_words_consonant_shape_is_weak_evidence() -> None:
    # every Korean word has a shape, verbs too: "발사됐지만" ("was launched, but") meets a
    # German noun by it, so a shape alone never links two stories
    from newsbeat.multilingual.keys import key_evidence
    from newsbeat.multilingual.script import SKELETON_MARK

    assert key_evidence(SKELETON_MARK + "bVrsVt") == 0.5
    assert key_evidence(SKELETON_MARK + "brenner") == 1.0
