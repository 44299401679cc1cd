"""``newsbeat serve``: the local web UI (see :mod:`newsbeat.web`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsbeat.cli._common import (
    ConfigOption,
    DbOption,
    cli_errors,
    fail,
    settings_from_options,
    stderr,
)
from newsbeat.store import display_location, is_url


@cli_errors
def serve(
    db: DbOption = None,
    config: ConfigOption = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (keep 127.0.0.1 to stay local).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8765,
) -> None:
    """Browse beats, stories and articles in a local web UI, with a JSON API under /api/."""
    import uvicorn

    from newsbeat.web import create_app

    settings = settings_from_options(db, config)
    path = settings.db_path
    if not is_url(path) and not Path(path).is_file():
        fail(f"{path}: no database here yet; run `newsbeat demo` or `newsbeat ingest` first")
    app = create_app(path, settings)
    where = display_location(path)
    stderr.print(f"newsbeat web UI on http://{host}:{port}/ (database {where}; Ctrl-C stops it)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command."""
    app.command("serve")(serve)
