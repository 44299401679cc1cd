"""Session 22's faster forms answer what the forms they replaced answered (the analysis's
output must not change): a name span's trimming with its words' text cut from the kept text
and its loose end read from the columns, the unit after a figure, a figure's table test with
its line's answer kept per line, the round clock's first test, the hedge before a figure, the
surname spellings with each full name's key worked out once, the mentions as spans from the
kept token bounds, and the tail-teller sentence test read first from the columns. Invented
text, every token (or every span of up to five tokens)."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from newsbeat.enrich import claim_claimants
from newsbeat.enrich import name_spans as ns
from newsbeat.enrich.actor_mention_spans import spans_by_actor
from newsbeat.enrich.actor_merge import rename_actor
from newsbeat.enrich.actor_people import join_surname_spellings
from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.analysis import EnrichOptions
from newsbeat.enrich.claim_clock import _clock_read, clock_at
from newsbeat.enrich.claim_hedges import _hedge, _unit_after
from newsbeat.enrich.claim_tables import _table_line, _table_line_kept, _table_row, in_table
from newsbeat.enrich.doc_text import keep_text
from newsbeat.enrich.names import spelling_key, surname
from newsbeat.enrich.nlp import load_pipeline

_TEXT = (
    "Lt. Ivo Kerr of the Orsk Harbour Police said the Velmar Rovers' striker doesn ’ t play. "
    'Vincent "Chin" Orsk, the “ Orsk City Council and Ada Rowe ( the mayor met Per Ekdal. '
    "Kittby Lions 26 - 1 on Injured Reserve, Lena Holm's deputy and the Brask Times' editor "
    "said turnout rose 5 % to 7 percent, then 6 per cent, or 3 pct, up more than $5 million "
    "and up to an additional 15 per cent.\n\n"
    "Arden 3 Bruck 1\nOrsk 2 Tarn 0\nHaldis 12,408 votes 41.2 percent\n\n"
    "Sorvik stopped Dane 44 seconds into the seventh round, after two minutes of the "
    "third round, and at the 2:15 mark of the fifth round. The fifth day of protests came "
    "after 40 days, about 1,200 people and nearly €3 billion. Gen. Tomas Brenn, GM Lena "
    "Baxter and rookie Emil Vosk spoke."
)


@pytest.fixture(scope="module")
def doc() -> Any:
    parsed = load_pipeline(EnrichOptions().model)(_TEXT)
    keep_text(parsed, _TEXT)
    return parsed


def _loose_end_before(tok: Any) -> bool:
    """``name_spans._loose_end`` as it read a token object."""
    if tok.lower_ in {"'s", "’s", "'", "’"}:
        return False
    if tok.is_punct and tok.text not in {")", "."}:
        return True
    if tok.text.islower() and (tok.text in ns._stop_words() or tok.text in ns._contraction_stems()):
        return True
    return bool(tok.text.rstrip(".").lower() in ns._RANKS)


def test_a_loose_end_from_the_columns_is_the_tokens(doc: Any) -> None:
    answers = [ns._loose_end(doc, i) for i in range(len(doc))]
    assert answers == [_loose_end_before(tok) for tok in doc]
    assert any(answers) and not all(answers)


def _trimmed_before(doc: Any, ent: Any) -> Any:
    """``name_spans.trimmed`` as it was: the words' text from spans, loose ends from tokens."""
    from spacy.tokens import Span

    start, end = ent.start, ent.end
    written = doc.text[ent.start_char : ent.end_char]
    marks = sum(ch in ns._QUOTE_MARKS for ch in written)
    inside = ent[1:] if marks % 2 or "(" in written else ()
    for tok in inside:
        if (marks % 2 and any(ch in ns._QUOTE_MARKS for ch in tok.text)) or (
            tok.text == "(" and not any(t.text == ")" for t in doc[tok.i : ent.end])
        ):
            if any(ns._name_word(t) for t in doc[start : tok.i]):
                end = tok.i
            else:
                start = tok.i + 1
            break
    if any(dash in written for dash in ns._DASHES):
        words = doc[start:end]
        if len(words) >= 3 and words[-1].like_num and words[-2].text in ns._DASHES:
            end -= 3 if len(words) >= 4 and words[-3].like_num else 2
    roster = ns._ROSTER_CUT.search(doc[start:end].text)
    if roster is not None:
        cut = doc[start:end].char_span(0, roster.start(), alignment_mode="contract")
        end = cut.end if cut is not None and len(cut) else start
    if doc[start:end].text.lower() in ns._ROSTER_LISTS or ns._MONTH_DAY.fullmatch(
        doc[start:end].text
    ):
        return None
    if " the " in doc[start:end].text:
        start = ns._past_glued_object(doc, start, end)
    while end > start + 1 and _loose_end_before(doc[end - 1]):
        end -= 1
    label = ent.label_
    if 3 <= end - start <= 4 and ns._described(doc[start], doc[start + 1], doc[start + 2 : end]):
        rest = doc[start + 1 : end].text
        if label == "PERSON" or any(
            e.label_ == "PERSON" and e.text.split()[-1] == rest.split()[-1] for e in doc.ents
        ):
            start, label = start + 1, "PERSON"
    if (start, end, label) == (ent.start, ent.end, ent.label_):
        return ent
    if start >= end or not any(ns._name_word(t) for t in doc[start:end]):
        return None
    return Span(doc, start, end, label=label)


