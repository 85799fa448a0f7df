from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from monitor.cli import main
from monitor.models import Mention
from monitor.storage import Database

CONFIG = """\
# Team config: reviewed in pull requests.
[storage]
data_dir = "data"   # relative to this file

# The brand we watch.
[[brands]]
name = "Acme Coffee"   # shown in digests
keywords = ["acme", "\\"acme coffee\\""]   # words and phrases
timezone = "Pacific/Auckland"

[brands.voice]
follow_up_days = 3   # ask how it went

# Where mentions come from.
[[sources]]
kind = "jsonl"
name = "export"
options = { path = "mentions.jsonl" }   # relative to this file
"""


@dataclass
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "repmon.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


@pytest.fixture
def repmon(
    config_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Run:  # fmt: skip
    """Run the real ``repmon`` entry point (``monitor.cli:main``) and capture its output."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REPMON_CONFIG", str(config_file))
    monkeypatch.setenv("REPMON_USER", "tester")
    monkeypatch.delenv("REPMON_DATABASE_URL", raising=False)

    def run(*args: str) -> Result:
        capsys.readouterr()
        monkeypatch.setattr(sys, "argv", ["repmon", *args])
        try:
            main()
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        else:
            code = 0
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def add_mention(db: Database, *, text: str, created_at: datetime, **extra: Any) -> int:
    fields: dict[str, Any] = {
        "source": "x", "external_id": f"id-{text[:20]}-{created_at.timestamp()}",
        "source_name": "export", "brand": "Acme Coffee", "text": text,
        "created_at": created_at, "fetched_at": created_at + timedelta(minutes=5),
        "text_hash": "0" * 16, "needs_reply": True, "is_complaint": True,
        "complaint_type": "refund", "priority": 50.0,
    }  # fmt: skip
    fields.update(extra)
    with db.session() as session, session.begin():
        mention = Mention(**fields)
        session.add(mention)
        session.flush()
        assert mention.id is not None
        return mention.id
