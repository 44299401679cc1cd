"""The real-news gold set: its items, where they are kept, and the corpus they are keyed to.

The gold (``bench/realnews_gold/*.jsonl``, guidelines in ``docs/realnews-annotation.md``) holds
no article text: each item names a document and a character offset, with a short span of the
text found there (at most a dozen words) that the loader checks against the corpus. A key that
does not match fails loudly, naming the file, the item and what was found instead.

Documents come from ``../shared/benchmarks``: ECB+ (``<topic>_<n>ecb[plus]``; train and dev
topics only, test topics 36-45 are refused), the pages of the article-extraction benchmark
(``page:<first hex digits of the page id>``, keyed to the page's reference body text) and the
PolNeAR train articles (``polnear:<file name without .txt>``, read from the PolNeAR tarball;
dev, test and annotator-training articles are refused). Each source is read only when the gold
names a document of it. A gold folder may instead carry its own ``corpus.jsonl`` (``{"doc",
"text", "group"}`` rows): the tests use that with invented documents.

Twelve splits share this loader: ``tuning`` (the folder itself: the items the analysis rules were
chosen on), ``heldout`` (its ``heldout/`` sub-folder: other ECB+ sub-topics and pages, annotated
later by another reader; ids prefixed ``h``; read once scored, so no longer held out),
``heldout2`` (``heldout2/``: yet other sub-topics and pages, annotated before the tool was run on
them; ids prefixed ``k``; read once scored), ``heldout3`` (``heldout3/``: ECB+ topics 13, 18 and
28 and pages no other split uses, annotated from the text before the tool was run on them; ids
prefixed ``m``; read once scored), ``heldout4`` (``heldout4/``: ECB+ sub-topics 5_ecb,
7_ecbplus, 14_ecbplus, 25_ecb, 27_ecbplus and 30_ecbplus and the pages no other split uses,
annotated from the text before the tool was run on them; ids prefixed ``n``; read once scored),
``heldout5`` (``heldout5/``: ECB+ sub-topics 4_ecbplus, 8_ecb, 10_ecb, 22_ecb, 27_ecb and
34_ecb, no page, annotated from the text before the tool was run on them; ids prefixed ``p``;
read once scored) and ``heldout6`` (``heldout6/``: ECB+ sub-topics 5_ecbplus, 7_ecb, 8_ecbplus,
14_ecb, 25_ecbplus and 34_ecbplus, no page, annotated from the text before the tool was run on
them; ids prefixed ``q``; read once scored) and ``heldout7`` (``heldout7/``: 28 PolNeAR train
articles, 4 of each publisher, US 2016 election news, annotated from the text before the tool
was run on them; no conflict items, since the articles are not grouped into stories; ids
prefixed ``r``; read once scored) and ``heldout8`` (``heldout8/``: 28 other PolNeAR train
articles, 4 of each publisher, plus the articles a larger second relation stratum drew from,
annotated from the text before the tool was run on them; no conflict items; ids prefixed ``s``;
read once scored) and ``heldout9`` (``heldout9/``: ECB+ sub-topics 1_ecbplus, 10_ecbplus,
16_ecbplus, 19_ecb, 19_ecbplus and 30_ecb and the twelve extraction-benchmark pages no other
split uses, annotated from the text before the tool was run on them; ids prefixed ``t``; its
conflict items come from another annotator in the same folder) and ``heldout10``
(``heldout10/``: conflicts of ECB+ sub-topics 1_ecb, 4_ecb, 22_ecbplus, 29_ecb, 29_ecbplus,
31_ecb and 31_ecbplus (ids prefixed ``uc``) and PolNeAR train articles of the partition
reserved for it (relations, quotes and entities; ids prefixed ``u``), each annotated from
the text before the tool was run on them) and ``heldout11`` (``heldout11/``: conflicts of ECB+
sub-topic 16_ecb (ids prefixed ``vc``) and 60 PolNeAR train articles no earlier gold or reading
sample used (relations, quotes and entities; ids prefixed ``v``), annotated from the text before
the tool was run on them).
"""

from __future__ import annotations

import gzip
import json
import tarfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from newsbeat.exceptions import NewsbeatError

