"""What the story clustering compares: article vectors and pluggable similarity features.

An article becomes an :class:`ArticleFeatures`: a hashed, field-weighted term-count vector
(title and lead count more than the body), a set of names, a date and a length. A story keeps
the same things summed over its members (:class:`StoryFeatures`). Similarity is a weighted mix
of :class:`Feature` objects registered in :data:`FEATURES` by name, times a time-proximity
decay; a new feature (entity overlap once enrichment is stored) is one class and one entry.

The vocabulary is hashed (:class:`~sklearn.feature_extraction.text.HashingVectorizer`), so no
fitting is needed and a vector computed today stays valid tomorrow. IDF comes from running
document-frequency counts (:class:`TermStats`) and is applied at comparison time, so both the
article and the story centroids always use the current IDF without refitting anything.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, HashingVectorizer

from newsbeat.language import language_tag
from newsbeat.stories.across_languages import StoryLanguages
from newsbeat.stories.event_evidence import event_places
from newsbeat.stories.language_words import (
    article_words_language,
    common_noun_spellings,
    hashable_text,
    no_name_words,
    stop_words_for,
    word_count,
)
from newsbeat.stories.related_evidence import place_words, subject_names
from newsbeat.stories.term_squares import TermSquares

__all__ = [
    "FEATURES",
    "ArticleFeatures",
    "ArticleText",
    "Feature",
    "FeatureOptions",
    "StoryFeatures",
    "TermStats",
    "Vectoriser",
    "build_features",
    "days_between",
    "parse_time",
]

N_FEATURES = 2**20

# Words that are capitalised for grammar, not because they name something.
_NAME_STOP = frozenset(
    {w.capitalize() for w in ENGLISH_STOP_WORDS}
    | {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Mr", "Mrs", "Ms", "Dr", "The",
        "But", "And", "It", "He", "She", "They", "We", "In", "On", "At", "By", "For",
        "Said", "Says", "Reuters", "AP", "AFP", "Update", "Updated", "Breaking", "News",
    }
)  # fmt: skip
# A capitalised word preceded by a word character and a space (so not sentence-initial).
_INNER_CAPITAL = re.compile(r"(?<=[\w,;)]\s)([A-Z][\w’'-]*[a-z][\w’'-]*)")
_CAPS_LINE = re.compile(r"^[^a-z]*$")
_MAX_LEAD_NAMES = 40  # headline/lead names kept per story
_MAX_HEAD_TERMS = 100  # headline/lead terms kept per story


@dataclass(frozen=True, kw_only=True)
class FeatureOptions:
    """How articles are turned into features.

    Attributes:
        title_weight: term-count multiplier of the title.
        lead_weight: multiplier of the lead (standfirst, else first paragraph).
        lead_chars: how much of the body counts as lead when there is no standfirst.
        body_chars: the body is cut here (long tails add noise, not topic).
        numbers: count numbers (years, scores, tolls) as terms too.
        names_weight: extra count of capitalised in-sentence words (names).
    """

    title_weight: float = 3.0
    lead_weight: float = 2.0
    lead_chars: int = 400
    body_chars: int = 6000
    numbers: bool = True
    names_weight: float = 0.0


def parse_time(value: str | None) -> float | None:
    """Seconds since the epoch of an ISO 8601 date or time (naive = UTC), or None."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()


def days_between(a: float | None, b: float | None) -> float:
    """Absolute distance in days; 0 when either time is unknown."""
    if a is None or b is None:
        return 0.0
    return abs(a - b) / 86400.0


def normalise_title(title: str) -> str:
    """Fold case and Unicode so ALL-CAPS and mixed-case headlines compare equal."""
    return unicodedata.normalize("NFKC", title).casefold().strip()


def extract_names(
    text: str,
    limit: int = 60,
    language: str | None = None,
    nouns: frozenset[str] | None = None,
) -> Counter[str]:
    """Capitalised words inside sentences: a cheap, model-free stand-in for entities.

    Sentence-initial words and all-caps lines are skipped (their capitals say nothing). In
    another language than English its function words are no names either, nor, in German,
    the capitalised common nouns (:func:`~newsbeat.stories.language_words.common_noun_spellings`
    of ``text``, or ``nouns`` when the caller has read them already, in ``text`` or in a
    text that holds it).
    """
    lang = article_words_language(language)
    own_stops = no_name_words(lang)
    if nouns is None:
        nouns = common_noun_spellings(text, lang)
    names: Counter[str] = Counter()
    for line in text.splitlines():
        if _CAPS_LINE.match(line):
            continue  # an all-caps line: every word is capitalised
        for match in _INNER_CAPITAL.finditer(line):
            word = match.group(1)
            folded = word.casefold()
            if word not in _NAME_STOP and folded not in own_stops and folded not in nouns:
                names[folded] += 1
    return Counter(dict(names.most_common(limit)))


