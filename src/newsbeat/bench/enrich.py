"""``newsbeat bench enrich``: quality and speed of the enrich stage, each beside a baseline.

* **Quotes** on PolNeAR (``<shared>/benchmarks/quotes/polnear``, read straight from its
  tarball; the data is never copied). Gold direct quotes are the attributions whose Content
  span contains a quotation mark or is delimited by one (annotators usually leave the marks
  out of the span; two apostrophes, the marks of the New York Times' texts, count as one).
  ``quote_f1`` is the word-level F1 between the words of our direct quotes and the words of
  the gold direct-quote contents, pooled over the split. ``speaker_accuracy``
  is, over gold direct quotes with a Source span that we found, the share whose speaker is
  right: our speaker mention overlaps the gold Source span, or our (resolved) speaker name
  shares a name word with it. One annotator per article (the first by id). In ``"…," said X``
  some annotators swapped the Source and Cue spans (Source = "said"); when the Source is a
  bare speech verb the Cue span is taken as the source.
  Baseline: a plain regex (``"…"`` / ``“…”`` pairs; speaker = a capitalised name or he/she
  next to said/says after the closing mark or before the opening one).
* **Relations** on the PLOVER gold standard (``<shared>/benchmarks/events/plover``): one
  event per sentence; our event is the outermost non-hypothetical trigger.
  ``relation_precision`` = right type / sentences we coded, ``relation_recall`` = right type /
  gold sentences, ``actor_accuracy`` = over rightly typed events, the share of gold actor slots
  (source, and target when the gold has one) that we filled with a matching actor (same ISO-3
  country, or a shared name word). Baseline: the first word whose lemma is in the same lexicon,
  with no parse, frames, negation or modality.
* **Demo gold** (``newsbeat/demo/gold.json``): the bundled corpus is ingested into a
  temporary store and enriched; every listed quote (speaker and text), claim (sentence and
  value range) and relation (type, source and target) must be found.
* **Speed**: ``articles_per_s`` of the whole enrich stage (language check, parse on both cores,
  analysis, store writes) on the PolNeAR test articles (real news, ~600 words each) in a fresh
  store; the median of ``runs`` runs.
"""

from __future__ import annotations

import json
import platform
import re
import statistics
import tarfile
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsbeat.enrich.actors import build_actors, lookup_country
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline, mask_datelines
from newsbeat.enrich.quotes import extract_quotes
from newsbeat.enrich.relation_lexicon import lexicon
from newsbeat.enrich.relations import extract_relations, sentence_events
from newsbeat.enrich.stage import enrich_stage
from newsbeat.models import Article
from newsbeat.settings import EnrichSettings, Settings, StoreSettings
from newsbeat.stage import RunOptions
from newsbeat.store import SQLiteStore

_MODEL = EnrichSettings().spacy_model  # the enrich stage's default pipeline

__all__ = [
    "GOALS",
    "EnrichBenchOptions",
    "demo_gold_eval",
    "load_polnear",
    "plover_eval",
    "polnear_eval",
    "run_enrich_bench",
    "speed_eval",
]

GOALS = {
    "quote_f1": 0.75,
    "speaker_accuracy": 0.85,
    "relation_precision": 0.70,
    "relation_recall": 0.60,
    "articles_per_s": 40.0,
}
_WORD = re.compile(r"\w+")
# Quote marks around a gold content span: the New York Times' PolNeAR texts write theirs as two
# apostrophes, so a gold that left "''" out would hold none of their direct quotes.
_MARKS = ('"', "“", "”", "«", "»", "''")
_SWAPPED = re.compile(r"(?i)(?:said|says|say|added|adds|told|tells|asked|wrote|writes|explained)")
_POLNEAR = Path("benchmarks/quotes/polnear/PolNeAR_v1.0.0_text_attributions.tar.gz")
_PLOVER = Path("benchmarks/events/plover/PLOVER_GSR_CAMEO.json")


