from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from pydantic import BaseModel

from connectors.base import Connector, Page, Query
from connectors.jsonl import JsonlConnector
from monitor.config import Settings, parse_settings
from monitor.errors import RateLimited, SourceUnavailable
from monitor.runner import ALL_BRANDS, Scan, partitions
from monitor.scoring import DefaultScorer
from monitor.storage import Database
from tests.conftest import NOW


class BrokenOptions(BaseModel):
    error: str = "unavailable"


class BrokenConnector(Connector[BrokenOptions]):
    """A source that fails the way real ones do, to prove the others carry on."""

    name: ClassVar[str] = "broken"
    description: ClassVar[str] = "always fails"
    Options: ClassVar[type[BaseModel]] = BrokenOptions
    needs_query: ClassVar[bool] = True
    queries: ClassVar[list[Query | None]] = []

    def check(self) -> None:
        raise SourceUnavailable("down")

    def fetch(self, query: Query | None, cursor: str | None) -> Iterator[Page]:
        self.queries.append(query)
        if self.options.error == "rate":
            raise RateLimited("429 from broken", retry_after=600)
        if self.options.error == "bug":
            raise KeyError("data")
        raise SourceUnavailable("503 from broken")


REGISTRY: dict[str, type[Connector[Any]]] = {"jsonl": JsonlConnector, "broken": BrokenConnector}

MENTIONS = [
    {
        "id": "1",
        "source": "x",
        "text": "Parcelly lost my parcel AGAIN, useless!!!",
        "created_at": "2026-11-22T10:00:00Z",
    },
    {
        "id": "2",
        "source": "x",
        "text": "Northwind Forest Roast is lovely, thank you",
        "created_at": "2026-11-22T11:00:00Z",
    },
    {
        "id": "3",
        "source": "x",
        "text": "Northwind Traders sample database tutorial",
        "created_at": "2026-11-22T12:00:00Z",
    },
    {
        "id": "4",
        "source": "x",
        "text": "nothing to do with anyone",
        "created_at": "2026-11-22T12:00:00Z",
    },
    {
        "id": "1",
        "source": "x",
        "text": "Parcelly lost my parcel AGAIN, useless!!!",
        "created_at": "2026-11-22T10:00:00Z",
    },
    {
        "id": "5",
        "source": "x",
        "text": "Parcelly Plus ist viel zu langsam",
        "created_at": "2026-11-01T10:00:00Z",
        "lang": "de",
    },
]


def settings(
    tmp_path: Path, *sources: dict[str, Any], languages: list[str] | None = None
) -> Settings:
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(m) + "\n" for m in MENTIONS))
    return parse_settings(
        {
            "brands": [
                {"name": "Parcelly", "keywords": ["parcelly"], "languages": languages or []},
                {"name": "Northwind", "keywords": ["northwind*"], "exclude": ["northwind traders"]},
            ],
            "sources": list(sources)
            or [{"kind": "jsonl", "name": "file", "options": {"path": "in.jsonl"}}],
        },
        registry=REGISTRY,
    )


def scan(s: Settings, db: Database, tmp_path: Path, **kw: Any) -> Any:
    runner = Scan(
        s, db, registry=REGISTRY, scorer=DefaultScorer(), env={}, now=NOW, base_dir=tmp_path, **kw
    )
    return runner.run(partitions(s, REGISTRY))


def test_scan__matches_scores_and_stores_once(db: Database, tmp_path: Path) -> None:
    s = settings(tmp_path)
    report = scan(s, db, tmp_path)
    [result] = report.results
    assert result.brand == ALL_BRANDS
    assert (result.fetched, result.stored, result.dropped) == (6, 3, 2)  # one line repeats
    stored = {m.external_id: m for m in db.mentions(report.new_ids)}
    assert stored["1"].brand == "Parcelly"
    assert stored["1"].is_complaint
    assert stored["1"].matched_terms == ["parcelly"]
    assert any(r.startswith("anger") for r in stored["1"].reasons)
    assert stored["2"].brand == "Northwind"
    assert "3" not in stored  # excluded: "northwind traders"
    assert stored["5"].scored is False


def test_scan__again_stores_nothing(db: Database, tmp_path: Path) -> None:
    s = settings(tmp_path)
    scan(s, db, tmp_path)
    again = scan(s, db, tmp_path)
    assert again.stored == 0
    assert db.count_mentions() == 3


def test_scan__lost_cursor_still_stores_nothing_twice(db: Database, tmp_path: Path) -> None:
    s = settings(tmp_path)
    scan(s, db, tmp_path)
    with db.session() as session, session.begin():
        state = db._state(session, "file", ALL_BRANDS)
        state.cursor = None
    assert scan(s, db, tmp_path, dry_run=True).stored == 0
    assert scan(s, db, tmp_path).stored == 0


