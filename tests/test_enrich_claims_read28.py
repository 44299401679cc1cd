"""Claims misread on fresh real text (issue 12, branch claimfix28, from the session-28 reading
of 24 ECB+ documents): numbers that name a kind or a moment, a height in feet and inches, the
noun a possessive or a hyphened participle modifies, a bound fronted before the sentence, the
teller of a fronted phrase, a length of time taken for a date and a father "to" his children.

Invented sentences and names. Each rule test fails without its rule; each control keeps what
the rule must not change."""

from __future__ import annotations

from tests._enrich_docs import quoted_claims as _claims


def _counts(text: str) -> list[tuple[str, float | None]]:
    return [(c.what, c.low) for c in _claims(text)]


def test_a_decimal_glued_to_its_article_is_a_calibre_not_a_count() -> None:
    # ECB+ spacing writes "a .357 revolver" as "a. 357 revolver"
    text = "Tom Vell was shot after officers said he pulled out a. 357 revolver on Friday."
    assert [w for w, _ in _counts(text)] == []
    # control: a count after an article-free word stays
    assert _counts("Officers said he fired 357 rounds at the depot.") == [("rounds", 357.0)]


def test_a_type_named_x_by_y_is_no_count() -> None:
    assert _counts("The gang rammed a large four - by - four car into the shop.") == []
    # control: four cars are four cars
    assert _counts("The gang rammed four cars into the shop.") == [("cars", 4.0)]


def test_zero_before_a_singular_noun_is_a_term() -> None:
    text = 'Norvex said the intruders used an unknown flaw, or "zero day" bug, in its browser.'
    assert _counts(text) == []
    # control: zero with a plural counts none of them
    assert _counts("The county reported zero deaths in the storm.") == [("deaths", 0.0)]


def test_a_day_before_a_month_name_is_a_date() -> None:
    text = "Belcom said all circuits were restored to the network as of 4 November 02: 00 GMT."
    assert _counts(text) == []
    # control: a count before a lower-case noun stays
    assert _counts("Belcom said 4 circuits were restored.") == [("circuits", 4.0)]


def test_the_second_figure_of_a_window_range_is_no_claim() -> None:
    # "within three weeks" is a window, no claim; its range is none either (it was 3 weeks)
    assert _counts("Norvex will ship a patch within two to three weeks.") == []
    # control: a range that is no window is read whole
    claims = _claims("The repairs will take two to three weeks.")
    assert [(c.low, c.high) for c in claims] == [(2.0, 3.0)]


def test_feet_and_inches_are_one_height() -> None:
    claims = _claims("Police said Dario Vell is 5 - feet - 8 inches tall.")
    assert [(c.what, c.low) for c in claims] == [("feet", 5.67)]
    assert _counts("Police said the suspect is six feet two inches tall.") == [("feet", 6.17)]
    # control: feet alone, and a weight after a height, are left alone
    assert _counts("Police said the suspect is six feet tall.") == [("feet", 6.0)]
    assert ("pounds", 135.0) in _counts("Dario Vell is 5 - foot - 8, 135 pounds.")


def test_a_possessive_noun_is_not_what_is_counted() -> None:
    assert _counts("Dozens of sheriff's deputies guarded the courthouse.")[0][0] == "deputies"
    text = "Mara Quill watched while two of the woman's children - girls age 6 and 8 - looked on."
    assert ("children", 2.0) in _counts(text)


def test_a_noun_hyphened_to_a_participle_is_not_what_is_counted() -> None:
    text = "Lena Morrow is one of two court - appointed defense attorneys in the case."
    assert ("attorneys", 2.0) in _counts(text)
    # control: a noun with no participle after its hyphen is read as before
    assert _counts("The club signed two defense attorneys.") == [("attorneys", 2.0)]


def test_a_bound_fronted_before_the_sentence_hedges_its_only_figure() -> None:
    text = "At the very least, Stan Corrow estimated the appeal will last five years."
    (claim,) = _claims(text)
    assert (claim.low, claim.high, claim.hedge) == (5.0, None, "at least")
    # control: with two figures, which one is bounded is not known: both stay exact
    text = "At the very least, Stan Corrow estimated the appeal will last five years and cost 2 million dollars."  # noqa: E501
    assert [c.hedge for c in _claims(text)] == [None, None]


def test_a_phrase_fronted_before_a_teller_is_the_writers() -> None:
    (claim,) = _claims("After 25 years of public antics, Tom Vell finally admitted his ruse.")
    assert claim.claimant is None
    # control: the clause the teller says is still his
    claims = _claims(
        "After four years of silence, Tom Vell said the fund had lost 40 million dollars."
    )
    assert [c.claimant for c in claims if c.unit == "dollars"] == ["Tom Vell"]
    # control: a teller after what he tells tells the phrase before him too
    text = (
        "Recently when he complained of breathing difficulties, his family obtained a court "
        "order to have him treated at a hospital outside the prison until about two weeks ago, "
        "Tom Vell said in a telephone interview."
    )
    assert [c.claimant for c in _claims(text)] == ["Tom Vell"]


def test_a_length_of_time_does_not_date_the_next_sentence() -> None:
    text = (
        "After a quarter - century of antics, Tom Vell admitted his ruse at a hearing. "
        "That brought him another three - year sentence."
    )
    assert [c.time_ref for c in _claims(text) if c.what == "sentence"] == [None]
    # control: a real date of the sentence before still dates it
    text = (
        "Tom Vell admitted his ruse at an April 2003 hearing. "
        "That brought him another three - year sentence."
    )
    assert [c.time_ref for c in _claims(text) if c.what == "sentence"] == ["April 2003"]


def test_a_father_to_two_boys_has_them() -> None:
    claims = _claims("The newlywed and father to two boys died almost immediately.")
    assert [(c.what, c.low, c.event) for c in claims] == [("boys", 2.0, "have")]


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(c.what, c.event) for c in _claims(text)]


def test_a_span_of_time_measures_the_verb_written_before_it() -> None:
    # the parser hung "three weeks before ... murdered" on "sat": the span is the marriage's
    text = "Mara Quill - who was married three weeks before her husband was murdered - sat with her mother."  # noqa: E501
    assert _events(text) == [("weeks before murder", "marry")]
    # control: a span fronted before its clause measures the main clause, as before
    text = "Six weeks before the mayor takes office, the council changed the rules."
    assert _events(text) == [("weeks before take", "change")]


def test_a_span_hung_on_its_before_measures_the_clause_it_modifies() -> None:
    assert _events("Tom Vell arrived two days before the fight began.") == [
        ("days before begin", "arrive")
    ]
