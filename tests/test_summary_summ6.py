"""Summary rules of branch summ6 (issue 12 part 5; invented fixtures, fictional names): a
sentence cut inside a model's name is whole again (one cut after a title stays out), a
feature's opening scene around a named person is no lead, a feature's news told past its lead
is found, and a definite noun summing up an act told before ("The move ...") points back.

Each test names its rule and fails with it taken out.
"""

from __future__ import annotations

import pytest

from newsbeat.compare import summary_candidates
from newsbeat.compare.summarise import SummaryOptions, summarise_articles
from newsbeat.compare.summary_candidates import candidate_sentences
from newsbeat.compare.summary_generic import anecdote, dated_news
from newsbeat.compare.summary_usable import points_back
from newsbeat.models import Article


def _article(text: str, title: str = "") -> Article:
    return Article(title=title, text=text, outlet="orrin-courier.example", id=1)


def _candidates(text: str, title: str = "") -> list[str]:
    return [c[0] for c in candidate_sentences([_article(text, title)])]


def _summary(text: str, sentences: int = 3) -> list[str]:
    options = SummaryOptions(sentences=sentences)
    return [s.text for s in summarise_articles([_article(text)], {}, options)]


def test_a_model_name_cut_before_its_number_is_whole_again() -> None:
    # rule: summary_candidates._cut_in_a_name (a short capitals word after a capitalised one,
    # before a number, is a model's name)
    sentence = "The Velo ID. 4 crossover will be built in Kettby from next year, the maker said."
    text = f"{sentence}\n\nRepair crews from Velmar reached the town on Tuesday morning."
    assert _candidates(text)[0] == sentence


@pytest.mark.parametrize("title", ["Ft.", "Atty.", "Lieut.", "Brig."])
def test_both_halves_of_a_sentence_cut_after_a_title_are_out(title: str) -> None:
    # rule: summary_usable.TITLE_END (the titles added here: "Ft." then "Lanner late on
    # Friday, ..." is no sentence)
    text = (
        f"The storm hit the garrison at {title} Lanner late on Friday, cutting power to 4,000 "
        "homes.\n\nRepair crews from Velmar reached the town on Tuesday morning."
    )
    found = _candidates(text)
    assert found == ["Repair crews from Velmar reached the town on Tuesday morning."], found


def test_a_model_name_written_again_joins_its_word() -> None:
    # rule: summary_candidates._cut_in_a_name (the article writes "ID. Buzz" twice)
    text = (
        "Velo will start building its Velo ID. Buzz van at the Orrin plant on Monday.\n\n"
        "The ID. Buzz costs 52,000 crowns, the maker said on Tuesday."
    )
    found = _candidates(text, title="Velo ID. Buzz goes on sale")
    assert found[0] == (
        "Velo will start building its Velo ID. Buzz van at the Orrin plant on Monday."
    )
    assert not any(c.startswith("Buzz") for c in found), found


def test_a_model_name_another_article_writes_joins_its_word() -> None:
    # rule: summary_candidates._cut_in_a_name (the story's titles and texts show the name)
    first = Article(
        id=1, title="Velo ID. Buzz goes on sale", text="Velo began selling its new van on "
        "Monday in Kettby, the carmaker said.", outlet="Motor Daily", published="2026-11-03"
    )  # fmt: skip
    second = Article(
        id=2, title="Velo van arrives", text="The Velo ID. Buzz reached Kettby dealers on "
        "Tuesday, a day late.", outlet="Kettby Post", published="2026-11-04"
    )  # fmt: skip
    found = [c[0] for c in candidate_sentences([first, second])]
    assert "The Velo ID. Buzz reached Kettby dealers on Tuesday, a day late." in found, found
    assert not any(c.startswith("Buzz") for c in found), found


def test_a_sentence_ending_on_capitals_stays_cut() -> None:
    # near miss: "... Kettby FC." then "The club ..." is two sentences, not a name
    text = (
        "Ivo Marr signed a two-year contract with Kettby FC. The club paid Orrin "
        "Rovers a fee of 2 million crowns, it said on Monday."
    )
    found = _candidates(text)
    assert found == [
        "Ivo Marr signed a two-year contract with Kettby FC.",
        "The club paid Orrin Rovers a fee of 2 million crowns, it said on Monday.",
    ], found