__all__ = [
    "ENTITY_TYPES",
    "HELDOUT_SPLITS",
    "POLNEAR_FILE",
    "RELATION_TYPES",
    "SPLITS",
    "ConflictItem",
    "Corpus",
    "EntityItem",
    "Gold",
    "GoldError",
    "GoldRelation",
    "NumberKey",
    "QuoteItem",
    "RelationSentence",
    "default_gold_dir",
    "default_shared_dir",
    "group_of",
    "load_corpus",
    "load_gold",
    "pool_golds",
    "resolve_keys",
    "split_dir",
]

ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NOT_ENTITY"})
RELATION_TYPES = frozenset(
    {"cooperate", "aid", "meet", "demand", "criticise", "threaten", "coerce", "fight", "other"}
)
CONFLICT_LABELS = frozenset({"conflict", "hedge", "precision", "part", "different", "update"})
MAX_SPAN_WORDS = 12
# The ECB+ file and test topics of newsbeat.bench.ecbplus, without importing its sklearn.
ECB_FILE = "ecbplus_docs.jsonl.gz"
TEST_TOPICS = frozenset(range(36, 46))
# PolNeAR (evaluation data only: no licence stated); only its train articles may be gold.
POLNEAR_FILE = Path("quotes/polnear/PolNeAR_v1.0.0_text_attributions.tar.gz")
POLNEAR_PREFIX = "polnear:"
CORPUS_FILE = "corpus.jsonl"
# The gold's splits: the tuning items in the folder itself, each held-out set in a sub-folder.
SPLITS = {
    "tuning": "",
    "heldout": "heldout",
    "heldout2": "heldout2",
    "heldout3": "heldout3",
    "heldout4": "heldout4",
    "heldout5": "heldout5",
    "heldout6": "heldout6",
    "heldout7": "heldout7",
    "heldout8": "heldout8",
    "heldout9": "heldout9",
    "heldout10": "heldout10",
    "heldout11": "heldout11",
}
HELDOUT_SPLITS = (
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
)

_T = TypeVar("_T")


class GoldError(NewsbeatError):
    """The gold set is malformed or one of its keys does not match the corpus."""


@dataclass(frozen=True, kw_only=True)
class NumberKey:
    """One side of a conflict item: a number in a document, and its value."""

    doc: str
    at: int
    span: str
    value: float


@dataclass(frozen=True, kw_only=True)
class ConflictItem:
    """Two figures of one story (``group``): a real disagreement (``label`` ``conflict``) or a
    look-alike (``hedge``, ``precision``, ``part``, ``different``, ``update``)."""

    id: str
    group: str
    label: str
    what: str
    a: NumberKey
    b: NumberKey

    @property
    def is_conflict(self) -> bool:
        """Whether the two figures disagree."""
        return self.label == "conflict"


@dataclass(frozen=True, kw_only=True)
class GoldRelation:
    """A relation a sentence states: source acts on target (``symmetric``: either way)."""

    source: str
    target: str
    type: str
    optional: bool = False
    symmetric: bool = False


@dataclass(frozen=True, kw_only=True)
class RelationSentence:
    """A sampled sentence ``[at, end)`` and every relation between named actors it states."""

    id: str
    doc: str
    at: int
    end: int
    span: str
    relations: tuple[GoldRelation, ...] = ()


@dataclass(frozen=True, kw_only=True)
class QuoteItem:
    """A quote whose content starts at ``at``; who said it (``aliases``: other names of them)."""

    id: str
    doc: str
    at: int
    span: str
    speaker: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every accepted name of the speaker."""
        return (self.speaker, *self.aliases)


@dataclass(frozen=True, kw_only=True)
class EntityItem:
    """A span and its type: PERSON, ORG, GPE or NOT_ENTITY."""

    id: str
    doc: str
    at: int
    span: str
    type: str


@dataclass(kw_only=True)
class Gold:
    """The whole gold set."""

    conflicts: list[ConflictItem] = field(default_factory=list)
    relations: list[RelationSentence] = field(default_factory=list)
    quotes: list[QuoteItem] = field(default_factory=list)
    entities: list[EntityItem] = field(default_factory=list)
    folder: Path | None = None

    def doc_ids(self) -> set[str]:
        """Every document an item names."""
        ids: set[str] = set()
        for c in self.conflicts:
            ids.update((c.a.doc, c.b.doc))
        ids.update(s.doc for s in self.relations)
        ids.update(q.doc for q in self.quotes)
        ids.update(e.doc for e in self.entities)
        return ids

    def groups(self) -> list[str]:
        """The stories (ECB+ sub-topics) whose conflicts were annotated, in gold order."""
        return list(dict.fromkeys(c.group for c in self.conflicts))


@dataclass(kw_only=True)
class Corpus:
    """Document texts by id, and each document's story (None when it has none)."""

    texts: dict[str, str] = field(default_factory=dict)
    groups: dict[str, str | None] = field(default_factory=dict)

    def members(self, group: str) -> list[str]:
        """The documents of one story, in id order."""
        return sorted((d for d, g in self.groups.items() if g == group), key=_doc_order)


