"""The analysis of one parsed article and of a partition of articles: what the workers run."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_characters import characters
from newsbeat.enrich.actor_outlets import is_own_outlet
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.doc_arrays import forget_spans, keep_sentences
from newsbeat.enrich.doc_text import keep_text
from newsbeat.enrich.nlp import load_pipeline, mask_datelines
from newsbeat.enrich.other_languages import other_language_enrichment, script_language
from newsbeat.enrich.quotes import extract_quotes
from newsbeat.enrich.relations import extract_relations
from newsbeat.enrich.rules_version import analysis_version
from newsbeat.enrich.speaker_entities import add_quoted_people
from newsbeat.language import detect_language
from newsbeat.models import Article, Claim, Enrichment, Entity, Quote, Relation
from newsbeat.settings import EnrichSettings

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "ArticleInput",
    "EnrichOptions",
    "analyse_doc",
    "analyse_partition",
]

log = logging.getLogger(__name__)


_SETTINGS = EnrichSettings()  # the defaults of what a settings file may change


@dataclass(frozen=True, kw_only=True)
class EnrichOptions:
    """How to run the enrich stage.

    Attributes:
        model: the ``[enrich] spacy_model`` setting.
        processes: worker processes (1 = in this process); the ``[enrich] processes`` setting.
        batch_size: articles per ``nlp.pipe`` batch and per worker task.
        max_chars: longer articles are analysed up to the last paragraph break before this.
        min_quote_words: unattributed quotes shorter than this are scare quotes, not quotes.
    """

    model: str = _SETTINGS.spacy_model
    processes: int = _SETTINGS.processes
    batch_size: int = 16
    max_chars: int = 100_000
    min_quote_words: int = 4


@dataclass(frozen=True, kw_only=True)
class ArticleInput:
    """What the analysis needs of an article (plain data, cheap to send to a worker)."""

    id: int
    text: str
    outlet: str | None = None
    published: str | None = None
    language: str | None = None

    @classmethod
    def of(cls, article: Article) -> ArticleInput:
        """From a stored article; its standfirst (the summary under the headline) is read
        first, as the outlet's own words, unless the text already opens with it."""
        assert article.id is not None
        return cls(
            id=article.id,
            text=_with_standfirst(article.text, article.standfirst),
            outlet=article.outlet,
            published=article.published,
            language=article.language,
        )


_NON_WORD = re.compile(r"\W+")


def _with_standfirst(text: str, standfirst: str | None) -> str:
    """The standfirst before the text, unless the text's opening already says it.

    Compared as words only: a page's description repeats its lead with straight quotes, " - "
    for a dash, or cut with "..." (read32: AP leads analysed twice)."""
    lead = (standfirst or "").strip()
    if not lead or _words(lead) in _words(text[: len(lead) + 400]):
        return text
    return f"{lead}\n\n{text}"


def _words(text: str) -> str:
    return _NON_WORD.sub(" ", text).strip().casefold()


