"""Reading enrichment back: a story's JSON keys, the actor graph of a beat, one actor's file.

The actor graph is a :class:`networkx.DiGraph`: nodes are actors (canonical names, so the same
name in two articles is one node) with their type, mention and article counts; an edge
``source -> target`` aggregates every non-negated relation between them with counts per PLOVER
type, first and last date seen, and up to three evidence sentences with their article.

An organisation an article never names ("the union") is named at read time from the other
articles of its story (``relations.resolve_unnamed``), not when the article is enriched: the
story may gain the article that names it later, and two stories' unions are not one node.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

import networkx as nx

from newsbeat.enrich.relations import resolve_unnamed
from newsbeat.exceptions import NotFoundError
from newsbeat.models import Enrichment, Relation, Story
from newsbeat.store import ArticleStore, BeatStore, EnrichmentStore, StoryStore

__all__ = ["ActorFile", "actor_file", "actor_graph", "graph_json", "story_enrichment_json"]

_EVIDENCE_PER_EDGE = 3


class _GraphStore(ArticleStore, BeatStore, EnrichmentStore, StoryStore, Protocol):
    """What reading actors needs: articles (of a beat) grouped by story, and their enrichment."""


def _enrichments(store: EnrichmentStore, article_ids: list[int]) -> list[Enrichment]:
    out = []
    for aid in article_ids:
        enrichment = store.get_enrichment(aid)
        if enrichment is not None and not enrichment.skipped_reason:
            out.append(enrichment)
    return resolve_unnamed(out)


def _enriched_by_story(
    store: _GraphStore, *, beat: str | None = None
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
            alone = _enrichments(store, [article.id])
            if alone:
                yield None, alone
    for story_id, ids in groups.items():
        yield story_id, _enrichments(store, ids)


def _relation_json(r: Relation) -> dict[str, Any]:
    return {
        "type": r.type,
        "source": r.source,
        "target": r.target or None,
        "date": r.date,
        "evidence": r.evidence,
        "article_id": r.article_id,
        "outlet": r.outlet,
    }


def _main_type(counts: Counter[str]) -> str:
    return max(sorted(counts), key=lambda t: counts[t])


def story_enrichment_json(store: EnrichmentStore, story: Story) -> dict[str, list[dict[str, Any]]]:
    """The enrichment keys of ``newsbeat story ID --json`` (a public contract).

    Args:
        store: the store.
        story: the story.

    Returns:
        ``entities`` [{name, type, mentions}], ``quotes`` [{text, speaker, via, kind,
        article_id, outlet}], ``claims`` [{what, low, high, exact, unit, claimant, article_id,
        outlet, sentence}], ``relations`` [{type, source, target, date, evidence, article_id,
        outlet}]. Negated and hypothetical relations are left out.
    """
    types: dict[str, Counter[str]] = defaultdict(Counter)
    quotes: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    relations: list[dict[str, Any]] = []
    for e in _enrichments(store, list(story.article_ids)):
        for ent in e.entities:
            types[ent.name][ent.type] += ent.mentions
        quotes.extend(
            {
                "text": q.text,
                "speaker": q.speaker,
                "via": q.via,
                "kind": q.kind,
                "article_id": q.article_id,
                "outlet": q.outlet,
            }
            for q in e.quotes
        )
        claims.extend(
            {
                "what": c.what,
                "low": c.low,
                "high": c.high,
                "exact": c.exact,
                "unit": c.unit,
                "claimant": c.claimant,
                "article_id": c.article_id,
                "outlet": c.outlet,
                "sentence": c.sentence,
            }
            for c in e.claims
        )
        relations.extend(_relation_json(r) for r in e.relations if not r.negated)
    # One entry per actor: NER may call a town a place in one article and an organisation in
    # the next; the type most of its mentions carry is the actor's.
    entities = [
        {"name": name, "type": _main_type(counts), "mentions": counts.total()}
        for name, counts in sorted(types.items(), key=lambda kv: (-kv[1].total(), kv[0]))
    ]
    return {"entities": entities, "quotes": quotes, "claims": claims, "relations": relations}


def actor_graph(store: _GraphStore, *, beat: str | None = None) -> nx.DiGraph:
    """The actor graph of a beat (or of every stored article).

    Args:
        store: the store.
        beat: only articles of this beat (raises NotFoundError when unknown).

    Returns:
        Nodes: ``type``, ``mentions``, ``articles``, ``roles``. Edges: ``count``, ``types``
        (type -> count), ``first_seen``, ``last_seen``, ``evidence`` [{sentence, article_id,
        outlet, type}].
    """
    if beat is not None:
        store.get_beat(beat)
    graph = nx.DiGraph()
    node_articles: dict[str, set[int]] = defaultdict(set)
    for _, members in _enriched_by_story(store, beat=beat):
        for e in members:
            _add_to_graph(graph, node_articles, e)
    for name, ids in node_articles.items():
        graph.nodes[name]["articles"] = len(ids)
    for _, data in graph.nodes(data=True):
        counts = data.pop("type_counts", None)
        if counts:
            data["type"] = _main_type(counts)
    return graph


def _add_to_graph(graph: nx.DiGraph, node_articles: dict[str, set[int]], e: Enrichment) -> None:
    for ent in e.entities:
        if not graph.has_node(ent.name):
            graph.add_node(ent.name, type=ent.type, mentions=0, roles=[])
        data = graph.nodes[ent.name]
        data["mentions"] += ent.mentions
        data.setdefault("type_counts", Counter())[ent.type] += ent.mentions
        if ent.role and ent.role not in data["roles"]:
            data["roles"].append(ent.role)
        node_articles[ent.name].add(e.article_id)
    for r in e.relations:
        if r.negated or not r.target:
            continue
        for name in (r.source, r.target):
            if not graph.has_node(name):
                graph.add_node(
                    name,
                    type="GROUP" if " " in name and name.islower() else "OTHER",
                    mentions=0,
                    roles=[],
                )
            node_articles[name].add(e.article_id)
        if not graph.has_edge(r.source, r.target):
            graph.add_edge(
                r.source,
                r.target,
                count=0,
                types={},
                first_seen=r.date,
                last_seen=r.date,
                evidence=[],
            )
        edge = graph.edges[r.source, r.target]
        edge["count"] += 1
        edge["types"][r.type] = edge["types"].get(r.type, 0) + 1
        if r.date:
            edge["first_seen"] = min(filter(None, [edge["first_seen"], r.date]))
            edge["last_seen"] = max(filter(None, [edge["last_seen"], r.date]))
        if len(edge["evidence"]) < _EVIDENCE_PER_EDGE:
            edge["evidence"].append(
                {
                    "sentence": r.evidence,
                    "article_id": r.article_id,
                    "outlet": r.outlet,
                    "type": r.type,
                }
            )


def graph_json(graph: nx.DiGraph) -> dict[str, list[dict[str, Any]]]:
    """``newsbeat actors --json``: actors (most connected, then most mentioned) and edges."""
    actors = [
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
    edges = [
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


@dataclass(kw_only=True)
class ActorFile:
    """Everything known about one actor."""

    name: str
    type: str | None
    mentions: int = 0
    roles: list[str] = field(default_factory=list)
    relations: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    stories: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The shape of ``newsbeat actor NAME --json``."""
        return {
            "name": self.name,
            "type": self.type,
            "mentions": self.mentions,
            "roles": self.roles,
            "relations": self.relations,
            "quotes": self.quotes,
            "claims": self.claims,
            "stories": self.stories,
        }


