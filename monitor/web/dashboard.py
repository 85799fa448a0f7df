"""Per brand and day: volume, share negative, angry complaints, first-reply time, backlog.

Days are UTC days. The first-reply time of a mention runs from when it was posted to the
first time someone marked it "replied" or "resolved" (which implies an answer), from the
history's status events; a mention marked with ``repmon mark`` only has its current status
time. Spikes use the same rule as the hourly alerts (``monitor.spikes.detect``: three
standard deviations over the days before). The chart is plain SVG geometry drawn here, so
it needs no script and renders on a phone.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import Session, col, select

from monitor.config import Brand
from monitor.models import Mention, MentionEvent, Status
from monitor.spikes import Hour, detect

NEGATIVE = -0.05  # VADER's usual cut-off for a negative text
DAYS = 30
ANSWERED = (Status.REPLIED.value, Status.RESOLVED.value)  # resolving implies an answer


@dataclass(frozen=True)
class Day:
    day: date
    volume: int
    negative_share: float
    angry: int
    median_reply_hours: float | None
    open: int  # received that day and still waiting for an answer
    spike: bool


@dataclass(frozen=True)
class BrandStats:
    brand: str
    days: list[Day]

    def svg(self, *, width: int = 600, height: int = 160) -> dict[str, object]:
        """Bar geometry: volume bars, the angry part in red, spike markers above."""
        top = max((d.volume for d in self.days), default=0) or 1
        step = width / max(len(self.days), 1)
        bars = []
        for i, d in enumerate(self.days):
            h = (height - 20) * d.volume / top
            a = (height - 20) * d.angry / top
            bars.append(
                {
                    "x": round(i * step + 1, 1),
                    "w": round(max(step - 2, 1), 1),
                    "y": round(height - h, 1),
                    "h": round(h, 1),
                    "ay": round(height - a, 1),
                    "ah": round(a, 1),
                    "spike": d.spike,
                    "cx": round(i * step + step / 2, 1),
                    "label": f"{d.day.isoformat()}: {d.volume} mentions, {d.angry} angry",
                }
            )
        return {"width": width, "height": height, "bars": bars, "top": top}


def _first_replies(session: Session, ids: Sequence[int]) -> dict[int, datetime]:
    stmt = select(MentionEvent.mention_id, MentionEvent.at).where(
        MentionEvent.kind == "status",
        col(MentionEvent.value).in_(ANSWERED),
        col(MentionEvent.mention_id).in_(ids),
    )
    first: dict[int, datetime] = {}
    for mention_id, at in session.exec(stmt):
        first[mention_id] = min(at, first.get(mention_id, at))
    return first


@dataclass(frozen=True)
class _Row:
    id: int
    created_at: datetime
    sentiment: float | None
    is_complaint: bool
    anger: float
    needs_reply: bool
    status: str
    status_at: datetime | None


def _rows(session: Session, brand: Brand, start: datetime) -> list[_Row]:
    stmt = select(Mention).where(Mention.brand == brand.name, col(Mention.created_at) >= start)
    return [
        _Row(
            m.id or 0,
            m.created_at,
            m.sentiment,
            m.is_complaint,
            m.anger,
            m.needs_reply,
            m.status,
            m.status_at,
        )
        for m in session.exec(stmt.execution_options(yield_per=2000))
    ]


def brand_stats(
    session: Session, brand: Brand, *, now: datetime, days: int = DAYS, min_count: int = 5
) -> BrandStats:
    start = datetime.combine(
        now.date() - timedelta(days=days - 1), datetime.min.time(), tzinfo=now.tzinfo
    )
    rows = _rows(session, brand, start)
    replied = _first_replies(session, [r.id for r in rows if r.status != Status.NEW.value])
    per: dict[date, list[_Row]] = defaultdict(list)
    for row in rows:
        per[row.created_at.date()].append(row)
    out: list[Day] = []
    history: list[Hour] = []
    for i in range(days):
        day = start.date() + timedelta(days=i)
        out.append(_day(day, per.get(day, []), replied, history, brand, min_count))
    return BrandStats(brand.name, out)


def _day(
    day: date,
    items: list[_Row],
    replied: dict[int, datetime],
    history: list[Hour],
    brand: Brand,
    min_count: int,
) -> Day:
    threshold = brand.alerts.anger_threshold
    angry = sum(1 for r in items if r.is_complaint and r.anger >= threshold)
    negative = sum(1 for r in items if r.sentiment is not None and r.sentiment < NEGATIVE)
    waits = [h for h in (_hours(r, replied) for r in items) if h is not None]
    still_open = sum(1 for r in items if r.needs_reply and r.status == Status.NEW.value)
    spike = bool(detect(history, Hour(len(items), angry), min_count=min_count))
    history.append(Hour(len(items), angry))
    median = float(statistics.median(waits)) if waits else None
    share = negative / len(items) if items else 0.0
    return Day(day, len(items), share, angry, median, still_open, spike)


def _hours(row: _Row, replied: dict[int, datetime]) -> float | None:
    at = replied.get(row.id)
    if at is None and row.status in ANSWERED:
        at = row.status_at
    if at is None:
        return None
    return max((at - row.created_at).total_seconds() / 3600, 0.0)
