"""``repmon sources add|remove``: edit the configured sources in the config file.

Secrets are never options: an option that looks like one (``token = ...``) is refused by
validation, pointing to ``token_env``, and a ``*_env`` option must name a variable.
"""

from __future__ import annotations

import os
from typing import Any

import click

from monitor.cli.app import App
from monitor.cli.edits import dry_run_option, editing


def _value(raw: str) -> Any:
    """A TOML value when it parses as one (``50``, ``true``, ``["a", "b"]``), else the text."""
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    try:
        return tomlkit.parse(f"v = {raw}")["v"].unwrap()
    except (TOMLKitError, ValueError):
        return raw


def _options(pairs: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{pair!r} is not KEY=VALUE", param_hint="--option")
        out[key.strip()] = _value(raw.strip())
    return out


@click.command("add")
@click.argument("kind")
@click.option("--name", help="Unique name (default: the kind); needed for a second of a kind.")
@click.option(
    "--brand", "brands", multiple=True, help="Only for this brand (repeatable; default: all)."
)
@click.option("--interval", help="How often to poll it, e.g. 30m (default: the connector's).")
@click.option(
    "--option", "pairs", multiple=True, metavar="KEY=VALUE", help="A connector option (repeatable)."
)
@click.option("--disabled", is_flag=True, help="Add it switched off.")
@dry_run_option
@click.pass_obj
def add_source_cmd(
    app: App, kind: str, name: str | None, brands: tuple[str, ...], interval: str | None,
    pairs: tuple[str, ...], disabled: bool, dry_run: bool,
) -> None:  # fmt: skip
    """Add a source of KIND with its options; secrets are named by env var only.

    \b
    Examples:
      repmon sources add jsonl --name export --option path=exports/mentions.jsonl
      repmon sources add jsonl --brand Acme --interval 30m --option path=acme.csv
    """
    from connectors import REGISTRY
    from monitor.editing import add_source

    with editing(app, dry_run=dry_run) as cfg:
        add_source(
            cfg, kind=kind, name=name, brands=brands, interval=interval,
            options=_options(pairs), enabled=not disabled,
        )  # fmt: skip
    if dry_run:
        return
    click.echo(f"Added source {name or kind!r} ({kind}) to {app.path}")
    for var in REGISTRY[kind].secrets:
        state = "is set" if os.environ.get(var) else "is NOT set: put it in the environment or .env"
        click.echo(f"  it reads ${var}, which {state}")


@click.command("remove")
@click.argument("name")
@dry_run_option
@click.pass_obj
def remove_source_cmd(app: App, name: str, dry_run: bool) -> None:
    """Remove a configured source (its stored mentions and cursor are kept).

    \b
    Example:
      repmon sources remove export
    """
    from monitor.editing import remove_source

    with editing(app, dry_run=dry_run) as cfg:
        remove_source(cfg, name)
    if not dry_run:
        click.echo(f"Removed source {name!r} from {app.path}")
