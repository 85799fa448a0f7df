"""The jsonl import connector keeps the same contract as the HTTP sources."""

from __future__ import annotations

import json
from datetime import UTC
from pathlib import Path

from connectors.jsonl import JsonlConnector, JsonlOptions


def _connector(path: Path) -> JsonlConnector:
    return JsonlConnector(JsonlOptions(path=path, platform="import", page_size=2), env={})


def test_fetch__tz_aware_utc_and_malformed_line_reported(tmp_path: Path) -> None:
    path = tmp_path / "m.jsonl"
    lines = [
        {"id": "1", "text": "acme is late", "created_at": "2026-11-23T10:00:00+02:00"},
        {"id": "2", "created_at": "2026-11-23T08:00:00Z"},
        {"id": "3", "text": "acme ok", "created_at": 1795420800},
    ]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), "utf-8")
    pages = list(_connector(path).fetch(None, None))
    found = [f for p in pages for f in p.mentions]
    assert [f.external_id for f in found] == ["1", "3"]
    assert all(f.created_at.tzinfo == UTC for f in found)
    assert [e.item for p in pages for e in p.errors] == ["m.jsonl:2"]


def test_fetch__with_cursor_yields_only_appended_lines(tmp_path: Path) -> None:
    path = tmp_path / "m.jsonl"
    first = {"id": "1", "text": "acme " + "long " * 300, "created_at": 1}  # past the 1 KiB head
    path.write_text(json.dumps(first) + "\n", "utf-8")
    cursor = list(_connector(path).fetch(None, None))[-1].cursor
    assert [f for p in _connector(path).fetch(None, cursor) for f in p.mentions] == []
    with path.open("a", encoding="utf-8") as f:
        f.write(json.dumps({"id": "2", "text": "acme again", "created_at": 2}) + "\n")
    again = [f.external_id for p in _connector(path).fetch(None, cursor) for f in p.mentions]
    assert again == ["2"]
