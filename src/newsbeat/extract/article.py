"""Article extraction: HTML page -> :class:`~newsbeat.models.Article` with trafilatura.

trafilatura finds the main text and the metadata (title, author, date, site name, language,
canonical URL); htmldate is the date fallback when trafilatura finds none. The outlet comes from
the site name, else from the bundled ``data/domains.json`` (registrable domain -> outlet name),
else it is the registrable domain itself. Junk lines (share prompts, "Advertisement", ...) are
removed by the same pattern list as the dump importer (:mod:`newsbeat.extract.cleaning`).

Extraction is CPU-bound and pure (HTML in, Article out), so collectors run it in a process pool.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from importlib import resources
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit, urlunsplit

import courlan
import htmldate
import trafilatura
from trafilatura.settings import Document

from newsbeat.exceptions import ExtractionError
from newsbeat.extract.captions import page_asides, without_asides
from newsbeat.extract.cleaning import clean_lines
from newsbeat.extract.copyright_sites import copyright_site
from newsbeat.extract.headings import (
    fold,
    lead_headings,
    split_headings,
    without_own_address,
)
from newsbeat.extract.layout_tables import unwrapped_layout_tables
from newsbeat.extract.logo_titles import headline_title, title_element
from newsbeat.extract.menus import is_menu_dump
from newsbeat.extract.outlets import outlet_key
from newsbeat.extract.repeated_notices import without_repeated_notice
from newsbeat.extract.site_names import outlet_site_name
from newsbeat.extract.split_bodies import joined_bodies
from newsbeat.extract.tag_lines import without_tag_lines
from newsbeat.extract.tweet_boxes import without_tweet_buttons
from newsbeat.extract.url_dates import address_date
from newsbeat.extract.walls import Screen, WallError, screen_page
from newsbeat.models import Article, Provenance, utc_now

__all__ = [
    "ExtractOptions",
    "extract_article",
    "extract_text_baseline",
    "normalise_url",
    "outlet_for_url",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class ExtractOptions:
    """How pages are extracted.

    Attributes:
        fast: skip trafilatura's fallback extractors (readability, jusText). On the
            article-extraction benchmark this is both faster and more accurate (F1 0.965 vs
            0.962 with comments excluded), so it is the default.
        favor_precision: ask trafilatura to drop doubtful blocks.
        favor_recall: ask trafilatura to keep doubtful blocks.
        include_tables: keep text in tables.
        include_comments: keep reader comments (off: they are not the article).
        date_fallback: run htmldate's extensive search when trafilatura finds no date.
        min_chars: pages with less article text than this raise :class:`ExtractionError`.
        screen_walls: recognise consent walls, paywall stubs and AMP copies and raise
            :class:`~newsbeat.extract.walls.WallError` for them (off only to score the text
            extraction alone, as the extraction benchmark does).
        max_tags: pages with more ``<`` than this are not parsed (:class:`ExtractionError`):
            parsing costs some 1 kB of memory and 0.1 ms per element, so a 19 MB page of
            2.5 million tiny elements took 2.2 GB and 8 minutes. Real article pages have a
            few thousand (the extraction benchmark's largest: 3,229).
    """

    fast: bool = True
    favor_precision: bool = False
    favor_recall: bool = False
    include_tables: bool = True
    include_comments: bool = False
    date_fallback: bool = True
    min_chars: int = 100
    screen_walls: bool = True
    max_tags: int = 100_000


DEFAULT_OPTIONS = ExtractOptions()


def normalise_url(url: str) -> str:
    """A URL in canonical form: lower-case scheme and host, sorted query, no tracking
    parameters (``utm_*``, ``fbclid``, ...), no fragment.

    Args:
        url: an absolute http(s) URL.

    Returns:
        The normalised URL (the input unchanged if courlan cannot parse it).
    """
    try:
        normal = courlan.normalize_url(url.strip())
    except ValueError:
        return url.strip()
    parts = urlsplit(normal)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


_DOMAINISH = re.compile(r"^[\w.-]+\.[a-z]{2,}$", re.IGNORECASE)


@cache
def _domain_outlets() -> dict[str, str]:
    text = resources.files("newsbeat").joinpath("data/domains.json").read_text("utf-8")
    data = json.loads(text)
    return {k.lower(): v for k, v in data.items() if not k.startswith("_")}


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def outlet_for_url(url: str) -> str | None:
    """The outlet name for a URL from ``data/domains.json``, else its registrable domain.

    Args:
        url: an absolute URL.

    Returns:
        The outlet name, the registrable domain (``bbc.co.uk``), the bare host for IP
        addresses and local names, or None when the URL has no host.
    """
    host = _host(url)
    if not host:
        return None
    outlets = _domain_outlets()
    domain = courlan.extract_domain(url) or host
    if ":" in domain or not _DOMAINISH.match(domain):
        domain = host  # an IP address or a local name: no registrable domain
    for key in (host, domain):
        if key in outlets:
            return outlets[key]
    return domain


def _domain_label(url: str) -> str:
    """The registrable domain's first label (``nj`` for ``https://www.nj.com/x``)."""
    domain = courlan.extract_domain(url) or _host(url)
    return domain.split(".", 1)[0].casefold()


_COPYRIGHT_NAME = re.compile(r"^(?:copyright\b|©|\(c\)\s)|all rights reserved", re.IGNORECASE)


def _not_a_name(name: str, url: str | None, head: _Head) -> bool:
    """Whether trafilatura's site name is not what readers call the outlet.

    Not a name: the host name trafilatura falls back to (``nj`` on nj.com, capitalised into
    "Nj"; ``Hosted`` on hosted.ap.org: a label of the host written as the host writes it,
    unlike ``ProFootballTalk`` on profootballtalk.nbcsports.com); a copyright notice
    (``Copyright 2014``); a Twitter handle or an app's name other than the domain's own
    (``Wday_`` on wday.ru, ``BarronsOnline``), trafilatura's last resort when the page
    declares no ``og:site_name``.
    """
    raw = (head.site_name or "").strip()
    if url and raw.casefold() == name.casefold():
        labels = _host(url).split(".")
        registrable = _domain_label(url)
        if raw.islower() and raw.casefold() == registrable:
            return True
        sub_labels = {label for label in labels[:-2] if label != registrable}
        if raw.casefold() in sub_labels and raw in (raw.lower(), raw.capitalize()):
            return True
    if _COPYRIGHT_NAME.search(name):
        return True
    folded = name.casefold().lstrip("@")
    if raw.casefold() == name.casefold() or folded not in head.handles:
        return False
    return not url or folded != _domain_label(url)


def _outlet(sitename: str | None, url: str | None, head: _Head, page: str) -> str | None:
    """The page's site name when it is a real name, else the domain file's name for the URL,
    else its registrable domain (:func:`outlet_for_url`); the host name trafilatura falls back
    to when there is no URL; else None.

    A name the page does not declare as its ``og:site_name`` (trafilatura's pick from
    JSON-LD, an app name: ``NYTimes``, ``USA TODAY``) gives way to the domain file's name
    when it has one. A site name followed by its tagline or sections is cut to the name, and
    a phrase of the ``<title>`` is no name
    (:func:`~newsbeat.extract.site_names.outlet_site_name`)."""
    name = original = (sitename or "").strip()
    if name:
        name = (
            outlet_site_name(
                name,
                label=_domain_label(url) if url else None,
                handles=head.handles,
                declared=head.site_name,
                title_element=title_element(page[:_HEAD_LIMIT]),
            )
            or ""
        )
    domainish = "." in name and not any(c.isspace() for c in name)
    if name and not domainish and not _not_a_name(name, url, head):
        declared = (head.site_name or "").strip().casefold() in (
            name.casefold(),
            original.casefold(),
        )
        if declared or not (url and _known(url)):
            return name
    if url:
        return outlet_for_url(url)
    return name if domainish else None


def _known(url: str) -> bool:
    """Whether the domain file names the URL's outlet."""
    outlets = _domain_outlets()
    domain = (courlan.extract_domain(url) or _host(url)).lower()
    return _host(url) in outlets or domain in outlets


_TITLE_TAIL = re.compile(r"^(?P<title>.+)\s[-–—|·]\s+(?P<tail>(?:(?!\s[-–—|·]\s).){2,60})$")

_NAME_SEPARATORS = (":", "|", "-", "–", "—", "·")


def _without_site_name(title: str, names: list[str]) -> str:
    """The headline without the site's whole name before or after it (``LinkNaija | Nigeria's
    popular news platform: Actress ...``, ``... - Remember 80/90 - Memorabilia anni 80/90``):
    names that hold a separator themselves, which the one-segment tail rule cannot see."""
    for name in sorted({n.strip() for n in names if n and len(n.strip()) >= 4}, key=len)[::-1]:
        folded, name_folded = title.casefold(), name.casefold()
        for sep in _NAME_SEPARATORS:
            head = f"{name_folded}{sep} " if sep == ":" else f"{name_folded} {sep} "
            tail = f" {sep} {name_folded}"
            if folded.startswith(head) and len(title) > len(head) + 10:
                return title[len(head) :].strip()
            if folded.endswith(tail) and len(title) > len(tail) + 10:
                return title[: -len(tail)].strip()
    return title


def _title_without_outlet(
    title: str, outlet: str | None, url: str | None, site_names: list[str] | None = None
) -> str:
    """The headline without a trailing `` - Outlet`` / `` | site.com`` that names the page's
    own outlet or domain (``... WeWork – TechCrunch``, ``... program - SpaceNews.com``), or
    the site's whole name before or after it (``site_names``: the page's own names)."""
    title = _without_site_name(title.strip(), [outlet or "", *(site_names or [])])
    match = _TITLE_TAIL.match(title.strip())
    if match is None:
        return title.strip()
    tail = match["tail"].strip().casefold()
    names = {outlet_key(outlet)} if outlet else set()
    if url:
        domain = (courlan.extract_domain(url) or _host(url)).casefold()
        names |= {domain, domain.split(".", 1)[0], outlet_key(domain)}
    bare = tail.removeprefix("www.")
    if bare in names or outlet_key(bare) in names or bare.split(".", 1)[0] in names:
        return match["title"].strip()
    return title.strip()


def _canonical(candidate: str | None, url: str | None) -> str | None:
    """The page's canonical URL if it is a usable article address (not a home page)."""
    if not candidate:
        return None
    absolute = urljoin(url, candidate) if url else candidate
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    if parts.path in ("", "/") and not parts.query:
        return None  # some sites declare their home page canonical on every article
    return normalise_url(absolute)


_LIST_MARKER = re.compile(r"^[-•]\s+(?=\S)")


def _paragraphs(text: str) -> str:
    """trafilatura's one-line-per-block text as blank-line separated paragraphs, without the
    ``- `` it puts before a list item (a summary or quote would show it as text)."""
    lines = [_LIST_MARKER.sub("", line.strip()) for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)


def _clean_lines(paragraphs: list[str], title: str | None) -> list[str]:
    """Drop the repeated headline and scraped-page junk lines (the shared pattern list)."""
    paragraphs = clean_lines(paragraphs)
    if paragraphs and title and paragraphs[0].strip().casefold() == title.strip().casefold():
        paragraphs = paragraphs[1:]
    return paragraphs


_HEAD_LIMIT = 200_000  # metadata lives in <head>; do not scan megabytes of body
_TAG = re.compile(r"<(link|meta|html)\b([^>]*)>", re.IGNORECASE)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")


class _Head(NamedTuple):
    """What a page's ``<head>`` declares."""

    canonical: str | None  # the canonical link, else ``og:url``
    language: str | None
    site_name: str | None  # ``og:site_name`` as written
    handles: frozenset[str]  # Twitter handles and app names, folded, without "@"


_HANDLE_KEYS = ("twitter:site", "twitter:creator", "twitter:app:name", "al:")


def _head_metadata(html: str) -> _Head:
    """The canonical link (else ``og:url``), the language, the ``og:site_name`` and the
    Twitter handles and app names declared by the page."""
    canonical = og_url = language = site_name = None
    handles: set[str] = set()
    for match in _TAG.finditer(html, 0, min(len(html), _HEAD_LIMIT)):
        attrs = {
            m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or ""
            for m in _ATTR.finditer(match.group(2))
        }
        tag = match.group(1).lower()
        if tag == "html":
            language = language or attrs.get("lang") or attrs.get("xml:lang")
        elif tag == "link" and "canonical" in attrs.get("rel", "").lower().split():
            canonical = canonical or attrs.get("href")
        elif tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or "").lower()
            value = attrs.get("content") or attrs.get("value") or ""
            if key == "og:url":
                og_url = og_url or attrs.get("content")
            elif key == "og:site_name":
                site_name = site_name or attrs.get("content")
            elif key == "og:locale" or attrs.get("http-equiv", "").lower() == "content-language":
                language = language or attrs.get("content")
            elif key.startswith(_HANDLE_KEYS) and (key[:3] != "al:" or key.endswith("app_name")):
                handles.add(value.strip().lstrip("@").casefold())
    if language:
        language = re.split(r"[-_,;\s]", language.strip())[0].lower() or None
    handles.discard("")
    return _Head(canonical or og_url, language, site_name, frozenset(handles))


