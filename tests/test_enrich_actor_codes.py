"""Instrument codes after names in market reports, and short company names (issue 12,
part 3). Entity labels are set by hand over a real parse; every name is invented."""

from __future__ import annotations

from tests._enrich_docs import doc_with_ents as _doc

from newsbeat.enrich.actors import build_actors


def test_a_code_after_a_commodity_or_currency_leaves_no_actor() -> None:
    doc = _doc(
        "Markets were calm. Tin KTSN3 rose 0.5% to $20,100 a tonne. The krone ORK= was last "
        "at 1.2 per dollar, and Brent LCOc1 slipped.",
        ("Tin KTSN3", "GPE"),
        ("krone ORK=", "ORG"),
        ("Brent LCOc1", "ORG"),
    )
    table = build_actors(doc)
    assert not {"Tin KTSN3", "Tin", "krone ORK=", "Brent LCOc1", "Brent"} & set(table.actors)


def test_a_body_keeps_its_name_without_the_code() -> None:
    doc = _doc(
        "Aluminium on the Velmar Metal Exchange KVME3 lost 0.1% to $1,737 a tonne.",
        ("Velmar Metal Exchange KVME3", "ORG"),
    )
    table = build_actors(doc)
    assert table.type_of("Velmar Metal Exchange") == "ORG"
    assert "Velmar Metal Exchange KVME3" not in table.actors


def test_a_model_with_two_capitals_is_no_code() -> None:
    doc = _doc(
        "The air force ordered more Kessel KC46 tankers this week.",
        ("Kessel KC46", "ORG"),
    )
    assert "Kessel KC46" in build_actors(doc).actors


def test_a_company_s_first_word_alone_is_the_company() -> None:
    doc = _doc(
        "The Halvern Group bought a stake in Tessa Mills. Halvern, which already held shares, "
        "said the deal closed.",
        ("Halvern Group", "ORG"),
        ("Tessa Mills", "ORG"),
        ("Halvern", "PERSON"),
    )
    table = build_actors(doc)
    assert "Halvern" not in table.actors
    assert table.actors["Halvern Group"].mentions == 2


def test_a_first_word_shared_by_two_companies_stays_apart() -> None:
    doc = _doc(
        "Ostra said sales rose. Ostra Foods Inc and Ostra Marine Ltd both grew.",
        ("Ostra", "ORG"),
        ("Ostra Foods Inc", "ORG"),
        ("Ostra Marine Ltd", "ORG"),
    )
    assert "Ostra" in build_actors(doc).actors


def test_a_person_s_surname_is_not_a_company_named_after_her() -> None:
    doc = _doc(
        "Mara Quell founded Quell Systems in 2004. Quell said the firm would grow.",
        ("Mara Quell", "PERSON"),
        ("Quell Systems", "ORG"),
        ("Quell", "PERSON"),
    )
    assert build_actors(doc).actors["Quell Systems"].mentions == 1


def test_an_owner_s_possessive_is_cut_from_a_company_s_name() -> None:
    doc = _doc(
        "The row began when Halvern's Tessa Holdings bought Orsk Records. Halvern said little.",
        ("Halvern's Tessa Holdings", "ORG"),
        ("Orsk Records", "ORG"),
        ("Halvern", "ORG"),
    )
    table = build_actors(doc)
    assert table.type_of("Tessa Holdings") == "ORG"
    assert "Halvern's Tessa Holdings" not in table.actors


def test_an_owner_s_product_or_event_is_no_actor() -> None:
    doc = _doc(
        "Orvane's Zelbook team was busy, Orvane said. Mayer spoke at Velmar Media's Code Summit.",
        ("Orvane's Zelbook", "ORG"),
        ("Orvane", "ORG"),
        ("Velmar Media's Code Summit", "ORG"),
    )
    table = build_actors(doc)
    assert not {"Orvane's Zelbook", "Zelbook", "Velmar Media's Code Summit"} & set(table.actors)
    assert table.type_of("Orvane") == "ORG"


def test_a_possessive_of_no_actor_stays_in_the_name() -> None:
    doc = _doc(
        "Staff at Kessel Children's Hospital said the ward was full.",
        ("Kessel Children's Hospital", "ORG"),
    )
    assert "Kessel Children's Hospital" in build_actors(doc).actors


def test_a_common_noun_initialism_is_no_organisation() -> None:
    doc = _doc(
        "The firm dropped plans for an IPO. Doctors ordered a CT scan. Many PE shops bought "
        "labels. Tessa Mills moved to Hartford, CT.",
        ("IPO", "ORG"),
        ("CT", "ORG"),
        ("PE", "ORG"),
        ("Tessa Mills", "ORG"),
        ("Hartford", "GPE"),
        ("CT", "GPE"),
    )
    table = build_actors(doc)
    assert not {"IPO", "PE"} & set(table.actors)
    assert table.type_of("CT") != "ORG"


def test_an_unknown_place_listed_with_companies_is_a_company() -> None:
    doc = _doc(
        "He led key deals, including Orvane Entertainment, Tessix and Kelbar Labs.",
        ("Orvane Entertainment", "ORG"),
        ("Tessix", "GPE"),
        ("Kelbar Labs", "ORG"),
    )
    assert build_actors(doc).type_of("Tessix") == "ORG"


def test_a_known_place_in_a_list_keeps_the_list_s_places() -> None:
    doc = _doc(
        "The firm has offices in Orvane Entertainment, Tessix, Kelbar Labs and Paris.",
        ("Orvane Entertainment", "ORG"),
        ("Tessix", "GPE"),
        ("Kelbar Labs", "ORG"),
        ("Paris", "GPE"),
    )
    assert build_actors(doc).type_of("Tessix") == "GPE"


