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
  tokens in the doc's columns, not by a walk of every token;
- ``actor_place_nouns`` scans for a list after a place's noun only in a text one of whose
  runs of letters a-z (``name_context.letter_runs``) is such a noun;
- the scans for group phrases (``actors``), staff words (``actor_context``), wire credits and
  page lines (``actor_furniture``) and outlets' nouns after a name (``actor_outlets``) are
  skipped in a text holding none of the words every match holds (``name_context.holds_any``),
  and so are the storms' (``actor_awards.storm_spans``);
- ``actor_states`` finds "ministry" and "department" case-blind in the lower-cased text,
  case-sensitively, when that finds the same places;
- ``actor_nicknames`` looks for its gate's closing mark first, then for the letter before;
- ``name_context.found_case_blind`` skips the scan for the work nouns (``actor_things``) and
  the screen words (``actor_characters``) in a text none of whose lower-cased runs of letters
  is one of their words;
- ``name_titled.titled_names`` finds the titles by a substring search for each title whose
  leading letters are one of the text's letter runs, not by the alternation of every title
  tried at every word boundary.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsbeat.enrich import (
    actor_awards,
    actor_context,
    actor_furniture,
    actor_groups,
    actor_nicknames,
    actor_outlets,
    actor_states,
)
from newsbeat.enrich.actor_animals import _PATTERNS, drop_animals, may_name_animal
from newsbeat.enrich.actor_characters import _SCREEN_WORDS, _SCREEN_WORDS_LOWER, SCREEN_RUNS
from newsbeat.enrich.actor_place_nouns import _LISTED, _PLACE_NOUN_WORDS, _PLACE_NOUNS
from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.actor_titled_things import _WORK_NOUN, _WORK_NOUN_LOWER, WORK_RUNS
from newsbeat.enrich.doc_arrays import indices_in, lowers, with_dep
from newsbeat.enrich.name_context import (
    folds_like_ascii,
    found_case_blind,
    holds_any,
    letter_runs,
    written_as_word,
)
from newsbeat.enrich.name_titled import _TITLE_AT, _title_starts
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
    # "doghouse", "hotdog" and "catalogue" are no run of letters that is an animal's noun
    assert not may_name_animal("The Doghouse sold a hotdog to Holm of Catalogue Ltd.")


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
        assert spaced_single_spans(line, [(0, len(line))], 0) == []


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


def _variants(alternative: str) -> set[str]:
    """The words one alternative of a pattern of words with optional letters matches."""
    if "?" not in alternative:
        return {alternative}
    at = alternative.index("?")
    head, rest = alternative[: at - 1], alternative[at + 1 :]
    return {head + tail for tail in _variants(alternative[at - 1] + rest) | _variants(rest)}


def test_the_place_nouns_are_every_word_of_the_pattern() -> None:
    expanded = set().union(*(_variants(a) for a in _PLACE_NOUNS.split("|")))
    assert expanded == _PLACE_NOUN_WORDS
    assert all(re.fullmatch(_PLACE_NOUNS, w) for w in _PLACE_NOUN_WORDS)


_PLACE_PIECES = [
    *("villages", "village", "Villages", "report", "port", "ports of", "neighbourhoods"),
    *("neighborhood", "towns like", "cities such as", "of", "like", "including", "and", "or"),
    *("Kelva", "Orsa Holm", "Brask", "the", "airport", "townships", "county", "districts"),
]


@settings(max_examples=500)
@given(_texts(_PLACE_PIECES))
@example("the villages of Kelva, Orsa and Brask")
@example("ports like Kelva or Brask")
@example("neighbourhoods\tincluding Kelva")
def test_a_text_without_a_place_noun_run_holds_no_listed_places(text: str) -> None:
    if _PLACE_NOUN_WORDS.isdisjoint(letter_runs(text)):
        assert _LISTED.search(text) is None, text


def test_letter_runs_are_whole_runs_of_the_lower_cased_text() -> None:
    assert letter_runs("the airport's Dog-dogs_x2cat") == frozenset(
        {"the", "airport", "s", "dog", "dogs", "x", "cat"}
    )


_WORDY_PIECES = [
    *("mayors of", "leaders from", "members", "the union", "attorneys for", "lawyer with"),
    *("spokeswoman at", "analyst", "(Reporting by", "Writing by", "Editing by", "by"),
    *("Story continues", "Continue reading", "Advertisement", "newspaper", "daily", "the"),
    *("news agency", "Kelva", "Orsa Holm", "(", ")", "of", "for", "at", "Daily", "Reporting"),
    *("Hurricane Kira", "Hurricanes Kira and Tomas", "Tropical Storm", "Kira", "Typhoon"),
]
# the words a name is followed by when it is an outlet, as one pattern (the gate's reference)
_OUTLET_AFTER = re.compile(actor_outlets._OUTLET_AFTER_NAME)
_GATED = [
    (actor_groups._GROUP_GATE, actor_groups.GROUP_WORDS),
    (actor_context._STAFF_OF, actor_context._STAFF_WORDS),
    (actor_furniture._WIRE_CREDIT, actor_furniture._WIRE_WORDS),
    (actor_furniture._PAGE_LINE, actor_furniture._PAGE_LINE_WORDS),
    (_OUTLET_AFTER, actor_outlets._OUTLET_AFTER_WORDS),
    (actor_awards._STORM, actor_awards._STORM_WORDS),
]


