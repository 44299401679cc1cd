"""Two writings of one name: letters turned, spelled apart, middle name dropped, UK spelling."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbeat.compare.records import _tokens

_BRITISH = re.compile(r"isation\b")


def _spelling(words: str) -> str:
    """British -isation spelled as American -ization ("Organisation for Security ...")."""
    return _BRITISH.sub("ization", words)


def _written_as_name(subject: str) -> bool:
    """Whether a subject is written as a name: every word of it starts with a capital."""
    words = subject.split()
    return bool(words) and all(w[:1].isupper() for w in words)


def two_people(a: str | None, b: str | None) -> bool:
    """Whether two subjects are names of two people: both written as names and not one name
    ("Paul Riva" / "Dean Riva"; "Riva" / "Paul Riva" may be one, see :func:`_one_name`)."""
    if not (a and b and _written_as_name(a) and _written_as_name(b)):
        return False
    return not _one_name(_spelling(" ".join(_tokens(a))), _spelling(" ".join(_tokens(b))))


def _one_name(one: str, other: str) -> bool:
    """Whether two folded names are one: one the other's tail, the other without its middle
    names, or one name spelled two ways (see :func:`_one_subject`)."""
    short, full = sorted((one.split(), other.split()), key=len)
    return bool(short) and (
        full[-len(short) :] == short
        or _middle_dropped(short, full)
        or _spelled_apart(one, other)
        or _letters_turned(short, full[-len(short) :])
    )


def _letters_turned(words: Sequence[str], others: Sequence[str]) -> bool:
    """Whether two names of as many words are one name with letters of one long word turned
    round by a slip of the keys ("klitschko" / "klitchsko"): the other words the same, that
    word of at least ``_TURNED_LENGTH`` letters, the same letters within ``_TURNED_SPAN``
    neighbouring places and the rest in place."""
    apart = [(x, y) for x, y in zip(words, others, strict=True) if x != y]
    if len(apart) != 1:
        return False
    x, y = apart[0]
    if len(x) != len(y) or len(x) < _TURNED_LENGTH or sorted(x) != sorted(y):
        return False
    places = [k for k, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
    return places[-1] - places[0] < _TURNED_SPAN


_TURNED_LENGTH = 9  # "andersen" / "andresen" are two surnames
_TURNED_SPAN = 3


def _spelled_apart(one: str, other: str) -> bool:
    """Whether two names of two words or more are one name spelled two ways: one letter
    changed, added or dropped ("catherine gomes" / "katherine gomes", "duncan rait" / "duncan
    raite"), in names long enough for one letter not to make another name."""
    if len(one.split()) < 2 or len(one.split()) != len(other.split()):
        return False
    if min(len(one), len(other)) < _SPELLED_LENGTH or abs(len(one) - len(other)) > 1:
        return False
    short, long_ = sorted((one, other), key=len)
    if len(short) == len(long_):
        return sum(x != y for x, y in zip(short, long_, strict=True)) == 1
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


_SPELLED_LENGTH = 10  # "ann lee" / "ann lea" are short enough to be two people


def _middle_dropped(short: Sequence[str], full: Sequence[str]) -> bool:
    """Whether a name of two words or more is a longer one without some of its middle words:
    the same first and last word, the rest in the longer one's middle, in order ("raj chohan"
    / "raj k chohan"). Another first name is another person ("louis gigante", a brother of
    "vincent gigante")."""
    if len(short) < 2 or short[0] != full[0] or short[-1] != full[-1]:
        return False
    middle = iter(full[1:-1])
    return all(word in middle for word in short[1:-1])  # in order: the iterator is consumed
