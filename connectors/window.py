"""Reading newest-first sources safely: a resume mark, and the window that advances it.

Most APIs list the newest items first and page backwards. The mark remembers the newest
time read plus the ids seen at exactly that time, so items sharing the boundary second are
neither skipped nor yielded twice. The mark is handed to the runner only with the last page
of a window: a crash in the middle repeats the window instead of skipping its older part.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from connectors.base import Found, ItemError, Page
from connectors.items import parse_each
from monitor.timeutil import parse_timestamp


@dataclass(frozen=True)
class Mark:
    """The newest point read: its time and the ids seen at exactly that time."""

    at: datetime | None = None
    ids: frozenset[str] = frozenset()
    extra: dict[str, Any] = field(default_factory=dict, compare=False)  # e.g. since_id

    def seen(self, found: Found) -> bool:
        if self.at is None:
            return False
        return found.created_at < self.at or (
            found.created_at == self.at and found.external_id in self.ids
        )

    def advance(self, found: Iterable[Found]) -> Mark:
        at, ids = self.at, set(self.ids)
        for f in found:
            if at is None or f.created_at > at:
                at, ids = f.created_at, {f.external_id}
            elif f.created_at == at:
                ids.add(f.external_id)
        return Mark(at, frozenset(ids), dict(self.extra))

    def dumps(self) -> str:
        at = self.at.isoformat() if self.at else None
        return json.dumps({"at": at, "ids": sorted(self.ids), **self.extra}, sort_keys=True)

    @classmethod
    def loads(cls, cursor: str | None) -> Mark:
        """The saved mark; an unreadable cursor starts over (the unique key stops doubles)."""
        if not cursor:
            return cls()
        try:
            data = json.loads(cursor)
            at = parse_timestamp(data.pop("at")) if data.get("at") else None
            ids = frozenset(str(i) for i in data.pop("ids", []))
        except (ValueError, TypeError, AttributeError, KeyError):
            return cls()
        return cls(at, ids, data)


@dataclass(frozen=True)
class Batch:
    """What one request of a newest-first listing gave, already parsed."""

    found: Sequence[Found]
    errors: Sequence[ItemError] = ()


def newest_first(
    batches: Iterable[Batch], mark: Mark, *, extra: dict[str, Any] | None = None,
    stamp: Callable[[Found], Found] = lambda found: found,
) -> Iterator[Page]:  # fmt: skip
    """Yield the unseen items page by page; stop at the first page reaching the old mark.

    Every page but the last has ``cursor=None``; the last carries the advanced mark, with
    ``extra`` as the batches left it (e.g. the newest ``since_id`` per listing), and every
    ``ItemError`` of the window: the cursor moves in the same transaction that quarantines
    what could not be read, never past it. ``stamp`` gives the item whose ``created_at``
    orders the listing: a listing ordered by update time marks by ``edited_at``, so an
    edit of an old item still counts as new.
    """
    newest = mark
    pending: Batch | None = None
    errors: list[ItemError] = []
    for batch in batches:
        if pending is not None:
            yield Page(pending.found, None)
        fresh = [f for f in batch.found if not mark.seen(stamp(f))]
        newest = newest.advance(map(stamp, fresh))
        pending = Batch(fresh)
        errors += batch.errors
        if len(fresh) < len(batch.found):
            break  # this page reached what an earlier run read
    last = pending or Batch(())
    newest = Mark(newest.at, newest.ids, {**mark.extra, **(extra or {})})
    yield Page(last.found, newest.dumps(), errors)


def parse_items(
    items: Iterable[Any], parse: Callable[[Any], Found], *,
    id_of: Callable[[Any], object], raw_of: Callable[[Any], Any] = lambda item: item,
) -> Batch:  # fmt: skip
    """Parse each raw item; one that cannot be read becomes an ``ItemError`` naming its id."""
    found, errors = parse_each(items, parse, id_of=id_of, raw_of=raw_of)
    return Batch(found, errors)
