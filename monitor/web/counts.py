"""Counts per filter value for the inbox: how many mentions each choice would show, exact at
every request.

Each filter's counts keep the other filters ("refund (12)" with brand Acme chosen counts
Acme's refunds). The app keeps, per process, the group of every mention: its (status, needs
reply, brand, source, type, language, answer now); a few thousand groups at most, and each
filter's counts are summed from the groups' sizes (``tally``).

Reading every mention once takes seconds on a million, so that is done once, in the
background at start (pages say "counting…" until it is done). After that each request
catches up before counting, in two indexed reads: the mentions stored since (ids above the
highest seen) and the mentions changed or deleted since (the ``mention_change`` log that
the database's triggers keep, ``monitor.change_log``), whichever process made the change.
Those rows are read again and each moves to its group; reading a row twice does no harm.
That is what keeps PostgreSQL exact too, where a transaction can commit after a later
one took a higher number: there the last ``SETTLE`` seconds are read again once a second.
A change of a brand's anger threshold (``answer now``) counts everything again.
"""

from __future__ import annotations

import threading
import time
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, text

from monitor.config import Brand
from monitor.models import Status
from monitor.storage import Database
from monitor.web.queries import Filters

WAIT = 0.5  # seconds a page waits for the very first scan before showing no counts
SETTLE = 5.0  # PostgreSQL: seconds in which an earlier number may still commit
CHUNK = 500  # ids per ``IN (...)`` when changed rows are read again
Key = tuple[str, bool, str, str, str, str, bool]
Group = tuple[str, bool, str, str, str, str, bool, int]  # a key and its size
FACETS = (("status", 0), ("brand", 2), ("source", 3), ("type", 4), ("language", 5))
_COLUMNS = "id, status, needs_reply, brand, source, complaint_type, language, is_complaint, anger"
_NEW = Status.NEW.value


def tally(groups: Iterable[Group], f: Filters) -> dict[str, Any]:
    """Each facet's counts with every other filter applied, in one pass over the groups: a
    group counts for a facet when it fails no filter but (at most) that facet's own."""
    out: dict[str, Any] = {name: {} for name, _ in FACETS}
    wanted = [(name, index, getattr(f, name)) for name, index in FACETS[1:]]
    wanted = [(name, index, value) for name, index, value in wanted if value is not None]
    answer_now = 0
    for g in groups:
        if g[0] == _NEW and not g[1] and not f.everything:
            continue  # the inbox shows only new mentions that need a reply
        missed = [] if g[0] == f.status else ["status"]
        missed += [name for name, index, value in wanted if g[index] != value]
        if f.answer_now and not g[6]:
            missed.append("answer_now")
        if len(missed) > 1:
            continue
        for name, index in FACETS:
            if not missed or missed[0] == name:
                counts = out[name]
                counts[g[index]] = counts.get(g[index], 0) + g[7]
        answer_now += g[7] if not missed and g[6] else 0
    out["answer_now"] = answer_now
    return out


