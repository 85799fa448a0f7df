"""Spike detection: is the last hour of a brand unlike its last 14 days?

A spike is a last-hour volume (or share of angry complaints) above the mean + 3 standard
deviations of the same measure over the 14 days before, hour by hour with empty hours
counted as zero. ``min_count`` keeps a quiet brand from alerting on its third mention.
``detect`` and ``buckets`` are pure; ``hourly`` is the one query that feeds them (``repmon
status`` runs the same query with the database driver: see ``monitor.health_db``), so this
module imports the ORM only inside it.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from monitor.config import Brand
    from monitor.storage import Database

BASELINE = timedelta(days=14)
HOUR = timedelta(hours=1)
SIGMAS = 3.0


@dataclass(frozen=True)
class Hour:
    total: int
    angry: int

    @property
    def share(self) -> float:
        return self.angry / self.total if self.total else 0.0


@dataclass(frozen=True)
class Spike:
    metric: str  # "volume" or "angry share"
    value: float
    mean: float
    limit: float

    def __str__(self) -> str:
        usual = f"usual {self.mean:.3g}, limit {self.limit:.3g}"
        return f"{self.metric} {self.value:.3g} in the last hour ({usual})"


def _limit(values: Sequence[float]) -> tuple[float, float]:
    mean = statistics.fmean(values) if values else 0.0
    sd = statistics.pstdev(values) if len(values) > 1 else 0.0
    return mean, mean + SIGMAS * sd


def detect(baseline: Sequence[Hour], current: Hour, *, min_count: int) -> list[Spike]:
    """The spikes in ``current`` against ``baseline`` (one ``Hour`` per past hour)."""
    if current.total < min_count:
        return []
    spikes = []
    mean, limit = _limit([h.total for h in baseline])
    if current.total > limit:
        spikes.append(Spike("volume", current.total, mean, limit))
    mean, limit = _limit([h.share for h in baseline if h.total])
    if current.angry >= min_count // 2 and current.share > limit:
        spikes.append(Spike("angry share", current.share, mean, limit))
    return spikes


def hourly(db: Database, brand: Brand, *, now: datetime) -> tuple[list[Hour], Hour]:
    """The 14 x 24 hours before the last hour (zeros included), and the last hour."""
    from sqlmodel import col, select

    from monitor.models import Mention

    start = now - BASELINE - HOUR
    with db.session() as session:
        stmt = select(Mention.created_at, Mention.is_complaint, Mention.anger).where(
            Mention.brand == brand.name, col(Mention.created_at) >= start,
            col(Mention.created_at) < now,
        )  # fmt: skip
        rows = session.exec(stmt).all()
    return buckets(rows, start=start, threshold=brand.alerts.anger_threshold)


def buckets(
    rows: Iterable[tuple[datetime, bool, float]], *, start: datetime, threshold: float
) -> tuple[list[Hour], Hour]:
    """``(created_at, is_complaint, anger)`` rows from ``start`` on, counted per hour."""
    slots = [[0, 0] for _ in range(int(BASELINE / HOUR) + 1)]
    for created_at, complaint, anger in rows:
        slot = slots[min(len(slots) - 1, int((created_at - start) / HOUR))]
        slot[0] += 1
        slot[1] += int(complaint and anger >= threshold)
    hours = [Hour(total, angry) for total, angry in slots]
    return hours[:-1], hours[-1]


def spikes_now(db: Database, brand: Brand, *, now: datetime, min_count: int) -> list[Spike]:
    baseline, current = hourly(db, brand, now=now)
    return detect(baseline, current, min_count=min_count)
