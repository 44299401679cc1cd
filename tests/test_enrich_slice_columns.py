"""Token slices read from the doc's columns give what the spans they replaced gave, on invented
text, for every pair of bounds (out of range and negative included): the words before and
after a figure (``claim_roles._role``, ``not_claims._designation``), a figure's decimal point
(``claim_numbers.is_magnitude``), and a span's text cut from the kept text (``words_text``:
``speaker_tokens.noun_phrase``, the quote's sentence)."""

from __future__ import annotations

from tests._enrich_docs import parsed_kept

from newsbeat.enrich.doc_arrays import lowers, texts, words_text

_TEXT = (
    'Harbour master Per Ekdal said the 5.6 quake left 80 - 90 boats adrift. "It was a .357 '
    "caliber round,\" said Orsa Kittby, the union's leader.\n\nAnother five people, of whom "
    "two were crew, left Velmar."
)


def test_column_slices_are_the_span_slices() -> None:
    doc = parsed_kept(_TEXT)
    n = len(doc)
    lows, written = lowers(doc), texts(doc)
    for a in range(-3, n + 3):
        for b in range(-3, n + 3):
            span = doc[a:b]
            assert lows[a:b] == [t.lower_ for t in span], (a, b)
            assert any("." in w or w == "." for w in written[a:b]) == any(
                "." in t.text or t.text == "." for t in span
            ), (a, b)
            if a >= 0 and 0 <= b <= n:
                assert words_text(doc, a, b) == span.text, (a, b)


def test_the_two_words_after_a_figure_are_the_span_words() -> None:
    doc = parsed_kept(_TEXT)
    lows, written = lowers(doc), texts(doc)
    for last in range(len(doc) + 2):
        old = [t.lower_ for t in doc[last + 1 : last + 3] if t.text != "-"]
        new = [lows[i] for i in range(last + 1, min(last + 3, len(lows))) if written[i] != "-"]
        assert new == old, last
