"""The parse of an article as plain per-token columns, read once per doc.

spaCy makes a new ``Token`` object at each ``doc[i]`` and each step of ``for tok in doc``, and
each ``tok.lower_`` or ``tok.pos_`` looks its string up again; the rules made ~39 such objects
per token. A rule that can only fire on a few tokens (a verb, a noun of a lexicon, a
number-like word) finds them here first: the doc's attributes as lists of integer ids
(``Doc.to_array``, no objects), kept in the doc's ``user_data`` like its text
(:mod:`~newsbeat.enrich.doc_text`), compared with the ids of the words a rule looks for
(:func:`word_ids`); only the candidates are then read as tokens.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from typing import TYPE_CHECKING, Any, cast

from newsbeat.enrich.doc_text import doc_text

if TYPE_CHECKING:
    import numpy as np
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "Children",
    "DocArrays",
    "EntRows",
    "Sentences",
    "alphas",
    "children",
    "conjuncts",
    "dep_id",
    "doc_arrays",
    "doc_ents",
    "ent_rows",
    "expanded_bounds",
    "forget_spans",
    "forget_strings",
    "heads",
    "indices_in",
    "keep_sentences",
    "kept_spans",
    "labels_within",
    "lemmas_lower",
    "like_nums",
    "lower_flags",
    "lowers",
    "pos_id",
    "puncts",
    "quote_flags",
    "sent_start_flags",
    "sentence_bounds",
    "sentence_of",
    "sentences",
    "spaces",
    "span_ents",
    "span_root",
    "texts",
    "token_offsets",
    "with_dep",
    "with_digit",
    "with_pos",
    "word_flags",
    "word_ids",
    "words_text",
]

_KEY = "newsbeat_arrays"
_DIGITS_KEY = "newsbeat_digits"
_ENTS_KEY = "newsbeat_ents"


@dataclass(frozen=True)
class DocArrays:
    """A doc's per-token ids, one list per attribute, indexed by token.

    Attributes:
        pos: the coarse part of speech (``spacy.symbols`` ids: ``VERB``, ``NOUN``...).
        lower: the lower-cased text's id (``tok.lower_``'s hash).
        lemma: the lemma's id (``tok.lemma_``'s hash, not lower-cased).
        shape: the id of the word's shape (``tok.shape_``: "Xxxx", "dd,ddd").
        orth: the text's id (``tok.text``'s hash).
        spacy: 1 when a space follows the token (``tok.whitespace_``), else 0.
        dep: the dependency label's id (``tok.dep_``'s hash).
    """

    pos: list[int]
    lower: list[int]
    lemma: list[int]
    shape: list[int]
    orth: list[int]
    spacy: list[int]
    dep: list[int]


def doc_arrays(doc: Doc) -> DocArrays:
    """The doc's columns, read on the first call for this doc and kept with it."""
    try:
        return doc.user_data[_KEY]
    except KeyError:
        pass
    found = doc.user_data[_KEY] = DocArrays(*_matrix(doc)[:, :_ARRAY_COLUMNS].T.tolist())
    return found


_MATRIX_KEY = "newsbeat_matrix"
# The columns of _matrix: DocArrays's seven, then HEAD, IDX, SENT_START, IS_PUNCT, IS_SPACE,
# LENGTH, LIKE_NUM, IS_ALPHA, IS_LOWER, IS_QUOTE.
_ARRAY_COLUMNS = 7
_LOWER, _LEMMA, _ORTH, _SPACY, _DEP = 1, 2, 4, 5, 6  # DocArrays's lower, lemma, orth, spacy, dep
(_HEAD, _IDX, _SENT_START, _IS_PUNCT, _IS_SPACE, _LENGTH, _LIKE_NUM, _IS_ALPHA, _IS_LOWER,
 _IS_QUOTE) = range(_ARRAY_COLUMNS, _ARRAY_COLUMNS + 10)  # fmt: skip


