"""Entity rows read38 left (issue 12, ents39): a navy's ship named after its kind word ("the
warship Orsk", then "The Orsk"; "Warship Orsk"; "Kaldrian Naval Services (INS) Orsk"), an
aircraft model, a radio channel, a group phrase after a preposition, a strait by its compass
point, a team by its city beside its full name.
Entity labels are set by hand over a real parse so that each test pins the rule, not what
the small model tags. Every sentence and name is invented."""

from __future__ import annotations

from tests._enrich_docs import actor_types
from tests._enrich_docs import doc_with_ents as _doc

from newsbeat.enrich.actor_firm_names import type_firm_names
from newsbeat.enrich.actor_navy_ships import named_after_kind
from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.actor_team_cities import type_team_cities


def test_named_after_kind() -> None:
    text = "The Kaldrian warship Orsk, which sailed on Monday, met the destroyer Velm Star."
    assert named_after_kind(text) == {"Orsk", "Velm Star"}
    assert named_after_kind("The navy sent a warship Tuesday to the coast.") == set()
    assert named_after_kind("a warship INS Orsk") == set()


def test_a_name_after_warship_is_the_ship() -> None:
    doc = _doc(
        "The Kaldrian warship Orsk, which patrols the coast, left port.\n"
        "The Orsk changed course toward the trawler and Orsk fired two warning shots.",
        ("Orsk", "PERSON", 1),
        ("Orsk", "PERSON", 2),
    )
    assert actor_types(doc) == {"Orsk": "ORG"}


def test_a_capitalised_kind_word_is_cut_and_folded_into_the_prefixed_ship() -> None:
    doc = _doc(
        "Sailors aboard INS Orsk saw five boats near the coast.\n"
        "Warship Orsk is deployed under the Western Fleet.",
        ("INS Orsk", "ORG"),
        ("Warship Orsk", "PERSON"),
    )
    types = actor_types(doc)
    assert types.get("INS Orsk") == "ORG"
    assert "Warship Orsk" not in types


def test_a_service_spelt_out_before_the_prefix_is_the_ship() -> None:
    doc = _doc(
        "Kaldrian Naval Services (INS) Orsk, the destroyer on patrol, rescued a trawler.",
        ("Kaldrian Naval Services", "ORG"),
    )
    types = actor_types(doc)
    assert types.get("INS Orsk") == "ORG"
    assert "Kaldrian Naval Services" not in types


def test_guard_a_country_or_a_person_after_a_kind_word_stays() -> None:
    doc = _doc(
        "The warship Norway bought last year is old, said the frigate Captain Ivo Brask.",
        ("Norway", "GPE"),
        ("Ivo Brask", "PERSON"),
    )
    types = actor_types(doc)
    assert types.get("Norway") == "GPE"
    assert types.get("Ivo Brask") == "PERSON"


def test_guard_a_name_never_written_after_a_kind_word_stays() -> None:
    doc = _doc(
        "Orsk said the warship left on Monday.",
        ("Orsk", "PERSON"),
    )
    assert actor_types(doc) == {"Orsk": "PERSON"}


def test_an_aircraft_model_is_no_actor() -> None:
    doc = _doc(
        "An armed Velkar helicopter was launched from the ship.\n"
        "On seeing the armed Velkar overhead, the boats fled, Ivo Brask said.",
        ("Velkar", "ORG"),
        ("Velkar", "ORG", 1),
        ("Ivo Brask", "PERSON"),
    )
    types = actor_types(doc)
    assert "Velkar" not in types
    assert types.get("Ivo Brask") == "PERSON"


def test_guard_an_owner_or_a_maker_of_the_aircraft_stays() -> None:
    doc = _doc(
        "A Navy helicopter and a Boeing jet flew over the bay on Monday.",
        ("Navy", "ORG"),
        ("Boeing", "ORG"),
    )
    types = actor_types(doc)
    assert types.get("Navy") == "ORG"
    assert types.get("Boeing") == "ORG"


