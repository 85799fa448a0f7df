"""The connector contract, in the spirit of a Singer tap.

A connector only reads: it yields what it found and where to resume. It never touches the
database, the matcher or the scorer; ``monitor.runner`` joins those parts.

A newest-first source yields ``cursor=None`` on every page but the last, so a crash in the
middle of a window repeats the window on the next run instead of skipping its older part.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

from pydantic import BaseModel, ConfigDict

from connectors.spend import Metering as Metering  # re-exported: the connector contract
from connectors.spend import Usage as Usage
from monitor.errors import AuthError


@dataclass(frozen=True)
class Found:
    """One post or review as a source gives it, normalised. Datetimes are tz-aware UTC."""

    source: str  # the platform: x, reddit, hackernews, rss, appstore, googleplay, ...
    external_id: str  # stable id on that platform
    text: str
    created_at: datetime
    url: str | None = None
    author: str | None = None
    author_reach: int | None = None  # followers, karma, points: whatever the source gives
    title: str | None = None
    language: str | None = None  # when the source says it
    rating: float | None = None  # stars, for reviews
    # what else the platform says that a person may want (conversation and reply ids,
    # metrics, expanded links, subreddit, app version, votes, ...): JSON-safe values only
    meta: Mapping[str, Any] = field(default_factory=dict)
    edited_at: datetime | None = None  # set when the platform says the post was edited


@dataclass(frozen=True)
class ItemError:
    """A malformed item that was skipped; the rest of its page is still stored."""

    item: str  # the item's id, or ``file:line``
    message: str
    raw: str | None = None  # the item as received (JSON or the line), kept for quarantine

    def __str__(self) -> str:
        return f"{self.item}: {self.message}"


@dataclass(frozen=True)
class Page:
    """What one request gave: the mentions, the cursor to resume from, skipped items."""

    mentions: Sequence[Found]
    cursor: str | None = None
    errors: Sequence[ItemError] = field(default_factory=tuple)


@dataclass(frozen=True)
class Query:
    """What to search for on behalf of one brand, already parsed from its terms."""

    brand: str
    keywords: tuple[str, ...] = ()  # single words or prefixes ending in *
    phrases: tuple[str, ...] = ()  # multi-word phrases
    handles: tuple[str, ...] = ()  # without the @
    hashtags: tuple[str, ...] = ()  # without the #
    exclude: tuple[str, ...] = ()  # words or phrases
    since: datetime | None = None  # do not look further back than this

    def search_string(self) -> str:
        """A boolean query most search APIs accept: ``a OR "b c" OR @d -e -"f g"``."""

        def quote(term: str) -> str:
            return f'"{term}"' if " " in term else term

        positive = [k.rstrip("*") for k in self.keywords] + [quote(p) for p in self.phrases]
        positive += [f"@{h}" for h in self.handles] + [f"#{t}" for t in self.hashtags]
        negative = [f"-{quote(x)}" for x in self.exclude]
        joined = " OR ".join(positive)
        if len(positive) > 1 and negative:
            joined = f"({joined})"
        return " ".join([joined, *negative]).strip()


class NoOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")


OptionsT = TypeVar("OptionsT", bound=BaseModel)


class Connector(ABC, Generic[OptionsT]):
    """Base of every source. Subclasses set the class attributes and two methods."""

    name: ClassVar[str]  # equals the config ``kind``
    description: ClassVar[str]  # what it reads, for ``repmon sources`` and the README table
    default_interval: ClassVar[timedelta] = timedelta(minutes=15)
    Options: ClassVar[type[BaseModel]] = NoOptions
    secrets: ClassVar[tuple[str, ...]] = ()  # env vars it needs, e.g. X_BEARER_TOKEN
    needs_query: ClassVar[bool] = True  # False: reads a feed and the matcher picks brands

    def __init__(
        self, options: OptionsT, *, env: Mapping[str, str], base_dir: Path | None = None
    ) -> None:
        self.options = options
        self.env = env
        self.base_dir = base_dir or Path.cwd()  # relative paths in options start here

    def secret(self, var: str) -> str:
        """The value of a required secret, or an ``AuthError`` naming the variable."""
        value = self.env.get(var, "").strip()
        if not value:
            raise AuthError(f"{self.name}: environment variable {var} is not set")
        return value

    @classmethod
    def metering(cls, options: BaseModel) -> Metering | None:
        """How this source counts what it spends; None for unmetered sources."""
        return None

    @classmethod
    def usage(cls, options: BaseModel, cursor: str | None, *, now: datetime) -> Usage | None:
        """What this partition spent, from its saved cursor; None for unmetered sources."""
        metering = cls.metering(options)
        return metering.usage(cursor, now=now) if metering else None

    @abstractmethod
    def check(self) -> None:
        """One cheap call proving options and credentials work; raises a ``SourceError``."""

    @abstractmethod
    def fetch(self, query: Query | None, cursor: str | None) -> Iterator[Page]:
        """Yield pages newer than ``cursor``. ``query`` is None when ``needs_query`` is False."""
