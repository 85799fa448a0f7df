"""Exactly-once delivery of digests and alerts through the ``outbox_item`` table.

Each message is first stored under an idempotency key (``digest:<brand>:<date>``,
``alert:<mention id>:<channel>``), unique in the table, so building the same digest twice
queues it once. Delivery then moves each row ``pending -> sending -> sent``:

1. **claim**: one ``UPDATE ... WHERE status = 'pending'`` (or a ``sending`` row whose lease
   ran out) sets ``sending``, ``claimed_at`` and ``attempts + 1`` and commits. Only the worker
   whose update hit the row sends it, so two schedulers never both send.
2. **send** through a ``Sender``.
3. **record**: ``sent`` + ``sent_at`` on success; on a ``DeliveryError`` back to ``pending``
   with ``last_error``, to be retried by the next run. A ``sent`` row is never claimed again.

Written is not sent. Each delivery is recorded per channel in ``outbox_delivery``; writing
the ``.eml``/``.html``/``.txt`` files (``FileOutbox``) is a delivery on the ``file`` channel
only and leaves the row's own channel (email, chat) pending, so a digest written to the
folder is still mailed by ``repmon digest --send``. Files are written once per message.

The residual window: a crash after the server accepted the message and before step 3
commits leaves the row ``sending``. When its lease (``LEASE``) runs out it is claimed and
sent again. We choose **at-least-once** there: a missing morning digest or a lost angry-
customer alert costs more than a rare duplicate, and the duplicate carries the same
Message-ID (derived from the key), so mail clients show it once. Nothing else resends.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import col, select

from monitor.errors import DeliveryError
from monitor.models import OutboxDelivery, OutboxItem
from monitor.redact import redact
from monitor.storage import Database
from monitor.timeutil import utcnow
from reports.render import Rendered
from reports.send import Envelope, FileOutbox, Sender

PENDING, SENDING, SENT = "pending", "sending", "sent"
FILE = "file"  # the channel of a message written to the outbox folder
LEASE = timedelta(minutes=15)


def digest_key(brand: str, day: object) -> str:
    return f"digest:{brand}:{day}"


def alert_key(mention_id: int, channel: str) -> str:
    return f"alert:{mention_id}:{channel}"


@dataclass(frozen=True)
class Delivery:
    keys: tuple[str, ...]
    where: str | None = None
    error: str | None = None
    channel: str | None = None  # ``file`` when written to the folder, not sent
    skipped: str | None = None  # another run holds it or sent it: nothing to do here


@dataclass
class DeliveryReport:
    sent: list[Delivery] = field(default_factory=list)
    failed: list[Delivery] = field(default_factory=list)


def batch_key(keys: Sequence[str]) -> str:
    """One stable key for a batch: the same rows give the same file name and Message-ID.
    A message of one row keeps that row's key (``digest:<brand>:<day>``)."""
    if len(keys) == 1:
        return keys[0]
    digest = hashlib.sha1("+".join(sorted(keys)).encode()).hexdigest()[:12]
    return f"alert-batch-{len(keys)}-{digest}"


_KEYS_PER_QUERY = 500


@dataclass(frozen=True)
class Message:
    """One message to queue: ``key`` makes queueing it twice a no-op."""

    key: str
    kind: str
    brand: str
    channel: str
    rendered: Rendered
    recipients: tuple[str, ...] = ()