def test_guard_a_name_also_written_alone_stays() -> None:
    doc = _doc(
        "A Velkar helicopter landed. Velkar said the flight was routine.",
        ("Velkar", "ORG"),
        ("Velkar", "ORG", 1),
    )
    assert actor_types(doc).get("Velkar") == "ORG"


def test_a_radio_channel_called_over_is_no_actor() -> None:
    doc = _doc(
        "The trawler sent a distress call over the VHF Channel 16 at dawn.",
        ("VHF Channel 16", "ORG"),
    )
    assert "VHF Channel 16" not in actor_types(doc)


def test_guard_a_television_channel_stays() -> None:
    doc = _doc(
        "The interview aired on Channel 9 on Monday.",
        ("Channel 9", "ORG"),
    )
    assert actor_types(doc).get("Channel 9") == "ORG"


def test_a_group_phrase_after_a_preposition_starts_at_its_plural() -> None:
    doc = _doc("The summit was attended by delegates from nine nations, Ivo Brask said.")
    types = actor_types(doc)
    assert types.get("delegates from nine nations") == "GROUP"
    assert not any(name.startswith("by ") for name in types)


def test_an_end_of_a_stretch_by_its_compass_point_is_a_place() -> None:
    doc = _doc(
        "The ship patrols a corridor from Vel-el-Orsk in the west to the mouth of the bay.",
        ("Vel-el-Orsk", "ORG"),
    )
    assert actor_types(doc).get("Vel-el-Orsk") == "GPE"


def test_guard_a_body_without_the_compass_point_stays() -> None:
    doc = _doc(
        "The money came from Velcor in the end, Ivo Brask said.",
        ("Velcor", "ORG"),
        ("Ivo Brask", "PERSON"),
    )
    assert actor_types(doc).get("Velcor") == "ORG"


BEARS = (
    "The New Orleans Saints placed Tarik Omble on injured reserve after a loss to Chicago. "
    "The Chicago Bears had led all night."
)


def test_a_team_by_its_city_folds_into_the_team_the_article_names_in_full() -> None:
    table = ArticleActors(text=BEARS)
    for name, kind, phrase in (
        ("New Orleans Saints", "ORG", "New Orleans Saints"),
        ("Tarik Omble", "PERSON", "Tarik Omble"),
        ("Chicago", "GPE", "Chicago"),
        ("Chicago Bears", "ORG", "Chicago Bears"),
    ):
        start = BEARS.index(phrase)
        table._add(name, kind, start, start + len(phrase))
    type_team_cities(table)
    assert "Chicago" not in table.actors
    assert table.actors["Chicago Bears"].mentions == 2


def test_guard_a_team_by_its_city_alone_keeps_its_name() -> None:
    text = BEARS.replace("The Chicago Bears had led all night.", "It rained.")
    table = ArticleActors(text=text)
    for name, kind, phrase in (
        ("New Orleans Saints", "ORG", "New Orleans Saints"),
        ("Chicago", "GPE", "Chicago"),
    ):
        start = text.index(phrase)
        table._add(name, kind, start, start + len(phrase))
    type_team_cities(table)
    assert table.actors["Chicago"].type == "ORG"


def test_quoted_titles_listed_after_including_are_no_actors() -> None:
    doc = _doc(
        "The service streams classic fare, including \u201cIda Marten\u201d and \u201cOrsk.\u201d",
        ("Ida Marten", "PERSON"),
        ("Orsk", "GPE"),
    )
    types = actor_types(doc)
    assert "Ida Marten" not in types
    assert "Orsk" not in types


def test_guard_one_quoted_name_after_including_stays() -> None:
    doc = _doc(
        "The crew, including \u201cIda Marten\u201d herself, sailed on Monday.",
        ("Ida Marten", "PERSON"),
    )
    assert actor_types(doc).get("Ida Marten") == "PERSON"


def test_a_firm_or_a_listed_team_typed_a_person_is_an_organisation() -> None:
    doc = _doc(
        "Brell Advisors issued a statement. The New York Mets, who signed Ivo Marten, agreed.",
        ("Brell Advisors", "PERSON"),
        ("New York Mets", "PERSON"),
        ("Ivo Marten", "PERSON"),
    )
    types = actor_types(doc)
    assert types.get("Brell Advisors") == "ORG"
    assert types.get("New York Mets") == "ORG"
    assert types.get("Ivo Marten") == "PERSON"


