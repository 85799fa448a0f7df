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
    from monitor.models import OutboxItem
    from reports.outbox import Delivery, Outbox


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
    sends nothing new, and one that failed (SMTP down) is retried. Writing it to the outbox
    folder (the default) does not count as emailing it: --send still mails it afterwards.

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
        click.echo(_outcome(outbox, item, done))


def _outcome(outbox: Outbox, item: OutboxItem, done: Delivery | None) -> str:
    """What happened, in words that keep "written to files" and "emailed" apart."""
    from reports.outbox import FILE, SENT

    key = item.key
    if done is None and item.status == SENT:
        return f"{key}: already sent {item.sent_at:%Y-%m-%d %H:%M} UTC by email, not sending again"
    if done is None:
        written = outbox.deliveries(key)[FILE]
        at = f"{written.delivered_at:%Y-%m-%d %H:%M} UTC"
        return f"{key}: already written to {written.where} {at}; not emailed yet (use --send)"
    if done.skipped:
        return f"{key}: {done.skipped}"
    if done.error:
        raise click.ClickException(f"{key}: not delivered, kept pending: {done.error}")
    if done.channel == FILE:
        return f"{key}: written to {done.where}; not emailed (use --send to email it)"
    return f"{key}: delivered to {done.where}"
