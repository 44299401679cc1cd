"""Actors on real pages, fourth pass (issue 12, entities): names with commas in them, things
and places listed as actors, fragments and credits. Entity labels are set by hand over a real
parse; every name is invented."""

from __future__ import annotations

from tests._enrich_docs import doc_with_ents as _doc

from newsbeat.enrich.actors import build_actors


def test_a_ministry_named_with_commas_is_one_organisation() -> None:
    doc = _doc(
        "Velmar's Ministry of Fisheries, Forestry and Water (MFFW) set new quotas on Monday. "
        "The quotas MFFW set will hold until May.",
        ("Velmar", "GPE"),
        ("Ministry of Fisheries, Forestry and Water (MFFW", "ORG"),
        ("MFFW", "ORG"),
    )
    actors = build_actors(doc).actors
    assert "Ministry of Fisheries, Forestry and Water" in actors
    assert not {"Ministry of Fisheries", "Forestry", "Water", "MFFW"} & set(actors)


def test_a_division_named_with_commas_runs_past_the_ner_span() -> None:
    doc = _doc(
        "Lena Holm, who runs Ostra Marine, Harbour, and Freight, said the order was late.",
        ("Lena Holm", "PERSON"),
        ("Ostra Marine, Harbour", "ORG"),
        ("Freight", "ORG"),
    )
    actors = build_actors(doc).actors
    assert "Ostra Marine, Harbour, and Freight" in actors
    assert not {"Harbour", "Freight", "Ostra Marine"} & set(actors)


def test_a_list_of_companies_is_still_split() -> None:
    doc = _doc(
        "Orsk Airlines, Kessel and Brask said fares would rise.",
        ("Orsk Airlines, Kessel and Brask", "ORG"),
    )
    assert {"Orsk Airlines", "Kessel", "Brask"} <= set(build_actors(doc).actors)


ROCKET = (
    "Lena Holm, who heads the Orsk Space Agency, said the Tern Upper Stage would fly on the "
    "agency's new rocket in May, and that the Kessel Landing System would take astronauts to "
    "the Moon. A Vulcan rocket will carry the lander to lunar orbit."
)
ROCKET_ENTS = (
    ("Lena Holm", "PERSON"),
    ("Orsk Space Agency", "ORG"),
    ("Tern Upper Stage", "ORG"),
    ("Kessel Landing System", "ORG"),
    ("Moon", "PERSON"),
    ("Vulcan", "NORP"),
)


def test_stages_landers_and_listed_rockets_are_no_actors_in_a_spaceflight_story() -> None:
    actors = build_actors(_doc(ROCKET, *ROCKET_ENTS)).actors
    assert not {"Tern Upper Stage", "Kessel Landing System", "Vulcan"} & set(actors)
    assert {"Lena Holm", "Orsk Space Agency"} <= set(actors)


def test_the_moon_of_a_spaceflight_story_is_a_place() -> None:
    actors = build_actors(_doc(ROCKET, *ROCKET_ENTS)).actors
    assert actors["Moon"].type == "LOC"


def test_moon_the_surname_stays_a_person_outside_spaceflight() -> None:
    doc = _doc(
        "Moon Haneul met the union on Monday. Moon said the talks would go on.",
        ("Moon Haneul", "PERSON"),
        ("Moon", "PERSON"),
    )
    assert build_actors(doc).actors["Moon Haneul"].type == "PERSON"
    assert "Moon" not in build_actors(doc).actors


def test_a_listed_rocket_name_is_a_company_outside_spaceflight() -> None:
    doc = _doc(
        "Vulcan said on Monday that its quarry sales rose 4%.",
        ("Vulcan", "ORG"),
    )
    assert "Vulcan" in build_actors(doc).actors


def test_tournament_groups_and_paths_are_no_actors() -> None:
    doc = _doc(
        "Kaldria won Group D and meets Velmar, the winner of Path A, in March.",
        ("Kaldria", "GPE"),
        ("Group D", "ORG"),
        ("Velmar", "GPE"),
        ("Path A", "PERSON"),
    )
    actors = build_actors(doc).actors
    assert not {"Group D", "Path A"} & set(actors)
    assert {"Kaldria", "Velmar"} <= set(actors)


def test_streets_of_addresses_are_no_actors() -> None:
    doc = _doc(
        "Police stopped a car near Ninth Street and Tamsin Avenue and arrested Per Ekdal, 29, "
        "of 1417 Holloway Drive. Officers later searched 88 Brenner Place.",
        ("Tamsin Avenue", "LOC"),
        ("Per Ekdal", "PERSON"),
        ("Holloway Drive", "PERSON"),
        ("Brenner Place", "ORG"),
    )
    actors = build_actors(doc).actors
    assert not {"Tamsin Avenue", "Holloway Drive", "Brenner Place"} & set(actors)
    assert "Per Ekdal" in actors


