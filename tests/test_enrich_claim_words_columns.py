"""The claims' word readers on the doc's columns answer what their token-object forms
answered (the analysis's output must not change): a duration in words, hours and minutes,
a distance in words, the first figure of "N or M", the thing a figure values, a number
rejoined across a stray space or hyphen, the name a bracketed figure belongs to, and a
game's score line.
Invented text, every token (or every span of up to four tokens)."""

from __future__ import annotations

from typing import Any

import pytest

from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.analysis import EnrichOptions
from newsbeat.enrich.claim_distances import _BRACKET_WORDS
from newsbeat.enrich.claim_figures import (
    _VALUED,
    _VALUING,
    FRACTION_UNITS,
    estimated_at,
    word_fraction,
)
from newsbeat.enrich.claim_measures import (
    _GLUED_HOURS,
    _HOUR_WORDS,
    _MINUTE_FIGURE,
    _MINUTE_WORDS,
    _SCALED,
    hours_and_minutes,
    word_duration,
)
from newsbeat.enrich.claim_numbers import (
    _TENS,
    SCALES,
    WORDS,
    after_measure,
    is_number_token,
    rejoined,
)
from newsbeat.enrich.claim_scans import _or_pair
from newsbeat.enrich.claim_subjects import _bracketed_owner
from newsbeat.enrich.doc_text import doc_text, keep_text
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.not_claims import _DASHES, _RESULTS, _SCORE_TOKEN, score_line
from newsbeat.enrich.number_names import MONTHS
from newsbeat.enrich.speaker_tokens import resolve_speaker_token

_TEXT = (
    "Half a century ago, a quarter-century later and a quarter of a century on, one decade "
    "and a fortnight passed in Orvik. The climb took 1hr 4 mins, then 2 hours and 30 minutes, "
    "3 hours, 20 minutes, 4 hrs 75 mins and 2HR 5 min. A 6. 1 magnitude quake hit Tarn; "
    "120, 000 people fled, 40, 15 of them children, on March 3, 200 people said, and "
    "$137-million, a two - million - euro haul, Sixty-five or Twenty - three boats, "
    "5-foot-8, 135 pounds, 12. 50 and 1234. 5 apiece, half a mile or a mile and a half, "
    "one km and a half, 40 or 50 protesters, one or two men and four or five weeks. "
    "Police in Vardby estimated the crowd at 5,000 people, officials put the toll at 12 and "
    "organisers put the meeting at 7, while Norel pegged the damage at $3 million. "
    "The Varby Owls (seven years, $140 million) and Kestrels (eight years, $160 million) "
    "signed; Osk Lund (226 yards) and Per Tamm (101 yards) led, ( 3 ) and 2021 (4 wins). "
    "After a 3-1 victory, the 1 – 1 draw, their 4 - 0 rout and 10-12 wins, a Kite - 2 win."
)


@pytest.fixture(scope="module")
def doc() -> Any:
    parsed = load_pipeline(EnrichOptions().model)(_TEXT)
    keep_text(parsed, _TEXT)
    return parsed


def _word_duration_before(doc: Any, i: int) -> tuple[int, int, float, str] | None:
    n = len(doc)
    low = doc[i].lower_
    k = i + 1
    if low == "half" and k < n and doc[k].lower_ in {"a", "an"}:
        share, k = 0.5, k + 1
    elif low in {"a", "an", "one"}:
        share = 1.0
        if k < n and doc[k].lower_ == "quarter":
            share, k = 0.25, k + 1
            if k < n and doc[k].text == "-":
                k += 1
            elif [t.lower_ for t in doc[k : k + 2]] == ["of", "a"]:
                k += 2
    else:
        return None
    if k >= n or doc[k].lower_ not in {"decade", "century", "fortnight"}:
        return None
    unit, factor = _SCALED[doc[k].lower_]
    return i, k, share * factor, unit