@dataclass(frozen=True, kw_only=True)
class EnrichBenchOptions:
    """What to measure.

    Attributes:
        shared: the shared benchmark folder (default: ``../shared`` next to the repository).
        split: PolNeAR split (``test``; ``dev`` for tuning).
        sample: only the first N PolNeAR articles (None = all).
        plover_sample: only every k-th PLOVER record (1 = all).
        runs: speed runs (median reported).
        model: the ``[enrich] spacy_model`` setting.
        processes: worker processes for the speed run.
    """

    shared: Path
    split: str = "test"
    sample: int | None = None
    plover_sample: int = 1
    runs: int = 3
    model: str = _MODEL
    processes: int = 2
    speed: bool = True
    demo: bool = True


# -- PolNeAR ---------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class GoldQuote:
    """One gold direct quote: content span(s) and source span (None if no source)."""

    spans: tuple[tuple[int, int], ...]
    source: tuple[int, int] | None
    source_text: str


def load_polnear(
    shared: Path, split: str, sample: int | None = None
) -> list[tuple[str, str, list[GoldQuote]]]:
    """(name, text, gold direct quotes) of each article of a split, read from the tarball."""
    path = shared / _POLNEAR
    with tarfile.open(path) as tar:
        members = {m.name: m for m in tar.getmembers() if m.isfile()}
        texts = sorted(n for n in members if f"/data/{split}/text/" in n and n.endswith(".txt"))
        if sample is not None:
            texts = texts[:sample]
        anns: dict[str, list[str]] = defaultdict(list)
        for n in members:
            if f"/data/{split}/attributions/" in n and n.endswith(".ann"):
                base = re.sub(r"_[^_/]+\.ann$", "", n.rsplit("/", 1)[-1])
                anns[base].append(n)
        out = []
        for name in texts:
            base = name.rsplit("/", 1)[-1][:-4]
            fh = tar.extractfile(members[name])
            assert fh is not None
            text = fh.read().decode("utf-8")
            gold: list[GoldQuote] = []
            if anns.get(base):
                ann = tar.extractfile(members[sorted(anns[base])[0]])
                assert ann is not None
                gold = _gold_quotes(text, ann.read().decode("utf-8"))
            out.append((base, text, gold))
    return out


def _spans(meta: str) -> tuple[tuple[int, int], ...]:
    return tuple(
        (int(a), int(b)) for a, b in (frag.split() for frag in meta.split(" ", 1)[1].split(";"))
    )


def _gold_quotes(text: str, ann: str) -> list[GoldQuote]:
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            spans[parts[0]] = (parts[1].split(" ", 1)[0], _spans(parts[1]))
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    out = []
    for rel in relations:
        content = spans.get(rel.get("Content", ""))
        if content is None:
            continue
        frags = content[1]
        start, end = frags[0][0], frags[-1][1]
        around = text[max(0, start - 2) : end + 2]
        if not any(m in around for m in _MARKS):
            continue
        source = spans.get(rel.get("Source", ""))
        cue = spans.get(rel.get("Cue", ""))
        if source and cue and _SWAPPED.fullmatch(text[source[1][0][0] : source[1][-1][1]]):
            source = cue  # "…," said X: some annotators swapped Source and Cue here
        src_span = (source[1][0][0], source[1][-1][1]) if source else None
        out.append(
            GoldQuote(
                spans=frags,
                source=src_span,
                source_text=text[src_span[0] : src_span[1]] if src_span else "",
            )
        )
    return out


def _words(text: str, spans: Iterable[tuple[int, int]]) -> set[int]:
    """Start offsets of the words inside the spans."""
    out: set[int] = set()
    for start, end in spans:
        out.update(m.start() + start for m in _WORD.finditer(text[start:end]))
    return out


def best_overlap(text: str, gold: GoldQuote, spans: Sequence[tuple[int, int]]) -> int | None:
    """The index of the predicted quote span sharing the most words with a gold quote (the
    first of equals), or None when none shares a word: the quote a speaker is scored on."""
    g_words = _words(text, gold.spans)
    best, overlap = None, 0
    for i, span in enumerate(spans):
        o = len(g_words & _words(text, [span]))
        if o > overlap:
            best, overlap = i, o
    return best


_BASE_QUOTE = re.compile(r'"([^"\n]+)"|“([^”\n]+)”')
_NAME = r"((?:[A-Z][\w.'’-]+\s?){1,3}|[Hh]e|[Ss]he)"
_BASE_AFTER = re.compile(
    r"^[\s,]*(?:said|says|told)\s+" + _NAME + r"|^[\s,]*" + _NAME + r"\s+(?:said|says|told)"
)
_BASE_BEFORE = re.compile(_NAME + r"\s+(?:said|says|told)[\s,:]*$")


