"""A quote box's tweet button read as the end of its sentence.

Blogs print a sentence of the post in a box with a "Click To Tweet" button; trafilatura read the
button's label as the end of the sentence, glued to its last word (``… is a public
service.Click To Tweet``, three paragraphs on one page of the article-extraction benchmark,
session 36). The sentence is the post's (the benchmark's gold keeps it: removing the whole line
lowered recall); the label leaves it.
"""

from __future__ import annotations

import re

__all__ = ["without_tweet_buttons"]

_BUTTON = re.compile(r"\s*(?:click|tap) to tweet\s*$", re.IGNORECASE)


def without_tweet_buttons(paragraphs: list[str]) -> list[str]:
    """The paragraphs without a ``Click To Tweet`` label ending them (a paragraph that is only
    the label leaves).

    Args:
        paragraphs: the article's paragraphs.

    Returns:
        The paragraphs, labels taken off their ends.
    """
    if not any("weet" in paragraph for paragraph in paragraphs):
        return paragraphs
    cut = [_BUTTON.sub("", paragraph) for paragraph in paragraphs]
    return [paragraph for paragraph in cut if paragraph.strip()]
