"""A newspaper's name the model cut to its place (issue 12, entities; read39: "The Hollywood
Reporter says Ross is in negotiations" gives the place "Hollywood" GPE, in five ECB+ articles).

The small model tags the place word of "the <Place> Reporter/Times/Herald/Post …" and leaves
the paper's word out. A mention of a place, a nationality or an organisation right after
"the" and right before a newspaper's word (:func:`~newsbeat.enrich.actor_acronyms.paper_word`,
and "Reporter") that no other mention holds, with no capitalised word after it, is the paper:
the mention becomes the organisation "<Place> <Word>", and the place keeps its other mentions.
Guards: "the Kittby Post Office" (a capitalised word goes on), a person ("the Holm Times" is
rare; a person's surname before a paper's word is the paper's owner or a column).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_acronyms import paper_word

if TYPE_CHECKING:
    from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["join_cut_papers"]

_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+\Z")
_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b(?![ \t]+[A-Z])")
_LABELS = frozenset({"GPE", "LOC", "NORP", "ORG"})


def join_cut_papers(table: ArticleActors) -> None:
    """Name the cut papers of the module docstring whole, in place."""
    text = table.text
    for k, m in enumerate(table.mentions):
        written = text[m.start : m.end]
        bare = written.removeprefix("The ").removeprefix("the ")
        if m.label not in _LABELS or (
            bare == written and not _THE_BEFORE.search(text[max(0, m.start - 5) : m.start])
        ):
            continue  # "the" before the place, or inside the mention ("The Hollywood")
        word = _WORD_AFTER.match(text, m.end)
        if word is None or not (paper_word(word.group(1)) or word.group(1) == "Reporter"):
            continue
        if table.actor_at(*word.span(1)) is not None:
            continue
        paper = f"{bare} {word.group(1)}"
        table.drop_mention(m.actor)
        info = table.actors.get(paper)
        if info is None:
            table._add(paper, "ORG", m.start, word.end(1))
            table.mentions.pop()  # the mention is put in place below
        else:
            info.mentions += 1
        table.mentions[k] = replace(m, end=word.end(1), actor=paper, label="ORG")
