"""Where alert messages go: a signed webhook (retried), a file, an e-mail through SMTP.

A webhook gets one JSON POST per event, signed with the alert's secret::

    X-Newsbeat-Timestamp: 1767225600
    X-Newsbeat-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the secret>
    X-Newsbeat-Event: new_conflict
    X-Newsbeat-Delivery: story:s-1cbf685437:conflict:9f2c...   (the event key: deduplicate on it)

The receiver recomputes the HMAC over the timestamp, a dot and the raw body, compares it in
constant time, and refuses an old timestamp (a replayed message). 429, 5xx and connection
errors are tried again after a backoff (``[alerts] webhook_attempts``, ``webhook_backoff``,
doubled each time; a ``Retry-After`` up to ``[fetch] max_retry_wait`` is honoured); any other
status is an error at once (the receiver refused the message: sending it again would not help).

The mail server is the ``[smtp]`` settings (or ``NEWSBEAT_SMTP_*``); its password is never
logged or put in a message.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import smtplib
import ssl
import time
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr
from typing import TYPE_CHECKING, Any

import httpx

from newsbeat.exceptions import NewsbeatError

if TYPE_CHECKING:
    from newsbeat.models import StoryEvent
    from newsbeat.settings import AlertsSettings, SmtpSettings

__all__ = [
    "DeliveryError",
    "append_lines",
    "check_email",
    "message_json",
    "post_webhook",
    "send_email",
    "sign",
]

log = logging.getLogger(__name__)


class DeliveryError(NewsbeatError):
    """An alert could not be delivered (the message names the destination and why)."""


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The ``X-Newsbeat-Signature`` of a body: ``sha256=`` and the hex HMAC-SHA256, keyed with
    the secret, of the timestamp, a dot and the body."""
    mac = hmac.new(secret.encode("utf-8"), timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After", "").strip()
    return float(value) if value.isdigit() else None


def post_webhook(
    client: httpx.Client,
    url: str,
    body: bytes,
    *,
    secret: str | None,
    event: StoryEvent,
    alerts: AlertsSettings,
    max_retry_wait: float,
) -> None:
    """POST one message, signed when the alert has a secret; tried again on 429, 5xx and
    connection errors, at most ``alerts.webhook_attempts`` times in all.

    Raises:
        DeliveryError: a status of 300 or more (after the tries, for 429 and 5xx), a connection
            that failed each try, or a timeout; the message names the URL.
    """
    wait = alerts.webhook_backoff
    for attempt in range(1, alerts.webhook_attempts + 1):
        timestamp = str(int(time.time()))
        headers = {
            "Content-Type": "application/json",
            "X-Newsbeat-Event": event.kind,
            "X-Newsbeat-Delivery": event.key,
            "X-Newsbeat-Timestamp": timestamp,
        }
        if secret:
            headers["X-Newsbeat-Signature"] = sign(secret, timestamp, body)
        tries = f" (after {attempt} tries)" if attempt > 1 else ""
        try:
            response = client.post(url, content=body, headers=headers)
        except httpx.TimeoutException as exc:
            # The receiver may have taken the message: not sent again in this run.
            raise DeliveryError(f"webhook {url}: {type(exc).__name__}: {exc}{tries}") from exc
        except httpx.TransportError as exc:
            if attempt == alerts.webhook_attempts:
                raise DeliveryError(f"webhook {url}: {type(exc).__name__}: {exc}{tries}") from exc
            reason = type(exc).__name__
        else:
            status = response.status_code
            if status < 300:
                return
            retryable = status == 429 or status >= 500
            if not retryable or attempt == alerts.webhook_attempts:
                raise DeliveryError(f"webhook {url}: HTTP {status}{tries}")
            asked = _retry_after(response)
            if asked is not None and asked > max_retry_wait:
                raise DeliveryError(
                    f"webhook {url}: HTTP {status}, Retry-After {asked:g} s is longer than"
                    f" [fetch] max_retry_wait{tries}"
                )
            wait = max(wait, asked or 0.0)
            reason = f"HTTP {status}"
        log.info("webhook %s: %s, trying again in %.2f s", url, reason, wait)
        time.sleep(wait)
        wait *= 2


def append_lines(path: str, lines: Sequence[str]) -> None:
    """Append lines to a file and sync it (before anything is recorded as sent).

    Raises:
        DeliveryError: the file cannot be written (the message names it).
    """
    try:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write("".join(line + "\n" for line in lines))
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        raise DeliveryError(f"alert file {path}: {exc.strerror or exc}") from exc


def check_email(address: str) -> str:
    """An e-mail address as given, checked: one address, no name, no line break.

    Raises:
        ValueError: not a plain ``user@domain`` address.
    """
    name, parsed = parseaddr(address)
    local, at, domain = parsed.rpartition("@")
    if (
        name
        or parsed != address.strip()
        or not at
        or not local
        or "." not in domain
        or any(c.isspace() for c in parsed)
    ):
        raise ValueError(f"e-mail address {address!r} is not a plain user@domain address")
    return parsed


def _server(smtp: SmtpSettings) -> str:
    return f"mail server {smtp.host}:{smtp.port}"


def send_email(smtp: SmtpSettings, to: str, subject: str, text: str) -> None:
    """Send one plain-text message through the ``[smtp]`` mail server.

    STARTTLS (``security = "starttls"``) is required when asked for: a server that does not
    offer it is an error, not a reason to send in clear.

    Raises:
        DeliveryError: no mail server is set, it cannot be reached, refuses TLS, the login or
            the message; the message names the server, never the password.
    """
    if not smtp.host:
        raise DeliveryError(
            "no mail server: set [smtp] host in the settings file (or NEWSBEAT_SMTP_HOST)"
        )
    sender = smtp.sender or smtp.user
    if not sender:
        raise DeliveryError(
            "no sender address: set [smtp] sender (or NEWSBEAT_SMTP_FROM) or [smtp] user"
        )
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message.set_content(text)
    context = ssl.create_default_context(cafile=smtp.ca_file or None)
    try:
        client: smtplib.SMTP
        if smtp.security == "tls":
            client = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout, context=context)
        else:
            client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
        with client:
            client.ehlo()
            if smtp.security == "starttls":
                if not client.has_extn("starttls"):
                    raise DeliveryError(
                        f"{_server(smtp)} does not offer STARTTLS; the message was not sent"
                        ' (set [smtp] security = "none" only for a server on a trusted network)'
                    )
                client.starttls(context=context)
                client.ehlo()
            if smtp.user:
                client.login(smtp.user, smtp.password)
            client.send_message(message)
    except smtplib.SMTPAuthenticationError as exc:
        raise DeliveryError(
            f"{_server(smtp)}: login as {smtp.user!r} refused ({exc.smtp_code})"
        ) from None
    except smtplib.SMTPResponseException as exc:
        error = exc.smtp_error
        reply = error.decode("utf-8", "replace") if isinstance(error, bytes) else str(error)
        raise DeliveryError(f"{_server(smtp)}: {exc.smtp_code} {reply}".rstrip()) from None
    except smtplib.SMTPRecipientsRefused:
        raise DeliveryError(f"{_server(smtp)}: recipient {to} refused") from None
    except (smtplib.SMTPException, ssl.SSLError, OSError) as exc:
        raise DeliveryError(f"{_server(smtp)}: {type(exc).__name__}: {exc}") from None


def message_json(payload: dict[str, Any]) -> str:
    """One message as one line of JSON."""
    return json.dumps(payload, ensure_ascii=False)