def _matrix(doc: Doc) -> np.ndarray[Any, Any]:
    """Every per-token attribute the tables here read, from one ``Doc.to_array`` call per
    doc (unsigned, as spaCy gives them), kept with the doc: each table is then a column of it
    (one spaCy call and one walk of the tokens instead of four)."""
    try:
        return doc.user_data[_MATRIX_KEY]
    except KeyError:
        pass
    import numpy
    from spacy.attrs import (  # loaded with a parse
        DEP,
        HEAD,
        IDX,
        IS_ALPHA,
        IS_LOWER,
        IS_PUNCT,
        IS_QUOTE,
        IS_SPACE,
        LEMMA,
        LENGTH,
        LIKE_NUM,
        LOWER,
        ORTH,
        POS,
        SENT_START,
        SHAPE,
        SPACY,
    )

    attrs = [POS, LOWER, LEMMA, SHAPE, ORTH, SPACY, DEP]
    attrs += [HEAD, IDX, SENT_START, IS_PUNCT, IS_SPACE, LENGTH, LIKE_NUM, IS_ALPHA, IS_LOWER]
    attrs += [IS_QUOTE]
    found = doc.to_array(attrs) if len(doc) else numpy.zeros((0, len(attrs)), dtype="uint64")
    doc.user_data[_MATRIX_KEY] = found
    return found


_CHILDREN_KEY = "newsbeat_children"


def heads(doc: Doc) -> list[int]:
    """Each token's head's index (``tok.head.i``; a root is its own head)."""
    try:
        return doc.user_data["newsbeat_heads"]
    except KeyError:
        pass
    found = doc.user_data["newsbeat_heads"] = _head_column(doc).tolist()
    return found


def _head_column(doc: Doc) -> np.ndarray[Any, Any]:
    """Each token's head's index as a numpy column."""
    import numpy

    matrix = _matrix(doc)
    # HEAD is the offset to the head, stored unsigned: read back as signed
    offsets = matrix[:, _HEAD].astype("int64")
    return cast("np.ndarray[Any, Any]", numpy.arange(len(matrix)) + offsets)


@dataclass(frozen=True)
class Children:
    """Each token's children's indices, left to right (``[c.i for c in tok.children]``), as
    one flat list grouped by head: ``table[i]`` is token ``i``'s. Two lists per doc, not a
    list per token (containers kept with the doc count toward the cycle collector's runs)."""

    starts: list[int]  # where each token's children begin in ``flat`` (one more at the end)
    flat: list[int]

    def __getitem__(self, i: int) -> list[int]:
        return self.flat[self.starts[i] : self.starts[i + 1]]


def children(doc: Doc) -> Children:
    """The doc's children table (:class:`Children`), read once per doc from its heads, instead
    of a generator and a token object per child at each ``tok.children``."""
    try:
        return doc.user_data[_CHILDREN_KEY]
    except KeyError:
        pass
    import numpy

    head = _head_column(doc)
    n = len(head)
    child = head != numpy.arange(n)  # every token but a root is its head's child
    # a stable sort by head keeps each head's children in text order
    order = numpy.argsort(head, kind="stable")
    starts = numpy.zeros(n + 1, dtype="int64")
    numpy.cumsum(numpy.bincount(head[child], minlength=n), out=starts[1:])
    flat = order[child[order]]
    found = doc.user_data[_CHILDREN_KEY] = Children(starts.tolist(), flat.tolist())
    return found


def conjuncts(doc: Doc, i: int) -> list[int]:
    """The indices of token ``i``'s conjuncts (``[c.i for c in tok.conjuncts]``: up its
    ``conj`` arcs to the first member, then every ``conj`` to the right of a member, the token
    itself left out), read from the doc's columns, without a token object per word."""
    if "conjuncts" in doc.user_token_hooks:
        return [c.i for c in doc[i].conjuncts]
    if i not in _joined(doc):
        return []  # neither a conjunct nor the head of one: most words
    # kept per doc: the list passes of the actors and the relations ask for the same lists
    known: dict[int, list[int]] = doc.user_data.setdefault(_CONJUNCTS_KEY, {})
    if i in known:
        return list(known[i])
    head, kids, dep = heads(doc), children(doc), doc_arrays(doc).dep
    conj = dep_id("conj")
    start = i
    while head[start] != start and dep[start] == conj:
        start = head[start]
    queue = [start]
    output = [start]
    for word in queue:
        for child in kids[word]:
            if child > word and dep[child] == conj:
                output.append(child)
                queue.append(child)
    found = known[i] = [w for w in output if w != i]
    return list(found)


