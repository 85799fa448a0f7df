"""The units a scan polls and what it reports: partitions of (source, brand), each one's
result, and the lease several workers use to share them.

A partition is a source for one brand, or for all the brands it serves when the matcher
picks among them (one request for many brands). Its result counts what was fetched, stored,
left out and quarantined, so ``repmon scan`` can say what happened to every item.

Kept apart from the runner because ``repmon status`` lists partitions too, and the status
command must start without the runner's imports (the matcher, the scorer, the database).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from connectors.base import Connector, ItemError
    from monitor.config import Settings, Source

log = logging.getLogger("monitor.runner")
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
