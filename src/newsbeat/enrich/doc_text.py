"""The text of a parsed article, built once.

spaCy's ``Doc.text`` joins every token's text on each access; the rules read the whole text of
an article a dozen times (a tenth of the analysis's CPU went to rebuilding it). The text is
kept in the doc's ``user_data``: the parsed text itself when the stage gives it
(:func:`keep_text`), else ``doc.text`` on the first access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["doc_text", "keep_text", "span_text"]

_KEY = "newsbeat_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed on the first call for this doc and kept with it."""
    try:
        return doc.user_data[_KEY]
    except KeyError:
        text = doc.user_data[_KEY] = doc.text
        return text


def keep_text(doc: Doc, text: str) -> None:
    """Keep the text the doc was parsed from as its text: spaCy's tokenizer loses no
    character, so it is ``doc.text``, without the first rebuild."""
    doc.user_data[_KEY] = text


def span_text(span: Span) -> str:
    """``span.text`` cut from the kept text: spaCy joins the span's tokens again on each
    ``span.text`` (a token object each)."""
    return doc_text(span.doc)[span.start_char : span.end_char]
