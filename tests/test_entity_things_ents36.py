"""Web things, provinces and names cut at "and" or commas (issue 12, ents36): "an IFrame"
ORG, "the Velox Trojan", "IE6" GPE, "the Tools menu", "Lebap province" PERSON, "Commission for
Polls" + "Referenda". Entity labels are set by hand over a real parse so that each test pins
the rule, not what the small model tags. Every sentence and name is invented."""

from __future__ import annotations

from tests._enrich_docs import actor_types, label_at, parsed_kept
from tests._enrich_docs import doc_with_ents as _doc

from newsbeat.enrich.actor_champion_titles import champion_title
from newsbeat.enrich.actor_web_things import web_thing_names
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.quotes import extract_quotes

_SECURITY = "Hackers plant malicious code on pages. "


def test_web_techniques_and_media_are_things() -> None:
    names = ["IFrame", "JavaScript", "html", "Webcasts", "ActiveX"]
    assert web_thing_names(_SECURITY, names) == set(names)
    assert web_thing_names(_SECURITY, ["Java", "Flash", "Ajax", "Orsk Labs"]) == set()


def test_an_iframe_and_a_script_are_no_organisations() -> None:
    doc = _doc(
        "Attackers plant an IFrame on a site, and the IFrame loads JavaScript code, "
        "Ida Brask of Orsk Labs said.",
        ("IFrame", "ORG", 0),
        ("IFrame", "ORG", 1),
        ("JavaScript", "ORG"),
        ("Ida Brask", "PERSON"),
        ("Orsk Labs", "ORG"),
    )
    types = actor_types(doc)
    assert "IFrame" not in types and "JavaScript" not in types
    assert types["Orsk Labs"] == "ORG" and types["Ida Brask"] == "PERSON"


def test_malware_is_no_actor() -> None:
    doc = _doc(
        "The Velox Trojan spread fast, and users who visit a malicious site with Trojans get "
        "infected, Orsk Labs warned.",
        ("Velox Trojan", "PERSON"),
        ("Trojans", "NORP"),
        ("Orsk Labs", "ORG"),
    )
    types = actor_types(doc)
    assert "Velox Trojan" not in types and "Trojans" not in types
    assert types["Orsk Labs"] == "ORG"


def test_trojans_of_a_sports_story_stay() -> None:
    """Guard: "Trojans" alone is malware only where the article speaks of malware."""
    doc = _doc(
        "The Trojans beat the Orsk Herons 21-14 on Saturday.",
        ("Trojans", "ORG"),
        ("Orsk Herons", "ORG"),
    )
    assert actor_types(doc).get("Trojans") == "ORG"


def test_browser_releases_are_no_places() -> None:
    doc = _doc(
        "Kessel Soft fixed a flaw in IE6 and Windows IE 8 Beta 2, Ida Brask of Microsoft said.",
        ("Kessel Soft", "ORG"),
        ("IE6", "GPE"),
        ("Windows IE 8", "ORG"),
        ("Ida Brask", "PERSON"),
        ("Microsoft", "ORG"),
    )
    types = actor_types(doc)
    assert "IE6" not in types and "Windows IE 8" not in types
    assert types["Kessel Soft"] == "ORG"


def test_ie_alone_is_the_browser_only_beside_its_maker() -> None:
    """Guard: "IE" without Internet Explorer or Microsoft in the article is not read."""
    assert web_thing_names("Users of IE version 5 should patch, Microsoft said.", ["IE"]) == {"IE"}
    assert web_thing_names("IE won the tender in Orsk.", ["IE"]) == set()


def test_update_services_menus_and_bulletins_are_no_actors() -> None:
    doc = _doc(
        "Users can select Windows Update from the Tools menu, turn on Automatic Updates or visit "
        "Microsoft Update. The last such patch, Kessel Security Bulletin KS08-067, came in "
        "October, and Kessel Soft calls them Security Bulletins.",
        ("Tools", "ORG"),
        ("Automatic", "NORP"),
        ("Microsoft Update", "ORG"),
        ("Kessel Security Bulletin", "ORG"),
        ("Kessel Soft", "ORG"),
        ("Security Bulletins", "PERSON"),
    )
    types = actor_types(doc)
    for thing in ["Tools", "Automatic", "Microsoft Update", "Kessel Security Bulletin"]:
        assert thing not in types, thing
    assert "Security Bulletins" not in types
    assert types["Kessel Soft"] == "ORG"


