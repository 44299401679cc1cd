"""Entities and actors typed and merged from data (issue 12, item 3): a place gazetteer, one
actor per spelling of a name, initials defined in the text, lower-case spans, titles.

Entity labels are set by hand over a real parse, so each test pins the rule, not what the
small English model happens to tag."""

from __future__ import annotations

from tests._enrich_docs import actor_types as _types
from tests._enrich_docs import doc_with_ents as _doc

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.names import (
    defined_initials,
    first_name_gender,
    fold_name,
    place_kind,
    spelling_key,
    spelling_keys,
)


def test_lower_case_common_nouns_are_not_names() -> None:
    doc = _doc(
        "He hid in the thick bush beside the headphone jack.",
        ("thick bush", "PERSON", 0),
        ("headphone jack", "PERSON", 0),
    )
    assert _types(doc) == {}


def test_us_without_its_last_dot_is_the_united_states() -> None:
    doc = _doc(
        "The U.S and the United States agreed.",
        ("U.S", "GPE", 0),
        ("United States", "GPE", 0),
    )
    assert _types(doc) == {"United States": "GPE"}


def test_hyphenated_and_spaced_spellings_are_one_actor() -> None:
    doc = _doc(
        "Al-Shabaab claimed the attack. Al Shabaab said more would come. Al-Shabaab left.",
        ("Al-Shabaab", "ORG", 0),
        ("Al Shabaab", "ORG", 0),
        ("Al-Shabaab", "ORG", 1),
    )
    assert _types(doc) == {"Al-Shabaab": "ORG"}


def test_possessive_with_a_curly_apostrophe_is_the_name() -> None:
    doc = _doc(
        "Donald Trump’s lawyer met Donald Trump.",
        ("Donald Trump’s", "PERSON", 0),
        ("Donald Trump", "PERSON", 1),
    )
    assert _types(doc) == {"Donald Trump": "PERSON"}


def test_initials_defined_in_the_text_are_the_named_actor() -> None:
    doc = _doc(
        "Crown Prince Mohammed bin Salman (MBS) met the envoy. MBS said the talks went well.",
        ("Mohammed bin Salman", "PERSON", 0),
        ("MBS", "PERSON", 0),
        ("MBS", "PERSON", 1),
    )
    table = build_actors(doc)
    assert set(table.actors) == {"Mohammed bin Salman"}
    assert table.actors["Mohammed bin Salman"].mentions == 3


def test_places_ner_calls_people_are_places() -> None:
    doc = _doc(
        "Firefighters from Anchorage reached the church in Wasilla on Friday.",
        ("Anchorage", "PERSON", 0),
        ("Wasilla", "PERSON", 0),
    )
    assert _types(doc) == {"Anchorage": "GPE", "Wasilla": "GPE"}


def test_a_capital_tagged_as_a_person_is_its_country() -> None:
    doc = _doc("Officials in Kyiv said the convoy left.", ("Kyiv", "PERSON", 0))
    assert _types(doc) == {"Ukraine": "GPE"}


def test_a_person_named_like_a_city_stays_a_person() -> None:
    doc = _doc(
        "Paris Hilton arrived late. Paris said she was tired.",
        ("Paris Hilton", "PERSON", 0),
        ("Paris", "PERSON", 1),
    )
    assert _types(doc) == {"Paris Hilton": "PERSON"}


def test_a_president_tagged_as_an_organisation_is_a_person_with_a_role() -> None:
    doc = _doc(
        "President Dane arrived in Velmar.",
        ("Dane", "ORG", 0),
        ("Velmar", "GPE", 0),
    )
    table = build_actors(doc)
    assert table.type_of("Dane") == "PERSON"
    assert table.roles_of("Dane") == ["President"]


def test_name_tables() -> None:
    assert place_kind("Anchorage") == "city"
    assert place_kind("Alaska") == "state"
    assert place_kind("Headphone") is None
    assert fold_name("Trump’s") == fold_name("Trump's") == fold_name("trump")
    assert fold_name("Al-Shabaab") == fold_name("al Shabaab")
    text = "Mohammed bin Salman (MBS) and the Kaldria Defence Force (KDF) met."
    names = [(19, "Mohammed bin Salman"), (text.index(" (KDF)"), "Kaldria Defence Force")]
    assert defined_initials(text, names) == {
        "MBS": "Mohammed bin Salman",
        "KDF": "Kaldria Defence Force",
    }
    assert defined_initials("Lena Holm (KDF) spoke.", [(9, "Lena Holm")]) == {}
    assert first_name_gender("Lena Holm") == "female"
    assert first_name_gender("Erik Holm") == "male"
    assert first_name_gender("Holm") is None


