"""E-mail alerts through a real SMTP server on 127.0.0.1 (aiosmtpd, started here): plain,
STARTTLS with a self-signed certificate and a login, a server that does not offer STARTTLS,
one that is down; the password never appears in a log or an output."""

from __future__ import annotations

import logging
import os
import shutil
import socket
import ssl
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from email import message_from_bytes
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from tests._alert_support import OUTLETS, add_story, settings_for
from typer.testing import CliRunner

from newsbeat.cli import app
from newsbeat.models import Alert
from newsbeat.report.alerts import alert_stage
from newsbeat.settings import Settings, SmtpSettings, load_settings
from newsbeat.stage import RunOptions
from newsbeat.store import SQLiteStore

PASSWORD = "pa55-w0rd-never-shown"
DESK = "desk@paper.test"


@pytest.fixture(autouse=True)
def _no_smtp_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("NEWSBEAT_SMTP_"):
            monkeypatch.delenv(name)


@dataclass
class Mailbox:
    """What the server received, and the logins it saw."""

    messages: list[Message] = field(default_factory=list)
    recipients: list[list[str]] = field(default_factory=list)
    logins: list[tuple[str, bool]] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.content))
        self.recipients.append(list(envelope.rcpt_tos))
        return "250 OK"

    def authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        ok = isinstance(data, LoginPassword) and data.password.decode() == PASSWORD
        self.logins.append((data.login.decode(), ok))
        return AuthResult(success=ok, handled=False)  # a refusal is answered with 535


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and its key, made with the openssl command."""
    openssl = shutil.which("openssl")
    if openssl is None:
        if os.environ.get("CI") == "true":
            pytest.fail("the openssl command is needed for the STARTTLS test")
        pytest.skip("no openssl command to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            *(openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1"),
            *("-addext", "subjectAltName=IP:127.0.0.1"),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


def _server(mailbox: Mailbox, **kwargs: Any) -> Controller:
    controller = Controller(mailbox, hostname="127.0.0.1", port=_free_port(), **kwargs)
    controller.start()
    return controller


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    s = SQLiteStore(str(tmp_path / "alerts.db"))
    try:
        add_story(s, "s-pact", OUTLETS[:3], "defence")
        add_story(s, "s-towns", OUTLETS[:1], "clean-up")
        s.add_alert(Alert(beat="alliance", kind="email", destination=DESK))
        yield s
    finally:
        s.close()


def _settings(tmp_path: Path, port: int, **smtp: Any) -> Settings:
    base = {"host": "127.0.0.1", "port": port, "sender": "newsbeat@paper.test", "timeout": 5.0}
    return replace(settings_for(tmp_path), smtp=SmtpSettings(**{**base, **smtp}))


def test_one_message_lists_the_new_events_once(store: SQLiteStore, tmp_path: Path) -> None:
    mailbox = Mailbox()
    server = _server(mailbox)
    try:
        settings = _settings(tmp_path, server.port, security="none")
        result = alert_stage(store, settings, RunOptions())
        assert result.counts["sent"] == 3 and not result.failures, result.failures
        assert alert_stage(store, settings, RunOptions()).counts["sent"] == 0
    finally:
        server.stop()
    [message] = mailbox.messages
    assert mailbox.recipients == [[DESK]] and message["To"] == DESK
    assert message["From"] == "newsbeat@paper.test"
    assert message["Subject"] == "[newsbeat] alliance: 3 story events"
    body = message.get_payload(decode=True).decode()
    assert "* New story: defence" in body and "* 2+ outlets: defence" in body
    assert "https://coastdaily.test/s-pact/2026-03-02" in body


def test_starttls_with_a_login_and_the_password_never_shown(
    store: SQLiteStore,
    tmp_path: Path,
    certificate: tuple[Path, Path],
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    cli: CliRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cert, key = certificate
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    mailbox = Mailbox()
    server = _server(
        mailbox,
        tls_context=context,
        require_starttls=True,
        auth_required=True,
        authenticator=mailbox.authenticate,
    )
    caplog.set_level(logging.DEBUG)
    try:
        wrong = _settings(tmp_path, server.port, user="desk", password="wrong", ca_file=str(cert))
        refused = alert_stage(store, wrong, RunOptions())
        assert refused.counts["sent"] == 0
        assert refused.failures == [
            f"alert 1: mail server 127.0.0.1:{server.port}: login as 'desk' refused (535)"
        ]
        # through the CLI, with the password in the environment as the docs advise
        settings_file = tmp_path / "settings.toml"
        settings_file.write_text(
            f'[smtp]\nhost = "127.0.0.1"\nport = {server.port}\nuser = "desk"\n'
            f'sender = "newsbeat@paper.test"\nca_file = "{cert}"\n',
            encoding="utf-8",
        )
        monkeypatch.setenv("NEWSBEAT_SMTP_PASSWORD", PASSWORD)
        loaded = load_settings(settings_file)
        assert loaded.smtp.password == PASSWORD and PASSWORD not in repr(loaded)
        sent = cli.invoke(
            app,
            ["alert", "send", "--db", store.path, "--config", str(settings_file)],
        )
        assert sent.exit_code == 0, sent.output
        assert "3 events sent" in sent.output
    finally:
        server.stop()
    # smtplib tries each mechanism the server offers before it gives up on a password
    assert mailbox.logins[-1] == ("desk", True)
    assert all(login == ("desk", False) for login in mailbox.logins[:-1])
    assert len(mailbox.messages) == 1
    captured = capsys.readouterr()
    for text in (caplog.text, captured.out, captured.err, sent.output, str(refused.failures)):
        assert PASSWORD not in text and "wrong" not in text


def test_tls_from_the_start(
    store: SQLiteStore, tmp_path: Path, certificate: tuple[Path, Path]
) -> None:
    cert, key = certificate
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    mailbox = Mailbox()
    server = _server(mailbox, ssl_context=context)
    try:
        untrusted = _settings(tmp_path, server.port, security="tls")
        refused = alert_stage(store, untrusted, RunOptions())
        assert "CERTIFICATE_VERIFY_FAILED" in refused.failures[0]  # a self-signed certificate
        trusted = _settings(tmp_path, server.port, security="tls", ca_file=str(cert))
        result = alert_stage(store, trusted, RunOptions())
    finally:
        server.stop()
    assert result.counts["sent"] == 3 and not result.failures
    assert len(mailbox.messages) == 1


def test_starttls_required_but_not_offered_is_an_error(store: SQLiteStore, tmp_path: Path) -> None:
    mailbox = Mailbox()
    server = _server(mailbox)  # no TLS at all
    out = tmp_path / "alerts.jsonl"
    store.add_alert(Alert(beat="alliance", kind="file", destination=str(out)))
    try:
        result = alert_stage(store, _settings(tmp_path, server.port), RunOptions())
    finally:
        server.stop()
    assert mailbox.messages == []
    [failure] = result.failures
    assert failure.startswith(f"alert 1: mail server 127.0.0.1:{server.port} does not offer")
    assert "STARTTLS" in failure
    assert result.counts["sent"] == 3  # the file alert still went out
    assert store.sent_event_keys(1) == set()  # nothing recorded for the e-mail


def test_a_mail_server_that_is_down_or_unset_is_named(store: SQLiteStore, tmp_path: Path) -> None:
    port = _free_port()
    down = alert_stage(store, _settings(tmp_path, port), RunOptions())
    assert down.failures[0].startswith(f"alert 1: mail server 127.0.0.1:{port}: ")
    assert "ConnectionRefusedError" in down.failures[0]
    unset = alert_stage(store, settings_for(tmp_path), RunOptions())
    assert unset.failures == [
        "alert 1: no mail server: set [smtp] host in the settings file (or NEWSBEAT_SMTP_HOST)"
    ]
    assert store.sent_event_keys(1) == set()


def test_smtp_settings_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBEAT_SMTP_HOST", "mail.paper.test")
    monkeypatch.setenv("NEWSBEAT_SMTP_PORT", "2525")
    monkeypatch.setenv("NEWSBEAT_SMTP_FROM", "news@paper.test")
    smtp = load_settings().smtp
    assert (smtp.host, smtp.port, smtp.sender, smtp.security) == (
        "mail.paper.test",
        2525,
        "news@paper.test",
        "starttls",
    )
    monkeypatch.setenv("NEWSBEAT_SMTP_PORT", "twenty")
    with pytest.raises(Exception, match="NEWSBEAT_SMTP_PORT must be an integer"):
        load_settings()
    monkeypatch.setenv("NEWSBEAT_SMTP_PORT", "25")
    monkeypatch.setenv("NEWSBEAT_SMTP_SECURITY", "ssl")
    with pytest.raises(Exception, match=r"NEWSBEAT_SMTP_SECURITY: smtp\.security must be one of"):
        load_settings()
