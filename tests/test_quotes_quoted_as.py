"""Reported words relayed by "quoted X as saying" (``enrich/quote_quoted_as.py``, read31 M-e).
Every sentence is invented, every name fictional; each rule case fails without its rule, each
guard case with its guard taken out."""

from __future__ import annotations

from tests._quotes import quote, quotes


def test_active_quoted_as_saying_gives_the_person_quoted_with_the_outlet_as_medium() -> None:
    text = "The Velmar Courier quoted Mayor Ada Holm as saying the bridge would reopen in May.\n"
    found = quote(text, "bridge would reopen", kind="indirect")
    assert (found.speaker, found.via) == ("Ada Holm", "Velmar Courier")


def test_passive_quoted_by_as_saying_gives_the_subject() -> None:
    text = (
        "Harbour master Pim Arkwell was quoted by the Velmar Courier as saying that the ferries"
        " had resumed on Sunday.\n"
    )
    found = quote(text, "ferries had resumed", kind="indirect")
    assert (found.speaker, found.via) == ("Pim Arkwell", "Velmar Courier")


def test_guard_a_pronoun_quoted_gives_nothing() -> None:
    text = (
        "Ada Holm met the harbour board on Monday.\n"
        "The Velmar Courier quoted her as saying the bridge would reopen in May.\n"
    )
    assert not [q for q in quotes(text) if "bridge would reopen" in q.text], quotes(text)


def test_guard_words_the_parse_ends_before_the_sentence_are_no_quote() -> None:
    # the parse hangs "moved" from "quoted": the words it gives "saying" stop mid-sentence
    text = (
        "Pim Arkwell, the mayor of Osterby, was quoted by state - run radio as saying pumps were"
        " brought to the flooded streets and farmers in the valley moved their herds uphill.\n"
    )
    for q in quotes(text):
        assert "uphill" in q.text or "farmers in the valley" not in q.text, q
