from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from monitor.config import EmailSettings
from monitor.storage import Database
from reports.outbox import LEASE, SENDING, SENT, Outbox, digest_key
from reports.render import Rendered
from reports.send import SmtpSender
from tests.reports.smtp_server import Recorder, free_port, smtp_server

RENDERED = Rendered("[repmon] Northwind: 2 to answer now", "text twin\n", "<p>html twin</p>")
FROM = "repmon@northwind.example"


def sender(port: int) -> SmtpSender:
    settings = EmailSettings(host="127.0.0.1", port=port, security="none", timeout_seconds=5)
    return SmtpSender(settings, env={})


def queue(db: Database, *, subject: str = RENDERED.subject, brand: str = "Northwind") -> Outbox:
    outbox = Outbox(db)
    rendered = Rendered(subject, RENDERED.text, RENDERED.html)
    key = digest_key(brand, "2026-11-23")
    recipients = ["lead@northwind.example"]
    outbox.enqueue(
        key=key, kind="digest", brand=brand, channel="email", rendered=rendered,
        recipients=recipients,
    )  # fmt: skip
    return outbox


def deliver(outbox: Outbox, port: int) -> tuple[int, int]:
    report = outbox.deliver(lambda _item: sender(port), sender_address=FROM)
    return len(report.sent), len(report.failed)


def test_deliver__digest_arrives_with_html_and_text_parts(db: Database) -> None:
    port = free_port()
    outbox = queue(db)
    with smtp_server(port) as server:
        assert deliver(outbox, port) == (1, 0)
    [(rcpts, message)] = server.received
    assert rcpts == ["lead@northwind.example"]
    assert message.get_content_type() == "multipart/alternative"
    parts = {
        p.get_content_type(): p.get_content().replace("\r\n", "\n")
        for p in message.iter_parts()  # type: ignore[attr-defined]
    }
    assert parts == {"text/plain": "text twin\n", "text/html": "<p>html twin</p>\n"}
    assert outbox.get(digest_key("Northwind", "2026-11-23")).status == SENT


def test_deliver__smtp_down_then_up_sends_exactly_once(db: Database) -> None:
    port = free_port()  # nothing listens here yet: the server is down
    outbox = queue(db)
    assert deliver(outbox, port) == (0, 1)
    item = outbox.get(digest_key("Northwind", "2026-11-23"))
    assert (item.status, item.attempts) == ("pending", 1)
    assert item.last_error
    assert "unreachable" in item.last_error
    queue(db)  # building the same digest again queues nothing new
    with smtp_server(port) as server:
        assert deliver(outbox, port) == (1, 0)
        assert deliver(outbox, port) == (0, 0)  # a sent item is never sent again
        queue(db)
        assert deliver(outbox, port) == (0, 0)
    assert len(server.received) == 1
    item = outbox.get(digest_key("Northwind", "2026-11-23"))
    assert (item.status, item.attempts, item.last_error) == (SENT, 2, None)


@pytest.mark.parametrize("reply", ["451 4.3.0 Try again later", "554 5.7.1 Rejected"])
def test_deliver__smtp_refusal_leaves_it_pending(db: Database, reply: str) -> None:
    port = free_port()
    outbox = queue(db)
    with smtp_server(port, Recorder(reply=reply)) as server:
        assert deliver(outbox, port) == (0, 1)
    item = outbox.get(digest_key("Northwind", "2026-11-23"))
    assert item.status == "pending"
    assert item.last_error is not None
    assert reply.split()[0] in item.last_error
    assert server.received == []
    with smtp_server(port) as server:
        assert deliver(outbox, port) == (1, 0)
    assert len(server.received) == 1


def test_claim__a_row_held_by_another_run_is_not_sent_until_its_lease_ends(db: Database) -> None:
    t0 = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    clock = [t0]
    outbox = Outbox(db, clock=lambda: clock[0])
    item = queue(db).get(digest_key("Northwind", "2026-11-23"))
    assert item.id is not None
    assert outbox.claim([item.id]) == [item.id]  # a run took it, then crashed mid-send
    assert outbox.get(item.key).status == SENDING
    assert outbox.claim([item.id]) == []  # a concurrent run keeps off it
    clock[0] = t0 + LEASE + timedelta(seconds=1)
    assert outbox.claim([item.id]) == [item.id]  # after the lease: retried (at-least-once)
    assert outbox.get(item.key).attempts == 2


def test_deliver__header_injection_impossible_and_non_ascii_subject_encoded(db: Database) -> None:
    port = free_port()
    evil = "Kahvila Äijä ☕\r\nBcc: victim@evil.example\r\nX-Injected: yes"
    outbox = queue(db, subject=f"[repmon] {evil}: 1 to answer now", brand=evil)
    with smtp_server(port) as server:
        assert deliver(outbox, port) == (1, 0)
    [(rcpts, message)] = server.received
    assert rcpts == ["lead@northwind.example"]
    assert message["Bcc"] is None
    assert message["X-Injected"] is None
    assert message["Subject"] == (
        "[repmon] Kahvila Äijä ☕ Bcc: victim@evil.example X-Injected: yes: 1 to answer now"
    )
    raw = message.as_bytes()
    assert b"=?utf-8?" in raw.split(b"\n\n", 1)[0].lower()
