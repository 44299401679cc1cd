"""Entity types on the shapes real news shows (issue 12, item 3): a nationality word is no
place, an offence abbreviation no organisation, "X Police" an organisation, "a X man" puts a
town of the gazetteer in place, a surname or a team's last word alone is that actor.

Entity labels are set by hand over a real parse, so each test pins the rule, not what the
small English model happens to tag."""

from __future__ import annotations

from tests._enrich_docs import doc_with_ents as _doc
from tests._enrich_docs import label_at as _label_at

from newsbeat.enrich.actors import build_actors


def test_a_nationality_word_stands_for_its_country_but_is_no_place() -> None:
    doc = _doc(
        "Kaldrian guards stopped a boat. Indian commandos boarded it off Germany.",
        ("Indian", "NORP"),
        ("Germany", "GPE"),
    )
    table = build_actors(doc)
    at = doc.text.index("Indian")
    mention = table.actor_at(at, at + 6)
    assert mention is not None and mention.actor == "India" and mention.label == "NORP"
    assert table.type_of("India") == "GPE"
    assert _label_at(doc, "Germany") == "GPE"


def test_a_demonym_tagged_as_a_place_is_still_a_nationality_word() -> None:
    doc = _doc("The German automaker showed a van in Berlin.", ("German", "GPE"))
    assert _label_at(doc, "German") == "NORP"


def test_an_offence_abbreviation_is_no_organisation() -> None:
    doc = _doc(
        "Lena Holm was charged with DUI after the crash.", ("Lena Holm", "PERSON"), ("DUI", "ORG")
    )
    assert _label_at(doc, "DUI") is None


def test_a_place_named_police_force_is_an_organisation() -> None:
    doc = _doc("A woman died in the crash, Velmar City Police said.", ("Velmar City Police", "GPE"))
    assert _label_at(doc, "Velmar City Police") == "ORG"


def test_a_resident_of_a_gazetteer_town_puts_it_in_place() -> None:
    doc = _doc("A Schenectady man has been charged after a crash.", ("Schenectady", "PERSON"))
    assert _label_at(doc, "Schenectady") == "GPE"


def test_a_surname_alone_untagged_is_the_one_person_with_it() -> None:
    doc = _doc(
        "Quarterback Per Ekdalsson threw twice. Later Ekdalsson threw the ball away.",
        ("Per Ekdalsson", "PERSON"),
    )
    table = build_actors(doc)
    at = doc.text.index("Ekdalsson", doc.text.index("Later"))
    mention = table.actor_at(at, at + len("Ekdalsson"))
    assert mention is not None and mention.actor == "Per Ekdalsson"


def test_a_surname_two_people_share_stays_unresolved() -> None:
    doc = _doc(
        "Per Ekdalsson and Anna Ekdalsson spoke. Later Ekdalsson left.",
        ("Per Ekdalsson", "PERSON"),
        ("Anna Ekdalsson", "PERSON"),
    )
    at = doc.text.index("Ekdalsson", doc.text.index("Later"))
    assert build_actors(doc).actor_at(at, at + len("Ekdalsson")) is None


def test_a_teams_last_word_alone_is_the_team() -> None:
    doc = _doc(
        "The Velmar Hawks won on Sunday. Hawks receiver Tom Vale was hurt.",
        ("Velmar Hawks", "ORG"),
        ("Tom Vale", "PERSON"),
    )
    assert _label_at(doc, "Hawks", 1) == "ORG"


def test_a_name_referred_to_with_which_is_no_person() -> None:
    doc = _doc("Velmont, which had beaten Arden on Thursday, lost to Brask.", ("Velmont", "PERSON"))
    assert _label_at(doc, "Velmont") == "ORG"


def test_a_surname_before_clan_is_the_group() -> None:
    doc = _doc(
        "Tomas Vasko ran the Vasko clan for decades.",
        ("Tomas Vasko", "PERSON"),
        ("Vasko", "PERSON"),
    )
    table = build_actors(doc)
    at = doc.text.index("Vasko clan")
    mention = table.actor_at(at, at + 5)
    assert mention is not None and mention.label == "ORG" and mention.actor == "Vasko clan"
    assert table.type_of("Tomas Vasko") == "PERSON"


def test_an_organisation_span_with_a_first_name_and_a_persons_surname_is_a_person() -> None:
    doc = _doc(
        "Mary Strand posed for the magazine. Strand died on Thursday.",
        ("Mary Strand", "ORG"),
        ("Strand", "PERSON"),
    )
    assert _label_at(doc, "Mary Strand") == "PERSON"


def test_a_place_word_starting_a_company_name_is_the_company() -> None:
    doc = _doc(
        "Orvanix Communications Inc. rerouted traffic. Orvanix has no figures yet.",
        ("Orvanix Communications Inc.", "ORG"),
        ("Orvanix", "GPE"),
    )
    assert _label_at(doc, "Orvanix", 1) == "ORG"


def test_a_place_after_a_prison_prefix_is_the_prison() -> None:
    doc = _doc("He was held at HMP Kelbury until May.", ("Kelbury", "GPE"))
    assert _label_at(doc, "Kelbury") == "ORG"


def test_a_place_and_a_teams_plural_word_are_the_team() -> None:
    doc = _doc("The Velmar 76ers fired their coach.", ("Velmar", "GPE"))
    table = build_actors(doc)
    at = doc.text.index("Velmar")
    mention = table.actor_at(at, at + 6)
    assert mention is not None and (mention.actor, mention.label) == ("Velmar 76ers", "ORG")


def test_a_place_and_a_place_plural_stay_a_place() -> None:
    doc = _doc("Ships sailed to Velmar Islands on Monday.", ("Velmar", "GPE"))
    table = build_actors(doc)
    at = doc.text.index("Velmar")
    mention = table.actor_at(at, at + 6)
    assert mention is not None and mention.label == "GPE" and mention.actor == "Velmar"


def test_a_plural_word_before_a_players_role_and_name_is_the_team() -> None:
    doc = _doc("Hawks receiver Tom Vale was arrested on Friday.", ("Tom Vale", "PERSON"))
    assert _label_at(doc, "Hawks") == "ORG"


def test_a_nickname_in_brackets_is_the_person() -> None:
    doc = _doc("Deputy Luis (Kiko) Orvas died on Monday.", ("Luis", "PERSON"), ("Orvas", "PERSON"))
    table = build_actors(doc)
    at = doc.text.index("Kiko")
    mention = table.actor_at(at, at + 4)
    assert mention is not None and mention.label == "PERSON"


def test_a_nationality_word_before_a_place_plural_is_the_place() -> None:
    doc = _doc("A gang member from Kaldrian Heights was charged.", ("Kaldrian", "NORP"))
    table = build_actors(doc)
    at = doc.text.index("Kaldrian")
    mention = table.actor_at(at, at + 8)
    assert mention is not None and (mention.actor, mention.label) == ("Kaldrian Heights", "GPE")


def test_a_name_described_with_who_is_a_person() -> None:
    doc = _doc(
        "Montrel Vasko, who represents the guard, spoke. Later Vasko left.",
        ("Montrel Vasko", "ORG"),
        ("Vasko", "ORG"),
    )
    assert _label_at(doc, "Montrel Vasko") == "PERSON"
    assert _label_at(doc, "Vasko", 1) == "PERSON"
