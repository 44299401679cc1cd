"""Names NER tagged in one place and missed in another (issue 12, item 3).

A proper name the article tags as a place or organisation, the surname of the one person of
the article who bears it, a team's last word, or a person's full name, is that actor wherever
else the article writes it untagged (:func:`add_missed_repeats`). So is a first name alone that
only one person of the article has, written alone (not before another name): NER misses it or
takes it for a date or a work ("Wladimir and his older brother", "Tony was watching
Wladimir's right hand") (:func:`add_missed_first_names`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_table import ArticleActors, MentionRef
from newsbeat.enrich.doc_arrays import (
    doc_arrays,
    doc_ents,
    expanded_bounds,
    indices_in,
    pos_id,
    texts,
    token_offsets,
    word_ids,
    words_text,
)
from newsbeat.enrich.names import is_first_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


__all__ = ["add_missed_first_names", "add_missed_repeats"]


def add_missed_repeats(
    doc: Doc,
    table: ArticleActors,
    clean: Callable[[str], str],
    title_heads: frozenset[str],
    title_modifiers: frozenset[str],
) -> None:
    """A proper name NER tagged as a place or organisation somewhere in the article is that
    actor wherever else it appears untagged ("Dravonia on Friday rejected ..." at the start of
    a paragraph, where the tagger missed it); so is the surname of a person, or the last word
    of a team ("Chargers"), when one actor of the article has it; so is a person's full name
    the article tags as a person elsewhere (NER missed it or called it a work of art).

    Only proper-noun tokens outside every mention, never title words ("Defence Minister").

    Args:
        doc: the parsed article.
        table: its actors, changed in place.
        clean: how a span's text becomes a name (``clean_name``).
        title_heads: title head words ("minister"), lower case.
        title_modifiers: words that qualify a title ("defence"), lower case.
    """
    surfaces: dict[str, MentionRef] = {}
    firsts: set[str] = set()  # the first token of each surface: where a repeat can start
    for m in table.mentions:
        if m.label not in {"GPE", "ORG", "LOC", "NORP"}:
            continue
        surface = clean(table.text[m.start : m.end])
        if surface and surface[0].isupper() and len(surface) > 2:
            if surface not in surfaces:
                at = table.text.find(surface, m.start)
                # the first token of doc.char_span(at, ..., "expand"), read from the columns
                bounds = expanded_bounds(doc, at, at + len(surface))
                if bounds is not None and bounds[0] < bounds[1]:
                    firsts.add(texts(doc)[bounds[0]])
                else:
                    firsts.add(surface.split()[0])
            surfaces.setdefault(surface, m)
    # A surname alone ("Garrard threw ...") untagged is the one person of the article with it;
    # a team's last word alone ("the Chargers") is the team.
    last_words: dict[str, list[MentionRef]] = {}
    alone: set[str] = set()  # ("Chargers receiver Vincent Jackson": a role of the team's)
    for m in table.mentions:
        parts = m.actor.split()
        if len(parts) < 2 or not parts[-1][:1].isupper():
            continue
        if m.label == "PERSON" or (m.label == "ORG" and re.fullmatch(r"[A-Z][a-z]+s", parts[-1])):
            refs = last_words.setdefault(parts[-1], [])
            if all(r.actor != m.actor for r in refs):
                refs.append(m)
    for word, refs in last_words.items():
        # the team's word may also be a mention of the team already ("the Jaguars" linked to
        # "the Jacksonville Jaguars"): still the team's word alone
        known = surfaces.get(word)
        if len(refs) == 1 and len(word) > 2 and (known is None or known.actor == refs[0].actor):
            surfaces[word] = refs[0]
            firsts.add(word)
            alone.add(word)
    # A person's full name (a first name the list knows, then more) untagged, or tagged as a
    # work ("Lena Holm said" read as a title), is the person the article names so elsewhere.
    whole: set[str] = set()
    for m in table.mentions:
        # only a name that starts with a first name: NER's wrong "persons" ("Tar Heels")
        # are not spread
        full = m.label == "PERSON" and " " in m.actor and is_first_name(m.actor.split()[0])
        if full and m.actor not in surfaces and m.actor in table.text:
            surfaces[m.actor] = m
            firsts.add(m.actor.split()[0])
            whole.add(m.actor)
    if not surfaces:
        return
    longest = max(len(s.split()) for s in surfaces)
    # a capitalised word alone that a tagger read as a noun at a sentence start ("Hawks
    # receiver ...", "Luck throws ...") is still the name
    from spacy.symbols import NOUN, PROPN

    arrays = doc_arrays(doc)
    written, tags = texts(doc), arrays.pos
    candidates = [  # the doc's arrays: no token object per token
        i
        for i in indices_in(written, firsts)
        if tags[i] == PROPN or (written[i] in alone and tags[i] == NOUN)
    ]
    if not candidates:
        return
    covered = _covered(doc, table)
    heads, title_words = word_ids(title_heads), word_ids(title_heads | title_modifiers)
    lower = arrays.lower
    after = 0  # tokens before this are inside a repeat just added
    for i in candidates:
        if i < after or covered[i]:
            continue
        for n in range(min(longest, len(doc) - i), 0, -1):
            # read off the arrays; a span is made only for a name of the article
            run = range(i, i + n)
            if any(covered[j] for j in run) or not (
                all(tags[j] == PROPN for j in run) or (n == 1 and written[i] in alone)
            ):
                continue
            if any(lower[j] in title_words for j in run):
                continue
            said = words_text(doc, i, i + n)
            if i + n < len(doc) and lower[i + n] in heads and said not in alone:
                continue
            ref = surfaces.get(said)
            if ref is None:
                continue
            span = doc[i : i + n]
            if said in whole and _inside_longer_name(doc, span, title_heads):
                continue
            if (
                said in alone
                and ref.label == "PERSON"
                and _name_runs_on(doc, span)
                and not table.in_headline(span.start_char)  # "Holm Sets Record"
            ):
                continue  # "the Holm Trust": not Lena Holm
            info = table.actors.get(ref.actor)
            if info is None:
                break
            table._add(ref.actor, ref.label, span.start_char, span.end_char, iso3=info.iso3)
            after = i + n
            break


def _covered(doc: Doc, table: ArticleActors) -> bytearray:
    """Per token, 1 when its characters overlap a mention of the table."""
    written, offsets = texts(doc), token_offsets(doc)
    covered = bytearray(len(doc))
    for start, end in {(m.start, m.end) for m in table.mentions}:
        # the first token ending after the mention starts, up to the first starting at its end
        first = bisect_right(offsets, start) - 1
        if first < 0 or offsets[first] + len(written[first]) <= start:
            first += 1
        for i in range(first, bisect_left(offsets, end)):
            covered[i] = 1
    return covered


def _inside_longer_name(doc: Doc, span: Span, title_heads: frozenset[str]) -> bool:
    """Whether a capitalised proper noun runs on either side of the span ("the Lena Holm
    Foundation"); a title before it ("Constable Lena Holm") is no name."""
    before = doc[span.start - 1] if span.start > 0 else None
    if _name_runs_on(doc, span):
        return True
    return (
        before is not None
        and before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and before.lower_.rstrip(".") not in title_heads
        and before.lower_ not in title_heads
    )


def _name_runs_on(doc: Doc, span: Span) -> bool:
    """Whether a capitalised proper noun follows the span."""
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and after.pos_ == "PROPN" and after.text[:1].isupper()


def add_missed_first_names(doc: Doc, table: ArticleActors) -> None:
    """A first name (of the ``gender-guesser`` list) the article writes alone, outside every
    mention and every entity longer than it ("St. Vincent's hospital"), is the one person of
    the article named in full with it; with two such people it is left alone, and so is a
    name a speaker addresses ("‘ Greg, you …"), which may be anyone's nickname."""
    bearers: dict[str, list[str]] = {}
    for a in table.actors.values():
        words = a.name.split()
        if a.type == "PERSON" and len(words) >= 2:
            bearers.setdefault(words[0], []).append(a.name)
    if not bearers:
        return
    written, pos, propn = texts(doc), doc_arrays(doc).pos, pos_id("PROPN")
    for i in indices_in(written, bearers):
        names = bearers[written[i]]
        if len(names) != 1 or pos[i] != propn:
            continue
        if i + 1 < len(written) and pos[i + 1] == propn and written[i + 1][:1].isupper():
            continue  # "Wladimir Petrov": another name
        tok = doc[i]
        if tok.ent_type_ and _entity_length(doc, tok) > 1:
            continue
        if _addressed(doc, tok):
            continue  # "‘ Greg, you have to …’": whom a speaker addresses, often by a nickname
        start, end = tok.idx, tok.idx + len(tok.text)
        if table.actor_at(start, end) is not None or not is_first_name(tok.text):
            continue
        table._add(names[0], "PERSON", start, end)


def _addressed(doc: Doc, tok: Token) -> bool:
    """A name opening a quotation or a sentence, then a comma: a form of address."""
    after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
    before = doc[tok.i - 1] if tok.i > 0 else None
    opens = before is None or before.is_sent_end or before.text in {'"', "“", "‘", "'"}
    return after in {",", "!"} and (opens or bool(tok.is_sent_start))


def _entity_length(doc: Doc, tok: Token) -> int:
    for ent in doc_ents(doc):
        if ent.start <= tok.i < ent.end:
            return len(ent)
    return 0