class Vectoriser:
    """Field-weighted hashed term counts: title, lead and body in one sparse row."""

    def __init__(self, options: FeatureOptions | None = None) -> None:
        self.options = options or FeatureOptions()
        self._hasher = self._new_hasher("english")
        self._hashers: dict[str, HashingVectorizer] = {}

    def _new_hasher(self, stop_words: str | list[str]) -> HashingVectorizer:
        return HashingVectorizer(
            n_features=N_FEATURES,
            alternate_sign=False,
            norm=None,
            stop_words=stop_words,
            token_pattern=r"(?u)\b\w\w+\b" if self.options.numbers else r"(?u)\b[^\W\d_]\w+\b",
            dtype=np.float32,
        )

    def _hasher_for(self, lang: str) -> HashingVectorizer:
        """The hasher that drops ``lang``'s function words (made once per language)."""
        if lang not in self._hashers:
            self._hashers[lang] = self._new_hasher(sorted(stop_words_for(lang)))
        return self._hashers[lang]

    def _hash(self, texts: Sequence[str], languages: Sequence[str | None]) -> sp.csr_matrix:
        """Hashed counts of ``texts``, each without its own language's function words."""
        langs = [article_words_language(lang) for lang in languages]
        if not any(langs):  # English (or unknown) only: one call, as always
            return sp.csr_matrix(self._hasher.transform(texts))
        groups: dict[str | None, list[int]] = {}
        for n, lang in enumerate(langs):
            groups.setdefault(lang, []).append(n)
        blocks, order = [], []
        for lang, rows in groups.items():
            hasher = self._hasher if lang is None else self._hasher_for(lang)
            blocks.append(hasher.transform([hashable_text(texts[n], lang) for n in rows]))
            order.extend(rows)
        return sp.csr_matrix(sp.vstack(blocks, format="csr")[np.argsort(order)])

    def titles(
        self, titles: Sequence[str], languages: Sequence[str | None] | None = None
    ) -> sp.csr_matrix:
        """Hashed term counts of headlines alone (``languages``: each headline's, if known)."""
        return self._hash([normalise_title(t) for t in titles], languages or [None] * len(titles))

    def heads(
        self, parts: Sequence[tuple[str, str]], languages: Sequence[str | None] | None = None
    ) -> sp.csr_matrix:
        """Rows of sublinear weighted term counts of ``(title, lead)`` pairs alone: what an
        article leads with, its main event."""
        o = self.options
        langs = languages or [None] * len(parts)
        titles = self._hash([normalise_title(t) for t, _ in parts], langs)
        leads = self._hash([lead for _, lead in parts], langs)
        counts = sp.csr_matrix(titles * o.title_weight + leads * o.lead_weight)
        counts.data = 1.0 + np.log(counts.data, dtype=np.float32)
        return counts

    def transform(
        self,
        parts: Sequence[tuple[str, str, str]],
        names: Sequence[Mapping[str, int]] | None = None,
        languages: Sequence[str | None] | None = None,
    ) -> sp.csr_matrix:
        """Rows of sublinear weighted term counts for ``(title, lead, body)`` triples.

        ``names`` (per article) are counted again with ``names_weight``: names tell one event
        from another of the same kind (two rehab check-ins, two title fights). ``languages``
        (per article, None: English) choose the function words dropped.
        """
        o = self.options
        langs = languages or [None] * len(parts)
        titles = self._hash([normalise_title(t) for t, _, _ in parts], langs)
        leads = self._hash([lead for _, lead, _ in parts], langs)
        bodies = self._hash([body[: o.body_chars] for _, _, body in parts], langs)
        counts = titles * o.title_weight + leads * o.lead_weight + bodies
        if names is not None and o.names_weight > 0:
            texts = [" ".join(w for w, c in found.items() for _ in range(c)) for found in names]
            counts = counts + self._hasher.transform(texts) * o.names_weight
        counts = sp.csr_matrix(counts)
        counts.data = 1.0 + np.log(counts.data, dtype=np.float32)
        return counts


