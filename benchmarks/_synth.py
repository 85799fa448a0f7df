"""Seeded synthetic mentions, streamed, so benchmark sizes can grow without using memory."""

from __future__ import annotations

import os
import random
import resource
import statistics
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

from connectors.base import Connector, Found, Page, Query
from monitor.config import Brand, Settings, Source

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
BRANDS = ("Acme", "Northwind", "Globex")
_OPENERS = ("@{h}", "{b}", "Hey {b},", "So {b}", "Just tried {b}.", "#{b}")
_BODIES = (
    "my order still hasn't arrived after {n} days, where is my package?",
    "I was charged twice for the same subscription, I want a refund now",
    "the app keeps crashing every time I open it. Fix this!!",
    "thanks for the quick delivery, love the new flavour",
    "customer service hung up on me, worst experience ever",
    "do you ship to Canada? and how long does it take?",
    "great job on the new release, works perfectly",
    "is the store on Main Street open on Sunday?",
    "the coffee was cold and the staff were rude. Never again.",
    "nothing special, just ordered again for the {n}th time",
)
_FILLER = ["really", "just", "today", "honestly", "though", "again", "also", "maybe", "still"]


def texts(n: int, *, seed: int = 7) -> Iterator[str]:
    """``n`` mention texts; each names one of the brands (some by handle)."""
    rng = random.Random(seed)
    for i in range(n):
        brand = BRANDS[i % len(BRANDS)]
        opener = rng.choice(_OPENERS).format(h=brand.lower(), b=brand)
        body = rng.choice(_BODIES).format(n=rng.randint(2, 30))
        yield f"{opener} {body} {' '.join(rng.sample(_FILLER, 2))} #{i}"


def mentions(n: int, *, seed: int = 7) -> Iterator[Found]:
    for i, text in enumerate(texts(n, seed=seed)):
        created = NOW - timedelta(minutes=i % 20_000)
        yield Found(
            source="synthetic",
            external_id=f"s{seed}-{i}",
            text=text,
            created_at=created,
            author=f"user{i % 997}",
            author_reach=(i * 37) % 50_000,
        )


class SyntheticConnector(Connector[Any]):
    """Pages of synthetic mentions; the cursor is the count read so far."""

    name: ClassVar[str] = "synthetic"
    description: ClassVar[str] = "seeded synthetic mentions for benchmarks"
    needs_query: ClassVar[bool] = False
    size: ClassVar[int] = 0
    page_size: ClassVar[int] = 500

    def check(self) -> None:
        return None

    def fetch(self, query: Query | None, cursor: str | None) -> Iterator[Page]:
        stream, page, done = mentions(self.size), [], 0
        for found in stream:
            page.append(found)
            if len(page) == self.page_size:
                done += len(page)
                yield Page(mentions=page, cursor=str(done))
                page = []
        if page:
            yield Page(mentions=page, cursor=str(done + len(page)))


def settings(*, keywords_per_brand: int = 3) -> Settings:
    brands = [
        Brand(
            name=b,
            keywords=[b.lower(), *(f"{b.lower()}term{k}" for k in range(keywords_per_brand - 1))],
            handles=[b.lower()],
        )
        for b in BRANDS
    ]
    return Settings(brands=brands, sources=[Source(kind="synthetic")])


def median_of(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def header(title: str) -> None:
    print(f"# {title}\ncores: {os.cpu_count()}  (median of the repeats; the machine is shared)")