def test_scan__dry_run_stores_nothing_and_keeps_cursor(db: Database, tmp_path: Path) -> None:
    s = settings(tmp_path)
    report = scan(s, db, tmp_path, dry_run=True)
    assert report.stored == 3
    assert db.count_mentions() == 0
    assert db.state("file", ALL_BRANDS) is None
    scan(s, db, tmp_path)
    assert scan(s, db, tmp_path, dry_run=True).stored == 0


def test_scan__since_drops_old_mentions(db: Database, tmp_path: Path) -> None:
    from datetime import timedelta

    report = scan(settings(tmp_path), db, tmp_path, since=NOW - timedelta(days=2))
    assert report.stored == 2


def test_scan__brand_language_filter(db: Database, tmp_path: Path) -> None:
    report = scan(settings(tmp_path, languages=["en"]), db, tmp_path)
    assert "5" not in {m.external_id for m in db.mentions(report.new_ids)}


def test_scan__failing_source_is_isolated(db: Database, tmp_path: Path) -> None:
    s = settings(
        tmp_path,
        {"kind": "broken", "brands": ["Parcelly"]},
        {"kind": "jsonl", "name": "file", "options": {"path": "in.jsonl"}},
        {"kind": "broken", "name": "buggy", "brands": ["Parcelly"], "options": {"error": "bug"}},
    )
    report = scan(s, db, tmp_path)
    assert [r.source for r in report.failed] == ["broken", "buggy"]
    assert report.failed[1].error == "KeyError: 'data'"
    assert report.stored == 3
    state = db.state("broken", "Parcelly")
    assert state is not None
    assert (state.last_error, state.error_count, state.last_success_at) == (
        "503 from broken",
        1,
        None,
    )


def test_scan__query_sources_get_the_brand_query(db: Database, tmp_path: Path) -> None:
    BrokenConnector.queries.clear()
    s = settings(tmp_path, {"kind": "broken", "options": {"error": "rate"}})
    scan(s, db, tmp_path)
    queries = {q.brand: q for q in BrokenConnector.queries if q}  # polled concurrently
    assert sorted(queries) == ["Northwind", "Parcelly"]
    assert len(BrokenConnector.queries) == 2
    assert queries["Parcelly"].keywords == ("parcelly",)


def test_scan__rate_limited_source_is_skipped_until_retry_after(
    db: Database, tmp_path: Path
) -> None:
    BrokenConnector.queries.clear()
    s = settings(tmp_path, {"kind": "broken", "brands": ["Parcelly"], "options": {"error": "rate"}})
    first = scan(s, db, tmp_path)
    assert first.failed[0].error == "429 from broken"
    second = scan(s, db, tmp_path)
    assert second.results[0].skipped is not None
    assert second.results[0].skipped.startswith("rate limited until")
    assert len(BrokenConnector.queries) == 1  # no request while the limit lasts


def test_scan__pinned_source_assigns_its_brand(db: Database, tmp_path: Path) -> None:
    when = "2026-11-22T10:00:00Z"
    reviews = [
        {"id": "r1", "source": "appstore", "text": "App crashes every time", "created_at": when},
        {"id": "r2", "source": "appstore", "text": "northwind traders demo", "created_at": when},
    ]
    (tmp_path / "reviews.jsonl").write_text("".join(json.dumps(r) + "\n" for r in reviews))
    s = settings(
        tmp_path, {"kind": "jsonl", "brands": ["Northwind"], "options": {"path": "reviews.jsonl"}}
    )
    report = scan(s, db, tmp_path)
    stored = db.mentions(report.new_ids)
    assert [(m.external_id, m.brand) for m in stored] == [("r1", "Northwind")]
    assert any("which watches Northwind" in r for r in stored[0].reasons)


def test_partitions__narrowed_by_brand_and_source(tmp_path: Path) -> None:
    s = settings(
        tmp_path,
        {"kind": "broken"},
        {"kind": "jsonl", "name": "file", "options": {"path": "in.jsonl"}},
    )
    parts = partitions(s, REGISTRY, brands=["parcelly"])
    assert [(p.source.key, p.brand) for p in parts] == [
        ("broken", "Parcelly"),
        ("file", "Parcelly"),
    ]
    assert [p.source.key for p in partitions(s, REGISTRY, sources=["file"])] == ["file"]


@pytest.mark.parametrize("enabled", [False])
def test_partitions__disabled_source_is_not_polled(tmp_path: Path, enabled: bool) -> None:
    s = settings(tmp_path, {"kind": "jsonl", "enabled": enabled, "options": {"path": "in.jsonl"}})
    assert partitions(s, REGISTRY) == []
