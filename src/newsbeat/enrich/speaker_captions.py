"""Photo captions: lines a he/she never reaches back through.

A web article keeps its pictures' text in the running text: a credit line (``POOL/Reuters.``,
``Getty Images``, ``(Photo: …)``) and the caption it sits next to, a sentence about whoever is
in the picture (``Harbour officer Lena Ross holds up the flag …``). That person is not the
one the story's next "he" or "she" means, and the caption is no sentence of the story: the
pronoun rules skip it, as they skip a line of a name and a place with no verb.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# A credit: "Name/Agency", a picture agency's name, or the word "Photo" with a colon.
_CREDIT = re.compile(
    r"(?:\w/\s?[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}\.?\s*$)"
    r"|\bGetty Images\b|\bAP Photo\b|\bPhoto(?:graph)?:"
    r"|\((?:Photo|Image|Credit)\b|\bAFP\b|\bReuters\.?\s*$|\bShutterstock\b",
)
# A credit written into the caption's own line: "… holds up the flag. (Photo: Lena Ross)".
_INLINE_CREDIT = re.compile(r"\((?:Photo|Image|Credit)s?\b[^()]*\)\s*$")
_CREDIT_WORDS = 8  # a credit line is short
_BARE_WORDS = 12  # a name and a place with no verb

_CAPTIONS_KEY = "newsbeat_caption_starts"  # doc.user_data: computed once per article


def _lines(doc: Doc) -> list[list[Span]]:
    """The article's sentences grouped by the line (paragraph) they start on."""
    text = doc_text(doc)
    lines: list[list[Span]] = []
    for sent in doc.sents:
        if not lines or "\n" in text[lines[-1][-1].end_char - 2 : sent.start_char + 1]:
            lines.append([sent])
        else:
            lines[-1].append(sent)
    return lines


def _has_verb(sents: list[Span]) -> bool:
    return any(t.pos_ in {"VERB", "AUX"} for s in sents for t in s)


def _words(sents: list[Span]) -> int:
    return sum(1 for s in sents for t in s if not (t.is_punct or t.is_space))


def _credit(sents: list[Span]) -> bool:
    """A credit line: short, no verb, a credit's shape."""
    text = " ".join(s.text.strip() for s in sents)
    return _words(sents) <= _CREDIT_WORDS and not _has_verb(sents) and bool(_CREDIT.search(text))


def _bare_name_place(sents: list[Span]) -> bool:
    """A line of a person's name and a place, no verb ("Lena Ross, Port Avel")."""
    labels = {e.label_ for s in sents for e in s.ents}
    return (
        _words(sents) <= _BARE_WORDS
        and not _has_verb(sents)
        and "PERSON" in labels
        and bool(labels & {"GPE", "LOC", "FAC"})
    )


def caption_starts(doc: Doc) -> frozenset[int]:
    """The token starts of the sentences that are a photo's credit or caption: a credit line,
    the line right after a credit line, a line that ends in an inline credit, and a line of a
    name and a place with no verb. Computed once per article."""
    cached = doc.user_data.get(_CAPTIONS_KEY)
    if isinstance(cached, frozenset):
        return cached
    starts: set[int] = set()
    lines = _lines(doc)
    for k, line in enumerate(lines):
        if _credit(line):
            starts.update(s.start for s in line)
            if k + 1 < len(lines) and not _credit(lines[k + 1]):
                starts.update(s.start for s in lines[k + 1])
        elif _INLINE_CREDIT.search(line[-1].text) or _bare_name_place(line):
            starts.update(s.start for s in line)
    result = doc.user_data[_CAPTIONS_KEY] = frozenset(starts)
    return result
