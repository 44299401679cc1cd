"""Entity types after read29's ECB+ dev read (issue 12, branch ents29): awards, ceremonies and
storms are no actors; a name inside a quoted title of a work is no actor there; mountains,
huts and a town's police are places; a guild, a club or "the Velmar" (a paper) are
organisations; a state code written "N. Y." after a town is a place. Invented articles, with
the guard cases that must stay."""

from __future__ import annotations

from spacy.tokens import Doc
from tests._enrich_docs import label_at

from newsbeat.enrich.actor_awards import award_words, storm_spans
from newsbeat.enrich.actor_work_titles import quoted_titles
from newsbeat.enrich.nlp import load_pipeline


def _parse(text: str) -> Doc:
    return load_pipeline("en_core_web_sm")(text)


# -- 1. awards and their ceremonies ------------------------------------------------------------


def test_an_award_with_a_persons_name_and_its_ceremony_are_no_actors() -> None:
    text = (
        "Tomas Brell, the actor, will host the Velmars next year, the academy said on Friday.\n"
        "Brell has never been nominated for a Velmar but has won praise for his stage work.\n"
        "The Velmars drew 30 million viewers last year.\n"
    )
    doc = _parse(text)
    assert label_at(doc, "Velmars") is None
    assert label_at(doc, "Velmar", 1) is None
    assert label_at(doc, "Tomas Brell") == "PERSON"


def test_award_words_need_the_texts_own_cue() -> None:
    assert award_words("She won a Tony Award and an Emmy-winning role.") == {"Tony", "Emmy"}
    assert award_words("He was nominated for an Oscar but lost.") == {"Oscar"}
    assert award_words("the 81st Oscar ceremony") == {"Oscar"}
    # a seat, a state, a nominee and a rite are no awards
    assert award_words("Holm won a Senate seat; she won Ohio.") == frozenset()
    assert award_words("the Holm nominee spoke at a Shinto ceremony.") == frozenset()


def test_a_child_named_like_the_award_stays_a_person() -> None:
    text = (
        "Ana Brell, who was nominated for a Velmar in 2001, lives in Orsk with her son "
        "Velmar, 8, and her husband.\n"
    )
    doc = _parse(text)
    assert label_at(doc, "Velmar", 1) is not None  # kept, whatever NER typed it


# -- 2. storms ------------------------------------------------------------------------------------


def test_a_storms_name_is_no_person() -> None:
    text = "The town of Orsk was hit by both Hurricanes Kira and Tomas in the same year.\n"
    doc = _parse(text)
    assert label_at(doc, "Tomas") is None
    assert label_at(doc, "Hurricanes Kira") is None
    assert label_at(doc, "Orsk") is not None


def test_storm_spans_leave_a_team_and_its_players_alone() -> None:
    text = "Hurricanes coach Rod Velm said Hurricanes Ana Brell and Tom Holm scored."
    assert storm_spans(text) == []
    text = "Hurricane Kira hit Orsk; Tropical Storm Lena followed."
    assert [text[s:e] for s, e in storm_spans(text)] == ["Hurricane Kira", "Tropical Storm Lena"]


# -- 3. quoted titles of works --------------------------------------------------------------------


def test_names_inside_a_quoted_film_title_are_no_actors() -> None:
    text = (
        'The actor Tomas Brell won praise for films like "The Crossing" and "Ana and Leopold." '
        'He is now in Berlin for his new film, the epic "Velmaria," which opens in May.\n'
    )
    doc = _parse(text)
    assert label_at(doc, "Ana") is None
    assert label_at(doc, "Leopold") is None
    assert label_at(doc, "Berlin") == "GPE"


def test_a_quoted_sentence_after_a_works_noun_is_no_title() -> None:
    text = 'The show "was a mess for Ana Brell," a critic said. The film "Orsk" opens soon.'
    assert [text[s:e] for s, e in quoted_titles(text)] == ["Orsk"]


# -- 4. mountains, huts and a town's police ------------------------------------------------------


def test_a_mountain_and_a_hut_are_places() -> None:
    text = (
        "A climber from Orsk died on Mt Velmar on Saturday after he fell near the Karsa "
        "Saddle Hut, Inspector Tomas Brell said.\n"
        "Members of the Mt Velmar Alpine Rescue Team reached him on Sunday.\n"
    )
    doc = _parse(text)
    assert label_at(doc, "Mt Velmar") == "LOC"
    assert label_at(doc, "Karsa Saddle Hut") == "LOC"
    assert label_at(doc, "Mt Velmar Alpine Rescue Team") == "ORG"


def test_a_name_before_police_is_a_town() -> None:
    text = (
        "Rescue teams, Velsby and Karstow police and paramedics were called in to help.\n"
        "Constable Ana Holm, of Velsby police, said the weather was severe.\n"
    )
    doc = _parse(text)
    assert label_at(doc, "Karstow") == "GPE"
    assert label_at(doc, "Velsby", 1) == "GPE"


# -- 5. organisations NER took for people --------------------------------------------------------


def test_a_guild_guides_and_a_line_are_organisations() -> None:
    text = (
        "Members of the Velmar Writers Guild and the Orsk Alpine Guides joined the search.\n"
        "The victim was still alive, Velmar Line pilot Jim Brell said on Sunday.\n"
    )
    doc = _parse(text)
    for name in ("Velmar Writers Guild", "Orsk Alpine Guides", "Velmar Line"):
        assert label_at(doc, name) == "ORG", name


def test_a_name_always_after_the_is_no_person() -> None:
    text = (
        "In Orsk's first meeting with the Steelhawks this season, Jackson was held to just "
        "two catches.\n"
    )
    doc = _parse(text)
    assert label_at(doc, "Steelhawks") == "ORG"
    assert label_at(doc, "Jackson") == "PERSON"


def test_a_nickname_and_a_name_before_a_noun_stay_as_they_are() -> None:
    text = (
        'Vincent "the Velm" Gigante died in jail. It took until 2003 for the Velm to admit '
        "his sham.\nThe fall of the Steelhawks administration was swift.\n"
    )
    doc = _parse(text)
    assert label_at(doc, "Velm", 1) != "ORG"
    assert label_at(doc, "Steelhawks") != "ORG"


# -- 6. a dotted state code after a town ---------------------------------------------------------


def test_a_spaced_state_code_after_a_town_is_a_place() -> None:
    text = "Ravi Holm, 59, of Schenectady, N. Y., was taken to hospital on Monday.\n"
    doc = _parse(text)
    assert label_at(doc, "N. Y") in {"GPE", None}


# -- 7. a rank before a name -----------------------------------------------------------------


def test_a_rank_before_a_name_is_no_organisation() -> None:
    text = "The ship was commanded by Rear Admiral Ana Holm of the Velmar Navy.\n"
    doc = _parse(text)
    assert label_at(doc, "Rear Admiral") is None
    assert label_at(doc, "Ana Holm") == "PERSON"
