"""Speakers of session 14's branch speakobj2 (issue 12, part 4): paths that named the wrong
person on read political news (counted by ``bench/speaker_paths.py``) now name nobody, the
source's span kept, unless the condition that separates their right cases holds. Invented
articles; each rule case fails on main, the guards pass on both."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from spacy.tokens import Span
from tests._quotes import quote as _quote
from tests._quotes import quotes

from newsbeat.enrich import speaker_trace
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes

# -- the one a question is put to answers it only when the question is the sentence's news ----


def test_a_question_told_inside_someone_elses_account_does_not_pass_the_pronoun() -> None:
    text = (
        "Rita Varga has known Helga Brandt since school. "
        "What upset her most, she said, was a debate last month, when a student asked Helga "
        "Brandt why young voters distrust her. "
        '"I was furious," she said. "Nobody spoke to us like that at his age."\n'
    )
    assert _quote(text, "I was furious").speaker == "Rita Varga"


def test_a_question_that_is_the_sentences_news_still_passes_the_pronoun() -> None:
    text = (
        "Last week the radio host Ann Kole asked Senator Tom Brandt whether his age was fair "
        'game in the race. "Sure it is. I would not have run if I were not fit," he said.\n'
    )
    assert _quote(text, "would not have run").speaker == "Tom Brandt"


# -- a group word names nobody ------------------------------------------------------------------


def test_a_party_word_as_the_source_names_nobody_and_keeps_its_span() -> None:
    text = (
        "Mayor Tom Adler opened the new bridge on Sunday. "
        '"It is a fine day for Kessa and for every family in it," Democrats said.\n'
    )
    found = _quote(text, "fine day for Kessa")
    assert found.speaker is None
    assert found.speaker_start is not None
    assert text[found.speaker_start : found.speaker_end] == "Democrats"


def test_one_member_of_a_party_names_nobody() -> None:
    text = (
        "Mayor Tom Adler opened the new bridge on Sunday.\n\n"
        '"We waited ten years, we can wait one more," said one Republican.\n'
    )
    assert _quote(text, "waited ten years").speaker is None


# -- the object of a cue verb stands for its subject only right after the quote -----------------


_COLUMN = (
    "The columnist Will wrote on Friday that the party should look elsewhere. "
    'From Tom Vell\u2019s "coarse and nasty effusion" last week to his call for a city "toll '
    'force," Will described Vell as a "caricature of the worst the party can offer." '
)


def test_the_object_of_a_verb_whose_subject_the_parse_lost_is_not_the_speaker() -> None:
    assert _quote(_COLUMN, "caricature of the worst").speaker != "Tom Vell"


def test_an_inverted_cue_right_after_the_quote_still_takes_its_object() -> None:
    text = (
        "Aldo Perk took over the campaign in May. "
        '"Is Tom Vell running against his own party?" asked Mr. Perk, pointing to the mayor\'s '
        "attacks on the council.\n"
    )
    assert _quote(text, "running against his own party").speaker == "Aldo Perk"


# -- the last person mentioned speaks only when mentioned in the last sentences ---------------


def test_a_pronoun_whose_person_was_named_sentences_ago_names_nobody() -> None:
    text = (
        "The bridge was opened by Mayor Nora Lund in May. Traffic on the old road fell by a "
        "third within weeks. Shops on the quay reported more trade than in any summer before. "
        "The council plans a second crossing further south. Work on it could begin next "
        'spring. "It changed the whole town, and nobody expected that," she said.\n'
    )
    found = _quote(text, "changed the whole town")
    assert found.speaker is None
    assert found.speaker_start is not None  # the source's span, "she", is kept


def test_a_pronoun_whose_person_was_just_named_as_an_object_is_that_person() -> None:
    text = (
        "Traffic on the old road fell by a third within weeks. The bridge was opened by Mayor "
        'Nora Lund in May. "It changed the whole town, and nobody expected that," she said.\n'
    )
    assert _quote(text, "changed the whole town").speaker == "Nora Lund"


def test_the_subject_of_a_relative_clause_is_not_the_noun_it_describes() -> None:
    text = _COLUMN + (
        "Instead, Will called for voters to back Aldo Perk, whom he describes as having "
        '"a judge\u2019s temper and a mayor\u2019s patience."\n'
    )
    assert _quote(text, "a judge\u2019s temper").speaker not in {"Aldo Perk", "Tom Vell"}


# -- a clause that is the content of someone's words is theirs, not its subject's --------------


def test_the_owner_of_an_accusation_speaks_the_partial_quote_inside_its_clause() -> None:
    text = (
        'Toll card, take two. Tom Vell\'s accusation that Nora Lund is playing the "toll card" '
        "and would lose if she were a driver touched off a long debate in Kessa.\n"
    )
    assert _quote(text, "toll card").speaker == "Tom Vell"


# -- the trace of the paths (bench/speaker_paths.py reads it) --------------------------------


def test_a_trace_files_each_direct_quotes_path_and_nothing_outside_it() -> None:
    text = 'Mayor Tom Adler opened the bridge. "It is a fine day," Adler said.\n'
    with speaker_trace.tracing() as paths:
        found = [q for q in quotes(text) if q.kind == "direct"]
        assert speaker_trace.on()
        # another thread has its own context: nothing is traced there
        with ThreadPoolExecutor(max_workers=1) as pool:
            assert not pool.submit(speaker_trace.on).result()
    assert not speaker_trace.on()
    assert [q.speaker for q in found] == ["Tom Adler"]
    assert set(paths) == {found[0].start}
    assert paths[found[0].start].startswith("cue")


def test_a_surname_the_tagger_reads_as_a_people_still_names_the_person_the_article_gave() -> None:
    # The small model typed the second "Klitschko" of a real report NORP; the tag is set by
    # hand here so that the case does not hang on what the model makes of an invented name.
    text = (
        "The win took Vrolenko's record to 41-2 with 35 wins by knockout.\n"
        '"Tomas Brenner really took some punishment and I have to pay tribute to him," '
        "Vrolenko said.\n"
    )
    doc = load_pipeline("en_core_web_sm")(text)
    spans = [e for e in doc.ents if e.text != "Vrolenko"]
    first, second = (t.i for t in doc if t.text == "Vrolenko")
    spans += [Span(doc, first, first + 1, "PERSON"), Span(doc, second, second + 1, "NORP")]
    doc.ents = sorted(spans, key=lambda e: e.start)
    found = [q for q in extract_quotes(doc, build_actors(doc)) if "punishment" in q.text]
    assert [q.speaker for q in found] == ["Vrolenko"]


def test_the_sentences_of_a_long_quote_do_not_push_its_speaker_out_of_reach() -> None:
    # the main subject ("the hall") is no person; the speaker is the last person named, and
    # the quote's own four sentences stand between
    text = (
        "The old town hall, which seats up to 400 people, was badly damaged by the water, "
        "Helen Varnhof said.\n"
        '"The engineers are in there now.\n'
        "There is a lot of damage.\n"
        "The roof will have to come off.\n"
        'I have heard a figure of 2 million crowns, but I do not know for sure," she said.\n'
    )
    assert _quote(text, "engineers are in there").speaker == "Helen Varnhof"
