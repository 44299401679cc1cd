"""``newsbeat bench realnews``: newsbeat's analysis scored on the real-news gold set.

Each document the gold names (and every document of its annotated stories) is parsed once and
analysed by the enrich stage's own function (:func:`~newsbeat.enrich.analysis.analyse_doc`); the
documents of one story are compared (:func:`~newsbeat.compare.compare_articles`) and
summarised (:func:`~newsbeat.compare.summarise.summarise_articles`) together, as a story. A
non-English document is not analysed, as in the product. The tuning gold (the one the rules
were chosen on) gives the top-level keys; each held-out gold (``heldout/`` to ``heldout11/``:
other sub-topics, pages and PolNeAR train articles, annotated apart from the rules) is scored in
the same run under its own key (``heldout`` to ``heldout11``), with the same keys; a split with
no conflict items (``heldout7``, ``heldout8``: their articles form no stories) scores no
conflicts or summaries (those keys ``None``, and ``details`` says why), and one without a
relation, quote or entity file scores none of those (``None``); all of them are also pooled into
one gold under ``heldout_pooled`` (its ``splits`` lists them). Every key is scored
beside a simple baseline computed in the same run from the same parse:

- conflicts: any two different numbers followed by the same word, in two documents of a story;
- relations: any two named entities of a sampled sentence with a lexicon verb between them;
- speaker: the PERSON entity nearest to the quote;
- entity type: spaCy's label as it is (PERSON, ORG, GPE/LOC; anything else is no entity);
- summary: the lead sentence of the story's first articles.

The matching rules are in :mod:`newsbeat.bench.realnews_match`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsbeat.bench.realnews_gold import (
    HELDOUT_SPLITS,
    Corpus,
    Gold,
    GoldError,
    default_gold_dir,
    load_corpus,
    load_gold,
    pool_golds,
    resolve_keys,
    split_dir,
)
from newsbeat.bench.realnews_match import (
    PredQuote,
    PredRelation,
    PredSide,
    head_mention,
    locate,
    score_conflicts,
    score_relations,
    score_speakers,
    summary_redundancy,
)
from newsbeat.settings import EnrichSettings

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsbeat.enrich.actors import ArticleActors
    from newsbeat.models import Article, Enrichment

__all__ = ["KEYS", "NO_STORIES", "POOLED", "Analysed", "analyse_corpus", "evaluate", "run_realnews"]

# Every held-out split scored as one gold: the counts summed, not the rates averaged (a
# split holds a dozen disputes, so one split's recall moves by 0.08 per item).
POOLED = "heldout_pooled"

KEYS = (
    "conflict_precision",
    "conflict_recall",
    "relation_precision",
    "relation_recall",
    "speaker_accuracy",
    "entity_type_accuracy",
    "summary_redundancy",
)
_TOOL_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GROUP": "ORG", "GPE": "GPE", "LOC": "GPE"}
_SPACY_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "GPE"}
_NUMBER = re.compile(
    r"\b(\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"[\s-]+([A-Za-z]+)",
    re.IGNORECASE,
)
_NUMBER_WORDS = "one two three four five six seven eight nine ten eleven twelve"
_WORDS = {w: float(i + 1) for i, w in enumerate(_NUMBER_WORDS.split(" "))}
_QUOTE_CLOSE = re.compile(r"[\"”]")
NO_STORIES = (
    "no conflict items: the split's documents are not grouped into stories, so conflicts and "
    "summary redundancy are not scored (null)"
)
_MODEL = EnrichSettings().spacy_model  # the enrich stage's default pipeline


@dataclass(kw_only=True)
class Analysed:
    """One document: the analysed text, its parse, its actors and what enrich found."""

    doc_id: str
    article_id: int
    text: str
    parsed: Doc
    actors: ArticleActors | None
    enrichment: Enrichment | None


def analyse_corpus(
    corpus: Corpus, model: str = _MODEL, progress: Callable[[int], None] | None = None
) -> dict[str, Analysed]:
    """Parse and analyse every document of the corpus (non-English ones: parse only)."""
    from newsbeat.enrich.actors import build_actors
    from newsbeat.enrich.analysis import ArticleInput, EnrichOptions, analyse_doc
    from newsbeat.enrich.nlp import detect_language, load_pipeline, mask_datelines

    nlp = load_pipeline(model)
    options = EnrichOptions(model=model)
    ids = sorted(corpus.texts)
    texts = [mask_datelines(corpus.texts[d]) for d in ids]
    out: dict[str, Analysed] = {}
    for number, (doc_id, text, parsed) in enumerate(
        zip(ids, texts, nlp.pipe(texts, batch_size=16), strict=True), 1
    ):
        english = detect_language(text).lang == "en"
        article = ArticleInput(id=number, text=text, outlet=doc_id)
        out[doc_id] = Analysed(
            doc_id=doc_id,
            article_id=number,
            text=text,
            parsed=parsed,
            actors=build_actors(parsed) if english else None,
            enrichment=analyse_doc(parsed, article, options) if english else None,
        )
        if progress is not None:
            progress(number)
    return out


def _articles(members: Sequence[Analysed]) -> list[Article]:
    from newsbeat.models import Article

    return [Article(title="", text=a.text, outlet=a.doc_id, id=a.article_id) for a in members]


def _enrichments(members: Sequence[Analysed]) -> dict[int, Enrichment]:
    return {a.article_id: a.enrichment for a in members if a.enrichment is not None}


def _claim_sides(refs: Sequence[Any], by_article: dict[int, Analysed]) -> list[PredSide]:
    sides = []
    for ref in refs:
        a = by_article[ref.article_id]
        for start, end in locate(a.text, ref.claim.sentence):
            sides.append(
                PredSide(doc=a.doc_id, start=start, end=end, low=ref.claim.low, high=ref.claim.high)
            )
    return sides


def _tool_conflicts(
    members: Sequence[Analysed],
) -> list[tuple[list[PredSide], list[PredSide]]]:
    from newsbeat.compare import compare_articles

    comparison = compare_articles(_articles(members), _enrichments(members))
    by_article = {a.article_id: a for a in members}
    return [
        (_claim_sides(pair.a.claims, by_article), _claim_sides(pair.b.claims, by_article))
        for pair in comparison.conflicts
    ]


def _value(raw: str) -> float | None:
    if raw.lower() in _WORDS:
        return _WORDS[raw.lower()]
    try:
        return float(raw.replace(",", ""))
    except ValueError:
        return None


def _numbers(a: Analysed) -> list[tuple[PredSide, str]]:
    out = []
    for m in _NUMBER.finditer(a.text):
        value = _value(m.group(1).rstrip(","))
        if value is not None:
            side = PredSide(doc=a.doc_id, start=m.start(1), end=m.end(1), low=value, high=value)
            out.append((side, m.group(2).lower().removesuffix("s")))
    return out


def _baseline_conflicts(
    members: Sequence[Analysed],
) -> list[tuple[list[PredSide], list[PredSide]]]:
    numbers = [_numbers(a) for a in members]
    out = []
    for i in range(len(members)):
        for j in range(i + 1, len(members)):
            for left, unit in numbers[i]:
                for right, other in numbers[j]:
                    if unit == other and left.low != right.low:
                        out.append(([left], [right]))
    return out


def _tool_relations(analysed: dict[str, Analysed], docs: set[str]) -> list[PredRelation]:
    out = []
    for doc_id in sorted(docs):
        a = analysed[doc_id]
        for r in a.enrichment.relations if a.enrichment else []:
            if r.negated or not r.target:  # the story JSON shows these as events, not relations
                continue
            for start, end in locate(a.text, r.evidence):
                out.append(
                    PredRelation(
                        doc=doc_id,
                        start=start,
                        end=end,
                        source=r.source,
                        target=r.target,
                        type=r.type,
                    )
                )
    return out


def _baseline_relations(analysed: dict[str, Analysed], gold: Gold) -> list[PredRelation]:
    from newsbeat.enrich.relation_lexicon import lexicon

    verbs: dict[str, str] = lexicon()["verbs"]
    out = []
    for s in gold.relations:
        parsed = analysed[s.doc].parsed
        ents = [
            e
            for e in parsed.ents
            if e.label_ in {"PERSON", "ORG", "GPE"} and s.at <= e.start_char and e.end_char <= s.end
        ]
        for i, first in enumerate(ents):
            for second in ents[i + 1 :]:
                between = parsed[first.end : second.start]
                kind = next((verbs[t.lemma_] for t in between if t.lemma_ in verbs), None)
                if isinstance(kind, str):
                    out.append(
                        PredRelation(
                            doc=s.doc,
                            start=s.at,
                            end=s.end,
                            source=first.text,
                            target=second.text,
                            type=kind,
                        )
                    )
    return out


def _tool_quotes(analysed: dict[str, Analysed], docs: set[str]) -> list[PredQuote]:
    out = []
    for doc_id in sorted(docs):
        a = analysed[doc_id]
        for q in a.enrichment.quotes if a.enrichment else []:
            for start, end in locate(a.text, q.text):
                out.append(PredQuote(doc=doc_id, start=start, end=end, speaker=q.speaker))
    return out


def _baseline_quotes(analysed: dict[str, Analysed], gold: Gold) -> list[PredQuote]:
    out = []
    for q in gold.quotes:
        a = analysed[q.doc]
        close = _QUOTE_CLOSE.search(a.text, q.at)
        end = close.start() if close else q.at + len(q.span)
        persons = [
            e
            for e in a.parsed.ents
            if e.label_ == "PERSON" and (e.end_char <= q.at or e.start_char >= end)
        ]

        def distance(e: Any, start: int = q.at, stop: int = end) -> int:
            return int(start - e.end_char if e.end_char <= start else e.start_char - stop)

        speaker = min(persons, key=distance).text if persons else None
        out.append(PredQuote(doc=q.doc, start=q.at, end=end, speaker=speaker))
    return out


def _entity_types(analysed: dict[str, Analysed], gold: Gold) -> tuple[float | None, float | None]:
    tool = base = 0
    for e in gold.entities:
        a = analysed[e.doc]
        end = e.at + len(e.span)
        mention = head_mention(a.actors.mentions, e.at, e.span) if a.actors is not None else None
        predicted = _TOOL_TYPES.get(mention.label, "NOT_ENTITY") if mention else "NOT_ENTITY"
        tool += predicted == e.type
        ent = next((x for x in a.parsed.ents if x.start_char < end and e.at < x.end_char), None)
        label = _SPACY_TYPES.get(ent.label_, "NOT_ENTITY") if ent is not None else "NOT_ENTITY"
        base += label == e.type
    n = len(gold.entities)
    return (round(tool / n, 4), round(base / n, 4)) if n else (None, None)


def _sentences(members: Sequence[Analysed]) -> list[str]:
    return [s.text for a in members for s in a.parsed.sents]


def _lead_sentences(members: Sequence[Analysed], count: int) -> list[str]:
    """The first sentence of each article's body (after its headline line)."""
    out = []
    for a in members[:count]:
        body = a.text.find("\n") + 1
        first = next(
            (s.text for s in a.parsed.sents if s.start_char >= body and s.text.strip()), None
        )
        if first:
            out.append(first.strip())
    return out


