"""The database tables: one module, so the schema can be read in one place.

``Mention`` is one post *for one brand*, unique on ``(source, external_id, brand)``, so any
fetch can be repeated safely. A post that names two watched brands (an agency's two clients,
a comparison with a competitor that is also watched) has one row per brand: each brand keeps
its own status, note, follow-up, reading, replies and digest entry, and the inbox, digest,
alerts, export and ``mark`` keep working on rows as they always did. The post itself is
``(source, external_id)``: its content (text, title, url, author, meta, edit time) is the
same in each of its rows, and storage writes it to all of them together when the post is
edited (``monitor.storage``), so the copies never disagree. A separate post table would
save the repeated text at the cost of a join in every reader; posts naming two brands are
rare, so the copies cost little.
``meta`` holds what else the platform said (JSON-safe, size-capped by ``monitor.normalise``)
and the post's edit history; ``edited_at`` is the platform's last edit time.
``QuarantineItem`` keeps an item that could not be stored, with its raw payload and the
error, so no page stalls on it and nothing is lost silently (``repmon quarantine``).
``SourceState`` holds one resume cursor per (configured source, brand) partition and is
written in the same transaction as the mentions that cursor covers.
``OutboxItem`` makes digests and alerts exactly-once: the idempotency ``key`` is unique.

All datetimes are tz-aware UTC. SQLite has no zone type, so ``UTCDateTime`` stores naive
UTC there and re-attaches UTC on read; PostgreSQL stores ``timestamptz``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, UniqueConstraint, event
from sqlalchemy.engine import Dialect
from sqlalchemy.types import DateTime, TypeDecorator
from sqlmodel import Field, SQLModel

from monitor.kinds import ComplaintType as ComplaintType  # re-exported: stored here
from monitor.kinds import Role as Role
from monitor.kinds import Status as Status
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


class Mention(SQLModel, table=True):
    __tablename__ = "mention"
    __table_args__ = (
        UniqueConstraint(
            "source", "external_id", "brand", name="uq_mention_source_external_id_brand"
        ),
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
    text_hash: str = Field(max_length=16)  # not indexed: no query looks it up (0008)

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
    # platform metadata, and "edits": the earlier texts of an edited post (monitor.storage)
    meta: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    edited_at: datetime | None = _utc_column()
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


class QuarantineItem(SQLModel, table=True):
    """An item a source gave that could not be stored: kept with its raw payload and the
    error, so the rest of its page and its cursor commit and a person can look, retry or
    drop it. One row per (configured source, partition, item): seeing it again counts."""

    __tablename__ = "quarantine"
    __table_args__ = (UniqueConstraint("source", "partition", "item", name="uq_quarantine_item"),)

    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=64, description="the configured source")
    partition: str = Field(max_length=128, description="brand, or * for all")
    item: str = Field(max_length=255, description="the item's id on the platform, or file:line")
    raw: str | None = None  # JSON text of the item as received; see monitor.quarantine
    error: str
    first_seen_at: datetime = _utc_column(nullable=False)
    last_seen_at: datetime = _utc_column(nullable=False)
    attempts: int = 1
    status: str = Field(default="open", max_length=16, index=True)  # open, stored, dropped


class OutboxDelivery(SQLModel, table=True):
    """One delivery of an outbox message on one channel (``file``, ``email``, a chat variable).

    Writing a digest's files is a delivery on the ``file`` channel only: it never marks the
    message's email as sent, so ``repmon digest --send`` still mails a digest written before.
    """

    __tablename__ = "outbox_delivery"
    __table_args__ = (UniqueConstraint("key", "channel", name="uq_outbox_delivery_key_channel"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=255, description="the outbox item's idempotency key")
    channel: str = Field(max_length=64)
    where: str = Field(description="the folder, smtp://host:port or chat:VAR it went to")
    delivered_at: datetime = _utc_column(nullable=False)


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


# The team inbox (``repmon web``) ----------------------------------------------------------


class User(SQLModel, table=True):
    __tablename__ = "web_user"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=64, unique=True)
    role: str = Field(max_length=16)
    password_hash: str = Field(max_length=255)
    session_version: int = 1  # bumped on a new password: older sessions stop working
    created_at: datetime = _utc_column(nullable=False)


class ApiToken(SQLModel, table=True):
    """A bearer token for ``/api/v1``; only its SHA-256 is stored."""

    __tablename__ = "api_token"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="web_user.id", index=True)
    token_hash: str = Field(max_length=64, unique=True)
    label: str | None = Field(default=None, max_length=128)
    created_at: datetime = _utc_column(nullable=False)
    last_used_at: datetime | None = _utc_column()
    revoked_at: datetime | None = _utc_column()


class MentionEvent(SQLModel, table=True):
    """The history of a mention: status changes, notes, assignment, approvals, corrections."""

    __tablename__ = "mention_event"

    id: int | None = Field(default=None, primary_key=True)
    mention_id: int = Field(foreign_key="mention.id", index=True)
    kind: str = Field(max_length=16)  # status, note, assign, submit, approve, return, correct
    by: str = Field(max_length=64)
    at: datetime = _utc_column(nullable=False)
    value: str | None = Field(default=None, max_length=255)  # the new status, assignee, ...
    note: str | None = None


class Assignment(SQLModel, table=True):
    __tablename__ = "mention_assignment"

    mention_id: int = Field(foreign_key="mention.id", primary_key=True)
    user_name: str = Field(max_length=64, index=True)
    by: str = Field(max_length=64)
    at: datetime = _utc_column(nullable=False)


class Approval(SQLModel, table=True):
    """A reply a responder submitted; an approver approves it or returns it with a note."""

    __tablename__ = "reply_approval"

    id: int | None = Field(default=None, primary_key=True)
    mention_id: int = Field(foreign_key="mention.id", index=True)
    channel: str = Field(max_length=16)  # public or offline
    text: str
    state: str = Field(default="pending", max_length=16, index=True)  # approved, returned
    submitted_by: str = Field(max_length=64)
    submitted_at: datetime = _utc_column(nullable=False)
    decided_by: str | None = Field(default=None, max_length=64)
    decided_at: datetime | None = _utc_column()
    note: str | None = None


class Correction(SQLModel, table=True):
    """A person's correction of the reading; ``repmon export --labels`` writes them."""

    __tablename__ = "mention_correction"

    id: int | None = Field(default=None, primary_key=True)
    mention_id: int = Field(foreign_key="mention.id", index=True)
    kind: str = Field(max_length=16)  # not_complaint, not_angry, wrong_type, wrong_brand
    value: str | None = Field(default=None, max_length=128)  # the right type or brand
    by: str = Field(max_length=64)
    at: datetime = _utc_column(nullable=False)


