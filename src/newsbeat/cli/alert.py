"""``newsbeat alert add|list|rm|send``: tell a webhook, a file or an e-mail address about a
beat's story events."""

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
from newsbeat.plurals import counted

alert_app = typer.Typer(
    help="Alerts: a webhook, a file or an e-mail address hears about a beat's story events.",
    no_args_is_help=True,
)


@alert_app.command("add")
@cli_errors
def alert_add(
    beat: Annotated[str, typer.Argument(help="The beat to watch.")],
    webhook: Annotated[
        str | None,
        typer.Option(
            "--webhook", metavar="URL", help="POST each event as signed JSON to this URL."
        ),
    ] = None,
    file: Annotated[
        str | None,
        typer.Option("--file", metavar="PATH", help="Append each event as one JSON line here."),
    ] = None,
    email: Annotated[
        str | None,
        typer.Option(
            "--email",
            metavar="ADDRESS",
            help="Send one e-mail per run listing the new events to this address, through "
            "the mail server of the smtp section of the settings.",
        ),
    ] = None,
    events: Annotated[
        list[str] | None,
        typer.Option(
            "--event",
            metavar="KIND",
            help="Tell only this kind of event; repeat it for several. Kinds: new_story, "
            "outlets_reached, new_conflict, new_relation, revived. Without it, all of them.",
        ),
    ] = None,
    min_outlets: Annotated[
        int,
        typer.Option(
            "--min-outlets",
            min=1,
            metavar="N",
            help="The number of outlets a story must reach for the outlets_reached event.",
        ),
    ] = 2,
    from_now: Annotated[
        bool,
        typer.Option(
            "--from-now",
            help="Tell only what happens from now on: the events the beat's stories already "
            "have are counted as told.",
        ),
    ] = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Watch a beat: tell a webhook, a file or an e-mail address about its story events.

    Each event is told once: a new story, a story reaching --min-outlets outlets, outlets
    disagreeing on a number, a new relation between two actors, a dormant story getting a
    new article. A webhook gets a secret that signs its messages; it is printed once, here.
    Alerts go out at the end of `run` and `demo`, or with `alert send`. Adding the same beat
    and destination again changes its events and --min-outlets.
    """
    from newsbeat.report.alerts import mark_told, new_alert

    given = [(k, v) for k, v in (("webhook", webhook), ("file", file), ("email", email)) if v]
    if len(given) != 1:
        fail("give exactly one of --webhook URL, --file PATH or --email ADDRESS", EXIT_USAGE)
    [(kind, destination)] = given
    try:  # checked before the database is opened (or created)
        asked = new_alert(beat, kind, destination, events=events, min_outlets=min_outlets)
    except ValueError as exc:
        fail(str(exc), EXIT_USAGE)
    secret = asked.secret
    with store_from_options(db, config) as (store, settings):
        alert = store.add_alert(asked)
        told = mark_told(store, settings, alert) if from_now else None
        no_mail_server = kind == "email" and not settings.smtp.host
    stderr.print(
        escape(
            f"alert {alert.id}: beat {alert.beat!r} -> {alert.kind} {alert.destination}"
            f" ({', '.join(alert.events)}{_threshold(alert.events, alert.min_outlets)})"
        )
    )
    if told is not None:
        stderr.print(f"{counted(told, 'event')} the beat already has counted as told.")
    if no_mail_server:
        stderr.print(
            escape(
                "warning: no mail server is set: these e-mails fail until [smtp] host is set"
                " in the settings file (or NEWSBEAT_SMTP_HOST); see docs/alerts.md"
            )
        )
    if secret is not None and alert.secret == secret:
        stderr.print(
            "The webhook's secret is printed below, once: keep it where the receiver checks"
            " the X-Newsbeat-Signature header (see docs/alerts.md)."
        )
        stdout.print(secret, markup=False, highlight=False)
    elif secret is not None:
        stderr.print("This alert keeps the secret it was given when it was added.")


@alert_app.command("list")
@cli_errors
def alert_list(
    beat: BeatOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """List alerts: each one's channel and events (JSON keys: id, beat, kind, destination,
    min_outlets, events, signed, created_at; the secret is never shown)."""
    from urllib.parse import quote

    from newsbeat.feed_files import feed_path

    with store_from_options(db, config, read_only=True) as (store, settings):
        alerts = store.list_alerts(beat=beat)
        beats = [b.name for b in store.list_beats() if beat is None or b.name == beat]
    if as_json:
        emit_json([a.to_json() for a in alerts])
        return
    table = Table("id", "beat", "channel", "events", "min outlets")
    for a in alerts:
        channel = f"{a.kind} {a.destination}" + (" (signed)" if a.secret else "")
        table.add_row(
            str(a.id), escape(a.beat), escape(channel), ", ".join(a.events), str(a.min_outlets)
        )
    stdout.print(table)
    for name in beats:
        path = feed_path(settings, name)
        where = f"{path} and " if path is not None else ""
        stdout.print(
            escape(
                f"Atom feed of {name!r}: {where}/beats/{quote(name, safe='')}/feed.atom"
                " of `newsbeat serve`"
            ),
            highlight=False,
        )


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
    """Write the beats' Atom feeds and send the alerts that are due now (what `run` does as
    its last stage)."""
    from newsbeat.report.alerts import alert_stage
    from newsbeat.stage import RunOptions

    with store_from_options(db, config) as (store, settings), store.stage_lock("alert"):
        # the pipeline's lock: a `run` meanwhile does not send the same events too
        result = alert_stage(store, settings, RunOptions(beat=beat, quiet=True))
    counts = result.counts
    stderr.print(
        f"alerts: {counted(int(counts['sent']), 'event')} sent, {counts['failed']} failed"
        f" ({counted(int(counts['alerts']), 'alert')} defined);"
        f" {counted(int(counts['events']), 'new event')} in the feeds"
    )
    for failure in result.failures:
        stderr.print(f"[red]failed[/] {escape(str(failure))}", markup=True)
    if result.failures:
        raise typer.Exit(1)


def _threshold(events: list[str] | tuple[str, ...], min_outlets: int) -> str:
    """The --min-outlets part of an alert's description, only when it tells outlets_reached."""
    told = not events or "outlets_reached" in events  # no events chosen: all of them
    return f"; outlets_reached at {min_outlets} outlets" if told else ""


def register(app: typer.Typer) -> None:
    """Add the ``alert`` commands."""
    app.add_typer(alert_app, name="alert")
