"""Speakers of session 14's branch speakfall (issue 12, part 4): a he/she that resolved to
nobody takes the previous speaker only when nobody else the pronoun may mean was named
since; a photo's credit and caption are no sentences for he/she. Invented
articles; each rule case fails on main, the near misses and guards pass on both."""

from __future__ import annotations

from tests._quotes import quote as _quote

# -- the previous-speaker fallback -------------------------------------------------------------

_RUN = (
    "Tom Vell spoke at the harbour on Monday. "
    '"The works start in May," Vell said. '
    '"The quay is first. The boats go second. The market goes last." '
)


def test_the_previous_speaker_continues_right_after_his_run_of_quotes() -> None:
    text = _RUN + '"We owe the fishermen an answer," he said.\n'
    assert _quote(text, "owe the fishermen").speaker == "Tom Vell"


def test_the_previous_speaker_is_no_guess_after_another_man_is_named() -> None:
    text = (
        _RUN
        + 'Aldo Perk\'s boats have waited since March. "We owe the fishermen an answer," he said.\n'
    )
    assert _quote(text, "owe the fishermen").speaker is None


def test_the_previous_speaker_goes_on_however_far_back_his_quote_is() -> None:
    # distance alone does not decide (read: right four to eight sentences back)
    text = (
        _RUN + "The works were planned six years ago. The council approved the money last year. "
        "Costs rose by a third over the winter. Ten boats still wait outside the port. "
        '"We owe the fishermen an answer," he said.\n'
    )
    assert _quote(text, "owe the fishermen").speaker == "Tom Vell"


# -- a photo's credit and caption ----------------------------------------------------------------

_STORY = (
    "Tom Vell said on Monday that the harbour would reopen in May. "
    '"The quay is first," he said.\n\n'
)
_CAPTION = (
    "Harbour officer Aldo Perk holds up the old lock of the quay during the works in 2019.\n\n"
    '"Nothing closes for long," he said.\n'
)


def test_a_caption_after_a_credit_line_is_no_sentence_for_he() -> None:
    text = _STORY + "POOL/Kessa Press.\n\n" + _CAPTION
    assert _quote(text, "Nothing closes for long").speaker == "Tom Vell"


def test_the_same_line_without_a_credit_is_a_sentence_of_the_story() -> None:
    text = _STORY + _CAPTION
    assert _quote(text, "Nothing closes for long").speaker == "Aldo Perk"


# -- a speaker is never a place -----------------------------------------------------------------

_SCHOOL = (
    "Eight children died at Molly Creek Elementary School in 2019. "
    'Lena Holm, the mayor, has worked on guns ever since. "We did not do enough," Holm said.\n\n'
)


def test_a_place_the_parse_took_for_a_person_is_no_speaker() -> None:
    text = (
        _SCHOOL + "In that sense, Molly Creek was not just a tragedy but a summons. "
        '"It changed what I do every day," she added.\n'
    )
    assert _quote(text, "changed what I do").speaker is None


def test_a_name_coordinated_with_a_place_is_no_speaker() -> None:
    text = (
        'Lena Holm spoke in Orlando or Molly Creek, nobody recalls. "We did not do enough," '
        'Holm said.\n\nMolly Creek said: "It changed what I do every day."\n'
    )
    assert _quote(text, "changed what I do").speaker is None


def test_a_person_whose_foundation_bears_her_name_still_speaks() -> None:
    text = (
        "The Molly Creek Foundation gave the school new books in 2019. "
        'Molly Creek, the principal, spoke after the vote. "It changed what I do every day," '
        "she added.\n"
    )
    assert _quote(text, "changed what I do").speaker == "Molly Creek"
