"""Quotes and relations across articles: one quote however it was worded, one relation per
(source, type, target, negation)."""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from newsbeat.actors import story_aliases
from newsbeat.compare.records import (
    CompareOptions,
    QuoteGroup,
    RelationGroup,
    _cased_tokens,
    _fold,
    _tokens,
)
from newsbeat.models import Article, Enrichment, Quote

__all__ = ["as_agreed", "quote_groups", "relation_groups", "same_quote", "same_speaker"]


def same_speaker(a: str | None, b: str | None) -> bool:
    """Whether two speaker names may be one person.

    Unknown matches anyone; a bare surname matches a full name ending in it ("Holm" and
    "Lena Holm"); two full names must be equal ("Lena Holm" and "Erik Holm" are two people).
    """
    wa, wb = _tokens(a or ""), _tokens(b or "")
    if not wa or not wb:
        return True
    if len(wa) > 1 and len(wb) > 1:
        return wa == wb
    return wa[-1] == wb[-1]


def same_quote(a: Quote, b: Quote, options: CompareOptions | None = None) -> bool:
    """Whether two quotes are one quote worded differently (trimmed, extended, re-punctuated).

    Speakers must be compatible (see :func:`same_speaker`).
    """
    opts = options or CompareOptions()
    if not same_speaker(a.speaker, b.speaker):
        return False
    return _same_words(_quote_words(a.text), _quote_words(b.text), opts)


@dataclasses.dataclass(frozen=True)
class Words:
    """A quote's words read once for every pair it is compared in."""

    words: list[str]  # folded (:func:`_tokens`)
    names: frozenset[str]  # written capitalised after the first word ("the [Species Act]")
    numbers: frozenset[str]  # writing a number ("seven", "12", "million")
    vocabulary: frozenset[str]  # every word, once


def _quote_words(text: str) -> Words:
    """The words of a quote, its names and its numbers (see :class:`Words`)."""
    from newsbeat.enrich.claim_numbers import SCALES, WORDS

    words = _tokens(text)
    cased = _cased_tokens(text)
    names: set[str] = set()
    if len(cased) == len(words):  # else case folding split a word ("İstanbul"): no names known
        names = {
            w for k, (w, c) in enumerate(zip(words, cased, strict=True)) if k and c[:1].isupper()
        }
    numbers = {w for w in words if w[:1].isdigit() or w in WORDS or w in SCALES}
    return Words(words, frozenset(names), frozenset(numbers), frozenset(words))


def _same_words(a: Words, b: Words, opts: CompareOptions) -> bool:
    if not a.words or not b.words:
        return False
    if a.words == b.words:
        return True
    short, long_ = (a, b) if len(a.words) <= len(b.words) else (b, a)
    if len(short.words) < opts.min_quote_words:
        return False
    if len(short.vocabulary & long_.vocabulary) < opts.quote_overlap * len(short.vocabulary):
        return False  # cheap filter before the in-order match
    matcher = difflib.SequenceMatcher(None, short.words, long_.words, autojunk=False)
    blocks = matcher.get_matching_blocks()
    matched = sum(block.size for block in blocks)
    if matched < opts.quote_overlap * len(short.words):
        return False
    if not short.numbers <= long_.vocabulary:
        return False  # "Seven people were hurt" and "Twenty people were hurt": two statements
    # Half of the words that say something must match too, names left out: "the purposes of
    # the [Endangered Species Act]" matched a pledge "to maintain the protections of the
    # Endangered Species Act" on its function words and a name (reader20).
    plain = _stop_words() | a.names | b.names
    content = [w for w in short.words if w not in plain]
    kept = [
        w for block in blocks for w in short.words[block.a : block.a + block.size] if w not in plain
    ]
    return len(kept) >= _CONTENT_SHARE * len(content)


_CONTENT_SHARE = 0.5  # of a shorter quote's plain words (neither stop words nor names)


@cache
def _stop_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS  # heavy: only when compared

    return frozenset(ENGLISH_STOP_WORDS)


def quote_groups(
    ordered: Sequence[Article], enrichments: Mapping[int, Enrichment], opts: CompareOptions
) -> list[QuoteGroup]:
    """The story's quotes grouped as one statement: a quote joins the first group of a speaker
    who may be the same (:func:`same_speaker`) that holds a variant in the same words; a group
    takes the fullest name its quotes give, then the story's full name for it."""
    groups: list[QuoteGroup] = []
    tokens: list[list[Words]] = []  # per group, per variant
    for article in ordered:
        enrichment = enrichments.get(article.id or -1)
        if enrichment is None:
            continue
        for quote in enrichment.quotes:
            quote_tokens = _quote_words(quote.text)
            home = None
            for index, group in enumerate(groups):
                if not same_speaker(quote.speaker, group.speaker):
                    continue
                if any(_same_words(quote_tokens, t, opts) for t in tokens[index]):
                    home = index
                    break
            if home is None:
                groups.append(QuoteGroup(speaker=quote.speaker, variants=[]))
                tokens.append([])
                home = len(groups) - 1
            group = groups[home]
            if group.speaker is None and quote.speaker:
                group.speaker = quote.speaker
            elif quote.speaker and group.speaker and len(quote.speaker) > len(group.speaker):
                group.speaker = quote.speaker  # the fuller name ("Lena Holm" over "Holm")
            group.variants.append((quote, article.published))
            tokens[home].append(quote_tokens)
    aliases = story_aliases(e for a in ordered if (e := enrichments.get(a.id or -1)))
    for (
        group
    ) in groups:  # "Lyons" under the story's "Michelle Lyons" (:mod:`newsbeat.actors.names`)
        group.speaker = aliases.get(group.speaker or "", group.speaker)
    return groups