def test_a_street_that_is_named_otherwise_stays() -> None:
    doc = _doc(
        "Traders on Velmar Street sold shares. Velmar Street fell 2% on Monday.",
        ("Velmar Street", "ORG"),
        ("Velmar Street", "ORG"),
    )
    assert "Velmar Street" in build_actors(doc).actors


def test_a_rank_and_a_titles_first_words_are_no_actors() -> None:
    doc = _doc(
        "Cmdr. Per Ekdal, a spokesman, said the base was safe. In June, the then Velmar Home "
        "Secretary, Lena Holm, signed the order. \u201cI think, Mr. Ranking Member, it was "
        "right,\u201d Holm said.",
        ("Cmdr.", "PERSON"),  # one token with its stop (quotes29)
        ("Per Ekdal", "PERSON"),
        ("Velmar Home", "ORG"),
        ("Lena Holm", "PERSON"),
        ("Ranking", "PERSON"),
        ("Holm", "PERSON"),
    )
    actors = build_actors(doc).actors
    assert not {"Cmdr", "Cmdr.", "Velmar Home", "Ranking"} & set(actors)
    assert {"Per Ekdal", "Lena Holm"} <= set(actors)


def test_a_wire_credit_after_the_dateline_and_a_page_line_are_no_actors() -> None:
    doc = _doc(
        "HALDIS, Kaldria (AP) \u2014 Lena Holm said sales rose.\n\nStory continues below "
        "gallery\n\nShe was pleased.",
        ("Kaldria", "GPE"),
        ("AP", "ORG"),
        ("Lena Holm", "PERSON"),
        ("Story", "PERSON"),
    )
    actors = build_actors(doc).actors
    assert not {"AP", "Story"} & set(actors)
    assert "Lena Holm" in actors


def test_a_country_in_brackets_after_a_name_is_no_credit() -> None:
    doc = _doc(
        "Ostra & Tamsin (Kaldria) \u2013 also known as Lena Holm \u2013 built the dome.",
        ("Kaldria", "GPE"),
        ("Lena Holm", "PERSON"),
    )
    assert "Kaldria" in build_actors(doc).actors


def test_a_country_glued_to_a_name_is_the_country_and_the_person() -> None:
    doc = _doc(
        "The former envoy to Norway Marta Lindqvist testified on Friday. Lindqvist said she "
        "was recalled.",
        ("Norway Marta Lindqvist", "ORG"),
        ("Lindqvist", "ORG"),
    )
    actors = build_actors(doc).actors
    assert actors["Marta Lindqvist"].type == "PERSON"
    assert actors["Marta Lindqvist"].mentions == 2
    assert "Norway Marta Lindqvist" not in actors
    assert actors["Norway"].type == "GPE"


def test_a_title_word_before_a_first_name_is_not_the_name() -> None:
    doc = _doc(
        "The Deputy Director of Public Prosecution Eva Lund closed the case. Ms Lund said "
        "too much time had passed.",
        ("Ms Lund", "PERSON"),
    )
    actors = build_actors(doc).actors
    assert "Eva Lund" in actors
    assert "Prosecution Eva Lund" not in actors


def test_dotted_initials_are_the_name_they_stand_for() -> None:
    doc = _doc(
        "The Velmar Council urged calm. The V.C. said on Monday that Tessa Rand would lead it.",
        ("Velmar Council", "ORG"),
        ("V.C.", "ORG"),
        ("Tessa Rand", "PERSON"),
    )
    actors = build_actors(doc).actors
    assert actors["Velmar Council"].mentions == 2
    assert "V.C" not in actors


def test_initials_given_after_or_name_the_group_and_make_it_an_organisation() -> None:
    doc = _doc(
        "Rebels known as Tavrin al Sorek, or TaS, held the pass. Lena Holm said TaS was "
        "well armed.",
        ("Tavrin al Sorek", "PERSON"),
        ("TaS", "ORG"),
        ("Lena Holm", "PERSON"),
        ("TaS", "ORG"),
    )
    actors = build_actors(doc).actors
    assert actors["Tavrin al Sorek"].type == "ORG"
    assert actors["Tavrin al Sorek"].mentions == 3
    assert "TaS" not in actors


