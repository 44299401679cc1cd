"""Speakers of session 15's branch speakpol3 (issue 12, part 4): the last-person fallback and
the previous-speaker fallback on features, where one person is the article's subject for
paragraphs. Invented articles; each rule case fails without its change, the near misses and
guards pass on both."""

from __future__ import annotations

from tests._quotes import quote as _quote

# -- the article's leading person is "she" however far back she was named ---------------------

_FEATURE = (
    "Lena Holm has run the ferry company for twenty years. Holm took it over from her father "
    "when it had two boats. Under Holm the fleet grew to eleven. "
)
_BETWEEN = (
    "The harbour board met on Tuesday. Its chairman, Tom Vell, read out the figures. "
    "Ticket sales rose by a fifth last summer. The winter timetable starts in October. "
    "Two new boats are due from the yard in Gdansk. "
)
_WORDS = '"We never planned for this many passengers," she said.\n'


def test_the_articles_leading_person_is_she_however_far_back() -> None:
    assert _quote(_FEATURE + _BETWEEN + _WORDS, "never planned").speaker == "Lena Holm"


def test_a_person_named_once_that_far_back_is_still_nobody() -> None:
    text = "Lena Holm runs the ferry company. " + _BETWEEN + _WORDS
    found = _quote(text, "never planned")
    assert found.speaker is None
    assert found.speaker_start is not None  # "she" kept as the source's span


def test_another_woman_named_last_that_far_back_is_still_nobody() -> None:
    # the leading person is not the last woman named: nobody, not Holm, not Stam
    deputy = "Its new deputy director is Vera Stam, who joined in spring. "
    text = _FEATURE + deputy + _BETWEEN + _WORDS
    assert _quote(text, "never planned").speaker is None


# -- the previous speaker and a first name given to both sexes --------------------------------

_QUOTED = (
    "The town's market reopened on Saturday. "
    '"We waited two years for this," Bernie Tolland said. '
    "The hall was rebuilt after the flood of 2019. The roof alone cost a million. "
    "Stalls were taken within a week. Rents rose by a tenth. "
)


def test_she_after_a_speaker_whose_first_name_is_given_to_both_sexes_is_nobody() -> None:
    text = _QUOTED + '"It feels like the old days again," she said.\n'
    found = _quote(text, "feels like the old days")
    assert found.speaker is None
    assert found.speaker_start is not None


def test_a_sex_the_article_states_lets_the_previous_speaker_go_on() -> None:
    text = (
        _QUOTED.replace(
            '"We waited two years for this," Bernie Tolland said. ',
            'Bernie Tolland said he had waited two years. "We waited," Tolland said. ',
        )
        + '"It feels like the old days again," he said.\n'
    )
    assert _quote(text, "feels like the old days").speaker == "Bernie Tolland"


def test_a_first_name_given_to_one_sex_still_lets_the_previous_speaker_go_on() -> None:
    text = _QUOTED.replace("Bernie Tolland", "Robert Tolland")
    text += '"It feels like the old days again," he said.\n'
    assert _quote(text, "feels like the old days").speaker == "Robert Tolland"
