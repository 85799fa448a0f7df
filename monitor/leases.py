"""Partition leases: with several workers on one database, one polls a partition at a time.

A lease is two columns on ``source_state`` (``lease_owner``, ``lease_until``), taken with one
conditional ``UPDATE``: it matches only when the row is free, already ours, or its lease ran
out. PostgreSQL re-checks that condition on the row after a concurrent update commits, and
SQLite takes one writer at a time, so exactly one worker's update hits the row. A worker
that dies (SIGKILL, power loss) simply stops renewing; ``ttl`` later another takes over.

``min_gap`` makes the claim also answer "is it due?": a partition attempted less than
``min_gap`` ago (by any worker) is not claimed, so N workers firing the same job poll each
partition once per interval between them, not N times.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import or_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import col

from monitor.models import SourceState
from monitor.runner import Partition
from monitor.storage import Database
from monitor.timeutil import utcnow


def worker_id() -> str:
    """Unique per process, readable in ``repmon status``: ``host:pid:random``."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class Leases:
    """Claims, renews and releases partition leases for one worker (``owner``)."""

    def __init__(
        self, db: Database, *, owner: str, ttl: timedelta,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:  # fmt: skip
        self.db, self.owner, self.ttl, self.clock = db, owner, ttl, clock

    def _ensure_row(self, source: str, brand: str) -> None:
        insert = sqlite.insert if self.db.engine.dialect.name == "sqlite" else postgresql.insert
        row = {"source": source, "brand": brand, "error_count": 0, "updated_at": self.clock()}
        with self.db.session() as session, session.begin():
            session.execute(insert(SourceState).values(**row).on_conflict_do_nothing())

    def claim(self, source: str, brand: str, *, min_gap: timedelta | None = None) -> bool:
        """Take the partition unless a live worker holds it (or it is not due yet)."""
        self._ensure_row(source, brand)
        now = self.clock()
        free = or_(
            col(SourceState.lease_owner).is_(None),
            col(SourceState.lease_owner) == self.owner,
            col(SourceState.lease_until) < now,
        )
        stmt = (
            update(SourceState)
            .where(col(SourceState.source) == source, col(SourceState.brand) == brand, free)
            .values(lease_owner=self.owner, lease_until=now + self.ttl, last_attempt_at=now)
        )
        if min_gap is not None:
            due = or_(
                col(SourceState.last_attempt_at).is_(None),
                col(SourceState.last_attempt_at) <= now - min_gap,
            )
            stmt = stmt.where(due)
        with self.db.session() as session, session.begin():
            return bool(session.execute(stmt).rowcount == 1)  # type: ignore[attr-defined]

    def renew(self, source: str, brand: str) -> None:
        """Push our lease forward (after each page), so a long scan keeps it."""
        self._set(source, brand, until=self.clock() + self.ttl)

    def release(self, source: str, brand: str) -> None:
        self._set(source, brand, until=None)

    def _set(self, source: str, brand: str, *, until: datetime | None) -> None:
        owner = self.owner if until is not None else None
        stmt = (
            update(SourceState)
            .where(col(SourceState.source) == source, col(SourceState.brand) == brand)
            .where(col(SourceState.lease_owner) == self.owner)
            .values(lease_owner=owner, lease_until=until)
        )
        with self.db.session() as session, session.begin():
            session.execute(stmt)


class ScanLeases:
    """The runner's ``PartitionLease`` hook over ``Leases``; ``min_gap`` per source key."""

    def __init__(
        self, leases: Leases, *, min_gap: Callable[[str], timedelta | None] = lambda _: None
    ) -> None:
        self.leases, self.min_gap = leases, min_gap

    def claim(self, part: Partition) -> bool:
        key = part.source.key
        return self.leases.claim(key, part.brand, min_gap=self.min_gap(key))

    def renew(self, part: Partition) -> None:
        self.leases.renew(part.source.key, part.brand)

    def release(self, part: Partition) -> None:
        self.leases.release(part.source.key, part.brand)