def test_a_bulletin_code_makes_any_bulletin_a_document() -> None:
    text = "The fix, Velox Bulletin VB09-012, came out on Tuesday."
    assert web_thing_names(text, ["Velox Bulletin"]) == {"Velox Bulletin"}
    # guard: a newspaper's name without a code
    assert web_thing_names("The Orsk Bulletin reported the fire.", ["Orsk Bulletin"]) == set()


def test_a_menu_word_needs_every_mention() -> None:
    """Guard: a name the text also writes without "menu" after it stays."""
    text = "Tools Group makes saws; click its Tools menu to buy one."
    assert web_thing_names(text, ["Tools"]) == set()


def test_a_restaurant_menu_names_no_thing() -> None:
    """Guard: a menu's name only in an article about software."""
    text = "Diners loved the Kessane menu, and the Kessane menu changes in May."
    assert web_thing_names(text, ["Kessane"]) == set()
    assert web_thing_names(text + " Click to download it.", ["Kessane"]) == {"Kessane"}


def test_a_web_thing_that_acts_stays() -> None:
    """Guard: the thing names are weak cues of ``drop_things``: a name that speaks stays."""
    doc = _doc(
        "Automatic said on Monday it would hire staff. Automatic Updates are its product.",
        ("Automatic", "ORG", 0),
        ("Automatic", "ORG", 1),
    )
    assert actor_types(doc).get("Automatic") == "ORG"


def test_a_name_before_province_is_a_place() -> None:
    doc = _doc(
        "Turnout was 95 percent in Velmar province and 88 percent in Balkan province, Ida Brask "
        "said. A team from the governorate of the Hormuzgan province arrived.",
        ("Velmar", "PERSON"),
        ("Balkan", "NORP"),
        ("Ida Brask", "PERSON"),
        ("Hormuzgan", "PERSON"),
    )
    types = actor_types(doc)
    assert types["Velmar"] == "GPE" and types["Balkan"] == "GPE" and types["Hormuzgan"] == "GPE"
    assert label_at(doc, "Balkan") == "GPE"
    assert types["Ida Brask"] == "PERSON"


def test_a_first_name_or_a_nationality_before_region_stays() -> None:
    """Guards: a one-word known first name; a nationality word after "the"."""
    doc = _doc(
        "Mary district officials met Ida Brask in the Kurdish region on Monday.",
        ("Mary", "PERSON"),
        ("Ida Brask", "PERSON"),
        ("Kurdish", "NORP"),
    )
    types = actor_types(doc)
    assert types.get("Mary") == "PERSON"
    assert types.get("Kurdish") in {"NORP", "GPE"}
    assert label_at(doc, "Kurdish") == "NORP"


def test_an_office_cut_at_and_is_one_name() -> None:
    doc = _doc(
        "A note from the Central Commission for Polls and Referenda of Kazakhstan said the vote "
        "was fair.",
        ("Central Commission for Polls", "ORG"),
        ("Referenda of Kazakhstan", "ORG"),
    )
    types = actor_types(doc)
    assert "Referenda of Kazakhstan" not in types
    assert "Central Commission for Polls" not in types
    assert types["Central Commission for Polls and Referenda of Kazakhstan"] == "ORG"


def test_an_organisation_after_and_stays_apart() -> None:
    """Guards: a piece that is no common noun ("Amnesty International"), or whose "of" names
    no known place, is another body."""
    doc = _doc(
        "The Commission for Refugees and Amnesty International wrote to the Council for Trade "
        "and Industry of Velmarland.",
        ("Commission for Refugees", "ORG"),
        ("Amnesty International", "ORG"),
        ("Council for Trade", "ORG"),
        ("Industry of Velmarland", "ORG"),
    )
    types = actor_types(doc)
    assert types["Amnesty International"] == "ORG"
    assert types["Commission for Refugees"] == "ORG"
    assert "Industry of Velmarland" in types


