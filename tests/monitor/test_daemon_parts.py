"""Leases, migrations, spike detection and the scheduler's jobs (incl. a clock jump)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import SQLModel

from monitor.leases import Leases
from monitor.scheduling import DIGEST_GRACE, build_scheduler, job_specs
from monitor.schema import current, ensure_current, head, upgrade
from monitor.spikes import Hour, detect
from monitor.storage import Database
from reports.outbox import Outbox
from tests.conftest import BACKENDS, new_database
from tests.faults.helpers import Clock, config_toml, outbox_rows, settings_for, worker

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def test_lease__one_owner_until_it_expires_then_taken_over(db: Database) -> None:
    clock = Clock(T0)
    a = Leases(db, owner="a", ttl=timedelta(seconds=30), clock=clock)
    b = Leases(db, owner="b", ttl=timedelta(seconds=30), clock=clock)
    assert a.claim("hn", "Acme")
    assert not b.claim("hn", "Acme")
    clock.advance(20)
    a.renew("hn", "Acme")
    clock.advance(20)
    assert not b.claim("hn", "Acme")  # renewed: still a's
    clock.advance(11)
    assert b.claim("hn", "Acme")  # a stopped renewing (killed): b takes over
    b.release("hn", "Acme")
    assert a.claim("hn", "Acme", min_gap=timedelta(minutes=5)) is False  # polled just now


@pytest.fixture(params=BACKENDS)
def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    database = new_database(request, tmp_path)
    yield database
    database.engine.dispose()


def test_migrations__upgrade_head_on_empty_db_equals_the_models(empty_db: Database) -> None:
    upgrade(empty_db)
    assert current(empty_db) == head()
    with empty_db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []


def test_migrations__new_db_created_at_head_and_behind_db_refused(empty_db: Database) -> None:
    ensure_current(empty_db)
    assert current(empty_db) == head()
    with empty_db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'old'")
    with pytest.raises(Exception, match="repmon db upgrade"):
        ensure_current(empty_db)


def test_spike__volume_far_above_baseline_is_a_spike() -> None:
    baseline = [Hour(2 + i % 3, 0) for i in range(336)]
    [spike] = detect(baseline, Hour(40, 1), min_count=10)
    assert spike.metric == "volume"
    assert detect(baseline, Hour(4, 0), min_count=10) == []


def test_spike__angry_share_spike_with_normal_volume() -> None:
    baseline = [Hour(20, i % 2) for i in range(336)]
    spikes = detect(baseline, Hour(20, 15), min_count=10)
    assert [s.metric for s in spikes] == ["angry share"]


@given(st.lists(st.integers(0, 50), min_size=1, max_size=400), st.integers(0, 200))
def test_spike__never_below_min_count_nor_within_the_usual(counts: list[int], now: int) -> None:
    baseline = [Hour(c, 0) for c in counts]
    spikes = detect(baseline, Hour(now, 0), min_count=10)
    if now < 10 or now <= max(counts):
        assert [s for s in spikes if s.metric == "volume"] == [] or now > max(counts)
    for s in spikes:
        assert s.value > s.limit


def test_jobs__explicit_grace_coalesce_single_instance_and_local_digest_time(
    sqlite_db: Database, tmp_path: Path
) -> None:
    text = config_toml(["http://127.0.0.1:9"], digest_time="08:30:00").replace(
        'name = "Acme"', 'name = "Acme"\ntimezone = "Europe/Helsinki"')  # fmt: skip
    work = worker(settings_for(text), sqlite_db, tmp=tmp_path)
    scheduler = build_scheduler(job_specs(work), now=T0)
    jobs = {j.id: j for j in scheduler.get_jobs()}
    assert set(jobs) == {"poll:hn0", "digest:Acme", "follow-ups:Acme", "outbox-retry", "heartbeat"}
    assert all(j.coalesce and j.max_instances == 1 and j.misfire_grace_time for j in jobs.values())
    assert jobs["digest:Acme"].misfire_grace_time == DIGEST_GRACE.total_seconds()
    assert jobs["poll:hn0"].misfire_grace_time == 15 * 60
    fire = jobs["digest:Acme"].trigger.get_next_fire_time(None, T0)
    assert fire.astimezone(UTC) == datetime(2026, 11, 24, 6, 30, tzinfo=UTC) + timedelta(days=1)


def test_jobs__clock_jump_past_digest_time_sends_it_once(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The wall clock jumps 3 h (suspend, NTP): the late digest runs once, not zero or 3 times."""
    import apscheduler.executors.base as executors
    import apscheduler.schedulers.base as schedulers

    clock = Clock(datetime(2026, 11, 24, 7, 59, tzinfo=UTC))

    class Jumping(datetime):
        @classmethod
        def now(cls, tz: object = None) -> Jumping:  # type: ignore[override]
            return clock.now  # type: ignore[return-value]

    monkeypatch.setattr(schedulers, "datetime", Jumping)
    monkeypatch.setattr(executors, "datetime", Jumping)
    work = worker(settings_for(config_toml([], digest_time="08:00:00")), sqlite_db, clock=clock,
                  tmp=tmp_path)  # fmt: skip
    specs = [s for s in job_specs(work) if s.id == "digest:Acme"]
    scheduler = build_scheduler(specs, now=clock.now)
    scheduler.start(paused=True)
    try:
        scheduler.resume()
        clock.advance(3 * 3600)  # 10:59, three hours past 08:00
        for _ in range(3):
            scheduler.wakeup()
            _wait(lambda: len(outbox_rows(sqlite_db, "digest")) == 1)
    finally:
        scheduler.shutdown(wait=True)
    [row] = outbox_rows(sqlite_db, "digest")
    assert row.key == "digest:Acme:2026-11-24"
    assert row.status == "pending"  # a folder is not an email: written, not sent
    assert set(Outbox(sqlite_db).deliveries(row.key)) == {"file"}
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == 1


