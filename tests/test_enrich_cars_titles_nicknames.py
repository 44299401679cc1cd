"""Names that are no actor of their own, found by reader22 on real ECB+ articles: a vehicle
described by its colour or model year ("a silver 2007 Ford Fusion" an organisation), a work
written after its maker's possessive ("Martin Scorsese's The Departed" a person) or quoted
after a work's noun ('his movie “ Ted ” preceded', a person), and a nickname ("acquired the
nickname Bubba" a place). Invented text with the entities set by hand (the tagger's mistakes
made sure); each test fails without its rule, and a near miss keeps its actor."""

from __future__ import annotations

from tests._enrich_docs import actor_types, doc_with_ents, mention_at


def test_a_vehicle_of_a_colour_and_a_model_year_is_no_actor() -> None:
    text = (
        "The car was described as a silver 2009 Velo Ranger with the plate KRB 0843. "
        "Another witness saw a 2007 silver Torvan Fusion - - on the highway."
    )
    doc = doc_with_ents(text, ("Velo Ranger", "PERSON"), ("KRB", "ORG"), ("Torvan Fusion", "ORG"))
    types = actor_types(doc)
    assert "Velo Ranger" not in types
    assert "Torvan Fusion" not in types


def test_the_colour_alone_before_a_vehicle_is_enough() -> None:
    doc = doc_with_ents(
        "A shotgun was found in the silver Torvan Fusion that Kell was driving.",
        ("Torvan Fusion", "ORG"),
        ("Kell", "PERSON"),
    )
    assert actor_types(doc) == {"Kell": "PERSON"}


def test_a_year_before_a_name_qualifying_a_noun_is_no_vehicle() -> None:
    # "a 2009 Harvard graduate": the name qualifies "graduate"; "the 2012 Orsk Council" has
    # no "a" before its year
    doc = doc_with_ents(
        "Dana Holm is a 2009 Harvard graduate who joined the 2012 Orsk Council.",
        ("Dana Holm", "PERSON"),
        ("Harvard", "ORG"),
        ("Orsk Council", "ORG"),
    )
    assert set(actor_types(doc)) == {"Dana Holm", "Harvard", "Orsk Council"}


def test_a_title_after_its_makers_possessive_is_no_person() -> None:
    doc = doc_with_ents(
        "The gala, in which Dara Vell's The Long Harbour took home the top prize, was long.",
        ("Dara Vell", "PERSON"),
        ("The Long Harbour", "PERSON"),
    )
    assert actor_types(doc) == {"Dara Vell": "PERSON"}


def test_an_organisation_after_a_possessive_stays() -> None:
    # "Orlov's The Evening Star" is a newspaper, an organisation: only persons are read
    doc = doc_with_ents(
        "Ivan Orlov's The Evening Star printed the letter on Monday.",
        ("Ivan Orlov", "PERSON"),
        ("The Evening Star", "ORG"),
    )
    assert set(actor_types(doc)) == {"Ivan Orlov", "Evening Star"}


def test_a_nickname_is_no_actor_of_its_own() -> None:
    doc = doc_with_ents(
        'Dorn Kell acquired the nickname Bubba in college. He was nicknamed "Bubba" at home.',
        ("Dorn Kell", "PERSON"),
        ("Bubba", "GPE"),
        ("Bubba", "PERSON", 1),
    )
    assert actor_types(doc) == {"Dorn Kell": "PERSON"}


def test_a_name_written_with_the_nickname_stays() -> None:
    doc = doc_with_ents(
        "Bubba Kell, as the nickname goes, spoke on Monday in Orvale.",
        ("Bubba Kell", "PERSON"),
        ("Orvale", "GPE"),
    )
    assert actor_types(doc) == {"Bubba Kell": "PERSON", "Orvale": "GPE"}


def test_a_quoted_title_after_a_work_noun_is_no_person_before_a_verb() -> None:
    # reader22: 'his movie “ Ted ” preceded his appearance' gave a person "Ted"
    doc = doc_with_ents(
        'Dorn Kell said his movie "Rufus" preceded his appearance at the Orsk gala.',
        ("Dorn Kell", "PERSON"),
        ("Rufus", "PERSON"),
        ("Orsk", "GPE"),
    )
    assert "Rufus" not in actor_types(doc)


def test_an_unquoted_name_after_a_work_noun_before_a_verb_stays() -> None:
    # "the film Holm directed": Holm directed it
    doc = doc_with_ents(
        "The film Holm directed won a prize in Orsk.", ("Holm", "PERSON"), ("Orsk", "GPE")
    )
    assert actor_types(doc) == {"Holm": "PERSON", "Orsk": "GPE"}


def test_a_name_glued_to_a_participle_after_a_colour_stays() -> None:
    # heldout9: "Wearing the orange Los Angeles County Jail - issued jumpsuit" (the jail)
    doc = doc_with_ents(
        "Wearing the orange Orsk County Jail - issued jumpsuit, Kell sat down.",
        ("Orsk County Jail", "ORG"),
        ("Kell", "PERSON"),
    )
    assert actor_types(doc) == {"Orsk County Jail": "ORG", "Kell": "PERSON"}


def test_the_giver_of_a_nickname_stays() -> None:
    # review23a: "the nickname Pell gave her" dropped Pell, the one who gave it
    doc = doc_with_ents(
        "Dana Holt won the race. Holt said the nickname Pell gave her was a joke.",
        ("Dana Holt", "PERSON"),
        ("Holt", "PERSON", 1),
        ("Pell", "PERSON"),
    )
    assert actor_types(doc) == {"Dana Holt": "PERSON", "Pell": "PERSON"}


def test_the_giver_before_the_one_named_stays() -> None:
    doc = doc_with_ents(
        "The nickname Orvo gave Marren angered her.", ("Orvo", "PERSON"), ("Marren", "PERSON")
    )
    assert actor_types(doc) == {"Orvo": "PERSON", "Marren": "PERSON"}


def test_a_nickname_before_another_verb_or_quoted_before_a_giving_verb_goes() -> None:
    # "stuck" is no giving verb; a quoted name is the nickname whatever follows
    doc = doc_with_ents(
        'Dorn Kell hated the nickname Bubba. The nickname "Rufus" given by his team stuck.',
        ("Dorn Kell", "PERSON"),
        ("Bubba", "PERSON"),
        ("Rufus", "PERSON"),
    )
    assert actor_types(doc) == {"Dorn Kell": "PERSON"}


def test_a_colour_before_a_group_of_people_is_no_vehicle() -> None:
    # review23a: "a white Democrat" was dropped as a car
    doc = doc_with_ents(
        "Dorn Kell met a white Democrat at the rally in Orsk.",
        ("Dorn Kell", "PERSON"),
        ("Democrat", "NORP"),
        ("Orsk", "GPE"),
    )
    assert actor_types(doc) == {"Dorn Kell": "PERSON", "Democrat": "NORP", "Orsk": "GPE"}


def test_a_person_named_elsewhere_keeps_a_mention_after_a_colour() -> None:
    # the mention after "a white" stays the person the article names, not a vehicle
    doc = doc_with_ents(
        "Tova Rask spoke first. Later a white Rask, pale with fear, left the hall.",
        ("Tova Rask", "PERSON"),
        ("Rask", "PERSON", 1),
    )
    assert mention_at(doc, "Rask", 1) == ("Tova Rask", "PERSON")
