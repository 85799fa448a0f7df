"""What ``repmon status`` reports, as plain data: sources, brands, outbox, workers.

``attention`` lists what a person (or a monitoring check) should look at; the command exits
non-zero when it is not empty. It reads through ``monitor.health_db`` (the database driver
and plain SQL, read-only), so neither the command nor this module loads the ORM, the
runner or the replies: a monitoring check that runs it every minute starts at once. It
takes the settings as an ``Overview`` (``monitor.config_view``): the brands and partitions,
with no pydantic model and no connector behind them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from connectors.spend import Usage
from monitor.config_view import BrandView, Overview, PartView, overview_of
from monitor.health_db import Reader, read_only
from monitor.kinds import Status
from monitor.spikes import BASELINE, HOUR, buckets, detect

if TYPE_CHECKING:
    from connectors.base import Connector
    from monitor.config import Settings

STALE_WORKER = timedelta(minutes=5)  # ten missed heartbeats


@dataclass
class SourceHealth:
    source: str
    brand: str
    last_success_at: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    consecutive_failures: int
    next_run_at: datetime | None
    cursor_age_seconds: float | None
    rate_limited_until: datetime | None
    lease_owner: str | None
    usage: Usage | None = None  # what a metered source (X, YouTube) spent, from its cursor


@dataclass
class BrandHealth:
    brand: str
    mentions_today: int
    open_angry: int
    oldest_unanswered_at: datetime | None
    last_digest_sent_at: datetime | None
    spikes: list[str]


@dataclass
class Health:
    now: datetime
    sources: list[SourceHealth]
    brands: list[BrandHealth]
    outbox: dict[str, int]
    workers: list[dict[str, Any]]
    attention: list[str] = field(default_factory=list)
    quarantine: dict[str, int] = field(default_factory=dict)  # open items per source


class HasUrl(Protocol):
    """A ``monitor.storage.Database``, or anything else that names its database by URL."""

    url: str


@dataclass(frozen=True)
class _State:
    """The columns of ``source_state`` that status shows."""

    cursor: str | None = None
    cursor_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    error_count: int = 0
    rate_limited_until: datetime | None = None
    last_attempt_at: datetime | None = None
    lease_owner: str | None = None
    lease_until: datetime | None = None


_STATE_SQL = (
    "SELECT source, brand, cursor, cursor_at, last_success_at, last_error, last_error_at, "
    "error_count, rate_limited_until, last_attempt_at, lease_owner, lease_until "
    "FROM source_state ORDER BY source"
)


def _states(r: Reader) -> dict[tuple[str, str], _State]:
    w = r.when
    return {
        (row[0], row[1]): _State(row[2], w(row[3]), w(row[4]), row[5], w(row[6]), int(row[7]),
                                 w(row[8]), w(row[9]), row[10], w(row[11]))
        for row in r.rows(_STATE_SQL)
    }  # fmt: skip


def _source(part_key: str, brand: str, st: _State | None, every: timedelta,
            now: datetime) -> SourceHealth:  # fmt: skip
    st = st or _State()
    # a `repmon scan` records success or an error but takes no lease: it counts as an attempt
    attempts = [t for t in (st.last_attempt_at, st.last_success_at, st.last_error_at) if t]
    next_run = max(attempts) + every if attempts else now
    if st.rate_limited_until and st.rate_limited_until > next_run:
        next_run = st.rate_limited_until
    held = st.lease_owner if st.lease_until and st.lease_until > now else None
    return SourceHealth(
        part_key, brand, st.last_success_at, st.last_error, st.last_error_at, st.error_count,
        next_run, (now - st.cursor_at).total_seconds() if st.cursor_at else None,
        st.rate_limited_until if st.rate_limited_until and st.rate_limited_until > now else None,
        held,
    )  # fmt: skip


_COUNT = "SELECT count(*) FROM mention WHERE brand = ?"


def _brand(r: Reader, brand: BrandView, *, now: datetime, min_count: int) -> BrandHealth:
    local = now.astimezone(brand.tz)
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    name, new = brand.name, Status.NEW.value
    today = r.one(f"{_COUNT} AND created_at >= ?", (name, midnight))
    angry = r.one(f"{_COUNT} AND status = ? AND is_complaint AND anger >= ?",
                  (name, new, brand.anger_threshold))  # fmt: skip
    oldest = r.one("SELECT min(created_at) FROM mention WHERE brand = ? AND needs_reply "
                   "AND status = ?", (name, new))  # fmt: skip
    digest = r.one("SELECT max(sent_at) FROM outbox_item WHERE brand = ? AND kind = 'digest'",
                   (name,))  # fmt: skip
    spikes = [str(s) for s in _spikes(r, brand, now=now, min_count=min_count)]
    return BrandHealth(name, int(today), int(angry), r.when(oldest), r.when(digest), spikes)


def _spikes(r: Reader, brand: BrandView, *, now: datetime, min_count: int) -> list[Any]:
    """``monitor.spikes.spikes_now``, with its one query run here."""
    start = now - BASELINE - HOUR
    rows = r.rows("SELECT created_at, is_complaint, anger FROM mention WHERE brand = ? "
                  "AND created_at >= ? AND created_at < ?", (brand.name, start, now))  # fmt: skip
    found = ((r.when(c) or start, bool(complaint), float(anger)) for c, complaint, anger in rows)
    baseline, current = buckets(found, start=start, threshold=brand.anger_threshold)
    return detect(baseline, current, min_count=min_count)


def _outbox(r: Reader) -> dict[str, int]:
    out = {"pending": 0, "failed": 0, "sent": 0}
    groups = r.rows("SELECT status = 'sent', coalesce(last_error, '') <> '', count(*) "
                    "FROM outbox_item GROUP BY 1, 2")  # fmt: skip
    for sent, failed, n in groups:
        out["sent" if sent else "pending"] += n
        out["failed"] += n if failed and not sent else 0
    return out


_WORKERS_SQL = (
    "SELECT worker, started_at, seen_at, stopped_at, last_error, last_error_at, error_count "
    "FROM worker_state ORDER BY seen_at DESC"
)


def collect(
    settings: Settings | Overview, db: HasUrl | str, *,
    registry: Mapping[str, type[Connector[Any]]], now: datetime,
) -> Health:  # fmt: skip
    """Everything status shows, read from the database at ``db`` (a ``Database`` or URL).
    ``registry`` is used only to make the overview of full ``Settings``."""
    view = (settings if isinstance(settings, Overview)
            else overview_of(settings, registry, secrets=False))  # fmt: skip
    with read_only(db if isinstance(db, str) else db.url) as r:
        states = _states(r)
        brands = [_brand(r, b, now=now, min_count=view.spike_min_count) for b in view.brands]
        outbox = _outbox(r)
        workers = [_worker(row, r, now) for row in r.rows(_WORKERS_SQL)]
        held = r.rows("SELECT source, count(*) FROM quarantine WHERE status = 'open' "
                      "GROUP BY source")  # fmt: skip
    sources = [_part(p, states.get((p.source, p.brand)), now) for p in view.parts]
    health = Health(now, sources, brands, outbox, workers,
                    quarantine={str(s): int(n) for s, n in held})  # fmt: skip
    health.attention = attention(health)
    return health


def _part(p: PartView, st: _State | None, now: datetime) -> SourceHealth:
    s = _source(p.source, p.brand, st, p.interval, now)
    if p.metering is not None:  # what a metered source spent today, from its saved cursor
        s.usage = p.metering.usage(st.cursor if st else None, now=now)
    return s


def _worker(row: tuple[Any, ...], r: Reader, now: datetime) -> dict[str, Any]:
    worker, started_at, seen_at, stopped_at, last_error, last_error_at, errors = row
    seen_at = r.when(seen_at)
    alive = stopped_at is None and seen_at is not None and now - seen_at < STALE_WORKER
    state = "stopped" if stopped_at else ("running" if alive else "silent (killed?)")
    return {"worker": worker, "state": state, "seen_at": seen_at, "started_at": r.when(started_at),
            "last_error": last_error, "last_error_at": r.when(last_error_at),
            "error_count": int(errors)}  # fmt: skip


def attention(h: Health) -> list[str]:
    """Everything that needs a look; empty means healthy."""
    out = [f"source {s.source}/{s.brand}: {s.consecutive_failures} failure(s) in a row: "
           f"{s.last_error}" for s in h.sources if s.consecutive_failures]  # fmt: skip
    out += [f"source {s.source}/{s.brand}: daily cap of {s.usage.cap} {s.usage.unit} reached; "
            f"reading resumes at {s.usage.resets}"
            for s in h.sources if s.usage and s.usage.capped]  # fmt: skip
    out += [f"brand {b.brand}: spike: {s}" for b in h.brands for s in b.spikes]
    if held := sum(h.quarantine.values()):
        out.append(f"quarantine: {held} item(s) could not be stored: repmon quarantine list")
    if h.outbox["failed"]:
        out.append(f"outbox: {h.outbox['failed']} message(s) failed and wait for a retry")
    recent = h.now - timedelta(hours=24)
    out += [f"worker {w['worker']}: {w['last_error']}" for w in h.workers
            if w["last_error_at"] and w["last_error_at"] >= recent]  # fmt: skip
    silent = [w for w in h.workers if w["state"].startswith("silent") and w["seen_at"] >= recent]
    out += [f"worker {w['worker']}: silent since {w['seen_at']:%Y-%m-%d %H:%M} UTC" for w in silent]
    return out