def _hours_at_before(doc: Any, i: int) -> tuple[float, int] | None:
    glued = _GLUED_HOURS.fullmatch(doc[i].text)
    if glued is not None:
        return float(glued.group(1)), i
    if i + 1 < len(doc) and doc[i + 1].lower_ in _HOUR_WORDS and doc[i].text.isdigit():
        return float(doc[i].text), i + 1
    return None


def _hours_and_minutes_before(doc: Any, i: int) -> tuple[int, int, float] | None:
    hours = _hours_at_before(doc, i)
    if hours is None:
        return None
    k = hours[1] + 1
    if k < len(doc) and doc[k].lower_ in {"and", ","}:
        k += 1
    if (
        k + 1 >= len(doc)
        or _MINUTE_FIGURE.fullmatch(doc[k].text) is None
        or doc[k + 1].lower_ not in _MINUTE_WORDS
        or int(doc[k].text) >= 60
    ):
        return None
    return i, k + 1, hours[0] * 60 + int(doc[k].text)


def _rejoined_before(doc: Any, i: int) -> int | None:
    if i + 2 >= len(doc) or not (doc[i].text.isdigit() or doc[i].lower_ in WORDS):
        return None
    mark, nxt = doc[i + 1], doc[i + 2]
    if mark.text == "-" and nxt.lower_ in SCALES:
        return i + 2
    if mark.text == "-" and doc[i].lower_ in _TENS and 1 <= WORDS.get(nxt.lower_, 0) <= 9:
        return i + 2
    if not doc[i].text.isdigit():
        return None
    glued = doc[i].idx + len(doc[i].text) == mark.idx
    if mark.text not in {".", ","} or not glued or not nxt.text.isdigit():
        return None
    if doc_text(doc)[mark.idx + 1 : nxt.idx] != " ":
        return None
    if mark.text == "." and len(doc[i].text) <= 3:
        return i + 2
    if (
        mark.text == ","
        and len(nxt.text) == 3
        and len(doc[i].text) <= 3
        and not (i > 0 and doc[i - 1].lower_ in MONTHS)
        and not after_measure(doc_text(doc), nxt.idx)
    ):
        return i + 2
    return None


def test_word_duration_from_the_columns(doc: Any) -> None:
    found = [word_duration(doc, i) for i in range(len(doc))]
    assert found == [_word_duration_before(doc, i) for i in range(len(doc))]
    assert sum(f is not None for f in found) >= 4  # half a century, quarter forms, decade


def test_hours_and_minutes_from_the_columns(doc: Any) -> None:
    found = [hours_and_minutes(doc, i) for i in range(len(doc))]
    assert found == [_hours_and_minutes_before(doc, i) for i in range(len(doc))]
    assert sum(f is not None for f in found) >= 3  # "1hr 4 mins", "2 hours and 30 minutes"


def test_rejoined_from_the_columns(doc: Any) -> None:
    found = [rejoined(doc, i) for i in range(len(doc))]
    assert found == [_rejoined_before(doc, i) for i in range(len(doc))]
    assert sum(f is not None for f in found) >= 4  # "6. 1", "120, 000", "$137-million", ...


def _word_fraction_before(doc: Any, i: int) -> tuple[int, int, float, int] | None:
    n = len(doc)
    low = doc[i].lower_
    if (
        low == "half"
        and i + 2 < n
        and doc[i + 1].lower_ in {"a", "an"}
        and doc[i + 2].lower_ in FRACTION_UNITS
    ):
        return i, i + 1, 0.5, i + 2
    if (
        low in {"a", "an", "one"}
        and i + 4 < n
        and doc[i + 1].lower_ in FRACTION_UNITS
        and [t.lower_ for t in doc[i + 2 : i + 5]] == ["and", "a", "half"]
    ):
        return i, i + 4, 1.5, i + 1
    return None