def _bounds(span: Any) -> tuple[int, int, str] | None:
    return None if span is None else (span.start, span.end, span.label_)


def test_trimming_reads_what_it_read_from_spans(doc: Any) -> None:
    from spacy.tokens import Span

    changed = 0
    for start in range(len(doc)):
        for end in range(start + 1, min(start + 6, len(doc)) + 1):
            for label in ("PERSON", "ORG"):
                ent = Span(doc, start, end, label=label)
                found = _bounds(ns.trimmed(doc, ent))
                assert found == _bounds(_trimmed_before(doc, ent))
                changed += found != (start, end, label)
    assert changed  # the text has spans the trimming cuts or drops


def test_score_parts_read_the_span_text(doc: Any) -> None:
    from spacy.tokens import Span

    ent = Span(doc, 10, 30, label="ORG")
    assert any(dash in ent.text for dash in ns._DASHES) is any(
        dash in doc.text[ent.start_char : ent.end_char] for dash in ns._DASHES
    )
    for start in range(len(doc) - 5):
        ent = Span(doc, start, start + 5, label="ORG")
        if not any(dash in ent.text for dash in ns._DASHES):
            assert ns._score_parts(doc, ent) == [ent]


def _unit_after_before(doc: Any, at: int) -> tuple[str, ...]:
    for unit in (("%",), ("percent",), ("pct",), ("per", "cent")):
        end = at + len(unit)
        if end <= len(doc) and tuple(t.lower_ for t in doc[at:end]) == unit:
            return unit
    return ()


def test_the_unit_after_a_figure_from_the_lower_case_column(doc: Any) -> None:
    found = [_unit_after(doc, at) for at in range(len(doc) + 2)]
    assert found == [_unit_after_before(doc, at) for at in range(len(doc) + 2)]
    assert {("%",), ("percent",), ("pct",), ("per", "cent")} <= set(found)


def test_a_figure_in_a_table_as_before(doc: Any) -> None:
    text = doc.text
    answers = [in_table(doc, text, i) for i in range(len(doc))]
    before = [
        _table_row(doc, tok.sent.start, tok.sent.end) or _table_line(text, tok.idx) for tok in doc
    ]
    assert answers == before
    assert any(answers) and not all(answers)


def test_a_line_kept_per_line_answers_for_its_own_text(doc: Any) -> None:
    text = doc.text
    for pos in range(len(text) + 1):
        assert _table_line_kept(doc, text, pos) == _table_line(text, pos)
    # another text (the same length, no table) is not answered from the first one's lines
    other = re.sub(r"\d", "x", text)
    for pos in range(0, len(other), 7):
        assert _table_line_kept(doc, other, pos) == _table_line(other, pos)
    assert any(_table_line(text, pos) for pos in range(len(text)))


def _clock_key(clock: Any) -> tuple[Any, ...] | None:
    if clock is None:
        return None
    verb = None if clock.verb is None else clock.verb.i
    return (clock.first, clock.last, clock.seconds, clock.round_no, verb)


def test_the_clock_test_first_changes_no_clock(doc: Any) -> None:
    found = [_clock_key(clock_at(doc, i)) for i in range(len(doc))]
    assert found == [_clock_key(_clock_read(doc, i)) for i in range(len(doc))]
    assert sum(key is not None for key in found) >= 2


