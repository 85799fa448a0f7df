"""The send side of ``repmon run``: digests, alerts, spike alerts, follow-up reminders and
the outbox retry, all through ``reports.outbox`` so several workers send each one once.

Every message has an idempotency key (``digest:<brand>:<day>``, ``spike:<brand>:<hour>``,
``followup:<brand>:<day>``); whichever worker's job runs first queues it, and the outbox's
claim lets exactly one send it. A failed send stays pending and the retry job takes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import select

from monitor.config import Brand, Settings
from monitor.models import Mention, OutboxItem
from monitor.spikes import Spike, spikes_now
from monitor.storage import Database
from reports.alerts import EMAIL, alert_new_mentions, channels, send_alerts
from reports.case import Case
from reports.digest import build_digest
from reports.outbox import Delivery, Outbox, digest_key
from reports.render import Rendered, render
from reports.replies import follow_up_message
from reports.send import Sender

SEND_KINDS = ("digest", "spike", "followup")  # alerts go through send_alerts (batched, capped)


@dataclass(frozen=True)
class Senders:
    """Where messages go: ``mail`` for email, ``for_channel`` for an alert channel."""

    mail: Sender
    for_channel: Callable[[str], Sender]

    def for_item(self, item: OutboxItem) -> Sender:
        return self.mail if item.channel == EMAIL else self.for_channel(item.channel)


def digest_day(brand: Brand, now: datetime) -> date | None:
    """The local day whose digest is due at ``now`` (its time has passed), if any."""
    local = now.astimezone(brand.tz)
    if brand.digest.weekdays_only and local.weekday() >= 5:
        return None
    return local.date() if local.time() >= brand.digest.time else None


def send_digest(
    db: Database, settings: Settings, brand: Brand, senders: Senders, *, day: date, now: datetime
) -> Delivery | None:
    """Queue the brand's digest for ``day`` and send it unless it is already sent."""
    with db.session() as session:
        rendered = render(build_digest(session, brand, day=day, now=now))
    key = digest_key(brand.name, day.isoformat())
    return _mail_once(db, settings, brand, senders, key=key, kind="digest", rendered=rendered,
                      now=now)  # fmt: skip


def _mail_once(
    db: Database, settings: Settings, brand: Brand, senders: Senders, *, key: str, kind: str,
    rendered: Rendered, now: datetime,
) -> Delivery | None:  # fmt: skip
    """Queue an email to the brand's recipients under ``key``; send it unless already sent."""
    _, delivery = Outbox(db, clock=lambda: now).send_once(
        key=key, kind=kind, brand=brand.name, channel=EMAIL, rendered=rendered,
        recipients=brand.digest.recipients, sender=senders.mail,
        sender_address=settings.email.from_address,
    )  # fmt: skip
    return delivery


def send_spikes(
    db: Database, settings: Settings, brand: Brand, senders: Senders, *, now: datetime
) -> list[Spike]:
    """One crisis alert per brand, channel and hour while its last hour is a spike."""
    found = spikes_now(db, brand, now=now, min_count=settings.run.spike_min_count)
    if not found:
        return []
    outbox = Outbox(db, clock=lambda: now)
    hour = now.replace(minute=0, second=0, microsecond=0).strftime("%Y-%m-%dT%H")
    text = "\n".join(f"* {s}" for s in found) + "\n\nOpen the inbox: repmon inbox\n"
    rendered = Rendered(f"[repmon] {brand.name}: unusual activity in the last hour", text, "")
    for channel in channels(brand):
        item = outbox.enqueue(
            key=f"spike:{brand.name}:{hour}:{channel}", kind="spike", brand=brand.name,
            channel=channel, rendered=rendered,
            recipients=brand.digest.recipients if channel == EMAIL else (),
        )  # fmt: skip
        if item.status != "sent":
            outbox.send_one(
                item, senders.for_item(item), sender_address=settings.email.from_address
            )
    return found


def send_follow_ups(
    db: Database, settings: Settings, brand: Brand, senders: Senders, *, now: datetime
) -> Delivery | None:
    """A reminder listing today's follow-ups with the check-in message for each."""
    day = now.astimezone(brand.tz).date()
    with db.session() as session:
        due = list(session.exec(select(Mention).where(
            Mention.brand == brand.name, Mention.follow_up_on == day)))  # fmt: skip
    if not due:
        return None
    blocks = [f"* {m.author or 'someone'} on {m.source}: {m.url or ''}\n\n"
              f"{follow_up_message(Case.from_mention(m), brand.voice)}" for m in due]  # fmt: skip
    rendered = Rendered(f"[repmon] {brand.name}: {len(due)} follow-up(s) due today",
                        "\n\n---\n\n".join(blocks) + "\n", "")  # fmt: skip
    key = f"followup:{brand.name}:{day.isoformat()}"
    return _mail_once(db, settings, brand, senders, key=key, kind="followup", rendered=rendered,
                      now=now)  # fmt: skip


def alert_new(
    db: Database, settings: Settings, new_ids: list[int], senders: Senders, *, now: datetime
) -> None:
    """The alert step after a poll: new angry complaints, then spikes of the brands."""
    alert_new_mentions(db, settings, new_ids, sender_for=senders.for_channel, now=now)
    for brand in settings.brands:
        send_spikes(db, settings, brand, senders, now=now)


def retry(db: Database, settings: Settings, senders: Senders, *, now: datetime) -> int:
    """Send what is still pending (SMTP was down, a worker died while sending)."""
    outbox = Outbox(db, clock=lambda: now)
    alerts = send_alerts(outbox, settings, senders.for_channel, now=now)
    sent = sum(1 for d in alerts.deliveries if not d.error)
    for kind in SEND_KINDS:
        report = outbox.deliver(senders.for_item, sender_address=settings.email.from_address,
                                kind=kind)  # fmt: skip
        sent += len(report.sent)
    return sent
