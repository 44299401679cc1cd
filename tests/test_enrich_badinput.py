"""Bad input for the enrich stage: unbalanced quotes, a 200 kB article, text without
punctuation, non-English text. No crash, no garbage, bounded work."""

from __future__ import annotations

import logging
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbeat.enrich.analysis import ArticleInput, EnrichOptions
from newsbeat.enrich.claims import parse_number
from newsbeat.enrich.nlp import detect_language, mask_datelines
from newsbeat.enrich.quote_marks import find_quote_spans
from newsbeat.enrich.stage import enrich_articles
from newsbeat.models import Enrichment


def _one(text: str, **options: object) -> Enrichment:
    opts = EnrichOptions(processes=1, **options)  # type: ignore[arg-type]
    [result] = list(enrich_articles([ArticleInput(id=7, text=text)], opts))
    return result


def test_unbalanced_quote_marks_do_not_swallow_the_article() -> None:
    text = (
        'The minister said the plan was "final and would not change.\n\n'
        "Officials in the port city said the strike had ended on Monday after talks.\n\n"
        '"We are glad it is over," said Erik Holm, a union spokesman.\n\n'
        'A closing mark without an opener" appears here, and one more " at the end.'
    )
    result = _one(text)
    assert result.skipped_reason is None
    direct = [q for q in result.quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["We are glad it is over"]
    assert direct[0].speaker == "Erik Holm"
    for q in result.quotes:
        assert "\n" not in q.text


def test_quote_spans_pair_marks_per_paragraph() -> None:
    text = (
        '"One," he said.\n\n"Two never closes\n\nThree is plain.\n\n'
        "“Four” and ‘five words in here’."
    )
    spans = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert spans == ["One,", "Four"]


def test_huge_article_is_capped_and_analysed(caplog: pytest.LogCaptureFixture) -> None:
    rng = random.Random(5)
    sentences = [
        "The council said some {n} workers joined the strike on Monday.",
        '"We will not give up," Mayor Ingrid Falk said.',
        "Norway and Sweden signed a treaty on fishing rights.",
        "Ships waited outside the harbour for three days.",
    ]
    paragraphs = []
    while sum(len(p) for p in paragraphs) < 200_000:
        paragraphs.append(
            " ".join(rng.choice(sentences).format(n=rng.randint(100, 9000)) for _ in range(4))
        )
    text = "\n\n".join(paragraphs)
    assert len(text) >= 200_000
    with caplog.at_level(logging.WARNING, logger="newsbeat.enrich.stage"):
        result = _one(text, max_chars=20_000)
    assert any("analysing the first 20000" in r.getMessage() for r in caplog.records)
    assert result.skipped_reason is None
    analysed = text[:20_000]
    assert result.claims and result.quotes and result.relations
    for claim in result.claims:
        assert claim.sentence in analysed
    for quote in result.quotes:
        assert quote.text in analysed


def test_text_without_punctuation() -> None:
    rng = random.Random(3)
    words = [
        "the",
        "minister",
        "said",
        "workers",
        "would",
        "strike",
        "over",
        "pay",
        "and",
        "the",
        "union",
        "agreed",
        "with",
        "the",
        "port",
    ]
    text = " ".join(rng.choice(words) for _ in range(3000))
    result = _one(text)
    assert result.skipped_reason is None
    assert not any(q.kind == "direct" for q in result.quotes)
    for r in result.relations:
        assert len(r.evidence.split()) <= 200  # no article-long "sentence" as evidence


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Министр заявил в понедельник, что правительство подпишет договор с Норвегией.",
            "ru",
        ),
        (
            "Ministern sade på måndagen att regeringen skulle underteckna fördraget med Norge "
            "nästa vecka och att det var viktigt för landet.",
            "sv",
        ),
        (
            "Le ministre a déclaré lundi que le gouvernement signerait le traité avec la Norvège "
            "la semaine prochaine et que les syndicats étaient contre.",
            "fr",
        ),
    ],
)
def test_non_english_gets_entities_only(text: str, lang: str) -> None:
    result = _one(text)
    assert result.skipped_reason is not None
    assert f"language {lang}" in result.skipped_reason
    assert "English only" in result.skipped_reason
    # the country in any language, under its English name; nothing of the English analysis
    assert [(e.name, e.type) for e in result.entities] == [("Norway", "GPE")]
    assert not result.quotes and not result.claims and not result.relations


def test_text_in_another_script_is_not_read_as_english_for_its_declared_language() -> None:
    # Kazakh: Cyrillic, and no stop-word list fits; the page says "en" site-wide
    article = ArticleInput(
        id=1,
        text="Қазақстан үкіметі жаңа жол салу жобасын бекітті. Жоба үш жылға созылады.",
        language="en",
    )
    [result] = enrich_articles([article], EnrichOptions())
    assert result.skipped_reason is not None and "English only" in result.skipped_reason
    assert not result.quotes and not result.claims and not result.relations


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \"“”‘’'«»\n ,.")), max_size=300))
def test_quote_spans_never_fail(text: str) -> None:
    for span in find_quote_spans(text):
        assert 0 <= span.start < span.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "4,200",
                "two",
                "thousand",
                "million",
                "and",
                "x",
                "-",
                "3.5",
                "twenty-five",
                "",
                "1,2,3",
            ]
        ),
        max_size=5,
    )
)
def test_parse_number_never_fails(words: list[str]) -> None:
    value = parse_number(words)
    assert value is None or value >= 0


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_language_detection_and_dateline_masking_never_fail(text: str) -> None:
    guess = detect_language(text)
    assert 0.0 <= guess.confidence <= 1.0
    masked = mask_datelines(text)
    assert len(masked) == len(text)