def pool_golds(golds: Sequence[Gold]) -> Gold:
    """One gold holding every item of ``golds`` (the held-out splits scored as one set, so that
    a rate rests on all their items rather than on one split's dozen disputes).

    Raises:
        GoldError: two golds use one item id.
    """
    pooled = Gold(
        conflicts=[item for gold in golds for item in gold.conflicts],
        relations=[item for gold in golds for item in gold.relations],
        quotes=[item for gold in golds for item in gold.quotes],
        entities=[item for gold in golds for item in gold.entities],
    )
    ids = Counter(
        item.id
        for items in (pooled.conflicts, pooled.relations, pooled.quotes, pooled.entities)
        for item in items
    )
    twice = sorted(i for i, n in ids.items() if n > 1)
    if twice:
        raise GoldError(f"item ids in two splits of the gold: {', '.join(twice)}")
    return pooled


def default_shared_dir() -> Path:
    """``<repo>/../shared`` (the repo is found from this file)."""
    return Path(__file__).resolve().parents[3].parent / "shared"


def default_gold_dir(split: str = "tuning") -> Path:
    """The gold shipped with the package (``split``: one of :data:`SPLITS`)."""
    return split_dir(Path(str(resources.files("newsbeat").joinpath("bench/realnews_gold"))), split)


def split_dir(folder: Path, split: str) -> Path:
    """The folder of one split of the gold kept in ``folder``.

    Raises:
        GoldError: the split is not one of :data:`SPLITS`.
    """
    if split not in SPLITS:
        raise GoldError(f"gold split {split!r} is not one of {sorted(SPLITS)}")
    return folder / SPLITS[split] if SPLITS[split] else folder


def group_of(doc: str) -> str | None:
    """The ECB+ sub-topic of a document id (``20_3ecbplus`` -> ``20_ecbplus``); None else."""
    if doc.startswith(("page:", POLNEAR_PREFIX)) or "_" not in doc:
        return None
    topic, rest = doc.split("_", 1)
    return f"{topic}_{'ecbplus' if rest.endswith('ecbplus') else 'ecb'}"


def _doc_order(doc: str) -> tuple[int, int, str]:
    topic, _, rest = doc.partition("_")
    digits = "".join(ch for ch in rest if ch.isdigit())
    return (int(topic) if topic.isdigit() else 0, int(digits) if digits else 0, doc)


def _rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as exc:
                raise GoldError(f"{path}: line {number}: not JSON: {exc}") from exc
            if not isinstance(row, dict):
                raise GoldError(f"{path}: line {number}: not a JSON object")
            yield number, row


def _field(row: dict[str, Any], name: str, kind: type, where: str) -> Any:
    value = row.get(name)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise GoldError(f"{where}: {name!r} missing or not {kind.__name__}")
    return value


# A field reader: (the row, the field's name, where) -> the value.
_Reader = Callable[[dict[str, Any], str, str], Any]


def _one_of(allowed: frozenset[str], what: str) -> _Reader:
    def read(row: dict[str, Any], name: str, where: str) -> str:
        value: str = _field(row, name, str, where)
        if value not in allowed:
            raise GoldError(f"{where}: {what} {value!r} is not one of {sorted(allowed)}")
        return value

    return read


def _optional(default: bool | str) -> _Reader:
    return lambda row, name, where: type(default)(row.get(name, default))


def _list_of(item: type) -> _Reader:
    def read(row: dict[str, Any], name: str, where: str) -> tuple[Any, ...]:
        items = row.get(name, [])
        if not isinstance(items, list):
            raise GoldError(f"{where}: {name!r} is not a list")
        if item is str:
            if not all(isinstance(i, str) for i in items):
                raise GoldError(f"{where}: {name!r} is not a list of names")
            return tuple(items)
        return tuple(_read(item, i, f"{where} {name}") for i in items)

    return read


def _side(row: dict[str, Any], name: str, where: str) -> NumberKey:
    return _read(NumberKey, row.get(name), f"{where} side {name}")


def _subtopic(row: dict[str, Any], name: str, where: str) -> str:
    group = row.get("subtopic") or group_of(row["a"]["doc"])  # side a was read before
    if not isinstance(group, str):
        raise GoldError(f"{where}: no sub-topic")
    return group


