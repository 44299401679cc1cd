"""Entity types after read31's train read (issue 12, ents32): a program or system the text
gives versions of, or one NER tags a product and the text writes before its users or machines,
is no actor; an animal named beside its noun is none; "X County District" before "Attorney" is
X County; a transcript caption "Name/Role:" is the person before the slash. Entity labels are
set by hand over a real parse so that each test pins the rule, not what the small model tags.
Every name is invented."""

from __future__ import annotations

import pytest
from tests._enrich_docs import actor_types
from tests._enrich_docs import doc_with_ents as _doc

from newsbeat.enrich import actor_software

# -- software and systems ----------------------------------------------------------------


def test_a_name_the_text_gives_versions_of_is_a_product() -> None:
    doc = _doc(
        "The flaw affects all supported versions of Velox. Halden Soft will ship a fix for "
        "Velox next week, Mara Quell said.",
        ("Velox", "ORG"),
        ("Halden Soft", "ORG"),
        ("Velox", "LOC", 1),
        ("Mara Quell", "PERSON"),
    )
    types = actor_types(doc)
    assert "Velox" not in types
    assert types["Halden Soft"] == "ORG" and types["Mara Quell"] == "PERSON"


def test_each_name_of_a_list_after_versions_of_is_a_product() -> None:
    doc = _doc(
        "The patch covers versions of Orbix and Velox. Orbix runs on older machines.",
        ("Orbix", "ORG"),
        ("Velox", "NORP"),
        ("Orbix", "ORG", 1),
    )
    types = actor_types(doc)
    assert "Orbix" not in types and "Velox" not in types


def test_near_miss_a_maker_before_its_product_after_versions_of_stays() -> None:
    # "versions of Kessner's browser": the maker is named, not given versions
    doc = _doc(
        "The bug hits older versions of Kessner's browser. Kessner fixed it on Monday.",
        ("Kessner", "ORG"),
        ("Kessner", "ORG", 1),
    )
    assert actor_types(doc).get("Kessner") == "ORG"


def test_near_miss_a_body_before_a_noun_after_versions_of_stays() -> None:
    # "versions of the Kessel bill": the body qualifies the bill, which has the versions
    doc = _doc(
        "Lawmakers compared two versions of the Kessel bill on Monday. The Kessel meets today.",
        ("Kessel", "ORG"),
        ("Kessel", "ORG", 1),
    )
    assert actor_types(doc).get("Kessel") == "ORG"


def test_near_miss_a_known_company_after_versions_of_stays(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "versions of Microsoft" is cut text ("versions of Microsoft Windows"): a maker stays
    monkeypatch.setattr(actor_software, "is_known_company", lambda name: name == "Kessner")
    doc = _doc(
        "The bug hits older versions of Kessner. Kessner fixed it on Monday.",
        ("Kessner", "ORG"),
        ("Kessner", "ORG", 1),
    )
    assert actor_types(doc).get("Kessner") == "ORG"


def test_a_product_tag_and_a_users_noun_make_a_product() -> None:
    doc = _doc(
        "The browser will ship with Velox 8 in October. Millions of Velox users were exposed.",
        ("Velox 8", "PRODUCT"),
        ("Velox", "ORG", 1),
    )
    assert "Velox" not in actor_types(doc)


def test_near_miss_a_product_tag_alone_leaves_the_name() -> None:
    # NER's PRODUCT alone tags ships, magazines and teams too: a users' noun is needed
    doc = _doc(
        "The browser will ship with Velox 8 in October. Velox hired 40 engineers.",
        ("Velox 8", "PRODUCT"),
        ("Velox", "ORG", 1),
    )
    assert actor_types(doc).get("Velox") == "ORG"


def test_a_toolkit_is_a_product() -> None:
    doc = _doc(
        "The fix probably uses the Velox Migration Toolkit to patch the library.",
        ("Velox Migration Toolkit", "ORG"),
    )
    assert "Velox Migration Toolkit" not in actor_types(doc)


# -- animals ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The family's border collie, named Brisko, was found dead in the garden.",
        "The family's new pet collie, Brisko, was also killed.",
        "Brisko, a three-year-old terrier, was found in the garden.",
    ],
)
def test_an_animal_named_beside_its_noun_is_no_actor(text: str) -> None:
    doc = _doc(text, ("Brisko", "PERSON"))
    assert "Brisko" not in actor_types(doc)


def test_near_miss_a_person_saying_after_an_animal_noun_stays() -> None:
    # "two dogs, Lena Holm said": the name does not close at a comma, it speaks
    doc = _doc("The couple owned two dogs, Lena Holm said.", ("Lena Holm", "PERSON"))
    assert actor_types(doc).get("Lena Holm") == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "Per Ekdal, the owner of a dog, said he heard shots.",
        "Per Ekdal, a dog trainer, said he heard shots.",
    ],
)
def test_near_miss_a_person_described_by_an_animal_noun_stays(text: str) -> None:
    doc = _doc(text, ("Per Ekdal", "PERSON"))
    assert actor_types(doc).get("Per Ekdal") == "PERSON"


# -- a district attorney's county, a caption's speaker ------------------------------------


def test_a_county_district_before_attorney_is_the_county() -> None:
    doc = _doc(
        "Orvale County District Attorney Lena Holm filed the charges on Monday.",
        ("Orvale County District", "GPE"),
        ("Lena Holm", "PERSON"),
    )
    types = actor_types(doc)
    assert "Orvale County District" not in types
    assert types.get("Orvale County") == "GPE"


