"""Immediate alerts for new angry complaints: one per mention and channel, ever, batched.

After a scan, every new mention the reading marks "answer now" (an angry complaint by its
own words, a sensitive matter such as a health, legal or regulator threat, a 1-2 star review
written in anger, a repeat failure with a demand to escalate; for mentions stored before
readings existed, a complaint at or above the brand's ``alerts.anger_threshold``) is queued
in the outbox under ``alert:<mention id>:<channel>`` (so it can never be alerted twice),
then each brand's unsent alerts go out as **one** message per channel. A brand gets at
most ``alerts.max_per_hour`` alert messages per channel; the rest wait in the outbox for
the next scan (and are in the digest anyway), so a pile-on does not become a storm.

Channels are the environment variables named in ``alerts.channels_env`` (each holds an
apprise URL with its token); a brand with none is alerted by email, to its digest recipients.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from markupsafe import escape
from sqlalchemy import func, or_
from sqlmodel import col, select

from monitor.config import Brand, Settings, Voice
from monitor.models import Mention, OutboxItem
from monitor.safety import clean_line
from monitor.scoring import ANSWER_NOW_FLOOR
from monitor.storage import Database
from monitor.timeutil import humanize_age
from reports.case import Case
from reports.digest import answer_now
from reports.outbox import SENT, Delivery, Message, Outbox, alert_key
from reports.render import Rendered
from reports.replies import compose
from reports.send import Envelope, Sender

EMAIL = "email"
TEXT_LIMIT = 280
CHUNK = 500  # alarming mentions loaded whole at a time, to write their alert blocks
MAX_RUNS = 400  # id ranges per query: two bound parameters each, under SQLite's 999
Draft = tuple[Case, Voice, date]  # what a public draft is composed from
Drafts = list[str | None]  # the public drafts, in order (None: no public reply)
# runs a function of a list over a list, in order (the scan's ``Readers.map``)
Mapper = Callable[[Callable[[list[Draft]], Drafts], Sequence[Draft]], Drafts]


@dataclass
class AlertReport:
    queued: int = 0
    deliveries: list[Delivery] = field(default_factory=list)
    held: list[str] = field(default_factory=list)  # "brand/channel: why"


def channels(brand: Brand) -> list[str]:
    return list(brand.alerts.channels_env) or [EMAIL]


def is_alarming(m: Mention, brand: Brand) -> bool:
    """The same decision as ``reports.digest.answer_now``, for a loaded mention."""
    if m.brand != brand.name or not (m.scored and m.needs_reply):
        return False
    if m.reading is not None:
        return m.priority >= ANSWER_NOW_FLOOR
    return m.is_complaint and m.anger >= brand.alerts.anger_threshold


def _job(m: Mention, brand: Brand, *, now: datetime) -> Draft:
    return Case.from_mention(m), brand.voice, now.astimezone(brand.tz).date()


def public_drafts(jobs: list[Draft]) -> Drafts:
    """The suggested public reply of each (case, voice, day). Pure, so the scan runs it on
    its reading workers: composing is most of the alert step's work."""
    return [compose(case, voice, today=day).public for case, voice, day in jobs]


def alert_block(m: Mention, *, now: datetime, public: str | None) -> str:
    """One mention in an alert: who, where, how angry, the text and a reply to start from."""
    text = " ".join(m.text.split())
    text = text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 1] + "…"
    reach = f", {m.author_reach:,} reach" if m.author_reach else ""
    waited = humanize_age(now - m.created_at)
    lines = [
        f"* {clean_line(m.author) or 'someone'} on {m.source}{reach}, waiting {waited},"
        f" anger {m.anger:.2f}, {m.complaint_type}",
        f'  "{text}"',
        f"  {clean_line(m.url)}" if m.url else "",
        f"  Suggested public reply: {public}" if public else "",
    ]
    return "\n".join(line for line in lines if line)


def in_process(fn: Callable[[list[Draft]], Drafts], jobs: Sequence[Draft]) -> Drafts:
    """The default ``Mapper``: ``fn`` over ``jobs`` here, in this process."""
    return fn(list(jobs))


def queue_alerts(
    outbox: Outbox, settings: Settings, mentions: Sequence[Mention], *, now: datetime,
    mapper: Mapper = in_process,
) -> int:  # fmt: skip
    """Queue one outbox row per (alarming mention, channel); returns how many rows are new.
    ``mapper`` runs ``public_drafts`` (the scan passes its workers' ``Readers.map``)."""
    alarming = [(m, b) for b in settings.brands for m in mentions if is_alarming(m, b)]
    publics = mapper(public_drafts, [_job(m, b, now=now) for m, b in alarming])
    queued: list[Message] = []
    for (m, brand), public in zip(alarming, publics, strict=True):
        assert m.id is not None
        block = alert_block(m, now=now, public=public)
        queued += [
            Message(
                alert_key(m.id, channel),
                "alert",
                brand.name,
                channel,
                Rendered(f"{brand.name}: a mention to answer now", block, ""),
                tuple(brand.digest.recipients) if channel == EMAIL else (),
            )
            for channel in channels(brand)
        ]
    stored = outbox.enqueue_many(queued)
    return sum(item.created_at == now and item.attempts == 0 for item in stored)


