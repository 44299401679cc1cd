"""The actor graph of a beat and one actor's file, read from the stored enrichment.

The actor graph is a :class:`networkx.DiGraph`: nodes are actors (canonical names, so the same
name in two articles is one node) with their type, mention and article counts; an edge
``source -> target`` aggregates every non-negated relation between them with counts per PLOVER
type, first and last date seen, and up to three evidence sentences with their article.

Unnamed organisations ("the union") are named from their own story at read time
(:mod:`newsbeat.enrich.reading`), so two stories' unions are not one node. The JSON shapes are
built in :mod:`newsbeat.serialize`.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import networkx as nx

from newsbeat.enrich.reading import ReadingStore, enriched_by_story
from newsbeat.exceptions import NotFoundError
from newsbeat.models import Enrichment
from newsbeat.serialize import (
    ActorClaimJSON,
    ActorFileJSON,
    ActorQuoteJSON,
    RelationJSON,
    actor_claim_json,
    actor_quote_json,
    main_type,
    relation_json,
)

__all__ = ["ActorFile", "actor_file", "actor_graph", "partial_matches"]

_EVIDENCE_PER_EDGE = 3


def actor_graph(store: ReadingStore, *, beat: str | None = None) -> nx.DiGraph:
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
    for _, members in enriched_by_story(store, beat=beat):
        for e in members:
            _add_to_graph(graph, node_articles, e)
    for name, ids in node_articles.items():
        graph.nodes[name]["articles"] = len(ids)
    for _, data in graph.nodes(data=True):
        counts = data.pop("type_counts", None)
        if counts:
            data["type"] = main_type(counts)
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


@dataclass(kw_only=True)
class ActorFile:
    """Everything known about one actor."""

    name: str
    type: str | None
    mentions: int = 0
    roles: list[str] = field(default_factory=list)
    relations: list[RelationJSON] = field(default_factory=list)
    quotes: list[ActorQuoteJSON] = field(default_factory=list)
    claims: list[ActorClaimJSON] = field(default_factory=list)
    stories: list[str] = field(default_factory=list)
    asked: str | None = None  # what was typed, when it named this actor only in part
    # the "via" names of its quotes that have an actor page of their own (folded)
    linked_via: frozenset[str] = frozenset()

    def to_json(self) -> ActorFileJSON:
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


def actor_file(store: ReadingStore, name: str) -> ActorFile:
    """Relations, quotes, claims and stories of one actor (exact name, else case-insensitive,
    else the one actor whose name has words starting with each word typed: ``holm`` finds
    "Lena Holm"; its ``asked`` is then what was typed).

    Raises:
        NotFoundError: no actor has that name, or several match it in part; the message
            lists the closest names (most mentioned first).
    """
    files, known = _collect_files(store, name)
    if not files:
        matches = partial_matches(name, known)
        if len(matches) == 1:
            files, _ = _collect_files(store, matches[0])
            found = _best(files, matches[0])
            found.asked = name
            return _with_linked_via(found, known)
        suggestions = matches or _close_names(name, known)
        message = f"no actor named {name!r}"
        if suggestions:
            several = "several actors match" if len(matches) > 1 else "did you mean"
            message += f"; {several}: " + ", ".join(suggestions[:_SUGGESTIONS])
        raise NotFoundError("actor", name, message)
    return _with_linked_via(_best(files, name), known)


def _with_linked_via(found: ActorFile, known: Counter[str]) -> ActorFile:
    vias = {q["via"].casefold() for q in found.quotes if q["via"]}
    if vias:
        found.linked_via = frozenset(vias & {n.casefold() for n in known})
    return found


_SUGGESTIONS = 8
_WORD = re.compile(r"\w+")


def partial_matches(query: str, known: Counter[str]) -> list[str]:
    """The names (most mentioned first) having, for each word of ``query``, a word that
    starts with it, case-insensitively: ``holm`` matches "Lena Holm" and "Holmsund"."""
    wanted = [w.casefold() for w in _WORD.findall(query)]
    if not wanted:
        return []
    found = [
        n
        for n in known
        if all(any(w.startswith(q) for w in _WORD.findall(n.casefold())) for q in wanted)
    ]
    return sorted(found, key=lambda n: (-known[n], n))


def _close_names(query: str, known: Counter[str]) -> list[str]:
    by_fold: dict[str, str] = {}
    for n in sorted(known, key=lambda n: (-known[n], n)):
        by_fold.setdefault(n.casefold(), n)
    close = difflib.get_close_matches(query.casefold(), list(by_fold), n=_SUGGESTIONS, cutoff=0.6)
    return [by_fold[c] for c in close]


def _collect_files(store: ReadingStore, name: str) -> tuple[dict[str, ActorFile], Counter[str]]:
    """The files of the names equal to ``name`` (case-insensitively), and every actor name
    seen with how often."""
    files: dict[str, ActorFile] = {}
    known: Counter[str] = Counter()
    wanted = name.casefold()
    stories: dict[str, set[str]] = defaultdict(set)
    for story_id, members in enriched_by_story(store):
        for e in members:
            _count_names(known, e)
            touched = _add_to_file(files, wanted, e)
            if story_id:
                for t in touched:
                    stories[t].add(story_id)
    for f in files.values():
        f.stories = sorted(stories.get(f.name, set()))
    return files, known


def _count_names(known: Counter[str], e: Enrichment) -> None:
    for ent in e.entities:
        known[ent.name] += ent.mentions
    for r in e.relations:
        for side in (r.source, r.target):
            if side:
                known[side] += 0
    for who in [q.speaker for q in e.quotes] + [c.claimant for c in e.claims]:
        if who:
            known[who] += 0


def _best(files: dict[str, ActorFile], name: str) -> ActorFile:
    return files.get(name) or max(files.values(), key=lambda f: f.mentions + len(f.relations))


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
                f.relations.append(relation_json(r))
                touched.add(side)
    for q in e.quotes:
        if q.speaker and q.speaker.casefold() == wanted:
            f = files.setdefault(q.speaker, ActorFile(name=q.speaker, type=None))
            f.quotes.append(actor_quote_json(q))
            touched.add(q.speaker)
    for c in e.claims:
        if c.claimant and c.claimant.casefold() == wanted:
            f = files.setdefault(c.claimant, ActorFile(name=c.claimant, type=None))
            f.claims.append(actor_claim_json(c))
            touched.add(c.claimant)
    return touched
