"""Parsed test documents with the entities a test sets by hand (the tagger's own are replaced)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsbeat.compare import StoryComparison, compare_articles
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.analysis import ArticleInput, EnrichOptions
from newsbeat.enrich.claim_found import FoundClaim
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.doc_text import keep_text
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes
from newsbeat.enrich.stage import enrich_articles
from newsbeat.models import Article, Enrichment

__all__ = [
    "actor_types",
    "compare_outlets",
    "counted",
    "doc_with_ents",
    "enrich_outlets",
    "found_claims",
    "label_at",
    "mention_at",
    "parsed_kept",
    "quoted_claims",
    "side_values",
]


def parsed_kept(text: str) -> Doc:
    """The parse of ``text`` by the stage's pipeline, its text kept with it as the stage
    keeps it (:func:`~newsbeat.enrich.doc_text.keep_text`)."""
    doc = load_pipeline(EnrichOptions().model)(text)
    keep_text(doc, text)
    return doc


def found_claims(text: str) -> list[FoundClaim]:
    """The claims :func:`~newsbeat.enrich.claims.extract_claims` reads in the parse of ``text``
    (en_core_web_sm), with no quotes given."""
    doc = load_pipeline("en_core_web_sm")(text)
    return extract_claims(doc, build_actors(doc), [])


def quoted_claims(text: str, min_words: int = 4) -> list[FoundClaim]:
    """As :func:`found_claims`, the quotes of at least ``min_words`` words found first (a
    claim inside a quote is its speaker's)."""
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    return extract_claims(doc, actors, extract_quotes(doc, actors, min_words=min_words))


def doc_with_ents(text: str, *ents: tuple[str, str] | tuple[str, str, int]) -> Doc:
    """The parse of ``text`` with these entities: ``(phrase, label)`` is the phrase's first
    occurrence after the previous entity; ``(phrase, label, n)`` its n-th occurrence (from 0)."""
    doc = load_pipeline("en_core_web_sm")(text)
    spans: list[Span] = []
    after = 0
    for phrase, label, *nth in ents:
        if nth:
            start = -1
            for _ in range(nth[0] + 1):
                start = text.index(phrase, start + 1)
        else:
            start = text.index(phrase, after)
        after = start + len(phrase)
        span = doc.char_span(start, start + len(phrase), label=label)
        assert span is not None, phrase
        spans.append(span)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def mention_at(doc: Doc, phrase: str, nth: int = 0) -> tuple[str, str] | None:
    """The actor and label of the mention at the n-th occurrence (from 0) of ``phrase``."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(phrase, start + 1)
    mention = build_actors(doc).actor_at(start, start + len(phrase))
    return (mention.actor, mention.label) if mention else None


def label_at(doc: Doc, phrase: str, nth: int = 0) -> str | None:
    """The label of the mention at the n-th occurrence (from 0) of ``phrase``."""
    found = mention_at(doc, phrase, nth)
    return found[1] if found else None


def actor_types(doc: Doc) -> dict[str, str]:
    """Each actor of the document and its type."""
    return {name: type_ for name, type_, _, _ in build_actors(doc).to_entities()}


def enrich_outlets(specs: list[tuple[str, str]]) -> tuple[list[Article], dict[int, Enrichment]]:
    """Enrich ``(outlet, text)`` articles in one process (ids from 1, all dated 2 March 2026):
    the articles, and their enrichments by id. No article may be skipped."""
    inputs = [
        ArticleInput(id=i, text=text, outlet=outlet, published="2026-03-02")
        for i, (outlet, text) in enumerate(specs, start=1)
    ]
    found = list(enrich_articles(inputs, EnrichOptions(processes=1)))
    assert not [e.skipped_reason for e in found if e.skipped_reason]
    articles = [
        Article(id=i, title=f"t{i}", text=text, outlet=outlet, published="2026-03-02")
        for i, (outlet, text) in enumerate(specs, start=1)
    ]
    return articles, {e.article_id: e for e in found}


# Invented filler for the conflict tests: a closing line, and lines that push a sentence out of
# an article's lead (its first lines and characters).
PAD = "\n\nThe report was published by the regional office on its website this morning."
BODY = (
    "The regional office published the report on its website this morning.\n"
    "Officials said they would answer questions about it at the town hall later in the week.\n"
    "The town hall meeting is open to the public and will be held in the main chamber.\n"
    "Residents were asked to send their questions in writing before the meeting begins.\n"
)


def counted(text: str) -> list[tuple[str, float | None]]:
    """(what, low) of every claim the real pipeline reads in ``text`` (no quotes given)."""
    doc = load_pipeline("en_core_web_sm")(text)
    return [(c.what, c.low) for c in extract_claims(doc, build_actors(doc), [])]


def compare_outlets(specs: list[tuple[str, str]]) -> StoryComparison:
    """The comparison of ``(outlet, text)`` articles enriched by :func:`enrich_outlets`."""
    articles, enrichments = enrich_outlets(specs)
    return compare_articles(articles, enrichments)


def side_values(pair: object) -> set[str]:
    """The figures a compared pair shows, as text."""
    return {side["value"] for side in pair.to_json()["sides"]}  # type: ignore[attr-defined]
