"""``newsbeat serve`` as a real process on 127.0.0.1, seen by httpx and by headless Chromium."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from _web_support import IMG_ESCAPED, SCRIPT_ESCAPED, Seeded, seed
from newsbeat.cli import app

START_TIMEOUT = 30.0  # seconds; importing the stack is the slow part
BROWSER_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class Server:
    """A running ``newsbeat serve`` and what it printed on stderr once stopped."""

    def __init__(self, db_path: str, seeded: Seeded) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.seeded = seeded
        self.stderr = ""
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "newsbeat", "serve", "--db", db_path, "--port", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )

    def wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if self.proc.poll() is not None:
                self.stop()
                pytest.fail(f"serve exited early: {self.stderr}")
            try:
                httpx.get(self.base + "/api/openapi.json", timeout=2.0, trust_env=False)
                return
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    self.stop()
                    pytest.fail("serve did not start in time")
                time.sleep(0.2)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            _, self.stderr = self.proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            _, self.stderr = self.proc.communicate()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    db_path = str(tmp_path_factory.mktemp("web-serve") / "newsbeat.db")
    running = Server(db_path, seed(db_path))
    running.wait_ready()
    try:
        yield running
    finally:
        running.stop()


def test_serve_answers_pages_and_json(server: Server) -> None:
    with httpx.Client(base_url=server.base, timeout=10.0, trust_env=False) as client:
        page = client.get("/")
        assert page.status_code == 200
        assert '<a href="/stories/s-alliance">' in page.text
        stories = client.get("/api/stories")
        assert stories.status_code == 200
        assert [s["id"] for s in stories.json()] == ["s-alliance", "s-market"]
        assert client.get("/api/stories/s-nothing").status_code == 404


def test_serve_without_a_database_says_so() -> None:
    missing = Path(__file__).parent / "no-such.db"
    result = CliRunner().invoke(app, ["serve", "--db", str(missing)])
    assert result.exit_code == 1
    assert "no-such.db: no database here yet" in result.stderr
    assert "newsbeat demo" in result.stderr


def chromium(*args: str) -> subprocess.CompletedProcess[str]:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("chromium is not installed")
    return subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--enable-logging=stderr",
            "--v=0",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=BROWSER_TIMEOUT,
        check=True,
    )


@pytest.mark.slow
def test_a_real_browser_renders_the_payloads_as_text(server: Server, tmp_path: Path) -> None:
    profile = f"--user-data-dir={tmp_path / 'profile'}"
    for path in ("/stories/s-alliance", f"/articles/{server.seeded.evil}"):
        run = chromium(profile, "--dump-dom", server.base + path)
        console = [line for line in run.stderr.splitlines() if ":CONSOLE" in line]
        assert console == [], console  # no CSP violation, no script error
        dom = run.stdout.lower()
        assert "<title>" in dom
        assert "<script" not in dom and "<img" not in dom  # the payloads never became elements
        assert SCRIPT_ESCAPED.replace("&#39;", "'") in run.stdout  # shown as text
        assert IMG_ESCAPED.replace("&#34;", '"') in run.stdout
    shot = tmp_path / "story.png"
    chromium(profile, f"--screenshot={shot}", "--window-size=1200,1600", server.base + "/")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000  # a rendered page, not a blank image


def test_sigterm_stops_serve_with_requests_in_flight(tmp_path: Path) -> None:
    db_path = str(tmp_path / "newsbeat.db")
    running = Server(db_path, seed(db_path))
    running.wait_ready()
    idle = socket.create_connection(("127.0.0.1", running.port), timeout=5)
    busy = socket.create_connection(("127.0.0.1", running.port), timeout=5)
    try:
        idle.sendall(b"GET /api/stories HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert idle.recv(12).startswith(b"HTTP/1.1 200")  # a kept-alive connection
        busy.sendall(b"GET /api/stories HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # never finished
        running.proc.terminate()
        running.proc.wait(timeout=30)  # a bound on a hang, not a timing measurement
    finally:
        idle.close()
        busy.close()
        running.stop()
    assert running.proc.returncode is not None


def test_serve_checks_the_host_header_over_http(server: Server) -> None:
    with httpx.Client(base_url=server.base, timeout=10.0, trust_env=False) as client:
        rebound = client.get("/api/stories", headers={"host": "attacker.example"})
        assert rebound.status_code == 400
        head = client.head("/")
        assert head.status_code == 200 and head.content == b""
        assert "frame-ancestors 'none'" in head.headers["content-security-policy"]
