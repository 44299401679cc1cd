"""Claims with slots, end to end on invented articles (issue 12, item 1): only like is compared
with like, hedges stay as written, bystanders and edited copies are handled, and a story of
tables does not flood the page. Each test fails without its rule."""

from __future__ import annotations

import pytest

from newsbeat.compare import CompareOptions, StoryComparison, compare_articles
from newsbeat.enrich.stage import ArticleInput, EnrichOptions, enrich_articles
from newsbeat.models import Article, Claim, Enrichment
from newsbeat.stories.dedupe import DedupeOptions, figures, figures_differ, find_reprints

Spec = tuple[str, str | None, str]  # outlet, published, text


def _enrich(specs: list[Spec]) -> tuple[list[Article], dict[int, Enrichment]]:
    inputs = [
        ArticleInput(id=i, text=text, outlet=outlet, published=published)
        for i, (outlet, published, text) in enumerate(specs, start=1)
    ]
    found = list(enrich_articles(inputs, EnrichOptions(processes=1)))
    articles = [
        Article(id=i, title=f"t{i}", text=text, outlet=outlet, published=published)
        for i, (outlet, published, text) in enumerate(specs, start=1)
    ]
    return articles, {e.article_id: e for e in found}


def _compare(specs: list[Spec], options: CompareOptions | None = None) -> StoryComparison:
    articles, enrichments = _enrich(specs)
    return compare_articles(articles, enrichments, options)


def _claims(text: str) -> list[Claim]:
    _, enrichments = _enrich([("Wire", "2026-03-02", text)])
    return enrichments[1].claims


def test_distances_from_different_places_are_not_a_conflict() -> None:
    result = _compare(
        [
            (
                "Wire",
                "2026-03-02",
                "The quake struck 55 km south of Arden on Monday, the survey said.",
            ),
            (
                "Post",
                "2026-03-02",
                "The quake struck 72 km southeast of Bruck on Monday, the survey said.",
            ),
        ]
    )
    assert result.conflicts == []


def test_distances_from_the_same_place_can_conflict() -> None:
    result = _compare(
        [
            (
                "Wire",
                "2026-03-02",
                "The quake struck 55 km south of Arden on Monday, the survey said.",
            ),
            (
                "Post",
                "2026-03-02",
                "The quake struck 80 km south of Arden on Monday, the survey said.",
            ),
        ]
    )
    assert [(p.a.value, p.b.value) for p in result.conflicts] == [("55", "80")]


def test_a_part_of_a_total_is_not_a_rival_figure() -> None:
    claims = _claims("Velmar will pay $334 million, including $281 million in cash, for the yard.")
    assert [(c.low, c.role) for c in claims] == [(334e6, None), (281e6, "part")]
    result = _compare(
        [
            (
                "Wire",
                "2026-03-02",
                "Velmar will pay $334 million, including $281 million in cash, for the yard.",
            ),
            ("Post", "2026-03-02", "Velmar will pay $334 million for the yard, the company said."),
        ]
    )
    assert result.conflicts == []


def test_killed_and_deployed_are_never_one_quantity() -> None:
    claims = _claims("At least 600 people were killed and 15,000 troops were deployed.")
    assert [c.event for c in claims] == ["kill", "deploy"]
    result = _compare(
        [
            (
                "Wire",
                "2026-03-02",
                "Officials said 600 soldiers were killed in the fighting near Arden.",
            ),
            (
                "Post",
                "2026-03-02",
                "Officials said 15,000 soldiers were deployed in the fighting near Arden.",
            ),
        ]
    )
    assert result.conflicts == [] and result.compatible == []


def test_hedges_are_kept_as_written_and_become_ranges() -> None:
    [fifty] = _claims("The village lies less than 50 km from the border, police said.")
    assert (fifty.low, fifty.high, fifty.hedge) == (None, 50, "less than")
    result = _compare(
        [
            (
                "Wire",
                "2026-03-02",
                "At least 600 people were killed in the floods, officials said.",
            ),
            ("Post", "2026-03-02", "Some 700 people were killed in the floods, officials said."),
        ]
    )
    assert result.conflicts == []  # 700 is at least 600: compatible
    [pair] = result.compatible
    assert {pair.a.value, pair.b.value} == {"at least 600", "some 700"}
    json = pair.to_json()
    assert {side["value"] for side in json["sides"]} == {"at least 600", "some 700"}


def test_a_bystanders_figure_is_not_the_outlets_claim() -> None:
    result = _compare(
        [
            ("Wire", "2026-03-02", "Police said 40 people were arrested at the march in Arden."),
            (
                "Post",
                "2026-03-02",
                '"I think 400 people were arrested at the march," said a local resident.',
            ),
        ]
    )
    assert result.conflicts == []
    comment = (
        "Police said 40 people were arrested at the march in Arden on Saturday.\n\n"
        "Comment from jdoe: 400 people were arrested, I was there."
    )
    _, enrichments = _enrich([("Post", None, comment)])
    assert [c.voice for c in enrichments[1].claims] == [None, "bystander"]


