"""Rules that read the doc's arrays to skip tokens skip only tokens where they would have found
nothing (the analysis's output must not change)."""

from __future__ import annotations

from newsbeat.enrich.claim_figures import _SPELT, _age_number, _spelt_age, word_fraction
from newsbeat.enrich.claim_measures import glued_temperature, word_duration
from newsbeat.enrich.claim_numbers import is_number_token, magnitude_glued
from newsbeat.enrich.claim_scans import _VAGUE, _may_start
from newsbeat.enrich.doc_arrays import (
    doc_arrays,
    forget_strings,
    keep_sentences,
    lemmas_lower,
    texts,
    token_offsets,
    with_digit,
    word_ids,
)
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quote_attribution import CUE_LEMMAS, cue_candidates
from newsbeat.enrich.relation_triggers import _possible_triggers, _trigger_type

_TEXT = (
    "  Kaldria attacked Velmar on Tuesday, killing dozens of soldiers and tens of thousands of "
    "sheep. Half a mile away, a quarter-century after the war, 4½ tonnes of aid and $137m "
    "arrived in -20C weather, after a magnitude-5.2 quake. The signing of Holm was a surprise; "
    "at a meeting with Sorvenland the minister did release Dahl, and talks with Orsk began. "
    "Two thousand and five hundred people, 1,000 cars and 3.5 bn euros were counted, one by one. "
    "Ann Kerr, 32, and the sixty-one-year-old Bea Toll, who were 61 and 48 years old, left."
)


def _doc():  # type: ignore[no-untyped-def]
    return load_pipeline("en_core_web_sm")(_TEXT)


def test_arrays_are_the_tokens_attributes() -> None:
    doc = _doc()
    arrays = doc_arrays(doc)
    assert arrays is doc_arrays(doc)  # kept with the doc
    strings = doc.vocab.strings
    for tok in doc:
        assert strings[arrays.lower[tok.i]] == tok.lower_
        assert strings[arrays.lemma[tok.i]] == tok.lemma_
        assert strings[arrays.pos[tok.i]] == tok.pos_
        assert strings[arrays.shape[tok.i]] == tok.shape_
        assert texts(doc)[tok.i] == tok.text
        assert lemmas_lower(doc)[tok.i] == tok.lemma_.lower()
        assert token_offsets(doc)[tok.i] == tok.idx
    assert arrays.lower[[t.text for t in doc].index("Kaldria")] in word_ids(["kaldria"])
    assert texts(doc) is texts(doc) and lemmas_lower(doc) is lemmas_lower(doc)


def test_strings_kept_across_docs_are_each_docs_own() -> None:
    nlp = load_pipeline("en_core_web_sm")
    forget_strings()
    first = nlp("Talks in Orsk ended. The Minister said talks would resume.")
    texts(first), lemmas_lower(first)  # the strings of the first doc are kept
    for doc in (nlp("Orsk talks resumed; ministers TALKED and Talked again."), _doc()):
        assert texts(doc) == [t.text for t in doc]
        assert lemmas_lower(doc) == [t.lemma_.lower() for t in doc]
    forget_strings()
    doc = _doc()
    assert texts(doc) == [t.text for t in doc]


def test_claims_skip_only_tokens_that_start_nothing() -> None:
    doc = _doc()
    starts = _may_start(doc)
    skipped = [tok for tok in doc if not starts[tok.i]]
    assert skipped and len(skipped) < len(doc)
    for tok in skipped:
        i = tok.i
        assert tok.lower_ not in _VAGUE and tok.lower_ != "tens", tok.text
        assert word_fraction(doc, i) is None and word_duration(doc, i) is None, tok.text
        assert not is_number_token(tok), tok.text
        assert glued_temperature(doc, i) is None and magnitude_glued(tok.text) is None, tok.text
    kept = {tok.text for tok in doc if starts[tok.i]}
    assert {"dozens", "tens", "Half", "4½", "137", "m", "-20C", "magnitude-5.2"} <= kept
    assert {"1,000", "3.5", "bn", "Two", "thousand"} <= kept


def test_relations_skip_only_tokens_that_trigger_nothing() -> None:
    doc = _doc()
    candidates = {tok.i for sent in doc.sents for tok in _possible_triggers(sent)}
    assert candidates and len(candidates) < len(doc)
    for tok in doc:
        if tok.i not in candidates:
            assert _trigger_type.__wrapped__(tok) is None, tok.text  # type: ignore[attr-defined]
    assert _trigger_type(doc[1]) == _trigger_type.__wrapped__(doc[1])  # type: ignore[attr-defined]
    assert any(doc[i].text == "attacked" for i in candidates)


def test_ages_skip_only_tokens_that_start_no_age() -> None:
    doc = _doc()
    digits = with_digit(doc)
    assert {t.text for t in doc if digits[t.i]} >= {"32", "61", "48", "4½", "-20C", "1,000"}
    for tok in doc:
        if not digits[tok.i] and tok.lower_ not in _SPELT:
            assert not _age_number(tok) and _spelt_age(doc, tok) is None, tok.text


