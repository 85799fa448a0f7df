"""Build a brand's daily digest as plain frozen data (no ORM objects reach the templates).

The day is a calendar day in the brand's timezone. Open items are listed whatever their
age: a complaint nobody answered does not drop out of the digest because it got old.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func
from sqlmodel import Session, col, select

from monitor.config import Brand, Voice
from monitor.models import ComplaintType, Mention, Status
from monitor.scoring import ANSWER_NOW_FLOOR
from monitor.timeutil import humanize_age
from reports.case import Case
from reports.replies import compose, follow_up_message

TEXT_LIMIT = 400
SECTION_LIMIT = 50


@dataclass(frozen=True)
class DigestItem:
    id: int
    source: str
    author: str | None
    reach: int | None
    url: str | None
    text: str
    created_at: datetime
    local_time: str  # when it was posted, in the brand's timezone
    age: str  # how long it has waited, e.g. "5h"
    sentiment: float | None
    anger: float
    complaint_type: str
    request: str | None
    priority: float
    language: str
    reasons: tuple[str, ...]
    public_reply: str | None = None
    offline_reply: str | None = None
    reply_flags: tuple[str, ...] = ()  # what a human must check before using the replies
    reply_checks: tuple[str, ...] = ()  # "public reply needs a human edit: <reason>" per draft
    follow_up_on: date | None = None  # when to ask for feedback, if the offline reply is used


@dataclass(frozen=True)
class Summary:
    volume: int
    negative: int
    previous_volume: int
    previous_negative: int
    top_sources: tuple[tuple[str, int], ...]

    @property
    def negative_share(self) -> float:
        return self.negative / self.volume if self.volume else 0.0

    @property
    def previous_negative_share(self) -> float:
        return self.previous_negative / self.previous_volume if self.previous_volume else 0.0


@dataclass(frozen=True)
class Digest:
    brand: str
    day: date
    timezone: str
    generated_at: datetime
    answer_now: tuple[DigestItem, ...]
    needs_reply: tuple[DigestItem, ...]
    follow_ups: tuple[DigestItem, ...]
    human_read: tuple[DigestItem, ...]
    praise: tuple[DigestItem, ...]
    summary: Summary
    # spam or phishing under the brand's name, today: to report on the platform, never answer
    report: tuple[DigestItem, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (
            self.answer_now or self.needs_reply or self.follow_ups or self.human_read or self.report
        )


def day_bounds(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """The UTC instants where a local calendar day starts and ends (DST-safe)."""
    start = datetime.combine(day, time(0), tzinfo=tz)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)
    return start, end


def _trim(text: str, limit: int = TEXT_LIMIT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def to_item(
    m: Mention, *, now: datetime, tz: ZoneInfo, voice: Voice | None = None, day: date | None = None
) -> DigestItem:
    """A digest line; with a ``voice``, it carries both suggested replies."""
    assert m.id is not None
    replies = compose(Case.from_mention(m), voice, today=day or now.date()) if voice else None
    return DigestItem(
        id=m.id, source=m.source, author=m.author, reach=m.author_reach, url=m.url,
        text=_trim(m.text if not m.title else f"{m.title}: {m.text}"), created_at=m.created_at,
        local_time=m.created_at.astimezone(tz).strftime("%a %d %b %H:%M"),
        age=humanize_age(now - m.created_at), sentiment=m.sentiment, anger=m.anger,
        complaint_type=m.complaint_type, request=m.request, priority=m.priority,
        language=m.language, reasons=tuple(m.reasons),
        public_reply=replies.public if replies else None,
        offline_reply=replies.offline if replies else None,
        reply_flags=replies.flags if replies else (),
        reply_checks=replies.check_notes if replies else (),
        follow_up_on=replies.follow_up_on if replies else None,
    )  # fmt: skip


def _follow_up(m: Mention, *, now: datetime, tz: ZoneInfo, voice: Voice) -> DigestItem:
    item = to_item(m, now=now, tz=tz)
    return replace(item, offline_reply=follow_up_message(Case.from_mention(m), voice))


def _summary(session: Session, brand: str, start: datetime, end: datetime) -> Summary:
    def counts(lo: datetime, hi: datetime) -> tuple[int, int, Counter[str]]:
        rows = session.exec(
            select(Mention.source, Mention.sentiment, Mention.is_complaint).where(
                Mention.brand == brand, Mention.created_at >= lo, Mention.created_at < hi
            )
        ).all()
        negative = sum(1 for _, s, c in rows if c or (s is not None and s <= -0.05))
        return len(rows), negative, Counter(src for src, _, _ in rows)

    volume, negative, sources = counts(start, end)
    prev_volume, prev_negative, _ = counts(start - timedelta(days=1), start)
    return Summary(volume, negative, prev_volume, prev_negative, tuple(sources.most_common(3)))


def answer_now(brand: Brand) -> ColumnElement[bool]:
    """The answer-now decision in SQL, shared by the digest's top section and the immediate
    alerts: the reading's decision (it ranks a mention at ``ANSWER_NOW_FLOOR`` or above), and
    for mentions stored before readings existed, a complaint at the brand's anger threshold."""
    angry = col(Mention.is_complaint) & (col(Mention.anger) >= brand.alerts.anger_threshold)
    return (col(Mention.priority) >= ANSWER_NOW_FLOOR) | (col(Mention.reading).is_(None) & angry)


