"""Walls: pages that stand in front of an article instead of being it.

Three kinds, recognised by the markers of ``newsbeat/data/walls.json`` and a few rules:

- **consent**: a cookie/consent interstitial (a consent-management overlay such as OneTrust,
  Sourcepoint, Quantcast Choice, Didomi or Cookiebot, a redirect to a consent host, or consent
  language such as "We and our partners store and/or access information on a device"). Many
  real article pages carry a consent overlay *and* the article, so a marker makes a wall only
  when less than :data:`MIN_ARTICLE_CHARS` of text remain once the consent paragraphs are set
  aside; a consent host always does.
- **paywall**: a subscription stub ("Subscribe to continue reading", "This article is for
  subscribers only", ``"isAccessibleForFree": false``) with no more than a teaser of text (less
  than :data:`MAX_TEASER_CHARS` once the stub's own lines are set aside).
- **amp**: an AMP copy (``<html amp>`` or ``<html ⚡>``) whose ``<link rel=canonical>`` names
  another URL: the canonical page is the article and its URL the identity.

None of them is stored as an article's text: the collector fetches the canonical page of an AMP
copy, and stores the item of a consent wall or a paywall headline only (``consent_wall``,
``paywalled``). Markers whose ``where`` is ``text`` are matched against the paragraphs of the
page's visible text (a stub line that the extractor drops as boilerplate is still seen);
``html`` markers against the markup; ``host`` markers against the host the page came from.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from newsbeat.exceptions import ConfigError, ExtractionError
from newsbeat.models import Article

__all__ = [
    "MAX_TEASER_CHARS",
    "MIN_ARTICLE_CHARS",
    "Marker",
    "Screen",
    "Wall",
    "WallError",
    "default_markers",
    "load_markers",
    "screen_page",
    "visible_paragraphs",
    "wall_for_host",
]

MIN_ARTICLE_CHARS = 500
MAX_TEASER_CHARS = 1500
_KINDS = ("consent", "paywall", "amp")
_WHERE = ("html", "text", "host")
_TEXT_LIMIT = 400  # a marker paragraph is short; longer paragraphs are article text


@dataclass(frozen=True)
class Marker:
    """One known marker: its name, the kind of wall, where it is looked for, its pattern, and
    the strings of which a page must hold one for the pattern to be tried."""

    name: str
    kind: str
    where: str
    regex: re.Pattern[str]
    needles: tuple[str, ...] = ()

    def may_match(self, lowered: str) -> bool:
        """Whether the lower-cased page holds one of the needles (or there are none)."""
        return not self.needles or any(n in lowered for n in self.needles)


@dataclass(frozen=True)
class Wall:
    """A recognised wall: its kind, the marker that gave it away, and (AMP) the canonical URL."""

    kind: str
    marker: str
    canonical: str | None = None

    def describe(self) -> str:
        """The wall in words, for messages."""
        if self.kind == "amp":
            return f"an AMP copy of {self.canonical} (marker {self.marker!r})"
        what = "a consent wall" if self.kind == "consent" else "a paywall stub"
        return f"{what} (marker {self.marker!r}), not the article's text"


class WallError(ExtractionError):
    """The page is a wall, not an article.

    Attributes:
        wall: what kind of wall, and the marker.
        metadata: what the page's own metadata says (headline, byline, date, canonical URL,
            outlet; empty text), for a paywall stub whose item is stored headline only.
    """

    def __init__(self, message: str, *, wall: Wall, metadata: Article | None = None) -> None:
        super().__init__(message)
        self.wall = wall
        self.metadata = metadata


@dataclass(frozen=True)
class Screen:
    """What screening a page gave: a wall, or the paragraphs to keep (marker lines removed)."""

    wall: Wall | None
    paragraphs: list[str]


def _parse(text: str, origin: str) -> tuple[Marker, ...]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{origin}: not JSON: {exc}") from exc
    markers = []
    for number, item in enumerate(data.get("markers", []), start=1):
        where = f"{origin}: marker {number}"
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise ConfigError(f"{where}: needs a name, kind, where and pattern")
        if item.get("kind") not in _KINDS or item.get("where") not in _WHERE:
            raise ConfigError(
                f"{where} ({item['name']}): kind must be one of {_KINDS}, where one of {_WHERE}"
            )
        try:
            regex = re.compile(str(item.get("pattern", "")), re.IGNORECASE)
        except re.error as exc:
            raise ConfigError(f"{where} ({item['name']}): invalid pattern: {exc}") from exc
        needles = item.get("needles", [])
        if not isinstance(needles, list) or not all(isinstance(n, str) for n in needles):
            raise ConfigError(f"{where} ({item['name']}): needles must be a list of strings")
        markers.append(
            Marker(
                item["name"],
                item["kind"],
                item["where"],
                regex,
                tuple(n.lower() for n in needles),
            )
        )
    return tuple(markers)


def load_markers(path: str | Path) -> tuple[Marker, ...]:
    """Read a marker file (the format of ``data/walls.json``); errors name the marker."""
    return _parse(Path(path).read_text(encoding="utf-8"), str(path))


@cache
def default_markers() -> tuple[Marker, ...]:
    """The bundled markers (read once)."""
    resource = resources.files("newsbeat").joinpath("data/walls.json")
    return _parse(resource.read_text(encoding="utf-8"), "data/walls.json")


def wall_for_host(url: str, markers: Sequence[Marker] | None = None) -> Wall | None:
    """A consent wall when the URL's host is a known consent host (a redirect ended there)."""
    host = (urlsplit(url).hostname or "").lower()
    for marker in markers or default_markers():
        if marker.where == "host" and host and marker.regex.search(host):
            return Wall(marker.kind, marker.name)
    return None


