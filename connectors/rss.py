"""RSS and Atom feeds, Google Alerts feeds included, read with feedparser.

A feed is fetched with a conditional GET (``If-None-Match`` / ``If-Modified-Since`` from
the saved cursor), so an unchanged feed costs one ``304`` and no parsing. Feeds are not
reliably ordered, so the cursor also keeps the ids of the entries the feed held last time:
an entry is new when it was not among them. Summaries are reduced to plain text; Google
Alerts' redirect links are unwrapped to the page they point at.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlparse

import feedparser
from pydantic import BaseModel, ConfigDict, Field, HttpUrl

from connectors.base import Connector, Found, Page, Query
from connectors.html import html_to_text
from connectors.http import HttpClient
from connectors.window import parse_items
from monitor.errors import SourceUnavailable
from monitor.safety import safe_url


class RssOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: HttpUrl = Field(description="the feed; a Google Alerts feed URL works as it is")
    timeout_seconds: float = Field(default=20.0, gt=0, le=300)


def unwrap_google_link(link: str) -> str:
    """Google Alerts links go through ``google.com/url?url=...``: keep the real page."""
    parsed = urlparse(link)
    if parsed.netloc.endswith("google.com") and parsed.path == "/url":
        target = parse_qs(parsed.query).get("url")
        if target:
            return target[0]
    return link


def entry_id(entry: Any, *, feed: str) -> str:
    """The entry's id or link; a bare id (``42``) is qualified by its feed to stay unique."""
    value = str(entry.get("id") or entry.get("link") or "")
    if not value:
        basis = f"{entry.get('title')}|{entry.get('summary')}".encode()
        value = "sha1:" + hashlib.sha1(basis).hexdigest()[:20]
    return value if ":" in value else f"{feed}#{value}"


def _when(entry: Any, fallback: datetime) -> datetime:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return fallback
    year, month, day, hour, minute, second = parsed[:6]
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


class RssConnector(Connector[RssOptions]):
    name: ClassVar[str] = "rss"
    description: ClassVar[str] = "RSS and Atom feeds, incl. Google Alerts (conditional GET)"
    default_interval: ClassVar[timedelta] = timedelta(minutes=30)
    Options: ClassVar[type[BaseModel]] = RssOptions
    needs_query: ClassVar[bool] = False

    def _client(self) -> HttpClient:
        return HttpClient(source=self.name, base_url="", timeout=self.options.timeout_seconds)

    def check(self) -> None:
        self._parse(self._client().request("GET", str(self.options.url)).content)

    def fetch(self, query: Query | None, cursor: str | None) -> Iterator[Page]:
        saved: dict[str, Any] = json.loads(cursor) if cursor else {}
        headers = {"Accept": "application/atom+xml, application/rss+xml, application/xml, */*"}
        if saved.get("etag"):
            headers["If-None-Match"] = saved["etag"]
        if saved.get("modified"):
            headers["If-Modified-Since"] = saved["modified"]
        response = self._client().request("GET", str(self.options.url), headers=headers)
        if response.status_code == 304:
            yield Page([], cursor or None)
            return
        feed = self._parse(response.content)
        fallback = datetime.now(UTC)
        batch = parse_items(feed.entries, lambda e: self.parse_entry(e, fallback), id_of=self._id)
        seen = set(saved.get("seen", []))
        fresh = [f for f in batch.found if f.external_id not in seen]
        state = {
            "etag": response.headers.get("ETag"),
            "modified": response.headers.get("Last-Modified"),
            "seen": sorted({self._id(e) for e in feed.entries}),
        }
        yield Page(fresh, json.dumps(state, sort_keys=True), batch.errors)

    def _id(self, entry: Any) -> str:
        return entry_id(entry, feed=str(self.options.url))

    def _parse(self, content: bytes) -> Any:
        feed = feedparser.parse(content)
        if feed.get("bozo") and not feed.entries and not feed.get("feed"):
            reason = feed.get("bozo_exception")
            raise SourceUnavailable(f"rss: {self.options.url} is not a feed: {reason}")
        return feed

    def parse_entry(self, entry: Any, fallback: datetime) -> Found:
        title = html_to_text(entry.get("title")) or None
        text = html_to_text(entry.get("summary") or "")
        if not text and not title:
            raise ValueError("entry has neither title nor summary")
        link = entry.get("link")
        return Found(
            source="rss",
            external_id=self._id(entry),
            text=text or str(title),
            title=title,
            created_at=_when(entry, fallback),
            url=safe_url(unwrap_google_link(link)) if isinstance(link, str) else None,
            author=entry.get("author") or None,
            language=None,
        )
