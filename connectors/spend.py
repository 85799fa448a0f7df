"""Counting what a metered API costs, per day, inside the cursor.

X bills every post read (pay-per-use since February 2026) and YouTube spends a daily quota
of units. A connector never touches the database, so the count lives in the cursor JSON it
hands back with its last page: ``{"2026-11-29": 1200, ...}``, days in the platform's own
day (UTC for X, Pacific time for YouTube), the last 62 days kept for a month's estimate.

The count is saved with the last page of a window, like the rest of the cursor: a window
that fails halfway is read (and counted) again by the next run.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

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
