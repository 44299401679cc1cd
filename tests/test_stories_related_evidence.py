"""The names that make two stories related: a shared actor, not a shared place or noun.

Invented coverage: two ministers of different countries visiting one capital the same week
(they share the capital, its country and a people's adjective, no actor), one minister's two
visits (she is the shared actor), and German reports of two strikes by different unions that
share only capitalised common nouns ("Warnstreik", "Prozent").
"""

from __future__ import annotations

import pytest

from newsbeat.stories.cluster import ClusterOptions
from newsbeat.stories.features import ArticleFeatures, ArticleText, Vectoriser, build_features
from newsbeat.stories.language_words import common_noun_spellings
from newsbeat.stories.related_evidence import place_words, shares_subject, subject_names

_OPTIONS = ClusterOptions()


def _features(title: str, text: str, language: str | None = None) -> ArticleFeatures:
    lead, _, body = text.partition(". ")
    item = ArticleText(article_id=1, title=title, lead=lead + ".", body=body, language=language)
    return build_features(Vectoriser(), [item])[0]


def _related(new: ArticleFeatures, old: ArticleFeatures) -> tuple[int, bool]:
    """How many headline-and-lead names the two share, and whether that makes one subject."""
    shared = [name for name in new.lead_names if name in old.lead_names]
    verdict = shares_subject(
        shared, new.lead_places, _OPTIONS.related_names, _OPTIONS.related_subject_names
    )
    return len(shared), verdict


def test_two_ministers_in_one_capital_share_no_subject() -> None:
    first = _features(
        "Minister visits Seoul to sign battery deal",
        "Trade minister Orla Vennberg of Sweden arrived in Seoul on Monday to sign a "
        "battery recycling deal with South Korea, her Korean hosts said. The deal covers "
        "two plants.",
    )
    second = _features(
        "Minister in Seoul for hydrogen talks",
        "Economy minister Teodor Halloway of Germany landed in Seoul on Thursday for "
        "hydrogen talks with South Korea and its Korean suppliers. Talks last two days.",
    )
    shared, related = _related(second, first)
    assert shared >= _OPTIONS.related_names  # enough names: only that they are places stops it
    assert not related


def test_one_ministers_second_visit_shares_her_as_subject() -> None:
    first = _features(
        "Minister visits Seoul to sign battery deal",
        "Trade minister Orla Vennberg of Sweden arrived in Seoul on Monday to sign a "
        "battery recycling deal with South Korea. The deal covers two plants.",
    )
    second = _features(
        "Minister signs wind deal a week after Seoul",
        "A week after Seoul, trade minister Orla Vennberg signed a wind power deal in "
        "Madrid with Spain. The deal covers four parks.",
    )
    assert _related(second, first)[1]


def test_german_common_nouns_are_no_subject_names() -> None:
    text = (
        "Mit Warnstreik droht Kaibund am Hafen Brelsund und fordert 12 Prozent mehr Lohn "
        "für die Hafenarbeiter der Firma Tessdorf. Der eintägige Warnstreik legt den Hafen "
        "still; zwei Hafenarbeiter kamen 2019 bei einem Streik ums Leben, 40 Verletzte."
    )
    names = ["kaibund", "hafen", "brelsund", "warnstreik", "prozent", "tessdorf", "leben"]
    names += ["verletzte"]
    kept = subject_names(names, text, "de")
    assert kept == ["kaibund", "brelsund", "tessdorf"]
    # the same words in an English report are names as written
    assert subject_names(names, text, "en") == names


def test_a_product_after_a_figure_stays_a_name() -> None:
    text = "Der Hersteller Varnholt ruft 84.000 Kestrel in die Werkstatt zurück."
    assert subject_names(["varnholt", "kestrel"], text, "de") == ["varnholt", "kestrel"]


def test_a_german_regional_tag_is_german() -> None:
    text = "Kaibund fordert Lohn. Der Lohn der Hafenarbeiter soll um 9 Prozent steigen."
    names = ["kaibund", "lohn", "prozent"]
    assert subject_names(names, text, "de-AT") == subject_names(names, text, "de") == ["kaibund"]
    assert subject_names(names, text, "de-CH") == ["kaibund"]


