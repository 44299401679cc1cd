"""Bad input for conflicts (issue 12): results tables printed one row per line (elections,
sports scores), a claim in every sentence, 300 quote marks, no punctuation. No crash, no claims
from table rows, and a story of many such articles gives a capped list of its closest
conflicts. Invented articles."""

from __future__ import annotations

import pytest

from newsbeat.compare import CompareOptions, StoryComparison, compare_articles
from newsbeat.enrich.analysis import ArticleInput, EnrichOptions, analyse_doc
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.models import Article, Enrichment

_ENGLISH = (
    "The results were published by the regional office on its website this morning, and the"
    " officials said that they would answer questions about them at the town hall later in the"
    " week.\n\n"
)
_CANDIDATES = (
    ("Anna Berg", "Centre"),
    ("Jon Dahl", "Labour"),
    ("Eva Lind", "Green"),
    ("Per Holm", "Liberal"),
    ("Ida Strand", "Left"),
    ("Ole Vik", "Right"),
)
_TEAMS = ("Arden", "Bruck", "Kessa", "Velmar", "Orsa", "Kittby")


def _election(seed: int) -> str:
    return "\n".join(
        f"{name} ({party}) {10_000 + 997 * ((i + seed) % 7):,} votes {30 + (i * seed) % 9}.{i}"
        " percent"
        for i, (name, party) in enumerate(_CANDIDATES)
    )


def _scores(seed: int) -> str:
    return "\n".join(
        f"{_TEAMS[i]} {(i + seed) % 5} {_TEAMS[(i + 1) % 6]} {(i * seed) % 4}" for i in range(6)
    )


def _analyse(texts: list[str]) -> tuple[list[Article], dict[int, Enrichment]]:
    # Tables fail the language check and would be skipped: parse them anyway.
    options = EnrichOptions(processes=1)
    nlp = load_pipeline(options.model)
    inputs = [
        ArticleInput(id=i, text=t, outlet=f"Outlet {i}", published="2026-03-02")
        for i, t in enumerate(texts, start=1)
    ]
    found = {a.id: analyse_doc(nlp(a.text), a, options) for a in inputs}
    articles = [
        Article(id=a.id, title="t", text=a.text, outlet=a.outlet, published="2026-03-02")
        for a in inputs
    ]
    return articles, found


def _compare(texts: list[str], options: CompareOptions | None = None) -> StoryComparison:
    articles, found = _analyse(texts)
    return compare_articles(articles, found, options)


@pytest.mark.parametrize("table", [_election, _scores], ids=["election", "scores"])
def test_a_results_table_printed_one_row_per_line_gives_no_claims(table: object) -> None:
    text = _ENGLISH + table(3) + "\n\nTurnout rose to 61 percent, the office said."  # type: ignore[operator]
    _, found = _analyse([text])
    assert [c.low for c in found[1].claims] == [61.0]


@pytest.mark.parametrize("table", [_election, _scores], ids=["election", "scores"])
def test_results_tables_set_no_candidate_or_team_against_another(table: object) -> None:
    texts = [_ENGLISH + table(seed) for seed in range(1, 7)]  # type: ignore[operator]
    assert _compare(texts, CompareOptions(max_conflicts=1000)).conflicts == []


def test_a_story_of_many_tables_gives_a_capped_list_of_its_closest_conflicts() -> None:
    # Fourteen outlets, each with two tables and its own figure for one disputed quantity:
    # 91 pairs of different figures, none from the tables.
    texts = [
        _ENGLISH
        + _election(n)
        + "\n\n"
        + f"The office said {n + 20} workers were hurt when the crane fell at the port."
        + "\n\n"
        + _scores(n)
        for n in range(1, 15)
    ]
    articles, found = _analyse(texts)
    capped = compare_articles(articles, found)
    everything = compare_articles(articles, found, CompareOptions(max_conflicts=1000))
    cap = CompareOptions().max_conflicts
    assert len(everything.conflicts) > cap
    assert len(capped.conflicts) == cap
    # ranked: the capped list is the head of the full one, in the same order
    key = [sorted(s["value"] for s in p.to_json()["sides"]) for p in everything.conflicts]
    assert [sorted(s["value"] for s in p.to_json()["sides"]) for p in capped.conflicts] == key[:cap]
    assert all("crane" in p.a.first.claim.sentence for p in everything.conflicts)


def test_a_claim_in_every_sentence_quote_marks_and_no_punctuation_stay_bounded() -> None:
    every = " ".join(f"The port handled {n} ships on day {n}." for n in range(10, 70))
    quotes = '"' * 300 + " 40 people were hurt " + '"' * 300
    run_on = " and ".join(f"{n} workers were hurt at site {n}" for n in range(1, 100))
    texts = [_ENGLISH + t for t in (every, quotes, run_on, every.replace("ships", "boats"))]
    articles, found = _analyse(texts)
    assert all(len(e.claims) <= 100 for e in found.values())
    twice = articles + [
        Article(id=a.id + 10, title="t", text=a.text, outlet=f"Copy {a.id}") for a in articles
    ]
    copies = {k + 10: e for k, e in found.items()} | found
    result = compare_articles(twice, copies)
    assert len(result.conflicts) <= CompareOptions().max_conflicts
