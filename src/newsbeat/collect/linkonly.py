"""Link-only articles: what a feed or search item says when its page gives no article text.

A news-search item still says a lot: its headline (``Headline - Outlet``), the outlet (its
``<source>`` element, else that suffix), a date and a link. When the page cannot be had (the
wrapped link could not be resolved, a paywall or consent wall stands in front of the text,
robots.txt forbids the page, or the page holds no article text), the item is stored as a
link-only article: that headline without the suffix, the outlet, the date, both URLs in its
provenance, an empty text and a ``text_status`` saying why (:data:`LINK_ONLY_STATUSES`).
Stories group it by its headline; enrich skips it; every view marks it "headline only".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsbeat.extract.article import normalise_url, outlet_for_url
from newsbeat.models import LINK_ONLY_STATUSES, Article, Provenance, utc_now

__all__ = ["LinkOnly", "headline_and_outlet", "link_only_article"]

# "Headline - Outlet": the separator news-search feeds put before the outlet's name.
_SUFFIX = re.compile(r"^(?P<head>.+\S)\s+[-–—|]\s+(?P<tail>[^-–—|]+)$")
_MAX_OUTLET_WORDS = 6


def headline_and_outlet(
    title: str | None, outlet: str | None = None, *, split_suffix: bool = False
) -> tuple[str | None, str | None]:
    """An item's headline without its `` - Outlet`` suffix, and the outlet.

    Args:
        title: the item's title as the feed gives it.
        outlet: the outlet the item names (its ``<source>``), if any.
        split_suffix: when no outlet is given, take a short last `` - X`` part as the outlet
            (news-search feeds; a site's own feed is not cut).

    Returns:
        ``(headline, outlet)``: the suffix is removed only when it is the outlet's name (or,
        with ``split_suffix``, when it is short enough to be one).
    """
    if not title:
        return title, outlet
    text = " ".join(title.split())
    match = _SUFFIX.match(text)
    if match is None:
        return text, outlet
    head, tail = match.group("head"), match.group("tail").strip()
    if outlet:
        if tail.casefold() == " ".join(outlet.split()).casefold():
            return head, outlet
        return text, outlet
    if split_suffix and len(tail.split()) <= _MAX_OUTLET_WORDS:
        return head, tail
    return text, outlet


@dataclass(frozen=True, kw_only=True)
class LinkOnly:
    """Why an item has no text: ``status`` (one of :data:`LINK_ONLY_STATUSES`) and the
    reason in words (the resolver's or fetcher's message)."""

    location: str
    status: str
    reason: str

    def __post_init__(self) -> None:
        if self.status not in LINK_ONLY_STATUSES:
            raise ValueError(f"not a link-only status: {self.status!r}")


def link_only_article(
    *,
    url: str,
    title: str,
    status: str,
    outlet: str | None = None,
    published: str | None = None,
    wrapped: str | None = None,
    amp: str | None = None,
    metadata: Article | None = None,
) -> Article:
    """A link-only article from what the feed item (and the page's metadata, if any) said.

    Args:
        url: the article's URL (the resolved one; the wrapped link when it did not resolve).
        title: the item's headline (without the outlet suffix); the page's when empty.
        status: why there is no text (:data:`LINK_ONLY_STATUSES`).
        outlet: the outlet the item named; else the page's, else the URL's domain (not for an
            unresolved wrapped link, whose domain is the wrapper's).
        published: the item's date (ISO 8601), if any.
        wrapped: the wrapped link the item gave, when it differs from ``url``.
        amp: the AMP copy the item linked to, when ``url`` is its canonical page.
        metadata: what the page's own metadata said (a paywall page still has its headline,
            byline, date and canonical URL), or None.

    Returns:
        The article: empty text, ``text_status`` set, both URLs in its provenance.
    """
    if status not in LINK_ONLY_STATUSES:
        raise ValueError(f"not a link-only status: {status!r}")
    now = utc_now()
    page_url = normalise_url(url)
    meta = metadata
    name = outlet or (meta.outlet if meta else None)
    if name is None and wrapped is None:
        name = outlet_for_url(page_url)
    provenance = [Provenance(location=page_url, seen_at=now)]
    if wrapped and normalise_url(wrapped) != page_url:
        provenance.append(Provenance(location=wrapped, position="wrapped link", seen_at=now))
    if amp and normalise_url(amp) != page_url:
        provenance.append(Provenance(location=amp, position="AMP copy", seen_at=now))
    published_at = (meta.published if meta else None) or published
    return Article(
        title=title or (meta.title if meta else "") or page_url,
        text="",
        url=page_url,
        canonical_url=meta.canonical_url if meta else None,
        outlet=name,
        standfirst=meta.standfirst if meta else None,
        byline=meta.byline if meta else None,
        published=published_at,
        published_source="metadata" if published_at else None,
        language=meta.language if meta else None,
        fetched_at=now,
        provenance=provenance,
        text_status=status,
    )
