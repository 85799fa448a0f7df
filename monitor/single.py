"""SQLite mode is single-process: a lock file beside the database proves it.

SQLite takes one writer at a time and has no row locks to share partitions with, so a
second ``repmon run`` on the same file would only fight the first for the write lock. The
lock is an ``flock`` on ``<database>.lock``; the kernel drops it when the process dies, even
by SIGKILL, so a stale file never blocks a restart.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import make_url

from monitor.errors import RepmonError
from monitor.storage import Database


class AlreadyRunning(RepmonError):
    """Another ``repmon run`` holds this SQLite database."""


def sqlite_path(db: Database) -> Path | None:
    url = make_url(db.url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


@contextmanager
def single_process(db: Database) -> Iterator[None]:
    """Hold the lock for a SQLite database; PostgreSQL needs none (it has leases)."""
    path = sqlite_path(db)
    if path is None:
        yield
        return
    lock = path.with_name(path.name + ".lock")
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
            raise AlreadyRunning(
                f"another `repmon run` (pid {holder}) is using {path}. SQLite is single-process: "
                "run one worker, or set REPMON_DATABASE_URL to a PostgreSQL database to run "
                "several workers"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)  # closing releases the flock
