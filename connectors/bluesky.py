"""Bluesky posts through the public ``app.bsky.feed.searchPosts`` endpoint (no account).

Results come newest first (``sort=latest``) and page with an opaque ``cursor``; ``since``
starts at the saved mark, so a scan with nothing new costs one request.
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

SEARCH = "/xrpc/app.bsky.feed.searchPosts"


class BlueskyOptions(HttpOptions):
    base_url: str = "https://public.api.bsky.app"
    lang: str | None = Field(default=None, description="only posts in this language")
    limit: int = Field(default=100, ge=1, le=100)
    max_pages: int = Field(default=10, ge=1, le=50)


def post_url(uri: str, handle: str) -> str:
    """``at://did/app.bsky.feed.post/rkey`` -> the bsky.app page a person can answer on."""
    rkey = uri.rstrip("/").rsplit("/", 1)[-1]
    if not uri.startswith("at://") or not rkey:
        raise ValueError(f"not a post URI: {uri!r}")
    return f"https://bsky.app/profile/{handle}/post/{rkey}"


def parse_post(post: dict[str, Any]) -> Found:
    record, author = post["record"], post["author"]
    text = record["text"]
    if not isinstance(text, str) or not text.strip():
        raise ValueError("field 'record.text' is empty")
    langs = record.get("langs") or []
    return Found(
        source="bluesky",
        external_id=str(post["uri"]),
        text=text.strip(),
        created_at=parse_timestamp(record["createdAt"]),
        url=post_url(post["uri"], author["handle"]),
        author=author["handle"],
        author_reach=None,  # searchPosts gives no follower count
        language=langs[0] if langs else None,
    )


class BlueskyConnector(HttpConnector[BlueskyOptions]):
    name: ClassVar[str] = "bluesky"
    description: ClassVar[str] = "Bluesky posts (public app.bsky.feed.searchPosts, newest first)"
    default_interval: ClassVar[timedelta] = timedelta(minutes=15)
    Options: ClassVar[type[BaseModel]] = BlueskyOptions

    def check(self) -> None:
        self.http.get_json(SEARCH, params={"q": "bluesky", "limit": 1})

    def fetch(self, query: Query | None, cursor: str | None) -> Iterator[Page]:
        if query is None:
            raise ValueError("bluesky searches per brand and needs a query")
        mark = Mark.loads(cursor)
        yield from newest_first(self._batches(query, mark), mark)

    def _batches(self, query: Query, mark: Mark) -> Iterator[Batch]:
        params: dict[str, Any] = {"q": query.search_string(), "sort": "latest"}
        params["limit"] = self.options.limit
        start = mark.at or query.since
        if start is not None:
            params["since"] = start.isoformat().replace("+00:00", "Z")
        if self.options.lang:
            params["lang"] = self.options.lang
        for _ in range(self.options.max_pages):
            body = self.http.get_json(SEARCH, params=params)
            yield parse_items(body.get("posts", []), parse_post, id_of=lambda p: p.get("uri"))
            if not body.get("cursor") or not body.get("posts"):
                return
            params = {**params, "cursor": body["cursor"]}
