"""``repmon brands``: the watched brands, edited in the config file."""

from __future__ import annotations

import click

from monitor.cli.app import App
from monitor.cli.edits import dry_run_option, editing, split_terms
from monitor.cli.output import echo_json, table


@click.group()
def brands() -> None:
    """List, show, add and remove watched brands (edits the config file in place)."""


@brands.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def list_brands(app: App, as_json: bool) -> None:
    """List the watched brands.

    \b
    Example:
      repmon brands list --json
    """
    found = app.settings.brands
    if as_json:
        echo_json([b.model_dump(mode="json") for b in found])
        return
    rows = [
        (b.name, b.timezone, len(b.keywords) + len(b.handles) + len(b.exclude),
         ",".join(b.languages) or "all", f"{b.voice.follow_up_days}d")
        for b in found
    ]  # fmt: skip
    headers = ("BRAND", "TIMEZONE", "TERMS", "LANGUAGES", "FOLLOW-UP")
    click.echo(table(headers, rows, widths=(24, 20, 5, 10, 9)))


@brands.command()
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def show(app: App, name: str, as_json: bool) -> None:
    """Show one brand: its terms, language filter, timezone and follow-up delay.

    \b
    Example:
      repmon brands show "Acme Coffee"
    """
    brand = app.settings.brand(name)
    if as_json:
        echo_json(brand.model_dump(mode="json"))
        return
    click.echo(f"{brand.name}  ({brand.timezone})")
    for label, values in (("keywords", brand.keywords), ("handles", brand.handles),
                          ("exclude", brand.exclude)):  # fmt: skip
        click.echo(f"  {label + ':':<10} {', '.join(values) or '-'}")
    click.echo(f"  {'languages:':<10} {', '.join(brand.languages) or 'all'}")
    click.echo(f"  {'follow-up:':<10} {brand.voice.follow_up_days} days after resolving")
    click.echo(f"  {'digest:':<10} {', '.join(brand.digest.recipients) or 'no recipients'}")


@brands.command()
@click.argument("name")
@click.argument("terms", nargs=-1)
@click.option("--timezone", help="IANA timezone for its digest day, e.g. Europe/Helsinki.")
@click.option(
    "--language",
    "languages",
    multiple=True,
    help="Keep only this language (ISO 639-1; repeatable).",
)
@click.option(
    "--follow-up-days", type=click.IntRange(1, 90), help="Days from resolving to the follow-up."
)
@dry_run_option
@click.pass_obj
def add(
    app: App, name: str, terms: tuple[str, ...], timezone: str | None,
    languages: tuple[str, ...], follow_up_days: int | None, dry_run: bool,
) -> None:  # fmt: skip
    """Add a brand, watching TERMS (default: its name as a phrase).

    \b
    Examples:
      repmon brands add "Acme Coffee" 'acme OR "acme coffee" -anvil' @AcmeHelp
      repmon brands add Parcelly --timezone Asia/Dhaka --language en --language bn
    """
    from monitor.editing import add_brand

    watched = [t for raw in terms or (name,) for t in split_terms(raw)]
    with editing(app, dry_run=dry_run) as cfg:
        add_brand(
            cfg, name=name, terms=watched, timezone=timezone, languages=languages,
            follow_up_days=follow_up_days,
        )  # fmt: skip
    if not dry_run:
        click.echo(f"Added brand {name!r} watching {', '.join(watched)} to {app.path}")


@brands.command()
@click.argument("name")
@dry_run_option
@click.pass_obj
def remove(app: App, name: str, dry_run: bool) -> None:
    """Stop watching a brand (its stored mentions are kept).

    \b
    Example:
      repmon brands remove "Acme Coffee"
    """
    from monitor.editing import remove_brand

    with editing(app, dry_run=dry_run) as cfg:
        remove_brand(cfg, name)
    if not dry_run:
        click.echo(f"Removed brand {name!r} from {app.path}")