_INVISIBLE = re.compile(
    r"<(script|style|noscript|template|svg)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.S | re.I
)
_BLOCK = re.compile(
    r"</?(?:p|div|section|article|aside|header|footer|h[1-6]|li|ul|ol|button|a|br|span|label"
    r"|dialog|form|main|nav|figure|figcaption|blockquote|td|tr)\b[^>]*>",
    re.I,
)
_TAG = re.compile(r"<[^>]+>")
_ENTITIES = {"&amp;": "&", "&nbsp;": " ", "&#39;": "'", "&rsquo;": "\u2019", "&quot;": '"'}


def visible_paragraphs(html: str) -> list[str]:
    """The page's visible text as short blocks (one per block element), tags removed."""
    text = _INVISIBLE.sub(" ", html)
    text = _BLOCK.sub("\n", text)
    text = _TAG.sub(" ", text)
    for entity, char in _ENTITIES.items():
        text = text.replace(entity, char)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _matches(marker: Marker, paragraph: str) -> bool:
    return len(paragraph) <= _TEXT_LIMIT and marker.regex.search(paragraph) is not None


def screen_page(
    html: str,
    paragraphs: Sequence[str],
    *,
    canonical: str | None = None,
    url: str | None = None,
    markers: Sequence[Marker] | None = None,
) -> Screen:
    """Whether a page is a wall, else its paragraphs without consent and stub lines.

    Args:
        html: the page.
        paragraphs: the article text the extractor found, as paragraphs (may be empty).
        canonical: the page's canonical URL (normalised), if it declares one.
        url: where the page was fetched from (normalised); None for a file on disk (the AMP
            rule needs a URL to compare with).
        markers: the marker list; the bundled one by default.

    Returns:
        The wall found (the first rule that holds: AMP, consent, paywall), or None and the
        paragraphs to keep.
    """
    found = tuple(markers or default_markers())
    lowered = html.lower()
    html_hits: dict[str, Marker] = {}
    for marker in found:
        if marker.where != "html" or marker.kind in html_hits:
            continue
        if marker.may_match(lowered) and marker.regex.search(html):
            html_hits[marker.kind] = marker
    if "amp" in html_hits and url is not None and canonical and canonical != url:
        return Screen(Wall("amp", html_hits["amp"].name, canonical), list(paragraphs))
    text_markers = [m for m in found if m.where == "text" and m.may_match(lowered)]
    hits: dict[str, Marker] = {k: m for k, m in html_hits.items() if k != "amp"}
    if not hits and not text_markers:
        return Screen(None, list(paragraphs))
    kept: list[str] = []
    for paragraph in paragraphs:
        found_in = next((m for m in text_markers if _matches(m, paragraph)), None)
        if found_in is None:
            kept.append(paragraph)
        else:
            hits.setdefault(found_in.kind, found_in)
    # A stub line the extractor dropped as boilerplate is still on the page.
    for line in visible_paragraphs(html):
        found_in = next((m for m in text_markers if _matches(m, line)), None)
        if found_in is not None:
            hits.setdefault(found_in.kind, found_in)
    chars = sum(len(p) for p in kept)
    if "consent" in hits and chars < MIN_ARTICLE_CHARS:
        return Screen(Wall("consent", hits["consent"].name), [])
    if "paywall" in hits and chars < MAX_TEASER_CHARS:
        return Screen(Wall("paywall", hits["paywall"].name), [])
    return Screen(None, kept)
