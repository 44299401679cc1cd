"""The ``newsbeat`` command: a thin layer over the library.

Each command module is named after its command and registers it on :data:`app` (see
``register`` in each module); the ``bench`` commands live in :mod:`newsbeat.cli.bench`. Command
modules import the library parts they need inside the command, so that a read-only command
does not load scikit-learn, spaCy or trafilatura.
"""

from __future__ import annotations

import importlib
from typing import Annotated

import typer

from newsbeat.cli._common import configure_logging
from newsbeat.cli._help import plain_help_texts, plain_type_labels

__all__ = ["app", "main"]

app = typer.Typer(
    name="newsbeat",
    help="Follow a beat through the news: collect, group into stories, understand, report.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

# Command modules, in the order their commands appear in --help.
COMMAND_MODULES = [
    "run",
    "watch",
    "demo",
    "ingest",
    "backfill",
    "update",
    "fetch",
    "articles",
    "search",
    "digest",
    "stories",
    "actors",
    "serve",
    "report",
    "beat",
    "source",
    "alert",
    "copy",
    "bench",
]


@app.callback()
def _root(
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="More logs.")] = 0,
) -> None:
    configure_logging(verbose, quiet=False)


for _name in COMMAND_MODULES:
    importlib.import_module(f"newsbeat.cli.{_name}").register(app)
plain_help_texts(app)  # --help in plain sentences (docstrings are written for the docs)
plain_type_labels()


def main() -> None:
    """Entry point of the console script."""
    app()
