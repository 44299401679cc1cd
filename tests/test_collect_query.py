"""Beat queries (FTS5) translated to GDELT and news-search syntax."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbeat.collect.query import QuerySyntaxError, parse_query, to_gdelt, to_search
from newsbeat.collect.sources import gdelt_url, search_url


@pytest.mark.parametrize(
    ("fts", "gdelt", "search"),
    [
        ("alliance", "alliance", "alliance"),
        ("alliance*", "alliance", "alliance"),
        ("nato OR alliance", "(nato OR alliance)", "nato OR alliance"),
        ('"trade deal" NOT tariff', '"trade deal" -tariff', '"trade deal" -tariff'),
        (
            "treaty AND (veldmark OR ostrava)",
            "treaty (veldmark OR ostrava)",
            "treaty (veldmark OR ostrava)",
        ),
        ("NEAR(summit storm, 5) kessel", "summit storm kessel", "summit storm kessel"),
        ("title:treaty", "treaty", "treaty"),
        ("a NOT (b OR c)", "a", "a"),  # a complex exclusion widens rather than narrows
        ('"say ""yes"""', '"say yes"', '"say yes"'),
    ],
)
def test_translation(fts: str, gdelt: str, search: str) -> None:
    assert to_gdelt(fts) == gdelt
    assert to_search(fts) == search


@pytest.mark.parametrize("bad", ["", "   ", "(alliance", "alliance OR", "AND"])
def test_malformed_queries_raise(bad: str) -> None:
    with pytest.raises(QuerySyntaxError):
        parse_query(bad)


def test_gdelt_request_has_the_documented_parameters() -> None:
    url = gdelt_url("https://api.example.org/doc", "nato OR alliance", since=None, max_records=900)
    assert url.startswith("https://api.example.org/doc?")
    assert "mode=artlist" in url and "format=json" in url and "timespan=7d" in url
    assert "maxrecords=250" in url  # GDELT's maximum
    assert "query=%28nato+OR+alliance%29" in url


def test_search_template_gets_the_encoded_query() -> None:
    url = search_url("https://search.example.org/rss?q={query}&hl=en", '"trade deal" NOT tariff')
    assert url == "https://search.example.org/rss?q=%22trade+deal%22+-tariff&hl=en"


@given(st.lists(st.from_regex(r"[a-z]{3,8}", fullmatch=True), min_size=1, max_size=5))
def test_plain_words_survive_translation(words: list[str]) -> None:
    query = " ".join(w for w in words if w.upper() not in {"AND", "OR", "NOT", "NEAR"}) or "x"
    assert to_gdelt(query).split() == query.split()
