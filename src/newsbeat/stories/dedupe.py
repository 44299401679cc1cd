"""The ``dedupe`` stage: a reprinted wire copy becomes one article with several appearances.

Near-duplicates are found with MinHash LSH (datasketch) over word shingles of the normalised
body text (the headline is left out: outlets rewrite headlines of the wire copy they run).
LSH proposes candidates cheaply; each candidate is then checked exactly with the *overlap
coefficient* of the shingle sets, ``|A ∩ B| / min(|A|, |B|)``, which stays high when a reprint
drops the last paragraphs (Jaccard would fall with every trimmed paragraph). A reprint is marked
``duplicate_of`` its earliest stored copy (:meth:`Store.set_duplicate`): its own outlet, URL,
date and provenance stay stored and show up as appearances of the canonical article.

A near-duplicate whose *figures* differ from its candidate original ("14 states" where the
original says "15 states": the same words around a different number) is an **edited copy**, not a
reprint: it stays an article of its own, so its figures are compared like any other outlet's
instead of being hidden behind ``duplicate_of`` (:func:`figures_differ`). So is an **expanded
copy**: a later text with much of its own beside its candidate's words (a wire story's longer
version, :data:`EXPANDED_SHARE`): as a reprint its own paragraphs would never be read.

The threshold (``[dedupe] threshold``, default 0.8) was chosen on generated reprints mixed with
same-event articles by other outlets (``newsbeat bench stories`` measures it; docs/stories.md).
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol

import numpy as np
from datasketch import MinHash, MinHashLSH

from newsbeat.settings import DedupeSettings, Settings
from newsbeat.stage import RunOptions, StageResult
from newsbeat.store import ArticleStore, Store, StoryStore, Transactional

__all__ = [
    "EXPANDED_SHARE",
    "DedupeOptions",
    "ReprintIndex",
    "dedupe_stage",
    "dedupe_store",
    "figures",
    "figures_differ",
    "shingles",
]

log = logging.getLogger(__name__)

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_SETTINGS = DedupeSettings()  # the defaults of what a settings file may change


@dataclass(frozen=True, kw_only=True)
class DedupeOptions:
    """How near-duplicates are found.

    Attributes:
        threshold: overlap coefficient of shingle sets at or above which a text is a reprint.
        lsh_threshold: Jaccard estimate at which LSH proposes a candidate (kept low so that
            trimmed reprints are proposed; the exact check decides).
        num_perm: MinHash permutations.
        shingle_words: words per shingle.
        min_shingles: texts with fewer shingles are too short to call reprints.
        window_days: only articles this close in time are compared.

    ``threshold`` and ``window_days`` are the ``[dedupe]`` settings (defaults from
    :class:`~newsbeat.settings.DedupeSettings`).
    """

    threshold: float = _SETTINGS.threshold
    lsh_threshold: float = 0.3
    num_perm: int = 128
    shingle_words: int = 5
    min_shingles: int = 8
    window_days: int = _SETTINGS.window_days


def _normalise(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _NON_WORD.sub(" ", folded).split()


def shingles(text: str, words: int = 5) -> np.ndarray:
    """Sorted unique 32-bit hashes of the word shingles of the normalised text."""
    tokens = _normalise(text)
    if len(tokens) < words:
        return np.zeros(0, dtype=np.uint32)
    hashes = {
        int.from_bytes(
            hashlib.blake2b(" ".join(tokens[i : i + words]).encode(), digest_size=4).digest(),
            "little",
        )
        for i in range(len(tokens) - words + 1)
    }
    return np.array(sorted(hashes), dtype=np.uint32)


_FIGURE_TOKEN = re.compile(r"\d[\d,.]*\d|\d|[^\W\d_]+", re.UNICODE)
_NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
     "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
     "thousand", "million", "billion", "dozen"}
)  # fmt: skip
Figures = dict[tuple[str, ...], frozenset[str]]


# A later text whose shingles are this share or more its own (not in its candidate original)
# is an expanded copy, not a reprint: a reprint trims or edits its original, it does not add
# that much to it. Read on: a real wire story's longer version, filed as the reprint of its
# first version, has 50 % of its shingles its own and lost all it added; a copy with a tail of
# page furniture ("Related coverage", "Subscribe") of 30 % of its text must stay a reprint, or
# the copy would count as a second source of every figure and quote it shares.
EXPANDED_SHARE = 0.4

# The last item of a key made of the three words before a number, whatever follows it.
_ANY_WORD_AFTER = "\x00"


def figures(text: str) -> Figures:
    """Each number of a text keyed by its context: the three words before it and the word
    after (``("signed", "by", "the", "states") -> {"15"}``), and the three words before it
    alone, so that a copy converting units ("fell about 200ft" / "fell about 60m") still
    shows a different number in the same words."""
    tokens = _FIGURE_TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())
    found: dict[tuple[str, ...], set[str]] = {}
    for i, token in enumerate(tokens):
        if not (token[0].isdigit() or token in _NUMBER_WORDS):
            continue
        after = next((t for t in tokens[i + 1 : i + 3] if not t[0].isdigit()), "")
        before = tokens[max(0, i - 3) : i]
        value = token.replace(",", "")
        found.setdefault((*before, after), set()).add(value)
        found.setdefault((*before, _ANY_WORD_AFTER), set()).add(value)
    return {key: frozenset(values) for key, values in found.items()}


def figures_differ(a: Figures, b: Figures) -> bool:
    """Whether two texts give different numbers in the same words (an edited copy)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return any(key in large and not values & large[key] for key, values in small.items())


