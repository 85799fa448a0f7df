"""Import mentions from a JSONL or CSV export: the demo source, and a way in for any tool.

One object per line (or CSV row) with: ``text`` (required), ``id``, ``source`` (the
platform, else the ``platform`` option), ``created_at`` (ISO 8601 or epoch seconds; the
import time when absent, and the scan report says so once per file), ``edited_at``,
``url``, ``author``, ``author_reach``, ``title``, ``lang``, ``rating``, ``meta`` (an object);
other fields are kept in the mention's metadata. The README documents the format.

Odd values are coerced by the runner (``monitor.normalise``). A line that cannot be read
at all (not JSON, no text, a date that is not one) is reported as ``file:line`` with the
line itself, so the runner quarantines it; the lines around it are still imported.

The cursor is the byte offset read so far plus a fingerprint of the file's head, so an
export that grows is read from where the last run stopped, and a replaced file is read again
from the start (the unique key keeps that from storing anything twice).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterator, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from connectors.base import Connector, Found, ItemError, Page, Query
from monitor.errors import InputError
from monitor.timeutil import parse_timestamp, utcnow

_HEAD_BYTES = 1024


class JsonlOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: Path = Field(description="the export file; relative to the config file")
    platform: str = Field(default="import", description="source of lines that name none")
    format: Literal["auto", "jsonl", "csv"] = "auto"
    page_size: int = Field(default=500, ge=1, le=10_000)


def _fingerprint(head: bytes) -> str:
    return hashlib.sha256(head).hexdigest()[:16]


KNOWN = {"id", "source", "text", "created_at", "edited_at", "url", "author", "author_reach",
         "title", "lang", "language", "rating", "meta"}  # fmt: skip


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _created_at(obj: Mapping[str, Any], *, where: str) -> tuple[datetime, dict[str, str]]:
    """The line's time; the fetch time (said so in ``meta``) when the line has none."""
    if _blank(obj.get("created_at")):
        note = f"{where}: lines without created_at take the time they were imported"
        return utcnow(), {"created_at_from": note}
    try:
        return parse_timestamp(obj.get("created_at")), {}
    except (ValueError, OverflowError, OSError) as e:
        raise ValueError(f"field 'created_at': {e}") from None


def _external_id(obj: Mapping[str, Any], text: str) -> str:
    given = obj.get("id")
    if isinstance(given, str | int) and not isinstance(given, bool) and str(given).strip():
        return str(given).strip()
    when = "" if _blank(obj.get("created_at")) else parse_timestamp(obj["created_at"]).isoformat()
    basis = f"{obj.get('author')}|{when}|{text}".encode("utf-8", "replace")
    return "sha1:" + hashlib.sha1(basis).hexdigest()[:20]


def parse_item(obj: Mapping[str, Any], *, platform: str, where: str = "import") -> Found:
    """Turn one exported object into a ``Found``; ``ValueError`` names the bad field.

    Odd values (an object for ``author``, a list for ``url``, ``1e30`` followers) are
    coerced by ``monitor.normalise``, which notes in ``meta`` what it changed. Fields this
    format does not know are kept in ``meta``.
    """
    text = obj.get("text")
    if _blank(text) or isinstance(text, dict | list | bool):
        raise ValueError("field 'text' is missing or empty")
    text = str(text).strip()
    created_at, notes = _created_at(obj, where=where)
    extra = {k: v for k, v in obj.items() if k not in KNOWN and not _blank(v)}
    given = obj.get("meta")
    meta: Mapping[str, Any] = given if isinstance(given, dict) else {}
    from monitor.normalise import normalise  # on first item: `repmon status` never needs it

    return normalise(Found(
        source=str(obj.get("source") or platform),
        external_id=_external_id(obj, text),
        text=text,
        created_at=created_at,
        url=None if _blank(obj.get("url")) else obj.get("url"),
        author=None if _blank(obj.get("author")) else obj.get("author"),
        author_reach=None if _blank(obj.get("author_reach")) else obj.get("author_reach"),
        title=None if _blank(obj.get("title")) else obj.get("title"),
        language=obj.get("lang") or obj.get("language") or None,
        rating=None if _blank(obj.get("rating")) else obj.get("rating"),
        meta={**extra, **meta, **notes},
        edited_at=None if _blank(obj.get("edited_at")) else obj.get("edited_at"),
    ))  # fmt: skip


