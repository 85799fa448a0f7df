"""An edited post updates its stored mention instead of arriving as a new one.

Platforms keep a post's id across edits (X's ``edit_history_tweet_ids``, Reddit's
``edited``), so a page can bring a post that is stored already with a newer ``edited_at``.
Its row for that brand takes the new text, metadata and reading (the reading follows the
text: an edit can turn praise into a complaint), keeps its workflow (status, note,
follow-up) and keeps the earlier text in ``meta["edits"]``, newest last, so a person
answering it can see what was said before. The runner gives an edited post a row for every
brand it is stored for, even one the new text no longer names, so no brand keeps a stale copy.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, tuple_, update
from sqlalchemy.exc import SQLAlchemyError

from monitor.models import Mention

MAX_EDITS = 10  # earlier versions kept per mention
EDIT_TEXT = 10_000
# identity and workflow: an edit never changes these
_KEEP = {"id", "source", "external_id", "brand", "source_name", "created_at", "fetched_at",
         "status", "status_note", "status_by", "status_at", "follow_up_on"}  # fmt: skip


@dataclass
class Saved:
    """What ``save_page`` did with a page."""

    new_ids: list[int] = field(default_factory=list)
    updated_ids: list[int] = field(default_factory=list)  # stored posts that were edited
    quarantined: int = 0


def is_edit(
    *, stored_at: datetime | None, stored_text: str, edited_at: datetime | None, text: str
) -> bool:
    """Newer than what is stored; or the text changed and the platform says it was edited
    (and it is not an older version delivered late)."""
    if edited_at is None:
        return False
    if stored_at is None:
        return True
    return edited_at > stored_at or (edited_at == stored_at and text != stored_text)


Failed = list[tuple[Mapping[str, Any], str]]


def apply_edits(
    conn: Connection, rows: Sequence[Mapping[str, Any]], saved: Saved, failed: Failed
) -> list[Mapping[str, Any]]:
    """Update the stored rows that these rows edit; return the rows left to insert. An
    update the database refuses goes to ``failed`` (for the quarantine) with its reason."""
    if not any(row.get("edited_at") for row in rows):
        return list(rows)  # nothing says edited: one insert, no look-up
    table = Mention.__table__  # type: ignore[attr-defined]
    keys = {(r["source"], r["external_id"], r["brand"]) for r in rows}
    cols = (table.c.id, table.c.source, table.c.external_id, table.c.brand, table.c.text,
            table.c.title, table.c.edited_at, table.c.meta)  # fmt: skip
    key_cols = tuple_(table.c.source, table.c.external_id, table.c.brand)
    stored = {(r.source, r.external_id, r.brand): r
              for r in conn.execute(select(*cols).where(key_cols.in_(list(keys))))}  # fmt: skip
    rest: list[Mapping[str, Any]] = []
    for row in rows:
        old = stored.get((row["source"], row["external_id"], row["brand"]))
        if old is None:
            rest.append(row)
        elif is_edit(stored_at=old.edited_at, stored_text=old.text,
                     edited_at=row.get("edited_at"), text=row["text"]):  # fmt: skip
            values = {k: v for k, v in row.items() if k not in _KEEP}
            values["meta"] = with_history(row.get("meta") or {}, old)
            try:
                with conn.begin_nested():
                    conn.execute(update(table).where(table.c.id == old.id).values(**values))
                saved.updated_ids.append(old.id)
            except (SQLAlchemyError, ValueError, OverflowError) as e:
                failed.append((row, refused(e)))
    return rest


def refused(error: Exception) -> str:
    """The database's own message, without SQLAlchemy's statement and parameters."""
    orig = getattr(error, "orig", None) or error
    first = (str(orig).splitlines() or [""])[0]
    return f"database refused the row: {type(orig).__name__}: {first}"


def with_history(meta: Mapping[str, Any], old: Any) -> dict[str, Any]:
    """The new metadata, carrying the stored edit history plus the version being replaced."""
    before = old.meta.get("edits") if isinstance(old.meta, dict) else None
    history = list(before) if isinstance(before, list) else []
    history.append({
        "text": old.text[:EDIT_TEXT], "title": old.title,
        "edited_at": old.edited_at.isoformat() if old.edited_at else None,
    })  # fmt: skip
    return {**meta, "edits": history[-MAX_EDITS:]}
