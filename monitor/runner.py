"""A scan: for each configured source and brand, fetch pages, match, score, store.

This is the one place where connectors, the matcher, the scorer and storage meet. Each page
is stored with its cursor in one transaction. A failing source is recorded in its
``SourceState`` and the scan carries on with the others; the report says which failed.

Partitions are polled concurrently (sources spend their time waiting on the network), so a
scan takes about as long as its slowest source. SQLite takes one writer at a time, so
there the writes of the threads go through one lock; PostgreSQL takes them in parallel.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from connectors.base import Connector, Found, ItemError, Page, Query
from monitor.config import Brand, Settings, Source
from monitor.errors import RateLimited, RepmonError
from monitor.matching import Matcher, query_for, tokenize
from monitor.models import mention_row
from monitor.scoring import Context, Reason, Scorer, priority
from monitor.storage import Database

log = logging.getLogger(__name__)
ALL_BRANDS = "*"


@dataclass(frozen=True)
class Partition:
    """One resumable unit of work: a source for one brand, or for all of its brands."""

    source: Source
    brand: str  # a brand name, or ALL_BRANDS when the matcher picks among ``among``
    among: tuple[str, ...]


@dataclass
class PartitionResult:
    source: str
    brand: str
    fetched: int = 0
    stored: int = 0
    dropped: int = 0  # matched no brand, excluded, too old or another language
    item_errors: list[ItemError] = field(default_factory=list)
    error: str | None = None
    skipped: str | None = None  # why the partition was not polled (rate limit)
    new_ids: list[int] = field(default_factory=list)


@dataclass
class ScanReport:
    results: list[PartitionResult]
    dry_run: bool = False

    @property
    def new_ids(self) -> list[int]:
        return [i for r in self.results for i in r.new_ids]

    @property
    def stored(self) -> int:
        return sum(r.stored for r in self.results)

    @property
    def failed(self) -> list[PartitionResult]:
        return [r for r in self.results if r.error]


class PartitionLease(Protocol):
    """Lets several workers share partitions: a claimed partition is polled by one only."""

    def claim(self, part: Partition) -> bool: ...
    def renew(self, part: Partition) -> None: ...
    def release(self, part: Partition) -> None: ...


def partitions(
    settings: Settings, registry: Mapping[str, type[Connector[Any]]], *,
    brands: Sequence[str] = (), sources: Sequence[str] = (),
) -> list[Partition]:  # fmt: skip
    """The partitions a scan polls, narrowed by ``--brand`` and ``--source``."""
    wanted = {b.casefold() for b in brands}
    out: list[Partition] = []
    for src in settings.sources:
        if not src.enabled or (sources and src.key not in sources):
            continue
        served = src.brands or [b.name for b in settings.brands]
        served = [b for b in served if not wanted or b.casefold() in wanted]
        if not served:
            continue
        if registry[src.kind].needs_query or len(served) == 1:
            out += [Partition(src, b, (b,)) for b in served]
        else:
            out.append(Partition(src, ALL_BRANDS, tuple(served)))
    return out


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

    def _connector(self, source: Source) -> Connector[Any]:
        cls = self.registry[source.kind]
        options = cls.Options.model_validate(source.options)
        return cls(options, env=self.env, base_dir=self.base_dir)

    def _query(self, part: Partition) -> Query | None:
        if part.brand == ALL_BRANDS or not self.registry[part.source.kind].needs_query:
            return None
        query = query_for(self.brands[part.brand])
        return Query(**{**query.__dict__, "since": self.since})

    def _fetch(self, part: Partition, cursor: str | None, result: PartitionResult) -> None:
        connector = self._connector(part.source)
        for page in connector.fetch(self._query(part), cursor):
            self._store(part, page, result)
            if self.lease is not None:
                self.lease.renew(part)
            if self.stop is not None and self.stop.is_set():
                result.skipped = "stopped after a stored page; the next run resumes"
                return

    def _store(self, part: Partition, page: Page, result: PartitionResult) -> None:
        result.fetched += len(page.mentions)
        result.item_errors += page.errors
        for err in page.errors:
            log.info("%s: skipped %s", part.source.key, err)
        rows: dict[tuple[str, str], dict[str, Any]] = {}
        for found in page.mentions:
            row = self._row(part, found)
            if row is None:
                result.dropped += 1
            else:
                rows.setdefault((row["source"], row["external_id"]), row)
        if self.dry_run:
            result.stored += len(rows.keys() - self.db.known(list(rows)))
            return
        with self._writing:
            ids = self.db.save_page(
                source=part.source.key, brand=part.brand, rows=list(rows.values()),
                cursor=page.cursor, now=self.now,
            )  # fmt: skip
        result.stored += len(ids)
        result.new_ids += ids

    def _brand_for(self, part: Partition, tokens: list[str]) -> tuple[str, list[str]] | None:
        matches = self.matcher.match_tokens(tokens, among=part.among)
        for m in matches:
            if m.matched:
                return m.brand, m.terms
        pinned = part.brand != ALL_BRANDS
        if pinned and not any(m.excluded_by for m in matches):
            return part.brand, []  # the source is this brand's own (reviews, its search)
        return None

    def _row(self, part: Partition, found: Found) -> dict[str, Any] | None:
        if self.since and found.created_at < self.since:
            return None
        body = tokenize(found.text)  # tokenized once: matched with the title, hashed alone
        picked = self._brand_for(part, (tokenize(found.title) if found.title else []) + body)
        if picked is None:
            return None
        brand, terms = picked
        allowed = self.brands[brand].languages
        if allowed and found.language and found.language.split("-")[0] not in allowed:
            return None
        context = Context(
            title=found.title, source=found.source, rating=found.rating, brand=brand,
            author=found.author,
        )  # fmt: skip
        score = self.scorer.score(found.text, language=found.language, context=context)
        reasons = [str(r) for r in score.reasons]
        if not terms:
            reasons.append(str(Reason("brand", f"from {part.source.key}, which watches {brand}")))
        return mention_row(
            source=found.source, external_id=found.external_id, source_name=part.source.key,
            brand=brand, url=found.url, author=found.author, author_reach=found.author_reach,
            title=found.title, text=found.text, language=score.language, rating=found.rating,
            created_at=found.created_at, fetched_at=self.now, text_hash=text_hash(body),
            sentiment=score.sentiment, anger=score.anger, is_complaint=score.is_complaint,
            complaint_type=score.complaint_type.value, request=score.request,
            needs_reply=score.needs_reply, scored=score.scored,
            priority=priority(score, reach=found.author_reach, age=self.now - found.created_at),
            reasons=reasons, matched_terms=terms, reading=score.reading.to_json(),
        )  # fmt: skip
