"""What keeps two claim sentences apart on the route through meaning.

Sentence vectors are read from sentences whose numbers are masked, and a vector hardly weighs
one word: "Another climber fell 200 metres on Thursday" and "A climber fell 60 metres on
Friday" are close in meaning though they tell two falls, and "The 2019 quake killed 900" is
"The quake killed 200" once its year is masked. The route through meaning passes pairs worded
apart, so it asks more than the wording gate: neither sentence tells of another instance of
its event, the two name no different day, month or year, and they write no different names
(the entity tagger misses names in many sentences, "41-year-old Tomas Verhoek died": the
capitalised words are read here, not the tagger's persons).
"""

from __future__ import annotations

import re

from newsbeat.enrich.number_names import MONTHS, WEEKDAYS, YEAR_DIGITS

# Words that tell of another instance than the story's own ("another climber", "a second
# blast", "also died", "an earlier fire", "last year's flood").
_OTHER_INSTANCE = re.compile(
    r"\b(?:another|a\s+(?:second|third|separate|further|similar)|also|earlier|previous|"
    r"prior|again|last\s+(?:year|month|week)'s)\b",
    re.IGNORECASE,
)
# Month words as a sentence writes them, "may" left out (a modal far more often than May).
_MONTH_WORDS = frozenset(w.rstrip(".") for w in MONTHS) - {"may"}
_WEEKDAY = re.compile(rf"\b({'|'.join(sorted(WEEKDAYS))})\b", re.IGNORECASE)
_MONTH = re.compile(
    rf"\b({'|'.join(sorted(_MONTH_WORDS, key=len, reverse=True))})\b\.?", re.IGNORECASE
)
# A capitalised word inside a sentence (not its first word): a name of a person, place or body.
_CAPITALISED = re.compile(r"(?<=[\s(\"'“‘-])([A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*)\b")
# Capitalised words that name nobody: days, months and words capitalised by position.
_NO_NAMES = frozenset({"I", "The", "A", "An", "He", "She", "It", "They", "We", "But", "And"})
_YEAR = re.compile(rf"(?<![\d,.$€£])\b({YEAR_DIGITS})\b(?![\d,.]\d)")


def tells_other_instance(sentence: str) -> bool:
    """Whether a sentence marks its event as another instance ("another", "a second",
    "a separate", "also", "earlier", "last year's")."""
    return bool(_OTHER_INSTANCE.search(sentence))


def _dates(sentence: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The weekdays, months (their first three letters: "Sept." is "september") and years a
    sentence writes, folded."""
    days = frozenset(m.group(1).casefold() for m in _WEEKDAY.finditer(sentence))
    months = frozenset(m.group(1).casefold()[:3] for m in _MONTH.finditer(sentence))
    years = frozenset(m.group(1) for m in _YEAR.finditer(sentence))
    return days, months, years


def dated_apart(first: str, second: str) -> bool:
    """Whether two sentences name different days, months or years: a weekday or month on both
    sides that differ, or years that are not the same on both sides (a year written on one
    side only dates its figure to an event the other may not tell: "the 2019 quake")."""
    (days_a, months_a, years_a), (days_b, months_b, years_b) = _dates(first), _dates(second)
    if days_a and days_b and days_a != days_b:
        return True
    if months_a and months_b and months_a != months_b:
        return True
    return years_a != years_b


def written_names(sentence: str) -> frozenset[str]:
    """The capitalised words a sentence writes after its first word, days, months and words
    capitalised by position left out: the names it gives, whether or not the tagger saw them."""
    found = {m.group(1) for m in _CAPITALISED.finditer(sentence)}
    return frozenset(
        w for w in found if w not in _NO_NAMES and w.casefold() not in WEEKDAYS | _MONTH_WORDS
    )


def named_apart(first: str, second: str) -> bool:
    """Whether each sentence writes a name the other does not ("Tomas Verhoek … near the Orlan
    glacier" / "Piet Dravenhof … above the Orlan icefield": two people, whatever place they
    share). A sentence that names nobody, or only names the other also writes, stays close."""
    names_a, names_b = written_names(first), written_names(second)
    return bool(names_a - names_b) and bool(names_b - names_a)


def meaning_kept_apart(first: str, second: str) -> bool:
    """Whether two claim sentences close in meaning must still be kept apart: either marks
    another instance of its event, they name different days, months or years, or each writes
    a name the other does not."""
    return (
        tells_other_instance(first)
        or tells_other_instance(second)
        or dated_apart(first, second)
        or named_apart(first, second)
    )