@pytest.mark.parametrize(
    "sentence",
    [
        "Marta Vell was making breakfast when the phone rang.",
        "Marta Vell, 54, was pouring coffee when the lights went out.",
        "Ivo Dane still remembers the smell of the smoke over the harbour.",
        "Ana Kell had just locked the shop when the water came over the quay.",
    ],
)
def test_an_opening_scene_around_a_person_is_an_anecdote(sentence: str) -> None:
    # rule: summary_generic.anecdote
    assert anecdote(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Marta Vell was walking home on Monday when a van hit her, police said.",  # dated
        "Kettby Police were searching the woods when they found the car.",  # no person
        "A man was walking his dog when a tree fell on him.",  # no name
        "Marta Vell was elected mayor of Orrin with 61 per cent of the vote.",  # news
        "Ivo Dane was driving 90 miles an hour when the car left the road.",  # a figure
        "Velmar Motors recalls its Aster sedans over faulty brakes.",  # a recall, not memory
    ],
)
def test_news_of_the_same_shape_is_no_anecdote(sentence: str) -> None:
    # near misses: a date, a figure, a source, no person's name, no scene
    assert not anecdote(sentence)


SCENE = (
    "Marta Vell was making breakfast when the phone rang.\n\n"
    "The caller said her brother's fishing boat had not come back to Orrin harbour.\n\n"
    "She drove down to the quay and waited there in the rain with the other families.\n\n"
    "Nobody on the quay knew where the boats had gone, and the radio said nothing.\n\n"
    "The Orrin coast guard said on Tuesday that six fishing boats were lost in the storm "
    "and that 14 crew members are still missing.\n\n"
    "Searchers found two life rafts off Kettby Point on Wednesday morning."
)


def test_an_opening_scene_is_no_lead_and_the_news_past_the_lead_is() -> None:
    # rules: summary_generic.anecdote (the scene is filler) and
    # summary_candidates._Reader.nut_graf_past_lead (the news sits in the fifth paragraph)
    bullets = _summary(SCENE)
    assert bullets[0].startswith("The Orrin coast guard said on Tuesday"), bullets
    assert not any(b.startswith("Marta Vell was making") for b in bullets), bullets


def test_without_the_anecdote_rule_the_scene_leads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(summary_candidates, "anecdote", lambda _: False)
    assert _summary(SCENE)[0].startswith("Marta Vell was making breakfast")


def test_without_reading_past_the_lead_the_scene_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the loose nut graf (any told verb) would be the caller's line of the scene
    monkeypatch.setattr(summary_candidates._Reader, "nut_graf_past_lead", lambda *_: None)
    assert _summary(SCENE)[0].startswith("The caller said")


def test_a_dated_nut_graf_inside_the_lead_beats_the_scene() -> None:
    # rule: summary_candidates._nut_graf with dated_news first (the scene's told lines wait)
    text = (
        "Ana Kell had just locked the shop when the water came over the quay.\n\n"
        "The water rose fast and Kell carried her stock up the stairs.\n\n"
        "The Orrin river broke its banks on Sunday, flooding 300 homes, the town said."
    )
    assert _summary(text)[0].startswith("The Orrin river broke its banks on Sunday")


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        ("The Orrin coast guard said on Tuesday that six boats were lost.", True),
        ("The river flooded 300 homes in the valley.", True),
        ("The caller said her brother's boat had not come back.", False),
        ("Vell, 54, said she had never seen the river so high.", False),  # an age only
    ],
)
def test_what_tells_dated_news(sentence: str, dated: bool) -> None:
    # rule: summary_generic.dated_news
    assert dated_news(sentence) is dated


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        ("The move comes after months of talks with the Orrin union.", True),
        ("The decision was taken late on Monday in Kettby.", True),
        ("The latest move drew protests outside the Orrin town hall.", True),
        ("Such a step has not been taken in Orrin since 1990.", True),
        ("It follows the closure of the Kettby plant in June.", True),
        ("It means the Orrin plant will close in June.", True),
        # near misses: what the noun stands for follows it
        ("The decision to close the Orrin plant was taken on Monday.", False),
        ("The move by Velmar to cut 300 jobs drew protests in Orrin.", False),
        ("The movement grew across Orrin on Sunday.", False),
        ("It follows that the council must pay for the repairs.", False),
        ("It seems the Orrin plant will close in June.", False),
    ],
)
def test_a_noun_summing_up_an_act_told_before_points_back(sentence: str, back: bool) -> None:
    # rules: summary_usable._SUMMING_NOUN in points_back; "It follows/means ..." in
    # _REFERRING_OPENING
    assert points_back(sentence) is back


def test_the_move_is_no_bullet() -> None:
    text = (
        "Velmar will close its Orrin plant in June, cutting 300 jobs, the company said on "
        "Monday.\n\n"
        "The move comes after two years of falling sales at the Orrin plant and in Kettby.\n\n"
        "Union leader Ivo Dane said the workers would strike on Friday over the closure."
    )
    bullets = _summary(text)
    assert bullets[0].startswith("Velmar will close") and len(bullets) == 2, bullets
    assert not any(b.startswith("The move") for b in bullets), bullets
