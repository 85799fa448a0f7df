"""``repmon inbox``, ``repmon mark`` and ``repmon export``: work through what needs an answer."""

from __future__ import annotations

import csv
import getpass
import json
import os
import sys
from collections.abc import Iterable
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, TextIO

import click

from monitor.cli.app import App
from monitor.cli.output import echo_json, table
from monitor.cli.replies import author_history, suggested_replies
from monitor.errors import StatusError
from monitor.kinds import ComplaintType, Status
from monitor.timeutil import humanize_age, parse_duration, utcnow

if TYPE_CHECKING:
    from sqlmodel import Session

    from monitor.models import Mention


STATUSES = click.Choice([s.value for s in Status])
TYPES = click.Choice([t.value for t in ComplaintType])


@click.group(invoke_without_command=True)
@click.option("--brand", help="Only this brand.")
@click.option("--status", type=STATUSES, default=Status.NEW.value, show_default=True)
@click.option("--type", "complaint_type", type=TYPES, help="Only this complaint type.")
@click.option("--all", "everything", is_flag=True, help="Also new mentions that need no reply.")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def inbox(
    ctx: click.Context, brand: str | None, status: str, complaint_type: str | None,
    everything: bool, limit: int, as_json: bool,
) -> None:  # fmt: skip
    """List what needs an answer, highest priority first.

    \b
    Examples:
      repmon inbox --brand Acme --type refund
      repmon inbox --status resolved --json
      repmon inbox show 42
    """
    from monitor.inbox import as_record, inbox_query

    if ctx.invoked_subcommand is not None:
        return
    app: App = ctx.obj
    name = app.settings.brand(brand).name if brand else None
    stmt = inbox_query(brand=name, status=Status(status), complaint_type=complaint_type,
                       everything=everything).limit(limit)  # fmt: skip
    with app.db.session() as session:
        rows = list(session.exec(stmt))
    if as_json:
        echo_json([as_record(m) for m in rows])
    elif not rows:
        click.echo(f"No {status} mentions{' needing a reply' if status == 'new' else ''}.")
    else:
        _print_rows(rows)


def _print_rows(rows: list[Mention]) -> None:
    now = utcnow()
    body = [
        (m.id, f"{m.priority:5.1f}", m.brand, m.source, m.author, humanize_age(now - m.created_at),
         m.complaint_type, m.status, m.text)
        for m in rows
    ]  # fmt: skip
    headers = ("ID", "PRIO", "BRAND", "SOURCE", "AUTHOR", "AGE", "TYPE", "STATUS", "TEXT")
    click.echo(table(headers, body, widths=(6, 5, 14, 10, 14, 4, 9, 8, 50)))


def _get(session: Session, mention_id: int) -> Mention:
    from monitor.models import Mention

    mention = session.get(Mention, mention_id)
    if mention is None:
        raise StatusError(f"mention {mention_id}: no such mention")
    return mention