def as_agreed(group: QuoteGroup, origin: Mapping[int | None, int | None]) -> QuoteGroup:
    """The group as an "agreed by several outlets" line shows it: with the fullest wording of
    the text that quotes the least (the shortest of each text's fullest variant).

    The grouping joins a piece of a quote to the whole ("Rust. We're on it." ending a long
    statement one outlet prints in full); beside the outlet that printed only the piece, the
    whole statement would credit it with words it never printed.
    """
    fullest: dict[int | None, str] = {}
    for quote, _ in group.variants:
        text = origin.get(quote.article_id, quote.article_id)
        if len(quote.text) > len(fullest.get(text, "")):
            fullest[text] = quote.text
    shared = min(fullest.values(), key=len, default=None)
    if shared is None or shared == group.text:
        return group
    return dataclasses.replace(group, wording=shared)


# TF-IDF cosine (English stop words left out, sublinear counts, fitted on the story's quotes)
# from which two quotes of two texts, with speakers that may be one, are one statement in
# other words ("Lo Presti hanged himself in his cell" / "A suspected Mafia leader has hanged
# himself in prison"). Chosen by reading every "only one reports" quote of fifteen real ECB+
# stories beside its closest quote of another text: every pair at 0.43 or more was one
# statement, the first pair of two statements came at 0.40.
PARAPHRASE_SIMILARITY = 0.42


def said_elsewhere(
    groups: Sequence[QuoteGroup],
    among: Iterable[int],
    origin: Mapping[int | None, int | None],
    opts: CompareOptions,
) -> set[int]:
    """The indices, of ``among``, of the quote groups whose words stand in another group: told
    by another text under another speaker's name (the grouping keeps apart what two outlets
    credit to two speakers, but the words are not one outlet's alone), told by another text in
    other words under a speaker who may be the same (:data:`PARAPHRASE_SIMILARITY`), or a short
    piece of a longer quote of its own text (a word in marks the same article quotes in full).
    Each group's words and texts are read once."""
    candidates = list(among)
    words = [[_quote_words(q.text) for q, _ in g.variants] for g in groups]
    texts = [{origin.get(aid, aid) for aid in g.article_ids} for g in groups]
    similar = _paraphrases(groups, candidates, texts)
    found: set[int] = set()
    for i in candidates:
        for j in range(len(groups)):
            if j == i:
                continue
            if texts[j] - texts[i]:
                told = (i, j) in similar or any(
                    _same_words(a, b, opts) for a in words[i] for b in words[j]
                )
            else:
                told = any(_inside(a.words, b.words) for a in words[i] for b in words[j])
            if told:
                found.add(i)
                break
    return found


def _paraphrases(
    groups: Sequence[QuoteGroup], candidates: Sequence[int], texts: Sequence[set[int | None]]
) -> set[tuple[int, int]]:
    """The pairs (candidate, other group) of two texts whose closest variants reach
    :data:`PARAPHRASE_SIMILARITY` under speakers that may be one person."""
    if not candidates or len(groups) < 2:
        return set()
    from sklearn.feature_extraction.text import TfidfVectorizer  # heavy: only when comparing

    owner = [i for i, g in enumerate(groups) for _ in g.variants]
    sentences = [q.text for g in groups for q, _ in g.variants]
    try:
        vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(sentences)
    except ValueError:  # nothing but stop words
        return set()
    similarity = (vectors @ vectors.T).toarray()  # rows are L2-normalised: cosines
    rows: dict[int, list[int]] = {}
    for k, group in enumerate(owner):
        rows.setdefault(group, []).append(k)
    pairs: set[tuple[int, int]] = set()
    for i in candidates:
        for j in range(len(groups)):
            if j == i or not texts[j] - texts[i]:
                continue
            if not same_speaker(groups[i].speaker, groups[j].speaker):
                continue
            best = max(similarity[a, b] for a in rows[i] for b in rows[j])
            if best >= PARAPHRASE_SIMILARITY:
                pairs.add((i, j))
    return pairs


def _inside(short: list[str], long_: list[str]) -> bool:
    """Whether ``short`` runs, word for word, inside the longer ``long_``."""
    n = len(short)
    if not n or n >= len(long_):
        return False
    return any(long_[k : k + n] == short for k in range(len(long_) - n + 1))


def relation_groups(
    ordered: Sequence[Article], enrichments: Mapping[int, Enrichment]
) -> list[RelationGroup]:
    """The story's relations between two actors grouped by source, type, target and negation
    (names compared case-folded), the groups reported by most outlets first."""
    groups: dict[tuple[str, str, str, bool], RelationGroup] = {}
    for article in ordered:
        enrichment = enrichments.get(article.id or -1)
        if enrichment is None:
            continue
        for relation in enrichment.relations:
            if not relation.target:
                continue  # an event of one actor, not a relation between two
            key = (_fold(relation.source), relation.type, _fold(relation.target), relation.negated)
            if key not in groups:
                groups[key] = RelationGroup(
                    type=relation.type,
                    source=relation.source,
                    target=relation.target,
                    negated=relation.negated,
                    reports=[],
                )
            groups[key].reports.append((relation, article.published))
    return sorted(groups.values(), key=lambda g: (-len(g.outlets), g.label))
