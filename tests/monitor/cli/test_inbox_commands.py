"""The inbox workflow through the real entry point, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from connectors import REGISTRY
from monitor.config import load_settings
from monitor.models import Mention
from monitor.storage import Database
from reports.digest import build_digest
from reports.render import render
from tests.monitor.cli.conftest import Run, add_mention

T0 = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


@pytest.fixture
def cli(repmon: Run, db: Database, monkeypatch: pytest.MonkeyPatch) -> Run:
    monkeypatch.setenv("REPMON_DATABASE_URL", db.url)
    return repmon


def test_inbox__highest_priority_first_with_filters_and_json(cli: Run, db: Database) -> None:
    low = add_mention(db, text="acme refund please", created_at=T0, priority=10.0)
    high = add_mention(
        db, text="acme lost my parcel", created_at=T0, priority=90.0, complaint_type="delivery"
    )
    add_mention(db, text="acme is fine", created_at=T0, needs_reply=False, priority=99.0)
    listed = cli("inbox")
    assert listed.code == 0, listed.err
    ids = [int(line.split()[0]) for line in listed.out.splitlines()[1:]]
    assert ids == [high, low]
    as_json = json.loads(cli("inbox", "--type", "refund", "--json").out)
    assert [m["id"] for m in as_json] == [low]
    assert as_json[0]["created_at"] == "2026-11-20T10:00:00+00:00"
    assert len(json.loads(cli("inbox", "--all", "--json").out)) == 3
    unknown = cli("inbox", "--brand", "Nope")
    assert unknown.code == 2
    assert "no brand named 'Nope'" in unknown.err


def test_mark__new_replied_resolved_records_who_when_note(cli: Run, db: Database) -> None:
    mid = add_mention(db, text="acme refund please", created_at=T0)
    replied = cli("mark", str(mid), "replied", "--note", "answered, moved to DM")
    assert replied.code == 0, replied.err
    assert f"Mention {mid} (Acme Coffee): new -> replied by tester" in replied.out
    resolved = cli("mark", str(mid), "resolved", "--note", "refund sent", "--by", "maria")
    assert resolved.code == 0, resolved.err
    (m,) = db.mentions([mid])
    expected = datetime.now(ZoneInfo("Pacific/Auckland")).date() + timedelta(days=3)
    assert (m.status, m.status_by, m.status_note, m.follow_up_on) == (
        "resolved",
        "maria",
        "refund sent",
        expected,
    )
    assert m.status_at is not None
    assert m.status_at.tzinfo is not None
    assert f"follow up on {expected.isoformat()}" in resolved.out
    shown = cli("inbox", "show", str(mid))
    assert "status: resolved by maria" in shown.out
    assert "refund sent" in shown.out
    assert "Suggested public reply:" in shown.out
    assert "Suggested offline reply:" in shown.out
    replies = json.loads(cli("inbox", "show", str(mid), "--json").out)["suggested_replies"]
    assert set(replies) >= {"public", "offline"}
    assert [x["id"] for x in json.loads(cli("inbox", "--status", "resolved", "--json").out)] == [
        mid
    ]


@pytest.mark.parametrize(
    ("steps", "message"),
    [
        ([("replied",), ("replied",)], "mention {id} is already replied"),
        ([("resolved",), ("replied",)], "mention {id} is resolved; it can become new, not replied"),
        ([("ignored",)], "mention {id}: say why it is ignored (--note)"),
    ],
)
def test_mark__invalid_transition_names_the_id(
    cli: Run, db: Database, steps: list[tuple[str, ...]], message: str
) -> None:
    mid = add_mention(db, text="acme refund please", created_at=T0)
    results = [cli("mark", str(mid), *step) for step in steps]
    assert all(r.code == 0 for r in results[:-1])
    assert results[-1].code == 1
    assert message.format(id=mid) in results[-1].err


def test_mark__unknown_id_names_it(cli: Run) -> None:
    result = cli("mark", "424242", "replied")
    assert result.code == 1
    assert "mention 424242: no such mention" in result.err


def test_mark__ignored_then_reopened(cli: Run, db: Database) -> None:
    mid = add_mention(db, text="acme spam", created_at=T0)
    assert cli("mark", str(mid), "ignored", "--note", "spam").code == 0
    assert cli("inbox", "--json").out.strip() == "[]"
    assert cli("mark", str(mid), "new").code == 0
    assert [x["id"] for x in json.loads(cli("inbox", "--json").out)] == [mid]


def test_resolved__appears_in_follow_ups_on_the_local_day_not_the_utc_day(
    cli: Run, db: Database, config_file: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pick a zone whose date differs from the UTC date right now, so the test can fail."""
    utc_now = datetime.now(UTC)
    zone = "Pacific/Kiritimati" if utc_now.hour >= 10 else "Pacific/Pago_Pago"  # UTC+14 / UTC-11
    assert (
        cli("brands", "add", "Zoned", "zoned", "--timezone", zone, "--follow-up-days", "2").code
        == 0
    )
    mid = add_mention(db, text="zoned refund please", created_at=T0, brand="Zoned")
    assert cli("mark", str(mid), "resolved", "--note", "refund sent").code == 0
    brand = load_settings(config_file, registry=REGISTRY).brand("Zoned")  # type: ignore[arg-type]
    local_due = datetime.now(ZoneInfo(zone)).date() + timedelta(days=2)
    utc_due = datetime.now(UTC).date() + timedelta(days=2)
    assert local_due != utc_due
    with db.session() as session:
        due = build_digest(session, brand, day=local_due, now=utc_now)
        other = build_digest(session, brand, day=utc_due, now=utc_now)
    assert [i.id for i in due.follow_ups] == [mid]
    assert other.follow_ups == ()
    text = render(due).text
    assert "== Follow-ups due (1) ==" in text
    assert "zoned refund please" in text


def test_export__csv_and_jsonl_for_a_date_range(cli: Run, db: Database, tmp_path: object) -> None:
    ids = [add_mention(db, text=f"acme {n}", created_at=T0 + timedelta(days=n)) for n in range(5)]
    jsonl = cli("export", "--since", "2026-11-21", "--until", "2026-11-23")
    assert jsonl.code == 0, jsonl.err
    rows = [json.loads(line) for line in jsonl.out.splitlines()]
    assert [r["id"] for r in rows] == ids[1:3]
    assert "Exported 2 mention(s)." in jsonl.err
    as_csv = cli("export", "--format", "csv", "--since", "2026-11-20T12:00:00+00:00")
    parsed = list(csv.DictReader(io.StringIO(as_csv.out)))
    assert [int(r["id"]) for r in parsed] == ids[1:]
    assert json.loads(parsed[0]["reasons"]) == []
    bad = cli("export", "--since", "last tuesday")
    assert bad.code == 2
    assert "--since" in bad.err


def test_export__streams_many_rows_in_order(cli: Run, db: Database) -> None:
    rows = [
        Mention(source="x", external_id=f"e{n}", source_name="export", brand="Acme Coffee",
                text=f"acme {n}", created_at=T0 + timedelta(seconds=n), fetched_at=T0,
                text_hash="0" * 16).model_dump(exclude={"id"})
        for n in range(1200)
    ]  # fmt: skip
    db.save_page(source="export", brand="*", rows=rows, cursor=None, now=T0)
    out = cli("export").out.splitlines()
    assert len(out) == 1200
    assert json.loads(out[0])["text"] == "acme 0"
    assert json.loads(out[-1])["text"] == "acme 1199"
