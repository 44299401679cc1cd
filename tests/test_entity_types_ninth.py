"""Entity types after the ninth held-out gold (issue 12, branch h9fix): a time zone after a
clock time is no organisation; a name before an outlet's noun and a known outlet cited as a
source are organisations. Invented articles, with the guard cases that must stay."""

from __future__ import annotations

from newsbeat.enrich.actors import ArticleActors, build_actors
from newsbeat.enrich.nlp import load_pipeline


def _actors(text: str) -> ArticleActors:
    return build_actors(load_pipeline("en_core_web_sm")(text))


def _label_at(table: ArticleActors, text: str, word: str, nth: int = 0) -> str | None:
    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    mention = table.actor_at(at, at + len(word))
    return mention.label if mention else None


# -- 1. a time zone after a clock time ----------------------------------------------------------


def test_a_time_zone_after_a_clock_time_is_no_actor() -> None:
    text = (
        "The state news agency Velta reported that the cables were cut off the coast of Orsa "
        "at 10:00 am (0800 GMT) on Friday, and that repairs would start at 1400 UTC.\n"
    )
    table = _actors(text)
    assert _label_at(table, text, "GMT") is None
    assert _label_at(table, text, "UTC") is None


def test_the_same_letters_not_after_a_clock_time_are_left_alone() -> None:
    from newsbeat.enrich.name_clock import is_time_zone

    text = "Shares of GMT rose on Friday after 3 GMT executives resigned."
    assert not is_time_zone(text, text.index("GMT"), "GMT")
    assert is_time_zone("at 10:00 am (0800 GMT)", 17, "GMT")
    assert is_time_zone("at 9 p.m. EST on Monday", 10, "EST")


# -- 2. a name before an outlet's noun ------------------------------------------------------------


def test_a_name_before_newspaper_is_an_outlet() -> None:
    text = (
        "The prime minister, Aurel Dane, has ignored calls for his resignation.\n"
        "An opinion poll for the respected Kalimera newspaper found that 68 per cent of "
        "voters believe the government has mishandled the crisis.\n"
    )
    table = _actors(text)
    assert _label_at(table, text, "Kalimera") == "ORG"


def test_a_person_named_in_full_stays_a_person_before_newspaper() -> None:
    text = (
        "The publisher Stavros Kalimera bought the paper in 1990.\n"
        "An opinion poll for the respected Kalimera newspaper found that 68 per cent of "
        "voters believe the government has mishandled the crisis.\n"
    )
    table = _actors(text)
    assert _label_at(table, text, "Kalimera", nth=1) == "PERSON"


# -- 3. a known outlet cited as a source ---------------------------------------------------------


def test_a_known_outlet_after_according_to_is_an_organisation() -> None:
    text = (
        "Orsa Telecom said it plans to send a boat to fix the broken cable and should restore "
        "service by December 31, according to Bloomberg.\n"
        "The cable links twelve countries.\n"
    )
    assert _label_at(_actors(text), text, "Bloomberg") == "ORG"


def test_a_titled_person_with_an_outlets_name_stays_a_person() -> None:
    text = (
        "Council member Jon Reyes called for Mayor Bloomberg to visit the neighbourhood.\n"
        "The march ended peacefully, according to Bloomberg.\n"
    )
    assert _label_at(_actors(text), text, "Bloomberg") == "PERSON"


# -- 4. a city that signs or trades a player is its team ------------------------------------------


_TEAMS = (
    "The Denver Herons made pitcher Karl Vennberg an eight-year offer on Monday.\n"
    "If Vennberg decides to sign with Denver, the club will have to trade an outfielder.\n"
    "Vennberg was traded from Orlando to Denver two years ago.\n"
    "Vennberg lives in Denver with his family.\n"
)


def test_a_city_a_player_signs_with_is_its_team() -> None:
    table = _actors(_TEAMS)
    assert _label_at(table, _TEAMS, "Denver", nth=1) == "ORG"
    assert _label_at(table, _TEAMS, "Denver", nth=2) == "ORG"