def _baseline_quotes(text: str) -> list[tuple[int, int, tuple[int, int] | None]]:
    out = []
    for m in _BASE_QUOTE.finditer(text):
        g = 1 if m.group(1) is not None else 2
        start, end = m.span(g)
        speaker: tuple[int, int] | None = None
        after = _BASE_AFTER.match(text[m.end() : m.end() + 80])
        if after:
            grp = 1 if after.group(1) else 2
            speaker = (m.end() + after.start(grp), m.end() + after.end(grp))
        else:
            window = text[max(0, m.start() - 80) : m.start()]
            before = _BASE_BEFORE.search(window)
            if before:
                offset = max(0, m.start() - 80)
                speaker = (offset + before.start(1), offset + before.end(1))
        out.append((start, end, speaker))
    return out


def _speaker_ok(gold: GoldQuote, span: tuple[int, int] | None, name: str | None) -> bool:
    if gold.source is None:
        return False
    if span is not None and span[0] < gold.source[1] and gold.source[0] < span[1]:
        return True
    if name:
        src_words = {w.lower() for w in _WORD.findall(gold.source_text) if len(w) > 2}
        name_words = {w.lower() for w in _WORD.findall(name) if len(w) > 2}
        return bool(src_words & name_words)
    return False


def _score_quotes(
    articles: list[tuple[str, str, list[GoldQuote]]],
    predict: Callable[[str, str], list[tuple[int, int, tuple[int, int] | None, str | None]]],
) -> dict[str, float]:
    tp = fp = fn = 0
    attributed = found = right = 0
    for name, text, gold in articles:
        preds = predict(name, text)
        gold_words = _words(text, [s for g in gold for s in g.spans])
        pred_words = _words(text, [(s, e) for s, e, _, _ in preds])
        tp += len(gold_words & pred_words)
        fp += len(pred_words - gold_words)
        fn += len(gold_words - pred_words)
        for g in gold:
            if g.source is None:
                continue
            attributed += 1
            at = best_overlap(text, g, [(p[0], p[1]) for p in preds])
            if at is None:
                continue
            found += 1
            right += _speaker_ok(g, preds[at][2], preds[at][3])
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "quote_precision": round(precision, 4),
        "quote_recall": round(recall, 4),
        "quote_f1": round(f1, 4),
        "speaker_accuracy": round(right / found, 4) if found else 0.0,
        "speaker_recall": round(right / attributed, 4) if attributed else 0.0,
        "gold_attributed_quotes": attributed,
    }


def polnear_eval(
    shared: Path, *, split: str = "test", sample: int | None = None, model: str = _MODEL
) -> dict[str, Any]:
    """Direct quotes and speakers on PolNeAR, ours beside the regex baseline."""
    articles = load_polnear(shared, split, sample)
    nlp = load_pipeline(model)
    docs = dict(
        zip(
            [a[0] for a in articles], nlp.pipe([a[1] for a in articles], batch_size=16), strict=True
        )
    )

    def ours(name: str, text: str) -> list[tuple[int, int, tuple[int, int] | None, str | None]]:
        doc = docs[name]
        actors = build_actors(doc)
        out: list[tuple[int, int, tuple[int, int] | None, str | None]] = []
        for q in extract_quotes(doc, actors):
            if q.kind != "direct":
                continue
            span = None
            if q.speaker_start is not None and q.speaker_end is not None:
                span = (q.speaker_start, q.speaker_end)
            out.append((q.start, q.end, span, q.speaker))
        return out

    def baseline(name: str, text: str) -> list[tuple[int, int, tuple[int, int] | None, str | None]]:
        return [
            (s, e, sp, text[sp[0] : sp[1]] if sp else None) for s, e, sp in _baseline_quotes(text)
        ]

    result: dict[str, Any] = dict(_score_quotes(articles, ours))
    result["baseline"] = _score_quotes(articles, baseline)
    result["articles"] = len(articles)
    result["split"] = split
    result["gold_direct_quotes"] = sum(len(a[2]) for a in articles)
    return result


# -- PLOVER ----------------------------------------------------------------------------------

