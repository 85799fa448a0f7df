"""``repmon quarantine``: the items sources gave that could not be stored, to look at,
retry after a fix, or drop."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING

import click

from monitor.cli.app import App
from monitor.cli.output import echo_json, table
from monitor.errors import StatusError

if TYPE_CHECKING:
    from monitor.models import QuarantineItem

# the database layer, the runner and the scorer are imported inside the commands, so
# `repmon --help` does not pay for them


@click.group()
def quarantine() -> None:
    """Items that could not be stored, kept with their raw payload and the error.

    \b
    Examples:
      repmon quarantine list
      repmon quarantine show 3
      repmon quarantine retry --all      # after an upgrade or a fixed export
      repmon quarantine drop 3
    """


def _record(e: QuarantineItem) -> dict[str, object]:
    return e.model_dump()


@quarantine.command("list")
@click.option("--all", "show_all", is_flag=True, help="Also items stored or dropped since.")
@click.option("--source", help="Only this configured source.")
@click.option("--limit", default=100, show_default=True, help="At most this many items.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_obj
def list_cmd(app: App, show_all: bool, source: str | None, limit: int, as_json: bool) -> None:
    """The quarantined items, newest first.

    \b
    Examples:
      repmon quarantine list --source my-export
      repmon quarantine list --all --json | jq .error
    """
    from monitor.quarantine import OPEN, entries

    with app.db.session() as session:
        found = entries(session, status=None if show_all else OPEN, source=source, limit=limit)
    if as_json:
        for e in found:
            echo_json(_record(e))
        return
    if not found:
        click.echo("The quarantine is empty." if not show_all else "Nothing was quarantined.")
        return
    rows = [(e.id, e.source, e.partition, e.item, e.attempts, e.status,
             f"{e.last_seen_at:%Y-%m-%d %H:%M}", e.error) for e in found]  # fmt: skip
    headers = ("ID", "SOURCE", "BRAND", "ITEM", "SEEN", "STATUS", "LAST SEEN", "ERROR")
    click.echo(table(headers, rows, widths=(5, 16, 12, 20, 4, 7, 16, 60)))


def _get(app: App, entry_id: int) -> QuarantineItem:
    from monitor.models import QuarantineItem

    with app.db.session() as session:
        entry = session.get(QuarantineItem, entry_id)
    if entry is None:
        raise StatusError(f"quarantine item {entry_id} does not exist (see repmon quarantine list)")
    return entry


@quarantine.command("show")
@click.argument("entry_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print it as one JSON object.")
@click.pass_obj
def show_cmd(app: App, entry_id: int, as_json: bool) -> None:
    """One item: where it came from, why it was kept, and the raw payload as received.

    \b
    Example:
      repmon quarantine show 3
    """
    from monitor.quarantine import decode_raw

    entry = _get(app, entry_id)
    kind, raw = decode_raw(entry.raw)
    if as_json:
        echo_json({**_record(entry), "raw": raw, "raw_kind": kind})
        return
    click.echo(f"#{entry.id} {entry.status}: {entry.source} / {entry.partition}, item {entry.item}")
    click.echo(f"first seen {entry.first_seen_at:%Y-%m-%d %H:%M} UTC, last seen "
               f"{entry.last_seen_at:%Y-%m-%d %H:%M} UTC, {entry.attempts} time(s)")  # fmt: skip
    click.echo(f"error: {entry.error}")
    shown = raw if isinstance(raw, str) else echo_text(raw)
    click.echo(f"raw ({kind}):\n{shown.encode('ascii', 'backslashreplace').decode()}")


def echo_text(value: object) -> str:
    import json

    return json.dumps(value, ensure_ascii=True, indent=2, default=str)


@quarantine.command("retry")
@click.argument("entry_ids", type=int, nargs=-1)
@click.option("--all", "retry_all", is_flag=True, help="Every open item.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per item.")
@click.pass_obj
def retry_cmd(app: App, entry_ids: tuple[int, ...], retry_all: bool, as_json: bool) -> None:
    """Read items again and store what now works; the rest stay, with the new error.

    \b
    Examples:
      repmon quarantine retry 3 4
      repmon quarantine retry --all
    """
    if not entry_ids and not retry_all:
        raise click.UsageError("name item ids, or --all")
    from connectors import REGISTRY
    from monitor.requeue import retry
    from monitor.runner import Scan
    from monitor.scoring import DefaultScorer
    from monitor.timeutil import utcnow

    now = utcnow()
    scan = Scan(app.settings, app.db, registry=REGISTRY, scorer=DefaultScorer(), env=app.env,
                now=now, base_dir=app.path.parent)  # fmt: skip
    outcomes = retry(scan, None if retry_all else list(entry_ids))
    for o in outcomes:
        if as_json:
            echo_json(asdict(o))
        else:
            click.echo(f"#{o.id} {o.item}: {o.message}")
    if not as_json:
        done = sum(o.stored for o in outcomes)
        click.echo(f"{done} of {len(outcomes)} item(s) left the quarantine.")


@quarantine.command("drop")
@click.argument("entry_id", type=int)
@click.pass_obj
def drop_cmd(app: App, entry_id: int) -> None:
    """Stop listing an item (it stays recorded, and is not quarantined again if seen again).

    \b
    Example:
      repmon quarantine drop 3
    """
    from monitor.requeue import drop

    if not drop(app.db, entry_id):
        raise StatusError(f"quarantine item {entry_id} does not exist (see repmon quarantine list)")
    click.echo(f"#{entry_id} dropped.")
