"""Low-level edits of a tomlkit document that keep the file's comments where they belong.

tomlkit attaches a comment block to the table *before* it, so the comment that introduces
``[[sources]]`` lives in the body of the last ``[[brands]]`` table. Appending a brand or
removing the last one would leave that comment describing the wrong section; these helpers
move such trailing comments along with the edit.
"""

from __future__ import annotations

from typing import Any

import tomlkit
from tomlkit.container import Container
from tomlkit.items import AoT, Array, Comment, Item, Table, Whitespace

_Body = list[tuple[Any, Item]]


def _deepest(table: Table) -> Table:
    """The table whose body ends where ``table`` ends in the file (its last sub-table)."""
    for key, value in reversed(table.value.body):
        if key is None:
            continue
        if isinstance(value, Table):
            return _deepest(value)
        if isinstance(value, AoT) and len(value):
            return _deepest(value[-1])
        return table
    return table


def _pop_trailing_comments(table: Table) -> _Body:
    """Detach the comment block at the end of ``table`` (and anything after its first line)."""
    body: _Body = _deepest(table).value.body
    end = len(body)
    start = end
    while (
        start > 0
        and body[start - 1][0] is None
        and isinstance(body[start - 1][1], Comment | Whitespace)
    ):
        start -= 1
    while start < end and isinstance(body[start][1], Whitespace):
        start += 1  # blank lines stay: they separate this table from the next
    moved = body[start:end]
    del body[start:end]
    return moved


def _ends_blank(table: Table) -> bool:
    body: _Body = _deepest(table).value.body
    return bool(body) and isinstance(body[-1][1], Whitespace) and "\n" in body[-1][1].as_string()


def table_array(doc: Container, key: str) -> AoT | Array:
    """``doc[key]`` as an array of tables, created at the end of the file when missing."""
    if key not in doc:
        if not doc.as_string().endswith("\n\n"):
            doc.add(tomlkit.nl())  # a blank line above the first new table
        doc.append(key, tomlkit.aot())
    value = doc[key]
    if not isinstance(value, AoT | Array):
        raise TypeError(f"{key} is not an array of tables")
    return value


def append_table(array: AoT | Array, table: Table) -> None:
    """Append after the last table; the comment block that followed it moves below."""
    if isinstance(array, Array):
        inline = tomlkit.inline_table()
        inline.update(table.unwrap())
        array.append(inline)
        return
    if len(array):
        last = array[-1]
        moved = _pop_trailing_comments(last)
        if not _ends_blank(last):
            table.trivia.indent = "\n"  # a blank line above it, removed with it
        if moved:
            table.value.body.append((None, Whitespace("\n")))
            table.value.body.extend(moved)
    array.append(table)


def remove_table(array: AoT | Array, index: int) -> None:
    """Remove one table; the comment block after it moves to the table before it.

    The first table has no table before it inside the array, so a comment block between it
    and the second goes with it.
    """
    if isinstance(array, AoT) and index > 0:
        moved = _pop_trailing_comments(array[index])
        _deepest(array[index - 1]).value.body.extend(moved)
    del array[index]


def inline(values: dict[str, Any]) -> Any:
    table = tomlkit.inline_table()
    table.update(values)
    return table
