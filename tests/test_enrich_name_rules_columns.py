"""Name and actor rules that read the doc's columns before (or instead of) spaCy's token
objects answer what their token forms answered (kept here), on invented text: every token,
every labelled span of one to four tokens. Each form is checked to answer both ways."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Span

from newsbeat.enrich import actor_common_nouns, actor_titles, name_countries, name_spans
from newsbeat.enrich.actor_table import TITLE_HEADS, TITLE_WORDS, lookup_country
from newsbeat.enrich.analysis import EnrichOptions
from newsbeat.enrich.doc_arrays import sent_start_flags
from newsbeat.enrich.doc_text import keep_text, span_text
from newsbeat.enrich.name_context import written_as_word
from newsbeat.enrich.names import is_first_name, place_kind
from newsbeat.enrich.nlp import common_nouns, load_pipeline
from newsbeat.enrich.number_names import MONTHS, WEEKDAYS

_TEXT = (
    "Flames and smoke were coming from the roof. Church officials said Defence Minister Oskar "
    "Brenn met the Committee to Protect Journalists and the Daily News Egypt. Trucks queued "
    "as trucks do. GM Lena Baxter and rookie Emil Vosk spoke to Vodafone Egypt. Labour won, "
    "and the Labour leader smiled. Lena said Harbour master Per Ekdal saw the harbour in "
    "Wasilla Alaska and New Mexico. VP Tarn and the Interior Minister left; Unemployed John "
    "Baxter waited near the Orsk Bible Church in Velmar, Kaldria."
)
_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC")


@pytest.fixture(scope="module")
def doc() -> Any:
    parsed = load_pipeline(EnrichOptions().model)(_TEXT)
    keep_text(parsed, _TEXT)
    return parsed


def _spans(doc: Any, longest: int = 4) -> list[Any]:
    n = len(doc)
    return [
        Span(doc, a, b, label=label)
        for a in range(n)
        for b in range(a + 1, min(n, a + longest) + 1)
        for label in _LABELS
    ]


def _brand_before(tok: Any, country: Any) -> bool:
    low = tok.lower_
    return (
        tok.pos_ == "PROPN"
        and tok.dep_ == "compound"
        and tok.i < tok.head.i <= country.i
        and tok.is_alpha
        and tok.text[:1].isupper()
        and low not in name_countries._PLACE_WORDS
        and low not in (TITLE_WORDS | MONTHS | WEEKDAYS)
        and not is_first_name(tok.text)
        and place_kind(tok.text) is None
        and lookup_country(tok.text) is None
    )


def _purpose_end_before(doc: Any, ent: Any) -> int | None:
    heads = [t for t in ent if t.lower_ in name_spans._ORG_HEAD_WORDS and t.text[:1].isupper()]
    if not heads:
        return None
    to = heads[-1].i + 1
    if to + 1 >= len(doc) or doc[to].lower_ != "to" or not doc[to + 1].text[:1].isupper():
        return None
    last = None
    for j in range(to + 1, min(len(doc), to + 1 + name_spans._PURPOSE_MAX)):
        tok = doc[j]
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if "\n" in tok.text:
            break
        if tok.is_alpha and tok.text[:1].isupper():
            last = j
            if "\n" in tok.whitespace_:
                break
        elif not (
            nxt is not None
            and nxt.text[:1].isupper()
            and (tok.text in {"-", "‐", "–"} or tok.lower_ in name_spans._PURPOSE_JOINERS)
        ):
            break
    return last + 1 if last is not None and last + 1 > ent.end else None


def _noun_opening_before(ent: Any, ents: list[Any]) -> bool:
    tok = ent[0]
    if len(ent) != 1 or not tok.is_sent_start or tok.tag_ not in {"NN", "NNS"}:
        return False
    nouns = common_nouns(ent.doc)
    if tok.lemma_.lower() not in nouns and tok.lower_ not in nouns:
        return False
    word = span_text(ent).strip()
    if lookup_country(word) is not None or place_kind(word) is not None:
        return False
    longer = [(e.start, e.end) for e in ents if len(e) > 1]
    return not any(
        t.text == word and not t.is_sent_start and not any(a <= t.i < b for a, b in longer)
        for t in ent.doc
    )


def _word_opening_before(ent: Any) -> bool:
    if ent.label_ not in set(_LABELS) or len(ent) != 1 or not ent[0].is_sent_start:
        return False
    word = span_text(ent).strip()
    if lookup_country(word) is not None:
        return False
    if not written_as_word(ent.doc.text, word.lower()):
        return False
    if ent.label_ == "PERSON" and any(
        e.label_ == "PERSON" and len(e) > 1 and word in span_text(e).split() for e in ent.doc.ents
    ):
        return False
    return not any(
        t.text == word and not t.is_sent_start and not actor_common_nouns._inside_a_longer_name(t)
        for t in ent.doc
    )


def _only_a_title_before(doc: Any, ent: Any, raw: str) -> bool:
    if ent.label_ == "PERSON":
        return False
    words = [w.lower() for w in raw.split()]
    if len(words) == 1 and words[0] in TITLE_HEADS:
        return True
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    return all(w in actor_titles._PORTFOLIOS for w in words) and after in TITLE_HEADS


def test_sentence_starts_are_spacy_attributes(doc: Any) -> None:
    flags = sent_start_flags(doc)
    assert flags == [t.is_sent_start is True for t in doc]
    assert 1 < sum(flags) < len(doc)


def test_brand_words_answer_as_their_token_form(doc: Any) -> None:
    found = set()
    for country in range(len(doc)):
        for i in range(max(0, country - 4), country):
            new = name_countries._brand(doc, i, country)
            assert new == _brand_before(doc[i], doc[country]), (i, country)
            found.add(new)
    assert found == {True, False}


def test_purpose_ends_answer_as_their_token_form(doc: Any) -> None:
    found = set()
    for span in _spans(doc):
        new = name_spans._purpose_end(doc, span)
        assert new == _purpose_end_before(doc, span), span.text
        found.add(new is None)
    assert found == {True, False}


def test_sentence_openers_answer_as_their_token_forms(doc: Any) -> None:
    spans = _spans(doc, longest=2)
    ents = list(doc.ents)
    found: dict[str, set[bool]] = {"noun": set(), "word": set(), "title": set()}
    for span in spans:
        raw = span_text(span)
        pairs = {
            "noun": (
                actor_common_nouns._common_noun_opening(span, ents),
                _noun_opening_before(span, ents),
            ),
            "word": (
                actor_common_nouns._common_word_at_sentence_start(span),
                _word_opening_before(span),
            ),
            "title": (
                actor_titles._only_a_title(doc, span, raw),
                _only_a_title_before(doc, span, raw),
            ),
        }
        for rule, (new, old) in pairs.items():
            assert new == old, (rule, span.text, span.label_)
            found[rule].add(new)
    assert all(answers == {True, False} for answers in found.values()), found


def test_description_gate_never_stops_a_description(doc: Any) -> None:
    described = 0
    for start in range(len(doc) - 3):
        for end in (start + 3, start + 4):
            if end > len(doc):
                continue
            if name_spans._described(doc[start], doc[start + 1], doc[start + 2 : end]):
                described += 1
                assert name_spans._may_be_described(doc, start + 1)
    assert described >= 1
    assert not name_spans._may_be_described(doc, 0)  # "Flames" is no first name