@settings(max_examples=500)
@given(_texts(_WORDY_PIECES))
@example("the mayors of Kelva")
@example("a lawyer for Orsa Holm")
@example("(Reporting by Orsa Holm)")
@example("Editing by Orsa Holm")
@example("Advertisement\n")
@example("Story continues below")
@example("the Kelva Daily news agency")
@example("Hurricane Kira hit Kelva")
@example("Hurricanes Kira, Orsa and Tomas")
@example("Tropical Storm Kira")
def test_a_text_without_the_words_holds_no_match(text: str) -> None:
    for pattern, words in _GATED:
        if not holds_any(text, words):
            assert pattern.search(text) is None, (pattern.pattern, text)
    after = _OUTLET_AFTER
    assert holds_any(text, actor_outlets._OUTLET_AFTER_WORDS) == (after.search(text) is not None)


_MINISTRY_PIECES = [
    *("Ministry", "ministry", "MINISTRIES", "ministries", "Department", "department's"),
    *("departments", "the Sorven defence", "Kaldria's", "mini\u017ftries", "\u0130", "\u212a"),
    *("Kelva", "of", "the", "MINISTRY", "ministr", "depart"),
]


@settings(max_examples=500)
@given(_texts(_MINISTRY_PIECES))
@example("the Sorven defence ministry and the MINISTRY of Kelva")
@example("the mini\u017ftries of \u0130zmir")
@example("Kaldria's Department of State")
def test_ministries_are_found_where_the_case_blind_pattern_finds_them(text: str) -> None:
    expected = [m.start() for m in actor_states._MINISTRY.finditer(text)]
    assert actor_states._ministry_starts(text) == expected


_NICKNAME_PIECES = [
    *("Vincent", '"The Chin"', "'Chin'", "\u201cChin\u201d", "\u2018Chin\u2019", "Gigante"),
    *("said", '"', "'", "\u201d", "\u2019", "A", "a", "1", "Kelva", "the"),
]


@settings(max_examples=500)
@given(_texts(_NICKNAME_PIECES))
@example('Vincent "The Chin" Gigante')
@example("\u201d A")
@example("'A")
def test_the_nickname_gate_answers_as_its_pattern(text: str) -> None:
    found = actor_nicknames._QUOTED_NICKNAME_GATE.search(text) is not None
    assert actor_nicknames._gate_found(text) == found


_SCREEN_PIECES = [
    *("film", "Films", "FILM", "filmed", "box office", "Box", "office", "cast", "broadcast"),
    *("series", "Series", "book", "Facebook", "songs", "saga", "sequel", "the", "Kelva"),
    *("\u017fongs", "\u212a", "\u0130", "\u0131", "FİLM", "bo\u212ak", "é", "miniseries"),
]


@settings(max_examples=500)
@given(_texts(_SCREEN_PIECES))
@example("the FİLM Kelva")
@example("the Box Office")
@example("a bo\u212ak")
@example("broadcast on Facebook")
def test_the_case_blind_scans_answer_as_without_their_gate(text: str) -> None:
    for lower, blind, words in (
        (_SCREEN_WORDS_LOWER, _SCREEN_WORDS, SCREEN_RUNS),
        (_WORK_NOUN_LOWER, _WORK_NOUN, WORK_RUNS),
    ):
        assert found_case_blind(text, lower, blind, words) == found_case_blind(text, lower, blind)
        assert found_case_blind(text, lower, blind) == (blind.search(text) is not None)


_TITLE_PIECES = [
    *("Capt.", "capt", "Captain", "captains", "Col.", "col", "colonel", "Vice-President"),
    *("president-elect", "President", "presidential", "Dr.", "dr", "Sen.", "sen", "the"),
    *("Per Ekdal", "Lena Holm", "harbour master", "Master", "Chief", "chiefly", "mischief"),
    *("VP", "vp", "Rev.", "prof", "é", "_", "2", "Lt.Col.", "\u212a", "\u0131"),
]


@settings(max_examples=500)
@given(_texts(_TITLE_PIECES))
@example("Capt. Per Ekdal and Vice-President Lena Holm")
@example("the harbour master Per Ekdal")
@example("mischief Chief\tLena Holm")
@example("Lt.Col. Per Ekdal")
def test_the_titles_are_found_where_the_pattern_finds_them(text: str) -> None:
    if not folds_like_ascii(text):
        return  # titled_names reads such a text with the whole pattern
    lower = text.lower()
    assert _title_starts(text, lower) == [m.start() for m in _TITLE_AT.finditer(lower)]