@dataclass
class _State:
    """Every mention's group, as of mention ``max_id`` and log entry ``seq``."""

    thresholds: tuple[tuple[str, float], ...]
    keys: dict[Key, int] = field(default_factory=dict)
    sizes: list[int] = field(default_factory=list)
    of: array[int] = field(default_factory=lambda: array("i"))  # id -> group index + 1
    max_id: int = 0
    seq: int = 0
    version: int = 0  # moves whenever a mention changes group
    tallied: int = -1  # the version ``tallies`` were summed at
    tallies: dict[Filters, dict[str, Any]] = field(default_factory=dict)
    marks: list[tuple[float, int, int]] = field(default_factory=list)  # PostgreSQL only
    window_at: float = 0.0  # PostgreSQL: when the settling window was last read again
    fresh_as_of: float = 0.0  # when the last catch-up began: it saw all committed by then

    def __post_init__(self) -> None:
        self._limits = dict(self.thresholds)

    def reset(self, seq: int) -> None:
        """Forget every mention: the next read takes all of them, and the log after ``seq``."""
        self.keys, self.sizes, self.of = {}, [], array("i")
        self.max_id, self.seq, self.marks, self.version = 0, seq, [], self.version + 1

    def key(self, row: Any) -> Key:
        limit = self._limits.get(row[3])
        now = bool(row[7]) and limit is not None and row[8] >= limit
        return (str(row[1]), bool(row[2]), row[3], row[4], row[5], row[6], now)

    def put(self, ident: int, key: Key | None) -> None:
        """Move mention ``ident`` to the group of ``key`` (``None``: it is gone)."""
        if ident >= len(self.of):
            self.of.extend(bytes(4 * max(ident + 1 - len(self.of), len(self.of) // 4)))
        index = 0
        if key is not None:
            index = self.keys.setdefault(key, len(self.keys)) + 1
            if index > len(self.sizes):
                self.sizes.append(0)
        old = self.of[ident]
        if old == index:
            return
        if old:
            self.sizes[old - 1] -= 1
        if index:
            self.sizes[index - 1] += 1
        self.of[ident] = index
        self.version += 1

    def groups(self, ids: Iterable[int] | None = None) -> list[Group]:
        keys = list(self.keys)
        if ids is None:
            return [(*k, n) for k, n in zip(keys, self.sizes, strict=True) if n]
        found = Counter(self.of[i] for i in ids if i < len(self.of) and self.of[i])
        return [(*keys[index - 1], n) for index, n in found.items()]

    def tally(self, f: Filters) -> dict[str, Any]:
        """Summed once per filter set and version; a few thousand groups cost milliseconds."""
        if self.tallied != self.version:
            self.tallies, self.tallied = {}, self.version
        found = self.tallies.get(f)
        if found is None:
            found = tally(self.groups(), f)
            if len(self.tallies) < 512:
                self.tallies[f] = found
        return found


class CountsCache:
    """The groups of one database in this process; thread-safe, one catch-up at a time."""

    def __init__(self) -> None:
        self._state: _State | None = None
        self._lock = threading.Lock()
        self._building: threading.Event | None = None

    def get(
        self, db: Database, f: Filters, *, brands: Sequence[Brand], wait: float = WAIT,
        conn: Connection | None = None, as_of: float | None = None,
    ) -> dict[str, Any] | None:  # fmt: skip
        """The counts, or ``None`` while the first scan of a large database still runs.
        ``conn``: the request's connection, opened at ``as_of`` (monotonic), else one from
        the pool. A catch-up another request began later than that covers this one too."""
        asked = time.monotonic() if conn is None or as_of is None else as_of
        thresholds = _thresholds(brands)
        state = self._state
        if state is None or state.thresholds != thresholds:
            self._build(db, thresholds).wait(wait)
            state = self._state
            if state is None or state.thresholds != thresholds:
                return None
        with self._lock, nullcontext(conn) if conn else db.engine.connect() as c:
            if state.fresh_as_of < asked:  # else a catch-up began after this request came
                _catch_up(c, state, as_of=asked)
            if f.assigned is not None:
                return tally(state.groups(_assigned(c, f.assigned)), f)
            return state.tally(f)

    def ready(self, brands: Sequence[Brand]) -> bool:
        """Whether ``get`` answers without waiting for a first scan."""
        state = self._state
        return state is not None and state.thresholds == _thresholds(brands)

    def warm(self, db: Database, *, brands: Sequence[Brand]) -> None:
        """Start the first scan in the background, so the first page does not wait for it."""
        self._build(db, _thresholds(brands))

    def clear(self) -> None:
        """Count everything again (a change needs no clearing: every request catches up)."""
        self._state = None

    def _build(self, db: Database, thresholds: tuple[tuple[str, float], ...]) -> threading.Event:
        """Start a full scan unless one runs; the event is set when it ends."""
        with self._lock:
            if self._building is not None:
                return self._building
            done = self._building = threading.Event()

        def run() -> None:
            try:
                state = _State(thresholds)
                started = time.monotonic()
                with db.engine.connect() as conn:
                    _catch_up(conn, state, as_of=started)
                with self._lock:
                    self._state = state
            finally:
                with self._lock:
                    self._building = None
                done.set()

        threading.Thread(target=run, name="repmon-web-counts", daemon=True).start()
        return done


def _thresholds(brands: Sequence[Brand]) -> tuple[tuple[str, float], ...]:
    return tuple((b.name, b.alerts.anger_threshold) for b in brands)


_PROBE = text(
    "SELECT (SELECT coalesce(max(id), 0) FROM mention), "
    "(SELECT coalesce(max(seq), 0) FROM mention_change), "
    "(SELECT coalesce(min(seq), 0) FROM mention_change)"
)
_NEW_ROWS = text(f"SELECT {_COLUMNS} FROM mention WHERE id > :after")
_CHANGED = text("SELECT seq, mention_id FROM mention_change WHERE seq > :after")


def _catch_up(conn: Connection, state: _State, *, as_of: float) -> None:
    """Read the mentions stored, changed or deleted since ``state`` was last brought up to
    date, and move each to its group (idempotent: a row read twice lands where it was).
    ``as_of``: a time no later than the start of ``conn``'s snapshot."""
    postgres = conn.dialect.name == "postgresql"
    top_id, top_seq, first_seq = conn.execute(_PROBE).one()  # one read when nothing changed
    if not state.max_id or int(first_seq) > state.seq + 1:  # new, or further behind than KEEP
        state.reset(int(top_seq))  # the log's end before reading the rows: re-read, not lost
    after_id, after_seq = _settled(state) if postgres else (state.max_id, state.seq)
    new = conn.execute(_NEW_ROWS, {"after": after_id}).all() if top_id > after_id else []
    changed = conn.execute(_CHANGED, {"after": after_seq}).all() if top_seq > after_seq else []
    ids = sorted({int(ident) for _, ident in changed})
    again = [row for i in range(0, len(ids), CHUNK) for row in conn.execute(
        text(f"SELECT {_COLUMNS} FROM mention WHERE id IN "
             f"({', '.join(str(n) for n in ids[i:i + CHUNK])})")
    )]  # fmt: skip
    for row in (*new, *again):
        state.put(int(row[0]), state.key(row))
    for ident in set(ids) - {int(r[0]) for r in again}:
        state.put(ident, None)
    state.max_id = max([state.max_id, *(int(r[0]) for r in new)])
    state.seq = max([state.seq, *(int(s) for s, _ in changed)])
    state.fresh_as_of = max(state.fresh_as_of, as_of)
    if postgres:
        _mark(state)


def _mark(state: _State) -> None:
    now = time.monotonic()
    if not state.marks or now - state.marks[-1][0] >= 0.2:
        state.marks.append((now, state.max_id, state.seq))
        older = [m for m in state.marks if now - m[0] >= SETTLE]
        state.marks = older[-1:] + [m for m in state.marks if now - m[0] < SETTLE]


def _settled(state: _State) -> tuple[int, int]:
    """PostgreSQL: where to read from so that what committed late is read too: from
    ``SETTLE`` seconds back once a second, else from the last row seen."""
    now = time.monotonic()
    if not state.marks or now - state.window_at < 1.0:
        return state.max_id, state.seq
    state.window_at = now
    return state.marks[0][1], state.marks[0][2]


def _assigned(conn: Connection, user: str) -> list[int]:
    stmt = text("SELECT mention_id FROM mention_assignment WHERE user_name = :user")
    return [int(i) for i in conn.execute(stmt, {"user": user}).scalars()]
