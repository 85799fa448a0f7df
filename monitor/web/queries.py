"""The inbox as the web pages and the API see it: filters, keyset pages and counts.

Pages are keyset pages (``priority, created_at, id`` below the last row seen), so page 500
costs what page 1 costs and a row marked meanwhile never shifts the next page. The cursor
is an opaque url-safe string. ``ix_mention_inbox`` holds the order and every filtered
column, so a filtered page is read from the index until its rows are found. A page selects
the columns its readers show (``LIST`` for the page, ``RECORD`` for the API) as plain rows,
with the reading's flags instead of the whole reading: loading ORM objects and parsing 25
readings cost more than the rest of a request. Counts per filter live in
``monitor.web.counts``.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, false, or_, select, tuple_
from sqlalchemy.engine import Row
from sqlmodel import Session, col

from monitor.config import Brand
from monitor.inbox import EXPORT_FIELDS
from monitor.models import Assignment, ComplaintType, Mention, Status

PAGE = 25


class FilterError(ValueError):
    """A filter value is not allowed; the message names the filter."""


@dataclass(frozen=True)
class Filters:
    brand: str | None = None
    source: str | None = None
    status: str = Status.NEW.value
    type: str | None = None
    language: str | None = None
    answer_now: bool = False
    assigned: str | None = None  # a user name
    everything: bool = False  # also new mentions that need no reply

    @classmethod
    def parse(cls, params: dict[str, str], *, me: str) -> Filters:
        """From query parameters; ``assigned=me`` means the logged-in user."""
        get = {k: v.strip() for k, v in params.items() if v and v.strip()}
        status = get.get("status", Status.NEW.value)
        if status not in {s.value for s in Status}:
            raise FilterError(f"status: {status!r} is not one of {', '.join(Status)}")
        kind = get.get("type")
        if kind is not None and kind not in {t.value for t in ComplaintType}:
            raise FilterError(f"type: {kind!r} is not one of {', '.join(ComplaintType)}")
        assigned = get.get("assigned")
        return cls(
            brand=get.get("brand"),
            source=get.get("source"),
            status=status,
            type=kind,
            language=get.get("language"),
            answer_now=get.get("answer_now") in ("1", "true", "on"),
            assigned=me if assigned == "me" else assigned,
            everything=get.get("everything") in ("1", "true", "on"),
        )

    def query(self, *, me: str) -> dict[str, str]:
        """Back to query parameters (for links), leaving out defaults."""
        out: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value in (None, False) or (f.name == "status" and value == Status.NEW.value):
                continue
            out[f.name] = "1" if value is True else ("me" if value == me else str(value))
        return out


def answer_now(brands: Sequence[Brand]) -> Any:
    """An angry complaint by each brand's own alert threshold."""
    per_brand = [
        and_(col(Mention.brand) == b.name, col(Mention.anger) >= b.alerts.anger_threshold)
        for b in brands
    ]
    return and_(col(Mention.is_complaint), or_(*per_brand) if per_brand else false())


def where(stmt: Any, f: Filters, *, brands: Sequence[Brand], skip: str = "") -> Any:
    """Apply every filter except ``skip`` (the counts of one filter ignore that filter)."""
    if skip != "status":
        stmt = stmt.where(Mention.status == f.status)
        if f.status == Status.NEW.value and not f.everything:
            stmt = stmt.where(col(Mention.needs_reply))
    elif not f.everything:  # each status counted as its own page would show it
        stmt = stmt.where(or_(col(Mention.status) != Status.NEW.value, col(Mention.needs_reply)))
    for name, column in (
        ("brand", Mention.brand),
        ("source", Mention.source),
        ("type", Mention.complaint_type),
        ("language", Mention.language),
    ):
        value = getattr(f, name)
        if value is not None and skip != name:
            stmt = stmt.where(column == value)
    if f.answer_now and skip != "answer_now":
        stmt = stmt.where(answer_now(brands))
    if f.assigned is not None:
        stmt = stmt.join(Assignment, col(Assignment.mention_id) == col(Mention.id)).where(
            Assignment.user_name == f.assigned
        )
    return stmt


LIST = ("id", "source", "author", "author_reach", "created_at", "status", "status_at", "text",
        "complaint_type", "anger", "is_complaint", "brand", "scored", "priority")  # fmt: skip
RECORD = EXPORT_FIELDS


def encode_cursor(m: Any) -> str:
    raw = json.dumps([m.priority, m.created_at.isoformat(), m.id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[float, datetime, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        priority, created, ident = json.loads(raw)
        return float(priority), datetime.fromisoformat(created), int(ident)
    except (ValueError, TypeError) as e:
        raise FilterError("cursor: not a cursor this inbox handed out") from e


@dataclass(frozen=True)
class Page:
    rows: list[Row[Any]]  # the ``columns`` asked for and ``flags``, by attribute
    next_cursor: str | None


def page(
    session: Session | Connection,
    f: Filters,
    *,
    brands: Sequence[Brand],
    cursor: str | None = None,
    size: int = PAGE,
    columns: Sequence[str] = LIST,
) -> Page:
    """One page, highest priority first, then newest, then highest id."""
    wanted = dict.fromkeys(("id", "priority", "created_at", "scored", *columns))  # cursor, warnings
    selected = [getattr(Mention, name) for name in wanted]
    flags = col(Mention.reading)["flags"].label("flags")
    stmt = where(select(*selected, flags), f, brands=brands)
    if cursor:
        priority, created, ident = decode_cursor(cursor)
        stmt = stmt.where(
            tuple_(Mention.priority, Mention.created_at, Mention.id) < (priority, created, ident)
        )
    stmt = stmt.order_by(
        col(Mention.priority).desc(), col(Mention.created_at).desc(), col(Mention.id).desc()
    ).limit(size + 1)
    conn = session.connection() if isinstance(session, Session) else session
    rows = list(conn.execute(stmt))  # Core rows: no ORM on the way
    more = len(rows) > size
    rows = rows[:size]
    return Page(rows, encode_cursor(rows[-1]) if more and rows else None)
