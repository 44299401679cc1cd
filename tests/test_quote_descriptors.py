"""Descriptors glued to a speaker's name (``enrich/quote_descriptors.py``, read35 class 3,
spk36), a sentence adverb glued to a name (``enrich/function_words.py``) and an
organisation's name cut at its "and" (``enrich/quote_org_pieces.py``). Every sentence is
invented, every name fictional; each rule case fails without its rule, each guard case with its
guard taken out."""

from __future__ import annotations

from tests._quotes import quote

from newsbeat.enrich.actor_table import ArticleActors, MentionRef, _ActorInfo
from newsbeat.enrich.quote_descriptors import name_after_descriptor
from newsbeat.enrich.quote_org_pieces import whole_org_names
from newsbeat.enrich.quote_records import FoundQuote


def _actors(text: str = "", **names: str) -> ArticleActors:
    table = ArticleActors(text=text)
    for name, kind in names.items():
        table.actors[name.replace("_", " ")] = _ActorInfo(name=name.replace("_", " "), type=kind)
    return table


def test_an_executive_abbreviation_and_its_company_are_no_part_of_the_name() -> None:
    text = (
        "Norvik released a fix for its routers on Tuesday.\n"
        '"The flaw was public for a week and attacks began at once," Norvik CTO Aldo Perkel '
        "said in an e-mailed statement.\n"
    )
    assert quote(text, "attacks began at once").speaker == "Aldo Perkel"


def test_an_age_and_a_common_noun_before_the_name_are_dropped() -> None:
    assert name_after_descriptor("32-year-old protester Mira Valdeck", _actors()) == (
        "Mira Valdeck"
    )
    assert name_after_descriptor("41-year-old Tomas Greld", _actors()) == "Tomas Greld"


def test_a_post_written_with_a_capital_is_dropped() -> None:
    assert name_after_descriptor("Undersheriff Ola Brantley", _actors()) == "Ola Brantley"
    assert name_after_descriptor("Harbors GM Rune Halberg", _actors()) == "Rune Halberg"


def test_the_article_actor_of_the_name_is_taken() -> None:
    table = _actors(Rune_Halberg="PERSON")
    assert name_after_descriptor("Harbors GM Rune Halberg", table) == "Rune Halberg"
    assert name_after_descriptor("Judge Halberg", _actors(Halberg="PERSON")) == "Halberg"


def test_a_newspaper_noun_leaves_the_outlet_name() -> None:
    assert name_after_descriptor("Trade publication Vellum", _actors()) == "Vellum"


def test_the_department_word_of_a_title_before_the_name_is_dropped() -> None:
    # no "of the" before it: the word may be the name's own
    text = "Interior Ines Malvik said the rule would go."
    assert name_after_descriptor("Interior Ines Malvik", _actors(text)) is None
    text = "Secretary of the Interior Ines Malvik said the rule would go."
    assert name_after_descriptor("Interior Ines Malvik", _actors(text)) == "Ines Malvik"


def test_guard_one_word_after_a_post_needs_to_be_a_person_of_the_article() -> None:
    assert name_after_descriptor("Pensioner Bayrek-aga", _actors()) is None
    assert name_after_descriptor("Captain Velmar", _actors(Velmar="GPE")) is None


def test_guard_a_body_name_is_kept_whole() -> None:
    # "of" before the post: the name of a body, not a person after a descriptor
    assert name_after_descriptor("Union of Chief Harbour Pilots", _actors()) is None
    # an organisation's head word at the end
    assert name_after_descriptor("Judge Ravell Center", _actors()) is None
    # an organisation the article names so
    table = _actors(Mayor_Tolvan_Trust="ORG")
    assert name_after_descriptor("Mayor Tolvan Trust", table) is None
    # a lower-case last word: a body ("Kaldria's foreign ministry")
    assert name_after_descriptor("Orsa harbour police", _actors()) is None


def test_guard_particles_and_conjunctions_are_name_words() -> None:
    assert name_after_descriptor("Ana de Vosberg", _actors()) is None
    assert name_after_descriptor("Lindqvist and Maro", _actors()) is None
    assert name_after_descriptor("Hamid al - Rostami", _actors()) is None
    # a name opening with a particle after a describing word is left whole (conservative)
    assert name_after_descriptor("protester van Dalen", _actors()) is None


def test_a_sentence_adverb_is_no_part_of_a_name() -> None:
    text = (
        'Ironically Fenwick, 37, told the court: "I am sorry for what I did to the family '
        'and to the town."\n'
    )
    assert quote(text, "sorry for what I did").speaker == "Fenwick"


def _said_by(text: str, pieces: list[tuple[str, str]], speaker: str) -> FoundQuote:
    """The quote 'The vote was not free' of ``text`` with ``speaker`` (an actor written at its
    mention), after the post-pass that joins an organisation's pieces; ``pieces`` are the
    article's organisation mentions (text, actor)."""
    table = ArticleActors(text=text)
    for written, actor in pieces:
        at = text.index(written)
        table.mentions.append(MentionRef(start=at, end=at + len(written), actor=actor, label="ORG"))
    at = text.index(speaker)
    found = FoundQuote(
        text="the vote was not free",
        start=0,
        end=21,
        speaker=speaker,
        speaker_start=at,
        speaker_end=at + len(speaker),
        via=None,
        kind="indirect",
        sentence=text,
    )
    return whole_org_names([found], table)[0]


def test_an_organisation_cut_at_its_and_is_named_whole() -> None:
    text = (
        "The vote in Velmar will be held on a two-party basis, a message from the Supreme "
        "Office for Elections and Referenda of Velmar said.\n"
    )
    assert quote(text, "two-party basis", kind="indirect").speaker == (
        "Supreme Office for Elections and Referenda"
    )
    text += '"This will give the campaign a strong push and a new face," the message said.\n'
    assert quote(text, "strong push").speaker == "Supreme Office for Elections and Referenda"


def test_guard_a_second_body_named_alone_elsewhere_stays_apart() -> None:
    text = (
        "The vote was not free, the Council for Trade and Oxvane said.\nOxvane asked for a recount."
    )
    pieces = [("Council for Trade", "Council for Trade"), ("Oxvane", "Oxvane")]
    assert _said_by(text, pieces, "Oxvane").speaker == "Oxvane"
    text = "The vote was not free, the Council for Trade and Plebiscites said."
    pieces = [("Council for Trade", "Council for Trade"), ("Plebiscites", "Plebiscites")]
    assert _said_by(text, pieces, "Plebiscites").speaker == "Council for Trade and Plebiscites"


def test_guard_a_first_body_not_named_for_what_it_does_stays_apart() -> None:
    text = "The vote was not free, the Velmar Council and Plebiscites said."
    pieces = [("Velmar Council", "Velmar Council"), ("Plebiscites", "Plebiscites")]
    assert _said_by(text, pieces, "Plebiscites").speaker == "Plebiscites"


def test_guard_a_second_name_of_two_words_stays_apart() -> None:
    text = "The vote was not free, the Council for Trade and Civic Watch said."
    pieces = [("Council for Trade", "Council for Trade"), ("Civic Watch", "Civic Watch")]
    assert _said_by(text, pieces, "Civic Watch").speaker == "Civic Watch"
