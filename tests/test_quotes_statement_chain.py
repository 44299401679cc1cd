"""Quotes where "the statement said" stands far from the statement's issuer: a look back
that steps over a quote's lone marks (``sentence_window``) and a chain of "the statement"
mentions (``quote_issuers._chained``). Every sentence is invented."""

from __future__ import annotations

from tests._quotes import quote

_FILLER = (
    "The harbour was closed for two days.\n"
    "Fishing crews waited on the quay.\n"
    "Insurers raised their rates last month.\n"
    "Several navies patrol the strait.\n"
    "The weather turned cold on Sunday.\n"
    "Traders said prices had doubled.\n"
)


def test_a_quotes_lone_marks_do_not_count_as_sentences_back_to_the_statement() -> None:
    # The opening and closing marks stand on lines of their own: the splitter makes each a
    # sentence, and the look back of three sentences stopped before the ministry's statement.
    text = (
        "The frigate Oster was patrolling the strait when it got a call for help, "
        "a Defence Ministry statement said.\n"
        '" On sighting the helicopter, the boats broke off and tried to escape.\n'
        'Oster closed the boats and ordered them to stop. "\n'
        "Veldish marines boarded the larger boat and seized nine men, the statement said.\n"
    )
    found = quote(text, "seized nine men", kind="indirect")
    assert found.speaker == "Defence Ministry"


def test_the_statement_far_back_is_the_one_the_statement_before_meant() -> None:
    text = (
        "The boats fled when they saw the frigate, according to a statement from the "
        "Veldish government.\n"
        "Marines boarded the boats and seized nine rifles, the statement said.\n"
        + _FILLER
        + 'The statement said only that the men would be "handed over to the courts ashore."\n'
    )
    assert quote(text, "handed over").speaker == "Veldish government"


def test_an_unresolved_statement_nearer_stops_the_chain() -> None:
    # Guard: a statement nobody is said to have issued comes between: it may be another's.
    text = (
        "The boats fled when they saw the frigate, according to a statement from the "
        "Veldish government.\n"
        "Marines boarded the boats and seized nine rifles, the statement said.\n"
        "A statement was also read out at the harbour.\n"
        + _FILLER
        + 'The statement said only that the men would be "handed over to the courts ashore."\n'
    )
    assert quote(text, "handed over").speaker is None


def test_a_statement_of_another_country_is_not_chained() -> None:
    # Guard: "the Ostravan statement" is not the Veldish government's.
    text = (
        "The boats fled when they saw the frigate, according to a statement from the "
        "Veldish government.\n"
        "Marines boarded the boats and seized nine rifles, the statement said.\n"
        + _FILLER
        + 'The Ostravan statement said only that the men would be "handed over to the '
        'courts ashore."\n'
    )
    assert quote(text, "handed over").speaker != "Veldish government"
