"""Summary rules of the second reading pass (branch sumfix2; invented fixtures).

Each test names its rule (compare/summarise.py or compare/summary_facts.py) and fails with
that rule taken out.
"""

from __future__ import annotations

import pytest

from newsbeat.compare.summarise import SummaryOptions, candidate_sentences, summarise_articles
from newsbeat.compare.summary_facts import same_fact, stem
from newsbeat.models import Article


def _article(aid: int, outlet: str, text: str) -> Article:
    return Article(id=aid, title="", text=text, outlet=outlet, published=f"2026-03-0{aid}")


def _texts(articles: list[Article], sentences: int = 4) -> list[str]:
    return [s.text for s in summarise_articles(articles, None, SummaryOptions(sentences=sentences))]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("the crew grabbed watches worth €3 million", "making off with a €3 million haul"),
        ("the climber fell 1, 500ft into the gorge", "a fall of about 1,500 feet"),
        ("a quake of magnitude 4.8 shook the coast", "the 4.8 tremor was felt in Kessel"),
    ],
)
def test_the_same_measured_figure_is_one_fact_without_a_shared_name(
    first: str, second: str
) -> None:
    # rule: summary_facts.same_fact (a measured figure: currency, magnitude word, unit, decimal)
    assert same_fact(first, second)


def test_a_count_in_words_matches_the_same_count_in_digits() -> None:
    # rule: summary_facts._value (number words are numbers) in same_fact's count branch
    assert same_fact(
        "Ten people were killed when the ferry capsized off Velmar.",
        "The ferry sank off Velmar, killing at least 10 people.",
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("the ferry left at 10.30 a.m. from Kessel", "the strike began at 10.30 am in Velmar"),
        ("a 2.5-year-old boy was rescued", "the 2.5 - year - old calf was found"),
    ],
)
def test_a_time_or_an_age_is_no_measured_figure(first: str, second: str) -> None:
    # rule: summary_facts._NOT_FIGURE (a decimal before "a.m."/"am" or "year-old" is no measure:
    # two sentences at the same hour, about two facts, share it)
    assert not same_fact(first, second)


def test_a_retelling_with_the_same_sum_is_left_out() -> None:
    # rule: summarise_articles calls same_fact with the measured-figure branch: no name is
    # shared ("Four men" against "The thieves"), few words are, but €3 million is one haul
    articles = [
        _article(1, "Wire", "Four men smashed a car through the window of a jeweller in"
                 " Kessel on Monday and escaped with goods worth €3 million.\n\n"
                 "The shop reopened on Wednesday under police guard."),
        _article(2, "Post", "The thieves took rings and watches valued at €3 million before"
                 " fleeing.\n\nInsurers offered a reward for information on the gang."),
    ]  # fmt: skip
    texts = _texts(articles)
    assert sum("€3 million" in t for t in texts) == 1, texts


def test_inflections_are_one_word() -> None:
    # rule: summary_facts.stem
    assert stem("hanged") == stem("hanging") == "hang"
    assert stem("stopped") == "stop"
    assert stem("killed") == "kill"
    assert stem("sentenced") == stem("sentence")


def test_a_retelling_in_other_inflections_is_left_out() -> None:
    # rule: summary_select._content folds inflections (stem): "detained ... questioning" and
    # "detaining ... questioned" share 5 of 7 words, not 2 of 7 as spelled
    articles = [
        _article(1, "Wire", "Harbour police detained the ferry captain at Kessel on Monday.\n\n"
                 "Police officers detaining ferry captain questioned crew members.\n\n"
                 "Passengers of the ferry waited four hours at Kessel before buses came."),
    ]  # fmt: skip
    texts = _texts(articles)
    assert not any(t.startswith("Police officers detaining") for t in texts), texts
    assert any(t.startswith("Passengers of the ferry") for t in texts), texts


@pytest.mark.parametrize(
    "anaphoric",
    [
        "This frightening footage was shown to the jury in Kessel on Thursday afternoon.",
        "That is more than five times the legal limit for drivers in Velmar.",
        "These figures were released by the harbour authority in Kessel on Friday.",
    ],
)
def test_a_demonstrative_opening_is_no_candidate(anaphoric: str) -> None:
    # rule: summary_usable._DEMONSTRATIVE_OPENING (the referent is in a sentence not shown)
    text = f"A ferry ran aground off Kessel on Monday, stranding 200 passengers.\n{anaphoric}"
    candidates = [c[0] for c in candidate_sentences([_article(1, "Wire", text)])]
    assert anaphoric not in candidates


