"""The ``repmon`` command line. One module per command group; this one wires them up.

Errors we raise on purpose (``RepmonError``) are printed as one clear message with a
non-zero exit, never a traceback.
"""

from __future__ import annotations

import logging
import sys

import click

from monitor import __version__
from monitor.cli.app import App
from monitor.cli.brands import brands
from monitor.cli.config_cmd import config
from monitor.cli.db import db
from monitor.cli.digest import digest
from monitor.cli.inbox import export, inbox, mark_cmd
from monitor.cli.init import init
from monitor.cli.keywords import keywords
from monitor.cli.match import match
from monitor.cli.outbox import outbox
from monitor.cli.run import run
from monitor.cli.scan import scan
from monitor.cli.score import score
from monitor.cli.sources import sources
from monitor.cli.sources_edit import add_source_cmd, remove_source_cmd
from monitor.cli.status import status
from monitor.cli.suggest import suggest
from monitor.cli.train import train
from monitor.errors import ConfigError, RepmonError

EXIT_CONFIG = 2


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="repmon")
@click.option(
    "--config", "config_path", type=click.Path(dir_okay=False), envvar="REPMON_CONFIG",
    help="Config file (default: $REPMON_CONFIG, else repmon.toml in the user config dir).",
)  # fmt: skip
@click.option(
    "--database-url",
    help="sqlite:///PATH or postgresql+psycopg://... (default: $REPMON_DATABASE_URL, else "
    "SQLite in the data dir; the demo ignores $REPMON_DATABASE_URL).",
)  # fmt: skip
@click.option(
    "--data-dir", type=click.Path(file_okay=False), help="Where the SQLite file and outbox live."
)
@click.option(
    "--demo", is_flag=True, help="Use the bundled demo config and ./repmon-demo (any command)."
)
@click.option("-v", "--verbose", is_flag=True, help="Log what each source does.")
@click.pass_context
def cli(
    ctx: click.Context, config_path: str | None, database_url: str | None,
    data_dir: str | None, demo: bool, verbose: bool,
) -> None:  # fmt: skip
    """Watch what people say about your brands and answer the angry ones first.

    \b
    Try it without any account:
      repmon scan --demo
      repmon --demo inbox              # what needs an answer in the demo data
      repmon --demo inbox show ID      # one mention with its suggested replies
    """
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    ctx.obj = App(config_path=config_path, database_url=database_url, data_dir=data_dir)
    if demo:
        ctx.obj.use_demo()


cli.add_command(scan)
cli.add_command(score)
cli.add_command(config)
cli.add_command(sources)
for command in (init, brands, keywords, match, inbox, mark_cmd, export):
    cli.add_command(command)
sources.add_command(add_source_cmd)
sources.add_command(remove_source_cmd)
cli.add_command(digest)
cli.add_command(suggest)
cli.add_command(outbox)
cli.add_command(run)
cli.add_command(status)
cli.add_command(db)
cli.add_command(train)


def main() -> None:
    from dotenv import load_dotenv

    load_dotenv()  # secrets may come from a .env file; the environment wins
    try:
        code = cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except ConfigError as e:
        click.echo(f"error: invalid configuration\n{e}", err=True)
        sys.exit(EXIT_CONFIG)
    except RepmonError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
