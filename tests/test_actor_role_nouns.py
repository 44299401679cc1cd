"""The role nouns the two person-typing rules read, said once (review36): each rule's reach
is the list it had before the words were shared."""

from __future__ import annotations

import re

from newsbeat.enrich import actor_people_cues, actor_person_cues
from newsbeat.enrich.actor_role_nouns import (
    PEOPLE_ROLE_NOUNS,
    PERSON_ROLE_NOUNS,
    SHARED_ROLE_NOUNS,
    role_alternation,
)


def test_the_shared_words_are_both_lists_common_words() -> None:
    assert PEOPLE_ROLE_NOUNS & PERSON_ROLE_NOUNS == SHARED_ROLE_NOUNS
    assert {"son", "coach", "spokeswoman"} <= SHARED_ROLE_NOUNS


def test_each_rule_reads_its_own_list_and_no_more() -> None:
    wide = re.compile(actor_people_cues._ROLE)
    narrow = re.compile(actor_person_cues._ROLE_NOUN)
    for word in PEOPLE_ROLE_NOUNS | PERSON_ROLE_NOUNS | {"persons", "neighbouur", "sonny"}:
        assert bool(wide.fullmatch(word)) == (word in PEOPLE_ROLE_NOUNS), word
        assert bool(narrow.fullmatch(word)) == (word in PERSON_ROLE_NOUNS), word
    # the wide list's jobs and friends are not the narrow one's, nor its lawmakers the wide one's
    assert not narrow.fullmatch("student") and not narrow.fullmatch("friend")
    assert not wide.fullmatch("lawmaker") and not wide.fullmatch("captain")


def test_an_alternation_puts_the_longer_word_first() -> None:
    assert role_alternation({"actor", "actress", "son"}) == "(?:actress|actor|son)"
    assert re.match(role_alternation({"actor", "actress"}), "actress").group() == "actress"
