"""A fast extraction that read the site's menus is done again with the fallback extractors."""

from __future__ import annotations

import pytest
from trafilatura.settings import Document

import newsbeat.extract.article as article_module
from newsbeat.extract.article import ExtractOptions, extract_article
from newsbeat.extract.menus import is_menu_dump

URL = "https://www.kessa-town.example/news/ferry-pier-break-in"
MENU = [f"Council office {n}" if n % 5 else f"({n})" for n in range(150)]
BODY = [
    "Two vans of the town's home-care service were broken into overnight at the ferry pier "
    "car park, the service said on Friday.",
    "Nothing of value was taken, but both vans will be off the road until Monday, said its "
    "head, Ana Lund.",
]


def _document(lines: list[str]) -> Document:
    doc = Document()
    doc.title = "Home-care vans broken into"
    doc.text = "\n".join(lines)
    return doc


def test_a_menu_shaped_text_is_recognised() -> None:
    assert is_menu_dump(MENU)
    assert not is_menu_dump(MENU[:99])  # too few paragraphs for a site's menus
    assert not is_menu_dump(MENU[:60] + BODY * 40)  # a long list inside a long article


def test_the_page_is_extracted_again_when_the_fast_text_is_a_menu(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[bool] = []

    def fake_bare(html: str, url: str | None, options: ExtractOptions) -> Document:
        calls.append(options.fast)
        return _document(MENU if options.fast else BODY)

    monkeypatch.setattr(article_module, "_bare", fake_bare)
    article = extract_article("<html><body><p>x</p></body></html>", url=URL)
    assert calls == [True, False]
    assert article.text.split("\n\n") == BODY


def test_an_article_text_is_extracted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bool] = []

    def fake_bare(html: str, url: str | None, options: ExtractOptions) -> Document:
        calls.append(options.fast)
        return _document(BODY)

    monkeypatch.setattr(article_module, "_bare", fake_bare)
    extract_article("<html><body><p>x</p></body></html>", url=URL)
    assert calls == [True]
