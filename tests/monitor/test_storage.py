from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from monitor import quarantine
from monitor.models import Mention, SourceState
from monitor.storage import Database, database_url
from tests.conftest import NOW


def row(external_id: str, **extra: Any) -> dict[str, Any]:
    base = Mention(
        source="x", external_id=external_id, source_name="demo-x", brand="Acme",
        text=f"text {external_id}", created_at=NOW - timedelta(hours=1), fetched_at=NOW,
        text_hash="0" * 16,
    ).model_dump(exclude={"id"})  # fmt: skip
    return {**base, **extra}


def test_save_page__round_trips_tz_aware_utc(db: Database) -> None:
    helsinki = timezone(timedelta(hours=2))
    local = datetime(2026, 11, 22, 23, 30, tzinfo=helsinki)
    db.save_page(
        source="demo-x", brand="Acme", rows=[row("1", created_at=local)], cursor=None, now=NOW
    )
    [stored] = db.mentions([1])
    assert stored.created_at == local
    assert stored.created_at.tzinfo is not None
    assert stored.created_at.utcoffset() == timedelta(0)
    assert stored.created_at.hour == 21  # converted to UTC, not re-labelled
    assert stored.fetched_at == NOW


def test_save_page__refused_row_is_quarantined_and_the_rest_commits(db: Database) -> None:
    naive = datetime(2026, 11, 22, 12, 0)
    rows = [row("1"), row("2", created_at=naive), row("3")]
    saved = db.save_page(source="s", brand="Acme", rows=rows, cursor="after-3", now=NOW)
    assert [m.external_id for m in db.mentions(saved.new_ids)] == ["1", "3"]
    assert saved.quarantined == 1
    with db.session() as session:
        [held] = quarantine.entries(session)
    assert (held.source, held.partition, held.item) == ("s", "Acme", "2")
    assert "naive datetime" in held.error
    assert quarantine.decode_raw(held.raw)[1]["text"] == "text 2"
    state = db.state("s", "Acme")
    assert state is not None
    assert state.cursor == "after-3"


def test_save_page__repeated_page_stores_nothing_twice(db: Database) -> None:
    rows = [row("1"), row("2")]
    first = db.save_page(source="demo-x", brand="Acme", rows=rows, cursor="c1", now=NOW)
    again = db.save_page(
        source="demo-x", brand="Acme", rows=[*rows, row("3")], cursor="c2", now=NOW
    )
    assert len(first.new_ids) == 2
    assert len(again.new_ids) == 1
    assert db.count_mentions() == 3
    assert [m.external_id for m in db.mentions(again.new_ids)] == ["3"]


def test_save_page__cursor_moves_with_its_rows(db: Database) -> None:
    db.save_page(source="demo-x", brand="Acme", rows=[row("1")], cursor="after-1", now=NOW)
    state = db.state("demo-x", "Acme")
    assert state is not None
    assert state.cursor == "after-1"


def test_save_page__failed_write_keeps_the_old_cursor(db: Database) -> None:
    db.save_page(source="demo-x", brand="Acme", rows=[row("1")], cursor="after-1", now=NOW)
    broken = quarantine.Held(item="2", error=None, raw=None)  # type: ignore[arg-type]
    with pytest.raises(IntegrityError):  # not even the quarantine takes it: all rolls back
        db.save_page(
            source="demo-x", brand="Acme", rows=[row("3")], cursor="after-3", now=NOW,
            held=[broken],
        )  # fmt: skip
    state = db.state("demo-x", "Acme")
    assert state is not None
    assert state.cursor == "after-1"
    assert db.count_mentions() == 1


def test_save_page__none_cursor_leaves_cursor_unchanged(db: Database) -> None:
    db.save_page(source="s", brand="Acme", rows=[row("1")], cursor="old", now=NOW)
    db.save_page(source="s", brand="Acme", rows=[row("2")], cursor=None, now=NOW)
    state = db.state("s", "Acme")
    assert state is not None
    assert state.cursor == "old"


def test_record_error__counts_and_sets_rate_limit(db: Database) -> None:
    db.record_error(source="s", brand="*", message="boom", now=NOW)
    db.record_error(source="s", brand="*", message="429", now=NOW, retry_after=90)
    state = db.state("s", "*")
    assert state is not None
    assert state.error_count == 2
    assert state.last_error == "429"
    assert state.rate_limited_until == NOW + timedelta(seconds=90)
    db.record_success(source="s", brand="*", now=NOW)
    state = db.state("s", "*")
    assert state is not None
    assert (state.error_count, state.rate_limited_until, state.last_success_at) == (0, None, NOW)


def test_json_columns_round_trip(db: Database) -> None:
    reasons = ["anger: 'furious'", "complaint:delivery: 'still waiting'"]
    db.save_page(source="s", brand="Acme", rows=[row("1", reasons=reasons)], cursor=None, now=NOW)
    with db.session() as session:
        stored = session.exec(select(Mention)).one()
    assert stored.reasons == reasons


def test_source_state_datetimes_are_utc(db: Database) -> None:
    db.record_success(source="s", brand="Acme", now=NOW)
    with db.session() as session:
        state = session.exec(select(SourceState)).one()
    assert state.last_success_at is not None
    assert state.last_success_at.tzinfo is not None
    assert state.last_success_at == NOW.astimezone(UTC)


def test_database_url__env_and_override(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REPMON_DATABASE_URL", raising=False)
    assert database_url(data_dir=tmp_path) == f"sqlite:///{tmp_path / 'repmon.db'}"
    monkeypatch.setenv("REPMON_DATABASE_URL", "postgresql://u@h/db")
    assert database_url(data_dir=tmp_path) == "postgresql+psycopg://u@h/db"
    assert database_url(data_dir=tmp_path, use_env=False).startswith("sqlite:///")
    monkeypatch.setenv("REPMON_DATABASE_URL", "mysql://u@h/db")
    with pytest.raises(Exception, match="REPMON_DATABASE_URL"):
        database_url(data_dir=tmp_path)
