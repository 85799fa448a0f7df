"""Counts per filter value for the inbox: how many mentions each choice would show.

Each filter's counts keep the other filters ("refund (12)" with brand Acme chosen counts
Acme's refunds). Rather than one query per filter and filter set, one grouped scan counts
every combination of (status, needs reply, brand, source, type, language, answer now) and
each filter's counts are summed from those groups here; a few thousand groups at most.

On a million mentions that scan takes seconds, so the result is cached per assignee
filter and refreshed in the background once older than ``ttl`` (stale-while-revalidate):
a page waits for it at most ``WAIT`` seconds the very first time, and shows no counts
until it is done. After a change (a status moved) the
counts are refreshed at once when the scan is cheap, else in the background.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import case, func, select
from sqlmodel import col

from monitor.config import Brand
from monitor.models import Assignment, Mention, Status
from monitor.storage import Database
from monitor.web.queries import Filters, answer_now

TTL = 30.0
CHEAP = 0.2  # seconds: a scan this fast is redone at once after a change
WAIT = 0.5  # seconds a page waits for the very first scan before showing no counts
Group = tuple[str, bool, str, str, str, str, bool, int]
FACETS = (("status", 0), ("brand", 2), ("source", 3), ("type", 4), ("language", 5))


def scan(db: Database, *, brands: Sequence[Brand], assigned: str | None) -> list[Group]:
    now_flag = case((answer_now(brands), True), else_=False)
    columns: tuple[Any, ...] = (
        col(Mention.status), col(Mention.needs_reply), col(Mention.brand), col(Mention.source),
        col(Mention.complaint_type), col(Mention.language), now_flag,
    )  # fmt: skip
    stmt = select(*columns, func.count()).select_from(Mention)
    if assigned is not None:
        stmt = stmt.join(Assignment, col(Assignment.mention_id) == col(Mention.id)).where(
            col(Assignment.user_name) == assigned
        )
    with db.session() as session:
        rows = session.execute(stmt.group_by(*columns)).all()
    return [(str(r[0]), bool(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]), bool(r[6]),
             int(r[7])) for r in rows]  # fmt: skip


def _keeps(g: Group, f: Filters, skip: str) -> bool:
    if skip != "status" and g[0] != f.status:
        return False
    if g[0] == Status.NEW.value and not g[1] and not f.everything:
        return False  # the inbox shows only new mentions that need a reply
    for name, index in FACETS[1:]:
        value = getattr(f, name)
        if name != skip and value is not None and g[index] != value:
            return False
    return not (f.answer_now and skip != "answer_now" and not g[6])


def tally(groups: Sequence[Group], f: Filters) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, index in FACETS:
        counts: dict[str, int] = {}
        for g in groups:
            if _keeps(g, f, name):
                value = str(g[index])
                counts[value] = counts.get(value, 0) + g[7]
        out[name] = counts
    now = replace(f, answer_now=True)
    out["answer_now"] = sum(g[7] for g in groups if _keeps(g, now, ""))
    return out


@dataclass
class _Entry:
    at: float
    took: float
    groups: list[Group]
    stale: bool = False
    tallies: dict[Filters, dict[str, Any]] = field(default_factory=dict)

    def tally(self, f: Filters) -> dict[str, Any]:
        """Summed once per filter set: thousands of groups cost tens of milliseconds."""
        found = self.tallies.get(f)
        if found is None:
            found = tally(self.groups, f)
            if len(self.tallies) < 512:
                self.tallies[f] = found
        return found


class CountsCache:
    """Grouped counts per assignee filter; thread-safe, one scan at a time per key."""

    def __init__(self, *, ttl: float = TTL) -> None:
        self.ttl = ttl
        self._entries: dict[str | None, _Entry] = {}
        self._lock = threading.Lock()
        self._running: dict[str | None, threading.Event] = {}
        self._key_locks: dict[str | None, threading.Lock] = {}

    def get(
        self, db: Database, f: Filters, *, brands: Sequence[Brand], wait: float = WAIT
    ) -> dict[str, Any] | None:
        """The counts, or ``None`` while the first scan of a large database still runs."""
        key = f.assigned
        with self._lock:
            entry = self._entries.get(key)
        if entry is not None and entry.stale and entry.took < CHEAP:
            entry = self._refresh(db, key, brands)
        elif entry is None:
            running = key in self._running
            done = self._background(db, key, brands)
            done.wait(0 if running else wait)  # only the request that started it waits
            with self._lock:
                entry = self._entries.get(key)
            if entry is None:
                return None
        elif entry.stale or time.monotonic() - entry.at > self.ttl:
            self._background(db, key, brands)
        return entry.tally(f)

    def warm(self, db: Database, *, brands: Sequence[Brand]) -> None:
        """Start the first scan in the background, so the first page does not wait for it."""
        self._background(db, None, brands)

    def _refresh(self, db: Database, key: str | None, brands: Sequence[Brand]) -> _Entry:
        with self._lock:
            key_lock = self._key_locks.setdefault(key, threading.Lock())
        with key_lock:  # concurrent first requests wait for one scan instead of each scanning
            with self._lock:
                entry = self._entries.get(key)
            if entry is not None and not entry.stale and time.monotonic() - entry.at < self.ttl:
                return entry
            started = time.monotonic()
            groups = scan(db, brands=brands, assigned=key)
            entry = _Entry(time.monotonic(), time.monotonic() - started, groups)
            with self._lock:
                if len(self._entries) > 256:
                    self._entries.clear()
                self._entries[key] = entry
            return entry

    def _background(
        self, db: Database, key: str | None, brands: Sequence[Brand]
    ) -> threading.Event:
        """Start a scan unless one runs; the event is set when the running scan ends."""
        with self._lock:
            done = self._running.get(key)
            if done is not None:
                return done
            done = self._running[key] = threading.Event()

        def run() -> None:
            try:
                self._refresh(db, key, brands)
            finally:
                with self._lock:
                    self._running.pop(key, None)
                done.set()

        threading.Thread(target=run, name="repmon-web-counts", daemon=True).start()
        return done

    def clear(self) -> None:
        """Mark every entry stale: something changed."""
        with self._lock:
            for entry in self._entries.values():
                entry.stale = True
