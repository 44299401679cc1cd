"""Extractive summaries: LexRank centrality, MMR redundancy removal, citations, quote rule."""

from __future__ import annotations

import numpy as np
import pytest

from _report_support import make_enrichment, store_fixture
from newsbeat.compare.summarise import (
    SummaryOptions,
    candidate_sentences,
    lexrank,
    summarise_articles,
    summarise_story,
)
from newsbeat.compare.summary_names import without_insertions
from newsbeat.models import Article
from newsbeat.settings import Settings, SummariseSettings
from newsbeat.store import SQLiteStore


def test_lexrank_scores_sum_to_one_and_favour_the_hub() -> None:
    # Sentence 0 is similar to all others; the others only to sentence 0.
    sim = np.array(
        [
            [1.0, 0.5, 0.5, 0.5],
            [0.5, 1.0, 0.0, 0.0],
            [0.5, 0.0, 1.0, 0.0],
            [0.5, 0.0, 0.0, 1.0],
        ]
    )
    scores = lexrank(sim)
    assert scores.sum() == pytest.approx(1.0)
    assert int(scores.argmax()) == 0
    assert lexrank(np.zeros((0, 0))).size == 0


def test_fixture_summary_cites_its_articles(fresh_store: SQLiteStore) -> None:
    data, ids = store_fixture(fresh_store, "clean_up_alliance")
    story = fresh_store.get_story(data["story"]["id"])
    summary = summarise_story(
        fresh_store, Settings(summarise=SummariseSettings(sentences=4)), story
    )
    assert len(summary) == 4
    by_id = {a.id: a for a in fresh_store.iter_articles(ids=ids.values())}
    for sentence in summary:
        article = by_id[sentence.article_id]
        assert sentence.outlet == article.outlet
        assert sentence.url == article.url
        # the bullet is the article's text once the summary's bracketed additions are out
        assert without_insertions(sentence.text) in " ".join(article.text.split())
        assert set(sentence.to_json()) == {"text", "article_id", "outlet", "url", "language"}
    assert len({s.outlet for s in summary}) >= 2  # drawn from several outlets
    assert len({s.text for s in summary}) == len(summary)


@pytest.mark.parametrize("count", [3, 5])
def test_summary_length_follows_the_setting(fresh_store: SQLiteStore, count: int) -> None:
    data, _ = store_fixture(fresh_store, "clean_up_alliance")
    story = fresh_store.get_story(data["story"]["id"])
    assert (
        len(
            summarise_story(
                fresh_store, Settings(summarise=SummariseSettings(sentences=count)), story
            )
        )
        == count
    )


def _article(aid: int, outlet: str, text: str, published: str = "2026-03-01") -> Article:
    return Article(
        id=aid,
        title=f"t{aid}",
        text=text,
        outlet=outlet,
        url=f"https://{outlet.lower()}.example/{aid}",
        published=published,
    )


def test_quote_fragments_without_their_speaker_are_never_candidates() -> None:
    text = (
        '"We did not seek this alliance because we want a fight," she said on Thursday.\n\n'
        '"We sought it because the strait has filled with ships.\n\n'
        'Our coast guard cannot follow them all," Holm said.\n\n'
        '"Today our two nations stop guarding the strait alone," Prime Minister Lena Holm said.\n\n'
        "Kaldria and Sorvenland signed a twenty-year defence alliance on Thursday in Haldis."
    )
    article = _article(1, "Wire", text)
    enrichments = {1: make_enrichment(1, {"quotes": [{"text": "x", "speaker": "Lena Holm"}]})}
    options = SummaryOptions(lead_paragraphs=6)
    candidates = [c[0] for c in candidate_sentences([article], enrichments, options)]
    assert candidates == [
        '"Today our two nations stop guarding the strait alone," Prime Minister Lena Holm said.',
        "Kaldria and Sorvenland signed a twenty-year defence alliance on Thursday in Haldis.",
    ]


def test_without_enrichment_a_quote_needs_a_named_attribution() -> None:
    text = (
        '"The pact changes nothing for our fishermen," said Arvid Stenlund, a fisherman.\n\n'
        '"The pact changes everything for the navy," they said in a statement.'
    )
    candidates = [c[0] for c in candidate_sentences([_article(1, "Wire", text)])]
    assert candidates == [
        '"The pact changes nothing for our fishermen," said Arvid Stenlund, a fisherman.'
    ]


def test_a_sentence_shared_by_outlets_appears_once_cited_to_the_earliest() -> None:
    lead = "Four coastal towns formed an alliance on Monday to clear plastic from their harbours."
    articles = [
        _article(2, "Courier", lead + "\n\nThe Courier spoke to residents in the harbour.",
                 "2026-03-02T10:00"),
        _article(1, "Wire", lead + "\n\nThe towns will share four boats and a budget.",
                 "2026-03-02T08:00"),
    ]  # fmt: skip
    summary = summarise_articles(articles, None, SummaryOptions(sentences=3))
    matching = [s for s in summary if s.text == lead]
    assert len(matching) == 1 and matching[0].outlet == "Wire"