class JsonlConnector(Connector[JsonlOptions]):
    name: ClassVar[str] = "jsonl"
    description: ClassVar[str] = "mentions from a JSONL or CSV export file (the demo data)"
    default_interval: ClassVar[timedelta] = timedelta(hours=1)
    Options: ClassVar[type[BaseModel]] = JsonlOptions
    needs_query: ClassVar[bool] = False

    @property
    def path(self) -> Path:
        path = self.options.path.expanduser()
        return path if path.is_absolute() else self.base_dir / path

    def check(self) -> None:
        try:
            with self.path.open("rb") as f:
                f.read(1)
        except OSError as e:
            raise InputError(f"{self.path}: cannot read: {e.strerror}") from None

    def fetch(self, query: Query | None, cursor: str | None) -> Iterator[Page]:
        self.check()
        fmt = self.options.format
        if fmt == "auto":
            fmt = "csv" if self.path.suffix.lower() == ".csv" else "jsonl"
        yield from self._fetch_csv(cursor) if fmt == "csv" else self._fetch_jsonl(cursor)

    def _start(self, handle: io.BufferedReader, cursor: str | None) -> tuple[int, int]:
        """Where to resume, as (byte offset, lines before it): the saved point, if the file
        still starts with the same bytes; else the start."""
        size = handle.seek(0, io.SEEK_END)
        position, line = 0, 0
        if cursor:
            saved = json.loads(cursor)
            offset, head_len = int(saved.get("offset", 0)), int(saved.get("head_len", 0))
            handle.seek(0)
            if offset <= size and saved.get("head") == _fingerprint(handle.read(head_len)):
                position = offset
                line = int(saved["line"]) if "line" in saved else self._line_number(offset)
        handle.seek(position)
        return position, line

    def _cursor(self, offset: int, line: int) -> str:
        """The offset and line read so far, and a fingerprint of the bytes before it (up to
        1 KiB), so a replaced file is noticed."""
        head_len = min(offset, _HEAD_BYTES)
        with self.path.open("rb") as f:
            head = _fingerprint(f.read(head_len))
        return json.dumps({"offset": offset, "line": line, "head": head, "head_len": head_len})

    def _fetch_jsonl(self, cursor: str | None) -> Iterator[Page]:
        with self.path.open("rb") as handle:
            offset, line_no = self._start(handle, cursor)
            found: list[Found] = []
            errors: list[ItemError] = []
            for raw in handle:
                line_no += 1
                complete = raw.endswith(b"\n")
                if not self._read_line(raw, line_no, found, errors, complete=complete):
                    line_no -= 1
                    break  # a half-written last line: read it again next run
                offset += len(raw)
                if len(found) + len(errors) >= self.options.page_size:
                    yield Page(found, self._cursor(offset, line_no), errors)
                    found, errors = [], []
            yield Page(found, self._cursor(offset, line_no), errors)

    def _line_number(self, offset: int) -> int:
        """Lines before ``offset``, for a cursor saved before it carried its line number."""
        with self.path.open("rb") as f:
            return f.read(offset).count(b"\n")

    def _read_line(
        self, raw: bytes, line_no: int, found: list[Found], errors: list[ItemError],
        *, complete: bool,
    ) -> bool:  # fmt: skip
        """Parse one line into ``found`` or ``errors``; False leaves a partial line unread."""
        where = f"{self.path.name}:{line_no}"
        if not raw.strip():
            return True
        line = raw.decode("utf-8", "backslashreplace").rstrip("\r\n")
        try:
            found.append(self.parse_raw(raw.decode("utf-8")))
        except UnicodeDecodeError as e:
            errors.append(ItemError(where, f"not UTF-8 text (byte {e.start})", line))
        except json.JSONDecodeError as e:
            if not complete:
                return False
            errors.append(ItemError(where, f"not valid JSON: {e.msg} (column {e.colno})", line))
        except (ValueError, RecursionError) as e:
            errors.append(ItemError(where, str(e), line))
        return True

    def parse_raw(self, raw: str) -> Found:
        """One line (or a CSV row as a JSON object) as a ``Found``: the quarantine's retry
        reads a kept line again with this."""
        obj = json.loads(raw)
        if not isinstance(obj, dict):
            raise ValueError(f"not a JSON object but {type(obj).__name__}")
        return parse_item(obj, platform=self.options.platform, where=self.path.name)

    def _fetch_csv(self, cursor: str | None) -> Iterator[Page]:
        try:
            text = self.path.read_text("utf-8")
        except UnicodeDecodeError as e:
            raise InputError(f"{self.path}: not UTF-8 text (byte {e.start})") from None
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
        done = int(json.loads(cursor)["rows"]) if cursor else 0
        start = done if done <= len(rows) else 0  # a shorter file was replaced: start over
        size = self.options.page_size
        while True:
            chunk = rows[start : start + size]
            found: list[Found] = []
            errors: list[ItemError] = []
            for line, row in enumerate(chunk, start=start + 2):  # line 1 is the header
                try:
                    found.append(parse_item(row, platform=self.options.platform,
                                            where=self.path.name))  # fmt: skip
                except ValueError as e:
                    errors.append(ItemError(f"{self.path.name}:{line}", str(e), json.dumps(row)))
            start += len(chunk)
            yield Page(found, json.dumps({"rows": start}), errors)
            if len(chunk) < size:
                return
