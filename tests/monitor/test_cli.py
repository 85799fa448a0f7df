from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def repmon(
    *args: str, cwd: Path, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real entry point, as a user would."""
    full_env = {**os.environ, "REPMON_DATABASE_URL": "", **(env or {})}
    return subprocess.run(
        [sys.executable, "-c", "from monitor.cli import main; main()", *args],
        cwd=cwd, input=stdin, capture_output=True, text=True, env=full_env, timeout=120,
        check=False,
    )  # fmt: skip


def test_scan_demo__writes_digests_and_is_idempotent(tmp_path: Path) -> None:
    first = repmon("scan", "--demo", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "Needs an answer" in first.stdout
    assert "PRIO" in first.stdout
    outbox = tmp_path / "repmon-demo" / "outbox"
    written = sorted(p.name for p in outbox.iterdir())
    digests = [name for name in written if name.startswith("digest-")]
    alerts = [name for name in written if name.startswith("alert-")]
    assert len(digests) == 6  # html, txt and eml for each of the two brands
    assert {p.rsplit(".", 1)[1] for p in digests} == {"html", "txt", "eml"}
    assert alerts  # angry complaints alert at once (by email to the file outbox here)
    for line in first.stdout.splitlines():
        if line.startswith("Digest written: "):
            assert (tmp_path / line.removeprefix("Digest written: ")).is_file()
    stored = int(first.stdout.split()[1])
    assert stored > 150

    second = repmon("scan", "--demo", cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert second.stdout.startswith("Stored 0 new mentions: nothing new since the last scan")
    assert sorted(p.name for p in outbox.iterdir()) == written  # no alert sent twice


def test_scan_demo__ignores_the_team_database_in_the_environment(tmp_path: Path) -> None:
    result = repmon(
        "scan",
        "--demo",
        "--json",
        cwd=tmp_path,
        env={"REPMON_DATABASE_URL": "postgresql+psycopg://nobody@127.0.0.1:1/nope"},
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "repmon-demo" / "repmon.db").is_file()


def test_scan__json_report(tmp_path: Path) -> None:
    result = repmon("scan", "--demo", "--json", "--no-digest", cwd=tmp_path)
    report = json.loads(result.stdout)
    assert {r["source"] for r in report["results"]} >= {"demo-x", "demo-appstore"}
    assert report["digests"] == []


def test_scan__unknown_brand_is_named(tmp_path: Path) -> None:
    result = repmon("scan", "--demo", "--brand", "Nope", cwd=tmp_path)
    assert result.returncode == 2
    assert "no brand named 'Nope'" in result.stderr
    assert "Traceback" not in result.stderr


def test_scan__failed_source_sets_exit_code_and_keeps_the_others(tmp_path: Path) -> None:
    (tmp_path / "good.jsonl").write_text(
        json.dumps({"id": "1", "text": "acme broke my heart", "created_at": "2026-11-20T10:00:00Z"})
        + "\n"
    )
    (tmp_path / "repmon.toml").write_text(
        '[storage]\ndata_dir = "data"\n[[brands]]\nname = "Acme"\nkeywords = ["acme"]\n'
        '[[sources]]\nkind = "jsonl"\nname = "gone"\noptions = { path = "missing.jsonl" }\n'
        '[[sources]]\nkind = "jsonl"\nname = "good"\noptions = { path = "good.jsonl" }\n'
    )
    result = repmon("--config", "repmon.toml", "scan", cwd=tmp_path)
    assert result.returncode == 1
    assert "Stored 1 new mentions" in result.stdout
    assert "FAILED" in result.stdout
    assert "missing.jsonl: cannot read" in result.stdout


def test_config_validate__names_fields_and_exits_2(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text(
        '[[brands]]\nname = "A"\nkeywords = ["a"]\ntimezone = "Europe/Helsinky"\n'
    )
    result = repmon("config", "validate", "bad.toml", cwd=tmp_path)
    assert result.returncode == 2
    assert "brands[0].timezone: unknown timezone 'Europe/Helsinky'" in result.stderr
    assert "Traceback" not in result.stderr


def test_config_validate__example_is_ok() -> None:
    result = repmon("config", "validate", str(ROOT / "config" / "repmon.example.toml"), cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert ": ok (" in result.stdout


def test_score__prints_one_json_object_per_line(tmp_path: Path) -> None:
    stdin = (
        "Still waiting for my refund, WORST SERVICE EVER!!!\n"
        "\n"
        + json.dumps({"text": "thank you, lovely coffee", "author_reach": 10}) + "\n"
        + json.dumps({"id": 3}) + "\n"
    )  # fmt: skip
    result = repmon("score", cwd=tmp_path, stdin=stdin)
    assert result.returncode == 1  # one line had no text
    assert "line 4: field 'text' is missing or empty" in result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 2
    keys = {
        "text",
        "sentiment",
        "anger",
        "is_complaint",
        "complaint_type",
        "request",
        "needs_reply",
        "priority",
        "language",
        "scored",
        "signals",
    }
    reading = {"speaker", "stance", "sarcasm", "problems", "asks", "flags", "rating", "decisions"}
    assert all(set(r) >= keys | reading for r in rows)
    angry, praise = rows
    assert angry["is_complaint"]
    assert angry["needs_reply"]
    assert angry["signals"]["shouting"] == ["WORST SERVICE EVER"]
    assert praise["complaint_type"] == "praise"


@pytest.mark.parametrize(
    "args", [["--help"], ["scan", "--help"], ["score", "--help"], ["config", "validate", "--help"]]
)
def test_help_has_examples(args: list[str], tmp_path: Path) -> None:
    result = repmon(*args, cwd=tmp_path)
    assert result.returncode == 0
    assert "repmon " in result.stdout


def test_demo_inbox__after_a_demo_scan_shows_replies(tmp_path: Path) -> None:
    assert repmon("scan", "--demo", "--no-digest", cwd=tmp_path).returncode == 0
    listing = repmon("--demo", "inbox", "--json", cwd=tmp_path)
    assert listing.returncode == 0, listing.stderr
    first = json.loads(listing.stdout)[0]
    shown = repmon("--demo", "inbox", "show", str(first["id"]), cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "Suggested public reply:" in shown.stdout
    assert "Suggested offline reply:" in shown.stdout


def test_scan_demo__digests_go_through_the_outbox_once_per_day(tmp_path: Path) -> None:
    import sqlite3

    for _ in range(2):
        assert repmon("scan", "--demo", cwd=tmp_path).returncode == 0
    with sqlite3.connect(tmp_path / "repmon-demo" / "repmon.db") as conn:
        rows = conn.execute(
            "SELECT key, status, attempts FROM outbox_item WHERE kind = 'digest' ORDER BY key"
        ).fetchall()
    assert rows == [
        ("digest:Northwind Coffee:2026-11-23", "sent", 1),
        ("digest:Parcelly:2026-11-23", "sent", 1),
    ]