def test_guard_a_titled_name_stays_a_person() -> None:
    text = "Mr. Ivo Ventures said the deal was off. Brell Advisors agreed."
    table = ArticleActors(text=text)
    for phrase in ("Ivo Ventures", "Brell Advisors"):
        start = text.index(phrase)
        table._add(phrase, "PERSON", start, start + len(phrase))
    type_firm_names(table)
    assert table.actors["Ivo Ventures"].type == "PERSON"
    assert table.actors["Brell Advisors"].type == "ORG"


def test_a_city_naming_the_firm_based_there_is_a_place() -> None:
    doc = _doc(
        "Ida Marten said demand was high when the Burbank entertainment giant launched the app.",
        ("Ida Marten", "PERSON"),
        ("Burbank", "ORG"),
    )
    assert actor_types(doc).get("Burbank") == "GPE"


def test_guard_a_listed_company_before_a_firm_word_stays() -> None:
    doc = _doc(
        "Ida Marten said the Nokia telecoms giant cut jobs.",
        ("Ida Marten", "PERSON"),
        ("Nokia", "ORG"),
    )
    assert actor_types(doc).get("Nokia") == "ORG"


def test_a_sentence_adverb_opens_no_name() -> None:
    doc = _doc(
        "Naturally Ivo Brask will try to draw this out as long as he can.",
        ("Naturally Ivo Brask", "PERSON"),
    )
    assert actor_types(doc) == {"Ivo Brask": "PERSON"}


def test_a_paper_cut_to_its_place_is_the_paper() -> None:
    doc = _doc(
        "The Kittby Reporter says Ivo Brask will stay. Brask lives in Kittby.",
        ("Kittby", "GPE"),
        ("Ivo Brask", "PERSON"),
        ("Kittby", "GPE", 1),
    )
    types = actor_types(doc)
    assert types.get("Kittby Reporter") == "ORG"
    assert types.get("Kittby") == "GPE"


def test_guard_a_place_before_a_paper_word_and_another_name_stays() -> None:
    doc = _doc(
        "Ivo Brask walked to the Kittby Post Office on Monday.",
        ("Ivo Brask", "PERSON"),
        ("Kittby", "GPE"),
    )
    types = actor_types(doc)
    assert "Kittby Post" not in types


def test_a_paper_cut_with_its_article_inside_the_mention_is_the_paper() -> None:
    doc = _doc(
        "Ivo Brask and The Kittby Reporter are reporting the deal.",
        ("Ivo Brask", "PERSON"),
        ("The Kittby", "ORG"),
    )
    assert actor_types(doc).get("Kittby Reporter") == "ORG"


def test_a_product_after_a_trademark_sign_is_no_actor() -> None:
    doc = _doc(
        "Add a jar of Velkar\u00ae Honey and stir, Ida Marten wrote.",
        ("\u00ae Honey", "PERSON"),
        ("Ida Marten", "PERSON"),
    )
    types = actor_types(doc)
    assert not any("Honey" in name for name in types)
    assert types.get("Ida Marten") == "PERSON"


def test_guard_a_team_by_its_city_that_also_acts_keeps_its_name() -> None:
    text = (
        "The Tampa Bay Buccaneers lost again. Tampa have signed linebacker Oren Vasko, who "
        "played in a loss to Tampa last year."
    )
    table = ArticleActors(text=text)
    for name, kind, phrase, nth in (
        ("Tampa Bay Buccaneers", "ORG", "Tampa Bay Buccaneers", 0),
        ("Tampa", "GPE", "Tampa", 1),
        ("Oren Vasko", "PERSON", "Oren Vasko", 0),
        ("Tampa", "GPE", "Tampa", 2),
    ):
        start = -1
        for _ in range(nth + 1):
            start = text.index(phrase, start + 1)
        table._add(name, kind, start, start + len(phrase))
    type_team_cities(table)
    assert table.actors["Tampa"].type == "ORG"
