"""``repmon run``: the daemon. Polls, digests and retries on schedule until stopped."""

from __future__ import annotations

import signal
import threading
from types import FrameType
from typing import TYPE_CHECKING

import click

from monitor.cli.app import App
from monitor.cli.delivery import alert_senders, mail_sender
from monitor.timeutil import utcnow

if TYPE_CHECKING:
    from monitor.work import Work


def _stop_on_signals(stop: threading.Event) -> None:
    def handler(signum: int, _frame: FrameType | None) -> None:
        click.echo(
            f"{signal.Signals(signum).name}: finishing the current page, then exiting", err=True
        )
        stop.set()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


@click.command()
@click.option("--once", is_flag=True, help="Run every due job once and exit (for cron).")
@click.pass_obj
def run(app: App, once: bool) -> None:
    """Run the scheduler: poll each source at its interval, send digests and alerts.

    SIGTERM or Ctrl-C finishes the page being stored, then exits 0; the next start resumes
    from the saved cursors. With PostgreSQL (REPMON_DATABASE_URL) any number of workers can
    run at once; with SQLite, one.

    \b
    Examples:
      repmon run                         # until stopped (systemd, a container)
      repmon run --once                  # from cron: every 5 minutes, do what is due
      REPMON_DATABASE_URL=postgresql+psycopg://repmon@db/repmon repmon run
    """
    from connectors import REGISTRY
    from monitor.sends import Senders
    from monitor.single import single_process
    from monitor.work import Work

    settings, db = app.settings, app.db
    stop = threading.Event()
    with single_process(db):
        _stop_on_signals(stop)
        senders = Senders(mail_sender(app, to_files=False), alert_senders(app))
        work = Work(settings, db, registry=REGISTRY, env=app.env, base_dir=app.path.parent,
                    stop=stop, senders=senders)  # fmt: skip
        work.heartbeat()
        if once:
            work.due_once()
        else:
            _serve(work, stop)
        work.heartbeat(stopped=True)


def _serve(work: Work, stop: threading.Event) -> None:
    from monitor.scheduling import build_scheduler, job_specs

    specs = job_specs(work)
    scheduler = build_scheduler(specs, now=utcnow())
    scheduler.start()
    click.echo(f"repmon run: worker {work.owner}, {len(specs)} jobs; stop with SIGTERM", err=True)
    while not stop.wait(0.5):
        pass
    scheduler.shutdown(wait=True)  # running jobs see ``stop`` and end after their page
    click.echo("repmon run: stopped cleanly", err=True)
