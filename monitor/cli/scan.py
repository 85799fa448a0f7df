"""``repmon scan``: poll the sources once, store what is new, show what needs an answer."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from typing import TYPE_CHECKING

import click

from monitor.cli.app import App
from monitor.cli.delivery import alert_senders
from monitor.cli.output import echo_json, table
from monitor.cli.plain import plain_error
from monitor.errors import DeliveryError
from monitor.timeutil import humanize_age, parse_duration, utcnow

if TYPE_CHECKING:
    from monitor.readers import Readers
    from monitor.runner import ScanReport
    from reports.alerts import AlertReport


EXIT_SOURCES_FAILED = 1
TOP = 20


@click.command()
@click.option("--demo", is_flag=True, help="Scan the bundled demo data into ./repmon-demo.")
@click.option("--brand", "brands", multiple=True, help="Only this brand (repeatable).")
@click.option(
    "--source", "sources", multiple=True, help="Only this configured source (repeatable)."
)
@click.option("--since", help="Ignore mentions older than this, e.g. 2d or 12h.")
@click.option("--dry-run", is_flag=True, help="Fetch and score, but store nothing.")
@click.option(
    "--digest/--no-digest",
    default=None,
    help="Write today's digest to the outbox folder (on with --demo).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scan report as JSON.")
@click.option(
    "--workers", type=click.IntRange(min=1), default=None,
    help="Processes that read mentions (default: the cores it may use; 1: in this one).",
)  # fmt: skip
@click.pass_obj
def scan(
    app: App, demo: bool, brands: tuple[str, ...], sources: tuple[str, ...], since: str | None,
    dry_run: bool, digest: bool | None, as_json: bool, workers: int | None,
) -> None:  # fmt: skip
    """Poll every configured source once and store the new mentions.

    \b
    Examples:
      repmon scan --demo                    # the bundled demo data, no account needed
      repmon scan --brand "Acme" --since 2d
      repmon scan --source reddit --dry-run --json
      repmon scan --workers 1               # read every mention in this process
    """
    from connectors import REGISTRY
    from monitor.readers import Readers
    from monitor.runner import Scan, partitions
    from monitor.scoring import DefaultScorer
    from reports.alerts import AlertReport

    if demo:
        app.use_demo()
    settings, now = app.settings, utcnow()
    for name in brands:
        settings.brand(name)  # raises a ConfigError naming the unknown brand
    for key in sources:
        settings.source(key)
    since_at = now - parse_duration(since) if since else None
    with Readers(workers) as readers:  # reading runs on the other cores, where there are any
        runner = Scan(
            settings, app.db, registry=REGISTRY, scorer=DefaultScorer(), env=app.env, now=now,
            base_dir=app.path.parent, since=since_at, dry_run=dry_run, readers=readers,
        )  # fmt: skip
        report = runner.run(partitions(settings, REGISTRY, brands=brands, sources=sources))
        # the alerts' drafts are composed on the same workers
        alerts = _alert(app, report, readers, now=now) if not dry_run else AlertReport()
    written = (
        _write_digests(app, brands) if (digest or (digest is None and demo)) and not dry_run else []
    )
    if as_json:
        results = [{**asdict(r), "error": r.error and plain_error(r.error)}
                   for r in report.results]  # fmt: skip
        echo_json({"results": results, "digests": written,
                   "alerts": asdict(alerts)})  # fmt: skip
    else:
        _print_report(report)
        _print_alerts(alerts)
        _print_inbox(app, brands)
        for path in written:
            click.echo(f"Digest written: {path}")
    if report.failed:
        raise SystemExit(EXIT_SOURCES_FAILED)


def _print_report(report: ScanReport) -> None:
    verb = "Would store" if report.dry_run else "Stored"
    fetched = sum(r.fetched for r in report.results)
    if report.stored == 0:
        click.echo(f"{verb} 0 new mentions: nothing new since the last scan ({fetched} fetched).")
    else:
        click.echo(f"{verb} {report.stored} new mentions ({fetched} fetched).")
    for r in report.results:
        status = r.skipped or (f"FAILED: {plain_error(r.error)}" if r.error else "ok")
        click.echo(
            f"  {r.source:<20} {r.brand:<18} fetched {r.fetched:>4}  new {r.stored:>4}  "
            f"not for a brand {r.dropped:>3}  {status}"
        )
        for warning in r.warnings:
            click.echo(f"      warning: {warning}")
        if r.updated_ids:
            click.echo(f"      {len(r.updated_ids)} stored mention(s) updated: edited since")
        for err in r.item_errors[:5]:
            click.echo(f"      unreadable {err}")
        if len(r.item_errors) > 5:
            more = len(r.item_errors) - 5
            click.echo(f"      ... and {more} more unreadable items: run with -v to list them all")
        if r.quarantined:
            click.echo(f"      {r.quarantined} item(s) quarantined: repmon quarantine list")
    _print_failed(report)


def _print_failed(report: ScanReport) -> None:
    failed, total = len(report.failed), len(report.results)
    if not failed:
        return
    if failed == total:
        click.echo(f"All {total} source(s) failed; nothing was stored:", err=True)
    else:
        click.echo(f"{failed} of {total} source(s) failed; the others were stored:", err=True)
    for r in report.failed:
        line = plain_error(r.error or "")
        click.echo(f"  {line if line.startswith(f'{r.source}:') else f'{r.source}: {line}'}",
                   err=True)  # fmt: skip


def _alert(app: App, report: ScanReport, readers: Readers, *, now: datetime) -> AlertReport:
    """Alert on this scan's new angry complaints (the demo's alerts go to the outbox folder)."""
    from reports.alerts import alert_new_mentions

    return alert_new_mentions(app.db, app.settings, report.new_ids, sender_for=alert_senders(app),
                              now=now, mapper=readers.map)  # fmt: skip


def _print_alerts(alerts: AlertReport) -> None:
    from reports.outbox import FILE

    for d in alerts.deliveries:
        n = len(d.keys)
        if d.skipped or not n:
            continue
        if d.channel == FILE:
            click.echo(f"Alert for {n} mention(s) to answer now written to {d.where} (not emailed)")
        elif d.error:
            click.echo(f"Alert for {n} mention(s) not sent, kept pending: {d.error}", err=True)
        else:
            click.echo(f"Alert sent for {n} mention(s) to answer now to {d.where}")
    for held in alerts.held:
        click.echo(f"Alerts held (hourly cap): {held}")


def _print_inbox(app: App, brands: tuple[str, ...]) -> None:
    from sqlmodel import col, select

    from monitor.models import Mention, Status

    now = utcnow()
    with app.db.session() as session:
        stmt = select(Mention).where(Mention.needs_reply, Mention.status == Status.NEW.value)
        if brands:
            stmt = stmt.where(col(Mention.brand).in_([app.settings.brand(b).name for b in brands]))
        rows = session.exec(stmt.order_by(col(Mention.priority).desc()).limit(TOP)).all()
    if not rows:
        click.echo("\nNothing needs an answer.")
        return
    click.echo(f"\nNeeds an answer (top {len(rows)}, highest priority first):")
    body = [
        (m.id, f"{m.priority:5.1f}", m.source, m.author, humanize_age(now - m.created_at),
         "n/a" if m.sentiment is None else f"{m.sentiment:+.2f}", m.complaint_type, m.text)
        for m in rows
    ]  # fmt: skip
    headers = ("ID", "PRIO", "SOURCE", "AUTHOR", "AGE", "SENT", "TYPE", "TEXT")
    click.echo(table(headers, body, widths=(5, 5, 10, 16, 4, 5, 9, 56)))
    demo = "--demo " if app.demo else ""
    click.echo(f"Show one with its suggested replies: repmon {demo}inbox show ID")


def _write_digests(app: App, brands: tuple[str, ...]) -> list[str]:
    """Each brand's digest of the day into the outbox folder, once per day like any send."""
    from reports.digest import build_digest, latest_day
    from reports.outbox import Outbox, digest_key
    from reports.render import render
    from reports.send import FileOutbox

    now, paths = utcnow(), []
    folder, outbox = FileOutbox(app.outbox_dir), Outbox(app.db)
    chosen = [app.settings.brand(b) for b in brands] or app.settings.brands
    for brand in chosen:
        with app.db.session() as session:
            day: date = now.astimezone(brand.tz).date()
            if app.demo:
                day = latest_day(session, brand) or day  # the demo data is a fixed snapshot
            rendered = render(build_digest(session, brand, day=day, now=now))
        key = digest_key(brand.name, day.isoformat())
        _, done = outbox.send_once(
            key=key, kind="digest", brand=brand.name, channel="email", rendered=rendered,
            recipients=brand.digest.recipients, sender=folder,
            sender_address=app.settings.email.from_address,
        )  # fmt: skip
        if done is not None and done.error:
            raise DeliveryError(f"{key}: not written, kept pending: {done.error}")
        paths += [str(p) for p in folder.paths(key).values()]
    return paths