_CONJUNCTS_KEY = "newsbeat_conjuncts"
_JOINED_KEY = "newsbeat_joined"


def _joined(doc: Doc) -> frozenset[int]:
    """The tokens on a ``conj`` arc, either end, kept with the doc: any other token has no
    conjunct (it is not one, and none hangs from it)."""
    try:
        return doc.user_data[_JOINED_KEY]
    except KeyError:
        pass
    import numpy

    # the conj arcs found in numpy: a Python comparison per token would cost more than the rest
    on_arc = numpy.flatnonzero(_matrix(doc)[:, _DEP] == dep_id("conj"))
    found = frozenset(on_arc.tolist()) | frozenset(_head_column(doc)[on_arc].tolist())
    doc.user_data[_JOINED_KEY] = found
    return found


@lru_cache(maxsize=64)
def dep_id(label: str) -> int:
    """The id of a dependency label as :class:`DocArrays` ``dep`` holds it (``tok.dep_ ==
    label`` is ``arrays.dep[tok.i] == dep_id(label)``)."""
    return next(iter(word_ids((label,))))


def with_dep(doc: Doc, label: str) -> list[int]:
    """The indices of the tokens whose dependency label is ``label`` (``tok.dep_ == label``),
    in order, without a token object for each; kept with the doc (the list passes ask for the
    same label several times per article): callers must not change the list."""
    key = f"newsbeat_with_dep_{label}"
    try:
        return doc.user_data[key]
    except KeyError:
        pass
    import numpy

    # one numpy step, not a Python comparison per token
    found = numpy.flatnonzero(_matrix(doc)[:, _DEP] == dep_id(label)).tolist()
    doc.user_data[key] = found
    return cast("list[int]", found)


