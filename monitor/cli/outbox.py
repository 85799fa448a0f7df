"""``repmon outbox``: digests and alerts not delivered yet, and why."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from monitor.cli.app import App
from monitor.cli.output import echo_json, table

if TYPE_CHECKING:
    from monitor.models import OutboxDelivery


@click.command()
@click.option("--brand", help="Only this brand.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per item.")
@click.pass_obj
def outbox(app: App, brand: str | None, as_json: bool) -> None:
    """List pending and failing digests and alerts (sent ones are not shown).

    \b
    Examples:
      repmon outbox
      repmon outbox --brand "Northwind Coffee" --json
    """
    from reports.outbox import FILE, Outbox

    name = app.settings.brand(brand).name if brand else None
    box = Outbox(app.db)
    items = box.unsent(brand=name)
    written = {i.key: box.deliveries(i.key).get(FILE) for i in items}
    if as_json:
        for i in items:
            w = written[i.key]
            echo_json({"key": i.key, "kind": i.kind, "brand": i.brand, "channel": i.channel,
                       "status": i.status, "attempts": i.attempts, "last_error": i.last_error,
                       "created_at": i.created_at.isoformat(),
                       "written_to": w.where if w else None})  # fmt: skip
        return
    if not items:
        click.echo("Outbox empty: everything has been delivered.")
        return
    rows = [(i.status, i.attempts, i.kind, i.key, i.last_error or _written(written[i.key]))
            for i in items]  # fmt: skip
    click.echo(table(("STATUS", "TRIES", "KIND", "KEY", "LAST ERROR"), rows,
                     widths=(8, 5, 6, 40, 60)))  # fmt: skip


def _written(delivery: OutboxDelivery | None) -> str:
    return f"written to {delivery.where}; not sent yet" if delivery else ""