def test_the_city_where_a_player_lives_stays_a_place() -> None:
    table = _actors(_TEAMS)
    assert _label_at(table, _TEAMS, "Denver", nth=3) == "GPE"
    assert _label_at(table, _TEAMS, "Orlando") == "GPE"  # no Orlando team named


# -- 5. a bracketed nickname inside a person's name ----------------------------------------------


def test_a_bracketed_nickname_keeps_the_first_name_a_person() -> None:
    text = (
        "A woman who saw the police shooting of 16-year-old Kimani (Kiki) Gray says the youth "
        "did not have a gun in his hand.\n"
        "Police said Kimani Gray was shot seven times by two officers.\n"
    )
    table = _actors(text)
    assert _label_at(table, text, "Kimani") == "PERSON"
    mention = table.actor_at(text.index("Kimani"), text.index("Kimani") + 6)
    assert mention is not None and mention.actor == "Kimani Gray"


def test_a_place_before_brackets_is_no_nickname() -> None:
    from newsbeat.enrich.actor_nicknames import type_nicknamed_people

    text = "Officers of the Springfield (Mass) Police were called.\n"
    table = _actors(text)
    before = list(table.mentions)
    type_nicknamed_people(table)
    assert table.mentions == before


# -- 6. institutions: a jail named by its county, a clinic named after a person -------------------


def test_a_jail_named_by_its_county_is_an_organisation() -> None:
    text = (
        "Wearing the orange Orsa County Jail-issued jumpsuit, the defendant smiled as he was "
        "led from the courtroom.\n"
    )
    assert _label_at(_actors(text), text, "Orsa County Jail") == "ORG"


_CLINIC = (
    "The actress checked into the Nancy Hollis Center on Friday, her spokesman said.\n"
    "Her lawyer said she is back at Nancy Hollis and will stay for 90 days.\n"
    "Nancy Hollis founded the clinic in 1982.\n"
)


def test_a_persons_name_where_a_place_goes_is_the_clinic_named_after_her() -> None:
    table = _actors(_CLINIC)
    at = _CLINIC.index("Nancy Hollis", _CLINIC.index("back at"))
    mention = table.actor_at(at, at + len("Nancy Hollis"))
    assert mention is not None and mention.label == "ORG"
    assert mention.actor == "Nancy Hollis Center"


def test_the_person_the_clinic_is_named_after_stays_a_person() -> None:
    table = _actors(_CLINIC)
    assert _label_at(table, _CLINIC, "Nancy Hollis", nth=2) == "PERSON"


# -- 7. a list of surnames NER tagged as one organisation ----------------------------------------


def test_surnames_in_a_list_tagged_as_one_organisation_are_the_people() -> None:
    from spacy.tokens import Span

    text = (
        "Deputy Jerry Ortiz was shot while investigating Jose Luis Orozco in another case.\n"
        "Days after the ambush of Ortiz, Orozco sat staring straight ahead.\n"
    )
    doc = load_pipeline("en_core_web_sm")(text)
    at = text.index("Ortiz, Orozco")
    span = doc.char_span(at, at + len("Ortiz, Orozco"))
    assert span is not None
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [
        Span(doc, span.start, span.end, label="ORG")
    ]  # as NER tagged it in a real article
    table = build_actors(doc)
    second = text.index("Orozco", at)
    mention = table.actor_at(second, second + len("Orozco"))
    assert mention is not None and (mention.actor, mention.label) == ("Jose Luis Orozco", "PERSON")


def test_a_surname_that_is_an_outlets_last_word_stays_a_person() -> None:
    from newsbeat.enrich.actor_outlets import _known_outlet

    assert _known_outlet("Bloomberg")
    assert _known_outlet("New York Times")
    assert not _known_outlet("Hill")  # "The Hill" is an outlet, Hill a surname
