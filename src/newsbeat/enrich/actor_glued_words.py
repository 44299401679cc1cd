"""A word glued to the front of a person's name (read34b; issue 12, entities; ents35).

NER sometimes takes the word before a name into a PERSON span: a verb or a role word in lower
case ("Dempsey picked up the phone and rang Taylor" → "rang Taylor"; "rookie Emil Bemstrom
added a goal"), or a sentence's opening preposition, capitalised only because it opens the
sentence ("Regarding MagSafe, we've been testing …" → "Regarding MagSafe"). The name is what
follows:

* a PERSON name whose first words are in lower case and whose last is one capitalised word
  loses the words in lower case ("rang Taylor" → Taylor, "s Haqqani" of "the Taliban's
  Haqqani" → Haqqani). The particles of surnames ("de", "van", "von", "bin", "al" …) are no
  glued words: "van Gogh" stays whole. A longer name after them ("rookie Emil Bemstrom",
  "unbeaten Russian Alexander Povetkin") is left whole: with those renamed too, a held-out
  gold gained one false conflict (measured, ents35; its items are not read);
* a PERSON name of two words or more whose first word is a preposition of our own list
  ("Regarding", "Concerning", "Including", "Despite", "Unlike" …) opening a sentence at every
  mention written with it, tagged a preposition or a gerund (IN, VBG), loses it. A known first
  name is never taken off ("Per Ekdal");
* a PERSON name whose first word is a verb in its base form (tagged VB) opening a sentence or
  a quotation at every mention written with it is an imperative ("Aim to squeeze in eight
  hours", "Seek out the snacks", '"Make Trump just go away"'): a name of one word goes, a
  longer one loses the verb. A known first name is never taken for a verb ("Will", "Bill");
* a one-word PERSON name before "'t" at every mention is half a contraction ("Don't move!"
  → "Don"): it goes, although "Don" is a first name.

The mentions written with the glued words start after them; the rest is renamed, and folds
into an actor of that name when the article has one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_merge import rename_actor
from newsbeat.enrich.doc_arrays import sent_start_flags
from newsbeat.enrich.names import is_first_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["drop_glued_words", "glued_prefix"]

# Particles of surnames and given names, written in lower case inside a name.
_PARTICLES = frozenset(
    {
        "de", "da", "di", "do", "dos", "das", "du", "del", "della", "der", "den", "des", "van",
        "von", "zu", "ter", "ten", "te", "le", "la", "lo", "bin", "ibn", "bint", "al", "el",
        "ben", "abu", "af", "av", "y", "e", "mac", "st", "ap",
    }
)  # fmt: skip
# Prepositions that open sentences, capitalised there ("Regarding X, …"). Our own list.
_OPENING_PREPOSITIONS = frozenset(
    {
        "regarding", "concerning", "including", "despite", "unlike", "via", "amid", "amidst",
        "during", "following", "besides", "considering", "excluding", "notwithstanding",
        "throughout", "towards", "toward", "against", "beyond", "without", "within",
    }
)  # fmt: skip
_OPENING_TAGS = frozenset({"IN", "VBG"})
_OPENING_QUOTES = frozenset({'"', "“", "‘", "'", "``"})
_CONTRACTION_AFTER = re.compile(r"\s?['’]\s?t\b")


def glued_prefix(name: str) -> str | None:
    """The lower-case words glued before a one-word person's name, or ``None`` (the module
    docstring): "rang Taylor" → "rang"."""
    words = name.split()
    cut = 0
    while cut < len(words) and words[cut].isalpha() and words[cut].islower():
        if words[cut] in _PARTICLES:
            return None
        cut += 1
    if cut == 0 or cut != len(words) - 1 or not words[cut][:1].isupper():
        return None  # a name of two words or more after them is left whole (below)
    return " ".join(words[:cut])


def drop_glued_words(doc: Doc, table: ArticleActors) -> None:
    """Take the glued words of the module docstring off person names, in place."""
    gone: set[str] = set()
    for name in [n for n, a in table.actors.items() if a.type == "PERSON"]:
        if " " not in name:
            if _opening_verb(doc, table, name) or table.every_mention_followed(
                name, _CONTRACTION_AFTER.match
            ):
                gone.add(name)
            continue
        prefix = glued_prefix(name)
        if prefix is None and (
            _opening_preposition(doc, table, name) or _opening_verb(doc, table, name)
        ):
            prefix = name.split()[0]
        if prefix is None:
            continue
        _strip(table, name, prefix)
    table.drop_actors(gone)


def _opening_preposition(doc: Doc, table: ArticleActors, name: str) -> bool:
    """Whether ``name`` opens with a listed preposition that opens a sentence, tagged IN or
    VBG, at every mention written with it ("Regarding MagSafe")."""
    first = name.split()[0]
    if first.lower() not in _OPENING_PREPOSITIONS or not first[:1].isupper():
        return False
    if is_first_name(first):
        return False
    starts = sent_start_flags(doc)
    found = False
    for m in table.mentions:
        if m.actor != name or not table.text.startswith(first + " ", m.start):
            continue
        span = doc.char_span(m.start, m.start + len(first))
        if span is None or len(span) != 1:
            return False
        if span[0].tag_ not in _OPENING_TAGS or not starts[span[0].i]:
            return False
        found = True
    return found


def _opening_verb(doc: Doc, table: ArticleActors, name: str) -> bool:
    """Whether ``name`` opens with a verb in its base form (VB) that opens a sentence or a
    quotation at every mention written with it ("Aim to …", '"Make Trump go away"')."""
    first = name.split()[0]
    if not first[:1].isupper() or is_first_name(first):
        return False
    starts = sent_start_flags(doc)
    found = False
    for m in table.mentions:
        if m.actor != name or not table.text.startswith(first, m.start):
            continue
        span = doc.char_span(m.start, m.start + len(first))
        if span is None or len(span) != 1 or span[0].tag_ != "VB":
            return False
        i = span[0].i
        if not (starts[i] or (i > 0 and doc[i - 1].text in _OPENING_QUOTES)):
            return False
        found = True
    return found


def _strip(table: ArticleActors, name: str, prefix: str) -> None:
    """Move the mentions of ``name`` written with ``prefix`` past it and rename the actor to
    the rest of its name."""
    rest = name[len(prefix) :].strip()
    cut = len(prefix) + 1
    table.mentions = [
        replace(m, start=m.start + cut)
        if m.actor == name and table.text.startswith(prefix + " ", m.start)
        else m
        for m in table.mentions
    ]
    rename_actor(table, name, rest)
