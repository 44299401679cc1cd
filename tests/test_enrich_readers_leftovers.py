"""Wrong outputs earlier readers of real news listed and nobody fixed (issue 12, fixleft22).

Every text is invented; entity labels are set by hand over a real parse where the rule reads
actors, so each test pins the rule and not what the small English model happens to tag."""

from __future__ import annotations

from tests._enrich_docs import doc_with_ents as _doc
from tests._enrich_docs import enrich_outlets
from tests._enrich_docs import mention_at as _mention_at

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.models import Enrichment


def _enriched(text: str, outlet: str = "Kaldria Herald") -> Enrichment:
    return enrich_outlets([(outlet, text)])[1][1]


def _quotes(text: str, outlet: str = "Kaldria Herald") -> list[tuple[str, str | None, str]]:
    """(kind, speaker, words) of every quote the stage finds in the text."""
    return [(q.kind, q.speaker, q.text) for q in _enriched(text, outlet).quotes]


# --- actors: teams of a score line ------------------------------------------------------


def test_the_names_of_a_score_line_are_teams() -> None:
    doc = _doc(
        "Velmar United 2-1 Orsk City\n\nVelmar United beat Orsk City at home on Saturday.",
        ("Velmar United", "PERSON"),
        ("Orsk City", "PERSON"),
        ("Velmar United", "PERSON"),
        ("Orsk City", "PERSON"),
    )
    assert _mention_at(doc, "Velmar United", 1) == ("Velmar United", "ORG")
    assert _mention_at(doc, "Orsk City", 1) == ("Orsk City", "ORG")


def test_a_score_line_between_people_keeps_the_people() -> None:
    doc = _doc(
        "Ana Holm 6-4 Ida Berg\n\nAna Holm beat Ida Berg in the final on Saturday.",
        ("Ana Holm", "PERSON"),
        ("Ida Berg", "PERSON"),
        ("Ana Holm", "PERSON"),
        ("Ida Berg", "PERSON"),
    )
    assert _mention_at(doc, "Ida Berg", 1) == ("Ida Berg", "PERSON")


def test_a_score_inside_a_sentence_is_no_score_line() -> None:
    doc = _doc(
        "Velmar Brandt 2-1 Orsk City said on Saturday.",
        ("Velmar Brandt", "PERSON"),
        ("Orsk City", "GPE"),
    )
    assert _mention_at(doc, "Velmar Brandt") == ("Velmar Brandt", "PERSON")


# --- actors: a person's name tagged an organisation ------------------------------------


def test_a_first_name_and_surname_that_says_something_is_a_person() -> None:
    doc = _doc(
        "The new council will meet in January, Ivo Brandt said.",
        ("Ivo Brandt", "ORG"),
    )
    assert _mention_at(doc, "Ivo Brandt") == ("Ivo Brandt", "PERSON")


def test_an_organisation_that_says_something_stays() -> None:
    doc = _doc(
        "The new council will meet in January, Velmar Freight said.",
        ("Velmar Freight", "ORG"),
    )
    assert _mention_at(doc, "Velmar Freight") == ("Velmar Freight", "ORG")
    # "Jordan" is a first name of the list and a country
    doc = _doc(
        "The new cable will open in January, Jordan Telecom said.", ("Jordan Telecom", "ORG")
    )
    assert _mention_at(doc, "Jordan Telecom") == ("Jordan Telecom", "ORG")


# --- actors: the role before a name ----------------------------------------------------


def _roles(text: str) -> dict[str, str | None]:
    return {e.name: e.role for e in _enriched(text).entities if e.type == "PERSON"}


def test_a_small_word_before_a_title_is_no_part_of_the_role() -> None:
    roles = _roles(
        "The paper published a video of Mayor Per Ekdal on Monday. The strike would last a "
        "month, the union said."
    )
    assert roles == {"Per Ekdal": "Mayor"}


def test_a_title_of_two_words_keeps_both() -> None:
    roles = _roles(
        "The paper published a video of harbour master Per Ekdal on Monday. The strike would "
        "last a month, the union said."
    )
    assert roles == {"Per Ekdal": "harbour master"}


# --- actors: a surname tagged a place -----------------------------------------------------


