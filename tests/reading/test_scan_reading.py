"""A scan reads each mention once, stores the reading, and the digest files every mention
that needs an answer under a section: answer-now from the reading's decision, spam in a
"report, do not answer" list."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from connectors.jsonl import JsonlConnector
from monitor.config import Settings, parse_settings
from monitor.reading.types import Reading
from monitor.runner import Scan, partitions
from monitor.scoring import ANSWER_NOW_FLOOR, DefaultScorer
from monitor.storage import Database
from reports.digest import build_digest
from tests.conftest import NOW

VOICE = {"signature": "Aino, Northwind Coffee", "support_email": "help@northwind.example"}
MENTIONS: list[dict[str, Any]] = [
    {"id": "rumour", "source": "x", "text": "Heard Northwind's beans come from farms that use child labour. Is that true?"},
    {"id": "pull", "source": "rss", "title": "Northwind Coffee pulls Aurora blender after overheating reports",
     "text": "Northwind Coffee has pulled its Aurora blender from sale; customers are advised to stop using it."},
    {"id": "praise", "source": "x", "text": "Northwind's Forest Roast is the best cup in Helsinki, thank you!"},
    {"id": "chargeback", "source": "x", "text": "Northwind took €62 for beans I never got. No refund by Friday and I file a chargeback."},
    {"id": "one-star", "source": "appstore", "title": "Horrible", "rating": 1,
     "text": "Northwind app: horrible. Crashes at checkout every time."},
    {"id": "angry", "source": "x", "text": "WHERE IS MY ORDER Northwind?? Three weeks! Absolutely useless, pathetic service!!"},
    {"id": "spam", "source": "x", "text": "Northwind Coffee giveaway! Claim your free grinder now at northwind-gifts.example, verify your card details"},
    {"id": "question", "source": "x", "text": "Does Northwind ship to Norway?"},
]  # fmt: skip


def settings(tmp_path: Path) -> Settings:
    rows = [{**m, "created_at": "2026-11-23T07:00:00Z"} for m in MENTIONS]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(m) + "\n" for m in rows))
    return parse_settings(
        {
            "brands": [{"name": "Northwind Coffee", "keywords": ["northwind*"], "voice": VOICE}],
            "sources": [{"kind": "jsonl", "name": "file", "options": {"path": "in.jsonl"}}],
        },
        registry={"jsonl": JsonlConnector},
    )


@pytest.fixture
def stored(db: Database, tmp_path: Path) -> dict[str, Any]:
    s = settings(tmp_path)
    runner = Scan(
        s, db, registry={"jsonl": JsonlConnector}, scorer=DefaultScorer(), env={}, now=NOW,
        base_dir=tmp_path,
    )  # fmt: skip
    report = runner.run(partitions(s, {"jsonl": JsonlConnector}))
    with db.session() as session:
        digest = build_digest(session, s.brands[0], day=NOW.date(), now=NOW)
    return {"mentions": {m.external_id: m for m in db.mentions(report.new_ids)}, "digest": digest}


def test_scan__stores_the_reading_and_derives_the_columns_from_it(stored: dict[str, Any]) -> None:
    m = stored["mentions"]
    reading = Reading.from_json(m["chargeback"].reading)
    assert reading.flagged(reading.flags[0].kind)
    assert reading.decisions.answer_now
    assert m["chargeback"].is_complaint is reading.decisions.complaint
    assert m["chargeback"].needs_reply is reading.decisions.needs_reply
    assert m["chargeback"].priority >= ANSWER_NOW_FLOOR
    assert Reading.from_json(m["pull"].reading).speaker.value == "press"
    assert Reading.from_json(m["one-star"].reading).rating == 1
    assert m["spam"].complaint_type == "spam"
    assert not m["spam"].needs_reply


def test_digest__answer_now_is_the_readings_decision(stored: dict[str, Any]) -> None:
    now = {i.text.split(":")[0][:40] for i in stored["digest"].answer_now}
    ids = {stored["mentions"][k].id for k in ("chargeback", "one-star", "angry", "rumour", "pull")}
    assert {i.id for i in stored["digest"].answer_now} >= ids, now


def test_digest__every_mention_that_needs_an_answer_has_a_section(stored: dict[str, Any]) -> None:
    d = stored["digest"]
    placed = {i.id for s in (d.answer_now, d.needs_reply, d.praise, d.human_read) for i in s}
    for key, m in stored["mentions"].items():
        if m.needs_reply:
            assert m.id in placed, key
    assert stored["mentions"]["praise"].id in {i.id for i in d.praise}
    assert stored["mentions"]["question"].id in {i.id for i in d.needs_reply}


def test_digest__spam_is_listed_to_report_and_never_answered(stored: dict[str, Any]) -> None:
    d = stored["digest"]
    [spam] = d.report
    assert spam.id == stored["mentions"]["spam"].id
    assert spam.public_reply is None
    assert spam.offline_reply is None
    replied = {i.id for s in (d.answer_now, d.needs_reply, d.praise) for i in s}
    assert spam.id not in replied
