"""The news-search site of ``newsbeat bench collect``, served by :mod:`newsbeat.bench.server`.

A search feed of ``items`` entries in the news-search RSS form (``Headline - Outlet`` titles,
``<source>`` elements, ``pubDate``, wrapped links in the newer form that only the site can
decode), the site's article pages with each id's decoding parameters, and its decoding
endpoint. Where each item leads is fixed by its number (:func:`item_kind`): mostly to a
generated article page (``/a/<i>.html``), some to a paywall stub, a consent interstitial, an
AMP copy of the article, or a page robots.txt forbids. Everything is a pure function of the
item number, so the "recording" is the same on every run.
"""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from urllib.parse import parse_qs

from newsbeat.bench.gazette import article_page, article_text

__all__ = [
    "OUTLETS",
    "article_paragraphs",
    "batch_answer",
    "decoding_page",
    "item_kind",
    "item_path",
    "search_feed",
    "token",
    "wall_page",
]

OUTLETS = [
    ("Bench Gazette", "https://bench-gazette.example"),
    ("The Northern Ledger", "https://northern-ledger.example"),
    ("Kessel Evening Post", "https://kessel-post.example"),
    ("Strait Observer", "https://strait-observer.example"),
    ("Coastline Press Wire", "https://coastline-wire.example"),
    ("Kaldria Herald", "https://kaldria-herald.example"),
    ("Sorvenland Press", "https://sorvenland-press.example"),
    ("The Velmar Post", "https://velmar-post.example"),
]
_STAMP = "1772445600"
_MARK = b"AU_yqL"


def item_kind(index: int) -> str:
    """Where item ``index`` leads: ``article``, ``paywall``, ``consent``, ``amp``, ``robots``."""
    if index % 50 == 19:
        return "robots"
    return {3: "paywall", 7: "consent", 11: "amp"}.get(index % 20, "article")


def item_path(index: int) -> str:
    """The path of the page item ``index`` leads to."""
    kind = item_kind(index)
    if kind == "article":
        return f"/a/{index}.html"
    if kind == "robots":
        return f"/private/{index}.html"
    return f"/w/{kind}/{index}.html"


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        low, n = n & 0x7F, n >> 7
        out.append(low | (0x80 if n else 0))
        if not n:
            return bytes(out)


def token(index: int) -> str:
    """Item ``index``'s newer-form article id (an opaque token, as the real ones are)."""
    filler = hashlib.sha256(f"item {index}".encode()).hexdigest()[:60]
    inner = _MARK + f"b{index:05d}".encode() + filler.encode()
    payload = b"\x08\x13\x22" + _varint(len(inner)) + inner
    return base64.urlsafe_b64encode(payload).decode().rstrip("=")


def _index_of(article_id: str) -> int | None:
    try:
        raw = base64.urlsafe_b64decode(article_id + "=" * (-len(article_id) % 4))
    except ValueError:
        return None
    at = raw.find(_MARK + b"b")
    digits = raw[at + len(_MARK) + 1 : at + len(_MARK) + 6]
    return int(digits) if at >= 0 and digits.isdigit() else None


def _signature(article_id: str) -> str:
    return "AZ5r3e" + hashlib.sha256(article_id.encode()).hexdigest()[:26]


def search_feed(base: str, site: str, items: int) -> bytes:
    """The search feed: ``items`` entries whose links are ``{base}{site}/rss/articles/<id>``."""
    now = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)
    parts = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><rss version="2.0"'
        ' xmlns:media="http://search.yahoo.com/mrss/"><channel><generator>NFE/5.0</generator>'
        f'<title>"harbour" - Google News</title><link>{base}{site}/search?q=harbour</link>'
        "<language>en-US</language><webMaster>news-webmaster@google.com</webMaster>"
        "<copyright>2026 Google LLC. All rights reserved.</copyright>"
        f"<lastBuildDate>{format_datetime(now, usegmt=True)}</lastBuildDate>"
        "<description>Google News</description>"
    ]
    for index in range(items):
        title = escape(article_text(index)[0])
        outlet, home = OUTLETS[index % len(OUTLETS)]
        link = f"{base}{site}/rss/articles/{token(index)}?oc=5"
        date = format_datetime(now - timedelta(minutes=37 * index), usegmt=True)
        parts.append(
            f"<item><title>{title} - {escape(outlet)}</title><link>{link}</link>"
            f'<guid isPermaLink="false">{token(index)}</guid><pubDate>{date}</pubDate>'
            f'<description>&lt;a href="{link}" target="_blank"&gt;{title}&lt;/a&gt;'
            f'&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;{escape(outlet)}&lt;/font&gt;'
            f'</description><source url="{home}">{escape(outlet)}</source></item>'
        )
    parts.append("</channel></rss>\n")
    return "".join(parts).encode("utf-8")


