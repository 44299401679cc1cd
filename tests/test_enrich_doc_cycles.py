"""After its analysis a doc is freed by reference counting: nothing the rules keep in its
``user_data`` (tokens, spans, hooks) ties it into a reference cycle that only the cycle
collector, rarely run with its raised threshold, would break. Invented text."""

from __future__ import annotations

import gc

from newsbeat.enrich.analysis import ArticleInput, EnrichOptions, analyse_doc
from newsbeat.enrich.doc_arrays import forget_spans, keep_sentences, kept_spans
from newsbeat.enrich.doc_text import keep_text
from newsbeat.enrich.nlp import load_pipeline

_TEXT = (
    "Lena Holm, the harbour master of Orsa, said the ferry would run again on Monday. "
    "She said the Dock Union had agreed. Per Ekdal, its treasurer, disagreed. He told "
    'reporters: "Nothing is agreed." Holm later said he was wrong, and she thanked him.'
)


def _cyclic_docs(text: str) -> int:
    """How many Doc objects the cycle collector finds unreachable after one analysis."""
    from spacy.tokens import Doc

    nlp = load_pipeline(EnrichOptions().model)
    gc.collect()
    enabled, flags = gc.isenabled(), gc.get_debug()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        doc = nlp(text)
        keep_text(doc, text)
        analyse_doc(doc, ArticleInput(id=1, text=text), EnrichOptions())
        del doc
        gc.collect()
        return sum(isinstance(found, Doc) for found in gc.garbage)
    finally:
        gc.garbage.clear()
        gc.set_debug(flags)
        if enabled:
            gc.enable()


def test_an_analysed_doc_is_in_no_cycle() -> None:
    assert _cyclic_docs(_TEXT) == 0


def test_forget_spans_drops_the_named_keys() -> None:
    nlp = load_pipeline(EnrichOptions().model)
    doc = nlp("Ina Moss met Tom Vell in Velmar.")
    keep_sentences(doc)
    key = kept_spans("newsbeat_test_tokens")
    doc.user_data[key] = [doc[0]]
    doc.user_data["newsbeat_test_other"] = 1
    forget_spans(doc)
    assert key not in doc.user_data
    assert doc.user_data["newsbeat_test_other"] == 1
    # the sentence hooks are kept, and answer as spaCy's walk does at the doc's end
    assert doc[len(doc) :].sent.start == doc[-1].sent.start