def test_a_demonstrative_naming_a_time_is_a_candidate() -> None:
    # rule: summary_usable._DEMONSTRATIVE_OPENING's time exception
    timed = "This year, ferries on the Kessel route carried a record 2,000 passengers a day."
    text = f"A ferry ran aground off Kessel on Monday, stranding 200 passengers.\n{timed}"
    candidates = [c[0] for c in candidate_sentences([_article(1, "Wire", text)])]
    assert timed in candidates


@pytest.mark.parametrize(
    "answering",
    [
        "But police said the device was found by a clerk in the bushes outside the building.",
        "However, the harbour authority said the channel would stay open all week.",
        "Yet the ferry company kept selling tickets for the Kessel route on Tuesday.",
        "Recently, though, the ferry company is getting criticism from the other side.",
        "The harbour authority, however, said the channel would stay open all week.",
    ],
)
def test_a_contrastive_opening_is_no_candidate(answering: str) -> None:
    # rule: summary_usable._CONTRASTIVE_OPENING (it answers a sentence the summary does not show)
    text = f"A ferry ran aground off Kessel on Monday, stranding 200 passengers.\n{answering}"
    candidates = [c[0] for c in candidate_sentences([_article(1, "Wire", text)])]
    assert candidates and answering not in candidates


def test_it_said_hides_its_speaker() -> None:
    # rule: summary_usable._PRONOUN_SPEAKER ("it said": an organisation named in a sentence
    # not shown)
    text = (
        "The Velmar navy freed a cargo ship from pirates in the strait on Saturday.\n"
        "The pirates would be handed over to the coast guard, it said on Sunday."
    )
    candidates = [c[0] for c in candidate_sentences([_article(1, "Wire", text)])]
    assert not any("it said" in c for c in candidates)


def test_an_opening_retelling_the_lead_is_passed_over_for_a_fact() -> None:
    # rule: SummaryOptions.opening_penalty (past the lead, an article's opening sentence
    # mostly retells the lead fact in other words; here the wire's "ran aground" against the
    # lead's "slept on a boat caught on a reef")
    articles = [
        _article(1, "Wire", "A ferry ran aground off Kessel on Monday, stranding 200"
                 " passengers overnight.\n\nTugs from Velmar pulled the ferry free on Tuesday"
                 " morning.\n\nThe ferry operator promised refunds to the passengers."),
        _article(2, "Post", "Stranded travellers slept on a Kessel boat caught on a reef"
                 " until dawn.\n\nThe Kessel harbour master blamed a broken rudder on the"
                 " ferry."),
        _article(3, "Courier", "Travellers stranded on a boat slept aboard until dawn, caught"
                 " on a reef near Kessel.\n\nDivers found a crack in the hull of the ferry."),
    ]  # fmt: skip
    texts = _texts(articles, sentences=3)
    assert texts[0].startswith("Stranded travellers"), texts
    assert not any(t.startswith(("A ferry ran aground", "Travellers stranded")) for t in texts)
    assert len(texts) == 3


@pytest.mark.parametrize("title", ["Lt.", "Rev.", "No."])
def test_a_sentence_cut_after_a_title_is_no_candidate(title: str) -> None:
    # rule: summary_usable.TITLE_END (a title or "No." comes before a name or a number: a piece
    # ending on one, and the piece after it, are halves of one sentence)
    text = (
        "A ferry ran aground off Kessel on Monday, stranding 200 passengers overnight.\n"
        f'"Nobody was hurt," said the harbour\'s {title}\n'
        "Arne Holm of the Kessel coast guard said on Tuesday, adding that divers were at work.\n"
        "Tugs from Velmar pulled the ferry free on Tuesday morning."
    )
    candidates = [c[0] for c in candidate_sentences([_article(1, "Wire", text)])]
    assert candidates[0].startswith("A ferry") and candidates[-1].startswith("Tugs")
    assert not any(title in c or c.startswith("Arne Holm") for c in candidates), candidates
