"""Languages through the real scan and digest: nothing in another language is called neutral."""

from __future__ import annotations

import json
from pathlib import Path

from connectors import REGISTRY
from monitor.config import Brand, Settings, Source
from monitor.runner import Scan, partitions
from monitor.scoring import DefaultScorer
from monitor.storage import Database
from reports.digest import build_digest
from tests.conftest import NOW

LINES = [
    {"id": "1", "text": "Acme, meine Bestellung ist nie angekommen. Unverschämt!"},
    {"id": "2", "text": "Acme: paketti ei ole vieläkään tullut, olen todella vihainen"},
    {"id": "3", "text": "Acme আমার পার্সেল এখনো আসেনি, খুব রাগ লাগছে"},
    {"id": "4", "text": "@acme my refund still hasn't arrived after three weeks"},
]


def test_scan__languages_are_scored_or_sent_to_a_human(db: Database, tmp_path: Path) -> None:
    export = tmp_path / "mentions.jsonl"
    rows = [{**line, "created_at": NOW.isoformat()} for line in LINES]
    export.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    brand = Brand(name="Acme", keywords=["acme"], handles=["acme"])
    config = Settings(brands=[brand], sources=[Source(kind="jsonl", options={"path": str(export)})])
    scan = Scan(config, db, registry=REGISTRY, scorer=DefaultScorer(), env={}, now=NOW,
                base_dir=tmp_path)  # fmt: skip
    report = scan.run(partitions(config, REGISTRY))
    stored = {m.external_id: m for m in db.mentions(report.new_ids)}
    assert {k: (m.language, m.scored) for k, m in stored.items()} == {
        "1": ("de", False), "2": ("fi", True), "3": ("bn", True), "4": ("en", True),
    }  # fmt: skip
    assert stored["1"].sentiment is None
    assert all(stored[k].is_complaint for k in ("2", "3", "4"))
    assert all(m.reasons for m in stored.values())
    with db.session() as session:
        digest = build_digest(session, brand, day=NOW.date(), now=NOW)
    assert [item.language for item in digest.human_read] == ["de"]