def _date(html: str, found: str | None, url: str | None, fallback: bool) -> str | None:
    if found:
        return found
    if not fallback:
        return None
    try:
        return htmldate.find_date(html, url=url, extensive_search=True, original_date=True)
    except (ValueError, TypeError) as exc:  # htmldate raises on some broken inputs
        log.debug("htmldate failed on %s: %s", url, exc)
        return None


# Hover cards: a panel inside a paragraph that the page shows when the pointer rests on a name
# ("<span class="rollover-people-block">" with the person's picture and links to other stories).
# trafilatura read it as text, so the lead ran "… kill Rep. Jo VargaJo VargaOther story headline |
# …" (two pages of one site on the extraction benchmark: P 0.76 and 0.89, both 1.0 without the
# panels). Only the panels go; the name they hang on is a link outside them and stays.
_HOVER_CARDS = [
    "//*[(contains(@class, 'rollover') and contains(@class, 'block'))"
    " or contains(@class, 'hovercard') or contains(@class, 'hover-card')"
    " or contains(@class, 'tooltiptext') or contains(@class, 'popover-content')]"
]


def _bare(html: str, url: str | None, options: ExtractOptions) -> Document | None:
    result = trafilatura.bare_extraction(
        unwrapped_layout_tables(joined_bodies(html)),
        url=url,
        with_metadata=True,
        fast=options.fast,
        include_comments=options.include_comments,
        include_tables=options.include_tables,
        favor_precision=options.favor_precision,
        favor_recall=options.favor_recall,
        date_extraction_params={"extensive_search": False, "original_date": True},
        prune_xpath=_HOVER_CARDS,
    )
    if result is None or isinstance(result, dict):
        return None
    return result


