"""Revision 0004 carries existing mentions over to one row per post and brand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from monitor.schema import head, upgrade
from monitor.storage import Database
from tests.conftest import BACKENDS, NOW, new_database


@pytest.fixture(params=BACKENDS)
def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    database = new_database(request, tmp_path)
    yield database
    database.engine.dispose()


INSERT = text(
    "INSERT INTO mention (source, external_id, source_name, brand, text, language, "
    "created_at, fetched_at, text_hash, anger, is_complaint, complaint_type, needs_reply, "
    "scored, priority, reasons, matched_terms, status) VALUES (:s, :e, 'src', :b, :t, 'en', "
    ":at, :at, '0000000000000000', 0, false, 'none', false, true, 1.0, '[]', '[]', :st)"
)
AFTER = text(INSERT.text.replace("status)", "status, meta)").replace(":st)", ":st, '{}')"))


def test_migration_0004__existing_rows_carry_over_and_a_second_brand_fits(
    empty_db: Database,
) -> None:
    upgrade(empty_db, "0002")
    at = NOW.replace(tzinfo=None) if empty_db.engine.dialect.name == "sqlite" else NOW
    with empty_db.engine.begin() as conn:
        conn.execute(INSERT, {"s": "x", "e": "1", "b": "Acme", "t": "acme late", "at": at,
                              "st": "replied"})  # fmt: skip
        conn.execute(INSERT, {"s": "x", "e": "2", "b": "Acme", "t": "acme ok", "at": at,
                              "st": "new"})  # fmt: skip
    upgrade(empty_db, head())
    with empty_db.engine.begin() as conn:
        rows = conn.execute(text("SELECT external_id, brand, status, meta, edited_at "
                                 "FROM mention ORDER BY id")).all()  # fmt: skip
        assert [(r[0], r[1], r[2], r[4]) for r in rows] == [
            ("1", "Acme", "replied", None), ("2", "Acme", "new", None),
        ]  # fmt: skip
        assert all(r[3] in ({}, "{}") for r in rows)
        conn.execute(AFTER, {"s": "x", "e": "1", "b": "Other", "t": "acme late", "at": at,
                              "st": "new"})  # fmt: skip
        quarantined = conn.execute(text("SELECT count(*) FROM quarantine")).scalar_one()
    assert quarantined == 0
    with pytest.raises(Exception, match=r"(?i)unique"), empty_db.engine.begin() as conn:
        conn.execute(AFTER, {"s": "x", "e": "1", "b": "Other", "t": "again", "at": at,
                              "st": "new"})  # fmt: skip


def test_migration_0004__downgrade_keeps_one_row_per_post(empty_db: Database) -> None:
    from alembic import command

    from monitor.schema import _config

    upgrade(empty_db, head())
    at = NOW.replace(tzinfo=None) if empty_db.engine.dialect.name == "sqlite" else NOW
    with empty_db.engine.begin() as conn:
        for brand in ("Acme", "Other"):
            conn.execute(AFTER, {"s": "x", "e": "1", "b": brand, "t": "acme and other", "at": at,
                                 "st": "new"})  # fmt: skip
    config = _config()
    with empty_db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0002")
    with empty_db.engine.begin() as conn:
        rows = conn.execute(text("SELECT external_id, brand FROM mention")).all()
    assert [tuple(r) for r in rows] == [("1", "Acme")]