def test_a_surname_that_is_also_a_small_city_stays_a_person_without_a_place_position() -> None:
    # Obama is also a town in Japan: a city of the gazetteer needs the text to put it somewhere.
    doc = _doc(
        "Obama said he would reverse the rule. Obama spoke to reporters later.",
        ("Obama", "PERSON", 0),
        ("Obama", "PERSON", 1),
    )
    assert _types(doc) == {"Obama": "PERSON"}


def test_no_one_is_called_the_bush() -> None:
    doc = _doc(
        'Bush spoke first. "The Bush administration is using this," she said.',
        ("Bush", "PERSON", 0),
    )
    assert _types(doc) == {"Bush": "PERSON"}


def test_a_common_word_capitalised_by_position_is_not_a_person() -> None:
    doc = _doc(
        "Riot police fired tear gas. The riot went on. Condoleezza Rice spoke. Rice left.",
        ("Riot", "PERSON", 0),
        ("Condoleezza Rice", "PERSON", 0),
        ("Rice", "PERSON", 1),
    )
    assert _types(doc) == {"Condoleezza Rice": "PERSON"}


def test_a_conjunction_opening_the_sentence_is_not_part_of_a_name() -> None:
    doc = _doc(
        "After Holm signed the pact, Dravonia warned of a response.",
        ("Holm", "PERSON", 0),
        ("Dravonia", "GPE", 0),
    )
    assert _types(doc) == {"Holm": "PERSON", "Dravonia": "GPE"}


def test_a_name_with_a_first_name_in_a_place_position_stays_a_person() -> None:
    doc = _doc(
        "Robbers struck in Harry Winston on Friday. Police arrived in Twin Falls later.",
        ("Harry Winston", "PERSON", 0),
        ("Twin Falls", "PERSON", 0),
    )
    assert _types(doc) == {"Harry Winston": "PERSON", "Twin Falls": "GPE"}


def test_a_town_placed_by_its_state_or_a_distance_is_a_place() -> None:
    for text in (
        "Fire crews reached Wasilla, Alaska, on Friday.",
        "Officials said Wasilla, about 40 miles north of Anchorage, was quiet.",
        "Wasilla, Mrs Palin's home town, is small.",
    ):
        doc = _doc(text, ("Wasilla", "PERSON", 0))
        assert _types(doc).get("Wasilla") == "GPE", text


def test_a_navy_ship_is_an_organisation_a_merchant_ship_and_a_prefix_alone_no_one() -> None:
    doc = _doc(
        "INS Mysore answered a call from MV Gibe. The INS crew boarded.",
        ("INS Mysore", "PERSON", 0),
        ("MV Gibe", "PERSON", 0),
        ("INS", "ORG", 1),
    )
    assert _types(doc) == {"INS Mysore": "ORG"}


def test_transliterations_of_a_surname_are_one_person() -> None:
    doc = _doc(
        "Zelensky spoke on Monday. Zelenskyy later met the envoy. Zelenskiy left.",
        ("Zelensky", "PERSON", 0),
        ("Zelenskyy", "PERSON", 0),
        ("Zelenskiy", "PERSON", 0),
    )
    assert list(_types(doc)) == ["Zelensky"]
    assert spelling_key("Ann Holm") != spelling_key("Anna Holm")


def test_a_leading_initial_and_a_generational_suffix_are_the_same_person() -> None:
    assert spelling_key("W. Mark Felt Sr.") == spelling_key("Mark Felt")
    assert spelling_key("George W. Bush") != spelling_key("George Bush")
    doc = _doc(
        "W. Mark Felt Sr. died on Thursday. Mark Felt was 95. Mark Felt was Deep Throat.",
        ("W. Mark Felt Sr.", "PERSON", 0),
        ("Mark Felt", "PERSON", 1),
        ("Mark Felt", "PERSON", 2),
    )
    assert list(_types(doc)) == ["Mark Felt"]


def test_a_father_and_a_son_of_one_name_stay_two_in_one_article() -> None:
    # "Sr." and "Jr." of one name in one article: the suffix is who they are
    keys = spelling_keys(["Frederick Tarrow Sr.", "Frederick Tarrow Jr.", "Frederick Tarrow"])
    assert len(set(keys.values())) == 3
    assert len(set(spelling_keys(["W. Mark Felt Sr.", "Mark Felt"]).values())) == 1
    doc = _doc(
        "Frederick Tarrow Sr. founded the mill. Frederick Tarrow Jr. sold it in 1990.",
        ("Frederick Tarrow Sr.", "PERSON", 0),
        ("Frederick Tarrow Jr.", "PERSON", 0),
    )
    assert sorted(_types(doc)) == ["Frederick Tarrow Jr", "Frederick Tarrow Sr"]