class TermStats:
    """Running document frequencies over the hashed vocabulary: the incremental IDF."""

    def __init__(self, df: np.ndarray | None = None, n_docs: int = 0, power: float = 2.0) -> None:
        self.df = df if df is not None else np.zeros(N_FEATURES, dtype=np.int32)
        self.n_docs = n_docs
        # IDF squared: rare terms (names, places, years) tell two events of the same kind
        # apart; chosen on ECB+ train/dev over the plain IDF (see docs/stories.md).
        self.power = power
        self.version = 0  # bumped by every add: cached IDF-weighted vectors are stale then

    def add(self, rows: sp.csr_matrix) -> None:
        """Count the terms of new documents."""
        self.df += np.bincount(rows.indices, minlength=N_FEATURES).astype(np.int32)
        self.n_docs += rows.shape[0]
        self.version += 1

    def idf(self, indices: np.ndarray) -> np.ndarray:
        """Smoothed IDF of the given hashed terms, raised to ``power``."""
        idf = np.log((1.0 + self.n_docs) / (1.0 + self.df[indices])).astype(np.float32) + 1.0
        return idf if self.power == 1.0 else idf**self.power


@dataclass(kw_only=True)
class ArticleFeatures:
    """One article as the clustering sees it (pure data, cheap to ship to a worker)."""

    article_id: int
    title: str
    time: float | None
    terms: dict[int, float]
    seen: float | None = None
    mentioned_time: float | None = None  # the day an undated article writes (scoring only)
    names: Counter[str]
    entities: Counter[str] = field(default_factory=Counter)
    length: int = 0  # words in title, lead and body
    title_key: str = ""
    lead_names: frozenset[int] = frozenset()  # hashed names of headline and lead (`related`)
    lead_places: frozenset[int] = frozenset()  # those of them that are places (`related`)
    lead: str = ""  # the lead as the clustering received it
    head: dict[int, float] = field(default_factory=dict)  # hashed terms of headline and lead
    language: str | None = None
    text: str = ""  # the lead and the start of the body (for the cross-language evidence)
    # where the headline and first sentence place the event (cities and countries); None
    # until read (reading costs a gazetteer pass, so the clustering reads it only where it
    # can change a decision)
    places: frozenset[str] | None = None

    def event_places(self) -> frozenset[str]:
        """The cities and countries the headline and first sentence name (read once, on first
        use)."""
        if self.places is None:
            self.places = event_places(self.title, self.lead, self.language)
        return self.places