def test_a_listed_company_typed_a_person_or_a_place_is_an_organisation() -> None:
    doc = _doc(
        "Northrop Grumman won the contract, Lena Holm said. Shares of Netflix fell 2%.",
        ("Northrop Grumman", "PERSON"),
        ("Lena Holm", "PERSON"),
        ("Netflix", "GPE"),
    )
    actors = build_actors(doc).actors
    assert actors["Northrop Grumman"].type == "ORG"
    assert actors["Netflix"].type == "ORG"
    assert actors["Lena Holm"].type == "PERSON"


def test_initials_of_a_phrase_in_lower_case_name_no_actor() -> None:
    doc = _doc(
        "Doctors found chronic harbour lung, or CHL. Per Ekdal said CHL is rare in Brask.",
        ("CHL", "ORG"),
        ("Per Ekdal", "PERSON"),
        ("CHL", "ORG"),
        ("Brask", "GPE"),
    )
    actors = build_actors(doc).actors
    assert "CHL" not in actors
    assert {"Per Ekdal", "Brask"} <= set(actors)


def test_initials_of_a_capitalised_name_stay_an_actor() -> None:
    doc = _doc(
        "The Harbour Lung Council, or HLC, met on Monday. The HLC said it would act.",
        ("Harbour Lung Council", "ORG"),
        ("HLC", "ORG"),
        ("HLC", "ORG"),
    )
    assert "HLC" in build_actors(doc).actors or "Harbour Lung Council" in build_actors(doc).actors


def test_a_name_cut_short_where_the_article_names_it_whole_is_that_name() -> None:
    doc = _doc(
        "Raids against the Orsk Brotherhood group went on. Lena Holm said Orsk Brotherhood "
        "fighters had left.",
        ("Orsk", "NORP"),
        ("Lena Holm", "PERSON"),
        ("Orsk Brotherhood", "ORG"),
    )
    actors = build_actors(doc).actors
    assert actors["Orsk Brotherhood"].mentions == 2
    assert "Orsk" not in actors


def test_a_court_named_with_a_possessive_is_one_organisation() -> None:
    doc = _doc(
        "The hearing will take place at Tamsin Magistrate's Court in Brask in May.",
        ("Tamsin Magistrate's", "ORG"),
        ("Court", "ORG"),
        ("Brask", "GPE"),
    )
    actors = build_actors(doc).actors
    assert "Tamsin Magistrate's Court" in actors
    assert not {"Court", "Tamsin Magistrate"} & set(actors)


def test_a_persons_name_stops_at_a_colon_and_keeps_its_hyphenated_end() -> None:
    doc = _doc(
        "Police arrested Jonas K. Mell on Monday.\n\nJonas K. Mell: Theft, held in jail. "
        "President Park Min-ho spoke later.",
        ("Jonas K. Mell", "PERSON"),
        ("Jonas K. Mell: Theft", "PERSON"),
        ("Park Min", "PERSON"),
    )
    actors = build_actors(doc).actors
    assert actors["Jonas K. Mell"].mentions == 2
    assert "Park Min-ho" in actors
    assert not {"Jonas K. Mell: Theft", "Park Min"} & set(actors)


def test_a_facility_and_a_plan_are_no_actors() -> None:
    doc = _doc(
        "Per Ekdal was held at the Brask County Jail. Parts come from the Tamsin Assembly "
        "Facility. The ministry's Third Harbour Development Plan sets goals.",
        ("Per Ekdal", "PERSON"),
        ("Brask County Jail", "ORG"),
        ("Tamsin Assembly Facility", "ORG"),
        ("Third Harbour Development Plan", "ORG"),
    )
    actors = build_actors(doc).actors
    assert {"Per Ekdal", "Brask County Jail"} <= set(actors)  # a jail is an institution
    assert not {"Tamsin Assembly Facility", "Third Harbour Development Plan"} & set(actors)


def test_a_facility_that_speaks_stays() -> None:
    doc = _doc(
        "The Tamsin Assembly Facility said it would hire 200 workers.",
        ("Tamsin Assembly Facility", "ORG"),
    )
    assert "Tamsin Assembly Facility" in build_actors(doc).actors


def test_a_countrys_body_is_no_glued_name() -> None:
    doc = _doc(
        "The British Royal Navy and the U.S. Forest Service sent crews to Brask.",
        ("British Royal Navy", "ORG"),
        ("U.S. Forest Service", "ORG"),
        ("Brask", "GPE"),
    )
    actors = build_actors(doc).actors
    assert actors["British Royal Navy"].type == "ORG"
    assert actors["U.S. Forest Service"].type == "ORG"
    assert not {"Royal Navy", "Forest Service"} & set(actors)
