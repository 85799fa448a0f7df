from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from monitor.storage import Database
from reports.alerts import alert_new_mentions
from reports.outbox import Outbox
from reports.send import FileOutbox, Sender
from tests.reports.fixtures import NOW, mention, settings, store


def file_sender(folder: Path):  # type: ignore[no-untyped-def]
    outbox = FileOutbox(folder)

    def sender_for(channel: str) -> Sender:
        assert channel == "email"
        return outbox

    return sender_for


def angry(n: int) -> list:  # type: ignore[type-arg]
    return [mention(100 + i, f"Order #NW-{5000 + i} never arrived, furious") for i in range(n)]


def test_alert__many_angry_mentions_in_one_scan_give_one_batched_alert(
    db: Database, tmp_path: Path
) -> None:
    ids = store(db, [*angry(3), mention(9, "mild complaint", anger=0.2)])
    report = alert_new_mentions(db, settings(), ids, sender_for=file_sender(tmp_path), now=NOW)
    assert report.queued == 3
    [delivery] = report.deliveries
    assert delivery.error is None
    assert len(delivery.keys) == 3
    [txt] = tmp_path.glob("*.txt")
    body = txt.read_text()
    assert body.count('"Order #NW-50') == 3
    assert "mild complaint" not in body
    assert "Suggested public reply: @user100" in body
    [eml] = tmp_path.glob("*.eml")
    assert b"3 mentions to answer now" in eml.read_bytes()


def smtp_sender_for(port: int):  # type: ignore[no-untyped-def]
    from monitor.config import EmailSettings
    from reports.send import SmtpSender

    settings = EmailSettings(host="127.0.0.1", port=port, security="none", timeout_seconds=5)

    def sender_for(channel: str) -> Sender:
        assert channel == "email"
        return SmtpSender(settings, env={})

    return sender_for


def test_alert__a_mention_is_alerted_once_ever(db: Database) -> None:
    from tests.reports.smtp_server import free_port, smtp_server

    ids, port = store(db, angry(1)), free_port()
    with smtp_server(port) as server:
        alert_new_mentions(db, settings(), ids, sender_for=smtp_sender_for(port), now=NOW)
        again = alert_new_mentions(db, settings(), ids, sender_for=smtp_sender_for(port),
                                   now=NOW + timedelta(hours=2))  # fmt: skip
    assert again.queued == 0
    assert again.deliveries == []
    assert len(server.received) == 1


def test_alert__written_to_files_is_written_once_and_stays_pending_for_email(
    db: Database, tmp_path: Path
) -> None:
    ids = store(db, angry(1))
    alert_new_mentions(db, settings(), ids, sender_for=file_sender(tmp_path), now=NOW)
    again = alert_new_mentions(db, settings(), ids, sender_for=file_sender(tmp_path / "2"),
                               now=NOW + timedelta(hours=2))  # fmt: skip
    assert again.deliveries == []
    assert not (tmp_path / "2").exists()
    [item] = Outbox(db).unsent()
    assert item.status == "pending"  # written is not sent
    assert Outbox(db).deliveries(item.key)["file"].where == str(tmp_path)


def test_alert__hourly_cap_holds_the_rest_until_the_next_scan(db: Database) -> None:
    from tests.reports.smtp_server import free_port, smtp_server

    port = free_port()
    cfg, sender_for = settings(max_per_hour=2), smtp_sender_for(port)
    with smtp_server(port):
        for minute in range(3):
            ids = store(db, [mention(200 + minute, f"Order #NW-{700 + minute} lost, furious")])
            at = NOW + timedelta(minutes=minute)
            report = alert_new_mentions(db, cfg, ids, sender_for=sender_for, now=at)
        assert report.deliveries == []
        assert report.held
        assert [i.key for i in Outbox(db).unsent()] == ["alert:3:email"]
        later = alert_new_mentions(
            db, cfg, [], sender_for=sender_for, now=NOW + timedelta(hours=1, minutes=5)
        )
    assert [len(d.keys) for d in later.deliveries] == [1]
    assert Outbox(db).unsent() == []
