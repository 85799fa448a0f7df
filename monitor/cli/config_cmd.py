"""``repmon config``: check a config file before it is used."""

from __future__ import annotations

from pathlib import Path

import click

from monitor.cli.app import App
from monitor.cli.output import echo_json


@click.group()
def config() -> None:
    """Check and locate the config file."""


@config.command()
@click.argument("file", required=False, type=click.Path(dir_okay=False))
@click.pass_obj
def validate(app: App, file: str | None) -> None:
    """Check a config file and list every problem, each naming its field.

    \b
    Examples:
      repmon config validate config/repmon.example.toml
      repmon --config ~/repmon.toml config validate
    """
    from connectors import REGISTRY
    from monitor.config import load_settings

    path = Path(file) if file else app.path
    settings = load_settings(path, registry=REGISTRY)
    click.echo(f"{path}: ok ({len(settings.brands)} brand(s), {len(settings.sources)} source(s))")


@config.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def path(ctx: click.Context, as_json: bool) -> None:
    """Print which config file is used, and why: --config, $REPMON_CONFIG or the default.

    \b
    Examples:
      repmon config path
      $EDITOR "$(repmon config path)"
    """
    from click.core import ParameterSource

    app: App = ctx.obj
    source = ctx.find_root().get_parameter_source("config_path")
    why = {
        ParameterSource.COMMANDLINE: "--config",
        ParameterSource.ENVIRONMENT: "$REPMON_CONFIG",
    }.get(source, "the user config dir") if source else "the user config dir"  # fmt: skip
    if as_json:
        echo_json({"path": str(app.path), "from": why, "exists": app.path.exists()})
        return
    click.echo(str(app.path))
    missing = "" if app.path.exists() else "; it does not exist yet: run `repmon init`"
    click.echo(f"(from {why}{missing})", err=True)
