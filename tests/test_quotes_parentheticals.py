"""Reported speech with "…, X said, …" set inside the sentence
(``enrich/quote_parentheticals.py``, read31 M-e). Every sentence is invented, every name
fictional; each rule case fails without its rule, each guard case with its guard taken out."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab
from tests._quotes import quote, quotes

from newsbeat.enrich.quote_parentheticals import _parenthesis


def test_a_lead_in_then_the_teller_gives_the_whole_sentence_to_the_teller() -> None:
    text = (
        "Harbour master Pim Arkwell led the search on Sunday.\n"
        "After two hours, Arkwell said, the ferry turned back and the crew came ashore.\n"
    )
    found = quote(text, "ferry turned back", kind="indirect")
    assert found.speaker == "Pim Arkwell"
    assert found.text == "After two hours, the ferry turned back and the crew came ashore"


def test_a_present_tense_teller_between_two_clauses() -> None:
    text = (
        "Maria Velmont watched the storm from the quay.\n"
        "The first wave lasted just over a minute, she says, and there have been three more"
        " since.\n"
    )
    found = quote(text, "first wave lasted", kind="indirect")
    assert found.speaker == "Maria Velmont"


def test_guard_a_teller_with_words_of_his_own_is_read_by_the_indirect_rules_only() -> None:
    # "said in a statement" holds more than the teller: not a bare parenthesis
    text = (
        "Harbour master Pim Arkwell led the search on Sunday.\n"
        "After two hours, Arkwell said in a statement, the ferry turned back to port.\n"
    )
    assert not [q for q in quotes(text) if q.text.startswith("After two hours")], quotes(text)


def test_guard_a_common_noun_teller_names_nobody() -> None:
    text = (
        "The ferry left Osterby on Sunday.\n"
        "After two hours, an official said, the ferry turned back and the crew came ashore.\n"
    )
    assert not [q for q in quotes(text) if "ferry turned back" in q.text], quotes(text)


def test_guard_a_sentence_with_quotation_marks_is_left_to_the_direct_rules() -> None:
    text = (
        "Harbour master Pim Arkwell led the search on Sunday.\n"
        'After two hours, Arkwell said, the crew called it "a miracle" and came ashore.\n'
    )
    assert not [q for q in quotes(text) if q.kind == "indirect" and "crew" in q.text]


def test_a_clause_the_parse_hangs_from_says_after_the_comma_stays_in_the_words() -> None:
    text = (
        "Ada Velmont watched the storm from the quay.\n"
        "The first wave lasted just over a minute, Velmont says, and there have been three more"
        " since.\n"
    )
    found = quote(text, "first wave lasted", kind="indirect")
    assert found.speaker == "Ada Velmont"
    assert found.text.endswith("and there have been three more since")


def test_guard_a_teller_cutting_a_phrase_in_two_gives_nothing() -> None:
    text = (
        "Harbour master Pim Arkwell led the search on Sunday.\n"
        "The skipper was arrested on the quay after, Arkwell said, the nets were found in his"
        " shed.\n"
    )
    assert not [q for q in quotes(text) if "skipper was arrested" in q.text], quotes(text)


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    lemmas = ["say" if w == "said" else w.lower() for w in words]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_guard_a_teller_with_words_of_its_own_is_no_parenthesis() -> None:
    # a tree the parser may build: "said" beside the main verb, between commas, with a
    # complement of its own ("the crew was tired"): the teller's own words, not a bare "X said"
    words = [
        "After",
        "hours",
        ",",
        "Arkwell",
        "said",
        ",",
        "the",
        "crew",
        "was",
        "tired",
        ",",
        "the",
        "ferry",
        "turned",
        "back",
        ".",
    ]
    heads = [13, 0, 4, 4, 13, 4, 7, 8, 4, 8, 4, 12, 13, 13, 13, 13]
    deps = ["prep", "pobj", "punct", "nsubj", "parataxis", "punct", "det", "nsubj", "ccomp"]
    deps += ["acomp", "punct", "det", "nsubj", "ROOT", "advmod", "punct"]
    pos = ["ADP", "NOUN", "PUNCT", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "AUX", "ADJ"]
    pos += ["PUNCT", "DET", "NOUN", "VERB", "ADV", "PUNCT"]
    doc = _parsed(words, heads, deps, pos)
    assert doc[4].dep_ == "parataxis" and doc[13].dep_ == "ROOT"
    assert _parenthesis(doc[4]) is None
