"""The conflict pair scorer (``compare/pair_scorer.py``, branch confscore): the rules that stay
hard whatever it scores (the guidelines' definitions), how it weighs a clear dispute and a clear
look-alike, and its data file, rebuilt from the committed pair table. Invented articles."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from _report_support import make_enrichment
from newsbeat.compare import StoryComparison, claims, compare_articles, explain_claims
from newsbeat.compare.pair_scorer import FEATURES, PairModel, default_model, model_from
from newsbeat.models import Article, Claim

ROOT = Path(__file__).resolve().parent.parent


def _claim(value: float, *, high: float | str | None = "same", **kw: Any) -> Claim:
    fields: dict[str, Any] = {
        "what": "people injured",
        "unit": None,
        "claimant": None,
        "event": "injure",
        "sentence": f"The blast in Corvane injured {value:g} people on Friday.",
    }
    fields.update(kw)
    top = value if high == "same" else high
    return Claim(low=value, high=top, exact=top == value, **fields)  # type: ignore[arg-type]


def _story(specs: list[tuple[str, str, list[Claim]]]) -> StoryComparison:
    articles, enrichments = [], {}
    for i, (outlet, published, found) in enumerate(specs, start=1):
        articles.append(Article(id=i, title=f"t{i}", text="x", outlet=outlet, published=published))
        enrichments[i] = make_enrichment(i, {})
        enrichments[i].claims = found
    return compare_articles(articles, enrichments)


@pytest.fixture
def takes_everything(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A scorer that would call every pair it sees one quantity, deciding alone."""
    model = PairModel(weights={}, intercept=50.0, threshold=0.5, mode="replace")
    monkeypatch.setattr(claims, "default_model", lambda: model)
    yield


@pytest.mark.usefixtures("takes_everything")
def test_overlapping_hedged_ranges_stay_compatible_whatever_the_scorer_says() -> None:
    # "at least 50" and 80 overlap: only the precision differs (the guidelines' hedge).
    result = _story(
        [
            ("Wire", "2026-03-02T08:00", [_claim(50, high=None, hedge="at least",
                sentence="At least 50 people were injured in the Corvane blast.")]),
            ("Post", "2026-03-02T09:00", [_claim(80)]),
        ]
    )  # fmt: skip
    assert result.conflicts == [] and len(result.compatible) == 1


@pytest.mark.usefixtures("takes_everything")
def test_a_later_figure_of_the_same_outlet_stays_an_update() -> None:
    result = _story(
        [
            ("Wire", "2026-03-02T08:00", [_claim(12)]),
            ("Wire", "2026-03-02T15:00", [_claim(19)]),
        ]
    )
    assert result.conflicts == [] and len(result.updates) == 1


@pytest.mark.usefixtures("takes_everything")
def test_a_bystanders_figure_is_never_the_outlets() -> None:
    result = _story(
        [
            ("Wire", "2026-03-02T08:00", [_claim(12)]),
            ("Post", "2026-03-02T09:00", [_claim(40, voice="bystander",
                sentence='"I saw 40 people hurt," said a shopkeeper in Corvane.')]),
        ]
    )  # fmt: skip
    assert result.conflicts == [] and result.compatible == []


@pytest.mark.usefixtures("takes_everything")
def test_two_units_are_never_compared() -> None:
    # Euros and pounds of one fine are two units of one amount (the guidelines' "different").
    result = _story(
        [
            ("Wire", "2026-03-02T08:00", [_claim(4e6, what="euros", unit="euros", event="fine",
                sentence="The court fined Maribel Shipping 4 million euros.")]),
            ("Post", "2026-03-02T09:00", [_claim(3.4e6, what="pounds", unit="pounds",
                event="fine", sentence="The court fined Maribel Shipping 3.4 million pounds.")]),
        ]
    )  # fmt: skip
    assert result.conflicts == [] and result.compatible == []


def test_without_a_model_the_rule_chain_decides_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # The same two figures: the chain takes a plain dispute; a scorer that takes nothing in
    # rescue mode leaves that decision alone.
    specs = [
        ("Wire", "2026-03-02T08:00", [_claim(12)]),
        ("Post", "2026-03-02T09:00", [_claim(19)]),
    ]
    monkeypatch.setattr(claims, "default_model", lambda: None)
    assert len(_story(specs).conflicts) == 1
    never = PairModel(weights={}, intercept=-50.0, threshold=0.5, mode="rescue")
    monkeypatch.setattr(claims, "default_model", lambda: never)
    assert len(_story(specs).conflicts) == 1


_DISPUTE = [
    ("Wire", "2026-03-02T08:00", [_claim(12)]),
    ("Post", "2026-03-02T09:00", [_claim(19)]),
]
_LOOKALIKE = [
    ("Wire", "2026-03-02T08:00", [_claim(12)]),
    ("Post", "2026-03-02T09:00", [_claim(300, what="people evacuated", event="evacuate",
        subject="Corvane police", time_ref="in 2019",
        sentence="In 2019 Corvane police evacuated 300 people from the old mill.")]),
]  # fmt: skip


@pytest.mark.usefixtures("takes_everything")
def test_a_scorer_deciding_alone_overrules_the_chain() -> None:
    # The hard rules above are what is left: two figures of another event, another year and
    # another actor are a conflict once the scorer alone decides and takes them.
    assert len(_story(_LOOKALIKE).conflicts) == 1


def _evidence(specs: list[tuple[str, str, list[Claim]]]) -> dict[str, float]:
    articles, enrichments = [], {}
    for i, (outlet, published, found) in enumerate(specs, start=1):
        articles.append(Article(id=i, title=f"t{i}", text="x", outlet=outlet, published=published))
        enrichments[i] = make_enrichment(i, {})
        enrichments[i].claims = found
    (record,) = [r for r in explain_claims(articles, enrichments) if "evidence" in r]
    return record["evidence"]


def _trained() -> PairModel:
    data = json.loads((ROOT / "src/newsbeat/data/conflict_scorer.json").read_text("utf-8"))
    model = model_from({**data, "weights": data["trained_weights"]})
    assert model is not None
    return model


def test_the_evidence_names_every_feature() -> None:
    assert set(_evidence(_DISPUTE)) == set(FEATURES)


def test_a_clear_dispute_scores_above_a_clear_lookalike() -> None:
    model = _trained()
    dispute, lookalike = model.score(_evidence(_DISPUTE)), model.score(_evidence(_LOOKALIKE))
    assert dispute > 0.5 > lookalike


def test_the_shipped_model_is_read_from_its_data_file() -> None:
    data = json.loads((ROOT / "src/newsbeat/data/conflict_scorer.json").read_text("utf-8"))
    assert (default_model() is None) == (data["weights"] is None)


def _script(name: str, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))  # the script imports its sibling
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, name, module)
    spec.loader.exec_module(module)
    return module


def test_the_data_file_is_what_its_script_builds(monkeypatch: pytest.MonkeyPatch) -> None:
    built = _script("build_conflict_scorer", monkeypatch).build(ROOT.parent / "shared")
    committed = json.loads((ROOT / "src/newsbeat/data/conflict_scorer.json").read_text("utf-8"))
    assert json.loads(json.dumps(built, ensure_ascii=False)) == committed
