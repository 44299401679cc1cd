"""The rules that tell a thing or a land feature from an actor (``actor_things``,
``actor_marks``) read the words around a mention from the doc's columns instead of spaCy's
span and token objects; on invented text, for every span of one to four tokens, each answers
what its token form answered (kept here), and each answers both ways somewhere. The columns
they read (``span_root``, ``lower_flags``, ``quote_flags``) equal spaCy's on every token and
span."""

from __future__ import annotations

import re
from typing import Any

import pytest

from newsbeat.enrich import actor_marks, actor_products, actor_things
from newsbeat.enrich.actor_mention_spans import MentionSpan, mention_span
from newsbeat.enrich.analysis import EnrichOptions
from newsbeat.enrich.doc_arrays import lower_flags, quote_flags, span_root
from newsbeat.enrich.doc_text import doc_text, keep_text
from newsbeat.enrich.nlp import load_pipeline

_TEXT = (
    "Velmar Quest is a game. Orsk, a film, opened. The sequel, Brask Rising, sold well. "
    "The novel Tarn Hollow won. Doctors found a condition called Kessitis, and a drug known "
    "as Orvane helped. In his Velo, the 13-inch Orskpad sat. A new Skoda and the new Velo "
    'were sold, but a Velo dealer and a Velo "Open Day" were not. The film Holm directed '
    'and his movie "Ted" preceded it. Its Skyhook lander and a Brellix display failed, as '
    "did the best Korvo phone. The Bolton field and the Haldis ranch lie north. The 787 "
    "Max jet flew; mother of 13 Ann Kerr said Velmar Labs told staff. An old Fennic and "
    "the redesigned Prius drove by. ‘ Ostra ’ , the album , topped the charts. They bought a "
    "Cheap Velo."
)


@pytest.fixture(scope="module")
def doc() -> Any:
    parsed = load_pipeline(EnrichOptions().model)(_TEXT)
    keep_text(parsed, _TEXT)
    return parsed


def _spans(doc: Any) -> list[Any]:
    n = len(doc)
    return [doc[a:b] for a in range(n) for b in range(a + 1, min(n, a + 4) + 1)]


def _as_mention(span: Any) -> MentionSpan:
    return MentionSpan(span.start, span.end, span.start_char, span.end_char)


def _called_before(span: Any) -> bool:
    nouns = actor_things._THING_NOUNS
    root = span.root
    if (
        root.dep_ == "nsubj"
        and root.head.lemma_ == "be"
        and any(c.dep_ == "attr" and c.lemma_.lower() in nouns for c in root.head.children)
    ):
        return True
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    quoted = (
        after is not None and after.is_quote and span.start > 0 and doc[span.start - 1].is_quote
    )
    if after is not None and after.is_quote:
        after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if after is not None and after.pos_ in {"VERB", "AUX"} and not quoted:
        return False
    if any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in root.children):
        return True
    if root.dep_ == "appos" and root.head.lemma_.lower() in nouns:
        return True
    before = span.start - 1
    while before >= 0 and doc[before].is_quote:
        before -= 1
    if before >= 2 and doc[before].lower_ == "as" and doc[before - 1].lower_ == "known":
        named = before - 1
    else:
        named = before
    if (
        named >= 1
        and doc[named].lower_ in {"called", "named", "dubbed", "known"}
        and doc[named - 1].lemma_.lower() in nouns
    ):
        return True
    return (
        before >= 0
        and doc[before].is_lower
        and doc[before].pos_ == "NOUN"
        and doc[before].lemma_.lower() in nouns
    )


def _speaks_before(span: Any) -> bool:
    root = span.root
    return root.dep_ in {"nsubj", "nsubjpass"} and (
        root.head.lemma_.lower() in actor_things._SPEECH_LEMMAS
    )