def test_near_duplicate_sentences_are_not_both_chosen() -> None:
    articles = [
        _article(1, "Wire", "Four coastal towns signed a clean-up alliance on Monday in Orsa.\n\n"
                 "Volunteers will start on the beaches of Kittby in April."),
        _article(2, "Post", "On Monday four coastal towns signed the clean-up alliance in Orsa.\n\n"
                 "The alliance has a budget of two million crowns for the first year."),
        _article(3, "Courier", "The four coastal towns signed their clean-up alliance in Orsa on "
                 "Monday.\n\nFishermen in Brask said the plan came too late."),
    ]  # fmt: skip
    summary = summarise_articles(articles, None, SummaryOptions(sentences=3))
    signed = [s for s in summary if "signed" in s.text]
    assert len(signed) == 1
    assert len({s.outlet for s in summary}) >= 2


def test_empty_and_junk_input_gives_an_empty_summary() -> None:
    assert summarise_articles([], None) == []
    assert summarise_articles([_article(1, "Wire", "ok.\n\nthe the the.")], None) == []


def test_datelines_are_not_part_of_summary_sentences() -> None:
    text = (
        "VELMAR, March 5 (CPW) — Dock workers at Velmar will return to work on Friday after "
        "their union agreed a deal.\n\nKITTBY — Four workers were taken to hospital after a "
        "crane toppled onto the quay."
    )
    sentences = [c[0] for c in candidate_sentences([_article(1, "Wire", text)])]
    assert sentences == [
        "Dock workers at Velmar will return to work on Friday after their union agreed a deal.",
        "Four workers were taken to hospital after a crane toppled onto the quay.",
    ]


def test_split_number_fragments_are_not_candidates() -> None:
    text = (
        "An earthquake with a preliminary magnitude of 4. 6 struck the coast near Arden on"
        " Monday, the seismology office said.\n\nResidents of Arden said windows shook in the"
        " old town for several seconds."
    )
    sentences = [c[0] for c in candidate_sentences([_article(1, "Wire", text)])]
    assert not any(s.endswith("of 4.") or s.startswith("6 ") for s in sentences), sentences
    assert any(s.startswith("Residents of Arden") for s in sentences)


@pytest.mark.parametrize(
    "filler",
    [
        "The Strait Defence Alliance is the official name of the pact between the two states.",
        "Qeshm is a large island in the Persian Gulf off the southern coast of Iran.",
        "NATO stands for the North Atlantic Treaty Organization, founded after the war.",
    ],
)
def test_definitional_filler_is_not_a_candidate(filler: str) -> None:
    text = f"Kaldria and Sorvenland signed a defence pact in Haldis on Thursday.\n\n{filler}"
    sentences = [c[0] for c in candidate_sentences([_article(1, "Wire", text)])]
    assert filler not in sentences
    assert len(sentences) == 1


def test_background_from_another_time_is_not_a_candidate() -> None:
    text = (
        "A strong earthquake struck Qeshm island on Sunday, killing ten people in five"
        " villages.\n\nIn February, a quake measuring 6.4 hit the town of Zarand and killed"
        " 612 people in Kerman province."
    )
    sentences = [c[0] for c in candidate_sentences([_article(1, "Wire", text)])]
    assert [s[:8] for s in sentences] == ["A strong"]


def test_the_same_figure_about_the_same_names_is_said_once() -> None:
    # Few words in common (TF-IDF keeps both), but one fact: Orsa's yard sold for 334 million.
    articles = [
        _article(1, "Wire", "Velmar Shipping agreed to buy the Orsa yard for 334 million crowns"
                 " on Monday.\n\nThe yard employs workers from three towns along the coast."),
        _article(2, "Post", "At 334 million, the sale makes Orsa the biggest winner among the"
                 " ports in ten years, analysts said.\n\nUnion leaders said jobs at the yard"
                 " would be kept for two years."),
    ]  # fmt: skip
    summary = summarise_articles(articles, None, SummaryOptions(sentences=4))
    assert sum("334 million" in s.text for s in summary) == 1, [s.text for s in summary]


def test_the_lead_fact_comes_first() -> None:
    articles = [
        _article(1, "Wire", "Dock workers in Velmar walked out on Monday over pay, halting"
                 " the port.\n\nThe port handles most of the country's container traffic and"
                 " the strike at the port affects traffic at every terminal of the port."),
        _article(2, "Post", "Velmar's dock workers went on strike on Monday, stopping work at"
                 " the port.\n\nShipping lines said traffic at the port terminal would be"
                 " diverted while the port strike lasts."),
    ]  # fmt: skip
    [first, *_] = summarise_articles(articles, None, SummaryOptions(sentences=3))
    assert first.text.startswith(("Dock workers in Velmar", "Velmar's dock workers"))


def test_a_summary_of_two_outlets_cites_both_even_without_the_outlet_bonus() -> None:
    # With no MMR bonus, one long article's sentences outrank the other outlet's single
    # sentence at every step; the two-voices swap still brings the second outlet in.
    long_report = _article(
        1,
        "Harbour Times",
        "The river Vell flooded four hundred homes in Ostrel on Monday night.\n\n"
        "Rescue crews in boats carried families out of Ostrel before dawn.\n\n"
        "The mayor opened the school hall to families from the flooded homes.\n\n"
        "Engineers expect the water in Ostrel streets to fall by Thursday.",
    )
    short_report = _article(
        2,
        "Valley Post",
        "Farmers near Ostrel counted sheep drowned by the river in the meadows on Tuesday.",
    )
    summary = summarise_articles(
        [long_report, short_report], None, SummaryOptions(sentences=3, outlet_bonus=0.0)
    )
    assert len(summary) == 3
    assert summary[0].outlet == "Harbour Times"
    assert {s.outlet for s in summary} == {"Harbour Times", "Valley Post"}
