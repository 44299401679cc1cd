"""Conflicts: a service's share written "were down by N percent" (issue 12, conf37).

"Telephone services in Velmora were down by 85 percent, in Ostravia by 40 percent" gives the
share of each country's services that was out, as "up to 70 per cent of web services in
Velmora were disrupted" does. Before, the 85 had no place (its place is written before its
verb, not before its "by") and no event (the figure is not the copula's subject), so it took
the 40's place in its own article (two figures of one slot: the article "gives two figures")
and met the other outlet's 70 with its event unknown. Invented sentences; each rule test fails
without its rule (``enrich.claim_outages.down_by_share``, ``compare.share_places._backward``'s
first item), and the guards without theirs.
"""

from __future__ import annotations

from tests._enrich_docs import BODY as _BODY
from tests._enrich_docs import compare_outlets as _compare
from tests._enrich_docs import parsed_kept
from tests._enrich_docs import side_values as _values

from newsbeat.compare.share_places import share_places
from newsbeat.enrich.analysis import ArticleInput, EnrichOptions, analyse_doc
from newsbeat.models import Claim

_DISRUPTED = (
    "Up to 70 per cent of web services in Velmora, and 40 per cent in Ostravia, were "
    "disrupted on Tuesday, operators said.\n"
)
_DOWN_BY = (
    "International telephone and internet services in Velmora were down by 85 percent, in "
    "Ostravia by 40 percent.\n"
)
_SITES = ["Velmora", "Ostravia"]


def _events(text: str) -> list[tuple[float | None, str | None]]:
    doc = parsed_kept(text)
    enrichment = analyse_doc(doc, ArticleInput(id=1, text=text, outlet="Wire"), EnrichOptions())
    return [(c.low, c.event) for c in enrichment.claims]


def _share(sentence: str, value: float) -> Claim:
    return Claim(
        what="percent", low=value, high=value, exact=True, unit="percent", claimant=None,
        sentence=sentence,
    )  # fmt: skip


def test_a_services_share_down_by_is_disrupted() -> None:
    assert _events(_DOWN_BY) == [(85.0, "disrupt"), (40.0, "disrupt")]
    assert _events("Phone lines in Ostravia were down by 30 percent on Monday.\n") == [
        (30.0, "disrupt")
    ]


def test_what_fell_by_a_share_is_no_outage() -> None:
    # a guard: sales "down by" a share fell, nothing was out of service
    assert _events("Sales in Velmora were down by 5 percent last year.\n") == [(5.0, None)]
    # a guard: a count after "by" is no share
    assert [e for _, e in _events("Phone services were down by 300 calls an hour.\n")] != [
        "disrupt"
    ]


def test_the_first_item_of_a_list_written_place_first_reads_its_place() -> None:
    assert share_places(_share(_DOWN_BY, 85.0), _SITES) == {"velmora"}
    assert share_places(_share(_DOWN_BY, 40.0), _SITES) == {"ostravia"}
    fell = "Calls in Velmora fell by 80 percent, in Ostravia by 65 percent."
    assert share_places(_share(fell, 80.0), _SITES) == {"velmora"}


def test_a_place_before_another_clause_is_not_the_shares() -> None:
    said = "Officials in Velmora said calls fell by 80 percent."
    assert share_places(_share(said, 80.0), _SITES) == frozenset()
    other = "Traffic was lost in Velmora while calls fell by 80 percent."
    assert share_places(_share(other, 80.0), _SITES) == frozenset()


def test_one_countrys_share_down_by_against_disrupted_conflicts() -> None:
    result = _compare([("Wire", _BODY + _DISRUPTED), ("Post", _BODY + _DOWN_BY)])
    assert [_values(p) for p in result.conflicts] == [{"up to 70", "85"}]


def test_a_fall_of_sales_is_no_conflict_with_an_outage() -> None:
    sales = "Sales in Velmora were down by 85 percent, in Ostravia by 40 percent.\n"
    result = _compare([("Wire", _BODY + _DISRUPTED), ("Post", _BODY + sales)])
    assert result.conflicts == []
