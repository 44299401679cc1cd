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


# Review of the echo rules (review22a): each test below fails when the rule reaches too far.


def test_total_losses_keep_their_scope() -> None:
    # "total losses" is a total; only "a total loss" (the thing lost entirely) is not
    lines = _lines(
        [
            ("Orsk Daily", "The fire at the Darnell warehouse caused total losses of $40 "
             "million, the insurer said on Monday." + PAD),
            ("Tarnby Post", "The fire at the Darnell warehouse caused losses of $12 million, "
             "the insurer said on Monday." + PAD),
        ]
    )  # fmt: skip
    assert [p for p in lines["pairs"] if p[0] == "conflict"] == []
    assert lines["unique"] == [
        ("40 million dollars", "Orsk Daily"),
        ("12 million dollars", "Tarnby Post"),
    ]


_RAID = "Gunmen stormed a checkpoint outside Dunmore on Sunday night. "


def test_soldiers_and_civilians_killed_are_two_counts() -> None:
    lines = _lines(
        [
            ("Orsk Daily", _RAID + "Four soldiers were killed in the attack, the army said."
             + PAD),
            ("Tarnby Post", _RAID + "Four civilians were killed in the attack, a local "
             "official said." + PAD),
        ]
    )  # fmt: skip
    assert lines["unique"] == [
        ("4 soldiers killed", "Orsk Daily"),
        ("4 civilians killed", "Tarnby Post"),
    ]


def test_women_and_men_arrested_are_two_counts() -> None:
    lines = _lines(
        [
            ("Orsk Daily", _RAID + "Police said two women were arrested near the checkpoint."
             + PAD),
            ("Tarnby Post", _RAID + "Police said two men were arrested near the checkpoint."
             + PAD),
        ]
    )  # fmt: skip
    assert lines["unique"] == [
        ("2 women arrested", "Orsk Daily"),
        ("2 men arrested", "Tarnby Post"),
    ]


def test_guards_and_customers_wounded_are_two_counts() -> None:
    lines = _lines(
        [
            ("Orsk Daily", _SHOOTING + "The clerk wounded two guards before he fled, police "
             "said." + PAD),
            ("Tarnby Post", _SHOOTING + "Police said the clerk killed a guard and wounded two "
             "customers before he fled." + PAD),
        ]
    )  # fmt: skip
    assert ("2 guards wounded", "Orsk Daily") in lines["unique"]
    assert ("2 customers wounded", "Tarnby Post") in lines["unique"]


def test_two_others_injured_may_be_the_two_managers() -> None:
    lines = _lines(
        [
            _MANAGERS,
            ("Tarnby Post", _SHOOTING + "The receptionist was killed and two others were "
             "injured, police said." + PAD),
        ]
    )  # fmt: skip
    assert lines["unique"] == []


def test_boxes_of_documents_are_no_count_of_documents() -> None:
    lines = _lines(
        [
            ("Orsk Daily", _FIRE + "Police seized 12 boxes of documents from the cannery "
             "office on Monday." + PAD),
            ("Tarnby Post", _FIRE + "Police seized 12 documents from the cannery office on "
             "Monday." + PAD),
        ]
    )  # fmt: skip
    assert ("12 boxes", "Orsk Daily") in lines["unique"]
    assert ("12 documents", "Tarnby Post") in lines["unique"]


def test_children_of_the_victims_are_not_the_victims() -> None:
    lines = _lines(
        [
            ("Orsk Daily", _FIRE + "Three children of the victims were hurt in the blaze, "
             "police said." + PAD),
            ("Tarnby Post", _FIRE + "Three victims were hurt in the blaze, police said." + PAD),
        ]
    )  # fmt: skip
    assert ("3 children injured", "Orsk Daily") in lines["unique"]
    assert ("3 victims injured", "Tarnby Post") in lines["unique"]


def test_friends_of_the_suspect_are_not_suspects() -> None:
    lines = _lines(
        [
            ("Orsk Daily", _FIRE + "Two friends of the suspect were arrested in Velm on "
             "Monday." + PAD),
            ("Tarnby Post", _FIRE + "Two suspects were arrested in Velm on Monday." + PAD),
        ]
    )  # fmt: skip
    assert ("2 friends arrested", "Orsk Daily") in lines["unique"]
    assert ("2 suspects arrested", "Tarnby Post") in lines["unique"]