def _hedge_before(doc: Any, first: int) -> str:
    from newsbeat.enrich import claim_counted, claim_currencies, claim_hedges

    signed = first > 0 and doc[first - 1].text in claim_counted._UNITS
    if (signed and not doc[first - 1].is_alpha) or claim_currencies.sign_before(doc, first):
        first -= 1
    prev = doc[max(0, first - 4) : first].text.lower()
    prev = " " + re.sub(r"[^\w.$€£ ]", " ", prev).strip()
    prev = claim_hedges._MORE_OF.sub("", prev)
    return claim_hedges._ARTICLE_AFTER.sub(lambda m: m.group(1) or m.group(2), prev)


def test_the_hedge_before_a_figure_as_before(doc: Any) -> None:
    found = [_hedge(doc, i) for i in range(len(doc))]
    assert found == [_hedge_before(doc, i) for i in range(len(doc))]
    assert any(" more than $" in h for h in found)


def _spellings_before(table: ArticleActors) -> None:
    """``join_surname_spellings`` as it was: every full name's key again for each lone name."""
    people = [name for name, info in table.actors.items() if info.type == "PERSON"]
    full = [name for name in people if " " in name]
    for name in people:
        if " " in name or name not in table.actors:
            continue
        key = spelling_key(name)
        found = [p for p in full if surname(p) != name and spelling_key(surname(p)) == key]
        if len(found) == 1 and found[0] in table.actors:
            rename_actor(table, name, found[0])


@pytest.mark.parametrize(
    "names",
    [
        ["Oleksa Zelenskyy", "Zelensky", "Zelenskiy", "Kaldria"],
        ["Ada Rowe", "Rowe", "Per Rowe", "Rowwe"],  # two full names: neither is chosen
        ["Tomas Brennij", "Brenny", "Lena Holm", "Holmm", "Holm"],
        ["Velmar"],
    ],
)
def test_surname_spellings_join_as_before(names: list[str]) -> None:
    table = ArticleActors(text=" ".join(names))
    at = 0
    for name in names:
        table._add(name, "GPE" if name in {"Kaldria", "Velmar"} else "PERSON", at, at + len(name))
        at += len(name) + 1
    before = copy.deepcopy(table)
    _spellings_before(before)
    join_surname_spellings(table)
    assert list(table.actors) == list(before.actors)
    assert table.mentions == before.mentions
    assert {name: info.mentions for name, info in table.actors.items()} == {
        name: info.mentions for name, info in before.actors.items()
    }


def test_mentions_as_spans_from_the_kept_bounds(doc: Any) -> None:
    text = doc.text
    table = ArticleActors(text=text)
    for start in range(0, len(text) - 6, 5):  # many not on a token's edge
        table._add(f"X{start % 3}", "ORG", start, start + 6)
    found = spans_by_actor(doc, table)
    before: dict[str, list[Any]] = {}
    for m in table.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            before.setdefault(m.actor, []).append(span)
    assert found == {
        a: [(s.start, s.end, s.start_char, s.end_char) for s in v] for a, v in before.items()
    }
    assert sum(len(v) for v in found.values()) > 10


def _tail_before(sent: Any, pos: int) -> Any:
    words = [t for t in sent if not t.is_space]
    while words and words[-1].text in claim_claimants._TAIL_MARKS:
        words.pop()
    if len(words) < 3 or words[-1].lower_ not in claim_claimants._TAIL_VERBS:
        return None
    comma = next((k for k in range(len(words) - 2, -1, -1) if words[k].text == ","), None)
    if comma is None or comma < 1 or pos >= words[comma].idx:
        return None
    return words, comma


def test_a_tail_teller_sentence_read_first_from_the_columns() -> None:
    text = (
        "The deficit will reach $1.2 trillion, the Orsk Budget Office projects.\n\n"
        'Growth slowed to 2 percent, Velt said. "It fell 3 percent," the Courier reported!\n'
        "Sales rose 4 percent, the Brask Times says \u201d  \n\nNothing here tells 5 percent."
    )
    parsed = load_pipeline(EnrichOptions().model)(text)
    keep_text(parsed, text)
    assert [t.is_space for t in parsed] == [t.text.isspace() for t in parsed]
    told = 0
    for sent in parsed.sents:
        for pos in range(sent.start_char, sent.end_char + 1, 3):
            found, before = claim_claimants._tail(sent, pos), _tail_before(sent, pos)
            assert (found is None) is (before is None)
            if found is not None:
                assert [t.i for t in found[0]] == [t.i for t in before[0]]
                assert found[1] == before[1]
                told += 1
    assert told
