"""What ``run``, ``update``, ``fetch`` and ``demo`` show while they work, on stderr.

Live counters while collecting (on a terminal), the collect summary and its failures, one line
per stage, and the stage failures at the end.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from rich.console import RenderableType
from rich.live import Live
from rich.markup import escape
from rich.progress import TaskID
from rich.table import Table

from newsbeat.cli._common import progress_bar, stderr
from newsbeat.plurals import counted

if TYPE_CHECKING:
    from newsbeat.collect.run import CollectProgress, CollectReport
    from newsbeat.pipeline import RunProgress, RunReport

__all__ = [
    "collect_counters",
    "print_collect_report",
    "print_stage_failures",
    "print_stale_analysis",
    "run_display",
    "working",
]


def _counters(p: CollectProgress) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_row(
        f"sources polled [bold]{p.sources_polled}[/]/{p.sources_total}"
        + (f" ([red]{p.sources_failed} failed[/])" if p.sources_failed else ""),
        f"pages fetched [bold]{p.pages_fetched}[/]/{p.pages_queued}",
        f"failed [bold red]{p.pages_failed}[/]" if p.pages_failed else "failed 0",
        f"already stored {p.pages_known}",
        f"new articles [bold green]{p.articles_new}[/]",
    )
    return grid


@contextmanager
def collect_counters(quiet: bool) -> Iterator[Callable[[CollectProgress], None]]:
    """A live counter line on stderr while collecting; yields the callback that updates it."""
    from newsbeat.collect.run import CollectProgress

    holder = CollectProgress()

    def update(p: CollectProgress) -> None:
        holder.__dict__.update(p.__dict__)

    if quiet or not stderr.is_terminal:
        yield update
        return
    with Live(get_renderable=lambda: _counters(holder), console=stderr, transient=False):
        yield update


def print_collect_report(report: CollectReport, quiet: bool) -> None:
    """The collect summary line and warnings (unless quiet), then every failure."""
    p = report.progress
    if not quiet:
        stderr.print(
            f"collected: {counted(p.sources_polled, 'source')} polled ({p.sources_failed} failed),"
            f" {counted(p.pages_fetched, 'page')} fetched, {p.pages_failed} failed,"
            f" {p.pages_known} already stored, {counted(p.articles_new, 'new article')}"
            + (f" ({p.articles_link_only} headline only)" if p.articles_link_only else "")
            + f" in {report.seconds:.1f} s"
        )
        if report.link_only:
            why = Counter(n.status.replace("_", " ") for n in report.link_only)
            stderr.print(
                "headline only (no article text could be had): "
                + ", ".join(f"{n} {status}" for status, n in why.most_common())
            )
        for problem in report.problems:
            stderr.print(f"[yellow]warning:[/] {escape(problem)}")
    if report.failures:
        stderr.print(f"[bold red]{len(report.failures)} failed:[/]")
        for f in report.failures:
            stderr.print(f"  {f.kind}: {escape(f.error)}")
    if report.interrupted:
        stderr.print("[yellow]interrupted:[/] what was stored stays; rerun to continue")


@contextmanager
def run_display(quiet: bool) -> Iterator[Callable[[RunProgress], None]]:
    """The progress hook of a pipeline run: live collect counters, the collect report when
    collecting ends, one line per stage and, on a terminal, a progress bar while a stage works
    through its articles or stories (none when piped or quiet). Quiet shows only failures and
    interruptions."""
    from newsbeat.collect.run import CollectProgress

    holder = CollectProgress()
    bar = progress_bar(quiet)
    collecting = [False]
    tasks: dict[str, TaskID] = {}
    lives: list[Live] = []

    def view() -> RenderableType:
        return _counters(holder) if collecting[0] else bar.get_renderable()

    def show(event: RunProgress) -> None:
        if event.collect is not None:
            collecting[0] = True
            holder.__dict__.update(event.collect.__dict__)
        elif event.collected is not None:
            collecting[0] = False
            print_collect_report(event.collected, quiet)
        elif event.message and not quiet:
            stderr.print(escape(event.message))
        elif event.stage in ("collect", "report") or quiet:
            return
        elif event.event == "start":
            scope = f" ({escape(event.beat)})" if event.beat else ""
            stderr.print(f"[dim]stage {event.stage}{scope}…[/]")
        elif event.event == "progress" and event.total:
            key = f"{event.stage} {event.beat or ''}"
            if key not in tasks:
                tasks[key] = bar.add_task(
                    escape(f"{event.stage}{' ' + event.beat if event.beat else ''}"),
                    total=event.total,
                )
            done = event.done or 0
            bar.update(tasks[key], completed=done, total=event.total)
            # Drawn at once now and then (about 100 times a stage), not only by the timer.
            if lives and (done == event.total or done % max(1, event.total // 100) == 0):
                lives[0].refresh()
        elif event.event == "done":
            key = f"{event.stage} {event.beat or ''}"
            if key in tasks:
                bar.remove_task(tasks.pop(key))

    if quiet or not stderr.is_terminal:
        yield show
        return
    with Live(get_renderable=view, console=stderr, transient=True, refresh_per_second=8) as live:
        lives.append(live)
        yield show


def print_stage_failures(report: RunReport) -> None:
    """Each stage failure on its own line, and a note when Ctrl-C cut the stages short."""
    for stage in report.stages:
        for failure in stage.failures:
            stderr.print(f"  {stage.name}: {escape(failure)}")
    if report.interrupted and (report.collect is None or not report.collect.interrupted):
        stderr.print("[yellow]interrupted[/] during the later stages; articles are kept")


def print_stale_analysis(report: RunReport) -> None:
    """Say how many articles keep an earlier version's analysis (their stories show it) and
    the command that redoes them: a new version never redoes them unasked."""
    stale = int(report.stage_counts("enrich").get("stale", 0))
    if stale:
        noun = "article keeps" if stale == 1 else "articles keep"
        stderr.print(
            f"{stale} {noun} the analysis of an earlier newsbeat version;"
            " `newsbeat update --reenrich` analyses them again"
        )


@contextmanager
def working(what: str) -> Iterator[None]:
    """A transient spinner on stderr while a command reads or computes before printing (on a
    terminal only: nothing when piped)."""
    if not stderr.is_terminal:
        yield
        return
    with stderr.status(escape(what)):
        yield