class Outbox:
    def __init__(self, db: Database, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self.clock = clock

    def enqueue(
        self, *, key: str, kind: str, brand: str, channel: str, rendered: Rendered,
        recipients: Sequence[str] = (),
    ) -> OutboxItem:  # fmt: skip
        """Store the message under ``key`` unless that key exists; returns the stored row."""
        message = Message(key, kind, brand, channel, rendered, tuple(recipients))
        return self.enqueue_many([message])[0]

    def enqueue_many(self, messages: Sequence[Message]) -> list[OutboxItem]:
        """``enqueue`` for many messages in one transaction (one commit, not one per alert);
        the stored rows in the order asked, a key asked twice giving its one row twice."""
        if not messages:
            return []
        insert = sqlite.insert if self.db.engine.dialect.name == "sqlite" else postgresql.insert
        now = self.clock()
        rows = [
            {
                "key": m.key,
                "kind": m.kind,
                "brand": m.brand,
                "channel": m.channel,
                "subject": m.rendered.subject,
                "body_text": m.rendered.text,
                "body_html": m.rendered.html or None,
                "recipients": list(m.recipients),
                "status": PENDING,
                "attempts": 0,
                "created_at": now,
            }
            for m in messages
        ]
        with self.db.session() as session, session.begin():
            session.execute(insert(OutboxItem).on_conflict_do_nothing(), rows)
        keys = list(dict.fromkeys(m.key for m in messages))
        stored: dict[str, OutboxItem] = {}
        with self.db.session() as session:
            for i in range(0, len(keys), _KEYS_PER_QUERY):
                chunk = keys[i : i + _KEYS_PER_QUERY]
                found = session.exec(select(OutboxItem).where(col(OutboxItem.key).in_(chunk)))
                stored |= {item.key: item for item in found}
        return [stored[m.key] for m in messages]

    def get(self, key: str) -> OutboxItem:
        with self.db.session() as session:
            return session.exec(select(OutboxItem).where(OutboxItem.key == key)).one()

    def unsent(self, *, kind: str | None = None, brand: str | None = None) -> list[OutboxItem]:
        with self.db.session() as session:
            stmt = select(OutboxItem).where(OutboxItem.status != SENT)
            if kind:
                stmt = stmt.where(OutboxItem.kind == kind)
            if brand:
                stmt = stmt.where(OutboxItem.brand == brand)
            return list(session.exec(stmt.order_by(col(OutboxItem.created_at), col(OutboxItem.id))))

    def claim(self, ids: Sequence[int]) -> list[int]:
        """Take the rows nobody else holds; returns the ids this caller now owns, in the
        order given. One ``UPDATE ... RETURNING`` per few hundred rows, not one per row."""
        now, taken = self.clock(), set()
        stale = (col(OutboxItem.status) == SENDING) & (col(OutboxItem.claimed_at) < now - LEASE)
        free = or_(col(OutboxItem.status) == PENDING, stale)
        with self.db.session() as session, session.begin():
            for i in range(0, len(ids), _KEYS_PER_QUERY):
                stmt = (
                    update(OutboxItem)
                    .where(col(OutboxItem.id).in_(list(ids[i : i + _KEYS_PER_QUERY])), free)
                    .values(status=SENDING, claimed_at=now, attempts=OutboxItem.attempts + 1)
                    .returning(col(OutboxItem.id))
                )
                taken |= {row[0] for row in session.execute(stmt)}
        return [i for i in ids if i in taken]

    def _finish(self, ids: Sequence[int], *, error: str | None, where: str = "") -> None:
        now = self.clock()
        values = (
            {"status": PENDING, "last_error": redact(error)[:2000], "claimed_at": None}
            if error
            else {"status": SENT, "sent_at": now, "last_error": None}
        )
        with self.db.session() as session, session.begin():
            stmt = update(OutboxItem).where(col(OutboxItem.id).in_(list(ids))).values(**values)
            session.execute(stmt.where(col(OutboxItem.status) == SENDING))
            if not error:
                rows = session.execute(select(OutboxItem.key, OutboxItem.channel).where(
                    col(OutboxItem.id).in_(list(ids)))).all()  # fmt: skip
                self._record(session, [(k, c) for k, c in rows], where=where, now=now)

    def _record(
        self, session: Any, pairs: Sequence[tuple[str, str]], *, where: str, now: datetime
    ) -> None:
        """Write down one delivery per (key, channel); a second one of the same is a no-op."""
        insert = sqlite.insert if self.db.engine.dialect.name == "sqlite" else postgresql.insert
        rows = [{"key": key, "channel": channel, "where": where, "delivered_at": now}
                for key, channel in pairs]  # fmt: skip
        if rows:
            session.execute(insert(OutboxDelivery).on_conflict_do_nothing(), rows)

    def deliveries(self, key: str) -> dict[str, OutboxDelivery]:
        """Where the message under ``key`` went, by channel."""
        with self.db.session() as session:
            rows = session.exec(select(OutboxDelivery).where(OutboxDelivery.key == key))
            return {d.channel: d for d in rows}

    def _written(self, keys: Sequence[str]) -> set[str]:
        with self.db.session() as session:
            stmt = select(OutboxDelivery.key).where(
                col(OutboxDelivery.key).in_(list(keys)), OutboxDelivery.channel == FILE
            )
            return set(session.exec(stmt))

    def write_files(
        self, ids: Sequence[int], rendered: Rendered, envelope: Envelope, folder: FileOutbox, *,
        keys: Sequence[str],
    ) -> Delivery:  # fmt: skip
        """Write the messages not written yet to the folder; their own channel stays as it is.
        Nothing left to write gives a Delivery with no keys."""
        kept = tuple(k for k in keys if k not in self._written(keys))
        if not kept:
            return Delivery(())
        try:
            where = folder.send(rendered, envelope, key=batch_key(kept))
        except DeliveryError as e:
            return Delivery(kept, error=redact(str(e)))
        with self.db.session() as session, session.begin():
            self._record(session, [(k, FILE) for k in kept], where=where, now=self.clock())
        return Delivery(kept, where=where, channel=FILE)

    def send_once(
        self, *, key: str, kind: str, brand: str, channel: str, rendered: Rendered,
        recipients: Sequence[str], sender: Sender, sender_address: str,
    ) -> tuple[OutboxItem, Delivery | None]:  # fmt: skip
        """Queue a message under ``key`` and send it, unless that key was already sent
        (then the Delivery is None and the row says when)."""
        item = self.enqueue(key=key, kind=kind, brand=brand, channel=channel,
                            rendered=rendered, recipients=recipients)  # fmt: skip
        if isinstance(sender, FileOutbox):
            done = self.send_one(item, sender, sender_address=sender_address)
            return item, (done if done.keys else None)
        if item.status == SENT:
            return item, None
        return item, self.send_one(item, sender, sender_address=sender_address)

    def send_one(self, item: OutboxItem, sender: Sender, *, sender_address: str) -> Delivery:
        """Claim, send and record one stored message."""
        assert item.id is not None
        rendered = Rendered(item.subject, item.body_text, item.body_html or "")
        envelope = Envelope(sender_address, tuple(item.recipients))
        return self.send_batch([item.id], rendered, envelope, sender, keys=[item.key])

    def send_batch(
        self, ids: Sequence[int], rendered: Rendered, envelope: Envelope, sender: Sender, *,
        keys: Sequence[str],
    ) -> Delivery:  # fmt: skip
        """One message covering several rows (a batched alert): all are sent, or none."""
        if isinstance(sender, FileOutbox):
            return self.write_files(ids, rendered, envelope, sender, keys=keys)
        owned = self.claim(ids)
        if not owned:
            # another worker or process holds or sent it: that is not a failure of this one
            return Delivery(tuple(keys), skipped="already sent or being sent by another run")
        kept = tuple(k for i, k in zip(ids, keys, strict=True) if i in owned)
        try:
            where = sender.send(rendered, envelope, key=batch_key(kept))
        except DeliveryError as e:
            self._finish(owned, error=str(e))
            return Delivery(kept, error=redact(str(e)))
        self._finish(owned, error=None, where=where)
        return Delivery(kept, where=where)

    def deliver(
        self, sender_for: Callable[[OutboxItem], Sender], *, sender_address: str,
        kind: str | None = None, brand: str | None = None,
    ) -> DeliveryReport:  # fmt: skip
        """Send every unsent message (of ``kind`` / ``brand``), one at a time."""
        report = DeliveryReport()
        for item in self.unsent(kind=kind, brand=brand):
            try:
                sender = sender_for(item)
            except DeliveryError as e:
                self._record_error(item, str(e))
                report.failed.append(Delivery((item.key,), error=str(e)))
                continue
            done = self.send_one(item, sender, sender_address=sender_address)
            if done.keys and not done.skipped:
                (report.failed if done.error else report.sent).append(done)
        return report

    def _record_error(self, item: OutboxItem, error: str) -> None:
        with self.db.session() as session, session.begin():
            session.execute(
                update(OutboxItem).where(col(OutboxItem.id) == item.id)
                .where(col(OutboxItem.status) == PENDING)
                .values(last_error=redact(error)[:2000], attempts=OutboxItem.attempts + 1)
            )  # fmt: skip
