"""Run Debian's headless Chromium on a local HTML file (the report tests' real browser).

Without chromium the calling test is skipped on a developer machine but fails in CI
(``CI=true``), so the gate cannot silently vanish. ``NEWSBEAT_CHROMIUM`` may name another binary.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SCREENSHOT = REPO / "docs" / "report-screenshot.png"


def chromium() -> str:
    """The chromium binary (skip locally / fail in CI when it is missing)."""
    for name in (os.environ.get("NEWSBEAT_CHROMIUM", ""), "chromium", "chromium-browser"):
        if name and (found := shutil.which(name)):
            return found
    message = "chromium is not installed (Debian: apt-get install chromium; `make test` does it)"
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(message)
    pytest.skip(message)


def browse(page: Path, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Open ``page`` in headless Chromium with a fresh profile; logs (and console) on stderr."""
    command = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        "--enable-logging=stderr",
        "--v=0",
        *extra,
        page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def console_messages(stderr: str) -> list[str]:
    """Messages the page wrote to the console (Chromium logs them as ``CONSOLE``)."""
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


def screenshot(page: Path, profile: Path, out: Path, size: tuple[int, int]) -> bytes:
    """Take a PNG screenshot of ``size``; checks there were no console messages."""
    width, height = size
    taken = browse(page, profile, f"--screenshot={out}", f"--window-size={width},{height}")
    assert console_messages(taken.stderr) == []
    png = out.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == size
    return png


def maybe_update_readme_screenshot(png: Path) -> None:
    """Copy the screenshot to docs/ when ``NEWSBEAT_UPDATE_SCREENSHOT=1``."""
    if os.environ.get("NEWSBEAT_UPDATE_SCREENSHOT") == "1":
        SCREENSHOT.parent.mkdir(exist_ok=True)
        shutil.copyfile(png, SCREENSHOT)