def _identity(value: int) -> int:
    return value


@dataclass
class ReprintIndex:
    """Canonical texts seen so far; :meth:`match` finds the one a new text reprints."""

    options: DedupeOptions = field(default_factory=DedupeOptions)

    def __post_init__(self) -> None:
        self._lsh = MinHashLSH(threshold=self.options.lsh_threshold, num_perm=self.options.num_perm)
        self._shingles: dict[int, np.ndarray] = {}
        self._figures: dict[int, Figures] = {}

    def __len__(self) -> int:
        return len(self._shingles)

    def _minhash(self, sig: np.ndarray) -> MinHash:
        m = MinHash(num_perm=self.options.num_perm, hashfunc=_identity)
        m.update_batch(sig.tolist())
        return m

    def match(self, sig: np.ndarray, numbers: Figures | None = None) -> tuple[int, float] | None:
        """The best canonical article this shingle set reprints, with its overlap, or None.

        With ``numbers`` (:func:`figures` of the text), a candidate whose figures differ is
        an edited copy, not a reprint; a text adding :data:`EXPANDED_SHARE` of its own to a
        candidate is an expanded copy, not a reprint of it.
        """
        if len(sig) < self.options.min_shingles or not self._shingles:
            return None
        best: tuple[int, float] | None = None
        for key in self._lsh.query(self._minhash(sig)):
            if numbers is not None and figures_differ(numbers, self._figures.get(key, {})):
                continue
            other = self._shingles[key]
            shared = len(np.intersect1d(sig, other, assume_unique=True))
            if (len(sig) - shared) >= EXPANDED_SHARE * len(sig):
                continue  # an expanded copy: its own paragraphs must be read
            overlap = shared / min(len(sig), len(other))
            if overlap >= self.options.threshold and (
                best is None or (overlap, -key) > (best[1], -best[0])
            ):
                best = (key, overlap)
        return best

    def add(self, article_id: int, sig: np.ndarray, numbers: Figures | None = None) -> None:
        """Index a canonical article (texts too short to judge are skipped)."""
        if len(sig) < self.options.min_shingles or article_id in self._shingles:
            return
        self._lsh.insert(article_id, self._minhash(sig))
        self._shingles[article_id] = sig
        if numbers:
            self._figures[article_id] = numbers


def find_reprints(
    canonical: Iterable[tuple[int, str]],
    new: Sequence[tuple[int, str]],
    options: DedupeOptions,
) -> dict[int, int]:
    """Which new texts reprint an earlier one: a pure function over ``(id, body)`` pairs.

    Args:
        canonical: already-stored canonical articles to compare against.
        new: new articles in date/ID order; each one that is not a reprint becomes canonical
            for the ones after it.
        options: thresholds.

    Returns:
        ``{reprint_id: canonical_id}``.
    """
    index = ReprintIndex(options)
    for article_id, text in canonical:
        index.add(article_id, shingles(text, options.shingle_words), figures(text))
    found: dict[int, int] = {}
    for article_id, text in new:
        sig = shingles(text, options.shingle_words)
        numbers = figures(text)
        hit = index.match(sig, numbers)
        if hit is None:
            index.add(article_id, sig, numbers)
        else:
            found[article_id] = hit[0]
    return found


class _DedupeStore(ArticleStore, StoryStore, Transactional, Protocol):
    """What reprint detection needs: articles, which are unclustered, and a transaction."""


def dedupe_store(store: _DedupeStore, options: DedupeOptions) -> dict[str, int]:
    """Mark reprints among the articles not yet in a story; returns counts.

    New articles (not in a story, not marked) are compared with canonical articles of the
    ``window_days`` before the earliest of them, and with each other in date/ID order.

    Returns:
        ``checked`` (new articles) and ``duplicates`` (marked as reprints).
    """
    new_ids = store.unclustered_article_ids()
    if not new_ids:
        return {"checked": 0, "duplicates": 0}
    new = sorted(store.iter_articles(ids=new_ids), key=lambda a: (a.order_time, a.id or 0))
    new_set = set(new_ids)
    since = None
    dates = [d for d in (a.order_time for a in new) if d]
    if dates:
        try:
            earliest = datetime.fromisoformat(min(dates).replace("Z", "+00:00"))
            if earliest.tzinfo is None:
                earliest = earliest.replace(tzinfo=UTC)
            since = (earliest - timedelta(days=options.window_days)).isoformat()
        except ValueError:
            since = None
    canonical = (
        (a.id, a.text)
        for a in store.iter_articles(since=since, include_duplicates=False)
        if a.id is not None and a.id not in new_set
    )
    found = find_reprints(canonical, [(a.id, a.text) for a in new if a.id is not None], options)
    with store.transaction():
        for reprint, original in found.items():
            store.set_duplicate(reprint, original)
    for reprint, original in found.items():
        log.info("article %d reprints article %d", reprint, original)
    return {"checked": len(new), "duplicates": len(found)}


def dedupe_options(settings: Settings) -> DedupeOptions:
    """The dedupe options the settings ask for (``[dedupe]``)."""
    return DedupeOptions(
        threshold=settings.dedupe.threshold, window_days=settings.dedupe.window_days
    )


def dedupe_stage(store: Store, settings: Settings, options: RunOptions) -> StageResult:
    """Pipeline stage: mark reprints among new articles."""
    return StageResult(name="dedupe", counts=dict(dedupe_store(store, dedupe_options(settings))))
