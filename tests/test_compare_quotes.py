"""One quote worded differently by several outlets is recognised as one quote."""

from __future__ import annotations

from typing import Any

import pytest

from _report_support import make_enrichment, store_fixture
from newsbeat.compare import compare_articles, compare_story, same_quote, same_speaker
from newsbeat.models import Article, Quote
from newsbeat.store import SQLiteStore

BASE = "We will keep the clean-up going until every beach is clear"


@pytest.mark.parametrize(
    "variant",
    [
        BASE,
        "We will keep the cleanup going until every beach is clear",  # clean-up / cleanup
        "we will keep the clean up going, until every beach is clear.",  # case, punctuation
        "We will keep the clean-up going until every beach is clear, whatever it costs",
        "keep the clean-up going until every beach is clear",  # trimmed
        "We will keep the clean–up going until every beach is clear",  # en dash
    ],
)
def test_variants_are_the_same_quote(variant: str) -> None:
    assert same_quote(Quote(text=BASE, speaker="Ingrid Falk"), Quote(text=variant, speaker="Falk"))


@pytest.mark.parametrize(
    "other",
    [
        "We will stop the clean-up once the money runs out",
        "Every beach is a disgrace",
        "keep going",  # too short to match anything but itself
    ],
)
def test_different_quotes_are_not_merged(other: str) -> None:
    assert not same_quote(Quote(text=BASE, speaker="Ingrid Falk"), Quote(text=other, speaker=None))


def test_two_people_with_the_same_surname_are_two_speakers() -> None:
    assert not same_speaker("Lena Holm", "Erik Holm")
    assert same_speaker("Lena Holm", "Holm")
    assert same_speaker(None, "Erik Holm")
    text = "The strike must end now"
    assert not same_quote(
        Quote(text=text, speaker="Lena Holm"), Quote(text=text, speaker="Erik Holm")
    )


def test_quote_groups_of_the_fixture(fresh_store: SQLiteStore) -> None:
    data, _ = store_fixture(fresh_store, "clean_up_alliance")
    result = compare_story(fresh_store, fresh_store.get_story(data["story"]["id"]))
    groups = {g.speaker: g for g in result.quotes}
    for expected in data["expect"]["quote_groups"]:
        group = groups[expected["speaker"]]
        assert group.outlets == expected["outlets"]
        assert len(group.variants) == len(expected["outlets"])
    falk = groups["Ingrid Falk"]
    assert falk.text.endswith("whatever it costs")  # the fullest wording
    assert groups["Erik Holm"].outlets == ["Northern Wire"]
    unique_quotes = [u for u in result.unique if u["kind"] == "quote"]
    assert [(u["speaker"], u["outlet"]) for u in unique_quotes] == [("Erik Holm", "Northern Wire")]


def test_quotes_by_two_holms_stay_apart() -> None:
    articles = [
        Article(id=1, title="a", text="x", outlet="Herald", published="2026-03-01"),
        Article(id=2, title="b", text="x", outlet="Post", published="2026-03-02"),
    ]
    text = "The port and the union must return to the table this week"
    enrichments = {
        1: make_enrichment(1, {"quotes": [{"text": text, "speaker": "Lena Holm"}]}),
        2: make_enrichment(2, {"quotes": [{"text": text, "speaker": "Erik Holm"}]}),
    }
    groups = compare_articles(articles, enrichments).quotes
    assert sorted(g.speaker or "" for g in groups) == ["Erik Holm", "Lena Holm"]


def _on(article_id: int, outlet: str) -> dict[str, object]:
    return {"article_id": article_id, "outlet": outlet, "speaker": "Velna Orrick"}


def test_an_agreed_quote_shows_the_words_every_outlet_prints() -> None:
    # One outlet prints the governor's whole statement, the other only the slogan that ends
    # it: the grouping joins them, but the agreed line must not credit the second outlet
    # with a statement it never printed.
    articles = [
        Article(id=1, title="a", text="x", outlet="Courier", published="2026-03-01"),
        Article(id=2, title="b", text="x", outlet="Gazette", published="2026-03-02"),
    ]
    statement = (
        "Norland has a problem. There is no single fix because rust is everywhere. But we can"
        " approach it from many angles. Rust. We are on it."
    )
    enrichments = {
        1: make_enrichment(1, {"quotes": [{**_on(1, "Courier"), "text": statement}]}),
        2: make_enrichment(2, {"quotes": [{**_on(2, "Gazette"), "text": "Rust, we are on it."}]}),
    }
    result = compare_articles(articles, enrichments)
    [group] = result.quotes
    assert group.text == statement  # the quote itself keeps its fullest wording
    [agreed] = [g for g in result.agreed if getattr(g, "speaker", None)]
    assert agreed.text == "Rust, we are on it."
    assert agreed.to_json()["outlets"] == ["Courier", "Gazette"]


def test_one_statement_in_other_words_is_no_outlet_s_alone() -> None:
    # Two outlets paraphrase one police statement; each also carries a statement of its own.
    articles = [
        Article(id=1, title="a", text="x", outlet="Courier", published="2026-03-01"),
        Article(id=2, title="b", text="x", outlet="Gazette", published="2026-03-02"),
    ]

    def quote(article_id: int, outlet: str, speaker: str, text: str) -> dict[str, object]:
        return {"article_id": article_id, "outlet": outlet, "speaker": speaker, "text": text}

    enrichments = {
        1: make_enrichment(
            1,
            {
                "quotes": [
                    quote(
                        1,
                        "Courier",
                        "police",
                        "The smuggling boss drowned in the dock hours"
                        " after his arrest in the harbour raid",
                    ),
                    quote(1, "Courier", "police", "Divers searched the quay for two days"),
                ]
            },
        ),
        2: make_enrichment(
            2,
            {
                "quotes": [
                    quote(
                        2,
                        "Gazette",
                        "harbour police",
                        "A suspected smuggling boss drowned in"
                        " the harbour dock, hours after being arrested",
                    ),
                    quote(
                        2,
                        "Gazette",
                        "Mayor Tove Hed",
                        "The town will rebuild the pier next spring whatever the cost",
                    ),
                ]
            },
        ),
    }
    unique = compare_articles(articles, enrichments).unique
    assert sorted((u["outlet"], u["text"][:20]) for u in unique if u["kind"] == "quote") == [
        ("Courier", "Divers searched the "),
        ("Gazette", "The town will rebuil"),
    ]


