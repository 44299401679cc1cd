"""Dotted initials and laws (issue 12, ents34): initials written with full stops ("U. S",
"N. Y", "F. B. I", "D. A") read as the country, the state, the organisation they are or as no
actor; a law's name ("… Act") is no actor. Entity labels are set by hand over a real parse so
that each test pins the rule, not what the small model tags. Every sentence and name is
invented."""

from __future__ import annotations

from tests._enrich_docs import actor_types
from tests._enrich_docs import doc_with_ents as _doc

from newsbeat.enrich.actor_dotted import bare_letters
from newsbeat.enrich.actor_laws import law_name


def test_bare_letters_of_dotted_initials() -> None:
    assert bare_letters("N. Y") == "NY"
    assert bare_letters("F.B.I") == "FBI"
    assert bare_letters("U. S.") == "US"
    for name in ["Nolan", "N.Yorke", "St. Orsk", "Mr. Holm", "NY"]:
        assert bare_letters(name) is None, name


def test_a_dotted_country_is_the_country() -> None:
    doc = _doc(
        "Lena Varro said U. S. agencies must consult the Kessel panel before Monday.",
        ("Lena Varro", "PERSON"),
        ("U. S.", "PERSON"),
        ("Kessel", "ORG"),
    )
    types = actor_types(doc)
    assert "U. S" not in types
    assert types["United States"] == "GPE"


def test_a_dotted_state_folds_into_the_state_the_article_names() -> None:
    doc = _doc(
        "Mara Quell, 31, of Orskville, N. Y., was charged on Monday. New York police said "
        "Quell had fled.",
        ("Mara Quell", "PERSON"),
        ("Orskville", "GPE"),
        ("N. Y.", "GPE"),
        ("New York", "GPE"),
    )
    types = actor_types(doc)
    assert "N. Y" not in types
    assert types["New York"] == "GPE"


def test_a_dotted_state_alone_is_named_in_full() -> None:
    doc = _doc(
        "Tomas Brell had a house in Velmar, N.J., where he lived for ten years.",
        ("Tomas Brell", "PERSON"),
        ("Velmar", "GPE"),
        ("N.J.", "GPE"),
    )
    assert actor_types(doc).get("New Jersey") == "GPE"


def test_dotted_capitals_of_an_organisation_are_its_capitals() -> None:
    doc = _doc(
        "A former F. B. I. agent, Lena Varro, said the FBI had watched the Kessel crew.",
        ("F. B. I.", "PERSON"),
        ("Lena Varro", "PERSON"),
        ("FBI", "ORG"),
    )
    types = actor_types(doc)
    assert "F. B. I" not in types
    assert types["FBI"] == "ORG"


def test_dotted_roles_and_degrees_are_no_actors() -> None:
    doc = _doc(
        "The D. A. said Tomas Brell, M. B. A., would be the M.C. of the Velmar gala.",
        ("D. A.", "PERSON"),
        ("Tomas Brell", "PERSON"),
        ("M. B. A.", "PERSON"),
        ("M.C.", "GPE"),
        ("Velmar", "GPE"),
    )
    types = actor_types(doc)
    assert not {"D. A", "M. B. A", "M.C"} & set(types)
    assert types["Tomas Brell"] == "PERSON"


def test_near_miss_an_era_after_a_year_is_no_place() -> None:
    doc = _doc(
        "Orsk was founded in 500 B.C. by traders, Lena Varro wrote.",
        ("Orsk", "GPE"),
        ("B.C.", "GPE"),
        ("Lena Varro", "PERSON"),
    )
    assert "British Columbia" not in actor_types(doc)


def test_guard_two_unknown_dotted_capitals_stay() -> None:
    doc = _doc(
        "Coach Dan Holm said C. J. would start against Velmar on Sunday.",
        ("Dan Holm", "PERSON"),
        ("C. J.", "PERSON"),
        ("Velmar", "GPE"),
    )
    assert actor_types(doc).get("C. J") == "PERSON"


def test_a_law_is_no_actor() -> None:
    doc = _doc(
        "Senator Lena Varro will invoke the Kessel Fisheries Reform Act to block the rule.",
        ("Lena Varro", "PERSON"),
        ("Kessel Fisheries Reform Act", "ORG"),
    )
    types = actor_types(doc)
    assert "Kessel Fisheries Reform Act" not in types
    assert types["Lena Varro"] == "PERSON"


def test_law_names() -> None:
    for name in ["Clean Orsk Act", "Velmar Rights and Freedom Act", "Fourth Amendment"]:
        assert law_name(name), name
    for name in ["Act", "The Act", "Velmar Actors", "Orsk Action Group", "Act Now"]:
        assert not law_name(name), name


def test_guard_a_law_named_body_that_speaks_stays() -> None:
    doc = _doc(
        "The Clean Velmar Act said on Monday that it would sue Tomas Brell.",
        ("Clean Velmar Act", "ORG"),
        ("Tomas Brell", "PERSON"),
    )
    assert actor_types(doc).get("Clean Velmar Act") == "ORG"


