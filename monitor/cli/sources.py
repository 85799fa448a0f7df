"""``repmon sources``: the configured sources and their state."""

from __future__ import annotations

import click


@click.group()
def sources() -> None:
    """List, check, add and remove sources."""
