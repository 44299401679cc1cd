"""A speaker glued to the outlet's byline before it (``enrich/quote_bylines.py``, read31 Q-d)
and a quote after a line opening with a name and a participle of saying
(``enrich/quote_participles.py``, read31 Q-c). Every sentence is invented, every name
fictional; each rule case fails without its rule, each guard case with its guard taken out."""

from __future__ import annotations

from tests._quotes import quote


def test_the_outlet_before_the_dash_is_no_part_of_the_speaker() -> None:
    text = (
        "Portwire - Kelvar today said that thieves are exploiting a flaw in its routers.\n"
        "Kelvar is working on a fix, and Kelvar will ship it within days.\n"
    )
    assert quote(text, "thieves are exploiting", kind="indirect").speaker == "Kelvar"


def test_guard_a_hyphenated_name_whose_last_part_is_no_actor_is_kept_whole() -> None:
    text = (
        "Orsa - Lindqvist said that the routers would be replaced by May.\n"
        "The board thanked Orsa - Lindqvist for her work.\n"
    )
    found = quote(text, "routers would be replaced", kind="indirect")
    assert found.speaker == "Orsa - Lindqvist"


def test_a_name_opening_a_line_with_telling_speaks_the_quote() -> None:
    text = (
        "Prosecutor Mara Velde began her opening statement on Monday.\n"
        'Velde telling the jury, "The defendant rode away and hid the knife in a drain."\n'
    )
    assert quote(text, "hid the knife").speaker == "Mara Velde"


def test_a_participle_after_a_common_noun_names_nobody() -> None:
    text = (
        "The ferry sank near Osterby on Monday.\n"
        'Witnesses telling reporters, "The crossing was rough and the lights went out."\n'
    )
    assert quote(text, "lights went out").speaker is None
