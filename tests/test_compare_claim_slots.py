"""Claims with slots, end to end on invented articles (issue 12, item 1): only like is compared
with like, hedges stay as written, bystanders and edited copies are handled, and a story of
tables does not flood the page. Each test fails without its rule."""

from __future__ import annotations

import pytest

from newsbeat.compare import CompareOptions, StoryComparison, compare_articles
from newsbeat.enrich.analysis import ArticleInput, EnrichOptions, analyse_doc
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.stage import enrich_articles
from newsbeat.models import Article, Claim, Enrichment
from newsbeat.stories.dedupe import DedupeOptions, figures, figures_differ, find_reprints

Spec = tuple[str, str | None, str]  # outlet, published, text


def _enrich(
    specs: list[Spec], *, any_language: bool = False
) -> tuple[list[Article], dict[int, Enrichment]]:
    inputs = [
        ArticleInput(id=i, text=text, outlet=outlet, published=published)
        for i, (outlet, published, text) in enumerate(specs, start=1)
    ]
    options = EnrichOptions(processes=1)
    if any_language:  # tables and junk fail the language check; parse them anyway
        nlp = load_pipeline(options.model)
        found = [analyse_doc(nlp(a.text), a, options) for a in inputs]
    else:
        found = list(enrich_articles(inputs, options))
    articles = [
        Article(
            id=i,
            title=f"t{i}",
            text=text,
            outlet=outlet,
            published=published,
            imported_at="2026-03-09T08:00:00+00:00",  # later than any date here
        )
        for i, (outlet, published, text) in enumerate(specs, start=1)
    ]
    return articles, {e.article_id: e for e in found}


def _compare(
    specs: list[Spec], options: CompareOptions | None = None, *, any_language: bool = False
) -> StoryComparison:
    articles, enrichments = _enrich(specs, any_language=any_language)
    skipped = [e.skipped_reason for e in enrichments.values() if e.skipped_reason]
    assert not skipped, skipped
    return compare_articles(articles, enrichments, options)


# Short texts are too short to tell their language and would be skipped: pad them with an
# English sentence that holds no number.
_PAD = "\n\nThe report was published by the regional office on its website this morning."
_ENGLISH = (
    "The results were published by the regional office on its website this morning, and the"
    " officials said that they would answer questions about them at the town hall later in the"
    " week.\n\n"
)


def _claims(text: str) -> list[Claim]:
    _, enrichments = _enrich([("Wire", "2026-03-02", text + _PAD)])
    assert enrichments[1].skipped_reason is None, enrichments[1].skipped_reason
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
            ("Post", "2026-03-02", "Velmar will pay $350 million for the yard, the company said."),
        ]
    )
    # 334 against 350 is a disagreement; the cash part of 334 is not a rival of 350.
    assert [(p.a.value, p.b.value) for p in result.conflicts] == [("334 million", "350 million")]


