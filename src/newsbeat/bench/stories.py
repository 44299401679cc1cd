"""``newsbeat bench stories``: clustering quality (ECB+), scale, and near-duplicate detection.

- **ECB+** (:func:`~newsbeat.bench.ecbplus.evaluate_ecbplus`): the product's incremental
  clustering on test topics 36-45 (usual sentence filter, gold = sub-topic), and the README's
  TF-IDF + average-link baseline, in the same run.
- **Scale**: a generated stream (ECB+ sentences as background language, each story with its
  own generated names and vocabulary, dates over 60 days, about 20 articles per story) stored in
  a fresh SQLite file in date order, 10,000 at a time; after each slice the real ``stories``
  stage runs (:func:`~newsbeat.stories.stage.cluster_store`) and is timed. ``seconds_per_10k``
  lists those times: flat means no O(n²).
  ``peak_mb`` is the process's peak resident set size (``ru_maxrss``), everything included;
  ``cpu_seconds_per_10k`` is the process CPU time of each slice (wall time minus waiting for
  a busy machine).
- **Multilingual** (:func:`~newsbeat.bench.multilingual.multilingual_benchmark`): the
  hand-written gold of events told in several languages (``multilingual_gold/``), clustered by
  the same stage; the ``multilingual_*`` keys.
- **Near-duplicates**: reprints of ECB+ documents with small edits (new headline, last
  paragraphs trimmed, a few words changed) mixed with every original, including other outlets'
  reports of the same event; scored against the known reprint pairs. The threshold was chosen
  on the train topics; the score is on the test topics.
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from newsbeat.bench.ecbplus import EcbDoc, b_cubed, evaluate_ecbplus, load_ecbplus
from newsbeat.bench.multilingual import GOALS as MULTILINGUAL_GOALS
from newsbeat.bench.multilingual import multilingual_benchmark
from newsbeat.models import Article
from newsbeat.store import SQLiteStore
from newsbeat.stories.cluster import ClusterOptions
from newsbeat.stories.dedupe import DedupeOptions, find_reprints
from newsbeat.stories.features import FeatureOptions
from newsbeat.stories.stage import StoriesOptions, cluster_store

__all__ = [
    "GOALS",
    "ScaleOptions",
    "dedupe_benchmark",
    "default_ecbplus",
    "generated_stream",
    "run_stories_bench",
    "scale_benchmark",
]

GOALS = {"b3_f1": 0.90, "seconds": 600.0, "peak_mb": 1024.0, **MULTILINGUAL_GOALS}
_SYLLABLES = (
    "ka",
    "ve",
    "lor",
    "mi",
    "sa",
    "den",
    "tor",
    "ri",
    "ma",
    "vel",
    "os",
    "tan",
    "ber",
    "lin",
    "ga",
    "ro",
    "sen",
    "ul",
    "fa",
    "nor",
    "te",
    "bra",
    "kit",
    "hal",
    "mar",
    "dro",
    "pel",
    "quin",
    "zu",
    "sto",
    "ash",
    "eng",
    "ith",
    "ov",
    "um",
)


def default_ecbplus() -> Path:
    """``<repo>/../shared/benchmarks/news-clustering/ecbplus`` (the repo is found from here)."""
    repo = Path(__file__).resolve().parents[3]
    return repo.parent / "shared" / "benchmarks" / "news-clustering" / "ecbplus"


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


# -- scale --------------------------------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class ScaleOptions:
    """The generated stream: how many articles, over how many days, per-story size, seed."""

    articles: int = 100_000
    days: int = 60
    per_story: int = 20
    slice_size: int = 10_000
    seed: int = 11


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))


@dataclass(frozen=True, kw_only=True)
class _StoryPlan:
    start: float
    names: tuple[str, ...]
    words: tuple[str, ...]


def _plan(options: ScaleOptions, rng: random.Random) -> list[tuple[float, int]]:
    """(time, story) for every article, in time order."""
    n_stories = max(1, options.articles // options.per_story)
    starts = [rng.uniform(0, options.days * 86400.0) for _ in range(n_stories)]
    weights = [1.0 / (1 + (i % 50)) for i in range(n_stories)]  # some stories are much bigger
    picks = rng.choices(range(n_stories), weights=weights, k=options.articles - n_stories)
    stories = list(range(n_stories)) + picks
    plan = [(starts[s] + rng.expovariate(1 / (1.5 * 86400.0)), s) for s in stories]
    plan.sort()
    return plan


def generated_stream(
    docs: Sequence[EcbDoc], options: ScaleOptions
) -> Iterator[tuple[int, list[Article]]]:
    """Slices of generated articles (with their story numbers as labels) in time order, as
    ``(index of the slice's first article, articles)``."""
    rng = random.Random(options.seed)
    sentences = [s for d in docs for s in d.text.split("\n") if len(s.split()) > 6]
    plan = _plan(options, rng)
    stories: dict[int, _StoryPlan] = {}
    origin = datetime(2026, 1, 1, tzinfo=UTC)
    for start in range(0, len(plan), options.slice_size):
        batch = []
        for n, (when, story) in enumerate(plan[start : start + options.slice_size], start=start):
            if story not in stories:
                srng = random.Random(options.seed * 1_000_003 + story)
                stories[story] = _StoryPlan(
                    start=when,
                    names=tuple(_word(srng).capitalize() for _ in range(4)),
                    words=tuple(_word(srng) for _ in range(25)),
                )
            batch.append(_article(n, story, stories[story], when, origin, sentences, rng))
        yield start, batch


def _article(
    n: int,
    story: int,
    plan: _StoryPlan,
    when: float,
    origin: datetime,
    sentences: Sequence[str],
    rng: random.Random,
) -> Article:
    def own(count: int) -> str:
        picked = rng.sample(plan.words, count) + rng.sample(plan.names, 2)
        rng.shuffle(picked)
        return " ".join(picked)

    title = f"{plan.names[0]} {own(4)} {rng.choice(sentences).split()[0].lower()}"
    paragraphs = []
    for _ in range(rng.randint(5, 9)):
        base = rng.choice(sentences).split()
        keep = [w for w in base if rng.random() > 0.3]  # perturb: drop words, add story words
        paragraphs.append(" ".join(keep) + " " + own(3) + ".")
    published = (origin + timedelta(seconds=when)).replace(microsecond=0).isoformat()
    return Article(
        title=title,
        text="\n\n".join(paragraphs),
        url=f"https://outlet{n % 40}.example/{story}/{n}",
        outlet=f"Outlet {n % 40}",
        published=published,
        published_source="metadata",
        section=str(story),  # the label travels with the article for scoring
    )


def scale_benchmark(
    docs: Sequence[EcbDoc],
    options: ScaleOptions,
    progress: Callable[[int, float], None] | None = None,
) -> dict[str, object]:
    """Store the generated stream slice by slice and time the stories stage on each slice.

    ``progress(articles_done, seconds_of_this_slice)`` is called after each slice.
    """
    per_slice: list[float] = []
    cpu_per_slice: list[float] = []  # CPU time: shows how much of the wall time was waiting
    insert_seconds = 0.0
    stories_options = StoriesOptions(cluster=ClusterOptions(), features=FeatureOptions())
    with tempfile.TemporaryDirectory() as folder:
        store = SQLiteStore(Path(folder) / "scale.db")
        try:
            for start, batch in generated_stream(docs, options):
                started = time.perf_counter()
                store.add_articles(batch)
                insert_seconds += time.perf_counter() - started
                started, cpu_started = time.perf_counter(), time.process_time()
                cluster_store(store, stories_options)
                seconds = time.perf_counter() - started
                per_slice.append(seconds * 10_000 / max(1, len(batch)))
                cpu_per_slice.append((time.process_time() - cpu_started) * 10_000 / len(batch))
                if progress is not None:
                    progress(start + len(batch), seconds)
            pred, gold = [], []
            for article in store.iter_articles():
                assert article.id is not None
                pred.append(store.story_of(article.id) or "")
                gold.append(article.section or "")
            stories = len(store.list_stories())
        finally:
            store.close()
    precision, recall, f1 = b_cubed(pred, gold)
    return {
        "articles": options.articles,
        "seconds": round(sum(per_slice) * options.slice_size / 10_000, 1),
        "peak_mb": round(_peak_mb(), 1),
        "seconds_per_10k": [round(s, 1) for s in per_slice],
        "cpu_seconds_per_10k": [round(s, 1) for s in cpu_per_slice],
        "insert_seconds": round(insert_seconds, 1),
        "gold_stories": len(set(gold)),
        "stories": stories,
        "b3_precision": round(precision, 4),
        "b3_recall": round(recall, 4),
        "b3_f1": round(f1, 4),
        "days": options.days,
    }


# -- near-duplicates ----------------------------------------------------------------------------
def _reprint(doc: EcbDoc, rng: random.Random) -> str:
    """The body of a reprint: last paragraphs trimmed, a few words changed."""
    paragraphs = [p for p in doc.text.split("\n") if p.strip()]
    if len(paragraphs) > 3:
        paragraphs = paragraphs[: len(paragraphs) - rng.randint(1, max(1, len(paragraphs) // 4))]
    words = "\n\n".join(paragraphs).split(" ")
    for _ in range(max(1, len(words) // 60)):
        i = rng.randrange(len(words))
        words[i] = rng.choice(("about", "around", "nearly", "some", "the", "reported"))
    return " ".join(words)


def _sentence_key(sentence: str) -> str:
    return " ".join(sentence.casefold().split())


def dedupe_benchmark(
    docs: Sequence[EcbDoc], options: DedupeOptions | None = None, seed: int = 5
) -> dict[str, object]:
    """Precision and recall of reprint detection on generated reprints of ``docs``.

    Every document appears as an original; a third of them also get one or two reprints (new
    headline, trimmed ending, a few changed words). Documents of the same sub-topic are
    different outlets' reports of one event: they must not be flagged. ECB+ itself contains
    some real wire copies (half or more of their sentences appear verbatim in an earlier
    document); those are left out so that every remaining original is distinct.
    """
    rng = random.Random(seed)
    stream: list[tuple[int, str]] = []
    truth: dict[int, int] = {}
    next_id = 1
    seen_sentences: set[str] = set()
    natural = 0
    for doc in docs:
        if len(doc.text.split()) < 40:
            continue  # too short to tell a reprint from a quote
        sentences = {_sentence_key(x) for x in doc.text.split("\n") if len(x.split()) > 5}
        if sentences and len(sentences & seen_sentences) >= 0.5 * len(sentences):
            natural += 1  # ECB+ holds real wire copies too: leave them out, they are not distinct
            continue
        seen_sentences |= sentences
        original = next_id
        stream.append((original, doc.text.replace("\n", "\n\n")))
        next_id += 1
        if rng.random() < 0.33:
            for _ in range(rng.randint(1, 2)):
                stream.append((next_id, _reprint(doc, rng)))
                truth[next_id] = original
                next_id += 1
    found = find_reprints([], stream, options or DedupeOptions())
    flagged = set(found)
    # A flag is right when the text is a generated reprint and points at its original (or at
    # another reprint of the same original).
    correct = sum(1 for r, o in found.items() if r in truth and truth[r] == truth.get(o, o))
    precision = correct / len(flagged) if flagged else 1.0
    recall = correct / len(truth) if truth else 1.0
    return {
        "dedupe_precision": round(precision, 4),
        "dedupe_recall": round(recall, 4),
        "texts": len(stream),
        "reprints": len(truth),
        "flagged": len(flagged),
        "natural_copies_left_out": natural,
        "threshold": (options or DedupeOptions()).threshold,
    }


def run_stories_bench(
    data: Path | None = None,
    *,
    scale: int = 100_000,
    seed: int = 11,
    progress: Callable[[int, float], None] | None = None,
    multilingual: Path | None = None,
) -> dict[str, object]:
    """All four parts; keys of the ECB+ result at the top level, then scale, dedupe and
    multilingual keys (``multilingual`` is the gold's folder, the package's by default)."""
    directory = data or default_ecbplus()
    result: dict[str, object] = dict(evaluate_ecbplus(directory))
    test = load_ecbplus(directory, ("test",))
    everything = load_ecbplus(directory, ("train", "dev", "test"))
    result["scale"] = scale_benchmark(everything, ScaleOptions(articles=scale, seed=seed), progress)
    result.update(dedupe_benchmark(test))
    result.update(multilingual_benchmark(multilingual))
    result["goals"] = GOALS
    return result
