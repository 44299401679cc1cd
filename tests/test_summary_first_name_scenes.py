"""Summary rule of branch fixent21 (issue 12 part 5; invented fixtures, fictional names): a
scene that names its person by the first name alone is never a bullet, the reader cannot tell
who it is.

Each test names its rule and fails with it taken out.
"""

from __future__ import annotations

from newsbeat.compare.summary_candidates import read_candidates
from newsbeat.compare.summary_names import first_name_only
from newsbeat.compare.summary_options import SummaryOptions
from newsbeat.models import Article, Enrichment, Entity

_PEOPLE = ["Ana Holm", "Karl Berg"]


def test_a_first_name_alone_names_nobody_the_reader_knows() -> None:
    # rule: summary_names.first_name_only
    assert first_name_only("Ana ran back into the burning house with her son.", _PEOPLE)
    assert first_name_only("The neighbours said Karl's boat was found on Tuesday.", _PEOPLE)


def test_a_first_name_with_the_surname_or_in_another_name_is_fine() -> None:
    # near misses: the full name, the surname elsewhere in the sentence, a place and another
    # person's full name that begin with the first name
    for sentence in (
        "Ana Holm ran back into the house.",
        "Holm said Ana had gone back for her son.",
        "Police in Santa Ana said the fire spread.",
        "Ana Kessel said the fire spread to the harbour.",
    ):
        assert not first_name_only(sentence, _PEOPLE), sentence


def test_a_first_name_that_is_a_surname_of_the_story_is_no_first_name() -> None:
    assert not first_name_only("Berg said the road was closed.", ["Berg Tamsin", "Karl Berg"])


def test_a_first_name_in_a_quote_or_of_another_actor_or_no_first_name_is_fine() -> None:
    # near misses read on real stories: a named speaker's quote ("I agreed with Karl ..."), a
    # town that shares its word with a mistyped person ("Palmer Fire"), a film's "The"
    assert not first_name_only(
        "“I agreed with Karl that she is the ideal host,” said Ana Holm.", _PEOPLE
    )
    assert not first_name_only(
        "A fire destroyed the dairy in Palmer.", ["Palmer Fire"], other_names=["Palmer"]
    )
    assert not first_name_only("The comedian will host again.", ["The Departed"])


def test_a_scene_naming_a_first_name_is_filler() -> None:
    # rule: summary_candidates._Reader._never_chosen (first_name_only); the article's persons
    # come from its enrichment's PERSON entities
    text = (
        "Ana Holm, 34, was making breakfast in Kettby when the water came on Monday.\n\n"
        "Ana ran back into the house for her son as the river rose.\n\n"
        "Floods cut power to 4,000 homes in the Orrin valley on Monday, the council said."
    )
    article = Article(title="", text=text, outlet="orrin-courier.example", id=1)
    enrichment = Enrichment(article_id=1, entities=[Entity(name="Ana Holm", type="PERSON")])
    found = read_candidates([article], {1: enrichment}, SummaryOptions())
    texts = [t for t, _, _ in found.found]
    scene = texts.index("Ana ran back into the house for her son as the river rose.")
    assert scene in found.filler
    assert texts.index(text.split("\n\n")[2]) not in found.filler