def _story_quotes(specs: list[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]]) -> list:
    articles = [
        Article(id=i, title=f"t{i}", text="…", outlet=outlet, published="2026-03-02")
        for i, (outlet, _, _) in enumerate(specs, start=1)
    ]
    enrichments = {
        i: make_enrichment(i, {"quotes": quotes, "entities": entities})
        for i, (_, quotes, entities) in enumerate(specs, start=1)
    }
    return compare_articles(articles, enrichments).quotes


def _person(name: str) -> dict[str, Any]:
    return {"name": name, "type": "PERSON", "mentions": 1}


def test_a_surname_speaker_takes_the_full_name_of_the_storys_one_bearer() -> None:
    # reader20: "Lyons" and "Michelle Lyons" were listed as two speakers of one story
    groups = _story_quotes(
        [
            (
                "Wire",
                [{"text": "He is still on the run tonight", "speaker": "Mara Lyons"}],
                [_person("Mara Lyons"), _person("Arlo Comeaux Jr")],
            ),
            (
                "Post",
                [{"text": "We expect to find him within days", "speaker": "Lyons"}],
                [_person("Lyons")],
            ),
            (
                "Times",
                [{"text": "Nobody saw him leave", "speaker": "Comeaux"}],
                [_person("Comeaux")],
            ),
        ]
    )
    assert sorted(g.speaker or "" for g in groups) == [
        "Arlo Comeaux Jr",
        "Mara Lyons",
        "Mara Lyons",
    ]


def test_a_place_or_a_common_noun_is_no_surname() -> None:
    groups = _story_quotes(
        [
            (
                "Wire",
                [{"text": "It cannot repay the loans without help", "speaker": "Kaldria"}],
                [
                    {"name": "Kaldria", "type": "GPE", "mentions": 3},
                    {"name": "Lena Kaldria", "type": "PERSON", "mentions": 1},
                ],
            ),
            (
                "Post",
                [{"text": "They have no suspects yet", "speaker": "police"}],
                [
                    {"name": "Orsa County Police", "type": "PERSON", "mentions": 1},
                    {"name": "Trade unions", "type": "PERSON", "mentions": 1},
                ],
            ),
            ("Times", [{"text": "Workers will strike on Monday", "speaker": "Unions"}], []),
        ]
    )
    assert sorted(g.speaker or "" for g in groups) == ["Kaldria", "Unions", "police"]


def test_an_organisations_name_is_no_bearer_of_a_surname() -> None:
    # the review: "Sachs said" (an economist) was put under "Goldman Sachs"
    groups = _story_quotes(
        [
            (
                "Wire",
                [{"text": "Our results were strong this year", "speaker": "Goldman Sachs"}],
                [
                    {"name": "Goldman Sachs", "type": "ORG", "mentions": 2},
                ],
            ),
            (
                "Post",
                [{"text": "The bank broke every rule it had", "speaker": "Sachs"}],
                [
                    {"name": "Sachs", "type": "PERSON", "mentions": 1},
                ],
            ),
        ]
    )
    assert sorted(g.speaker or "" for g in groups) == ["Goldman Sachs", "Sachs"]


def test_a_surname_of_two_bearers_stays_as_written() -> None:
    groups = _story_quotes(
        [
            ("Wire", [{"text": "The strike must end now", "speaker": "Lena Holm"}], []),
            (
                "Post",
                [{"text": "We will not sign this deal", "speaker": "Holm"}],
                [
                    {"name": "Erik Holm", "type": "PERSON", "mentions": 1},
                ],
            ),
        ]
    )
    assert sorted(g.speaker or "" for g in groups) == ["Holm", "Lena Holm"]


def test_a_fragment_sharing_only_function_words_and_a_name_is_another_quote() -> None:
    # reader20: a memo's "the purposes of the [Endangered Species Act]" was grouped with a
    # pledge "to maintain the protections of the Endangered Species Act" as one agreed quote
    fragment = Quote(text="the purposes of the [Harbour Safety Act].", speaker=None)
    pledge = Quote(
        text="he would fight to keep the protections of the Harbour Safety Act in force",
        speaker="Lena Holm",
    )
    assert not same_quote(fragment, pledge)
    trimmed = Quote(text="keep the protections of the Harbour Safety Act", speaker=None)
    assert same_quote(trimmed, pledge)


def test_two_wordings_with_other_numbers_are_two_quotes() -> None:
    # the review: "Seven people were hurt …" and "Twenty people were hurt …" were one quote
    # agreed by two outlets while their figures conflicted
    seven = Quote(text="Seven people were hurt when the crane fell on the quay", speaker="Ann Kolb")
    twenty = Quote(text="Twenty people were hurt when the crane fell on the quay", speaker="Kolb")
    assert not same_quote(seven, twenty)
    assert same_quote(seven, Quote(text="Seven people were hurt when the crane fell", speaker=None))
