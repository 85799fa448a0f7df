"""A scan: for each configured source and brand, fetch pages, match, score, store.

This is the one place where connectors, the matcher, the scorer and storage meet. Each page
is stored with its cursor in one transaction. A failing source is recorded in its
``SourceState`` and the scan carries on with the others; the report says which failed.

Every item is normalised first (``monitor.normalise``). One that still cannot be stored, or
that the connector could not read (an ``ItemError``), is quarantined in the page's
transaction, so a page always commits and a cursor never moves past an item that was
neither stored, deliberately left out (no brand, too old, another language) nor
quarantined. A post naming several watched brands gets one row per brand.

Partitions are polled concurrently (sources spend their time waiting on the network), so a
scan takes about as long as its slowest source. SQLite takes one writer at a time, so
there the writes of the threads go through one lock; PostgreSQL takes them in parallel.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from connectors.base import Connector, Found, Page, Query
from monitor.config import Brand, Settings, Source
from monitor.errors import RateLimited, RepmonError
from monitor.matching import Matcher, query_for, tokenize
from monitor.models import mention_row
from monitor.normalise import Unstorable, normalise
from monitor.partitions import ALL_BRANDS as ALL_BRANDS
from monitor.partitions import Partition as Partition
from monitor.partitions import PartitionLease as PartitionLease
from monitor.partitions import PartitionResult as PartitionResult
from monitor.partitions import ScanReport as ScanReport
from monitor.partitions import partitions as partitions
from monitor.quarantine import Held, held_error, held_found
from monitor.readers import Failed, Job, Outcome, Pending, Readers, columns
from monitor.scoring import Context, Reason, Scorer
from monitor.storage import Database

log = logging.getLogger(__name__)
NEVER = datetime.min.replace(tzinfo=UTC)


def text_hash(tokens: list[str]) -> str:
    """The same words in the same order give the same hash, across sources."""
    return hashlib.sha1(" ".join(tokens).encode()).hexdigest()[:16]


class Scan:
    """Everything one scan needs, built once and shared by its partitions."""

    def __init__(
        self, settings: Settings, db: Database, *, registry: Mapping[str, type[Connector[Any]]],
        scorer: Scorer, env: Mapping[str, str], now: datetime, base_dir: Path,
        since: datetime | None = None, dry_run: bool = False, workers: int = 8,
        lease: PartitionLease | None = None, stop: threading.Event | None = None,
        readers: Readers | None = None,
    ) -> None:  # fmt: skip
        self.settings, self.db, self.registry = settings, db, registry
        self.workers = max(1, workers)
        serial = db.engine.dialect.name == "sqlite"
        self._writing: AbstractContextManager[object] = (
            threading.Lock() if serial else nullcontext()
        )
        self.scorer, self.env, self.now, self.base_dir = scorer, env, now, base_dir
        self.since, self.dry_run = since, dry_run
        self.lease, self.stop = lease, stop  # stop: finish the current page, then return
        self.readers = readers  # worker processes that read pages; None: read in-process
        self.matcher = Matcher(settings.brands)
        self.brands: dict[str, Brand] = {b.name: b for b in settings.brands}

    def run(self, parts: Iterable[Partition]) -> ScanReport:
        """Poll the partitions concurrently; results keep the order of ``parts``."""
        parts = list(parts)
        if len(parts) <= 1 or self.workers == 1:
            return ScanReport([self.poll(p) for p in parts], dry_run=self.dry_run)
        with ThreadPoolExecutor(min(self.workers, len(parts)), "repmon-scan") as pool:
            return ScanReport(list(pool.map(self.poll, parts)), dry_run=self.dry_run)

    def poll(self, part: Partition) -> PartitionResult:
        result = PartitionResult(source=part.source.key, brand=part.brand)
        if self.stop is not None and self.stop.is_set():
            result.skipped = "stopping"
            return result
        if self.lease is None:
            return self._poll(part, result)
        if not self.lease.claim(part):
            result.skipped = "polled by another worker, or not due yet"
            return result
        try:
            return self._poll(part, result)
        finally:
            self.lease.release(part)

    def _poll(self, part: Partition, result: PartitionResult) -> PartitionResult:
        key = part.source.key
        state = self.db.state(key, part.brand)
        if state and state.rate_limited_until and state.rate_limited_until > self.now:
            result.skipped = f"rate limited until {state.rate_limited_until:%Y-%m-%d %H:%M} UTC"
            return result
        try:
            self._fetch(part, state.cursor if state else None, result)
        except RepmonError as e:
            self._failed(part, result, e)
        except Exception as e:
            log.exception("source %s failed unexpectedly", key)
            self._failed(part, result, e)
        else:
            if result.skipped is None and not self.dry_run:
                with self._writing:
                    self.db.record_success(source=key, brand=part.brand, now=self.now)
        return result

    def _failed(self, part: Partition, result: PartitionResult, error: Exception) -> None:
        message = (
            str(error) if isinstance(error, RepmonError) else f"{type(error).__name__}: {error}"
        )
        result.error = message
        retry_after = error.retry_after if isinstance(error, RateLimited) else None
        if not self.dry_run:
            with self._writing:
                self.db.record_error(
                    source=part.source.key, brand=part.brand, message=message, now=self.now,
                    retry_after=retry_after,
                )  # fmt: skip

    def connector(self, source: Source) -> Connector[Any]:
        cls = self.registry[source.kind]
        options = cls.Options.model_validate(source.options)
        return cls(options, env=self.env, base_dir=self.base_dir)

    def _query(self, part: Partition) -> Query | None:
        if part.brand == ALL_BRANDS or not self.registry[part.source.kind].needs_query:
            return None
        query = query_for(self.brands[part.brand])
        return Query(**{**query.__dict__, "since": self.since})

    def _fetch(self, part: Partition, cursor: str | None, result: PartitionResult) -> None:
        """Fetch, read and store page by page. With reading workers the next page is fetched
        and the last one written while a page is read; every page read is written, in order,
        even when the source fails on the page after it."""
        connector = self.connector(part.source)
        pending: _Read | None = None
        try:
            for page in connector.fetch(self._query(part), cursor):
                reading = self._read(part, page, result)
                done, pending = pending, None  # a page that fails to write is not retried
                if done is not None:
                    self._written(part, done, result)
                pending = reading
                if self.stop is not None and self.stop.is_set():
                    done, pending = pending, None
                    self._written(part, done, result)
                    result.skipped = "stopped after a stored page; the next run resumes"
                    return
        except Exception:
            if pending is not None:  # the source failed after this page: keep what it read
                self._written(part, pending, result)
            raise
        if pending is not None:
            self._written(part, pending, result)

    def _written(self, part: Partition, page: _Read, result: PartitionResult) -> None:
        self._store(part, page, result)
        if self.lease is not None:
            self.lease.renew(part)

    def _read(self, part: Partition, page: Page, result: PartitionResult) -> _Read:
        """Normalise and match a page's items, and start reading the texts of those that
        are for a brand. An item that cannot be stored goes to ``held``."""
        result.fetched += len(page.mentions)
        result.item_errors += page.errors
        read = _Read(page.cursor, [held_error(err) for err in page.errors])
        for found in page.mentions:
            try:
                read.items.append((found, *self._picked(part, found, result)))
            except Unstorable as e:
                read.held.append(held_found(found, str(e)))
            except Exception as e:  # a bug on one odd item never stops its source
                log.exception("%s: quarantined %r", part.source.key, found.external_id)
                read.held.append(held_found(found, f"{type(e).__name__}: {e}"))
        jobs = [self._job(found, brand) for _, found, picked, _ in read.items
                for brand, _ in picked]  # fmt: skip
        if self.readers is not None:
            read.pending = self.readers.submit(jobs)
        else:
            read.pending = _InProcess(self, jobs)
        return read

    def _store(self, part: Partition, page: _Read, result: PartitionResult) -> None:
        """Store one page read. An item that cannot be stored is quarantined with the
        page, so the page and its cursor always commit."""
        held, outcomes = page.held, iter(page.pending.outcomes() if page.pending else ())
        rows: dict[tuple[str, str, str], dict[str, Any]] = {}
        for original, found, picked, digest in page.items:
            read = [next(outcomes) for _ in picked]
            try:
                built = self._built(part, found, picked, digest, read)
            except _Unread as e:  # a bug on one odd item never stops its source
                log.error("%s: quarantined %r: %s", part.source.key, found.external_id, e)
                held.append(held_found(original, str(e)))
                continue
            result.dropped += not built
            for row in built:  # a page may carry two versions of a post: keep the latest
                key = (row["source"], row["external_id"], row["brand"])
                if key not in rows or (row["edited_at"] or NEVER) > (
                    rows[key]["edited_at"] or NEVER
                ):
                    rows[key] = row
        if self.dry_run:
            result.stored += len(rows.keys() - self.db.known(list(rows)))
            result.quarantined += len(held)
            return
        with self._writing:
            saved = self.db.save_page(
                source=part.source.key, brand=part.brand, rows=list(rows.values()),
                cursor=page.cursor, now=self.now, held=held,
            )  # fmt: skip
        result.stored += len(saved.new_ids)
        result.new_ids += saved.new_ids
        result.updated_ids += saved.updated_ids
        result.quarantined += saved.quarantined

    def _built(
        self, part: Partition, found: Found, picked: list[tuple[str, list[str]]], digest: str,
        read: list[Outcome],
    ) -> list[dict[str, Any]]:  # fmt: skip
        """The item's rows from its readings; raises (for the quarantine) if one failed."""
        failed = next((o for o in read if isinstance(o, Failed)), None)
        if failed is not None:
            raise _Unread(failed.error)
        try:
            extra = self._edited(found, picked)
            read = read + [self._columns(found, b) for b in extra]
            picked = picked + [(b, []) for b in extra]
            return [self._row(part, found, brand, terms, digest, cast(dict[str, Any], cols))
                    for (brand, terms), cols in zip(picked, read, strict=True)]  # fmt: skip
        except Exception as e:  # as when the item is read in-process
            log.exception("%s: cannot read %r", part.source.key, found.external_id)
            raise _Unread(f"{type(e).__name__}: {e}") from e

    def _brands_for(self, part: Partition, tokens: list[str]) -> list[tuple[str, list[str]]]:
        """Every watched brand the post names (each gets its own row); for a brand's own
        source (reviews, its search) that brand, unless an exclusion ruled it out."""
        matches = self.matcher.match_tokens(tokens, among=part.among)
        named = [(m.brand, m.terms) for m in matches if m.matched]
        if named:
            return named
        pinned = part.brand != ALL_BRANDS
        if pinned and not any(m.excluded_by for m in matches):
            return [(part.brand, [])]
        return []

    def rows_for(
        self, part: Partition, found: Found, result: PartitionResult | None = None
    ) -> list[dict[str, Any]]:
        """The mention rows of one item: one per brand it is for (none: not for a brand).
        ``Unstorable`` when normalising cannot make it storable."""
        found, picked, digest = self._picked(part, found, result)
        picked += [(b, []) for b in self._edited(found, picked)]
        return [self._row(part, found, brand, terms, digest, self._columns(found, brand))
                for brand, terms in picked]  # fmt: skip

    def _picked(
        self, part: Partition, found: Found, result: PartitionResult | None
    ) -> tuple[Found, list[tuple[str, list[str]]], str]:
        """The item normalised, the brands it is for (with the terms that named each) and
        the hash of its words."""
        found = normalise(found)
        if self.since and found.created_at < self.since:
            return found, [], ""
        if result is not None and isinstance(note := found.meta.get("created_at_from"), str):
            result.note(note)
        body = tokenize(found.text)  # tokenized once: matched with the title, hashed alone
        tokens = (tokenize(found.title) if found.title else []) + body
        picked = [(b, t) for b, t in self._brands_for(part, tokens) if self._speaks(b, found)]
        return found, picked, text_hash(body)

    def _edited(self, found: Found, picked: list[tuple[str, list[str]]]) -> list[str]:
        """An edit reaches each brand's row, named or not now: the brands it is stored for
        that the new text no longer names (looked up when the page is written, so a post
        stored by the page before is seen)."""
        if found.edited_at is None:
            return []
        named = {b for b, _ in picked}
        return [b for b in self.db.brands_of(found.source, found.external_id)
                if b not in named and b in self.brands]  # fmt: skip

    def _speaks(self, brand: str, found: Found) -> bool:
        allowed = self.brands[brand].languages
        return not (allowed and found.language and found.language.split("-")[0] not in allowed)

    def _job(self, found: Found, brand: str) -> Job:
        """What reading one brand's row needs (a post naming two is read for each)."""
        context = Context(
            title=found.title, source=found.source, rating=found.rating, brand=brand,
            author=found.author,
        )  # fmt: skip
        return Job(found.text, found.language, context, found.author_reach,
                   self.now - found.created_at)  # fmt: skip

    def _columns(self, found: Found, brand: str) -> dict[str, Any]:
        """The reading columns, read here with the scan's scorer."""
        job = self._job(found, brand)
        score = self.scorer.score(job.text, language=job.language, context=job.context)
        return columns(score, reach=job.reach, age=job.age)

    def _row(
        self, part: Partition, found: Found, brand: str, terms: list[str], digest: str,
        read: dict[str, Any],
    ) -> dict[str, Any]:  # fmt: skip
        """One brand's row: the item's fields and its reading for that brand."""
        reasons = read["reasons"]
        if not terms:
            reasons = [
                *reasons,
                str(Reason("brand", f"from {part.source.key}, which watches {brand}")),
            ]
        return mention_row(
            source=found.source, external_id=found.external_id, source_name=part.source.key,
            brand=brand, url=found.url, author=found.author, author_reach=found.author_reach,
            title=found.title, text=found.text, rating=found.rating,
            created_at=found.created_at, fetched_at=self.now, text_hash=digest,
            matched_terms=terms, meta=dict(found.meta), edited_at=found.edited_at,
            **{**read, "reasons": reasons},
        )  # fmt: skip


@dataclass
class _Read:
    """A page whose texts are being read: the items it holds, what it must quarantine,
    and the reading under way."""

    cursor: str | None
    held: list[Held]
    items: list[tuple[Found, Found, list[tuple[str, list[str]]], str]] = field(default_factory=list)
    pending: Pending | _InProcess | None = None


class _Unread(Exception):
    """An item whose reading failed; ``str()`` is the message the quarantine keeps."""


class _InProcess:
    """No reading workers: the page is read here, with the scan's own scorer, when its
    rows are built."""

    def __init__(self, scan: Scan, jobs: list[Job]) -> None:
        self.scan, self.jobs = scan, jobs

    def outcomes(self) -> list[Outcome]:
        return [self._one(job) for job in self.jobs]

    def _one(self, job: Job) -> Outcome:
        try:
            score = self.scan.scorer.score(job.text, language=job.language, context=job.context)
            return columns(score, reach=job.reach, age=job.age)
        except Exception as e:  # one odd text never stops its page: it is quarantined
            log.exception("reading failed")
            return Failed(f"{type(e).__name__}: {e}")