def actor_file(store: _GraphStore, name: str) -> ActorFile:
    """Relations, quotes, claims and stories of one actor (exact name, else case-insensitive).

    Raises:
        NotFoundError: no stored article mentions the actor.
    """
    files: dict[str, ActorFile] = {}
    wanted = name.casefold()
    stories: dict[str, set[str]] = defaultdict(set)
    for story_id, members in _enriched_by_story(store):
        for e in members:
            touched = _add_to_file(files, wanted, e)
            if story_id:
                for t in touched:
                    stories[t].add(story_id)
    if not files:
        raise NotFoundError("actor", name)
    best = files.get(name) or max(files.values(), key=lambda f: f.mentions + len(f.relations))
    best.stories = sorted(stories.get(best.name, set()))
    return best


def _add_to_file(files: dict[str, ActorFile], wanted: str, e: Enrichment) -> set[str]:
    """Add what one article says of or by the wanted actor; the names it was found under."""
    touched: set[str] = set()
    for ent in e.entities:
        if ent.name.casefold() == wanted:
            f = files.setdefault(ent.name, ActorFile(name=ent.name, type=ent.type))
            f.mentions += ent.mentions
            if ent.role and ent.role not in f.roles:
                f.roles.append(ent.role)
            touched.add(ent.name)
    for r in e.relations:
        if r.negated:
            continue
        for side in (r.source, r.target):
            if side and side.casefold() == wanted:
                f = files.setdefault(side, ActorFile(name=side, type=None))
                f.relations.append(_relation_json(r))
                touched.add(side)
    for q in e.quotes:
        if q.speaker and q.speaker.casefold() == wanted:
            f = files.setdefault(q.speaker, ActorFile(name=q.speaker, type=None))
            f.quotes.append(
                {
                    "text": q.text,
                    "via": q.via,
                    "kind": q.kind,
                    "article_id": q.article_id,
                    "outlet": q.outlet,
                }
            )
            touched.add(q.speaker)
    for c in e.claims:
        if c.claimant and c.claimant.casefold() == wanted:
            f = files.setdefault(c.claimant, ActorFile(name=c.claimant, type=None))
            f.claims.append(
                {
                    "what": c.what,
                    "low": c.low,
                    "high": c.high,
                    "exact": c.exact,
                    "unit": c.unit,
                    "sentence": c.sentence,
                    "article_id": c.article_id,
                    "outlet": c.outlet,
                }
            )
            touched.add(c.claimant)
    return touched
