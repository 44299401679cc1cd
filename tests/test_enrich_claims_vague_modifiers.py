"""Vague and non-count figures that were printed as exact counts (reader22, issue 12): "a
half-dozen", a range "six or seven years" whose first figure the tagger calls a date, a figure
hyphened to the singular noun it modifies ("a 40- to 50-employee company", "the three-story
building"), the second figure of "9 / 11", a date that names an event ("the September 11
attacks"), a figure inside an "if" clause, and "square - metre" as a measure. Invented
sentences, spaced as the re-tokenised copies write them where that is the form that escaped;
each test fails without its rule and has a control that keeps today's reading."""

from __future__ import annotations

from tests._enrich_docs import enrich_outlets, quoted_claims

from newsbeat.compare import compare_articles


def _figures(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(c.what, c.low, c.high) for c in quoted_claims(text, min_words=3)]


def test_a_half_dozen_is_six_and_keeps_its_hedge() -> None:
    found = quoted_claims(
        "The board bought the depot, along with at least a half - dozen others nearby.", min_words=3
    )
    assert [(c.what, c.low, c.high, c.hedge) for c in found] == [("others", 6.0, None, "at least")]
    assert _figures("The port bought a half-dozen barges from Wrenfield.") == [("barges", 6.0, 6.0)]
    assert _figures("The port bought a half dozen barges from Wrenfield.") == [("barges", 6.0, 6.0)]
    # controls: a whole dozen, and "half a dozen", were read already
    assert _figures("The port bought a dozen barges from Wrenfield.") == [("barges", 12.0, 12.0)]
    assert _figures("The port bought half a dozen barges from Wrenfield.") == [("barges", 6.0, 6.0)]


def test_n_or_m_years_is_one_range_when_the_first_figure_is_tagged_a_date() -> None:
    text = "Odile Marsh said she had rented the barn for six or seven years."
    assert _figures(text) == [("years", 6.0, 7.0)]
    assert _figures("Odile Marsh had rented the barn for 6 to 7 years.") == [("years", 6.0, 7.0)]
    # the tagger's date on the first of two counts: one range, not the second alone
    assert _figures("Forty or fifty pickets stood at the Kettle Lane gate.") == [
        ("pickets", 40.0, 50.0)
    ]
    # a window's range is no duration; its second figure alone is none either
    assert _figures("Over the last four or five weeks the barn stood empty.") == []
    # controls: one figure, and a range of counts, read as before
    assert _figures("Odile Marsh had rented the barn for seven years.") == [("years", 7.0, 7.0)]
    assert _figures("Some 40 or 50 pickets stood at the gate.") == [("pickets", 40.0, 50.0)]


def test_a_figure_hyphened_to_the_noun_it_modifies_counts_nothing() -> None:
    spaced = "Vessel Tooling, a 40 - to 50 - employee company, closed its Dunmore plant."
    assert _figures(spaced) == []
    assert _figures("The three - story office building houses other tenants, Ruth Peel said.") == []
    assert _figures("Amos Kray, a two - time Harrow Cup winner, retired.") == []
    # controls: a measure, a duration and an adjective after the hyphen are read as before
    assert _figures("Police towed a 20 - foot boat from the Dunmore quay.") == [
        ("foot", 20.0, 20.0)
    ]
    assert _figures("Amos Kray was given a five - year sentence in Dunmore.") == [
        ("sentence", 5.0, 5.0)
    ]
    assert _figures("A 5,000 - strong force entered Dunmore.") == [("force", 5000.0, 5000.0)]


def test_square_metres_are_counted_as_the_measure() -> None:
    assert _figures("The 12, 400 - square - metre depot houses a bakery.") == [
        ("metre", 12400.0, 12400.0)
    ]
    # control: square feet were read so already
    assert _figures("The 9, 000 - square - foot depot houses a bakery.") == [
        ("foot", 9000.0, 9000.0)
    ]


def test_the_second_figure_of_a_slashed_pair_is_no_count() -> None:
    assert _figures("The gala was moved after the 9 / 11 tragedy.") == []
    assert _figures("The station now offers 24 / 7 coverage of the Dunmore trial.") == []
    # control: a fraction split by spaces is still read with its whole number
    assert _figures("Amos Kray served 4 1 / 2 years in Dunmore.") == [("years", 4.5, 4.5)]


def test_a_date_after_the_names_an_event() -> None:
    assert _figures("The gala was delayed twice after the September 11 attacks.") == []
    assert _figures("Since the March 3 floods, the Dunmore gala has moved.") == []
    # control: a figure after the date that names the event is a count
    assert _figures("The July 7 floods drowned 52 sheep near Dunmore.") == [("sheep", 52.0, 52.0)]


