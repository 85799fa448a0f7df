"""The bulk write of a page of new mentions, at the cost of the database's own work.

A Core ``INSERT ... RETURNING`` of a 1,000-row page spends most of its time in the SQL
toolkit (compiling the batches, building and converting every parameter) rather than in
the database. For SQLite the page is written with one plain ``executemany`` instead: each
value goes through the column type's own conversion (so what is stored is what the Core
insert would store), a reading already encoded as JSON by the reading workers is written
as it is, and the new ids are those above the largest id before the insert (the write lock
is held from ``BEGIN IMMEDIATE`` to the commit, so no other writer adds rows in between).
PostgreSQL keeps the Core insert; there the database's work dominates.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import JSON, Connection, Table


class EncodedJSON(str):
    """A JSON document already encoded (``json.dumps`` defaults, as the database's JSON
    type would write it): the SQLite bulk write stores it as it is."""

    __slots__ = ()


def decoded(rows: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """``rows`` with pre-encoded JSON values turned back into objects, for the Core paths."""
    out: list[Mapping[str, Any]] = []
    for row in rows:
        if any(isinstance(v, EncodedJSON) for v in row.values()):
            row = {k: json.loads(v) if isinstance(v, EncodedJSON) else v for k, v in row.items()}
        out.append(row)
    return out


def insert_sqlite(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Insert the rows that are not stored yet (``ON CONFLICT DO NOTHING`` on the unique
    key); the ids of those inserted, in order. Raises what the database raises."""
    names = list(rows[0])
    if any(len(row) != len(names) for row in rows) or "id" in names:
        raise ValueError("rows of one page must have the same columns")  # Core path instead
    convert = [_converter(table, name, conn) for name in names]
    params = [tuple(f(row[n]) for n, f in zip(names, convert, strict=True)) for row in rows]
    quoted = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" for _ in names)
    before = conn.exec_driver_sql(f'SELECT max(id) FROM "{table.name}"').scalar() or 0
    conn.exec_driver_sql(
        f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks}) '
        "ON CONFLICT (source, external_id, brand) DO NOTHING",
        params,  # a list of tuples: executemany
    )
    found = conn.exec_driver_sql(
        f'SELECT id FROM "{table.name}" WHERE id > ? ORDER BY id', (before,)
    )
    return [int(r[0]) for r in found]


def _same(value: Any) -> Any:
    return value


def _converter(table: Table, name: str, conn: Connection) -> Callable[[Any], Any]:
    """The column type's own bind conversion; pre-encoded JSON is left as it is."""
    column = table.c[name]
    process = column.type.dialect_impl(conn.dialect).bind_processor(conn.dialect) or _same
    if not isinstance(column.type, JSON):
        return process

    def json_value(value: Any) -> Any:
        return value if isinstance(value, EncodedJSON) else process(value)

    return json_value
