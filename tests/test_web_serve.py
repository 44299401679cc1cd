"""``newsbeat serve`` as a real process on 127.0.0.1, and its start-up errors."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx
from typer.testing import CliRunner

from _web_support import seed
from newsbeat.cli import app

START_TIMEOUT = 30.0  # seconds; importing the stack is the slow part


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def test_serve_answers_pages_and_json(db_path: str) -> None:
    seed(db_path)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsbeat", "serve", "--db", db_path, "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        with httpx.Client(base_url=base, timeout=5.0, trust_env=False) as client:
            while True:
                assert proc.poll() is None, f"serve exited early: {proc.communicate()[1]}"
                try:
                    page = client.get("/")
                    break
                except httpx.TransportError:
                    assert time.monotonic() < deadline, "serve did not start in time"
                    time.sleep(0.2)
            assert page.status_code == 200
            assert '<a href="/stories/s-alliance">' in page.text
            stories = client.get("/api/stories")
            assert stories.status_code == 200
            assert [s["id"] for s in stories.json()] == ["s-alliance", "s-market"]
            assert client.get("/api/stories/s-nothing").status_code == 404
    finally:
        proc.terminate()
        try:
            _, err = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
    assert proc.returncode is not None
    assert f"http://127.0.0.1:{port}/" in err


def test_serve_without_a_database_says_so(db_path: str) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", db_path])
    assert result.exit_code == 1
    assert db_path in result.stderr
    assert "newsbeat demo" in result.stderr
