"""YouTube comments through the Data API v3, with an API key, within the daily quota.

Two kinds of listing, each newest first (``order=time``) with its own mark:

- ``channel_id``: ``commentThreads.list(allThreadsRelatedToChannelId=...)``, every comment
  on the brand's own channel (1 quota unit a page);
- search terms: ``search.list(q=..., type=video, order=date)`` for the newest videos that
  name the brand (100 units), then ``commentThreads.list(videoId=...)`` for each.

A project has 10,000 units a day by default, reset at midnight Pacific time. The units
spent per Pacific day travel in the cursor; the connector stops before ``daily_quota``
is spent and says so, and a ``403 quotaExceeded`` becomes ``RateLimited`` until the next
Pacific midnight. A video with comments turned off (``403 commentsDisabled``) is skipped.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from pydantic import BaseModel, Field

from connectors.base import ItemError, Page, Query
from connectors.http import HttpConnector, HttpOptions, raise_for_status
from connectors.items import cursor_object, opt
from connectors.spend import Meter, Metering, local_day
from connectors.window import Batch, Mark, newest_first, parse_items
from connectors.youtube_comments import comment_id, parse_thread
from monitor.errors import RateLimited
from monitor.timeutil import utcnow

KEY_ENV = "YOUTUBE_API_KEY"
PACIFIC = ZoneInfo("America/Los_Angeles")
COST = {"/search": 100, "/commentThreads": 1, "/videos": 1}
QUOTA_REASONS = {"quotaExceeded", "dailyLimitExceeded", "rateLimitExceeded"}
log = logging.getLogger(__name__)


class YouTubeOptions(HttpOptions):
    base_url: str = "https://www.googleapis.com/youtube/v3"
    channel_id: str | None = Field(
        default=None, pattern=r"^UC[\w-]{22}$", description="the brand's channel (UC...)"
    )
    search: bool = Field(default=True, description="also comments on videos naming the brand")
    max_videos: int = Field(default=5, ge=1, le=50, description="newest videos per search")
    max_pages: int = Field(default=5, ge=1, le=50, description="comment pages per listing")
    daily_quota: int = Field(default=10_000, ge=1, description="units this source may spend")


def until_pacific_midnight(now: datetime) -> float:
    local = now.astimezone(PACIFIC)
    midnight = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return max(60.0, (midnight - local).total_seconds())


class QuotaSpent(Exception):
    """Today's units are used up; the window ends here."""


class YouTubeConnector(HttpConnector[YouTubeOptions]):
    name: ClassVar[str] = "youtube"
    description: ClassVar[str] = "YouTube comments on the brand's channel and on videos naming it"
    default_interval: ClassVar[timedelta] = timedelta(hours=1)
    Options: ClassVar[type[BaseModel]] = YouTubeOptions
    secrets: ClassVar[tuple[str, ...]] = (KEY_ENV,)

    meter: Meter

    @classmethod
    def metering(cls, options: BaseModel) -> Metering:
        """Quota units spent per Pacific day, kept under ``units`` in the cursor."""
        assert isinstance(options, YouTubeOptions)
        return Metering("quota units", options.daily_quota, "units",
                        timezone="America/Los_Angeles", resets="00:00 Pacific")  # fmt: skip

    def check(self) -> None:
        self.meter = Meter()  # one unit, whichever listing: the key and the channel are checked
        if self.options.channel_id:
            params = {"allThreadsRelatedToChannelId": self.options.channel_id}
            self._get("/commentThreads", {"part": "id", "maxResults": 1, **params})
        else:
            self._get("/videos", {"part": "id", "chart": "mostPopular", "maxResults": 1})

    def _get(self, path: str, params: dict[str, Any]) -> dict[str, Any]:
        """One call, counted in quota units; quota refusals become ``RateLimited``."""
        cost, day = COST[path], local_day(utcnow(), PACIFIC)
        if self.meter.used(day) + cost > self.options.daily_quota:
            raise QuotaSpent
        key = self.secret(KEY_ENV)
        response = self.http.request("GET", path, params={**params, "key": key}, accept=(403,))
        self.meter.add(day, cost)
        if response.status_code == 403:
            reason = _reason(response)
            if reason in QUOTA_REASONS:
                wait = until_pacific_midnight(utcnow())
                raise RateLimited(f"youtube: {reason}; quota resets at midnight Pacific",
                                  retry_after=wait)  # fmt: skip
            if reason == "commentsDisabled":
                return {"items": []}
            raise_for_status(response, source=self.name)
        body = response.json()
        return body if isinstance(body, dict) else {}

    def fetch(self, query: Query | None, cursor: str | None) -> Iterator[Page]:
        if query is None:
            raise ValueError("youtube searches per brand and needs a query")
        saved = _load(cursor)
        self.meter = Meter.loads(saved.get("units"))
        marks: dict[str, Any] = {}
        errors: list[ItemError] = []  # reported with the cursor, in its transaction
        for key, threads in self._listings(query):
            mark = Mark.loads(json.dumps(saved["marks"][key])) if key in saved["marks"] else Mark()
            for page in newest_first(self._batches(threads), mark):
                if page.cursor is not None:
                    marks[key] = json.loads(page.cursor)
                errors += page.errors
                yield Page(page.mentions, None)
        state = {"marks": marks, "units": self.meter.dumps()}
        yield Page([], json.dumps(state, sort_keys=True), errors)

    def _listings(self, query: Query) -> Iterator[tuple[str, dict[str, Any]]]:
        if self.options.channel_id:
            yield "channel", {"allThreadsRelatedToChannelId": self.options.channel_id}
        if self.options.search:
            for video in self._videos(query):
                yield f"video:{video}", {"videoId": video}

    def _videos(self, query: Query) -> list[str]:
        params = {"part": "id", "type": "video", "order": "date", "q": query.search_string(),
                  "maxResults": self.options.max_videos}  # fmt: skip
        try:
            items = self._get("/search", params).get("items")
        except QuotaSpent:
            self._spent()
            return []
        ids = (opt(item, "id.videoId") for item in (items if isinstance(items, list) else []))
        return [v for v in ids if isinstance(v, str) and v]

    def _batches(self, listing: dict[str, Any]) -> Iterator[Batch]:
        params = {"part": "snippet", "order": "time", "maxResults": 100,
                  "textFormat": "plainText", **listing}  # fmt: skip
        for _ in range(self.options.max_pages):
            try:
                body = self._get("/commentThreads", params)
            except QuotaSpent:
                self._spent()
                return
            items = body.get("items") if isinstance(body.get("items"), list) else []
            yield parse_items(items or [], parse_thread, id_of=comment_id)
            token = body.get("nextPageToken")
            if not isinstance(token, str) or not token:
                return
            params = {**params, "pageToken": token}

    def _spent(self) -> None:
        log.warning("youtube: %d of the daily %d quota units are used; no more requests "
                    "until midnight Pacific", self.meter.used(local_day(utcnow(), PACIFIC)),
                    self.options.daily_quota)  # fmt: skip


def _reason(response: Any) -> str | None:
    try:
        errors = response.json()["error"]["errors"]
        return str(errors[0]["reason"])
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def _load(cursor: str | None) -> dict[str, Any]:
    data = cursor_object(cursor)
    marks = data.get("marks") if isinstance(data.get("marks"), dict) else {}
    return {"marks": marks, "units": data.get("units")}
