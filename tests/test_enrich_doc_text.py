"""The parsed article's text is built once (newsbeat.enrich.doc_text)."""

from __future__ import annotations

import re
from pathlib import Path

import spacy

from newsbeat.enrich import doc_text as doc_text_module
from newsbeat.enrich.doc_text import doc_text, keep_text

ENRICH = Path(doc_text_module.__file__).parent


def test_the_text_is_kept_with_the_doc_and_equals_spacys() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Velmar signed the pact.  Two   spaces stay.")
    assert doc_text(doc) == doc.text
    assert doc.user_data["newsbeat_text"] == doc.text
    other = nlp("Arden wrote.")
    keep_text(other, "Arden wrote.")
    assert doc_text(other) == "Arden wrote."


def test_no_rule_rebuilds_the_whole_text_of_a_doc() -> None:
    # spaCy's Doc.text joins every token on each access: called once per span inside a loop it
    # made the analysis quadratic in the article's length (a third of the rules' CPU once)
    rebuilt = re.compile(r"\bdoc\.text\b")
    offenders = [
        f"{path.name}:{number}"
        for path in sorted(ENRICH.glob("*.py"))
        if path.name != "doc_text.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if rebuilt.search(line)
    ]
    assert offenders == []


def test_span_text_is_the_spans_text() -> None:
    from newsbeat.enrich.doc_text import span_text
    from newsbeat.enrich.nlp import load_pipeline

    written = "Lena Holm and  Per Ekdal met\nin Orsk, Kaldria ( the port ) on Monday. "
    doc = load_pipeline("en_core_web_sm")(written)
    for start in range(len(doc)):
        for end in range(start, min(len(doc), start + 4) + 1):
            assert span_text(doc[start:end]) == doc[start:end].text
    assert [span_text(e) for e in doc.ents] == [e.text for e in doc.ents]
