"""The inbox: which mentions still need an answer, and who answered what, when.

A mention moves ``new -> replied -> resolved``, or to ``ignored`` with a reason; ``new``
again reopens it. Each move records who, when and a note. Resolving sets ``follow_up_on``
to the brand's local date plus its ``voice.follow_up_days``, which puts the mention under
"Follow-ups due" in that day's digest: a recovered customer, asked later how it went, often
becomes an advocate.

The move is a compare-and-set on the old status, so two people marking the same mention at
once cannot both win: the second gets an error naming the id.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from operator import itemgetter
from typing import Any

from sqlalchemy import func, update
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from monitor.config import Brand
from monitor.errors import StatusError
from monitor.models import Mention, Status
from monitor.storage import Database

ALLOWED: dict[Status, frozenset[Status]] = {
    Status.NEW: frozenset({Status.REPLIED, Status.RESOLVED, Status.IGNORED}),
    Status.REPLIED: frozenset({Status.RESOLVED, Status.NEW}),
    Status.RESOLVED: frozenset({Status.NEW}),
    Status.IGNORED: frozenset({Status.NEW}),
}


@dataclass(frozen=True)
class Change:
    id: int
    brand: str
    old: Status
    new: Status
    by: str
    at: datetime
    note: str | None
    follow_up_on: date | None


def follow_up_date(brand: Brand, *, now: datetime) -> date:
    """Today in the brand's timezone, plus its follow-up delay (not the UTC date)."""
    return now.astimezone(brand.tz).date() + timedelta(days=brand.voice.follow_up_days)


def _check(mention: Mention | None, mention_id: int, new: Status, note: str | None) -> Status:
    if mention is None:
        raise StatusError(f"mention {mention_id}: no such mention")
    old = Status(mention.status)
    if new is old:
        raise StatusError(f"mention {mention_id} is already {old.value}")
    if new not in ALLOWED[old]:
        allowed = ", ".join(sorted(s.value for s in ALLOWED[old]))
        raise StatusError(
            f"mention {mention_id} is {old.value}; it can become {allowed}, not {new.value}"
        )
    if new is Status.IGNORED and not (note and note.strip()):
        raise StatusError(f"mention {mention_id}: say why it is ignored (--note)")
    return old


def mark(
    db: Database, mention_id: int, status: Status, *, brands: Mapping[str, Brand], by: str,
    now: datetime, note: str | None = None,
) -> Change:  # fmt: skip
    """Move one mention to ``status``; raises ``StatusError`` naming the id when it cannot."""
    with db.session() as session, session.begin():
        mention = session.get(Mention, mention_id)
        old = _check(mention, mention_id, status, note)
        assert mention is not None
        follow_up = None
        if status is Status.RESOLVED:
            brand = brands.get(mention.brand)
            if brand is None:
                raise StatusError(
                    f"mention {mention_id}: its brand {mention.brand!r} is not in the config, "
                    "so it has no follow-up delay"
                )
            follow_up = follow_up_date(brand, now=now)
        values: dict[str, Any] = {
            "status": status.value, "status_note": note, "status_by": by,
            "status_at": now, "follow_up_on": follow_up,
        }  # fmt: skip
        stmt = update(Mention).where(
            col(Mention.id) == mention_id, col(Mention.status) == old.value
        )
        if session.execute(stmt.values(**values)).rowcount != 1:  # type: ignore[attr-defined]
            raise StatusError(f"mention {mention_id} was changed by someone else; look again")
    return Change(mention_id, mention.brand, old, status, by, now, note, follow_up)


def inbox_query(
    *, brand: str | None = None, status: Status = Status.NEW, complaint_type: str | None = None,
    everything: bool = False,
) -> SelectOfScalar[Mention]:  # fmt: skip
    """Highest priority first. New mentions are limited to those needing a reply unless
    ``everything``: the inbox is what needs an answer, not every passing mention."""
    stmt = select(Mention).where(Mention.status == status.value)
    if status is Status.NEW and not everything:
        stmt = stmt.where(col(Mention.needs_reply))
    if brand is not None:
        stmt = stmt.where(Mention.brand == brand)
    if complaint_type is not None:
        stmt = stmt.where(Mention.complaint_type == complaint_type)
    return stmt.order_by(col(Mention.priority).desc(), col(Mention.created_at).desc())


def _range(
    stmt: SelectOfScalar[Any], brand: str | None, since: datetime | None, until: datetime | None
) -> SelectOfScalar[Any]:
    if brand is not None:
        stmt = stmt.where(Mention.brand == brand)
    if since is not None:
        stmt = stmt.where(col(Mention.created_at) >= since)
    if until is not None:
        stmt = stmt.where(col(Mention.created_at) < until)
    return stmt


def count_between(
    session: Session, *, brand: str | None, since: datetime | None, until: datetime | None
) -> int:
    stmt = _range(select(func.count()).select_from(Mention), brand, since, until)
    return int(session.exec(stmt).one())


def mentions_between(
    session: Session, *, brand: str | None, since: datetime | None, until: datetime | None,
    batch: int = 500,
) -> Iterator[Mention]:  # fmt: skip
    """Oldest first, streamed in batches: an export of a million rows never holds them all."""
    stmt = _range(select(Mention), brand, since, until)
    stmt = stmt.order_by(col(Mention.created_at), col(Mention.id)).execution_options(
        yield_per=batch
    )
    yield from session.exec(stmt)


EXPORT_FIELDS = (
    "id", "brand", "source", "source_name", "external_id", "url", "author", "author_reach",
    "created_at", "language", "title", "text", "rating", "sentiment", "anger", "is_complaint",
    "complaint_type", "request", "needs_reply", "priority", "reasons", "matched_terms",
    "status", "status_note", "status_by", "status_at", "follow_up_on", "edited_at", "meta",
)  # fmt: skip


def as_record(mention: Any) -> dict[str, Any]:
    """A mention as plain JSON-ready data: datetimes in ISO 8601 UTC, dates as YYYY-MM-DD.
    ``mention`` is a ``Mention`` or a row with the ``EXPORT_FIELDS`` columns."""
    return as_records([mention])[0]


def as_records(mentions: Sequence[Any]) -> list[dict[str, Any]]:
    """``as_record`` of each. Rows of one result (database rows or named tuples) are read
    as tuples, by positions found once: a database row's attributes cost a microsecond
    each, 29 columns on every row of a page."""
    if not mentions:
        return []
    fields = getattr(mentions[0], "_fields", None)
    if isinstance(fields, tuple):
        pick = itemgetter(*(fields.index(name) for name in EXPORT_FIELDS))
        values: Iterable[Sequence[Any]] = (pick(m) for m in mentions)
    else:
        values = ([getattr(m, name) for name in EXPORT_FIELDS] for m in mentions)
    return [
        {
            name: value.isoformat() if isinstance(value, _DATED) else value
            for name, value in zip(EXPORT_FIELDS, one, strict=True)
        }
        for one in values
    ]


_DATED = (datetime, date)
