"""Figures the claim reader left unread, or read with a wrong subject or event, on the dev
gold's missed disputes (issue 12, branch confread6). Invented sentences; each rule test fails
without its rule and has a guard."""

from __future__ import annotations

from tests._enrich_docs import found_claims as _claims


def _read(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(c.what, c.low, c.event, c.subject) for c in _claims(text)]


# --- a possessive before a count of children: all of the owner's children ---


def test_her_children_are_counted_for_the_named_woman() -> None:
    read = _read("Mrs. Dana Welk, 41, was walking home with one of her nine children.")
    assert ("children", 9.0, "have", "Dana Welk") in read


def test_his_sons_are_counted_for_the_named_man() -> None:
    read = _read("Mr. Tom Brell lost his two sons in the fire.")
    assert ("sons", 2.0, "have", "Tom Brell") in read


def test_their_children_keep_the_pronoun() -> None:
    # nobody named: the owner stays a pronoun, which no outlet's name is matched with
    read = _read("Their four children were at school when the storm came.")
    assert ("children", 4.0, "have", "they") in read


def test_her_after_another_named_woman_is_not_the_subject() -> None:
    # guard: "her" may be Ann Sol's, not the subject's; the owner stays "she"
    read = _read("Mrs. Tina Brell met Mrs. Ann Sol and her two sons on Friday.")
    assert ("sons", 2.0, "have", "she") in read


def test_children_picked_out_by_a_phrase_are_not_read() -> None:
    # guard: "from his first marriage", "two youngest": some of them, not all
    read = _read("Mr. Tom Brell said his three daughters from his first marriage were safe.")
    assert [r for r in read if r[0] == "daughters"] == []
    read = _read("Dana Welk and her two youngest children were hurt.")
    assert [r for r in read if r[0] == "children"] == []


def test_a_possessive_before_other_counts_is_still_a_reference() -> None:
    # guard: "his two goals", "their three stores" stay references, not claims
    read = _read("Tom Brell scored his two goals late, and their three stores closed.")
    assert [r for r in read if r[0] in {"goals", "stores"}] == []


# --- the one who estimates a figure is its claimant, not its subject ---


def test_an_estimator_is_not_the_crowds_subject() -> None:
    read = _claims("NBC Chicago estimated the crowd at 300, and the Tribune said it was larger.")
    crowd = [c for c in read if c.what == "crowd"]
    assert [(c.low, c.subject) for c in crowd] == [(240.0, None)]


def test_an_estimated_sum_takes_the_valued_things_event() -> None:
    # the parser hangs "at" on the object here; the mayor values the damage, she did not do it
    read = _claims("Mayor Ann Sol estimated the damage at $4 million.")
    assert [(c.unit, c.event, c.subject) for c in read] == [("dollars", "damage", None)]


def test_a_doer_who_puts_things_somewhere_keeps_the_subject() -> None:
    # guard: "put 300 chairs in the hall" is no valuing; the doer stays the subject
    read = _claims("Mayor Ann Sol put 300 chairs in the hall on Monday.")
    assert [(c.what, c.subject) for c in read] == [("chairs", "Ann Sol")]


# --- "nab" with people is an arrest; what comes with the arrested is seized ---


def test_nabbing_people_is_an_arrest() -> None:
    read = _read("Border guards nabbed 40 migrants near the river on Sunday.")
    assert read == [("migrants arrested", 40.0, "arrest", None)]


def test_things_with_the_people_arrested_are_seized() -> None:
    read = _read("The frigate Varna nabbed 14 Somali pirates with five rifles and 9 magazines.")
    assert ("pirates arrested", 14.0, "arrest", "Varna") in read
    assert ("rifles", 5.0, "seize", "Varna") in read
    assert ("magazines", 9.0, "seize", "Varna") in read
    heroin = _read("Police arrested three men with 4 kilograms of heroin on Monday.")
    assert ("kilograms", 4.0, "seize", None) in heroin


def test_nabbing_things_is_still_a_theft() -> None:
    # guard: "nab" with things as its object stays a theft
    read = _read("Thieves nabbed 12 watches and 3 rings from the shop.")
    assert [(what, event) for what, _, event, _ in read] == [
        ("watches", "steal"),
        ("rings", "steal"),
    ]


def test_people_with_the_arrested_were_arrested_too() -> None:
    # guard: accomplices are not seized
    read = _read("Detectives arrested Tom Brell with two accomplices on Monday.")
    assert read == [("accomplices arrested", 2.0, "arrest", None)]


# --- an age before a nationality names no country, in a passive shared by two verbs too ---


def test_an_aged_nationality_passive_subject_is_no_country() -> None:
    read = _read("The 48-year-old Norwegian was evicted in May and sentenced to 50 weeks in jail.")
    assert [subject for what, _, _, subject in read if what == "weeks"] == [None]


def test_a_named_passive_subject_shared_by_two_verbs_is_kept() -> None:
    # guard: a name with its age before it is still the subject
    read = _read("41-year-old Tom Brell was evicted in April and sentenced to 50 weeks in jail.")
    assert [subject for what, _, _, subject in read if what == "weeks"] == ["Tom Brell"]


# --- "find" seizes only what it finds, not a study's sample or the counts of a verdict ---


def test_a_studys_sample_is_not_seized() -> None:
    read = _read("One study in 80 adult women found that walking lowered their blood pressure.")
    assert read == [("women", 80.0, None, None)]


def test_counts_found_guilty_of_are_not_seized() -> None:
    read = _read("Rick Sol was found guilty of murder and two counts of assault.")
    assert [(what, event) for what, _, event, _ in read] == [("counts", None)]


def test_things_found_are_still_seized() -> None:
    # guard: the object and the passive subject of "find", lists and "of" included
    read = _read("Officers found a shotgun and three shells in the car.")
    assert ("shells", 3.0, "seize", None) in read
    listed = _read("Five rifles, three other rifles and 13 magazines were found in the boats.")
    assert [(low, event) for what, low, event, _ in listed if what == "magazines"] == [
        (13.0, "seize")
    ]


# --- a house number is no count ---


def test_a_house_number_is_no_claim() -> None:
    assert _read("Officers stopped Dale Kerr, 57, of 3170 W. County Road 600S, on Monday.") == [
        ("age", 57.0, "age", "Dale Kerr")
    ]
    assert _read("The bodies were found in an apartment at 24 Quarry Street on Friday.") == []


def test_a_count_before_a_street_name_and_its_noun_is_read() -> None:
    # guard: "12 Main Street shops" counts shops; lower-case "40 streets" is a count
    read = _read("The city repaved 40 streets and 12 Main Street shops reopened.")
    assert [(what, low) for what, low, _, _ in read] == [("streets", 40.0), ("shops", 12.0)]
