"""Researchers, analysts and experts of a named body speak for it
(``enrich/speaker_tokens._SPEAKS_FOR``, read35 class 3, spk36). Every sentence is invented,
every name fictional; the rule case fails without the rule."""

from __future__ import annotations

from tests._quotes import quote


def test_researchers_named_by_their_company_speak_for_it() -> None:
    text = "Kestrel Systems Inc. researchers said the exploit hides inside a spreadsheet.\n"
    assert quote(text, "hides inside", kind="indirect").speaker == "Kestrel Systems Inc"
    text = (
        "Velmar Institute of Technology researchers reported that the exploit hides inside a "
        "spreadsheet.\n"
    )
    assert quote(text, "hides inside", kind="indirect").speaker == (
        "Velmar Institute of Technology"
    )


def test_guard_researchers_of_a_field_name_nobody() -> None:
    text = "Security researchers said the exploit hides inside a spreadsheet.\n"
    assert quote(text, "hides inside", kind="indirect").speaker is None