def test_a_place_with_a_persons_appositive_is_a_person() -> None:
    doc = _doc(
        "The pastor would not say if the fire was aimed at Brevik, the failed vice "
        "presidential candidate. Brevik stopped by the church on Sunday.",
        ("Brevik", "GPE"),
        ("Brevik", "GPE"),
    )
    assert _mention_at(doc, "Brevik", 1) == ("Brevik", "PERSON")


def test_a_place_with_who_or_an_honorific_is_a_person() -> None:
    who = _doc("Brevik, who was also a candidate, apologised on Sunday.", ("Brevik", "GPE"))
    assert _mention_at(who, "Brevik") == ("Brevik", "PERSON")
    titled = _doc("Mrs Brevik visited the church on Saturday.", ("Brevik", "GPE"))
    assert _mention_at(titled, "Brevik") == ("Brevik", "PERSON")


def test_a_place_described_as_a_place_stays_a_place() -> None:
    which = _doc(
        "Brevik, which lies on the coast, is the home of the mayor. Brevik, the home of the "
        "mayor, voted on Sunday.",
        ("Brevik", "GPE"),
        ("Brevik", "GPE"),
    )
    assert _mention_at(which, "Brevik") == ("Brevik", "GPE")
    assert _mention_at(which, "Brevik", 1) == ("Brevik", "GPE")


# --- actors: a common noun of a title in capitals -------------------------------------


def test_a_noun_of_a_title_in_capitals_is_no_organisation() -> None:
    doc = _doc("Ida Weitz wrote ABOUT A BOY in 1998.", ("Ida Weitz", "PERSON"), ("BOY", "ORG"))
    assert _mention_at(doc, "BOY") is None


def test_a_noun_in_capitals_beside_small_words_in_lower_case_stays() -> None:
    doc = _doc("Workers of FLEET said the strike would go on.", ("FLEET", "ORG"))
    assert _mention_at(doc, "FLEET") == ("FLEET", "ORG")


# --- actors: a constable's rank ---------------------------------------------------------


def test_a_constables_rank_is_no_part_of_the_name() -> None:
    doc = _doc(
        "Orsa Police spokesperson Const Ana Reis said the driver was arrested.",
        ("Const Ana Reis", "PERSON"),
    )
    assert _mention_at(doc, "Ana Reis") == ("Ana Reis", "PERSON")


def test_a_first_name_that_starts_like_the_rank_stays() -> None:
    doc = _doc("Constance Reis said the driver was arrested.", ("Constance Reis", "PERSON"))
    assert _mention_at(doc, "Constance Reis") == ("Constance Reis", "PERSON")


# --- quotes: a column's title -----------------------------------------------------------


def test_a_columns_title_in_headline_case_is_no_quote() -> None:
    text = "Critics were quick to respond. Ivo Velt wrote in his column, 'Arden Deserves Better.'"
    assert _quotes(text) == []


def test_a_columnists_sentence_after_his_column_stays_his_quote() -> None:
    text = (
        "Critics were quick to respond. Ivo Velt wrote in his column, 'The council has failed "
        "the town again and again.'"
    )
    assert [(k, s) for k, s, _ in _quotes(text)] == [("direct", "Ivo Velt")]


# --- quotes: what a recording shows ---------------------------------------------------


def test_what_a_video_shows_is_not_the_reporters_words() -> None:
    found = _quotes(
        "Mayor Lena Holm spoke on Monday. The Orsk Times said a video of Holm showed her "
        "saying the harbour would close by June."
    )
    assert "Orsk Times" not in {s for _, s, _ in found}, found


def test_what_a_reporter_says_of_an_event_stays_its_words() -> None:
    found = _quotes(
        "Mayor Lena Holm spoke on Monday. The Orsk Times said a crowd of workers had blocked "
        "the harbour gate."
    )
    assert ("indirect", "Orsk Times") in {(k, s) for k, s, _ in found}, found


# --- quotes and claims: words two actors report together ------------------------------


def test_a_joint_statement_gives_its_words_to_neither_body_alone() -> None:
    found = _enriched(
        "The Velmar Fund and the Orsa Bank said in a joint statement that the loan would be "
        "paid in three parts."
    )
    # neither alone: since speak31 the words are kept with both bodies in ``speakers``
    assert [(q.speaker, q.speakers) for q in found.quotes if q.kind == "indirect"] == [
        (None, ("Velmar Fund", "Orsa Bank"))
    ]
    assert [c.claimant for c in found.claims] == ["Velmar Fund and Orsa Bank"]


