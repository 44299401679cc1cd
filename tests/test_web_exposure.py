"""The web server's exposure rules (issue 15): security headers as HTTP headers, the Host check
(DNS rebinding), cross-site background requests refused, the token, HEAD answered."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from _web_support import seed
from newsbeat.cli import app as cli_app
from newsbeat.settings import Settings, StoreSettings
from newsbeat.web import app as web_app
from newsbeat.web import create_app
from newsbeat.web.fastpath import answer_kept
from newsbeat.web.guard import TOKEN_COOKIE, Exposure, host_name, is_loopback

pytestmark = pytest.mark.anyio

TOKEN = "s3cret-token-for-tests"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _client(db_path: str, exposure: Exposure | None = None, base: str = "http://127.0.0.1:8765"):
    seed(db_path)
    app = create_app(db_path, Settings(store=StoreSettings(db=db_path)), exposure)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=base)


@pytest.fixture
async def client(db_path: str) -> AsyncIterator[httpx.AsyncClient]:
    async with _client(db_path) as c:
        yield c


def _assert_secure(response: httpx.Response) -> None:
    csp = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize(
    "path", ["/", "/stories", "/search?q=alliance", "/api/stories", "/nothing", "/api/x"]
)
async def test_every_response_has_the_security_headers(
    client: httpx.AsyncClient, path: str
) -> None:
    _assert_secure(await client.get(path))


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8765", "127.0.0.1.evil.example"])
async def test_a_foreign_host_header_is_refused(client: httpx.AsyncClient, host: str) -> None:
    for path in ("/", "/api/articles"):
        response = await client.get(path, headers={"host": host})
        assert response.status_code == 400, path
        assert "DNS rebinding" in response.text and "--allow-host" in response.text
        _assert_secure(response)
    assert (await client.get("/api/articles", headers={"host": host})).json()["detail"]


@pytest.mark.parametrize("host", ["127.0.0.1:8765", "localhost", "LOCALHOST:80", "[::1]:8765"])
async def test_loopback_names_are_served(client: httpx.AsyncClient, host: str) -> None:
    assert (await client.get("/", headers={"host": host})).status_code == 200


async def test_allowed_hosts_are_served(db_path: str) -> None:
    exposure = Exposure.for_bind("127.0.0.1", ["News.Example.org"])
    async with _client(db_path, exposure) as client:
        ok = await client.get("/", headers={"host": "news.example.org:8765"})
        assert ok.status_code == 200
        assert (await client.get("/", headers={"host": "other.example"})).status_code == 400


async def test_a_background_request_from_another_site_is_refused(
    client: httpx.AsyncClient,
) -> None:
    img = {"sec-fetch-site": "cross-site", "sec-fetch-mode": "no-cors"}
    refused = await client.get("/api/search", params={"q": "alliance"}, headers=img)
    assert refused.status_code == 403
    link = {"sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate"}
    assert (await client.get("/", headers=link)).status_code == 200
    own = {"sec-fetch-site": "same-origin", "sec-fetch-mode": "cors"}
    assert (await client.get("/api/stories", headers=own)).status_code == 200


async def test_head_is_answered_like_get_without_a_body(client: httpx.AsyncClient) -> None:
    for path in ("/", "/api/stories", "/stories/s-alliance"):
        get = await client.get(path)
        head = await client.head(path)
        assert head.status_code == 200, path
        assert head.content == b""
        assert head.headers["content-type"] == get.headers["content-type"]
        _assert_secure(head)
    assert (await client.head("/nothing")).status_code == 404


@pytest.mark.parametrize("path", ["/stories/s-alliance", "/search?q=alliance"])
async def test_a_kept_page_has_the_same_headers_and_rules(
    client: httpx.AsyncClient, path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    answered: list[bool] = []

    async def watched(*args: Any) -> bool:
        answered.append(await answer_kept(*args))
        return answered[-1]

    monkeypatch.setattr(web_app, "answer_kept", watched)
    first = await client.get(path)  # rendered, then kept
    kept = await client.get(path)  # answered before routing (newsbeat.web.fastpath)
    assert answered == [False, True]
    assert first.status_code == kept.status_code == 200
    assert kept.content == first.content
    assert list(kept.headers.items()) == list(first.headers.items())
    _assert_secure(kept)
    head = await client.head(path)
    assert (head.status_code, head.content) == (200, b"")
    assert list(head.headers.items()) == list(first.headers.items())
    foreign = await client.get(path, headers={"host": "evil.example"})
    assert foreign.status_code == 400 and "DNS rebinding" in foreign.text
    _assert_secure(foreign)
    img = {"sec-fetch-site": "cross-site", "sec-fetch-mode": "no-cors"}
    assert (await client.get(path, headers=img)).status_code == 403
    assert (await client.post(path)).status_code == 405
    assert answered[2:] == [True, False, False, False]  # HEAD kept; refusals and POST not


async def test_a_kept_page_still_needs_the_token(db_path: str) -> None:
    exposure = Exposure.for_bind("0.0.0.0", ["newsbeat.lan"], token=TOKEN)
    bearer = {"authorization": f"Bearer {TOKEN}"}
    async with _client(db_path, exposure, base="http://newsbeat.lan:8765") as client:
        for _ in range(2):  # rendered and kept, then answered from the cache
            assert (await client.get("/stories/s-alliance", headers=bearer)).status_code == 200
        refused = await client.get("/stories/s-alliance")
        assert refused.status_code == 401 and "s-alliance" not in refused.text
        _assert_secure(refused)
        opened = await client.get("/stories/s-alliance", params={"token": TOKEN})
        assert opened.status_code == 303


async def test_the_token_is_needed_and_a_cookie_keeps_it(db_path: str) -> None:
    exposure = Exposure.for_bind("0.0.0.0", ["newsbeat.lan"], token=TOKEN)
    async with _client(db_path, exposure, base="http://newsbeat.lan:8765") as client:
        none = await client.get("/api/stories")
        assert none.status_code == 401
        assert none.headers["www-authenticate"].startswith("Bearer")
        assert "token" in none.json()["detail"]
        _assert_secure(none)
        wrong = await client.get("/", headers={"authorization": "Bearer nope-nope-nope-nope"})
        assert wrong.status_code == 401
        bearer = await client.get("/api/stories", headers={"authorization": f"Bearer {TOKEN}"})
        assert bearer.status_code == 200
        opened = await client.get("/stories", params={"token": TOKEN, "beat": "alliance"})
        assert opened.status_code == 303
        assert opened.headers["location"] == "/stories?beat=alliance"
        cookie = opened.headers["set-cookie"]
        assert f"{TOKEN_COOKIE}={TOKEN}" in cookie
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
        client.cookies.set(TOKEN_COOKIE, TOKEN)
        assert (await client.get("/stories", params={"beat": "alliance"})).status_code == 200
        # loopback names are served on a wildcard bind, and need the token too
        local = await client.get("/api/stories", headers={"host": "127.0.0.1:8765"})
        assert local.status_code == 200


def test_exposure_rules() -> None:
    assert Exposure.for_bind("127.0.0.1").hosts == {"127.0.0.1", "localhost", "::1"}
    assert Exposure.for_bind("192.168.1.5", token=TOKEN).hosts == {"192.168.1.5"}
    assert Exposure.for_bind("::", ["A.example"]).hosts == {
        "a.example",
        "127.0.0.1",
        "localhost",
        "::1",
    }
    assert Exposure.for_bind("0.0.0.0", ["*"], token=TOKEN).hosts is None
    assert [host_name(h) for h in ("[::1]:80", "Example.org:8", "::1", "x")] == [
        "::1",
        "example.org",
        "::1",
        "x",
    ]
    assert [is_loopback(h) for h in ("127.0.0.2", "::1", "localhost", "0.0.0.0", "10.0.0.1")] == [
        True,
        True,
        True,
        False,
        False,
    ]
    with pytest.raises(ValueError, match="at least 16 characters"):
        Exposure(token="short")


def test_serve_beyond_loopback_needs_a_token(db_path: str) -> None:
    seed(db_path)
    runner = CliRunner()
    for host in ("0.0.0.0", "192.168.1.5", "::"):
        result = runner.invoke(cli_app, ["serve", "--db", db_path, "--host", host])
        assert result.exit_code == 2, result.output
        assert "--token" in result.stderr and "reachable from other machines" in result.stderr
    short = runner.invoke(cli_app, ["serve", "--db", db_path, "--host", "0.0.0.0", "--token", "x"])
    assert short.exit_code == 2
    assert "at least 16 characters" in short.stderr


def test_serve_runs_with_a_bounded_graceful_shutdown(
    db_path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    seed(db_path)
    seen: dict[str, Any] = {}

    def fake_run(app: object, **options: Any) -> None:
        seen.update(options)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.setenv("NEWSBEAT_TOKEN", TOKEN)
    result = CliRunner().invoke(cli_app, ["serve", "--db", db_path, "--host", "0.0.0.0"])
    assert result.exit_code == 0, result.output
    assert seen["host"] == "0.0.0.0"
    assert 0 < seen["timeout_graceful_shutdown"] <= 5
    assert "a token is needed" in result.stderr
    assert TOKEN not in result.output  # the secret is not echoed
