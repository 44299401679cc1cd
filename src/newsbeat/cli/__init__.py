"""The ``newsbeat`` command: a thin layer over the library.

Each command module registers its commands on :data:`app` (see ``register`` in each module);
benchmarks register on the ``bench`` sub-app.
"""

from __future__ import annotations

import importlib
from typing import Annotated

import typer

from newsbeat.cli._common import bench_app, configure_logging

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
    "ingest",
    "articles",
    "beats",
    "collect",
    "stories",
    "actors",
    "serve",
    "report",
    "alerts",
]


@app.callback()
def _root(
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="More logs.")] = 0,
) -> None:
    configure_logging(verbose, quiet=False)


for _name in COMMAND_MODULES:
    importlib.import_module(f"newsbeat.cli.{_name}").register(app)
app.add_typer(bench_app, name="bench")


def main() -> None:
    """Entry point of the console script."""
    app()
