"""Numeric claims as real pages write them (issue 12, branch claimsreal): amounts with a glued
scale, vague multipliers, "over" a span, hedges before "additional", hyphenated and quoted
nouns. Invented sentences; each test fails without its rule and most have a control."""

from __future__ import annotations

from tests._enrich_docs import found_claims as _claims


def _read(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(c.what, c.low, c.high, c.hedge) for c in _claims(text)]


def test_a_scale_glued_to_the_figure_is_read() -> None:
    # "$4bn" is one token for the tokenizer (and NER may call it an ordinal, like "4th")
    read = [(c.what, c.low, c.high, c.unit) for c in _claims("Tessaly lost 4bn euros last year.")]
    assert read == [("euros", 4e9, 4e9, "euros")]
    read = _read("Marwick Holdings plans to raise up to $7.5bn from its share sale.")
    assert read == [("dollars", None, 7.5e9, "up to")]
    assert _read("Its debt stands at €3tn.") == [("euros", 3e12, 3e12, None)]


def test_a_glued_scale_is_no_ordinal_but_an_ordinal_stays_one() -> None:
    assert _read("Corla finished 4th in the 10k race on Sunday.") == []


def test_a_vague_multiplier_is_a_range_never_the_scale_itself() -> None:
    read = _read("Several thousand nurses marched past the Dalmore courthouse on Friday.")
    assert read == [("nurses", 2000.0, 9999.0, "several")]
    read = _read("Accounts with only a few thousand followers were left out of the trial.")
    assert read == [("followers", 2000.0, 5999.0, "a few")]
    read = _read("A couple of hundred fans waited at the gate of the Ostley ground.")
    assert read == [("fans", 150.0, 300.0, "a couple")]


def test_a_plain_scale_word_and_vague_plurals_are_unchanged() -> None:
    # controls: "thousands of" keeps its own range, and "a thousand" is a figure
    assert _read("Thousands of nurses marched past the courthouse.") == [
        ("nurses", 2000.0, 9999.0, "thousands")
    ]
    assert _read("Organisers counted a thousand nurses at the courthouse.") == [
        ("nurses", 1000.0, 1000.0, None)
    ]


def test_over_a_span_that_something_happens_across_is_no_hedge() -> None:
    read = _read("Eleven witnesses testified over three days in the Halvard inquiry.")
    assert ("days", 3.0, 3.0, None) in read
    read = _read("The coach won four league titles over two spells in charge of Brenford.")
    assert ("spells", 2.0, 2.0, None) in read


def test_over_before_a_number_stays_more_than() -> None:
    # control: here "over" modifies the number, as "more than" would
    assert _read("Pell worked at the Ostley mill for over 30 years.") == [
        ("years", 30.0, None, "over")
    ]


def test_a_hedge_before_additional_is_kept() -> None:
    read = _read("The deal lets the banks buy up to an additional 15 per cent of the shares.")
    assert read == [("percent", None, 15.0, "up to")]
    read = _read("Officials expect more than another 200 families to leave.")
    assert read == [("families", 200.0, None, "more than")]


def test_a_hyphenated_noun_is_read_whole() -> None:
    assert _read("The Varro nebula is some 180 million light-years wide.") == [
        ("light-years", 162e6, 198e6, "some")
    ]
    assert _read("Okafor now has 72 triple-doubles in his career.") == [
        ("triple-doubles", 72.0, 72.0, None)
    ]
    assert _read("The new motor makes almost 410 lb-ft of torque.") == [
        ("lb-ft", 369.0, 410.0, "almost")
    ]


def test_a_hyphenated_modifier_is_read_past() -> None:
    read = _read("Merrow scored 18 of his season-high 29 points in the third quarter.")
    assert read[0] == ("points", 18.0, 18.0, None)
    # control: a figure glued to its unit by a hyphen still measures what follows
    assert _read("Pell was given a 5-year sentence.")[0][0] == "sentence"


def test_a_singular_noun_before_and_is_a_modifier_of_the_plural() -> None:
    read = _read("The panel heard four national security and diplomatic officials on Tuesday.")
    assert read[0][0] == "officials"
    assert _read("Police arrested 12 union and party activists.")[0][0] == "activists"
    # control: two plural nouns are coordinated, the first is counted
    assert _read("The clinic hired 30 nurses and doctors.")[0][0] == "nurses"
    assert _read("The clinic hired 40 staff and volunteers.")[0][0] == "staff"


