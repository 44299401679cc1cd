"""An "it" that goes on after "A statement from X said …" is X
(``enrich/speaker_documents.py``, quotes33: read on ECB+ train). Every sentence is invented,
every name fictional; the rule case fails without the rule, the guard case keeps nobody."""

from __future__ import annotations

from tests._quotes import quote

_QUOTE = (
    '"We have made available a fund for local residents and staff affected, and regret any'
    ' inconvenience caused," it added.'
)


def test_it_after_a_statement_from_a_named_body_is_that_body() -> None:
    text = (
        "A fire destroyed the Harrow Lane store of grocer Velmart on Saturday.\n"
        "A statement from Velmart said damage to the building had been extensive but the"
        " store would be rebuilt.\n" + _QUOTE
    )
    assert quote(text, "made available a fund").speaker == "Velmart"


def test_guard_it_after_a_statement_from_nobody_named_is_nobody() -> None:
    text = (
        "A fire destroyed the Harrow Lane store of grocer Velmart on Saturday.\n"
        "A statement said damage to the building had been extensive but the store would be"
        " rebuilt.\n" + _QUOTE
    )
    assert quote(text, "made available a fund").speaker is None