def extract_article(
    html: str,
    *,
    url: str | None = None,
    options: ExtractOptions = DEFAULT_OPTIONS,
) -> Article:
    """Extract the article of one HTML page.

    Args:
        html: the page, already decoded.
        url: where it was fetched from (resolves relative canonical links, gives the outlet
            when the page names none); None for files on disk.
        options: extraction options.

    Returns:
        The article: title, text (paragraphs separated by blank lines), byline, published
        (``published_source="metadata"``; ``"url"`` when the canonical or fetched address
        writes a date the page's differs from by more than a day:
        :func:`~newsbeat.extract.url_dates.address_date`), outlet, language, canonical URL.
        ``url`` and ``fetched_at`` are set when a URL was given.

    Raises:
        WallError: the page is a consent wall, a paywall stub or an AMP copy of another URL
            (:mod:`newsbeat.extract.walls`); its text is never the article's.
        ExtractionError: the page holds no article text (or less than ``min_chars``), or has
            more than ``max_tags`` tags.
    """
    where = url or "HTML page"
    if not html or not html.strip():
        raise ExtractionError(f"{where}: the page is empty")
    if html.count("<") > options.max_tags:
        raise ExtractionError(
            f"{where}: more than {options.max_tags} tags; not an article page, not parsed"
        )
    try:
        doc = _bare(html, url, options)
    except (ValueError, TypeError, AttributeError) as exc:  # lxml on very broken markup
        raise ExtractionError(f"{where}: cannot parse the page: {exc}") from exc
    head = _head_metadata(html)
    canonical = _canonical(head.canonical, url)
    page_url = normalise_url(url) if url else None
    found = []
    if doc is not None and doc.text:
        found = [p for p in _paragraphs(doc.text).split("\n\n") if p]
    if options.fast and is_menu_dump(found):
        # the fast extraction read the site's menus; the fallback extractors find the article
        fuller = _bare(html, url, replace(options, fast=False))
        if fuller is not None and fuller.text:
            doc = fuller
            found = [p for p in _paragraphs(fuller.text).split("\n\n") if p]
    screen = Screen(None, found)
    if options.screen_walls:
        screen = screen_page(html, found, canonical=canonical, url=page_url)
    if screen.wall is not None:
        meta = None
        if doc is not None and screen.wall.kind == "paywall":
            meta = _metadata(doc, html, url, page_url, canonical, head)
        raise WallError(f"{where}: {screen.wall.describe()}", wall=screen.wall, metadata=meta)
    if doc is None or not screen.paragraphs:
        raise ExtractionError(f"{where}: no article text found")
    # Without an address of its own, a page's copyright notice may write its site's address.
    site = canonical or page_url or copyright_site(html)
    outlet = _outlet(doc.sitename, site, head, html)
    doc_title = headline_title(doc.title, html, canonical or page_url)
    title = _title_without_outlet(
        doc_title or "", outlet, site, [head.site_name or "", doc.sitename or ""]
    )
    # The page's own address goes first: printed above the headline, it kept the headline from
    # being the text's first line, where it is recognised.
    paragraphs = without_own_address(screen.paragraphs, {url or "", canonical or ""})
    paragraphs = _clean_lines(paragraphs, doc_title)
    paragraphs = without_asides(paragraphs, page_asides(html, canonical or page_url))
    paragraphs = without_repeated_notice(without_tag_lines(paragraphs, html))
    paragraphs = without_tweet_buttons(paragraphs)
    paragraphs = split_headings(
        paragraphs, lead_headings(html, doc.description, (title, doc_title or ""))
    )
    text = "\n\n".join(paragraphs)
    if len(text) < options.min_chars:
        raise ExtractionError(
            f"{where}: only {len(text)} characters of article text (minimum {options.min_chars})"
        )
    title = title or paragraphs[0][:200]
    standfirst = (doc.description or "").strip() or None
    if standfirst and fold(text).startswith(fold(standfirst)):
        # The meta description is just the lead paragraph, often with other quote marks or
        # cut with "..." (compared as words, else the lead would be analysed twice).
        standfirst = None
    published = _date(html, doc.date, url, options.date_fallback)
    source = "metadata" if published else None
    now = utc_now()
    if options.date_fallback and (
        day := address_date(
            published, (canonical, page_url), not_after=date.fromisoformat(now[:10])
        )
    ):
        published, source = day.isoformat(), "url"
    return Article(
        title=title,
        text=text,
        url=page_url,
        canonical_url=canonical,
        outlet=outlet,
        standfirst=standfirst,
        byline=(doc.author or "").strip() or None,
        published=published,
        published_source=source,
        language=head.language or (doc.language or "").strip() or None,
        fetched_at=now if url else None,
        provenance=[Provenance(location=page_url, seen_at=now)] if page_url else [],
    )


def _metadata(
    doc: Document,
    html: str,
    url: str | None,
    page_url: str | None,
    canonical: str | None,
    head: _Head,
) -> Article:
    """What a wall page's own metadata says about its article (no text)."""
    published = _date(html, doc.date, url, fallback=False)
    site = canonical or page_url or copyright_site(html)
    outlet = _outlet(doc.sitename, site, head, html)
    return Article(
        title=_title_without_outlet(
            doc.title or "",
            outlet,
            site,
            [head.site_name or "", doc.sitename or ""],
        ),
        text="",
        url=page_url,
        canonical_url=canonical,
        outlet=outlet,
        standfirst=(doc.description or "").strip() or None,
        byline=(doc.author or "").strip() or None,
        published=published,
        published_source="metadata" if published else None,
        language=head.language or (doc.language or "").strip() or None,
    )


def extract_text_baseline(html: str) -> str:
    """Plain trafilatura with its defaults: the benchmark's baseline."""
    return trafilatura.extract(html) or ""
