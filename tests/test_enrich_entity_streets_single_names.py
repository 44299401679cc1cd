"""Entity types a reader found wrong on unseen ECB+ documents (issue 12, entities; ents28):
streets, a person's single name, and the words around a name that say what it is.

Entity labels are set by hand over a real parse, so each test pins the rule, not what the
small English model happens to tag. Names are invented, except gazetteer places the rules
need ("Cannes", "Palermo") and the country of "Greeks"."""

from __future__ import annotations

from spacy.tokens import Doc
from tests._enrich_docs import actor_types as _types
from tests._enrich_docs import doc_with_ents as _doc
from tests._enrich_docs import mention_at as _mention_at

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.relation_rules import is_named_actor

# --- streets --------------------------------------------------------------------------------


def test_a_street_typed_a_person_is_a_place() -> None:
    doc = _doc(
        "The march went to the stationhouse on Velnor Ave. Police blocked Velnor Ave at dusk.",
        ("Velnor Ave", "PERSON"),
        ("Velnor Ave", "PERSON", 1),
    )
    assert _types(doc) == {"Velnor Ave": "LOC"}


def test_a_street_written_out_or_led_by_its_word_is_a_place() -> None:
    doc = _doc(
        "He was arrested at a Harrow Street apartment. The thieves fled down Rue de Morvan "
        "past Place Torvelle.",
        ("Harrow Street", "ORG"),
        ("Rue de Morvan", "ORG"),
        ("Place Torvelle", "ORG"),
    )
    assert _types(doc) == {"Harrow Street": "LOC", "Rue de Morvan": "LOC", "Place Torvelle": "LOC"}


def test_a_person_with_a_street_word_for_a_surname_stays_a_person() -> None:
    doc = _doc("Maria Lane said the vote was fair.", ("Maria Lane", "PERSON"))
    assert _types(doc) == {"Maria Lane": "PERSON"}


def test_a_street_that_stands_for_the_markets_stays_as_tagged() -> None:
    doc = _doc("Wall Street fell 2 percent on Monday.", ("Wall Street", "ORG"))
    assert _types(doc) == {"Wall Street": "ORG"}


def test_a_name_whose_street_word_ner_left_out_is_the_street() -> None:
    doc = _doc(
        "At a drug store near Ostrand Ave., which was full, windows were smashed.",
        ("Ostrand", "GPE"),
    )
    assert _types(doc) == {"Ostrand Ave": "LOC"}


def test_a_name_at_a_crossing_with_a_street_is_a_street_with_its_word() -> None:
    doc = _doc(
        "Rioters gathered around Brell and Velnor Ave. in the evening. Later, at Brell and "
        "Velnor, police made arrests.",
        ("Brell", "ORG"),
        ("Velnor Ave", "PERSON"),
        ("Brell", "ORG", 1),
    )
    assert _types(doc) == {"Brell Ave": "LOC", "Velnor Ave": "LOC"}


def test_two_names_before_a_plural_street_word_are_two_streets() -> None:
    doc = _doc(
        "The owner of a deli at Brell and Halden Aves. said his workers were afraid.",
        ("Brell", "ORG"),
        ("Halden Aves", "GPE"),
    )
    assert _types(doc) == {"Brell Ave": "LOC", "Halden Ave": "LOC"}


def test_a_street_is_no_end_of_a_relation() -> None:
    doc = _doc(
        "Ivo Marr blocked Velnor Ave on Monday.", ("Ivo Marr", "PERSON"), ("Velnor Ave", "ORG")
    )
    table = build_actors(doc)
    assert is_named_actor("Ivo Marr", table)
    assert not is_named_actor("Velnor Ave", table)


# --- a person's single name -----------------------------------------------------------------


def test_a_one_word_place_ner_mostly_tags_a_person_is_a_person() -> None:
    doc = _doc(
        "After the death of Tavoni, a vigil was held. Tavoni was 16. Friends said Tavoni had "
        "left school.",
        ("Tavoni", "GPE"),
        ("Tavoni", "PERSON", 1),
        ("Tavoni", "PERSON", 2),
    )
    assert _types(doc) == {"Tavoni": "PERSON"}


