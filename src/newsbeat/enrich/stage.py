"""The enrich stage: parse each new article once and store what it says.

Articles not yet enriched (``store.unenriched_article_ids``) are language-checked first (cheap,
no parse); English ones are parsed with ``nlp.pipe`` in batches, spread over a process pool of
``processes`` workers (the machine's cores) when there is enough work, and each parsed article
yields entities, quotes, claims and relations. Each article's result is saved in its own
transaction, so an interrupted run loses nothing already saved and the next run resumes.
"""

from __future__ import annotations

import logging
import math
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import detect_language, load_pipeline, mask_datelines
from newsbeat.enrich.quotes import extract_quotes
from newsbeat.enrich.relations import extract_relations
from newsbeat.models import Article, Claim, Enrichment, Entity, Quote, Relation
from newsbeat.settings import EnrichSettings

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsbeat.settings import Settings
    from newsbeat.stage import RunOptions, StageResult
    from newsbeat.store import Store

__all__ = ["ArticleInput", "EnrichOptions", "analyse_doc", "enrich_articles", "enrich_stage"]

log = logging.getLogger(__name__)

_TASKS_PER_WORKER = 8
_MIN_POOL_ARTICLES = 8
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


def _with_standfirst(text: str, standfirst: str | None) -> str:
    lead = (standfirst or "").strip()
    if not lead or " ".join(lead.split()) in " ".join(text[: len(lead) + 400].split()):
        return text
    return f"{lead}\n\n{text}"


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
    actors = build_actors(doc)
    found_quotes = extract_quotes(doc, actors, min_words=options.min_quote_words)
    found_claims = extract_claims(doc, actors, found_quotes)
    found_relations = extract_relations(
        doc, actors, quoted=[(q.start, q.end) for q in found_quotes if q.kind == "direct"]
    )
    date = article.published[:10] if article.published else None
    aid, outlet = article.id, article.outlet
    return Enrichment(
        article_id=article.id,
        entities=[
            Entity(name=name, type=type_, mentions=mentions, role=role)
            for name, type_, mentions, role in actors.to_entities()
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


def _skip_reason(article: ArticleInput) -> str | None:
    guess = detect_language(article.text)
    if guess.lang == "en":
        return None
    if guess.lang == "und" and (article.language or "").lower().startswith("en"):
        return None
    return f"language {guess.lang} ({guess.reason}); the enrich stage reads English only"


def _analyse_batch(batch: Sequence[ArticleInput], options: EnrichOptions) -> list[Enrichment]:
    nlp = load_pipeline(options.model)
    texts = [mask_datelines(_truncate(a.text, options.max_chars)) for a in batch]
    out: list[Enrichment] = []
    for article, doc in zip(batch, nlp.pipe(texts, batch_size=options.batch_size), strict=True):
        try:
            out.append(analyse_doc(doc, article, options))
        except Exception as exc:  # one bad article must not stop the batch
            log.exception("article %s: enrich failed", article.id)
            out.append(Enrichment(article_id=article.id, skipped_reason=f"error: {exc}"))
    return out


def _init_worker(model: str) -> None:
    load_pipeline(model)


def enrich_articles(
    articles: Sequence[ArticleInput], options: EnrichOptions
) -> Iterator[Enrichment]:
    """Analyse articles (in worker processes when there is enough work), in input order.

    Args:
        articles: the articles.
        options: stage options.

    Yields:
        One enrichment per article: skipped ones carry ``skipped_reason``.
    """
    todo: list[ArticleInput] = []
    for article in articles:
        if len(article.text) > options.max_chars:
            log.warning(
                "article %s: %d characters, analysing the first %d",
                article.id,
                len(article.text),
                options.max_chars,
            )
        reason = _skip_reason(article)
        if reason is not None:
            yield Enrichment(article_id=article.id, skipped_reason=reason)
        else:
            todo.append(article)
    workers = max(1, min(options.processes, os.cpu_count() or 1))
    if len(todo) < _MIN_POOL_ARTICLES:
        workers = 1  # starting workers costs more than it saves
    # Several tasks per worker, so that a worker finishing early takes more work instead of
    # idling while the other ends a long batch (84 articles in 16s left one core idle for a
    # third of the run). Batching beyond a few articles does not speed spaCy up measurably.
    size = max(1, options.batch_size)
    if workers > 1:
        size = max(1, min(size, math.ceil(len(todo) / (workers * _TASKS_PER_WORKER))))
    batches = [todo[i : i + size] for i in range(0, len(todo), size)]
    if workers <= 1:
        for batch in batches:
            yield from _analyse_batch(batch, options)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    load_pipeline(options.model)  # loaded once here; forked workers share it
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(options.model,)
    ) as pool:
        for result in pool.map(_analyse_batch, batches, [options] * len(batches)):
            yield from result


def enrich_stage(
    store: Store,
    settings: Settings,
    options: RunOptions,
    *,
    on_progress: Callable[[int, int], None] | None = None,
) -> StageResult:
    """Pipeline stage: enrich every article the store has not enriched yet.

    Args:
        store: the store.
        settings: settings (``[enrich]``: ``spacy_model``, ``processes``).
        options: the run's options (unused: enrich covers all new articles).
        on_progress: called with (done, total) after each article.

    Returns:
        Counts: enriched, skipped (reprints included), reprints, quotes, claims, relations;
        failures name the article.

    Raises:
        ModelMissingError: no spaCy pipeline is installed.
    """
    from newsbeat.stage import StageResult

    ids = store.unenriched_article_ids()
    result = StageResult(name="enrich")
    counts = {"enriched": 0, "skipped": 0, "reprints": 0, "quotes": 0, "claims": 0, "relations": 0}
    if not ids:
        result.counts = dict(counts)
        return result
    load_pipeline(settings.enrich.spacy_model)  # fail early with a clear error
    stage_options = EnrichOptions(
        model=settings.enrich.spacy_model, processes=settings.enrich.processes
    )
    articles: list[ArticleInput] = []
    for article in store.iter_articles(ids=ids):
        if article.duplicate_of is not None:
            # A reprint says what its original says; later stages read the original's
            # analysis for every outlet that ran the text, so parsing it again is waste.
            assert article.id is not None
            store.save_enrichment(
                Enrichment(
                    article_id=article.id,
                    skipped_reason=f"reprint of article {article.duplicate_of}",
                )
            )
            counts["skipped"] += 1
            counts["reprints"] += 1
        elif article.headline_only:  # a link-only article: no text to analyse
            reason = f"headline only ({article.text_status}): no text to analyse"
            store.save_enrichment(Enrichment(article_id=article.id or 0, skipped_reason=reason))
            counts["skipped"] += 1
        else:
            articles.append(ArticleInput.of(article))
    for done, enrichment in enumerate(enrich_articles(articles, stage_options), start=1):
        if enrichment.skipped_reason and enrichment.skipped_reason.startswith("error:"):
            result.failures.append(f"article {enrichment.article_id}: {enrichment.skipped_reason}")
            continue
        store.save_enrichment(enrichment)
        if enrichment.skipped_reason:
            counts["skipped"] += 1
        else:
            counts["enriched"] += 1
            counts["quotes"] += len(enrichment.quotes)
            counts["claims"] += len(enrichment.claims)
            counts["relations"] += sum(1 for r in enrichment.relations if not r.negated)
        if on_progress is not None:
            on_progress(done, len(articles))
    result.counts = dict(counts)
    return result
