"""perf36's cuts of the actors' passes, each checked against the code it replaced (the
analysis's output must not change; every text is invented, every name fictional):

- ``actor_things.drop_things`` reads whether a name acts (``acts``) only where a cue would
  drop it, and whether it is protected once;
- the kin words (``actor_merge``, ``actor_name_forms``), the show words and the "won" words
  of ``actor_awards.award_words`` and the work nouns of ``actor_work_titles.quoted_titles``
  are looked for among the text's letter runs before their pattern scans the text;
- ``actor_diseases`` looks for a disease's word as a substring first; ``actor_marks`` for
  "plate" and a feature's lemma; ``actor_car_models`` tries its model patterns only where
  "Model", "ID." or a hyphen is.
"""

from __future__ import annotations

import copy
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsbeat.enrich import actor_awards, actor_car_models, actor_marks, actor_work_titles
from newsbeat.enrich.actor_diseases import _DISEASE_WORD, _DISEASE_WORDS
from newsbeat.enrich.actor_merge import _KIN as _MERGE_KIN
from newsbeat.enrich.actor_merge import _KIN_WORDS as _MERGE_KIN_WORDS
from newsbeat.enrich.actor_merge import names_kin
from newsbeat.enrich.actor_name_forms import _KIN as _FORMS_KIN
from newsbeat.enrich.actor_name_forms import _KIN_WORDS as _FORMS_KIN_WORDS
from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.name_context import folds_like_ascii, holds_any, letter_runs

# Pieces of invented text: the gates' words in several cases, their neighbours ("sonar",
# "showcase"), and characters whose case-blind matching or lower-casing is not ASCII's.
_WORDS = (
    *("son", "sons", "Son", "SON", "sonar", "grandson", "father", "uncle", "junior", "senior"),
    *("disease", "flu", "fluid", "fever", "Syndrome", "disorder"),
    *("won", "win", "wins", "winning", "window", "nominated", "for", "an", "two", "a"),
    *("host", "hosts", "hosting", "ceremony", "night", "Sunday", "show", "showcase", "telecast"),
    *("statuette", "statuettes", "Velmar", "Velmars", "Orsk", "Award", "Awards"),
    *("film", "films", "show", "hit", "series", "comedy", "play", "like", "called", "the"),
    *("licence", "license", "plate", "plates", "PLATE", "number", "registration"),
    *("Model", "Y", "ID.", "4", "ID", "Mach", "-E", "Velo", "Holm-Berg"),
)
_MARKS = (" ", "  ", "\t", "\n", ",", ".", "-", "_", "9", "\u2019s", '"', "\u201c", "\u201d")
_ODD = ("\u0130", "\u0131", "\u017f", "\u212a", "\u00e9", "\ufb01")
_PIECES = [*_WORDS, *_MARKS, *_ODD]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join) | st.text(max_size=30)


@settings(max_examples=600)
@given(_TEXTS)
@example("His son, Per Holm Jr., said so.")
@example("the sonar team")
@example("\u0130son and grand\u017fon")
def test_the_kin_gates_answer_as_the_patterns(text: str) -> None:
    letter_runs.cache_clear()
    assert names_kin(text, _MERGE_KIN_WORDS, _MERGE_KIN) is (_MERGE_KIN.search(text) is not None)
    assert names_kin(text, _FORMS_KIN_WORDS, _FORMS_KIN) is (_FORMS_KIN.search(text) is not None)


def test_the_kin_words_are_the_patterns_words() -> None:
    for pattern, words in ((_MERGE_KIN, _MERGE_KIN_WORDS), (_FORMS_KIN, _FORMS_KIN_WORDS)):
        inner = re.fullmatch(r"\\b\(\?:(.*)\)\\b", pattern.pattern)
        assert inner is not None
        assert frozenset(inner.group(1).split("|")) == words


@settings(max_examples=400)
@given(_TEXTS)
@example("a fluid flow")
@example("Kessel fever")
def test_no_disease_word_no_match(text: str) -> None:
    if not holds_any(text, _DISEASE_WORDS):
        assert _DISEASE_WORD.search(text) is None


def _award_words_before(text: str) -> frozenset[str]:
    """What ``award_words`` answered before perf36 (no letter-run gates)."""
    aw = actor_awards
    found = {
        m.group(1)
        for cue, words in aw._AWARD_CUES
        if any(w in text for w in words)
        for m in cue.finditer(text)
    }
    if any(w in text for w in aw._SHOW_GATE):
        found |= {
            m.group(1)
            for m in aw._SINGULAR_SHOW.finditer(text)
            if aw.written_as_word(text, m.group(1) + "s")
        }
        found |= {m.group(1) or m.group(2) for m in aw._PLURAL_SHOW.finditer(text)}
    found |= {w[:-1] for w in aw._KNOWN_CEREMONIES if aw.written_as_word(text, w)}
    return frozenset(w for w in found if w and w not in aw._NOT_AWARDS)


