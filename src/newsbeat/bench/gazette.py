"""The generated articles of the bench server: "Bench Gazette" pages of about 9 KB (navigation,
a byline, a date, related links and a footer around random sentences), each a pure function of
its number, so that the pages are the same on every run."""

from __future__ import annotations

import random

__all__ = ["article_page", "article_text"]

_WORDS = [
    "harbour",
    "council",
    "minister",
    "treaty",
    "alliance",
    "budget",
    "ferry",
    "winter",
    "coast",
    "delegation",
    "vote",
    "parliament",
    "agreement",
    "port",
    "union",
    "workers",
    "strike",
    "talks",
    "summit",
    "defence",
    "border",
    "trade",
    "northern",
    "southern",
    "capital",
    "island",
    "committee",
    "report",
    "figures",
    "crowns",
    "million",
    "families",
    "schools",
    "hospital",
    "road",
    "bridge",
    "storm",
    "repair",
    "election",
    "spokesperson",
    "statement",
    "official",
    "plan",
    "week",
    "month",
    "morning",
    "evening",
    "city",
    "region",
    "government",
    "opposition",
    "mayor",
    "police",
]


def article_text(index: int) -> tuple[str, list[str], list[tuple[int, str]]]:
    """Article number ``index``: its headline, its paragraphs and its related links."""
    rng = random.Random(index)

    def sentence() -> str:
        words = [rng.choice(_WORDS) for _ in range(rng.randint(12, 24))]
        return " ".join(words).capitalize() + "."

    title = " ".join(rng.choice(_WORDS) for _ in range(7)).capitalize()
    texts = [
        " ".join(sentence() for _ in range(rng.randint(3, 5))) for _ in range(rng.randint(8, 12))
    ]
    related = [(rng.randint(0, 9999), sentence()) for _ in range(8)]
    return title, texts, related


def article_page(index: int) -> bytes:
    """Article page number ``index`` (the same bytes for the same index)."""
    title, texts, links = article_text(index)
    paragraphs = "\n".join(f"<p>{text}</p>" for text in texts)
    nav = " | ".join(f'<a href="/s/{w}">{w.title()}</a>' for w in _WORDS[:25])
    related = "".join(f'<li><a href="/a/{n}.html">{text}</a></li>' for n, text in links)
    day = 1 + index % 28
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Bench Gazette</title>
<meta property="og:site_name" content="Bench Gazette">
<meta name="author" content="Reporter {index % 50}">
<meta property="article:published_time" content="2026-02-{day:02d}T08:00:00Z">
<link rel="canonical" href="/a/{index}.html"></head>
<body><header><nav>{nav}</nav></header>
<main><article><h1>{title}</h1><p class="byline">By Reporter {index % 50}</p>
{paragraphs}
</article><aside><h2>Related</h2><ul>{related}</ul></aside></main>
<footer><p>Bench Gazette. All rights reserved.</p></footer></body></html>
"""
    return html.encode("utf-8")
