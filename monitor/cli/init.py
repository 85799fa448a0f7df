"""``repmon init``: write a commented starter config, then say what to run next.

The starter watches one brand through a local import file (``mentions.jsonl`` beside the
config, created empty: drop exports there) and the network sources that need no account
(Hacker News and an RSS news search), each commented with how to turn it off. A source kind
this install does not have is written commented out, so the file always validates.
Without a terminal to ask on, ``--brand`` is required (exit 2 naming it), never a hang.
"""

from __future__ import annotations

import shlex
import sys
import urllib.parse
from collections.abc import Collection
from pathlib import Path

import click
from click.core import ParameterSource

from monitor.cli.app import App

_HEAD = """\
# repmon configuration. Check it with:  repmon config validate
# Every field is documented in config/repmon.example.toml and the README.
# Secrets (API tokens, passwords) NEVER go in this file: a field that needs one names an
# environment variable instead (e.g. bearer_token_env = "X_BEARER_TOKEN").

# [storage]
# data_dir = "repmon-data"   # SQLite file and outbox, relative to this file

[[brands]]
name = {name}
# Terms: a word, word* (prefix), "a phrase", @handle, #tag, -word / -"a phrase" to exclude.
# Add more with:  repmon keywords add --brand {shell_name} 'word OR "a phrase" -exclusion'
keywords = [{keyword}]
timezone = {timezone}   # the digest's day and local times use this
# languages = ["en"]   # keep only these languages (ISO 639-1); default: all

[brands.voice]
follow_up_days = 7   # resolved complaints come back under "Follow-ups due" after this
"""

IMPORT_FILE = "mentions.jsonl"
_SOURCES = {
    "jsonl": """
# Mentions from an export file (JSON lines or CSV with id, text, created_at; see the README).
# Works offline; the file sits beside this config and starts empty.
{c}[[sources]]
{c}kind = "jsonl"
{c}name = "import"
{c}options = {{ path = "mentions.jsonl" }}
""",
    "hackernews": """
# Hacker News stories and comments that mention the brand (no account; needs the network).
# Offline, or not wanted? Add  enabled = false  below, or delete the block.
{c}[[sources]]
{c}kind = "hackernews"
""",
    "rss": """
# A news search feed for the brand (no account; needs the network). Google Alerts feeds
# work too: create an alert "deliver to: RSS feed" and add a source with its URL.
# Offline, or not wanted? Add  enabled = false  below, or delete the block.
{c}[[sources]]
{c}kind = "rss"
{c}options = {{ url = {feed} }}
""",
}


def _toml(value: str) -> str:
    import tomlkit

    return tomlkit.item(value).as_string()


def starter_config(*, name: str, keyword: str, timezone: str, kinds: Collection[str]) -> str:
    """The starter file; sources whose kind is not in ``kinds`` are commented out."""
    feed = "https://news.google.com/rss/search?q=" + urllib.parse.quote(f'"{name}"')
    text = _HEAD.format(name=_toml(name), shell_name=shlex.quote(name), keyword=_toml(keyword),
                        timezone=_toml(timezone))  # fmt: skip
    for kind, block in _SOURCES.items():
        missing = kind not in kinds
        if missing:
            text += f"\n# Not in this install yet: uncomment once the {kind!r} connector is."
        text += block.format(c="# " if missing else "", feed=_toml(feed))
    return text


@click.command()
@click.option("--brand", "name", help="The brand to watch (asked for on a terminal).")
@click.option("--keyword", help="A term to watch (default: the brand name).")
@click.option(
    "--timezone", default="UTC", show_default=True, help="IANA timezone, e.g. Europe/Helsinki."
)
@click.option("--force", is_flag=True, help="Overwrite an existing config file.")
@click.pass_context
def init(
    ctx: click.Context, name: str | None, keyword: str | None, timezone: str, force: bool
) -> None:
    """Write a commented starter config and say what to run next.

    \b
    Examples:
      repmon init --brand "Acme Coffee" --timezone Europe/Helsinki
      repmon --config ./repmon.toml init --brand Acme --keyword 'acme*'
    """
    from connectors import REGISTRY
    from monitor.config import load_settings
    from monitor.editing import write_atomically

    app: App = ctx.obj
    path = app.path
    name = name or _ask_brand()
    if path.exists() and not force:
        raise click.ClickException(f"{path} already exists; use --force to overwrite it")
    text = starter_config(name=name, keyword=keyword or name, timezone=timezone, kinds=REGISTRY)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.init")
    write_atomically(tmp, text.encode("utf-8"))
    try:
        load_settings(tmp, registry=REGISTRY)  # a bad --timezone is refused, nothing written
    except BaseException:
        tmp.unlink()
        raise
    tmp.replace(path)
    if "jsonl" in REGISTRY and not (path.parent / IMPORT_FILE).exists():
        (path.parent / IMPORT_FILE).touch()
    _next_steps(ctx, path, name)


def _ask_brand() -> str:
    """On a terminal, ask; otherwise (a script, CI) say which flag is missing: exit 2."""
    if not sys.stdin.isatty():
        raise click.UsageError(
            "no terminal to ask on: give the brand with --brand NAME "
            "(optional: --keyword TERM, --timezone Europe/Helsinki)"
        )
    answer: str = click.prompt("Brand name")
    return answer


def _next_steps(ctx: click.Context, path: Path, name: str) -> None:
    explicit = ctx.find_root().get_parameter_source("config_path") is ParameterSource.COMMANDLINE
    repmon = f"repmon --config {shlex.quote(str(path))}" if explicit else "repmon"
    brand = shlex.quote(name)
    click.echo(f"Wrote {path}: watching {name!r}.\n\nNext:")
    steps = [
        (f"{repmon} keywords add --brand {brand} '@handle OR \"a phrase\" -word'", "watch more"),
        (f"{repmon} match --brand {brand} 'a text to test'", "see which term matches it"),
        (f"{repmon} scan", f"fetch, score and store (exports go in {path.parent / IMPORT_FILE})"),
        (f"{repmon} inbox", "what needs an answer, highest priority first"),
    ]  # fmt: skip
    width = max(len(cmd) for cmd, _ in steps)
    for cmd, why in steps:
        click.echo(f"  {cmd.ljust(width)}   # {why}")
