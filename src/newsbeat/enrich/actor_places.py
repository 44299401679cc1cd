"""Places NER ran together or left out (issue 12, item 3), from the gazetteer
(:func:`~newsbeat.enrich.names.place_kind`):

* a place span ending with a US state or a country, its first part a place of the gazetteer
  and the whole none ("the town of Drammen Norway", tagged as one facility or place),
  is two places: the town and the state;
* an untagged proper noun that the gazetteer knows as a place, listed with a place the
  article tags and with no person or organisation ("for Bergen, Drammen and the Tarn
  Valley"), is a place. A surname of a person of the article stays out;
* a one-word "organisation" listed with a place is a place ("Kaldria and Sorvenland
  signed", the second tagged ORG); places named together are kept for "the two countries"
  (:func:`promote_listed_places`, moved here from ``actors.py``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_mention_spans import token_mentions
from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.doc_arrays import (
    conjuncts,
    dep_id,
    doc_arrays,
    doc_ents,
    heads,
    texts,
    token_offsets,
    with_dep,
)
from newsbeat.enrich.names import place_kind, surname

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


__all__ = ["promote_listed_places", "split_town_and_state", "type_listed_places"]

_PLACE_SPANS = frozenset({"FAC", "GPE", "LOC"})
_REGIONS = frozenset({"state", "country"})


def split_town_and_state(doc: Doc, table: ArticleActors) -> None:
    """A place span "<town> <state or country>" becomes two place mentions (see the module
    docstring); the one actor NER's span made, if any, gives way."""
    for ent in doc_ents(doc):
        if ent.label_ not in _PLACE_SPANS:
            continue
        parts = _town_and_region(ent)
        if parts is None:
            continue
        _drop_mentions(table, ent.start_char, ent.end_char)
        for part in parts:
            table._add(part.text, "GPE", part.start_char, part.end_char)


def _town_and_region(ent: Span) -> tuple[Span, Span] | None:
    if len(ent) < 2:
        return None  # one word (most places): fewer than two words, read without its tokens
    words = [t for t in ent if not (t.is_punct or t.lower_ == "the")]
    if not 2 <= len(words) <= 4 or any(t.is_punct for t in ent) or place_kind(ent.text):
        return None
    for cut in (1, 2):  # "Alaska", "New Mexico"
        if cut >= len(words):
            break
        region = ent.doc[words[-cut].i : words[-1].i + 1]
        town = ent.doc[words[0].i : words[-cut].i]
        if (
            place_kind(region.text) in _REGIONS
            and len(town) <= 2
            and all(t.text[:1].isupper() for t in town)
            and place_kind(town.text) is not None
        ):
            return town, region
    return None


def _drop_mentions(table: ArticleActors, start: int, end: int) -> None:
    """Remove the mentions inside ``[start, end)``, and their actors left with none."""
    gone = [m for m in table.mentions if start <= m.start and m.end <= end]
    if not gone:
        return
    table.mentions = [m for m in table.mentions if m not in gone]
    for m in gone:
        table.drop_mention(m.actor)


def type_listed_places(doc: Doc, table: ArticleActors) -> None:
    """Untagged gazetteer places listed with a tagged place are places (see the module
    docstring)."""
    head, dep, conj = heads(doc), doc_arrays(doc).dep, dep_id("conj")
    lists = {head[i] for i in with_dep(doc, "conj") if dep[head[i]] != conj}
    if not lists:
        return
    borne = {surname(a.name) for a in table.actors.values() if a.type == "PERSON"}
    offsets, words = token_offsets(doc), texts(doc)
    for i in sorted(lists):
        members = [i, *conjuncts(doc, i)]
        labels = [_label_at(table, offsets[j], offsets[j] + len(words[j])) for j in members]
        if "GPE" not in labels and "LOC" not in labels:
            continue
        if any(label not in {None, "GPE", "LOC"} for label in labels):
            continue  # a person or organisation in the list: not a list of places
        for j, label in zip(members, labels, strict=True):
            if label is not None:
                continue
            tok = doc[j]
            if (
                tok.pos_ == "PROPN"
                and tok.text[:1].isupper()
                and tok.text not in borne
                and not _in_compound(tok)
                and place_kind(tok.text) is not None
            ):
                table._add(tok.text, "GPE", tok.idx, tok.idx + len(tok.text))


def _label_at(table: ArticleActors, start: int, end: int) -> str | None:
    mention = table.actor_at(start, end)
    return mention.label if mention is not None else None


def _in_compound(tok: Token) -> bool:
    """Whether the token is part of a longer proper name ("Palmer" of "Palmer Fire")."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children) or (
        tok.dep_ == "compound"
    )


def _the_unknown_place(tok: Token) -> bool:
    """ "Washington and the Taliban": a name after "the" that no gazetteer knows is a group or
    a body, not a country NER missed (the countries that take "the" are in the gazetteer)."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the" and place_kind(tok.text) is None


def promote_listed_places(doc: Doc, table: ArticleActors) -> None:
    """A one-word "organisation" listed with a place is a place: in "Kaldria and Sorvenland
    signed" NER often tags the second, unfamiliar name ORG. Pairs of places named together
    are kept for "the two countries"."""
    from spacy.symbols import PROPN  # loaded with a parse

    pos = doc_arrays(doc).pos
    listed = [doc[i] for i in with_dep(doc, "conj") if pos[i] == PROPN]
    if not listed:
        return
    of_token = token_mentions(doc, table)
    promote: set[str] = set()
    for tok in listed:
        if tok.head.pos_ != "PROPN":
            continue
        a, b = of_token[tok.i], of_token[tok.head.i]
        if a is None or b is None:
            continue
        for one, other, one_tok in ((a, b, tok), (b, a, tok.head)):
            info = table.actors.get(one.actor)
            if (
                info is not None
                and info.type == "ORG"
                and " " not in info.name
                and table.type_of(other.actor) == "GPE"
                and not _the_unknown_place(one_tok)
            ):
                promote.add(one.actor)
    for name in promote:
        table.actors[name].type = "GPE"
    if promote:
        table.mentions = [
            replace(m, label="GPE") if m.actor in promote else m for m in table.mentions
        ]
    for tok in listed:
        if tok.head.dep_ == "conj":
            continue
        first = tok.head.i
        members = [of_token[j] for j in (first, *conjuncts(doc, first))]
        names = list(dict.fromkeys(m.actor for m in members if m is not None))
        if len(names) == len(members) and all(table.type_of(n) == "GPE" for n in names):
            table.place_lists.append((tok.head.idx, names))
    for tok in listed:
        a, b = of_token[tok.head.i], of_token[tok.i]
        if (
            a is not None
            and b is not None
            and a.actor != b.actor
            and table.type_of(a.actor) == "GPE"
            and table.type_of(b.actor) == "GPE"
        ):
            table.place_pairs.append((tok.idx, a.actor, b.actor))
