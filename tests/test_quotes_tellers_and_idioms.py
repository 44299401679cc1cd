"""A "he said" after a sentence sourced "according to" a person, a statement's quote after an
opening mark split off, a statement "from" a body, "That being said", and events with nobody
acted on (read38's speaker and event rows, spk38). Every sentence is invented, every name
fictional; each rule case fails without its rule, each guard case with its guard out (or
documents behaviour kept)."""

from __future__ import annotations

from spacy.tokens import Doc
from tests._quotes import quote, quotes

from newsbeat.enrich.analysis import ArticleInput, EnrichOptions, analyse_doc
from newsbeat.enrich.event_core import core_act
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quote_indirect import _discourse_said

_BANK = (
    "A bomb went off at a bank in Tollby on Friday.\n"
    "Deputy examiner Karl Menning said police feared a second bomb.\n"
    "The bank had been emptied before the blast, according to Tollby Bank chief executive "
    "Tomas Reel.\n"
)


def _events(text: str) -> list[tuple[str, str, str]]:
    doc = load_pipeline("en_core_web_sm")(text)
    found = analyse_doc(doc, ArticleInput(id=1, text=text, outlet="o"), EnrichOptions())
    return [(r.source, r.type, r.target) for r in found.relations]


def test_he_said_after_according_to_a_man_is_that_man() -> None:
    # rule: speaker_objects.according_person
    text = _BANK + "The branch has been there for at least ten years, he said.\n"
    assert quote(text, "at least ten years", kind="indirect").speaker == "Tomas Reel"


def test_guard_she_said_is_not_the_man_the_sentence_was_according_to() -> None:
    text = _BANK + "The branch has been there for at least ten years, she said.\n"
    found = [q for q in quotes(text) if "at least ten years" in q.text]
    assert all(q.speaker != "Tomas Reel" for q in found), found


def test_a_statement_quoted_after_its_opening_mark_split_off_is_the_statements() -> None:
    # rule: quote_continues.said_before steps over a sentence holding only the opening mark
    text = (
        "The Velmar Navy's ship and its helicopter were on patrol when they received a "
        "distress call from a freighter, a Defence Ministry statement said.\n"
        '" On sighting the helicopter, the boats turned away from the freighter and fled.\n'
        'The ship closed on the boats and ordered them to stop. "\n'
    )
    assert quote(text, "On sighting").speaker == "Defence Ministry"


def test_the_statement_is_the_one_from_the_body_named_before() -> None:
    # rule: quote_issuers._issued_from
    text = (
        "The Velmar Navy stopped two boats on Saturday, according to a statement from the "
        "Kaldrian government.\n"
        'Marines boarded the boats and seized "a large cache of arms and ammunition," '
        "including rifles, the statement said.\n"
    )
    found = quote(text, "large cache")
    assert found.speaker is not None and "government" in found.speaker, found


def test_guard_a_statement_from_nobody_named_stays_unnamed() -> None:
    text = (
        "The Velmar Navy stopped two boats on Saturday, according to a statement.\n"
        'Marines boarded the boats and seized "a large cache of arms and ammunition," '
        "including rifles, the statement said.\n"
    )
    assert quote(text, "large cache").speaker is None


def _parsed(words: list[tuple[str, str, str, str, int]]) -> Doc:
    """A sentence with the parse given (word, lemma, POS, dependency, head): the shape the
    small model gave a real sentence, whatever it makes of the invented one."""
    return Doc(
        load_pipeline("en_core_web_sm").vocab,
        words=[w[0] for w in words],
        lemmas=[w[1] for w in words],
        pos=[w[2] for w in words],
        deps=[w[3] for w in words],
        heads=[w[4] for w in words],
    )


def test_that_being_said_reports_nothing() -> None:
    # rule: quote_indirect._discourse_said ('That being said, "…," he said' parsed with the
    # idiom as the clause "he said" reports)
    doc = _parsed(
        [
            ("That", "that", "PRON", "nsubjpass", 2),
            ("being", "be", "AUX", "auxpass", 2),
            ("said", "say", "VERB", "ccomp", 5),
            (",", ",", "PUNCT", "punct", 5),
            ("he", "he", "PRON", "nsubj", 5),
            ("said", "say", "VERB", "ROOT", 5),
            (".", ".", "PUNCT", "punct", 5),
        ]
    )
    assert _discourse_said(doc[2])


def test_guard_a_clause_someone_said_is_a_report() -> None:
    doc = _parsed(
        [
            ("Vell", "Vell", "PROPN", "nsubj", 1),
            ("said", "say", "VERB", "ccomp", 4),
            (",", ",", "PUNCT", "punct", 4),
            ("he", "he", "PRON", "nsubj", 4),
            ("wrote", "write", "VERB", "ROOT", 4),
            (".", ".", "PUNCT", "punct", 4),
        ]
    )
    assert not _discourse_said(doc[1])


def test_a_bank_that_evacuated_gives_no_aid() -> None:
    # rule: event_core._left_or_placed (evacuate)
    text = "He said the Velmar Bank evacuated at 1:30 p.m. and he saw people leaving.\n"
    assert not [e for e in _events(text) if e[1] == "AID"]


def test_guard_evacuating_residents_is_aid() -> None:
    assert ("Velmar Navy", "AID", "") in _events(
        "The Velmar Navy evacuated residents from the island.\n"
    )


def test_a_ship_described_as_deployed_mobilises_nothing() -> None:
    # rule: event_core._left_or_placed (deploy in a relative clause with no object: 'An
    # Indian warship, INS X deployed in the Gulf of Aden attacked …' as the model parsed it)
    doc = _parsed(
        [
            ("A", "a", "DET", "det", 1),
            ("warship", "warship", "NOUN", "nsubj", 8),
            (",", ",", "PUNCT", "punct", 4),
            ("Velo", "Velo", "PROPN", "nsubj", 4),
            ("deployed", "deploy", "VERB", "relcl", 1),
            ("in", "in", "ADP", "prep", 4),
            ("the", "the", "DET", "det", 7),
            ("gulf", "gulf", "NOUN", "pobj", 5),
            ("attacked", "attack", "VERB", "ROOT", 8),
            ("boats", "boat", "NOUN", "dobj", 8),
            (".", ".", "PUNCT", "punct", 8),
        ]
    )
    assert not core_act(doc[4], "MOBILIZE")


def test_guard_an_army_deploying_troops_mobilises() -> None:
    assert ("Kaldrian Army", "MOBILIZE", "") in _events(
        "The Kaldrian Army deployed troops along the border on Monday.\n"
    )
