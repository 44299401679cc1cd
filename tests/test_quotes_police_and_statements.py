"""Police named by a common noun, statements from a body, another teller between two quotes,
a statement whose marks were paired wrongly, and a report of telling that tells nothing
(read36 class 6, spk37). Every sentence is invented, every name fictional; each rule case
fails without its rule, each guard case with its guard out (or documents behaviour kept)."""

from __future__ import annotations

from tests._quotes import missed_name_quotes, quote, quotes

_FIRE = "A fire destroyed the Harbin Foods store in Tollby on Friday night.\n"


def test_a_statement_from_police_named_by_a_common_noun_is_theirs() -> None:
    text = (
        _FIRE + "A statement from Tollby police said the blaze was being treated as "
        '"potentially suspicious".\n'
    )
    assert quote(text, "potentially suspicious").speaker == "Tollby police"
    assert quote(text, "the blaze", kind="indirect").speaker == "Tollby police"


def test_a_police_spokeswoman_speaks_for_the_police() -> None:
    text = _FIRE + 'A police spokeswoman said: "The fire spread very quickly."\n'
    assert quote(text, "spread very quickly").speaker == "police"


def test_she_added_after_the_police_spokeswoman_is_the_police() -> None:
    text = (
        _FIRE
        + "A police spokeswoman said other shops suffered smoke damage.\n"
        + "Roads were closed, but the spokeswoman said they had all reopened by Saturday.\n"
        + 'She added: "We would like to thank the community for its patience today."\n'
    )
    assert quote(text, "thank the community").speaker == "police"


def test_guard_a_police_body_named_before_is_the_one() -> None:
    text = (
        "The Tollby Police Department opened an inquiry on Friday.\n"
        'A police spokeswoman said: "The fire spread very quickly."\n'
    )
    assert quote(text, "spread very quickly").speaker == "Tollby Police Department"


def test_guard_other_bodies_named_by_a_common_noun_stay_unnamed() -> None:
    text = _FIRE + 'A navy spokesman said: "The fire spread very quickly."\n'
    assert quote(text, "spread very quickly").speaker is None


def test_a_statement_from_a_company_the_tagger_missed_is_the_company_s() -> None:
    text = (
        "A fire destroyed a supermarket in Tollby on Friday night.\n"
        'A statement from Harbinco said: "We regret any inconvenience to our customers."\n'
    )
    found = missed_name_quotes(text, "Harbinco", 1)
    assert [q.speaker for q in found if "inconvenience" in q.text] == ["Harbinco"]


def test_a_body_telling_between_two_quotes_ends_the_run() -> None:
    text = (
        _FIRE
        + 'Mayor Lena Varga said: "This is a sad day for the town."\n'
        + "Harbin Foods said the store would be rebuilt within a year.\n"
        + "Residents gathered outside the ruins on Saturday.\n"
        + '"We will help every family that lost a home."\n'
    )
    assert quote(text, "help every family").speaker is None


def test_guard_the_same_speaker_telling_between_keeps_the_run() -> None:
    text = (
        _FIRE
        + 'Mayor Lena Varga said: "This is a sad day for the town."\n'
        + "She said the store would be rebuilt within a year.\n"
        + "Residents gathered outside the ruins on Saturday.\n"
        + '"We will help every family that lost a home."\n'
    )
    assert quote(text, "help every family").speaker == "Lena Varga"


def test_a_statement_whose_marks_were_paired_wrongly_goes_on() -> None:
    # one sentence a line, the marks set apart as a tokeniser sets them
    text = (
        _FIRE
        + "A police spokeswoman said other shops suffered smoke damage.\n"
        + 'She added: " We would like to thank the community for its patience today.\n'
        + '"Tollby Police would like to thank the firefighters too."\n'
        + 'A statement from Harbin Foods said: " The damage to the building is extensive.\n'
        + "No-one has been injured.\n"
        + '" The store will be rebuilt once the damage has been assessed.\n'
        + '"We regret any inconvenience caused to residents and traders."\n'
    )
    assert quote(text, "thank the community").speaker == "police"
    assert quote(text, "will be rebuilt").speaker == "Harbin Foods"


