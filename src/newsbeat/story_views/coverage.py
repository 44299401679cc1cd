"""How a story is covered, counted one way in every view: its articles, outlets and dates.

The rule: a story's articles are every *appearance* of its text, the originals grouped into
the story and each reprint of them (a wire story run by four outlets is four articles from four
outlets). Its outlets are the distinct outlets of those appearances, reprints' included. Its
dates are the dated span of those appearances (:mod:`newsbeat.dates`): a story none of whose
articles gave a date is undated, never dated by its import time. Its languages are those
appearances' stored languages, each with its outlets (:mod:`newsbeat.story_views.languages`). An
appearance is labelled either "original" or "reprint of article N" (N the original's id), the
same on every page.

The digest, ``stories``, ``story``, the reports, the web pages and the alert payloads all count
through :func:`story_coverage` (``story --json`` through :func:`newsbeat.serialize.story_json`,
which uses it). Article lists (``articles``, ``/api/articles``, a digest without stories) are
filtered by :func:`article_listing`, by the same rule of dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from newsbeat.dates import dated_span, is_dated, is_since
from newsbeat.store import ArticleStore, StoryStore
from newsbeat.story_views.languages import story_languages

if TYPE_CHECKING:
    from newsbeat.models import Appearance, Article, Story

__all__ = [
    "ArticleListing",
    "StoryArticle",
    "StoryCoverage",
    "StoryListing",
    "appearance_label",
    "article_listing",
    "story_coverage",
    "story_listing",
    "story_order",
]


@dataclass(frozen=True, kw_only=True)
class StoryArticle:
    """One appearance of a story's text; ``reprint_of`` is the original's id for a reprint."""

    appearance: Appearance
    reprint_of: int | None = None

    @property
    def label(self) -> str:
        """``original`` or ``reprint of article N``."""
        return appearance_label(self.reprint_of)


def appearance_label(reprint_of: int | None) -> str:
    """How every view names an article's part in its story: ``original`` or ``reprint of
    article N``."""
    return "original" if reprint_of is None else f"reprint of article {reprint_of}"


@dataclass(frozen=True, kw_only=True)
class StoryCoverage:
    """A story's appearances (originals in story order, each followed by its reprints), its
    outlets and its dated span (``first_seen``/``last_updated`` None: undated)."""

    story_id: str
    articles: list[StoryArticle]
    outlets: list[str]
    first_seen: str | None
    last_updated: str | None

    @property
    def undated(self) -> bool:
        """Whether none of the story's articles gave a date."""
        return self.last_updated is None

    @property
    def reprints(self) -> int:
        """How many of the articles are reprints."""
        return sum(a.reprint_of is not None for a in self.articles)

    @property
    def languages(self) -> dict[str, list[str]]:
        """Language code -> the outlets that wrote in it, English first
        (:func:`newsbeat.story_views.languages.story_languages`)."""
        return story_languages((a.appearance.language, a.appearance.outlet) for a in self.articles)

    @property
    def headline_only(self) -> int:
        """How many of the articles are headline only (no text could be had)."""
        return sum(a.appearance.text_status != "full" for a in self.articles)

    def since(self, bound: str | None) -> bool:
        """Whether the story was updated on or after ``bound`` (an undated one never was)."""
        return is_since(self.last_updated, bound)


def story_coverage(store: ArticleStore, story: Story) -> StoryCoverage:
    """Count a story's articles and outlets, reprints included, and date it (one query)."""
    by_original = store.story_appearances(story.id)
    roots = [i for i in story.article_ids if i in by_original]
    roots += [i for i in by_original if i not in set(roots)]  # a reprint of an outside original
    articles: list[StoryArticle] = []
    seen: set[int] = set()
    for root in roots:
        group = by_original[root]
        original = root if any(a.article_id == root for a in group) else group[0].article_id
        ordered = sorted(group, key=lambda a: a.article_id != original)  # stable: date order
        for appearance in ordered:
            if appearance.article_id in seen:
                continue
            seen.add(appearance.article_id)
            reprint_of = None if appearance.article_id == original else original
            articles.append(StoryArticle(appearance=appearance, reprint_of=reprint_of))
    span = dated_span(a.appearance.published for a in articles)
    return StoryCoverage(
        story_id=story.id,
        articles=articles,
        outlets=sorted({a.appearance.outlet for a in articles if a.appearance.outlet}),
        first_seen=span[0] if span else None,
        last_updated=span[1] if span else None,
    )


def story_order(outlets: int, articles: int, last_updated: str | None) -> tuple[int, int, str]:
    """The sort key of story lists (use with ``reverse=True``): most outlets, then most
    articles (reprints included), then newest; an undated story sorts as the oldest."""
    return outlets, articles, last_updated or ""


@dataclass(kw_only=True)
class StoryListing:
    """Stories as every list shows them: ``stories`` dated (on or after ``since``), most
    covered and newest first; ``undated`` in their own group (only without ``since``: an
    undated story is never new); ``hidden_undated`` how many ``since`` left out; ``coverage``
    of each story listed."""

    stories: list[Story] = field(default_factory=list)
    undated: list[Story] = field(default_factory=list)
    coverage: dict[str, StoryCoverage] = field(default_factory=dict)
    hidden_undated: int = 0

    @property
    def total(self) -> int:
        """How many stories are listed, dated and undated."""
        return len(self.stories) + len(self.undated)


class _ListingStore(ArticleStore, StoryStore, Protocol):
    """Stories and their appearances."""


def story_listing(
    store: _ListingStore, *, beat: str | None = None, since: str | None = None
) -> StoryListing:
    """The stories of a beat (or all), dated ones since ``since``, undated ones apart.

    Raises:
        NotFoundError: the beat does not exist.
    """
    listing = StoryListing()
    for story in store.list_stories(beat=beat):
        coverage = story_coverage(store, story)
        if coverage.undated:
            if since is not None:
                listing.hidden_undated += 1
                continue
            listing.undated.append(story)
        elif coverage.since(since):
            listing.stories.append(story)
        else:
            continue
        listing.coverage[story.id] = coverage

    def key(story: Story) -> tuple[int, int, str]:
        c = listing.coverage[story.id]
        return story_order(len(c.outlets), len(c.articles), c.last_updated)

    listing.stories.sort(key=key, reverse=True)
    listing.undated.sort(key=key, reverse=True)
    return listing


@dataclass(kw_only=True)
class ArticleListing:
    """Articles as every list shows them: ``articles`` those with a date on or after ``since``
    (every article without ``since``), in id order; ``hidden_undated`` how many undated ones
    ``since`` left out (an undated article is never new)."""

    articles: list[Article] = field(default_factory=list)
    hidden_undated: int = 0


def article_listing(
    store: ArticleStore,
    *,
    beat: str | None = None,
    since: str | None = None,
    include_duplicates: bool = True,
) -> ArticleListing:
    """The articles of a beat (or all) published since ``since``, undated ones counted apart.

    Args:
        store: where the articles are.
        beat: only this beat's articles (the caller checks that it exists).
        since: an ISO lower bound (:func:`newsbeat.since.parse_since`); None keeps every
            article, dated or not.
        include_duplicates: whether near-duplicates of stored articles are listed too.

    Returns:
        The articles kept, and how many undated ones ``since`` left out.
    """
    listing = ArticleListing()
    for article in store.iter_articles(beat=beat, include_duplicates=include_duplicates):
        dated = is_dated(article.published, article.published_source)
        if since is None or (dated and is_since(article.published, since)):
            listing.articles.append(article)
        elif not dated:
            listing.hidden_undated += 1
    return listing
