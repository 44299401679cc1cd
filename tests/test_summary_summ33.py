"""Summary rules of branch summ33 (invented fixtures, fictional names): a sentence talking to
the reader, a greeting, a stock phrase or a line of advice is filler, and a sentence leaning on
the one before it (an elided verb, a bare demonstrative, "It's because", "Which is not to
say", a reason with no main clause, a subject left out) is never chosen; a first person after
a comma is the writer's voice, not a numeral.

Each test names its rule and fails with it taken out; the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsbeat.compare.summarise import SummaryOptions, summarise_articles
from newsbeat.compare.summary_standalone import addresses_reader, leans_back
from newsbeat.compare.summary_usable import points_back
from newsbeat.models import Article


def _summary(text: str) -> list[str]:
    article = Article(title="", text=text, outlet="velmar-post.example", id=1)
    return [s.text for s in summarise_articles([article], {}, SummaryOptions())]


@pytest.mark.parametrize(
    "sentence",
    [
        # rule: _YOU_FIRST (the reader is the subject from the start)
        "If you want a ferry that makes you feel at home on the water, this is it.",
        "You must keep a spare lamp when the Brask trail turns dark before 5 p.m.",
        "When you live in a town as pretty as Kettby it is hard to stay indoors.",
        # rule: _YOU_FIRST (the reader in a condition further on)
        "In Velmar County, there are rules about what to do if you have hit a parked car.",
        # rule: _SECOND_PERSON with nothing specific beside it
        "It is so easy and cheap that you will want to bake a second tray for yourself!",
        # rule: _STOCK
        "Welcome to the new Aster roadster.",
        "At the end of the day, the proof is in the pudding.",
        "Heck, even the new Halden kettles are cheaper right now!",
        "As the season comes to a close, it's time to sit back and reflect.",
        # rule: _ADVICE
        "One extremely important law is that both drivers must stay at the scene.",
        "One of the most important rules is to never leave a lit stove alone.",
    ],
)
def test_words_to_the_reader_are_filler(sentence: str) -> None:
    assert addresses_reader(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # guard: a figure or names keep the fact when the reader is not the subject
        "Velmar promised games at up to 4K on your TV, phone or laptop, with no lag.",
        "Brace yourselves: Ona Dreyer and Ivo Kell will not play the Brask final.",
        # guard: "you" inside quote marks is a speaker's
        '"You have to leave now," fire chief Ana Holm told residents of Kettby.',
        # guard: reported words
        "Police told residents that you should boil tap water until Friday.",
        # guard: a capitalised "You" past the first word is a title's
        "The band will close the tour with Love You Back at the Halden arena.",
        # guard: no second person at all
        "The Kessel council voted to close the Brask Street bridge on Tuesday.",
        "One of the two ferries was out of service after the storm.",
    ],
)
def test_news_stays(sentence: str) -> None:
    assert not addresses_reader(sentence)
    assert not leans_back(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # rule: _ELIDED_VERB
        "Every day it does, the Velmar party looks weaker and more afraid of the harbour.",
        "If they do, the Kettby council will have to pay for the new roof.",
        # rule: _DEMONSTRATIVE_PHRASE
        "Amid all this, a rumour spread about a floating sauna in the harbour!",
        "And, based on these broad promises, the Aster roadster delivers.",
        "In this scenario, Brask would trade its goalkeeper to Halden.",
        # rule: _REASON_OF_IT
        "It's because the Kettby choir sang at the festival's opening night.",
        # rule: _RELATIVE_OPENING
        "Which is not to say that the mayor's trip was anything but routine.",
        "What it is to say is that the council has kept the public in the dark.",
        # rule: _IT_NEGATED
        "It did not reveal where the crash happened or who was on board.",
        # rule: _BARE_REASON
        "Because crossing the strait in winter is anything but easy.",
        # rule: _LONG_CONTRAST
        "Staying on the island and sailing on to Kessel, however, is harder.",
        # rule: _CONJUNCTION_ADVERB
        "So, in other words, the Brask version is a step down from the old one.",
        # rule: _NO_SUBJECT
        "Includes a 90-day warranty with purchase.",
        "Got it up on the Velmar Post site at 2:36 p.m., minutes after filing.",
    ],
)
def test_sentences_leaning_on_the_one_before(sentence: str) -> None:
    assert leans_back(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # guards: a time ("At this stage", "This week"), an idiom ("As it is"), "Because of",
        # "It did not take long" (stands for nothing), a quote opening on a pronoun
        "At this stage, nobody is thought to have been hurt in the Kettby fire.",
        "At this time, there is no word on where the Brask gunman went.",
        "This week, the Halden ferry line cut six crossings.",
        "As it is, the club is still waiting on a ruling in the Vell case.",
        "Because of the storm, the Kessel bridge was closed on Monday.",
        "It did not take long for the Velmar fire crews to reach the pier.",
        "'He knew if he didn't, he would be caught,' Sheriff Ana Holm said.",
    ],
)
def test_guards_of_leaning(sentence: str) -> None:
    assert not leans_back(sentence)


def test_a_first_person_after_a_comma_is_the_writers() -> None:
    # rule: summary_usable._first_person ("Mindset, I want": a clause ended, no numeral)
    assert points_back("As co-founder of the Velmar Run Club, I want to help you train.")
    # guard: "World War I" after a capitalised word stays a numeral
    assert not points_back("Veterans of World War I were honoured in Kettby on Sunday.")


STORY = (
    "The Kessel council voted on Tuesday to close the Brask Street bridge for three months "
    "of repairs.\n\n"
    "If you drive across the river to work, you will need to plan a longer route.\n\n"
    "Every day it does, the old bridge loses more of its paint and its bolts rust.\n\n"
    "The repairs will cost 4.2 million crowns, council leader Ona Vell said."
)


def test_a_summary_leaves_out_words_to_the_reader_and_leaning_lines() -> None:
    # rules: summary_candidates._Reader._never_chosen with addresses_reader and leans_back
    bullets = _summary(STORY)
    assert bullets[0].startswith("The Kessel council voted")  # control: the lead stays
    assert any(b.startswith("The repairs will cost") for b in bullets)  # control
    assert not any(b.startswith(("If you drive", "Every day it does")) for b in bullets)
