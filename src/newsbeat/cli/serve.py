"""``newsbeat serve``: the local web UI (see :mod:`newsbeat.web`).

Exposure rules (see :mod:`newsbeat.web.guard`): requests must name this server by the address
it listens on, a loopback name, or an ``--allow-host``; listening beyond loopback (``--host
0.0.0.0``, a LAN address) needs ``--token`` (or ``NEWSBEAT_TOKEN``), else serve refuses to
start (exit 2). SIGTERM or Ctrl-C stops it within :data:`SHUTDOWN_GRACE` seconds, requests
in flight or not.
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from newsbeat.cli._common import (
    EXIT_USAGE,
    ConfigOption,
    DbOption,
    cli_errors,
    fail,
    refuse_missing_database,
    settings_from_options,
    stderr,
)
from newsbeat.store import display_location

# Seconds a stopping server waits for requests in flight (a search stops at its own budget).
SHUTDOWN_GRACE = 3


@cli_errors
def serve(
    db: DbOption = None,
    config: ConfigOption = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (keep 127.0.0.1 to stay local).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8765,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-host",
            help="Another host name the UI is reached by (repeat it; '*' for any).",
            show_default=False,
        ),
    ] = None,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            envvar="NEWSBEAT_TOKEN",
            help="Secret every request must carry (required beyond loopback).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Browse beats, stories and articles in a local web UI, with a JSON API under /api/."""
    from newsbeat.web.guard import Exposure, is_loopback

    if not is_loopback(host) and not token:
        fail(
            f"--host {host} makes the UI reachable from other machines, and with it the"
            " whole database: give a secret with --token TOKEN (or NEWSBEAT_TOKEN), e.g. from"
            " `python -c 'import secrets; print(secrets.token_urlsafe())'`, or keep --host"
            " 127.0.0.1",
            EXIT_USAGE,
        )
    try:
        exposure = Exposure.for_bind(host, allow_host or (), token or None)
    except ValueError as exc:
        fail(f"--token: {exc}", EXIT_USAGE)

    import uvicorn

    from newsbeat.web import create_app

    settings = settings_from_options(db, config)
    path = settings.db_path
    refuse_missing_database(path)
    app = create_app(path, settings, exposure)
    where = f"[{host}]" if ":" in host else host
    stderr.print(
        escape(
            f"newsbeat web UI on http://{where}:{port}/"
            f" (database {display_location(path)}; Ctrl-C stops it)"
        ),
        soft_wrap=True,
    )
    if exposure.token:
        stderr.print(
            "a token is needed: open a page once with ?token=TOKEN (a cookie keeps it), or send"
            " 'Authorization: Bearer TOKEN'",
            soft_wrap=True,
        )
    if exposure.hosts is not None:
        names = ", ".join(sorted(exposure.hosts))
        stderr.print(escape(f"answers to the host names: {names}"), soft_wrap=True)
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,  # a log record per request costs more than a kept page's answer
        timeout_graceful_shutdown=SHUTDOWN_GRACE,
    )


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command."""
    app.command("serve")(serve)