def _open_sections(
    session: Session, brand: Brand, *, start: datetime, end: datetime
) -> dict[str, Sequence[Mention]]:
    """The open mentions of each section, highest priority first, at most SECTION_LIMIT each.

    One query per section, each walking the (brand, status, priority) index and stopping at
    its limit, so the digest costs the same with a backlog of ten or of a million. "Answer
    now" is the reading's answer-now decision, which ranks a mention at ``ANSWER_NOW_FLOOR``
    or above (and, for mentions stored before readings, an angry complaint). Every other
    mention that needs a reply (a rumour, a press report, a question) is in "Needs a reply".
    """
    now = answer_now(brand)
    praise = col(Mention.complaint_type) == ComplaintType.PRAISE.value
    spam = col(Mention.complaint_type) == ComplaintType.SPAM.value
    scored = col(Mention.scored)
    today = col(Mention.created_at) >= start
    filters = {
        "now": scored & col(Mention.needs_reply) & now,
        "reply": scored & col(Mention.needs_reply) & ~praise & ~now & ~spam,
        "human": ~scored,
        "praise": scored & praise & ~now & today,
        "report": spam & today,
    }
    base = (
        select(Mention)
        .where(Mention.brand == brand.name, Mention.status == Status.NEW.value)
        .where(col(Mention.created_at) < end)
        .order_by(col(Mention.priority).desc(), col(Mention.created_at).desc())
        .limit(SECTION_LIMIT)
    )
    return {key: session.exec(base.where(where)).all() for key, where in filters.items()}


def build_digest(session: Session, brand: Brand, *, day: date, now: datetime) -> Digest:
    tz = brand.tz
    start, end = day_bounds(day, tz)
    sections = {
        key: tuple(
            to_item(m, now=now, tz=tz, voice=None if key == "report" else brand.voice, day=day)
            for m in rows
        )
        for key, rows in _open_sections(session, brand, start=start, end=end).items()
    }
    follow_ups = session.exec(
        select(Mention).where(
            Mention.brand == brand.name, Mention.status == Status.RESOLVED.value,
            Mention.follow_up_on == day,
        )
    ).all()  # fmt: skip
    return Digest(
        brand=brand.name, day=day, timezone=brand.timezone, generated_at=now,
        answer_now=sections["now"], needs_reply=sections["reply"],
        follow_ups=tuple(_follow_up(m, now=now, tz=tz, voice=brand.voice) for m in follow_ups),
        human_read=sections["human"], praise=sections["praise"],
        summary=_summary(session, brand.name, start, end), report=sections["report"],
    )  # fmt: skip


def latest_day(session: Session, brand: Brand) -> date | None:
    """The local day of the brand's newest mention (the demo's data is a fixed snapshot)."""
    newest = session.exec(
        select(func.max(Mention.created_at)).where(Mention.brand == brand.name)
    ).one()
    if newest is None:
        return None
    value: datetime = newest if newest.tzinfo else newest.replace(tzinfo=ZoneInfo("UTC"))
    return value.astimezone(brand.tz).date()
