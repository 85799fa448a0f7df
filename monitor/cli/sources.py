"""``repmon sources``: the configured sources, their state, and whether they can connect."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

import click

from monitor.cli.app import App
from monitor.cli.output import echo_json, table
from monitor.cli.plain import plain_error
from monitor.errors import RepmonError
from monitor.timeutil import humanize_age, utcnow

if TYPE_CHECKING:
    from monitor.config import Source


EXIT_CHECK_FAILED = 1


@click.group()
def sources() -> None:
    """List, check, add and remove sources."""


def _when(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else "never"


def _row(app: App, source: Source, brand: str) -> dict[str, Any]:
    from connectors import REGISTRY

    cls, now = REGISTRY[source.kind], utcnow()
    state = app.db.state(source.key, brand)
    limited = state.rate_limited_until if state else None
    return {
        "name": source.key, "kind": source.kind, "brand": brand,
        "schedule": humanize_age(source.interval_or(cls.default_interval)),
        "last_success": state.last_success_at if state else None,
        "last_error": state.last_error if state else None,
        "cursor_age": humanize_age(now - state.updated_at) if state and state.cursor else None,
        "rate_limited_until": limited if limited and limited > now else None,
    }  # fmt: skip


@sources.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per partition.")
@click.pass_obj
def list_sources(app: App, as_json: bool) -> None:
    """Show each source and brand with its schedule, last success, last error, cursor age.

    \b
    Examples:
      repmon sources list
      repmon --config repmon.toml sources list --json
    """
    from connectors import REGISTRY
    from monitor.runner import partitions

    parts = partitions(app.settings, REGISTRY)
    rows = [_row(app, p.source, p.brand) for p in parts]
    if as_json:
        for row in rows:
            echo_json(row)
        return
    if not rows:
        click.echo("No sources configured; see config/repmon.example.toml.")
        return
    body = [
        (r["name"], r["kind"], r["brand"], r["schedule"], _when(r["last_success"]),
         r["cursor_age"] or "-",
         f"rate limited until {r['rate_limited_until']:%H:%M}" if r["rate_limited_until"]
         else r["last_error"] or "-")
        for r in rows
    ]  # fmt: skip
    headers = ("NAME", "KIND", "BRAND", "EVERY", "LAST SUCCESS", "CURSOR", "LAST ERROR")
    click.echo(table(headers, body, widths=(16, 10, 18, 5, 16, 6, 50)))


def check_source(app: App, source: Source) -> str | None:
    """Why the source cannot work (a missing secret, a bad option, a refusal), or None."""
    from pydantic import ValidationError

    from connectors import REGISTRY

    cls = REGISTRY[source.kind]
    missing = [var for var in cls.secrets if not app.env.get(var, "").strip()]
    if missing:
        return f"environment variable {', '.join(missing)} is not set"
    try:
        options = cls.Options.model_validate(source.options)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        return f"options.{where}: {first['msg']}"
    try:
        cls(options, env=app.env, base_dir=app.path.parent).check()
    except RepmonError as e:
        return str(e)
    return None


@sources.command("check")
@click.argument("name", required=False)
@click.pass_obj
def check(app: App, name: str | None) -> None:
    """Make one cheap call to each source (or NAME) and say what is missing or refused.

    \b
    Examples:
      repmon sources check
      repmon sources check reddit
    """
    chosen = [app.settings.source(name)] if name else list(app.settings.sources)
    failed = 0
    for source in chosen:
        problem = check_source(app, source)
        failed += problem is not None
        status = "ok" if problem is None else f"FAILED: {plain_error(problem)}"
        click.echo(f"{source.key:<16} {source.kind:<10} {status}")
    if failed:
        raise SystemExit(EXIT_CHECK_FAILED)
