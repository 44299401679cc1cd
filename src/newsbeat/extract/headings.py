"""The page's headline and standfirst when the extractor left them at the top of the text.

trafilatura keeps heading elements as paragraphs, so a page's ``<h1>`` headline (often worded
unlike its ``<title>``, which :func:`newsbeat.extract.article._clean_lines` already compares)
and its standfirst (the sub-headline, deck or "dek" printed between headline and body) can open
the extracted text. Read as the article's first paragraph they are wrong twice: the headline
repeats the title, and the standfirst, a summary the desk wrote, becomes the "lead" that
summaries cite and stories match on.

Measured on the 181 real pages of the article-extraction benchmark (session 32): 25 pages open
their text with the whole text of a heading element (``h1``–``h6``); on 23 of them that
paragraph is not part of the benchmark's gold body (14 headlines, 6 standfirsts, 3 section or
promo labels); the other 2 are a deal page's and a blog's title, which the article title holds
anyway. No page opens with a body paragraph marked up as a heading. So a leading paragraph that
is a heading's whole text leaves the text: it is the standfirst when it is marked as one (its
class names a sub-headline, deck or standfirst) or when it is also the page's meta description,
otherwise a headline or label, dropped. Pages also mark standfirsts up as paragraphs (``<p
class="standfirst">``): a leading paragraph that is such an element's whole text is the
standfirst too. A standfirst stays in the text for now (:func:`split_headings` says why).
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass

__all__ = ["LeadHeadings", "fold", "lead_headings", "split_headings", "without_own_address"]

# Headings and standfirst-marked elements; nested elements of the same tag end the match early,
# which at worst leaves a fragment that matches no paragraph.
_HEADING = re.compile(r"<(h[1-6])\b([^>]*)>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
# An opening tag whose class names a standfirst (the regex engine filters; few tags match).
_OPENING = re.compile(
    r"""<(p|div|span|section)\b([^>]*\bclass\s*=\s*["'][^"']*"""
    r"""(?:standfirst|dec?k|strapline|sub-?title|sub-?head|subline)[^>]*)>""",
    re.IGNORECASE,
)
_CLASS = re.compile(r"""\bclass\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
# Class words newsrooms give the standfirst. Not "intro"/"lede"/"summary": sites use those for
# the first body paragraph too (it is part of the article).
_STANDFIRST_CLASS = re.compile(
    r"standfirst|(?<![a-z])dec?k(?![a-z])|strapline|sub-?title|sub-?head(?:line|ing)?|subline",
    re.IGNORECASE,
)
_TAGS = re.compile(r"<[^>]+>")
_NON_WORD = re.compile(r"\W+")
_MAX_LEAD = 600  # a headline or standfirst is short; longer elements are body blocks
# A label above the headline ("Review", "Opinion", "World news"): it leaves with the headline.
_MAX_LABEL_WORDS = 3


def fold(text: str) -> str:
    """Words only, case-folded: quotes, dashes and punctuation do not tell two lines apart."""
    return _NON_WORD.sub(" ", text).strip().casefold()


@dataclass(frozen=True)
class LeadHeadings:
    """The folded texts of a page's short heading elements and standfirst-marked elements.

    Attributes:
        headings: folded text of each ``h1``–``h6``.
        marked: folded text of each element whose class names a standfirst.
        description: the folded meta description ("" when none).
        titles: the folded titles the page declares (its ``<title>``, with and without the
            site's name), a first paragraph repeating one in other punctuation is dropped.
    """

    headings: frozenset[str]
    marked: frozenset[str]
    description: str
    titles: frozenset[str] = frozenset()


def _text(fragment: str) -> str:
    return fold(html_lib.unescape(_TAGS.sub(" ", fragment)))


def lead_headings(page: str, description: str | None, titles: tuple[str, ...] = ()) -> LeadHeadings:
    """Collect the page's heading and standfirst texts (folded), its description and titles."""
    headings: set[str] = set()
    marked: set[str] = set()
    for match in _HEADING.finditer(page):
        text = _text(match.group(3))
        if text and len(text) <= _MAX_LEAD:
            headings.add(text)
            if _names_standfirst(match.group(2)):
                marked.add(text)
    for match in _OPENING.finditer(page):
        if not _names_standfirst(match.group(2)):
            continue
        closing = re.compile(rf"</{match.group(1)}\s*>", re.IGNORECASE)
        end = closing.search(page, match.end(), match.end() + 4 * _MAX_LEAD)
        text = _text(page[match.end() : end.start()]) if end is not None else ""
        if text and len(text) <= _MAX_LEAD:
            marked.add(text)
    folded_titles = frozenset(fold(title) for title in titles) - {""}
    return LeadHeadings(
        frozenset(headings), frozenset(marked), fold(description or ""), folded_titles
    )


def _names_standfirst(attributes: str) -> bool:
    found = _CLASS.search(attributes)
    return found is not None and bool(
        _STANDFIRST_CLASS.search(found.group(1) or found.group(2) or "")
    )


def split_headings(paragraphs: list[str], page: LeadHeadings) -> list[str]:
    """Take leading headlines and labels off the extracted paragraphs; a standfirst stays.

    A standfirst (marked as one, or a heading that is also the meta description) ends the
    search and stays the text's first paragraph, as before this module. Moving it out of the
    text into ``Article.standfirst`` was tried (session 32) and held back: the story matcher
    takes a standfirst alone as an article's lead, and on the demo corpus the shorter leads
    joined an unrelated article to a story (the fishermen's patrol worries to the clean-up
    alliance; with the standfirst and the opening together as lead, the seal pup rescue to the
    fish market). The matcher must be measured with real standfirsts first.

    Args:
        paragraphs: the article's paragraphs, junk already removed.
        page: what :func:`lead_headings` read from the page.

    Returns:
        The paragraphs left, never fewer than one.
    """
    kept = list(paragraphs)
    while len(kept) > 1:
        first = fold(kept[0])
        if first in page.marked or (page.description and first == page.description):
            break
        headline = first in page.headings or first in page.titles
        if not headline and not (_label(kept[0]) and len(kept) > 2 and _headline(kept[1], page)):
            break
        kept = kept[1:]
    return kept


def _label(paragraph: str) -> bool:
    """A section or kind label printed above a headline ("Review", "World news")."""
    words = paragraph.split()
    return 0 < len(words) <= _MAX_LABEL_WORDS and paragraph.rstrip()[-1:] not in ".!?:;,"


def _headline(paragraph: str, page: LeadHeadings) -> bool:
    """Whether a paragraph is a headline the loop above takes off (not a standfirst)."""
    text = fold(paragraph)
    if text in page.marked or (page.description and text == page.description):
        return False
    return text in page.headings or text in page.titles


def without_own_address(paragraphs: list[str], addresses: set[str]) -> list[str]:
    """Drop paragraphs that are only the page's own address (printed for sharing or print).

    Only the page's own URL goes: a link list the article prints (sources, shop links) is its
    content. ``addresses`` are compared without scheme, ``www.`` and trailing slash.
    """
    own = {_bare_address(address) for address in addresses if address}
    if not own:
        return paragraphs
    kept = [p for p in paragraphs if " " in p or _bare_address(p) not in own]
    return kept or paragraphs


def _bare_address(url: str) -> str:
    bare = re.sub(r"^https?://(www\.)?", "", url.strip(), flags=re.IGNORECASE)
    return bare.split("#")[0].split("?")[0].rstrip("/").casefold()
