"""Faults around real ``repmon run`` processes: SIGKILL mid-scan, several workers on one
PostgreSQL, SMTP down at digest time, the database going away, a clock jump."""

from __future__ import annotations

import json
import signal
import time
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from connectors import REGISTRY
from monitor.health import collect
from monitor.schema import ensure_current
from monitor.storage import Database
from reports.send import SmtpSender
from tests.faults.helpers import (
    Clock,
    config_toml,
    outbox_rows,
    repmon,
    settings_for,
    stored,
    worker,
)  # fmt: skip
from tests.faults.hn_server import Feed, hn_server
from tests.pg import fresh_database
from tests.reports.smtp_server import free_port, smtp_server


def _wait_for(check: object, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not check():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


def test_fault__sigkill_mid_scan_then_restart_loses_and_doubles_nothing(tmp_path: Path) -> None:
    feed = Feed(total=200, delay=0.1)  # 10 pages of 20, 0.1 s each
    url = f"sqlite:///{tmp_path / 'repmon.db'}"
    db = Database(url)
    with hn_server(feed) as base:
        config = tmp_path / "repmon.toml"
        config.write_text(config_toml([base], lease="1s", interval="1s"))
        proc = repmon("run", config=config, db_url=url, wait=False)
        try:
            _wait_for(lambda: (tmp_path / "repmon.db").exists() and _count(db) >= 40)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
        finally:
            proc.kill()
        assert 0 < _count(db) < 200  # killed in the middle of the window
        time.sleep(1.1)  # the dead worker's lease runs out
        again = repmon("run", "--once", config=config, db_url=url)
        assert again.returncode == 0, again.stderr
        status = repmon("status", "--json", config=config, db_url=url)
    assert stored(db) == (200, 200)
    workers = json.loads(status.stdout)["workers"]
    assert sorted(w["state"] for w in workers) == ["running", "stopped"]  # silent after 5 min


def _count(db: Database) -> int:
    try:
        return stored(db)[0]
    except Exception:  # noqa: BLE001  the schema may not exist yet
        return 0


def test_fault__sigterm_finishes_the_page_and_exits_0(tmp_path: Path) -> None:
    feed = Feed(total=200, delay=0.1)
    url = f"sqlite:///{tmp_path / 'repmon.db'}"
    db = Database(url)
    with hn_server(feed) as base:
        config = tmp_path / "repmon.toml"
        config.write_text(config_toml([base], interval="1s"))
        proc = repmon("run", config=config, db_url=url, wait=False)
        _wait_for(lambda: (tmp_path / "repmon.db").exists() and _count(db) >= 20)
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=15)
    assert proc.returncode == 0, err
    assert "stopped cleanly" in err
    assert _count(db) % 20 == 0  # whole pages only


def test_run__second_process_on_sqlite_is_refused_clearly(tmp_path: Path) -> None:
    with hn_server(Feed(total=100, delay=0.2)) as base:
        config = tmp_path / "repmon.toml"
        config.write_text(config_toml([base]))
        url = f"sqlite:///{tmp_path / 'repmon.db'}"
        first = repmon("run", config=config, db_url=url, wait=False)
        try:
            _wait_for(lambda: (tmp_path / "repmon.db.lock").exists())
            time.sleep(0.5)
            second = repmon("run", "--once", config=config, db_url=url)
        finally:
            first.send_signal(signal.SIGTERM)
            first.communicate(timeout=15)
    assert second.returncode == 1
    assert "SQLite is single-process" in second.stderr
    assert "PostgreSQL" in second.stderr


@pytest.mark.postgres
@pytest.mark.parametrize("workers", [2, 3])
def test_fault__workers_on_one_postgres_store_and_send_exactly_once(
    workers: int, pg_server: str, tmp_path: Path
) -> None:
    url = fresh_database(pg_server)
    ensure_current(Database(url))  # as `repmon db upgrade` would, before starting workers
    feeds = [Feed(total=60, delay=0.02) for _ in range(3)]
    port = free_port()
    with smtp_server(port) as smtp, hn_server(feeds[0]) as a, hn_server(feeds[1]) as b, \
         hn_server(feeds[2]) as c:  # fmt: skip
        config = tmp_path / "repmon.toml"
        config.write_text(config_toml([a, b, c], smtp_port=port))
        procs = [repmon("run", "--once", config=config, db_url=url, wait=False)
                 for _ in range(workers)]  # fmt: skip
        results = [p.communicate(timeout=90) for p in procs]
    assert [p.returncode for p in procs] == [0] * workers, results
    db = Database(url)
    assert stored(db) == (60, 60)  # three sources list the same 60 stories
    assert [f.requests for f in feeds] == [3, 3, 3]  # each source polled by one worker only
    ids = [str(m["Message-ID"]) for _, m in smtp.received]
    assert len(ids) == len(set(ids))  # no message sent twice
    [digest] = outbox_rows(db, "digest")
    assert digest.status == "sent"
    assert [m["Subject"] for _, m in smtp.received].count(digest.subject) == 1
    alerts = outbox_rows(db, "alert")
    assert alerts
    assert all(a.status == "sent" for a in alerts)  # each alert row sent, in one batch


def test_fault__smtp_down_at_digest_time_then_up_sends_once(db: Database, tmp_path: Path) -> None:
    port = free_port()
    settings = settings_for(config_toml([], smtp_port=port))
    clock = Clock(datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    work = worker(settings, db, clock=clock, mail=SmtpSender(settings.email, env={}), tmp=tmp_path)
    work.digest("Acme")  # nobody listens on the port
    [row] = outbox_rows(db, "digest")
    assert row.status == "pending"
    assert "unreachable" in (row.last_error or "")
    assert collect(settings, db, registry=REGISTRY, now=clock()).attention  # visible
    with smtp_server(port) as smtp:
        clock.advance(300)
        work.retry_outbox()
        work.retry_outbox()
        work.digest("Acme")  # a second digest job the same day sends nothing
    assert len(smtp.received) == 1
    assert [r.status for r in outbox_rows(db, "digest")] == ["sent"]


@pytest.mark.postgres
def test_fault__database_briefly_unavailable_is_recorded_and_recovered(
    pg_server: str, tmp_path: Path
) -> None:
    url = fresh_database(pg_server)
    db = Database(url)
    ensure_current(db)
    name = url.rsplit("/", 1)[1]
    admin = pg_server.replace("postgresql+psycopg://", "postgresql://", 1) + "/postgres"
    with hn_server(Feed(total=60)) as base:
        settings = settings_for(config_toml([base]))
        work = worker(settings, db, clock=Clock(datetime.now(UTC)), tmp=tmp_path)
        work.heartbeat()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE datname = %s", (name,))  # fmt: skip
            conn.execute(f'ALTER DATABASE "{name}" RENAME TO "{name}_away"')
            try:
                assert work.poll_all() == [None]  # the job failed, and did not raise
            finally:
                conn.execute(f'ALTER DATABASE "{name}_away" RENAME TO "{name}"')
        work.clock.advance(3600)  # type: ignore[attr-defined]
        work.poll_all()
    assert stored(db) == (60, 60)
    health = collect(settings, db, registry=REGISTRY, now=work.clock())
    assert any("poll hn0" in line and "database" in line for line in health.attention), (
        health.attention
    )
