"""App Store reviews from Apple's public customer-reviews feed (no account).

``/{country}/rss/customerreviews/page={n}/id={app_id}/sortby=mostrecent/{json|xml}`` lists
the most recent reviews first, 50 a page, at most 10 pages. Real JSON responses carry no
date per review: an undated review takes the feed's own ``updated`` time (or the fetch
time) and says so in ``meta["dated"]``. The Atom XML variant has a date per review;
``format = "auto"`` reads JSON and switches to XML (and remembers it) when the JSON is
undated. Because undated times cannot order reviews, the cursor remembers the review ids
already read (the newest 1,000): a review is new when its id is not among them, and
reading stops at the first page that holds a remembered id.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from functools import partial
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, Field

from connectors.appstore_feed import Feed, from_json, from_xml
from connectors.base import Found, ItemError, Page, Query
from connectors.http import HttpConnector, HttpOptions
from connectors.items import count, cursor_object, get, meta, opt, opt_text, stars, text, when
from connectors.window import Batch, parse_items
from monitor.timeutil import utcnow

MAX_PAGES = 10  # Apple serves no more than 10 pages of 50
PAGE_SIZE = 50
REMEMBERED = 1000


class AppStoreOptions(HttpOptions):
    base_url: str = "https://itunes.apple.com"
    app_id: int = Field(description="the numeric id in the App Store URL (id1234567890)")
    country: str = Field(default="us", pattern=r"^[a-z]{2}$", description="storefront")
    max_pages: int = Field(default=MAX_PAGES, ge=1, le=MAX_PAGES)
    format: Literal["json", "xml", "auto"] = Field(
        default="auto", description="auto: JSON, or XML once JSON turns out undated"
    )


def _label(entry: Any, key: str) -> Any:
    return get(entry, f"{key}.label")


def _is_review(entry: Any) -> bool:
    """Reviews, and anything malformed (reported as an error); not the app's own entry."""
    if not isinstance(entry, dict):
        return True
    return "im:rating" in entry or "content" in entry or "im:name" not in entry


def _review_id(entry: Any) -> object:
    return entry["id"]["label"]


class AppStoreConnector(HttpConnector[AppStoreOptions]):
    name: ClassVar[str] = "appstore"
    description: ClassVar[str] = "App Store reviews of one app in one country (Apple's RSS)"
    default_interval: ClassVar[timedelta] = timedelta(hours=2)
    Options: ClassVar[type[BaseModel]] = AppStoreOptions
    needs_query: ClassVar[bool] = False

    def _path(self, page: int, fmt: str) -> str:
        o = self.options
        return f"/{o.country}/rss/customerreviews/page={page}/id={o.app_id}/sortby=mostrecent/{fmt}"

    def check(self) -> None:
        self._feed(1, "xml" if self.options.format == "xml" else "json")

    def _feed(self, page: int, fmt: str) -> Feed:
        if fmt == "xml":
            return from_xml(self.http.request("GET", self._path(page, "xml")).content)
        return from_json(self.http.get_json(self._path(page, "json")))

    def fetch(self, query: Query | None, cursor: str | None) -> Iterator[Page]:
        saved = _load(cursor)
        seen = set(saved["seen"])
        fmt = saved["format"] or self.options.format.replace("auto", "json")
        read: list[str] = []
        pending: Batch | None = None
        errors: list[ItemError] = []  # reported with the cursor, in its transaction
        for batch, ids in self._pages(fmt, saved):
            if pending is not None:
                yield Page(pending.found, None)
            pending = _unseen(batch, seen, self.options.app_id)
            errors += pending.errors
            read += [i for i in ids if i not in read]
            if seen & set(ids):
                break  # this page reaches what an earlier run read
        state = {"seen": (read + [i for i in saved["seen"] if i not in read])[:REMEMBERED]}
        if saved["format"]:
            state["format"] = saved["format"]
        last = pending or Batch(())
        yield Page(last.found, json.dumps(state, sort_keys=True), errors)

    def _pages(self, fmt: str, saved: dict[str, Any]) -> Iterator[tuple[Batch, list[str]]]:
        for page in range(1, self.options.max_pages + 1):
            feed = self._feed(page, fmt)
            reviews = [e for e in feed.entries if _is_review(e)]
            if fmt == "json" and self.options.format == "auto" and _undated(reviews):
                fmt = saved["format"] = "xml"
                feed = self._feed(page, fmt)
                reviews = [e for e in feed.entries if _is_review(e)]
            batch = parse_items(reviews, partial(self.parse_entry, fallback=feed.updated),
                                id_of=_review_id)  # fmt: skip
            yield batch, _ids(reviews)
            if len(feed.entries) < PAGE_SIZE:
                return

    def parse_entry(self, entry: Any, fallback: str | datetime | None = None) -> Found:
        review_id = text(_label(entry, "id"), "id").strip()
        o = self.options
        dated = opt(entry, "updated.label") is not None
        created = _label(entry, "updated") if dated else fallback or utcnow()
        return Found(
            source="appstore",
            external_id=f"{o.app_id}:{review_id}",
            text=text(_label(entry, "content"), "content").strip(),
            title=(opt_text(opt(entry, "title.label"), "title") or "").strip() or None,
            created_at=when(created, "updated"),
            url=f"https://apps.apple.com/{o.country}/app/id{o.app_id}?see-all=reviews",
            author=opt_text(opt(entry, "author.name.label"), "author.name"),
            rating=stars(_label(entry, "im:rating"), "im:rating"),
            meta=meta(
                version=opt_text(opt(entry, "im:version.label"), "im:version"),
                vote_sum=count(opt(entry, "im:voteSum.label"), "im:voteSum"),
                vote_count=count(opt(entry, "im:voteCount.label"), "im:voteCount"),
                dated=dated,
            ),
        )


def _undated(reviews: list[Any]) -> bool:
    return bool(reviews) and all(opt_label(e, "updated") is None for e in reviews)


def opt_label(entry: Any, key: str) -> Any:
    return opt(entry, f"{key}.label")


def _ids(reviews: list[Any]) -> list[str]:
    ids = (opt_label(e, "id") for e in reviews)
    return [str(i).strip() for i in ids if isinstance(i, str | int) and not isinstance(i, bool)]


def _unseen(batch: Batch, seen: set[str], app_id: int) -> Batch:
    """What an earlier run did not read: neither stored nor reported."""
    prefix = f"{app_id}:"
    found = [f for f in batch.found if f.external_id.removeprefix(prefix) not in seen]
    errors: list[ItemError] = [e for e in batch.errors if e.item not in seen]
    return Batch(found, errors)


def _load(cursor: str | None) -> dict[str, Any]:
    """The saved ids and format; an old time-based cursor or garbage starts afresh."""
    data = cursor_object(cursor)
    seen: list[Any] = data["seen"] if isinstance(data.get("seen"), list) else []
    fmt = data.get("format") if data.get("format") in ("json", "xml") else None
    return {"seen": [str(i) for i in seen][:REMEMBERED], "format": fmt}