def test_a_report_of_telling_that_tells_nothing_is_no_quote() -> None:
    text = (
        "Coach Bram Teller gave his players a talk on Tuesday. "
        '"You have beaten some really good teams this year," he said he said he told them.\n'
    )
    assert not [q for q in quotes(text) if q.kind == "indirect"]


def test_guard_a_report_of_what_was_told_stays() -> None:
    text = "Coach Bram Teller said he told them the plan would change.\n"
    assert quote(text, "the plan would change", kind="indirect").speaker == "Bram Teller"


def test_the_clause_after_the_verb_is_what_it_reports() -> None:
    text = (
        "There were unconfirmed reports the store was looted; Mayor Lena Varga said only that "
        "the cash registers were not robbed.\n"
    )
    found = [q for q in quotes(text) if q.kind == "indirect"]
    assert [(q.speaker, q.text) for q in found] == [
        ("Lena Varga", "the cash registers were not robbed")
    ]


def test_guard_a_clause_before_the_verb_alone_is_still_reported() -> None:
    text = "The bank was damaged in the blast, Mayor Lena Varga said on Sunday.\n"
    assert quote(text, "bank was damaged", kind="indirect").speaker == "Lena Varga"


def test_a_common_plural_opening_the_sentence_names_nobody() -> None:
    # read37: the tagger left "Associates" no entity, and the word was printed as a speaker
    text = (
        "The archives released letters urging the board to appoint Ivo Brask as director.\n"
        'Associates described his "outstanding loyalty."\n'
    )
    found = missed_name_quotes(text, "Associates", 1)
    assert [q.speaker for q in found if "loyalty" in q.text] == [None]


def test_guard_a_surname_ending_in_s_opening_the_sentence_stays_a_name() -> None:
    text = (
        "The council met on Monday to discuss the bridge.\n"
        'Williams described the plan as "a disaster for the town."\n'
    )
    found = missed_name_quotes(text, "Williams", 1)
    assert [q.speaker for q in found if "disaster" in q.text] == ["Williams"]


def test_words_of_reports_a_body_released_are_the_body_s() -> None:
    # read37: "X released two reports that depicted "…"" printed with no speaker
    text = (
        "Last week the Tarsk Audit Office released two highly critical reports that depicted "
        '"technical challenges, cost increases and schedule delays".\n'
    )
    assert quote(text, "technical challenges").speaker == "Tarsk Audit Office"


def test_guard_a_plan_a_body_adopted_is_not_its_words() -> None:
    text = (
        "Mayor Lena Varga said the town would recover. The council adopted a plan that "
        'promised "a new start for everyone in the valley."\n'
    )
    assert quote(text, "a new start").speaker is None


def test_words_a_story_establishes_are_not_the_one_who_steered_it() -> None:
    # read37: the paper's words printed as the source's
    text = (
        "Within weeks, Ivo Brask steered the Tarsk Courier to a story establishing that the "
        'break-in was part of "a massive campaign of political spying and sabotage" directed '
        "by the palace.\n"
    )
    assert quote(text, "massive campaign").speaker is None


def test_guard_a_story_judged_by_someone_is_theirs() -> None:
    text = (
        "The Tarsk Courier printed the account on Monday.\n"
        'Mayor Lena Varga called the story "a massive campaign of lies."\n'
    )
    assert quote(text, "massive campaign").speaker == "Lena Varga"


def test_guard_a_plural_looking_surname_written_inside_a_sentence_stays_a_name() -> None:
    text = (
        "The prisoner escaped on Monday, a spokesman said.\n"
        'Lyons said the man used a wheelchair and "claimed it was necessary for his mobility."\n'
        "Described as six feet tall, Lyons warned that the man knows the area well.\n"
    )
    found = missed_name_quotes(text, "Lyons", 1)
    assert [q.speaker for q in found if "mobility" in q.text] == ["Lyons"]
