"""``repmon status``: is everything running, and what needs a look? Exits 1 if anything does."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import click

from monitor.cli.app import App
from monitor.cli.output import echo_json, table
from monitor.cli.plain import plain_error
from monitor.errors import ConfigError, RepmonError
from monitor.redact import redact
from monitor.timeutil import humanize_age, utcnow

if TYPE_CHECKING:
    from monitor.health import Health


EXIT_ATTENTION = 1
EXIT_CONFIG = 2


def _when(value: datetime | None, now: datetime) -> str:
    if value is None:
        return "-"
    age = now - value
    return f"{humanize_age(age)} ago" if age.total_seconds() >= 0 else f"in {humanize_age(-age)}"


def _print(h: Health) -> None:
    now = h.now
    rows = [(s.source, s.brand, _when(s.last_success_at, now), s.consecutive_failures,
             _when(s.next_run_at, now), "-" if s.cursor_age_seconds is None
             else humanize_age(timedelta(seconds=s.cursor_age_seconds)),
             _when(s.rate_limited_until, now), s.lease_owner or "-", s.last_error or "")
            for s in h.sources]  # fmt: skip
    click.echo(
        table(
            (
                "SOURCE",
                "BRAND",
                "LAST OK",
                "FAILS",
                "NEXT",
                "CURSOR",
                "LIMITED",
                "POLLING",
                "LAST ERROR",
            ),
            rows,
            widths=(16, 16, 9, 5, 9, 6, 9, 24, 40),
        )
    )
    _print_spend(h)
    click.echo()
    brand_rows = [
        (b.brand, b.mentions_today, b.open_angry, _when(b.oldest_unanswered_at, now),
         _when(b.last_digest_sent_at, now), "; ".join(b.spikes) or "-")
        for b in h.brands
    ]  # fmt: skip
    click.echo(table(("BRAND", "TODAY", "ANGRY", "OLDEST UNANSWERED", "LAST DIGEST", "SPIKE"),
                     brand_rows, widths=(20, 6, 6, 18, 12, 50)))  # fmt: skip
    click.echo(f"\nOutbox: {h.outbox['pending']} pending, {h.outbox['failed']} failed, "
               f"{h.outbox['sent']} sent")  # fmt: skip
    held = ", ".join(f"{source}: {n}" for source, n in sorted(h.quarantine.items()))
    click.echo(f"Quarantine: {sum(h.quarantine.values())} open" + (f" ({held})" if held else ""))
    for w in h.workers[:10]:
        error = (
            f"  last error {_when(w['last_error_at'], now)}: {w['last_error']}"
            if w["last_error"]
            else ""
        )
        click.echo(f"Worker {w['worker']}: {w['state']}, seen {_when(w['seen_at'], now)}{error}")
    if h.attention:
        click.echo("\nNeeds attention:")
        for line in h.attention:
            click.echo(f"  - {line}")
    else:
        click.echo("\nAll good.")


def _print_spend(h: Health) -> None:
    """Metered sources: what they read today against their cap, and the estimated cost."""
    for s in h.sources:
        u = s.usage
        if u is None:
            continue
        cost = ""
        if u.cost_today is not None and u.cost_month is not None:
            cost = f", about ${u.cost_today:,.2f} today and ${u.cost_month:,.2f} this month"
        state = f"cap reached, paused until {u.resets}" if u.capped else f"resets {u.resets}"
        click.echo(f"Spend {s.source}/{s.brand}: {u.today:,} of {u.cap:,} {u.unit} "
                   f"today{cost} ({state})")  # fmt: skip


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the status as one JSON object.")
@click.pass_obj
def status(app: App, as_json: bool) -> None:
    """Sources, brands, outbox and workers at a glance; exit code 1 when something needs a look.

    \b
    Examples:
      repmon status
      repmon status --json | jq .attention
      repmon status >/dev/null || notify-send "repmon needs attention"
    """
    from connectors import REGISTRY
    from monitor.health import collect

    try:
        overview = app.overview  # the settings as last validated, without pydantic
        url = _database(app)
        health = _redacted(collect(overview, url, registry=REGISTRY, now=utcnow()))
    except RepmonError as e:
        if not as_json:
            raise
        # a monitoring check reads stdout: it gets an answer even when nothing else works
        message = plain_error(str(getattr(e, "orig", None) or e))
        echo_json({"ok": False, "error": message, "attention": [message]})
        raise SystemExit(EXIT_CONFIG if isinstance(e, ConfigError) else EXIT_ATTENTION) from None
    if as_json:
        echo_json({"ok": not health.attention, **asdict(health)})
    else:
        _print(health)
    if health.attention:
        raise SystemExit(EXIT_ATTENTION)


def _database(app: App) -> str:
    """The database URL, checked to be at the latest schema revision, without loading the
    ORM or the migrations when it is (the usual case). A first run (no database yet), an
    unusual URL or a database made without the migrations takes ``app.db``, which creates,
    adopts or refuses it with the full explanation."""
    from monitor.health_db import (
        head_revision,
        hide_password,
        is_plain,
        read_only,
        sqlite_file,
        url_password,
    )
    from monitor.redact import remember

    url = _plain_url(app)
    path = sqlite_file(url) if url else None
    if url is None or not is_plain(url) or (path is not None and not path.exists()):
        return app.db.url
    remember(url_password(url))  # never shown, whatever a driver error quotes
    with read_only(url) as reader:
        at = reader.revision()
    if at is None:
        return app.db.url
    if at != head_revision():
        raise_behind(hide_password(url), at, head_revision())
    return url


def _plain_url(app: App) -> str | None:
    """``App.db``'s choice of URL (flag, else environment, else the data dir's SQLite file)."""
    import os

    chosen = (app.database_url or "").strip()
    if not chosen and not app.demo:
        chosen = os.environ.get("REPMON_DATABASE_URL", "").strip()
    if chosen:
        return chosen.replace("postgresql://", "postgresql+psycopg://", 1)
    path = app.resolved_data_dir / "repmon.db"
    return f"sqlite:///{path}" if path.exists() else None


def raise_behind(url: str, at: str, head: str) -> None:
    """The message ``monitor.schema.ensure_current`` gives for a database that is behind."""
    from monitor.health_db import ReadError

    raise ReadError(
        f"database {url} is at schema revision {at}, this version needs {head}: "
        "run `repmon db upgrade` (stop the workers first)"
    )


def _redacted(h: Health) -> Health:
    """Errors stored before redaction existed (or by an older version) are masked on show."""
    for s in h.sources:
        s.last_error = redact(s.last_error) if s.last_error else s.last_error
    for w in h.workers:
        w["last_error"] = redact(w["last_error"]) if w["last_error"] else w["last_error"]
    h.attention = [redact(line) for line in h.attention]
    return h
