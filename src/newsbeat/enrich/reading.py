"""Reading stored enrichment back, as the story and actor views need it.

An organisation an article never names ("the union") is named at read time from the other
articles of its story (:func:`~newsbeat.enrich.relations.resolve_unnamed`), not when the article
is enriched: the story may gain the article that names it later, and two stories' unions are
not one actor. A surname alone is named the same way by the story's one bearer of it
(:func:`~newsbeat.enrich.story_names.resolve_surnames`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Protocol

from newsbeat.enrich.other_languages import entities_only, name_people_in_english
from newsbeat.enrich.relations import resolve_unnamed
from newsbeat.enrich.story_names import resolve_surnames
from newsbeat.models import Enrichment
from newsbeat.store import ArticleStore, BeatStore, EnrichmentStore, StoryStore

__all__ = ["ReadingStore", "enriched_by_story", "read_enrichments", "story_enrichments"]


class ReadingStore(ArticleStore, BeatStore, EnrichmentStore, StoryStore, Protocol):
    """What reading actors needs: articles (of a beat) grouped by story, and their enrichment."""


def story_enrichments(store: EnrichmentStore, article_ids: list[int]) -> list[Enrichment]:
    """The enrichment of these articles (one story's), skipped ones left out (an article in
    another language keeps its entities, its people under the English articles' names for
    them), unnamed actors named from the others."""
    return read_enrichments([store.get_enrichment(aid) for aid in article_ids])


def read_enrichments(stored: Iterable[Enrichment | None]) -> list[Enrichment]:
    """:func:`story_enrichments` of one story's stored enrichments (None: not enriched),
    already read by the caller."""
    out = [
        enrichment
        for enrichment in stored
        if enrichment is not None
        and (not enrichment.skipped_reason or entities_only(enrichment.skipped_reason))
    ]
    return resolve_surnames(resolve_unnamed(name_people_in_english(out)))


def enriched_by_story(
    store: ReadingStore, *, beat: str | None = None
) -> Iterator[tuple[str | None, list[Enrichment]]]:
    """Every enriched article (reprints aside), grouped by story, unnamed actors resolved.

    Articles outside any story come one by one with story ``None``. Only ids are held while
    grouping; each story's enrichments are read when its turn comes.
    """
    groups: dict[str, list[int]] = defaultdict(list)
    for article in store.iter_articles(beat=beat, include_duplicates=False):
        assert article.id is not None
        story_id = store.story_of(article.id)
        if story_id is not None:
            groups[story_id].append(article.id)
        else:
            alone = story_enrichments(store, [article.id])
            if alone:
                yield None, alone
    for story_id, ids in groups.items():
        yield story_id, story_enrichments(store, ids)
