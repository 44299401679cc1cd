"""perf33's cuts of the analysis's cost, each checked against the code it replaced (the
analysis's output must not change; every text is invented, every name fictional):

- ``actor_animals.drop_animals`` scans for its three patterns only in a text one of whose
  runs of letters a-z is an animal's noun (:func:`may_name_animal`);
- ``quote_marks.find_quote_spans`` looks for quotes in single marks only in a line holding
  one, and scans such a line once, not twice;
- ``name_context.written_as_word`` stands for the patterns ``\\bWORD\\b`` the actor passes
  compiled per name (``actor_person_cues``, ``actor_single_names``, ``actor_person_spans``,
  ``actor_nicknames``, ``actor_awards``);
- ``quote_quoted_as`` and ``quote_parentheticals`` find their "saying" and side-clause
  tokens in the doc's columns, not by a walk of every token.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsbeat.enrich.actor_animals import _PATTERNS, drop_animals, may_name_animal
from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.doc_arrays import indices_in, lowers, with_dep
from newsbeat.enrich.name_context import written_as_word
from newsbeat.enrich.quote_marks import _SINGLE, find_quote_spans
from newsbeat.enrich.quote_single import spaced_single_spans

_GLUE = [" ", "  ", "\t", "", ", ", ",", ".", ";", ")", "\n", "-", "'s ", "_", "é"]


@st.composite
def _texts(draw: st.DrawFn, pieces: list[str]) -> str:
    parts = draw(st.lists(st.sampled_from(pieces), min_size=1, max_size=10))
    glue = draw(st.lists(st.sampled_from(_GLUE), min_size=len(parts), max_size=len(parts)))
    return "".join(p + g for p, g in zip(parts, glue, strict=True))


_ANIMAL_PIECES = [
    *("dog", "dogs", "Dog", "bulldog", "doghouse", "collie", "terrier", "mare", "cat", "cats"),
    *("named", "called", "Velka", "Brisko Dun", "Lena Holm", "a", "the", "their", "owner"),
    *("three-year-old", "old", "pet", "of", "pup", "puppy", "Tabby", "hotdog", "mare's"),
]


@settings(max_examples=500)
@given(_texts(_ANIMAL_PIECES))
@example("The family's border collie, named Velka, was found.")
@example("Their dog, Velka, ran off.")
@example("Velka, a three-year-old terrier, was found.")
@example("Velka, the old mare.")
@example("a dog\tcalled Brisko Dun")
def test_a_text_the_gate_skips_holds_no_match_of_the_animal_patterns(text: str) -> None:
    if not may_name_animal(text):
        assert not any(p.search(text) for p in _PATTERNS), text


def test_the_animal_gate_passes_a_noun_and_skips_words_holding_one() -> None:
    assert may_name_animal("The family's border collie, named Velka, was found.")
    assert may_name_animal("Velka, a three-year-old terrier, was found.")
    # "doghouse", "hotdog", "Dog" and "Cats" are no run of a-z letters that is an animal's noun
    assert not may_name_animal("The Doghouse sold a hotdog to Dog Holm of Cats Ltd.")


def test_an_animal_named_beside_its_noun_is_still_dropped() -> None:
    text = "Their dog, Velka, ran off.\n"
    table = ArticleActors(text=text)
    table._add("Velka", "PERSON", 11, 16)
    drop_animals(table)
    assert "Velka" not in table.actors


def test_a_text_without_an_animal_keeps_its_person() -> None:
    text = "Their neighbour, Velka, ran off.\n"
    table = ArticleActors(text=text)
    table._add("Velka", "PERSON", 17, 22)
    drop_animals(table)
    assert "Velka" in table.actors


_QUOTE_PIECES = [
    *("'", "‘", "’", '"', "“", "”", "The pier stays shut", "Holm said", "don't", "the"),
    *("Smiths'", "'90s", "rock 'n' roll", "Ada Holm", "harbour", "ferry", ",", ".", " "),
]


@settings(max_examples=500)
@given(_texts(_QUOTE_PIECES))
@example("Holm said the pier stays shut.")
def test_a_line_without_a_single_mark_holds_no_quote_in_single_marks(line: str) -> None:
    line = line.replace("\n", " ")
    if "'" not in line and "‘" not in line:
        assert _SINGLE.search(line) is None
        assert spaced_single_spans(line, [(0, len(line))], 0) == ([], 0)


def test_quotes_in_single_marks_are_still_found() -> None:
    glued = "'The pier stays shut,' Ada Holm said.\n\nThe ferry ran.\n"
    assert [glued[q.start : q.end] for q in find_quote_spans(glued)] == ["The pier stays shut,"]
    curly = "‘The pier stays shut,’ Ada Holm said of the Smiths' boat.\n"
    assert [curly[q.start : q.end] for q in find_quote_spans(curly)] == ["The pier stays shut,"]
    spaced = "'The pier stays shut, ' Ada Holm said.\n"
    assert [spaced[q.start : q.end] for q in find_quote_spans(spaced)] == ["The pier stays shut,"]


_WORD_PIECES = ["holm", "Holm", "holms", "_holm", "holm_", "1holm", "İ", "i̇", "é", "holmé", ""]


@settings(max_examples=500)
@given(_texts(_WORD_PIECES), st.sampled_from([*_WORD_PIECES, "Holm".lower(), "İ".lower()]))
@example("the holm oak", "holm")
@example("the holms", "holm")
@example("İstanbul", "i̇")
def test_written_as_word_is_the_pattern_compiled_per_name(text: str, word: str) -> None:
    assert written_as_word(text, word) == (re.search(rf"\b{re.escape(word)}\b", text) is not None)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from newsbeat.enrich.nlp import load_pipeline

    return load_pipeline("en_core_web_sm")


def test_the_columns_find_the_tokens_the_walks_found(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "The Velmar Courier quoted Mayor Ada Holm as saying the bridge would reopen. After two"
        " hours, Holm said, the ferry turned back. Saying so, she left. SAYING nothing, he sat."
    )
    assert indices_in(lowers(doc), ("saying",)) == [t.i for t in doc if t.lower_ == "saying"]
    assert len(indices_in(lowers(doc), ("saying",))) == 3
    assert with_dep(doc, "parataxis") == [t.i for t in doc if t.dep_ == "parataxis"]
