"""Claim dates and events read31 left (issue 12, claims32, session 32).

Invented sentences and names. Each rule test fails without its rule; each guard keeps what
the rule must not touch."""

from __future__ import annotations

from spacy.tokens import Doc

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claim_embedded import own_act_apart
from newsbeat.enrich.claim_found import FoundClaim
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes


def _found(text: str) -> list[FoundClaim]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    return extract_claims(doc, actors, extract_quotes(doc, actors))


def _one(text: str, value: float) -> FoundClaim:
    return next(c for c in _found(text) if c.low == value)


# A clause on a noun that is no subject of the verb above tells an act of its own.


def test_a_clause_on_an_object_is_not_dated_by_the_verb_above() -> None:
    text = "Police in Drevin on Monday arrested a man who stole 300 dollars from a Velmar bakery."
    assert _one(text, 300.0).time_ref is None


def test_a_clause_on_a_noun_in_a_phrase_is_not_dated_by_the_verb_above() -> None:
    text = "Officials in Velmar on Monday raised the toll of a quake that killed 300 people."
    assert _one(text, 300.0).time_ref is None


def test_the_date_on_the_noun_dates_its_clause() -> None:
    text = (
        "Police in Drevin on Tuesday arrested a man over a March 2011 robbery that cost the "
        "bank 40,000 dollars."
    )
    assert _one(text, 40000.0).time_ref == "March 2011"


def test_a_date_on_a_noun_above_the_clauses_noun_dates_it() -> None:
    text = "Velmar protested the abduction on May 5 of a Drevin ship that had 18 sailors on board."
    assert _one(text, 18.0).time_ref == "May 5"


def test_a_present_participle_keeps_the_main_verbs_date() -> None:
    text = (
        "Officials in Velmar on Monday named three societies representing some 20,000 scientists."
    )
    assert [c.time_ref for c in _found(text) if c.what == "scientists"] == ["Monday"]


def test_a_clause_on_the_subject_keeps_the_main_verbs_date() -> None:
    text = "A storm that killed 12 people struck the Velmar coast on Monday."
    assert _one(text, 12.0).time_ref == "Monday"


def test_a_clause_on_the_agent_keeps_the_main_verbs_date() -> None:
    text = (
        "In December 2003, the Velmar city of Drevin was razed by a quake that left more than "
        "31,000 people dead."
    )
    assert _one(text, 31000.0).time_ref == "December 2003"


def test_a_clause_in_the_subjects_phrase_keeps_the_main_verbs_date() -> None:
    text = (
        "Tremors from an earthquake registering 6.1 on the Richter scale were felt in Velmar today."
    )
    assert _one(text, 6.1).time_ref == "today"


def test_a_purpose_keeps_the_main_verbs_date() -> None:
    # the parse the tagger gives "signed over to the fund its property and assets to settle
    # a debt": the purpose hung on the object as a clause of its own
    words = [
        "Later",
        ",",
        "the",
        "mill",
        "signed",
        "over",
        "its",
        "assets",
        "to",
        "settle",
        "a",
        "debt",
        ".",
    ]
    heads = [4, 4, 3, 4, 4, 4, 7, 4, 9, 7, 11, 9, 4]
    deps = [
        "advmod",
        "punct",
        "det",
        "nsubj",
        "ROOT",
        "prt",
        "poss",
        "dobj",
        "aux",
        "acl",
        "det",
        "dobj",
        "punct",
    ]
    pos = [
        "ADV",
        "PUNCT",
        "DET",
        "NOUN",
        "VERB",
        "ADP",
        "PRON",
        "NOUN",
        "PART",
        "VERB",
        "DET",
        "NOUN",
        "PUNCT",
    ]
    vocab = load_pipeline("en_core_web_sm").vocab
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert not own_act_apart(doc[9], doc[0])


def test_a_when_clause_keeps_the_main_verbs_date() -> None:
    text = (
        "Tobias Wrenfield started to look stronger on Sunday against the Velmar Rams, when he "
        "had 70 yards rushing on 9 carries."
    )
    assert _one(text, 70.0).time_ref == "Sunday"


# A sentence opening on a pronoun that tells its time anew keeps no date of the one before.


def test_a_pronoun_that_tells_takes_no_date_from_the_sentence_before() -> None:
    text = (
        "Velmar union leaders met the studios before talks collapsed on June 30.\n"
        "They stress, however, that it remains uncertain whether the union can muster the "
        "support it needs -- 75 percent of those voting -- to pass its authorization."
    )
    assert _one(text, 75.0).time_ref is None


def test_a_verb_standing_for_the_act_before_takes_no_date_from_it() -> None:
    text = (
        "Velmar Pictures took 40 million dollars at the box office on the opening weekend. "
        "It has done so in under two weeks of release."
    )
    assert [c.time_ref for c in _found(text) if c.what == "weeks"] == [None]


def test_a_verb_in_the_present_takes_no_date_from_the_sentence_before() -> None:
    text = (
        "Since the start of this year, Drevin pirates have seized 40 ships. "
        "They still hold at least 14 foreign vessels."
    )
    assert _one(text, 14.0).time_ref is None


def test_a_count_the_pronoun_reports_still_takes_the_date_before() -> None:
    text = "Talks in Velmar collapsed on June 30.\nThey reported 75 new cases."
    assert _one(text, 75.0).time_ref == "June 30"


def test_an_act_of_the_pronoun_still_takes_the_date_before() -> None:
    text = (
        "Since the start of this year, Drevin pirates have attacked 40 ships. "
        "They hijacked 14 foreign vessels."
    )
    assert _one(text, 14.0).time_ref == "the start of this year"


# The dead found are no seizure.


def test_bodies_found_are_no_seizure() -> None:
    text = (
        "Tobias Wrenfield, 35, will face murder charges after police found the bodies of two "
        "women inside a Velmar apartment."
    )
    assert _one(text, 2.0).event is None
    assert _one("Rescuers found 12 bodies in the Drevin mine.", 12.0).event is None


def test_a_figure_recover_does_not_govern_is_not_seized() -> None:
    text = (
        "The champion Tobias Wrenfield, 58 - 3 with 51 knockouts, floored Anders Velt with a big "
        "right hand near the end of the fifth round at the Velmar Arena, and the 40 - year - old "
        "Drevin boxer never recovered."
    )
    assert _one(text, 51.0).event == "record"  # the record's knockouts (claims37), never seized


def test_what_recover_governs_is_still_seized() -> None:
    text = "The Velmar navy recovered seven rifles and three speedboats."
    assert [c.event for c in _found(text)] == ["seize", "seize"]


def test_things_found_are_still_seized() -> None:
    text = "Officers found a shotgun and three live shells in the Velmar car."
    assert _one(text, 3.0).event == "seize"


# A count of the other side of an encounter is not the main verb's.


def test_the_other_side_of_an_encounter_is_not_the_main_verbs() -> None:
    text = (
        "According to the charge sheet, Officer Tobias Wrenfield killed Anders Velt on Sunday "
        "during a clash with around 30 youths in the Drevin district."
    )
    youths = next(c for c in _found(text) if c.what == "youths")
    assert (youths.event, youths.subject, youths.recipient) == (None, None, None)


def test_a_verbs_own_object_beside_an_encounter_keeps_its_event() -> None:
    text = "Velmar troops killed four rebels during a battle with 200 fighters near Drevin."
    assert _one(text, 4.0).event == "kill"
    assert _one("Velmar troops clashed with 200 fighters near Drevin.", 200.0).event == "clash"