def test_different_sentences_are_not_a_conflict() -> None:
    # Same counted noun, unrelated statements: the masked sentences share almost nothing.
    result = _compare(
        [
            ("Wire", "2026-03-02", "The pirates came from two countries bordering the gulf."),
            (
                "Post",
                "2026-03-02",
                "Delegates of 25 countries attended the security conference in Bahrain.",
            ),
        ]
    )
    assert result.conflicts == []
    loose = CompareOptions(min_similarity=0.0)
    articles, enrichments = _enrich(
        [
            ("Wire", "2026-03-02", "Nine workers were hurt when the crane fell, the office said."),
            ("Post", "2026-03-02", "Four workers were hurt when the crane fell, the office said."),
        ]
    )
    assert len(compare_articles(articles, enrichments).conflicts) == 1
    assert len(compare_articles(articles, enrichments, loose).conflicts) == 1


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Greek stocks closed down 3. 9 percent on Friday.", {9.0, 3.0}),
        ("Some 20, 000 people marched through the city.", {20.0, 0.0}),
        ("About three-fourths of the villages were damaged.", {3.0}),
        ("The laptop ships with a GT 650M graphics card.", {650.0, 650e6}),
        ("A quake with a magnitude of 4. 6 shook the coast.", {4.0, 6.0}),
        ("The fire was reported at 3: 33 a. m. by a neighbour.", {3.0, 33.0}),
    ],
)
def test_split_decimals_fractions_codes_and_times_are_not_counts(
    text: str, absent: set[float]
) -> None:
    values = {v for c in _claims(text) for v in (c.low, c.high) if v is not None}
    assert not values & absent, _claims(text)


def test_an_undated_articles_claims_are_undated_and_never_an_update() -> None:
    result = _compare(
        [
            ("Wire", "2026-03-02", "Four workers were hurt when the crane fell, the office said."),
            ("Post", None, "The number of workers hurt when the crane fell has risen to nine."),
        ]
    )
    assert result.updates == []
    sides = [s for p in result.conflicts + result.compatible for s in p.to_json()["sides"]]
    assert all(s["claims"][0]["published"] is None for s in sides if s["outlets"] == ["Post"])


def test_an_edited_copy_with_other_figures_is_not_a_reprint() -> None:
    original = (
        "The alliance was signed by 15 states in Haldis on Thursday after two years of talks"
        " between the foreign ministries, and it will come into force in the spring once every"
        " parliament has ratified the treaty."
    )
    edited = original.replace("15 states", "14 states")
    trimmed = original.rsplit(" and it will", 1)[0] + "."
    assert figures_differ(figures(original), figures(edited))
    assert not figures_differ(figures(original), figures(trimmed))
    found = find_reprints([], [(1, original), (2, edited), (3, trimmed)], DedupeOptions())
    assert found == {3: 1}  # the trimmed copy is a reprint; the edited one stands on its own
    result = _compare([("Wire", "2026-03-02", original), ("Post", "2026-03-02", edited)])
    assert [(p.a.value, p.b.value) for p in result.conflicts] == [("15", "14")]


def test_a_story_of_tables_gives_few_conflicts_in_bounded_time() -> None:
    rows = [
        " ".join(
            f"{team} {score} points."
            for team, score in zip("ABCDEFGH", range(i, i + 8), strict=True)
        )
        for i in range(40)
    ]
    table = "\n\n".join(rows)
    every = " ".join(f"The port handled {n} ships on day {n}." for n in range(10, 70))
    specs: list[Spec] = [(f"Outlet {i}", "2026-03-02", every if i % 2 else table) for i in range(6)]
    result = _compare(specs)
    assert len(result.conflicts) <= CompareOptions().max_conflicts


@pytest.mark.parametrize(
    "text",
    [
        "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20",
        '"' * 300 + " 40 people were hurt " + '"' * 300,
        "police said 40 people were hurt and 12 were arrested and 300 fled and 9 buildings burned",
        "Team A 3 Team B 1\nTeam C 2 Team D 2\nTeam E 0 Team F 5\n" * 30,
    ],
    ids=["only-numbers", "quote-marks", "no-punctuation", "score-table"],
)
def test_bad_input_does_not_crash(text: str) -> None:
    result = _compare([("Wire", "2026-03-02", text), ("Post", "2026-03-02", text + " 7 ships.")])
    assert len(result.conflicts) <= CompareOptions().max_conflicts