def _owned_before(doc: Any, span: Any) -> bool:
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    head_of_phrase = after is None or after.pos_ in {"ADP", "PUNCT", "CCONJ", "SCONJ", "PRON"}
    if head_of_phrase and before is not None and before.lower_ in actor_things._OWNED_OR_COMMON:
        return True
    if (
        head_of_phrase
        and before is not None
        and before.pos_ == "ADJ"
        and span.start > 1
        and doc[span.start - 2].lower_ in actor_products._INDEFINITE
    ):
        return True
    start = span.start_char
    return actor_things._SIZE_BEFORE.search(doc.text, max(0, start - 24), start) is not None


def _product_before(span: Any) -> bool:
    doc = span.doc
    if span.root.dep_ in {"compound", "nmod", "amod", "poss"} or (
        span[-1].lower_ in actor_products.org_heads()
    ):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (
        after.pos_ in actor_products._MODIFIED_POS or after.lower_ in {"'s", "’s"} or after.is_quote
    ):
        return False
    at = span.start - 1
    adjectives = []
    while at >= 0 and doc[at].pos_ == "ADJ" and doc[at].is_lower:
        adjectives.append(doc[at].lower_)
        at -= 1
    if at < 0:
        return False
    if doc[at].lower_ in actor_products._INDEFINITE:
        return True
    return (
        doc[at].lower_ == "the"
        and bool(adjectives)
        and set(adjectives) <= actor_products._PRODUCT_ADJECTIVES
    )


def _device_before(doc: Any, span: Any) -> bool:
    nouns = actor_products._DEVICE_NOUNS
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.is_lower and after.lower_ in nouns:
        return True
    last = doc[span.end - 1]
    head = last.head
    return (
        last.dep_ in {"compound", "nmod"}
        and head.i >= span.end
        and head.is_lower
        and head.lower_ in nouns
    )


def _suffix_before(doc: Any, span: Any, pattern: re.Pattern[str]) -> bool:
    return (
        span.start > 0
        and doc[span.start - 1].like_num
        and pattern.fullmatch(doc[span.start - 1].text) is not None
    )


def _feature_before(span: Any) -> bool:
    last = span[-1]
    head = last.head
    return (
        last.dep_ == "compound"
        and head.i == span.end
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in actor_marks._FEATURES
    )


def test_text_is_the_doc_text(doc: Any) -> None:
    assert doc_text(doc) == doc.text


def test_columns_are_spacy_attributes(doc: Any) -> None:
    assert lower_flags(doc) == [t.is_lower for t in doc]
    assert quote_flags(doc) == [t.is_quote for t in doc]
    assert any(quote_flags(doc)) and not all(lower_flags(doc))
    for span in _spans(doc):
        assert span_root(doc, span.start, span.end) == span.root.i, span.text


def test_mention_spans_are_char_spans(doc: Any) -> None:
    for start in range(0, len(_TEXT) - 5, 3):
        span = doc.char_span(start, start + 5, alignment_mode="expand")
        expected = None if span is None else _as_mention(span)
        assert mention_span(doc, start, start + 5) == expected


def test_thing_rules_answer_as_their_token_forms(doc: Any) -> None:
    answers: dict[str, set[bool]] = {}
    model = actor_products._MODEL_NUMBER
    for span in _spans(doc):
        mention = _as_mention(span)
        pairs = {
            "called": (actor_things._called_a_thing(doc, mention), _called_before(span)),
            "speaks": (actor_things._speaks(doc, [mention]), _speaks_before(span)),
            "owned": (actor_things._owned_or_sized(doc, mention), _owned_before(doc, span)),
            "product": (actor_products._a_product(doc, mention), _product_before(span)),
            "device": (actor_products._qualifies_a_device(doc, mention), _device_before(doc, span)),
            "suffix": (
                actor_products._model_suffix(doc, "Max", [mention]),
                _suffix_before(doc, span, model),
            ),
            "feature": (actor_marks._names_a_feature(doc, mention), _feature_before(span)),
        }
        for rule, (new, old) in pairs.items():
            assert new == old, (rule, span.text)
            answers.setdefault(rule, set()).add(new)
    assert all(found == {True, False} for found in answers.values()), answers
