"""Page furniture is no actor of the story (issue 12, item 3).

A web page keeps lines around the story that name people, agencies and places the story is
not about; their mentions are dropped, and an actor named only there is no actor:

* a photo credit in parentheses: "(Photo by Lena Holm/Getty Images)", "(AP Photo/Per
  Ekdal)", "(Photo: Velmar Post)", "(Image credit: ...)";
* a wire's credit: "(Reporting by Lena Holm in Oslo; Editing by Per Ekdal)", also without
  the parentheses when the line holds nothing else;
* a byline: a line of its own that is "By" and names ("By Lena Holm and Per Ekdal,
  Associated Press"), with no sentence in it;
* a street address's unit, which NER tags a place: "Suite 350", "Floor 12";
* a wire's credit after a dateline: "HALDIS (AP) —", "VELMAR, Kaldria (Reuters) -" (an
  agency of ``data/wire_agencies.json``: "(Kaldria) –" after an artist's name is no credit);
* a line of the page's own: "Story continues below gallery", "Continue reading".
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.name_context import holds_any
from newsbeat.enrich.outlet_names import wire_abbreviations

__all__ = ["drop_page_furniture", "furniture_spans"]

_PHOTO_CREDIT = re.compile(
    r"\((?:[A-Z]{2,5}\s+)?(?:Photo|Photograph|Picture|Image|Credit)s?\b[^()\n]{0,120}\)"
)
_WIRE_CREDIT = re.compile(
    r"\(\s*(?:Additional\s+)?(?:Reporting|Writing|Editing)\s+by\b[^()\n]{0,300}\)"
    r"|^\s*(?:Additional\s+)?(?:Reporting|Writing|Editing)\s+by\b[^\n]{0,300}$",
    re.MULTILINE,
)
# "By" and up to four names with their joins and an outlet after a comma; no sentence end
# ("By the end of the day, ..." is prose: it has a lower-case word after "By").
_BYLINE = re.compile(
    r"^[ \t]*By[ \t]+[A-Z][\w.'’-]*,?(?:[ \t]+(?:[A-Z][\w.'’-]*,?|and|&|de|van|von))*"
    r"[ \t]*$",
    re.MULTILINE,
)
_DATELINE_CREDIT = re.compile(r"\(([A-Za-z]{2,12})\)(?=\s*[—–-])")
_PAGE_LINE = re.compile(
    r"^[ \t]*(?:Story continues\b|Continue reading\b|Advertisement\s*$)[^\n]{0,60}$", re.MULTILINE
)
# Words one of which every match of _WIRE_CREDIT, of _PAGE_LINE, holds: a text without one
# is not scanned (most articles have no such line).
_WIRE_WORDS = ("Reporting", "Writing", "Editing")
_PAGE_LINE_WORDS = ("Story continues", "Continue reading", "Advertisement")
_ADDRESS_UNIT = re.compile(r"(?:Suite|Floor|Unit|Room|Ste\.?)\s+\d+[A-Z]?")


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the page furniture of the module docstring."""
    spans = [m.span() for m in _PHOTO_CREDIT.finditer(text)] if "(" in text else []
    if "by" in text and holds_any(text, _WIRE_WORDS):
        spans += [m.span() for m in _WIRE_CREDIT.finditer(text)]
    if "By" in text:
        spans += [m.span() for m in _BYLINE.finditer(text)]
    if ")" in text:
        wires = wire_abbreviations()
        spans += [m.span() for m in _DATELINE_CREDIT.finditer(text) if m.group(1) in wires]
    if holds_any(text, _PAGE_LINE_WORDS):
        spans += [m.span() for m in _PAGE_LINE.finditer(text)]
    return spans


def drop_page_furniture(table: ArticleActors) -> None:
    """Drop the mentions in page furniture and the actors named only there, in place."""
    spans = furniture_spans(table.text)
    for name in list(table.actors):
        if _ADDRESS_UNIT.fullmatch(name):
            table.actors.pop(name)
    kept = [m for m in table.mentions if m.actor in table.actors]
    touched: set[str] = set()
    if spans:
        inside = [m for m in kept if any(a <= m.start and m.end <= b for a, b in spans)]
        for m in inside:
            table.actors[m.actor].mentions -= 1
            touched.add(m.actor)
        gone = {id(m) for m in inside}
        kept = [m for m in kept if id(m) not in gone]
    table.mentions = kept
    for name in touched:
        if table.actors[name].mentions <= 0:
            table.actors.pop(name)
