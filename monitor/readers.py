"""Reading mentions on the machine's other cores while the scan parses and writes.

The reading is most of a scan's work and it is pure (text in, reading out), so a page's
texts are read by worker processes while the runner fetches the next page and writes the
last one. What a worker sends back is plain values: the stored columns of the reading and
the reading already encoded as JSON, so sending it costs little.

Results come back in the order the texts went in and are the same as reading them
in-process (``read_one`` is the one function both paths call). A text whose reading
raises comes back as a ``Failed`` and the runner quarantines its item, as it does in-process.
A worker that dies (killed, out of memory) loses nothing: the texts it held are read
in-process and a fresh pool serves the next page. Small pages, and machines with one core,
are read in-process: starting and feeding workers would cost more than it saves.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, TypeVar

from monitor.bulk import EncodedJSON
from monitor.scoring import Context, DefaultScorer, Score, priority

log = logging.getLogger(__name__)
SMALL_PAGE = 64  # fewer texts than this are read in-process
CHUNKS_PER_WORKER = 4  # a page is cut into this many pieces per worker, to even out the load
RESTARTS = 3  # fresh pools after a worker died; then the rest of the scan reads in-process


@dataclass(frozen=True)
class Job:
    text: str
    language: str | None
    context: Context
    reach: int | None
    age: timedelta


@dataclass(frozen=True)
class Failed:
    """Reading this text raised: the item goes to the quarantine with this message."""

    error: str


Outcome = dict[str, Any] | Failed  # the mention row's reading columns, or why not
T = TypeVar("T")
R = TypeVar("R")

_scorer: DefaultScorer | None = None


def _score(job: Job) -> Score:
    global _scorer
    if _scorer is None:
        _scorer = DefaultScorer()
    return _scorer.score(job.text, language=job.language, context=job.context)


def columns(score: Score, *, reach: int | None, age: timedelta) -> dict[str, Any]:
    """The columns of a mention row that come from its reading (both paths use this)."""
    return {
        "language": score.language, "sentiment": score.sentiment, "anger": score.anger,
        "is_complaint": score.is_complaint, "complaint_type": score.complaint_type.value,
        "request": score.request, "needs_reply": score.needs_reply, "scored": score.scored,
        "priority": priority(score, reach=reach, age=age),
        "reasons": [str(r) for r in score.reasons],
        "reading": EncodedJSON(json.dumps(score.reading.to_json())),
    }  # fmt: skip


def read_one(job: Job) -> Outcome:
    """The reading columns of one mention row; ``Failed`` when reading it raised."""
    try:
        return columns(_score(job), reach=job.reach, age=job.age)
    except Exception as e:  # one odd text never stops its page: it is quarantined
        log.exception("reading failed")
        return Failed(f"{type(e).__name__}: {e}")


def _read_chunk(jobs: Sequence[Job]) -> list[tuple[Any, ...]]:
    """In a worker: each outcome as a tuple (a ``str`` subclass would not survive pickling
    as cheaply)."""
    out: list[tuple[Any, ...]] = []
    for job in jobs:
        outcome = read_one(job)
        if isinstance(outcome, Failed):
            out.append(("failed", outcome.error))
        else:
            out.append(("ok", {**outcome, "reading": str(outcome["reading"])}))
    return out


def _unpack(packed: tuple[Any, ...]) -> Outcome:
    if packed[0] == "failed":
        return Failed(packed[1])
    values: dict[str, Any] = packed[1]
    values["reading"] = EncodedJSON(values["reading"])
    return values


def cores() -> int:
    """Cores this process may run on (a container's limit, not the host's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Pending:
    """A page's texts being read; ``outcomes()`` waits for them, in order."""

    def __init__(
        self, readers: Readers, chunks: list[list[Job]], futures: list[Future[Any]],
        pool: ProcessPoolExecutor | None = None,
    ) -> None:  # fmt: skip
        self._readers, self._chunks, self._futures = readers, chunks, futures
        self._pool = pool

    def outcomes(self) -> list[Outcome]:
        out: list[Outcome] = []
        for chunk, future in zip(self._chunks, self._futures, strict=True):
            try:
                out += [_unpack(p) for p in future.result()]
            except BrokenProcessPool:
                self._readers.broken(self._pool)
                out += [read_one(job) for job in chunk]
        return out


class Readers:
    """Worker processes that read pages of mentions, or in-process reading where that is
    cheaper. ``workers`` defaults to the cores this process may use; 1 means in-process."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = cores() if workers is None else max(1, workers)
        self._pool: ProcessPoolExecutor | None = None
        self._restarts, self._warm = 0, False
        self._lock = threading.Lock()  # partitions are polled on several threads

    def submit(self, jobs: Sequence[Job]) -> Pending:
        """Start reading ``jobs``; the work overlaps whatever the caller does next. The
        first page is read here: what it loads (the language model, the lexicon buckets
        its words need) is then shared by the workers instead of loaded by each."""
        pool = self._ready() if len(jobs) >= SMALL_PAGE and self._warm else None
        self._warm = True
        if pool is None:
            done: Future[Any] = Future()
            done.set_result([_pack(read_one(job)) for job in jobs])
            return Pending(self, [list(jobs)], [done])
        chunks = self._chunks(jobs)
        try:
            futures = [pool.submit(_read_chunk, chunk) for chunk in chunks]
        except BrokenProcessPool:
            self.broken(pool)
            return self.submit(jobs)
        return Pending(self, chunks, futures, pool)

    def map(self, fn: Callable[[list[T]], list[R]], items: Sequence[T]) -> list[R]:
        """``fn`` over ``items``, cut into chunks run on the workers, the results in order.

        For other pure work after the reading (the drafts of the scan's alerts). ``fn`` is a
        module-level function from a chunk to one result per item. Few items, or one core,
        run here; a chunk whose worker died is run here too. What ``fn`` raises is raised.
        """
        pool = self._ready() if len(items) >= SMALL_PAGE else None
        if pool is None:
            return fn(list(items))
        chunks = self._chunks(items)
        try:
            futures = [pool.submit(fn, chunk) for chunk in chunks]
        except BrokenProcessPool:
            self.broken(pool)
            return fn(list(items))
        out: list[R] = []
        for chunk, future in zip(chunks, futures, strict=True):
            try:
                out += future.result()
            except BrokenProcessPool:
                self.broken(pool)
                out += fn(chunk)
        return out

    def _chunks(self, items: Sequence[T]) -> list[list[T]]:
        """``items`` cut into pieces, ``CHUNKS_PER_WORKER`` a worker, to even out the load."""
        size = max(1, -(-len(items) // (self.workers * CHUNKS_PER_WORKER)))
        return [list(items[i : i + size]) for i in range(0, len(items), size)]

    def _ready(self) -> ProcessPoolExecutor | None:
        with self._lock:
            if self.workers <= 1 or self._restarts > RESTARTS:
                return None
            if self._pool is None:
                self._pool = ProcessPoolExecutor(self.workers, mp_context=_context())
            return self._pool

    def broken(self, pool: ProcessPoolExecutor | None) -> None:
        """A worker of ``pool`` died: drop that pool; the next page starts a fresh one."""
        log.warning("a reading worker stopped; its texts are read in-process")
        with self._lock:
            if self._pool is not None and self._pool is pool:
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None
                self._restarts += 1

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = None

    def __enter__(self) -> Readers:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _pack(outcome: Outcome) -> tuple[Any, ...]:
    return ("failed", outcome.error) if isinstance(outcome, Failed) else ("ok", outcome)


def _context() -> Any:
    """Fork where there is one: workers start at once with the lexicons and models the
    scan has loaded (read-only, shared with it)."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")