def test_an_initialled_name_with_commas_is_one_name() -> None:
    doc = _doc(
        "The flaw was named by the Admin, Audit, Network, Safety (AANS) Institute in May.",
        ("Admin", "GPE"),
        ("Audit, Network, Safety (AANS)", "ORG"),
    )
    types = actor_types(doc)
    assert types == {"Admin, Audit, Network, Safety (AANS) Institute": "ORG"}


def test_initials_that_do_not_match_keep_the_list() -> None:
    """Guard: the bracketed letters must be the words' first letters."""
    doc = _doc(
        "Orsk, Kessel, Brask (OKX) Institute staff met.",
        ("Orsk", "GPE"),
        ("Kessel", "GPE"),
    )
    types = actor_types(doc)
    assert "Orsk" in types and "Kessel" in types


def test_the_ends_of_a_cable_are_places() -> None:
    doc = _doc(
        "The fault hit a cable between Abu Tarik (Egypt) and Vellmont (France). A second cable "
        "between Orsk Talan in Egypt and Kessvik in France works.",
        ("Abu Tarik", "PERSON"),
        ("Egypt", "GPE"),
        ("Vellmont", "PERSON"),
        ("France", "GPE"),
        ("Orsk Talan", "PERSON"),
        ("Egypt", "GPE"),
        ("Kessvik", "GPE"),
        ("France", "GPE"),
    )
    types = actor_types(doc)
    assert types["Abu Tarik"] == "GPE" and types["Vellmont"] == "GPE"
    assert types["Orsk Talan"] == "GPE"
    assert label_at(doc, "Vellmont") == "GPE"


def test_people_with_their_countries_stay_people() -> None:
    """Guards: a name with its country in brackets after no place's preposition; a person "in
    <country>" not between two ends."""
    doc = _doc(
        "The race was won by Tamsin Orrel (Kenya) ahead of Brask Hollen (Ethiopia). The crowd "
        "cheered at Ida Velde in Kenya on Sunday.",
        ("Tamsin Orrel", "PERSON"),
        ("Kenya", "GPE"),
        ("Brask Hollen", "PERSON"),
        ("Ethiopia", "GPE"),
        ("Ida Velde", "PERSON"),
        ("Kenya", "GPE"),
    )
    types = actor_types(doc)
    assert types["Tamsin Orrel"] == "PERSON" and types["Brask Hollen"] == "PERSON"
    assert types["Ida Velde"] == "PERSON"


def test_a_maker_typed_as_a_person_is_a_company() -> None:
    doc = _doc(
        "Users can switch to Kesslr's Firefox, said Ida Brask of Orbiton's research group. "
        "Orbiton has now seen six variants. Tamvik, for instance, just released Firefox 3.05.",
        ("Kesslr", "PERSON"),
        ("Ida Brask", "PERSON"),
        ("Orbiton", "PERSON", 0),
        ("Orbiton", "PERSON", 1),
        ("Tamvik", "PERSON"),
    )
    types = actor_types(doc)
    assert types["Kesslr"] == "ORG" and types["Orbiton"] == "ORG" and types["Tamvik"] == "ORG"
    assert types["Ida Brask"] == "PERSON"


def test_people_who_own_things_stay_people() -> None:
    """Guards: a known first name; a surname of people named in full (two bearers keep it an
    actor of its own); a word that is no listed product ("Velde's book")."""
    doc = _doc(
        "Ana Brask and Ivo Brask lost an iPhone. Brask's research lab and Tamsin's iPhone were "
        "fine, and Velde's book sold well.",
        ("Ana Brask", "PERSON"),
        ("Ivo Brask", "PERSON"),
        ("Brask", "PERSON"),
        ("Tamsin", "PERSON"),
        ("Velde", "PERSON"),
    )
    types = actor_types(doc)
    assert types["Brask"] == "PERSON" and types["Tamsin"] == "PERSON"
    assert types["Velde"] == "PERSON"


