from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from connectors.base import Page
from connectors.jsonl import JsonlConnector, JsonlOptions
from monitor.errors import InputError

LINES = [
    {
        "id": "1",
        "text": "Parcelly lost my parcel",
        "created_at": "2026-11-20T10:00:00Z",
        "source": "x",
    },
    {"id": "2", "text": "Northwind is lovely", "created_at": 1795000000, "author_reach": "12"},
]


def connector(path: Path, **options: object) -> JsonlConnector:
    return JsonlConnector(
        JsonlOptions.model_validate({"path": path.name, **options}), env={}, base_dir=path.parent
    )


def write(path: Path, lines: list[object], *, raw: bytes = b"") -> None:
    path.write_bytes(b"".join(json.dumps(x).encode() + b"\n" for x in lines) + raw)


def fetch_all(c: JsonlConnector, cursor: str | None = None) -> list[Page]:
    return list(c.fetch(None, cursor))


def test_fetch__reads_objects_with_utc_datetimes(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    write(path, LINES)
    [page] = fetch_all(connector(path, platform="import"))
    first, second = page.mentions
    assert (first.source, first.external_id) == ("x", "1")
    assert second.source == "import"
    assert second.author_reach == 12
    assert all(
        m.created_at.utcoffset() is not None and m.created_at.utcoffset().total_seconds() == 0
        for m in page.mentions
    )
    assert page.cursor is not None


def test_fetch__with_cursor_yields_nothing_already_seen(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    write(path, LINES)
    c = connector(path)
    cursor = fetch_all(c)[-1].cursor
    assert [m for p in fetch_all(c, cursor) for m in p.mentions] == []
    with path.open("ab") as f:
        f.write(
            json.dumps(
                {"id": "3", "text": "new one", "created_at": "2026-11-21T00:00:00Z"}
            ).encode()
            + b"\n"
        )
    assert [m.external_id for p in fetch_all(c, cursor) for m in p.mentions] == ["3"]


def test_fetch__replaced_file_is_read_from_the_start(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    write(path, LINES)
    c = connector(path)
    cursor = fetch_all(c)[-1].cursor
    write(path, [{"id": "9", "text": "other export", "created_at": "2026-11-21T00:00:00Z"}])
    assert [m.external_id for p in fetch_all(c, cursor) for m in p.mentions] == ["9"]


def test_fetch__bad_lines_are_named_and_the_rest_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(
        b'{"id": "ok-1", "text": "fine", "created_at": "2026-11-20T10:00:00Z"}\n'
        b"this is not json\n"
        b"[1, 2, 3]\n"
        b'{"id": "no-text"}\n'
        b'{"id": "bad-date", "text": "x", "created_at": "next tuesday"}\n'
        b'{"id": "latin1", "text": "caf\xe9", "created_at": "2026-11-20T10:00:00Z"}\n'
        b'{"id": "ok-2", "text": "also fine", "created_at": "2026-11-20T11:00:00Z"}\n'
    )
    [page] = fetch_all(connector(path))
    assert [m.external_id for m in page.mentions] == ["ok-1", "ok-2"]
    errors = [str(e) for e in page.errors]
    assert errors[0].startswith("bad.jsonl:2: not valid JSON")
    assert errors[1] == "bad.jsonl:3: not a JSON object but list"
    assert errors[2] == "bad.jsonl:4: field 'text' is missing or empty"
    assert errors[3].startswith("bad.jsonl:5: field 'created_at'")
    assert errors[4] == "bad.jsonl:6: not UTF-8 text (byte 29)"


def test_fetch__half_written_last_line_is_read_next_time(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    write(path, LINES[:1], raw=b'{"id": "2", "text": "half')
    c = connector(path)
    pages = fetch_all(c)
    assert [m.external_id for p in pages for m in p.mentions] == ["1"]
    assert not [e for p in pages for e in p.errors]
    with path.open("ab") as f:
        f.write(b' done", "created_at": "2026-11-21T00:00:00Z"}\n')
    assert [m.text for p in fetch_all(c, pages[-1].cursor) for m in p.mentions] == ["half done"]


def test_fetch__pages_carry_cursors(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    write(
        path,
        [{"id": str(i), "text": f"t{i}", "created_at": "2026-11-20T10:00:00Z"} for i in range(5)],
    )
    pages = fetch_all(connector(path, page_size=2))
    assert [len(p.mentions) for p in pages] == [2, 2, 1]
    resumed = fetch_all(connector(path, page_size=2), pages[0].cursor)
    assert [m.external_id for p in resumed for m in p.mentions] == ["2", "3", "4"]


def test_fetch__missing_id_gets_a_stable_derived_id(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    write(path, [{"text": "no id here", "author": "a", "created_at": "2026-11-20T10:00:00Z"}])
    first = fetch_all(connector(path))[0].mentions[0].external_id
    second = fetch_all(connector(path))[0].mentions[0].external_id
    assert first == second
    assert first.startswith("sha1:")


def test_fetch__csv_with_resume(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text(
        "id,text,created_at,source,rating\n"
        '1,"Parcelly, why?",2026-11-20T10:00:00Z,appstore,1\n'
        "2,,2026-11-20T10:00:00Z,appstore,2\n"
        "3,fine,2026-11-20T10:00:00Z,appstore,five\n"
    )
    [page] = fetch_all(connector(path))
    assert [(m.external_id, m.text, m.rating) for m in page.mentions] == [
        ("1", "Parcelly, why?", 1.0),
        ("3", "fine", None),
    ]
    assert page.mentions[1].meta["coerced"] == {
        "rating": "dropped 'five': not a rating from 0 to 5"
    }
    assert [str(e) for e in page.errors] == ["in.csv:3: field 'text' is missing or empty"]
    assert page.errors[0].raw is not None
    assert json.loads(page.errors[0].raw)["id"] == "2"
    assert [m for p in fetch_all(connector(path), page.cursor) for m in p.mentions] == []


def test_check__unreadable_file_raises_InputError(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.jsonl: cannot read"):
        connector(tmp_path / "nope.jsonl").check()


def test_fetch__resumed_errors_name_the_right_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    write(path, LINES)
    c = connector(path)
    cursor = fetch_all(c)[-1].cursor
    assert cursor is not None
    with path.open("ab") as f:
        f.write(b"not json\n")
    assert [str(e).split(":")[1] for p in fetch_all(c, cursor) for e in p.errors] == ["3"]
    old_style = json.dumps({k: v for k, v in json.loads(cursor).items() if k != "line"})
    assert [str(e).split(":")[1] for p in fetch_all(c, old_style) for e in p.errors] == ["3"]


WHEN = "2026-11-20T10:00:00Z"
POISON = [
    {"id": "p1", "text": "author object", "created_at": WHEN, "author": {"username": "ann"}},
    {"id": "p2", "text": "url list", "created_at": WHEN, "url": ["https://a.example/1"]},
    {"id": "p3", "text": "lang object", "created_at": WHEN, "lang": {"code": "en"}},
    {"id": "p4", "text": "title number", "created_at": WHEN, "title": 42},
    {"id": "p5", "text": "big reach", "created_at": WHEN, "author_reach": 1e30},
    {"id": "p6", "text": "nul \u0000 here", "created_at": WHEN, "url": "javascript:alert(1)"},
]


def test_fetch__poison_values_are_coerced_and_noted(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    surrogate = (
        b'{"id": "p7", "text": "half \\ud83d pair", "created_at": "' + WHEN.encode() + b'"}\n'
    )
    write(path, POISON, raw=surrogate)
    [page] = fetch_all(connector(path))
    assert page.errors == []
    got = {m.external_id: m for m in page.mentions}
    assert got["p1"].author == "ann"
    assert got["p2"].url is None
    assert got["p3"].language is None
    assert got["p4"].title == "42"
    assert got["p5"].author_reach == 2**31 - 1
    assert "1e+30" in got["p5"].meta["coerced"]["author_reach"]
    assert (got["p6"].text, got["p6"].url) == ("nul  here", None)
    assert got["p7"].text == "half ? pair"  # the lone surrogate cannot be stored


def test_fetch__missing_created_at_uses_the_fetch_time_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    write(path, [{"id": "a", "text": "no time"}, {"text": "no time, no id", "author": "b"}])
    before = datetime.now(UTC)
    [page] = fetch_all(connector(path))
    assert page.errors == []
    assert all(m.created_at >= before for m in page.mentions)
    notes = {m.meta["created_at_from"] for m in page.mentions}
    assert notes == {"in.jsonl: lines without created_at take the time they were imported"}
    again = fetch_all(connector(path))[0].mentions[1].external_id
    assert again == page.mentions[1].external_id  # a derived id does not use the fetch time


def test_fetch__extra_fields_are_kept_in_meta(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    line = {"id": "1", "text": "t", "created_at": WHEN, "subreddit": "coffee", "meta": {"v": 2}}
    write(path, [line])
    [page] = fetch_all(connector(path))
    assert page.mentions[0].meta == {"subreddit": "coffee", "v": 2}


def test_parse_raw__reads_a_kept_line_again(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"id": "1", "created_at": "2026-11-20T10:00:00Z"}\n')
    [page] = fetch_all(connector(path))
    [error] = page.errors
    assert error.raw == '{"id": "1", "created_at": "2026-11-20T10:00:00Z"}'
    fixed = json.dumps({**json.loads(error.raw), "text": "now with text"})
    assert connector(path).parse_raw(fixed).text == "now with text"


def test_fetch__csv_without_created_at_and_with_odd_numbers(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("id,text,author_reach,rating\n1,Parcelly late,1e30,4.5\n2,ok,-3,\n")
    [page] = fetch_all(connector(path))
    assert page.errors == []
    first, second = page.mentions
    assert (first.author_reach, first.rating, second.author_reach) == (2**31 - 1, 4.5, 0)
    assert first.meta["created_at_from"] == (
        "in.csv: lines without created_at take the time they were imported"
    )