def _truncate(text: str, max_chars: int) -> str:
    if len(text) <= max_chars:
        return text
    cut = text.rfind("\n", 0, max_chars)
    return text[: cut if cut > max_chars // 2 else max_chars]


def analyse_doc(doc: Doc, article: ArticleInput, options: EnrichOptions) -> Enrichment:
    """Entities, quotes, claims and relations of one parsed article.

    Args:
        doc: the article text parsed by the pipeline.
        article: the article's id, outlet and date.
        options: stage options.

    Returns:
        The enrichment to store.
    """
    keep_sentences(doc)  # the rules ask each token's sentence many times
    try:
        actors = build_actors(doc)
        found_quotes = extract_quotes(doc, actors, min_words=options.min_quote_words)
        played = characters(actors.text)
        if played:  # a character's line in a film's synopsis is nobody's words
            found_quotes = [q for q in found_quotes if q.speaker not in played]
        found_claims = extract_claims(doc, actors, found_quotes)
        found_relations = extract_relations(
            doc, actors, quoted=[(q.start, q.end) for q in found_quotes if q.kind == "direct"]
        )
        add_quoted_people(actors, (q.speaker for q in found_quotes))  # entity rows only
    finally:
        forget_spans(doc)
    date = article.published[:10] if article.published else None
    aid, outlet = article.id, article.outlet
    return Enrichment(
        article_id=article.id,
        entities=[
            Entity(name=name, type=type_, mentions=mentions, role=role)
            for name, type_, mentions, role in actors.to_entities()
            if not is_own_outlet(name, type_, outlet)  # page furniture, no actor of the story
        ],
        quotes=[
            Quote(
                text=q.text,
                speaker=q.speaker,
                kind=q.kind,
                via=q.via,
                sentence=q.sentence,
                article_id=aid,
                outlet=outlet,
                speakers=q.speakers,
            )
            for q in found_quotes
        ],
        claims=[
            Claim(
                what=c.what,
                low=c.low,
                high=c.high,
                exact=c.exact,
                unit=c.unit,
                claimant=c.claimant,
                sentence=c.sentence,
                time_ref=c.time_ref,
                article_id=aid,
                outlet=outlet,
                hedge=c.hedge,
                role=c.role,
                event=c.event,
                subject=c.subject,
                place=c.place,
                voice=c.voice,
                occasion=c.occasion,
                carried=c.carried,
                recipient=c.recipient,
            )
            for c in found_claims
        ],
        relations=[
            Relation(
                type=r.type,
                source=r.source,
                target=r.target,
                evidence=r.evidence,
                date=date,
                negated=r.negated,
                article_id=aid,
                outlet=outlet,
            )
            for r in found_relations
        ],
    )


def _skip_reason(article: ArticleInput, options: EnrichOptions) -> str | Enrichment | None:
    """None for an English article; else what is saved for it: an article in a language the
    guess names gets its entities only (:mod:`~newsbeat.enrich.other_languages`), one in no
    language it can name a reason."""
    guess = detect_language(article.text)
    if guess.lang == "en":
        return None
    # an undecided Latin text of a page declared English is read as English; a text in another
    # script (Kazakh, say, which no stop-word list fits) never is
    if (
        guess.lang == "und"
        and guess.script is None
        and (article.language or "").lower().startswith("en")
    ):
        return None
    language = script_language(guess.lang, article.language)
    if language == "und":
        return f"language {guess.lang} ({guess.reason}); the enrich stage reads English only"
    text = _truncate(article.text, options.max_chars)
    try:
        return other_language_enrichment(article.id, text, language, why=guess.reason)
    except Exception as exc:  # one bad article must not stop the batch
        log.exception("article %s: reading its entities failed", article.id)
        return Enrichment(article_id=article.id, skipped_reason=f"error: {exc}")


def analyse_partition(batch: Sequence[ArticleInput], options: EnrichOptions) -> list[Enrichment]:
    """Check the language of a partition of articles, parse the English ones and analyse each:
    the pure function workers run.

    The pipeline is loaded once per process (:func:`~newsbeat.enrich.nlp.load_pipeline` keeps
    it); nothing here touches the store. Each result carries the :func:`analysis_version` of
    the process that made it.

    Args:
        batch: the articles (plain data).
        options: stage options.

    Returns:
        One enrichment per article, in order: a non-English article is skipped with the
        language found (no parse); an article whose analysis raised gets a ``skipped_reason``
        starting with ``error:`` (the stage reports it and saves nothing).
    """
    version = analysis_version(options.model)
    reasons = [_skip_reason(a, options) for a in batch]
    english = [a for a, reason in zip(batch, reasons, strict=True) if reason is None]
    docs: Iterator[tuple[Doc, str]] = iter(())
    if english:
        nlp = load_pipeline(options.model)
        texts = [mask_datelines(_truncate(a.text, options.max_chars)) for a in english]
        docs = zip(nlp.pipe(texts, batch_size=options.batch_size), texts, strict=True)
    out: list[Enrichment] = []
    for article, reason in zip(batch, reasons, strict=True):
        if isinstance(reason, Enrichment):
            reason.version = version
            out.append(reason)
            continue
        if reason is not None:
            out.append(Enrichment(article_id=article.id, skipped_reason=reason, version=version))
            continue
        try:
            doc, text = next(docs)
            keep_text(doc, text)
            found = analyse_doc(doc, article, options)
        except Exception as exc:  # one bad article must not stop the batch
            log.exception("article %s: enrich failed", article.id)
            found = Enrichment(article_id=article.id, skipped_reason=f"error: {exc}")
        found.version = version
        out.append(found)
    return out
