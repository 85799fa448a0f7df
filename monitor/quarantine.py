"""The quarantine: items a source gave that could not be stored, kept to look at or retry.

An item lands here when a connector could not read it (an ``ItemError`` with its ``raw``
payload), when ``monitor.normalise`` cannot make it storable, or when the database refuses
its row. It is written in the same transaction as the rest of its page and the page's
cursor, so a cursor never moves past an item that was neither stored nor quarantined.

``raw`` is kept as ASCII JSON (``{"kind": "found"|"payload", "value": ...}``): lone
surrogates and NUL survive as escapes, which both databases accept, and ``decode_raw``
gives the item back exactly as received.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlmodel import Session, col, select

from connectors.base import Found, ItemError
from monitor.models import QuarantineItem
from monitor.safety import clean_line, clean_text

RAW_LIMIT = 1_000_000  # characters of JSON kept per item
FOUND_KEYS = ("source", "external_id", "text", "created_at", "url", "author", "author_reach",
              "title", "language", "rating", "meta", "edited_at")  # fmt: skip
OPEN, STORED, DROPPED = "open", "stored", "dropped"


@dataclass(frozen=True)
class Held:
    """One item to quarantine: its id (or ``file:line``), the error, and the raw JSON."""

    item: str
    error: str
    raw: str | None


def _default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    return repr(value)


def encode_raw(kind: Literal["found", "payload"], value: Any) -> str:
    """The item as ASCII JSON, cut to ``RAW_LIMIT`` (then no longer retryable, but seen)."""
    try:
        text = json.dumps({"kind": kind, "value": value}, ensure_ascii=True, default=_default)
    except (ValueError, TypeError, RecursionError) as e:  # circular, or NaN-like keys
        text = json.dumps({"kind": "unreadable", "value": f"{type(e).__name__}: {e}"})
    if len(text) > RAW_LIMIT:
        text = json.dumps({"kind": "truncated", "value": text[:RAW_LIMIT]}, ensure_ascii=True)
    return text


def decode_raw(raw: str | None) -> tuple[str, Any]:
    """``(kind, value)`` of a stored raw payload; kind ``none`` when nothing was kept."""
    if raw is None:
        return "none", None
    data = json.loads(raw)
    return str(data.get("kind")), data.get("value")


def _item_id(value: Any) -> str:
    return clean_line(value, limit=255) or clean_line(repr(value), limit=255) or "?"


def held_error(error: ItemError) -> Held:
    raw = encode_raw("payload", error.raw) if error.raw is not None else None
    return Held(_item_id(error.item), clean_text(error.message, limit=4000), raw)


def held_found(found: Found, error: str) -> Held:
    value = {k: getattr(found, k) for k in FOUND_KEYS}
    return Held(_item_id(found.external_id), clean_text(error, limit=4000),
                encode_raw("found", value))  # fmt: skip


def held_row(row: Mapping[str, Any], error: str) -> Held:
    """A mention row the database refused, kept as the ``Found`` it came from."""
    value = {k: row.get(k) for k in FOUND_KEYS}
    return Held(_item_id(row.get("external_id")), clean_text(error, limit=4000),
                encode_raw("found", value))  # fmt: skip


def hold(session: Session, *, source: str, partition: str, items: Sequence[Held],
         now: datetime) -> int:  # fmt: skip
    """Quarantine ``items`` (in the caller's transaction); an item seen again counts an
    attempt and keeps a ``dropped`` status. Returns how many items were held."""
    for held in items:
        entry = session.exec(select(QuarantineItem).where(
            QuarantineItem.source == source, QuarantineItem.partition == partition,
            QuarantineItem.item == held.item)).first()  # fmt: skip
        if entry is None:
            entry = QuarantineItem(source=source, partition=partition, item=held.item,
                                   error=held.error, raw=held.raw, first_seen_at=now,
                                   last_seen_at=now)  # fmt: skip
        else:
            entry.attempts += 1
            entry.error, entry.raw, entry.last_seen_at = held.error, held.raw, now
            entry.status = DROPPED if entry.status == DROPPED else OPEN
        session.add(entry)
        session.flush()
    return len(items)


def entries(session: Session, *, status: str | None = OPEN, source: str | None = None,
            limit: int = 100) -> list[QuarantineItem]:  # fmt: skip
    stmt = select(QuarantineItem)
    if status is not None:
        stmt = stmt.where(QuarantineItem.status == status)
    if source is not None:
        stmt = stmt.where(QuarantineItem.source == source)
    order = col(QuarantineItem.last_seen_at).desc()
    return list(session.exec(stmt.order_by(order, col(QuarantineItem.id)).limit(limit)))


def count_open(session: Session) -> int:
    from sqlalchemy import func

    stmt = select(func.count()).select_from(QuarantineItem)
    return int(session.exec(stmt.where(QuarantineItem.status == OPEN)).one())
