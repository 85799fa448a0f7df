"""Two first runs at once on a new SQLite database, as two real processes."""

from __future__ import annotations

import fcntl
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from monitor.storage import Database
from tests.faults.helpers import config_toml, outbox_rows, repmon, stored
from tests.reports.smtp_server import free_port, smtp_server

DAY = datetime(2026, 11, 23, tzinfo=UTC)


def _setup(tmp_path: Path, *, smtp_port: int) -> Path:
    lines = [
        json.dumps({"source": "x", "id": f"t{i}", "author": f"@u{i}",
                    "text": f"Acme coffee machine broke AGAIN after two days ({i}). Worst "
                    "company ever, I am furious and I want my money back now!!",
                    "created_at": (DAY + timedelta(hours=8, minutes=i)).isoformat()})
        for i in range(30)
    ]  # fmt: skip
    (tmp_path / "mentions.jsonl").write_text("\n".join(lines) + "\n")
    config = tmp_path / "repmon.toml"
    config.write_text(
        config_toml([], smtp_port=smtp_port)
        + '\n[[sources]]\nkind = "jsonl"\noptions = { path = "mentions.jsonl" }\n'
    )
    return config


@contextmanager
def _held(path: Path) -> Iterator[None]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _wait_until_waiting(procs: list[Any], lock: Path, timeout: float = 90) -> None:
    """Until every process has the lock file open (it is blocked on it), via /proc."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        waiting = 0
        for p in procs:
            fds = Path(f"/proc/{p.pid}/fd")
            with suppress(OSError):
                waiting += any(str(lock) == os.readlink(fd) for fd in fds.iterdir())
        if waiting == len(procs):
            return
        time.sleep(0.05)
    raise AssertionError("the processes never reached the schema lock")


def test_two_first_scans_at_once_create_the_schema_once_and_both_succeed(tmp_path: Path) -> None:
    port = free_port()
    config, url = _setup(tmp_path, smtp_port=port), f"sqlite:///{tmp_path / 'new.db'}"
    lock = tmp_path / "new.db.schema-lock"
    with smtp_server(port) as smtp:
        with _held(lock):  # both find the database empty and queue up behind the lock
            procs = [repmon("scan", config=config, db_url=url, wait=False) for _ in range(2)]
            _wait_until_waiting(procs, lock)
        results = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    for out, err in results:
        assert "already exists" not in err
        assert "kept pending" not in out + err
    db = Database(url)
    assert stored(db) == (30, 30)
    alerts = outbox_rows(db, "alert")
    assert alerts
    assert all(a.status == "sent" for a in alerts)
    ids = [str(m["Message-ID"]) for _, m in smtp.received]
    assert len(ids) == len(set(ids))  # nothing mailed twice


def test_two_digest_sends_at_once_mail_it_once_and_neither_fails(tmp_path: Path) -> None:
    port = free_port()
    config, url = _setup(tmp_path, smtp_port=port), f"sqlite:///{tmp_path / 'new.db'}"
    assert repmon("scan", config=config, db_url=url).returncode == 0
    with smtp_server(port) as smtp:
        smtp.received.clear()
        args = ("digest", "--send", "--date", "2026-11-23")
        procs = [repmon(*args, config=config, db_url=url, wait=False) for _ in range(2)]
        results = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    outputs = sorted(out for out, _ in results)
    assert sum("delivered to smtp://" in o for o in outputs) == 1, outputs
    subjects = [str(m["Subject"]) for _, m in smtp.received]
    assert sum("Acme:" in s and "angry" not in s for s in subjects) == 1, subjects
    [digest] = outbox_rows(Database(url), "digest")
    assert digest.status == "sent"
