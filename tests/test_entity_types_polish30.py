"""Entity types after read29's ECB+ dev read, the classes ents29 left (issue 12, polish30): a
person's one-word name typed a place or a people, letters after a person's name, a "person"
after "a".
Tables built by hand from invented sentences, so that what NER would tag does not decide
whether the rule is exercised; each guard case stays as NER left it."""

from __future__ import annotations

import re

from newsbeat.enrich.actor_acronyms import merge_state_codes
from newsbeat.enrich.actor_common_words import drop_common_words
from newsbeat.enrich.actor_person_cues import type_people_by_cues
from newsbeat.enrich.actor_postnominals import drop_postnominals
from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.nlp import load_pipeline


def _table(text: str, tagged: dict[str, str]) -> ArticleActors:
    """A table of every whole-word occurrence of each name, with its NER label."""
    table = ArticleActors(text=text)
    found = [
        (m.start(), m.end(), name, label)
        for name, label in tagged.items()
        for m in re.finditer(rf"\b{re.escape(name)}\b", text)
    ]
    for start, end, name, label in sorted(found):
        table._add(name, label, start, end)
    return table


def _typed(text: str, tagged: dict[str, str]) -> dict[str, tuple[str, set[str]]]:
    table = _table(text, tagged)
    type_people_by_cues(table)
    return {
        name: (info.type, {m.label for m in table.mentions if m.actor == name})
        for name, info in table.actors.items()
    }


# -- a person's one-word name NER typed a place or a people ----------------------------------


def test_a_surname_after_a_first_name_left_out_of_the_span_is_a_person() -> None:
    text = "Oskar Brevnik won his ninth fight on Saturday. Brevnik will defend the belt in May.\n"
    assert _typed(text, {"Brevnik": "NORP"})["Brevnik"] == ("PERSON", {"PERSON"})


def test_a_name_given_an_age_is_a_person() -> None:
    text = "Tavrin, 41, has accepted the post, officials said. Tavrin starts next week.\n"
    assert _typed(text, {"Tavrin": "GPE"})["Tavrin"] == ("PERSON", {"PERSON"})


def test_a_word_of_the_language_or_a_count_is_no_mark() -> None:
    # the list of first names holds "In" and "Will"; a count's thousands are spaced in ECB+
    text = "In Kelvane, 10, 000 people marched. They will march again in Kelvane.\n"
    assert _typed(text, {"Kelvane": "GPE"})["Kelvane"][0] == "GPE"
    text = "Will Dorvane hold the vote? Voters will decide in Dorvane.\n"
    assert _typed(text, {"Dorvane": "GPE"})["Dorvane"][0] == "GPE"
    # "The" is in the name list too, and this text never writes "the" in lower case
    text = "The Dorvane games were held in May.\n"
    assert _typed(text, {"Dorvane": "GPE"})["Dorvane"][0] == "GPE"


def test_a_name_with_a_lawyer_or_a_relative_is_a_person() -> None:
    text = "Dolvane ’ s lawyer said the hearing went well. Dolvane left the court.\n"
    assert _typed(text, {"Dolvane": "GPE"})["Dolvane"][0] == "PERSON"
    text = "The family had gone to visit Vashti's daughter in Orsk.\n"
    assert _typed(text, {"Vashti": "LOC", "Orsk": "GPE"})["Vashti"][0] == "PERSON"


def test_a_groups_word_a_known_place_or_a_word_of_the_language_keeps_its_type() -> None:
    # a people's word after a first name ("Christian Velmarists" is no person)
    text = "Christian Velmarists marched on Sunday; the Velmarists want a vote.\n"
    assert _typed(text, {"Velmarists": "NORP"})["Velmarists"][0] == "NORP"
    # a place the gazetteer knows, after a number that looks like an age
    text = "The route runs through Lyon, 40, and on to the coast.\n"
    assert _typed(text, {"Lyon": "GPE"})["Lyon"][0] == "GPE"
    # a word the text also writes in lower case is a word of the language
    text = "Maria Harbour said the harbour was closed for the storm.\n"
    assert _typed(text, {"Harbour": "LOC"})["Harbour"][0] == "LOC"


