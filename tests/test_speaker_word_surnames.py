"""A surname that is also an English word, read as one by the parse ("Early says …"), is
the subject a later "he says" goes on with (``speaker_word_surnames``). Every sentence is
invented."""

from __future__ import annotations

from tests._quotes import quote

_EARLY = (
    '"We can reach far more people this way," says Jon Early, the studio\'s partnerships chief.\n\n'
)
_REEL = (
    '"The service is ready for players and the network is ready for them," says Tomas Reel, '
    "head of games at Velmar.\n\n"
)
_LATER = (
    "While the first catalogue is light on new titles (only three were announced), "
    "Early says there is a chance that later games could be made for the service. "
    '"Our aim is to make the best game we can," he says.\n'
)


def test_a_surname_read_as_an_adverb_is_the_subject_he_goes_on_with() -> None:
    # The parse makes "Early" an adverb of "says": the sentence had no subject, and "he"
    # fell on Reel, the man last named.
    text = _EARLY + _REEL + _LATER
    assert quote(text, "Our aim is").speaker == "Jon Early"


def test_two_bearers_of_the_surname_give_it_to_neither() -> None:
    # Guard: two men named Early before: which one speaks the sentence does not say.
    text = _EARLY + "His brother, Peter Early, runs a rival studio in Kessel.\n\n" + _REEL + _LATER
    assert quote(text, "Our aim is").speaker not in {"Jon Early", "Peter Early"}
