"""``repmon status`` reads with the database driver, on SQLite and PostgreSQL alike: the same
sources, brands, outbox, quarantine and workers, secrets masked, the same exit codes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from monitor.health_db import head_revision, hide_password, is_plain, url_password
from monitor.models import OutboxItem, QuarantineItem, SourceState, WorkerState
from monitor.schema import head, upgrade
from monitor.storage import Database
from monitor.timeutil import utcnow
from tests.conftest import BACKENDS, new_database
from tests.monitor.cli.conftest import Run, add_mention

SECRET = "sk-live-0123456789abcdef"


@pytest.fixture(params=BACKENDS)
def migrated(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A database made by the migrations (as ``repmon`` makes one), with the rows status
    reads: a failing source, outbox items, workers, quarantine and mentions."""
    db = new_database(request, tmp_path)
    upgrade(db)
    now = utcnow()
    with db.session() as session, session.begin():
        session.add(SourceState(
            source="export", brand="Acme Coffee", last_success_at=now - timedelta(hours=2),
            error_count=2, last_error=f"HTTP 401: Authorization: Bearer {SECRET}",
            last_error_at=now - timedelta(minutes=5), cursor_at=now - timedelta(hours=2),
            lease_owner="host:1:abc", lease_until=now + timedelta(minutes=1),
        ))  # fmt: skip
        for key, status, error in (("a", "pending", None), ("b", "pending", "smtp refused"),
                                   ("c", "sent", None)):  # fmt: skip
            session.add(OutboxItem(
                key=key, kind="digest", brand="Acme Coffee", channel="email", subject="s",
                body_text="b", status=status, last_error=error,
                sent_at=now - timedelta(hours=3) if status == "sent" else None,
            ))  # fmt: skip
        session.add(WorkerState(worker="w1", started_at=now - timedelta(hours=1), seen_at=now,
                                last_error="database locked", last_error_at=now))  # fmt: skip
        session.add(WorkerState(worker="w2", started_at=now - timedelta(days=2),
                                seen_at=now - timedelta(hours=1)))  # fmt: skip
        for item, state in (("1", "open"), ("2", "open"), ("3", "dropped")):
            session.add(QuarantineItem(source="export", partition="*", item=item, error="bad",
                                       first_seen_at=now, last_seen_at=now, status=state))  # fmt: skip
    # "today" is the brand's day (Pacific/Auckland): the newest mention is kept inside it
    # whatever the hour the suite runs at, so "mentions today" never depends on the clock
    local = now.astimezone(ZoneInfo("Pacific/Auckland"))
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)
    recent = max(now - timedelta(minutes=30), midnight)
    add_mention(db, text="refund now!", created_at=recent, anger=0.9)
    add_mention(db, text="still waiting", created_at=now - timedelta(days=3), anger=0.2)
    add_mention(db, text="done", created_at=now - timedelta(days=1), status="resolved", anger=0.9)
    yield db
    db.engine.dispose()


def test_status__json_on_both_databases(repmon: Run, migrated: Database) -> None:
    result = repmon("--database-url", migrated.url, "status", "--json")
    assert result.code == 1, result.err
    out = json.loads(result.out)
    [source] = out["sources"]
    assert (source["source"], source["brand"], source["consecutive_failures"]) == (
        "export", "Acme Coffee", 2,
    )  # fmt: skip
    assert source["lease_owner"] == "host:1:abc"
    assert SECRET not in result.out
    [brand] = out["brands"]
    assert (brand["brand"], brand["mentions_today"] >= 1, brand["open_angry"]) == (
        "Acme Coffee", True, 1,
    )  # fmt: skip
    assert brand["oldest_unanswered_at"][:10] == (utcnow() - timedelta(days=3)).date().isoformat()
    assert brand["last_digest_sent_at"] is not None
    assert out["outbox"] == {"pending": 2, "failed": 1, "sent": 1}
    assert out["quarantine"] == {"export": 2}
    states = {w["worker"]: w["state"] for w in out["workers"]}
    assert states == {"w1": "running", "w2": "silent (killed?)"}
    assert [w["worker"] for w in out["workers"]] == ["w1", "w2"]  # most recently seen first
    assert out["attention"] == [
        "source export/Acme Coffee: 2 failure(s) in a row: HTTP 401: Authorization: [redacted]",
        "quarantine: 2 item(s) could not be stored: repmon quarantine list",
        "outbox: 1 message(s) failed and wait for a retry",
        "worker w1: database locked",
        f"worker w2: silent since {out['workers'][1]['seen_at'][:16].replace('T', ' ')} UTC",
    ]


def test_status__text(repmon: Run, migrated: Database) -> None:
    result = repmon("--database-url", migrated.url, "status")
    assert result.code == 1
    assert "export            Acme Coffee       2h ago     2" in result.out
    assert "Outbox: 2 pending, 1 failed, 1 sent" in result.out
    assert "Quarantine: 2 open (export: 2)" in result.out
    assert "Needs attention:" in result.out
    assert SECRET not in result.out


def test_status__all_good_exits_0(repmon: Run, migrated: Database) -> None:
    with migrated.engine.begin() as conn:
        for table in ("source_state", "outbox_item", "worker_state", "quarantine"):
            conn.execute(text(f"DELETE FROM {table}"))
    result = repmon("--database-url", migrated.url, "status")
    assert result.code == 0, result.out
    assert "All good." in result.out


def test_status__behind_database_says_upgrade(repmon: Run, migrated: Database) -> None:
    with migrated.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0005'"))
    result = repmon("--database-url", migrated.url, "status")
    assert result.code == 1
    assert f"is at schema revision 0005, this version needs {head()}" in result.err
    assert "run `repmon db upgrade`" in result.err
    as_json = json.loads(repmon("--database-url", migrated.url, "status", "--json").out)
    assert as_json["ok"] is False
    assert "repmon db upgrade" in as_json["error"]


def test_status__unreachable_database_is_one_json_line(repmon: Run) -> None:
    url = f"postgresql+psycopg://repmon:{SECRET}@127.0.0.1:9/repmon"
    result = repmon("--database-url", url, "status", "--json")
    assert result.code == 1
    out = json.loads(result.out)
    assert out["ok"] is False
    assert SECRET not in result.out


def test_head_revision__read_from_the_files_equals_alembic() -> None:
    assert head_revision() == head()


def test_urls__plain_ones_open_directly_others_go_the_orm_way() -> None:
    assert is_plain("sqlite:///data/repmon.db")
    assert is_plain("postgresql+psycopg://u:p@db:5432/repmon")
    assert not is_plain("postgresql://u:p@db:99999/repmon")
    assert not is_plain("sqlite://")
    assert not is_plain("postgresql://u:p w@db/repmon")
    assert hide_password("postgresql+psycopg://u:p%40ss@db/r") == "postgresql+psycopg://u:***@db/r"
    assert url_password("postgresql+psycopg://u:p%40ss@db/r") == ["p%40ss", "p@ss"]
