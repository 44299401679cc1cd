"""A table that lays the page out, read as blocks instead of as a table's rows.

Some sites print the whole article inside a table cell (``<td class="single_content">`` with
the headline, the date line, the paragraphs and then a sidebar of other stories). trafilatura
reads a table as data: each row became one line, cells joined with ``|``, so the headline, the
date stamp, the article's paragraphs and the sidebar's teasers ran together as one paragraph
(session 36, the article-extraction benchmark: a news agency's page at P 0.60, a space
magazine's at P 0.98, every paragraph of each glued into one). A table whose own cells hold two
or more paragraphs (``<p>``) of 80+ characters is no data table; before trafilatura reads the
page its table, row and cell elements become ``<div>``, so the article is read as paragraphs
and the sidebar as the page's boilerplate. Tables nested inside it (a data table in the
article) stay tables, and a data table's short cells never hold such paragraphs.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

__all__ = ["unwrapped_layout_tables"]

_TABLE = re.compile(r"<table\b", re.IGNORECASE)
_PARAGRAPH = re.compile(r"<p\b", re.IGNORECASE)
_MIN_CHARS = 80  # a paragraph of prose, not a cell's label
_MIN_PARAGRAPHS = 2
_PARTS = ("tbody", "thead", "tfoot", "tr", "td", "th")


def _own_table(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The nearest table around ``element`` (None outside tables)."""
    return next(element.iterancestors("table"), None)


def _is_layout(table: lxml.html.HtmlElement) -> bool:
    """Whether the table's own cells (not a nested table's) hold paragraphs of prose."""
    found = 0
    for paragraph in table.iter("p"):
        if _own_table(paragraph) is not table:
            continue
        if len(" ".join(paragraph.text_content().split())) >= _MIN_CHARS:
            found += 1
            if found >= _MIN_PARAGRAPHS:
                return True
    return False


def unwrapped_layout_tables(page: str) -> str:
    """The page with its layout tables' table, row and cell elements turned into ``<div>``.

    Args:
        page: the page's HTML.

    Returns:
        The page unchanged when it has no table holding paragraphs of prose in its own cells
        (or cannot be parsed), else the page re-serialised with those tables as blocks.
    """
    if _TABLE.search(page) is None or len(_PARAGRAPH.findall(page)) < _MIN_PARAGRAPHS:
        return page
    try:
        tree = lxml.html.fromstring(page)
    except (etree.ParserError, ValueError):
        return page
    layout = [table for table in tree.iter("table") if _is_layout(table)]
    if not layout:
        return page
    for table in layout:
        parts = [part for part in table.iter(*_PARTS) if _own_table(part) is table]
        for part in parts:
            part.tag = "div"
        table.tag = "div"
    return lxml.html.tostring(tree, encoding="unicode")
