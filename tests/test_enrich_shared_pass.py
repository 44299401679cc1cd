"""The shared per-doc tables (sentences, word flags, entity rows) give what spaCy's objects
give, and the rules rewritten on them answer as their span-by-span forms did (the analysis's
output must not change). Invented texts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import (
    children,
    conjuncts,
    doc_ents,
    ent_rows,
    heads,
    keep_sentences,
    labels_within,
    sentence_bounds,
    sentences,
    word_flags,
)
from newsbeat.enrich.doc_text import keep_text
from newsbeat.enrich.game_rules import GAME_NOUNS, game_play
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.speaker_captions import (
    _BARE_WORDS,
    _CREDIT,
    _CREDIT_WORDS,
    _HEADING_WORDS,
    _INLINE_CREDIT,
    _SENTENCE_ENDS,
    caption_starts,
)
from newsbeat.enrich.speaker_places import _begins_a_place, _verdict

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_TEXTS = (
    "Tom Vell said on Monday that the harbour would reopen in May. "
    '"The quay is first," he said.\n\nPOOL/Kessa Press.\n\n'
    "Harbour officer Aldo Perk holds up the old lock of the quay during the works in 2019.\n\n"
    '"Nothing closes for long," he said.\n'
    "Aldo Perk, Port Avel\n\nThe ferry to Orlando or Vell Bay sails at dawn. (Photo: Ina Moss)\n"
    "Pupils of Vell Bay Primary School waited near Vell Bay. Getty Images\n\nIt rained.",
    "  Lena Ross, Kessa Harbour  \n\n\nThe mayor, Ina Moss of Norvik, spoke. Shutterstock\n"
    "Ina Moss\n\nMoss and Tom Vell met in Port Avel; AP Photo\nTom Vell near Port Avel.",
    "",
    "One sentence only",
)


def _docs() -> list[Doc]:
    nlp = load_pipeline("en_core_web_sm")
    found = []
    for text in _TEXTS:
        doc = nlp(text)
        keep_text(doc, text)
        found.append(doc)
    return found


def test_sentence_table_is_spacys_sentences() -> None:
    for doc in _docs():
        assert sentence_bounds(doc) == [(s.start, s.end) for s in doc.sents]
        table = sentences(doc)
        if not len(doc):
            assert table is None
            continue
        assert table is not None and table is sentences(doc)
        assert [(table.first[t.i], table.last[t.i]) for t in doc] == [
            (t.sent.start, t.sent.end) for t in doc
        ]
        keep_sentences(doc)  # the hooks read the same table
        assert [(t.sent.start, t.sent.end) for t in doc] == [
            (table.first[t.i], table.last[t.i]) for t in doc
        ]


def test_word_flags_and_entity_rows_are_the_tokens_and_spans() -> None:
    for doc in _docs():
        assert word_flags(doc) == [not (t.is_punct or t.is_space) for t in doc]
        rows = ent_rows(doc)
        assert list(zip(rows.starts, rows.ends, rows.labels, rows.texts, strict=True)) == [
            (e.start, e.end, e.label_, e.text) for e in doc.ents
        ]
        n = len(doc)
        for start in range(n + 1):
            for end in range(start, min(n, start + 30) + 1):
                assert labels_within(rows, start, end) == [e.label_ for e in doc[start:end].ents]


# -- the span-by-span forms the rules had before the tables ------------------------------------


def _old_lines(doc: Doc) -> list[list[Span]]:
    text = doc.text
    lines: list[list[Span]] = []
    for sent in doc.sents:
        if not lines or "\n" in text[lines[-1][-1].end_char - 2 : sent.start_char + 1]:
            lines.append([sent])
        else:
            lines[-1].append(sent)
    return lines


def _old_has_verb(sents: list[Span]) -> bool:
    return any(t.pos_ in {"VERB", "AUX"} for s in sents for t in s)


def _old_words(sents: list[Span]) -> int:
    return sum(1 for s in sents for t in s if not (t.is_punct or t.is_space))


def _old_credit(sents: list[Span]) -> bool:
    text = " ".join(s.text.strip() for s in sents)
    return (
        _old_words(sents) <= _CREDIT_WORDS
        and not _old_has_verb(sents)
        and bool(_CREDIT.search(text))
    )


def _old_bare(sents: list[Span]) -> bool:
    labels = {e.label_ for s in sents for e in s.ents}
    return (
        _old_words(sents) <= _BARE_WORDS
        and not _old_has_verb(sents)
        and "PERSON" in labels
        and bool(labels & {"GPE", "LOC", "FAC"})
    )


def _old_caption_starts(doc: Doc) -> frozenset[int]:
    starts: set[int] = set()
    lines = _old_lines(doc)
    for k, line in enumerate(lines):
        if _old_credit(line):
            starts.update(s.start for s in line)
            if k + 1 < len(lines) and not _old_credit(lines[k + 1]):
                starts.update(s.start for s in lines[k + 1])
        elif _INLINE_CREDIT.search(line[-1].text) or _old_bare(line) or _old_subhead(line):
            starts.update(s.start for s in line)
    return frozenset(starts)


def _old_subhead(sents: list[Span]) -> bool:
    if len(sents) != 1 or _old_words(sents) > _HEADING_WORDS:
        return False
    text = sents[0].text.rstrip()
    return (
        not text.endswith(_SENTENCE_ENDS)
        and "," not in text
        and text[:1].isupper()
        and sents[0][0].pos_ not in {"ADV", "CCONJ", "SCONJ", "PRON", "DET"}
        and not any(e.label_ == "PERSON" and len(e) > 1 for e in sents[0].ents)
    )


def _old_verdict(doc: Doc, name: str) -> bool:
    words = name.split()
    if len(words) < 2:
        return False
    for ent in doc.ents:
        ent_words = ent.text.split()
        if _begins_a_place(words, ent_words, ent.label_):
            return True
        if ent.text != name:
            continue
        root = ent.root
        if root.dep_ == "pobj" and root.head.lower_ in {"near", "outside", "inside"}:
            return True
        if root.dep_ == "conj" and root.head.ent_type_ in {"FAC", "GPE", "LOC", "EVENT"}:
            return True
    return False


def test_caption_starts_are_the_span_forms() -> None:
    found = []
    for doc in _docs()[:2]:
        found.append(caption_starts(doc))
        assert found[-1] == _old_caption_starts(doc)
    assert all(found)  # the texts have captions


def test_place_verdicts_are_the_span_forms() -> None:
    verdicts = []
    for doc in _docs():
        names = {e.text for e in doc.ents} | {"Vell Bay", "Port Avel", "Tom", "Aldo Perk"}
        for name in sorted(names):
            verdicts.append(_verdict(doc, name))
            assert verdicts[-1] == _old_verdict(doc, name), name
        doc_ents(doc)  # kept: the verdicts read the kept spans
    assert any(verdicts) and not all(verdicts)


_GAMES = (
    "The Harriers grabbed 11 rebounds and shot 46 percent, then cut into the deficit with a "
    "9-2 spurt. Dalmor blocked two shots. Kessa countered with a 19-4 run as Orvale defeated "
    "Brask 65-53, a lead Orvale never relinquished. The Jays forced three turnovers and shot "
    "46 % in the second half; Tom Vell scored 23 points. Vell signed Aldo Perk and fired the "
    "coach. An 86-yard touchdown run sealed it. The council cut the budget with a vote."
)


def test_heads_and_children_are_the_tokens() -> None:
    for doc in [*_docs(), load_pipeline("en_core_web_sm")(_GAMES)]:
        assert heads(doc) == [t.head.i for t in doc]
        table = children(doc)
        assert [table[t.i] for t in doc] == [[c.i for c in t.children] for t in doc]


def _old_game_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in GAME_NOUNS or tok.lower_ in GAME_NOUNS:
        return True
    return lemma == "run" and any(
        c.like_num or c.lemma_.lower() in GAME_NOUNS
        for c in tok.children
        if c.dep_ in {"compound", "nummod", "amod"}
    )


def _old_percent(tok: Token) -> bool:
    if tok.pos_ != "NUM":
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.ent_type_ == "PERCENT" or (nxt is not None and nxt.lower_ in {"%", "percent"})


def _old_game_play(tok: Token) -> bool:
    if tok.pos_ != "VERB":
        return False
    if any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in tok.children):
        return False
    if tok.dep_ == "relcl" and _old_game_noun(tok.head):
        return True
    for child in tok.children:
        if child.dep_ in {"dobj", "npadvmod"}:
            if _old_percent(child) or _old_game_noun(child):
                return True
        elif (
            child.dep_ == "prep"
            and child.lower_ in {"into", "with"}
            and any(o.dep_ == "pobj" and _old_game_noun(o) for o in child.children)
        ):
            return True
    return False


def test_game_play_on_columns_is_the_token_form() -> None:
    doc = load_pipeline("en_core_web_sm")(_GAMES)
    found = [game_play(tok) for tok in doc]
    assert found == [_old_game_play(tok) for tok in doc]
    assert 3 <= sum(found) < sum(tok.pos_ == "VERB" for tok in doc)


def test_conjuncts_are_the_tokens() -> None:
    doc = load_pipeline("en_core_web_sm")(
        "Orsk, Velmar and Kessa signed, and Dalmor, Brask or Holm, with Tom Vell and Ina Moss, "
        "left Port Avel, Norvik and the Kessa Harbour; they ran, swam and sailed home."
    )
    found = [conjuncts(doc, t.i) for t in doc]
    assert found == [[c.i for c in t.conjuncts] for t in doc]
    assert sum(1 for f in found if len(f) >= 2) >= 3
