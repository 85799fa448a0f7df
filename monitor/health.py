"""What ``repmon status`` reports, as plain data: sources, brands, outbox, workers.

``attention`` lists what a person (or a monitoring check) should look at; the command exits
non-zero when it is not empty.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from connectors.base import Connector, Usage
from monitor.config import Brand, Settings
from monitor.models import (
    Mention,
    OutboxItem,
    QuarantineItem,
    SourceState,
    Status,
    WorkerState,
)
from monitor.runner import partitions
from monitor.spikes import spikes_now
from monitor.storage import Database
from monitor.work import interval

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


def _source(part_key: str, brand: str, st: SourceState | None, every: timedelta,
            now: datetime) -> SourceHealth:  # fmt: skip
    st = st or SourceState(source=part_key, brand=brand)
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


def _usage(cls: type[Connector[Any]], options: dict[str, Any], st: SourceState | None,
           now: datetime) -> Usage | None:  # fmt: skip
    """What a metered source spent today, read from its saved cursor."""
    try:
        return cls.usage(cls.Options.model_validate(options), st.cursor if st else None, now=now)
    except ValueError:
        return None  # invalid options are reported by `repmon config validate`


def _brand(session: Session, db: Database, brand: Brand, *, now: datetime,
           min_count: int) -> BrandHealth:  # fmt: skip
    local = now.astimezone(brand.tz)
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    mine = Mention.brand == brand.name
    count = select(func.count()).select_from(Mention).where(mine)
    today = session.exec(count.where(col(Mention.created_at) >= midnight)).one()
    angry = session.exec(count.where(
        Mention.status == Status.NEW.value, Mention.is_complaint,
        col(Mention.anger) >= brand.alerts.anger_threshold,
    )).one()  # fmt: skip
    oldest = session.exec(select(func.min(Mention.created_at)).where(
        mine, Mention.needs_reply, Mention.status == Status.NEW.value)).one()  # fmt: skip
    digest = session.exec(select(func.max(OutboxItem.sent_at)).where(
        OutboxItem.brand == brand.name, OutboxItem.kind == "digest")).one()  # fmt: skip
    spikes = [str(s) for s in spikes_now(db, brand, now=now, min_count=min_count)]
    return BrandHealth(brand.name, int(today), int(angry), _aware(oldest), _aware(digest), spikes)


def _aware(value: Any) -> datetime | None:
    """Aggregates bypass the column type: re-attach UTC where SQLite dropped it."""
    from monitor.timeutil import parse_timestamp

    return None if value is None else parse_timestamp(value)


def collect(
    settings: Settings, db: Database, *, registry: Mapping[str, type[Connector[Any]]],
    now: datetime,
) -> Health:  # fmt: skip
    states = {(s.source, s.brand): s for s in db.states()}
    sources = [
        _source(p.source.key, p.brand, states.get((p.source.key, p.brand)),
                interval(p.source, registry), now)
        for p in partitions(settings, registry)
    ]  # fmt: skip
    for p, s in zip(partitions(settings, registry), sources, strict=True):
        s.usage = _usage(registry[p.source.kind], p.source.options, states.get((s.source, s.brand)),
                         now)  # fmt: skip
    with db.session() as session:
        brands = [_brand(session, db, b, now=now, min_count=settings.run.spike_min_count)
                  for b in settings.brands]  # fmt: skip
        rows = session.exec(select(OutboxItem.status, OutboxItem.last_error)).all()
        workers = list(session.exec(select(WorkerState).order_by(col(WorkerState.seen_at).desc())))
        held = session.exec(select(QuarantineItem.source, func.count())
                            .where(QuarantineItem.status == "open")
                            .group_by(QuarantineItem.source)).all()  # fmt: skip
    outbox = {
        "pending": sum(1 for s, _ in rows if s != "sent"),
        "failed": sum(1 for s, e in rows if s != "sent" and e),
        "sent": sum(1 for s, _ in rows if s == "sent"),
    }
    health = Health(now, sources, brands, outbox, [_worker(w, now) for w in workers],
                    quarantine={s: int(n) for s, n in held})  # fmt: skip
    health.attention = attention(health)
    return health


def _worker(w: WorkerState, now: datetime) -> dict[str, Any]:
    alive = w.stopped_at is None and now - w.seen_at < STALE_WORKER
    state = "stopped" if w.stopped_at else ("running" if alive else "silent (killed?)")
    return {"worker": w.worker, "state": state, "seen_at": w.seen_at, "started_at": w.started_at,
            "last_error": w.last_error, "last_error_at": w.last_error_at,
            "error_count": w.error_count}  # fmt: skip


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