def test_a_figure_inside_an_if_clause_is_no_claim() -> None:
    quote = 'Coach Bram Ostrow said, " He would play if we had more than two weeks left. "'
    assert _figures(quote) == []
    assert _figures("Unless 300 workers return, the Dunmore mill will close.") == []
    # control: the main clause of a conditional sentence tells its figure
    assert _figures("The Dunmore mill laid off 300 workers, and if sales fall it will close.") == [
        ("workers laid off", 300.0, 300.0)
    ]


def test_square_metres_and_square_feet_of_one_building_are_compatible() -> None:
    articles, enrichments = enrich_outlets(
        [
            (
                "Harbour Post",
                "Fire crews were called to Dunmore on Monday.\n\n"
                "The 15, 800 - square - metre building houses a bakery and two clinics.",
            ),
            (
                "Valley Courier",
                "Fire crews were called to Dunmore on Monday.\n\n"
                "The 170, 000 - square - foot building houses a bakery and two clinics.",
            ),
        ]
    )
    result = compare_articles(articles, enrichments)
    assert result.conflicts == []
    [pair] = result.compatible  # one area in two units: only the precision differs
    assert {pair.a.value, pair.b.value} == {"15,800", "170,000"}


def test_an_aside_inside_an_if_clause_tells_its_figure() -> None:
    # review22a: an appositive, a relative clause or a parenthetical states a fact whatever
    # the condition; the condition's own figures stay dropped (test above)
    found = _figures("If Dara Velk, 29, is convicted, she faces up to 10 years in prison.")
    assert ("age", 29.0, 29.0) in found
    plant = "If the Dunmore plant, which employs 1,200 people, closes, the town will suffer."
    assert _figures(plant) == [("people", 1200.0, 1200.0)]
    senate = "The bill fails if it cannot pass the Senate, where the Greens hold 51 seats."
    assert _figures(senate) == [("seats", 51.0, 51.0)]
    # controls: a figure of the condition itself, and one in a restrictive relative clause
    # (part of what is supposed), are still none
    assert _figures("If 300 workers walk out, the Dunmore mill will close.") == []
    assert _figures("If a storm that kills 50 people hits Dunmore, the mill will close.") == []


def test_a_falling_pair_with_scale_words_keeps_its_second_figure() -> None:
    # the whole first figure is compared ("2 million", not "million")
    falling = "Officials said 2 million or 1.5 million people fled the Orvane valley."
    assert _figures(falling) == [("people fled", 1_500_000.0, 1_500_000.0)]
    # control: a rising pair is one range
    rising = "Officials said 1.5 million or 2 million people fled the Orvane valley."
    assert _figures(rising) == [("people fled", 1_500_000.0, 2_000_000.0)]


def test_a_figure_hyphened_to_a_unit_or_a_counted_part_is_read() -> None:
    # a unit the measure words miss is what the figure counts, not the noun it modifies
    assert _figures("Forecasters in Dunmore expect a 2 - degree rise this week.") == [
        ("degrees", 2.0, 2.0)
    ]
    assert _figures("Police found a 10 - kilo bag in the Dunmore depot.") == [
        ("kilograms", 10.0, 10.0)
    ]
    assert _figures("The Orvane bank announced a 0.5 - percentage - point cut.") == [
        ("percentage points", 0.5, 0.5)
    ]
    # a countable part of the thing is counted as itself
    assert _figures("The 300 - seat Orvane Parliament voted on Friday.") == [
        ("seats", 300.0, 300.0)
    ]
    assert _figures("A 12 - member jury convicted Amos Kray in Dunmore.") == [
        ("members", 12.0, 12.0)
    ]
    assert _figures("The league handed Amos Kray a 10 - game suspension.") == [
        ("games", 10.0, 10.0)
    ]
    assert _figures("Prosecutors filed a 12 - count indictment against Amos Kray.") == [
        ("counts", 12.0, 12.0)
    ]
    # control: a modifier that is neither stays no count
    assert _figures("Vessel Tooling, a 50 - employee company, closed its Dunmore plant.") == []


def test_a_counted_part_is_what_the_thing_has() -> None:
    # the seats are the Parliament's, not what the sentence's verb does with them
    text = "The Greens hold 160 seats in the 300 - seat Orvane Parliament."
    seats = [c for c in quoted_claims(text, min_words=3) if c.low == 300.0]
    assert [(c.what, c.event, c.subject) for c in seats] == [("seats", "have", "Parliament")]
