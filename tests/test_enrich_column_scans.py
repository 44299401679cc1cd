"""Scans read off the doc's columns give what the token loops they replaced gave, on invented
text: the stated ages gated by each sentence's word count, the ages' start tokens, the tokens on
a ``conj`` arc, a sentence's last non-space tokens, a quote's root, a verb's own subjects and a
word's occurrences; and a figure's range with no hedge before it, told by one ``endswith``."""

from __future__ import annotations

import pytest
from tests._enrich_docs import parsed_kept

from newsbeat.enrich import claim_figures, claim_hedges, doc_arrays, quote_denied, quote_leadins
from newsbeat.enrich.claim_figures import Age, stated_ages
from newsbeat.enrich.doc_arrays import indices_in, sentence_bounds, texts
from newsbeat.enrich.quote_issuers import verb_subject

_TEXT = (
    "Ann Kerr has died. She was 91.\n\nKerr was 32! He is 61 years old. They were 40 , "
    "said Tor Brask, who was 58 and sixty - one friends came. Edda Lund, 47, and Per Holm "
    "met in Velmar and Orsk.  \n\nThe mayor was blunt:\n\n“We will not pay,” she said. "
    "Holm commented,\n“Nothing is lost.” Forty-four sailors, twenty of them cooks, waited . \n"
)


def _stated_ages_loop(doc: object) -> list[Age]:
    """The rule before its gate: every sentence's tokens read."""
    out: list[Age] = []
    for sent in doc.sents:  # type: ignore[attr-defined]
        tokens = [t for t in sent if not t.is_space]
        words = [t for t in tokens if not t.is_punct]
        if len(words) not in {3, 5} or tokens[-1].text not in {".", "!"}:
            continue
        subject, link, number = words[:3]
        if link.lower_ not in {"was", "is"} or not claim_figures._age_number(number):
            continue
        if len(words) == 5 and [t.lower_ for t in words[3:]] != ["years", "old"]:
            continue
        if subject.lower_ in {"he", "she"} or claim_figures._name_token(subject):
            out.append(Age(number.i, number.i, float(number.text), subject))
    return out


def _ages(found: list[Age]) -> list[tuple[int, int, float, int]]:
    return [(a.first, a.last, a.value, a.person.i) for a in found]


def test_stated_ages_gated_is_the_loop() -> None:
    doc = parsed_kept(_TEXT)
    found = _ages(stated_ages(doc))
    assert found == _ages(_stated_ages_loop(doc))
    # the text has ages told in three words and in five
    values = {value for _, _, value, _ in found}
    assert {91.0, 61.0} <= values


def test_age_starts_are_the_loop() -> None:
    doc = parsed_kept(_TEXT)
    digits, lows = doc_arrays.with_digit(doc), doc_arrays.lowers(doc)
    old = [i for i, low in enumerate(lows) if digits[i] or low in claim_figures._SPELT]
    assert claim_figures._age_starts(doc) == old
    assert any(lows[i] == "sixty" for i in old) and any(digits[i] for i in old)


def test_joined_is_the_loop() -> None:
    doc = parsed_kept(_TEXT)
    old = frozenset(k for t in doc if t.dep_ == "conj" for k in (t.i, t.head.i))
    found = doc_arrays._joined(doc)
    assert found == old and found
    assert all(type(k) is int for k in found)


def test_last_words_are_the_comprehension() -> None:
    doc = parsed_kept(_TEXT)
    for start, end in sentence_bounds(doc):
        sent = doc[start:end]
        words = [t.i for t in sent if not t.is_space]
        for count in (1, 2, 3):
            assert [t.i for t in quote_leadins._last_words(sent, count)] == words[-count:]
    # sentences that end in spaces and line breaks are among them
    assert any(doc[end - 1].is_space for _, end in sentence_bounds(doc))


def test_quote_root_is_the_token_loop() -> None:
    doc = parsed_kept(_TEXT)
    roots = set()
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 6) + 1):
            words = doc[start:end]
            old = next((t for t in words if not start <= t.head.i < end), None)
            found = quote_denied._quote_root(words)
            assert (found.i if found is not None else None) == (old.i if old is not None else None)
            roots.add(found is None)
    assert roots == {True, False}  # spans holding a whole sentence, and others


def test_word_occurrences_are_the_loop() -> None:
    doc = parsed_kept(_TEXT)
    words = texts(doc)
    for word in {*words, "Nobody"}:
        assert indices_in(words, (word,)) == [i for i, w in enumerate(words) if w == word]


def test_verb_subject_is_the_token_form() -> None:
    doc = parsed_kept(_TEXT)

    def old(verb: object) -> object:
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]  # type: ignore[attr-defined]
        if subjects:
            people = [c for c in subjects if c.ent_type_ == "PERSON"]
            return (people or sorted(subjects, key=lambda c: abs(verb.i - c.i)))[0]  # type: ignore[attr-defined]
        return None

    own = 0
    for tok in doc:
        expected = old(tok)
        if expected is not None:
            own += 1
            assert verb_subject(tok) == expected
    assert own >= 5  # the text's verbs with subjects of their own


def test_range_without_hedge_is_the_full_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    options = [
        *claim_hedges._AT_LEAST,
        *claim_hedges._AT_MOST,
        *claim_hedges.NEARLY_HEDGES,
        *claim_hedges._ABOUT,
    ]
    hedges = ["", " ", " the", " said", " no", " s", " some of", " overt", " a", " closer"]
    hedges += [f" {o}" for o in options] + [f" he said {o}" for o in options]
    hedges += [f" {o}x" for o in options] + [f"{o}" for o in options]
    values = (1.0, 40.0, 4200.0, 102e6, -20.0, 0.5)
    gated = {(v, h): claim_hedges._range(v, h) for v in values for h in hedges}
    monkeypatch.setattr(claim_hedges, "_HEDGE_ENDS", ("",))  # every hedge read in full
    assert gated == {(v, h): claim_hedges._range(v, h) for v in values for h in hedges}
    assert any(found[2] for found in gated.values())
    assert not all(found[2] for found in gated.values())


def test_with_dep_kept_is_the_loop() -> None:
    doc = parsed_kept(_TEXT)
    for label in ("conj", "nsubj", "appos", "nummod", "no_such_label"):
        old = [t.i for t in doc if t.dep_ == label]
        assert doc_arrays.with_dep(doc, label) == old
        assert doc_arrays.with_dep(doc, label) == old  # asked again: the kept list
    assert doc_arrays.with_dep(doc, "conj") and not doc_arrays.with_dep(doc, "no_such_label")
