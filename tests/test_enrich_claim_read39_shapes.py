"""Claims read38 and read39 found wrong or missing on real pages (issue 12, claims39): the
writer's scene before a teller ("Speaking at a meeting attended by delegates from 30 nations,
X said …", ``enrich/claim_scene_clauses.py``), an age after a name NER left untyped
(``enrich/claim_untyped_names.py``), a glued measure ("a 30-foot dhow") and a range with a
suspended hyphen ("24- to 30-foot", ``enrich/claim_suspended_ranges.py``), a rate hyphened
to its sum ("$6.99-a-month", ``enrich/claim_hyphened_rates.py``), a count whose noun follows
a name with "of" in it (``enrich/claim_named_modifiers.py``), a page's "Posted … ago" stamp
(``enrich/claim_page_stamps.py``), a named body's people after "its"
(``enrich/claim_body_people.py``), a pronoun teller's claim that takes the quote's speaker
(``enrich/claim_pronoun_tellers.py``), a range opened by "one" ("one to seven days") and a
share range glued by a hyphen ("30-60 per cent").

Invented sentences and names. Each rule test fails without its rule; the guards keep what
was read before."""

from __future__ import annotations

from dataclasses import replace

from tests._enrich_docs import doc_with_ents, found_claims

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claim_found import FoundClaim
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes


def _read(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(c.what, c.low, c.high) for c in found_claims(text)]


def _claims(text: str, *ents: tuple[str, str]) -> list[FoundClaim]:
    doc = doc_with_ents(text, *ents)
    return extract_claims(doc, build_actors(doc), [])


_SCENE = (
    "On Monday, a senior Arden official said the plan would fail.  Speaking at a security "
    "meeting in Velmar attended by delegates from 30 nations, Arden Navy Rear Adm. Tomas Vell "
    "said there would many risks in raiding the coast."
)


def test_an_opening_participial_scene_is_not_the_tellers_claim() -> None:
    [claim] = found_claims(_SCENE)
    assert (claim.what, claim.low, claim.claimant) == ("nations", 30.0, None)


def test_what_the_teller_says_after_a_scene_is_still_his() -> None:
    # guard: the figure in the told clause keeps its teller
    [claim] = found_claims("Speaking to reporters, Tomas Vell said 30 nations would attend.")
    assert (claim.what, claim.claimant) == ("nations", "Tomas Vell")


def test_an_age_after_an_untyped_name_is_the_persons() -> None:
    text = "K.L. Dorran, 17, who works at a shop near the mill, also heard the blast."
    [claim] = _claims(text)  # no entity at all: NER typed no name
    assert (claim.what, claim.low, claim.subject) == ("age", 17.0, "K.L. Dorran")
    [claim] = _claims("Kira Dorran, 17, heard the blast.")
    assert (claim.what, claim.subject) == ("age", "Kira Dorran")


def test_no_age_for_untyped_words_that_are_no_persons_name() -> None:
    # guards: no first name or initials; a name with an article
    assert _claims("Main Street, 17, was closed.") == []
    assert _claims("The Orsk Mill, 17, who") == []


def test_a_glued_measure_is_read_as_the_spaced_one() -> None:
    assert _read("They sailed a 20-foot boat to the island.") == [("foot", 20.0, 20.0)]
    assert _read("The navy sent a 6,900-tonne destroyer.") == [("tonne", 6900.0, 6900.0)]
    # a size, no count of the pipes (test_rule_fixtures asked only that; "12-ply" stays a code)
    assert _read("Workers laid 12-inch pipes along the road.") == [("inch", 12.0, 12.0)]
    # guard: a letter after a hyphen that is no unit is still a code's
    assert _read("The A330-ton") == []


def test_a_suspended_hyphen_makes_a_range() -> None:
    assert _read("The men used a 24- to 30-foot dhow.") == [("foot", 24.0, 30.0)]
    assert _read("He got a two- to three-year sentence.") == [("sentence", 2.0, 3.0)]
    # guard: a falling pair is no range, and its second figure is no exact length
    assert _read("It was a 30- to 24-foot dhow.") == []


