"""One fact told by several outlets is no outlet's own (issue 12, reader22): the same figure
kept apart from another outlet's by another noun for the same people ("two managers were
wounded" / "two bosses wounded"), by a noun its phrase names ("27 pieces of firefighting
apparatus" / "27 fire apparatus") or by a pronoun subject ("He served 167 days" beside "Kell
served five and a half months"); a named person's age another text writes beside the surname;
"a total loss" makes no figure a total. Invented articles;
each rule's test fails without it, each guard keeps today's right line."""

from __future__ import annotations

from tests._enrich_docs import PAD, compare_outlets


def _lines(specs: list[tuple[str, str]]) -> dict[str, list[tuple[str, ...]]]:
    result = compare_outlets(specs)
    return {
        "agreed": [(g.value, *g.outlets) for g in result.agreed if hasattr(g, "claims")],
        "pairs": [(p.kind, p.a.value, p.b.value) for p in result.compatible + result.conflicts],
        "unique": [(u["text"], u["outlet"]) for u in result.unique if u["kind"] == "claim"],
    }


_SHOOTING = "A fired clerk opened fire at a Dunmore insurance office on Monday. "
_MANAGERS = (
    "Orsk Daily",
    _SHOOTING + "When the shooting ended, the receptionist was dead and two managers were "
    "wounded." + PAD,
)


def test_one_count_of_wounded_under_three_nouns_is_nobodys_own() -> None:
    lines = _lines(
        [
            _MANAGERS,
            ("Tarnby Post", _SHOOTING + "A jury convicted the clerk of a shooting that left a "
             "receptionist dead and two managing partners wounded." + PAD),
            ("Velm Herald", _SHOOTING + "The clerk, accused of wounding two former bosses and "
             "killing a receptionist, was arraigned on Wednesday." + PAD),
        ]
    )  # fmt: skip
    assert lines["unique"] == []
    assert lines["pairs"] == []  # nothing is paired or agreed on that reading alone
    assert lines["agreed"] == []


def test_another_count_of_wounded_stays_each_outlets_own() -> None:
    lines = _lines(
        [
            _MANAGERS,
            ("Tarnby Post", _SHOOTING + "A jury convicted the clerk of a shooting that left a "
             "receptionist dead and three customers wounded." + PAD),
        ]
    )  # fmt: skip
    assert lines["unique"] == [
        ("2 managers wounded", "Orsk Daily"),
        ("3 customers wounded", "Tarnby Post"),
    ]


_FIRE = "Fire destroyed the old Dunmore cannery early on Tuesday. "


def test_pieces_of_apparatus_and_apparatus_are_one_count() -> None:
    lines = _lines(
        [
            ("Orsk Daily", _FIRE + "A total of 27 separate pieces of firefighting apparatus "
             "responded to the blaze, including four ladder trucks." + PAD),
            ("Tarnby Post", _FIRE + "A total of 27 fire apparatus arrived to fight the fire, "
             "which was out by dawn." + PAD),
        ]
    )  # fmt: skip
    assert lines["unique"] == [("4 trucks", "Orsk Daily")]


def test_a_noun_listed_after_a_count_names_no_other_count() -> None:
    game = "The Dunmore Otters beat the Velm Hawks on Sunday. "
    lines = _lines(
        [
            ("Orsk Daily", game + "He has also caught seven passes for 58 yards and two "
             "touchdowns." + PAD),
            ("Tarnby Post", game + "Since October, Brack has seven touchdowns on 412 rushing "
             "yards." + PAD),
        ]
    )  # fmt: skip
    assert ("7 passes", "Orsk Daily") in lines["unique"]
    assert ("7 touchdowns", "Tarnby Post") in lines["unique"]


_KELL = (
    "Fred Kell, the former city treasurer, has died at his home in Dunmore.\n"
    "His family said he died peacefully after a long illness.\n"
    "Kell was a fixture of city politics for decades.\n"
    "The council will hold a memorial service next month.\n"
)


def test_a_pronouns_time_served_that_fits_the_named_mans_is_not_its_own() -> None:
    lines = _lines(
        [
            ("Orsk Daily", _KELL + "Kell served five and a half months in prison for his part "
             "in the bond fraud.\n"),
            ("Tarnby Post", _KELL + "Kell served five and a half months in prison after "
             "pleading guilty.\n"),
            ("Velm Herald", _KELL + "He served 167 days.\n"),
        ]
    )  # fmt: skip
    assert lines["agreed"] == [("5.5", "Orsk Daily", "Tarnby Post")]
    assert lines["unique"] == []


