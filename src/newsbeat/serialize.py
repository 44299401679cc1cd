"""The public JSON shapes, declared and built in one place.

Every ``--json`` output of the CLI, the web UI's ``/api/`` answers and the alert messages are
shapes declared in :mod:`newsbeat.json_shapes` as :class:`~typing.TypedDict` (so mypy checks
the contract; re-exported here) and built by the functions here or by the ``to_json()``
methods of the records in :mod:`newsbeat.models` that return them. A story's enrichment is
read once per story.

This module imports neither scikit-learn nor spaCy nor networkx: listing stories stays fast.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from newsbeat.actors import main_type, story_aliases, story_kinds
from newsbeat.enrich.reading import read_enrichments, story_enrichments
from newsbeat.json_shapes import (
    ActorClaimJSON,
    ActorFileJSON,
    ActorGraphJSON,
    ActorQuoteJSON,
    AlertJSON,
    ArticleJSON,
    ClaimJSON,
    CollectFailureJSON,
    CollectReportJSON,
    CopyJSON,
    EntityJSON,
    EventJSON,
    FetchFailureJSON,
    GraphActorJSON,
    GraphEdgeJSON,
    ImportFailureJSON,
    IngestReportJSON,
    LinkOnlyJSON,
    QuoteJSON,
    RelatedStoryJSON,
    RelationJSON,
    RunJSON,
    SearchHitJSON,
    SourceJSON,
    StageJSON,
    StoryArticleJSON,
    StoryEnrichmentJSON,
    StoryJSON,
    UpdateJSON,
)
from newsbeat.models import Claim, Enrichment, Quote, Relation, Story
from newsbeat.store import EnrichmentStore, Store
from newsbeat.story_views.article_analysis import ArticleAnalysis, article_analysis
from newsbeat.story_views.coverage import StoryCoverage, story_coverage, story_listing
from newsbeat.story_views.related import RelatedStory, related_list, related_lists

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "ActorFileJSON",
    "ActorGraphJSON",
    "AlertJSON",
    "ArticleJSON",
    "ClaimJSON",
    "CollectFailureJSON",
    "CollectReportJSON",
    "CopyJSON",
    "EntityJSON",
    "EventJSON",
    "FetchFailureJSON",
    "ImportFailureJSON",
    "IngestReportJSON",
    "LinkOnlyJSON",
    "QuoteJSON",
    "RelatedStoryJSON",
    "RelationJSON",
    "RunJSON",
    "SearchHitJSON",
    "SourceJSON",
    "StageJSON",
    "StoryArticleJSON",
    "StoryEnrichmentJSON",
    "StoryJSON",
    "UpdateJSON",
    "actor_claim_json",
    "actor_quote_json",
    "entities_json",
    "event_json",
    "events_json",
    "graph_json",
    "main_type",
    "related_json",
    "relation_json",
    "story_enrichment_json",
    "story_json",
    "story_list_json",
]


# -- builders ----------------------------------------------------------------------------------
def _shaped(shape: type, record: object, **values: object) -> Any:
    """``record`` as the JSON ``shape`` (a TypedDict of :mod:`newsbeat.json_shapes`): the
    shape's keys in their declared order, each the record's attribute of that name unless
    ``values`` gives it. The shape is then the one place its keys and their order are written
    (mypy checks the keys there, not each value's type here)."""
    return {
        key: values[key] if key in values else getattr(record, key) for key in shape.__annotations__
    }


def relation_json(r: Relation) -> RelationJSON:
    """A relation's JSON (``target`` None when the relation has none)."""
    return _shaped(RelationJSON, r, target=r.target or None)


def event_json(r: Relation) -> EventJSON:
    """An event's JSON (a relation record with no target)."""
    return _shaped(EventJSON, r, actor=r.source)


def events_json(enrichments: Iterable[Enrichment]) -> list[EventJSON]:
    """The events of these enrichments, in order: each action with no target that is not
    negated (the story JSON's ``events``; the report's come from here too)."""
    return [
        event_json(r) for e in enrichments for r in e.relations if not r.negated and not r.target
    ]


def _quote_json(q: Quote) -> QuoteJSON:
    return _shaped(QuoteJSON, q, speakers=list(q.speakers))


def _claim_json(c: Claim) -> ClaimJSON:
    # imported here: newsbeat.compare's package imports this module
    from newsbeat.compare.records import claim_value

    return _shaped(ClaimJSON, c, value=claim_value(c))


def actor_quote_json(q: Quote) -> ActorQuoteJSON:
    """A quote as an actor's file lists it (without the speaker: the actor)."""
    return _shaped(ActorQuoteJSON, q)


def actor_claim_json(c: Claim) -> ActorClaimJSON:
    """A claim as an actor's file lists it (without the claimant: the actor)."""
    return _shaped(ActorClaimJSON, c)


def entities_json(enrichments: Iterable[Enrichment]) -> list[EntityJSON]:
    """One entity per name across the enrichments, most mentioned first: NER may call a town
    a place in one article and an organisation in the next; the type most of its mentions
    carry is the name's. One article's "Lyons" or "CHP" counts for another's "Michelle Lyons"
    or "California Highway Patrol" (:func:`~newsbeat.actors.names.story_aliases`)."""
    enrichments = list(enrichments)
    types = story_kinds(enrichments)
    for alias, full in story_aliases(enrichments, types).items():
        if alias in types:  # a quote's speaker only ("India's navy") is no entity
            types[full].update(types.pop(alias))
    return [
        {"name": name, "type": main_type(counts), "mentions": counts.total()}
        for name, counts in sorted(types.items(), key=lambda kv: (-kv[1].total(), kv[0]))
    ]


def enrichment_json(enrichments: list[Enrichment]) -> StoryEnrichmentJSON:
    """The enrichment keys of a story from its articles' enrichments.

    One entity per actor: NER may call a town a place in one article and an organisation in
    the next; the type most of its mentions carry is the actor's. Negated relations are left
    out; an action with no target is an event (``events``), never a relation.
    """
    quotes: list[QuoteJSON] = []
    claims: list[ClaimJSON] = []
    relations: list[RelationJSON] = []
    for e in enrichments:
        quotes.extend(_quote_json(q) for q in e.quotes)
        claims.extend(_claim_json(c) for c in e.claims)
        relations.extend(relation_json(r) for r in e.relations if not r.negated and r.target)
    return {
        "entities": entities_json(enrichments),
        "quotes": quotes,
        "claims": claims,
        "relations": relations,
        "events": events_json(enrichments),
    }


def story_enrichment_json(store: EnrichmentStore, story: Story) -> StoryEnrichmentJSON:
    """``entities``, ``quotes``, ``claims``, ``relations`` and ``events`` of a story, read once."""
    return enrichment_json(story_enrichments(store, list(story.article_ids)))


def story_json(
    store: Store,
    story: Story,
    coverage: StoryCoverage | None = None,
    enrichments: list[Enrichment] | None = None,
    related: Sequence[RelatedStory] | None = None,
) -> StoryJSON:
    """A story's public JSON (``coverage``, ``enrichments``, the story's articles'
    enrichments, and ``related``, its related stories, when the caller has them already).

    Keys ``id, title, beats, first_seen, last_updated, outlets, languages, articles, entities,
    quotes, claims, relations, events, related``. Articles and outlets are counted as every view
    counts them (:mod:`newsbeat.story_views.coverage`): each article is ``id, outlet, title, url,
    published, text_status`` (``full``, else the article is headline only), ``language`` (as
    stored, None when unknown), ``analysis`` and ``analysis_note`` (what the enrich stage read:
    :mod:`newsbeat.story_views.article_analysis`; a reprint's are its original's), and a reprint
    contributes one entry per appearance (outlet, URL, date), so every outlet that ran the text
    is listed. ``languages`` maps each language
    code to the outlets that wrote in it: English first, then by outlets, unknown (``und``)
    last (:mod:`newsbeat.story_views.languages`). ``related`` lists the stories of the same running
    matter about another event (``id, title, first_seen, actors``: the central actors both
    share, empty when the stories stage linked them; in time order; see docs/stories.md).
    ``first_seen`` and ``last_updated`` are the dated span of the articles, both None when
    none of them gave a date (the story is undated; see :mod:`newsbeat.dates`).
    """
    found = coverage or story_coverage(store, story)
    stored: dict[int, Enrichment | None] = {}
    if enrichments is None:
        ids = list(story.article_ids)
        read = [store.get_enrichment(aid) for aid in ids]
        stored = dict(zip(ids, read, strict=True))
        enrichments = read_enrichments(read)
    analyses = _article_analyses(store, found, enrichments, stored)
    articles: list[StoryArticleJSON] = []
    for a in found.articles:
        got = analyses[a.reprint_of or a.appearance.article_id]
        articles.append(
            {
                "id": a.appearance.article_id,
                "outlet": a.appearance.outlet,
                "title": a.appearance.title,
                "url": a.appearance.url,
                "published": a.appearance.published,
                "text_status": a.appearance.text_status,
                "language": a.appearance.language,
                "analysis": got.analysis,
                "analysis_note": got.note,
            }
        )
    enrichment = enrichment_json(enrichments)
    return {
        "id": story.id,
        "title": story.title,
        "beats": list(story.beats),
        "first_seen": found.first_seen,
        "last_updated": found.last_updated,
        "outlets": found.outlets,
        "languages": found.languages,
        "articles": articles,
        "entities": enrichment["entities"],
        "quotes": enrichment["quotes"],
        "claims": enrichment["claims"],
        "relations": enrichment["relations"],
        "events": enrichment["events"],
        "related": related_json(store, story, found, related),
    }


def _article_analyses(
    store: EnrichmentStore,
    coverage: StoryCoverage,
    enrichments: list[Enrichment],
    stored: dict[int, Enrichment | None],
) -> dict[int, ArticleAnalysis]:
    """Article id -> its analysis, for every original of the coverage (a reprint is credited
    its original's). The story's read enrichments answer for the analysed ones, ``stored``
    (what :func:`story_json` read itself, None: not enriched) for the others; only an article
    neither answers for is read again."""
    read = {e.article_id: e for e in enrichments}
    out: dict[int, ArticleAnalysis] = {}
    for a in coverage.articles:
        aid = a.reprint_of or a.appearance.article_id
        if aid not in out:
            known = read.get(aid) or stored.get(aid)
            if known is None and aid not in stored:
                known = store.get_enrichment(aid)
            out[aid] = article_analysis(known)
    return out


def related_json(
    store: Store,
    story: Story,
    coverage: StoryCoverage | None = None,
    related: Sequence[RelatedStory] | None = None,
) -> list[RelatedStoryJSON]:
    """The stories related to ``story`` (another event of one running matter) as ``id, title,
    first_seen, actors``, in time order (:mod:`newsbeat.story_views.related`; ``related`` when the
    caller found them already)."""
    found = related if related is not None else related_list(store, story, coverage)
    return [
        {
            "id": r.story.id,
            "title": r.story.title,
            "first_seen": r.first_seen,
            "actors": list(r.actors),
        }
        for r in found
    ]


def story_list_json(
    store: Store, *, beat: str | None = None, since: str | None = None
) -> list[StoryJSON]:
    """Every story's JSON, most covered first (outlets, reprints included), then newest;
    undated stories last (:func:`newsbeat.story_views.coverage.story_listing`).

    Args:
        store: the store.
        beat: only stories with an article in this beat.
        since: only stories updated since this ISO time; undated stories never are.
    """
    listing = story_listing(store, beat=beat, since=since)
    stories = listing.stories + listing.undated
    related = related_lists(store, stories, listing.coverage)  # the listed stories' links
    return [story_json(store, s, listing.coverage[s.id], related=related[s.id]) for s in stories]


def graph_json(graph: nx.DiGraph) -> ActorGraphJSON:
    """``newsbeat actors --json``: actors (most connected, then most mentioned) and edges."""
    actors: list[GraphActorJSON] = [
        {
            "name": n,
            "type": d.get("type"),
            "mentions": d.get("mentions", 0),
            "articles": d.get("articles", 0),
            "roles": d.get("roles", []),
            "relations": graph.degree(n),
        }
        for n, d in graph.nodes(data=True)
    ]
    actors.sort(key=lambda a: (-a["relations"], -a["mentions"], a["name"]))
    edges: list[GraphEdgeJSON] = [
        {
            "source": s,
            "target": t,
            "count": d["count"],
            "types": d["types"],
            "first_seen": d["first_seen"],
            "last_seen": d["last_seen"],
            "evidence": d["evidence"],
        }
        for s, t, d in graph.edges(data=True)
    ]
    edges.sort(key=lambda e: (-e["count"], e["source"], e["target"]))
    return {"actors": actors, "edges": edges}