def test_an_austrian_reports_lead_names_are_read_as_german() -> None:
    # only the body shows "Warnstreik", "Streikposten" and "Lohn" after an article
    text = (
        "Mit Warnstreik und Streikposten fordert Kaibund in Brelsund mehr Lohn. "
        "Der ganztägige Warnstreik trifft tausend Flüge, die Streikposten stehen am Tor, "
        "und der Lohn soll steigen."
    )
    austrian = _features("Flughafen Brelsund steht still", text, "de-AT")
    german = _features("Flughafen Brelsund steht still", text, "de")
    assert austrian.language == "de"
    assert austrian.lead_names == german.lead_names
    assert austrian.lead_names != _features("Flughafen Brelsund steht still", text).lead_names


def test_german_common_nouns_are_read_once_an_article(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsbeat.stories.features as features
    import newsbeat.stories.related_evidence as related

    calls: list[str] = []

    def counted(text: str, language: str | None) -> frozenset[str]:
        calls.append(text)
        return common_noun_spellings(text, language)

    monkeypatch.setattr(features, "common_noun_spellings", counted)
    monkeypatch.setattr(related, "common_noun_spellings", counted)
    item = ArticleText(
        article_id=1,
        title="Hafen Tessmünde bestreikt",
        lead="Mit Warnstreik verlangt Dockverband in Tessmünde mehr Lohn.",
        body="Der neue Warnstreik dauert einen Tag.",
        language="de",
    )
    build_features(Vectoriser(), [item], names=True)
    assert len(calls) == 1


def test_german_strikes_of_two_unions_share_no_subject() -> None:
    # the leads write the nouns bare; only the bodies show them after an article
    first = _features(
        "Flughafen Brelsund steht still",
        "Mit Warnstreik und Streikposten fordert Kaibund in Brelsund mehr Lohn und 9 Prozent. "
        "Der ganztägige Warnstreik trifft tausend Flüge, die Streikposten stehen am Tor, "
        "und der Lohn soll steigen.",
        "de",
    )
    second = _features(
        "Hafen Tessmünde bestreikt",
        "Mit Warnstreik und Streikposten verlangt Dockverband in Tessmünde mehr Lohn und 11 "
        "Prozent. Der neue Warnstreik dauert einen Tag, die Streikposten blockieren die "
        "Kais, und der Lohn ist zu niedrig.",
        "de",
    )
    assert not _related(second, first)[1]


def test_places_peoples_and_compass_words_are_places() -> None:
    names = ["seoul", "korean", "south", "sweden's", "südkorea", "vennberg", "kaibund"]
    assert place_words(names, "") == {"seoul", "korean", "south", "sweden's", "südkorea"}


def test_a_town_named_as_a_persons_surname_is_the_person() -> None:
    # "Manning" is a listed town; here it is a quarterback's surname
    text = "Quarterback Peyton Manning led Indianapolis to a win."
    assert place_words(["manning", "indianapolis"], text) == {"indianapolis"}


def test_both_words_of_a_two_word_place_are_places() -> None:
    text = "A climber from Perth died on Mount Tarrow in New Zealand, guide Aldo Vennick said."
    names = ["mount", "tarrow", "new", "zealand", "vennick"]
    assert place_words(names, text) == {"mount", "tarrow", "new", "zealand"}


def test_two_ministers_of_one_parliament_share_no_subject() -> None:
    # "Minister", "Parliament" and the capital are what kind and where, not who
    first = _features(
        "Finance Minister presents budget to Parliament in Oslo",
        "Finance Minister Halvar Strand presented the budget to Parliament in Oslo on "
        "Tuesday. Spending on roads rises by a tenth.",
    )
    second = _features(
        "Health Minister resigns before Parliament in Oslo",
        "Health Minister Signe Aaberg told Parliament in Oslo on Thursday that she would "
        "resign. Her deputy takes over.",
    )
    shared, related = _related(second, first)
    assert shared >= _OPTIONS.related_names
    assert not related
    assert {"minister", "parliament"} <= place_words(["minister", "parliament"], "")