def test_two_pronouns_of_two_acts_stay_apart() -> None:
    lines = _lines(
        [
            ("Orsk Daily", _KELL + "Prosecutors said he took at least $90,000 of the fund for "
             "his own use.\n"),
            ("Tarnby Post", _KELL + "They poured another $450,000 of state money into the "
             "cannery.\n"),
        ]
    )  # fmt: skip
    assert lines["unique"] == [
        ("at least 90,000 dollars (fund)", "Orsk Daily"),
        ("450,000 dollars", "Tarnby Post"),
    ]


def test_an_age_another_text_writes_beside_the_surname_is_not_its_own() -> None:
    lead = "A gunman shot three people at a Dunmore law office on Monday. "
    lines = _lines(
        [
            ("Orsk Daily", lead + "Ada Pell, 52, of Easton, and Rolf Imre, 49, of Velm were "
             "treated at the county hospital." + PAD),
            ("Tarnby Post", lead + "The clerk is charged with murder in the death of Nora "
             "Lind, 61, and with attempted murder in the shootings of Pell, 52, of Easton, "
             "and Imre, 49, of Velm." + PAD),
        ]
    )  # fmt: skip
    # Imre's 49 is read as a claim in one text only; the other writes "Imre, 49," too.
    # Lind's 61 is written by one text alone: still its own.
    assert lines["unique"] == [("61 age", "Tarnby Post")]


def test_a_total_loss_makes_no_value_a_total() -> None:
    lines = _lines(
        [
            ("Orsk Daily", _FIRE + "The cannery, which the city had valued at $412,300, was a "
             "total loss." + PAD),
            ("Tarnby Post", _FIRE + "The county assessor put the value of the cannery at "
             "$412,300." + PAD),
        ]
    )  # fmt: skip
    assert lines["agreed"] == [("412,300", "Orsk Daily", "Tarnby Post")]


def test_a_total_of_a_list_covers_every_figure_of_the_list() -> None:
    # "a total of" scopes the whole list: the 31 magazines of five raids are not one raid's 12
    lines = _lines(
        [
            ("Orsk Daily", _FIRE + "The navy has seized a total of 14 rifles, 31 magazines "
             "and 923 rounds of ammunition in five raids." + PAD),
            ("Tarnby Post", _FIRE + "In the raid on Friday the navy seized 12 magazines and "
             "some rounds of ammunition." + PAD),
        ]
    )  # fmt: skip
    assert lines["pairs"] == []


def test_a_total_figure_stays_apart_from_a_part() -> None:
    lines = _lines(
        [
            ("Orsk Daily", _FIRE + "A total of 27 firefighters fought the blaze overnight."
             + PAD),
            ("Tarnby Post", _FIRE + "Firefighters from Velm brought 12 firefighters to the "
             "blaze." + PAD),
        ]
    )  # fmt: skip
    assert lines["pairs"] == []
    assert lines["unique"] == [
        ("27 firefighters", "Orsk Daily"),
        ("12 firefighters", "Tarnby Post"),
    ]


_TANKER = "A tanker ran aground off Dunmore harbour on Thursday night. "
_PILOTS = (
    "Orsk Daily",
    _TANKER
    + "Officials said two harbour pilots guided the crippled tanker through the storm."
    + PAD,
)


def test_a_count_another_text_writes_before_its_noun_is_not_its_own() -> None:
    # "the two harbour pilots who ..." is read as no claim, yet it tells the same two pilots
    lines = _lines(
        [
            _PILOTS,
            ("Tarnby Post", _TANKER + "The mayor praised the two harbour pilots who stayed "
             "aboard until dawn." + PAD),
        ]
    )  # fmt: skip
    assert lines["unique"] == []


def test_two_other_pilots_are_not_the_two_pilots() -> None:
    lines = _lines(
        [
            _PILOTS,
            ("Tarnby Post", _TANKER + "The mayor praised the two other harbour pilots who "
             "stayed ashore until dawn." + PAD),
        ]
    )  # fmt: skip
    assert lines["unique"] == [("2 pilots", "Orsk Daily")]


def test_three_people_of_another_text_may_be_any_three() -> None:
    lines = _lines(
        [
            ("Orsk Daily", _TANKER + "The coast guard said the storm also injured three people "
             "on a fishing boat nearby." + PAD),
            ("Tarnby Post", _TANKER + "The mayor praised the three people who stayed aboard "
             "until dawn." + PAD),
        ]
    )  # fmt: skip
    assert lines["unique"] == [("3 people injured", "Orsk Daily")]
