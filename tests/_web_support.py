"""A small database for the web UI tests, written through the Store API only.

Two beats, two stories (one with a merged old ID), a reprint, enrichment, and one article whose
title, outlet, text, quote and claim carry XSS payloads.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

from newsbeat.beats import define_beat
from newsbeat.models import Article, Claim, Enrichment, Entity, Quote, Relation, Story
from newsbeat.store import SQLiteStore

SCRIPT = "<script>alert('x')</script>"
IMG = '"><img src=x onerror=alert(1)>'
# How the payloads read once escaped by jinja2 (markupsafe escapes ' and " as &#39; and &#34;).
SCRIPT_ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
IMG_ESCAPED = "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;"


@dataclass(frozen=True)
class Seeded:
    """Ids of what :func:`seed` stored."""

    orsa: int
    velmar: int
    evil: int
    reprint: int
    market: int
    story: str = "s-alliance"
    old_story: str = "s-old"
    market_story: str = "s-market"


def _paras(*sentences: str) -> str:
    return "\n\n".join(sentences)


def seed(path: str) -> Seeded:
    """Fill the database at ``path`` and return the ids."""
    store = SQLiteStore(path)
    try:
        articles = [
            Article(
                title="Orsa and Velmar sign coastal alliance",
                outlet="Orsa Courier",
                url="https://orsa.example/news/alliance",
                published="2026-03-04T09:00:00+00:00",
                language="en",
                text=_paras(
                    "Orsa and Velmar signed a coastal clean-up alliance on Tuesday, the two "
                    "harbour councils said, pledging 31 million crowns over five years.",
                    '"This alliance keeps our beaches clean," said mayor Petra Lind.',
                ),
            ),
            Article(
                title="Velmar joins Orsa in clean-up alliance",
                outlet="The Velmar Post",
                url="https://velmarpost.example/2026/03/alliance",
                published="2026-03-04T15:00:00+00:00",
                language="en",
                text=_paras(
                    "Velmar joined Orsa in a coastal clean-up alliance on Tuesday, pledging "
                    "18 million crowns over five years, the harbour council said.",
                    '"This alliance keeps the beaches clean," mayor Petra Lind said.',
                ),
            ),
            Article(
                title=f"Alliance {SCRIPT} talks {IMG}",
                outlet=f"Evil {SCRIPT} Times",
                url="javascript:alert(1)",
                published="2026-03-05T08:00:00+00:00",
                language="en",
                byline=IMG,
                standfirst=f"Standfirst {SCRIPT}",
                text=_paras(
                    f"The alliance council met again {SCRIPT} on Wednesday {IMG} in Orsa.",
                    "Delegates from both harbours discussed the alliance budget at length.",
                ),
            ),
            Article(
                title="Orsa and Velmar sign coastal alliance",
                outlet="Kittby Chronicle",
                url="https://kittby.example/wire/alliance",
                published="2026-03-04T11:00:00+00:00",
                language="en",
                text=_paras(
                    "Orsa and Velmar signed a coastal clean-up alliance on Tuesday, the two "
                    "harbour councils said, pledging 31 million crowns over five years (wire).",
                ),
            ),
            Article(
                title="Fish market moves to the old ferry terminal",
                outlet="Orsa Courier",
                url="https://orsa.example/news/market",
                published="2026-03-09T10:00:00+00:00",
                language="en",
                text="The fish market will move into the old ferry terminal next spring.",
            ),
        ]
        ids = store.add_articles(articles).new_ids
        orsa, velmar, evil, reprint, market = ids
        store.set_duplicate(reprint, orsa)
        define_beat(store, "alliance")
        define_beat(store, "market", "market")
        with store.transaction():
            store.save_story(
                Story(
                    id="s-alliance",
                    title="Orsa and Velmar sign coastal alliance",
                    first_seen="2026-03-04T09:00:00+00:00",
                    last_updated="2026-03-05T08:00:00+00:00",
                )
            )
            store.assign_articles("s-alliance", [orsa, evil])
            store.save_story(
                Story(
                    id="s-old",
                    title="Velmar joins Orsa in clean-up alliance",
                    first_seen="2026-03-04T15:00:00+00:00",
                    last_updated="2026-03-04T15:00:00+00:00",
                )
            )
            store.assign_articles("s-old", [velmar])
            store.save_story(
                Story(
                    id="s-market",
                    title="Fish market moves to the old ferry terminal",
                    first_seen="2026-03-09T10:00:00+00:00",
                    last_updated="2026-03-09T10:00:00+00:00",
                    status="singleton",
                )
            )
            store.assign_articles("s-market", [market])
        store.merge_stories("s-old", "s-alliance")
        _enrich(store, orsa, "Orsa Courier", 31e6, "This alliance keeps our beaches clean")
        _enrich(store, velmar, "The Velmar Post", 18e6, "This alliance keeps the beaches clean")
        store.save_enrichment(
            Enrichment(
                article_id=evil,
                entities=[Entity(name=f"Council {SCRIPT}", type="ORG", mentions=2)],
                quotes=[
                    Quote(
                        text=f"We meet {SCRIPT} again",
                        speaker=f"Delegate {IMG}",
                        article_id=evil,
                        outlet=f"Evil {SCRIPT} Times",
                    )
                ],
                claims=[
                    Claim(
                        what=f"delegates {SCRIPT}",
                        low=12,
                        high=12,
                        exact=True,
                        unit=None,
                        claimant=IMG,
                        sentence=f"Twelve delegates {IMG} came.",
                        article_id=evil,
                        outlet=f"Evil {SCRIPT} Times",
                    )
                ],
                relations=[
                    Relation(
                        type="CONSULT",
                        source=f"Orsa {SCRIPT}",
                        target="Velmar",
                        evidence=f"Orsa met Velmar {IMG}.",
                        article_id=evil,
                        outlet=f"Evil {SCRIPT} Times",
                    )
                ],
            )
        )
        return Seeded(orsa=orsa, velmar=velmar, evil=evil, reprint=reprint, market=market)
    finally:
        store.close()


def _enrich(store: SQLiteStore, article_id: int, outlet: str, amount: float, said: str) -> None:
    store.save_enrichment(
        Enrichment(
            article_id=article_id,
            entities=[
                Entity(name="Petra Lind", type="PERSON", mentions=1),
                Entity(name="Orsa", type="GPE", mentions=2),
            ],
            quotes=[
                Quote(
                    text=said,
                    speaker="Petra Lind",
                    article_id=article_id,
                    outlet=outlet,
                    sentence=f'"{said}," said mayor Petra Lind.',
                )
            ],
            claims=[
                Claim(
                    what="crowns",
                    low=amount,
                    high=amount,
                    exact=True,
                    unit="crowns",
                    claimant="harbour council",
                    sentence=f"They pledged {amount:,.0f} crowns over five years.",
                    time_ref="five years",
                    article_id=article_id,
                    outlet=outlet,
                )
            ],
            relations=[
                Relation(
                    type="AGREE",
                    source="Orsa",
                    target="Velmar",
                    evidence="Orsa and Velmar signed a coastal clean-up alliance.",
                    date="2026-03-03",
                    article_id=article_id,
                    outlet=outlet,
                )
            ],
        )
    )


class Links(HTMLParser):
    """Collects href/src/action attributes and tag names of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append((tag, found))
        for name in ("href", "src", "action"):
            if found.get(name):
                self.urls.append(str(found[name]))


def parse(html: str) -> Links:
    """Parse a page."""
    links = Links()
    links.feed(html)
    return links
