"""Claims of measures: temperatures, word fractions, pairs, durations, measures and ranges."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.claim_counted import _UNITS, _counted
from newsbeat.enrich.claim_found import FoundClaim, _claim
from newsbeat.enrich.claim_hedges import _hedge, _range
from newsbeat.enrich.claim_measures import Temperature
from newsbeat.enrich.claim_numbers import is_number_token, parse_number
from newsbeat.enrich.claim_scans import _shared_scale
from newsbeat.enrich.claim_suspended_ranges import hyphened_unit_range
from newsbeat.enrich.claim_tables import in_table
from newsbeat.enrich.doc_text import doc_text
from newsbeat.enrich.function_words import DETERMINERS
from newsbeat.enrich.not_claims import is_window, not_a_claim
from newsbeat.enrich.quote_records import FoundQuote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# "that" and "this" are left out: "said that 40 died" opens a clause, no reference
_DEFINITE = (DETERMINERS - {"this", "that"}) | {"our", "both", "my", "your", "all"}


def _temperature_claim(
    doc: Doc, temp: Temperature, actors: ArticleActors, quotes: list[FoundQuote]
) -> FoundClaim:
    """The claim of a temperature: the weather's state where and when the story happens, not
    something its sentence's verb does ("fought the blaze in temperatures of minus 17"), so its
    event is "temperature" and it has no subject."""
    low, high, exact, hedge = _range(temp.value, _hedge(doc, temp.first))
    claim = _claim(
        doc, temp.first, temp.last, "temperature", temp.unit, low, high, exact, actors, quotes,
        hedge=hedge,
    )  # fmt: skip
    return replace(claim, event="temperature", subject=None, role=None, place=None)


def _add_word_fraction(
    doc: Doc,
    spelt: tuple[int, int, float, int],
    actors: ArticleActors,
    quotes: list[FoundQuote],
    out: list[FoundClaim],
) -> int:
    """Add the claim of "half a mile", "a mile and a half" (when it is not a date or a time
    relative to another: "half an hour later"); the index after it."""
    first, last, value, at = spelt
    unit = _UNITS.get(doc[at].lower_)
    end = max(last, at)
    after = doc[end + 1].lower_ if end + 1 < len(doc) else ""
    if unit is not None and after not in _RELATIVE_TIME:
        if at - 2 > first and doc[at - 2].lower_ == "of":
            # "a quarter of a mile": the figure's verb is the fraction's head ("mile" hangs on
            # "of"), its role read after the unit
            _add_measure(doc, first, at, value, unit, doc[at - 3], actors, quotes, out)
        else:
            _add_measure(doc, first, last, value, unit, doc[at], actors, quotes, out)
    return end + 1


def _add_pair(
    doc: Doc,
    first: int,
    pair: tuple[int, float],
    actors: ArticleActors,
    quotes: list[FoundQuote],
    out: list[FoundClaim],
) -> int:
    """Add the claim of "a pair of left hooks" (:func:`number_noun`): the count of the noun
    after "of"; the index after "of"."""
    of, value = pair
    what, unit, noun = _counted(doc, first, of)
    if what and unit is None:
        claim = _claim(doc, first, of, what, None, value, value, True, actors, quotes, noun=noun)
        out.append(claim)
    return of + 1


def _add_word_duration(
    doc: Doc,
    text: str,
    period: tuple[int, int, float, str],
    actors: ArticleActors,
    quotes: list[FoundQuote],
    out: list[FoundClaim],
) -> int:
    """Add the claim of "a quarter-century", "half a century", "a fortnight" (not "a decade
    ago", "the past decade", "within a fortnight"); the index after it."""
    first, last, value, unit = period
    after = doc[last + 1].lower_ if last + 1 < len(doc) else ""
    if not (after in _RELATIVE_TIME or is_window(doc, first) or in_table(doc, text, first)):
        _add_measure(doc, first, last, value, unit, doc[last], actors, quotes, out)
    return last + 1


def _add_duration(
    doc: Doc,
    text: str,
    span: tuple[int, int, float],
    actors: ArticleActors,
    quotes: list[FoundQuote],
    out: list[FoundClaim],
) -> int:
    """Add the claim of an hours-and-minutes duration, in minutes (not "2 hours 10 minutes
    later", nor one in a table); the index after it."""
    first, last, minutes = span
    after = doc[last + 1].lower_ if last + 1 < len(doc) else ""
    if not (after in _RELATIVE_TIME or in_table(doc, text, first)):
        _add_measure(doc, first, last, minutes, "minutes", doc[last], actors, quotes, out)
    return last + 1


def _add_measure(
    doc: Doc,
    first: int,
    last: int,
    value: float,
    unit: str,
    noun: Token,
    actors: ArticleActors,
    quotes: list[FoundQuote],
    out: list[FoundClaim],
) -> None:
    """Add the claim of a measure spelt in words (``doc[first..last]``, counted in ``unit``)
    unless a definite word before it makes it a reference ("the half mile")."""
    if first > 0 and doc[first - 1].lower_ in _DEFINITE:
        return
    low, high, exact, hedge = _range(value, _hedge(doc, first))
    out.append(
        _claim(doc, first, last, unit, unit, low, high, exact, actors, quotes,
               noun=noun, hedge=hedge)
    )  # fmt: skip


_RELATIVE_TIME = frozenset({"ago", "later", "earlier", "before", "after", "old"})


def _range_claim(
    doc: Doc,
    first: int,
    low: float,
    upper_at: int,
    actors: ArticleActors,
    quotes: list[FoundQuote],
    *,
    between: bool,
) -> tuple[int, FoundClaim | None] | None:
    """The range from ``low`` (the number at ``first``) to the number starting at
    ``upper_at``: (the token after it, its claim or None when it counts nothing), or None
    when there is no upper number and the first number stands alone.

    "Between 3,000 and 4,000" is a range whatever the numbers; "3,000 to 4,000" and
    "3,000-4,000" only when the second is larger and a claim itself ("3-2" is a score).
    """
    n = len(doc)
    k = upper_at
    while k + 1 < n and is_number_token(doc[k + 1]):
        k += 1
    upper = parse_number([t.text for t in doc[upper_at : k + 1]])
    if upper is None:
        return None
    scaled = _shared_scale(doc, first, upper_at, k, low, upper)
    if not between and upper <= scaled:
        return None
    what, unit, noun = _counted(doc, upper_at, k)
    sign = doc[first - 1].text if first > 0 else ""
    if not what and noun is None and sign in _UNITS and not doc[first - 1].is_alpha:
        what = unit = _UNITS[sign]  # "$140-150 million": the lower end's sign is both ends'
    # "140-150 million" is a range of millions, no code such as "F-16" or "747-400"
    code = scaled == low and not_a_claim(doc, doc_text(doc), upper_at, k)
    code = code and not hyphened_unit_range(doc, first, upper_at, unit)  # "20-30 percent"
    if not what or (not between and code):
        return k + 1, None
    low = scaled
    hedge = "between" if between else None
    claim = _claim(
        doc, first, k, what, unit, low, upper, False, actors, quotes, noun=noun, hedge=hedge
    )
    return k + 1, claim
