"""Link resolvers: the step between polling and fetching that unwraps redirect links.

Search feeds rarely link to the article itself. A resolver turns one kind of wrapped link into
the article URL; they are registered by name in :data:`LINK_RESOLVERS` (like the source types),
and the first whose ``matches`` accepts a link resolves it:

``news-search``
    news-search RSS article links (``news.google.com/rss/articles/<id>``, or under the
    ``[collect] news_links_url`` setting): the older form is decoded offline from the id, the
    newer form through the site's own endpoint (:mod:`newsbeat.collect.newslinks`).
``apiclick``
    Bing-News-style click trackers, ``…/news/apiclick.aspx?…&url=<encoded article URL>``.
``redirect``
    generic redirectors whose ``url``, ``u`` or ``q`` parameter is an absolute http(s) URL on
    another host (``l.facebook.com/l.php?u=…``, ``www.google.com/url?q=…``).

Each resolver has one signature, ``resolve(urls, context) -> {url: Resolution}``, gets every
link of a poll at once (the newer news-search form decodes many ids per request) and never
raises: a link it cannot resolve comes back with ``error`` set, and the collector stores the
item as a link-only article. Resolutions made over the network are cached in the store, so a
link is resolved once.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from newsbeat.collect import newslinks
from newsbeat.collect.fetcher import Fetcher
from newsbeat.settings import CollectSettings

__all__ = [
    "LINK_RESOLVERS",
    "LinkResolver",
    "Resolution",
    "ResolveContext",
    "resolve_links",
    "resolver_for",
]


@dataclass(frozen=True, kw_only=True)
class Resolution:
    """What resolving one link gave.

    Attributes:
        url: the wrapped link.
        resolver: the resolver's name.
        resolved: the article URL, or None when it could not be had.
        error: why not (resolved None).
        online: the answer came over the network (it is worth caching).
    """

    url: str
    resolver: str
    resolved: str | None = None
    error: str | None = None
    online: bool = False


@dataclass(frozen=True, kw_only=True)
class ResolveContext:
    """What a resolver may use: the run's polite fetcher and the ``[collect]`` settings."""

    fetcher: Fetcher
    collect: CollectSettings


Resolve = Callable[[Sequence[str], ResolveContext], Awaitable[dict[str, Resolution]]]


@dataclass(frozen=True)
class LinkResolver:
    """A kind of wrapped link: its name, which links it takes, and how to resolve them."""

    name: str
    help: str
    matches: Callable[[str, CollectSettings], bool]
    resolve: Resolve


# -- news-search article links -------------------------------------------------------------------
def _is_news_search(url: str, collect: CollectSettings) -> bool:
    return newslinks.article_id(url, collect.news_links_url) is not None


async def _resolve_news_search(
    urls: Sequence[str], context: ResolveContext
) -> dict[str, Resolution]:
    out: dict[str, Resolution] = {}
    online: dict[str, list[str]] = {}
    ids: dict[str, newslinks.ArticleId] = {}
    for url in urls:
        found = newslinks.article_id(url, context.collect.news_links_url)
        if found is None:  # pragma: no cover - matches() said it is one
            out[url] = Resolution(url=url, resolver="news-search", error="not an article link")
            continue
        clear = newslinks.decode_offline(found.id)
        if clear is not None:
            out[url] = Resolution(url=url, resolver="news-search", resolved=clear)
        elif newslinks.is_newer_form(found.id):
            online.setdefault(found.id, []).append(url)
            ids[found.id] = found
        else:
            out[url] = Resolution(
                url=url,
                resolver="news-search",
                error=f"{url}: the link's id holds no article URL and is not a known form",
            )
    if online:
        answers = await newslinks.decode_online(
            list(ids.values()), context.collect.news_links_url, context.fetcher
        )
        for token, links in online.items():
            answer = answers.get(token, ValueError("no answer"))
            for url in links:
                if isinstance(answer, str):
                    out[url] = Resolution(
                        url=url, resolver="news-search", resolved=answer, online=True
                    )
                else:
                    out[url] = Resolution(
                        url=url,
                        resolver="news-search",
                        error=f"link not resolved: {answer}",
                    )
    return out


# -- parameter redirectors ----------------------------------------------------------------------
def _target(url: str, keys: tuple[str, ...]) -> str | None:
    """The absolute http(s) URL in the first of ``keys`` that holds one, on another host."""
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    for key in keys:
        for value in query.get(key, []):
            target = urlsplit(value.strip())
            elsewhere = (target.hostname or "") != (parts.hostname or "")
            if target.scheme in ("http", "https") and target.netloc and elsewhere:
                return value.strip()
    return None


def _is_apiclick(url: str, collect: CollectSettings) -> bool:
    return (
        urlsplit(url).path.lower().endswith("/apiclick.aspx") and _target(url, ("url",)) is not None
    )


_REDIRECT_KEYS = ("url", "u", "q")


def _is_redirect(url: str, collect: CollectSettings) -> bool:
    return _target(url, _REDIRECT_KEYS) is not None


def _offline(name: str, keys: tuple[str, ...]) -> Resolve:
    async def resolve(urls: Sequence[str], context: ResolveContext) -> dict[str, Resolution]:
        out = {}
        for url in urls:
            target = _target(url, keys)
            out[url] = Resolution(
                url=url,
                resolver=name,
                resolved=target,
                error=None if target else f"{url}: no article URL in its parameters",
            )
        return out

    return resolve


LINK_RESOLVERS: dict[str, LinkResolver] = {
    r.name: r
    for r in (
        LinkResolver(
            "news-search",
            "news-search RSS article links: older ids decoded offline, newer ones by the site",
            _is_news_search,
            _resolve_news_search,
        ),
        LinkResolver(
            "apiclick",
            "click trackers ending in /apiclick.aspx with a url= parameter (Bing News RSS)",
            _is_apiclick,
            _offline("apiclick", ("url",)),
        ),
        LinkResolver(
            "redirect",
            "redirectors whose url=, u= or q= parameter is an http(s) URL on another host",
            _is_redirect,
            _offline("redirect", _REDIRECT_KEYS),
        ),
    )
}


def resolver_for(url: str, collect: CollectSettings) -> LinkResolver | None:
    """The first registered resolver that takes this link, or None (a direct link)."""
    for resolver in LINK_RESOLVERS.values():
        if resolver.matches(url, collect):
            return resolver
    return None


async def resolve_links(urls: Sequence[str], context: ResolveContext) -> dict[str, Resolution]:
    """Resolve wrapped links, each by the first resolver that takes it.

    Args:
        urls: wrapped links (a direct link comes back unresolved, with an error).
        context: the fetcher and settings.

    Returns:
        One resolution per link.
    """
    groups: dict[str, list[str]] = {}
    out: dict[str, Resolution] = {}
    for url in urls:
        resolver = resolver_for(url, context.collect)
        if resolver is None:
            out[url] = Resolution(url=url, resolver="", error=f"{url}: not a wrapped link")
        else:
            groups.setdefault(resolver.name, []).append(url)
    for name, members in groups.items():
        found = await LINK_RESOLVERS[name].resolve(members, context)
        for url in members:
            out[url] = found.get(url) or Resolution(
                url=url, resolver=name, error=f"{url}: the resolver gave no answer"
            )
    return out