def test_near_miss_a_school_district_stays() -> None:
    doc = _doc(
        "The Orvale County District closed two schools, Lena Holm said.",
        ("Orvale County District", "ORG"),
        ("Lena Holm", "PERSON"),
    )
    assert actor_types(doc).get("Orvale County District") == "ORG"


def test_a_transcript_caption_is_the_person_before_the_slash() -> None:
    doc = _doc(
        "The trial went on.\nLena Holm/Orvale County District Attorney: "
        '"The case will speak for itself."',
        ("Lena Holm/Orvale County District", "PERSON"),
    )
    types = actor_types(doc)
    assert "Lena Holm/Orvale County District" not in types
    assert types.get("Lena Holm") == "PERSON"


def test_near_miss_a_slash_inside_a_line_stays() -> None:
    # not a caption: the name does not open its line
    doc = _doc(
        "The trial went on, and Kestra/Orvale Partners: the firm paid.",
        ("Kestra/Orvale Partners", "ORG"),
    )
    assert actor_types(doc).get("Kestra/Orvale Partners") == "ORG"


# -- holidays -----------------------------------------------------------------------------


def test_a_holiday_is_no_actor() -> None:
    doc = _doc(
        "This is no Hanukkah for Halden Soft, Mara Quell said.",
        ("Hanukkah", "ORG"),
        ("Halden Soft", "ORG"),
        ("Mara Quell", "PERSON"),
    )
    types = actor_types(doc)
    assert "Hanukkah" not in types and types["Halden Soft"] == "ORG"


def test_a_company_before_a_holiday_and_a_noun_is_the_company() -> None:
    doc = _doc(
        "He opened fire at the Orvane Foods Ltd Christmas party. Orvane Foods Ltd sells tea.",
        ("Orvane Foods Ltd Christmas", "ORG"),
        ("Orvane Foods Ltd", "ORG"),
    )
    types = actor_types(doc)
    assert "Orvane Foods Ltd Christmas" not in types
    assert types["Orvane Foods Ltd"] == "ORG"


def test_near_miss_a_name_ending_in_a_holiday_alone_stays() -> None:
    # no word in lower case after it: the name is not a company's holiday event
    doc = _doc(
        "Relief came from Operation Christmas. Operation Christmas said more was coming.",
        ("Operation Christmas", "ORG"),
        ("Operation Christmas", "ORG", 1),
    )
    assert actor_types(doc).get("Operation Christmas") == "ORG"


def test_a_name_before_s_day_names_a_holiday() -> None:
    doc = _doc(
        "Dara Moll planned to marry on Valentine's Day.",
        ("Dara Moll", "PERSON"),
        ("Valentine", "PERSON"),
    )
    types = actor_types(doc)
    assert "Valentine" not in types and types["Dara Moll"] == "PERSON"


def test_near_miss_a_full_name_before_s_day_stays() -> None:
    doc = _doc("Fans marked Dara Moll's Day in the square.", ("Dara Moll", "PERSON"))
    assert actor_types(doc).get("Dara Moll") == "PERSON"


# -- places a noun names --------------------------------------------------------------------


def test_two_villages_joined_into_one_name_are_two_places() -> None:
    doc = _doc(
        "Walls collapsed in the villages of Kelvar and Dursi overnight.",
        ("Kelvar and Dursi", "ORG"),
    )
    types = actor_types(doc)
    assert "Kelvar and Dursi" not in types
    assert types.get("Kelvar") == "GPE" and types.get("Dursi") == "GPE"


def test_villages_of_a_list_typed_people_are_places() -> None:
    doc = _doc(
        "Houses fell in the villages of Tonvar, Gelsin and Khadri.",
        ("Tonvar", "ORG"),
        ("Gelsin", "PERSON"),
        ("Khadri", "PERSON"),
    )
    types = actor_types(doc)
    assert types.get("Tonvar") == types.get("Gelsin") == types.get("Khadri") == "GPE"


def test_near_miss_a_body_after_a_place_noun_stays() -> None:
    # "the region of Kelvar Regional Council": an organisation's head word ends the name
    doc = _doc(
        "Aid reached the region of Kelvar Regional Council late.",
        ("Kelvar Regional Council", "ORG"),
    )
    assert actor_types(doc).get("Kelvar Regional Council") == "ORG"


def test_near_miss_a_speaker_after_a_comma_is_no_listed_place() -> None:
    # "towns like Kelvar, Orsk said": a list of places ends with "and" or "or"
    doc = _doc("Relief reached towns like Kelvar, Orsk said.", ("Orsk", "PERSON"))
    assert actor_types(doc).get("Orsk") == "PERSON"


def test_a_players_position_before_his_name_is_no_part_of_it() -> None:
    doc = _doc(
        "Limited:\nTE Ansel Varro (groin)\nThe Orvale club signed RB Teodor Quill on Monday.",
        ("TE Ansel Varro", "PERSON"),
        ("Orvale", "ORG"),
        ("RB Teodor Quill", "PERSON"),
    )
    types = actor_types(doc)
    assert types.get("Ansel Varro") == "PERSON" and types.get("Teodor Quill") == "PERSON"
    assert "TE Ansel Varro" not in types and "RB Teodor Quill" not in types


def test_near_miss_a_company_opening_with_position_capitals_stays() -> None:
    doc = _doc(
        "The cable of TE Data Systems was cut, the company said.", ("TE Data Systems", "ORG")
    )
    assert actor_types(doc).get("TE Data Systems") == "ORG"