def _wait(check: object, timeout: float = 10) -> None:
    import time

    deadline = time.monotonic() + timeout
    while not check():  # type: ignore[operator]
        assert time.monotonic() < deadline
        time.sleep(0.05)


def test_follow_ups__reminder_lists_todays_follow_ups_and_is_sent_once(
    sqlite_db: Database, tmp_path: Path
) -> None:
    from monitor.models import Mention

    now = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    with sqlite_db.session() as session, session.begin():
        session.add(Mention(source="x", external_id="1", source_name="x", brand="Acme",
                            text="Acme lost my parcel, order 1234", created_at=now,
                            fetched_at=now, text_hash="h", status="resolved",
                            follow_up_on=now.date(), author="mia"))  # fmt: skip
    work = worker(settings_for(config_toml([])), sqlite_db, clock=Clock(now), tmp=tmp_path)
    work.follow_ups("Acme")
    work.follow_ups("Acme")
    [row] = outbox_rows(sqlite_db, "followup")
    assert row.status == "pending"  # a folder is not an email: written, not sent
    assert set(Outbox(sqlite_db).deliveries(row.key)) == {"file"}
    assert "mia" in row.body_text
    assert "How is everything now?" in row.body_text
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == 1


def test_health__next_run_follows_the_last_scan_even_without_a_lease(db: Database) -> None:
    from connectors import REGISTRY
    from monitor.config import parse_settings
    from monitor.health import collect

    settings = parse_settings(
        {
            "brands": [{"name": "Acme", "keywords": ["acme"]}],
            "sources": [{"kind": "jsonl", "interval": "2h", "options": {"path": "x.jsonl"}}],
        }
    )
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    db.record_success(source="jsonl", brand="Acme", now=now - timedelta(minutes=30))
    [source] = collect(settings, db, registry=REGISTRY, now=now).sources
    assert source.next_run_at == now + timedelta(minutes=90)