def test_a_first_name_that_is_a_place_or_another_actors_mention_marks_nothing() -> None:
    text = "Trade between Jordan Kelvane and the coast grew last year.\n"
    assert _typed(text, {"Kelvane": "GPE"})["Kelvane"][0] == "GPE"
    text = "Shares of Dana Kelvane rose after the Dana board met.\n"
    typed = _typed(text, {"Dana": "ORG", "Kelvane": "GPE"})
    assert typed["Kelvane"][0] == "GPE"


# -- letters after a person's name, a legal form alone -----------------------------------------


def _after_state_codes(text: str, tagged: dict[str, str]) -> dict[str, str]:
    table = _table(text, tagged)
    merge_state_codes(table)
    return {name: info.type for name, info in table.actors.items()}


def test_a_degree_or_an_order_after_a_persons_name_is_no_place() -> None:
    text = (
        "The president named Regina Vell, MD, a family physician, on Monday. Sister Ana Holm, "
        "DC, said the order was pleased. Tomas Brell, Esq. posted the notice.\n"
    )
    left = _after_state_codes(
        text,
        {"Regina Vell": "PERSON", "MD": "GPE", "Ana Holm": "PERSON", "DC": "GPE"}
        | {"Tomas Brell": "PERSON", "Esq": "GPE"},
    )
    assert set(left) == {"Regina Vell", "Ana Holm", "Tomas Brell"}


def test_a_state_code_after_a_town_stays_and_a_generation_goes() -> None:
    text = "Aurel Dane, Sr. ran a lab in Bethesda, MD, where Lena Holm, MD, worked.\n"
    left = _after_state_codes(
        text,
        {"Aurel Dane": "PERSON", "Sr": "GPE", "Bethesda": "GPE", "MD": "GPE"}
        | {"Lena Holm": "PERSON"},
    )
    assert left == {"Aurel Dane": "PERSON", "Bethesda": "GPE", "MD": "GPE", "Lena Holm": "PERSON"}
    # the code that stays is the town's one mention, not the degree's
    table = _table(text, {"Lena Holm": "PERSON", "MD": "GPE", "Bethesda": "GPE"})
    drop_postnominals(table)
    assert [text[m.start : m.end] for m in table.mentions if m.actor == "MD"] == ["MD"]
    assert [m.start for m in table.mentions if m.actor == "MD"] == [text.index("MD")]


def test_a_legal_form_alone_is_no_actor() -> None:
    text = "Velmar Pictures, LLC plans to release the film. Orsk & Brell, LLP. filed the suit.\n"
    table = _table(text, {"Velmar Pictures": "ORG", "LLC": "ORG", "LLP": "ORG"})
    drop_postnominals(table)
    assert set(table.actors) == {"Velmar Pictures"}


# -- a "person" after an indefinite article --------------------------------------------------


def _after_common_words(text: str, tagged: dict[str, str]) -> set[str]:
    table = _table(text, tagged)
    drop_common_words(load_pipeline("en_core_web_sm")(text), table)
    return set(table.actors)


def test_a_person_after_an_indefinite_article_is_no_person() -> None:
    text = "Officers gave Tomas Brell a Velmarizer test; he walked toward a Kessite temple.\n"
    tagged = {"Tomas Brell": "PERSON", "Velmarizer": "PERSON", "Kessite": "PERSON"}
    assert _after_common_words(text, tagged) == {"Tomas Brell"}


def test_a_first_name_or_a_mention_without_the_article_keeps_the_person() -> None:
    text = "A Velmarizer was found at the scene. Velmarizer said he saw a Maria at the door.\n"
    tagged = {"Velmarizer": "PERSON", "Maria": "PERSON"}
    assert _after_common_words(text, tagged) == {"Velmarizer", "Maria"}
