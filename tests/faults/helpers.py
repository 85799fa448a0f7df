"""Shared pieces of the fault suite: a config over local servers, a worker, counts."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlmodel import select

from connectors import REGISTRY
from monitor.config import Settings, parse_settings
from monitor.models import Mention, OutboxItem
from monitor.sends import Senders
from monitor.storage import Database
from monitor.work import Work
from reports.send import FileOutbox, Sender


def config_toml(
    urls: Sequence[str], *, smtp_port: int = 1, lease: str = "10m", interval: str = "15m",
    digest_time: str = "00:00:00", timeout: float = 5.0,
) -> str:  # fmt: skip
    """One brand, one hackernews source per URL, email to a loopback SMTP port."""
    sources = "".join(
        f'\n[[sources]]\nkind = "hackernews"\nname = "hn{i}"\ninterval = "{interval}"\n'
        f'options = {{ base_url = "{u}", hits_per_page = 20, max_pages = 50, '
        f"timeout_seconds = {timeout} }}\n"
        for i, u in enumerate(urls)
    )
    return f"""
[[brands]]
name = "Acme"
keywords = ["acme"]
digest = {{ recipients = ["ops@acme.example"], time = {digest_time} }}
alerts = {{ max_per_hour = 100 }}

[email]
host = "127.0.0.1"
port = {smtp_port}
security = "none"
timeout_seconds = 5
from_address = "repmon@acme.example"

[run]
lease = "{lease}"
spike_min_count = 1000
{sources}"""


def settings_for(text: str) -> Settings:
    return parse_settings(tomllib.loads(text), registry=REGISTRY)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def worker(
    settings: Settings, db: Database, *, clock: Clock | None = None, mail: Sender | None = None,
    tmp: Path,
) -> Work:  # fmt: skip
    mail = mail or FileOutbox(tmp / "outbox")
    senders = Senders(mail, lambda _channel: mail)
    return Work(settings, db, registry=REGISTRY, env={}, base_dir=tmp,
                clock=clock or Clock(datetime.now(UTC)), senders=senders)  # fmt: skip


def stored(db: Database) -> tuple[int, int]:
    """(rows, distinct platform ids): equal means nothing was stored twice."""
    with db.session() as session:
        rows = session.exec(select(func.count()).select_from(Mention)).one()
        ids = session.exec(select(func.count(func.distinct(Mention.external_id)))).one()
    return int(rows), int(ids)


def outbox_rows(db: Database, kind: str) -> list[OutboxItem]:
    with db.session() as session:
        return list(session.exec(select(OutboxItem).where(OutboxItem.kind == kind)))


def repmon(*args: str, config: Path, db_url: str, timeout: float = 60, wait: bool = True) -> Any:
    """The real entry point in a subprocess (``wait=False`` returns the ``Popen``)."""
    env = {**os.environ, "REPMON_DATABASE_URL": db_url}
    cmd = [sys.executable, "-c", "from monitor.cli import main; main()", "--config", str(config),
           *args]  # fmt: skip
    if not wait:
        return subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)  # fmt: skip
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout,
                          check=False)  # fmt: skip
