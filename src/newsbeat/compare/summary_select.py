"""Which candidate sentences a summary takes, in what order.

1. **Centrality**: LexRank over a TF-IDF sentence graph (scikit-learn's ``TfidfVectorizer``;
   cosine similarities are the edge weights; PageRank-style power iteration with damping).
2. **Selection**: the story's lead fact comes first: the most central opening sentence of an
   article (when no article opens on its news, the most central nut graf:
   :func:`newsbeat.compare.summary_candidates.read_candidates`). Then maximal marginal
   relevance (MMR) trades centrality against similarity to what
   is already chosen (by default no bonus for an outlet not cited yet: it pulled in other
   outlets' retellings of the lead; a summary of one outlet still takes a second outlet's
   sentence). A sentence too similar to a chosen one (cosine above ``max_similarity``), giving
   the same measured figure ("€2 million", "2,000 feet") or the same number about the same
   names (:mod:`newsbeat.compare.summary_facts`), is never taken, nor is one sharing more than
   ``max_overlap`` of its content words (reporting words such as "said" and "police" aside,
   inflections folded) with a chosen one: the same fact in other words, which TF-IDF misses
   because the story's own words weigh little, nor one retelling a told event with only a
   detail added (:mod:`newsbeat.compare.summary_events`). An article's opening sentence mostly
   retells the lead fact in another outlet's words, so it must share even less
   (``max_lead_overlap``, counted over the smaller of the two sentences' words; a later
   sentence that only adds to a short chosen one is kept); past the lead it also loses
   ``opening_penalty`` in MMR. So no two sentences say the same thing. A sentence sharing
   (almost) nothing with the lead fact and the story's other sentences
   (``min_event_similarity``) is about another event and is left out; so is, under a lead on a
   step of a criminal case, a sentence telling only an earlier step. A sentence counting from
   the one before it ("Most of the ...") is taken only after that one.
3. **Order**: the lead fact first, then each article's sentences in the order it tells them,
   in the slots its sentences hold.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from newsbeat.compare.summary_candidates import Candidates
from newsbeat.compare.summary_events import (
    EventFacts,
    earlier_step,
    event_facts,
    retells,
    surname_keys,
)
from newsbeat.compare.summary_facts import same_fact, stem, terms
from newsbeat.compare.summary_options import SummaryOptions
from newsbeat.compare.summary_time import obituary
from newsbeat.models import Article, Enrichment

__all__ = ["Selection", "lexrank", "select"]

# Words that say who reported a fact, not what happened: left out when two sentences are
# compared for restating the same fact.
_REPORTING = frozenset(
    {"said", "say", "told", "tell", "according", "added", "report", "reported", "reporting"}
    | {"statement", "new", "news", "agency", "police", "official", "spokesman", "spokeswoman"}
    | {"spokesperson"}
)
_REPORTING_STEMS = frozenset(stem(w) for w in _REPORTING)
_ACTOR_TYPES = frozenset({"PERSON"})


def _content(text: str) -> frozenset[str]:
    """Content words without the reporting words ("said", "police", "according")."""
    return frozenset(stem(t) for t in terms(text)) - _REPORTING_STEMS


def _overlap(a: frozenset[str], b: frozenset[str], either: bool = False) -> float:
    """The share of ``a``'s content words that ``b`` has (1.0: ``a`` says nothing new); with
    ``either``, of the smaller set's (also 1.0 when ``a`` only adds to ``b``)."""
    if not a or not b:
        return 0.0
    return len(a & b) / (min(len(a), len(b)) if either else len(a))


def _actor_names(enrichments: Mapping[int, Enrichment]) -> list[str]:
    """The story's persons, by name (two sentences on different persons tell two events)."""
    return sorted(
        {e.name for en in enrichments.values() for e in en.entities if e.type in _ACTOR_TYPES}
    )


def _openings(candidates: Sequence[tuple[str, Article, int]]) -> set[int]:
    """Each article's first usable sentence: what it opens on, most often the lead fact
    again in another outlet's words."""
    first: dict[int, int] = {}
    for i, (_, article, _) in enumerate(candidates):
        first.setdefault(id(article), i)
    return set(first.values())


