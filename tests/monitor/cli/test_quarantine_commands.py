"""``repmon quarantine list|show|retry|drop`` and the quarantine in ``repmon status``."""

from __future__ import annotations

import json
from pathlib import Path

from tests.monitor.cli.conftest import Run

WHEN = "2026-11-20T10:00:00Z"


def write(tmp_path: Path, *lines: str) -> None:
    (tmp_path / "mentions.jsonl").write_text("".join(f"{x}\n" for x in lines), encoding="utf-8")


def test_quarantine__list_show_retry_after_a_fix(repmon: Run, tmp_path: Path) -> None:
    good = json.dumps({"id": "1", "text": "acme is great", "created_at": WHEN})
    write(tmp_path, good, '{"id": "2", "created_at": "2026-11-20T10:00:00Z"}', "{broken")
    scan = repmon("scan")
    assert scan.code == 0
    assert "2 item(s) quarantined: repmon quarantine list" in scan.out
    listed = repmon("quarantine", "list")
    assert "mentions.jsonl:2" in listed.out
    assert "field 'text' is missing or empty" in listed.out
    listed_json = [json.loads(x) for x in repmon("quarantine", "list", "--json").out.splitlines()]
    assert sorted(e["item"] for e in listed_json) == ["mentions.jsonl:2", "mentions.jsonl:3"]
    [no_text] = [e for e in listed_json if e["item"] == "mentions.jsonl:2"]
    shown = repmon("quarantine", "show", str(no_text["id"]))
    assert '{"id": "2", "created_at": "2026-11-20T10:00:00Z"}' in shown.out
    status = repmon("status")
    assert "Quarantine: 2 open (export: 2)" in status.out
    assert "quarantine: 2 item(s) could not be stored" in status.out
    assert status.code == 1


def test_quarantine__retry_stores_what_now_works_and_drop_hides(
    repmon: Run, tmp_path: Path
) -> None:
    write(tmp_path, "{broken")
    repmon("scan")
    [entry] = [json.loads(x) for x in repmon("quarantine", "list", "--json").out.split("\n") if x]
    retried = repmon("quarantine", "retry", "--all")
    assert "#1 mentions.jsonl:1: still quarantined: Expecting property name" in retried.out
    assert "0 of 1 item(s) left the quarantine." in retried.out
    assert repmon("quarantine", "drop", str(entry["id"])).code == 0
    assert repmon("quarantine", "list").out.strip() == "The quarantine is empty."
    assert "dropped" in repmon("quarantine", "list", "--all").out
    assert repmon("quarantine", "show", "999").code == 1
    assert "#999 ?: not retried: no such item" in repmon("quarantine", "retry", "999").out
    assert "not retried: it is dropped" in repmon("quarantine", "retry", str(entry["id"])).out


def test_quarantine__retry_of_a_stored_row_the_database_refused(
    repmon: Run, tmp_path: Path
) -> None:
    from monitor.models import QuarantineItem
    from monitor.quarantine import encode_raw
    from monitor.storage import Database
    from tests.conftest import NOW

    write(tmp_path)
    repmon("scan")  # creates the database
    db = Database(f"sqlite:///{tmp_path / 'data' / 'repmon.db'}")
    found = {"source": "x", "external_id": "7", "text": "acme lost my order", "created_at": WHEN}
    with db.session() as session, session.begin():
        session.add(QuarantineItem(source="export", partition="Acme Coffee", item="7",
                                   error="database refused the row", raw=encode_raw("found", found),
                                   first_seen_at=NOW, last_seen_at=NOW))  # fmt: skip
    retried = repmon("quarantine", "retry", "1")
    assert "#1 7: stored: mention 1" in retried.out
    assert "1 of 1 item(s) left the quarantine." in retried.out
    assert "Quarantine: 0 open" in repmon("status").out