@inbox.command()
@click.argument("mention_id", metavar="ID", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def show(app: App, mention_id: int, as_json: bool) -> None:
    """Show one mention in full, why it was flagged, and the suggested replies.

    \b
    Example:
      repmon inbox show 42
    """
    from monitor.inbox import as_record

    with app.db.session() as session:
        m = _get(session, mention_id)
        history = author_history(session, m)
    brand = next((b for b in app.settings.brands if b.name == m.brand), None)
    replies = suggested_replies(m, brand, history=history)
    if as_json:
        echo_json({**as_record(m), "suggested_replies": replies})
        return
    posted = f"{m.created_at:%Y-%m-%d %H:%M} UTC"
    click.echo(f"#{m.id}  {m.brand}  [{m.source}] {m.author or 'someone'}  {posted}")
    if m.url:
        click.echo(m.url)
    click.echo(f"\n{m.title + ': ' if m.title else ''}{m.text}\n")
    sentiment = "n/a" if m.sentiment is None else f"{m.sentiment:+.2f}"
    click.echo(
        f"type {m.complaint_type}, sentiment {sentiment}, anger {m.anger:.2f}, "
        f"priority {m.priority}"
    )
    click.echo(f"matched: {', '.join(m.matched_terms) or '(its source serves this brand)'}")
    click.echo(f"why: {'; '.join(m.reasons) or 'no signal'}")
    who = f" by {m.status_by} at {m.status_at:%Y-%m-%d %H:%M} UTC" if m.status_at else ""
    click.echo(f"status: {m.status}{who}{': ' + m.status_note if m.status_note else ''}")
    if m.follow_up_on:
        click.echo(f"follow up on {m.follow_up_on.isoformat()}")
    if replies is None:
        click.echo(f"\nNo suggested replies: brand {m.brand!r} is not in the config any more.")
        return
    if replies.get("answered_as") == "spam":
        click.echo("\nNo reply: spam or phishing under the brand's name; report it instead.")
    for label in ("public", "offline"):
        if label in replies:
            click.echo(f"\nSuggested {label} reply:\n  {replies[label]}")
    for flag in replies.get("check_first", []):  # type: ignore[attr-defined]
        click.echo(f"Check first: {flag}")
    for note in replies.get("needs_human_edit", []):  # type: ignore[attr-defined]
        click.echo(f"Self-check: {note}")
    if replies.get("self_check") and not replies.get("needs_human_edit"):
        click.echo("Self-check: passed")
    if "follow_up_on" in replies:
        click.echo(f"Ask for feedback on {replies['follow_up_on']}")


@click.command("mark")
@click.argument("mention_id", metavar="ID", type=int)
@click.argument("status", type=STATUSES)
@click.option("--note", help="What was done, or why it is ignored (required for ignored).")
@click.option("--by", help="Who (default: $REPMON_USER, else the login name).")
@click.pass_obj
def mark_cmd(app: App, mention_id: int, status: str, note: str | None, by: str | None) -> None:
    """Record that a mention was replied to, resolved, or ignored (new reopens it).

    Resolving sets a follow-up date (the brand's follow_up_days from today in its timezone);
    the mention comes back under "Follow-ups due" in that day's digest.

    \b
    Examples:
      repmon mark 42 replied --note "answered publicly, moved to DM"
      repmon mark 42 resolved --note "refund sent" --by maria
      repmon mark 43 ignored --note "spam"
    """
    from monitor.inbox import mark

    who = by or os.environ.get("REPMON_USER") or getpass.getuser()
    brands = {b.name: b for b in app.settings.brands}
    change = mark(
        app.db, mention_id, Status(status), brands=brands, by=who, note=note, now=utcnow()
    )
    line = (
        f"Mention {change.id} ({change.brand}): {change.old.value} -> {change.new.value} by {who}"
    )
    if change.follow_up_on:
        line += f"; follow up on {change.follow_up_on.isoformat()}"
    click.echo(line)


def _when(value: str | None, option: str) -> datetime | None:
    """``2026-11-01`` (midnight UTC), an ISO 8601 instant, or an age such as ``7d``."""
    if not value:
        return None
    try:
        return utcnow() - parse_duration(value)
    except ValueError:
        pass
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date, an ISO time or an age like 7d",
                                 param_hint=option) from None  # fmt: skip
    if len(value) == 10:
        return datetime.combine(date.fromisoformat(value), time(0), tzinfo=UTC)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


@click.command("export")
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="jsonl", show_default=True
)
@click.option("--since", help="From this date (UTC), ISO time or age (e.g. 2026-11-01, 7d).")
@click.option("--until", help="Before this date (UTC) or ISO time.")
@click.option("--brand", help="Only this brand.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8", lazy=True), default="-")
@click.option(
    "--labels", is_flag=True,
    help="Instead: the corrections made in the web inbox, as examples for `repmon train`.",
)  # fmt: skip
@click.pass_obj
def export(
    app: App, fmt: str, since: str | None, until: str | None, brand: str | None, output: TextIO,
    labels: bool,
) -> None:  # fmt: skip
    """Export the mentions of a date range, oldest first, with their status.

    \b
    Examples:
      repmon export --format csv --since 2026-11-01 --until 2026-12-01 -o november.csv
      repmon export --since 7d --brand Acme > last-week.jsonl
      repmon export --labels --format csv -o corrections.csv
    """
    if labels:
        from monitor.web.labels import write

        with app.db.session() as session:
            count = write(session, output, fmt=fmt)
        click.echo(f"Exported {count} labelled example(s).", err=True)
        return
    from monitor.inbox import count_between, mentions_between

    name = app.settings.brand(brand).name if brand else None
    lo, hi = _when(since, "--since"), _when(until, "--until")
    with app.db.session() as session:
        total = count_between(session, brand=name, since=lo, until=hi)
        rows = mentions_between(session, brand=name, since=lo, until=hi)
        with click.progressbar(rows, length=total, label="Exporting", file=sys.stderr) as bar:
            _write(bar, output, fmt=fmt)
    click.echo(f"Exported {total} mention(s).", err=True)


def _write(rows: Iterable[Mention], output: TextIO, *, fmt: str) -> None:
    """CSV keeps list and object fields as JSON text, so a spreadsheet round-trips them."""
    from monitor.inbox import EXPORT_FIELDS, as_record

    writer = csv.DictWriter(output, fieldnames=EXPORT_FIELDS) if fmt == "csv" else None
    if writer:
        writer.writeheader()
    for m in rows:
        record = as_record(m)
        if writer:
            writer.writerow(
                {k: json.dumps(v) if isinstance(v, list | dict) else v for k, v in record.items()}
            )
        else:
            output.write(json.dumps(record, ensure_ascii=False) + "\n")
