"""Summary rules found by reading real-news summaries (branch sumfix; invented fixtures).

Each test names its rule in compare/summarise.py and fails with that rule taken out.
"""

from __future__ import annotations

import pytest

from newsbeat.compare.summarise import SummaryOptions, candidate_sentences, summarise_articles
from newsbeat.models import Article


def _article(aid: int, outlet: str, text: str) -> Article:
    return Article(id=aid, title="", text=text, outlet=outlet, published=f"2026-03-0{aid}")


def _candidates(text: str) -> list[tuple[str, int]]:
    return [(c[0], c[2]) for c in candidate_sentences([_article(1, "Wire", text)])]


def test_a_headline_line_is_not_glued_to_the_lead_sentence() -> None:
    # rule: summary_candidates._pieces (a line break ends a sentence) and _sentence_like (a line
    # without closing punctuation is a headline or a date line: no candidate, no position)
    text = (
        "Dock strike shuts Velmar port\n"
        "Published: March 2, 2026 10:40\n"
        "Dock workers in Velmar walked out on Monday over pay, halting the port.\n"
        "Ships waiting outside the harbour were sent on to Kessel by the port authority."
    )
    assert _candidates(text) == [
        ("Dock workers in Velmar walked out on Monday over pay, halting the port.", 1),
        ("Ships waiting outside the harbour were sent on to Kessel by the port authority.", 2),
    ]


@pytest.mark.parametrize(
    "headline",
    [
        "Velmar Dockers Walk Out Over Unpaid Wages!",
        "PORT OF VELMAR CLOSED AS DOCKERS STRIKE OVER WAGES.",
        "Port chief in talks to end ‘ dock strike ’",
    ],
)
def test_a_headline_ending_like_a_sentence_is_no_candidate(headline: str) -> None:
    # rule: summary_usable.sentence_like (headline case; a closing quote mark not after . ! ?)
    text = f"{headline}\nDock workers in Velmar walked out on Monday over pay, halting the port."
    assert _candidates(text) == [
        ("Dock workers in Velmar walked out on Monday over pay, halting the port.", 1)
    ]


@pytest.mark.parametrize(
    "hidden",
    [
        "He said 30 of the 80 dock workers would return to the quay on Friday morning.",
        "Their decision forces the port authority to pay the workers for the lost days.",
        "While on the stand she told jurors that Vell had asked her to lie to the police.",
    ],
)
def test_a_pronoun_speaker_or_subject_hides_who_it_is(hidden: str) -> None:
    # rule: summary_usable._speaker_hidden (the pronoun's antecedent is in an unshown sentence)
    named = "Harbour master Ilse Varn said she expected the first ships back by Friday."
    text = f"Dock workers in Velmar walked out on Monday over pay.\n\n{hidden}\n\n{named}"
    sentences = [s for s, _ in _candidates(text)]
    assert hidden not in sentences
    assert named in sentences  # a name speaks first: kept


def test_background_opening_on_the_end_of_a_month_is_not_a_candidate() -> None:
    # rule: summary_usable._BACKGROUND ("At the end of July, ...")
    text = (
        "Four men rammed a car into a jewellery store in Orsa on Monday, taking rings.\n\n"
        "At the end of July, an armed man robbed a diamond show at a hotel in Kessel."
    )
    assert [s[:9] for s, _ in _candidates(text)] == ["Four men "]


def test_an_event_dated_to_a_whole_month_is_background_unless_it_opens() -> None:
    # rule: summary_usable.OTHER_MONTH ("... struck the island in September, killing ...")
    earlier = "A stronger quake struck the island in September, killing seven people in Brask."
    text = f"An earthquake shook Qeshm island on Sunday, damaging homes.\n\n{earlier}"
    assert earlier not in [s for s, _ in _candidates(text)]
    # The same words opening an article are its news, not background.
    assert earlier in [s for s, _ in _candidates(earlier)]


