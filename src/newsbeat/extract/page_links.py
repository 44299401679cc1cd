"""The links of a page's HTML, read with patterns (no second parse of the page).

Captions and other stories' links (:mod:`~newsbeat.extract.captions`) and a site's logo taken
for the headline (:mod:`~newsbeat.extract.logo_titles`) both read each ``<a>``'s address and
the text up to its closing tag.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator

from newsbeat.extract.headings import fold

__all__ = ["element_text", "page_links"]

_LINK_OPEN = re.compile(r"<a\b([^>]*)>", re.IGNORECASE)
_LINK_CLOSE = re.compile(r"</a\s*>", re.IGNORECASE)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]+>")


def element_text(fragment: str) -> str:
    """An HTML fragment's text, tags and entities read, folded (:func:`headings.fold`)."""
    return fold(html_lib.unescape(_TAGS.sub(" ", fragment)))


def page_links(page: str, reach: int) -> Iterator[tuple[str | None, str]]:
    """Each link closed within ``reach`` characters of its opening tag: its address (entities
    read, stripped; None without an ``href``) and its folded text (:func:`element_text`)."""
    for match in _LINK_OPEN.finditer(page):
        end = _LINK_CLOSE.search(page, match.end(), match.end() + reach)
        if end is None:
            continue
        found = _HREF.search(match.group(1))
        href = (
            html_lib.unescape(found.group(1) or found.group(2) or found.group(3) or "").strip()
            if found is not None
            else None
        )
        yield href, element_text(page[match.end() : end.start()])
