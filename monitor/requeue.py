"""Retry quarantined items: read each again, normalise, match, score and store what works.

After an upgrade (a normaliser that copes with more, a connector that reads a new shape) or
a fix to an export file's line, ``repmon quarantine retry`` takes items out of the
quarantine through the same path as a scan. An item from a connector's ``ItemError`` is
read again by the connector's ``parse_raw(raw)`` where it has one (the JSONL import does);
an item that was read but could not be stored is rebuilt from the ``Found`` kept with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import col, select

from connectors.base import Found
from monitor.models import QuarantineItem
from monitor.quarantine import DROPPED, FOUND_KEYS, OPEN, STORED, decode_raw
from monitor.runner import Partition, Scan, partitions
from monitor.storage import Database


class CannotRetry(Exception):
    """This item cannot be read again as it is; the message says why."""


@dataclass(frozen=True)
class Outcome:
    id: int
    item: str
    stored: bool
    message: str


def retry(scan: Scan, ids: Sequence[int] | None = None) -> list[Outcome]:
    """Retry the open items ``ids`` (all open items when None); each gets an outcome."""
    with scan.db.session() as session:
        stmt = select(QuarantineItem).where(QuarantineItem.status == OPEN)
        if ids is not None:
            stmt = select(QuarantineItem).where(col(QuarantineItem.id).in_(list(ids)))
        chosen = list(session.exec(stmt.order_by(col(QuarantineItem.id))))
    missing = sorted(set(ids or ()) - {e.id for e in chosen})
    return [_retry_one(scan, entry) for entry in chosen] + [
        Outcome(i, "?", False, "not retried: no such item (see repmon quarantine list)")
        for i in missing
    ]


def _retry_one(scan: Scan, entry: QuarantineItem) -> Outcome:
    assert entry.id is not None
    if entry.status != OPEN:
        return Outcome(entry.id, entry.item, False, f"not retried: it is {entry.status}")
    try:
        part = _partition(scan, entry)
        rows = scan.rows_for(part, _found(scan, part, entry))
    except (CannotRetry, ValueError, TypeError) as e:
        _failed_again(scan, entry, str(e))
        return Outcome(entry.id, entry.item, False, f"still quarantined: {e}")
    saved = scan.db.save_page(source=entry.source, brand=entry.partition, rows=rows,
                              cursor=None, now=scan.now)  # fmt: skip
    if saved.quarantined:
        return Outcome(entry.id, entry.item, False, "still quarantined: the database refused it")
    _set_status(scan, entry.id, STORED)
    if not rows:
        return Outcome(entry.id, entry.item, True, "read; it is for no watched brand")
    ids = ", ".join(map(str, saved.new_ids + saved.updated_ids)) or "stored already"
    return Outcome(entry.id, entry.item, True, f"stored: mention {ids}")


def _partition(scan: Scan, entry: QuarantineItem) -> Partition:
    for part in partitions(scan.settings, scan.registry, sources=[entry.source]):
        if part.brand == entry.partition:
            return part
    raise CannotRetry(f"source {entry.source!r} no longer polls {entry.partition!r}")


def _found(scan: Scan, part: Partition, entry: QuarantineItem) -> Found:
    kind, value = decode_raw(entry.raw)
    if kind == "found" and isinstance(value, dict):
        fields: dict[str, Any] = {k: value.get(k) for k in FOUND_KEYS}
        return Found(**fields)
    if kind == "payload" and isinstance(value, str):
        parse: Any = getattr(scan.connector(part.source), "parse_raw", None)
        if parse is None:
            raise CannotRetry(f"{part.source.kind} cannot read a kept item again; drop it")
        found = parse(value)
        if not isinstance(found, Found):
            raise CannotRetry(f"{part.source.kind} read nothing from the kept item")
        return found
    raise CannotRetry("no readable raw payload was kept (too large, or none given)")


def _failed_again(scan: Scan, entry: QuarantineItem, error: str) -> None:
    with scan.db.session() as session, session.begin():
        row = session.get(QuarantineItem, entry.id)
        if row is not None:
            row.attempts += 1
            row.error, row.last_seen_at = error[:4000], scan.now


def _set_status(scan: Scan, entry_id: int, status: str) -> None:
    with scan.db.session() as session, session.begin():
        row = session.get(QuarantineItem, entry_id)
        if row is not None:
            row.status = status


def drop(db: Database, entry_id: int) -> bool:
    """Mark an item dropped: no longer listed, and not quarantined again when seen again."""
    with db.session() as session, session.begin():
        row = session.get(QuarantineItem, entry_id)
        if row is None:
            return False
        row.status = DROPPED
        return True
