"""What an inbox page shows: each row and each filter choice as plain strings, made once.

The inbox is the page people keep open and reload, so its template only places values:
every number, date and label is formatted here, in Python, and the template escapes what
it prints (autoescape), as it does everywhere. A template that formatted each of 25 rows
through filters, attribute lookups and a macro per filter choice spent more than the
queries behind the page.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from monitor.models import Status
from monitor.timeutil import humanize_age
from monitor.web import reading

FIRST_WORDS = 24
_NEW = Status.NEW.value


@dataclass(frozen=True, slots=True)
class InboxRow:
    """One mention in the list; every field is text as shown (escaped by the template)."""

    id: int
    angry: bool
    source: str
    author: str
    reach: str | None  # "12,345", or None when unknown or zero
    posted: str  # "2026-11-29 23:15" (UTC)
    age: str  # "5h"
    waited: str  # "waiting 5h" or "answered after 2d"
    text: str  # the first words, "…" when there are more
    type: str
    anger: str  # "0.85"
    brand: str
    assignee: str | None
    warnings: list[str]


def inbox_row(m: Any, assignee: str | None, now: datetime) -> InboxRow:
    """One row from a ``queries.LIST`` row, as of ``now``."""
    waited_until = now if m.status == _NEW else (m.status_at or now)
    words = m.text.split(maxsplit=FIRST_WORDS)
    text = " ".join(words[:FIRST_WORDS]) + ("…" if len(words) > FIRST_WORDS else "")
    return InboxRow(
        id=m.id,
        angry=m.anger >= 0.6 and bool(m.is_complaint),
        source=m.source,
        author=m.author or "someone",
        reach=f"{m.author_reach:,}" if m.author_reach else None,
        posted=m.created_at.isoformat(" ", "minutes")[:16],  # strftime costs five times more
        age=humanize_age(now - m.created_at),
        waited=("waiting " if m.status == _NEW else "answered after ")
        + humanize_age(waited_until - m.created_at),
        text=text,
        type=m.complaint_type,
        anger=f"{m.anger:.2f}",
        brand=m.brand,
        assignee=assignee,
        warnings=reading.row_warnings(scored=m.scored, flags=m.flags),
    )


Option = tuple[str, str, bool]  # value, label ("refund (12)"), selected


def options(
    values: Iterable[str], chosen: str | None, counts: Mapping[str, int] | None
) -> list[Option]:
    """The choices of one filter, each labelled with its count (none while counting)."""
    if counts is None:
        return [(v, v, v == chosen) for v in values]
    return [(v, f"{v} ({counts.get(v, 0)})", v == chosen) for v in values]
