"""Parse a rendered HTML page and collect what the report tests assert on."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Page:
    """Tags, attributes, ids, internal links and text of an HTML document."""

    tags: list[str] = field(default_factory=list)
    attributes: list[tuple[str, str, str]] = field(default_factory=list)  # tag, name, value
    ids: set[str] = field(default_factory=set)
    internal_links: list[str] = field(default_factory=list)
    text: str = ""


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.page.tags.append(tag)
        for name, value in attrs:
            self.page.attributes.append((tag, name, value or ""))
            if name == "id" and value:
                self.page.ids.add(value)
            if name == "href" and value and value.startswith("#"):
                self.page.internal_links.append(value[1:])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self._text.append(data)


def parse_page(html: str) -> Page:
    """Parse ``html`` into a :class:`Page`."""
    collector = _Collector()
    collector.feed(html)
    collector.close()
    collector.page.text = "".join(collector._text)
    return collector.page


def assert_inert(page: Page) -> None:
    """No script, no image, no event handler, no javascript: URL anywhere in the page."""
    assert "script" not in page.tags
    assert "img" not in page.tags
    assert not [a for a in page.attributes if a[1].startswith("on")]
    assert not [a for a in page.attributes if a[2].strip().lower().startswith("javascript:")]


def assert_links_resolve(page: Page) -> None:
    """Every ``href="#x"`` has an element with ``id="x"``."""
    assert page.internal_links, "the report has internal links"
    missing = sorted({link for link in page.internal_links if link not in page.ids})
    assert not missing, f"internal links without a target: {missing}"
