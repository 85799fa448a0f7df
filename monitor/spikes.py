"""Spike detection: is the last hour of a brand unlike its last 14 days?

A spike is a last-hour volume (or share of angry complaints) above the mean + 3 standard
deviations of the same measure over the 14 days before, hour by hour with empty hours
counted as zero. ``min_count`` keeps a quiet brand from alerting on its third mention.
``detect`` is pure; ``hourly`` is the one query that feeds it.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import col, select

from monitor.config import Brand
from monitor.models import Mention
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
    start = now - BASELINE - HOUR
    threshold = brand.alerts.anger_threshold
    with db.session() as session:
        stmt = select(Mention.created_at, Mention.is_complaint, Mention.anger).where(
            Mention.brand == brand.name, col(Mention.created_at) >= start,
            col(Mention.created_at) < now,
        )  # fmt: skip
        rows = session.exec(stmt).all()
    buckets = [[0, 0] for _ in range(int(BASELINE / HOUR) + 1)]
    for created_at, complaint, anger in rows:
        slot = buckets[min(len(buckets) - 1, int((created_at - start) / HOUR))]
        slot[0] += 1
        slot[1] += int(complaint and anger >= threshold)
    hours = [Hour(total, angry) for total, angry in buckets]
    return hours[:-1], hours[-1]


def spikes_now(db: Database, brand: Brand, *, now: datetime, min_count: int) -> list[Spike]:
    baseline, current = hourly(db, brand, now=now)
    return detect(baseline, current, min_count=min_count)