def test_a_company_named_like_a_first_name_takes_its_short_form() -> None:
    doc = _doc(
        "The deal was backed by The Carla Group. Carla, which already held a stake, said so.",
        ("Carla Group", "ORG"),
        ("Carla", "ORG"),
    )
    table = build_actors(doc)
    assert "Carla" not in table.actors
    assert table.actors["Carla Group"].mentions == 2


def test_a_platform_one_takes_to_is_an_organisation() -> None:
    doc = _doc(
        "The singer took to Velgram to air her grievances. The group said on Velgram that "
        "the deal was unfair.",
        ("Velgram", "PERSON"),
    )
    assert build_actors(doc).type_of("Velgram") == "ORG"


def test_a_platform_one_has_an_account_on_is_an_organisation() -> None:
    doc = _doc(
        "The party renamed its press office Velgram account during the debate. Velgram "
        "pledged to act.",
        ("Velgram", "PERSON"),
        ("Velgram", "PERSON"),
    )
    assert build_actors(doc).type_of("Velgram") == "ORG"


def test_a_list_is_read_after_the_text_calls_a_member_a_firm() -> None:
    doc = _doc(
        "He led key deals, including Orvane Entertainment, Tessix and Kelbar, the little-known "
        "firm that built the service.",
        ("Orvane Entertainment", "ORG"),
        ("Tessix", "GPE"),
        ("Kelbar", "GPE"),
    )
    table = build_actors(doc)
    assert table.type_of("Kelbar") == "ORG"
    assert table.type_of("Tessix") == "ORG"


def test_a_company_named_after_its_founder_is_its_surname_alone() -> None:
    doc = _doc(
        "Walt Velmar Co. executive Lena Holm said demand was high. Velmar plans more. "
        "Velmar also owns a studio.",
        ("Walt Velmar Co.", "ORG"),
        ("Lena Holm", "PERSON"),
        ("Velmar", "ORG"),
    )
    table = build_actors(doc)
    assert "Walt Velmar Co" not in table.actors
    assert table.actors["Velmar"].mentions == 3


def test_a_company_split_into_a_word_and_a_person_is_the_company() -> None:
    doc = _doc(
        "The nine companies are Orvane Labs, Kessel Marten, Tessix Space Systems and Draven.",
        ("Orvane Labs", "ORG"),
        ("Kessel", "ORG"),
        ("Marten", "PERSON"),
        ("Tessix Space Systems", "ORG"),
        ("Draven", "ORG"),
    )
    table = build_actors(doc)
    assert table.type_of("Kessel Marten") == "ORG"
    assert "Kessel" not in table.actors


def test_a_company_named_with_its_trade_word_takes_its_first_word_alone() -> None:
    doc = _doc(
        "Velmora Beauty shares rose 4% on Monday. Analysts said Velmora could gain more.",
        ("Velmora Beauty", "ORG"),
        ("Velmora", "ORG"),
    )
    table = build_actors(doc)
    assert "Velmora" not in table.actors
    assert table.actors["Velmora Beauty"].mentions == 2


def test_a_university_named_by_its_first_word_alone_is_the_university() -> None:
    doc = _doc(
        "Researchers at Ardmoor University led the work. Colleagues at Ardmoor checked it.",
        ("Ardmoor University", "ORG"),
        ("Ardmoor", "ORG"),
    )
    table = build_actors(doc)
    assert "Ardmoor" not in table.actors
    assert table.actors["Ardmoor University"].mentions == 2


def test_a_product_line_of_a_company_keeps_the_company_apart() -> None:
    doc = _doc(
        "Velmora launched Velmora Money last year. Velmora said the service grew.",
        ("Velmora Money", "ORG"),
        ("Velmora", "ORG"),
    )
    assert "Velmora" in build_actors(doc).actors


def test_a_company_s_name_without_its_legal_word_is_the_company() -> None:
    # alias37 (read37: "Sierra Nevada" and "Tyvak" beside their full names in one article)
    doc = _doc(
        "Kestrel Ridge Corporation and Vondal Micro-Orbit Systems Inc won the contract. Big"
        " players such as Kestrel Ridge and Vondal were there too, a founder said.",
        ("Kestrel Ridge Corporation", "ORG"),
        ("Vondal Micro-Orbit Systems Inc", "ORG"),
        ("Kestrel Ridge", "ORG"),
        ("Vondal", "ORG"),
    )
    table = build_actors(doc)
    assert table.actors["Kestrel Ridge Corporation"].mentions == 2
    assert table.actors["Vondal Micro-Orbit Systems Inc"].mentions == 2
    assert not {"Kestrel Ridge", "Vondal"} & set(table.actors)


def test_a_company_s_unit_named_after_a_place_stays_apart() -> None:
    # guard: "Vondal North America Inc" is a unit of Vondal, not Vondal
    doc = _doc(
        "Vondal North America Inc cut jobs. Vondal, the parent, said sales held.",
        ("Vondal North America Inc", "ORG"),
        ("Vondal", "ORG"),
    )
    assert "Vondal" in build_actors(doc).actors


def test_two_short_forms_of_one_company_join_it() -> None:
    # both the first word and the name without "Ltd" stand for it (a second fold found the
    # full name gone: alias37's first form failed the article)
    doc = _doc(
        "Velmar Globalcom Ltd said the cable broke. Velmar Globalcom engineers are at sea,"
        " and Velmar expects repairs by Friday, Velmar Globalcom said.",
        ("Velmar Globalcom Ltd", "ORG"),
        ("Velmar Globalcom", "ORG"),
        ("Velmar", "ORG"),
    )
    table = build_actors(doc)
    assert [n for n in table.actors if n.startswith("Velmar")] == ["Velmar Globalcom Ltd"]
