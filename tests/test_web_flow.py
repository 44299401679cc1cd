"""A reader's morning in real headless Chromium against ``newsbeat serve`` on 127.0.0.1: open
the beats, filter the stories, open a story, follow a name to its actor page, search, open an
article. Each step follows a link or fills a form found in the page Chromium rendered; no step
may log a console message (a CSP violation or a script error would)."""

from __future__ import annotations

import re
import struct
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

from _chromium import chromium, console_messages
from _web_support import parse, seed
from test_web_serve import Server

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    db_path = str(tmp_path_factory.mktemp("web-flow") / "newsbeat.db")
    running = Server(db_path, seed(db_path))
    running.wait_ready()
    try:
        yield running
    finally:
        running.stop()


class Browser:
    """Headless Chromium with one profile: each visit is a fresh page load."""

    def __init__(self, base: str, profile: Path) -> None:
        self.binary = chromium()
        self.base = base
        self.profile = profile

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [
            self.binary,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            f"--user-data-dir={self.profile}",
            "--enable-logging=stderr",
            "--v=0",
            *args,
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr[-2000:]
        assert console_messages(done.stderr) == []
        return done

    def visit(self, path: str) -> str:
        """The DOM of ``path`` after Chromium loaded and laid it out."""
        dom = self._run("--dump-dom", self.base + path).stdout
        assert "<script" not in dom.lower()
        return dom

    def screenshot(self, path: str, out: Path, size: tuple[int, int] = (1200, 1400)) -> None:
        self._run(f"--screenshot={out}", f"--window-size={size[0]},{size[1]}", self.base + path)
        png = out.read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == size


def links(dom: str, prefix: str) -> list[str]:
    return [u for u in parse(dom).urls if u.startswith(prefix)]


def form_fields(dom: str, action: str) -> set[str]:
    """The names of the fields of the form that sends to ``action``."""
    form = dom.split(f'action="{action}"', 1)[1].split("</form>", 1)[0]
    return set(re.findall(r'name="([a-z]+)"', form))


def test_a_readers_morning(server: Server, tmp_path: Path) -> None:
    browser = Browser(server.base, tmp_path / "profile")
    # 1. the beats, each with its top stories
    home = browser.visit("/")
    assert "/stories?beat=alliance" in links(home, "/stories?")
    # 2. the story list, filtered through its form
    stories = browser.visit("/stories?beat=alliance")
    assert {"beat", "outlet", "language", "from", "to", "conflicts"} <= form_fields(
        stories, "/stories"
    )
    query = urlencode({"beat": "alliance", "outlet": "The Velmar Post", "from": "2026-03-01"})
    filtered = browser.visit(f"/stories?{query}")
    found = [u for u in links(filtered, "/stories/") if u.count("/") == 2]
    assert found == ["/stories/s-alliance"]
    # 3. the story, read top-down
    story = browser.visit(found[0])
    assert story.index("<h2>Summary</h2>") < story.index("<h2>What differs</h2>")
    assert "<svg" in story  # the coverage timeline, inline
    # 4. a name in it, to the actor's page
    actors = links(story, "/actors/")
    assert "/actors/Petra%20Lind" in actors
    actor = browser.visit("/actors/Petra%20Lind")
    assert "<h1>Petra Lind</h1>" in actor
    assert "/stories/s-alliance" in links(actor, "/stories/")
    # 5. search, through the form in the header
    assert "q" in form_fields(actor, "/search")
    results = browser.visit("/search?q=ferry")
    hits = links(results, "/articles/")
    assert len(hits) == 1
    assert "<mark>ferry</mark>" in results
    # 6. the article
    article = browser.visit(hits[0])
    assert "Fish market moves to the old ferry terminal" in article
    assert "9 Mar 2026, 10:00" in article
    # the pages also render to pixels (screenshots of the demo database are in docs/)
    browser.screenshot(found[0], tmp_path / "story.png")
