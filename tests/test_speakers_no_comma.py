"""A quote closed with no comma before its attribution
(``quote_after_mark._phrase_after_quote``). Every sentence is invented."""

from __future__ import annotations

from tests._quotes import quote


def test_a_phrase_opening_with_a_determiner_after_the_mark_is_the_speaker() -> None:
    # No comma before the closing mark: the parser hangs "the … editor" on the quote's last
    # noun and the verb has no subject of its own.
    text = (
        "Mayor Ilse Brand of Kessel spoke at the pier on Monday. She said the Gazette was "
        "wrong about her plans.\n\n"
        '"Brand called me at home last night to complain about the story we ran on her '
        "campaign\" the Gazette's managing editor Tom Viik said.\n"
    )
    assert quote(text, "called me at home").speaker == "Tom Viik"
