"""A he/she whose subject before is a gendered role noun ("the actress") goes to the one person
the text called so (``enrich/speakers._unnamed_referent`` with ``speaker_roles.role_holder``;
quotes33, read on the extraction benchmark's real pages). Every sentence is invented, every
name fictional; the rule case fails without the rule, the guard case with its guard taken
out."""

from __future__ import annotations

from tests._quotes import quote

_AFTER = (
    "\n\nDespite the lack of roles for women in their fifties, the actress was not looking for"
    " a new career. “I had been somebody who really liked music,” she said."
)


def test_she_after_the_actress_is_the_actress_named_before() -> None:
    text = (
        "Actress Mara Quill went into hospital for a routine operation in 2017.\n\nShe woke up"
        " with songs in her head, her son Teo Quill said. “It was definitely a change,” he said."
        + _AFTER
    )
    assert quote(text, "really liked music").speaker == "Mara Quill"


def test_guard_two_actresses_named_before_leave_she_to_nobody() -> None:
    text = (
        "Actress Mara Quill went into hospital for a routine operation in 2017.\n\n"
        "Actress Lena Farrow visited her there every week." + _AFTER
    )
    assert quote(text, "really liked music").speaker is None