_ACTOR_STOP = frozenset(
    [
        "the",
        "of",
        "and",
        "for",
        "in",
        "a",
        "an",
        "government",
        "officials",
        "official",
        "president",
        "minister",
        "leader",
        "leaders",
        "forces",
        "group",
        "state",
        "new",
        "senior",
        "national",
        "foreign",
        "prime",
    ]
)


def _actor_match(pred: Iterable[str], gold: list[dict[str, Any]]) -> bool:
    for p in pred:
        country = lookup_country(p)
        p_words = {w.lower() for w in _WORD.findall(p)} - _ACTOR_STOP
        for g in gold:
            code = str(g.get("code") or "")
            if country is not None and code[:3] == country.iso3:
                return True
            g_words = {w.lower() for w in _WORD.findall(str(g.get("actorText") or ""))}
            g_words -= _ACTOR_STOP
            if p_words & g_words:
                return True
            g_country = lookup_country(str(g.get("actorText") or ""))
            if country is not None and g_country is not None and g_country == country:
                return True
    return False


def _gold_actors(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, dict) and (v.get("actorText") or "").strip()]


def plover_eval(shared: Path, *, every: int = 1, model: str = _MODEL) -> dict[str, Any]:
    """Event type and actors on the PLOVER gold records, ours beside the keyword baseline."""
    records = [
        r
        for r in json.loads((shared / _PLOVER).read_text(encoding="utf-8"))
        if isinstance(r, dict) and r.get("text") and r.get("event") != "DOCUMENT"
    ][::every]
    nlp = load_pipeline(model)
    verbs = lexicon()["verbs"]
    ours = {"coded": 0, "right": 0, "slots": 0, "slots_right": 0}
    # The lexicon and rules were tuned looking at even-numbered records only; odd-numbered
    # records are reported apart as a held-out half.
    halves = {
        "tuning": {"n": 0, "coded": 0, "right": 0},
        "heldout": {"n": 0, "coded": 0, "right": 0},
    }
    base = {"coded": 0, "right": 0}
    confusion: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for index, (record, doc) in enumerate(
        zip(records, nlp.pipe([r["text"] for r in records], batch_size=32), strict=True)
    ):
        gold_type = record["event"]
        half = halves["tuning" if (index * every) % 2 == 0 else "heldout"]
        half["n"] += 1
        actors = build_actors(doc)
        events = [e for s in doc.sents for e in sentence_events(s, actors) if not e.negated]
        events.sort(key=lambda e: (e.depth, e.trigger.i))
        if events:
            ev = events[0]
            ours["coded"] += 1
            half["coded"] += 1
            confusion[gold_type][ev.type] += 1
            if ev.type == gold_type:
                ours["right"] += 1
                half["right"] += 1
                for side, pred in (("source", ev.sources), ("target", ev.targets)):
                    gold = _gold_actors(record.get(side))
                    if not gold:
                        continue
                    ours["slots"] += 1
                    other = ev.targets if side == "source" else ev.sources
                    ours["slots_right"] += _actor_match(pred, gold) or (
                        not pred and _actor_match(other, gold)
                    )
        else:
            confusion[gold_type]["none"] += 1
        keyword = next((verbs[t.lemma_.lower()] for t in doc if t.lemma_.lower() in verbs), None)
        if keyword is not None:
            base["coded"] += 1
            base["right"] += keyword == gold_type
    n = len(records)
    return {
        "relation_precision": round(ours["right"] / ours["coded"], 4) if ours["coded"] else 0.0,
        "relation_recall": round(ours["right"] / n, 4) if n else 0.0,
        "actor_accuracy": round(ours["slots_right"] / ours["slots"], 4) if ours["slots"] else 0.0,
        "records": n,
        "coded": ours["coded"],
        "baseline": {
            "relation_precision": round(base["right"] / base["coded"], 4) if base["coded"] else 0.0,
            "relation_recall": round(base["right"] / n, 4) if n else 0.0,
        },
        "halves": {
            name: {
                "records": h["n"],
                "relation_precision": round(h["right"] / h["coded"], 4) if h["coded"] else 0.0,
                "relation_recall": round(h["right"] / h["n"], 4) if h["n"] else 0.0,
            }
            for name, h in halves.items()
        },
        "confusion": {k: dict(v) for k, v in sorted(confusion.items())},
    }


