"""The actor rules search a cheap gate before a costly pattern and skip the pattern when the
gate finds nothing: each gate must hold in every match of its pattern, or a name would be lost
(the analysis's output must not change). Checked on invented sentences that match each pattern
and on generated texts built from the pieces the patterns look for."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbeat.enrich.actor_context import _NICKNAME, _NICKNAME_GATE
from newsbeat.enrich.actor_groups import _GROUP, _GROUP_GATE
from newsbeat.enrich.actor_merge import _NAVAL_SHIP, _PREFIXED_SHIP, _SHIP_PREFIX
from newsbeat.enrich.actor_nicknames import _NICKNAMED, _NICKNAMED_GATE
from newsbeat.enrich.actor_outlets import (
    _OUTLET_AFTER_NAME,
    _OUTLET_BEFORE_NOUN,
    _TOLD_BY,
    _TOLD_GATE,
)

_NAVY = re.compile("Nav")  # the naval ship's gate is a substring test
# the outlet's gate is a word test (holds_any of its words); this is the pattern it stands for
_OUTLET_AFTER_GATE = re.compile(_OUTLET_AFTER_NAME)

_PAIRS = [
    (_GROUP, _GROUP_GATE),
    (_PREFIXED_SHIP, _SHIP_PREFIX),
    (_NAVAL_SHIP, _NAVY),
    (_NICKNAME, _NICKNAME_GATE),
    (_NICKNAMED, _NICKNAMED_GATE),
    (_OUTLET_BEFORE_NOUN, _OUTLET_AFTER_GATE),
    (_TOLD_BY, _TOLD_GATE),
]

_MATCHING = [
    (_GROUP, "Talks resumed between the mayors of  the two northern towns on Friday."),
    (_GROUP, "Senior officials from\nsix coastal nations met."),
    (_PREFIXED_SHIP, "The crew of MV Orla Bay were rescued."),
    (_PREFIXED_SHIP, "HMS. Vantor sailed at dawn."),
    (_NAVAL_SHIP, "The Kaldrian Navy ship Orsa docked."),
    (_NICKNAME, "Teodor (Teddy) Varga said so."),
    (_NICKNAMED, "Mikael (Micke) Ostrand-Berg won."),
    (_OUTLET_BEFORE_NOUN, "He told the respected Kestrel Post newspaper on Monday."),
    (_TOLD_BY, "She told Orsk by e-mail that it was over."),
]


@pytest.mark.parametrize(("pattern", "text"), _MATCHING)
def test_gate_holds_in_an_invented_match(pattern: re.Pattern[str], text: str) -> None:
    gate = dict(_PAIRS)[pattern]
    assert pattern.search(text) is not None  # the sentence is a real case of the pattern
    assert gate.search(text) is not None


def test_gates_skip_a_text_without_the_shape() -> None:
    text = "The council met on Monday and the talks went on; nobody was told anything new."
    assert all(gate.search(text) is None for _, gate in _PAIRS)


_PIECES = [
    *("the", "a", "an", "of", "from", "members", "officials", "mayors", "unions", "nations"),
    *("towns", "councils", "two", "Orsk", "MV", "HMS", "SS", "MSNBC", "Navy", "Naval", "ship"),
    *("Ship", "Indian", "(Teddy)", "(", ")", "Teodor", "Varga", "Berg-Ost", "told", "by"),
    *("e-mail", "interview", "newspaper", "daily", "news site", "Kestrel", "Post", "respected"),
]
_GLUE = [" ", "  ", "\n", ", ", "", ".", "\t", "-"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GLUE)), min_size=1, max_size=14)
)
def test_no_match_without_its_gate(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + glue for word, glue in parts)
    for pattern, gate in _PAIRS:
        if pattern.search(text) is not None:
            assert gate.search(text) is not None, (pattern.pattern, text)
