"""Summary rules of branch summ34 (invented fixtures, fictional names): a candidate carrying no
fact of the story is never chosen: a timeless definitional or evaluative line naming no one,
the writer's evaluative aside, a call to action, a reaction told alone, a retrospective hook
opening a feature (:mod:`newsbeat.compare.summary_factless`).

Each test names its rule and fails with it taken out; the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsbeat.compare.summarise import SummaryOptions, summarise_articles
from newsbeat.compare.summary_factless import (
    call_to_action,
    evaluative_aside,
    reaction_only,
    retrospective_hook,
    tells_no_fact,
    timeless,
)
from newsbeat.models import Article


def _summary(text: str) -> list[str]:
    article = Article(title="", text=text, outlet="velmar-post.example", id=1)
    return [s.text for s in summarise_articles([article], {}, SummaryOptions())]


@pytest.mark.parametrize(
    "sentence",
    [
        # rule: a copula before a superlative
        "Marsh fever is the most dangerous form of the illness.",
        # rule: a copula before "about"
        "Comfort eating is about more than hunger, it's a recognized medical condition.",
        # rule: a copula before an "-ly" adverb and an adjective
        "Without early treatment, the infection is nearly always fatal.",
        # rule: "There is a ..." opening the sentence
        "There's a curious gap in the small-shop world.",
        # rule: a copula before an article ("a big deal")
        "The hinge thing is a big deal.",
        # rule: "part of"
        "Yes, the dash is part of the brand.",
    ],
)
def test_timeless_lines_naming_no_one_carry_no_fact(sentence: str) -> None:
    assert tells_no_fact(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # guard: a name past the first word
        "Marsh fever is the most dangerous illness in Kettby.",
        # guard: the first word is one of the article's names (checked below with names)
        # guard: a present state of the story (no generic predicate)
        "The crash is still under investigation.",
        "The results of the blood test are pending.",
        # guard: a progressive tells an event under way
        "Scientists are only just beginning to see that the cells are a vital hub.",
        "The agency is currently reviewing the footage, which is a key part of the case.",
        # guard: a source's hedge, a state of the story after an adverb
        "The driver is reportedly unhurt and the boat is a total loss.",
        "The ferry is currently idle.",
        # guard: something happened (past, perfect, future)
        "The ferry was the most crowded boat on the lake.",
        "The hinge has been a big deal for the makers.",
        "The new rules will be a burden for small shops.",
        "The bridge is a big worry since the council sold the land.",
        # guard: a figure, a date
        "The toll is the highest in 40 years.",
        "The vote on Tuesday is a test for the council.",
        # guard: reported words, a claim in the present
        "The council claims that the new bridge is a major step forward.",
        "Police said the driver is a local man.",
        # guard: an inverted subject after an opening phrase (what a thing has)
        "In place of the old metal roof is a folding canvas top.",
    ],
)
def test_facts_and_named_lines_are_kept(sentence: str) -> None:
    assert not tells_no_fact(sentence)


def test_a_line_opening_on_a_name_of_the_article_is_kept() -> None:
    line = "Halvex is the most used ferry line on the lake."
    assert tells_no_fact(line)
    assert not tells_no_fact(line, ["Halvex Lines"])


def test_timeless_is_nothing_happened() -> None:
    assert timeless("Marsh fever is the most dangerous form of the illness.")
    assert not timeless("Marsh fever killed a fisherman in Brask.")
    assert not timeless("The fever is a worry since it came across the lake.")
    assert not timeless('"It is a scandal," the mayor said.')


@pytest.mark.parametrize(
    "sentence",
    [
        # rule: an evaluative opener, present tense
        "Presumably, other boats also have the same leaky hatch.",
        # rule: an evaluative opener, a present perfect state
        "Sadly, smog has become a fixture of the Brask winter.",
        "Unsurprisingly, opening a shop account is also a way to sell ads.",
    ],
)
def test_the_writers_aside_is_filler(sentence: str) -> None:
    assert evaluative_aside(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # guard: an event told after the opener
        "Sadly, the mother of two died in hospital.",
        "Thankfully, a police officer was nearby and saw the collision.",
        "Inevitably, the blame will fall on the Kettby gang.",
        # guard: a figure, a date, a source
        "Sadly, smog has become a fixture of the Brask winter since 2015.",
        "Unfortunately, the mayor says the bridge is unsafe.",
        # guard: no comma after the opener, a plain opening
        "Perhaps the most striking boat is the Aster.",
        "Smog has become a fixture of the Brask winter.",
    ],
)
def test_an_opener_before_an_event_is_kept(sentence: str) -> None:
    assert not evaluative_aside(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Start your morning with the Harbour Brief powered by Tidewell.",
        "Sign up for the free weekly newsletter.",
        "Sound off in the comments below!",
        "Check out our picks for the best kettles below.",
    ],
)
def test_a_call_to_action_is_filler(sentence: str) -> None:
    assert call_to_action(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Started in 1990, the Harbour Brief is read by 5,000 traders.",
        "Signs of the storm were seen off Brask on Monday.",
        "Checkpoints were set up on the Kettby road.",
    ],
)
def test_news_opening_on_the_same_letters_is_kept(sentence: str) -> None:
    assert not call_to_action(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The council members gathered around Mayor Dalby laughed.",
        "The crowd cheered.",
        "Everyone in the room applauded loudly.",
    ],
)
def test_a_reaction_alone_is_filler(sentence: str) -> None:
    assert reaction_only(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # guard: what they reacted to is in the sentence
        "The crowd cheered as the Aster crossed the line.",
        "Mayor Dalby laughed off the question, saying the bridge would open in May.",
        # guard: a figure, a date
        "About 300 supporters cheered.",
        "The crowd cheered on Tuesday.",
        # guard: a quote
        '"We won," she said, and the crowd cheered.',
    ],
)
def test_a_reaction_with_its_event_is_kept(sentence: str) -> None:
    assert not reaction_only(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A half century on, The Velmar Quartet are still swinging.",
        "Fifty years on, the ferry is still the town's pride.",
        "Decades later, the old mill remains a landmark.",
    ],
)
def test_a_retrospective_hook(sentence: str) -> None:
    assert retrospective_hook(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # guard: an event or a figure after the span
        "Fifty years on, the band will tour 30 cities.",
        "Decades later, police arrested the Kettby man.",
        "Years later, the mill was sold to Halvex for $2 million.",
        # guard: no span of time opening the sentence
        "The Velmar Quartet are still swinging.",
    ],
)
def test_news_after_a_span_of_time_is_kept(sentence: str) -> None:
    assert not retrospective_hook(sentence)


def test_a_feature_opening_on_a_retrospective_hook_leads_with_its_news() -> None:
    text = (
        "A half century on, The Velmar Quartet are still swinging.\n\n"
        "To mark 50 years since the group formed, its four founders will reunite for a "
        "30-date tour of the Brask coast next year, promoter Ivo Kell said on Monday.\n\n"
        "The tour opens in Kettby in June."
    )
    bullets = _summary(text)
    assert bullets
    assert not any("still swinging" in b for b in bullets)
    assert bullets[0].startswith("To mark 50 years")


def test_a_definitional_line_is_not_a_bullet() -> None:
    text = (
        "Three cases of marsh fever were confirmed in Brask on Monday, health officials "
        "said.\n\n"
        "The first two patients were treated at Kettby General Hospital last week.\n\n"
        "Marsh fever is the most dangerous form of the illness.\n\n"
        "Without early treatment, the infection is nearly always fatal."
    )
    bullets = _summary(text)
    assert bullets and bullets[0].startswith("Three cases")
    assert not any("most dangerous" in b or "nearly always" in b for b in bullets)


def test_a_story_of_filler_only_gets_no_bullet() -> None:
    text = (
        "There's a curious gap in the small-shop world.\n\n"
        "Presumably, other shops also have the same problem with their tills.\n\n"
        "Sign up for the free weekly newsletter."
    )
    assert _summary(text) == []