def test_a_first_name_typed_a_place_is_the_person_named_in_full() -> None:
    doc = _doc(
        "Ramiel Dunst was shot last year. “It never ends,” said Ramiel's father.",
        ("Ramiel Dunst", "PERSON"),
        ("Ramiel", "GPE"),
    )
    assert _types(doc) == {"Ramiel Dunst": "PERSON"}
    assert _mention_at(doc, "Ramiel", 1) == ("Ramiel Dunst", "PERSON")


def test_a_surname_of_several_bearers_in_a_tagged_list_is_a_person() -> None:
    doc = _doc(
        "Tomas Varga was a deputy. Ilse Varga and Piet Orlen spoke. Days after the killing of "
        "Varga, Orlen sat still.",
        ("Tomas Varga", "PERSON"),
        ("Ilse Varga", "PERSON"),
        ("Piet Orlen", "PERSON"),
        ("Varga, Orlen", "ORG"),
    )
    assert _mention_at(doc, "Varga", 2)[1] == "PERSON"
    assert all(kind == "PERSON" for kind in _types(doc).values())


def test_a_surname_typed_an_organisation_beside_a_full_name_is_a_person() -> None:
    doc = _doc(
        "35-year-old Brandel faces two counts of murder. Brandel was arrested last night. "
        "61-year-old Ottilie Brandel is one of the victims.",
        ("Brandel", "ORG"),
        ("Brandel", "PERSON", 1),
        ("Ottilie Brandel", "FAC"),
    )
    assert _types(doc).get("Brandel") == "PERSON"


def test_a_word_of_the_language_beside_a_surname_stays_as_tagged() -> None:
    # the shape of the test above, but the text writes "brook" in lower case: a word, and
    # the one-word name may be something else than the person
    doc = _doc(
        "35-year-old Brook faces two counts of murder. Brook was arrested by the brook. "
        "61-year-old Ottilie Brook is one of the victims.",
        ("Brook", "ORG"),
        ("Brook", "PERSON", 1),
        ("Ottilie Brook", "FAC"),
    )
    assert _types(doc).get("Brook") == "ORG"


def test_a_nickname_in_quotes_is_the_person() -> None:
    doc = _doc(
        "A memorial for Tavoni 'Kiko' Marsh stood outside. Tavoni was 16. Mourners called "
        "out, “Rest in peace, Kiko.”",
        ("Tavoni", "PERSON"),
        ("Kiko", "ORG"),
        ("Tavoni", "PERSON", 1),
        ("Kiko", "ORG", 1),
    )
    assert _types(doc) == {"Tavoni Marsh": "PERSON"}


# --- the words around a name ----------------------------------------------------------------


def test_a_gazetteer_city_typed_a_nationality_is_a_place() -> None:
    doc = _doc("The raid followed robberies in Cannes.", ("Cannes", "NORP"))
    assert _types(doc) == {"Cannes": "GPE"}


def test_a_name_before_prison_or_store_is_the_body() -> None:
    doc = _doc(
        "He was found dead in Velsarri prison. Police examined the Dorvik store.",
        ("Velsarri", "GPE"),
        ("Dorvik", "GPE"),
    )
    assert _types(doc) == {"Velsarri": "ORG", "Dorvik": "ORG"}


def test_an_organisation_called_a_district_is_a_place() -> None:
    doc = _doc(
        "He was the boss of the Palermo district of Porta Velsa.",
        ("Palermo", "GPE"),
        ("Porta Velsa", "ORG"),
    )
    assert _types(doc) == {"Palermo": "GPE", "Porta Velsa": "GPE"}


def test_a_crime_family_typed_a_nationality_is_an_organisation() -> None:
    doc = _doc("The head of the Morandi crime family died.", ("Morandi", "NORP"))
    assert _types(doc) == {"Morandi": "ORG"}


def test_a_prize_is_no_actor() -> None:
    doc = _doc("The reporters went on to win a Torvald prize.", ("Torvald", "PERSON"))
    assert _types(doc) == {}


