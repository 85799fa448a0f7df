"""What a team does with a mention: status, notes, assignment, approval, corrections.

Every action writes a ``MentionEvent``, so the mention page shows who did what and when.
Status moves go through ``monitor.inbox.mark`` (the CLI's compare-and-set), so the web and
``repmon mark`` follow one set of rules. Role checks belong to the callers (pages and API);
the rules here hold for everyone: a reply is approved by someone other than its author,
and only a pending one can be decided.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from monitor.config import Brand
from monitor.errors import StatusError
from monitor.inbox import Change, mark
from monitor.models import (
    Approval,
    Assignment,
    ComplaintType,
    Correction,
    Mention,
    MentionEvent,
    Status,
)
from monitor.safety import clean_text
from monitor.storage import Database

CHANNELS = ("public", "offline")
CORRECTIONS = ("not_complaint", "not_angry", "wrong_type", "wrong_brand")
NOTE_LIMIT = 5000
REPLY_LIMIT = 20_000


def _note(note: str | None) -> str | None:
    text = clean_text(note or "", limit=NOTE_LIMIT).strip()
    return text or None


def _event(
    session: Session,
    mention_id: int,
    kind: str,
    by: str,
    now: datetime,
    value: str | None = None,
    note: str | None = None,
) -> None:
    session.add(
        MentionEvent(mention_id=mention_id, kind=kind, by=by, at=now, value=value, note=note)
    )


def _mention(session: Session, mention_id: int) -> Mention:
    mention = session.get(Mention, mention_id)
    if mention is None:
        raise StatusError(f"mention {mention_id}: no such mention")
    return mention


def load_mention(db: Database, mention_id: int) -> Mention:
    """The mention, or the error pages and the API both show for a missing one."""
    with db.session() as session:
        return _mention(session, mention_id)


def status_named(value: str) -> Status:
    if value not in {s.value for s in Status}:
        raise StatusError(f"status: {value!r} is not one of {', '.join(Status)}")
    return Status(value)


def change_status(
    db: Database,
    mention_id: int,
    status: Status,
    *,
    by: str,
    now: datetime,
    brands: Mapping[str, Brand],
    note: str | None = None,
) -> Change:
    change = mark(db, mention_id, status, brands=brands, by=by, now=now, note=_note(note))
    with db.session() as session, session.begin():
        _event(session, mention_id, "status", by, now, status.value, _note(note))
    return change


def add_note(db: Database, mention_id: int, note: str, *, by: str, now: datetime) -> None:
    text = _note(note)
    if text is None:
        raise StatusError(f"mention {mention_id}: the note is empty")
    with db.session() as session, session.begin():
        _mention(session, mention_id)
        _event(session, mention_id, "note", by, now, note=text)


def assign(db: Database, mention_id: int, user: str | None, *, by: str, now: datetime) -> None:
    """Give the mention to ``user``; ``None`` takes it back to the team."""
    with db.session() as session, session.begin():
        _mention(session, mention_id)
        current = session.get(Assignment, mention_id)
        if current is not None:
            session.delete(current)
            session.flush()
        if user:
            session.add(Assignment(mention_id=mention_id, user_name=user, by=by, at=now))
        _event(session, mention_id, "assign", by, now, user or None)


def assignee(session: Session, mention_id: int) -> str | None:
    found = session.get(Assignment, mention_id)
    return found.user_name if found else None


def submit(
    db: Database, mention_id: int, channel: str, text: str, *, by: str, now: datetime
) -> int:
    """Submit an edited reply for approval; returns the approval's id."""
    if channel not in CHANNELS:
        raise StatusError(f"channel: {channel!r} is not one of {', '.join(CHANNELS)}")
    body = clean_text(text, limit=REPLY_LIMIT).strip()
    if not body:
        raise StatusError(f"mention {mention_id}: the {channel} reply is empty")
    with db.session() as session, session.begin():
        _mention(session, mention_id)
        row = Approval(
            mention_id=mention_id, channel=channel, text=body, submitted_by=by, submitted_at=now
        )
        session.add(row)
        _event(session, mention_id, "submit", by, now, channel)
        session.flush()
        assert row.id is not None
        return row.id


def decide(
    db: Database,
    approval_id: int,
    *,
    approve: bool,
    by: str,
    now: datetime,
    note: str | None = None,
) -> Approval:
    """Approve, or return with a note (required): a reply sent back must say why."""
    text = _note(note)
    with db.session() as session, session.begin():
        row = session.get(Approval, approval_id)
        if row is None:
            raise StatusError(f"approval {approval_id}: no such submitted reply")
        if row.state != "pending":
            raise StatusError(f"approval {approval_id} is {row.state} already")
        if row.submitted_by == by:
            raise StatusError(f"approval {approval_id}: someone other than its author approves it")
        if not approve and text is None:
            raise StatusError(f"approval {approval_id}: say what to change (note)")
        row.state = "approved" if approve else "returned"
        row.decided_by, row.decided_at, row.note = by, now, text
        _event(
            session, row.mention_id, "approve" if approve else "return", by, now, row.channel, text
        )
        return row


def approvals(
    session: Session, *, state: str | None = None, mention_id: int | None = None
) -> list[Approval]:
    stmt = select(Approval)
    if state is not None:
        stmt = stmt.where(Approval.state == state)
    if mention_id is not None:
        stmt = stmt.where(Approval.mention_id == mention_id)
    return list(session.exec(stmt.order_by(col(Approval.submitted_at).desc()).limit(200)))


def correct(
    db: Database,
    mention_id: int,
    kind: str,
    value: str | None,
    *,
    by: str,
    now: datetime,
    brands: Mapping[str, Brand],
) -> None:
    """Store a correction of the reading as a labelled example for ``repmon train``."""
    value = (value or "").strip() or None
    if kind not in CORRECTIONS:
        raise StatusError(f"correction: {kind!r} is not one of {', '.join(CORRECTIONS)}")
    if kind == "wrong_type" and value not in {t.value for t in ComplaintType}:
        raise StatusError(f"correction wrong_type: {value!r} is not a complaint type")
    if kind == "wrong_brand" and value not in brands:
        raise StatusError(f"correction wrong_brand: {value!r} is not a configured brand")
    if kind in ("not_complaint", "not_angry"):
        value = None
    with db.session() as session, session.begin():
        _mention(session, mention_id)
        session.add(Correction(mention_id=mention_id, kind=kind, value=value, by=by, at=now))
        _event(session, mention_id, "correct", by, now, kind, value)


@dataclass(frozen=True)
class Event:
    at: datetime
    by: str
    kind: str
    value: str | None
    note: str | None


def history(session: Session, mention_id: int) -> list[Event]:
    stmt = select(MentionEvent).where(MentionEvent.mention_id == mention_id)
    rows = session.exec(stmt.order_by(col(MentionEvent.at), col(MentionEvent.id)))
    return [Event(e.at, e.by, e.kind, e.value, e.note) for e in rows]