def test_a_family_named_by_its_plural_is_a_group() -> None:
    doc = _doc(
        "Dara Quellan said she had dinner with the Quellans every week in Orsk.",
        ("Dara Quellan", "PERSON"),
        ("Quellans", "ORG"),
        ("Orsk", "GPE"),
    )
    assert actor_types(doc)["Quellans"] == "GROUP"


def test_guard_a_plural_without_the_or_with_no_bearer_stays() -> None:
    doc = _doc(
        "Dara Quellan banks at Quellans Bank, and the Vossers sold Orsk land.",
        ("Dara Quellan", "PERSON"),
        ("Quellans", "ORG"),
        ("Vossers", "ORG"),
        ("Orsk", "GPE"),
    )
    types = actor_types(doc)
    assert types.get("Quellans") == "ORG"
    assert types.get("Vossers") == "ORG"


def test_dotted_la_is_los_angeles_not_louisiana() -> None:
    doc = _doc(
        "Mara Quell left Orsk and flew to L.A. on Monday.",
        ("Mara Quell", "PERSON"),
        ("Orsk", "GPE"),
        ("L.A.", "PERSON"),
    )
    types = actor_types(doc)
    assert types.get("Los Angeles") == "GPE"
    assert "Louisiana" not in types


def test_a_room_is_a_place() -> None:
    doc = _doc(
        "Lena Varro met Tomas Brell in the Oval Office on Monday.",
        ("Lena Varro", "PERSON"),
        ("Tomas Brell", "PERSON"),
        ("Oval Office", "ORG"),
    )
    assert actor_types(doc)["Oval Office"] == "LOC"


def test_guard_a_room_that_speaks_stays() -> None:
    doc = _doc(
        "The Oval Office said on Monday that Tomas Brell would resign.",
        ("Oval Office", "ORG"),
        ("Tomas Brell", "PERSON"),
    )
    assert actor_types(doc).get("Oval Office") == "ORG"


def test_a_name_before_its_ticker_is_a_company() -> None:
    doc = _doc(
        "Shares of Kessvik (KESS) fell 2%, and Lena Varro sold hers.",
        ("Kessvik", "PERSON"),
        ("Lena Varro", "PERSON"),
    )
    types = actor_types(doc)
    assert types["Kessvik"] == "ORG"
    assert types["Lena Varro"] == "PERSON"


def test_guard_a_party_letter_or_defined_initials_are_no_ticker() -> None:
    doc = _doc(
        "Senator Dana Orvell (D) met Brask (BRS) delegates and Holm (HV) staff on Monday.",
        ("Dana Orvell", "PERSON"),
        ("Brask", "PERSON"),
        ("Holm", "PERSON"),
    )
    types = actor_types(doc)
    assert types["Dana Orvell"] == "PERSON"
    assert types["Brask"] == "PERSON"
    assert types["Holm"] == "PERSON"


def test_a_people_is_a_nationality_group() -> None:
    doc = _doc(
        "Officials in Orsk detained hundreds of Uighurs last year, Lena Varro said.",
        ("Orsk", "GPE"),
        ("Uighurs", "ORG"),
        ("Lena Varro", "PERSON"),
    )
    assert actor_types(doc)["Uighurs"] == "NORP"


def test_a_party_after_a_nationality_word_is_the_party() -> None:
    doc = _doc(
        "The Chinese Communist Party met in Orsk. Lena Varro said the Communist Party would win.",
        ("Chinese Communist Party", "ORG"),
        ("Orsk", "GPE"),
        ("Lena Varro", "PERSON"),
        ("Communist Party", "ORG"),
    )
    types = actor_types(doc)
    assert ("Chinese Communist Party" in types) != ("Communist Party" in types)


def test_guard_a_court_after_a_place_stays_apart() -> None:
    doc = _doc(
        "The Texas Supreme Court ruled, and Lena Varro said the Supreme Court would hear it.",
        ("Texas Supreme Court", "ORG"),
        ("Lena Varro", "PERSON"),
        ("Supreme Court", "ORG"),
    )
    types = actor_types(doc)
    assert "Texas Supreme Court" in types and "Supreme Court" in types


def test_a_firm_of_partners_names_is_one_organisation() -> None:
    doc = _doc(
        "Lena Holm, a partner at Brask, Orvell & Tamm, LLP, said the case was closed.",
        ("Lena Holm", "PERSON"),
        ("Brask, Orvell & Tamm", "ORG"),
    )
    types = actor_types(doc)
    assert types.get("Brask, Orvell & Tamm") == "ORG"
    assert "Brask" not in types and "Orvell & Tamm" not in types


def test_guard_partners_names_without_a_legal_form_stay_a_list() -> None:
    from newsbeat.enrich.name_commas import one_name_with_commas

    nouns = frozenset({"court"})
    assert one_name_with_commas("Brask, Orvell & Tamm", " won", "ORG", nouns, frozenset()) is None
    whole = one_name_with_commas("Brask, Orvell & Tamm", ", LLP said", "ORG", nouns, frozenset())
    assert whole == "Brask, Orvell & Tamm"