# Each kind of gold item: its fields in the order they are checked, each with its type (then it
# is required) or its reader. Most items are keyed by a document, an offset and a span.
_KEY: dict[str, type | _Reader] = {"id": str, "doc": str, "at": int, "span": str}
_FIELDS: dict[type, dict[str, type | _Reader]] = {
    NumberKey: {"doc": str, "at": int, "span": str, "value": float},
    ConflictItem: {
        "label": _one_of(CONFLICT_LABELS, "label"),
        "a": _side,
        "b": _side,
        "group": _subtopic,
        "id": str,
        "what": _optional(""),
    },
    GoldRelation: {
        "type": _one_of(RELATION_TYPES, "relation type"),
        "source": str,
        "target": str,
        "optional": _optional(False),
        "symmetric": _optional(False),
    },
    RelationSentence: {"relations": _list_of(GoldRelation), **_KEY, "end": int},
    QuoteItem: {"aliases": _list_of(str), **_KEY, "speaker": str},
    EntityItem: {"type": _one_of(ENTITY_TYPES, "entity type"), **_KEY},
}


def _read(kind: type[_T], row: Any, where: str) -> _T:
    """One gold item of ``kind`` from its JSON object, every field checked."""
    if not isinstance(row, dict):
        raise GoldError(f"{where}: not an object")
    values = {
        name: _field(row, name, spec, where) if isinstance(spec, type) else spec(row, name, where)
        for name, spec in _FIELDS[kind].items()
    }
    return kind(**values)


_conflict = partial(_read, ConflictItem)
_sentence = partial(_read, RelationSentence)
_quote = partial(_read, QuoteItem)
_entity = partial(_read, EntityItem)


def load_gold(folder: Path | None = None, split: str = "tuning") -> Gold:
    """Read the gold set (every kind whose file is present).

    Args:
        folder: the gold folder (default: the one shipped in the package).
        split: ``tuning`` (the folder's own files), ``heldout``, ``heldout2``, ``heldout3``,
            ``heldout4``, ``heldout5``, ``heldout6``, ``heldout7``, ``heldout8``, ``heldout9``,
            ``heldout10`` or ``heldout11`` (the sub-folder of that name).

    Raises:
        GoldError: a file is malformed (the message names the file and line), the folder is
            missing or the split unknown.
    """
    folder = split_dir(folder or default_gold_dir(), split)
    if not folder.is_dir():
        raise GoldError(f"{folder}: gold folder not found")
    gold = Gold(folder=folder)
    files: list[tuple[str, Callable[[dict[str, Any], str], Any], list[Any]]] = [
        ("conflicts.jsonl", _conflict, gold.conflicts),
        ("relations.jsonl", _sentence, gold.relations),
        ("quotes.jsonl", _quote, gold.quotes),
        ("entities.jsonl", _entity, gold.entities),
    ]
    for name, read, into in files:
        path = folder / name
        if path.exists():
            for number, row in _rows(path):
                into.append(read(row, f"{path}: line {number}"))
    return gold