def evaluate(gold: Gold, corpus: Corpus, analysed: dict[str, Analysed]) -> dict[str, Any]:
    """Score the tool and the baselines on the gold (the documents already analysed)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from newsbeat.compare.summarise import SummaryOptions, summarise_articles

    tool_pairs: list[tuple[list[PredSide], list[PredSide]]] = []
    base_pairs: list[tuple[list[PredSide], list[PredSide]]] = []
    tool_stories: list[tuple[list[str], list[str]]] = []
    base_stories: list[tuple[list[str], list[str]]] = []
    bullets = SummaryOptions().sentences
    for group in gold.groups():
        members = [analysed[d] for d in corpus.members(group)]
        tool_pairs += _tool_conflicts(members)
        base_pairs += _baseline_conflicts(members)
        sentences = _sentences(members)
        summary = summarise_articles(_articles(members), _enrichments(members))
        tool_stories.append(([s.text for s in summary], sentences))
        base_stories.append((_lead_sentences(members, len(summary) or bullets), sentences))
    conflicts = score_conflicts(tool_pairs, gold.conflicts)
    base_conflicts = score_conflicts(base_pairs, gold.conflicts)
    relation_docs = {s.doc for s in gold.relations}
    relations = score_relations(_tool_relations(analysed, relation_docs), gold.relations)
    base_relations = score_relations(_baseline_relations(analysed, gold), gold.relations)
    speakers = score_speakers(_tool_quotes(analysed, {q.doc for q in gold.quotes}), gold.quotes)
    base_speakers = score_speakers(_baseline_quotes(analysed, gold), gold.quotes)
    entity_tool, entity_base = _entity_types(analysed, gold)
    stop = frozenset(ENGLISH_STOP_WORDS)

    def keys(c: dict[str, Any], r: dict[str, Any], s: dict[str, Any], e: Any, red: Any) -> dict:
        return {
            "conflict_precision": c["precision"],
            "conflict_recall": c["recall"],
            "relation_precision": r["precision"],
            "relation_recall": r["recall"],
            "speaker_accuracy": s["accuracy"],
            "entity_type_accuracy": e,
            "summary_redundancy": red,
        }

    result: dict[str, Any] = keys(
        conflicts, relations, speakers, entity_tool, summary_redundancy(tool_stories, stop)
    )
    result["baseline"] = keys(
        base_conflicts,
        base_relations,
        base_speakers,
        entity_base,
        summary_redundancy(base_stories, stop),
    )
    result["details"] = {
        **({} if gold.conflicts else {"note": NO_STORIES}),
        "documents": len(corpus.texts),
        "stories": len(gold.groups()),
        "conflicts": conflicts,
        "relations": relations,
        "speakers": speakers,
        "entities": len(gold.entities),
        "baseline_conflicts": base_conflicts,
        "baseline_relations": base_relations,
        "baseline_speakers": base_speakers,
    }
    return result


def _load(gold_dir: Path | None, split: str, shared: Path | None) -> tuple[Gold, Corpus]:
    gold = load_gold(gold_dir, split)
    corpus = load_corpus(gold, shared)
    resolve_keys(gold, corpus)
    return gold, corpus


def _union(corpora: Sequence[Corpus]) -> Corpus:
    """Every corpus, each document once (a document named by two splits must be the same)."""
    merged = Corpus()
    for corpus in corpora:
        for doc, text in corpus.texts.items():
            if merged.texts.get(doc, text) != text:
                raise GoldError(f"{doc}: two splits of the gold give it different texts")
            merged.texts[doc] = text
            merged.groups[doc] = corpus.groups.get(doc)
    return merged


def run_realnews(
    gold_dir: Path | None = None,
    shared: Path | None = None,
    *,
    model: str = _MODEL,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Load the gold and its corpus, check every key, analyse and score.

    The tuning split gives the top-level keys; each held-out split (the gold folder's
    ``heldout/`` to ``heldout11/``), scored in the same run on the same analysis, goes under its
    own key (``heldout`` to ``heldout11``; None when the folder has no such split);
    ``heldout_pooled`` scores the held-out splits as one gold.

    Raises:
        GoldError: the gold is malformed, a document is missing or a key does not match.
    """
    gold, corpus = _load(gold_dir, "tuning", shared)
    held: dict[str, tuple[Gold, Corpus]] = {}
    for split in HELDOUT_SPLITS:
        if split_dir(gold_dir or default_gold_dir(), split).is_dir():
            held[split] = _load(gold_dir, split, shared)
    everything = _union([corpus, *(c for _, c in held.values())])
    analysed = analyse_corpus(everything, model, progress)
    result = evaluate(gold, corpus, analysed)
    for split in HELDOUT_SPLITS:
        result[split] = evaluate(*held[split], analysed) if split in held else None
    result[POOLED] = (
        evaluate(
            pool_golds([g for g, _ in held.values()]),
            _union([c for _, c in held.values()]),
            analysed,
        )
        if held
        else None
    )
    if held:
        result[POOLED]["splits"] = list(held)
    return result