def test_another_outlet_retelling_the_lead_fact_is_not_a_second_bullet() -> None:
    # rule: summarise_articles' overlap check, stricter for an article's opening sentence
    # (max_lead_overlap): this one shares a third of its words with the lead fact
    retold = "Velmar's port stood idle on Monday after a wage dispute, with its cranes unmanned."
    articles = [
        _article(1, "Wire", "Dock workers in Velmar walked out on Monday over unpaid wages,"
                 " halting the port.\n\nShips bound for Velmar on Monday were sent on to Kessel"
                 " by their owners.\n\nThe union in Velmar said the strike at the port would"
                 " last a week."),
        _article(2, "Post", f"{retold}\n\nThe port authority of Velmar asked the union for"
                 " talks on Wednesday."),
        _article(3, "Herald", "Fishermen in Velmar feared on Monday that the strike would spoil"
                 " their catch.\n\nA ferry to Kessel left from the fishing harbour of Velmar"
                 " instead of the port."),
    ]  # fmt: skip
    texts = [s.text for s in summarise_articles(articles, None, SummaryOptions(sentences=4))]
    assert texts[0].startswith("Dock workers in Velmar"), texts
    assert retold not in texts and len(texts) == 4, texts


def test_a_later_sentence_retelling_the_lead_fact_is_left_out() -> None:
    # rule: summarise_articles' overlap check (max_overlap): the same fact in other words,
    # too few words in common for the TF-IDF cosine (max_similarity) to see it
    retold = "Unpaid wages were behind the walkout, which left cranes idle across the docks."
    articles = [
        _article(1, "Wire", "Dock workers in Velmar walked out on Monday over unpaid wages,"
                 " halting the port.\n\nShips bound for Velmar on Monday were sent on to Kessel"
                 " by their owners."),
        _article(2, "Post", "Fishermen in Velmar feared on Monday that the strike would spoil"
                 f" their catch.\n\n{retold}"),
    ]  # fmt: skip
    texts = [s.text for s in summarise_articles(articles, None, SummaryOptions(sentences=4))]
    assert texts[0].startswith("Dock workers in Velmar"), texts
    assert retold not in texts and len(texts) == 3, texts


def test_a_plan_for_a_named_month_is_news_not_background() -> None:
    # rule: summary_usable.FUTURE (exempts a plan from _OTHER_MONTH)
    plan = "The dredging, which will cost 96 million crowns, is due to begin in April."
    text = (
        f"Velmar will deepen its harbour channel to 15 metres, the port said on Monday.\n\n{plan}"
    )
    assert plan in [s for s, _ in _candidates(text)]


def test_a_second_voice_joins_the_summary_when_there_is_room() -> None:
    # rule: summarise_articles' two-voices step appends when fewer sentences than asked were
    # chosen (here the other outlet's only sentence is kept out by the overlap check first)
    articles = [
        _article(1, "Wire", "Dock workers in Velmar walked out on Monday over unpaid wages,"
                 " halting the port.\n\nShips bound for Velmar on Monday were sent on to Kessel"
                 " by their owners."),
        _article(2, "Post", "Fishermen in Brask sold their catch at the quay of Ostrel instead."
                 "\n\nWages owed to dockers were behind the walkout, which left cranes idle"
                 " across the docks."),
    ]  # fmt: skip
    summary = summarise_articles(articles, None, SummaryOptions(sentences=4))
    texts = [s.text for s in summary]
    assert {s.outlet for s in summary} == {"Wire", "Post"}, texts
    assert texts[:2] == [
        "Dock workers in Velmar walked out on Monday over unpaid wages, halting the port.",
        "Ships bound for Velmar on Monday were sent on to Kessel by their owners.",
    ], texts


def test_a_fuller_sentence_after_a_short_standfirst_is_kept() -> None:
    # rule: summary_select._overlap measures what the candidate repeats (its own words), so a
    # sentence that only adds to a short standfirst is not taken for a retelling of it
    text = (
        "Carriers say some services may not return after the dispute.\n\n"
        "Two container carriers said on Tuesday that they would keep their feeder services"
        " in Haldis even after the dock strike at Velmar ends.\n\n"
        "Nordline moved around 60,000 containers through Velmar last year, port figures show."
    )
    texts = [s.text for s in summarise_articles([_article(1, "Gazette", text)], None)]
    assert any(t.startswith("Two container carriers") for t in texts), texts
