"""``newsbeat alert add|list|rm|send``: tell a webhook or a file about a beat's stories."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from newsbeat.cli._common import (
    EXIT_USAGE,
    BeatOption,
    ConfigOption,
    DbOption,
    JsonOption,
    cli_errors,
    emit_json,
    fail,
    stderr,
    stdout,
    store_from_options,
)
from newsbeat.models import Alert

alert_app = typer.Typer(
    help="Alerts: a webhook or a file hears about stories that enough outlets report.",
    no_args_is_help=True,
)


@alert_app.command("add")
@cli_errors
def alert_add(
    beat: Annotated[str, typer.Argument(help="The beat to watch.")],
    webhook: Annotated[
        str | None, typer.Option("--webhook", help="POST each alert as JSON to this URL.")
    ] = None,
    file: Annotated[
        str | None, typer.Option("--file", help="Append each alert as one JSON line here.")
    ] = None,
    min_outlets: Annotated[
        int,
        typer.Option("--min-outlets", min=1, help="Outlets a story needs before it is sent."),
    ] = 2,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Watch a beat: send each story that enough outlets report, again when more do.

    Alerts go out at the end of `run` and `demo`, or with `alert send`.
    """
    from newsbeat.report.alerts import check_destination

    if (webhook is None) == (file is None):
        fail("give exactly one of --webhook URL or --file PATH", EXIT_USAGE)
    kind, destination = ("webhook", webhook) if webhook is not None else ("file", file)
    assert destination is not None
    try:
        destination = check_destination(kind, destination)
    except ValueError as exc:
        fail(str(exc), EXIT_USAGE)
    with store_from_options(db, config) as (store, _):
        alert = store.add_alert(
            Alert(beat=beat, kind=kind, destination=destination, min_outlets=min_outlets)
        )
    stderr.print(
        escape(
            f"alert {alert.id}: beat {alert.beat!r} -> {alert.kind} {alert.destination}"
            f" (stories with {alert.min_outlets}+ outlets)"
        )
    )


@alert_app.command("list")
@cli_errors
def alert_list(
    beat: BeatOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """List alerts (JSON keys: id, beat, kind, destination, min_outlets, created_at)."""
    with store_from_options(db, config, read_only=True) as (store, _):
        alerts = store.list_alerts(beat=beat)
    if as_json:
        emit_json([a.to_json() for a in alerts])
        return
    table = Table("id", "beat", "kind", "destination", "min outlets")
    for a in alerts:
        table.add_row(
            str(a.id), escape(a.beat), escape(a.kind), escape(a.destination), str(a.min_outlets)
        )
    stdout.print(table)


@alert_app.command("rm")
@cli_errors
def alert_rm(
    alert_id: Annotated[int, typer.Argument(help="Alert id (see `newsbeat alert list`).")],
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Remove an alert."""
    with store_from_options(db, config) as (store, _):
        store.remove_alert(alert_id)
    stderr.print(f"removed alert {alert_id}")


@alert_app.command("send")
@cli_errors
def alert_send(
    beat: BeatOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Send the alerts that are due now (what `run` does as its last stage)."""
    from newsbeat.report.alerts import alert_stage
    from newsbeat.stage import RunOptions

    with store_from_options(db, config) as (store, settings):
        result = alert_stage(store, settings, RunOptions(beat=beat, quiet=True))
    stderr.print(
        f"alerts: {result.counts['sent']} sent, {result.counts['failed']} failed"
        f" ({result.counts['alerts']} defined)"
    )
    for failure in result.failures:
        stderr.print(f"[red]failed[/] {escape(str(failure))}", markup=True)
    if result.failures:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the ``alert`` commands."""
    app.add_typer(alert_app, name="alert")