def _ecb_docs(path: Path, wanted: set[str]) -> Iterator[tuple[str, str, str]]:
    """(doc, text, sub-topic) of ECB+ train/dev documents; the wanted ids and their stories."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["split"] == "test" or not row["in_coref_sentence_index"]:
                continue
            yield row["doc_id"], row["text"], row["subtopic"]


def _polnear_docs(path: Path, wanted: set[str]) -> Iterator[tuple[str, str]]:
    """(doc, text) of the wanted PolNeAR documents; any of them outside the train split is
    refused (its dev and test articles score the speakers; the annotators' training ones are
    not news of the sample)."""
    names = {d.removeprefix(POLNEAR_PREFIX) for d in wanted if d.startswith(POLNEAR_PREFIX)}
    with tarfile.open(path) as tar:
        for member in tar:
            parts = member.name.split("/")
            if not member.isfile() or parts[-2:-1] != ["text"] or not parts[-1].endswith(".txt"):
                continue
            name, split = parts[-1].removesuffix(".txt"), parts[-3]
            if name not in names:
                continue
            if split != "train":
                raise GoldError(
                    f"{POLNEAR_PREFIX}{name}: a PolNeAR {split} article; only train articles "
                    "may be in the gold"
                )
            handle = tar.extractfile(member)
            if handle is not None:
                yield POLNEAR_PREFIX + name, handle.read().decode("utf-8")


def _need(path: Path) -> Path:
    if not path.exists():
        raise GoldError(f"{path}: benchmark file not found (is ../shared present?)")
    return path


def _refuse_test_topics(ids: Iterable[str]) -> None:
    for doc in ids:
        group = group_of(doc)
        if group is not None and int(group.split("_")[0]) in TEST_TOPICS:
            raise GoldError(f"{doc}: ECB+ test topics (36-45) must stay out of the gold")


def load_corpus(gold: Gold, shared: Path | None = None) -> Corpus:
    """The documents the gold names, plus every document of its annotated stories.

    Args:
        gold: the gold set.
        shared: the shared benchmark folder (default: ``../shared`` beside the repo); unused
            when the gold folder carries its own ``corpus.jsonl``.

    Raises:
        GoldError: a document is missing, or the benchmark files are absent.
    """
    corpus = Corpus()
    own = gold.folder / CORPUS_FILE if gold.folder else None
    wanted = gold.doc_ids()
    groups = set(gold.groups())
    if own is not None and own.exists():
        for number, row in _rows(own):
            where = f"{own}: line {number}"
            doc = _field(row, "doc", str, where)
            corpus.texts[doc] = _field(row, "text", str, where)
            group = row.get("group")
            corpus.groups[doc] = group if isinstance(group, str) else None
    else:
        _refuse_test_topics(wanted)
        benchmarks = (shared or default_shared_dir()) / "benchmarks"
        page_ids = sorted(d for d in wanted if d.startswith("page:"))
        if groups or any(group_of(d) for d in wanted):
            ecb = _need(benchmarks / "news-clustering" / "ecbplus" / ECB_FILE)
            for doc, text, subtopic in _ecb_docs(ecb, wanted):
                if doc in wanted or subtopic in groups:
                    corpus.texts[doc] = text
                    corpus.groups[doc] = subtopic
        if page_ids:
            pages = _need(benchmarks / "article-extraction" / "ground-truth.json")
            bodies = json.loads(pages.read_text(encoding="utf-8"))
            for doc in page_ids:
                ids = [k for k in bodies if k.startswith(doc[5:])]
                if len(ids) != 1:
                    raise GoldError(
                        f"{doc}: {len(ids)} extraction-benchmark pages have this id prefix"
                    )
                corpus.texts[doc] = bodies[ids[0]]["articleBody"]
                corpus.groups[doc] = None
        if any(d.startswith(POLNEAR_PREFIX) for d in wanted):
            for doc, text in _polnear_docs(_need(benchmarks / POLNEAR_FILE), wanted):
                corpus.texts[doc] = text
                corpus.groups[doc] = None
    missing = sorted(wanted - corpus.texts.keys())
    if missing:
        raise GoldError(f"documents not found in the corpus: {', '.join(missing[:10])}")
    return corpus


def _check(text: str, at: int, span: str, where: str) -> str | None:
    if len(span.split()) > MAX_SPAN_WORDS:
        return f"{where}: span has more than {MAX_SPAN_WORDS} words"
    found = text[at : at + len(span)]
    if at < 0 or found != span:
        return f"{where}: expected {span!r} at {at}, found {found!r}"
    return None


def resolve_keys(gold: Gold, corpus: Corpus) -> int:
    """Check every key of the gold against the corpus.

    Returns:
        The number of keys checked.

    Raises:
        GoldError: some keys do not match (all of them are listed, up to 20).
    """
    errors: list[str] = []
    checked = 0

    def check(doc: str, at: int, span: str, where: str) -> None:
        nonlocal checked
        checked += 1
        text = corpus.texts.get(doc)
        problem = f"{where}: document {doc} not in the corpus" if text is None else None
        problem = problem or _check(text or "", at, span, f"{where} ({doc})")
        if problem:
            errors.append(problem)

    for c in gold.conflicts:
        check(c.a.doc, c.a.at, c.a.span, f"conflicts {c.id} side a")
        check(c.b.doc, c.b.at, c.b.span, f"conflicts {c.id} side b")
    for s in gold.relations:
        check(s.doc, s.at, s.span, f"relations {s.id}")
        text = corpus.texts.get(s.doc, "")
        if not s.at < s.end <= len(text):
            errors.append(f"relations {s.id}: sentence end {s.end} outside the document")
    for q in gold.quotes:
        check(q.doc, q.at, q.span, f"quotes {q.id}")
    for e in gold.entities:
        check(e.doc, e.at, e.span, f"entities {e.id}")
    if errors:
        more = f" (and {len(errors) - 20} more)" if len(errors) > 20 else ""
        raise GoldError("gold keys do not match the corpus:\n" + "\n".join(errors[:20]) + more)
    return checked
