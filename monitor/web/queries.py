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
from collections import namedtuple
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, and_, bindparam, false, or_, select, tuple_
from sqlmodel import Session, col

from monitor.config import Brand
from monitor.inbox import EXPORT_FIELDS
from monitor.models import Assignment, ComplaintType, Mention, Status, UTCDateTime

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


_EQUAL = (("brand", "brand"), ("source", "source"), ("type", "complaint_type"),
          ("language", "language"))  # fmt: skip


def where(stmt: Any, f: Filters, *, brands: Sequence[Brand]) -> Any:
    """Apply every filter, each value as a bound parameter named after its filter (the
    statement for one set of filters in use is built once, see ``_statement``)."""
    stmt = stmt.where(col(Mention.status) == bindparam("status"))
    if f.status == Status.NEW.value and not f.everything:
        stmt = stmt.where(col(Mention.needs_reply))
    for name, column in _EQUAL:
        if getattr(f, name) is not None:
            stmt = stmt.where(getattr(Mention, column) == bindparam(name))
    if f.answer_now:
        stmt = stmt.where(answer_now(brands))
    if f.assigned is not None:
        stmt = stmt.join(Assignment, col(Assignment.mention_id) == col(Mention.id)).where(
            col(Assignment.user_name) == bindparam("assigned")
        )
    return stmt


def _values(f: Filters) -> dict[str, Any]:
    names = ("status", *(n for n, _ in _EQUAL), "assigned")
    return {n: getattr(f, n) for n in names if getattr(f, n) is not None}


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
    rows: list[Any]  # named tuples: the ``columns`` asked for and ``flags``, by attribute
    next_cursor: str | None


@lru_cache(maxsize=64)
def _row_type(names: tuple[str, ...]) -> Any:
    """A named tuple per set of columns. A database row's attributes go through a failed
    lookup first (about a microsecond each), and a page reads some four hundred."""
    return namedtuple("PageRow", names)


@lru_cache(maxsize=512)
def _statement(
    shape: Filters, thresholds: tuple[tuple[str, float], ...], columns: tuple[str, ...],
    cursor: bool,
) -> Any:  # fmt: skip
    """The statement for one set of filters in use (``shape``: which are set, not their
    values): building it costs more than running it, so it is built once, and the page
    size is a bound value too. Running the very object SQLAlchemy compiled also spares
    matching a new, equal statement's columns to the cached form, which cost more than
    the query."""
    wanted = dict.fromkeys(("id", "priority", "created_at", "scored", *columns))  # cursor, warnings
    selected = [getattr(Mention, name) for name in wanted]
    flags = col(Mention.reading)["flags"].label("flags")
    brands = [_Threshold(name, limit) for name, limit in thresholds]
    stmt = where(select(*selected, flags), shape, brands=brands)  # type: ignore[arg-type]
    if cursor:
        key = tuple_(Mention.priority, Mention.created_at, Mention.id)
        created = bindparam("c", type_=UTCDateTime())
        stmt = stmt.where(key < tuple_(bindparam("p"), created, bindparam("i")))
    return stmt.order_by(
        col(Mention.priority).desc(), col(Mention.created_at).desc(), col(Mention.id).desc()
    ).limit(bindparam("size"))


@dataclass(frozen=True)
class _Alerts:
    anger_threshold: float


class _Threshold:
    """What ``answer_now`` reads of a brand: its name and alert threshold."""

    def __init__(self, name: str, limit: float) -> None:
        self.name, self.alerts = name, _Alerts(limit)


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

    def used(value: str | None) -> str | None:
        return None if value is None else "?"

    shape = replace(f, brand=used(f.brand), source=used(f.source), type=used(f.type),
                    language=used(f.language), assigned=used(f.assigned))  # fmt: skip
    thresholds = tuple((b.name, b.alerts.anger_threshold) for b in brands) if f.answer_now else ()
    stmt = _statement(shape, thresholds, tuple(columns), bool(cursor))
    values = {**_values(f), "size": size + 1}
    if cursor:
        values["p"], values["c"], values["i"] = decode_cursor(cursor)
    conn = session.connection() if isinstance(session, Session) else session
    result = conn.execute(stmt, values)  # Core rows: no ORM on the way
    make = _row_type(tuple(result.keys()))._make
    rows = [make(row) for row in result]
    more = len(rows) > size
    rows = rows[:size]
    return Page(rows, encode_cursor(rows[-1]) if more and rows else None)