# -- demo gold -------------------------------------------------------------------------------


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"[\"'.,;:!?—–-]", " ", text.lower())
    return re.sub(r"\s+", " ", text).strip()


def demo_gold_eval(*, model: str = _MODEL, processes: int = 2) -> dict[str, Any]:
    """Ingest and enrich the demo corpus, then look for every gold quote, claim, relation."""
    from newsbeat.demo import corpus_path, gold_path
    from newsbeat.importers.ingest import ingest

    gold = json.loads(Path(gold_path()).read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "demo.db")
        try:
            ingest(store, [corpus_path()])
            settings = Settings(
                store=StoreSettings(db=str(Path(tmp) / "demo.db")),
                enrich=EnrichSettings(spacy_model=model, processes=processes),
            )
            enrich_stage(store, settings, RunOptions(quiet=True))
            by_key: dict[str, int] = {}
            enrichments = {}
            for article in store.iter_articles():
                assert article.id is not None
                for prov in article.provenance:
                    rel = prov.location.split("/corpus/", 1)[-1]
                    by_key[f"{rel}::{article.title}"] = article.id
                enrichments[article.id] = store.get_enrichment(article.id)
        finally:
            store.close()
    aliases: dict[str, str] = {}
    for name, actor in gold.get("actors", {}).items():
        for alias in [name, *actor.get("aliases", [])]:
            aliases[_norm(alias)] = name

    def canon(name: str | None) -> str:
        n = _norm(name or "")
        return aliases.get(n, aliases.get(n.removeprefix("the "), n))

    missing: dict[str, list[str]] = {"quotes": [], "speakers": [], "claims": [], "relations": []}
    counts = {"quotes": 0, "speakers": 0, "claims": 0, "relations": 0}
    for q in gold.get("quotes", []):
        e = enrichments.get(by_key.get(q["article"], -1))
        texts = [_norm(t) for t in q.get("text_contains", [])]
        hits = [x for x in (e.quotes if e else []) if all(t in _norm(x.text) for t in texts)]
        if hits:
            counts["quotes"] += 1
        else:
            missing["quotes"].append(q["id"])
        if any(canon(x.speaker) == canon(q["speaker"]) for x in hits):
            counts["speakers"] += 1
        else:
            missing["speakers"].append(q["id"])
    for c in gold.get("claims", []):
        e = enrichments.get(by_key.get(c["article"], -1))
        want = _norm(c.get("sentence_contains", ""))
        value = c.get("value")
        ok = False
        for claim in e.claims if e else []:
            if want not in _norm(claim.sentence):
                continue
            lo = claim.low if claim.low is not None else float("-inf")
            hi = claim.high if claim.high is not None else float("inf")
            if (
                value is not None
                and lo <= float(value) <= hi
                and ((c.get("high") is None) == (claim.high is None))
            ):
                ok = True
                break
        counts["claims"] += ok
        if not ok:
            missing["claims"].append(c["id"])
    for r in gold.get("relations", []):
        e = enrichments.get(by_key.get(r["article"], -1))
        types = set(r.get("accept_types") or [r["type"]])
        sources = {canon(s) for s in r.get("source", [])}
        targets = {canon(t) for t in r.get("target", [])}
        evidence = _norm(r.get("evidence", ""))
        ok = False
        for x in e.relations if e else []:
            # Found means found where the gold says it is said, not anywhere in the article.
            if x.negated or x.type not in types or evidence not in _norm(x.evidence):
                continue
            s, t = canon(x.source), canon(x.target)
            if (s in sources and (not targets or t in targets)) or (
                r.get("symmetric") and t in sources and s in targets
            ):
                ok = True
                break
        counts["relations"] += ok
        if not ok:
            missing["relations"].append(r["id"])
    totals = {
        "quotes": len(gold.get("quotes", [])),
        "speakers": len(gold.get("quotes", [])),
        "claims": len(gold.get("claims", [])),
        "relations": len(gold.get("relations", [])),
    }
    return {
        **{f"{k}_found": counts[k] for k in counts},
        **{f"{k}_total": totals[k] for k in totals},
        "missing": missing,
    }


# -- speed -----------------------------------------------------------------------------------


