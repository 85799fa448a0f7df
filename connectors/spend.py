"""Counting what a metered API costs, per day, inside the cursor.

X bills every post read (pay-per-use since February 2026) and YouTube spends a daily quota
of units. A connector never touches the database, so the count lives in the cursor JSON it
hands back with its last page: ``{"2026-11-29": 1200, ...}``, days in the platform's own
day (UTC for X, Pacific time for YouTube), the last 62 days kept for a month's estimate.

The count is saved with the last page of a window, like the rest of the cursor: a window
that fails halfway is read (and counted) again by the next run. ``Metering`` says how a
connector counts (unit, cap, cursor key, day); ``repmon status`` reads the spend with it
from the saved cursor without importing the connector or its client library.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

KEEP_DAYS = 62


@dataclass
class Meter:
    """Units used per day, as kept in a cursor."""

    days: dict[str, int] = field(default_factory=dict)

    @classmethod
    def loads(cls, value: Any) -> Meter:
        """The saved counts; anything unreadable counts as nothing spent."""
        if not isinstance(value, Mapping):
            return cls()
        days = {str(k): int(v) for k, v in value.items()
                if isinstance(v, int) and not isinstance(v, bool) and v >= 0}  # fmt: skip
        return cls(days)

    def used(self, day: date) -> int:
        return self.days.get(day.isoformat(), 0)

    def add(self, day: date, units: int) -> None:
        self.days[day.isoformat()] = self.used(day) + units
        oldest = (day - timedelta(days=KEEP_DAYS)).isoformat()
        self.days = {d: n for d, n in sorted(self.days.items()) if d > oldest}

    def month(self, day: date) -> int:
        prefix = day.isoformat()[:7]
        return sum(n for d, n in self.days.items() if d.startswith(prefix))

    def dumps(self) -> dict[str, int]:
        return dict(sorted(self.days.items()))


def local_day(now: datetime, tz: tzinfo = UTC) -> date:
    """The platform's day at ``now`` (X counts in UTC, YouTube in Pacific time)."""
    return now.astimezone(tz).date()


@dataclass(frozen=True)
class Usage:
    """What a metered source has spent, for ``repmon status`` (read from its cursor)."""

    unit: str  # "posts", "quota units"
    today: int
    cap: int  # the most it may use per day
    cost_today: float | None = None  # estimated, in US dollars, where the platform charges
    cost_month: float | None = None
    resets: str = "00:00 UTC"  # when the day's count starts again
    step: int = 1  # the smallest request: capped once less than this is left

    @property
    def capped(self) -> bool:
        return self.cap - self.today < self.step


@dataclass(frozen=True)
class Metering:
    """How a metered source counts its spend, as its options set it: plain values, so the
    status command can keep them without the connector's options model."""

    unit: str
    cap: int
    cursor_key: str  # the key of the cursor's JSON object that holds the ``Meter``
    timezone: str = "UTC"  # whose day the platform counts in
    cost_per_unit: float | None = None
    resets: str = "00:00 UTC"
    step: int = 1

    def usage(self, cursor: str | None, *, now: datetime) -> Usage:
        """The spend recorded in ``cursor``; an unreadable cursor counts as nothing spent."""
        meter = Meter.loads(_field(cursor, self.cursor_key))
        day = local_day(now, UTC if self.timezone == "UTC" else ZoneInfo(self.timezone))
        cost = self.cost_per_unit
        return Usage(
            self.unit, meter.used(day), self.cap,
            cost_today=None if cost is None else meter.used(day) * cost,
            cost_month=None if cost is None else meter.month(day) * cost,
            resets=self.resets, step=self.step,
        )  # fmt: skip


def _field(cursor: str | None, key: str) -> Any:
    try:
        data = json.loads(cursor) if cursor else {}
    except ValueError:
        return None
    return data.get(key) if isinstance(data, dict) else None