def test_a_nationality_plural_typed_a_person_is_a_group() -> None:
    doc = _doc("A poll said 83 percent of Greeks were unhappy.", ("Greeks", "PERSON"))
    assert _types(doc) == {"Greeks": "NORP"}


def test_a_place_and_a_council_title_are_no_person() -> None:
    doc = _doc(
        "“We need help,” said Kittby Councilman Ivo Marr in a statement.",
        ("Kittby Councilman", "PERSON"),
        ("Ivo Marr", "PERSON"),
    )
    assert "Kittby Councilman" not in _types(doc)


def test_a_gazetteer_city_the_text_puts_nowhere_stays_as_tagged() -> None:
    doc = _doc("He is represented by Kessel, Barnes and Marten.", ("Barnes", "NORP"))
    assert _types(doc).get("Barnes") != "GPE"


def test_a_first_word_ner_ran_into_a_persons_name_is_no_surname() -> None:
    doc = _doc(
        "Secretary of the Interior Ivo Marr spoke. Groups wrote to the Interior and Commerce "
        "departments.",
        ("Interior Ivo Marr", "PERSON"),
        ("Interior", "ORG"),
    )
    assert _types(doc).get("Interior") != "PERSON"


def test_an_office_cut_before_its_holders_title_is_the_whole_office() -> None:
    doc = _doc(
        "He was charged, according to the Kittby District Attorney's Office.",
        ("Kittby District", "ORG"),
    )
    assert _types(doc) == {"Kittby District Attorney's Office": "ORG"}


def test_a_street_is_no_place_for_the_place_gates() -> None:
    from newsbeat.compare.claim_places import place_sites
    from newsbeat.models import Entity

    entities = [Entity(name="Velnor Ave", type="LOC"), Entity(name="East Kittby", type="GPE")]
    assert place_sites(entities) == ["East Kittby"]


def test_a_nickname_after_a_middle_name_makes_no_second_person() -> None:
    # rule: actor_nicknames._given_name_before (read28b: 'Luis Gerardo "Jerry" Ortiz' made
    # "Gerardo Ortiz")
    doc = _doc(
        'Deputy Maria Gerarda "Gigi" Holm, 35, was shot outside a building.',
        ('Maria Gerarda "Gigi" Holm', "PERSON"),
    )
    assert "Gerarda Holm" not in _types(doc)


_BROTHERS = (
    'Carlo "The Heron" Brandini, the harbour boss, died on Monday in a prison hospital.\n'
    "Brandini was 81.\n"
    "Brandini ran the docks of the old port for three decades.\n"
    "His brother, the Rev. Tomas Brandini, spoke at the funeral."
)


def _brothers() -> Doc:
    return _doc(
        _BROTHERS,
        ("Carlo", "PERSON"),
        ("Brandini", "PERSON"),
        ("Brandini", "PERSON"),
        ("Brandini", "PERSON"),
        ("Tomas Brandini", "PERSON"),
    )


def test_a_nicknamed_name_split_by_ner_keeps_its_bare_surname() -> None:
    # rule: actor_nicknames.nicknamed_names, read before bare surnames are resolved (read28b:
    # 'Vincent "The Chin" Gigante', split by NER, gave "Gigante" and "He was 77." to his
    # brother "Louis Gigante", named once at the end): two first names, two people.
    assert _mention_at(_brothers(), "Brandini", 1) == ("Carlo Brandini", "PERSON")
    assert _mention_at(_brothers(), "Brandini", 2) == ("Carlo Brandini", "PERSON")
    assert _mention_at(_brothers(), "Tomas Brandini") == ("Tomas Brandini", "PERSON")


def test_a_nickname_after_nicknamed_is_no_full_name() -> None:
    # guard: 'was nicknamed "The Heron" Brandini' is no first name of anyone
    from newsbeat.enrich.actor_nicknames import nicknamed_names

    assert nicknamed_names('He was nicknamed "The Heron" Brandini.', {"Brandini"}) == []
    assert nicknamed_names('Ulla "The Heron" Brandini.', {"Brandini"}) == [(0, 25, "Ulla Brandini")]
    assert nicknamed_names('Ulla "The Heron" Brandini.', set()) == []