@settings(max_examples=600)
@given(_TEXTS)
@example("She won an Orsk for the film. The Velmars host was late; the Velmar host said so.")
@example("as Velmars host, two Orsks telecast")
@example("Velmar-hosting on Velmar Sunday beside the Velmars")
@example("winning two Velmars\u2019 statuettes")
def test_award_words_are_found_as_before(text: str) -> None:
    letter_runs.cache_clear()
    assert actor_awards.award_words(text) == _award_words_before(text)


def test_award_cues_still_find_invented_awards() -> None:
    text = (
        "Lena Holm won an Orsk for the film. Hosts of the Velmars met; the Velmar host, "
        "Per Ekdal, was late."
    )
    letter_runs.cache_clear()
    assert {"Orsk", "Velmar"} <= actor_awards.award_words(text)


def _quoted_titles_before(text: str) -> list[tuple[int, int]]:
    """What ``quoted_titles`` answered before perf36 (no letter-run gate)."""
    wt = actor_work_titles
    spans: list[tuple[int, int]] = []
    leads = (
        wt._LEAD_LOWER.finditer(text.lower()) if folds_like_ascii(text) else wt._LEAD.finditer(text)
    )
    for lead in leads:
        at = lead.end()
        while True:
            title = wt._ONE.match(text, at)
            if title is None or not wt._a_title(title.group("t")):
                break
            spans.append(title.span("t"))
            more = wt._NEXT.match(text, title.end())
            if more is None:
                break
            at = more.end()
    return spans


@settings(max_examples=600)
@given(_TEXTS)
@example('the film "Velmar" and "Orsk Nights"')
@example("FILMS like \u201cThe Orsk Road\u201d")
@example('the \u017fhow "Velmar"')
def test_quoted_titles_are_found_as_before(text: str) -> None:
    letter_runs.cache_clear()
    assert actor_work_titles.quoted_titles(text) == _quoted_titles_before(text)


def test_the_work_words_are_the_patterns_words() -> None:
    for word in actor_work_titles._WORK_WORDS:
        assert re.fullmatch(actor_work_titles._WORKS, word), word
    for word in ("films", "comedies", "documentary", "programmes", "singles", "series"):
        assert word in actor_work_titles._WORK_WORDS


@settings(max_examples=400)
@given(_TEXTS, st.integers(min_value=0, max_value=40))
@example("with the licence plate KRT 4471", 31)
@example("LICENSE PLATES KRT", 15)
def test_no_plate_word_no_plate(text: str, end: int) -> None:
    plates = not folds_like_ascii(text) or "plate" in text.lower()
    if not plates:
        assert actor_marks._PLATE_BEFORE.search(text[max(0, end - 40) : end]) is None


@settings(max_examples=400)
@given(_TEXTS, st.integers(min_value=0, max_value=40))
@example("the Velo Model Y", 8)
@example("the Velo ID. 4", 8)
@example("Velo Mach-E", 9)
def test_the_car_model_gates_hold_where_the_patterns_match(text: str, end: int) -> None:
    cm = actor_car_models
    if cm._CAR_MODEL.fullmatch(text):
        assert "Model" in text or "ID." in text
    if cm._MODEL_AFTER.match(text, end):
        assert "Model" in text or "ID." in text
    if cm._MARK_MODEL.fullmatch(text):
        assert "-" in text
    if cm._MARK_AFTER.match(text, end):
        assert text.startswith("-", end)


def test_car_models_still_drop_invented_models() -> None:
    text = "Lena Holm bought a Velo Model Y and a Velo Mach-E in Orsk."
    table = ArticleActors(text=text)
    for name, type_ in (("Velo Model", "ORG"), ("Velo Mach", "ORG"), ("Lena Holm", "PERSON")):
        at = text.index(name)
        table._add(name, type_, at, at + len(name))
    actor_car_models.drop_car_models(table)
    assert set(table.actors) == {"Lena Holm"}


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from newsbeat.enrich.nlp import load_pipeline

    return load_pipeline("en_core_web_sm")


