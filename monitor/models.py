"""The database tables: one module, so the schema can be read in one place.

``Mention`` is unique on ``(source, external_id)`` so any fetch can be repeated safely.
``SourceState`` holds one resume cursor per (configured source, brand) partition and is
written in the same transaction as the mentions that cursor covers.
``OutboxItem`` makes digests and alerts exactly-once: the idempotency ``key`` is unique.

All datetimes are tz-aware UTC. SQLite has no zone type, so ``UTCDateTime`` stores naive
UTC there and re-attaches UTC on read; PostgreSQL stores ``timestamptz``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlalchemy.engine import Dialect
from sqlalchemy.types import DateTime, TypeDecorator
from sqlmodel import Field, SQLModel

from monitor.timeutil import ensure_utc, utcnow


class UTCDateTime(TypeDecorator[datetime]):
    """Tz-aware UTC in, tz-aware UTC out, on every backend. Naive datetimes are refused."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        aware = ensure_utc(value)
        return aware.replace(tzinfo=None) if dialect.name == "sqlite" else aware

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _utc_column(*, nullable: bool = True, index: bool = False) -> Any:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=nullable, index=index))


class ComplaintType(StrEnum):
    """What a mention is about, which decides how it is answered."""

    REFUND = "refund"  # refund or exchange request
    DEFECT = "defect"
    DELIVERY = "delivery"  # delivery delay, lost order
    SERVICE = "service"  # rudeness, nobody answers, bad support
    BILLING = "billing"
    UNFOUNDED = "unfounded"  # misinformation, a claim contradicted by facts
    FREEBIE = "freebie"  # wants something free
    OTHER = "other"  # a complaint of no specific type
    QUESTION = "question"  # not a complaint: a question to the brand
    PRAISE = "praise"  # not a complaint: thank them
    SPAM = "spam"  # spam or phishing under the brand's name: report it, never answer it
    NONE = "none"  # neutral, news, spam


class Status(StrEnum):
    NEW = "new"
    REPLIED = "replied"
    RESOLVED = "resolved"
    IGNORED = "ignored"


class Mention(SQLModel, table=True):
    __tablename__ = "mention"
    __table_args__ = (
        UniqueConstraint("source", "external_id", name="uq_mention_source_external_id"),
        Index("ix_mention_brand_created", "brand", "created_at"),
        Index("ix_mention_brand_status_priority", "brand", "status", "priority"),
        # the digest's follow-ups: resolved mentions due on a day, without reading the others
        Index("ix_mention_brand_follow_up", "brand", "follow_up_on"),
    )

    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=32, description="platform: x, reddit, hackernews, rss, ...")
    external_id: str = Field(max_length=255)
    source_name: str = Field(max_length=64, description="the configured source that found it")
    brand: str = Field(max_length=128)
    url: str | None = None
    author: str | None = Field(default=None, max_length=255)
    author_reach: int | None = None
    title: str | None = None
    text: str
    language: str = Field(default="und", max_length=16)
    rating: float | None = None
    created_at: datetime = _utc_column(nullable=False)
    fetched_at: datetime = _utc_column(nullable=False)
    text_hash: str = Field(max_length=16, index=True)

    sentiment: float | None = None  # None: language not scored, a human must read it
    anger: float = 0.0
    is_complaint: bool = False
    complaint_type: str = Field(default=ComplaintType.NONE.value, max_length=16)
    request: str | None = Field(default=None, max_length=16)
    needs_reply: bool = False
    scored: bool = True
    priority: float = 0.0
    reasons: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    matched_terms: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # the reading of the mention (monitor.reading.types.Reading.to_json()); the columns above
    # are derived from it. None for mentions stored before readings existed.
    reading: dict[str, Any] | None = Field(
        default=None, sa_column=Column(JSON(none_as_null=True), nullable=True)
    )

    status: str = Field(default=Status.NEW.value, max_length=16)
    status_note: str | None = None
    status_by: str | None = Field(default=None, max_length=128)
    status_at: datetime | None = _utc_column()
    follow_up_on: date | None = None


class SourceState(SQLModel, table=True):
    __tablename__ = "source_state"

    source: str = Field(primary_key=True, max_length=64, description="configured source name")
    brand: str = Field(primary_key=True, max_length=128, description="brand, or * for all")
    cursor: str | None = None
    cursor_at: datetime | None = _utc_column()  # when the cursor last moved
    last_success_at: datetime | None = _utc_column()
    last_error: str | None = None
    last_error_at: datetime | None = _utc_column()
    error_count: int = 0
    rate_limited_until: datetime | None = _utc_column()
    last_attempt_at: datetime | None = _utc_column()  # the next run is this + the interval
    lease_owner: str | None = Field(default=None, max_length=128)  # the worker polling it
    lease_until: datetime | None = _utc_column()  # a dead worker's lease runs out here
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )


class OutboxItem(SQLModel, table=True):
    """A digest or alert to deliver exactly once; ``key`` is its idempotency key."""

    __tablename__ = "outbox_item"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=255, unique=True)
    kind: str = Field(max_length=16, description="digest or alert")
    brand: str = Field(max_length=128, index=True)
    channel: str = Field(max_length=64)
    subject: str
    body_text: str
    body_html: str | None = None
    recipients: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    status: str = Field(default="pending", max_length=16, index=True)
    attempts: int = 0
    last_error: str | None = None
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )
    sent_at: datetime | None = _utc_column()
    claimed_at: datetime | None = _utc_column()  # a worker's lease: see reports/outbox.py


class WorkerState(SQLModel, table=True):
    """One row per ``repmon run`` process: its heartbeat and the last error it could not
    store elsewhere (the database itself was down), so ``repmon status`` shows it later."""

    __tablename__ = "worker_state"

    worker: str = Field(primary_key=True, max_length=128, description="host:pid:random")
    started_at: datetime = _utc_column(nullable=False)
    seen_at: datetime = _utc_column(nullable=False)
    stopped_at: datetime | None = _utc_column()
    last_error: str | None = None
    last_error_at: datetime | None = _utc_column()
    error_count: int = 0


def mention_row(**values: Any) -> dict[str, Any]:
    """A ``mention`` row for a bulk insert: ``values`` over the model's defaults.

    Building a ``Mention`` and dumping it validates every field again and costs about as
    much as scoring the text; the runner builds its rows from values it already checked.
    """
    row: dict[str, Any] = dict(_STATIC_DEFAULTS)
    for name, factory in _DEFAULT_FACTORIES.items():
        row[name] = factory()
    row.update(values)
    return row


_FIELDS = [(n, f) for n, f in Mention.model_fields.items() if n != "id" and not f.is_required()]
_STATIC_DEFAULTS = {n: f.default for n, f in _FIELDS if f.default_factory is None}
_DEFAULT_FACTORIES: dict[str, Any] = {
    n: f.default_factory for n, f in _FIELDS if f.default_factory is not None
}
