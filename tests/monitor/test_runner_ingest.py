"""The runner at the boundary: poison items, the quarantine, the cursor rule, two brands, edits."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from sqlmodel import select

from connectors.base import Connector, Found, ItemError, Page, Query
from connectors.jsonl import JsonlConnector
from monitor import quarantine
from monitor.config import Settings, parse_settings
from monitor.inbox import mark
from monitor.models import Mention, Status
from monitor.runner import Scan, ScanReport, partitions
from monitor.scoring import DefaultScorer
from monitor.storage import Database
from tests.conftest import NOW

WHEN = "2026-11-22T10:00:00Z"


class ListConnector(Connector[Any]):
    """Yields the pages a test sets, as a platform would."""

    name: ClassVar[str] = "list"
    description: ClassVar[str] = "pages set by the test"
    needs_query: ClassVar[bool] = False
    pages: ClassVar[list[Page]] = []

    def check(self) -> None:
        return None

    def fetch(self, query: Query | None, cursor: str | None) -> Iterator[Page]:
        yield from self.pages


REGISTRY: dict[str, type[Connector[Any]]] = {"jsonl": JsonlConnector, "list": ListConnector}


def settings(kind: str = "jsonl") -> Settings:
    source = {
        "kind": kind,
        "name": "file",
        "options": {"path": "in.jsonl"} if kind == "jsonl" else {},
    }
    return parse_settings(
        {
            "brands": [
                {"name": "Parcelly", "keywords": ["parcelly"]},
                {"name": "Northwind", "keywords": ["northwind*"]},
            ],
            "sources": [source],
        },
        registry=REGISTRY,
    )


def scan(db: Database, tmp_path: Path, kind: str = "jsonl") -> ScanReport:
    s = settings(kind)
    runner = Scan(s, db, registry=REGISTRY, scorer=DefaultScorer(), env={}, now=NOW,
                  base_dir=tmp_path)  # fmt: skip
    return runner.run(partitions(s, REGISTRY))


def write(tmp_path: Path, lines: list[Any], *, mode: str = "w") -> None:
    with (tmp_path / "in.jsonl").open(mode, encoding="utf-8") as f:
        for line in lines:
            f.write((line if isinstance(line, str) else json.dumps(line)) + "\n")


def line(n: int, **extra: Any) -> dict[str, Any]:
    return {"id": str(n), "text": f"Parcelly parcel {n} is late", "created_at": WHEN, **extra}


def held(db: Database) -> list[str]:
    with db.session() as session:
        return sorted(e.item for e in quarantine.entries(session))


def test_scan__poison_lines_are_coerced_or_quarantined_and_the_cursor_moves(
    db: Database, tmp_path: Path
) -> None:
    write(tmp_path, [
        line(1), line(2, author={"name": "ann"}), line(3, url=["x"]), line(4, lang={"a": 1}),
        line(5, title=7), line(6, author_reach=1e30), line(7, text="Parcelly \u0000 NUL"),
        '{"id": "8", "text": "Parcelly \\udc00 lone", "created_at": "2026-11-22T10:00:00Z"}',
        "not json at all", line(10, created_at="next tuesday"), line(11),
    ])  # fmt: skip
    report = scan(db, tmp_path)
    [result] = report.results
    assert result.error is None
    assert (result.stored, result.quarantined) == (9, 2)
    assert held(db) == ["in.jsonl:10", "in.jsonl:9"]
    state = db.state("file", "*")
    assert state is not None
    assert state.cursor is not None
    assert json.loads(state.cursor)["line"] == 11
    again = scan(db, tmp_path)
    assert (again.stored, again.results[0].quarantined) == (0, 0)  # past them, nothing twice
    assert db.count_mentions() == 9


def test_scan__missing_created_at_is_said_once_per_file(db: Database, tmp_path: Path) -> None:
    write(tmp_path, [{"id": str(n), "text": f"Parcelly {n}"} for n in range(3)])
    [result] = scan(db, tmp_path).results
    assert result.stored == 3
    assert result.warnings == [
        "in.jsonl: lines without created_at take the time they were imported"
    ]


def test_scan__post_naming_two_brands_is_stored_for_each(db: Database, tmp_path: Path) -> None:
    write(tmp_path, [{"id": "1", "text": "Parcelly lost my Northwind beans", "created_at": WHEN}])
    report = scan(db, tmp_path)
    rows = {m.brand: m for m in db.mentions(report.new_ids)}
    assert sorted(rows) == ["Northwind", "Parcelly"]
    assert rows["Parcelly"].matched_terms == ["parcelly"]
    assert rows["Northwind"].matched_terms == ["northwind*"]
    brands = {b.name: b for b in settings().brands}
    mark(db, rows["Parcelly"].id or 0, Status.REPLIED, brands=brands, by="me", now=NOW)
    after = {m.brand: m.status for m in db.mentions(report.new_ids)}
    assert after == {"Parcelly": "replied", "Northwind": "new"}  # each brand its own status
    (tmp_path / "in.jsonl").write_text("")  # a replaced file: read again from the start
    write(tmp_path, [{"id": "1", "text": "Parcelly lost my Northwind beans", "created_at": WHEN}])
    assert scan(db, tmp_path).stored == 0
    assert db.count_mentions() == 2


def test_scan__an_edit_updates_the_stored_mention_and_keeps_its_history(
    db: Database, tmp_path: Path
) -> None:
    write(tmp_path, [{"id": "1", "text": "Parcelly delivered early, thanks", "created_at": WHEN}])
    [first] = scan(db, tmp_path).new_ids
    edited = {"id": "1", "text": "Parcelly lost my parcel, I want a refund now!",
              "created_at": WHEN, "edited_at": "2026-11-22T11:00:00Z"}  # fmt: skip
    write(tmp_path, [edited], mode="a")
    report = scan(db, tmp_path)
    assert (report.stored, report.updated_ids) == (0, [first])
    [mention] = db.mentions([first])
    assert mention.text == edited["text"]
    assert mention.is_complaint
    assert mention.edited_at == datetime(2026, 11, 22, 11, 0, tzinfo=UTC)
    assert [e["text"] for e in mention.meta["edits"]] == ["Parcelly delivered early, thanks"]
    write(tmp_path, [edited], mode="a")  # the same version again: no second history entry
    assert scan(db, tmp_path).updated_ids == []
    assert len(db.mentions([first])[0].meta["edits"]) == 1


def test_scan__item_errors_and_unstorable_items_are_quarantined(
    db: Database, tmp_path: Path
) -> None:
    ListConnector.pages = [
        Page(
            [
                Found("x", "ok", "Parcelly is late", datetime(2026, 11, 22, tzinfo=UTC)),
                Found("x", "", "Parcelly no id", datetime(2026, 11, 22, tzinfo=UTC)),
                Found("x", "t", "Parcelly no time", "soon"),  # type: ignore[arg-type]
            ],
            cursor="c1",
            errors=[ItemError("42", "field 'user' is missing", raw='{"id": "42\\u0000"}')],
        )
    ]
    [result] = scan(db, tmp_path, kind="list").results
    assert (result.stored, result.quarantined) == (1, 3)
    with db.session() as session:
        entries = {e.item: e for e in quarantine.entries(session)}
    assert sorted(entries) == ["''", "42", "t"]  # an empty id is shown as such
    assert quarantine.decode_raw(entries["42"].raw) == ("payload", '{"id": "42\\u0000"}')
    assert "created_at" in entries["t"].error
    state = db.state("file", "*")
    assert state is not None
    assert state.cursor == "c1"
    with db.session() as session:
        assert session.exec(select(Mention.external_id)).all() == ["ok"]


def test_scan__an_edit_that_drops_a_brand_still_updates_that_brands_row(
    db: Database, tmp_path: Path
) -> None:
    write(tmp_path, [{"id": "1", "text": "Parcelly and Northwind both great", "created_at": WHEN}])
    first = scan(db, tmp_path).new_ids
    edited = {"id": "1", "text": "Parcelly lost my parcel, refund now!", "created_at": WHEN,
              "edited_at": "2026-11-22T11:00:00Z"}  # fmt: skip
    write(tmp_path, [edited], mode="a")
    report = scan(db, tmp_path)
    assert (report.stored, sorted(report.updated_ids)) == (0, sorted(first))
    rows = {m.brand: m for m in db.mentions(first)}
    assert {b: m.text for b, m in rows.items()} == {
        "Parcelly": edited["text"], "Northwind": edited["text"],
    }  # fmt: skip
    assert rows["Northwind"].matched_terms == []


def test_scan__two_versions_in_one_page_store_the_latest(db: Database, tmp_path: Path) -> None:
    v1 = {"id": "1", "text": "Parcelly v1", "created_at": WHEN, "edited_at": WHEN}
    v2 = {**v1, "text": "Parcelly v2", "edited_at": "2026-11-22T12:00:00Z"}
    write(tmp_path, [v2, v1])
    [mention] = db.mentions(scan(db, tmp_path).new_ids)
    assert mention.text == "Parcelly v2"