def test_word_fraction_and_or_pair_from_the_columns(doc: Any) -> None:
    found = [word_fraction(doc, i) for i in range(len(doc))]
    assert found == [_word_fraction_before(doc, i) for i in range(len(doc))]
    assert sum(f is not None for f in found) >= 3  # "half a mile", "a mile and a half", km
    pairs = [_or_pair(doc, i) for i in range(len(doc))]
    before = [
        i + 2 < len(doc) and doc[i + 1].lower_ == "or" and is_number_token(doc[i + 2])
        for i in range(len(doc))
    ]
    assert pairs == before
    assert sum(pairs) >= 3


def _estimated_at_before(doc: Any, first: int, last: int) -> Any:
    num = doc[last]
    while num.dep_ in {"nummod", "compound", "quantmod"} and num.head.i > num.i:
        num = num.head
    if num.dep_ != "pobj" and last == first + 2 and doc[first + 1].text in {".", ","}:
        num = doc[first]  # "at 5. 9" (claims37)
    at = num.head
    if num.dep_ != "pobj" or at.lower_ != "at" or at.i >= first or at.dep_ != "prep":
        return None
    verb = at.head
    if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _VALUING:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < at.i), None)
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in _VALUED:
        return None
    return obj


def test_estimated_at_from_the_columns(doc: Any) -> None:
    bounds = [(a, b) for a in range(len(doc)) for b in range(a, min(a + 4, len(doc)))]
    found = [estimated_at(doc, a, b) for a, b in bounds]
    assert found == [_estimated_at_before(doc, a, b) for a, b in bounds]
    assert {t.text for t in found if t is not None} >= {"crowd", "toll"}


def _bracketed_owner_before(doc: Any, first: int, actors: ArticleActors) -> str | None:
    sent = doc[first].sent
    k = first - 1
    while k >= max(sent.start, first - _BRACKET_WORDS) and doc[k].text not in {"(", ")"}:
        k -= 1
    if k < max(sent.start + 1, first - _BRACKET_WORDS) or doc[k].text != "(":
        return None
    if not any(t.text == ")" for t in doc[first : min(sent.end, first + _BRACKET_WORDS)]):
        return None
    name = doc[k - 1]
    if name.ent_type_ in {"DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY", "PERCENT"}:
        return None
    if actors.actor_at(name.idx, name.idx + len(name.text)) is None:
        return None
    return resolve_speaker_token(name, actors, [])[0]


def test_bracketed_owner_from_the_columns(doc: Any) -> None:
    text = doc.text
    table = ArticleActors(text=text)
    for name, kind in (("Varby Owls", "ORG"), ("Kestrels", "ORG"), ("Osk Lund", "PERSON")):
        at = text.index(name)
        table._add(name, kind, at, at + len(name))
    at = text.index("Tamm")
    table._add("Per Tamm", "PERSON", at - 4, at + 4)
    found = [_bracketed_owner(doc, i, table) for i in range(len(doc))]
    assert found == [_bracketed_owner_before(doc, i, table) for i in range(len(doc))]
    assert {"Varby Owls", "Kestrels", "Osk Lund"} <= set(found)


def _score_line_before(doc: Any, first: int, last: int) -> bool:
    if last + 1 < len(doc) and _SCORE_TOKEN.fullmatch(doc[first].text):
        after = last + 1
    elif last + 2 < len(doc) and doc[last + 1].text in _DASHES and doc[last + 2].like_num:
        after = last + 3
    elif first >= 2 and doc[first - 1].text in _DASHES and doc[first - 2].like_num:
        after = last + 1
    else:
        return False
    return after < len(doc) and doc[after].lower_ in _RESULTS


def test_score_line_from_the_columns(doc: Any) -> None:
    bounds = [(a, b) for a in range(len(doc)) for b in range(a, min(a + 3, len(doc)))]
    found = [score_line(doc, a, b) for a, b in bounds]
    assert found == [_score_line_before(doc, a, b) for a, b in bounds]
    assert sum(found) >= 3  # "3-1 victory", "1 – 1 draw", "4 - 0 rout"
