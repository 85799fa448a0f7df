"""What every config-editing command shares: open, edit, validate, then write or show."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import click

from monitor.cli.app import App
from monitor.errors import ConfigError, Problem

if TYPE_CHECKING:
    from monitor.editing import ConfigFile


dry_run_option = click.option(
    "--dry-run", is_flag=True, help="Validate and show the change as a diff; write nothing."
)


@contextmanager
def editing(app: App, *, dry_run: bool = False) -> Iterator[ConfigFile]:
    """Yield the open config file; on a clean exit validate it, then write it (or show it)."""
    from connectors import REGISTRY
    from monitor.editing import ConfigFile

    if not app.path.exists():
        problem = Problem("", "no config file; create one with `repmon init`")
        raise ConfigError([problem], file=str(app.path))
    cfg = ConfigFile(app.path, registry=REGISTRY)
    yield cfg
    if not dry_run:
        cfg.save()
        return
    cfg.validate()
    before = cfg.original.decode("utf-8").splitlines(keepends=True)
    after = cfg.render().splitlines(keepends=True)
    name = str(app.path)
    click.echo("".join(difflib.unified_diff(before, after, name, name)) or "No change.")
    click.echo("(dry run: nothing written)")


def split_terms(raw: str) -> list[str]:
    """Split one TERM argument with the query language; a bad one names itself."""
    from monitor.matching import split_query

    try:
        return split_query(raw)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="TERM") from None