def test_people_killed_in_an_earlier_crash_are_not_todays() -> None:
    corner = "A van and a bus collided at the Elm Street corner in Dunmore on Monday. "
    lines = _lines(
        [
            ("Orsk Daily", corner + "Two people were killed in the crash, police said." + PAD),
            ("Tarnby Post", corner + "Residents said the two people killed in a 2019 crash at "
             "the same corner were never forgotten." + PAD),
        ]
    )  # fmt: skip
    assert lines["unique"] == [("2 people killed", "Orsk Daily")]


def test_former_pilots_and_pilots_of_another_year_are_not_the_pilots() -> None:
    for other in (
        "The mayor praised the two former harbour pilots who watched from the quay.",
        "The mayor recalled the two harbour pilots who guided a stricken ferry in 2019.",
    ):
        lines = _lines([_PILOTS, ("Tarnby Post", _TANKER + other + PAD)])
        assert lines["unique"] == [("2 pilots", "Orsk Daily")], other


def test_a_brothers_age_beside_the_surname_is_still_his_own() -> None:
    lead = "Police in Dunmore charged a man with arson on Monday. "
    lines = _lines(
        [
            ("Orsk Daily", lead + "Paul Riva was arrested at his home; Riva, 47, denies the "
             "charge." + PAD),
            ("Tarnby Post", lead + "Police said the suspect's brother, Dean Riva, 47, was "
             "questioned and released." + PAD),
        ]
    )  # fmt: skip
    assert ("47 age", "Tarnby Post") in lines["unique"]
    # Paul Riva's age, read since ages28 ("Riva, 47," after "Paul Riva"), is his outlet's own
    # too: the brother's "47" is another person's age (compare._said_elsewhere)
    assert ("47 age", "Orsk Daily") in lines["unique"]


def test_one_persons_age_in_two_texts_is_no_outlets_own() -> None:
    lead = "Police in Dunmore charged a man with arson on Monday. "
    lines = _lines(
        [
            ("Orsk Daily", lead + "Paul Riva was arrested at his home; Riva, 47, denies the "
             "charge." + PAD),
            ("Tarnby Post", lead + "Police said Paul Riva, 47, was questioned and "
             "released." + PAD),
        ]
    )  # fmt: skip
    assert [u for u in lines["unique"] if u[0] == "47 age"] == []


def test_a_pronoun_after_two_named_men_may_be_either() -> None:
    raid = "Officers in Dunmore arrested Tam Velk and Jory Brand after the raid on Monday. "
    lines = _lines(
        [
            ("Orsk Daily", raid + "He had served about four years in prison for robbery, "
             "records show." + PAD),
            ("Tarnby Post", "Officers in Dunmore arrested Jory Brand after the raid on "
             "Monday. Brand served 50 months in prison for robbery, records show." + PAD),
        ]
    )  # fmt: skip
    assert ("about 4 years", "Orsk Daily") in lines["unique"]
    assert ("50 months", "Tarnby Post") in lines["unique"]


def test_a_count_written_with_of_after_the_figure_still_tells_it() -> None:
    # "of" after the figure or after "out" keeps the noun counted; only "boxes of" does not
    bout = "Brack beat Imre on points in Dunmore on Saturday. "
    own = ("Orsk Daily", bout + "Brack landed 163 punches and took three rounds." + PAD)
    for other, told in (
        ("The final numbers showed Brack landing 163 of 402 punches thrown.", "163 punches"),
        ("Imre said he had lost three out of four rounds before the cut.", "3 rounds"),
    ):
        lines = _lines([own, ("Tarnby Post", bout + other + PAD)])
        assert (told, "Orsk Daily") not in lines["unique"], other


def test_an_age_beside_a_nicknamed_full_name_is_told() -> None:
    lines = _lines(
        [
            ("Orsk Daily", "Ivo Brack, a Dunmore crime boss, has died in prison at 81. Brack "
             "led the Velm family for decades." + PAD),
            ("Tarnby Post", "Ivo 'the Fox' Brack, 81, Crime Boss\nIvo Brack, who died "
             "yesterday in prison, led the Velm family for decades." + PAD),
        ]
    )  # fmt: skip
    assert lines["unique"] == []


def test_a_pronoun_of_the_other_sex_is_not_the_named_woman() -> None:
    raid = "Officers in Dunmore arrested Greta Velk after the raid on Monday. "
    lines = _lines(
        [
            ("Orsk Daily", raid + "He had served about four years in prison for robbery, "
             "records show." + PAD),
            ("Tarnby Post", raid + "Greta Velk served 50 months in prison for robbery, records "
             "show." + PAD),
        ]
    )  # fmt: skip
    assert ("about 4 years", "Orsk Daily") in lines["unique"]
