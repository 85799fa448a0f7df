"""Schema migrations with Alembic; the migration scripts ship inside the package.

``repmon db upgrade`` brings any database to the latest revision. A new (empty) database
is created at the latest revision automatically, so a first ``repmon run`` just works; an
existing database that is behind is refused with the command that fixes it, since
upgrading a shared PostgreSQL under other running workers is an operator's decision.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.exc import SQLAlchemyError

from monitor.storage import Database, StorageError, redact

MIGRATION_LOCK = 0x7265706D6F6E  # "repmon"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head() -> str:
    revision = ScriptDirectory.from_config(_config()).get_current_head()
    assert revision is not None, "monitor/migrations has no revision"
    return revision


def current(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(db: Database, revision: str = "head") -> None:
    """Migrate to ``revision`` in one transaction (PostgreSQL and SQLite both run DDL in one)."""
    config = _config()
    try:
        with db.engine.begin() as conn:
            if conn.dialect.name == "postgresql":  # workers starting together migrate once
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    except SQLAlchemyError as e:
        raise StorageError(
            f"cannot migrate {redact(db.url)}: {getattr(e, 'orig', None) or e}"
        ) from e


@contextmanager
def _creating(db: Database) -> Iterator[None]:
    """One process at a time creates a new SQLite database's tables (an ``flock`` beside the
    file; the kernel drops it if the process dies). PostgreSQL serialises in ``upgrade``."""
    from monitor.single import sqlite_path

    path = sqlite_path(db)
    if path is None:
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path.with_name(path.name + ".schema-lock"), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _is_empty(db: Database) -> bool:
    return not inspect(db.engine).get_table_names()


def ensure_current(db: Database) -> None:
    """Create a new database at the latest revision; refuse one that is behind.

    Two first runs at once are safe: creation happens under a lock and the second process,
    once it has the lock, finds the tables made and only checks the revision."""
    try:
        if _is_empty(db):
            with _creating(db):
                if _is_empty(db):
                    upgrade(db)
                    return
        at = current(db)
    except SQLAlchemyError as e:
        raise StorageError(
            f"cannot open database {redact(db.url)}: {getattr(e, 'orig', None) or e}"
        ) from e
    if at is None and _matches_models(db):
        _stamp(db)  # made by create_all (tests, a first version): adopt it as the latest
        return
    if at != head():
        raise StorageError(
            f"database {redact(db.url)} is at schema revision {at or 'none'}, this version needs "
            f"{head()}: run `repmon db upgrade` (stop the workers first)"
        )


def _matches_models(db: Database) -> bool:
    from alembic.autogenerate import compare_metadata
    from sqlmodel import SQLModel

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return not compare_metadata(context, SQLModel.metadata)


def _stamp(db: Database) -> None:
    config = _config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.stamp(config, "head")