def test_killed_and_deployed_are_never_one_quantity() -> None:
    claims = _claims("At least 600 people were killed and 15,000 troops were deployed.")
    assert [c.event for c in claims] == ["kill", "deploy"]
    result = _compare(
        [
            (
                "Wire",
                "2026-03-02",
                "Kaldria lost 600 troops in the fighting near Arden, officials said.",
            ),
            (
                "Post",
                "2026-03-02",
                "Kaldria sent 15,000 troops to the fighting near Arden, officials said.",
            ),
        ]
    )
    assert result.conflicts == []


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
    # Same counted noun, no event to tell them apart, unrelated statements: the sentences with
    # their numbers masked share almost nothing.
    result = _compare(
        [
            ("Wire", "2026-03-02", "The pirates are from two countries bordering the gulf."),
            (
                "Post",
                "2026-03-02",
                "The security conference in Bahrain had representatives of 25 countries.",
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
        ("Two thirds of residents fled the town.", {2.0}),
        ("The RTX 4090 cards sold out.", {4090.0}),
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
    # Imported later, but not known to be written later: the same outlet's other figure is not
    # an update of its dated one.
    result = _compare(
        [
            ("Wire", "2026-03-02", "Four workers were hurt when the crane fell, the office said."),
            ("Wire", None, "Nine workers were hurt when the crane fell, the office said."),
        ]
    )
    assert result.updates == []
    [pair] = result.conflicts
    published = {s["value"]: s["claims"][0]["published"] for s in pair.to_json()["sides"]}
    assert published == {"4": "2026-03-02", "9": None}


def test_an_undated_articles_quotes_relations_and_first_report_are_undated() -> None:
    # reader20: the wordings of a quote carried the import time as "published" when no
    # article of the story had a date
    said = '"We will rebuild the pier by June," said Mayor Ines Harkin of Orsa.'
    treaty = "Kaldria signed a defence treaty with Sorvenland on Thursday."
    result = _compare([("Wire", None, f"{said} {treaty}"), ("Post", None, f"{treaty} {said}")])
    variants = [v for g in result.quotes for v in g.to_json()["variants"]]
    assert variants and {v["published"] for v in variants} == {None}
    assert result.first is not None and result.first["published"] is None
    assert result.relations and all(p is None for g in result.relations for _, p in g.reports)
    dated = _compare([("Wire", "2026-03-02", said)])
    assert {v["published"] for g in dated.quotes for v in g.to_json()["variants"]} == {"2026-03-02"}


def test_conflicts_are_capped_and_the_closest_wordings_come_first() -> None:
    specs: list[Spec] = [
        (
            f"Outlet {n}",
            "2026-03-02",
            f"{n} workers were hurt when the crane fell, the office said.",
        )
        for n in range(11, 26)
    ]
    specs.append(("Outlet X", "2026-03-02", "Police said 99 workers were hurt in the city."))
    result = _compare(specs)
    assert len(result.conflicts) == CompareOptions().max_conflicts
    assert all("Outlet X" not in p.outlets for p in result.conflicts)
    everything = _compare(specs, CompareOptions(max_conflicts=1000))
    assert len(everything.conflicts) > CompareOptions().max_conflicts


_HEIST = [
    (
        "Orsa Wire",
        "2026-03-02",
        "Robbers stole jewels valued at 90 million euros ($114 million) from a Velmar store,"
        " prosecutors said.",
    ),
    ("Kittby Times", "2026-03-02", "Jewels worth $171 million were stolen from a Velmar store."),
    ("Strait Post", "2026-03-02", "Robbers stole $114 million of jewels from a Velmar store."),
]


def test_dollar_figures_of_a_sum_given_in_euros_are_no_conflict() -> None:
    # reader20: one heist of 85 million euros was $108 million in a US report and "more than
    # $160 million" in an Australian one: "$" names several currencies, each outlet converts
    result = _compare(_HEIST)
    assert result.conflicts == []
    unique = " ".join(str(u) for u in result.unique)
    assert "171" not in unique  # every outlet gives the sum: none reports it alone


def test_a_sum_in_euros_without_a_conversion_leaves_the_dollars_compared() -> None:
    # the review: a euro fine beside two dollar settlements that disagree
    result = _compare(
        [
            (
                "Orsa Wire",
                "2026-03-02",
                "Regulators fined Norvex 50 million euros in May. Norvex agreed to pay"
                " $300 million to settle the lawsuit, its lawyers said.",
            ),
            (
                "Strait Post",
                "2026-03-02",
                "Norvex agreed to pay $500 million to settle the lawsuit.",
            ),
        ]
    )
    assert [sorted(s["value"] for s in p.to_json()["sides"]) for p in result.conflicts] == [
        ["300 million", "500 million"]
    ]


def test_dollar_figures_of_a_dollar_story_still_disagree() -> None:
    [pair] = _compare(_HEIST[1:]).conflicts
    assert {s["value"] for s in pair.to_json()["sides"]} == {"114 million", "171 million"}


def test_dollar_figures_further_apart_than_any_rate_still_disagree() -> None:
    # $40 million against $171 million: no two dollars were ever four to one, so one of the
    # two outlets has the sum wrong whatever dollar each wrote ($114 and $171 million stay
    # apart: an Australian conversion of the same euros)
    low = ("Ferro Daily", "2026-03-02", "Robbers stole $40 million of jewels from a Velmar store.")
    pairs = [
        sorted(s["value"] for s in p.to_json()["sides"]) for p in _compare([*_HEIST, low]).conflicts
    ]
    assert ["171 million", "40 million"] in pairs
    assert ["114 million", "171 million"] not in pairs


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


def test_a_copy_converting_units_is_an_edited_copy() -> None:
    # The copy writes metres where the original wrote feet: the word after each figure
    # changes with its number, and the copy is still no reprint.
    original = (
        "The two walkers fell about 200ft from the north ridge of Mount Tarven on Sunday,"
        " the rescue service said, and their bodies were found the next morning by a team"
        " that had climbed through the night from the hut below the glacier."
    )
    converted = original.replace("about 200ft", "about 60m")
    assert figures_differ(figures(original), figures(converted))
    found = find_reprints([], [(1, original), (2, converted)], DedupeOptions())
    assert found == {}
    same_figure = original.replace("about 200ft", "about 200 feet")
    assert not figures_differ(figures(original), figures(same_figure))


_TEAMS = ("Arden", "Bruck", "Kessa", "Velmar", "Orsa", "Kittby", "Brask", "Haldis")


def test_a_story_of_tables_gives_few_conflicts_in_bounded_time() -> None:
    rows = [
        " ".join(
            f"{team} {score} points." for team, score in zip(_TEAMS, range(i, i + 8), strict=True)
        )
        for i in range(40)
    ]
    table = "\n\n".join(rows)
    every = " ".join(f"The port handled {n} ships on day {n}." for n in range(10, 70))
    specs: list[Spec] = [
        (f"Outlet {i}", "2026-03-02", _ENGLISH + (every if i % 2 else table)) for i in range(6)
    ]
    result = _compare(specs, any_language=True)
    assert len(result.conflicts) <= CompareOptions().max_conflicts


@pytest.mark.parametrize(
    "text",
    [
        "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20",
        '"' * 300 + " 40 people were hurt " + '"' * 300,
        "police said 40 people were hurt and 12 were arrested and 300 fled and 9 buildings burned",
        "Arden 3 Bruck 1\nKessa 2 Velmar 2\nOrsa 0 Kittby 5\n" * 30,
    ],
    ids=["only-numbers", "quote-marks", "no-punctuation", "score-table"],
)
def test_bad_input_does_not_crash(text: str) -> None:
    text = _ENGLISH + text
    specs: list[Spec] = [("Wire", "2026-03-02", text), ("Post", "2026-03-02", text + " 7 ships.")]
    result = _compare(specs, any_language=True)
    assert len(result.conflicts) <= CompareOptions().max_conflicts
