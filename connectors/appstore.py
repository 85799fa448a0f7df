"""App Store reviews from Apple's public customer-reviews RSS, as JSON (no account).

``/{country}/rss/customerreviews/page={n}/id={app_id}/sortby=mostrecent/json`` lists the
most recent reviews first, 50 a page, at most 10 pages. Reading stops at the first page
that reaches the saved mark, so a scan with nothing new costs one request. The source
belongs to one app, so its reviews go to the brand it is configured for.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any, ClassVar

from pydantic import BaseModel, Field

from connectors.base import Found, Page, Query
from connectors.http import HttpConnector, HttpOptions
from connectors.window import Batch, Mark, newest_first, parse_items
from monitor.timeutil import parse_timestamp

MAX_PAGES = 10  # Apple serves no more than 10 pages of 50
PAGE_SIZE = 50


class AppStoreOptions(HttpOptions):
    base_url: str = "https://itunes.apple.com"
    app_id: int = Field(description="the numeric id in the App Store URL (id1234567890)")
    country: str = Field(default="us", pattern=r"^[a-z]{2}$", description="storefront")
    max_pages: int = Field(default=MAX_PAGES, ge=1, le=MAX_PAGES)


def _label(entry: dict[str, Any], key: str) -> str:
    return str(entry[key]["label"])


def _entries(body: Any) -> list[Any]:
    feed = body.get("feed", {}) if isinstance(body, dict) else {}
    entries = feed.get("entry", [])
    return [entries] if isinstance(entries, dict) else list(entries)  # one review: an object


class AppStoreConnector(HttpConnector[AppStoreOptions]):
    name: ClassVar[str] = "appstore"
    description: ClassVar[str] = "App Store reviews of one app in one country (Apple's RSS JSON)"
    default_interval: ClassVar[timedelta] = timedelta(hours=2)
    Options: ClassVar[type[BaseModel]] = AppStoreOptions
    needs_query: ClassVar[bool] = False

    def _path(self, page: int) -> str:
        o = self.options
        return f"/{o.country}/rss/customerreviews/page={page}/id={o.app_id}/sortby=mostrecent/json"

    def check(self) -> None:
        self.http.get_json(self._path(1))

    def fetch(self, query: Query | None, cursor: str | None) -> Iterator[Page]:
        mark = Mark.loads(cursor)
        yield from newest_first(self._batches(), mark)

    def parse_entry(self, entry: dict[str, Any]) -> Found:
        review_id = _label(entry, "id")
        rating = float(_label(entry, "im:rating"))
        if not 1 <= rating <= 5:
            raise ValueError(f"rating {rating:g} is not 1-5")
        o = self.options
        return Found(
            source="appstore",
            external_id=f"{o.app_id}:{review_id}",
            text=_label(entry, "content").strip(),
            title=_label(entry, "title").strip() or None,
            created_at=parse_timestamp(_label(entry, "updated")),
            url=f"https://apps.apple.com/{o.country}/app/id{o.app_id}?see-all=reviews",
            author=str(entry["author"]["name"]["label"]),
            rating=rating,
        )

    def _batches(self) -> Iterator[Batch]:
        for page in range(1, self.options.max_pages + 1):
            entries = _entries(self.http.get_json(self._path(page)))
            reviews = [e for e in entries if "im:rating" in e or "content" in e]
            yield parse_items(reviews, self.parse_entry, id_of=lambda e: e["id"]["label"])
            if len(entries) < PAGE_SIZE:
                return
