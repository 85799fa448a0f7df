"""``repmon status`` reads the settings back from the cache only for the very file that
passed the full validation: an edited file is validated again, its secrets still masked."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from monitor.models import WorkerState
from monitor.redact import forget_all
from monitor.schema import upgrade
from monitor.storage import Database
from monitor.timeutil import utcnow
from tests.monitor.cli.conftest import CONFIG, Run

SECRET = "hooks.example/T0/B0/abcdef0123456789"


@pytest.fixture
def database(config_file: Path) -> Database:
    db = Database(f"sqlite:///{config_file.parent / 'data' / 'repmon.db'}")
    (config_file.parent / "data").mkdir()
    upgrade(db)
    return db


def test_status__an_edited_config_is_validated_again(
    repmon: Run, config_file: Path, database: Database
) -> None:
    assert repmon("status").code == 0
    cached = repmon("status")
    assert cached.code == 0
    assert "export            Acme Coffee" in cached.out
    config_file.write_text(CONFIG.replace("Pacific/Auckland", "Pacific/Aukland"), "utf-8")
    broken = repmon("status")
    assert broken.code == 2
    assert "brands[0].timezone: unknown timezone 'Pacific/Aukland'" in broken.err
    config_file.write_text(CONFIG.replace('name = "export"', 'name = "feed"'), "utf-8")
    renamed = repmon("status")
    assert renamed.code == 0
    assert "feed              Acme Coffee" in renamed.out


def test_status__secrets_the_config_names_are_masked_when_read_from_the_cache(
    repmon: Run, config_file: Path, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    config_file.write_text(CONFIG + '\n[brands.alerts]\nchannels_env = ["ACME_HOOK"]\n', "utf-8")
    monkeypatch.setenv("ACME_HOOK", SECRET)
    now = utcnow()
    with database.session() as session, session.begin():
        session.add(WorkerState(worker="w1", started_at=now - timedelta(hours=1), seen_at=now,
                                last_error=f"post to {SECRET} failed", last_error_at=now))  # fmt: skip
    outputs = []
    for _ in range(2):  # the first run validates, the second reads the cache
        forget_all()  # as a new process starts
        result = repmon("status")
        assert result.code == 1
        outputs.append(result.out)
    assert SECRET not in outputs[1]
    assert "post to [redacted] failed" in outputs[1]
    assert outputs[0] == outputs[1]