def batch(brand: str, items: Sequence[OutboxItem]) -> Rendered:
    n = len(items)
    # answer-now covers angry complaints and sensitive matters (safety, legal, discrimination)
    subject = f"[repmon] {brand}: {n} mention{'s' if n > 1 else ''} to answer now"
    text = "\n\n".join(i.body_text for i in items) + "\n"
    html = "".join(f"<pre style=\"white-space:pre-wrap;font-family:inherit\">{escape(i.body_text)}"
                   "</pre>" for i in items)  # fmt: skip
    return Rendered(subject, text, f"<div>{html}</div>")


def sent_last_hour(db: Database, brand: str, channel: str, *, now: datetime) -> int:
    """Alert messages already sent: rows of one batch share one ``sent_at``."""
    with db.session() as session:
        stmt = select(func.count(func.distinct(OutboxItem.sent_at))).where(
            OutboxItem.kind == "alert", OutboxItem.brand == brand,
            OutboxItem.channel == channel, OutboxItem.status == SENT,
            col(OutboxItem.sent_at) >= now - timedelta(hours=1),
        )  # fmt: skip
        return int(session.exec(stmt).one())


def send_alerts(
    outbox: Outbox, settings: Settings, sender_for: Callable[[str], Sender], *, now: datetime
) -> AlertReport:
    """Send each brand's unsent alerts: one batched message per channel, within the cap."""
    report = AlertReport()
    for brand in settings.brands:
        pending = outbox.unsent(kind="alert", brand=brand.name)
        for channel in channels(brand):
            items = [i for i in pending if i.channel == channel]
            if not items:
                continue
            if sent_last_hour(outbox.db, brand.name, channel, now=now) >= brand.alerts.max_per_hour:
                cap = brand.alerts.max_per_hour
                report.held.append(f"{brand.name}/{channel}: {cap} alerts in the last hour, held")
                continue
            envelope = Envelope(settings.email.from_address, tuple(brand.digest.recipients))
            ids = [i.id for i in items if i.id is not None]
            message, keys = batch(brand.name, items), [i.key for i in items]
            delivery = outbox.send_batch(ids, message, envelope, sender_for(channel), keys=keys)
            if delivery.keys and not delivery.skipped:  # written before, or sent by another run
                report.deliveries.append(delivery)
    return report


def id_runs(ids: Sequence[int]) -> list[tuple[int, int]]:
    """The ids as (first, last) runs of consecutive integers; a scan's new rows are mostly
    one run, so a million new ids make one ``BETWEEN`` instead of a million parameters."""
    runs: list[tuple[int, int]] = []
    for i in sorted(set(ids)):
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def alarming_ids(db: Database, brand: Brand, new_ids: Sequence[int]) -> list[int]:
    """The brand's new answer-now mentions: filtered in SQL, ids only."""
    runs = id_runs(new_ids)
    found: list[int] = []
    with db.session() as session:
        for i in range(0, len(runs), MAX_RUNS):
            span = or_(*(col(Mention.id).between(a, b) for a, b in runs[i : i + MAX_RUNS]))
            stmt = select(Mention.id).where(
                span, Mention.brand == brand.name, col(Mention.scored),
                col(Mention.needs_reply), answer_now(brand),
            )  # fmt: skip
            found.extend(i for i in session.exec(stmt.order_by(col(Mention.id))) if i is not None)
    return found


def alert_new_mentions(
    db: Database, settings: Settings, new_ids: Sequence[int], *,
    sender_for: Callable[[str], Sender], now: datetime, mapper: Mapper = in_process,
) -> AlertReport:  # fmt: skip
    """The scan's alert step: queue the new alarming mentions, then send what is due.

    Only the alarming mentions are loaded whole, a chunk at a time, so memory stays flat
    however many mentions the scan stored. ``mapper`` runs the drafts (``queue_alerts``).
    """
    outbox, queued = Outbox(db, clock=lambda: now), 0
    for brand in settings.brands:
        ids = alarming_ids(db, brand, new_ids)
        for i in range(0, len(ids), CHUNK):
            queued += queue_alerts(
                outbox, settings, db.mentions(ids[i : i + CHUNK]), now=now, mapper=mapper
            )
    report = send_alerts(outbox, settings, sender_for, now=now)
    report.queued = queued
    return report