def _drop_things_before(doc, table: ArticleActors) -> None:  # type: ignore[no-untyped-def]
    """``drop_things`` as it was before perf36: whether a name acts read for every name."""
    from newsbeat.enrich import actor_things as at

    thing_spans = (
        at._thing_label_names(doc, at.clean_name)
        | at._initials_of_things(doc, table)
        | at.versioned_names(table.text, list(table.actors))
        | at.software_names(doc, table.text, list(table.actors))
        | at.product_names({name: info.type for name, info in table.actors.items()})
    )
    spans_of = at.spans_by_actor(doc, table)
    may_call = not (at._THING_NOUNS | {"season"}).isdisjoint(at.lemmas_lower(doc))
    may_title = at.found_case_blind(table.text, at._WORK_NOUN_LOWER, at._WORK_NOUN, at.WORK_RUNS)
    dropped: list[str] = []
    dropped_mentions: set[tuple[int, int]] = set()
    for name, info in list(table.actors.items()):
        if info.type == "GROUP" or info.iso3 or at.lookup_country(name) is not None:
            continue
        spans = spans_of.get(name, [])
        called = [s for s in spans if at._called_a_thing(doc, s)] if may_call else []
        acting = at.acts(doc, table.text, spans)
        protected = at._protected(name, info.type)
        kept = protected or acting
        text = table.text
        if (
            at._is_award(name)
            or (not kept and at._an_award(text, spans))
            or (called and not kept)
            or (may_title and not (protected or at._speaks(doc, spans)) and at._titled(text, name))
            or (not acting and (at._is_event(name) or at._is_venue(name)))
            or (not acting and at._model_suffix(doc, name, spans))
        ):
            dropped.append(name)
        elif called:
            dropped_mentions.update((s.start_char, s.end_char) for s in called)
        elif not kept:
            owned = info.type in {"ORG", "GPE", "LOC"} and any(
                at._owned_or_sized(doc, s) for s in spans
            )
            device = info.type in {"ORG", "GPE", "LOC", "PERSON"} and (
                name.split()[-1].lower() in at._DEVICE_NAME_ENDS
                or (bool(spans) and all(at._qualifies_a_device(doc, s) for s in spans))
            )
            equipment = bool(spans) and all(at._listed_as_equipment(text, s) for s in spans)
            if owned or device or equipment or name in thing_spans:
                dropped.append(name)
        if name not in dropped and not at._protected(name, info.type) and at._a_make_or_model(name):
            dropped_mentions.update(
                (s.start_char, s.end_char) for s in spans if at._a_product(doc, s)
            )
    for thing in list(dropped):
        for name in list(table.actors):
            if (
                name not in dropped
                and at._named_after(name, thing)
                and not at.acts(doc, table.text, spans_of.get(name, []))
            ):
                dropped.append(name)
    for name in dropped:
        table.actors.pop(name, None)
    if dropped or dropped_mentions:
        gone = set(dropped)
        table.drop_mentions(
            lambda m: m.actor in gone or at._span_key(doc, m.start, m.end) in dropped_mentions
        )


_THING_TEXTS = (
    "Kessel Motors said the Velmar Prize would go to the Orsk Arena show. Lena Holm won the "
    "Velmar Prize in 2019, and a spokesman for Kessel Motors declined to comment.",
    "The new Velo Skyline comes standard with Orsa Sync and Velo Link, as well as Kessbook "
    "Play. Per Ekdal drove his Velo Skyline to the Kittby Air Show.",
    "The novel Harbour Lights, a film called Orsk Nights and the sequel, Velmar Rising, were "
    "all made by Kessel Studios, which said it would make a third.",
    "A 13-inch Kessbook Pro sat beside a new Velo in the Orsa Arena. Kessel Arena officials "
    "said the Orsa Arena would reopen; the Velmar Harbour Development Plan was delayed.",
)


@pytest.mark.parametrize("text", _THING_TEXTS)
def test_drop_things_drops_as_before(nlp, monkeypatch, text: str) -> None:  # type: ignore[no-untyped-def]
    from newsbeat.enrich import actor_things, actors
    from newsbeat.enrich.doc_text import keep_text

    doc = nlp(text)
    keep_text(doc, text)
    seen: list[bool] = []

    def both(doc, table: ArticleActors) -> None:  # type: ignore[no-untyped-def]
        before = copy.deepcopy(table)
        _drop_things_before(doc, before)
        actor_things.drop_things(doc, table)
        assert repr(table.actors) == repr(before.actors)
        assert table.mentions == before.mentions
        seen.append(True)

    monkeypatch.setattr(actors, "drop_things", both)
    actors.build_actors(doc)
    assert seen == [True]
