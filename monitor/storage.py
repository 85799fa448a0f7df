"""The database: engine set-up, the per-page write, and source state.

SQLite by default (a file in the data dir); PostgreSQL when ``REPMON_DATABASE_URL`` (or
``--database-url``) is a ``postgresql+psycopg://`` URL. ``save_page`` writes a page's
mentions, its edits, its quarantined items and the cursor that covers them in one
transaction, with one bulk ``INSERT ... ON CONFLICT DO NOTHING``: a repeated fetch stores
nothing twice. When the database refuses the bulk insert, the page is inserted row by row
(a savepoint each) and only the refused rows go to the quarantine.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import ConnectionPoolEntry
from sqlmodel import Session, SQLModel, create_engine, select

from monitor.bulk import decoded, insert_sqlite
from monitor.errors import ConfigError, Problem, RepmonError
from monitor.models import Mention, SourceState
from monitor.post_edits import Failed, Saved, apply_edits, refused
from monitor.quarantine import Held, held_row, hold
from monitor.redact import redact as redact_secrets

DATABASE_URL_ENV = "REPMON_DATABASE_URL"


class StorageError(RepmonError):
    """The database could not be reached or refused a write."""


def database_url(
    *, data_dir: Path, override: str | None = None, use_env: bool = True,
    field: str = DATABASE_URL_ENV,
) -> str:  # fmt: skip
    """The URL to use: ``override``, else ``$REPMON_DATABASE_URL``, else SQLite in data_dir.
    A URL that cannot work is refused here with a message naming ``field``."""
    url = (override or "").strip() or (
        os.environ.get(DATABASE_URL_ENV, "").strip() if use_env else ""
    )
    if override and override.strip():
        field = field if field != DATABASE_URL_ENV else "--database-url"
    if url:
        return check_url(url, field=field)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        why = "a file is in the way" if isinstance(e, FileExistsError | NotADirectoryError) else (
            e.strerror or str(e))  # fmt: skip
        problem = Problem("storage.data_dir", f"cannot create {data_dir}: {why}")
        raise ConfigError([problem]) from None
    return f"sqlite:///{data_dir / 'repmon.db'}"


_HINT = "use sqlite:///PATH or postgresql+psycopg://USER@HOST:PORT/DATABASE"


def check_url(url: str, *, field: str = DATABASE_URL_ENV) -> str:
    """``url`` normalised (``postgresql://`` -> ``+psycopg``), or a ``ConfigError``."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    def refuse(message: str) -> ConfigError:
        return ConfigError([Problem(field, message)])

    if not url.startswith(("sqlite://", "postgresql+psycopg://", "postgresql://")):
        raise refuse(_HINT)
    if any(ord(c) < 32 or c.isspace() for c in url):
        raise refuse(f"contains a space or a control character; {_HINT}")
    url = url.replace("postgresql://", "postgresql+psycopg://", 1)
    try:
        parsed = make_url(url)
        port = parsed.port
    except (ArgumentError, ValueError):
        raise refuse(
            "the host or port cannot be read: put an IPv6 host in brackets ([::1]) and use a "
            "number for the port (postgresql+psycopg://repmon@db.internal:5432/repmon)"
        ) from None
    if port is not None and not 1 <= port <= 65535:
        raise refuse(f"port {port} is not between 1 and 65535")
    if parsed.get_backend_name() == "sqlite" and (parsed.host or parsed.username or port):
        raise refuse(
            "a sqlite URL has no host: use sqlite:///repmon.db (relative, three slashes) or "
            "sqlite:////var/lib/repmon/repmon.db (absolute, four)"
        )
    if parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:"):
        raise refuse(
            "sqlite:// without a path is an in-memory database: nothing would be kept and "
            "alerts would stay pending forever; use sqlite:///repmon.db (relative) or "
            "sqlite:////var/lib/repmon/repmon.db (absolute), or unset it for the data dir"
        )
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=30000")  # first: switching to WAL takes a lock too
    cursor.execute("PRAGMA journal_mode=WAL")  # readers do not block the writer
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return redact_secrets(url)


class Database:
    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.engine: Engine = create_engine(url, pool_pre_ping=True)
        except (ArgumentError, ValueError, ImportError) as e:
            problem = Problem(DATABASE_URL_ENV, f"cannot use {redact(url)}: {e}")
            raise ConfigError([problem]) from None
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._insert = sqlite.insert if self.engine.dialect.name == "sqlite" else postgresql.insert

    def create_all(self) -> None:
        try:
            SQLModel.metadata.create_all(self.engine)
        except SQLAlchemyError as e:
            raise StorageError(
                f"cannot open database {redact(self.url)}: {getattr(e, 'orig', None) or e}"
            ) from e

    @contextmanager
    def session(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    def save_page(
        self, *, source: str, brand: str, rows: Sequence[Mapping[str, Any]],
        cursor: str | None, now: datetime, held: Sequence[Held] = (),
    ) -> Saved:  # fmt: skip
        """Insert new mentions, apply edits, quarantine ``held`` and the rows the database
        refuses, and move the cursor: all in one transaction."""
        saved = Saved()
        with self.session() as session, session.begin():
            self._begin(session)
            failed: Failed = []
            edits = [decoded([r])[0] if r.get("edited_at") else r for r in rows]
            rows = apply_edits(session.connection(), edits, saved, failed)
            failed += self._insert_rows(session, rows, saved)
            items = [*held, *(held_row(row, error) for row, error in failed)]
            saved.quarantined = hold(session, source=source, partition=brand, items=items,
                                     now=now)  # fmt: skip
            if cursor is not None:
                state = self._state(session, source, brand)
                state.cursor, state.updated_at, state.cursor_at = cursor, now, now
        return saved

    def _begin(self, session: Session) -> None:
        """Open the SQLite transaction now: the driver would open it only at the first
        write, and a savepoint taken before that would commit on release. IMMEDIATE takes
        the write lock up front, so two writers wait rather than deadlock."""
        dbapi = session.connection().connection.dbapi_connection
        if self.engine.dialect.name == "sqlite" and not getattr(dbapi, "in_transaction", True):
            session.connection().exec_driver_sql("BEGIN IMMEDIATE")

    def _insert_rows(
        self, session: Session, rows: Sequence[Mapping[str, Any]], saved: Saved
    ) -> Failed:
        """One bulk insert; if the database refuses it, row by row, so only the rows it
        refuses are returned (with the reason) for the quarantine."""
        if not rows:
            return []
        table = Mention.__table__  # type: ignore[attr-defined]
        # a Core insert: the ORM's bulk path re-processes every row for nothing here
        stmt = (
            self._insert(table)
            .on_conflict_do_nothing(index_elements=["source", "external_id", "brand"])
            .returning(table.c.id)
        )
        conn = session.connection()
        try:
            with conn.begin_nested():
                if self.engine.dialect.name == "sqlite":
                    saved.new_ids += insert_sqlite(conn, table, rows)
                else:
                    saved.new_ids += [r[0] for r in conn.execute(stmt, decoded(rows))]
            return []
        except (SQLAlchemyError, ValueError, OverflowError, TypeError):
            pass  # one bad row: find it below
        rows = decoded(rows)
        failed: Failed = []
        for row in rows:
            try:
                with conn.begin_nested():
                    saved.new_ids += [r[0] for r in conn.execute(stmt, [row])]
            except (SQLAlchemyError, ValueError, OverflowError) as e:
                failed.append((row, refused(e)))
        return failed

    def _state(self, session: Session, source: str, brand: str) -> SourceState:
        state = session.get(SourceState, (source, brand))
        if state is None:
            state = SourceState(source=source, brand=brand)
            session.add(state)
        return state

    def state(self, source: str, brand: str) -> SourceState | None:
        with self.session() as session:
            return session.get(SourceState, (source, brand))

    def states(self) -> list[SourceState]:
        with self.session() as session:
            return list(session.exec(select(SourceState).order_by(SourceState.source)))

    def record_success(self, *, source: str, brand: str, now: datetime) -> None:
        with self.session() as session, session.begin():
            state = self._state(session, source, brand)
            state.last_success_at, state.error_count = now, 0
            state.rate_limited_until, state.updated_at = None, now

    def record_error(
        self, *, source: str, brand: str, message: str, now: datetime,
        retry_after: float | None = None,
    ) -> None:  # fmt: skip
        """Store a source's failure; secrets are masked here, the one door errors go through."""
        with self.session() as session, session.begin():
            state = self._state(session, source, brand)
            state.last_error, state.last_error_at = redact_secrets(message)[:2000], now
            state.error_count += 1
            state.updated_at = now
            if retry_after is not None:
                state.rate_limited_until = now + timedelta(seconds=retry_after)

    def count_mentions(self, *, brand: str | None = None) -> int:
        from sqlalchemy import func

        with self.session() as session:
            stmt = select(func.count()).select_from(Mention)
            if brand is not None:
                stmt = stmt.where(Mention.brand == brand)
            return int(session.exec(stmt).one())

    def known(self, keys: Sequence[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
        """Which of these ``(source, external_id, brand)`` keys are stored already."""
        if not keys:
            return set()
        from sqlalchemy import tuple_

        with self.session() as session:
            stmt = select(Mention.source, Mention.external_id, Mention.brand).where(
                tuple_(Mention.source, Mention.external_id, Mention.brand).in_(list(keys))
            )
            return {(s, e, b) for s, e, b in session.exec(stmt)}

    def brands_of(self, source: str, external_id: str) -> list[str]:
        """The brands a post is stored for (an edit updates each of their rows)."""
        with self.session() as session:
            stmt = select(Mention.brand).where(
                Mention.source == source, Mention.external_id == external_id
            )
            return sorted(session.exec(stmt))

    def mentions(self, ids: Sequence[int]) -> list[Mention]:
        if not ids:
            return []
        with self.session() as session:
            stmt = select(Mention).where(Mention.id.in_(ids))  # type: ignore[union-attr]
            return list(session.exec(stmt))
