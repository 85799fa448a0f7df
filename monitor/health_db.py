"""Read-only database access for ``repmon status``: the DB-API driver and plain SQL.

``repmon status`` is what a monitoring check runs every minute, and importing SQLAlchemy and
SQLModel alone costs more than the whole command may. Status reads a few columns of six
tables, so it talks to the driver directly (``sqlite3``, or ``psycopg`` for PostgreSQL)
over a connection that cannot write (``mode=ro`` for SQLite, a read-only session for
PostgreSQL). The tables stay defined once, in ``monitor.models`` and the migrations; the
status tests run these queries on databases the migrations made, on both backends, so a
renamed column fails there. Queries use ``?`` placeholders; ``Reader`` adapts them.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from monitor.errors import RepmonError
from monitor.timeutil import parse_timestamp

MIGRATIONS = Path(__file__).resolve().parent / "migrations" / "versions"
_SQLITE_STAMP = "%Y-%m-%d %H:%M:%S.%f"  # how the ORM's DateTime stores a value in SQLite
_REVISION = re.compile(r"""^(down_)?revision\s*(?::[^=]*)?=\s*["']?([\w]*)["']?""", re.M)


class ReadError(RepmonError):
    """The database could not be read; the message names it without its password."""


def hide_password(url: str) -> str:
    """``url`` with its password masked, as the ORM would print it."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    return url.replace(parts.netloc, f"{user}:***@{parts.netloc.rpartition('@')[2]}", 1)


def url_password(url: str) -> list[str]:
    """The password in ``url`` (as written and decoded), for ``monitor.redact.remember``."""
    try:
        password = urlsplit(url).password
    except ValueError:
        return []
    return [password, unquote(password)] if password else []


def sqlite_file(url: str) -> Path | None:
    """The file of a plain ``sqlite:///PATH`` URL; None for anything else."""
    if not url.startswith("sqlite:///") or "?" in url:
        return None
    path = url[len("sqlite:///") :]
    return Path(path) if path and path != ":memory:" else None


def is_plain(url: str) -> bool:
    """A URL this module opens itself: a SQLite file or a psycopg PostgreSQL URL. Anything
    else goes the ORM's way, which explains what is wrong with it."""
    if any(ord(c) < 32 or c.isspace() for c in url):
        return False
    if sqlite_file(url) is not None:
        return True
    if not url.startswith(("postgresql+psycopg://", "postgresql://")):
        return False
    try:
        port = urlsplit(url).port
    except ValueError:
        return False
    return port is None or 1 <= port <= 65535


def head_revision() -> str:
    """The newest migration: the one no other migration names as its ``down_revision``."""
    found: dict[str, str | None] = {}
    for path in MIGRATIONS.glob("*.py"):
        text = path.read_text("utf-8")
        values = {bool(m[1]): m[2] for m in _REVISION.finditer(text) if m[2] not in ("", "None")}
        if values.get(False):
            found[str(values[False])] = values.get(True)
    heads = set(found) - {down for down in found.values() if down}
    if len(heads) != 1:
        raise ReadError(f"monitor/migrations has {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


class Reader:
    """One read-only connection; ``rows`` runs one query, ``when`` reads one timestamp."""

    def __init__(self, conn: Any, dialect: str, url: str) -> None:
        self.conn, self.dialect, self.url = conn, dialect, url
        self.errors = _driver_errors(url)

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        if self.dialect == "postgresql":
            sql = sql.replace("?", "%s")
        values = [self.bind(p) for p in params]
        try:
            return [tuple(r) for r in self.conn.execute(sql, values).fetchall()]
        except self.errors as e:
            raise ReadError(f"cannot read database {hide_password(self.url)}: {e}") from e

    def one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.rows(sql, params)[0][0]

    def bind(self, value: Any) -> Any:
        """A datetime as the column holds it: naive UTC text in SQLite, aware in PostgreSQL."""
        if isinstance(value, datetime) and self.dialect == "sqlite":
            return value.astimezone(UTC).strftime(_SQLITE_STAMP)
        return value

    @staticmethod
    def when(value: Any) -> datetime | None:
        """A stored timestamp as tz-aware UTC (SQLite gives text, PostgreSQL aware values)."""
        return None if value is None else parse_timestamp(value)

    def revision(self) -> str | None:
        """The schema revision the database is at; None when it has no version table."""
        try:
            found = self.rows("SELECT version_num FROM alembic_version")
        except ReadError:
            return None
        return str(found[0][0]) if found else None


@contextmanager
def read_only(url: str) -> Iterator[Reader]:
    """A ``Reader`` on ``url`` (a URL ``is_plain`` accepts), closed afterwards."""
    try:
        conn, dialect = _connect(url)
    except _driver_errors(url) as e:
        raise ReadError(f"cannot open database {hide_password(url)}: {e}") from e
    try:
        yield Reader(conn, dialect, url)
    finally:
        conn.close()


def _driver_errors(url: str) -> tuple[type[Exception], ...]:
    if sqlite_file(url) is not None:
        return (sqlite3.Error,)
    import psycopg

    return (psycopg.Error,)


def _connect(url: str) -> tuple[Any, str]:
    path = sqlite_file(url)
    if path is not None:
        if not path.exists():  # sqlite would create it; status never writes
            raise sqlite3.OperationalError("no such file")
        uri = f"{path.resolve().as_uri()}?mode=ro"
        return sqlite3.connect(uri, uri=True, timeout=30.0), "sqlite"
    import psycopg

    conn = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://", 1))
    conn.read_only = True
    return conn, "postgresql"