def speed_eval(
    shared: Path, *, runs: int = 3, model: str = _MODEL, processes: int = 2
) -> dict[str, Any]:
    """Articles per second of the whole enrich stage on the PolNeAR test articles."""
    articles = load_polnear(shared, "test")
    load_pipeline(model)
    rates = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "speed.db"
            store = SQLiteStore(db)
            try:
                store.add_articles(
                    [
                        Article(title=name, text=text, url=f"https://bench.invalid/{name}")
                        for name, text, _ in articles
                    ]
                )
                settings = Settings(
                    store=StoreSettings(db=str(db)),
                    enrich=EnrichSettings(spacy_model=model, processes=processes),
                )
                start = time.perf_counter()
                result = enrich_stage(store, settings, RunOptions(quiet=True))
                elapsed = time.perf_counter() - start
            finally:
                store.close()
        done = int(result.counts.get("enriched", 0)) + int(result.counts.get("skipped", 0))
        rates.append(done / elapsed)
    words = sum(len(text.split()) for _, text, _ in articles) / max(1, len(articles))
    costs = cost_breakdown([text for _, text, _ in articles[:40]], model=model)
    spacy_ms = sum(v for k, v in costs.items() if not k.startswith("analysis:"))
    return {
        "articles_per_s": round(statistics.median(rates), 2),
        "runs_articles_per_s": [round(r, 2) for r in rates],
        "articles": len(articles),
        "mean_words_per_article": round(words),
        "words_per_s": round(statistics.median(rates) * words),
        "processes": processes,
        "cpu_ms_per_article": costs,
        # What spaCy alone allows on this many cores, before any analysis of ours.
        "spacy_only_articles_per_s": round(processes * 1000.0 / spacy_ms, 2) if spacy_ms else None,
    }


def cost_breakdown(texts: Sequence[str], *, model: str = _MODEL) -> dict[str, float]:
    """CPU milliseconds per article of each spaCy component and of each analysis step, one
    process, one article at a time (as ``nlp.pipe`` runs them; batching made no difference)."""
    nlp = load_pipeline(model)
    spent: dict[str, float] = defaultdict(float)
    mark = time.process_time()

    def lap(name: str) -> None:
        """Charge the CPU time since the last lap to ``name``."""
        nonlocal mark
        now = time.process_time()
        spent[name] += now - mark
        mark = now

    for text in texts:
        lap("(between articles)")
        doc = nlp.make_doc(mask_datelines(text))
        lap("tokenizer")
        for name, component in nlp.pipeline:
            doc = component(doc)
            lap(name)
        actors = build_actors(doc)
        lap("analysis: actors")
        found = extract_quotes(doc, actors)
        lap("analysis: quotes")
        extract_claims(doc, actors, found)
        lap("analysis: claims")
        extract_relations(
            doc, actors, quoted=[(q.start, q.end) for q in found if q.kind == "direct"]
        )
        lap("analysis: relations")
    spent.pop("(between articles)", None)
    n = max(1, len(texts))
    return {name: round(1000.0 * seconds / n, 1) for name, seconds in spent.items()}


def run_enrich_bench(options: EnrichBenchOptions) -> dict[str, Any]:
    """Every measurement of ``newsbeat bench enrich``; skips a part whose data is absent."""
    result: dict[str, Any] = {"goals": GOALS, "model": options.model}
    if (options.shared / _POLNEAR).exists():
        quotes = polnear_eval(
            options.shared, split=options.split, sample=options.sample, model=options.model
        )
        result.update({k: quotes[k] for k in ("quote_f1", "speaker_accuracy")})
        result["quotes"] = quotes
    if (options.shared / _PLOVER).exists():
        relations = plover_eval(options.shared, every=options.plover_sample, model=options.model)
        result.update(
            {k: relations[k] for k in ("relation_precision", "relation_recall", "actor_accuracy")}
        )
        result["relations"] = relations
    if options.demo:
        result["demo"] = demo_gold_eval(model=options.model, processes=options.processes)
    if options.speed and (options.shared / _POLNEAR).exists():
        speed = speed_eval(
            options.shared, runs=options.runs, model=options.model, processes=options.processes
        )
        result["articles_per_s"] = speed["articles_per_s"]
        result["speed"] = speed
    result["machine"] = {"python": platform.python_version(), "platform": platform.platform()}
    return result
