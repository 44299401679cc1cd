"""perf35's cuts of the analysis's cost, each checked against the code it replaced (the
analysis's output must not change; every text is invented, every name fictional):

- ``name_context.letter_runs`` reads the runs of letters a-z with a byte table and ``split``
  instead of ``re.findall("[a-z]+", ...)``;
- ``actor_things._speaks`` reads a span's root only when one of the span's tokens is the
  subject of a speech verb (``_speaking_subjects``, read once per doc);
- ``speaker_captions._Table`` sets its verb flags at the verbs of the part-of-speech column
  and reads a heading's first word's part of speech where it is asked, instead of two tests
  of every token;
- ``name_spans.trimmed`` takes a span it leaves whole's text as written for its words (what
  ``words_text`` cuts for the same tokens) and reads the span's bounds and label once.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsbeat.enrich.actor_mention_spans import MentionSpan
from newsbeat.enrich.actor_things import _SPEECH_LEMMAS, _speaking_subjects, _speaks
from newsbeat.enrich.doc_arrays import (
    dep_id,
    doc_arrays,
    heads,
    lemmas_lower,
    span_root,
    words_text,
)
from newsbeat.enrich.doc_text import doc_text, keep_text
from newsbeat.enrich.name_context import letter_runs
from newsbeat.enrich.name_spans import trimmed
from newsbeat.enrich.speaker_captions import _Table, caption_starts

_LETTER_RUN = re.compile("[a-z]+")


def _runs_by_pattern(text: str) -> frozenset[str]:
    """What ``letter_runs`` answered before perf35."""
    return frozenset(_LETTER_RUN.findall(text.lower()))


# Pieces whose lower-casing is not ASCII's: a dotted capital I ("İ" lower-cases to "i" and a
# combining dot), the Kelvin sign ("K" lower-cases to "k"), a long s, a ligature, sharp s.
_RUN_PIECES = [
    *("Velmar", "ORSK", "harbour", "dog", "é", "É", "\u0130stad", "\u212aessel", "\u017fong"),
    *("\ufb01le", "stra\u00dfe", "\u01c5", "\u2019s", "_", "9", "-", " ", "\n", "\t", "\ud7ff"),
]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_RUN_PIECES), max_size=12).map("".join) | st.text(max_size=40))
@example("")
@example("Per Ekdal\u2019s dog, \u0130stad and the \u212aessel ferry")
@example("caf\u00e9s_and9dogs")
def test_letter_runs_are_the_runs_the_pattern_finds(text: str) -> None:
    letter_runs.cache_clear()
    assert letter_runs(text) == _runs_by_pattern(text)


def test_letter_runs_are_whole_words_of_a_to_z() -> None:
    text = "The Velmar Gazette: caf\u00e9 owner Lena Holm\u2019s dog-walkers, 12 of them."
    letter_runs.cache_clear()
    assert letter_runs(text) == {
        *("the", "velmar", "gazette", "caf", "owner", "lena", "holm", "s", "dog", "walkers"),
        *("of", "them"),
    }


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from newsbeat.enrich.nlp import load_pipeline

    return load_pipeline("en_core_web_sm")


def _speaks_by_roots(doc, spans: list[MentionSpan]) -> bool:  # type: ignore[no-untyped-def]
    """What ``_speaks`` answered before perf35: each span's root read and tested."""
    dep, head, lemma = doc_arrays(doc).dep, heads(doc), lemmas_lower(doc)
    subjects = (dep_id("nsubj"), dep_id("nsubjpass"))
    for s in spans:
        root = span_root(doc, s.start, s.end)
        if dep[root] in subjects and lemma[head[root]] in _SPEECH_LEMMAS:
            return True
    return False


def test_speaking_names_are_read_as_before(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "Kessel Motors said on Monday that the Orsa Arrow would be recalled. The Velmar "
        "Gazette reported the fault first, and Lena Holm told reporters that the harbour "
        "board was told nothing. The Orsa Arrow is a small car. Per Ekdal declined to "
        "comment."
    )
    speakers = _speaking_subjects(doc)
    assert speakers == sorted(speakers)
    assert {doc[i].text for i in speakers} >= {"Motors", "Holm"}
    # every span of one to three tokens, and an empty one
    spans = [
        MentionSpan(
            a, b, doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text) if b > a else doc[a].idx
        )
        for a in range(len(doc))
        for b in range(a, min(a + 4, len(doc)) + 1)
        if b < len(doc) or b > a
    ]
    for s in spans:
        assert _speaks(doc, [s]) == _speaks_by_roots(doc, [s]), (s, doc[s.start : s.end].text)
    named = {"Kessel Motors": True, "Orsa Arrow": False, "Lena Holm": True}
    for name, speaks in named.items():
        start = doc.text.index(name)
        span = doc.char_span(start, start + len(name))
        assert span is not None
        found = MentionSpan(span.start, span.end, span.start_char, span.end_char)
        assert _speaks(doc, [found]) is speaks, name


def test_a_doc_without_a_speech_verb_has_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The Orsa Arrow is a small car. Lena Holm bought one in Velmar.")
    assert _speaking_subjects(doc) == []
    start = doc.text.index("Lena Holm")
    span = doc.char_span(start, start + len("Lena Holm"))
    assert span is not None
    assert not _speaks(doc, [MentionSpan(span.start, span.end, span.start_char, span.end_char)])


def test_the_caption_table_flags_the_tokens_as_before(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.symbols import ADV, AUX, CCONJ, DET, PRON, SCONJ, VERB

    doc = nlp(
        "Harbour reopens after storm\n\nThe Velmar harbour reopened on Monday. Then it was "
        "closed again, but Lena Holm said it would reopen.\n\nLena Holm, Port Avel\n\nPer "
        "Ekdal/Velmar Gazette"
    )
    table = _Table(doc)
    pos = [tok.pos for tok in doc]
    assert table.is_verb == [p in (VERB, AUX) for p in pos]
    assert any(table.is_verb) and not all(table.is_verb)
    no_heading = [p in (ADV, CCONJ, SCONJ, PRON, DET) for p in pos]
    assert [table.pos[i] in table.no_heading_pos for i in range(len(doc))] == no_heading
    assert any(no_heading)
    starts = caption_starts(doc)
    # the credit line is a caption, the heading a subhead
    assert {doc[i].text for i in starts} >= {"Per", "Harbour"}


def test_a_whole_span_is_its_words_and_trimmed_spans_are_cut(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kessel Motors chief Lena Holm met the Velmar Harbour Board on Monday.  Per "
        "Ekdal (Orsa) said the \u201cOrsk City\u201d plan would cost more.\nThe Orsa "
        "Rovers improved to 26 - 1 after beating the Kittby Lions."
    )
    doc = nlp(text)
    keep_text(doc, text)
    kept = doc_text(doc)
    assert list(doc.ents)
    for ent in doc.ents:
        # the identity the cut rests on: a span's words as cut are its text as written
        assert words_text(doc, ent.start, ent.end) == kept[ent.start_char : ent.end_char]
        found = trimmed(doc, ent)
        if found is not None:
            assert ent.start <= found.start < found.end <= ent.end
            if (found.start, found.end, found.label_) == (ent.start, ent.end, ent.label_):
                assert found is ent  # left whole: NER's own span
