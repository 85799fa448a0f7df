"""``repmon config``: check a config file before it is used."""

from __future__ import annotations

from pathlib import Path

import click

from connectors import REGISTRY
from monitor.cli.app import App
from monitor.config import load_settings


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
    path = Path(file) if file else app.path
    settings = load_settings(path, registry=REGISTRY)
    click.echo(f"{path}: ok ({len(settings.brands)} brand(s), {len(settings.sources)} source(s))")
