"""The enrich stage: parse each new article once and store what it says.

Articles not yet enriched (``store.unenriched_article_ids``) are language-checked first (cheap,
no parse); English ones are parsed with ``nlp.pipe`` in batches, spread over a process pool of
``processes`` workers (the machine's cores) when there is enough work, and each parsed article
yields entities, quotes, claims and relations. Each article's result is saved in its own
transaction, so an interrupted run loses nothing already saved and the next run resumes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import detect_language, load_pipeline, mask_datelines
from newsbeat.enrich.quotes import extract_quotes
from newsbeat.enrich.relations import extract_relations
from newsbeat.executors import Executor, ExecutorChoice, open_executor, run_partitioned
from newsbeat.models import Article, Claim, Enrichment, Entity, Quote, Relation
from newsbeat.settings import EnrichSettings

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsbeat.settings import Settings
    from newsbeat.stage import RunOptions, StageResult
    from newsbeat.store import Store

__all__ = [
    "ArticleInput",
    "EnrichOptions",
    "analyse_doc",
    "analyse_partition",
    "enrich_articles",
    "enrich_stage",
]

log = logging.getLogger(__name__)

_MIN_POOL_ARTICLES = 8  # fewer are parsed in the calling process: starting workers costs more
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


def analyse_partition(batch: Sequence[ArticleInput], options: EnrichOptions) -> list[Enrichment]:
    """Parse a partition of articles and analyse each: the pure function workers run.

    The pipeline is loaded once per process (:func:`~newsbeat.enrich.nlp.load_pipeline` keeps
    it); nothing here touches the store.

    Args:
        batch: the articles (plain data).
        options: stage options.

    Returns:
        One enrichment per article, in order; an article whose analysis raised gets a
        ``skipped_reason`` starting with ``error:`` (the stage reports it and saves nothing).
    """
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


def enrich_articles(
    articles: Sequence[ArticleInput],
    options: EnrichOptions,
    executor: Executor | None = None,
) -> Iterator[Enrichment]:
    """Analyse articles, in input order: skipped ones first, then the parsed ones.

    Args:
        articles: the articles.
        options: stage options.
        executor: where the parsing runs; None: ``options.processes`` local processes (closed
            at the end). Fewer than a few articles are parsed in this process either way.

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
    own = executor is None
    runner = open_executor(ExecutorChoice(processes=options.processes)) if own else executor
    assert runner is not None
    try:
        yield from run_partitioned(
            runner,
            analyse_partition,
            todo,
            options,
            batch_size=options.batch_size,
            min_parallel=_MIN_POOL_ARTICLES,
            prepare=(load_pipeline, (options.model,)),
        )
    finally:
        if own:
            runner.close()


def enrich_stage(
    store: Store,
    settings: Settings,
    options: RunOptions,
    *,
    on_progress: Callable[[int, int], None] | None = None,
) -> StageResult:
    """Pipeline stage: enrich every article the store has not enriched yet.

    The parsing runs on the run's executor (``options.executor``), else on one opened from the
    ``[enrich]`` settings for this stage; results come back here and each article's is saved in
    its own transaction as it arrives.

    Args:
        store: the store.
        settings: settings (``[enrich]``: ``spacy_model``, ``processes``, ``dask_scheduler``,
            ``dask_workers``).
        options: the run's options (its executor, if the run opened one).
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
    tally = _Tally()
    if not ids:
        result.counts = tally.counts()
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
            tally.skipped += 1
            tally.reprints += 1
        else:
            articles.append(ArticleInput.of(article))
    own = options.executor is None
    executor = options.executor or open_executor(ExecutorChoice.from_settings(settings.enrich))
    try:
        found = enrich_articles(articles, stage_options, executor)
        for done, enrichment in enumerate(found, start=1):
            if enrichment.skipped_reason and enrichment.skipped_reason.startswith("error:"):
                result.failures.append(
                    f"article {enrichment.article_id}: {enrichment.skipped_reason}"
                )
            else:
                store.save_enrichment(enrichment)
                tally.add(enrichment)
            if on_progress is not None:
                on_progress(done, len(articles))
    finally:
        if own:
            executor.close()
    result.counts = tally.counts()
    return result


@dataclass
class _Tally:
    """The enrich stage's counts."""

    enriched: int = 0
    skipped: int = 0
    reprints: int = 0
    quotes: int = 0
    claims: int = 0
    relations: int = 0

    def add(self, enrichment: Enrichment) -> None:
        if enrichment.skipped_reason:
            self.skipped += 1
            return
        self.enriched += 1
        self.quotes += len(enrichment.quotes)
        self.claims += len(enrichment.claims)
        self.relations += sum(1 for r in enrichment.relations if not r.negated)

    def counts(self) -> dict[str, int | float]:
        return dict(vars(self))
