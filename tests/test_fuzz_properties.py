"""Property tests (issue 15): every importer, the query checks, ``since`` and the range logic of
claims take any input and answer cleanly. The targets are :mod:`newsbeat.bench.fuzz`'s (the
same ones ``newsbeat bench fuzz`` runs for longer); here hypothesis drives them with raw bytes
and with inputs shaped like the real thing."""

from __future__ import annotations

import codecs
import json
import math
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbeat.bench.fuzz import fuzz_claims, fuzz_importers, fuzz_query, fuzz_since
from newsbeat.compare.claim_context import classify_ranges
from newsbeat.compare.records import format_range
from newsbeat.models import Claim
from newsbeat.query import query_shape
from newsbeat.since import parse_since

SLOW = settings(deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow])
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

# -- importers ---------------------------------------------------------------------------------
controls = st.integers(0, 255)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
records = st.fixed_dictionaries(
    {"title": st.text(max_size=40), "text": st.text(max_size=200)},
    optional={
        "published": st.text(max_size=25),
        "url": st.text(max_size=40),
        "outlet": json_values,
    },
)
lines = st.text(max_size=80).map(lambda s: s.replace("\n", " "))


@SLOW
@given(controls, st.binary(max_size=2048))
def test_any_bytes_through_any_importer(control: int, data: bytes) -> None:
    fuzz_importers(bytes([control]) + data)


@SLOW
@given(controls, st.lists(records | json_values, max_size=6), st.sampled_from(["\n", "\r\n"]))
def test_jsonl_shaped_input(control: int, values: list[object], end: str) -> None:
    text = end.join(json.dumps(v) for v in values) + end
    fuzz_importers(bytes([control & 0xF1]) + text.encode())  # jsonl, detected or forced


@SLOW
@given(
    controls,
    lines,
    st.lists(st.tuples(lines, st.lists(lines, max_size=6), st.booleans()), max_size=5),
)
def test_dump_shaped_input(
    control: int, keyword: str, articles: list[tuple[str, list[str], bool]]
) -> None:
    parts = [keyword, ""]
    for title, body, closed in articles:
        parts += [title, *body] + (["Source link", ""] if closed else [])
    fuzz_importers(bytes([control & 0xF0 | 5]) + "\n".join(parts).encode())  # dump


@SLOW
@given(
    st.sampled_from(["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]),
    st.text(min_size=1, max_size=300),
)
def test_utf16_and_utf32_with_a_bom(encoding: str, text: str) -> None:
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(
        encoding, codecs.BOM_UTF32_LE if encoding == "utf-32-le" else codecs.BOM_UTF32_BE
    )
    try:
        data = bom + text.encode(encoding)
    except UnicodeEncodeError:  # lone surrogates
        return
    for control in (0, 6):  # detected as .txt, forced text
        fuzz_importers(bytes([control]) + data)


# -- search queries --------------------------------------------------------------------------
query_tokens = st.sampled_from(
    [
        "harbour",
        "strik*",
        "a*",
        "AND",
        "OR",
        "NOT",
        "(",
        ")",
        '"',
        '"dock strike"',
        "NEAR(",
        ",",
        "10",
        "title:",
        "{title text}:",
        "^",
        "*",
        "+",
        "-",
        "ü",
        "𝔘",
        '""',
        ":",
        "{",
        "}",
    ]
)


@given(st.text(max_size=600))
def test_any_text_as_a_query(query: str) -> None:
    fuzz_query(query.encode("utf-8", "surrogatepass"))


@given(st.lists(query_tokens, max_size=40))
def test_query_shaped_text(tokens: list[str]) -> None:
    fuzz_query(" ".join(tokens).encode())


@given(
    st.lists(
        st.from_regex(r"[a-z]{1,8}", fullmatch=True).filter(
            lambda w: w.upper() not in ("AND", "OR", "NOT", "NEAR")
        ),
        min_size=1,
        max_size=50,
    )
)
def test_words_or_prefixes_are_counted(words: list[str]) -> None:
    assert query_shape(" OR ".join(words)).terms == len(words)
    prefixed = query_shape(" ".join(w + "*" for w in words))
    assert (prefixed.terms, prefixed.prefix_terms) == (len(words), len(words))
    assert query_shape('"' + " ".join(words) + '"').terms == len(words)


# -- since -----------------------------------------------------------------------------------
@given(st.text(max_size=100))
def test_any_text_as_since(value: str) -> None:
    fuzz_since(value.encode("utf-8", "surrogatepass"))


@given(st.integers(min_value=0, max_value=10**70), st.sampled_from("mhdw"))
def test_any_age_is_a_bound_or_too_far_back(amount: int, unit: str) -> None:
    try:
        bound = parse_since(f"{amount}{unit}", now=NOW)
    except ValueError as exc:
        assert "too far back" in str(exc) or "longer than 64 characters" in str(exc)
        return
    assert bound is not None and bound <= NOW.isoformat()


@given(st.datetimes(timezones=st.just(UTC)))
def test_any_date_time_is_its_own_bound(moment: datetime) -> None:
    assert parse_since(moment.isoformat()) == moment.isoformat()


# -- claims range logic ----------------------------------------------------------------------
bounds = st.none() | st.floats(min_value=-1e300, max_value=1e300, allow_nan=False)


def _claim(low: float | None, high: float | None, exact: bool) -> Claim:
    if low is not None and high is not None and low > high:
        low, high = high, low
    return Claim(what="w", low=low, high=high, exact=exact, unit=None, claimant=None, sentence="")


@given(st.binary(max_size=40))
def test_any_bytes_through_the_claims_target(data: bytes) -> None:
    fuzz_claims(data)


@given(bounds, bounds, st.booleans(), bounds, bounds, st.booleans())
def test_classify_ranges_is_symmetric_and_reflexive(
    a_low: float | None,
    a_high: float | None,
    a_exact: bool,
    b_low: float | None,
    b_high: float | None,
    b_exact: bool,
) -> None:
    a, b = _claim(a_low, a_high, a_exact), _claim(b_low, b_high, b_exact)
    assert classify_ranges(a, b) == classify_ranges(b, a)
    assert classify_ranges(a, a) == "agree"
    assert format_range(a.low, a.high, exact=a.exact)


@given(st.floats(min_value=0, max_value=1e12), st.floats(min_value=0, max_value=1e12))
def test_overlapping_ranges_are_never_disjoint(x: float, y: float) -> None:
    low, high = min(x, y), max(x, y)
    wide = _claim(low, high, exact=False)
    inside = _claim(low + (high - low) / 2, None, exact=False)
    assert classify_ranges(wide, inside) != "disjoint"
    assert math.isfinite(low)


# Found by the claims target; the code is the enrich and compare owners' (not changed here).
def test_a_309_digit_number_is_a_finite_value() -> None:
    from newsbeat.enrich.claims import parse_number

    value = parse_number(["9" * 400])
    assert value is None or math.isfinite(value)


def test_format_range_has_words_for_huge_bounds() -> None:
    assert format_range(9e307, 1.1e308, exact=False)
