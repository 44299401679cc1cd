"""What part of an NER span is a name (``enrich/name_spans.py`` and the title rules of
``enrich/actors.py``): a function word opening a sentence, a title-case headline, a cut-off
organisation head word, titles alone, common nouns opening a sentence.

As in ``test_enrich_actor_names.py``, entity labels are set by hand over a real parse, so each
test pins the rule, not what the small English model tags. Every name is invented."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from tests._enrich_docs import doc_with_ents as _doc

from newsbeat.enrich.actor_full_names import full_name_in_text
from newsbeat.enrich.actors import build_actors, clean_name
from newsbeat.enrich.name_spans import headline_lines


def _names(doc: Doc) -> dict[str, str]:
    return {name: type_ for name, type_, _, _ in build_actors(doc).to_entities()}


# -- a function word opening a sentence --------------------------------------------------------
@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("Only Paula", "Paula"),
        ("Even Velmar", "Velmar"),
        ("Also Kittby Council", "Kittby Council"),
        ("But Kaldria", "Kaldria"),
        ("Just Orsa", "Orsa"),
        ("Then Lena Holm", "Lena Holm"),
        ("As Kaldrians", "Kaldrians"),
        ("Across Haldis", "Haldis"),
        ("Meanwhile, Sorvenland", "Sorvenland"),
        ("Like Brivex", "Brivex"),  # "Like Brivex, the lender cut jobs" (a real page)
        # names that start with such a word when it is not followed by a name stay whole
        ("No Doubt", "No Doubt"),
        ("All Blacks", "All Blacks"),
        ("Orsa Only Radio", "Orsa Only Radio"),
    ],
)
def test_a_leading_function_word_is_not_part_of_a_name(span: str, name: str) -> None:
    assert clean_name(span) == name


def test_a_sentence_opening_adverb_is_left_out_of_a_persons_name() -> None:
    doc = _doc(
        "Only Paula Brenn voted against the harbour plan. Brenn said it cost too much.",
        ("Only Paula Brenn", "PERSON"),
        ("Brenn", "PERSON"),
    )
    table = build_actors(doc)
    assert set(table.actors) == {"Paula Brenn"}
    assert all(m.actor == "Paula Brenn" for m in table.mentions)


def test_a_full_name_is_never_read_from_a_function_word() -> None:
    text = "As Kaldrians waited at the border, Kaldrians in Velmar marched."
    assert full_name_in_text(text, "Kaldrians") is None


# -- title-case headlines ----------------------------------------------------------------------
HEADLINE = (
    "Paula Brenn Checks Into Kittby Clinic, Rehires Lawyer\n"
    "Daring Harbour Heist Shocks Orsa\n"
    "Paula Brenn checked into the Kittby Clinic on Monday, a week after leaving Orsa.\n"
    "Reporting by Ada Lorne; Editing by Clara Moss\n"
)


def test_a_headline_line_is_found_above_the_text_only() -> None:
    doc = _doc(HEADLINE)
    lines = [doc.text[a:b] for a, b in headline_lines(doc)]
    assert lines == [
        "Paula Brenn Checks Into Kittby Clinic, Rehires Lawyer",
        "Daring Harbour Heist Shocks Orsa",
    ]  # the credit line at the end is no headline


def test_a_name_in_a_headline_keeps_what_the_text_confirms() -> None:
    doc = _doc(
        HEADLINE,
        ("Paula Brenn Checks", "PERSON"),
        ("Kittby Clinic", "ORG"),
        ("Rehires", "PERSON"),
        ("Daring Harbour Heist", "ORG"),
        ("Orsa", "GPE"),
        ("Paula Brenn", "PERSON"),
        ("the Kittby Clinic", "ORG"),
        ("Orsa", "GPE"),
        ("Ada Lorne", "PERSON"),
        ("Clara Moss", "PERSON"),
    )
    # the closing credit line is no headline, but its reporter and editor are page furniture
    # (actor_furniture): no actors of the story either
    assert set(_names(doc)) == {"Paula Brenn", "Kittby Clinic", "Orsa"}


# A page that sets headlines of linked stories between its paragraphs (a real local-news page).
LINKED = (
    "A ferry worker was rescued from the harbour in Orsa on Monday, police said.\n\n"
    "Man Hurt at Kittby Quay Dies in Hospital\n\n"
    "Paula Brenn, who runs the ferry line, thanked the crew.\n\n"
    "Help Shape the Future of Orsa Harbour\n\n"
    "Ada Lorne, Per Ekdal and Ivo Dahl\n\n"
    "The crew will be honoured in Orsa next week.\n"
)


def test_a_linked_headline_between_paragraphs_gives_no_actor() -> None:
    doc = _doc(
        LINKED,
        ("Orsa", "GPE"),
        ("Man Hurt", "PERSON"),
        ("Kittby Quay Dies", "ORG"),
        ("Paula Brenn", "PERSON"),
        ("Shape", "PERSON"),
        ("Future of Orsa Harbour", "ORG"),
        ("Ada Lorne", "PERSON"),
        ("Per Ekdal", "PERSON"),
        ("Ivo Dahl", "PERSON"),
        ("Orsa", "GPE"),
    )
    lines = [doc.text[a:b] for a, b in headline_lines(doc)]
    assert lines == [
        "Man Hurt at Kittby Quay Dies in Hospital",
        "Help Shape the Future of Orsa Harbour",
    ]  # a line of names is no headline
    assert set(_names(doc)) == {"Orsa", "Paula Brenn", "Ada Lorne", "Per Ekdal", "Ivo Dahl"}


def test_an_embedded_posts_sign_off_is_no_linked_headline() -> None:
    doc = _doc(
        "The council shared the details on its account.\n\n"
        "— The Orsa Harbour Council (@OrsaHarbour) May 2, 2019\n\n"
        "The vote is due on Friday.\n",
        ("Orsa Harbour Council", "ORG"),
    )
    assert headline_lines(doc) == []
    assert _names(doc).get("Orsa Harbour Council") == "ORG"


def test_a_wrapped_line_of_a_paragraph_is_no_linked_headline() -> None:
    doc = _doc(
        "The club made its move on Friday.\nPaula Brenn Reports That the Orsa Rovers\n"
        "have made an offer for the striker.\n",
        ("Paula Brenn", "PERSON"),
        ("Orsa Rovers", "ORG"),
    )
    assert headline_lines(doc) == []
    assert "Paula Brenn" in _names(doc)


def test_a_persons_name_in_a_headline_is_confirmed_by_its_words() -> None:
    doc = _doc(
        "Paula Brenn Leaves Kittby Clinic\nPaula is finding it hard, said a friend of Brenn.",
        ("Paula Brenn Leaves", "PERSON"),
        ("Paula", "PERSON"),
        ("Brenn", "PERSON"),
    )
    assert "Paula Brenn" in _names(doc) and "Paula Brenn Leaves" not in _names(doc)


def test_no_team_is_made_of_a_place_and_a_headline_verb() -> None:
    doc = _doc(
        "Brenn Checks Into Orsa Clinic\nBrenn was seen in Orsa on Monday.",
        ("Brenn", "GPE"),
    )
    assert "Brenn Checks" not in _names(doc)


# -- an organisation's head word cut off -------------------------------------------------------
@pytest.mark.parametrize(
    "ents",
    [
        (("the Coastal Clean-up", "ORG"), ("Alliance", "ORG")),
        (("Coastal Clean", "LAW"), ("Alliance", "ORG")),
    ],
)
def test_a_cut_off_head_word_joins_the_name_before_it(ents: tuple[tuple[str, str], ...]) -> None:
    doc = _doc("Orsa mayor Ingrid Falk launched the Coastal Clean-up Alliance on Monday.", *ents)
    names = _names(doc)
    assert names.get("Coastal Clean-up Alliance") == "ORG"
    assert "Alliance" not in names and "Coastal Clean-up" not in names


def test_a_date_before_a_head_word_is_no_part_of_its_name() -> None:
    doc = _doc(
        "Until Monday Council members of Orsa met daily.",
        ("Monday", "DATE"),
        ("Council", "ORG"),
        ("Orsa", "GPE"),
    )
    assert "Monday Council" not in _names(doc)


# -- titles are roles, not names ---------------------------------------------------------------
def test_portfolio_words_before_a_title_are_no_organisation() -> None:
    doc = _doc(
        "The ships will arrive within weeks, Defence Minister Oskar Brenn said.",
        ("Defence", "ORG"),
        ("Oskar Brenn", "PERSON"),
    )
    assert set(_names(doc)) == {"Oskar Brenn"}


def test_a_title_alone_is_no_actor() -> None:
    doc = _doc("The VP candidate spoke in Orsa.", ("VP", "ORG"), ("Orsa", "GPE"))
    assert set(_names(doc)) == {"Orsa"}


def test_a_surname_that_is_a_title_word_stays_its_person() -> None:
    doc = _doc(
        "Dispatcher Janice Leader kept her on the line. Leader said she told Hiller to stop.",
        ("Janice Leader", "PERSON"),
        ("Leader", "ORG"),
    )
    table = build_actors(doc)
    second = doc.text.index("Leader said")
    assert [m.actor for m in table.mentions if m.start >= second] == ["Janice Leader"]


def test_titles_ending_in_a_role_word_are_no_persons_name() -> None:
    doc = _doc(
        "Orsa Chief Deputy City Attorney Terry Wold confirmed the deal.",
        ("Deputy City Attorney", "PERSON"),
        ("Terry Wold", "PERSON"),
    )
    assert "Deputy City Attorney" not in _names(doc) and "City Attorney" not in _names(doc)
    assert "Terry Wold" in _names(doc)


def test_a_lawyer_before_a_name_is_a_role() -> None:
    doc = _doc(
        "Lawyer Alexis Kouvar said the family would appeal.",
        ("Lawyer Alexis Kouvar", "PERSON"),
    )
    table = build_actors(doc)
    assert set(table.actors) == {"Alexis Kouvar"}
    assert table.roles_of("Alexis Kouvar") == ["Lawyer"]


# -- common nouns opening a sentence -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        ("Flames and smoke were coming from the Orsa Bible Church on Friday.", "Flames", "ORG"),
        ("Church officials said the Orsa Bible Church would reopen in May.", "Church", "ORG"),
        ("Celebrity website Quayside reported the news on Monday.", "Celebrity", "ORG"),
        ("Celebrity website Quayside reported the news on Monday.", "Celebrity", "PERSON"),
    ],
)
def test_a_common_noun_opening_a_sentence_is_no_name(text: str, word: str, label: str) -> None:
    ents = [(word, label)]
    if "Orsa Bible Church" in text:
        ents.append(("Orsa Bible Church", "ORG"))
    assert word not in _names(_doc(text, *ents))


def test_an_unknown_word_opening_a_sentence_stays_a_name() -> None:
    # "Kittby" is in no word list: the tagger's guess of a common noun is not enough
    assert "Kittby" in _names(_doc("Kittby mayor Bo Marrin said so.", ("Kittby", "ORG")))


# -- an organisation named for its purpose, cut inside its name --------------------------------
def test_an_organisation_named_for_its_purpose_runs_on_through_its_capitalised_words() -> None:
    doc = _doc(
        "He became director of the Committee to Re - Elect the Governor (CREG) that year.",
        ("the Committee to Re - Elect", "ORG"),
        ("Governor", "PERSON"),
    )
    assert "Committee to Re - Elect the Governor" in _names(doc)
    assert "Governor" not in _names(doc)


def test_a_committee_followed_by_a_lower_case_infinitive_is_not_extended() -> None:
    doc = _doc(
        "The Velk Committee to review the budget met on Monday.", ("The Velk Committee", "ORG")
    )
    assert _names(doc) == {"Velk Committee": "ORG"}


# -- a time zone after a clock time ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "ents"),
    [
        ("The ferry left Kessel at 09: 30 BST on Monday.", (("Kessel", "GPE"), ("BST", "ORG"))),
        ("Updated 1:00pm CST from Kessel.", (("CST", "ORG"), ("Kessel", "GPE"))),
    ],
)
def test_a_time_zone_after_a_clock_time_is_no_name(
    text: str, ents: tuple[tuple[str, str], ...]
) -> None:
    assert _names(_doc(text, *ents)) == {"Kessel": "GPE"}


def test_the_same_letters_without_a_clock_time_stay_a_name() -> None:
    doc = _doc("Officials of BST met the mayor at noon.", ("BST", "ORG"))
    assert _names(doc) == {"BST": "ORG"}


# -- what a span runs on into ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "span", "label", "name"),
    [
        # an unclosed mark (a paired one is spaced before the parse: enrich/text_shapes.py)
        ('Orsk explains,"I think so, he said.', 'Orsk explains,"I', "PERSON", "Orsk"),
        ("The Audit (VELN Institute) ran tests.", "Audit (VELN", "ORG", "Audit"),
        ("He beat Tom Baxter 26 - 1 on Friday.", "Tom Baxter 26 - 1", "PERSON", "Tom Baxter"),
        ("Votes in Orlek city - 15 came.", "Orlek city - 15", "GPE", "Orlek city"),
        ("Gary Orsk wins as Baxter in turn falls.", "Baxter in", "ORG", "Baxter"),
        ("Tom Reid doesn ’ t know.", "Tom Reid doesn", "PERSON", "Tom Reid"),
        # a rank is one token with its stop (quotes29)
        ("Velmar Police Lt. Anna Orsk spoke.", "Velmar Police Lt.", "ORG", "Velmar Police"),
        ("Velmar State Police and Capt. Anna Orsk spoke.", "Velmar State Police and Capt.", "ORG",
         "Velmar State Police"),
    ],
)  # fmt: skip
def test_what_a_span_runs_on_into_is_cut_off(text: str, span: str, label: str, name: str) -> None:
    names = _names(_doc(text, (span, label)))
    assert name in names
    assert span not in names


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("Unemployed John Baxter, 51, was fined.", "Unemployed John Baxter", "PERSON"),
        ("Fullback Tom Orsk was hurt.", "Fullback Tom Orsk", "PERSON"),
        # an organisation's span: only as the article names the person elsewhere ("Baxter")
        ("GM John Baxter fired him. Later Baxter left.", "GM John Baxter", "ORG"),
    ],
)
def test_a_common_word_before_a_persons_full_name_is_no_part_of_it(
    text: str, span: str, label: str
) -> None:
    ents = [(span, label)]
    if "Later Baxter" in text:
        ents.append(("Baxter", "PERSON", 1))
    names = _names(_doc(text, *ents))
    full = span.split(" ", 1)[1]
    assert names.get(full) == "PERSON"
    assert span not in names


def test_a_lower_case_particle_stays_in_a_name() -> None:
    doc = _doc("The prize went to Lena van Ortsen and Mark de Grau.", ("Lena van Ortsen", "PERSON"))
    assert "Lena van Ortsen" in _names(doc)


def test_a_title_or_a_place_word_before_a_first_name_is_left_to_the_other_rules() -> None:
    # "Saint John Orsk Hospital" is no person; "Mayor John Baxter" keeps his title as role
    doc = _doc(
        "Saint John Orsk Hospital opened. Mayor John Baxter spoke.",
        ("Saint John Orsk Hospital", "ORG"),
        ("Mayor John Baxter", "PERSON"),
    )
    table = build_actors(doc)
    assert table.type_of("Saint John Orsk Hospital") == "ORG"
    assert table.actors["John Baxter"].roles == ["Mayor"]


def test_an_opening_word_capitalised_elsewhere_only_inside_a_longer_name_is_common() -> None:
    # "Bank" is capitalised mid-sentence only as the last word of "Orsk Valley Bank"
    doc = _doc(
        "Bank personnel called the police. The bank was closed, Orsk Valley Bank said.",
        ("Bank", "ORG"),
        ("Orsk Valley Bank", "ORG"),
    )
    names = _names(doc)
    assert "Bank" not in names
    assert names.get("Orsk Valley Bank") == "ORG"


def test_a_team_and_the_place_after_of_are_one_name_a_person_and_his_town_are_not() -> None:
    # Dunedin is a city of the gazetteer; NER cut the team's name before "of"
    doc = _doc(
        "The Velmar Rovers of Dunedin signed Tom Baxter of Dunedin on Monday.",
        ("The Velmar Rovers", "ORG"),
        ("Dunedin", "ORG"),
        ("Tom Baxter", "PERSON"),
        ("Dunedin", "GPE"),
    )
    names = _names(doc)
    assert names.get("Velmar Rovers of Dunedin") == "ORG"
    assert names.get("Tom Baxter") == "PERSON"


def test_a_nationality_before_an_organisations_name_is_its_first_word() -> None:
    doc = _doc(
        "The Kaldrian Maritime Safety Board said Kaldrian ferries and the Orsa Port Authority "
        "would be inspected.",
        ("Kaldrian", "NORP"),
        ("Maritime Safety Board", "ORG"),
        ("Kaldrian", "NORP"),
        ("Orsa Port Authority", "ORG"),
    )
    names = _names(doc)
    assert names.get("Kaldrian Maritime Safety Board") == "ORG"
    assert "Maritime Safety Board" not in names
    # a nationality before a common noun, or not right before the name, stays apart
    assert names.get("Orsa Port Authority") == "ORG"
    assert "Kaldrian Orsa Port Authority" not in names