def decoding_page(article_id: str) -> bytes | None:
    """The site's page for an article id, with its decoding parameters (None: unknown id)."""
    if _index_of(article_id) is None:
        return None
    return (
        '<!doctype html><html lang="en-US" dir="ltr"><head><title>Google News</title></head>'
        '<body jscontroller="ndB2Oe"><c-wiz jsrenderer="i3Tgmf" jsshadow jsdata="deferred-i1"'
        ' data-node-index="0;0" jsmodel="hc6Ubd" c-wiz><div jscontroller="aLI87"'
        f' jsaction="rcuQ6b:npT2md" jsname="zSI6Kf" data-n-a-id="{article_id}"'
        f' data-n-a-ts="{_STAMP}" data-n-a-sg="{_signature(article_id)}"></div></c-wiz>'
        "<noscript>Opening this link needs JavaScript.</noscript></body></html>"
    ).encode()


def batch_answer(base: str, body: str) -> bytes | None:
    """The decoding endpoint's answer to a POSTed ``f.req`` form (None: not a valid form)."""
    try:
        calls = json.loads(parse_qs(body)["f.req"][0])[0]
        requests = [(rpc, json.loads(inner), request_id) for rpc, inner, _, request_id in calls]
    except (KeyError, IndexError, ValueError, TypeError):
        return None
    rows: list[object] = []
    for rpc, inner, request_id in requests:
        article_id, stamp, signature = inner[2], str(inner[3]), inner[4]
        index = _index_of(article_id)
        if index is not None and stamp == _STAMP and signature == _signature(article_id):
            answer = json.dumps(["garturlres", base + item_path(index), 1])
            rows.append(["wrb.fr", rpc, answer, None, None, None, request_id])
        else:
            rows.append(["wrb.fr", rpc, None, None, None, [3], request_id])
    rows += [["di", 38], ["af.httprm", 37, "-4217039411306431581", 9]]
    return (")]}'\n\n" + json.dumps(rows, separators=(",", ":"))).encode()


def article_paragraphs(index: int) -> set[str]:
    """The paragraphs of article ``index``, as its page has them (junk is anything else)."""
    return set(article_text(index)[1])


def _consent(title: str, index: int) -> str:
    forms = [
        '<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat"'
        ' role="region" aria-label="Cookie banner"><div id="onetrust-policy">'
        '<h2 id="onetrust-policy-title">We value your privacy</h2>'
        '<div id="onetrust-policy-text">We and our partners store and/or access information'
        " on a device, such as cookies and process personal data, such as unique identifiers"
        " and standard information sent by a device for personalised advertising and content,"
        " advertising and content measurement, and audience insights, as well as to develop"
        ' and improve products.</div></div><div id="onetrust-button-group">'
        '<button id="onetrust-pc-btn-handler">Manage preferences</button>'
        '<button id="onetrust-accept-btn-handler">Accept all cookies</button></div></div></div>',
        '<div id="sp_message_container_1103457" class="sp-message-open">'
        '<iframe id="sp_message_iframe_1103457" title="SP Consent Message"'
        ' src="https://cdn.privacy-mgmt.com/index.html?message_id=1103457"></iframe></div>',
        '<main class="consent-page"><h1>Before you continue</h1><p>Cookies help us run this'
        " site. Some are needed for it to work; others help us show you news that matters to"
        " you and keep the site free. You can change your choice at any time from the footer"
        ' of every page.</p><form method="post" action="/consent"><button>Continue with'
        " cookies</button><button>Continue without</button></form></main>",
    ]
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        '<meta property="og:site_name" content="Bench Gazette"></head><body>'
        f"{forms[index % len(forms)]}</body></html>"
    )


def _paywall(title: str, texts: list[str], index: int) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        '<meta property="og:site_name" content="Bench Gazette">'
        f'<meta name="author" content="Reporter {index % 50}"></head><body><main><article>'
        f"<h1>{title}</h1><p>{texts[0]}</p>"
        '<div class="paywall"><h2>Subscribe to continue reading</h2><p>Get unlimited digital'
        ' access for 1 crown for the first month.</p><p>Already a subscriber? <a href="/login">'
        "Log in</a></p></div></article></main></body></html>"
    )


def _amp(base: str, title: str, texts: list[str], index: int) -> str:
    body = "".join(f"<p>{t}</p>" for t in texts[:3])
    return (
        f'<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<link rel="canonical" href="{base}/a/{index}.html">'
        '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        '<meta property="og:site_name" content="Bench Gazette"></head><body><article>'
        f'<h1>{title}</h1>{body}<amp-ad width="300" height="250" type="doubleclick"></amp-ad>'
        f'<p><a href="{base}/a/{index}.html">Read the full article</a></p></article></body></html>'
    )


def wall_page(base: str, kind: str, index: int) -> bytes | None:
    """A wall page (``paywall``, ``consent``, ``amp``) of item ``index``; None if there is
    none; a page robots.txt forbids is the article itself (it is never fetched)."""
    title, texts, _ = article_text(index)
    if kind == "paywall":
        html = _paywall(title, texts, index)
    elif kind == "consent":
        html = _consent(title, index)
    elif kind == "amp":
        html = _amp(base, title, texts, index)
    elif kind == "private":
        return article_page(index)
    else:
        return None
    return html.encode("utf-8")
