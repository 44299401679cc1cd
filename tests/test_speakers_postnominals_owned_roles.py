"""Speakers a name's trimmings hid, and roles of another owner (issue 12, precision; read on
real news by reader23 on 34_ecbplus and 35_ecb).

``Sister Ana Velde, DC, said``: the letters of an order after the name left "said" with no
subject; ``HCA president and chief executive officer Ana Velde said``: two titles before one
name made the first title the subject, resolved to the President named before; ``the union's
president said`` after ``President Lena Ortiz`` is not hers; ``"…," team general manager Rob
Harlow said``: the title and name between the closing mark and the verb, hung on a name in
the quote. Invented articles; each rule case fails without the change, the guards pass on
both."""

from __future__ import annotations

from tests._quotes import quote, quotes

_ORTIZ = "President Lena Ortiz named Dr. Mira Oram as health chief on Monday.\n\n"


def test_letters_of_an_order_after_the_name_keep_the_speaker() -> None:
    text = (
        "In a Monday statement, HCA president and chief executive officer Sister Ana Velde, "
        'DC, said that the group "rejoices for our town" in the nomination.\n\n'
        '"In Dr. Oram, we have a brilliant physician who knows her patients."'
    )
    assert quote(text, "rejoices").speaker == "Ana Velde"
    assert quote(text, "brilliant physician").speaker == "Ana Velde"


def test_a_second_title_before_the_name_is_not_the_president_named_before() -> None:
    text = (
        _ORTIZ + "In a Monday statement, HCA president and chief executive officer Sister Ana "
        'Velde, DC, said that the group "rejoices for our town" in the nomination.'
    )
    assert quote(text, "rejoices").speaker == "Ana Velde"


def test_a_role_with_an_owner_is_not_the_holder_of_the_bare_title() -> None:
    text = (
        _ORTIZ + "In a statement, the union's president said the group \"rejoices for our "
        'town" in the choice.'
    )
    found = quote(text, "rejoices")
    assert found.speaker is None
    assert found.speaker_start is not None  # the role's span is kept for the reader


def test_an_organisations_president_is_not_the_president_named_before() -> None:
    text = _ORTIZ + 'In a statement, HCA president said the group "rejoices for our town."'
    assert quote(text, "rejoices").speaker is None


def test_the_president_of_a_country_a_relative_clause_names_is_not_hers() -> None:
    text = (
        _ORTIZ + "The mayor dismissed a warning from Dravonia, whose president said on Friday "
        'that the choice "would harm the whole region for years."'
    )
    assert quote(text, "whole region").speaker is None


def test_a_title_and_name_after_the_quote_speak_whatever_the_parse_hung_them_on() -> None:
    text = (
        '"We\'re aware of the off-the-field issue involving Vincent," team general manager '
        "A.J. Smith said in a statement."
    )
    assert quote(text, "off-the-field").speaker == "A.J. Smith"


# -- guards: pass on main and branch -------------------------------------------------------------


def test_the_bare_title_still_names_its_holder() -> None:
    text = _ORTIZ + 'In a statement, the president said she "rejoices for our town" today.'
    assert quote(text, "rejoices").speaker == "Lena Ortiz"


def test_the_companys_chief_is_the_chief_introduced_with_the_company() -> None:
    text = (
        "Acme chief executive Tom Brell opened the plant on Monday.\n\n"
        'The company\'s chief executive said the plant "will hire four hundred people by June."'
    )
    assert quote(text, "four hundred").speaker == "Tom Brell"


def test_the_countrys_president_is_the_president() -> None:
    text = (
        _ORTIZ + "Later the country's president said the choice \"was made with great care "
        'and no haste."'
    )
    assert quote(text, "great care").speaker == "Lena Ortiz"


def test_a_plain_name_with_letters_after_it_speaks() -> None:
    text = 'Dr. Tom Brell, MD, said the clinic "will stand by her through the whole case."'
    assert quote(text, "stand by her").speaker == "Tom Brell"


def test_a_name_with_no_title_after_the_quote_speaks() -> None:
    text = '"We will appeal the ruling at once," Rob Harlow said in a statement.'
    assert [q.speaker for q in quotes(text)] == ["Rob Harlow"]


_OF_VELMAR = 'President Lena Ortiz of Velmar spoke on Monday. "We will not give up," {} said.\n'


def test_the_owner_the_titled_person_is_of_is_the_same_owner() -> None:
    assert quote(_OF_VELMAR.format("Velmar's president"), "not give up").speaker == "Lena Ortiz"


def test_another_owners_president_is_still_nobody() -> None:
    assert quote(_OF_VELMAR.format("Tarrow's president"), "not give up").speaker is None
