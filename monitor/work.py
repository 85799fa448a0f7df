"""What ``repmon run`` does on each tick: the bodies of the scheduled jobs, for one worker.

Every job is safe to run on several workers at once: polls go through partition leases,
digests and alerts through the outbox's idempotency keys. A job that fails is logged and
recorded (on its source, else on this worker's row), never raised into the scheduler; when
the database itself is down the error is kept in memory and written once it is back.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from connectors.base import Connector
from monitor import sends
from monitor.config import Settings, Source
from monitor.errors import RepmonError
from monitor.leases import Leases, ScanLeases, worker_id
from monitor.models import WorkerState
from monitor.redact import redact
from monitor.runner import Scan, ScanReport, partitions
from monitor.scoring import DefaultScorer, Scorer
from monitor.sends import Senders
from monitor.storage import Database
from monitor.timeutil import parse_duration, utcnow

log = logging.getLogger(__name__)
DUE_FRACTION = 0.5  # a partition attempted within half its interval is not polled again


def interval(source: Source, registry: Mapping[str, type[Connector[Any]]]) -> timedelta:
    return source.interval_or(registry[source.kind].default_interval)


class Work:
    """One worker's jobs over one database; ``stop`` ends them after the current page."""

    def __init__(
        self, settings: Settings, db: Database, *, registry: Mapping[str, type[Connector[Any]]],
        env: Mapping[str, str], base_dir: Path, stop: threading.Event | None = None,
        clock: Callable[[], datetime] = utcnow, owner: str | None = None,
        senders: Senders | None = None,
    ) -> None:  # fmt: skip
        self.settings, self.db, self.registry, self.env = settings, db, registry, env
        self.base_dir, self.clock, self.senders = base_dir, clock, senders
        self.stop = stop or threading.Event()
        self.owner = owner or worker_id()
        ttl = parse_duration(settings.run.lease)
        self.leases = Leases(db, owner=self.owner, ttl=ttl, clock=clock)
        self.scorer: Scorer = DefaultScorer()
        self._unrecorded: list[tuple[datetime, str]] = []
        self._lock = threading.Lock()
        self.started_at = clock()

    def min_gap(self, key: str) -> timedelta:
        return interval(self.settings.source(key), self.registry) * DUE_FRACTION

    def poll(self, key: str) -> ScanReport:
        """Poll one configured source's partitions that are due and not held elsewhere."""
        scan = Scan(
            self.settings, self.db, registry=self.registry, scorer=self.scorer, env=self.env,
            now=self.clock(), base_dir=self.base_dir, stop=self.stop,
            lease=ScanLeases(self.leases, min_gap=self.min_gap),
        )  # fmt: skip
        report = scan.run(partitions(self.settings, self.registry, sources=[key]))
        for r in report.failed:
            log.warning("%s/%s failed: %s", r.source, r.brand, r.error)
        skipped = [
            f"{r.source}/{r.brand}: skipped {e}" for r in report.results for e in r.item_errors
        ]
        if skipped:  # stored pages went on; the bad items are named where status shows them
            self.note_error(f"{len(skipped)} malformed item(s): " + "; ".join(skipped[:5]))
        if self.senders is not None and report.new_ids:
            sends.alert_new(self.db, self.settings, report.new_ids, self.senders, now=self.clock())
        return report

    def digest(self, brand_name: str) -> None:
        """The brand's daily digest (a late run still sends today's, once)."""
        if self.senders is None:
            return
        brand, now = self.settings.brand(brand_name), self.clock()
        day = sends.digest_day(brand, now) or now.astimezone(brand.tz).date()
        done = sends.send_digest(self.db, self.settings, brand, self.senders, day=day, now=now)
        if done is not None and done.error:
            self.note_error(f"digest {brand.name} {day}: kept pending: {done.error}")

    def follow_ups(self, brand_name: str) -> None:
        if self.senders is not None:
            brand = self.settings.brand(brand_name)
            sends.send_follow_ups(self.db, self.settings, brand, self.senders, now=self.clock())

    def retry_outbox(self) -> None:
        if self.senders is not None:
            sends.retry(self.db, self.settings, self.senders, now=self.clock())

    def due_once(self) -> None:
        """What a scheduler would run now: due polls, due digests and reminders, retries."""
        self.poll_all()
        now = self.clock()
        for brand in self.settings.brands:
            if sends.digest_day(brand, now) is not None:
                self.guarded(f"digest {brand.name}", self.digest, brand.name)
            if now.astimezone(brand.tz).time() >= self.settings.run.reminder_time:
                self.guarded(f"follow-ups {brand.name}", self.follow_ups, brand.name)
        self.guarded("outbox retry", self.retry_outbox)

    def poll_all(self) -> list[ScanReport]:
        return [self.guarded(f"poll {s.key}", self.poll, s.key) for s in self.enabled_sources()]

    def enabled_sources(self) -> list[Source]:
        return [s for s in self.settings.sources if s.enabled]

    def guarded(self, what: str, job: Callable[..., Any], *args: Any) -> Any:
        """Run a job; record what goes wrong instead of letting the scheduler swallow it."""
        try:
            result = job(*args)
        except (RepmonError, SQLAlchemyError) as e:
            message = redact(f"{what}: {type(e).__name__}: {getattr(e, 'orig', None) or e}")
            log.error("%s", message)
            self.note_error(message)
            return None
        if self._unrecorded:  # the database is back: write down what happened meanwhile
            self.heartbeat()
        return result

    def note_error(self, message: str) -> None:
        with self._lock:
            self._unrecorded.append((self.clock(), redact(message)[:2000]))
        self.heartbeat()

    def heartbeat(self, *, stopped: bool = False) -> None:
        """Say this worker is alive and write down the errors kept while the DB was away."""
        now = self.clock()
        with self._lock:
            pending, self._unrecorded = self._unrecorded, []
        try:
            with self.db.session() as session, session.begin():
                row = session.get(WorkerState, self.owner)
                if row is None:
                    row = WorkerState(worker=self.owner, started_at=self.started_at, seen_at=now)
                    session.add(row)
                row.seen_at, row.stopped_at = now, (now if stopped else None)
                for at, message in pending:
                    row.last_error, row.last_error_at = message, at
                    row.error_count += 1
        except SQLAlchemyError as e:
            log.warning("database unavailable, keeping %d error(s) to record: %s", len(pending), e)
            with self._lock:
                self._unrecorded[:0] = pending