def test_a_rate_hyphened_to_its_sum_is_a_rate() -> None:
    assert _read("Orsk's $6.99-a-month service is stocked with films.") == [
        ("dollars per month", 6.99, 6.99)
    ]
    # guard: the spaced rate as before
    assert _read("The service costs $6.99 a month.") == [("dollars per month", 6.99, 6.99)]


def test_a_count_after_a_name_with_of_counts_the_plural_after_it() -> None:
    text = "The show was hit by a work stoppage by 10,500 Orsk Guild of Arden members last year."
    assert _read(text) == [("members", 10500.0, 10500.0)]
    # guard: a name with no "of" as before
    assert _read("About 300 Orsk Union members marched.") == [("members", 240.0, 360.0)]


def test_a_page_stamp_is_no_claim() -> None:
    assert _read("Posted 1 year, 160 days ago [downloaded on 2 October 2013] Ross quit.") == []
    assert _read("Posted 3 hours ago by Kira Dorran") == []
    # guard: prose with "ago"
    assert _read("He posted 12 photos two days ago.") == [
        ("photos", 12.0, 12.0),
        ("days", 2.0, 2.0),
    ]


def test_a_named_bodys_people_after_its_are_its_standing() -> None:
    found = _claims(
        "Velmar Cruises said it would fly its 246 passengers over the gulf.",
        ("Velmar Cruises", "ORG"),
    )
    assert [(c.what, c.low, c.event, c.subject) for c in found] == [
        ("passengers", 246.0, "have", "Velmar Cruises")
    ]


def test_its_count_of_no_sure_body_stays_a_reference() -> None:
    # guards: "its" of no named body; a thing that is no body's people
    assert _claims("It will fly its 246 passengers home.") == []
    assert _claims("The company will cut its 1,200 employees.") == []
    assert _claims("Velmar Cruises sold its 12 ships.", ("Velmar Cruises", "ORG")) == []


_TOLD = "Tomas Vell runs the bank. The branch has been there for at least 10 years, he said."


def _told(speaker: str | None) -> list[str | None]:
    """The claimants of ``_TOLD`` when the quote stage gave its "he said" to ``speaker``."""
    doc = load_pipeline("en_core_web_sm")(_TOLD)
    actors = build_actors(doc)
    quotes = [replace(q, speaker=speaker) for q in extract_quotes(doc, actors, min_words=4)]
    return [c.claimant for c in extract_claims(doc, actors, quotes)]


def test_a_pronoun_tellers_claim_takes_the_quotes_speaker() -> None:
    # the quote stage's answer for "he" is the claim's, whatever it is: a later fix of the
    # speaker (spk's) moves the claim with it, and an unsure quote leaves the claim unsure
    assert _told("Tomas Vell") == ["Tomas Vell"]
    assert _told("Piet Lund") == ["Piet Lund"]
    assert _told(None) == [None]


def test_a_named_tellers_claim_keeps_its_own_path() -> None:
    # guard: a named teller is read from the sentence, as before
    doc = load_pipeline("en_core_web_sm")(
        "The branch has been there for 10 years, Tomas Vell said."
    )
    actors = build_actors(doc)
    quotes = [replace(q, speaker=None) for q in extract_quotes(doc, actors, min_words=4)]
    assert [c.claimant for c in extract_claims(doc, actors, quotes)] == ["Tomas Vell"]


def test_a_range_opened_by_one_is_a_range() -> None:
    assert _read("Symptoms appear after one to seven days.") == [("days", 1.0, 7.0)]
    assert _read("Symptoms appear after one-to-seven days.") == [("days", 1.0, 7.0)]
    # guards: "one-two" is no range; "one" alone is still no claim
    assert _read("He threw a one-two punch.") == []
    assert _read("A one-to-one meeting was held.") == []
    assert _read("One man walked in.") == []


def test_a_share_range_glued_by_a_hyphen_is_a_range() -> None:
    assert _read("Patients have a 30-60 per cent chance of dying.") == [("percent", 30.0, 60.0)]
    assert _read("Prices rose 20-30 percent last year.") == [("percent", 20.0, 30.0)]
    # guard: a model's code glued by a hyphen stays no figure
    assert _read("The Boeing 747-400 jets flew.") == []
