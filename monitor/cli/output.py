"""Small output helpers: a fixed-width table and JSON lines."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import click


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], *, widths: Sequence[int]) -> str:
    """Columns cut to ``widths``; the last column takes what is left of the line."""

    def cell(value: Any, width: int) -> str:
        text = " ".join(str("" if value is None else value).split())
        return text if len(text) <= width else text[: width - 1] + "…"

    lines = []
    for row in [headers, *rows]:
        parts = [cell(v, w).ljust(w) for v, w in zip(row, widths, strict=False)]
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, default=str))
