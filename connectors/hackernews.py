"""Hacker News stories and comments through the public Algolia search API (no account).

``search_by_date`` lists the newest first and pages by number; ``numericFilters`` on
``created_at_i`` starts at the saved mark, so a scan with nothing new costs one request.
Every term of the brand is an optional word: a hit needs at least one of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, Field

from connectors.base import Found, Page, Query
from connectors.html import html_to_text
from connectors.http import HttpConnector, HttpOptions
from connectors.items import BadField, count, get, meta, opt, opt_text, text, when
from connectors.window import Batch, Mark, newest_first, parse_items
from monitor.safety import safe_url

ITEM_URL = "https://news.ycombinator.com/item?id={}"


class HackerNewsOptions(HttpOptions):
    base_url: str = "https://hn.algolia.com/api/v1"
    tags: list[Literal["story", "comment"]] = Field(default=["story", "comment"], min_length=1)
    hits_per_page: int = Field(default=100, ge=1, le=1000)
    max_pages: int = Field(default=10, ge=1, le=50, description="a window reads at most this")


def parse_hit(hit: Any) -> Found:
    object_id = text(get(hit, "objectID"), "objectID").strip()
    body = opt_text(opt(hit, "comment_text"), "comment_text") or opt_text(
        opt(hit, "story_text"), "story_text"
    )
    own_title = opt_text(opt(hit, "title"), "title")
    title = own_title or opt_text(opt(hit, "story_title"), "story_title")
    body = html_to_text(body or "")
    if not body and not title:
        raise BadField("field 'comment_text', 'story_text' and 'title' are all empty")
    return Found(
        source="hackernews",
        external_id=object_id,
        text=body or str(title),
        created_at=when(get(hit, "created_at_i"), "created_at_i"),
        url=ITEM_URL.format(object_id),
        author=opt_text(opt(hit, "author"), "author"),
        author_reach=None,  # points are the story's, not its author's: kept in meta
        title=own_title or None,
        meta=meta(
            points=count(opt(hit, "points"), "points"),
            comments=count(opt(hit, "num_comments"), "num_comments"),
            story_id=opt(hit, "story_id"),
            parent_id=opt(hit, "parent_id"),
            link_url=safe_url(opt(hit, "url")),
        ),
    )


class HackerNewsConnector(HttpConnector[HackerNewsOptions]):
    name: ClassVar[str] = "hackernews"
    description: ClassVar[str] = "Hacker News stories and comments (Algolia search, newest first)"
    default_interval: ClassVar[timedelta] = timedelta(minutes=30)
    Options: ClassVar[type[BaseModel]] = HackerNewsOptions

    def check(self) -> None:
        self.http.get_json("/search_by_date", params={"tags": "story", "hitsPerPage": 1})

    def fetch(self, query: Query | None, cursor: str | None) -> Iterator[Page]:
        if query is None:
            raise ValueError("hackernews searches per brand and needs a query")
        mark = Mark.loads(cursor)
        yield from newest_first(self._batches(query, mark), mark)

    def _params(self, query: Query, mark: Mark) -> dict[str, Any]:
        words = [*query.keywords, *query.phrases, *query.handles, *query.hashtags]
        words = [w.rstrip("*") for w in words]
        start = mark.at or query.since
        params: dict[str, Any] = {
            "query": " ".join(words),
            "optionalWords": ",".join(words),
            "tags": "(" + ",".join(self.options.tags) + ")",
            "hitsPerPage": self.options.hits_per_page,
        }
        if start is not None:
            params["numericFilters"] = f"created_at_i>={int(start.timestamp())}"
        return params

    def _batches(self, query: Query, mark: Mark) -> Iterator[Batch]:
        params = self._params(query, mark)
        for page in range(self.options.max_pages):
            body = self.http.get_json("/search_by_date", params={**params, "page": page})
            body = body if isinstance(body, dict) else {}
            hits = body.get("hits") if isinstance(body.get("hits"), list) else []
            yield parse_items(hits or [], parse_hit, id_of=lambda h: h.get("objectID"))
            pages = body.get("nbPages")
            if not isinstance(pages, int) or page + 1 >= pages:
                return