def test_one_bodys_statement_keeps_its_speaker() -> None:
    found = _enriched(
        "The Orsa Bank said in a statement that the loan would be paid in three parts."
    )
    assert [(q.kind, q.speaker) for q in found.quotes] == [("indirect", "Orsa Bank")]
    assert [c.claimant for c in found.claims] == ["Orsa Bank"]


# --- relations and events: an invitation to a post ------------------------------------


def test_asking_someone_to_serve_as_chairman_is_a_demand_of_them() -> None:
    # rel34 (session 34): the gold codes asking a named person to take a post as the asker's
    # demand of them (relation_posts); it was no relation at all here (fixleft22).
    found = _enriched("Mayor Lena Holm asked Tomas Vark to serve as chairman of the committee.")
    assert [(r.type, r.source, r.target) for r in found.relations] == [
        ("DEMAND", "Lena Holm", "Tomas Vark")
    ]


def test_asking_a_state_to_withdraw_stays_a_demand() -> None:
    found = _enriched(
        "Kaldria asked Sorvenland to withdraw its troops. The talks will resume next week."
    )
    assert [(r.type, r.source) for r in found.relations] == [("DEMAND", "Kaldria")]


# --- a film's characters -------------------------------------------------------------

_SYNOPSIS = (
    "The film opens in Arden. Lena Holm plays Mara, a detective who arrests the mayor. In one "
    'scene, Mara threatens to kill the mayor\'s dog. "I will find you," Mara tells him.\n\n'
    "Critics praised the film on Sunday."
)


def test_a_characters_deeds_and_lines_are_no_events_or_quotes() -> None:
    found = _enriched(_SYNOPSIS)
    assert [r.type for r in found.relations] == []
    assert [q.speaker for q in found.quotes] == []
    assert "Mara" not in {e.name for e in found.entities}


def test_a_player_in_a_match_report_is_no_character() -> None:
    found = _enriched(
        'Ivo Dahl plays Per Ekdal in the final on Friday. "I will win this time," Per Ekdal '
        "said on Monday."
    )
    assert [q.speaker for q in found.quotes] == ["Per Ekdal"]


# --- claims: a day before "of" and the month --------------------------------------------


def _time_refs(text: str) -> list[str | None]:
    """The dates of the claims the real pipeline reads in ``text``."""
    doc = load_pipeline("en_core_web_sm")(text)
    return [c.time_ref for c in extract_claims(doc, build_actors(doc), [])]


def test_a_day_before_of_and_the_month_dates_the_figure() -> None:
    # NER tags "5th" an ordinal and "May" alone a date
    assert _time_refs("About 20,000 people marched in Arden on the 5th of May.") == ["5th of May"]


def test_a_month_alone_stays_the_month() -> None:
    assert _time_refs("About 20,000 people marched in Arden in early May.") == ["early May"]


def test_kicking_off_talks_is_no_blame() -> None:
    found = _enriched(
        "Velmar Studios did not kick off talks with Ivo Dahl until March. The studio said it "
        "hoped to close a deal soon."
    )
    assert [r.type for r in found.relations] == []


def test_a_kick_stays_an_assault() -> None:
    found = _enriched(
        "Ivo Dahl kicked Per Ekdal during the match on Sunday. The league said it would look "
        "into it."
    )
    assert [(r.type, r.source) for r in found.relations] == [("ASSAULT", "Ivo Dahl")]


def test_kicking_off_a_campaign_is_no_assault_event() -> None:
    found = _enriched(
        "Ivo Dahl kicked off his campaign in Arden on Monday. The party said it was a success."
    )
    assert [r.type for r in found.relations] == []


def test_a_lawmakers_party_and_state_stays_out_of_the_people() -> None:
    doc = _doc(
        "The late Sen. Hal Brevik, D-Orsa, who backed the plan, was remembered on Monday.",
        ("Hal Brevik", "PERSON"),
        ("D-Orsa", "GPE"),
    )
    assert _mention_at(doc, "D-Orsa") == ("D-Orsa", "GPE")


def test_what_a_reporter_says_of_a_recording_itself_stays_its_words() -> None:
    found = _quotes(
        "Mayor Lena Holm spoke on Monday. The Orsk Times said the video had been filmed in "
        "the harbour office."
    )
    assert ("indirect", "Orsk Times") in {(k, s) for k, s, _ in found}, found
