"""``repmon db``: schema migrations."""

from __future__ import annotations

import click

from monitor.cli.app import App


@click.group()
def db() -> None:
    """The database schema.

    \b
    Examples:
      repmon db upgrade
      REPMON_DATABASE_URL=postgresql+psycopg://repmon@db/repmon repmon db upgrade
    """


@db.command("upgrade")
@click.pass_obj
def upgrade_cmd(app: App) -> None:
    """Bring the database to the latest schema revision (stop the workers first).

    \b
    Example:
      repmon db upgrade
    """
    from monitor.schema import current, head, upgrade
    from monitor.storage import Database, database_url, redact

    database = Database(database_url(data_dir=app.resolved_data_dir, override=app.database_url))
    before = current(database)
    upgrade(database)
    after = current(database)
    where = redact(database.url)
    if before == after:
        click.echo(f"{where}: already at the latest revision {after}")
    else:
        click.echo(f"{where}: upgraded from {before or 'empty'} to {after} (latest {head()})")
