"""Whole-article word scans run in C give what the per-token loops they replaced gave:
``doc_arrays.indices_in``, the claims' figure starts (``_may_start``) and the ordinal and clock
candidates (``_digit_or_word``), on invented text, every token; and the memoised
``lookup_country`` answers as the function it wraps."""

from __future__ import annotations

from inspect import unwrap

from tests._enrich_docs import parsed_kept

from newsbeat.enrich import claim_scans
from newsbeat.enrich.actor_table import lookup_country
from newsbeat.enrich.claim_numbers import WORDS
from newsbeat.enrich.claim_ordinals import ORDINAL_WORDS
from newsbeat.enrich.doc_arrays import doc_arrays, indices_in, lowers, with_digit, word_ids

_TEXT = (
    "On the eighth day of the strike, 2,400 dockers in Velmar marched; a third of them were "
    "out for the 3rd time since 1998. Seventy-two ships waited, twenty fewer than on the "
    "Fourth. An A380 flew over. The 1990s-era cranes stood idle at 4½ metres. Forty-four "
    "seconds into the seventh round, Orsk won.\n\nHalf the crew (about 1,200) stayed "
    "home; one in five left by 9pm, dozens more by the 21st."
)


def test_indices_in_is_the_loop() -> None:
    column = ["a", "b", "a", "c", "d", "a"]
    for wanted in ({"a"}, frozenset({"a", "d"}), {"c": 1}, (), {"z"}):
        assert indices_in(column, wanted) == [i for i, v in enumerate(column) if v in wanted]
    assert indices_in([], {"a"}) == []
    assert indices_in([3, 5, 3], frozenset({3})) == [0, 2]


def test_ordinal_and_clock_candidates_are_the_loop() -> None:
    doc = parsed_kept(_TEXT)
    lows = lowers(doc)
    for words in (ORDINAL_WORDS, WORDS):
        old = [i for i, low in enumerate(lows) if low[:1].isdigit() or low in words]
        assert claim_scans._digit_or_word(doc, words) == old
    # the text has both kinds: words of the set and words opening with a digit
    assert any(low in ORDINAL_WORDS for low in lows)
    assert any(low[:1].isdigit() for low in lows)
    # and a word with a digit that does not open with one ("A380"): no candidate
    flags = zip(with_digit(doc), lows, strict=True)
    assert any(flag and not low[:1].isdigit() for flag, low in flags)


def test_figure_starts_are_the_loop() -> None:
    doc = parsed_kept(_TEXT)
    words = claim_scans._figure_words()
    old = [
        digit or low in words
        for low, digit in zip(doc_arrays(doc).lower, with_digit(doc), strict=True)
    ]
    found = claim_scans._may_start(doc)
    assert found == old
    assert all(type(flag) is bool for flag in found)
    assert True in found and False in found
    assert word_ids(("dozens",)) <= words


def test_lookup_country_memoised() -> None:
    for name in ("Kaldria", "France", "the US", "us", "U.S", "Germans", "Paris", "", "Velmar"):
        assert lookup_country(name) == unwrap(lookup_country)(name)
    assert lookup_country("France") is not None
    assert lookup_country("us") is None
