"""``repmon keywords``: add and remove a brand's watched terms in the config file."""

from __future__ import annotations

from collections.abc import Callable

import click

from monitor.cli.app import App
from monitor.cli.edits import dry_run_option, editing, split_terms

# Exclusions start with "-": let them through as arguments instead of unknown options.
_TERMS = {"ignore_unknown_options": True}


@click.group()
def keywords() -> None:
    """Add and remove a brand's watched terms (edits the config file in place)."""


def _terms_command(f: Callable[..., None]) -> click.Command:
    """``--brand B TERM...`` where a TERM may start with "-" (an exclusion)."""
    f = click.pass_obj(dry_run_option(f))
    f = click.argument("terms", nargs=-1, required=True, type=click.UNPROCESSED)(f)
    f = click.option("--brand", required=True, help="The brand to edit.")(f)
    return keywords.command(context_settings=_TERMS)(f)


@_terms_command
def add(app: App, brand: str, terms: tuple[str, ...], dry_run: bool) -> None:
    """Watch more terms for a brand. Each TERM may be a whole query (see the README).

    \b
    Examples:
      repmon keywords add --brand Acme 'acme OR "acme coffee" -anvil'
      repmon keywords add --brand Acme @AcmeHelp '#acmecoffee' 'acme*' '-"acme anvil"'
    """
    from monitor.editing import add_terms

    wanted = [t for raw in terms for t in split_terms(raw)]
    with editing(app, dry_run=dry_run) as cfg:
        added, present = add_terms(cfg, brand, wanted)
    if dry_run:
        return
    if added:
        click.echo(f"Now watching for {brand}: {', '.join(added)}")
    if present:
        click.echo(f"Already watched: {', '.join(present)}")


@_terms_command
def remove(app: App, brand: str, terms: tuple[str, ...], dry_run: bool) -> None:
    """Stop watching terms; they are compared by meaning ("Acme Coffee" = acme coffee).

    \b
    Example:
      repmon keywords remove --brand Acme -anvil '"acme coffee"'
    """
    from monitor.editing import remove_terms

    wanted = [t for raw in terms for t in split_terms(raw)]
    with editing(app, dry_run=dry_run) as cfg:
        removed = remove_terms(cfg, brand, wanted)
    if not dry_run:
        click.echo(f"No longer watching for {brand}: {', '.join(removed)}")
