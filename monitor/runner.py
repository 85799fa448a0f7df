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
from typing import Any, Protocol

from connectors.base import Connector, Found, ItemError, Page, Query
from monitor.config import Brand, Settings, Source
from monitor.errors import RateLimited, RepmonError
from monitor.matching import Matcher, query_for, tokenize
from monitor.models import mention_row
from monitor.normalise import Unstorable, normalise
from monitor.partitions import ALL_BRANDS as ALL_BRANDS  # re-exported: callers import them here
from monitor.partitions import Partition as Partition
from monitor.partitions import partitions as partitions
from monitor.quarantine import held_error, held_found
from monitor.scoring import Context, Reason, Scorer, priority
from monitor.storage import Database

log = logging.getLogger(__name__)
NEVER = datetime.min.replace(tzinfo=UTC)


@dataclass
class PartitionResult:
    source: str
    brand: str
    fetched: int = 0
    stored: int = 0
    dropped: int = 0  # matched no brand, excluded, too old or another language
    item_errors: list[ItemError] = field(default_factory=list)
    quarantined: int = 0  # items kept in the quarantine instead (repmon quarantine list)
    updated_ids: list[int] = field(default_factory=list)  # stored mentions edited since
    warnings: list[str] = field(default_factory=list)  # said once per scan, e.g. no times
    error: str | None = None
    skipped: str | None = None  # why the partition was not polled (rate limit)
    new_ids: list[int] = field(default_factory=list)

    def note(self, warning: str) -> None:
        if warning not in self.warnings:
            log.warning("%s: %s", self.source, warning)
            self.warnings.append(warning)


@dataclass
class ScanReport:
    results: list[PartitionResult]
    dry_run: bool = False

    @property
    def new_ids(self) -> list[int]:
        return [i for r in self.results for i in r.new_ids]

    @property
    def updated_ids(self) -> list[int]:
        """Mentions whose post was edited: an edit can turn praise into an angry complaint."""
        return [i for r in self.results for i in r.updated_ids]

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
        connector = self.connector(part.source)
        for page in connector.fetch(self._query(part), cursor):
            self._store(part, page, result)
            if self.lease is not None:
                self.lease.renew(part)
            if self.stop is not None and self.stop.is_set():
                result.skipped = "stopped after a stored page; the next run resumes"
                return

    def _store(self, part: Partition, page: Page, result: PartitionResult) -> None:
        """Normalise, match, score and store one page. An item that cannot be stored is
        quarantined with the page, so the page and its cursor always commit."""
        result.fetched += len(page.mentions)
        result.item_errors += page.errors
        held = [held_error(err) for err in page.errors]
        rows: dict[tuple[str, str, str], dict[str, Any]] = {}
        for found in page.mentions:
            try:
                built = self.rows_for(part, found, result)
            except Unstorable as e:
                held.append(held_found(found, str(e)))
                continue
            except Exception as e:  # a bug on one odd item never stops its source
                log.exception("%s: quarantined %r", part.source.key, found.external_id)
                held.append(held_found(found, f"{type(e).__name__}: {e}"))
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
        found = normalise(found)
        if self.since and found.created_at < self.since:
            return []
        if result is not None and isinstance(note := found.meta.get("created_at_from"), str):
            result.note(note)
        body = tokenize(found.text)  # tokenized once: matched with the title, hashed alone
        tokens = (tokenize(found.title) if found.title else []) + body
        picked = [(b, t) for b, t in self._brands_for(part, tokens) if self._speaks(b, found)]
        if found.edited_at is not None:  # an edit reaches each brand's row, named or not now
            named = {b for b, _ in picked}
            picked += [(b, []) for b in self.db.brands_of(found.source, found.external_id)
                       if b not in named and b in self.brands]  # fmt: skip
        return [self._row(part, found, brand, terms, text_hash(body)) for brand, terms in picked]

    def _speaks(self, brand: str, found: Found) -> bool:
        allowed = self.brands[brand].languages
        return not (allowed and found.language and found.language.split("-")[0] not in allowed)

    def _row(
        self, part: Partition, found: Found, brand: str, terms: list[str], digest: str
    ) -> dict[str, Any]:
        """One brand's row: scored for that brand (a post naming two is read for each)."""
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
            created_at=found.created_at, fetched_at=self.now, text_hash=digest,
            sentiment=score.sentiment, anger=score.anger, is_complaint=score.is_complaint,
            complaint_type=score.complaint_type.value, request=score.request,
            needs_reply=score.needs_reply, scored=score.scored,
            priority=priority(score, reach=found.author_reach, age=self.now - found.created_at),
            reasons=reasons, matched_terms=terms, meta=dict(found.meta),
            edited_at=found.edited_at,
            reading=score.reading.to_json(),
        )  # fmt: skip