# the web inbox: one status, highest priority first, newest first; the columns its filters
# test follow, so a filtered page reads the index alone until it has its 25 rows
Index(
    "ix_mention_inbox",
    Mention.status,
    Mention.priority,  # type: ignore[arg-type]
    Mention.created_at,  # type: ignore[arg-type]
    Mention.needs_reply,  # type: ignore[arg-type]
    Mention.brand,
    Mention.source,
    Mention.complaint_type,
    Mention.language,
    Mention.is_complaint,  # type: ignore[arg-type]
    Mention.anger,  # type: ignore[arg-type]
)


class LoginFailure(SQLModel, table=True):
    """A failed web login, per address and per user name: the limit holds across every
    ``repmon web`` worker process (``monitor.web.security.LoginLimiter``)."""

    __tablename__ = "web_login_failure"
    __table_args__ = (Index("ix_web_login_failure_key_at", "key", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=320)  # "ip:ADDRESS" or "user:NAME"
    at: datetime = _utc_column(nullable=False)


class MentionChange(SQLModel, table=True):
    """Ids of mentions whose filtered columns changed or that were deleted, written by
    triggers (``monitor.change_log``): the web inbox's counts follow it."""

    __tablename__ = "mention_change"
    __table_args__ = {"sqlite_autoincrement": True}  # a number is never given out twice

    seq: int | None = Field(default=None, primary_key=True)
    mention_id: int


@event.listens_for(SQLModel.metadata, "after_create")
def _change_triggers(target: Any, connection: Any, **_: Any) -> None:
    """``create_all`` installs the triggers the migration installs."""
    from monitor.change_log import create_statements

    for statement in create_statements(connection.dialect.name):
        connection.exec_driver_sql(statement)


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
