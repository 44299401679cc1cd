"""Speakers on unseen news (issue 12 item 4, branch speakgen2): a definite noun for a kind of
organisation ("the company", "the software maker") is the organisation the text is about, a
spokesperson speaks for a body the tagger left untyped, and a definite document noun ("the
blog") speaks for the owner a possessive gave it. Invented articles, one per rule, with the
guard cases that must stay as they were."""

from __future__ import annotations

from tests._quotes import quote as _quote
from tests._quotes import untagged_quotes as _untagged_quotes

# -- 1. "the company" is the organisation the text is about ------------------------------------


def test_the_company_is_the_organisation_that_is_the_subject_before() -> None:
    text = (
        "Norvik Systems released an emergency update for its routers on Monday.\n"
        "The network equipment maker said the flaw affected older models.\n"
        '"We urge every customer to install the update today," the company said.\n'
    )
    assert _quote(text, "install the update").speaker == "Norvik Systems"
    assert _quote(text, "flaw affected", kind="indirect").speaker == "Norvik Systems"


def test_the_company_with_no_organisation_subject_before_names_nobody() -> None:
    text = (
        "Shoppers queued outside the store on Monday morning.\n"
        '"We are sorry for the long delay," the company said.\n'
    )
    assert _quote(text, "sorry for the long delay").speaker is None


def test_an_organisation_that_is_no_subject_is_not_the_company() -> None:
    text = (
        "Anna Berg, a trader at Norvik Systems, sold her shares on Monday.\n"
        '"We are sorry for the long delay," the company said.\n'
    )
    assert _quote(text, "sorry for the long delay").speaker is None


# -- 2. a spokesperson for a body the tagger missed --------------------------------------------


def test_a_spokesman_speaks_for_the_untagged_body_after_for() -> None:
    text = 'A spokesman for Kelmsworth said: "Luckily nobody has been hurt and we are grateful."'
    (quote,) = _untagged_quotes(text)
    assert quote.speaker == "Kelmsworth"


def test_a_spokesman_for_a_person_is_not_that_person() -> None:
    text = 'A spokesman for Jane Kelmsworth said: "She is looking forward to her day in court."'
    (quote,) = _untagged_quotes(text)
    assert quote.speaker is None


# -- 3. "the blog" speaks for the owner a possessive gave it -----------------------------------


def test_the_blog_is_its_owners_when_a_possessive_named_it_before() -> None:
    text = (
        "In a post on its security blog, Norvik Systems says the flaw is rare.\n"
        'The blog adds, "There are only a few reports of attacks against older routers."\n'
    )
    assert _quote(text, "only a few reports").speaker == "Norvik Systems"


def test_the_blog_with_no_owner_before_names_nobody() -> None:
    text = (
        "Routers of every brand were attacked this week.\n"
        'The blog adds, "There are only a few reports of attacks against older routers."\n'
    )
    assert _quote(text, "only a few reports").speaker is None


def test_the_body_a_report_is_about_is_the_company_not_the_reporter() -> None:
    text = (
        "Reuters reported on Monday that Norvik Systems had lost thousands of customers.\n"
        '"We are sorry for the long delay," the company said.\n'
    )
    assert _quote(text, "sorry for the long delay").speaker == "Norvik Systems"


def test_an_outlet_reporting_is_not_the_company() -> None:
    text = (
        "Reuters reported on Monday that thousands of routers had been attacked.\n"
        '"We are sorry for the long delay," the company said.\n'
    )
    assert _quote(text, "sorry for the long delay").speaker is None