def lexrank(similarity: np.ndarray, damping: float = 0.85, iterations: int = 100) -> np.ndarray:
    """Continuous LexRank: the stationary distribution of a random walk on the sentence graph.

    Args:
        similarity: a square matrix of non-negative sentence similarities.
        damping: probability of following an edge rather than jumping anywhere.
        iterations: at most this many power iterations (stops earlier on convergence).

    Returns:
        One centrality score per sentence, summing to 1.
    """
    n = similarity.shape[0]
    if n == 0:
        return np.zeros(0)
    weights = similarity.astype(float).copy()
    np.fill_diagonal(weights, 0.0)
    sums = weights.sum(axis=1, keepdims=True)
    # A sentence similar to nothing jumps uniformly.
    transition = np.where(sums > 0, weights / np.where(sums > 0, sums, 1.0), 1.0 / n)
    scores = np.full(n, 1.0 / n)
    for _ in range(iterations):
        updated = (1.0 - damping) / n + damping * (transition.T @ scores)
        if np.abs(updated - scores).sum() < 1e-8:
            scores = updated
            break
        scores = updated
    total = float(scores.sum())
    return scores / total if total else scores


@dataclass(frozen=True)
class Selection:
    """The chosen candidates' indices (the lead fact first) and every candidate's LexRank
    centrality."""

    chosen: list[int]
    centrality: np.ndarray


@dataclass(frozen=True)
class _Graph:
    """A story's candidates compared: their sentence graph, relevance (centrality over the
    highest), content words, event facts, outlets and which open their article."""

    texts: list[str]
    follows: dict[int, int]
    similarity: np.ndarray
    relevance: np.ndarray
    content: list[frozenset[str]]
    facts: list[EventFacts]
    outlets: list[str]
    openings: set[int]


def _outlet(article: Article) -> str:
    return article.outlet or "unknown outlet"


def _similarity(texts: list[str]) -> np.ndarray:
    try:
        matrix = TfidfVectorizer(analyzer=terms, sublinear_tf=True).fit_transform(texts)
        return np.asarray((matrix @ matrix.T).toarray())
    except ValueError:  # only stop words: nothing to rank on; keep the lead order
        return np.eye(len(texts))


def select(
    candidates: Candidates, enrichments: Mapping[int, Enrichment], opts: SummaryOptions
) -> Selection:
    """The sentences a summary takes: the lead fact, then by MMR, no two telling one fact.

    Args:
        candidates: the story's candidates (``summary_candidates.read_candidates``).
        enrichments: enrichment by article id (its persons tell two events apart).
        opts: summary options.

    Returns:
        The chosen indices, in summary order, and the centralities; none chosen when every
        candidate is background or filler.
    """
    found, background, filler = candidates.found, candidates.background, candidates.filler
    if len(background | filler) == len(found):
        return Selection(chosen=[], centrality=np.zeros(0))
    texts = [c[0] for c in found]
    similarity = _similarity(texts)
    centrality = lexrank(similarity, opts.damping)
    surnames = surname_keys(_actor_names(enrichments))
    peak = float(centrality.max()) or 1.0
    graph = _Graph(
        texts=texts,
        follows=candidates.follows,
        similarity=similarity,
        relevance=centrality / peak,
        content=[_content(t) for t in texts],
        facts=[event_facts(t, surnames=surnames) for t in texts],
        outlets=[_outlet(c[1]) for c in found],
        openings=_openings(found),
    )
    chosen: list[int] = []
    available = set(range(len(found))) - filler
    ledes = [i for i, c in enumerate(found) if c[2] == 1 and i not in filler]
    # no article opens on its news (features all): the news is in a nut graf further down
    ledes = ledes or sorted(candidates.nut_grafs)
    if ledes:  # the story's lead fact first: the most central opening sentence
        lead = max(ledes, key=lambda i: (graph.relevance[i], -i))
        chosen.append(lead)
        available.discard(lead)
        available -= _off_event(graph, lead, available, opts)
        if not obituary(texts[lead]):
            available -= background  # an obituary's past is its story
        # The case's past: an arrest under a lead on the verdict, a verdict under a sentencing.
        available -= {i for i in available if earlier_step(graph.facts[i], graph.facts[lead])}
    else:
        available -= background
    _fill(graph, chosen, available, opts)
    _second_voice(graph, chosen, available, opts)
    return Selection(chosen=_in_article_order(found, chosen), centrality=centrality)