def test_a_place_with_a_chief_officer_is_a_company() -> None:
    doc = _doc(
        "The flaw is real, said Ida Brask, chief technology officer of Orbiton. Tamvik Dairy "
        "will close, Ivo Velde, president and CEO of Tamvik Dairy, said.",
        ("Ida Brask", "PERSON"),
        ("Orbiton", "GPE"),
        ("Tamvik Dairy", "GPE", 0),
        ("Ivo Velde", "PERSON"),
        ("Tamvik Dairy", "GPE", 1),
    )
    types = actor_types(doc)
    assert types["Orbiton"] == "ORG" and types["Tamvik Dairy"] == "ORG"


def test_a_town_cut_from_a_clinic_stays_a_town() -> None:
    """Guards: a capitalised word after the name (NER cut a longer name); a place of the
    gazetteer; a mention after no officer's title."""
    doc = _doc(
        "Ida Brask, CEO of the Kessvik Rural Health Clinic, lives in Kessvik. Ivo Velde, CEO of "
        "Boston, spoke.",
        ("Ida Brask", "PERSON"),
        ("Kessvik", "GPE", 0),
        ("Kessvik", "GPE", 1),
        ("Ivo Velde", "PERSON"),
        ("Boston", "GPE"),
    )
    types = actor_types(doc)
    assert types["Kessvik"] == "GPE" and types["Boston"] == "GPE"


def test_a_fire_service_cut_before_and_rescue_is_one_name() -> None:
    doc = _doc(
        "Orsk Police and Kessane Fire and Rescue are at the scene, Ida Brask said.",
        ("Orsk Police", "ORG"),
        ("Kessane Fire", "ORG"),
        ("Ida Brask", "PERSON"),
    )
    types = actor_types(doc)
    assert "Kessane Fire" not in types
    assert types["Kessane Fire and Rescue"] == "ORG" and types["Orsk Police"] == "ORG"


def test_champion_titles_are_roles() -> None:
    for name in ["WBA Champion", "Heavyweight Champion", "World Heavyweight Champ"]:
        assert champion_title(name), name
    for name in ["Champions League", "Champion Homes Inc", "Champion", "Ivo Champions"]:
        assert not champion_title(name), name
    doc = _doc(
        "Brask wants a showdown with WBA Champion, Orm Velde. Former Heavyweight Champion, Ivo "
        "Tamm, returned.",
        ("Brask", "PERSON"),
        ("WBA Champion", "ORG"),
        ("Orm Velde", "PERSON"),
        ("Heavyweight Champion", "ORG"),
        ("Ivo Tamm", "PERSON"),
    )
    types = actor_types(doc)
    assert "WBA Champion" not in types and "Heavyweight Champion" not in types
    assert types["Orm Velde"] == "PERSON"


def test_a_champion_title_that_speaks_stays() -> None:
    """Guard: a title that acts is the speaker the text gives."""
    doc = _doc(
        'The Heavyweight Champion said on Monday: "I will fight again."',
        ("Heavyweight Champion", "ORG"),
    )
    assert "Heavyweight Champion" in actor_types(doc)


def test_a_short_form_of_the_cut_name_follows_the_whole_name() -> None:
    """ "Fire" of "Fire crews", tied to the cut "Kessane Fire", is no person left alone."""
    doc = _doc(
        "The roof fire was large. Fire crews from Kessane Fire and Rescue attended.",
        ("Fire", "PERSON", 0),
        ("Kessane Fire", "PERSON"),
    )
    types = actor_types(doc)
    assert "Kessane Fire" not in types and "Fire" not in types
    assert types["Kessane Fire and Rescue"] == "ORG"


def test_the_joined_name_speaks_for_its_message() -> None:
    """The tagger parses the piece after "and" in apposition to "message": the joined
    organisation is the speaker (it was the piece "Referenda", which spk36 renamed)."""
    doc = parsed_kept(
        "Regional polls in Kazakhstan which are due in May will be held under new rules, a "
        "message from the Central Commission for Elections and Referenda of Kazakhstan said."
    )
    actors = build_actors(doc)
    speakers = [q.speaker for q in extract_quotes(doc, actors)]
    assert speakers == ["Central Commission for Elections and Referenda"]
