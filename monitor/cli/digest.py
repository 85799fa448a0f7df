"""``repmon digest``: build a brand's daily digest, and send it exactly once."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import click

from monitor.cli.app import App
from monitor.cli.delivery import mail_sender
from monitor.timeutil import utcnow

if TYPE_CHECKING:
    from monitor.config import Brand


def _day(value: str | None, brand: Brand) -> date:
    if value is None:
        return utcnow().astimezone(brand.tz).date()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"not a date: {value!r} (use YYYY-MM-DD)", param_hint="--date"
        ) from None


@click.command()
@click.option("--brand", "brands", multiple=True, help="Only this brand (repeatable).")
@click.option(
    "--date", "day", help="The local day (YYYY-MM-DD); default: today in the brand's timezone."
)
@click.option("--send", "mode", flag_value="send", help="Queue it and send it by SMTP now.")
@click.option(
    "--dry-run", "mode", flag_value="dry-run", help="Print the text twin; queue and send nothing."
)
@click.option(
    "--files",
    "mode",
    flag_value="files",
    default=True,
    help="Queue it and write it to the outbox folder (default).",
)
@click.pass_obj
def digest(app: App, brands: tuple[str, ...], day: str | None, mode: str) -> None:
    """Build each brand's digest for a day; with --send, email it (never twice).

    A digest is queued under the key brand + date: running this again for the same day
    sends nothing new, and one that failed (SMTP down) is retried.

    \b
    Examples:
      repmon digest --dry-run
      repmon digest --brand "Northwind Coffee" --date 2026-11-23 --send
    """
    from reports.digest import build_digest
    from reports.outbox import Outbox, digest_key
    from reports.render import render

    settings, now = app.settings, utcnow()
    outbox = Outbox(app.db)
    for brand in [settings.brand(b) for b in brands] or settings.brands:
        local_day = _day(day, brand)
        with app.db.session() as session:
            rendered = render(build_digest(session, brand, day=local_day, now=now))
        if mode == "dry-run":
            click.echo(rendered.text)
            continue
        key = digest_key(brand.name, local_day.isoformat())
        item, done = outbox.send_once(
            key=key, kind="digest", brand=brand.name, channel="email", rendered=rendered,
            recipients=brand.digest.recipients, sender=mail_sender(app, to_files=mode == "files"),
            sender_address=settings.email.from_address,
        )  # fmt: skip
        if done is None:
            click.echo(f"{key}: already sent {item.sent_at:%Y-%m-%d %H:%M} UTC, not sending again")
            continue
        if done.error:
            raise click.ClickException(f"{key}: not delivered, kept pending: {done.error}")
        click.echo(f"{key}: delivered to {done.where}")