def test_a_noun_in_quotation_marks_is_what_is_counted() -> None:
    read = _read("There are now 90 million monthly active “creators” on Velby, the firm said.")
    assert read[0][:3] == ("creators", 9e7, 9e7)
    # control: a quoted modifier before its noun is still passed over
    assert _read('Korvan has 40 "made" soldiers in the city.')[0][0] == "soldiers"


def test_a_number_in_a_model_name_is_no_count() -> None:
    read = _read("The range includes the Velora Sportback 40 quattro and a cheaper trim.")
    assert read == []
    # control: a count after a name takes a plural noun, a unit stays singular
    assert _read("Police told Reuters 12 people were hurt.")[0][:2] == ("people injured", 12.0)
    assert _read("Aides told Reuters 6 percent of the ballots were lost.")[0][:2] == (
        "percent",
        6.0,
    )


def test_a_day_after_its_month_is_a_date() -> None:
    # the tagger made "Garrick's July 14" a person's name here, so no DATE saved it
    assert _read("Senators asked about Garrick’s July 14 call with the minister.") == []


def _claimants(text: str) -> dict[float | None, str | None]:
    return {c.low: c.claimant for c in _claims(text)}


def test_a_placing_put_tells_nothing() -> None:
    found = _claimants(
        "Orvin’s late basket put the Hawks up 101-95 with two minutes left, but the Kestrels"
        " scored eight straight points."
    )
    assert found[8.0] is None


def test_the_hearer_of_tell_is_not_the_speaker_s_figure() -> None:
    found = _claimants("Ondrej Vask told a few thousand nurses that the cuts would end.")
    assert found == {2000.0: None}
    # controls: a figure in what is told is the speaker's, after the hearer too
    found = _claimants("Ondrej Vask told the nurses that 40 wards would close.")
    assert found == {40.0: "Ondrej Vask"}
    found = _claimants(
        "Ondrej Vask told several hundred nurses who filled the square that the Assembly"
        " should spend $3 billion of its reserves on wards."
    )
    assert found == {200.0: None, 3e9: "Ondrej Vask"}


def test_a_cue_in_a_clause_of_its_own_tells_only_that_clause() -> None:
    found = _claimants(
        "The van will support 120 kW fast charging, with Velora suggesting that the long-range"
        " model should charge in 25 minutes."
    )
    assert found == {120.0: None, 25.0: "Velora"}
    found = _claimants(
        "Tamsin Orr, a career Navy officer who described the order as unlawful, was one of six"
        " aides who testified."
    )
    assert found == {6.0: None}


def test_a_range_whose_two_ends_carry_their_unit_is_one_claim() -> None:
    # read on an unseen real page: "[0.6% to 0.7%]" gave two exact figures
    read = [(c.low, c.high) for c in _claims("Velmar's economy will grow 0.6% to 0.7% this year.")]
    assert read == [(0.6, 0.7)]
    read = _read("Between 6 per cent and 7 per cent of Orsa's voters stayed home.")
    assert [(low, high, hedge) for _, low, high, hedge in read] == [(6.0, 7.0, "between")]
    read = [(c.low, c.high) for c in _claims("Kittby fares rose $3 to $4 a ticket in May.")]
    assert read == [(3.0, 4.0)]


def test_a_fall_from_one_figure_to_another_and_two_units_stay_two_figures() -> None:
    read = [(c.low, c.high) for c in _claims("Growth in Velmar slowed from 0.7% to 0.6% in May.")]
    assert read == [(0.7, 0.7), (0.6, 0.6)]
    read = [(c.what, c.low) for c in _claims("Orsa gave 20% to 30 schools in the district.")]
    assert ("percent", 20.0) in read and all(high != 30.0 or w != "percent" for w, high in read)


def test_closer_to_is_a_hedge_of_nearness() -> None:
    # read on an unseen real page: "closer to 5%" was printed as exactly 5%
    (claim,) = _claims("Velmar's jobless rate is closer to 6%, the Orsa bank said.")
    assert (claim.hedge, claim.exact) == ("closer to", False)
    assert claim.low is not None and claim.high is not None and claim.low < 6.0 < claim.high
