"""Partitions: the resumable units a scan polls, one source for one brand (or for all).

Kept apart from the runner because ``repmon status`` lists them too, and the status command
must start without the runner's imports (the matcher, the scorer, the database layer).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from connectors.base import Connector
    from monitor.config import Settings, Source

ALL_BRANDS = "*"


@dataclass(frozen=True)
class Partition:
    """One resumable unit of work: a source for one brand, or for all of its brands."""

    source: Source
    brand: str  # a brand name, or ALL_BRANDS when the matcher picks among ``among``
    among: tuple[str, ...]


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