@dataclass(kw_only=True)
class StoryFeatures:
    """A story's running summary: summed unit term vectors, names, entities, times."""

    terms: dict[int, float] = field(default_factory=dict)
    names: Counter[str] = field(default_factory=Counter)
    entities: Counter[str] = field(default_factory=Counter)
    size: int = 0
    first_time: float | None = None
    last_time: float | None = None
    seen: float | None = None  # earliest import/fetch time of an undated member
    lead_names: Counter[int] = field(default_factory=Counter)  # members' headline/lead names
    places: Counter[str] = field(default_factory=Counter)  # members' event places
    languages: StoryLanguages = field(default_factory=StoryLanguages)
    # The mean squared norm of the members' stored vectors under the current IDF. Each is a
    # unit vector under the IDF of the run it joined in; the IDF of a later run weighs rare
    # terms more and the old members grow (10 -> 15 articles: x1.3 each). The clustering
    # updates this when the term counts change (:meth:`rescale`); the merge pass divides by
    # its root, so an average link stays a mean cosine whatever run a member came in.
    member_norm_sq: float = 1.0
    # per term, the sum of the members' stored values squared: under any IDF the members'
    # squared norms sum to sum(squares * idf**2) (terms pruned away aside); two flat arrays,
    # not a dict (scale34: the dict cost 168 MB of peak memory on the 100k stream)
    squares: TermSquares = field(default_factory=TermSquares)
    # the members' headline-and-lead vectors, each a unit vector under the IDF of its run
    heads: dict[int, float] = field(default_factory=dict)

    def rescale(self, before: float, after: float) -> None:
        """The members' summed squared norms went from ``before`` to ``after`` as the IDF
        changed (:attr:`squares` read under the old and the new IDF)."""
        if before > 0.0 and after > 0.0:
            self.member_norm_sq *= after / before

    def absorb(
        self,
        article: ArticleFeatures,
        vector: Mapping[int, float],
        max_terms: int,
        head: Mapping[int, float] | None = None,
    ) -> None:
        """Add an article whose IDF-free ``vector`` (and ``head``, its headline and lead) has
        unit norm once IDF-weighted."""
        self.member_norm_sq = (self.size * self.member_norm_sq + 1.0) / (self.size + 1)
        for term, value in vector.items():
            self.terms[term] = self.terms.get(term, 0.0) + value
        self.squares.add_squares_of(vector)
        for term, value in (head or {}).items():
            self.heads[term] = self.heads.get(term, 0.0) + value
        if len(self.heads) > 2 * _MAX_HEAD_TERMS:
            self.prune(max_terms)
        self.lead_names.update(article.lead_names)
        if len(self.terms) > max_terms * 2 or len(self.lead_names) > 2 * _MAX_LEAD_NAMES:
            self.prune(max_terms)
        self.names.update(article.names)
        self.entities.update(article.entities)
        self.places.update(article.places or ())
        self.languages.add(article.language, article.title, article.text)
        self.size += 1
        if article.time is not None:
            self.first_time = min(self.first_time or article.time, article.time)
            self.last_time = max(self.last_time or article.time, article.time)
        elif article.seen is not None:
            self.seen = min(self.seen or article.seen, article.seen)

    def absorb_story(self, other: StoryFeatures, max_terms: int) -> None:
        """Fold another story in (the merge pass)."""
        if self.size + other.size:
            total = self.size * self.member_norm_sq + other.size * other.member_norm_sq
            self.member_norm_sq = total / (self.size + other.size)
        for term, value in other.terms.items():
            self.terms[term] = self.terms.get(term, 0.0) + value
        self.squares.add(other.squares)
        for term, value in other.heads.items():
            self.heads[term] = self.heads.get(term, 0.0) + value
        self.prune(max_terms)
        self.names.update(other.names)
        self.entities.update(other.entities)
        self.lead_names.update(other.lead_names)
        self.places.update(other.places)
        self.languages.merge(other.languages)
        self.size += other.size
        times = [t for t in (self.first_time, other.first_time) if t is not None]
        self.first_time = min(times) if times else None
        times = [t for t in (self.last_time, other.last_time) if t is not None]
        self.last_time = max(times) if times else None
        times = [t for t in (self.seen, other.seen) if t is not None]
        self.seen = min(times) if times else None

    def prune(self, max_terms: int) -> None:
        """Keep the heaviest terms and names only: bounded memory per story."""
        if len(self.terms) > max_terms:
            keep = sorted(self.terms.items(), key=lambda kv: kv[1], reverse=True)[:max_terms]
            self.terms = dict(keep)
        self.squares.keep(self.terms, len(self.terms))
        if len(self.names) > 80:
            self.names = Counter(dict(self.names.most_common(80)))
        if len(self.entities) > 80:
            self.entities = Counter(dict(self.entities.most_common(80)))
        if len(self.heads) > _MAX_HEAD_TERMS:
            keep = sorted(self.heads.items(), key=lambda kv: kv[1], reverse=True)[:_MAX_HEAD_TERMS]
            self.heads = dict(keep)
        if len(self.lead_names) > _MAX_LEAD_NAMES:
            self.lead_names = Counter(dict(self.lead_names.most_common(_MAX_LEAD_NAMES)))


def _overlap(a: Mapping[str, int], b: Mapping[str, int]) -> float:
    """Share of the article's names that the story also has (0 when either has none)."""
    if not a or not b:
        return 0.0
    shared = sum(1 for k in a if k in b)
    return shared / min(len(a), len(b), 12)


@dataclass(frozen=True, kw_only=True)
class Feature:
    """A similarity feature: ``score(article, story) -> [0, 1]`` or None when not applicable.

    Text similarity is computed in bulk (sparse matrix product) by the clustering and passed
    in; the other features score one pair at a time.
    """

    name: str
    weight: float
    score: Callable[[ArticleFeatures, StoryFeatures], float | None]


def _names_score(a: ArticleFeatures, s: StoryFeatures) -> float | None:
    if not a.names or not s.names:
        return None
    return min(1.0, _overlap(a.names, s.names))


def _entities_score(a: ArticleFeatures, s: StoryFeatures) -> float | None:
    if not a.entities or not s.entities:
        return None
    return min(1.0, _overlap(a.entities, s.entities))


