"""Which full name a bare surname stands for, when the article names several bearers
(issue 12, item 3). See :func:`choose_bearer`; ``actors.build_actors`` calls it for every
surname (or first name) alone that more than one full name of the article fits.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.names import first_name_gender

if TYPE_CHECKING:
    from spacy.tokens import Span


__all__ = ["HONORIFIC_SEX", "Seen", "choose_bearer"]

HONORIFIC_SEX = {
    "mr": "male", "mr.": "male", "mrs": "female", "mrs.": "female", "ms": "female",
    "ms.": "female", "miss": "female",
}  # fmt: skip
_OPENING_MARKS = frozenset({'"', "“", "‘", "'"})
# What stands between two names introduced together ("Ana Holm and Ivo Holm", "A, B").
_COORDINATED = re.compile(r"\s*(?:,|and|&|,\s*and)\s*")


@dataclass(kw_only=True)
class Seen:
    """Where each full name of an article was last mentioned, and first (start, end)."""

    last: dict[str, int] = field(default_factory=dict)
    first: dict[str, tuple[int, int]] = field(default_factory=dict)

    def saw(self, name: str, start: int, end: int) -> None:
        """Record a mention of the full name ``name`` at ``[start, end)``."""
        self.last[name] = start
        if name not in self.first or start < self.first[name][0]:
            self.first[name] = (start, end)


def choose_bearer(
    candidates: list[str],
    table: ArticleActors,
    title: str | None,
    sentence: Span,
    seen: Seen,
    quoted: list[tuple[int, int]],
    *,
    sex: str | None = None,
    by_surname: bool = True,
) -> str | None:
    """Pick the full name a bare surname (or first name) stands for (see the module
    docstring); None when two bearers were introduced together and nothing tells them apart,
    or when the bare name was someone's before any bearer was introduced.

    Args:
        candidates: the full names of the article the bare name may stand for.
        table: the actors so far (their roles).
        title: a title written before the bare name ("Mayor").
        sentence: the bare name's sentence (role words in it).
        seen: where each full name was first introduced and last mentioned.
        quoted: quotation spans (their words are no role cue).
        sex: what an honorific before the bare name says ("Mr" -> male).
        by_surname: the bare name is a surname (else a first name: the most recent bearer).
    """
    if sex is not None:
        fits = [c for c in candidates if first_name_gender(c) in {sex, None}]
        candidates = fits or candidates
    # a name that ends with another candidate is that one with words NER ran into it
    # ("Nominates Lena Holm" of a headline)
    candidates = [c for c in candidates if not any(c.endswith(" " + o) for o in candidates)]
    if len(candidates) == 1:
        return candidates[0]
    if by_surname and not any(c in seen.first for c in candidates):
        return None  # "the death of Kafoury, 63" before "Charlene Kafoury" and "Charlie Kafoury"
    if title:
        low = title.lower()
        titled = [c for c in candidates if any(low in r.lower() for r in table.roles_of(c))]
        if len(titled) == 1:
            return titled[0]
    scored = []
    for c in candidates:
        role_words = {
            w
            for r in table.roles_of(c)
            for w in re.findall(r"[a-z]+", r.lower())
            if w not in {"a", "an", "the", "of", "for"}
        }
        scored.append((_role_score(role_words, sentence, quoted), c))
    best = max(score for score, _ in scored)
    top = [c for score, c in scored if score == best]
    if len(top) == 1 or not by_surname:
        return max(top, key=lambda c: (seen.last.get(c, -1), c))
    # A bearer named in this sentence or the one before, alone, is the one meant ("Erik Holm,
    # a spokesman, said ... 'We read it. It was late,' Holm said"); the sentences of a
    # quotation are the quote's, not the story's, and do not count as the one before.
    window = _previous_narrative(sentence, quoted)
    local = [c for c in top if seen.last.get(c, -1) >= window]
    if len(local) == 1:
        return local[0]
    # Else the first bearer the article introduced is its principal: a relative introduced
    # later ("his wife, Mara Holm") is called by her first name, the surname alone stays his.
    never = (sys.maxsize, sys.maxsize)
    order = sorted(top, key=lambda c: (seen.first.get(c, never), c))
    first, second = seen.first.get(order[0], never), seen.first.get(order[1], never)
    if _used_bare_before(order[0].split()[-1], first[0], table, seen):
        return None  # the surname was someone's before any bearer came: not theirs
    if second != never and _COORDINATED.fullmatch(table.text[first[1] : second[0]]):
        return None  # "Ana Holm and Ivo Holm": either may be meant
    return order[0]


def _used_bare_before(single: str, introduced: int, table: ArticleActors, seen: Seen) -> bool:
    """Whether the article's body called someone by the bare surname before it introduced
    any of its bearers ("the death of Kafoury, 63", then "her daughter, Charlene Kafoury" and
    "Charlie Kafoury, Charlene's brother"): the bare surname is that earlier person (whose full
    name the parse missed), not a relative introduced later. A headline's surname is the one
    of a bearer the lede then introduces."""
    bare = seen.first.get(single)
    if bare is None or bare[0] >= introduced:
        return False
    title_end = table.text.find("\n")
    return bare[0] > title_end >= 0 and not table.in_headline(bare[0])


def _role_score(role_words: set[str], sentence: Span, quoted: list[tuple[int, int]]) -> int:
    """Role words of a candidate found in the sentence, outside quotations."""
    sent_words = {t.lower_ for t in sentence if not any(a <= t.idx < b for a, b in quoted)}
    return len(role_words & sent_words)


def _previous_narrative(sentence: Span, quoted: list[tuple[int, int]]) -> int:
    """Where the sentence before ``sentence`` starts, stepping over sentences that open
    inside a quotation or with a quote mark (a quote's own sentences)."""
    doc = sentence.doc
    current = sentence
    while current.start > 0:
        current = doc[current.start - 1].sent
        opens_quote = current.text.lstrip()[:1] in _OPENING_MARKS
        if not opens_quote and not any(a < current.start_char < b for a, b in quoted):
            return current.start_char
    return current.start_char