def with_pos(doc: Doc, pos: int) -> list[int]:
    """The indices of the tokens whose coarse part of speech is ``pos`` (a ``spacy.symbols``
    id: ``tok.pos == pos``), in order, read off the doc's matrix in one numpy step."""
    import numpy

    return cast("list[int]", numpy.flatnonzero(_matrix(doc)[:, 0] == pos).tolist())


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built on the first call for this doc and kept with it until
    :func:`forget_spans`. spaCy builds every entity's ``Span`` again on each ``doc.ents`` and
    ``span.ents``; the rules ask a few times per article and once per claim. The entities
    must not change meanwhile (the analysis never sets them)."""
    try:
        return doc.user_data[_ENTS_KEY]
    except KeyError:
        pass
    found = doc.user_data[_ENTS_KEY] = tuple(doc.ents)
    return found


def span_ents(span: Span) -> list[Span]:
    """``span.ents`` from :func:`doc_ents`: the entities wholly inside the span, as spaCy's
    own walk picks them (from the first that starts in it, up to the first that ends after
    it)."""
    start, end = span.start, span.end
    found = []
    for ent in doc_ents(span.doc):
        if ent.start >= start:
            if ent.end <= end:
                found.append(ent)
            else:
                break
    return found


# The ``user_data`` keys whose values hold the doc's tokens or spans (see :func:`kept_spans`).
_SPAN_KEYS: set[str] = {_ENTS_KEY}


def kept_spans(key: str) -> str:
    """Name a ``user_data`` key whose value holds tokens or spans of the doc, for
    :func:`forget_spans` to drop; returns the key."""
    _SPAN_KEYS.add(key)
    return key


def forget_spans(doc: Doc) -> None:
    """Drop the kept entity spans and every value under a key named by :func:`kept_spans`:
    each token or span refers to the doc, which would then outlive its last use until the
    cycle collector runs (with its raised threshold, after up to a few hundred articles)."""
    for key in _SPAN_KEYS:
        doc.user_data.pop(key, None)


def with_digit(doc: Doc) -> list[bool]:
    """Per token, whether its text may hold a digit: spaCy's shape writes "d" for each
    character that ``str.isdigit`` (so each that ``\\d`` matches), and "LONG" for a word of
    100 characters or more, whatever it holds."""
    try:
        return doc.user_data[_DIGITS_KEY]
    except KeyError:
        pass
    arrays = doc_arrays(doc)
    digits = _SHAPE_DIGITS  # a few thousand shapes in all: kept across docs
    try:
        found = [digits[shape] for shape in arrays.shape]
    except KeyError:
        strings = doc.vocab.strings
        for shape in set(arrays.shape).difference(digits):
            written = strings[shape]
            digits[shape] = "d" in written or written == "LONG"
        found = [digits[shape] for shape in arrays.shape]
    doc.user_data[_DIGITS_KEY] = found
    return found


# Whether each shape id's shape has a digit (see :func:`with_digit`), kept across docs. Only
# added to (a shape's answer never changes), so a reader in another thread never misses.
_SHAPE_DIGITS: dict[int, bool] = {}


# Each id's string (and lower-cased lemma), kept across docs: an id is the hash of its
# string, the same in every doc, and most of an article's words were in earlier articles.
# spaCy's string store makes a new Python string at each lookup (~0.2 µs); a dict hit is a
# fraction of that. Emptied past _KNOWN_MAX entries (a long backfill's rare words).
_KNOWN_TEXTS: dict[int, str] = {}
_KNOWN_LEMMAS: dict[int, str] = {}
_KNOWN_MAX = 200_000


def forget_strings() -> None:
    """Empty the strings kept across docs (a benchmark's passes over the same docs)."""
    _KNOWN_TEXTS.clear()
    _KNOWN_LEMMAS.clear()


def _strings(
    doc: Doc, ids: list[int], key: str, known: dict[int, str], change: Callable[[str], str]
) -> list[str]:
    """The strings of the ids (each changed by ``change``), kept with the doc under ``key``;
    each id is looked up in spaCy's string store once, ``known`` keeps it for later docs."""
    try:
        return doc.user_data[key]
    except KeyError:
        pass
    found = doc.user_data[key] = _looked_up(doc, ids, known, change)
    return found


def _looked_up(
    doc: Doc, ids: list[int], known: dict[int, str], change: Callable[[str], str]
) -> list[str]:
    """The strings of the ids (each changed by ``change``) from ``known``, else from spaCy's
    string store (then kept in ``known``)."""
    try:
        return [known[i] for i in ids]
    except KeyError:  # the doc's new words: looked up once each, then kept
        if len(known) > _KNOWN_MAX:
            known.clear()
        strings = doc.vocab.strings
        found = [known.get(i) for i in ids]  # None where new (another thread may empty it)
        out: list[str] = []
        for i, written in zip(ids, found, strict=True):
            if written is None:
                written = known.get(i)
                if written is None:
                    written = known[i] = change(strings[i])
            out.append(written)
        return out


_TEXTS_KEY = "newsbeat_texts"
_LOWERS_KEY = "newsbeat_lowers"
_LEMMAS_KEY = "newsbeat_lemmas"


def texts(doc: Doc) -> list[str]:
    """Each token's text (``tok.text``), without a token object for each: cut from the doc's
    text at the token's offset and length (a slice of a string at hand is cheaper than a
    look-up in a table of every word seen, whose entries are far apart in memory)."""
    try:  # the rules ask hundreds of times per article
        return doc.user_data[_TEXTS_KEY]
    except KeyError:
        pass
    text, matrix = doc_text(doc), _matrix(doc)
    last = matrix[-1] if len(matrix) else None
    if last is not None and int(last[_IDX] + last[_LENGTH] + last[_SPACY]) == len(text):
        starts = token_offsets(doc)
        ends = (matrix[:, _IDX] + matrix[:, _LENGTH]).tolist()
        found = doc.user_data[_TEXTS_KEY] = [text[a:b] for a, b in zip(starts, ends, strict=True)]
        return found
    # a kept text that is not the doc's (never in the stage): the string store's words
    return _strings(doc, doc_arrays(doc).orth, _TEXTS_KEY, _KNOWN_TEXTS, str)


def lowers(doc: Doc) -> list[str]:
    """Each token's lower-cased text (``tok.lower_``: spaCy sets each word's ``lower`` to its
    text's ``str.lower()`` when the word enters the vocabulary), without a token object for
    each."""
    try:
        return doc.user_data[_LOWERS_KEY]
    except KeyError:
        pass
    found = doc.user_data[_LOWERS_KEY] = [word.lower() for word in texts(doc)]
    return found


_BOUNDS_KEY = "newsbeat_expanded_bounds"


def expanded_bounds(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The token bounds of ``doc.char_span(start, end, alignment_mode="expand")`` (None when
    spaCy gives no span), kept with the doc: the actor passes ask again for the same
    mentions. Only numbers are kept, so nothing refers back to the doc."""
    known: dict[tuple[int, int], tuple[int, int] | None] = doc.user_data.setdefault(_BOUNDS_KEY, {})
    key = (start, end)
    if key in known:
        return known[key]
    span = doc.char_span(start, end, alignment_mode="expand")
    found = known[key] = (span.start, span.end) if span is not None else None
    return found


def token_offsets(doc: Doc) -> list[int]:
    """Each token's character offset (``tok.idx``): the text is its tokens' texts, each
    followed by a space or not."""
    try:
        return doc.user_data["newsbeat_offsets"]
    except KeyError:
        pass
    found = doc.user_data["newsbeat_offsets"] = _matrix(doc)[:, _IDX].tolist()
    return found


def lemmas_lower(doc: Doc) -> list[str]:
    """Each token's lemma lower-cased (``tok.lemma_.lower()``). Most lemmas (~9 in 10) are the
    word as written or lower-cased: those are lower-cased from :func:`lowers`, only the others
    looked up (which is which: two comparisons of the doc's matrix columns in numpy)."""
    try:
        return doc.user_data[_LEMMAS_KEY]
    except KeyError:
        pass
    import numpy

    matrix, words = _matrix(doc), lowers(doc)
    as_written = matrix[:, _LEMMA] == matrix[:, _ORTH]
    as_lower = ~as_written & (matrix[:, _LEMMA] == matrix[:, _LOWER])
    found = list(words)  # a lemma as written: the word lower-cased
    for k in numpy.flatnonzero(as_lower).tolist():
        found[k] = words[k].lower()
    other = numpy.flatnonzero(~(as_written | as_lower)).tolist()
    if other:
        lemma = doc_arrays(doc).lemma
        lemmas = _looked_up(doc, [lemma[k] for k in other], _KNOWN_LEMMAS, str.lower)
        for k, written in zip(other, lemmas, strict=True):
            found[k] = written
    doc.user_data[_LEMMAS_KEY] = found
    return found


def indices_in(column: Sequence[Hashable], wanted: Collection[Hashable]) -> list[int]:
    """The indices of the column's values that are in ``wanted``, in order: ``[i for i, value
    in enumerate(column) if value in wanted]`` with the tests run in C (a rule that looks for
    a few words among every token of an article)."""
    if len(wanted) == 1 and isinstance(column, list):
        # one word (``(word,)``, asked per name by some rules): ``list.index`` compares in C
        # without a call per token, and ``in`` compares as it does (identity, then ``==``)
        (value,) = wanted
        found: list[int] = []
        at = -1
        try:
            while True:
                at = column.index(value, at + 1)
                found.append(at)
        except ValueError:
            return found
    if isinstance(wanted, (set, frozenset)) and wanted.isdisjoint(column):
        return []  # most articles hold none of the words: one C loop, no call per token
    return list(compress(range(len(column)), map(wanted.__contains__, column)))


@lru_cache(maxsize=256)
def _ids(words: frozenset[str]) -> frozenset[int]:
    from spacy.strings import get_string_id

    return frozenset(get_string_id(w) for w in words)


def word_ids(words: Iterable[str]) -> frozenset[int]:
    """The ids spaCy gives these strings (as in :class:`DocArrays`): ``tok.lower_ in words``
    is ``arrays.lower[tok.i] in word_ids(words)``."""
    return _ids(frozenset(words))


@dataclass(frozen=True)
class Sentences:
    """The doc's sentences as token bounds, read once from its sentence starts.

    Attributes:
        starts: where each sentence starts, in order (``s.start for s in doc.sents``).
        ends: where each ends (``s.end``).
        first: per token, where its sentence starts (``tok.sent.start``).
        last: per token, where its sentence ends (``tok.sent.end``).
    """

    starts: list[int]
    ends: list[int]
    first: list[int]
    last: list[int]


_SENTENCES_KEY = "newsbeat_sentences"


def sentences(doc: Doc) -> Sentences | None:
    """The doc's sentence table, kept with it; None when spaCy's own ``doc.sents`` must answer
    (an empty doc, no sentence starts, or hooks of the doc's own)."""
    try:
        return doc.user_data[_SENTENCES_KEY]
    except KeyError:
        pass
    n = len(doc)
    if not n or "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        return None
    import numpy

    # as doc.sents reads them: the first token always starts one, any other only when 1
    starts = [0, *(numpy.flatnonzero(_matrix(doc)[1:, _SENT_START] == 1) + 1).tolist()]
    ends = [*starts[1:], n]
    first = [0] * n
    last = [0] * n
    for start, end in zip(starts, ends, strict=True):
        first[start:end] = [start] * (end - start)
        last[start:end] = [end] * (end - start)
    found = doc.user_data[_SENTENCES_KEY] = Sentences(starts, ends, first, last)
    return found


def sentence_of(doc: Doc, i: int) -> tuple[int, int]:
    """The token bounds of ``doc[i].sent`` (start, end), from the doc's sentence table where
    it has one: no token object, no span."""
    table = sentences(doc)
    if table is None:
        sent = doc[i].sent
        return sent.start, sent.end
    return table.first[i], table.last[i]


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Each sentence's ``(start, end)`` token indices, in order: ``[(s.start, s.end) for s in
    doc.sents]`` without a span for each."""
    table = sentences(doc)
    if table is None:
        return [(s.start, s.end) for s in doc.sents]
    return list(zip(table.starts, table.ends, strict=True))


def word_flags(doc: Doc) -> list[bool]:
    """Per token, whether it is a word: neither punctuation nor space (``not (tok.is_punct or
    tok.is_space)``)."""
    try:
        return doc.user_data["newsbeat_word_flags"]
    except KeyError:
        pass
    matrix = _matrix(doc)
    # in numpy: a row per token as a Python list would be a container per token
    found = ((matrix[:, _IS_PUNCT] + matrix[:, _IS_SPACE]) == 0).tolist()
    doc.user_data["newsbeat_word_flags"] = found
    return found


def like_nums(doc: Doc) -> list[bool]:
    """Per token, ``tok.like_num``, without a token object for each."""
    return _flag_column(doc, "newsbeat_like_num", _LIKE_NUM)


def puncts(doc: Doc) -> list[bool]:
    """Per token, ``tok.is_punct``, without a token object for each."""
    return _flag_column(doc, "newsbeat_is_punct", _IS_PUNCT)


def words_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` cut from the kept text (as :func:`doc_text.span_text` cuts a
    span's), without a span and a token object per word; "" for no token."""
    if end <= start:
        return ""
    offsets = token_offsets(doc)
    return doc_text(doc)[offsets[start] : offsets[end - 1] + len(texts(doc)[end - 1])]


def sent_start_flags(doc: Doc) -> list[bool]:
    """Per token, whether ``tok.is_sent_start`` is True (not False, nor None where the doc
    has no sentence starts), without a token object for each."""
    try:
        return doc.user_data["newsbeat_sent_starts"]
    except KeyError:
        pass
    found = (_matrix(doc)[:, _SENT_START] == 1).tolist()  # -1 (not a start) reads unsigned
    doc.user_data["newsbeat_sent_starts"] = found
    return found


def lower_flags(doc: Doc) -> list[bool]:
    """Per token, ``tok.is_lower``, without a token object for each."""
    return _flag_column(doc, "newsbeat_is_lower", _IS_LOWER)


def quote_flags(doc: Doc) -> list[bool]:
    """Per token, ``tok.is_quote``, without a token object for each."""
    return _flag_column(doc, "newsbeat_is_quote", _IS_QUOTE)


def span_root(doc: Doc, start: int, end: int) -> int:
    """The index of ``doc[start:end].root`` (``start < end``) read from the doc's columns, as
    spaCy picks it: a sentence's root inside the span, else of the words whose head is outside
    it the first nearest the sentence's root (a punctuation mark or space without children
    counts as farthest), else the span's first word."""
    if "root" in doc.user_span_hooks:
        return cast("int", doc[start:end].root.i)
    head = heads(doc)
    for i in range(start, end):
        if head[i] == i:
            return i
    n = len(head)
    best, root = n, -1
    kids, words = children(doc).starts, word_flags(doc)
    for i in range(start, end):
        if start <= head[i] < end:
            continue
        if kids[i] == kids[i + 1] and not words[i]:
            steps = n - 1
        else:
            steps, at = 0, i
            while head[at] != at:
                at = head[at]
                steps += 1
        if steps < best:
            best, root = steps, i
    return start if root == -1 else root


@lru_cache(maxsize=32)
def pos_id(name: str) -> int:
    """The id of a coarse part of speech as :class:`DocArrays` ``pos`` holds it (``tok.pos_ ==
    name`` is ``arrays.pos[tok.i] == pos_id(name)``)."""
    from spacy.symbols import IDS  # loaded with a parse

    return cast("int", IDS[name])


def spaces(doc: Doc) -> list[bool]:
    """Per token, ``tok.is_space``, without a token object for each."""
    return _flag_column(doc, "newsbeat_is_space", _IS_SPACE)


def alphas(doc: Doc) -> list[bool]:
    """Per token, ``tok.is_alpha``, without a token object for each."""
    return _flag_column(doc, "newsbeat_is_alpha", _IS_ALPHA)


def _flag_column(doc: Doc, key: str, column: int) -> list[bool]:
    try:
        return doc.user_data[key]
    except KeyError:
        pass
    found = doc.user_data[key] = (_matrix(doc)[:, column] != 0).tolist()
    return found


@dataclass(frozen=True)
class EntRows:
    """The entities of :func:`doc_ents` (same order) as plain columns: ``starts[k]``,
    ``ends[k]``, ``labels[k]`` and ``texts[k]`` are entity ``k``'s ``start``, ``end``,
    ``label_`` and ``text`` (a few lists per doc, not a container per entity)."""

    starts: list[int]
    ends: list[int]
    labels: list[str]
    texts: list[str]


def ent_rows(doc: Doc) -> EntRows:
    """The doc's entities as columns (:class:`EntRows`), read once per doc: rules that compare
    every entity's text with a name read these instead of each entity's ``label_`` and
    ``text`` (a string lookup and a join of its tokens)."""
    try:
        return doc.user_data["newsbeat_ent_rows"]
    except KeyError:
        pass
    text = doc_text(doc)
    offsets, words = token_offsets(doc), texts(doc)
    found = EntRows([], [], [], [])
    for ent in doc_ents(doc):
        start, end = ent.start, ent.end
        found.starts.append(start)
        found.ends.append(end)
        found.labels.append(ent.label_)
        found.texts.append(
            text[offsets[start] : offsets[end - 1] + len(words[end - 1])] if end > start else ""
        )
    doc.user_data["newsbeat_ent_rows"] = found
    return found


def labels_within(rows: EntRows, start: int, end: int) -> list[str]:
    """The labels of the entities ``Span(doc, start, end).ents`` gives (see :func:`span_ents`)."""
    found = []
    for k, ent_start in enumerate(rows.starts):
        if ent_start >= start:
            if rows.ends[k] <= end:
                found.append(rows.labels[k])
            else:
                break
    return found


def keep_sentences(doc: Doc) -> None:
    """Answer ``tok.sent`` and ``span.sent`` from the doc's sentence starts, read once.

    spaCy finds a token's sentence anew on each ``tok.sent``: a one-token span, a check that
    the doc has sentence starts (a generator over its tokens), a walk to each boundary and a
    second span; the rules ask it thousands of times per article. The hooks give the same
    span (spaCy's own ``user_token_hooks`` / ``user_span_hooks``): from the token (the span's
    first token, as spaCy reads it) back to the nearest sentence start, and on to the next
    one after it. A doc without sentence starts, or with hooks of its own, is left alone.
    """
    n = len(doc)
    if not n or "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks:
        return
    table = sentences(doc)
    if table is None:
        return
    from spacy.tokens import Span

    first, last = table.first, table.last

    def token_sent(tok: Token) -> Span:
        return Span(tok.doc, first[tok.i], last[tok.i])

    def span_sent(span: Span) -> Span:
        start = span.start
        if start < n:
            return Span(span.doc, first[start], last[start])
        hooks = span.doc.user_span_hooks  # an empty span at the doc's end: spaCy's own walk
        hook = hooks.pop("sent")  # this function, taken from the doc: no closure over itself
        try:
            return span.sent
        finally:
            hooks["sent"] = hook

    doc.user_token_hooks["sent"] = token_sent
    doc.user_span_hooks["sent"] = span_sent