# Registry of pair features besides text similarity: name -> default feature.
FEATURES: dict[str, Feature] = {
    # Off by default: on ECB+ train/dev it cost precision (shared surnames, teams, places).
    "names": Feature(name="names", weight=0.0, score=_names_score),
    # Applies only when both sides have entities stored by the enrich stage.
    "entities": Feature(name="entities", weight=0.2, score=_entities_score),
}


@dataclass(frozen=True, kw_only=True)
class ArticleText:
    """The raw inputs of :func:`build_features`: what an article says and when.

    ``time`` is the publication time (None when unknown: then no time decay applies);
    ``mentioned_time`` the day an undated article writes as its own
    (:func:`~newsbeat.stories.event_time.mentioned_time`): evidence for the time factor only,
    it never moves the clock, the order or a story's span;
    ``seen`` the import/fetch time, used for a story's dates when no member has a date;
    ``language`` the article's (ISO 639-1; None or ``en``: English word lists; also how its
    place names are read).
    """

    article_id: int
    title: str
    lead: str
    body: str
    time: float | None = None
    mentioned_time: float | None = None
    seen: float | None = None
    entities: tuple[str, ...] = ()
    language: str | None = None


def build_features(
    vectoriser: Vectoriser, items: Sequence[ArticleText], *, names: bool = True
) -> list[ArticleFeatures]:
    """Turn article texts into :class:`ArticleFeatures` (one vectoriser call per batch).

    Args:
        vectoriser: the hashed, field-weighted vectoriser.
        items: the articles.
        names: extract capitalised names (only needed when the ``names`` feature is on).

    Returns:
        Features in the same order.
    """
    texts = [f"{item.title}\n{item.lead}\n{item.body}" for item in items]
    names = names or vectoriser.options.names_weight > 0
    # "de-AT" and "DE" are German: every reader below gets the bare code
    langs = [language_tag(item.language) for item in items]
    # the German common nouns of the whole text, read once for every name list below
    nouns = [common_noun_spellings(text, lang) for text, lang in zip(texts, langs, strict=True)]
    found = [
        extract_names(text, language=lang, nouns=nouns[n]) if names else Counter[str]()
        for n, (text, lang) in enumerate(zip(texts, langs, strict=True))
    ]
    rows = vectoriser.transform([(a.title, a.lead, a.body) for a in items], found, langs)
    heads = vectoriser.heads([(a.title, a.lead) for a in items], langs)
    lead_words = [
        subject_names(
            extract_names(f"{a.title}\n{a.lead}", language=langs[n], nouns=nouns[n]),
            texts[n],
            langs[n],
            nouns=nouns[n],
        )
        for n, a in enumerate(items)
    ]
    heading = vectoriser.titles([" ".join(words) for words in lead_words])
    places = vectoriser.titles(
        [
            " ".join(place_words(words, f"{items[n].title}\n{items[n].lead}"))
            for n, words in enumerate(lead_words)
        ]
    )
    out = []
    for n, item in enumerate(items):
        start, end = rows.indptr[n], rows.indptr[n + 1]
        terms = dict(
            zip(rows.indices[start:end].tolist(), rows.data[start:end].tolist(), strict=True)
        )
        text = texts[n]
        out.append(
            ArticleFeatures(
                article_id=item.article_id,
                title=item.title,
                time=item.time,
                mentioned_time=item.mentioned_time if item.time is None else None,
                seen=item.seen,
                terms=terms,
                names=found[n],
                entities=Counter(e.casefold() for e in item.entities),
                length=word_count(text, langs[n]),
                title_key=normalise_title(item.title),
                lead_names=_row_columns(heading, n),
                lead_places=_row_columns(places, n),
                lead=item.lead,
                head=_row_values(heads, n),
                language=langs[n],
                text=f"{item.lead}\n{item.body[:600]}" if langs[n] else "",
            )
        )
    return out


def _row_values(matrix: sp.csr_matrix, row: int) -> dict[int, float]:
    """One row of a CSR matrix as column -> value."""
    start, end = matrix.indptr[row], matrix.indptr[row + 1]
    return dict(
        zip(matrix.indices[start:end].tolist(), matrix.data[start:end].tolist(), strict=True)
    )


def _row_columns(matrix: sp.csr_matrix, row: int) -> frozenset[int]:
    """The columns with a value in one row of a CSR matrix."""
    return frozenset(matrix.indices[matrix.indptr[row] : matrix.indptr[row + 1]].tolist())