def _in_article_order(found: Sequence[tuple[str, Article, int]], chosen: list[int]) -> list[int]:
    """The chosen sentences with each article's own in the order the article tells them,
    the lead fact first: the slots an article's sentences hold stay its, so outlets
    interleave as chosen ("the 30-date run" comes after the sentence that announces the
    tour, "..., he said" after the sentence naming him)."""
    if len(chosen) < 3:
        return chosen
    rest = chosen[1:]
    slots: dict[int, list[int]] = {}
    for i in rest:
        slots.setdefault(id(found[i][1]), []).append(i)
    queues = {key: sorted(ids, key=lambda i: found[i][2]) for key, ids in slots.items()}
    return [chosen[0]] + [queues[id(found[i][1])].pop(0) for i in rest]


def _off_event(graph: _Graph, lead: int, available: set[int], opts: SummaryOptions) -> set[int]:
    """Another event: shares (almost) nothing with the lead fact nor with other candidates."""
    similarity = graph.similarity
    n = len(graph.texts)
    return {
        i
        for i in available
        if similarity[i, lead] < opts.min_event_similarity
        and max((similarity[i, j] for j in range(n) if j != i), default=0.0)
        < opts.min_event_similarity
    }


def _says_new(graph: _Graph, i: int, chosen: list[int], opts: SummaryOptions) -> bool:
    """Whether candidate ``i`` tells something the chosen sentences do not: not too similar,
    not the same figure, not the same words, not the same event with a detail added."""
    if i in graph.follows and graph.follows[i] not in chosen:
        return False  # "Most of the ..." before what it counts from
    if max((graph.similarity[i, j] for j in chosen), default=0.0) > opts.max_similarity:
        return False
    if any(same_fact(graph.texts[i], graph.texts[j]) for j in chosen):
        return False
    opening = i in graph.openings
    limit = opts.max_lead_overlap if opening else opts.max_overlap
    if any(_overlap(graph.content[i], graph.content[j], opening) > limit for j in chosen):
        return False  # the same fact in other words
    # the same event again, with only a detail added
    return not retells(graph.facts[i], [graph.facts[j] for j in chosen])


def _fill(graph: _Graph, chosen: list[int], available: set[int], opts: SummaryOptions) -> None:
    """Add sentences by maximal marginal relevance until the summary is full or no candidate
    says something new (``chosen`` and ``available`` are updated in place)."""
    cited = {graph.outlets[j] for j in chosen}
    while len(chosen) < opts.sentences and available:
        best, best_score = -1, -np.inf
        for i in available:
            if not _says_new(graph, i, chosen, opts):
                continue
            redundancy = max((graph.similarity[i, j] for j in chosen), default=0.0)
            bonus = opts.outlet_bonus if graph.outlets[i] not in cited else 0.0
            score = opts.mmr_lambda * graph.relevance[i] - (1 - opts.mmr_lambda) * redundancy
            score += bonus
            if i in graph.openings:
                score -= opts.opening_penalty
            if score > best_score:
                best, best_score = i, score
        if best < 0:
            break
        chosen.append(best)
        cited.add(graph.outlets[best])
        available.discard(best)


def _second_voice(
    graph: _Graph, chosen: list[int], available: set[int], opts: SummaryOptions
) -> None:
    """Guarantee two voices: when every chosen sentence comes from one outlet of several, the
    best sentence from another outlet joins the summary when there is room, else it takes the
    weakest pick's place (``chosen`` is updated in place)."""
    cited = {graph.outlets[j] for j in chosen}
    if not (len(cited) == 1 and len(set(graph.outlets)) > 1 and len(chosen) > 1):
        return
    room = len(chosen) < opts.sentences
    kept = chosen if room else chosen[:-1]
    others = [
        i
        for i in available
        if graph.outlets[i] not in cited
        and i not in graph.follows  # its sentence before is from an outlet not cited
        and max(graph.similarity[i, j] for j in kept) <= opts.voice_similarity
        and not retells(graph.facts[i], [graph.facts[j] for j in kept])
    ]
    if others:
        voice = max(others, key=lambda i: graph.relevance[i])
        if room:
            chosen.append(voice)
        else:
            chosen[-1] = voice
