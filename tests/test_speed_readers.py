"""Reading on worker processes gives what reading in-process gives, and loses nothing."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any, ClassVar

import pytest
from pydantic import BaseModel
from sqlalchemy import text

from connectors.base import Connector, Found, Page, Query
from connectors.jsonl import JsonlConnector
from monitor import readers
from monitor.config import parse_settings
from monitor.errors import SourceUnavailable
from monitor.readers import SMALL_PAGE, Failed, Job, Readers, read_one
from monitor.runner import Scan, partitions
from monitor.scoring import Context, DefaultScorer
from monitor.storage import Database
from tests.conftest import NOW

ROOT = Path(__file__).resolve().parent.parent
REGISTRY: dict[str, Any] = {"jsonl": JsonlConnector}
pytestmark = pytest.mark.skipif(
    "fork" not in __import__("multiprocessing").get_all_start_methods(), reason="needs fork"
)


def _texts() -> list[dict[str, Any]]:
    lines = (ROOT / "tests/reading/eval/mentions.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _jobs() -> list[Job]:
    out = []
    for i, m in enumerate(_texts()):
        context = Context(title=m.get("title"), source=m.get("source") or "",
                          rating=m.get("rating"), brand=m.get("brand"))  # fmt: skip
        out.append(Job(m["text"], m.get("lang"), context, i * 10, timedelta(hours=i % 50)))
    assert len(out) >= 2 * SMALL_PAGE
    return out


def test_workers__read_exactly_what_reading_in_process_gives() -> None:
    jobs = _jobs()
    with Readers(workers=2) as pool:
        pool.submit(jobs[:1]).outcomes()  # the first page is read in-process
        parallel = pool.submit(jobs).outcomes()
    assert parallel == [read_one(job) for job in jobs]
    assert not any(isinstance(o, Failed) for o in parallel)


def test_workers__one_that_dies_loses_no_text(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    jobs = _jobs()
    parent, real = os.getpid(), readers._score

    def dies_on_one(job: Job) -> Any:
        if os.getpid() != parent and job.text == jobs[7].text:
            os._exit(3)  # a worker killed mid-page (out of memory, a signal)
        return real(job)

    monkeypatch.setattr(readers, "_score", dies_on_one)
    with Readers(workers=2) as pool:
        pool.submit(jobs[:1]).outcomes()
        first = pool.submit(jobs).outcomes()
        again = pool.submit(jobs[: 2 * SMALL_PAGE]).outcomes()  # a fresh pool after the loss
    monkeypatch.setattr(readers, "_score", real)
    expected = [read_one(job) for job in jobs]
    assert first == expected
    assert again == expected[: 2 * SMALL_PAGE]
    assert "a reading worker stopped" in caplog.text


def test_workers__a_text_whose_reading_raises_comes_back_failed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    jobs = _jobs()
    real = readers._score

    def raises_on_one(job: Job) -> Any:
        if job.text == jobs[3].text:
            raise RuntimeError("odd text")
        return real(job)

    monkeypatch.setattr(readers, "_score", raises_on_one)
    with Readers(workers=2) as pool:
        pool.submit(jobs[:1]).outcomes()
        outcomes = pool.submit(jobs).outcomes()
    assert outcomes[3] == Failed("RuntimeError: odd text")
    assert sum(isinstance(o, Failed) for o in outcomes) == 1


def _settings(tmp_path: Path, n: int) -> Any:
    texts = [m["text"] for m in _texts()]
    when = "2026-11-22T10:00:00Z"
    items = [{"id": str(i), "source": "x", "text": f"Acme {texts[i % len(texts)]}",
              "created_at": when, "author_reach": i} for i in range(n)]  # fmt: skip
    lines = [json.dumps(item) for item in items]
    lines.insert(5, "not json")
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return parse_settings(
        {"brands": [{"name": "Acme", "keywords": ["acme"]}],
         "sources": [{"kind": "jsonl", "name": "file",
                      "options": {"path": "in.jsonl", "page_size": 100}}]},
        registry=REGISTRY,
    )  # fmt: skip


def _stored(db: Database) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT id, external_id, brand, language, sentiment, anger, is_complaint,"
            " complaint_type, request, needs_reply, scored, priority, reasons, matched_terms,"
            " reading, text_hash, meta FROM mention ORDER BY id"))  # fmt: skip
        return [tuple(r) for r in rows]


def _scan(tmp_path: Path, name: str, pool: Readers | None) -> tuple[Database, Any]:
    db = Database(f"sqlite:///{tmp_path / name}")
    db.create_all()
    s = _settings(tmp_path, 450)
    runner = Scan(s, db, registry=REGISTRY, scorer=DefaultScorer(), env={}, now=NOW,
                  base_dir=tmp_path, readers=pool)  # fmt: skip
    return db, runner.run(partitions(s, REGISTRY))


def test_scan__with_workers_stores_what_a_serial_scan_stores(tmp_path: Path) -> None:
    serial_db, serial = _scan(tmp_path, "serial.db", None)
    with Readers(workers=2) as pool:
        parallel_db, parallel = _scan(tmp_path, "parallel.db", pool)
    assert _stored(parallel_db) == _stored(serial_db)
    assert parallel.new_ids == serial.new_ids
    assert (parallel.stored, parallel.results[0].quarantined) == (450, 1)


def test_scan__with_workers_quarantines_an_item_whose_reading_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = readers._score

    def raises_on_one(job: Job) -> Any:
        if job.context.rating is None and job.reach == 42:
            raise RuntimeError("odd text")
        return real(job)

    monkeypatch.setattr(readers, "_score", raises_on_one)
    with Readers(workers=2) as pool:
        db, report = _scan(tmp_path, "p.db", pool)
    [result] = report.results
    assert (result.stored, result.quarantined) == (449, 2)  # the bad line and the odd text
    with db.engine.connect() as conn:
        errors = [r[0] for r in conn.execute(text("SELECT error FROM quarantine"))]
    assert "RuntimeError: odd text" in errors


class _NoOptions(BaseModel):
    pass


class _FailsOnPageThree(Connector[_NoOptions]):
    """Two good pages, then the source breaks: both pages must be stored, in order."""

    name: ClassVar[str] = "flaky"
    description: ClassVar[str] = "fails on its third page"
    Options: ClassVar[type[BaseModel]] = _NoOptions
    needs_query: ClassVar[bool] = False

    def check(self) -> None:
        pass

    def fetch(self, query: Query | None, cursor: str | None) -> Iterator[Page]:
        texts = [m["text"] for m in _texts()]
        for n in range(2):
            found = [Found(source="x", external_id=f"{n}-{i}", text=f"Acme {texts[i]}",
                           created_at=NOW) for i in range(SMALL_PAGE + 10)]  # fmt: skip
            yield Page(found, cursor=f"page-{n}")
        raise SourceUnavailable("503 on page three")


@pytest.mark.parametrize("workers", [None, 2])
def test_scan__a_source_failing_after_two_pages_keeps_both(
    tmp_path: Path, workers: int | None
) -> None:
    registry: dict[str, Any] = {"flaky": _FailsOnPageThree}
    s = parse_settings({"brands": [{"name": "Acme", "keywords": ["acme"]}],
                        "sources": [{"kind": "flaky", "name": "flaky"}]}, registry=registry)  # fmt: skip
    db = Database(f"sqlite:///{tmp_path / 'f.db'}")
    db.create_all()
    with Readers(workers=workers or 1) as pool:
        runner = Scan(s, db, registry=registry, scorer=DefaultScorer(), env={}, now=NOW,
                      base_dir=tmp_path, readers=pool if workers else None)  # fmt: skip
        [result] = runner.run(partitions(s, registry)).results
    assert result.error is not None
    assert "503 on page three" in result.error
    assert result.stored == db.count_mentions() == 2 * (SMALL_PAGE + 10)
    state = db.state("flaky", "Acme")  # one brand: its own partition
    assert state is not None
    assert state.cursor == "page-1"


def _pid_and_square(chunk: list[int]) -> list[tuple[int, int]]:
    return [(os.getpid(), n * n) for n in chunk]


_PARENT = os.getpid()


def _dies_in_a_worker_on_seven(chunk: list[int]) -> list[int]:
    if 7 in chunk and os.getpid() != _PARENT:
        os._exit(3)  # a worker killed mid-chunk
    return [n + 1 for n in chunk]


def test_map__runs_on_the_workers_and_keeps_the_order() -> None:
    items = list(range(3 * SMALL_PAGE))
    with Readers(workers=2) as pool:
        out = pool.map(_pid_and_square, items)
        few = pool.map(_pid_and_square, items[:3])
    assert [square for _, square in out] == [n * n for n in items]
    assert {pid for pid, _ in out} - {os.getpid()}  # other processes did the work
    assert {pid for pid, _ in few} == {os.getpid()}  # a handful is done here


def test_map__a_worker_that_dies_loses_no_item(caplog: pytest.LogCaptureFixture) -> None:
    items = list(range(2 * SMALL_PAGE))
    with Readers(workers=2) as pool:
        out = pool.map(_dies_in_a_worker_on_seven, items)
    assert out == [n + 1 for n in items]
    assert "a reading worker stopped" in caplog.text


def test_map__one_core_runs_everything_here() -> None:
    with Readers(workers=1) as pool:
        out = pool.map(_pid_and_square, list(range(2 * SMALL_PAGE)))
    assert {pid for pid, _ in out} == {os.getpid()}


def test_alerts__drafted_on_the_workers_are_the_alerts_drafted_here(tmp_path: Path) -> None:
    from reports.alerts import alarming_ids, queue_alerts
    from reports.outbox import Outbox

    def queued(name: str, pool: Readers | None) -> list[tuple[Any, ...]]:
        db, report = _scan(tmp_path, name, None)
        s = _settings(tmp_path, 450)
        ids = alarming_ids(db, s.brands[0], report.new_ids)
        assert len(ids) >= SMALL_PAGE  # enough for the workers to be used
        outbox = Outbox(db, clock=lambda: NOW)
        if pool is None:
            queue_alerts(outbox, s, db.mentions(ids), now=NOW)
        else:
            queue_alerts(outbox, s, db.mentions(ids), now=NOW, mapper=pool.map)
        with db.engine.connect() as conn:
            rows = conn.execute(text("SELECT key, body_text FROM outbox_item ORDER BY key"))
            return [tuple(r) for r in rows]

    here = queued("here.db", None)
    with Readers(workers=2) as pool:
        on_workers = queued("workers.db", pool)
    assert on_workers == here
    assert len(here) >= SMALL_PAGE
    assert sum("Suggested public reply: " in body for _, body in here) >= SMALL_PAGE