def test_kept_sentences_are_spacys() -> None:
    doc = _doc()
    n = len(doc)
    spans = [(a, b) for a in range(n + 1) for b in (a, a + 1, a + 4) if b <= n]
    before_tokens = [(t.sent.start, t.sent.end) for t in doc]
    before_spans = [(doc[a:b].sent.start, doc[a:b].sent.end) for a, b in spans]
    keep_sentences(doc)
    assert "sent" in doc.user_token_hooks and "sent" in doc.user_span_hooks
    assert len(set(before_tokens)) == len(list(doc.sents)) > 3
    assert [(t.sent.start, t.sent.end) for t in doc] == before_tokens
    assert [(doc[a:b].sent.start, doc[a:b].sent.end) for a, b in spans] == before_spans
    assert "sent" in doc.user_span_hooks  # the empty span at the end put it back


_SPOKEN = (
    '"The quay stays shut," harbour master Per Ekdal told reporters on Monday. According to '
    'Lena Holm, the ferries were "late again", as a council memo put it. "We will see," barked '
    "Holm. The mayor has said nothing; the crews are angry and the boats could sail at dawn."
)


def test_cue_candidates_skip_only_tokens_no_cue_test_reads() -> None:
    doc = load_pipeline("en_core_web_sm")(_SPOKEN)
    kept = set(cue_candidates(doc, 0, len(doc)))
    assert kept and len(kept) < len(doc)
    assert cue_candidates(doc, 3, 9) == [k for k in sorted(kept) if 3 <= k < 9]
    for tok in doc:
        if tok.i in kept:
            continue
        # each test cue_attribution makes of a token fails for a skipped one
        assert tok.lower_ != "according", tok.text
        assert not (tok.lemma_ in CUE_LEMMAS and tok.pos_ in {"VERB", "AUX"}), tok.text
        assert tok.pos_ != "VERB" and tok.lemma_ != "put", tok.text


_ACTS = (
    "Kaldria fired its envoy and Velmar took over Orsk Holdings. The minister put her "
    "signature on the treaty, released a statement condemning the raid and said Dahl lied. "
    "Sorvenland received aid from Kaldria, told the army to withdraw and arrived in Brask on a "
    "visit. Holm wandered, pondered the map, staged a walkout and grabbed 11 rebounds; the "
    "ferries idled while the crews knitted, hummed and waited."
)


class _Every(frozenset[str]):
    def __contains__(self, item: object) -> bool:
        return True


def test_verbs_outside_the_productive_lemmas_get_no_type(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from newsbeat.enrich import relation_triggers

    nlp = load_pipeline("en_core_web_sm")
    gated = nlp(_ACTS)
    found = {tok.i: _trigger_type(tok) for tok in gated}
    productive = relation_triggers._productive_verbs()
    skipped = [t for t in gated if t.pos_ == "VERB" and t.lemma_.lower() not in productive]
    assert skipped  # the text has verbs no test reads ("wander", "ponder", "knit")
    monkeypatch.setattr(relation_triggers, "_productive_verbs", lambda: _Every())
    ungated = nlp(_ACTS)
    assert {tok.i: _trigger_type(tok) for tok in ungated} == found
    assert any(kind is not None for kind in found.values())


def test_subjects_in_are_the_sentences_subjects() -> None:
    from newsbeat.enrich.speaker_persons import _subjects_in

    doc = load_pipeline("en_core_web_sm")(_SPOKEN + " " + _ACTS)
    found = 0
    for sent in doc.sents:
        subjects = [t.i for t in sent if t.dep_ in {"nsubj", "nsubjpass"}]
        assert [t.i for t in _subjects_in(sent)] == subjects
        found += len(subjects)
    assert found >= 5


def test_lower_texts_are_the_tokens_and_shapes_kept_across_docs_stay_right() -> None:
    from newsbeat.enrich.doc_arrays import lowers

    forget_strings()
    nlp = load_pipeline("en_core_web_sm")
    for doc in (nlp("ORSK had 4,200 SHIPS; Orsk has 12."), _doc()):
        assert lowers(doc) == [t.lower_ for t in doc]
        assert with_digit(doc) == [any(ch.isdigit() for ch in t.text) for t in doc]


def test_words_cut_from_the_kept_text_are_the_tokens_words() -> None:
    from newsbeat.enrich.doc_arrays import alphas, like_nums, lowers
    from newsbeat.enrich.doc_text import keep_text

    nlp = load_pipeline("en_core_web_sm")
    odd = (
        "İZMİR and Straße: ǅemal met ＡＢＣ officials\u00a0in Orsk — café\u0301s, 🚢 ships, "
        '\tSIGMA Σ ΣΑΣ;  K\u212aldria\'s\n\nNÍ Dhuibh said "no".  '
    )
    for text in (odd, _TEXT, "Orsk", "  ", "1,200. 3 , 4 12.5 ten thousand 7th IV"):
        doc = nlp(text)
        keep_text(doc, text)
        assert texts(doc) == [t.text for t in doc]
        assert lowers(doc) == [t.lower_ for t in doc]
        assert lemmas_lower(doc) == [t.lemma_.lower() for t in doc]
        assert like_nums(doc) == [t.like_num for t in doc]
        assert alphas(doc) == [t.is_alpha for t in doc]
    # a kept text that is not the doc's own: the words are the string store's
    doc = nlp(odd)
    keep_text(doc, odd + " and more")
    assert texts(doc) == [t.text for t in doc]
    assert lowers(doc) == [t.lower_ for t in doc]
