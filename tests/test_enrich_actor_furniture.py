"""Page furniture is no actor of the story (issue 12, item 3): photo credits, a wire's
reporting credit, a byline, an address's suite. Entity labels are set by hand over a real
parse; every name is invented."""

from __future__ import annotations

from tests._enrich_docs import doc_with_ents as _doc

from newsbeat.enrich.actors import build_actors

STORY = "Ostra Foods said on Tuesday that its sales rose 4%. Its chief, Mara Quell, was pleased."
ENTS = (("Ostra Foods", "ORG"), ("Mara Quell", "PERSON"))


def test_a_photo_credit_names_no_actor() -> None:
    doc = _doc(
        STORY + " (Photo by Lena Holm/Kessel Images)\n\nShares rose.",
        *ENTS,
        ("Lena Holm", "PERSON"),
        ("Kessel Images", "ORG"),
    )
    actors = set(build_actors(doc).actors)
    assert {"Ostra Foods", "Mara Quell"} <= actors
    assert not {"Lena Holm", "Kessel Images"} & actors


def test_a_wire_credit_names_no_actor() -> None:
    doc = _doc(
        STORY + "\n\n(Reporting by Lena Holm in Brask; Editing by Per Ekdal)",
        *ENTS,
        ("Lena Holm", "PERSON"),
        ("Brask", "GPE"),
        ("Per Ekdal", "PERSON"),
    )
    assert not {"Lena Holm", "Brask", "Per Ekdal"} & set(build_actors(doc).actors)


def test_a_byline_under_the_standfirst_names_no_actor() -> None:
    doc = _doc(
        "Sales beat forecasts again.\n\nBy Lena Holm and Per Ekdal, Velmar Wire\n\n" + STORY,
        ("Lena Holm", "PERSON"),
        ("Per Ekdal", "PERSON"),
        ("Velmar Wire", "ORG"),
        *ENTS,
    )
    assert not {"Lena Holm", "Per Ekdal", "Velmar Wire"} & set(build_actors(doc).actors)


def test_a_suite_of_an_address_is_no_place() -> None:
    doc = _doc(
        STORY + "\n\nWrite to us at 12 Harbour Road, Suite 350, Brask.",
        *ENTS,
        ("Suite 350", "GPE"),
    )
    assert "Suite 350" not in build_actors(doc).actors


def test_a_person_of_the_story_named_in_a_credit_too_stays() -> None:
    doc = _doc(
        "Lena Holm said sales rose 4%. (Photo by Lena Holm/Kessel Images)",
        ("Lena Holm", "PERSON"),
        ("Lena Holm", "PERSON", 1),
    )
    assert build_actors(doc).actors["Lena Holm"].mentions == 1


def test_a_sentence_opening_with_by_is_no_byline() -> None:
    doc = _doc(
        "By Friday, Mara Quell had left Brask.",
        ("Mara Quell", "PERSON"),
        ("Brask", "GPE"),
    )
    assert {"Mara Quell", "Brask"} <= set(build_actors(doc).actors)
